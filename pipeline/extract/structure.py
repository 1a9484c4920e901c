"""The structure of a paper: its parts, agenda items, reports, report sections, recommendations,
decisions and the meetings it is for or records, and from them what kind of paper it is.

No one guess decides what is looked for: on every paper the agenda list is sought on the pages
before the first report or minutes (by its numbering, see agenda.py), report header blocks on
every page, and recommendations and resolutions in every part. The kind of paper (`doc_type`)
is then read from what was found and from the paper's own title words, so a wrong first
impression (minutes whose first page lists numbered items, an agenda with no "AGENDA" line)
does not lose whole kinds of record.

An agenda pack is split into parts (front sheet, minutes of the last meeting, each report,
appendices) from what the pack itself says: the agenda's page references ("PAGES 5 - 12") read
against the page numbers printed on the pack's pages, and the header blocks and minute headings
that open each part.
"""
from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.agenda import extract_agenda_items
from pipeline.extract.attendance import extract_attendance
from pipeline.extract.decisions import extract_decisions
from pipeline.extract.document import RECORD_OF_A_MEETING, RESOLUTION_NO, DocumentInfo, detect_title, has_minutes_heading, minutes_meeting
from pipeline.read.layout import PageLayout
from pipeline.models import AgendaItem, Extraction, Part, Recommendation
from pipeline.extract.recommendations import extract_recommendations
from pipeline.extract.reports import paper_report, read_report, starts_report
from pipeline.extract.sections import extract_sections
from pipeline.extract.text import find_dates

APPENDIX = re.compile(r"^\s*(?:appendix|annex|annexe|schedule)\s+[A-Z0-9]{1,3}\b", re.I)


def page_kind(page: PageLayout) -> str | None:
    """What starts on this page: a report, minutes, an appendix, or nothing new."""
    if page.blank or not page.lines:
        return None
    if has_minutes_heading(page):
        return "minutes"
    if starts_report(page):
        return "report"
    if any(APPENDIX.match(l.text) for l in page.lines[:3]):
        return "appendix"
    return None


def physical_pages(layouts: list[PageLayout]) -> dict[int, int]:
    """Printed page number -> physical page, from page stamps; pages without a stamp get the
    number their neighbours imply (the most common offset)."""
    stamped = {p.printed_number: p.number for p in layouts if p.printed_number}
    offsets = Counter(p.number - p.printed_number for p in layouts if p.printed_number)
    if offsets:
        offset = offsets.most_common(1)[0][0]
        for p in layouts:
            printed = p.number - offset
            if printed >= 1:
                stamped.setdefault(printed, p.number)
    return stamped


def split_pack(layouts: list[PageLayout], items: list[AgendaItem], front_end: int) -> list[Part]:
    """Parts of a pack: the front sheet, then one part per cited page range or per start page."""
    n = layouts[-1].number
    printed = physical_pages(layouts)
    starts: dict[int, tuple[str | None, int | None]] = {}  # physical start page -> (title, item index)
    for k, it in enumerate(items):
        if it.pack_page_start and it.pack_page_start in printed:
            starts.setdefault(printed[it.pack_page_start], (it.title, k))
    kinds = {p.number: page_kind(p) for p in layouts if p.number > front_end}
    for number, kind in kinds.items():
        if kind in ("report", "minutes") and number not in starts:
            starts[number] = (None, None)
    if not starts:
        first_content = next((p.number for p in layouts if p.number > front_end and not p.blank), None)
        if first_content:
            starts[first_content] = (None, None)
    parts = [Part("front_sheet", "Agenda", 1, front_end)] if front_end >= 1 else []
    ordered = sorted(starts)
    for i, start in enumerate(ordered):
        end = (ordered[i + 1] - 1) if i + 1 < len(ordered) else n
        title, item = starts[start]
        kind = _part_kind(layouts, start, end, kinds)
        pstart, pend = _printed(layouts, start), _printed(layouts, end)
        parts.append(Part(kind, title, start, end, pstart, pend))
        if item is not None:
            items[item].part = len(parts) - 1
    return parts


def _part_kind(layouts: list[PageLayout], start: int, end: int, kinds: dict[int, str | None]) -> str:
    for number in range(start, end + 1):
        kind = kinds.get(number)
        if kind:
            return kind
        if not layouts[number - 1].blank:
            break
    return "other"


def _printed(layouts: list[PageLayout], number: int) -> int | None:
    return layouts[number - 1].printed_number


# Title words: what the paper calls itself in its heading
# ("AGENDA ITEM G-4", "Agenda Item #6" stamped on a staff report names the item it is for, and
# does not make the report an agenda; "Agenda Item No" over a list of items does)
AGENDA_WORD = re.compile(r"(?:\bA\s?G\s?E\s?N\s?D\s?A\b|\bagenda\b)(?!\s+item\s*(?:no\.?|number|#)?\s*[A-Z]?[-.]?\d)|"
                         r"\border of business\b|\bsummons\b", re.I)
# "minutes" as a title, not a length of time ("limited to 3 minutes")
MINUTES_WORD = re.compile(r"(?<!\d )(?<!\d)(?<!\bthree )(?<!\bfive )(?<!\bten )\bminutes\b(?! (?:each|per|prior|before|after))|"
                          r"\bmeeting notes\b|^\s*" + RECORD_OF_A_MEETING + r"|^\s*meeting (?:note|record)\s*$|\bmeeting summary\b|\bsummary of (?:the )?(?:\w+ )?meeting\b|\baction summary\b|^\s*notes? (?:of|from) (?:the|an?|meeting)\b|"
                          r"^\s*summary record of\b|\b(?:committee|council|board|commission|panel|group)\s*[-–:]?\s*notes\b|\bsummary of proceedings\b", re.I | re.M)
# Minutes list who attended before the business; agendas do not
# ("Attendance:" over the names, not "Attendance: 95%" in a report on schools)
PRESENT = re.compile(r"^\s*(?:(?:(?:council|board|committee|commission|panel)\s+)?(?:members|councillors|councilors|councilmembers|"
                     r"commissioners|directors|trustees|governors|supervisors|aldermen|selectmen)\s+)?(?:present|in attendance|"
                     r"attendees|attendance(?!\s*:\s*\d))\s*(?::|$)", re.I)
DECISION_NOTICE = re.compile(r"\b(?:record of (?:executive |officer |key |delegated )?decisions?|decisions? notice|notice of "
                             r"(?:executive |key )?decisions?|decision (?:taken|made) by|(?:officer|executive|delegated|key) "
                             r"decision (?:record|notice|sheet|form)|decision record|schedule of decisions|"
                             r"decisions? determined at|summary of (?:the\s+)?(?:\w+\s+)?actions(?:\s+taken)?|actions?\s+summary)\b", re.I)
# A short paper that announces something (a cancellation, an adjournment, a hearing) is a notice
NOTICE = re.compile(r"\b(?:notice|cancel(?:l?ed|lation)|postponed|adjourned to)\b", re.I)
# A meeting that will not be held as called
CANCELLED = re.compile(r"\b(?:cancel(?:l?ed|lation)|postpone(?:d|ment)|adjourn(?:ed|ment) to|rescheduled|lack of (?:a )?quorum|"
                       r"will not (?:be held|meet))\b", re.I)
MAX_FRONT_PAGES = 20
# A heading that names a meeting: a body or meeting word and a date ("Planning Committee, Tuesday
# 5 March 2024"). A numbered list under any other heading (a form's numbered questions, a
# strategy's numbered sections, the numbered rows of a budget table) is not business.
MEETING_WORD = re.compile(r"\b(?:meeting|council|committee|board|commission|panel|cabinet|assembly|authority|"
                          r"trustees|governors|session|hearing)\b", re.I)


def extract_structure(layouts: list[PageLayout], info: DocumentInfo, s: Extraction) -> None:
    """Fill the extraction's meetings, parts, agenda items, reports, report sections,
    recommendations and decisions, and set the document's kind from what was found."""
    content = [p for p in layouts if not p.blank]
    if not content:
        if info.meeting:
            s.meetings.append(info.meeting)
        return
    n = layouts[-1].number
    kinds = {p.number: page_kind(p) for p in content}
    first = content[0]

    # the agenda list, wherever it is printed before the first report or minutes
    front_end = next((p.number - 1 for p in content[1:] if kinds[p.number] == "report" or _opens_minutes(p)), n)
    front = [p for p in content if p.number <= front_end][:MAX_FRONT_PAGES]
    items = extract_agenda_items(front) if kinds[first.number] != "report" else []
    head = _head_lines(content, items)
    doc_type = derive_doc_type(info, head, items, kinds, content, front_end)

    if doc_type in ("agenda", "agenda_pack"):
        s.agenda_items = items
        if doc_type == "agenda_pack":
            last_item_page = max((it.page for it in items), default=first.number)
            s.parts = split_pack(layouts, s.agenda_items, max(front_end if front_end < n else last_item_page,
                                                                 last_item_page))
        else:
            s.parts = [Part("front_sheet", "Agenda", 1, n)]
    elif doc_type == "report":
        # a file of several reports without an agenda before them (a subcommittee's papers put
        # together): one part per page that opens a report with its own header or title block
        # (the pages before the second such page stay with the first report, cover and all)
        starts = [first.number] + [p.number for p in content if kinds[p.number] == "report"][1:]
        s.parts = [Part(doc_type, info.title if k == 0 else None, start, (starts[k + 1] - 1) if k + 1 < len(starts) else n)
                   for k, start in enumerate(starts)]
    else:
        s.parts = [Part(doc_type, info.title, 1, n)]
    _set_doc_type(info, s, doc_type, layouts)
    if info.meeting:
        s.meetings.append(info.meeting)
    doc_meeting = 0 if info.meeting else None
    for it in s.agenda_items:
        it.meeting = doc_meeting

    untitled_reports = 0  # reports without a header block, named by the paper's title
    item_lines = [(it.page, it.bbox) for it in s.agenda_items if it.bbox]  # where each agenda item is printed
    for k, part in enumerate(s.parts):
        pages = [p for p in layouts if part.page_start <= p.number <= part.page_end and not p.blank]
        if not pages:
            continue
        report_index = None
        # a report record is what a report's header block says (title, officers, meeting); a paper
        # that is a report with no header opening any of its pages is one all the same, named by
        # its title, so that the reports table holds every paper that is a report
        has_header = any(kinds.get(p.number) == "report" for p in pages)
        if part.kind == "report":
            if has_header or doc_type != "report":
                report = read_report(pages, doc_committee=info.committee, doc_date=info.meeting_date, us=info.us)
            else:
                report = paper_report(pages, info.title, info.committee, info.meeting_date)
                untitled_reports += 1
            report.part, report.meeting = k, doc_meeting
            if part.title is None or part.kind == doc_type:
                part.title = report.title
            report_index = len(s.reports)
            s.reports.append(report)
        if part.kind == "report":
            for sec in extract_sections(pages):  # its sections, with or without a header over them
                sec.report = report_index
                s.report_sections.append(sec)
        meeting = doc_meeting
        if part.kind in ("minutes", "decision_notice") and doc_type == "agenda_pack":
            recorded = minutes_meeting(pages[0], info)
            if recorded:
                s.meetings.append(recorded)
                meeting = len(s.meetings) - 1
            part.title = part.title or "Minutes"
        for rec in extract_recommendations(pages, item_lines):
            rec.report = report_index
            s.recommendations.append(rec)
        for d in extract_decisions(pages):
            d.meeting = meeting
            s.decisions.append(d)
        for a in extract_attendance(pages, minutes=True if part.kind == "minutes" else None):
            a.meeting = meeting
            s.attendance.append(a)
    link_to_agenda_items(s.recommendations, s.agenda_items)

    # (or a paper whose "report" header names no one, only its sections, "Summary" / "Discussion" /
    # "Next steps", and whose first page lists who attended: the notes of a group's meeting)
    nameless = bool(s.reports) and all(r.lead_officer is None and r.authorised_by is None for r in s.reports) and \
        len([a for a in s.attendance if a.page == first.number and a.role == "member"]) >= 3
    if doc_type in ("other", "report") and (len(s.reports) == untitled_reports and _records_votes(s) or nameless) \
            and not s.agenda_items:
        # a paper whose title words named no kind but which records motions and their votes (or who
        # attended) is the record of a meeting, whatever it calls itself: not a report after all
        doc_type = "minutes"
        s.reports.clear()
        for record in [*s.recommendations, *s.report_sections]:
            record.report = None
        for part in s.parts:
            part.kind = "minutes" if part.kind in ("other", "report") else part.kind
        _set_doc_type(info, s, doc_type, layouts)

    if doc_type == "report" and s.reports and s.reports[0].item_number and not s.agenda_items:
        # a report printed with its agenda item number ("ITEM: 9") is that item of its meeting
        r = s.reports[0]
        s.agenda_items.append(AgendaItem(number=r.item_number, title=r.title, page=r.page_start, part=0,
                                         meeting=doc_meeting))


def _records_votes(s: Extraction) -> bool:
    """Motions recorded with who moved them or how they were voted, or a list of who attended."""
    voted = [d for d in s.decisions if d.kind == "motion" and (d.mover or d.votes_for is not None)]
    return len(voted) >= 2 or (bool(voted) and bool(s.attendance)) or len(s.attendance) >= 3


def _opens_minutes(page: PageLayout) -> bool:
    """Minutes start on this page: their heading is at its top (an agenda page that lists "To
    approve the minutes of the last meeting" does not start them)."""
    return has_minutes_heading(page) and any(MINUTES_WORD.search(l.text) for l in page.lines[:3])


def _head_lines(content: list[PageLayout], items: list[AgendaItem]) -> list[str]:
    """The paper's heading: the first page's lines before its first agenda item (at most 20)."""
    first = content[0]
    stop = next((it.bbox[1] for it in items if it.page == first.number and it.bbox), None)
    lines = [l for l in first.lines if stop is None or l.top < stop - 1][:20]
    if len(lines) < 3 and len(content) > 1:
        lines += content[1].lines[:10]  # a cover with little on it: the next page names the paper too
    return [l.text for l in lines]


def derive_doc_type(info: DocumentInfo, head: list[str], items: list[AgendaItem], kinds: dict[int, str | None],
                    content: list[PageLayout], front_end: int) -> str:
    """The kind of paper, from its title words and what was found in it:
    - minutes name themselves so in their heading, or list who was present before the business;
    - a decision notice says so ("Record of Decision");
    - an agenda is a numbered list of business (saying "agenda", or a list that starts at 1 and
      has several items), a pack when reports or minutes follow it;
    - a report opens with its header block (on its first page or after a cover), or is a paper
      of several pages that is none of these;
    - a short notice (a cancellation) is "other"."""
    head_text = "\n".join(t for t in head if len(t.split()) <= 12)  # headings, not the notices' sentences
    first = content[0]
    # (an agenda's own items mention minutes, "To approve the minutes of the last meeting", so with
    # items found only the heading above them counts)
    if (not items and has_minutes_heading(first)) or (MINUTES_WORD.search(head_text) and not AGENDA_WORD.search(head_text)) \
            or any(PRESENT.match(t) for t in head[:25]):
        return "minutes"
    if info.doc_type == "decision_notice" or DECISION_NOTICE.search(head_text) or any(RESOLUTION_NO.match(t) for t in head[:3]):
        return "decision_notice"
    if kinds[first.number] == "report":
        return "report"
    says_agenda = bool(AGENDA_WORD.search(head_text)) or info.doc_type in ("agenda", "agenda_pack")
    names_meeting = bool(MEETING_WORD.search(head_text)) and bool(find_dates(head_text))
    if items and _records_outcomes(content, max(it.page for it in items)):
        # numbered business with what became of it under the items ("RESOLVED: to award ...",
        # "Motion carried 3-0") is the record of a meeting, whatever its title says: an agenda lists
        # the business to come
        return "minutes"
    if _is_agenda(items, says_agenda, names_meeting):
        later = [p for p in content if p.number > front_end]
        if any(kinds[p.number] in ("report", "minutes") for p in later):
            return "agenda_pack"
        cites = any(it.pack_page_start for it in items)
        last_item_page = max(it.page for it in items)
        if cites and len([p for p in content if p.number > last_item_page]) > 3:
            return "agenda_pack"
        return "agenda"
    if info.doc_type in ("minutes", "report"):
        return info.doc_type
    titled_agenda = any(AGENDA_WORD.search(t) and len(t.split()) <= 8 and not t.rstrip().endswith((".", ",", ";", ":"))
                        for t in head[:12])
    if titled_agenda and not CANCELLED.search("\n".join(l.text for l in first.lines[:30])):
        # a paper titled an agenda ("NOTICE AND AGENDA", "Regular Meeting Agenda") whose business is
        # not numbered (headings in capitals, bullets, the one matter of a closed session) is an
        # agenda all the same; a notice that the meeting is off is not, nor a paper whose text
        # mentions "the agenda"
        return "agenda"
    if len(content) <= 2 and NOTICE.search(head_text):
        return "other"
    if says_agenda:
        return "other"  # an agenda heading with no business under it (a cancelled meeting)
    # a paper of several pages that is none of these is a report whose header is not one the header
    # reader knows (a one-page paper is a notice or a letter); it gives no report record, which
    # is what its header says (see extract_structure)
    return "report" if len(content) >= 2 else "other"


# an outcome recorded on a line of its own: a formal resolution in capitals at the line's start, or
# a motion's result
_RECORDED_OUTCOME = re.compile(r"^\s*(?:(?:it\s+was\s+)?(?-i:RESOLVED|AGREED|DECIDED)\b(?!\s+(?:that|to)\s*$)|"
                               r".*\bmotion\s+(?:was\s+)?(?:carried|passed|failed|defeated)\b|.*\bcarried\s+\d{1,2}\s*[-–]\s*\d{1,2}\b)", re.I)


def _records_outcomes(content: list[PageLayout], last_item_page: int) -> bool:
    """Do the pages of the numbered business (up to its last item's) record outcomes under it, two
    at least (one may be an agenda's quoted example)?"""
    found = 0
    for p in content:
        if p.number > last_item_page:
            break
        found += sum(1 for l in p.lines if _RECORDED_OUTCOME.match(l.text))
        if found >= 2:
            return True
    return False


def _is_agenda(items: list[AgendaItem], says_agenda: bool, names_meeting: bool) -> bool:
    if not items:
        return False
    if says_agenda:
        return True
    # without the word, a list of headings numbered from one under a heading naming a meeting
    headings = [it for it in items if len(it.title.split()) <= 15]
    return (names_meeting and len(items) >= 3 and len(headings) >= 0.6 * len(items)
            and items[0].number in ("1", "A", "I", "1.0", "a"))


def _set_doc_type(info: DocumentInfo, s: Extraction, doc_type: str, layouts: list[PageLayout]) -> None:
    """Store the derived kind on the document, with the title and meeting role that follow from it."""
    if doc_type == info.doc_type:
        return
    info.doc_type = doc_type
    s.document.doc_type = doc_type
    s.document.title = detect_title(layouts, doc_type, info.committee, info.meeting_date) or s.document.title
    info.title = s.document.title
    if info.meeting:
        info.meeting.role = "records" if doc_type == "minutes" else "for"


def link_to_agenda_items(recommendations: list[Recommendation], items: list[AgendaItem]) -> None:
    """Give each recommendation the agenda item it sits under: the last item that starts before
    it (by page, then position on the page)."""
    starts = [((it.page, it.bbox[1] if it.bbox else 0.0), k) for k, it in enumerate(items)]
    for rec in recommendations:
        at = (rec.page, rec.bbox[1] if rec.bbox else 0.0)
        # (an item's box is rounded to a tenth of a point: a recommendation on its own line starts with it)
        before = [k for start, k in starts if start <= (at[0], at[1] + 0.5)]
        rec.agenda_item = before[-1] if before else None

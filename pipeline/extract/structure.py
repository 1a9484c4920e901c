"""The structure of a paper: its parts, agenda items, reports, report sections, recommendations,
decisions and the meetings it is for or records.

An agenda pack is split into parts (front sheet, minutes of the last meeting, each report,
appendices) from what the pack itself says: the agenda's page references ("PAGES 5 - 12") read
against the page numbers printed on the pack's pages, and the header blocks and minute headings
that open each part. A single report or set of minutes is one part, so the same extractors run
on every kind of paper.
"""
from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.agenda import extract_agenda_items
from pipeline.extract.attendance import extract_attendance
from pipeline.extract.decisions import extract_decisions
from pipeline.extract.document import DocumentInfo, agenda_front_page, has_minutes_heading, minutes_meeting
from pipeline.read.layout import PageLayout
from pipeline.models import AgendaItem, Extraction, Part
from pipeline.extract.recommendations import extract_recommendations
from pipeline.extract.reports import read_report, starts_report
from pipeline.extract.sections import extract_sections

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


def extract_structure(layouts: list[PageLayout], info: DocumentInfo, s: Extraction) -> None:
    """Fill the extraction's meetings, parts, agenda items, reports, report sections,
    recommendations and decisions."""
    if info.meeting:
        s.meetings.append(info.meeting)
    doc_meeting = 0 if info.meeting else None
    content = [p for p in layouts if not p.blank]
    if not content:
        return

    if info.doc_type in ("agenda", "agenda_pack"):
        front_index = agenda_front_page(content[:8]) or 0
        front_end = _front_end(layouts, content[front_index].number, info.doc_type)
        s.agenda_items = extract_agenda_items([p for p in layouts if p.number <= front_end])
        for it in s.agenda_items:
            it.meeting = doc_meeting
        if info.doc_type == "agenda_pack":
            s.parts = split_pack(layouts, s.agenda_items, front_end)
    elif info.doc_type == "report":
        s.parts = [Part("report", info.title, 1, layouts[-1].number)]
    elif info.doc_type in ("minutes", "decision_notice"):
        s.parts = [Part(info.doc_type, info.title, 1, layouts[-1].number)]

    for k, part in enumerate(s.parts):
        pages = [p for p in layouts if part.page_start <= p.number <= part.page_end and not p.blank]
        if not pages:
            continue
        if part.kind == "report":
            report = read_report(pages, doc_committee=info.committee, doc_date=info.meeting_date, us=info.us)
            report.part, report.meeting = k, doc_meeting
            if part.title is None or part.kind == info.doc_type:
                part.title = report.title
            r = len(s.reports)
            s.reports.append(report)
            for rec in extract_recommendations(pages):
                rec.report = r
                s.recommendations.append(rec)
            for sec in extract_sections(pages):
                sec.report = r
                s.report_sections.append(sec)
        meeting = doc_meeting
        if part.kind in ("minutes", "decision_notice") and info.doc_type == "agenda_pack":
            recorded = minutes_meeting(pages[0], info)
            if recorded:
                s.meetings.append(recorded)
                meeting = len(s.meetings) - 1
            part.title = part.title or "Minutes"
        # every part: the extractors themselves tell a record of proceedings from a report or agenda
        for d in extract_decisions(pages):
            d.meeting = meeting
            s.decisions.append(d)
        for a in extract_attendance(pages):
            a.meeting = meeting
            s.attendance.append(a)
    if not s.parts:  # a paper of no recognised kind: read it whole
        s.decisions.extend(extract_decisions(content))
        s.attendance.extend(extract_attendance(content))

    if info.doc_type == "report" and s.reports and s.reports[0].item_number and not s.agenda_items:
        # a report printed with its agenda item number ("ITEM: 9") is that item of its meeting
        r = s.reports[0]
        s.agenda_items.append(AgendaItem(number=r.item_number, title=r.title, page=r.page_start, part=0,
                                         meeting=doc_meeting))


def _front_end(layouts: list[PageLayout], front_start: int, doc_type: str) -> int:
    """Last page of the front sheet: the pages before the first report or minutes."""
    if doc_type == "agenda":
        return layouts[-1].number
    for p in layouts:
        if p.number > front_start and page_kind(p) in ("report", "minutes"):
            return p.number - 1
    return front_start

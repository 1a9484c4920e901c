"""Officer reports: find where each report starts and read its header block.

A report announces itself with a header block on its first page, printed in one of a few ways:
a table of labels and values ("Report for: / Title: / Report Authorised by: / Lead Officer:"),
"From: / To: / Subject:" lines, or a title block (the body's name, the date, "ITEM: 9", the
title, then "Report of:", "Accountable Director:"). The people responsible are often repeated at
the end under "Contact details" / "Report Author", which is where many papers name the author.
"""
from __future__ import annotations

import re
from pipeline.extract.bodies import body_name, committee_from_fields
from pipeline.extract.recommendations import HEADING as RECOMMENDATION_HEADING, LEAD_IN as RECOMMENDATION_LEAD_IN
from pipeline.extract.fields import HEADER_LABEL, Field, find, read_fields
from pipeline.read.layout import PageLayout, join_lines
from pipeline.models import Report
from pipeline.extract.text import clean, find_dates, first_date, person_name, without_dates

TITLE_LABELS = (r"^(?:subject|re|title|report title|title of (?:the )?report|name of report|report name|item title|"
                r"(?:paper|briefing) title|title of (?:the )?(?:paper|briefing))$",)  # ("Paper title:": boards and trusts)
# Header labels by class. The report's author or contact officer: "Lead Officer", "Report
# Author", "Contact Officer", "Prepared by", "Report of", "FROM:".
AUTHOR_CLASS = (r"^lead officers?|^responsible officers?|^report owner|^officer$|^lead author",
                r"^(?:report )?authors?(?:\(s\))?$|^report author|^(?:(?:staff )?report )?(?:written|prepared) by|^originator",
                r"^contact (?:officer|person|details?)|^officer contact|^contact$|^case officer|^(?:staff|project|report) contact",
                r"^report (?:of|by|from)$", r"^accountable head of service", r"^(?:from|by)$")
# Whoever signs the report off: "Report Authorised by", "Approved by", "Reviewed by", "Responsible /
# Accountable Director", the director or portfolio holder in whose name it goes, "THROUGH:".
# Where a form has both, "Approved by" is the last word and "Reviewed by" a check on the way to
# it (a US staff report's "Prepared by: / Reviewed by: Finance Director / Approved by: City
# Manager"): the approver signs it off.
SIGN_OFF_CLASS = (r"authori[sz]ed (?:for (?:the )?\w+ )?by|approved (?:for (?:the )?\w+ )?by|signed off by|cleared by|^approved$",
                  r"reviewed by",
                  r"^(?:accountable|responsible|lead) (?:corporate )?director", r"^(?:corporate |executive |strategic )?directors?\b",
                  r"^department (?:head|director)|^head of department",
                  r"^(?:through|via|thru)$", r"^(?:cabinet member|portfolio holder|lead member)")
# Who puts the report forward: the author unless another is named ("FROM:", "Submitted by:").
SENDER_CLASS = (r"^(?:from|by|submitted by|presented by|report submitted by|requested by)$",)
PREPARED = re.compile(r"^(?:prepared by|written by|(?:report )?authors?|originator|report author)", re.I)


def header_fields(page: PageLayout, lines: int = 45) -> list[Field]:
    return read_fields(page.lines[:lines])


# Lines that say what kind of paper this is, not what it is about: "STAFF REPORT", "AGENDA
# REPORT", "Request for Council Action", "MEMORANDUM", an "AGENDA ITEM #6" stamp, and the
# authority's letterhead ("CITY OF GARDENA", "Milburn Parish Council").
PAPER_KIND = re.compile(
    r"^(?:(?:city |county |town |council |board |commission |planning |joint )*(?:staff|agenda|officer['’]?s?|information(?:al)?|"
    r"administrative|committee|council|board) (?:report|memo(?:randum)?|letter)|memo(?:randum)?|report|"
    r"request for (?:city |town |county |board |council )*(?:council |board |commission )?action|"
    r"(?:council|board|commission) (?:agenda|action) (?:item|request|report)|"
    # the US forms that carry an item to the meeting: "AGENDA ITEM SUMMARY", "AGENDA BILL",
    # "Council Agenda Statement", "COUNCIL COMMUNICATION"
    r"(?:(?:city |town |county |council |board |commission )*agenda (?:item )?(?:summary|bill|statement|transmittal)|"
    r"(?:city |town |county )?council communication)|"
    r"agenda (?:item|report)(?:\s*(?:no\.?|number|#)?\s*[\w.-]{0,8})?|item(?:\s*(?:no\.?|number|#))?\s*[\w.-]{1,8}|"
    r"(?:the )?(?:city|town|county|village|borough|township|district) of [A-Z][\w .'’-]{1,40}|"
    r"[A-Z][\w .'’-]{1,40} (?:city|town|parish|county|borough|district) council)$", re.I)
ITEM_LABEL = re.compile(r"^(?:agenda )?item(?: no\.?| number| #)?\s*[\w.-]{1,8}$")
# (not "Report of the meeting of the Audit Committee", which is that meeting's record)
REPORT_OF = re.compile(r"^(?:joint )?(?:report|briefing|paper|statement) (?:of|by|from|to)\b(?! (?:a|the) (?:\w+ )?meeting of\b)", re.I)
PURPOSE = re.compile(r"^(?:\d{1,2}\.?\s*)?(?:purpose of (?:the |this )?(?:report|paper|briefing)|executive summary|"
                     r"summary of (?:the )?report)\b", re.I)


def starts_report(page: PageLayout) -> bool:
    """Does a report's header block open this page? Either a block of header labels, or a title
    block: the meeting body or a date, "Report of ..." or the title, then "Purpose of the report".
    (Asked of a page by the document facts and again by the structure: worked out once.)"""
    return page.memo("starts_report", _starts_report)


def _starts_report(page: PageLayout) -> bool:
    if page.blank or not page.lines:
        return False
    top = [l for l in page.lines if l.top < page.height * 0.55][:40]
    fields = read_fields(top)
    labels = {f.key for f in fields if HEADER_LABEL.match(f.label.strip())}
    if len(labels) >= 3:
        return True
    if len(labels) == 2 and any(re.match(TITLE_LABELS[0], k) or k in ("report for", "to", "briefing for") for k in labels):
        return True
    head = page.lines[:18]
    names_meeting = any(body_name(l.text) or find_dates(l.text) for l in head[:8])
    # (a report's title block says whose report it is before any numbered line; under a list of
    # numbered items, "Report of the Director of Housing" is an agenda item's description)
    listed = [k for k, l in enumerate(head) if NUMBERED_ITEM.match(l.text)]
    head = head[:listed[1]] if len(listed) >= 2 else head
    says_report = any(REPORT_OF.match(l.text) for l in head) or any(PURPOSE.match(l.text) for l in head)
    if names_meeting and says_report:
        return True
    # a US staff report's title block: "STAFF REPORT" / "Request for Council Action" near the top,
    # with the memo's labels below it (an "AGENDA ITEM G-4" stamp alone does not make an agenda)
    kind = any(PAPER_KIND.match(l.text.strip()) and re.search(r"report|memo|request|action|summary|bill|statement|"
                                                            r"transmittal|communication", l.text, re.I)
               for l in page.lines[:8])
    # (a planning staff report's "Hearing Date / Case No. / Applicant" are its memo's labels too)
    # (and the people a form names: "Submitted by:", "Approved for Agenda by:", "Reviewed by:")
    # (and the title and contact rows of an item form: "ITEM TITLE:", "CONTACT:", "PRESENTED BY:")
    memo = {f.key for f in fields if re.match(r"(?:to|from|subject|re|(?:\w+ ){0,2}date|through|prepared by|department|"
                                          r"submitted by|(?:reviewed|approved)(?: for agenda)? by|presented by|"
                                          r"(?:staff |department )?contact(?: person)?|(?:agenda |item )?title|"
                                          r"(?:(?:city|town|county|village|township) )?(?:council|board|commission) meeting(?: date)?|"
                                          r"case(?: no\.?| number)?|applicant|project|file(?: no\.?| number)?)$", f.key)}
    if kind and (len(memo) >= 2 or says_report):
        return True
    return _titled_sections(page) or _title_slide(page)


SECTION_WORDS = re.compile(
    r"^(?:\d{1,2}\.?\s*)?(?:summary|executive summary|background|introduction|purpose|discussion|analysis|"
    r"recommendations?|conclusions?|fiscal impact|financial implications|next steps|options|proposal)\s*:?$", re.I)


def _titled_sections(page: PageLayout) -> bool:
    """A paper that opens with its title and then report sections ("Summary", "Background",
    "Discussion", "Recommendations") headed on lines of their own: a report without a header block."""
    found = [re.sub(r"[^a-z ]", "", l.text.lower()).strip() for l in page.lines if SECTION_WORDS.match(l.text.strip())]
    headings = set(found)
    # a report heads each section once; the same words printed again and again between numbered
    # items ("A. Warrant Register" / "RECOMMENDATION:" / "FISCAL IMPACT:" / "B. ...") are the
    # labels of an agenda's items
    if len(found) > len(headings) and any(NUMBERED_ITEM.match(l.text) for l in page.lines):
        return False
    first = page.lines[0]
    titled = first.top < page.height * 0.25 and not SECTION_WORDS.match(first.text.strip()) \
        and not NUMBERED_ITEM.match(first.text)
    return titled and len(headings) >= 2


NUMBERED_ITEM = re.compile(r"^\(?\d{1,2}[.)]|^[A-Z]\.\s")


def _title_slide(page: PageLayout) -> bool:
    """The cover slide of a presentation: a landscape page of a few lines in very large type, with
    a date."""
    lines = page.lines
    return page.width > page.height and 1 <= len(lines) <= 6 and min(l.size for l in lines) >= 24 \
        and any(find_dates(l.text) and len(l.text) < 40 for l in lines)


def _key_decision(fields: list[Field], text: str) -> bool | None:
    for f in fields:
        # the value says it whatever the label ("Decision type: Non-key", "Status: For information")
        value = f.value.strip().lower()
        if re.match(r"non[- ]?key\b|not (?:a )?key decision|for (?:information|noting)\b|information only\b", value):
            return False
        if re.match(r"key decision\b", value):
            return True
    for f in fields:
        # "Report for: Information", "Submitted for: Noting": a paper put for information is no key decision
        if re.search(r"\bfor$", f.key) and re.match(r"(?:information|noting)\b", f.value.strip(), re.I):
            return False
    for f in fields:
        both = f"{f.label} {f.value}".lower()
        if "key decision" not in both and not re.search(r"\bkey\b", f.label.lower()):
            continue
        if re.search(r"\bnon[- ]?key\b|\bnot (?:a )?key\b", both):
            return False
        value = f.value.strip().lower()
        if re.match(r"(?:yes|key\b|y\b|true)", value):
            return True
        if re.match(r"(?:no\b|n/?a\b|none|false)", value):
            return False
        if re.search(r"report for key decision|is a key decision", f.label.lower()):
            return True
    if re.search(r"\b(?:is|constitutes|will be) not a key decision\b|\bnon[- ]key decision\b", text, re.I):
        return False
    if re.search(r"\b(?:this|the) (?:is|proposal is|report is|decision is) a key decision\b", text, re.I):
        return True
    return None


def _exempt(fields: list[Field], text: str) -> bool | None:
    f = find(fields, r"^classification$|^report status$|^status$|^exempt")
    value = (f.value if f else "").lower()
    if re.search(r"\bunrestricted\b|\bpublic\b|\bopen\b", value) or re.search(r"this report is public", text, re.I):
        return False
    if re.search(r"\bexempt\b|\brestricted\b|\bconfidential\b|not for publication|part (?:2|ii)\b", value):
        return True
    if re.search(r"not for publication by virtue of|exempt information", text[:2000], re.I):
        return True
    return None


def _title_block(page: PageLayout) -> str | None:
    """A report title printed near the top without a label: the first heading-like block (a line
    and those continuing it in the same style) that is not the letterhead, the meeting body, a
    date, "Report of ...", a label, a numbered section, a table's header row or a sentence of the
    body. A title repeated at the top of every page is set aside with the running headers; it is
    the title when nothing on the page itself is."""
    # (where no other line is the title, a bold line that holds a colon is: "Community Grant Fund:
    # Amenities", printed in the body's size as town and parish papers do, its words no label's)
    return _first_title(page.lines[:20], page.body_size) \
        or _first_title(page.lines[:20], page.body_size, bold_colon=True) \
        or _first_title([l for l in page.margin_lines if l.top < page.height * 0.2], page.body_size)


def _titled_with_colon(block: list, text: str, body_size: float | None, bold_colon: bool = False) -> bool:
    """A title whose words hold a colon ("Capital Programme: Quarter 1 Monitoring", "Budget
    2024/25: Consultation Results"), told from a header label by its print: set larger than the
    text of the page, with no label of a header before the colon ("Report to: Cabinet" may be
    printed large too)."""
    bold = bold_colon and all(l.bold for l in block) and len(text.split()) >= 3 \
        and not re.search(r"\d", text.split(":", 1)[0])
    if not bold and (body_size is None or min(l.size for l in block) < body_size * 1.2):
        return False
    before = re.sub(r"[^a-z0-9]+", " ", text.split(":", 1)[0].lower()).strip()
    return not (HEADER_LABEL.match(before) or re.match(TITLE_LABELS[0], before)
                or any(re.search(p, before) for p in AUTHOR_CLASS + SIGN_OFF_CLASS + SENDER_CLASS)
                or re.search(r"\b(?:date|meeting|report|item|ward|decision|officer|director|member)s?$", before))


# "APPENDIX D: ALTERNATIVE BUDGET ..." : the colon after a label that a title opens with
TITLE_LABEL = re.compile(r"^(?:appendix|annex|annexe|schedule|attachment|exhibit|enclosure|item)\s+[\w.-]{1,6}\s*:\s*", re.I)


# a label alone, "Appendix 1", "AGENDA ITEM 7", names no title
BARE_LABEL = re.compile(r"(?:agenda\s+item(?:\s+no\.?)?|item|report|appendix|annex|annexe|schedule|attachment|"
                        r"exhibit|enclosure|page)\s*[\w.-]{0,6}", re.I)


def _first_title(lines: list, body_size: float | None = None, bold_colon: bool = False) -> str | None:
    numbered = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")
    # a header line "Report author: Alice Moon" that ends short of the margin has not wrapped: the
    # line below in the same type is the title, not the rest of its value
    right = max((l.x1 for l in lines), default=0)
    i = 0
    while i < len(lines):
        if numbered.match(lines[i].text) and not find_dates(lines[i].text):
            return None  # the body has begun (a numbered section, not "11 July 2017")
        block = [lines[i]]
        for nxt in lines[i + 1:i + 4]:
            last = block[-1]
            if nxt.top - last.bottom > 0.8 * nxt.size or nxt.size != last.size or nxt.bold != last.bold \
                    or ":" in nxt.text or numbered.match(nxt.text) or find_dates(nxt.text) \
                    or find_dates(last.text) \
                    or (":" in last.text and not _titled_with_colon([last], last.text, body_size)
                        and last.x1 < right - 4 * last.size and not last.in_table and not last.cuts) \
                    or REPORT_OF.match(nxt.text) or REPORT_OF.match(block[0].text):
                break
            block.append(nxt)
        i += len(block)
        # (a heading set far larger than the page's text is the title over such a table, not its
        # header row: "Finance Monitoring Report" above a table of contacts and their phone numbers)
        large = body_size is not None and min(l.size for l in block) >= body_size * 1.5
        if any(l.in_table for l in block) and _figures_below(lines, i) and not large:
            continue  # a table of figures' header row ("Prior Years Spend", "ROW REF  Directorate ...")
        text = join_lines(l.text for l in block if not PAPER_KIND.match(l.text.strip())).strip()
        colon = ":" in TITLE_LABEL.sub("", text) and not _titled_with_colon(block, text, body_size, bold_colon)
        if not text or (colon or find_dates(text) or _names_the_body(text)
                or REPORT_OF.match(text) or PURPOSE.match(text) or PAPER_KIND.match(text)
                or RECOMMENDATION_HEADING.fullmatch(text)  # "Decision required" heads the body, it is no title
                or len(text.split()) < 2 or len(text) > 200 or re.search(r"\bcouncil\s*$", text, re.I)
                or re.match(r"(?:by|prepared by|written by|author)\b", text, re.I) or _is_sentence(text)
                or BARE_LABEL.fullmatch(text) or PAPER_STATUS.fullmatch(text)):
            continue
        return clean(text)
    return None


# A line that says what the paper is put for or how open it is, printed in the header as a line of
# its own ("Non-key decision", "Key Decision", "For information", "Part I - Public", "Open Report"):
# it is no title.
PAPER_STATUS = re.compile(r"(?:(?:a\s+|not\s+a\s+)?(?:non[- ]?)?key\s+decision|for\s+(?:information|decision|noting|approval)"
                          r"(?:\s+only)?|part\s+(?:i|ii|1|2|a|b)\b[\w\s()-]*|(?:open|exempt|public|confidential|"
                          r"restricted|unrestricted)(?:\s+(?:report|item|session|business))?)\s*\.?", re.I)


FIGURE = re.compile(r"(?<![\w/-])[£$€]?\(?-?\d[\d,.]*%?\)?(?![\w/-])")


def _figures_below(lines: list, i: int) -> bool:
    """Rows of figures follow in the same table: it is a table of data, not a header block whose
    cells hold the title (a ruled "Report of: / Key Decision:" form)."""
    rows = [l for l in lines[i:i + 8] if l.in_table]
    return sum(len(FIGURE.findall(l.text)) >= 2 for l in rows) >= 2


def _names_the_body(text: str) -> bool:
    """A line that is the meeting body's name, perhaps with its date ("Cabinet – 30 January 2025"),
    not a title that opens with a body's words ("Call-in Request for Executive Decision 24/00093 -
    Future of ...")."""
    name = body_name(text)
    if not name:
        return False
    rest = without_dates(text)
    named = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", name)}
    other = [w for w in re.findall(r"[A-Za-z]{2,}", rest)
             if w.lower() not in named and w.lower() not in ("meeting", "held", "on", "at", "the", "of", "and")]
    return len(other) <= 3


def _is_sentence(text: str) -> bool:
    """Running text, not a title: many words ending with a full stop, or a sentence that puts
    something to members ("The Committee is asked to consider ...")."""
    # (a report's summary says what it does: "This report seeks approval to consult on ...")
    return text.endswith(".") and (len(text.split()) > 12 or bool(RECOMMENDATION_LEAD_IN.search(text))
                                   or len(text.split()) >= 6 and bool(re.search(
                                       r"\b(?:is|are|was|were|seeks|sets|asks|provides|outlines|presents|describes|"
                                       r"updates|proposes|gives|summarises|summarizes|informs)\b", text)))


def read_report(pages: list[PageLayout], *, doc_committee: str | None = None, doc_date: str | None = None,
                us: bool = False) -> Report:
    """A Report from the pages it spans (its header on the first)."""
    first = pages[0]
    head = header_fields(first)
    later = [f for p in pages[1:] for f in read_fields(p.lines)]
    every = head + later
    text = "\n".join(p.text for p in pages[:3])
    titled = [f for f in head if re.match(TITLE_LABELS[0], f.key) and f.value
              and not re.fullmatch(r"see (?:below|above|attached)\.?", f.value.strip(), re.I)]
    # ("From: Kevin Lau / Title: Senior Planner / Subject: ...": a "Title:" that is a post is the
    # sender's job title, where another label gives the paper's)
    titled = [f for f in titled if not (f.key == "title" and POST_WORDS.search(f.value) and len(f.value.split()) <= 4)] \
        or titled
    title_field = titled[0] if titled else None
    # "Agenda item 7: Grant applications", "ITEM 5 - Budget Monitoring": the item's label carries
    # its title when no title label does
    item_title = next((f for f in head if ITEM_LABEL.match(f.key) and f.value and len(f.value.split()) >= 2
                       and re.match(r"[A-Z]", f.value.strip()) and not find_dates(f.value)), None)
    if title_field is None and item_title is not None:
        title_field = item_title
    if title_field is None:
        # a planning application's report is titled by the site it is about ("Site Address: Land at
        # Mill Lane, Westbury"), where no label gives a title
        title_field = next((f for f in head if re.match(r"^site(?: address| location)?$", f.key) and f.value
                            and len(f.value.split()) >= 2), None)
    title = clean(title_field.value) if title_field and title_field.value else _title_block(first)
    if title and title_field:
        # a value read down a stacked header runs on into the body's first heading in capitals
        # ("Housing Element Update RECOMMENDATION Receive and file ..."): the title ends before it
        title = re.split(r"\s+(?=(?:RECOMMENDATIONS?|RECOMMENDED ACTIONS?|BACKGROUND|SUMMARY|EXECUTIVE SUMMARY|DISCUSSION|"
                         r"PURPOSE|INTRODUCTION)\b(?![a-z]))", title)[0] or title
    # inside a pack a bare "Date:" is the paper's date, not the meeting's
    committee, date = committee_from_fields(head, us, date_labels=doc_date is None)
    if committee:
        # a US staff report is addressed "TO: Chair Langley and Members of the Planning Commission"
        committee = re.sub(r"^.{0,60}?\band (?:the )?members of (?:the )?", "", committee, flags=re.I)
    if doc_committee and (not committee or _similar_body(committee, doc_committee)):
        committee = doc_committee
    committee = committee or _addressee(head) or _committee_from_top(first)
    date = date or doc_date or first_date(" ".join(l.text for l in first.lines[:6]), us)
    item = find(head, r"^(?:item(?: number| no\.?)?|agenda item(?: no\.?| number)?)$")
    item_number = None
    if item:
        # "9", "7.B", "10b", "G4", and a US consent item's letter and number joined by a hyphen ("C-3")
        m = re.match(r"\s*(\d{1,3}(?:\.(?:\d{1,2}|[A-Z](?![a-z])))?[a-z]?|[A-Z](?:-?\d{1,2})?)\b", item.value)
        item_number = m.group(1) if m else None
    elif item_title is not None:
        # "Agenda item 7: Grant applications": the label that gives the title holds the number
        m = re.match(r"^(?:agenda )?item(?: no\.?| number| #)?\s*(\d{1,3}(?:\.\d{1,2})?[a-z]?|[a-z]\d?)[.:]?$", item_title.key)
        item_number = m.group(1).upper() if m and m.group(1).isalpha() else m.group(1) if m else None
    numbered = ITEM_TITLE.match(title) if title and not title_field else None
    if numbered and len(numbered.group("title").split()) >= 1:
        # "Item 6 – Playground Inspection", "AGENDA ITEM 4: Budget": the item's label printed
        # before the title is its number, not part of the title
        title = numbered.group("title")
        item_number = item_number or numbered.group("number")
    item_number = item_number or _item_stamp(first)
    authorised, lead = _people(head, every)
    lead = lead or _signature(pages)
    wards = find(head, r"ward|electoral division")
    briefing = find(head, r"^briefing for$")
    return Report(
        title=title or next((l.text for l in first.lines if not l.in_table), first.lines[0].text if first.lines else ""),
        page_start=first.number, page_end=pages[-1].number, committee=committee, meeting_date=date,
        item_number=item_number, authorised_by=authorised, lead_officer=lead,
        wards=clean(wards.value) if wards else None, key_decision=_key_decision(head + later, text),
        exempt=_exempt(head, text), report_type="briefing" if briefing else "report",
        header={f.label: f.value for f in head if f.value} or None)


# "Agenda Item 166", "ITEM NO. 5", "Item 7b" alone on a line at the top of a report: the number
# of the agenda item the report is for, printed over its title or in a corner
ITEM_STAMP = re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?|number|#)?\s*[:.]?\s*(?P<number>\d{1,3}(?:\.\d{1,2})?[a-z]?)$", re.I)


def _item_stamp(first: PageLayout) -> str | None:
    top = [l for l in first.lines[:8] + first.margin_lines if l.top < first.height * 0.3]
    return next((m.group("number") for l in top if (m := ITEM_STAMP.match(l.text.strip()))), None)


ITEM_TITLE = re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?\s*|number\s*|#\s*)?(?P<number>\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z](?:-?\d{1,2})?)"
                        r"\s*[:.–—-]\s+(?P<title>(?-i:[A-Z0-9]).{2,})$", re.I)


# Elected members' titles as US and Canadian papers print them before a name ("Councilmember
# Melissa Fox", "Mayor Pro Tem Jane Doe"); the person is the name after the title.
MEMBER_TITLE = re.compile(
    r"^(?:(?:vice |deputy )?mayor(?: pro tem(?:pore)?)?|council ?(?:member|woman|man|lor)|alder(?:man|woman|person)|"
    r"(?:county )?supervisor|commissioner|trustee|board member|(?:vice )?chair(?:man|woman|person)?|selectm[ae]n|"
    r"president)\s+(?=[A-Z])", re.I)


def _person(value: str | None) -> str | None:
    """The person a header value names, without an elected member's title before the name."""
    if not value:
        return None
    v = value.strip().replace("’", "'")
    v = MEMBER_TITLE.sub("", v)
    if re.match(r"(?:the\s+)?(?:office|department|division|bureau|directorate)\s+of\b", v, re.I):
        return None  # "Office of the City Manager": a part of the organisation, not a person
    # a signature's name with the post printed under it, read as one value ("Kim Lee City Manager")
    v = re.sub(r"(?<=[a-z])\s+(?:(?:Assistant|Deputy|Acting|Interim)\s+)?(?:City|Town|County|Village|Township|Borough|General)\s+"
               r"(?:Manager|Clerk|Administrator|Attorney|Engineer|Treasurer|Counsel)\b.*$", "", v)
    name = person_name(v)
    if name:
        return name
    # the post first and the person after it: "Township Administrator Paul Green", "Director of
    # Housing (Paul Green)" (a forename and surname, perhaps an initial between: more words are
    # two columns' names read as one line)
    after = POST_THEN_NAME.match(v)
    if after:
        return person_name(after.group("name"))
    bracketed = re.search(r"\(([A-Z][^()]{3,40})\)", v)
    return person_name(bracketed.group(1)) if bracketed else None


POST_THEN_NAME = re.compile(r"^(?:(?-i:[A-Z])[\w&'-]*\s+){0,4}?(?:clerk|officer|manager|director|administrator|engineer|planner|"
                            r"attorney|superintendent|chief|secretary|treasurer|coordinator),?\s+(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?"
                            r"(?P<name>(?-i:[A-Z])[a-z][\w'-]*(?:\s+(?-i:[A-Z])\.)?\s+(?-i:[A-Z])[a-z][\w'-]*)\s*$", re.I)


def _people(head: list[Field], every: list[Field]) -> tuple[str | None, str | None]:
    """(authorised_by, lead_officer) by label class. "FROM:" names the author when no one else
    is named as author or contact (a US staff report "FROM: Sea Shelton, HR Manager"); where the
    report names its author elsewhere ("PREPARED BY:", "Contact details" at the end), "FROM:" is
    who puts it forward and signs it off (a director, a cabinet member)."""
    others = AUTHOR_CLASS[:-1]  # every author class but a bare "From" / "By"
    # a memo "FROM: Sheila Grant, City Manager / BY: Luis Ortiz, Planning Director": "BY:" under
    # "FROM:" names who wrote it for the sender
    if find(head, r"^from$") and find(head, r"^by$"):
        others = others + (r"^by$",)
    lead = _first_person(head, others) or _first_person(every, others)
    sender = _first_person(head, SENDER_CLASS)
    authorised = _first_person(head, SIGN_OFF_CLASS) or _presenter(head)
    if sender and sender != lead:
        if lead is None:
            lead = sender
        elif authorised is None:
            authorised = sender
    return authorised, lead


POST_WORDS = re.compile(r"\b(?:clerk|officer|manager|director|planner|engineer|administrator|attorney|secretary|"
                        r"treasurer|chief|head of|superintendent|coordinator|analyst|executive)\b", re.I)


def _signature(pages: list[PageLayout]) -> str | None:
    """The author's signature where no header names one: a line that is just a person's name,
    with their post on the line below ("Olive O'Sullivan" / "Acting Town Clerk"), after
    "Respectfully submitted," or at the foot of the report's text."""
    for page in pages:
        lines = page.lines
        for k, line in enumerate(lines[:-1]):
            text = line.text.strip().replace("’", "'")
            name = person_name(text)
            after_sign_off = k > 0 and re.match(r"(?:respectfully )?submitted(?: by)?,?$|yours (?:sincerely|faithfully),?$",
                                                lines[k - 1].text.strip(), re.I)
            at_foot = k >= len(lines) - 6
            if name and len(text.split()) <= 4 and name.replace(" ", "") == re.sub(r"[^\w']", "", text) \
                    and POST_WORDS.search(lines[k + 1].text) and len(lines[k + 1].text.split()) <= 8 \
                    and (after_sign_off or at_foot):
                return name
    return None


def _first_person(fields: list[Field], label_patterns: tuple[str, ...]) -> str | None:
    for pattern in label_patterns:
        rx = re.compile(pattern, re.I)
        for f in fields:
            if rx.search(f.label.strip()):
                # "DIRECTOR OF CHILDREN, FAMILIES AND EDUCATION: LESLEY HAGGER" puts the post in the label
                name = _person(f.value)
                if name:
                    return name
    return None


def _presenter(fields: list[Field]) -> str | None:
    """'Report of: Councillor Jo Marsh, Cabinet Member for ...': a report presented by a member
    or a director is authorised by them (an officer's "Report of" names the author instead)."""
    f = find(fields, r"^report (?:of|from|by)$")
    if f and re.search(r"\b(?:Councillor|Cllr|Cabinet Member|Leader of|Mayor|Director|Chief Executive)\b", f.value):
        return _person(f.value)
    return None


def _addressee(fields: list[Field]) -> str | None:
    """The body a memo is addressed to, named anywhere in its "TO:" line ("Mayor and Members of
    the Irvine City Council" -> "Irvine City Council")."""
    f = find(fields, r"^(?:to|memo to|report to|addressed to)$")
    if not f:
        return None
    bodies = re.findall(r"((?:(?-i:[A-Z])[\w&'’-]*\s+){0,4}(?:Council|Commission|Board|Committee|Cabinet|Panel|Authority))\b",
                        f.value)
    return clean(bodies[-1]) if bodies else None


def _committee_from_top(page: PageLayout) -> str | None:
    for l in page.lines[:8]:
        dates = find_dates(l.text)
        text = l.text[:dates[0][0]] if dates else l.text
        name = body_name(text)
        if name:
            return name
    return None


def _similar_body(a: str, b: str) -> bool:
    """'Children and Young People Scrutiny' and 'Children and Young People's Scrutiny Panel' are one body."""
    import difflib
    x, y = re.sub(r"[^a-z ]", "", a.lower()), re.sub(r"[^a-z ]", "", b.lower())
    return x in y or y in x or difflib.SequenceMatcher(None, x, y).ratio() > 0.75


def paper_report(pages: list[PageLayout], title: str | None, committee: str | None, date: str | None) -> Report:
    """A paper that is a report but opens with no header block the header reader knows (a schedule
    of grant applications, a briefing note): one report over its pages, named as the paper is named,
    with the meeting it goes to. The paper's title may carry that meeting's name and date ("Amenities
    Committee Community Grant Applications 15th November 2016"); the report's title is without them,
    as they are fields of their own. Its officers are not known: the header that would name them is
    not there."""
    name = without_dates(title or "")
    if committee:
        name = re.sub(rf"^\s*(?:the\s+)?{re.escape(committee)}\b", " ", name, flags=re.I)
    name = clean(re.sub(r"^[\s,;:–-]+|[\s,;:–-]+$", "", re.sub(r"\s+", " ", name)))
    return Report(title=name if name and len(name.split()) >= 2 else (title or ""), page_start=pages[0].number,
                  page_end=pages[-1].number, committee=committee, meeting_date=date)

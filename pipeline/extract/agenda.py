"""Agenda items: the numbered business of a meeting, as printed on an agenda.

An item is a number as printed ("5", "5.1", "4.A", "VII", "A.1", "ITEM NO. 10B", "11/09/22-1"),
a title (often bold or in capitals, possibly wrapped over lines), perhaps the pack pages it cites
("(PAGES 5 - 12)"), and a description under it (recommended action, presenter, attachments).

Agendas are found by their numbering, not by an "AGENDA" line: numbers that rise one by one,
at the same indent, with sub-items (5.1, 5.a, or "A." indented under item 5) between them. Any
page holds many other numbered things (a date "22 October 2009", a time, an address, numbered
instructions for joining by phone, the numbered actions of a recommendation), so every line that
starts with something number-like is a candidate and the items are the candidates that make the
best increasing sequence (dynamic programming over the candidates, each number parsed into a
comparable key). A second numbering that starts again at 1 is a new section of the agenda (a
closed session before the regular meeting, a consent calendar numbered A, B, C) and costs less
when a section heading comes before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.read.layout import MARGIN, Line, PageLayout, join_lines, page_edges, tables
from pipeline.models import AgendaItem
from pipeline.extract.text import clean

# ("Page 1 of 2" is the agenda's own page stamp, no pack pages)
# ("pg. 3", "pgs. 5-12", "pp. 5-12": the same, abbreviated)
PAGES = re.compile(r"\(?\s*\b(?:pages?\s+|pgs?\.?\s*|pp\.\s*)(?P<a>\d{1,4})(?!\s*(?:of|/)\s*\d)(?:\s*(?:-|–|to)\s*(?P<b>\d{1,4}))?\s*\)?", re.I)
# what a title may end with that is no part of it (each read off its end in turn): who presents the
# item ("– Presented by J. Smith, Library Director", "– Jane Smith, Finance Director", "(Clerk)",
# "(Cllr Smith)"), the time set for it ("(20 min.)", "(3 minutes per speaker)", "10 minutes"), what
# the item is for ("Approval of Agenda – Action", "Call to Order (Action)", "[Information]", "Budget –
# For Decision") and the papers that go with it ("Paper A", "Papers C1-C3", "Appendix 2")
_POSTS = (r"(?:director|manager|officer|clerk|chair(?:man|woman|person)?|mayor|treasurer|engineer|planner|superintendent|"
          r"attorney|administrator|co-?ordinator|president|secretary|chief|rfo|head\s+of\s+[\w ]+)")
_ITEM_KIND = (r"(?:(?:for\s+)?(?:action|information|discussion|decision|approval|noting|consideration|presentation)(?:\s+(?:items?|only))?|"
              r"(?:possible|potential)\s+action|informational|discussion(?:\s+(?:and|&)\s+|\s*/\s*)(?:possible\s+)?action|"
              # how its paper comes: "(verbal)", "(attached)", "– to follow", "(tabled)"
              r"verbal(?:\s+(?:report|update|item))?|(?:(?:copy|copies|papers?|reports?|documents?)\s+)?"
              r"(?:attached|enclosed|to\s+follow|tabled|circulated|herewith))")
TITLE_NOTE = re.compile(r"\s+[-–—]\s+(?:presented|presenters?|submitted|introduced|sponsored)(?:\s+by)?\b.*$|"
                        # ("Annual Report of the Fire Department – Presentation by Fire Chief Tom Lee")
                        r"\s+[-–—]\s+presentation\s+(?:by|from)\s+\S.*$|"
                        rf"\s+[-–—]\s+{_ITEM_KIND}\s*\.?\s*$|\s*[(\[]\s*{_ITEM_KIND}\s*[)\]]\s*\.?\s*$|"
                        r"\s*\(\s*(?:(?:approx(?:\.|imately)?|max(?:\.|imum)?|up\s+to)\s*)?\d{1,3}\s*(?:min(?:ute)?s?\.?|hours?|hrs?\.?)(?:\s+[^()]{1,30})?\s*\)\s*$|"
                        # whose report it is ("Budget Monitoring – Report of the Director of Finance") and the
                        # papers that go with it in brackets ("(Appendix A)", "(Appendices 1 - 3)")
                        r"\s+[-–—]\s+reports?\s+(?:of|by|from)\s+(?:the\s+)?(?-i:[A-Z])[^()]{2,80}$|\s*\(\s*reports?\s+(?:of|by|from)\s+[^()]{2,80}\)\s*$|"
                        r"\s*\(\s*(?:appendix|appendices|annex(?:e|es)?|attachments?|enclosures?)\s+[A-Z0-9][\w.]*(?:\s*(?:[-–,&]|and)\s*[A-Z0-9][\w.]*)*\s*\)\s*$|"
                        # the time the item is set for, in brackets: "Call to Order (6:00 p.m.)"
                        r"\s*\(\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)\s*\)\s*$|"
                        r"(?<=[a-z)\]])\s+\d{1,3}\s*(?:min(?:ute)?s?\.?|hrs?\.?|hours?)\s*$|"
                        rf"\s+[-–—]\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w'’-]+,\s+(?:[\w&'’-]+\s+){{0,4}}{_POSTS}\s*$|"
                        rf"\s*\(\s*(?:the\s+)?(?:(?:town|parish|city|deputy|assistant)\s+)?{_POSTS}\s*\)\s*$|"
                        r"\s*\(\s*(?:cllrs?\.?|councill?ors?|mr|mrs|ms|dr|mayor|chair)\s+[A-Z][^()]{1,40}\)\s*$|"
                        # (the member presenting it after a dash, "Chairman's Announcements – Cllr Smith", and
                        # who presents it in brackets, "(Staff: John Smith, Public Works Director)")
                        r"\s+[-–—]\s+(?:cllrs?\.?|councill?ors?|mayor)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*$|"
                        r"\s*\(\s*(?:staff|presenters?|presented\s+by|lead(?:\s+officer)?|speakers?)\s*:?\s+[^()]{2,80}\)\s*$|"
                        # what became of it, in capitals after a dash: "Play Area Refurbishment - DEFERRED"
                        r"(?-i:\s+[-–—]\s+(?:DEFERRED|WITHDRAWN|POSTPONED|CONTINUED|REMOVED|CANCELLED|CANCELED|DROPPED)(?:\s+[A-Z0-9/ ]{1,40})?)\s*$|"
                        r"\s+(?:papers?|appendix|appendices|attachments?|enclosures?|encl?\.)\s+[A-Z0-9][\w.]*(?:\s*(?:[-–,&]|and)\s*[A-Z0-9][\w.]*)*\s*$",
                        re.I)
# dot leaders to the end of the title's line, and the page they lead to ("Director's Report ...... 5")
DOT_LEADER = re.compile(r"\s*(?:(?:\.\s?){4,}|…{2,})\s*(?P<page>\d{1,4})?\s*$")
# A footer or header that stamps the agenda's own page ("City Council Agenda June 4, 2024   Page 1 of 2")
# is no part of the item above it, where the margins have not been told apart (a one-page agenda,
# a footer that changes from page to page)
# ("Page 5" alone only in the page's margin: beside an item it may be the page the item's paper is on)
PAGE_STAMP_SEGMENT = re.compile(r"^(?:page\s*)?\d{1,4}\s*(?:of|/)\s*\d{1,4}$|^(?P<alone>page\s*\d{1,4})$", re.I)
# pack pages printed in a column of their own at the right ("9 - 24")
PAGE_COLUMN = re.compile(r"^(?P<a>\d{1,4})(?:\s*(?:-|–|to)\s*(?P<b>\d{1,4}))?$")
# How agendas begin an item's description ("To receive the minutes of ...", "Report of the Director")
DESCRIPTION = re.compile(r"^(?:To (?:receive|consider|note|approve|agree|discuss|review|elect|appoint|confirm|sign|"
                         r"report|update|provide|inform|seek|hear|determine|answer)\b|Reports? (?:of|by|from)\b|"
                         r"Purpose\b|Lead (?:officer|member)\b|Contact\b|Recommend|Staff recommend|Attachments?\b|"
                         # the labels US agendas print under an item's title, and the sentence
                         # that proposes the action ("It is recommended that the City Council ...")
                         r"It is (?:therefore )?recommended\b|(?:Suggested|Proposed|Requested) (?:Actions?|Motions?)\b|"
                         r"(?:(?:Council|Board|Commission|Committee) )?Actions? (?:Requested|Required)\b|"
                         r"(?:Fiscal|Financial|Budget(?:ary)?) Impacts?\b)", re.I)
# The end of a front sheet's list: a letter's sign-off or the contact details, at the list's margin
STOP = re.compile(r"^\s*(?:Yours (?:sincerely|faithfully)|YOURS (?:SINCERELY|FAITHFULLY)|Date of (?:[Nn]ext|[Ff]uture) "
                  r"[Mm]eetings?|DATE OF (?:NEXT|FUTURE) MEETINGS?|Contact\b|CONTACT\b|Enquiries\b|ENQUIRIES\b)")
# A recommended action printed under an item: the numbered or lettered actions after it are the
# recommendation's, not sub-items of the agenda.
RECOMMENDATION_LINE = re.compile(r"^(?:(?:staff|officer|department)\s+)?recommend(?:ation|ed action|ed motion|s)?s?\b"
                                 r"|^it is recommended\b|^action required\b"
                                 r"|^(?:(?:council|board|commission|committee) )?actions? requested\b"
                                 r"|^requested (?:(?:council|board|commission|committee) )?actions?\b", re.I)
# The documents attached to an item, listed under the label: "(a) Ordinance" there is a file's name.
ATTACHMENTS_LINE = re.compile(r"^(?:attachments?|attached documents?|supporting documents?|supporting materials?|"
                              r"exhibits?|enclosures?|background papers?)(?:\s*\(s\))?\s*:?(?:\s|$)", re.I)
# Sub-items under a roll call are the members called, not business.
ROLL_CALL = re.compile(r"^(?:roll call|attendance|members? (?:present|of the)|present)\b", re.I)
# The last business of a meeting; what follows is notices, not items.
ADJOURNMENT = re.compile(r"^adjourn(?:ment|ed)?\b(?!.*\b(?:closed|executive) session)", re.I)

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# "22 October 2009", "5:30 PM", "7.30pm": a date or a time at the start of a line is not item 22
# (a reference that starts with two figures is not a time: "4. 23/01234/FUL Land at Mill Road", a
# planning application, is item 4)
DATE_OR_TIME = re.compile(rf"^(?:{MONTH}(?:\s|,|$)|(?:st|nd|rd|th)\b|[0-5]\d\s*(?:[ap]\.?m\.?|hrs|hours)\b|[0-5]\d\b(?![/-]\d))", re.I)
# A number closed by its stop and a space ("4. 10 Year Capital Strategy", "2. May 21, 2024 Minutes")
# is an item's, and the figures or month after it begin the title: a date or a time is printed
# without that stop ("22 October 2009", "7.30pm") ... unless a date is all the line says ("1. 14 May 2024")
STOPPED = re.compile(r"^(?:(?:agenda\s+)?item\s*(?:no\.?|number|#)?\s*)?\d{1,3}[.:)]\s", re.I)
DATE_ALONE = re.compile(rf"(?:[\d\s,./-]|{MONTH}|(?<=\d)(?:st|nd|rd|th)\b|\b(?:at|[ap]\.?m\.?)\b)+", re.I)


def _stopped(text: str) -> bool:
    return bool(STOPPED.match(text.strip()))


# Instructions to the reader (how to join, how to speak) are numbered like items but address "you"
# ... or give the address or number to do it at: an e-mail address, a web address, a phone number,
# or tell the reader what to do there ("Use the eComment tab ...", "Visit the City's website")
INSTRUCTION = re.compile(r"\b(?:you|your|please)\b|: [A-Z][a-z]+ (?:are|is|will|may|can|should|must)\b|"
                         r"^(?:use|visit|click|dial|watch|download|log\s+in\s+to)\s+(?:the|this|our|on)\b|"
                         r"[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://|\bwww\.|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b", re.I)

# The recommendation printed at the end of an item's title line, in brackets, after a dash or after
# the title's full stop: "2.2 Minutes of May 18, 2022 (Recommendation: Approve the minutes.)",
# "1.2 Minutes of May 28. Recommended Action: Approve.", "ZTA 24-01 (Planning Director) Recommendation: Adopt
# Ordinance No. 24-05." (recommendations.py takes it as the item's)
TAIL_RECOMMENDATION = re.compile(r"(?:\s*\(|\s[–—-]\s*|(?<=[.;)])\s+)(?:staff\s+)?recommend(?:ation|ed action)s?\s*:\s*"
                                 r"(?P<rest>(?-i:[A-Z]).*?)\)?\s*$", re.I)
# ... or its label alone at the end of the line, the action on the next ("(Planning Director) Recommendation:")
TAIL_RECOMMENDATION_LABEL = re.compile(r"(?:\s*\(|\s[–—-]\s*|(?<=[.;)])\s+)(?:staff\s+)?recommend(?:ation|ed action)s?\s*:\s*$", re.I)
# A time printed before an item or its title ("7.05pm", "6:00 PM", "19:30", "10 am")
LEADING_TIME = re.compile(r"^(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?\s?m\.?|hrs)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?\s?m\.?)"
                          r"\s+(?=\S)", re.I)
# ... or in a column of its own at the right of the item ("Apologies for absence      7.30pm")
TIME_COLUMN = re.compile(r"^(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:[ap]\.?\s?m\.?|hrs)$|^(?:[01]?\d|2[0-3])[:.][0-5]\d$", re.I)
# ("ITEM 5", "Item No. 10B", "ITEM-1:", "Item #3")
ITEM_PREFIX = re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?|number|#)?\s*(?:[-–]\s*)?(?=[0-9]|[A-Z](?![a-z]))", re.I)
# file numbers ("(23-716)", "2/14/23-4"), a council's minute references, year and number, that
# parish and town councils number their agenda items by ("24/45", "2024/045", with the body's
# letters before it: "C/24/101" for Council, "FC24/12" for Finance Committee), and the codes of
# an agenda's sections with the item's number in its section ("CC-1" consent calendar, "PH-2"
# public hearing, "NB-1" new business): labels in a column, numbered afresh in each section
FILE_NUMBER = re.compile(r"^\(?(?P<num>\d{1,2}/\d{1,2}/\d{2,4}-\d{1,3}|\d{2}-\d{3,5}|(?:[A-Z]{1,4}/?)?(?:\d{2}|\d{4})/\d{1,4}"
                         r"|[A-Z]{2,3}-\d{1,2}[A-Za-z]?)\)?[.:]?\s+")
# ... but a year and the next ("2024/25 Outturn Report") is a financial year, the title's first words
def _financial_year(number: str) -> bool:
    m = re.fullmatch(r"(\d{4})/(\d{2})", number)
    return bool(m) and int(m.group(2)) == (int(m.group(1)) + 1) % 100


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
         "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}
MARKERS = [
    # 6.1.1: a third level of a decimal numbering (a schedule or report under item 6.1)
    ("deep", re.compile(r"^(?P<a>\d{1,3})\.(?P<b>\d{1,2})\.(?P<c>\d{1,2})(?![\w.]\w)[.):]?(?=\s|$)")),
    # 4.1 / 4.A / 10B / 3a / 4(a) / 4.1.
    ("compound", re.compile(r"^(?P<a>\d{1,3})(?:[.\-](?P<b>\d{1,2}|[A-Za-z])|(?P<c>[A-Za-z])|\s?\((?P<d>[a-z]|\d{1,2})\))"
                            r"(?![\w.]\w)[.):]?(?=\s|$)")),
    # A.1 / A-1 / I.1 / VII.a
    ("lettered", re.compile(r"^(?P<a>[A-Z]|[IVX]{1,5})[.\-](?P<b>\d{1,2}|[a-z])[.):]?(?=\s|$)")),
    # 5. / 5: / 5 / 5)
    ("arabic", re.compile(r"^(?P<a>\d{1,3})(?P<sep>[.:)]|(?=\s))")),
    # (a) / (iv) / (1)
    ("paren", re.compile(r"^\((?P<a>[a-z]{1,4}|[A-Z]|\d{1,2})\)(?=\s)")),
    # VII. / A. / a. / b)
    ("letter", re.compile(r"^(?P<a>[IVXivx]{1,5}|[A-Za-z])(?P<sep>[.)])(?=\s)")),
]


@dataclass(frozen=True)
class Reading:
    """One way to read a candidate's number. kind: "top" (an item of the main numbering), "sub"
    (parent and sub-item both printed: 4.1, A-1), "bare" (a sub-item printed without its parent:
    "A." indented under item 5 is 5.A) or "file" (a file number standing for a sub-item)."""
    kind: str
    style: str = ""  # arabic | upper | lower | roman | paren ("(1)")
    value: int = 0
    sub_style: str = ""
    sub_value: int = 0
    deep_value: int = 0  # "deep": the third level (6.1.2 is 6, 1, 2)


@dataclass
class Candidate:
    index: int
    line: Line
    printed: str  # the number as printed, without its trailing punctuation
    sub_printed: str  # for a bare sub-item, the part to append to the parent's number
    title: str
    readings: list[Reading]
    recommendation_x: float | None = None  # indent of the recommended action (or attachments list) it sits in
    blocked: bool = False  # under a roll call: members, not business
    column_pages: tuple[int, int] | None = None


def _letter_value(s: str) -> int:
    return ord(s.upper()) - ord("A") + 1


def _sub(token: str) -> tuple[str, int]:
    if token.isdigit():
        return "arabic", int(token)
    if token.lower() in ROMAN and len(token) > 1:
        return "roman", ROMAN[token.lower()]
    return ("upper" if token.isupper() else "lower"), _letter_value(token)


def parse_marker(text: str) -> tuple[str, str, str, list[Reading]] | None:
    """(printed number, part a parent would take, rest of the line, readings) for a line that
    starts with a list marker, else None."""
    text = text.strip()
    prefixed = ITEM_PREFIX.match(text)
    if prefixed:
        # (the label makes a number alone on its line an item's, "ITEM NO. 1" over its title; a
        # bare figure alone is a page number or a table's cell)
        text = text[prefixed.end():] + " "
    m = FILE_NUMBER.match(text)
    if m:
        return m.group("num"), m.group("num"), text[m.end():], [Reading("file")]
    for kind, rx in MARKERS:
        m = rx.match(text)
        if not m:
            continue
        rest = text[m.end():].strip()
        raw = m.group(0).rstrip(".:) ")
        a = m.group("a")
        if kind == "deep":
            return raw, raw, rest, [Reading("deep", "arabic", int(a), "arabic", int(m.group("b")), int(m.group("c")))]
        if kind == "compound":
            b = m.group("b") or m.group("c") or m.group("d")
            if b == "0":  # "1.0 CALL TO ORDER", "2.0 ROLL CALL": the items of a decimal numbering
                return raw, raw, rest, [Reading("top", "arabic", int(a))]
            style, value = _sub(b)
            return raw, raw, rest, [Reading("sub", "arabic", int(a), style, value)]
        if kind == "lettered":
            top_style, top_value = (("roman", ROMAN[a.lower()]) if len(a) > 1 else ("upper", _letter_value(a)))
            style, value = _sub(m.group("b"))
            readings = [Reading("sub", top_style, top_value, style, value)]
            if a in "IVX":
                readings.append(Reading("sub", "roman", ROMAN[a.lower()], style, value))
            return raw, raw, rest, readings
        if kind == "arabic":
            return raw, raw, rest, [Reading("top", "arabic", int(a)), Reading("bare", sub_style="arabic", sub_value=int(a))]
        if kind == "paren":
            style, value = _sub(a)
            if len(a) == 1 and a in "ivx":
                return raw, a, rest, [Reading("bare", sub_style="lower", sub_value=_letter_value(a)),
                                      Reading("bare", sub_style="roman", sub_value=ROMAN[a])]
            if a.isdigit():
                # "(1) Approval of Minutes": under an item its point, and an agenda's own numbering
                # where no other numbers its business
                # (printed as its figure, as "1." is; a numbering of its own, which "3." does not continue)
                return a, a, rest, [Reading("bare", sub_style=style, sub_value=value), Reading("top", "paren", int(a))]
            return raw, a, rest, [Reading("bare", sub_style=style, sub_value=value)]
        # a single letter or a roman numeral
        readings = []
        if len(a) == 1:
            style = "upper" if a.isupper() else "lower"
            if m.group("sep") == ".":
                readings.append(Reading("top", style, _letter_value(a)))
            readings.append(Reading("bare", sub_style=style, sub_value=_letter_value(a)))
        if a.lower() in ROMAN and (len(a) > 1 or a in "IVXivx"):
            if a.isupper() and m.group("sep") == ".":
                readings.append(Reading("top", "roman", ROMAN[a.lower()]))
            readings.append(Reading("bare", sub_style="roman", sub_value=ROMAN[a.lower()]))
        return (raw, raw, rest, readings) if readings else None
    return None


def _list_step(readings: list[Reading], current: tuple[str, int] | None) -> tuple[str, int] | None:
    """(style, number) when a marker read as `readings` starts a list (at 1, a or i) or, after
    `current`, is its next number; None otherwise."""
    for r in readings:
        if r.kind not in ("top", "bare"):
            continue
        style, value = (r.style, r.value) if r.kind == "top" else (r.sub_style, r.sub_value)
        if current is None and value == 1 or current is not None and current == (style, value - 1):
            return style, value
    return None


# ---------------------------------------------------------------- candidates

def _candidates(lines: list[Line]) -> list[Candidate]:
    out: list[Candidate] = []
    edges = page_edges(lines)
    left = {page: x0 for page, (x0, _) in edges.items()}
    right = {page: x1 for page, (_, x1) in edges.items()}
    recommendation_x: float | None = None
    # a label ("RECOMMENDED ACTION:", alone or with the action after it) may be followed by its
    # own list, printed at the items' indent: a list that starts again at 1 (or a, i) right under
    # the label is the label's while its numbers rise one by one ("1.", "2."), and any other
    # number ("B-3", "C.": the next sub-item after "Recommendation: Approve the minutes.") is
    # the next item
    label_list: tuple[str, int] | None = None  # (style, last number) of the label's list
    label_open = False
    label_x, label_caps = 0.0, False  # the indent of the label's list and whether its items are in capitals
    roll_call_x: float | None = None
    for i, l in enumerate(lines):
        text, column_pages = _page_column(l)
        if recommendation_x is not None and l.x0 < recommendation_x - 5:
            recommendation_x = None  # back out at the item's indent: the recommended action has ended
        if roll_call_x is not None and l.x0 < roll_call_x + 5:
            roll_call_x = None
        if RECOMMENDATION_LINE.match(text) or ATTACHMENTS_LINE.match(text):
            # (a label in a column of labels at the items' own indent, "6.1  Legacy Lagoons ..." over
            # "Recommendation:   Accept the following ...": its actions are printed in the value's
            # column; a label indented under its item has them under the label, wherever its value is)
            segments = l.segments()
            labelled = len(segments) > 1 and (segments[0][-1].text.endswith(":") or ATTACHMENTS_LINE.match(text))
            at_items = bool(out) and abs(out[-1].line.x0 - l.x0) <= 5
            recommendation_x = segments[1][0].x0 if labelled and at_items else l.x0
            label_open, label_list = True, None
            continue
        parsed = parse_marker(text)
        if parsed and recommendation_x is not None and label_open:
            step = _list_step(parsed[3], label_list)
            if step is not None and label_list is not None and (
                    l.x0 < label_x - 5 or (parsed[2].isupper() and not label_caps)):
                # a number further out than the label's list, or a heading in capitals after actions
                # in words ("1. Award a contract ..." / "2. Authorize ..." / "3. PUBLIC HEARINGS"): the
                # agenda's next item, though its number would continue the list
                step = None
            if step is not None and label_list is None:
                label_x, label_caps = l.x0, parsed[2].isupper()
            if step is None:
                label_open = False  # not the label's list: its actions have ended, this is business
                recommendation_x = None
            else:
                label_list = step
                continue  # an action of the label's list
        timed = LEADING_TIME.match(text)
        marked = text
        after = parse_marker(text[timed.end():]) if timed else None
        # (a bare "2.10" before a file number is Legistar's item 2.10 and its file, "2.10  21-225  ...",
        # not ten past two)
        if after and not (after[3][0].kind == "file" and re.fullmatch(r"\d{1,2}\.\d{2}\s*", timed.group())):
            marked = text[timed.end():]
            parsed = after  # a timed agenda: "6.30 pm  1. Apologies"
        if not parsed:
            continue
        printed, sub_printed, rest, readings = parsed
        file_number = FILE_NUMBER.match(rest)
        if file_number and readings[0].kind != "file" and not _financial_year(file_number.group("num")):
            rest = rest[file_number.end():]  # "1. (23-716) Approve ...": the item number is 1
        rest = re.sub(r"^[\-–—:.]+\s*", "", rest)
        rest = LEADING_TIME.sub("", rest)  # "1. 6:00 PM Call to Order"
        rest = re.sub(r"^\*+\s*(?=[A-Z0-9])", "", rest)  # "ITEM-2: *ELM STREET": a mark (to be heard on consent), not the title
        if rest and not re.match(r"[A-Z0-9(\"“'‘$£#]|to [a-z]", rest):
            continue  # running text ("5 members were present", "a) the cost of ...")
        if any(r.style == "arabic" or r.sub_style == "arabic" for r in readings) and DATE_OR_TIME.match(rest) \
                and not (_stopped(marked) and not DATE_ALONE.fullmatch(rest)):
            continue
        if INSTRUCTION.search(rest) or len(rest.split()) > 40 or _data_row(l):
            continue
        if not rest and i + 1 < len(lines) and lines[i + 1].page == l.page:
            rest = ""  # the number alone on its line, the title beside or under it
        if not rest and ITEM_PREFIX.match(marked.strip()) and l.x0 > (left[l.page] + right[l.page]) / 2:
            continue  # "Agenda Item 6" at a page's right: the stamp of the item a paper is for, no list's item
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (nxt is not None and nxt.page == l.page and l.x1 > right[l.page] - 25 and abs(nxt.x0 - l.x0) < 3
                and nxt.top - l.bottom < l.size and not parse_marker(nxt.text) and re.search(r"[.:] [A-Z]", rest)
                and not rest.isupper()
                and not PAGES.search(rest) and not _titled_paragraph(rest) and not FIELD_LABEL.match(nxt.text)):
            # a numbered paragraph of sentences, wrapped back to the margin (a line that ends in
            # its pages, "Local Plan Review: Preferred Options   (Pages 31 - 120)", is an item's; so
            # is a long title over a label, "RECOMMENDATION: Approve ...", which no sentence wraps into;
            # and a title in capitals, where "BRIGHT PAVING INC. FOR" is an abbreviation's stop, not a sentence's)
            continue
        in_recommendation = recommendation_x is not None and l.x0 >= recommendation_x - 5
        out.append(Candidate(i, l, printed, sub_printed, rest, readings,
                             recommendation_x=recommendation_x if in_recommendation else None,
                             blocked=roll_call_x is not None, column_pages=column_pages))
        if ROLL_CALL.match(rest):
            roll_call_x = l.x0
    return out


# a line that opens with a label of a few words and its colon ("RECOMMENDATION:", "Staff Contact:")
FIELD_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,3}:(?:\s|$)")


def _title_like(text: str) -> bool:
    """A heading's words, not a sentence's: short, no full stop at the end, and most of its longer
    words capitalised ("Minutes of the May 15, 2023 Regular Meeting", not "Persons in the audience
    will refrain from ...")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    return (bool(words) and len(text.split()) <= 14 and not text.rstrip().endswith((".", ";", ":", ","))
            and sum(w[0].isupper() for w in words) >= 0.6 * len(words))


def _titled_paragraph(text: str) -> bool:
    """An item's title of a few words ended by a full stop, then its description ("3. Public
    comment. Members of the public may address the Board ..."): the first sentence of a numbered
    paragraph says something, an item's names it."""
    # (after a colon it is an explanation: "Preliminary Matters: The Board President will begin
    # ..." numbers a guide to the agenda's parts)
    head = re.split(r"[.:] (?=[A-Z])", text, maxsplit=1)[0]
    return len(head.split()) <= 3 and not re.search(r"\d", head) and text[len(head):len(head) + 1] == "."


def _running_count(lines: list[Line], counts) -> list[int]:
    """How many lines up to and including each line `counts` is true of."""
    out, n = [], 0
    for l in lines:
        n += bool(counts(l))
        out.append(n)
    return out


def _is_section_heading(l: Line) -> bool:
    """A section heading of an agenda: a short bold or capitals line with no number (a numbering
    that starts again after one is a new section)."""
    t = l.text.strip()
    return bool(t and len(t.split()) <= 10 and (l.bold or (t.upper() == t and re.search(r"[A-Z]{3}", t)))
                and not parse_marker(t))


# The adjournment printed without a number ("• Adjournment"): the business ends there, and
# numbered lists after it (a code of conduct, speaker rules) are not items.
ADJOURNMENT_LINE = re.compile(r"^(?:[•▪●■*\-–]\s*)?adjourn(?:ment|ed)?\.?$", re.I)


# ---------------------------------------------------------------- the best sequence

@dataclass
class _Path:
    """One reading of the lines so far: the items taken, its score, and where its numbering is
    (the current item's number and indent, its last sub-item) so the next candidate can be judged."""
    score: float
    items: tuple  # ((candidate index, number), ...)
    style: str = ""
    top: int = 0
    top_x: float = 0.0
    top_printed: str = ""
    sub_style: str = ""
    sub: int = 0
    sub_x: float = 0.0
    last_line: int = -1
    ended: bool = False  # after the adjournment
    roll_call: bool = False  # the current item is a roll call
    run_bold: bool = False
    skipped_x: float = 10_000.0  # indent of the least indented numbered line skipped since the item
    opens_list: bool = False  # the current item's line ends in a colon ("To consider the following applications:")

    def key(self):
        return (self.style, self.top, round(self.top_x / 6), self.sub_style, self.sub, self.ended)


FIRST = {"arabic": 1, "upper": 1, "lower": 1, "roman": 1, "paren": 1}
X_TOLERANCE = 12.0  # OCR and right-aligned numbers ("9." / "10.") move an indent a little
RESTART_AFTER_HEADING = 1.0
RESTART_COST = 3.0
SKIP_NEXT_COST = 0.8
SKIP_COST = 0.1
MAX_PATHS = 60  # readings kept after each candidate (the best ones)


def _moves(path: _Path, c: Candidate, r: Reading, headings: list[int]) -> list[tuple[float, dict]]:
    """(gain, new state fields) for reading candidate c as r after path."""
    x = c.line.x0
    started = bool(path.items)
    top_title = c.title
    out = []
    # numbered actions of a recommendation printed under the current item are not items
    in_recommendation = c.recommendation_x is not None and c.recommendation_x > path.top_x + 5
    if c.blocked or (in_recommendation and started):
        return []
    if r.kind == "top":
        new = dict(style=r.style, top=r.value, top_x=x, top_printed=c.printed, sub_style="", sub=0, sub_x=0.0,
                   skipped_x=10_000.0, opens_list=c.line.text.rstrip().endswith(":"),
                   roll_call=bool(ROLL_CALL.match(top_title)), ended=bool(ADJOURNMENT.match(top_title)))
        style_bonus = 0.05 if c.line.bold == path.run_bold else 0.0
        if not started:
            # an agenda opens at item 1; a supplement or a continuation sheet may open later
            out.append((max(0.1, 1.0 - 0.3 * (r.value - FIRST[r.style])), dict(new, run_bold=c.line.bold)))
        else:
            same_indent = abs(x - path.top_x) <= X_TOLERANCE
            if not path.ended and r.style == path.style and same_indent and r.value == path.top + 1:
                out.append((1.0 + style_bonus, new))
            elif not path.ended and r.style == path.style and same_indent and r.value == path.top + 2:
                out.append((0.3, new))  # a number left out (an item withdrawn)
            # a numbering that starts again is a new section; after the adjournment there is none
            if r.value == FIRST[r.style] and x < path.top_x + 15 and not path.ended:
                heading = headings[c.index] > headings[path.last_line] if path.last_line >= 0 else False
                cost = RESTART_AFTER_HEADING if heading else RESTART_COST
                out.append((1.0 - cost, dict(new, run_bold=c.line.bold)))
        return out
    if r.kind == "file" and (not started or (path.style == "file" and abs(x - path.top_x) <= X_TOLERANCE)
                             or x < path.top_x + 8):
        # items numbered by their file numbers alone ("23-716 Approval of ..."): they do not rise
        # one by one, so any file number at the list's indent continues it
        fields = dict(style="file", top=path.top + 1 if path.style == "file" else 1, top_x=x, top_printed=c.printed,
                      sub_style="", sub=0, sub_x=0.0, skipped_x=10_000.0, roll_call=False, ended=False,
                      opens_list=c.line.text.rstrip().endswith(":"))
        if not started or path.style == "file":
            out.append((1.0, dict(fields, run_bold=c.line.bold)))
        elif not path.ended:
            heading = headings[c.index] > headings[path.last_line] if path.last_line >= 0 else False
            out.append((1.0 - (RESTART_AFTER_HEADING if heading else RESTART_COST), dict(fields, run_bold=c.line.bold)))
    if not started and r.kind == "sub":
        # an agenda that opens on a sub-item ("1.1") of an unprinted parent; like one that opens
        # on a later item ("10A" of a planning agenda's continuation), less likely the later
        if r.sub_value == 1:
            out.append((max(0.1, 0.8 - 0.3 * max(0, r.value - 1)),
                        dict(style=r.style, top=r.value, top_x=x, top_printed=str(r.value), sub_style=r.sub_style,
                             sub=r.sub_value, sub_x=x, run_bold=c.line.bold)))
        return out
    if not started or path.ended:
        return out
    if r.kind == "deep":
        # "6.1.1 Schedule A" under 6.1: an item of its own, the numbering stays at 6.1
        if r.style == path.style and r.value == path.top and path.sub_style == "arabic" and r.sub_value == path.sub:
            out.append((1.0, {}))
        return out
    if r.kind == "sub":
        if r.style == path.style and r.value == path.top:
            if (not path.sub_style and r.sub_value == 1) or (r.sub_style == path.sub_style and r.sub_value == path.sub + 1):
                out.append((1.0, dict(sub_style=r.sub_style, sub=r.sub_value, sub_x=x)))
        elif r.style == path.style and r.value == path.top + 1 and r.sub_value == 1:
            # the parent item is not printed on a line of its own
            out.append((0.8, dict(top=r.value, top_printed=str(r.value), sub_style=r.sub_style, sub=r.sub_value,
                                  sub_x=x, roll_call=False)))
        return out
    # capital letters under a numbered item may be printed at the item's own indent ("3. CONSENT
    # CALENDAR" over "A. Approval of Minutes", "B. Warrant Register", then "4. PUBLIC HEARINGS"): a
    # list does not change from figures to letters part way, so capitals straight after a numbered
    # item, with no section heading between, are its sub-items (after a heading they start a new
    # section). Small letters at a numbered list's margin are the points of its paragraphs (rules,
    # terms: "1. Decorum:" over "a) Persons in the audience will ..."); and an indented sub-item
    # is the likelier reading where both are printed. Small letters whose lines are titles, not
    # sentences ("4. Consent Calendar" over "a) Minutes of the May 15 Regular Meeting"), are sub-items
    # all the same, as are any under an item whose line announces them with its colon ("5. To consider
    # the following planning applications:" over "a) 3 Mill Lane – rear extension", where the points
    # of "1. Decorum:" are sentences); and so are figures whose lines are titles straight after a
    # lettered item ("C. CONSENT ITEMS" over "1. Approval of Minutes", "2. Monthly Financial Report",
    # then "D. ...")
    announced = path.opens_list and not c.title.rstrip().endswith(".")  # (a rule's point is a sentence)
    flush = (r.kind == "bare" and (path.style in ("arabic", "roman") and (
                 r.sub_style == "upper" or r.sub_style == "lower" and (_title_like(c.title) or announced))
             or path.style == "file" and r.sub_style == "lower" and announced
             or path.style == "upper" and r.sub_style == "arabic" and _title_like(c.title))
             and abs(x - path.top_x) <= X_TOLERANCE and path.last_line >= 0
             and headings[c.index] == headings[path.last_line])
    if path.roll_call or (x < path.top_x + 8 and not flush) or x > path.skipped_x + 3:
        return out
    if r.kind == "file":
        if path.style == "file" and abs(x - path.top_x) <= X_TOLERANCE:
            return out  # the next item of a list numbered by file numbers (see below)
        if path.sub_style in ("", "file"):
            out.append((1.0, dict(sub_style="file", sub=path.sub + 1, sub_x=x)))
        return out
    # a bare sub-item: "A." under item 5 is 5.A
    gain = 0.9 if flush else 1.0
    if not path.sub_style and r.sub_value == 1:
        out.append((gain, dict(sub_style=r.sub_style, sub=1, sub_x=x)))
    elif r.sub_style == path.sub_style and r.sub_value == path.sub + 1 and abs(x - path.sub_x) <= X_TOLERANCE:
        out.append((gain, dict(sub_style=r.sub_style, sub=r.sub_value, sub_x=x)))
    return out


def _skipped(path: _Path, c: Candidate) -> _Path:
    if not path.items or path.ended or c.blocked:
        return path
    x = c.line.x0
    at_indent = abs(x - path.top_x) <= X_TOLERANCE
    if at_indent and any(r.kind == "top" and r.style == path.style and r.value == path.top + 1 for r in c.readings):
        # and the current item takes no sub-items after it
        return _Path(**{**path.__dict__, "score": path.score - SKIP_NEXT_COST, "skipped_x": path.top_x})
    if at_indent and any(r.kind == "top" for r in c.readings):
        # any numbered line at the items' indent left out makes a numbering less likely (numbered
        # instructions printed before the items chain into the items' later numbers otherwise)
        return _Path(**{**path.__dict__, "score": path.score - SKIP_COST})
    if path.top_x + 3 < x < path.skipped_x:
        # numbered lines indented under a line that is not an item belong to that line
        return _Path(**{**path.__dict__, "skipped_x": x})
    return path


def choose_items(lines: list[Line]) -> list[tuple[Candidate, str]]:
    """The candidates that make the best numbering of the lines, each with its item number."""
    candidates = _candidates(lines)
    headings = _running_count(lines, _is_section_heading)
    adjourned = _running_count(lines, lambda l: ADJOURNMENT_LINE.match(l.text.strip()))
    paths: dict = {None: _Path(0.0, ())}
    for c in candidates:
        # leaving a path as it is skips c; skipping the very next number at the item's indent is
        # unlikely (numbers rise one by one), so it costs
        new_paths = {k: _skipped(p, c) for k, p in paths.items()}
        for path in paths.values():
            if path.items and adjourned[c.index] > adjourned[path.last_line]:
                continue  # the meeting adjourned after this path's last item
            for r in c.readings:
                for gain, fields in _moves(path, c, r, headings):
                    # a bare sub-item takes its parent's number: "A." under item 5 is "5.A"
                    number = f"{path.top_printed}.{c.sub_printed}" if r.kind == "bare" else c.printed
                    state = _Path(path.score + gain, path.items + ((c, number),), **{
                        **{k: getattr(path, k) for k in ("style", "top", "top_x", "top_printed", "sub_style", "sub",
                                                         "sub_x", "ended", "roll_call", "run_bold", "skipped_x",
                                                         "opens_list")},
                        **fields, "last_line": c.index})
                    k = state.key()
                    if k not in new_paths or new_paths[k].score < state.score:
                        new_paths[k] = state
        if len(new_paths) > MAX_PATHS:
            new_paths = dict(sorted(new_paths.items(), key=lambda kv: -kv[1].score)[:MAX_PATHS])
        paths = new_paths
    best = max(paths.values(), key=lambda p: (p.score, -len(p.items)))
    return list(best.items) if best.score > 0 else []


# ---------------------------------------------------------------- items

def extract_agenda_items(pages: list[PageLayout]) -> list[AgendaItem]:
    """Items listed on the agenda pages given (in order)."""
    lines: list[Line] = [l for p in pages for l in p.lines]
    # the lines of agendas set out as a table without rules under a header of columns ("Item
    # Subject   Recommended Action"); elsewhere a wide gap in an item's line is only spacing
    aligned: set[int] = set()
    for _, starts, last in tables(lines, _agenda_header):
        if not starts[0].in_table:
            at = {id(l): k for k, l in enumerate(lines)}
            aligned.update(id(l) for l in lines[at[id(starts[0])]:at[id(last)] + 1])
    chosen = {c.index: (c, number) for c, number in choose_items(lines)}
    beside = _right_column(lines, chosen)
    heights = {p.number: p.height for p in pages}
    # where each page's lines end and start: a title line that stops far short of the right
    # edge was not wrapped, so the line under it is something else (a heading, the next section)
    edges = page_edges(lines)
    items: list[AgendaItem] = []
    cur: dict | None = None
    for i, l in enumerate(lines):
        if cur is not None and STOP.match(l.text) and l.x0 < cur["line"].x0 + 5:
            break
        if i not in chosen and _page_stamp(l, heights.get(l.page, 0.0)):
            continue
        text, column_pages = _page_column(l)
        if i in chosen:
            c, number = chosen[i]
            if cur:
                items.append(_item(cur))
            # where the title starts (after the number, and a file number printed before it: "2.  24-0312  Second ...")
            first_word = c.title.split()[0] if c.title else None
            title_x = next((w.x0 for w in l.words[1:] if w.x0 > l.x0 + 1 and w.text == first_word), None) \
                or next((w.x0 for w in l.words[1:] if w.x0 > l.x0 + 1), l.x0)
            cur = {"num": number.replace(" ", ""), "title": [c.title] if c.title else [], "desc": [], "page": l.page,
                   "line": l, "title_done": False, "bold": l.bold, "size": l.size, "last": l, "title_x": title_x,
                   "edges": edges}
            cur["title_done"] = bool(PAGES.search(l.text))
            cur["column_pages"] = column_pages
            if i in beside:
                # who presents it or what is asked, in a column of its own: not the title's words
                cur["title"] = [cur["title"][0][:-len(beside[i])].rstrip()]
                cur["desc"].append(beside[i])
            cell = _column_at(l, title_x) if l.in_table or id(l) in aligned else None
            if cell:
                # an agenda printed as a ruled table ("Item | Subject | Recommended Action"): the
                # title is its own cell's words, down the row; the other cells describe the item
                title, desc = _cell_words(l, cell, title_x)
                cur.update(cell=cell, title=[title] if title else [], desc=[desc] if desc else [], title_done=True)
            continue
        if cur is None:
            continue
        if cur.get("cell") and l.page == cur["last"].page and (
                l.in_table if cur["line"].in_table else id(l) in aligned and _in_columns(l, cur)):
            title, desc = _cell_words(l, cur["cell"], cur["cell"][0])
            cur["title"] += [title] if title else []
            cur["desc"] += [desc] if desc else []
            cur["last"] = l
            continue
        cur["cell"] = None
        gap = l.top - cur["last"].bottom if l.page == cur["last"].page else 0
        if not cur["title"]:
            cur["title"].append(text)  # the number stood alone; its title is the next line
            cur["last"] = l
            continue
        # a title wrapped under its own first word keeps the first line's style; a description
        # printed at the same indent does not (capitals over sentence case, bold over plain)
        first = cur["line"]
        hanging = (abs(l.x0 - cur["title_x"]) < 3 and cur["title_x"] > first.x0 + 5 and gap < l.size * 0.9
                   and not DESCRIPTION.match(text) and not parse_marker(text) and l.bold == first.bold
                   and (_capitals(first.text) == _capitals(text) or not _capitals(first.text)))
        if column_pages and not cur.get("column_pages"):
            cur["column_pages"] = column_pages
        if not cur["desc"] and hanging and not cur["title_done"]:
            cur["title"].append(text)  # a title wrapped under its own first word, after the number
        elif not cur["title_done"] and _continues_title(cur, l, gap) and not _stops_short(cur, l, edges):
            cur["title"].append(text)
            cur["title_done"] = bool(PAGES.search(text))
        else:
            cur["title_done"] = True
            cur["desc"].append(text)
        cur["last"] = l
    if cur:
        items.append(_item(cur))
    return items


def _right_column(lines: list[Line], chosen: dict) -> dict[int, str]:
    """The text item lines print in a column of their own at the right, without a header or rules:
    who presents the item ("3. Roll Call        Clerk"), the action sought ("Decision",
    "Information"). Such a column is a few words starting at one x on several item lines; a lone
    wide gap in one title is only spacing. Gives item line index -> that column's text."""
    ends: dict[int, tuple[float, str]] = {}
    for i in chosen:
        l = lines[i]
        if l.in_table:
            continue
        segments = l.segments()
        if len(segments) < 2:
            continue
        last = " ".join(w.text for w in segments[-1])
        title = chosen[i][0].title
        if not title.endswith(last) or not title[:-len(last)].strip():
            continue  # the title itself, in the column beside the numbers
        # (not the pages of the pack or the time, which are read as ever)
        if len(segments[-1]) <= MAX_COLUMN_WORDS and re.search(r"[^\W\d]", last) \
                and not (PAGE_COLUMN.match(last) or TIME_COLUMN.match(last) or PAGES.search(last)):
            ends[i] = (segments[-1][0].x0, last)
    by_x: dict[int, list[int]] = {}
    for i, (x, _) in ends.items():
        by_x.setdefault(round(x / COLUMN_SNAP), []).append(i)
    out: dict[int, str] = {}
    for key, members in by_x.items():
        near = members + by_x.get(key - 1, []) + by_x.get(key + 1, [])
        if len(set(near)) >= MIN_COLUMN_LINES:
            out.update((i, ends[i][1]) for i in members)
    return out


MAX_COLUMN_WORDS = 5  # a presenter's name and post, or an action word: not a clause of the title
MIN_COLUMN_LINES = 3  # item lines ending in words at one x make a column
COLUMN_SNAP = 6.0  # points: column starts this close are one column


def _page_stamp(line: Line, height: float) -> bool:
    in_margin = line.top < height * MARGIN or line.bottom > height * (1 - MARGIN)  # (the band running headers live in)
    for seg in line.segments():
        m = PAGE_STAMP_SEGMENT.match(" ".join(w.text for w in seg))
        if m and (not m.group("alone") or in_margin):
            return True
    return False


def _data_row(line: Line) -> bool:
    """A numbered row of a data table, not an agenda item: a ruled table of many columns ("1 |
    Base Budget Changes | ASCH | Dan Watkins | ... | 1,234.5"), or one whose cells after the title
    are mostly figures. An agenda tabulated prints a few columns of words (title, action, pages)."""
    if not (line.in_table and len(line.cuts) >= 2):
        return False
    if len(line.cuts) > 3:
        return True
    rest = [w.text for w in line.words if w.x0 >= line.cuts[1] - 1]
    # (figures, not the pages an item cites, "5 - 12", nor its time, "7pm")
    figures = sum(1 for t in rest if FIGURE.match(t))
    return figures >= 2 and figures > sum(1 for t in rest if re.search(r"[^\W\d]", t))


FIGURE = re.compile(r"^[-(£$€]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)[)%]?$")


def _column_at(line: Line, x: float) -> tuple[float, float] | None:
    """The left and right edges of the table column that x is in: between a ruled table's rules,
    or, on a line set out in columns without rules ("2   Approval of the minutes   Approve the
    minutes as presented."), from x to where the next column of words starts."""
    if line.in_table and line.cuts:
        edges = [float("-inf"), *line.cuts, float("inf")]
        return next(((a, b) for a, b in zip(edges, edges[1:]) if a - 1 <= x < b - 1), None)
    if line.in_table:
        return None
    after = [seg for seg in line.segments() if seg[0].x0 > x + 1]
    if not after or PAGE_COLUMN.match(" ".join(w.text for w in after[-1])) and len(after) == 1:
        return None  # (a title and the pack pages at the right are read as ever)
    return x, after[0][0].x0 - 1


# a header of an agenda's columns: one for the title and one for what else it prints of the item
_TITLE_COLUMN = re.compile(r"^(?:subject|title|items?|description|business|matter|agenda\s+items?)$", re.I)
_OTHER_COLUMN = re.compile(r"^(?:(?:staff\s+|recommended\s+|requested\s+)?(?:recommendations?|actions?)|presenters?|"
                           r"presented\s+by|purpose|lead(?:\s+officer)?|department|pages?|time|report)$", re.I)


def _agenda_header(cells: list[str]) -> bool:
    cells = [re.sub(r"\s+", " ", c).strip(" :") for c in cells]
    return any(_TITLE_COLUMN.match(c) for c in cells) and any(_OTHER_COLUMN.match(c) for c in cells[1:])


def _in_columns(line: Line, cur: dict) -> bool:
    """Does a line below an item set out in columns continue the item's row: close under it, not
    left of its title's column, and no words running across the column's right edge?"""
    left, right = cur["cell"]
    return (line.top - cur["last"].bottom <= 0.9 * line.size and line.x0 >= left - 2
            and not any(w.x0 < right < w.x1 for w in line.words)
            and not any(a.x1 <= right <= b.x0 and b.x0 - a.x1 < 0.6 * a.size for a, b in zip(line.words, line.words[1:])))


def _cell_words(line: Line, cell: tuple[float, float], start: float) -> tuple[str, str]:
    """A table line's words in the cell (from x = start on), and those in the cells right of it."""
    inside = [w.text for w in line.words if cell[0] - 1 <= w.x0 and w.x1 <= cell[1] + 1 and w.x0 >= start - 1]
    right = [w.text for w in line.words if w.x0 >= cell[1] - 1]
    return " ".join(inside), " ".join(right)


def _page_column(line: Line) -> tuple[str, tuple[int, int] | None]:
    """A line's text without a page range printed in a right-hand column, and that range."""
    segments = line.segments()
    if len(segments) > 1:
        last = " ".join(w.text for w in segments[-1])
        m = PAGE_COLUMN.match(last)
        if m:
            text = " ".join(w.text for seg in segments[:-1] for w in seg)
            return text, (int(m.group("a")), int(m.group("b") or m.group("a")))
        if TIME_COLUMN.match(last):
            # a timed agenda's column of start times ("Apologies for absence      7.30pm") is not the title's
            return " ".join(w.text for seg in segments[:-1] for w in seg), None
    return line.text, None



def _continues_title(cur: dict, l: Line, gap: float) -> bool:
    """A wrapped title line: same style as the item line, close below it."""
    if gap <= l.size * 0.9 and re.search(r"\(\s*pages?\s*$", join_lines(cur["title"]), re.I) \
            and re.match(r"\d{1,4}(?:\s*(?:-|–|to)\s*\d{1,4})?\s*\)", l.text):
        return True  # "... 2025-29 (Pages" / "461 - 610)": the page reference wrapped
    if gap > l.size * 0.9 or DESCRIPTION.match(l.text) or parse_marker(l.text):
        return False
    if cur["bold"] != l.bold:
        return False
    first = cur["line"]
    text = l.text
    if first.text.isupper() != text.replace("(PAGES", "").isupper() and not PAGES.fullmatch(text.strip()):
        return False
    # a plain (not bold, not capitals) title continues only when its page reference is still to come
    if not first.bold and not first.text.isupper():
        return bool(PAGES.search(text)) or text[:1].islower() or _ends_mid_phrase(" ".join(cur["title"])) \
            or _wrapped_under_title(cur, l)
    return True


def _wrapped_under_title(cur: dict, l: Line) -> bool:
    """A plain title in capitalised words that filled its line and goes on under its own first word
    ("A. Approval of Minutes of the January 22, 2024 Regular" / "Meeting"): a few more title words,
    no label, no sentence."""
    last = cur["last"]
    return (cur["title_x"] > cur["line"].x0 + 5 and abs(l.x0 - cur["title_x"]) < 0.5 * l.size
            and last.x1 > l.x1 and _title_like(l.text) and not FIELD_LABEL.match(l.text)
            and len(l.text.split()) <= 6 and last is cur["line"] and _filled(last, cur))


def _filled(line: Line, cur: dict) -> bool:
    """Does the line reach the last sixth of the page's text width (so that it wrapped)?"""
    left, right = cur["edges"].get(line.page, (0.0, 0.0))
    return line.x1 >= right - (right - left) / 6


def _stops_short(cur: dict, l: Line, edges: dict) -> bool:
    """The title's last line ends before the last third of the page's width, the line below
    starts at or left of the item's number, and the title does not end mid-phrase: the title was
    not wrapped ("4. COUNCIL REPORTS" over "ADJOURNMENT", a heading without a number)."""
    last = cur["last"]
    left, right = edges.get(last.page, (0.0, 0.0))
    return (last.page == l.page and last.x1 < left + (right - left) * 0.6 and l.x0 <= cur["line"].x0 + 2
            and not l.text[:1].islower() and not _ends_mid_phrase(" ".join(cur["title"])))


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _ends_mid_phrase(text: str) -> bool:
    return bool(re.search(r"(?:\b(?:and|of|the|for|to|in|on|with|from|by|a|an)|[,–-])\s*$", text, re.I))


# A presenter printed before the title ("1. Recommended by Office of the CIO / Approval of ...")
PRESENTER = re.compile(r"^(?:recommended|presented|submitted|requested|sponsored|introduced) by\b", re.I)


def _item(cur: dict) -> AgendaItem:
    if cur["title"] and PRESENTER.match(cur["title"][0]) and (len(cur["title"]) > 1 or cur["desc"]):
        presenter = cur["title"][0]
        cur["title"] = cur["title"][1:] or [cur["desc"].pop(0)]
        cur["desc"].insert(0, presenter)
    title = join_lines(cur["title"])
    pages = PAGES.search(title)
    start = end = None
    leader = DOT_LEADER.search(title)
    if leader:
        # "Approval of Minutes ........ 2": the dots lead to the page the item's papers start on
        start = end = int(leader.group("page")) if leader.group("page") else None
        title = title[:leader.start()].strip()
    elif pages:
        start = int(pages.group("a"))
        end = int(pages.group("b") or pages.group("a"))
        title = re.sub(r"\s*[(\[]\s*[)\]]", "", title[:pages.start()] + title[pages.end():]).strip()  # ("[Pages 3 - 12]")
    elif cur.get("column_pages"):
        start, end = cur["column_pages"]
    else:
        desc_pages = PAGES.search(join_lines(cur["desc"][:2]))
        if desc_pages:
            start, end = int(desc_pages.group("a")), int(desc_pages.group("b") or desc_pages.group("a"))
    note = TITLE_NOTE.search(title)
    while note and note.start() > 0:
        cur["desc"].insert(0, note.group().strip(" -–—()[]"))
        title = title[:note.start()].rstrip()
        note = TITLE_NOTE.search(title)
    # the recommended action printed after the title ("Minutes of May 18 (Recommendation: Approve)")
    tail = TAIL_RECOMMENDATION.search(title) or TAIL_RECOMMENDATION_LABEL.search(title)
    title = (title[:tail.start()].rstrip() or title) if tail else title
    # the description run on after the title's full stop on the same line ("Minutes. To approve the
    # minutes of the meeting held on 7 May 2024.", "Budget. Report of the Treasurer"); after a colon
    # it is still the title ("Planning Committee: Recommendations from the meeting of 5 May")
    # ("Public comment. Members of the public may address the Board ...": a name of a few words
    # and a sentence after it)
    run_on = next((m for m in re.finditer(r"(?<=[^\W\d])\.\s+", title)
                   if DESCRIPTION.match(title[m.end():]) or _titled_paragraph(title)
                   and re.search(r"[A-Za-z]{4,}$", title[:m.start()]) and len(title[m.end():].split()) >= 5), None)
    title = title[:run_on.start()] if run_on else title
    # ... or after a dash, in small letters ("Apologies for absence – to receive apologies", "Declarations of
    # interest – members to declare any interests"); a dash before capitals or figures is the title's own
    # ("Date of next meeting – 8 July 2024", "Conference with Legal Counsel – Existing Litigation")
    dash = re.search(r"\s[-–—]\s+(?=[a-z])", title)
    if dash and dash.start() > 0 and (DESCRIPTION.match(title[dash.end():]) or len(title[dash.end():].split()) >= 4):
        title = title[:dash.start()]
    title = re.sub(r"\s*[-–:]\s*$", "", title)
    first = cur["line"]
    return AgendaItem(number=cur["num"], title=clean(title) or title, page=cur["page"], pack_page_start=start,
                      pack_page_end=end, description=clean(join_lines(cur["desc"])) if cur["desc"] else None,
                      bbox=(round(first.x0, 1), round(first.top, 1), round(first.x1, 1), round(first.bottom, 1)))

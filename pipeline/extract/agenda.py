"""Agenda items: the numbered business of a meeting, as printed on an agenda front sheet.

An item is a number as printed ("5", "5.1", "4(a)"), a title (often bold or in capitals, possibly
wrapped over lines), perhaps the pack pages it cites ("(PAGES 5 - 12)", "(Pages 277 - 326)"), and
a description under it. Item numbers rise one by one, which tells real items from numbered text
inside an item's description.
"""
from __future__ import annotations

import re

from pipeline.read.layout import Line, PageLayout, join_lines
from pipeline.models import AgendaItem
from pipeline.extract.text import clean

# "5.", "5.1", "4(a)", "Item 5": a list marker with ")" is a list inside an item, not an item
ITEM_START = re.compile(r"^(?:item\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})?(?:\s?\([a-z]\))?)(?:[.:]\s*|\s+)"
                        r"(?![0-5]\d\s*(?:[ap]\.?m\.?|hrs)\b)(?P<title>[A-Z0-9(\"“'‘].*)$")  # not "9:30 a.m."
PAGES = re.compile(r"\(?\s*\bpages?\s+(?P<a>\d{1,4})(?:\s*(?:-|–|to)\s*(?P<b>\d{1,4}))?\s*\)?", re.I)
# pack pages printed in a column of their own at the right ("9 - 24")
PAGE_COLUMN = re.compile(r"^(?P<a>\d{1,4})(?:\s*(?:-|–|to)\s*(?P<b>\d{1,4}))?$")
AGENDA_HEADING = re.compile(r"^\s*(?:A\s?G\s?E\s?N\s?D\s?A|Agenda(?: Item No\.?)?|Business|Items? of business|Order of business)\s*$", re.I)
# How agendas begin an item's description ("To receive the minutes of ...", "Report of the Director")
DESCRIPTION = re.compile(r"^(?:To (?:receive|consider|note|approve|agree|discuss|review|elect|appoint|confirm|sign|"
                         r"report|update|provide|inform|seek|hear|determine|answer)\b|Reports? (?:of|by|from)\b|"
                         r"Purpose\b|Lead (?:officer|member)\b|Contact\b)", re.I)
STOP = re.compile(r"^\s*(?:Yours sincerely|Yours faithfully|Date of (?:Next|Future) Meetings?|Contact\b|Enquiries\b)", re.I)


def _number_key(num: str) -> tuple[int, int, str]:
    m = re.match(r"(\d+)(?:\.(\d+))?\s?(?:\(([a-z])\))?", num)
    return (int(m.group(1)), int(m.group(2) or 0), m.group(3) or "") if m else (0, 0, "")


def _follows(prev: str | None, num: str) -> bool:
    """Is `num` a plausible next item number after `prev`?"""
    if prev is None:
        return _number_key(num)[0] <= 30
    a, b = _number_key(prev), _number_key(num)
    if b[0] == a[0]:  # a sub-item of the same item: 5 -> 5.1 / 5(a), 5.1 -> 5.2
        return (b[1], b[2]) > (a[1], a[2])
    return b[0] == a[0] + 1 and (b[1] in (0, 1)) and b[2] in ("", "a")


def extract_agenda_items(pages: list[PageLayout]) -> list[AgendaItem]:
    """Items listed on the front-sheet pages given (in order)."""
    lines: list[Line] = []
    started = False
    for p in pages:
        for l in p.lines:
            if not started and AGENDA_HEADING.match(l.text):
                started = True
                lines = []
                continue
            lines.append(l)
    items: list[AgendaItem] = []
    body_x = min((l.x0 for l in lines), default=0)
    cur: dict | None = None
    prev_num: str | None = None
    for l in lines:
        if STOP.match(l.text):
            break
        text, column_pages = _page_column(l)
        m = ITEM_START.match(text)
        if m and l.x0 < body_x + 40 and _follows(prev_num, m.group("num")) and not _looks_like_sentence(m.group("title")):
            if cur:
                items.append(_item(cur))
            title_x = next((w.x0 for w in l.words if w.x0 > l.x0 + 1 and not ITEM_START.match(w.text + " x")), l.x0)
            cur = {"num": m.group("num").replace(" ", ""), "title": [m.group("title")], "desc": [], "page": l.page,
                   "line": l, "title_done": False, "bold": l.bold, "size": l.size, "last": l, "title_x": title_x}
            cur["title_done"] = bool(PAGES.search(l.text))
            cur["column_pages"] = column_pages
            prev_num = m.group("num")
            continue
        if cur is None:
            continue
        gap = l.top - cur["last"].bottom if l.page == cur["last"].page else 0
        hanging = (abs(l.x0 - cur["title_x"]) < 3 and cur["title_x"] > cur["line"].x0 + 5 and gap < l.size * 0.9
                   and not DESCRIPTION.match(text))
        if column_pages and not cur.get("column_pages"):
            cur["column_pages"] = column_pages
        if not cur["desc"] and hanging:
            cur["title"].append(text)  # a title wrapped under its own first word, after the number
        elif not cur["title_done"] and _continues_title(cur, l, gap):
            cur["title"].append(text)
            cur["title_done"] = bool(PAGES.search(text))
        else:
            cur["title_done"] = True
            cur["desc"].append(text)
        cur["last"] = l
    if cur:
        items.append(_item(cur))
    return items


def _page_column(line: Line) -> tuple[str, tuple[int, int] | None]:
    """A line's text without a page range printed in a right-hand column, and that range."""
    segments = line.segments()
    if len(segments) > 1:
        last = " ".join(w.text for w in segments[-1])
        m = PAGE_COLUMN.match(last)
        if m:
            text = " ".join(w.text for seg in segments[:-1] for w in seg)
            return text, (int(m.group("a")), int(m.group("b") or m.group("a")))
    return line.text, None


def _looks_like_sentence(title: str) -> bool:
    # "5 members were present." is text; titles rarely end in a full stop after many words
    return len(title.split()) > 25


def _continues_title(cur: dict, l: Line, gap: float) -> bool:
    """A wrapped title line: same style as the item line, close below it."""
    if gap > l.size * 0.9 or DESCRIPTION.match(l.text):
        return False
    if cur["bold"] != l.bold:
        return False
    first = cur["line"]
    text = l.text
    if first.text.isupper() != text.replace("(PAGES", "").isupper() and not PAGES.fullmatch(text.strip()):
        return False
    # a plain (not bold, not capitals) title continues only when its page reference is still to come
    if not first.bold and not first.text.isupper():
        return bool(PAGES.search(text)) or text[:1].islower() or _ends_mid_phrase(" ".join(cur["title"]))
    return True


def _ends_mid_phrase(text: str) -> bool:
    return bool(re.search(r"(?:\b(?:and|of|the|for|to|in|on|with|from|by|a|an)|[,–-])\s*$", text, re.I))


def _item(cur: dict) -> AgendaItem:
    title = join_lines(cur["title"])
    pages = PAGES.search(title)
    start = end = None
    if pages:
        start = int(pages.group("a"))
        end = int(pages.group("b") or pages.group("a"))
        title = (title[:pages.start()] + title[pages.end():]).strip()
    elif cur.get("column_pages"):
        start, end = cur["column_pages"]
    else:
        desc_pages = PAGES.search(join_lines(cur["desc"][:2]))
        if desc_pages:
            start, end = int(desc_pages.group("a")), int(desc_pages.group("b") or desc_pages.group("a"))
    title = re.sub(r"\s*[-–:]\s*$", "", title)
    first = cur["line"]
    return AgendaItem(number=cur["num"], title=clean(title) or title, page=cur["page"], pack_page_start=start,
                      pack_page_end=end, description=clean(join_lines(cur["desc"])) if cur["desc"] else None,
                      bbox=(round(first.x0, 1), round(first.top, 1), round(first.x1, 1), round(first.bottom, 1)))

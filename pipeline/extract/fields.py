"""Read "Label: value" pairs from a region of lines, the way report header blocks print them.

Header blocks come as tables (label cell, value cell wrapping over several lines), as
"Label: value" lines, as a label column beside a value column, or as a label on a line of its
own with the value below ("Report Author" / "Dave Shipton (Head of Finance ...)"). Each line is
split into column segments (at cell rules or wide gaps); a segment that starts with "Label:"
opens a field, and later segments that start at the same x as its value (or at its label's x,
for values that wrap to the cell's left edge) continue it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.read.layout import NUMBERED, Line, join_lines

LABEL = re.compile(r"^(?:\d{1,2}\.\s*)?(?P<label>[A-Z][\w()'’/&,.\- ]{0,70}?)\s*[:：]\s*(?P<value>.*)$")
# A question in the label column ("Does the report propose a key decision is taken?") with its
# answer in the next column.
QUESTION = re.compile(r"^(?P<label>[A-Z][\w()'’/&,.\- ]{5,120}\?)\s*(?P<value>.*)$")
# Labels some templates print on a line of their own, without a colon.
# Labels that only a report's header block uses; two of them near the top of a page start a report.
HEADER_LABEL = re.compile(
    r"^(?:report (?:for|to|of|title|author|authorised by|from|by|status)|to|from|by|subject|title|lead officer|"
    r"lead member|ward\(?s\)?(?: affected)?|wards and communities affected|key decision|report for key decision|"
    r"classification|item(?: number| no)?|agenda item(?: no| number)?|briefing for|purpose of (?:the )?(?:report|briefing)|"
    r"decision no|decision number|electoral divisions?(?: affected)?|accountable (?:director|head of service|officer)|"
    r"cabinet member|portfolio holder|portfolio|contact officer|date of meeting|meeting date|meeting|"
    r"report non key decisions?|director of .{3,60}|cabinet member with responsibility for .{3,60}|"
    r"recommendations?|recommendation\(s\)|summary|for submission to|submitted to|decision maker|date|"
    r"decision taker|decision made by|date of decision|decision date|"
    # a planning application's report: "Application No: 24/0012/FUL", "Site Address:", "Case Officer:"
    r"application (?:no\.?|number|ref(?:erence)?)|site(?: address| location)?|proposal|applicant|case officer)$", re.I)
# A label in capitals printed without its colon before the value, as US staff reports sign them
# off at the foot ("REPORT PREPARED BY Marianna Marysheva, Assistant City Manager", "REVIEWED BY
# Jane Doe, Finance Director"): the label's words in capitals, the value in mixed case after them.
CAPS_LABEL = re.compile(r"^(?P<label>(?:(?:STAFF )?REPORT |ITEM )?(?:PREPARED|SUBMITTED|REVIEWED|APPROVED|WRITTEN|PRESENTED|"
                        r"AUTHORI[SZ]ED)(?: AND (?:APPROVED|REVIEWED|SUBMITTED))? BY)\s+(?P<value>[A-Z][a-z].*)$")
# Parts of a contact entry, which belong to the field they sit in ("Author: Name: ... Tel: ...").
SUB_LABEL = re.compile(r"^(?:name|tel|telephone|phone|e-?mail|team|job title|post|directorate|ext(?:ension)?)$", re.I)
BARE_LABEL = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?P<label>Report Authors?(?:\(s\))?|Lead Officers?|Contact Officers?|Contact details|Lead Directors?|"
    r"Relevant (?:Corporate )?Directors?|Corporate Directors?|Author|Background (?:papers|documents))\s*$", re.I)


@dataclass
class Field:
    label: str
    value: str
    page: int
    top: float
    x0: float

    @property
    def key(self) -> str:
        return re.sub(r"[^a-z0-9]+", " ", self.label.lower()).strip()


@dataclass
class _Open:
    """A field still accepting continuation segments."""
    label: str
    page: int
    top: float
    x0: float
    value_x0: float | None
    bottom: float
    size: float
    bold: bool
    parts: list[str] = field(default_factory=list)
    rows: list = field(default_factory=list)  # the line each continuation part came from

    def in_column(self, x: float) -> bool:
        return abs(self.x0 - x) < 4 or (self.value_x0 is not None and abs(self.value_x0 - x) < 4)


def _label_cell(line: Line, segments: list[list], k: int, label_xs: list[float] = ()) -> bool:
    """A label printed without a colon in the first column of a header table ("REPORT OF" |
    "Councillor Jo Marsh"): a known header label, or a short bold/capitals phrase, with the value
    in the next column of the same row. Once a row of the table has shown that its first column
    holds the labels, every short phrase in that column is one, in whatever type ("Report title |
    ..." over "Responsible director | Nick Bell" and "Department | Utilities"). A header block
    set out in two columns without rules ("Report to        Cabinet", "Key decision        Yes")
    is the same table: its known labels, and the phrases in their column, are labels too."""
    if k != 0 or len(segments) < 2:
        return False
    text = " ".join(w.text for w in segments[0]).strip()
    if HEADER_LABEL.match(text):
        return True
    words = text.split()
    if any(abs(segments[0][0].x0 - x) < 3 for x in label_xs) and len(words) <= 6 and re.match(r"[A-Z]", text) \
            and not any(c.isdigit() for c in text) and not text.endswith((".", ";", ",")):
        return True
    if not (line.in_table or line.cuts):
        return False
    return len(words) <= 5 and not any(c.isdigit() for c in text) and (text.isupper() or all(w.bold for w in segments[0])) \
        and not text.endswith((".", ";", ","))


def _label(text: str) -> tuple[str, str] | None:
    m = LABEL.match(text)
    if m and len(m.group("label").split()) <= 8 and not re.search(r"\b(?:to|is|are|that|be)\s*$", m.group("label")):
        return m.group("label").strip(), m.group("value")
    m = QUESTION.match(text)
    if m and len(m.group("label").split()) <= 14:
        return m.group("label").strip(), m.group("value")
    m = BARE_LABEL.match(text)
    if m:
        return m.group("label").strip(), ""
    m = CAPS_LABEL.match(text)
    if m:
        return m.group("label").strip(), m.group("value")
    return None


def read_fields(lines: list[Line], max_gap: float = 1.0) -> list[Field]:
    done: list[_Open] = []
    open_: list[_Open] = []
    prev_bottom = None
    unlabelled: tuple[Line, list[list]] | None = None  # the row above: a label cell without its colon, and a value
    label_xs: list[float] = []  # where a header table's label cells start
    label_ruled = False  # whether that table is ruled
    for line in lines:
        gap = line.top - prev_bottom if prev_bottom is not None else 0
        prev_bottom = line.bottom
        if gap > max_gap * 2.2 * line.size:
            open_.clear()  # a wide gap ends the header block's rows
        segments = line.segments()
        if gap > max_gap * 2.2 * line.size or (len(segments) == 1 and any(abs(line.x0 - x) < 3 for x in label_xs)) \
                or (label_ruled and not (line.in_table or line.cuts)):
            # the table has ended (a gap, a paragraph at the labels' margin, or its rules end):
            # the next one's columns are its own
            label_xs.clear()
        wrapped = _wrapped_label(unlabelled, line, segments)
        unlabelled = (line, segments) if len(segments) == 2 and _label(" ".join(w.text for w in segments[0])) is None else None
        if wrapped is not None:
            # "Responsible | Jo Bloggs" over "Director:": the label wraps onto a second line and the
            # value sits on the first
            label, value, row = wrapped
            for o in done:
                # the row above was taken for a continuation of the field before it ("Title: Library
                # Hours" / "Report | Sam Patel" / "Author:"): it is this label's first row
                while o.rows and o.rows[-1] is row:
                    o.rows.pop()
                    o.parts.pop()
            f = _Open(label, row.page, row.top, row.x0, value[0].x0, line.bottom, line.size, line.bold,
                      [" ".join(w.text for w in value)])
            open_[:] = [o for o in open_ if not o.in_column(row.x0)]
            open_.append(f)
            done.append(f)
            continue
        for k, seg in enumerate(segments):
            text = " ".join(w.text for w in seg)
            x0 = seg[0].x0
            found = _label(text)
            if found is None and _label_cell(line, segments, k, label_xs):
                found = (text.strip(), "")
            if found and not found[1] and k == 0 and len(segments) == 2 \
                    and (line.in_table or line.cuts or HEADER_LABEL.match(text.strip())) \
                    and _label(" ".join(w.text for w in segments[1])) is None \
                    and not HEADER_LABEL.match(" ".join(w.text for w in segments[1]).strip()):
                # a label with its value in the next cell: the table's label column (a row of two
                # labels, "Report Authors: | Lead Directors", heads two columns of contacts instead)
                label_xs.append(x0)
                label_ruled = bool(line.in_table or line.cuts)
            same_line = open_[-1] if open_ and open_[-1].top == line.top and not open_[-1].parts else None
            if found and same_line is not None and LABEL.match(text) and (not found[1] or SUB_LABEL.match(found[0])):
                # the value column of a label on the same line, even when it looks like a label itself:
                # "Subject: | Terms of Reference:", "Author: | Name: Dr Rachel Sanson Team: ..."
                found = None
            if found:
                label, value = found
                n_label_words = len(text.split()) - len(value.split())
                value_x0 = seg[n_label_words].x0 if value and len(seg) > n_label_words else None
                f = _Open(label, line.page, line.top, x0, value_x0, line.bottom, line.size, line.bold,
                          [value] if value else [])
                open_[:] = [o for o in open_ if not o.in_column(x0)]  # a new label closes its column's field
                open_.append(f)
                done.append(f)
                continue
            target = _continued(open_, line, x0, max_gap)
            if target is not None:
                target.parts.append(text)
                target.rows.append(line)
                target.bottom = line.bottom
            else:
                open_[:] = [o for o in open_ if not (o.x0 - 2 <= x0 <= (o.value_x0 or o.x0) + 2)]
    return [Field(f.label, join_lines(f.parts), f.page, f.top, f.x0) for f in done]


def _wrapped_label(above: tuple[Line, list[list]] | None, line: Line, segments: list[list]):
    """(label, value words, first row) when this line ends a label whose first words, and whose
    value, are on the row above: a one-segment "Director:" under "Responsible | Jo Bloggs"."""
    if above is None or len(segments) != 1:
        return None
    row, cells = above
    text = " ".join(w.text for w in segments[0]).strip()
    if not re.fullmatch(r"[A-Za-z][\w()'’/&,.\- ]{0,40}:", text) or row.page != line.page:
        return None
    if abs(segments[0][0].x0 - cells[0][0].x0) > 4 or line.top - row.bottom > 0.8 * line.size:
        return None
    first = " ".join(w.text for w in cells[0]).strip()
    if len(first.split()) > 4 or first.endswith((".", ":")):
        return None
    return f"{first} {text[:-1]}", cells[1], row


def _continued(open_: list[_Open], line: Line, x0: float, max_gap: float) -> _Open | None:
    """The open field a segment at x0 continues, if any."""
    for o in reversed(open_):
        gap = line.top - o.bottom
        size = max(line.size, o.size)
        if not o.parts:
            # a label still waiting for its value: the next segment to its right or below it
            if gap < max_gap * 1.6 * size and x0 > o.x0 - 2 and not NUMBERED.match(line.text):
                if o.value_x0 is None:
                    o.value_x0 = x0
                if abs(o.value_x0 - x0) < 4:
                    return o
            continue
        if o.value_x0 is not None and abs(o.value_x0 - x0) < 4 and gap < max_gap * 1.4 * size:
            return o  # the value wrapping in its column
        if abs(o.x0 - x0) < 4 and gap < 0.8 * size and line.bold == o.bold and not NUMBERED.match(line.text) \
                and not (line.text.isupper() and not " ".join(o.parts).isupper()):
            # the value wrapping to the cell's left edge, under its label (a line in capitals under a value
            # that is not is the heading of what follows: "SUBJECT: Bridge Funding" / "RECOMMENDATION")
            return o
    return None


def find(fields: list[Field], *patterns: str) -> Field | None:
    """The first field whose label matches one of the regex patterns (case-insensitive)."""
    for p in patterns:
        rx = re.compile(p, re.I)
        for f in fields:
            if rx.search(f.label):
                return f
    return None

"""Decisions: the resolutions recorded in minutes and decision notices.

Minutes are a sequence of minutes, each with a reference and a heading ("CYPS4. MINUTES",
"86. Minutes of the Meeting held on 9th January 2025" over "(Item 3)"). Inside a minute the
decisions follow a keyword: "RESOLVED that ...", "AGREED:", "DECIDED:", "RESOLVED that Cabinet
agree to:" followed by lettered or numbered sub-resolutions, each of which is one decision.
Decision notices print "Decision:" or "Decision taken:" followed by the same kinds of list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.read.layout import Line, PageLayout, join_lines
from pipeline.extract.lists import collect_items, marker_of
from pipeline.models import Decision

# RESOLVED / AGREED in capitals anywhere, or "Resolved:" / "Agreed -" at the start of a line
KEYWORD = re.compile(
    r"(?:^|(?<=\s)|(?<=\d\.\s))(?P<kw>RESOLVED|AGREED|DECIDED|UNANIMOUSLY RESOLVED)\b\s*[:\-–]?\s*|"
    r"^(?:\d{1,2}\.\s*)?(?P<kw2>Resolved|Agreed|Decided|It was resolved)\s*(?:[:\-–]\s*|(?=that\b|to\b))|"
    r"^(?P<kw3>DECISION|Decision(?: taken| made)?)\s*:\s*", re.M)
# A minute reference at the start of its heading: "84.", "CYPS4.", "C/23/45", "12(a)"
MINUTE_REF = re.compile(r"^(?:minute\s+(?:no\.?\s*)?)?(?P<ref>(?:[A-Z]{1,6}\s?\d{1,4}[a-z]?|\d{1,4}/\d{2,4}|"
                        r"\d{1,4}(?:\([a-z]\))?|[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})?))[.:)]?\s+(?P<heading>\S.*)$", re.I)
ITEM_NOTE = re.compile(r"^\(?(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<num>\d+[a-z]?(?:\.\d+)?)\)?$", re.I)


@dataclass
class Minute:
    ref: str | None
    heading: str | None
    item: str | None = None  # "(Item 3)" under the heading


def _minute_heading(lines: list[Line], i: int, prev_ref: str | None) -> Minute | None:
    """Is lines[i] the heading of a new minute?"""
    line = lines[i]
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    m = MINUTE_REF.match(line.text)
    if m:
        ref, heading = m.group("ref"), m.group("heading")
        lettered = bool(re.match(r"[A-Z]", ref)) or "/" in ref  # "CYPS4", "45/24": a minute, not a list number
        if re.match(r"minute\b", line.text, re.I):
            lettered = True  # "Minute 45 ...": says what it is
        numeric = ref.isdigit() and int(ref) > 0
        if len(heading) > 150 or heading.endswith((",", ";")):
            return None
        if lettered and (line.bold or heading.isupper() or ITEM_NOTE.match(nxt)):
            return Minute(ref, heading)
        if numeric and (line.bold or ITEM_NOTE.match(nxt)) and (prev_ref is None or not prev_ref.isdigit()
                                                                 or int(ref) > int(prev_ref)):
            return Minute(ref, heading)
        return None
    # an unnumbered minute heading: a bold line followed by "(Item N)"
    if line.bold and ITEM_NOTE.match(nxt) and len(line.text) < 150:
        return Minute(None, line.text)
    return None


def extract_decisions(pages: list[PageLayout]) -> list[Decision]:
    lines = [l for p in pages for l in p.lines]
    out: list[Decision] = []
    minute = Minute(None, None)
    i = 0
    while i < len(lines):
        heading = _minute_heading(lines, i, minute.ref)
        if heading:
            minute = heading
            i += 1
            # a heading wrapped over lines, before its "(Item N)" note
            while i < len(lines) and lines[i].bold == lines[i - 1].bold and lines[i].bold \
                    and lines[i].top - lines[i - 1].bottom < lines[i].size and not KEYWORD.search(lines[i].text):
                minute.heading = f"{minute.heading} {lines[i].text}"
                i += 1
            note = ITEM_NOTE.match(lines[i].text) if i < len(lines) else None
            if note:
                minute.item = note.group("num")
                i += 1
            else:  # "23. BUDGET MONITORING (Agenda Item 6)"
                inline = re.search(r"\((?:agenda\s+)?item\s+(?:no\.?\s*)?(\d+[a-z]?)\)\s*$", minute.heading or "", re.I)
                if inline:
                    minute.item = inline.group(1)
                    minute.heading = minute.heading[:inline.start()].strip()
            continue
        line = lines[i]
        m = KEYWORD.search(line.text)
        if not m:
            i += 1
            continue
        kind = (m.group("kw") or m.group("kw2") or m.group("kw3") or "").lower().split()[-1]
        kind = {"resolved": "resolved", "agreed": "agreed", "decided": "decision"}.get(kind, "decision")
        rest = line.text[m.end():].strip()
        # "RESOLVED (unanimously):", "RESOLVED (by 32 votes to 14) –": the vote is not the resolution
        rest = re.sub(r"^\((?:unanimously|nem\.? ?con\.?|[^()]{0,40}\b(?:votes?|abstentions?|against)\b[^()]{0,40})\)\s*[:\-–]?\s*",
                      "", rest, flags=re.I)
        decisions, i = _resolutions(lines, i, rest)
        for text, page, bbox in decisions:
            text = re.sub(r"^[:\-–\s]+", "", text).strip()
            if len(text.split()) >= 2:
                out.append(Decision(minute_ref=minute.ref, text=text, page=page, minute_heading=minute.heading,
                                    item_number=minute.item, kind=kind, bbox=bbox))
    return out


def _resolutions(lines: list[Line], i: int, rest: str) -> tuple[list[tuple[str, int, tuple]], int]:
    """The resolutions following a keyword on lines[i]; returns them and the next line index."""
    line = lines[i]
    first = marker_of(rest) if rest else None
    if first is not None:
        # "RESOLVED – (1) That ...; (2) That ..." — the list starts on the keyword's line
        items, end = collect_items(lines, i, allow_unmarked=True, stop=KEYWORD)
        if items:
            items[0].number, items[0].first_text = first
            return [(it.text, it.page, it.bbox) for it in items], end
    if rest and not rest.rstrip().endswith(":"):
        # "RESOLVED that the minutes ... were a correct record" running on over the next lines
        items, end = collect_items(lines, i, allow_unmarked=True, stop=KEYWORD)
        if items:
            first = items[0]
            body = join_lines([rest] + [l.text for l in first.lines[1:]])
            return [(body, first.page, first.bbox)], i + len(first.lines)
        return [(rest, line.page, line.bbox)], i + 1
    # "AGREED:" or "RESOLVED that Cabinet agree to:" — the resolutions follow as a list,
    # perhaps after a lead-in line ("Decision: / Cabinet agree to:")
    start = i + 1
    if not rest and start < len(lines) and lines[start].text.rstrip().endswith(":") and len(lines[start].text) < 100 \
            and marker_of(lines[start].text) is None:
        start += 1
    items, end = collect_items(lines, start, allow_unmarked=True, stop=KEYWORD)
    if not items:
        return [], i + 1
    return [(it.text, it.page, it.bbox) for it in items], end

"""Recommendations a report puts to members.

They sit under a "Recommendations" heading (numbered as a section or not, in the body or in a
header table), usually after a lead-in such as "Members are asked to:" / "Cabinet is asked to:" /
"It is recommended that:", as a list of numbered, lettered or bulleted items, or as a single
"That ..." paragraph. A report that repeats them (in its summary and again in its body) gives
one record per recommendation: the first occurrence.
"""
from __future__ import annotations

import difflib
import re

from pipeline.read.layout import Line, PageLayout
from pipeline.extract.lists import collect_items, is_section_heading, marker_of
from pipeline.models import Recommendation

HEADING = re.compile(
    r"^(?:(?P<sec>\d{1,2})\.?\s*)?(?:summary of )?(?:recommendations?|recommendation\(s\)|recommended actions?|"
    r"recommended decisions?|decisions? (?:required|sought)|proposed decisions?)"
    r"(?:\s*\(s\))?(?:\s+(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])[\w&' ]{2,40})?\s*(?:(?P<sep>[:.\-–])\s*(?P<rest>.*))?$", re.I)
LEAD_IN = re.compile(
    r"(?:\b(?:is|are|be) (?:being )?(?:asked|recommended|requested|invited|advised)\s+to\b|\bit is recommended\b|"
    r"\brecommend(?:s|ed)? (?:that|to)\b|\bRECOMMENDED\b|\bis recommended that\b)", re.I)


def extract_recommendations(pages: list[PageLayout]) -> list[Recommendation]:
    lines = [l for p in pages for l in p.lines]
    found: list[Recommendation] = []
    i = 0
    while i < len(lines):
        start, section, inline = _list_start(lines, i)
        if start is None:
            i += 1
            continue
        items, end = collect_items(lines, start, section=section, inline_heading=inline is not None)
        if inline and items and items[0].lines[0] is lines[i]:
            items[0].first_text = inline  # the heading line carries the recommendation itself
        for it in items:
            text = it.text.strip()
            if len(text.split()) >= 3 and not is_lead_in(text):
                found.append(Recommendation(number=it.number, text=text, page=it.page, bbox=it.bbox))
        i = max(end, i + 1)
    return _first_of_each(found)


def _list_start(lines: list[Line], i: int) -> tuple[int | None, int | None, str | None]:
    """If a recommendations list starts at line i: (index of its first item, section number, and
    the recommendation's text when the heading line carries it)."""
    line = lines[i]
    m = HEADING.match(line.text)
    if m and len(line.text) < 200 and _opens_block(lines, i):
        section = int(m.group("sec")) if m.group("sec") else None
        rest = (m.group("rest") or "").strip()
        if rest and not rest.endswith(":"):
            if m.group("sep") in (":", "-", "–") and rest[:1].isupper():
                # "Recommendation: County Council is asked to note the report."
                return i, section, strip_lead_in(rest)
            return None, None, None  # "recommendations for improvement ..." is running text
        start = i + 1
        if start < len(lines) and is_lead_in(lines[start].text):
            start += 1  # "Members are asked to:" on the next line
        if start < len(lines) and is_section_heading(lines[start]):
            return None, None, None  # an empty heading (the list is elsewhere)
        return start, section, None
    if LEAD_IN.search(line.text) and line.text.rstrip().endswith(":") and len(line.text) < 200:
        return i + 1, None, None
    return None, None, None


def is_lead_in(text: str) -> bool:
    """'Cabinet is asked to:' / 'It is recommended that' / 'That the Executive:' — a lead-in
    with nothing after it."""
    t = text.strip()
    if t.endswith(":") and len(t.split()) <= 8 and marker_of(t) is None:
        return True
    return bool(LEAD_IN.search(t)) and (t.endswith(":") or re.search(r"\b(?:to|that)\s*$", t) is not None) and len(t) < 120


def strip_lead_in(text: str) -> str:
    """'Cabinet is asked to NOTE the report' -> 'NOTE the report'."""
    stripped = re.sub(r"^(?:the\s+)?[\w ,'’&()-]{0,80}?\b(?:is|are) (?:being )?(?:asked|recommended|requested|invited)\s+to\s*:?\s*",
                      "", text, flags=re.I)
    return stripped if len(stripped.split()) >= 2 else text


def _opens_block(lines: list[Line], i: int) -> bool:
    """A heading starts its own block: bold, or the line before ended a sentence or is far above."""
    line = lines[i]
    if line.bold or i == 0:
        return True
    prev = lines[i - 1]
    if prev.page != line.page:
        return True
    return line.top - prev.bottom > line.size * 0.8 or prev.text.rstrip().endswith((".", ":"))


def _first_of_each(recs: list[Recommendation]) -> list[Recommendation]:
    out: list[Recommendation] = []
    for r in recs:
        key = _norm(r.text)
        if any(difflib.SequenceMatcher(None, key, _norm(o.text)).ratio() > 0.85 for o in out):
            continue
        out.append(r)
    return out


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()

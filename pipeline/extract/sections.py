"""Report sections: numbered headings ("6. Comments of the Chief Finance Officer") with their text.

A section heading is a short numbered line, usually bold or followed by its first numbered
paragraph ("6.1 ..."); section numbers rise one by one within a report.
"""
from __future__ import annotations

import re

from pipeline.read.layout import Line, PageLayout, join_lines
from pipeline.models import ReportSection

HEADING = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[A-Z][^.;]{1,110}?)[:.]?$")
MONTH_START = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _is_heading(lines: list[Line], i: int, expected: int | None) -> re.Match | None:
    line = lines[i]
    m = HEADING.match(line.text)
    if not m or len(m.group("title").split()) > 14:
        return None
    num = int(m.group("num"))
    if expected is not None and num != expected or expected is None and num > 2:
        return None
    if MONTH_START.match(m.group("title")):
        return None  # "14 FEBRUARY 2017" is a date
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    opens_subsection = nxt.startswith(f"{num}.1")
    if line.bold or opens_subsection or (line.size > lines[min(i + 1, len(lines) - 1)].size + 0.5):
        return m
    return None


def extract_sections(pages: list[PageLayout]) -> list[ReportSection]:
    lines = [l for p in pages for l in p.lines if not l.in_table]
    sections: list[ReportSection] = []
    current: dict | None = None
    expected: int | None = None
    for i, line in enumerate(lines):
        m = _is_heading(lines, i, expected)
        if m:
            if current:
                sections.append(_section(current))
            num = int(m.group("num"))
            current = {"num": m.group("num"), "heading": m.group("title").strip(), "lines": [], "page": line.page,
                       "page_end": line.page}
            expected = num + 1
            continue
        if current:
            current["lines"].append(line.text)
            current["page_end"] = line.page
    if current:
        sections.append(_section(current))
    return sections


def _section(cur: dict) -> ReportSection:
    return ReportSection(number=cur["num"], heading=cur["heading"], text=join_lines(cur["lines"]),
                         page=cur["page"], page_end=cur["page_end"])

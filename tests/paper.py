"""Build page layouts from plain text, to test the structure rules on the many ways councils
print the same things without needing a PDF for each.

Each line of text becomes a Line: a word sits where its characters are (5.5 points a column),
so indents and columns come out as printed; a leading "**" makes the line bold; a blank line
leaves a paragraph gap; "---" starts a new page.
"""
from __future__ import annotations

import re

from pipeline.read.layout import Line, PageLayout, build_blocks
from pipeline.read.pages import Word

SIZE = 11.0
CHAR = 5.5


def make_pages(text: str) -> list[PageLayout]:
    pages: list[PageLayout] = []
    for number, chunk in enumerate(text.strip("\n").split("\n---\n"), 1):
        lines: list[Line] = []
        top = 60.0
        for raw in chunk.split("\n"):
            if not raw.strip():
                top += SIZE  # paragraph gap
                continue
            bold = raw.lstrip().startswith("**")
            raw = raw.replace("**", "  ", 1) if bold else raw
            words = [Word(m.group(), 60.0 + m.start() * CHAR, top, 60.0 + m.end() * CHAR, top + SIZE, SIZE, bold)
                     for m in re.finditer(r"\S+", raw)]
            lines.append(Line(number, words, words[0].x0, top, words[-1].x1, top + SIZE, SIZE, bold))
            top += SIZE * 1.3
        page = PageLayout(number, 595.0, 842.0, lines)
        page.blocks = build_blocks(page)
        pages.append(page)
    return pages

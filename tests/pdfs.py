"""Small PDFs built from plain text, so the structure rules are tested through the whole reading
stage (PDFium's words, fonts and positions, layout) on papers of many templates.

The markup is the one `tests/paper.py` uses: each text line is a printed line, leading spaces
indent it (one space is one character width), a leading "**" makes it bold, a leading "##" sets
it large (a title), a leading "~" justifies it (its spaces are stretched so that it ends on the
right margin, 60 pt from the page's edge, as a justified paragraph's wrapped lines do), a blank
line leaves a gap and a line "---" starts a new page.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

SIZE = 11.0


def text_pdf(path: Path, text: str, *, size: float = SIZE, page_size=LETTER,
             font_matrix_scale: float | None = None, font: str = "Helvetica", links: tuple[str, ...] = ()) -> Path:
    """Write `text` as a PDF at `path`. With `font_matrix_scale`, text is drawn the way some
    publishers do it: a font of that many points scaled to the line's size by the text matrix (1: a
    1-pt font scaled up, PDFium then reports size 1.0; 400: a huge font scaled down).
    `font="Courier"` prints every character the same width, so columns of text line up as typed.
    `links` are web addresses the first page links to (annotations at its foot, as a paper's
    hyperlinked words are)."""
    c = canvas.Canvas(str(path), pagesize=page_size)
    width, height = page_size
    for number, chunk in enumerate(text.strip("\n").split("\n---\n")):
        for k, url in enumerate(links if number == 0 else ()):
            c.linkURL(url, (60 + 40 * k, 20, 90 + 40 * k, 30), relative=0)
        top = 60.0
        for raw in chunk.split("\n"):
            if not raw.strip():
                top += size
                continue
            indent = len(raw) - len(raw.lstrip())
            line = raw.strip()
            line_font, line_size = font, size
            justify = line.startswith("~")
            if justify:
                line = line[1:].lstrip()
            if line.startswith("**"):
                line_font, line = font + "-Bold", line[2:].lstrip()
            elif line.startswith("##"):
                line_font, line, line_size = font + "-Bold", line[2:].lstrip(), size * 1.6
            x, y = 60.0 + indent * size * 0.5, height - top - line_size
            t = c.beginText()
            scale = line_size / font_matrix_scale if font_matrix_scale else 1
            if font_matrix_scale:
                t.setFont(line_font, font_matrix_scale)
                t.setTextTransform(scale, 0, 0, scale, x, y)
            else:
                t.setFont(line_font, line_size)
                t.setTextOrigin(x, y)
            if justify and line.count(" "):
                room = width - 60.0 - x - c.stringWidth(line, line_font, line_size)
                t.setWordSpace(room / line.count(" ") / scale)
            t.textOut(line)
            c.drawText(t)
            top += line_size * 1.35
        c.showPage()
    c.save()
    return path


def ruled_table_pdf(path: Path, before: list[str], rows: list[list[str]], widths: list[float] | None = None,
                    after: list[str] = ()) -> Path:
    """Write paragraphs, then a table ruled on every cell border (cells wrap their text, as word
    processors' tables do), then more paragraphs."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    table = Table([[Paragraph(cell, body) for cell in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=LETTER).build(
        [Paragraph(t, body) for t in before] + [table] + [Paragraph(t, body) for t in after])
    return path

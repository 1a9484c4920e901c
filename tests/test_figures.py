"""Figures: pictures and vector charts, their captions and saved images."""
from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.read import layout, pages
from pipeline.extract.paper import sha256_of
from pipeline.extract.figures import extract_figures
from pipeline.extract.tables import extract_tables
from tests.conftest import CORPUS, FOSTERING


def figures_of(pdf: Path, figures_dir: Path | None = None):
    layouts = layout.analyse(list(pages.read_pages(pdf)))
    return extract_figures(layouts, pdf, figures_dir, sha256_of(pdf), extract_tables(layouts)[1])


def test_chart_picture_with_its_caption_and_image(tmp_path):
    figures_dir = tmp_path / "figures"
    [chart] = figures_of(FOSTERING, figures_dir)
    assert (chart.page, chart.kind, chart.caption) == (4, "chart", "Figure 1 Fostering placements budget 2013-14")
    assert chart.image_path == f"figures/{sha256_of(FOSTERING)[:12]}/p4-1.jpg"
    assert (tmp_path / chart.image_path).stat().st_size > 1000
    x0, top, x1, bottom = chart.bbox
    assert x1 - x0 > 300 and bottom - top > 150


def test_papers_without_charts_have_no_figures():
    for pdf in sorted(CORPUS.glob("*.pdf")):
        if pdf != FOSTERING:
            assert figures_of(pdf) == [], pdf.name


def _text(doc, page, text: str, x: float, y: float, size: float = 9) -> None:
    obj = raw.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", size)
    encoded = (text + "\0").encode("utf-16-le")
    raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(encoded), ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    raw.FPDFPage_InsertObject(page.raw, obj)


def _box(page, x: float, y: float, w: float, h: float) -> None:
    obj = raw.FPDFPageObj_CreateNewRect(x, y, w, h)
    raw.FPDFPageObj_SetFillColor(obj, 60, 90, 160, 255)
    raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_ALTERNATE, False)
    raw.FPDFPage_InsertObject(page.raw, obj)


def _paper_with_bar_chart(path: Path) -> Path:
    """A page of text with a bar chart drawn in vectors: bars, axis values, and a caption."""
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)
    for i, line in enumerate(["1. Introduction", "The chart below shows spending by quarter in this year."]):
        _text(doc, page, line, 72, 780 - 16 * i, 11)
    for i, height in enumerate([120, 80, 150, 60, 100, 140]):  # bars standing on y = 450
        _box(page, 110 + i * 60, 450, 40, height)
    for i, label in enumerate(["0", "50", "100", "150"]):
        _text(doc, page, label, 80, 450 + i * 50)
    for i in range(6):
        _text(doc, page, f"Q{i + 1}", 120 + i * 60, 435)
    _text(doc, page, "Figure 2: Spending by quarter", 72, 410, 10)
    raw.FPDFPage_GenerateContent(page.raw)
    doc.save(str(path))
    return path


def test_vector_bar_chart(tmp_path):
    pdf = _paper_with_bar_chart(tmp_path / "chart.pdf")
    [chart] = figures_of(pdf, tmp_path / "figures")
    assert (chart.page, chart.kind, chart.caption) == (1, "chart", "Figure 2: Spending by quarter")
    x0, top, x1, bottom = chart.bbox
    assert 75 < x0 < 85 and 440 < x1 < 460 and bottom < 410  # bars, axis values and labels, not the caption
    assert (tmp_path / chart.image_path).exists()

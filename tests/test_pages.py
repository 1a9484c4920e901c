"""Stage 1 and 2 on real PDFs: words with fonts, ruling lines, lines, margins."""
import pytest

from pipeline.read import layout, pages
from tests.conftest import HARINGEY_REPORT, PACK


def test_words_carry_position_size_and_bold():
    page = next(pages.read_pages(HARINGEY_REPORT))
    first = page.words[:2]
    assert [w.text for w in first] == ["Haringey", "Council"]
    assert first[0].bold and first[0].size == 14.0
    assert 0 < first[0].x0 < first[0].x1 < page.width and 0 < first[0].top < first[0].bottom < page.height


def test_numbers_and_amounts_stay_whole_words():
    page = list(pages.read_pages(HARINGEY_REPORT, 8, 8))[0]
    texts = [w.text for w in page.words]
    assert "6.1" in texts and "£61.5m," in texts and "2013-14," in texts


def test_ruling_lines_are_read_as_edges():
    page = list(pages.read_pages(HARINGEY_REPORT, 8, 8))[0]
    horizontal = [e for e in page.edges if e.orientation == "h"]
    vertical = [e for e in page.edges if e.orientation == "v"]
    assert len(horizontal) >= 8 and len(vertical) >= 3


def test_running_headers_page_stamps_and_blank_pages():
    layouts = layout.analyse(list(pages.read_pages(PACK)))
    by_number = {p.number: p for p in layouts}
    # the minutes start on PDF page 5, which prints "Page 1" in its footer
    assert by_number[5].printed_number == 1
    assert all("Page 1" != l.text for l in by_number[5].lines)
    assert by_number[4].blank  # "This page is intentionally left blank"
    assert "Haringey Council" in [l.text for l in by_number[10].margin_lines]


def test_unreadable_files_give_a_reason(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    html = tmp_path / "page.pdf"
    html.write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(PACK.read_bytes()[:3000])
    for path, reason in ((empty, "empty"), (html, "HTML"), (truncated, "truncated PDF")):
        try:
            list(pages.read_pages(path))
        except pages.UnreadablePDF as e:
            assert reason in str(e)
        else:
            raise AssertionError(f"{path.name} was read")


def test_font_size_from_text_matrix_when_the_font_is_set_at_one_point(tmp_path):
    # some publishers draw all text in a 1-pt font scaled by the text matrix; PDFium reports 1.0
    from tests.pdfs import text_pdf
    text = "##CITY OF EXAMPLE\n**1. Call to order\n   The meeting opened."
    plain = list(pages.read_pages(text_pdf(tmp_path / "plain.pdf", text)))[0]
    scaled = list(pages.read_pages(text_pdf(tmp_path / "scaled.pdf", text, font_matrix_scale=1)))[0]
    sizes = {w.text: w.size for w in scaled.words}
    assert sizes["CITY"] == pytest.approx(17.6, abs=0.2)
    assert sizes["meeting"] == pytest.approx(11.0, abs=0.2)
    assert [(w.text, w.size) for w in scaled.words] == [(w.text, w.size) for w in plain.words]


def test_font_size_from_text_matrix_when_a_huge_font_is_scaled_down(tmp_path):
    # others set a huge font (PDFium reports 400 pt) and scale it down with the text matrix: the size
    # drawn is the font's times the matrix's scale, as the glyphs' own boxes show
    from tests.pdfs import text_pdf
    text = "##CITY OF EXAMPLE\n**1. Call to order\n   The meeting opened."
    plain = list(pages.read_pages(text_pdf(tmp_path / "plain.pdf", text)))[0]
    scaled = list(pages.read_pages(text_pdf(tmp_path / "scaled.pdf", text, font_matrix_scale=400)))[0]
    assert {w.text: w.size for w in scaled.words}["CITY"] == pytest.approx(17.6, abs=0.2)
    assert [(w.text, w.size) for w in scaled.words] == [(w.text, w.size) for w in plain.words]

"""Tables read from the shipped papers: ruled grids, header rows, units, continuations."""
from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.read import layout, pages
from pipeline.extract.tables import count_header_rows, extract_tables, join_wrapped

from tests.conftest import HARINGEY_REPORT, NORTHANTS, PACK, THURROCK


@lru_cache(maxsize=None)
def tables_of(pdf):
    return extract_tables(layout.analyse(list(pages.read_pages(pdf))))


def test_phase_cost_table_rows_and_scaled_values():
    tables, cells = tables_of(HARINGEY_REPORT)
    costs = next(t for t in tables if t.page == 8 and t.rows[0][:2] == ["Phase", "Projected Cost"])
    assert ["3 (Jan 14 to Mar 15)", "1,514", ""] in costs.rows
    assert costs.kind == "data" and costs.header_rows == 2  # "Phase | Projected Cost" over "£,000"
    index = tables.index(costs)
    cell = next(c for c in cells if c.table == index and c.text == "1,514")
    assert (cell.value, cell.unit, cell.header) == (1514000, "GBP", "Projected Cost £,000")


def test_table_continuing_after_a_blank_page_is_one_table():
    tables, _ = tables_of(HARINGEY_REPORT)
    funding = next(t for t in tables if t.rows[0] == ["Phase", "2013-14", "2014-15", "2015-16"])
    assert (funding.page, funding.page_end) == (8, 10)
    assert ["GAP", "0", "810", "1,136"] in funding.rows


def test_report_header_box_is_metadata():
    tables, _ = tables_of(HARINGEY_REPORT)
    assert tables[0].page == 1 and tables[0].kind == "metadata"
    assert tables[0].rows[0][0] == "Report for:"


def test_caption_and_table_over_three_pages():
    tables, _ = tables_of(PACK)
    pipeline = next(t for t in tables if t.page == 12 and t.rows[0][0] == "Type of contact")
    assert pipeline.caption == "Table 1: New foster carers currently in approval pipeline"
    assert ["Initial enquiries", "125"] in pipeline.rows
    ofsted = next(t for t in tables if t.caption and t.caption.startswith("Table 2"))
    assert (ofsted.page, ofsted.page_end) == (12, 14)
    assert [r[0] for r in ofsted.rows] == ["1", "2", "3", "4", "5", "6", "7", "8"]


def test_row_cut_by_a_page_break_is_put_back_together():
    tables, _ = tables_of(NORTHANTS)
    rating = next(t for t in tables if t.rows[0] == ["Risk", "Risk Rating"])
    assert (rating.page, rating.page_end) == (6, 7)
    assert rating.rows[-1] == ["Purchase services without thorough due diligence with little notion of "
                               "associated quality; therefore not providing value for money.", "Red"]
    # the cut row is one row of the table, but each part of its cells keeps the page it is
    # printed on, so an amount in the part after the break points to that page
    _, cells = tables_of(NORTHANTS)
    index = next(i for i, t in enumerate(tables) if t is rating)
    parts = [(c.page, c.text[:20]) for c in cells if c.table == index and c.row == len(rating.rows) - 1 and c.column == 0]
    assert parts == [(6, "Purchase services wi"), (7, "with little notion o")]


def test_two_tables_on_one_page_with_a_repeated_header_stay_two():
    tables, _ = tables_of(NORTHANTS)
    assert sum(t.page == 6 and t.rows[0] == ["Risk", "Mitigation", "Residual Risk"] for t in tables) == 2


def test_counts_table_has_a_header_row_and_plain_numbers():
    tables, cells = tables_of(THURROCK)
    placements = next(t for t in tables if t.page == 2)
    assert placements.header_rows == 1 and placements.n_cols == 2
    index = tables.index(placements)
    ifa = next(c for c in cells if c.table == index and c.text == "156")
    assert (ifa.value, ifa.unit, ifa.header) == (156, None, "Number of children and young people")


def test_cell_text_keeps_compound_hyphens_and_paragraphs():
    assert join_wrapped(["the in-", "house service"]) == "the in-house service"
    assert join_wrapped(["a long", "row"]) == "a long row"


@pytest.mark.parametrize("rows, bold, expected", [
    ([["Phase", "Cost"], ["", "£'000"], ["1", "786"], ["2", "348"]], [False] * 4, 2),
    ([["Title:", "A report"], ["Lead Officer:", "A Person"]], [False, False], 0),
    ([["Risk", "Mitigation"], ["Late", "Plan"]], [True, False], 1),
])
def test_header_rows(rows, bold, expected):
    assert count_header_rows(rows, bold) == expected


def _page_of_rows(rows: list[list[tuple[float, str]]], top: float = 100, size: float = 10) -> list:
    """A page whose lines hold words at the given x positions, one line per row."""
    words = []
    for i, row in enumerate(rows):
        y = top + i * 14
        for x, text in row:
            for part in text.split():
                width = 5 * len(part)
                words.append(pages.Word(part, x, y, x + width, y + size, size, False))
                x += width + 3
    return layout.analyse([pages.Page(number=1, width=595, height=842, words=words)])


def test_table_drawn_without_lines():
    prose = [(72, "The table below sets out the forecast by directorate.")]
    rows = [prose, [(300, "Budget"), (380, "Forecast"), (460, "Variance")],
            [(72, "Adult Social Care"), (300, "586.1"), (380, "621.6"), (460, "+35.4")],
            [(72, "Children's Services"), (300, "430.6"), (380, "420.8"), (460, "-9.9")],
            [(72, "Total"), (300, "1,016.7"), (380, "1,042.4"), (460, "+25.7")]]
    tables, cells = extract_tables(_page_of_rows(rows))
    [table] = tables
    assert table.method == "text" and table.header_rows == 1
    assert table.rows == [["", "Budget", "Forecast", "Variance"], ["Adult Social Care", "586.1", "621.6", "+35.4"],
                          ["Children's Services", "430.6", "420.8", "-9.9"], ["Total", "1,016.7", "1,042.4", "+25.7"]]
    assert next(c for c in cells if c.text == "-9.9").header == "Variance"


def test_contents_list_and_indented_text_are_not_tables():
    contents = [[(72, "Executive Summary"), (500, "1")], [(72, "Background"), (500, "2")],
                [(72, "Council Tax"), (500, "5")], [(72, "Capital Strategy"), (500, "9")]]
    numbered = [[(72, "1.1"), (110, "The budget was agreed in February.")], [(72, "1.2"), (110, "It is balanced.")],
                [(72, "1.3"), (110, "Reserves are adequate.")]]
    assert extract_tables(_page_of_rows(contents))[0] == []
    assert extract_tables(_page_of_rows(numbered))[0] == []


def test_rules_round_groups_of_a_spreadsheet_are_not_its_cells():
    from pipeline.extract.tables import _frames_a_table
    grouped = [["Core £000s\n1,429,506.8 -836.6\n10,320.7 3,234.7", "Total £000s\n1,429,506.8 0.0\n9,576.6 14,510.9"]]
    assert _frames_a_table(grouped)
    assert not _frames_a_table([["Phase", "Projected Cost"], ["3 (Jan 14 to Mar 15)", "1,514"]])


def _grid_pdf(path, border, background=None, first_column=None):
    """A page with a 3 x 2 grid of cells drawn in `border`, on a panel of `background` if given,
    its first column's cells filled with `first_column` if given."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=LETTER)
    rows = [("Item", "Cost"), ("Roof repairs", "$12,000"), ("New boiler", "$8,500")]
    top, height, widths = 700, 20, (72, 272, 400)
    if background:
        c.setFillColorRGB(*background)
        c.rect(widths[0] - 4, top - height * len(rows) - 4, widths[2] - widths[0] + 8, height * len(rows) + 8,
               stroke=0, fill=1)
    for i, (a, b) in enumerate(rows):
        y = top - height * (i + 1)
        if first_column:
            c.setFillColorRGB(*first_column)
            c.rect(widths[0], y, widths[1] - widths[0], height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0) if not background else c.setFillColorRGB(1, 1, 1)
        c.drawString(widths[0] + 4, y + 6, a)
        c.drawString(widths[1] + 4, y + 6, b)
        c.setFillColorRGB(*border)
        for x0, x1 in zip(widths, widths[1:]):
            # each cell's border drawn as four thin filled rectangles, as HTML-to-PDF tools do
            for bx, by, bw, bh in ((x0, y, x1 - x0, 0.7), (x0, y + height, x1 - x0, 0.7),
                                   (x0, y, 0.7, height), (x1, y, 0.7, height)):
                c.rect(bx, by, bw, bh, stroke=0, fill=1)
    c.save()
    return path


def test_a_grid_drawn_in_white_is_layout_not_a_table(tmp_path):
    """Word processors and HTML-to-PDF tools lay out agendas in grids whose borders are white: a
    reader sees no table, so none is found. The same grid in black is a table, and white borders
    across a coloured fill (a table on a shaded panel, a banded table) still show and still rule it."""
    def found(pdf):
        return extract_tables(layout.analyse(list(pages.read_pages(pdf))))[0]
    assert found(_grid_pdf(tmp_path / "white.pdf", (1, 1, 1))) == []
    black = found(_grid_pdf(tmp_path / "black.pdf", (0, 0, 0)))
    assert len(black) == 1 and ["Roof repairs", "$12,000"] in black[0].rows
    shaded = found(_grid_pdf(tmp_path / "shaded.pdf", (1, 1, 1), background=(0.2, 0.3, 0.6)))
    assert len(shaded) == 1 and ["New boiler", "$8,500"] in shaded[0].rows
    # a coloured first column: the white rules that meet it show, and so does the rest of its grid
    banded = found(_grid_pdf(tmp_path / "banded.pdf", (1, 1, 1), first_column=(0.8, 0.25, 0.25)))
    assert len(banded) == 1 and ["Roof repairs", "$12,000"] in banded[0].rows


def test_a_lead_in_sentence_and_a_heading_over_a_table_are_not_its_column_headings(tmp_path):
    """An unruled table's column headings are the short lines just above its first row, but not
    the sentence that leads into it ("... were approved:") nor a heading in another style."""
    from tests.pdfs import text_pdf

    def rows_of(text):
        pdf = text_pdf(tmp_path / "t.pdf", text, font="Courier")
        return [t.rows for t in extract_tables(layout.analyse(list(pages.read_pages(pdf))))[0]]
    payments = rows_of("""
**Schedule of Payments
The following payments were approved:
Payee                    Description                 Amount
Eden District Council    Election costs              £105.00
J Smith                  Grass cutting (May)         £240.00
North Water              Allotment water supply       £36.50
""")
    assert payments and payments[0][0] == ["Payee", "Description", "Amount"]
    budget = rows_of("""
**Budget monitoring
Service            Budget £000   Forecast £000   Variance £000
Adult Care              45,210          46,002             792
Children's Services     38,400          38,150            -250
Highways                12,030          12,030               0
""")
    assert budget and budget[0][0] == ["Service", "Budget £000", "Forecast £000", "Variance £000"]
    assert budget[0][2] == ["Children's Services", "38,400", "38,150", "-250"]


def test_a_units_line_above_a_table_gives_its_figures_their_unit(tmp_path):
    """"All figures in £m" printed over a table scales every column of figures whose own header
    names no unit."""
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "t.pdf", """
All figures in £m
Directorate               Budget    Forecast    Variance
Adult Social Care          524.7       588.4       +63.7
Children's Services        312.0       305.5        -6.5
Growth and Environment     198.2       198.2         0.0
""", font="Courier")
    tables, cells = extract_tables(layout.analyse(list(pages.read_pages(pdf))))
    assert tables[0].rows[0] == ["Directorate", "Budget", "Forecast", "Variance"]
    values = {c.text: (c.value, c.unit) for c in cells if c.row == 1}
    assert values["524.7"] == (524700000, "GBP") and values["+63.7"] == (63700000, "GBP")


def test_cells_listing_sums_by_label_are_a_ruled_table(tmp_path):
    # a grant table whose narrow amount cells list a sum per ward, wrapped as "Four Oaks" over
    # "- £1,000": the dash joins a label to its sum and is not a spreadsheet's nil, so the rules
    # are the table's own and the rows are read from its cells
    from pipeline.read.layout import analyse
    from pipeline.read.pages import read_pages
    from tests.pdfs import ruled_table_pdf
    rows = [["Organisation", "Amount Requested", "Recommendation"],
            ["Home Start", "Four Oaks<br/>- £1,000<br/><br/>New Hall<br/>- £1,000", "Rejected."],
            ["YMCA", "Trinity Ward<br/>- £8,000<br/><br/>Vesey Ward<br/>- £1,250", "Approved."]]
    pdf = ruled_table_pdf(tmp_path / "grants.pdf", ["The Committee considered the applications:"], rows,
                          widths=[120, 160, 160])
    tables, _ = extract_tables(analyse(list(read_pages(pdf))))
    [table] = tables
    assert table.method == "lines"
    assert table.rows[1][0] == "Home Start" and table.rows[2][2] == "Approved."
    assert table.rows[1][1].split("\n") == ["Four Oaks - £1,000", "New Hall - £1,000"]


def test_payments_typed_with_spaces_are_a_table(tmp_path):
    # a parish clerk's list of invoices typed with spaces: the columns do not line up in a
    # proportional font, so each line is read by order (payee, what for, the sum), and a note
    # indented under a row is a row of its own
    from pipeline.read.layout import analyse
    from pipeline.read.pages import read_pages
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "payments.pdf", """
**19.09.09  Finance
Invoices received :-
K & A Thompson & Sons     Larch for Seat                    £ 48.00
Eden District Council     Uncontested Election Costs     £ 105.00
John Eyles                       Labour involved in seat refurb    £ 115.00
                                      (cheque payable to John Eyles)
                                          Stainless Steel Fixings         £ 20.00
The Councillors resolved to pay all of the above, and noted that the grass cutting had cost £ 65.00
""")
    tables, cells = extract_tables(analyse(list(read_pages(pdf))))
    [table] = tables
    assert table.rows == [["K & A Thompson & Sons", "Larch for Seat", "£ 48.00"],
                          ["Eden District Council", "Uncontested Election Costs", "£ 105.00"],
                          ["John Eyles", "Labour involved in seat refurb", "£ 115.00"],
                          ["", "(cheque payable to John Eyles)", ""],
                          ["", "Stainless Steel Fixings", "£ 20.00"]]
    assert next(c for c in cells if c.text == "£ 105.00").value == 105


def test_sentences_ending_in_sums_are_not_a_typed_list(tmp_path):
    from pipeline.read.layout import analyse
    from pipeline.read.pages import read_pages
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "prose.pdf", """
The Council agreed to renew the insurance with the same broker for the coming year at £ 480.00
and to accept the quotation from the contractor for the hedge cutting of the playing field at £ 120.00
and to pay the annual subscription to the county association of local councils of £ 65.00
""")
    assert extract_tables(analyse(list(read_pages(pdf))))[0] == []

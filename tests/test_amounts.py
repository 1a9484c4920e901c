"""Amounts: parsing money and percentages, and what the shipped papers give."""
from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.read import layout, pages
from pipeline.extract.amounts import extract_amounts, find_amounts, parse_number, period_of, unit_of_header
from pipeline.extract.tables import extract_tables
from tests.conftest import FOSTERING, HARINGEY_REPORT, PACK


@lru_cache(maxsize=None)
def amounts_of(pdf):
    layouts = layout.analyse(list(pages.read_pages(pdf)))
    return extract_amounts(layouts, extract_tables(layouts)[1])


@pytest.mark.parametrize("text, expected", [
    ("approve the allocation of £1.052m", [(1052000, "GBP")]),
    ("£810k for phase 3", [(810000, "GBP")]),
    ("a GVA of £44 billion", [(44e9, "GBP")]),
    ("£1.5bn and US$3 million and C$2m and €40", [(1.5e9, "GBP"), (3e6, "USD"), (2e6, "CAD"), (40, "EUR")]),
    ("between £8.1- £8.9\nmillion", [(8.1e6, "GBP"), (8.9e6, "GBP")]),
    ("from £500 - £1m", [(500, "GBP"), (1e6, "GBP")]),
    ("rises of 10 to 11 percent", [(10, "percent"), (11, "percent")]),
    ("a 3-7% reduction", [(3, "percent"), (7, "percent")]),
    ("45 per cent and 15 %", [(45, "percent"), (15, "percent")]),
    ("the £'000 column and £000s", []),
    ("Budget $000 and Actual £000, and a fee of $0.00", [(0, "USD")]),
    ("costs of £5-10m a year and £5 to 10 schools", [(5e6, "GBP"), (10e6, "GBP"), (5, "GBP")]),
    ("• -£26.5m removal of reserves; a -2.3% variance", [(-26.5e6, "GBP"), (-2.3, "percent")]),
    ("aged 16-25 in 2014-15", []),
    # a range written "between X and Y" shares Y's scale or unit, as "X to Y" does
    ("between $5 and $10 million", [(5e6, "USD"), (10e6, "USD")]),
    ("between 10 and 12 percent", [(10, "percent"), (12, "percent")]),
    ("we spent £5 and received £10 million", [(5, "GBP"), (10e6, "GBP")]),
    # "MM", the million of US finance; a currency's code before the figure ("USD 5,000"), but
    # not before a bare whole number ("USD 259" is a Kansas school district)
    ("a $1.2MM reserve and EUR 10m", [(1.2e6, "USD"), (10e6, "EUR")]),
    ("USD 5,000 and CAD 1,200.50 to the Board of USD 259", [(5000, "USD"), (1200.5, "CAD")]),
    # Canadian dollars however the paper marks them: "CA$", "CDN$", "CAN$", or the code beside "$"
    ("CA$5,000, CDN$2m, CAN$40, $7,500 CAD and CAD $900", [(5000, "CAD"), (2e6, "CAD"), (40, "CAD"), (7500, "CAD"),
                                                          (900, "CAD")]),
])
def test_find_amounts(text, expected):
    assert [(f.value, f.unit) for f in find_amounts(text)] == expected


@pytest.mark.parametrize("cell, header, expected", [
    ("1,514", "£,000", (1514000, "GBP")),
    ("(2.5)", "£m", (-2500000, "GBP")),
    ("-836.6", None, (-836.6, None)),
    ("1.87%", "£'000", (1.87, "percent")),
    ("£42.7k", None, (42700, "GBP")),
    ("24 people", None, None),
    ("+63.7", "£m", (63700000, "GBP")),  # a variance printed with its sign
    ("1,250", "($ in thousands)", (1250000, "USD")),
    ("$000", None, None),  # a units cell ("Budget" over "$000"), not a sum of nothing
])
def test_parse_number(cell, header, expected):
    assert parse_number(cell, unit_of_header(header) if header else None) == expected


def test_period_of():
    s = "The CYPS budget for 2013-14, £61.5m, is largely deployed"
    f = find_amounts(s)[0]
    assert period_of(s, f.start, f.end) == "2013-14"
    s = "median weekly cost approximately £700 per week as compared with 2012/13"
    f = find_amounts(s)[0]
    assert period_of(s, f.start, f.end) == "per week"


def test_amounts_in_running_text():
    found = amounts_of(HARINGEY_REPORT)
    first = next(a for a in found if a.text == "£1.052m")
    assert (first.page, first.value, first.unit) == (2, 1052000, "GBP")
    assert first.context.startswith("approve the allocation of £1.052m (as per paragraph 6.5)")
    assert first.bbox is not None
    savings = [a for a in found if a.text == "£5.017m" and a.page == 8]
    assert len(savings) == 2 and all(a.role == "saving" and a.period == "2014-15" for a in savings)
    # a bare number under a "£'000" header is a table cell, not an amount
    assert not any(a.table is not None for a in found)


def test_percentages_and_weekly_costs():
    found = amounts_of(PACK)
    assert [a.text for a in found if a.page == 9] == ["80%", "20%", "51%", "60%", "0%", "20%"]
    weekly = next(a for a in found if a.text == "£700")
    assert (weekly.value, weekly.period) == (700, "per week")


def test_budget_breakdown():
    found = [a for a in amounts_of(FOSTERING) if a.page == 6]
    assert [(a.text, a.value) for a in found[:3]] == [("£16.84m", 16840000), ("£13.821m", 13821000), ("82%", 82)]
    assert found[0].role == "budget" and found[0].period == "2013-14"


def test_roles_periods_and_reductions_in_a_table():
    from pipeline.extract.amounts import extract_amounts, find_amounts, role_of
    from pipeline.models import TableCell
    cells = [TableCell(row=1, column=0, text="Library review", page=1, table=0),
             TableCell(row=1, column=1, text="- £5,000", page=1, header="Savings 2025-26", table=0),
             TableCell(row=1, column=2, text="£(160)k", page=1, header="Savings 2026-27", table=0)]
    found = extract_amounts([], cells)
    assert [(a.value, a.role, a.period) for a in found] == [(-5000, "saving", "2025-26"), (-160000, "saving", "2026-27")]
    s = "The City provides a phone allowance of $75.00 per month; the contract value is $1.2m."
    assert [role_of(s, f.start, f.end) for f in find_amounts(s)] == ["rate", "value of contract"]
    assert [f.value for f in find_amounts("a reduction of fifteen (15) percent")] == [15]


def test_a_figure_the_text_layer_broke_with_spaces_is_one_sum(tmp_path):
    # a justified line's glyphs placed one by one leave spaces inside figures ("$27, 972", "$1,118,88 0",
    # "$2,9 09,088"); a figure that stands alone before the space ("$1,000 2,000", two columns) and a
    # list of small sums ("$5, 10 and 15") stay as printed
    from tests.pdfs import text_pdf
    got = [(a.text, a.value) for a in amounts_of(text_pdf(tmp_path / "broken.pdf", """
##Cost per pupil
Applying the cost per pupil of $27, 972 to the 40 pupils gives $1,118,88 0, and using the costs
of two years gives $2,9 09,088 in all. Columns: $1,000 2,000. Fees of $5, 10 and 15 apply.
"""))]
    assert got == [("$27, 972", 27972), ("$1,118,88 0", 1118880), ("$2,9 09,088", 2909088), ("$1,000", 1000), ("$5", 5)]

"""Reading order by layout: columns read one after the other, side boxes apart, header label |
value blocks still row by row; words split by kerning or raised ordinals mended."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.read import layout, pages
from pipeline.read.pages import Word

LEFT = "Additionally, by addressing the needs of young people early we reduce the cost of care later. " * 4
RIGHT = "Attendance rates have fallen from 64.1% to 62% over the year, which the service will address. " * 3


def _blocks(path):
    return [b.text for b in layout.analyse(list(pages.read_pages(path)))[0].blocks]


def _columns_pdf(path, left_x, right_x, left_width, right_width, right_text=RIGHT):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 780, "Annual Report of the Director")
    c.setFont("Helvetica", 10)
    for i, line in enumerate(textwrap.wrap(LEFT, left_width)):
        c.drawString(left_x, 740 - i * 13, line)
    for i, line in enumerate(textwrap.wrap(right_text, right_width)):
        c.drawString(right_x, 740 - i * 13, line)
    c.drawString(60, 560, "A full-width closing paragraph that runs across both columns of the page to the end.")
    c.save()
    return path


def test_two_columns_read_one_after_the_other(tmp_path):
    blocks = _blocks(_columns_pdf(tmp_path / "two.pdf", 60, 310, 45, 45))
    assert blocks[0] == "Annual Report of the Director"
    assert blocks[1].startswith("Additionally, by addressing") and "Attendance" not in blocks[1]
    assert blocks[2].startswith("Attendance rates have fallen from 64.1% to 62%") and "Additionally" not in blocks[2]
    assert blocks[3].startswith("A full-width closing paragraph")


def test_a_side_box_is_read_apart_from_the_main_text(tmp_path):
    box = "Key facts: the service supports over four thousand families across the county every year. " * 4
    blocks = _blocks(_columns_pdf(tmp_path / "side.pdf", 60, 400, 60, 30, right_text=box))
    main = next(b for b in blocks if b.startswith("Additionally"))
    side = next(b for b in blocks if b.startswith("Key facts"))
    assert "Key facts" not in main and "Additionally" not in side


def test_a_header_label_value_block_still_reads_row_by_row(tmp_path):
    path = tmp_path / "header.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    rows = [("Report Author:", "Jane Smith, Head of Commissioning and Contracts"),
            ("Responsible Director:", "John Brown, Director of Children's Services"),
            ("Cabinet Member:", "Councillor Ann White, Children and Young People"),
            ("Key Decision:", "Yes, it affects expenditure of more than one million"),
            ("Decision Number:", "24/00109 for the transfer of the service to the trust"),
            ("Date of meeting:", "Thursday 30 January 2025 in the council chamber"),
            ("Wards affected:", "All wards in the county are affected by this decision")]
    for i, (label, value) in enumerate(rows):
        c.drawString(60, 760 - i * 16, label)
        c.drawString(220, 760 - i * 16, value)
    c.save()
    lines = [l.text for l in layout.analyse(list(pages.read_pages(path)))[0].lines]
    assert lines[0] == "Report Author: Jane Smith, Head of Commissioning and Contracts"
    assert lines[1].startswith("Responsible Director: John Brown")


def _word(text, x0, x1, size=11.0, bottom=20.0):
    return Word(text, x0, bottom - size, x1, bottom, size, False)


def test_split_words_and_raised_ordinals_are_joined():
    row = [_word("T", 10, 17), _word("ackle", 16.5, 45), _word("the", 48, 63),
           _word("13", 66, 78), _word("th", 78.2, 84, size=7, bottom=16), _word("February", 87, 130),
           _word("Forecas", 133, 170), _word("t", 170.5, 174)]
    assert [w.text for w in layout.join_split_words(row)] == ["Tackle", "the", "13th", "February", "Forecast"]
    # an ordinary space between words is kept
    assert [w.text for w in layout.join_split_words([_word("the", 10, 25), _word("cost", 28, 50)])] == ["the", "cost"]


KENT = Path("/work/shared/corpus/kent")
PLAN = KENT / "kent__cabinet__2025-01-30__24-00115_-_Appendix_A_-_Current_Health_wellbeing_activity_within_KCC.pdf"
STATEMENT = KENT / "kent__full_council__2025-02-13__Appendix_G_-_Key_Service_Statement.pdf"


@pytest.mark.skipif(not PLAN.exists(), reason="the Kent corpus is not on this machine")
def test_three_column_plan_pages_give_targets_from_one_column():
    """The Kent health plan prints 'What we heard' | 'Together we will' | 'Indicators' side by side:
    each indicator is a target and must not take words from the columns beside it."""
    from pipeline.extract.targets import extract_targets
    found = []
    for page in (19, 58):
        found += extract_targets(layout.analyse(list(pages.read_pages(PLAN, first=page, last=page))))
    lonely = next(t for t in found if t.value == 5)
    assert lonely.text == ("By 2028/29, the proportion of people who feel lonely often or always will have reduced "
                           "from 7.3% to no more than 5% across Kent and Medway.")
    assert (lonely.deadline, lonely.baseline, lonely.direction) == ("2028/29", 7.3, "decrease")
    gp = next(t for t in found if t.value == 60)
    assert gp.text.startswith("By 2028, the people describing their overall experience of making a GP appointment")
    assert not any("We will" in t.text for t in found)


@pytest.mark.skipif(not STATEMENT.exists(), reason="the Kent corpus is not on this machine")
def test_two_column_statement_reads_left_column_first_and_keeps_its_header_block():
    texts = [b.text for b in layout.analyse(
        list(pages.read_pages(STATEMENT, first=8, last=8)))[0].blocks]
    assert texts[1].startswith("Controllable Revenue Budget for 2025-26 £449.2m Capital Budget")
    left = next(i for i, t in enumerate(texts) if t.startswith("Integrated Children’s Services"))
    right = next(i for i, t in enumerate(texts) if t.startswith("focusing on the delivery of the Government’s"))
    assert left < right
    assert not any("Divisions have a statutory duty" in t and "Family Hubs" in t for t in texts)


def test_an_ordinal_typed_apart_from_its_day_is_joined():
    row = [_word("Friday", 10, 40), _word("24", 43, 53), _word("th", 55.6, 63), _word("October", 66, 100),
           _word("page", 103, 123), _word("3", 126, 130), _word("th", 132.6, 140)]
    assert [w.text for w in layout.join_split_words(row)] == ["Friday", "24th", "October", "page", "3", "th"]


def _numbered_lines_pdf(path, lines, number_size=8):
    """Text with a line number printed down the left margin of every line, blank lines included
    (pleading paper)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for n, text in enumerate(lines, 1):
        c.setFont("Helvetica", number_size)
        c.drawRightString(45, y, str(n))
        if text:
            c.setFont("Helvetica-Bold" if text.startswith("**") else "Helvetica", 11)
            c.drawString(72, y, text.lstrip("*"))
        y -= 16
    c.showPage()
    c.save()
    return path


def test_a_margin_of_line_numbers_is_taken_out_of_the_lines(tmp_path):
    from pipeline.extract.agenda import extract_agenda_items
    text = ["**CITY COUNCIL AGENDA", "", "**1. Call to Order", "**2. Approval of Minutes", "",
            "**3. Consent Calendar", "Approve the warrant register.", "", "**4. Public Hearing", "",
            "**5. Adjournment", "", ""]
    path = _numbered_lines_pdf(tmp_path / "numbered.pdf", text)
    [page] = layout.analyse(list(pages.read_pages(path)))
    assert [l.text for l in page.lines] == ["CITY COUNCIL AGENDA", "1. Call to Order", "2. Approval of Minutes",
                                            "3. Consent Calendar", "Approve the warrant register.", "4. Public Hearing",
                                            "5. Adjournment"]
    assert [(i.number, i.title) for i in extract_agenda_items([page])] == [
        ("1", "Call to Order"), ("2", "Approval of Minutes"), ("3", "Consent Calendar"), ("4", "Public Hearing"),
        ("5", "Adjournment")]


def test_item_numbers_in_a_column_of_their_own_are_not_line_numbers(tmp_path):
    # an agenda's numbers, one an item, each with its title: no blank line is numbered, same size
    path = tmp_path / "agenda.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, 13):
        c.setFont("Helvetica", 11)
        c.drawRightString(80, 780 - n * 18, str(n))
        c.drawString(100, 780 - n * 18, f"Item title number {n}")
    c.showPage()
    c.save()
    [page] = layout.analyse(list(pages.read_pages(path)))
    assert page.lines[0].text == "1 Item title number 1" and len(page.lines) == 12

"""OCR of scanned papers with Tesseract: the scans are made on the fly by rendering corpus pages
to images and wrapping them in a PDF, so the text they should give is known."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PIL import Image
from typer.testing import CliRunner

from pipeline.read import layout, ocr, pages
from pipeline.cli import app
from pipeline.ingest import ingest
from tests import make_pdfs
from tests.conftest import HARINGEY_REPORT, ROOT, THURROCK, query


def _tesseract_or_why_not() -> str | None:
    """None when Tesseract is ready; otherwise why not, after trying the project's installer
    (the README's test command runs it first; this covers a bare `pytest`)."""
    try:
        ocr.check_available()
        return None
    except ocr.OCRUnavailable:
        subprocess.run(["sh", str(ROOT / "scripts" / "install-ocr")], timeout=600)
    try:
        ocr.check_available()
        return None
    except ocr.OCRUnavailable as e:
        return f"Tesseract is not installed and scripts/install-system-packages could not install it here ({e})"


_why_not = _tesseract_or_why_not() if shutil.which("sh") else "no sh to run scripts/install-system-packages"
pytestmark = pytest.mark.skipif(_why_not is not None, reason=_why_not or "")


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """Pages 1-2 of the Thurrock report as a 200 dpi greyscale scan."""
    return make_pdfs.scanned(THURROCK, tmp_path_factory.mktemp("scan") / "scan.pdf", [0, 1], dpi=200)


@pytest.fixture(scope="module")
def scan_pages(scan) -> list[pages.Page]:
    return list(pages.read_pages(scan, ocr=ocr.read_words))


def test_ocr_words_land_where_the_text_layer_puts_them(scan_pages):
    read = scan_pages[0]
    original = next(pages.read_pages(THURROCK))
    assert read.ocr and not read.has_text and read.image_only
    long_words = [w for w in original.words if len(w.text) > 3]
    # how far each OCR'd word is from the nearest same word of the text layer, in points
    offsets = [min(max(abs(w.x0 - o.x0), abs(w.top - o.top)) for o in long_words if o.text == w.text)
               for w in read.words if any(o.text == w.text for o in long_words)]
    assert len(offsets) > 0.8 * len(long_words)
    assert sorted(offsets)[int(len(offsets) * 0.9)] < 2
    body = [w.size for w in read.words]
    assert 8 <= sorted(body)[len(body) // 2] <= 12  # the 10 pt body text, estimated from line heights


def test_ocr_text_goes_through_layout_like_a_text_layer(scan_pages):
    lines = [line.text for line in layout.analyse(scan_pages)[0].lines]
    assert "Children Looked After Placement" in lines
    assert "This report is Public" in lines


def test_a_scan_is_read_with_ocr_and_its_facts_extracted(tmp_path, scan):
    db = tmp_path / "p.db"
    result = CliRunner().invoke(app, ["ingest", "--db", str(db), "-q", "--ocr", str(scan)])
    assert result.exit_code == 0, result.output
    assert f"warning {scan}: page(s) 1-2 read by OCR (words may be misread)" in result.output
    doc = query(db, "select * from documents")[0]
    assert (doc["page_count"], doc["pages_without_text"], doc["ocr_pages"]) == (2, 2, 2)
    assert (doc["council"], doc["meeting_date"]) == ("Thurrock", "2017-07-11")
    rows = query(db, "select page, has_text, ocr, text from pages order by page")
    assert [(r["page"], r["has_text"], r["ocr"]) for r in rows] == [(1, 0, 1), (2, 0, 1)]
    assert "Executive Summary" in rows[0]["text"]
    hits = query(db, "select rowid from pages_fts where pages_fts match 'placements'")
    assert hits, "OCR'd text is in the full-text index"


def test_a_scan_ingested_without_ocr_is_read_when_ocr_is_asked_for(tmp_path):
    paper = make_pdfs.scanned(THURROCK, tmp_path / "scan.pdf", [0], dpi=200)
    db = tmp_path / "p.db"
    first = ingest([paper], db, workers=1)
    assert first.without_text == [paper]
    assert query(db, "select has_text, ocr, text from pages") == [{"has_text": 0, "ocr": 0, "text": ""}]
    second = ingest([paper], db, workers=1, ocr=True)
    assert (second.ingested, second.without_text) == (1, [])
    assert query(db, "select ocr from pages") == [{"ocr": 1}]
    third = ingest([paper], db, workers=1, ocr=True)  # nothing left to read: skipped
    assert (third.ingested, third.skipped) == (0, 1)
    assert query(db, "select * from document_versions") == []


def test_a_scan_without_words_is_reported_as_such(tmp_path):
    photo = tmp_path / "photo.pdf"
    Image.new("L", (600, 800), 128).save(photo, "PDF", resolution=72)  # a flat grey picture
    summary = ingest([photo], tmp_path / "p.db", workers=1, ocr=True)
    assert summary.without_text == [photo]
    assert summary.warnings == [(photo, "page(s) 1 have no text layer and OCR found no words on them")]


def test_pages_with_garbled_fonts_are_read_by_ocr(tmp_path):
    paper = make_pdfs.garbled(HARINGEY_REPORT, tmp_path / "garbled.pdf")
    first = next(pages.read_pages(paper, ocr=ocr.read_words))
    assert first.garbled and first.ocr
    assert [w.text for w in first.words[:2]] == ["Haringey", "Council"]


RUN_TOGETHER_LINES = [
    "The committee considered the report on the refurbishment of the leisure centre",
    "and agreed that the works should be procured through the regional framework",
    "with a budget of two million pounds, to be reported back to the next meeting.",
]


def test_a_text_layer_with_words_run_together_is_read_by_ocr(tmp_path):
    paper = make_pdfs.run_together(tmp_path / "run-together.pdf", RUN_TOGETHER_LINES)
    without_ocr = next(pages.read_pages(paper))
    assert without_ocr.garbled and not without_ocr.words  # "Thecommitteeconsidered..." is set aside
    first = next(pages.read_pages(paper, ocr=ocr.read_words))
    assert first.garbled and first.ocr
    assert [w.text for w in first.words[:4]] == ["The", "committee", "considered", "the"]


def _ocr_word(text: str, x0: float = 100.0) -> pages.Word:
    return pages.Word(text, x0, 200.0, x0 + 6.0 * len(text), 210.0, 10.0, False, "ocr")


def test_a_section_sign_before_a_sum_of_money_is_a_dollar_sign():
    """Tesseract reads "$" as "§"; a statute's section ("§ 54956.9") has no thousands separators
    or cents, so it stays a section."""
    words = [_ocr_word(t) for t in ["§108,847", "§", "2,503,368", "§12.50", "§", "54956.9", "§54956.9"]]
    assert [w.text for w in ocr._dollars_for_sections(words)] == \
        ["$108,847", "$", "2,503,368", "$12.50", "§", "54956.9", "§54956.9"]


def test_figures_in_a_scanned_grid_come_in_even_when_tesseract_is_unsure():
    """A cell's rule leaves specks by its number; the figure comes in without them, while unsure
    letters (a logo's fragments) stay out and sure words always come in."""
    kept = [(t, ocr._kept_in_grid(w := _ocr_word(t), conf), w.text)
            for t, conf in [("|60,514", 12), ("8.0%", 40), ("(2,746)_", 30), ("$", 5), ("Rsr", 20), ("Total", 95)]]
    assert kept == [("|60,514", True, "60,514"), ("8.0%", True, "8.0%"), ("(2,746)_", True, "(2,746)"),
                    ("$", True, "$"), ("Rsr", False, "Rsr"), ("Total", True, "Total")]


# A salary grid as a scanner gives it: ruled cells, "$" at each cell's left and the sum at its
# right, many columns wide, the sheet a little askew; and the same grid landscape on a portrait page.
GRID_ROWS = ["Northfield", "Eastbrook", "Westmarsh", "Southgate", "Kingsford", "Ashby", "Median"]
GRID_COLUMNS = 9


def _grid_figure(row: int, column: int) -> int:
    return 41_000 + 7_919 * row + 3_407 * column + (row * column * 613) % 997


def _ruled_grid_scan(path, skew: float, turn: int = 0):
    """A PDF of one page image: the grid drawn with reportlab, rendered at 200 dpi, turned `skew`
    degrees (and `turn` degrees more, a landscape page scanned onto a portrait one)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import landscape, LETTER
    from reportlab.pdfgen import canvas

    drawn = path.with_suffix(".drawn.pdf")
    width, height = landscape(LETTER)
    c = canvas.Canvas(str(drawn), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, height - 50, "Teacher salaries compared with neighbouring districts")
    left, label, cell, row_height, top = 40, 100, 70, 20, height - 80
    xs = [left, left + label] + [left + label + cell * (i + 1) for i in range(GRID_COLUMNS)]
    ys = [top - row_height * i for i in range(len(GRID_ROWS) + 2)]
    c.setLineWidth(0.8)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    c.setFont("Helvetica", 9)
    for i in range(GRID_COLUMNS):
        c.drawString(xs[i + 1] + 4, ys[1] + 6, f"Step {i + 1}")
    for r, name in enumerate(GRID_ROWS):
        baseline = ys[r + 2] + 6
        c.drawString(xs[0] + 4, baseline, name)
        for i in range(GRID_COLUMNS):
            c.drawString(xs[i + 1] + 4, baseline, "$")
            c.drawRightString(xs[i + 2] - 4, baseline, f"{_grid_figure(r, i):,}")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(drawn))
    image = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    pdf.close()
    image = image.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
    if turn:
        image = image.rotate(turn, expand=True)
    image.save(path, "PDF", resolution=200)
    drawn.unlink()
    return path


@pytest.mark.parametrize("skew, turn", [(0.8, 0), (-0.6, 90)])
def test_a_scanned_ruled_table_is_read_cell_by_cell(tmp_path, skew, turn):
    """Every cell of a skewed scan of a ruled grid is read into its own cell of the table, with
    its "$" (which Tesseract misses when it stands alone at the cell's left), and every sum is an
    amount; the table's grid is the scan's own rules."""
    scan = _ruled_grid_scan(tmp_path / "grid.pdf", skew, turn)
    db = tmp_path / "p.db"
    ingest([scan], db, workers=1, ocr=True)
    tables = query(db, "select rows, method from tables")
    assert [t["method"] for t in tables] == ["lines"]
    rows = json.loads(tables[0]["rows"])
    assert rows[0] == [""] + [f"Step {i + 1}" for i in range(GRID_COLUMNS)]
    # the wide blank between "$" and its sum is closed up to a word space, which Tesseract reads
    # as a space or not
    rows = [[cell.replace("$ ", "$") for cell in row] for row in rows]
    assert rows[1:] == [[name] + [f"${_grid_figure(r, i):,}" for i in range(GRID_COLUMNS)]
                        for r, name in enumerate(GRID_ROWS)]
    amounts = query(db, "select value, unit, text from amounts order by rowid")
    assert sorted(a["value"] for a in amounts) == sorted(
        _grid_figure(r, i) for r in range(len(GRID_ROWS)) for i in range(GRID_COLUMNS))
    assert {a["unit"] for a in amounts} == {"USD"}


def test_a_logo_that_names_the_authority_is_read_into_the_letterhead(tmp_path):
    # a staff report whose letterhead is a picture ("CITY OF MAPLEWOOD" in the logo) and whose text
    # names only other bodies: with --ocr the logo's words name the council, and stay out of the text
    from PIL import ImageDraw, ImageFont
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from pipeline.extract.paper import extract_file

    logo = Image.new("L", (900, 360), 255)
    draw = ImageDraw.Draw(logo)
    font = ImageFont.load_default(size=64)
    draw.text((40, 60), "COUNCIL REPORT", font=font, fill=0)
    draw.text((40, 200), "CITY OF MAPLEWOOD", font=font, fill=0)
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.drawImage(ImageReader(logo), 72, 792 - 72 - 90, width=225, height=90)
    y = 792 - 200
    for line in ["DATE: October 13, 2020", "TITLE: School Allocation of Community Benefits", "RECOMMENDATION",
                 "1. Commit $1.06 million to the Oak Valley Unified School District for school facilities.",
                 "The City Council approved the project on May 5, 2020, with the Oak Valley Unified School District."]:
        c.setFont("Helvetica", 11)
        c.drawString(72, y, line)
        y -= 16
    c.save()
    assert extract_file(path).document.council == "Oak Valley Unified School District"  # without OCR: the text's only body
    ex = extract_file(path, ocr=True)
    assert ex.document.council == "Maplewood"
    assert "MAPLEWOOD" not in " ".join(p.text for p in ex.pages)


def test_scanned_minutes_keep_their_bold_headings_steady_sizes_and_capital_i(tmp_path):
    # a scan has no fonts: bold is read from the strokes' width, so a minute heading still heads its
    # resolution; a line of capitals is sized like the lines around it, so a paragraph is not cut at
    # "NAY: None"; and "Ivey" read as "lvey" is put right
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    text = text_pdf(tmp_path / "minutes.pdf", """
##MINUTES OF THE PLANNING COMMITTEE
Members Present: Cllrs P Adams (Chair), Q Baker, R Cole, S Ivey
Officers Present: T Dean (Planning Manager), U Ellis (Solicitor)
Also present: four members of the public who spoke on the applications before the committee.

**PL/24/10 Land at Mill Road
The Committee considered the application. It was proposed by Cllr Baker, seconded by Cllr Ivey, and
RESOLVED that planning permission be refused.
**PL/24/11 Land at Station Road
RESOLVED: That the application be approved subject to conditions.
(For 3, Against 1)
**PL/24/12 Land at Church Lane
Motion by Cllr Ivey, seconded by Cllr Cole, to defer the application for a site visit. The motion
carried by the following vote:
AYE: Adams, Cole, Ivey
NAY: None
""")
    scan = make_pdfs.scanned(text, tmp_path / "scan.pdf", dpi=200)
    read = [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder)
            for d in extract_file(scan, ocr=True).decisions]
    assert read == [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder)
                    for d in extract_file(text).decisions]
    assert read == [("PL/24/10", "that planning permission be refused.", "carried", None, None, "Baker", "Ivey"),
                    ("PL/24/11", "That the application be approved subject to conditions.", "carried", 3, 1, None, None),
                    ("PL/24/12", "to defer the application for a site visit", "carried", 3, 0, "Ivey", "Cole")]


def test_a_scanned_plan_is_a_figure_and_a_scanned_letter_is_not(tmp_path):
    """Plans and maps are scanned a sheet to a page: the whole page is the figure, captioned by the
    title on the sheet. A scanned letter (prose) is a page of text, not a figure."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas
    from pipeline.extract.figures import extract_figures

    drawn = tmp_path / "drawn.pdf"
    width, height = LETTER
    c = canvas.Canvas(str(drawn), pagesize=LETTER)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(150, height - 80, "SITE PLAN - 12 ELM ROAD")
    c.setFont("Helvetica", 10)
    c.drawString(60, height - 110, "SCALE 1:500")
    c.setLineWidth(2)
    c.rect(100, 250, 400, 350)  # the plot
    c.rect(180, 330, 150, 120)  # the house
    c.line(100, 200, 500, 200)  # the road
    for x, y, label in ((200, 390, "EXISTING HOUSE"), (360, 500, "GARDEN"), (260, 180, "ELM ROAD"),
                        (380, 300, "GARAGE"), (120, 560, "BOUNDARY"), (420, 420, "TREE")):
        c.drawString(x, y, label)
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, height - 80, "Dear Planning Committee,")
    for i in range(14):
        c.drawString(72, height - 110 - 16 * i,
                     "We write to ask for more time to complete the works set out in our plan for the site.")
    c.showPage()
    c.save()
    scan = make_pdfs.scanned(drawn, tmp_path / "scan.pdf", dpi=200)
    laid_out = layout.analyse(list(pages.read_pages(scan, ocr=ocr.read_words)))
    figures = extract_figures(laid_out, scan, None, "0" * 64)
    assert [f.page for f in figures] == [1]
    assert "SITE PLAN" in (figures[0].caption or "")


@pytest.mark.parametrize("words, council", [(["CITY OF", "LOS ALTOS"], "Los Altos"),
                                            (["Riverbend Unified", "School District"], "Riverbend Unified School District")])
def test_a_logo_that_sets_the_authoritys_name_on_two_lines(tmp_path, words, council):
    # a logo's words set on lines of their own are one name ("CITY OF" over "LOS ALTOS")
    from PIL import ImageDraw, ImageFont
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from pipeline.extract.paper import extract_file

    logo = Image.new("L", (900, 260), 255)
    draw = ImageDraw.Draw(logo)
    font = ImageFont.load_default(size=56)
    for i, text in enumerate(words):
        draw.text((20, 20 + 90 * i), text, font=font, fill=0)
    path = tmp_path / "agenda.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.drawImage(ImageReader(logo), 60, 792 - 150, width=300, height=87)
    y = 792 - 190
    for line in ["BOARD MEETING AGENDA", "Tuesday, April 9, 2019 7:00 PM", "", "1. CALL TO ORDER", "2. ROLL CALL",
                 "3. CONSENT CALENDAR"]:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, line)
        y -= 16
    c.save()
    assert extract_file(path, ocr=True).document.council == council


def test_a_scanned_title_block_of_one_style_is_read_as_one(tmp_path):
    # OCR gives the lines of one bold title sizes a few per cent apart (12.0, 11.7): still one block,
    # so the body is the whole name over the meeting words
    from tests.make_pdfs import scanned
    from tests.pdfs import text_pdf
    from pipeline.extract.paper import extract_file

    text = text_pdf(tmp_path / "agenda.pdf", """
**SPECIAL SERVICE AREA #42
**COMMISSION MEETING AGENDA
**Thursday, June 14, 2018 | 9:00 AM
1234 W. Lincoln Ave, Chicago, IL 60614

1. Call to order
2. Approval of minutes
3. Budget update
""")
    doc = extract_file(scanned(text, tmp_path / "scan.pdf", dpi=200), ocr=True).document
    assert (doc.council, doc.committee) == ("Chicago", "Special Service Area #42 Commission")


def test_a_bullet_read_as_another_mark_is_a_bullet(tmp_path):
    # Tesseract reads "•" as "¢" or "e": a scanned board's "• APPROVED the priorities" under
    # "The Board:" is still a point of its list, and a decision
    from pipeline.extract.decisions import extract_decisions
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "minutes.pdf", """
##Minutes of the Trust Board meeting held in public
Present: Sir John Hale (Chair), Dr Sam Lee, Ann Cole

**TB 24/31 Quality Report
The Medical Director presented the report.
The Board:
• NOTED the quality report; and
• APPROVED the quality priorities for 2024/25.
""")
    read = layout.analyse(list(pages.read_pages(make_pdfs.scanned(pdf, tmp_path / "scan.pdf", dpi=150),
                                                ocr=ocr.read_words, image_lines=ocr.read_lines)))
    assert [l.text.split()[0] for l in read[0].lines if "quality" in l.text and "Report" not in l.text] == ["•", "•"]
    assert [d.text for d in extract_decisions(read)] == ["NOTED the quality report; and",
                                                         "APPROVED the quality priorities for 2024/25."]


SCANNED_AGENDAS = ["""
##CITY OF LAKEVIEW
**CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, May 7, 2024 – 6:00 PM

1. CALL TO ORDER
2. PLEDGE OF ALLEGIANCE
3. ROLL CALL
4. PUBLIC COMMENT
5. CONSENT AGENDA
6. PUBLIC HEARINGS
7. NEW BUSINESS
8. ADJOURNMENT
""", """
##BOARD OF EDUCATION
**Regular Meeting
**June 11, 2024 7:00 p.m.

I. Opening
II. Consent Agenda
III. Action Items
IV. Adjournment
"""]


@pytest.mark.parametrize("k, font, numbers", [(0, "Helvetica", ["1", "2", "3", "4", "5", "6", "7", "8"]),
                                             (0, "Courier", ["1", "2", "3", "4", "5", "6", "7", "8"]),
                                             (1, "Helvetica", ["I", "II", "III", "IV"])])
def test_a_scanned_agendas_column_of_item_numbers_is_read(tmp_path, k, font, numbers):
    # Tesseract reads a column of numbers down the margin as a block of its own (one tall scrap,
    # "wWD", and a lone "." before each title; or, set apart in a typewriter face, short scraps
    # "SO!", "OY" in a column of their own), and a Roman I as "|" or "l": the lines are read again
    # one by one, and the numbers are the agenda's
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    scan = make_pdfs.scanned(text_pdf(tmp_path / "agenda.pdf", SCANNED_AGENDAS[k], font=font), tmp_path / "scan.pdf", dpi=150)
    assert [it.number for it in extract_file(scan, ocr=True).agenda_items] == numbers


def test_a_scanned_cllr_is_a_title_not_a_name(tmp_path):
    # Tesseract reads "Cllr" as "Clir": in a scanned parish's list it is still the title
    from pipeline.extract.attendance import extract_attendance
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "minutes.pdf", """
##WESTBURY TOWN COUNCIL
**MINUTES OF THE FULL COUNCIL MEETING HELD ON MONDAY 8 APRIL 2024 AT 7PM

PRESENT: Cllr A Brown (Mayor), Cllr B Green, Cllr C Black, Cllr D White
IN ATTENDANCE: E Grey (Town Clerk)
""")
    read = layout.analyse(list(pages.read_pages(make_pdfs.scanned(pdf, tmp_path / "scan.pdf", dpi=150),
                                                ocr=ocr.read_words, image_lines=ocr.read_lines)))
    assert [a.name for a in extract_attendance(read)] == ["A Brown", "B Green", "C Black", "D White", "E Grey"]


def test_a_scanned_names_initial_i_after_its_title(tmp_path):
    # Tesseract reads the initial I of "Cllr I Jones" as a bar, "Cllr | Jones": after a title it is the I
    from pipeline.extract.attendance import extract_attendance
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "minutes.pdf", """
##MINUTES OF THE MEETING OF THE PARISH COUNCIL
held on Monday 11 March 2024 at 7.30pm in the Village Hall
Present: Cllr A Brown (Chair), Cllr C Davidson, Cllr E Fraser, Cllr G Hill, Cllr I Jones, Cllr K Lee
""")
    read = layout.analyse(list(pages.read_pages(make_pdfs.scanned(pdf, tmp_path / "scan.pdf", dpi=150),
                                                ocr=ocr.read_words, image_lines=ocr.read_lines)))
    assert [a.name for a in extract_attendance(read)] == ["A Brown", "C Davidson", "E Fraser", "G Hill", "I Jones", "K Lee"]


def test_a_speckled_scan_of_minutes_reads_as_the_clean_paper_does(tmp_path):
    # dust and toner specks on a photocopy read as marks that break lines and titles apart ("aa Call
    # to Order", a list's "Present:" run into the line above): a speckled page is smoothed before
    # Tesseract reads it, and reads as the paper itself
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    text = text_pdf(tmp_path / "minutes.pdf", """
**CITY OF MAPLE GROVE
**MINUTES OF THE REGULAR CITY COUNCIL MEETING
Tuesday, June 4, 2024

**1. CALL TO ORDER
Mayor Linda Park called the meeting to order at 7:00 p.m.

**2. ROLL CALL
Present: Mayor Park, Councilmembers Adams, Brown and Chen
Absent: Councilmember Diaz
Staff present: City Manager Tom Evans, City Clerk Jane Ford

**3. APPROVAL OF THE AGENDA
Motion by Adams, seconded by Brown, to approve the agenda as presented. Motion carried 4-0.
""")

    def facts(ex):
        return ((ex.document.doc_type, ex.document.council, ex.document.committee, ex.document.meeting_date),
                [(d.minute_ref, d.text, d.outcome, d.votes_for, d.mover, d.seconder) for d in ex.decisions],
                [(a.name, a.status, a.role) for a in ex.attendance])

    clean = facts(extract_file(text))
    assert clean[1] == [("3", "to approve the agenda as presented", "carried", 4, "Adams", "Brown")]
    assert facts(extract_file(make_pdfs.speckled(text, tmp_path / "scan.pdf"), ocr=True)) == clean


def test_a_scan_askew_by_two_degrees_is_set_level_before_it_is_read(tmp_path):
    # a line of words 500 points long drifts by 17 points at two degrees: more than a line's height,
    # so its words were read into the lines above and below, and the motions and the roll call broke
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    text = text_pdf(tmp_path / "minutes.pdf", """
**CITY OF LAKEVIEW
**MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
May 7, 2024

**ROLL CALL
Councilmembers Present: Adams, Baker, Cruz, Mayor Pro Tem Diaz, Mayor Hill
Staff Present: City Manager Evans, City Attorney Frost, City Clerk Gomez

**CONSENT CALENDAR
ACTION: Motion by Councilmember Adams, seconded by Councilmember Baker, to approve the Consent
Calendar. The motion carried by the following vote:
AYES: Adams, Baker, Cruz, Diaz, Hill
NOES: None
""")

    def facts(ex):
        return ([(d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder) for d in ex.decisions],
                [(a.name, a.status, a.role) for a in ex.attendance])

    clean = facts(extract_file(text))
    assert clean[0] == [("to approve the Consent Calendar", "carried", 5, 0, "Adams", "Baker")]
    assert facts(extract_file(make_pdfs.speckled(text, tmp_path / "scan.pdf", specks=0, turn=2.0), ocr=True)) == clean


def test_lines_of_heavy_type_that_tesseracts_layout_leaves_out_are_read_as_one_block(tmp_path):
    # a dark copy's heavy type is taken by Tesseract's page layout for pictures: whole runs of lines
    # came back empty, and with them every motion of these minutes. Where much of the page's ink lies
    # in rows no word stands on, the page is read again as one block of text
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    text = text_pdf(tmp_path / "minutes.pdf", """
##Town of Maplewood
**Regular Council Meeting
**Minutes
Date: June 10, 2024, 7:00 p.m.
Present: Mayor A. Smith, Deputy Mayor B. Jones, Councillor C. White, Councillor D. Green
**1. Call to Order
The meeting was called to order at 7:00 p.m.
**2. Disclosure of Pecuniary Interest
None.
**3. Adoption of Minutes
Resolution No. 2024-101
Moved by: Councillor White
Seconded by: Councillor Green
That the minutes of the regular meeting held May 27, 2024 be adopted as circulated.
Carried
**4. Staff Reports
**4.1 Report FIN-24-07, 2024 Tax Rates
Resolution No. 2024-102
Moved by: Deputy Mayor Jones
Seconded by: Councillor White
That By-law 2024-30, being a by-law to set the 2024 tax rates, be passed.
Carried
""")
    read = {d.text for d in extract_file(make_pdfs.speckled(text, tmp_path / "scan.pdf", specks=0, heavy=True),
                                         ocr=True).decisions}
    assert {"That the minutes of the regular meeting held May 27, 2024 be adopted as circulated",
            "That By-law 2024-30, being a by-law to set the 2024 tax rates, be passed"} <= read


def test_a_speckled_agendas_numbers_read_again_from_the_smoothed_page(tmp_path):
    # the column of item numbers is read by Tesseract's layout as one scrap, and each line that lost
    # its number is read again on its own: from the smoothed page, or the specks read there again
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    text = text_pdf(tmp_path / "agenda.pdf", """
**CITY OF OAKDALE
**CITY COUNCIL AGENDA
June 11, 2024 6:00 PM
1. Call to Order
2. Water Rate Study (Discussion/Action)
3. Park Naming Policy - ACTION ITEM
4. Quarterly Investment Report (Information Only)
5. Fire Station Update - Presenter: Fire Chief Ann Lee
6. Sidewalk Program. (Staff: John Smith, Public Works Director)
7. Library Hours - Action
8. Adjournment
""")

    def items(path, **kw):
        return [(it.number, it.title) for it in extract_file(path, **kw).agenda_items]

    clean = items(text)
    assert [n for n, _ in clean] == [str(k) for k in range(1, 9)]
    assert items(make_pdfs.speckled(text, tmp_path / "scan.pdf", turn=0.7), ocr=True) == clean


def test_specks_read_into_a_words_edge_are_not_its_letters(tmp_path):
    # a speck read into a list's letter ("_F.") or as a word before it ("' E.") hid the item, one
    # after a title ("Study +") joined it; "| move" is the word I
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    text = text_pdf(tmp_path / "agenda.pdf", """
**CITY OF PINE BLUFFS
**CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, May 14, 2024 - 7:00 PM
1. CALL TO ORDER
2. NEW BUSINESS
   A. Street Resurfacing Contract
      Recommended Motion: Move to award the street resurfacing contract to Ace Paving.
   B. Park Rules Ordinance
      Action Requested: Introduce and waive first reading of the park rules ordinance.
   C. Water Rate Study
      Proposed Action: Accept the water rate study and direct staff to prepare a rate ordinance.
   D. Budget Workshop
      Action Required: Set a budget workshop for June 4, 2024.
   E. Library Hours
      Council Action: Approve extended library hours on Saturdays.
   F. Fire Station Design
      Board Action Requested: Approve the design contract with XYZ Architects.
   G. Police Vehicles
      Suggested Motion: I move to approve the purchase of three police vehicles.
3. ADJOURNMENT
""")

    def items(path, **kw):
        return [it.number for it in extract_file(path, **kw).agenda_items]

    clean = items(text)
    assert clean == ["1", "2", "2.A", "2.B", "2.C", "2.D", "2.E", "2.F", "2.G", "3"]
    assert items(make_pdfs.speckled(text, tmp_path / "scan.pdf", specks=2000, turn=0.7), ocr=True) == clean

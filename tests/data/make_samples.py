"""Make the sample papers in tests/data/: an agenda pack and the minutes of the same meeting of a
fictional council, so that the links from agenda items to reports, from decisions to reports and
from recommendations to the decisions that disposed of them can be tested end to end; and papers
of two more fictional councils printed in other common templates (a header table with labels
and no colons, a report with only a title block, minutes numbered "Minute 45"), so that the rules
are tested on more than one council's habits.

Every page says it is a sample. Run it with reportlab installed (`pip install reportlab`); the
PDFs it makes are committed, so tests do not need reportlab (the Northfield minutes are written
to corpus/, the sample papers `papers ingest` reads by default):

    python tests/data/make_samples.py
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=11, leading=14)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=1.2 * cm, firstLineIndent=-0.8 * cm)
SUB = ParagraphStyle("sub", parent=BODY, leftIndent=2.0 * cm, firstLineIndent=-0.8 * cm)
TITLE = ParagraphStyle("title", parent=BOLD, fontSize=14, leading=18)
NOTE = "Sample paper made by the committee-papers project for its tests; not a real council's paper."


def _footer(canvas, doc, first_numbered: int = 1):
    """The sample note on every page; pack page numbers start after the front sheet, as in
    real agenda packs, so the agenda's "(Pages 3 - 6)" differ from the PDF's page numbers."""
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, NOTE)
    if doc.page >= first_numbered:
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page - first_numbered + 1}")
    canvas.restoreState()


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


def header_table(rows: list[tuple[str, str]]) -> Table:
    t = Table([[p(a, BOLD), p(b)] for a, b in rows], colWidths=[5 * cm, 11 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def pack() -> list:
    story = [
        p("Exampleton Borough Council", TITLE), Spacer(1, 6),
        p("Housing and Regeneration Committee", TITLE),
        p("Tuesday, 14 May 2024 at 7.00 pm in the Council Chamber, Exampleton Town Hall, High Street, EX1 1AA"),
        Spacer(1, 10), p("AGENDA", BOLD), Spacer(1, 6),
        p("1. Apologies for absence", BOLD),
        p("2. Declarations of interest", BOLD),
        p("3. Minutes of the meeting held on 12 March 2024 (Pages 1 - 2)", BOLD),
        p("To approve the minutes as a correct record."),
        p("4. Empty Homes Strategy 2024-2029 (Pages 3 - 4)", BOLD),
        p("To consider the report of the Director of Place."),
        p("5. Temporary Accommodation Procurement (Page 5)", BOLD),
        p("6. Any other business", BOLD),
        PageBreak(),
        # printed page 1: minutes of the last meeting
        p("MINUTES OF THE HOUSING AND REGENERATION COMMITTEE HELD ON TUESDAY, 12 MARCH 2024", BOLD),
        Spacer(1, 6), p("Present: Councillors Ahmed (Chair), Baker, Clarke and Dutta."),
        p("HR21. Minutes", BOLD), p("RESOLVED: That the minutes of the meeting held on 16 January 2024 be approved."),
        p("HR22. Housing Allocations Policy", BOLD),
        p("RESOLVED: That the revised Housing Allocations Policy be adopted with effect from 1 April 2024."),
        PageBreak(), p("This page is intentionally left blank"), PageBreak(),
        # printed page 3: the report
        header_table([
            ("Report to:", "Housing and Regeneration Committee – 14 May 2024"),
            ("Title:", "Empty Homes Strategy 2024-2029"),
            ("Report of:", "Director of Place"),
            ("Report author:", "Priya Shah, Head of Housing Strategy, priya.shah@exampleton.gov.uk"),
            ("Wards affected:", "All"),
            ("Key decision:", "Yes"),
            ("Classification:", "Open"),
        ]),
        Spacer(1, 12),
        p("1. Recommendations", BOLD),
        p("1.1 The Committee is recommended to:"),
        p("(a) approve the Empty Homes Strategy 2024-2029 at Appendix A;", SUB),
        p("(b) approve a budget of £450,000 from the Housing Reserve to fund empty homes grants over three years; and", SUB),
        p("(c) note that progress will be reported to the Committee every six months.", SUB),
        p("2. Background", BOLD),
        p("2.1 There were 1,240 long-term empty homes in the borough in October 2023, 18% more than in 2020."),
        p("2.2 Our target is to bring 150 empty homes back into use each year until 2029."),
        p("3. Financial implications", BOLD),
        p("3.1 The grants of up to £15,000 per home are met from the Housing Reserve, which stood at £2.1m."),
        PageBreak(), p("Appendix A: Empty Homes Strategy 2024-2029 (summary)", BOLD),
        p("The strategy sets out how the Council will work with owners to return empty homes to use."),
        PageBreak(),
        # printed page 7: a second report
        header_table([
            ("Report to:", "Housing and Regeneration Committee – 14 May 2024"),
            ("Title:", "Temporary Accommodation Procurement"),
            ("Report author:", "Tom Reed, Procurement Manager"),
            ("Key decision:", "No"),
        ]),
        Spacer(1, 12), p("1. Recommendation", BOLD),
        p("1.1 That the Committee agrees to procure a framework of temporary accommodation providers for four years."),
        p("2. Background", BOLD), p("2.1 The Council spent £3.4m on temporary accommodation in 2023/24."),
    ]
    return story


def minutes() -> list:
    return [
        p("Exampleton Borough Council", TITLE), Spacer(1, 6),
        p("MINUTES of a meeting of the Housing and Regeneration Committee held in the Council Chamber, "
          "Exampleton Town Hall on Tuesday, 14 May 2024 at 7.00 pm."),
        p("Present: Councillors Ahmed (Chair), Baker, Clarke, Dutta and Evans."), Spacer(1, 8),
        p("HR30. Apologies for absence (Item 1)", BOLD), p("Apologies were received from Councillor Foster."),
        p("HR31. Minutes (Item 3)", BOLD),
        p("RESOLVED: That the minutes of the meeting held on 12 March 2024 be approved as a correct record."),
        p("HR32. Empty Homes Strategy 2024-2029 (Item 4)", BOLD),
        p("The Head of Housing Strategy introduced the report. Members asked about enforcement and were told "
          "that compulsory purchase would be a last resort."),
        p("RESOLVED:"),
        p("(1) That the Empty Homes Strategy 2024-2029 be approved;", SUB),
        p("(2) That a budget of £450,000 from the Housing Reserve be approved to fund empty homes grants over "
          "three years; and", SUB),
        p("(3) That progress be reported to the Committee every six months.", SUB),
        p("HR33. Temporary Accommodation Procurement (Item 5)", BOLD),
        p("RESOLVED: That consideration of the report be deferred to the next meeting pending further "
          "information on costs."),
    ]


def label_table(rows: list[tuple[str, str]]) -> Table:
    """A header table whose labels have no colons, in capitals."""
    return header_table([(a.upper(), b) for a, b in rows])


def westmarsh_report() -> list:
    return [
        p("Westmarsh District Council", TITLE), Spacer(1, 8),
        label_table([
            ("Report title", "Leisure Centre Refurbishment"),
            ("Report of", "Councillor Jo Marsh, Cabinet Member for Communities"),
            ("For submission to", "Cabinet"),
            ("Date", "6 February 2025"),
            ("Key decision", "Yes"),
            ("Wards affected", "Marsh Central; Riverside"),
            ("Contact officer", "Sam Okafor, Head of Leisure, 01234 567890"),
        ]),
        Spacer(1, 12),
        p("1. RECOMMENDATIONS", BOLD),
        p("The Cabinet is asked to:"),
        p("1.1 approve capital spending of £2.4m on the refurbishment of Marsh Leisure Centre in 2025/26;", ITEM),
        p("1.2 delegate the award of the works contract to the Director of Place; and", ITEM),
        p("1.3 note that the centre will close for six months during the works.", ITEM),
        p("2. BACKGROUND", BOLD),
        p("2.1 The centre opened in 1989 and had 310,000 visits in 2023/24, 12% fewer than in 2019/20."),
        p("2.2 The refurbishment aims to increase visits to 400,000 a year by March 2028."),
    ]


def westmarsh_title_report() -> list:
    return [
        p("WESTMARSH DISTRICT COUNCIL", TITLE), Spacer(1, 6),
        p("OVERVIEW AND SCRUTINY COMMITTEE", BOLD),
        p("11 MARCH 2025", BOLD), Spacer(1, 6),
        p("REPORT OF THE HEAD OF FINANCE", BOLD),
        p("TREASURY MANAGEMENT MID-YEAR REVIEW 2024/25", BOLD), Spacer(1, 10),
        p("1. PURPOSE OF THE REPORT", BOLD),
        p("1.1 To review treasury management activity in the first half of 2024/25."),
        p("2. RECOMMENDATION", BOLD),
        p("2.1 That the Committee notes the treasury management activity for the first half of 2024/25."),
        p("3. BORROWING", BOLD),
        p("3.1 Borrowing stood at £41.5 million on 30 September 2024, against an authorised limit of £60 million."),
    ]


def northfield_minutes() -> list:
    return [
        p("NORTHFIELD BOROUGH COUNCIL", TITLE), Spacer(1, 6),
        p("Minutes of the meeting of the Planning Committee held on Wednesday 9 April 2025 at 6.30 pm "
          "at the Civic Offices, Northfield."),
        p("Present: Councillors Green (Chair), Hale, Iqbal and Jones."), Spacer(1, 8),
        p("Minute 45 Declarations of Interest", BOLD), p("Councillor Hale declared an interest in item 5."),
        p("Minute 46 Land at Mill Lane – application 24/0123/FUL", BOLD),
        p("The Principal Planner presented the report. A motion to refuse was moved and lost."),
        p("RESOLVED – that planning permission be granted subject to the conditions in the report."),
        p("For: Councillors Green, Iqbal and Jones (3)"), p("Against: Councillor Hale (1)"),
        p("Minute 47 Planning Enforcement Update", BOLD),
        p("RESOLVED:"),
        p("(a) that the report be noted; and", SUB),
        p("(b) that a further update be brought to the Committee in October 2025.", SUB),
    ]


def build(name: str, story: list, first_numbered: int = 1, folder: Path = HERE) -> Path:
    out = folder / name
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=name, author="committee-papers tests")

    def footer(canvas, d):
        _footer(canvas, d, first_numbered)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out


if __name__ == "__main__":
    print(build("exampleton-housing-2024-05-14-agenda-pack.pdf", pack(), first_numbered=2))
    print(build("exampleton-housing-2024-05-14-minutes.pdf", minutes()))
    print(build("westmarsh-cabinet-2025-02-06-leisure-centre.pdf", westmarsh_report()))
    print(build("westmarsh-scrutiny-2025-03-11-treasury.pdf", westmarsh_title_report()))
    # shipped in corpus/ too, so that the README's member examples (a recorded vote) return data
    print(build("northfield-planning-2025-04-09-minutes.pdf", northfield_minutes(), folder=HERE.parent.parent / "corpus"))

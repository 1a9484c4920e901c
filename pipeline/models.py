"""The record model: one dataclass per kind of fact, shared by the store, the JSON export and
the evaluation.

Every record carries its provenance: `page` (1-based physical page of the PDF) and, where
practical, `bbox` (x0, top, x1, bottom in PDF points from the top left) and the verbatim text it
came from. `document_id` and the record's own `id` are given by the store.

References between records of the same document are list indexes into the `Extraction` (fields
declared with `ref("reports")` and so on); the store turns them into foreign keys. Links across
documents (a decision in the minutes to the report in last month's pack) are made after ingest
by links.py and are stored as foreign keys directly.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

BBox = tuple[float, float, float, float]


def ref(table: str) -> Any:
    """A reference to another record of the same extraction, by index in its list."""
    return field(default=None, metadata={"ref": table})


def link(table: str) -> Any:
    """A foreign key filled after ingest (cross-document linking), None until then."""
    return field(default=None, metadata={"fk": table})


@dataclass
class Document:
    filename: str  # basename of the PDF
    path: str
    sha256: str
    size_bytes: int
    page_count: int
    doc_type: str = "other"  # agenda_pack | agenda | report | minutes | decision_notice | other
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None  # ISO YYYY-MM-DD
    year: int | None = None  # of the meeting, for faceting
    title: str | None = None
    pages_without_text: int = 0
    ocr_pages: int = 0
    source_url: str | None = None  # where it was published (sources.csv, or the URL saved in the PDF)
    licence: str | None = None
    meeting_id: int | None = link("meetings")


@dataclass
class Page:
    page: int
    text: str
    has_text: bool = True
    printed_page: int | None = None  # the number printed on the page ("Page 5"), for pack references
    blank: bool = False
    ocr: bool = False
    width: float = 0.0
    height: float = 0.0


@dataclass
class Meeting:
    council: str | None
    committee: str | None
    date: str | None
    time: str | None = None  # HH:MM
    venue: str | None = None
    role: str = "for"  # "for": the papers are for it; "records": minutes of it
    page: int = 1


@dataclass
class Part:
    """A part of an agenda pack: front sheet, minutes of the last meeting, a report, an appendix."""
    kind: str  # front_sheet | minutes | report | appendix | other
    title: str | None
    page_start: int
    page_end: int
    printed_page_start: int | None = None
    printed_page_end: int | None = None

    @property
    def page(self) -> int:
        return self.page_start


@dataclass
class AgendaItem:
    number: str  # as printed: "5", "5.1", "4(a)"
    title: str
    page: int
    pack_page_start: int | None = None
    pack_page_end: int | None = None
    description: str | None = None
    bbox: BBox | None = None
    part: int | None = ref("parts")  # the part of the pack it introduces
    meeting: int | None = ref("meetings")
    report_id: int | None = link("reports")  # report it introduces (this or another document)
    link_confidence: float | None = None
    link_method: str | None = None  # how the link was made ("pack part", "item number", "title 0.82")


@dataclass
class Report:
    title: str
    page_start: int
    page_end: int
    committee: str | None = None
    meeting_date: str | None = None
    item_number: str | None = None
    authorised_by: str | None = None  # "Report authorised by", director, "From"
    lead_officer: str | None = None  # lead officer / author / contact
    wards: str | None = None
    key_decision: bool | None = None
    exempt: bool | None = None  # True when marked exempt / not for publication
    report_type: str | None = None  # "report" | "briefing" | "decision report" | ...
    header: dict | None = None  # the header block's label -> value pairs as printed
    part: int | None = ref("parts")
    meeting: int | None = ref("meetings")

    @property
    def page(self) -> int:
        return self.page_start


@dataclass
class ReportSection:
    number: str | None
    heading: str
    text: str
    page: int
    page_end: int
    report: int | None = ref("reports")


@dataclass
class Recommendation:
    number: str | None
    text: str
    page: int
    bbox: BBox | None = None
    report: int | None = ref("reports")
    agenda_item: int | None = ref("agenda_items")  # the agenda item it is printed under
    decision_id: int | None = link("decisions")  # the decision that disposes of it
    status: str | None = None  # agreed | agreed as amended | deferred | rejected | noted | unknown
    link_confidence: float | None = None
    link_method: str | None = None
    restated_page: int | None = None  # where the paper prints it again (a summary's list in the body)


@dataclass
class Decision:
    """One proceedings record: a resolution, motion or recorded decision, from minutes, decision
    notices and adopted resolutions alike. `text` is the resolution or motion itself, without the
    mover, seconder, outcome word or tally, which have fields of their own."""
    minute_ref: str | None  # the minute or item number as printed: "CYPS4", "16.01.8", "5.a"
    text: str
    page: int
    minute_heading: str | None = None
    item_number: str | None = None  # the agenda item the minute records, where printed: "(Item 3)"
    file_number: str | None = None  # a file or resolution number: "23-716", "R2023-147"
    kind: str = "resolved"  # resolved | agreed | decision | motion | noted | resolution
    outcome: str | None = None  # carried | lost | withdrawn | deferred; None when the paper does not say
    mover: str | None = None
    seconder: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    roll_call: list | None = None  # [[name, "for" | "against" | "abstain" | "absent"], ...] as printed
    bbox: BBox | None = None
    meeting: int | None = ref("meetings")
    agenda_item_id: int | None = link("agenda_items")
    report_id: int | None = link("reports")
    link_confidence: float | None = None
    link_method: str | None = None


@dataclass
class Attendance:
    """A person the minutes list as present, sending apologies or absent."""
    name: str  # as printed without titles: "Jane Smith", "D Richardson"
    status: str  # present | apologies | absent
    role: str  # member | officer | other (co-optees, guests, representatives)
    page: int
    printed: str | None = None  # the name as printed, with titles: "Cllr J. Smith (Chair)"
    label: str | None = None  # the list it is in: "Present", "Apologies", "In attendance"
    bbox: BBox | None = None
    meeting: int | None = ref("meetings")
    person_id: int | None = link("people")  # the same person across papers of the council


@dataclass
class Vote:
    """How one member voted on one decision, where the paper prints a roll call or recorded vote."""
    person: str  # name without titles
    vote: str  # for | against | abstain | absent
    page: int
    decision: int | None = ref("decisions")
    person_id: int | None = link("people")


@dataclass
class Table:
    page: int
    page_end: int
    bbox: BBox | None
    rows: list[list[str]]
    kind: str = "data"  # data | metadata
    caption: str | None = None
    header_rows: int = 0
    n_rows: int = 0
    n_cols: int = 0
    method: str = "lines"  # lines | text
    report: int | None = ref("reports")


@dataclass
class TableCell:
    row: int
    column: int
    text: str
    page: int
    header: str | None = None
    value: float | None = None
    unit: str | None = None
    bbox: BBox | None = None
    table: int | None = ref("tables")


@dataclass
class Amount:
    page: int
    text: str  # as printed: "£1.2m"
    value: float  # whole units: 1200000
    unit: str  # GBP | USD | CAD | EUR | percent
    context: str | None = None  # the sentence or table cell it came from
    period: str | None = None  # "2014-15", "per annum"
    role: str | None = None  # budget | spend | saving | overspend | grant | cost | income | fee | rate | ...
    bbox: BBox | None = None
    table: int | None = ref("tables")
    report: int | None = ref("reports")
    meeting: int | None = ref("meetings")  # the meeting the paper (or its report) is for or records
    recommendation: int | None = ref("recommendations")
    decision: int | None = ref("decisions")


@dataclass
class Target:
    page: int
    text: str  # the sentence or clause
    value: float
    unit: str | None
    baseline: float | None = None  # the value the change starts from ("from 32% ... to 60%")
    baseline_year: str | None = None  # the year of that baseline ("from 65.8% in 2021/22"), never the deadline
    direction: str | None = None  # increase | decrease | reach | maintain
    period: str | None = None  # the financial year or span the target is for ("2014/15", "over three years")
    deadline: str | None = None  # the date or year by which: "2028", "2026-03", "2026-03-31", "2028/29",
    # or a span counted from an event ("within 3 years of adoption"); from the row's timescale column in a table
    bbox: BBox | None = None
    report: int | None = ref("reports")
    meeting: int | None = ref("meetings")  # the meeting the paper (or its report) is for or records
    earlier_target_id: int | None = link("targets")  # a target this one reports progress on
    link_confidence: float | None = None


@dataclass
class Figure:
    page: int
    bbox: BBox
    kind: str = "chart"  # chart | map | photo | diagram
    caption: str | None = None
    image_path: str | None = None  # relative to the database folder
    report: int | None = ref("reports")


@dataclass
class Extraction:
    """Everything extracted from one PDF."""
    document: Document
    pages: list[Page] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    agenda_items: list[AgendaItem] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    report_sections: list[ReportSection] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    table_cells: list[TableCell] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # The order records are written in: referenced tables before the tables that refer to them.
    RECORD_LISTS = ("pages", "meetings", "parts", "reports", "agenda_items", "report_sections",
                    "recommendations", "decisions", "votes", "attendance", "tables", "table_cells", "amounts", "targets", "figures")

    def counts(self) -> dict[str, int]:
        return {k: len(getattr(self, k)) for k in self.RECORD_LISTS if k != "pages"}


RECORD_TYPES: dict[str, type] = {
    "pages": Page, "meetings": Meeting, "parts": Part, "agenda_items": AgendaItem, "reports": Report,
    "report_sections": ReportSection, "recommendations": Recommendation, "decisions": Decision,
    "votes": Vote, "attendance": Attendance,
    "tables": Table, "table_cells": TableCell, "amounts": Amount, "targets": Target, "figures": Figure,
}


def record_fields(cls: type) -> list:
    return list(fields(cls))

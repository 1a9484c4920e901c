"""One PDF in, one `Extraction` out: the stages run in order, each on the previous one's output.

    PDF -> pages.read_pages -> layout.analyse -> document.describe -> extractors -> Extraction

This function runs in worker processes, so it takes a path and returns plain dataclasses.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.extract import amounts
from pipeline.extract import document
from pipeline.extract import figures
from pipeline.read import layout
from pipeline.read import pages
from pipeline.extract import structure
from pipeline.extract import tables
from pipeline.extract import targets
from pipeline.models import Document, Extraction, Page, Vote
from pipeline.read.ocr import read_lines as ocr_lines, read_words as ocr_words
from pipeline.read.textlayer import reading_warnings
from pipeline.store.database import sha256_of
from pipeline.extract.proposed import mark_proposed
from pipeline.sources import url_in_metadata


def extract_file(path: str | Path, *, sha256: str | None = None, figures_dir: Path | None = None,
                 ocr: bool = False) -> Extraction:
    """Run every stage on one PDF. Raises pages.UnreadablePDF for files that cannot be read.
    With `ocr`, pages without a readable text layer are read with Tesseract."""
    path = Path(path)
    sha256 = sha256 or sha256_of(path)
    page_list = list(pages.read_pages(path, ocr=ocr_words if ocr else None, image_lines=ocr_lines if ocr else None))
    layouts = layout.analyse(page_list)
    info = document.describe(layouts)
    doc = Document(filename=path.name, path=str(path), sha256=sha256, size_bytes=path.stat().st_size,
                   page_count=len(page_list), doc_type=info.doc_type, council=info.council,
                   committee=info.committee, meeting_date=info.meeting_date, title=info.title,
                   year=int(info.meeting_date[:4]) if info.meeting_date else None,
                   pages_without_text=sum(p.image_only for p in page_list), ocr_pages=sum(p.ocr for p in page_list))
    ex = Extraction(document=doc)
    ex.pages = [Page(page=l.number, text=_page_text(l), has_text=l.page.has_text if l.page else True,
                     ocr=bool(l.page and l.page.ocr), printed_page=l.printed_number, blank=l.blank,
                     width=round(l.width, 1), height=round(l.height, 1))
                for l in layouts]
    doc.source_url = url_in_metadata(path)
    structure.extract_structure(layouts, info, ex)
    ex.votes = [Vote(person=name, vote=vote, page=d.page, decision=k)
                for k, d in enumerate(ex.decisions) for name, vote in (d.roll_call or [])]
    mark_proposed(layouts, ex)
    if info.doc_type == "report" and ex.reports:
        doc.title = ex.reports[0].title  # a report's title is what its header block says
    ex.tables, ex.table_cells = tables.extract_tables(layouts)
    ex.amounts = amounts.extract_amounts(layouts, ex.table_cells, dollar=info.dollar)
    ex.targets = targets.extract_targets(layouts, ex.table_cells)
    ex.figures = figures.extract_figures(layouts, path, figures_dir, sha256, ex.table_cells)
    link_to_reports(ex)
    link_amounts_to_statements(ex)
    ex.warnings.extend(reading_warnings(page_list))
    return ex


def link_to_reports(ex: Extraction) -> None:
    """Give each table, amount, target and figure the report whose pages hold it, and each amount
    and target the meeting: its report's, else the paper's own."""
    for record in [*ex.tables, *ex.amounts, *ex.targets, *ex.figures]:
        if record.report is None:
            record.report = next((i for i, r in enumerate(ex.reports) if r.page_start <= record.page <= r.page_end),
                                 None)
    own = 0 if ex.meetings else None
    for record in [*ex.amounts, *ex.targets]:
        report = ex.reports[record.report] if record.report is not None else None
        record.meeting = report.meeting if report is not None and report.meeting is not None else own


def link_amounts_to_statements(ex: Extraction) -> None:
    """Give each amount the recommendation or resolution it is written in (the same page, inside
    the box of the statement's lines), so money can be followed from proposal to decision."""
    def holder(statements, amount) -> int | None:
        x = (amount.bbox[0] + amount.bbox[2]) / 2
        y = (amount.bbox[1] + amount.bbox[3]) / 2
        for i, s in enumerate(statements):
            if s.page == amount.page and s.bbox and s.bbox[0] - 2 <= x <= s.bbox[2] + 2 and s.bbox[1] - 2 <= y <= s.bbox[3] + 2:
                return i
        return None

    for amount in ex.amounts:
        if amount.bbox is not None and amount.table is None:
            amount.recommendation = holder(ex.recommendations, amount)
            amount.decision = holder(ex.decisions, amount)


def _page_text(l: layout.PageLayout) -> str:
    body = "\n".join(line.text for line in l.lines)
    margin = "\n".join(line.text for line in l.margin_lines)
    return body if not margin else f"{body}\n{margin}".strip()

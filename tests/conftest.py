"""Shared fixtures: the shipped corpus ingested once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
N_CORPUS = len(list(CORPUS.glob("*.pdf")))  # the sample papers; tests count with it, so a new sample breaks none
PACK = CORPUS / "haringey-cyp-scrutiny-2014-11-03-agenda-pack.pdf"
HARINGEY_REPORT = CORPUS / "haringey-cabinet-2013-11-12-haringey-54000.pdf"
FOSTERING = CORPUS / "haringey-cyps-scrutiny-2014-02-27-fostering-review.pdf"
NORTHANTS = CORPUS / "northamptonshire-cabinet-2017-02-14-commissioning-framework.pdf"
THURROCK = CORPUS / "thurrock-childrens-os-2017-07-11-placement-commissioning.pdf"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """A database with the whole shipped corpus ingested (read-only for tests)."""
    db = tmp_path_factory.mktemp("corpus") / "papers.db"
    summary = ingest([CORPUS], db, workers=1)
    assert not summary.failed, summary.failed
    return db


@pytest.fixture
def pdf_copy(tmp_path):
    """Copy shipped PDFs into a scratch folder so a test can rename, change or break them."""
    def copy(src: Path, name: str | None = None) -> Path:
        dst = tmp_path / "in" / (name or src.name)
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        return dst
    return copy


def query(db: Path, sql: str, args=()) -> list[dict]:
    import sqlite3
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()

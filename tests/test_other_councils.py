"""Papers of other (fictional) councils printed in other common templates: a header table whose
labels have no colons, a report with only a title block, minutes numbered "Minute 45"."""
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from tests.conftest import query

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("other") / "papers.db"
    ingest([DATA / "westmarsh-cabinet-2025-02-06-leisure-centre.pdf", DATA / "westmarsh-scrutiny-2025-03-11-treasury.pdf",
            DATA.parent.parent / "corpus" / "northfield-planning-2025-04-09-minutes.pdf"], path, workers=1)
    return path


def doc(db, name):
    return query(db, "select * from documents where filename like ?", (name + "%",))[0]


def test_a_header_table_with_labels_in_capitals_and_no_colons(db):
    d = doc(db, "westmarsh-cabinet")
    assert (d["doc_type"], d["council"], d["committee"], d["meeting_date"]) == ("report", "Westmarsh", "Cabinet", "2025-02-06")
    report = query(db, "select * from reports where document_id = ?", (d["id"],))[0]
    assert (report["title"], report["authorised_by"], report["lead_officer"], report["key_decision"], report["wards"]) == (
        "Leisure Centre Refurbishment", "Jo Marsh", "Sam Okafor", 1, "Marsh Central; Riverside")
    recs = query(db, "select number, text from recommendations where document_id = ? order by id", (d["id"],))
    assert [r["number"] for r in recs] == ["1.1", "1.2", "1.3"]
    assert recs[0]["text"].startswith("approve capital spending of £2.4m")


def test_a_report_with_only_a_title_block(db):
    d = doc(db, "westmarsh-scrutiny")
    assert (d["doc_type"], d["committee"], d["meeting_date"]) == ("report", "Overview and Scrutiny Committee", "2025-03-11")
    report = query(db, "select title, committee from reports where document_id = ?", (d["id"],))[0]
    assert report == {"title": "TREASURY MANAGEMENT MID-YEAR REVIEW 2024/25", "committee": "Overview and Scrutiny Committee"}
    recs = query(db, "select text from recommendations where document_id = ?", (d["id"],))
    # the lead-in "That the Committee" is not part of the recommendation's text
    assert recs == [{"text": "notes the treasury management activity for the first half of 2024/25."}]


def test_minutes_numbered_minute_45(db):
    d = doc(db, "northfield")
    assert (d["doc_type"], d["council"], d["committee"], d["meeting_date"]) == (
        "minutes", "Northfield", "Planning Committee", "2025-04-09")
    decisions = query(db, "select minute_ref, minute_heading, text from decisions where document_id = ? order by id",
                      (d["id"],))
    assert [(x["minute_ref"], x["text"]) for x in decisions] == [
        ("46", "that planning permission be granted subject to the conditions in the report."),
        ("47", "that the report be noted; and"),
        ("47", "that a further update be brought to the Committee in October 2025.")]
    assert decisions[0]["minute_heading"] == "Land at Mill Lane – application 24/0123/FUL"
    meeting = query(db, "select time, venue from meetings where id = ?", (d["meeting_id"],))[0]
    assert meeting == {"time": "18:30", "venue": "Civic Offices, Northfield"}

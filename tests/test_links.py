"""Links across documents on a pack and the minutes of the same meeting (tests/data: sample
papers of a fictional council, made by tests/data/make_samples.py)."""
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.store.links import _similarity, similarity
from tests.conftest import CORPUS, query

DATA = Path(__file__).resolve().parent / "data"
PACK = DATA / "exampleton-housing-2024-05-14-agenda-pack.pdf"
MINUTES = DATA / "exampleton-housing-2024-05-14-minutes.pdf"


@pytest.fixture(scope="module")
def linked_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("links") / "papers.db"
    # the minutes arrive in one run and the pack in a later one: ingest links across runs
    ingest([MINUTES], db, workers=1)
    ingest([PACK], db, workers=1)
    return db


def test_pack_and_minutes_are_papers_of_one_meeting(linked_db):
    rows = query(linked_db, """select d.doc_type, m.date, m.time, m.venue from documents d
                               join meetings m on m.id = d.meeting_id order by d.doc_type""")
    assert [(r["doc_type"], r["date"]) for r in rows] == [("agenda_pack", "2024-05-14"), ("minutes", "2024-05-14")]
    assert rows[0]["time"] == "19:00" and rows[0]["venue"].startswith("Council Chamber, Exampleton Town Hall")


def test_agenda_items_link_to_the_reports_in_the_pack(linked_db):
    rows = query(linked_db, """select a.number, r.title, a.link_method from agenda_items a
                               join reports r on r.id = a.report_id order by a.number""")
    assert [(r["number"], r["title"], r["link_method"]) for r in rows] == [
        ("4", "Empty Homes Strategy 2024-2029", "pack part"), ("5", "Temporary Accommodation Procurement", "pack part")]


def test_decisions_link_to_the_agenda_item_and_report_they_act_on(linked_db):
    rows = query(linked_db, """select x.minute_ref, x.text, a.number as item, r.title as report, x.link_confidence
                               from decisions x join documents d on d.id = x.document_id
                               left join agenda_items a on a.id = x.agenda_item_id
                               left join reports r on r.id = x.report_id
                               where d.doc_type = 'minutes' order by x.id""")
    assert [(r["minute_ref"], r["item"], r["report"]) for r in rows] == [
        ("HR31", "3", None),
        ("HR32", "4", "Empty Homes Strategy 2024-2029"), ("HR32", "4", "Empty Homes Strategy 2024-2029"),
        ("HR32", "4", "Empty Homes Strategy 2024-2029"),
        ("HR33", "5", "Temporary Accommodation Procurement")]
    assert all(r["link_confidence"] >= 0.9 for r in rows)


def test_each_recommendation_links_to_the_decision_that_disposed_of_it(linked_db):
    rows = query(linked_db, """select r.number, r.status, x.text as decided from recommendations r
                               left join decisions x on x.id = r.decision_id order by r.id""")
    assert [(r["number"], r["status"]) for r in rows] == [
        ("a", "agreed"), ("b", "agreed"), ("c", "agreed"), ("1.1", "deferred")]
    assert rows[0]["decided"] == "That the Empty Homes Strategy 2024-2029 be approved;"
    assert rows[1]["decided"].startswith("That a budget of £450,000 from the Housing Reserve be approved")
    assert rows[3]["decided"].startswith("That consideration of the report be deferred")


def test_links_survive_a_re_ingest_of_one_paper(linked_db, tmp_path):
    ingest([MINUTES], linked_db, workers=1, force=True)
    rows = query(linked_db, "select status from recommendations order by id")
    assert [r["status"] for r in rows] == ["agreed", "agreed", "agreed", "deferred"]


def test_title_similarity_for_short_minute_headings():
    assert similarity("Minutes", "Minutes of the meeting held on 12 March 2024") >= 0.8
    assert similarity("24/00108 - Revenue Budget Monitoring", "Revenue Budget Monitoring") == 1.0
    assert similarity("Apologies", "Pay Policy Statement") < 0.6


def test_money_is_followed_from_recommendation_to_decision_and_meeting(linked_db):
    rows = query(linked_db, """select a.text, m.date, r.status, x.text as decided
                               from amounts a join meetings m on m.id = a.meeting_id
                               left join recommendations r on r.id = a.recommendation_id
                               left join decisions x on x.id = coalesce(a.decision_id, r.decision_id)
                               where a.text = '£450,000' order by a.document_id""")
    assert len(rows) == 2 and {r["date"] for r in rows} == {"2024-05-14"}
    proposed = next(r for r in rows if r["status"])
    assert proposed["status"] == "agreed" and "£450,000" in proposed["decided"]


LINK_COLUMNS = {"agenda_items": "report_id, link_confidence, link_method",
                "decisions": "agenda_item_id, report_id, link_confidence, link_method",
                "recommendations": "decision_id, status, link_confidence, link_method",
                "targets": "earlier_target_id, link_confidence"}


def _links(db: Path) -> dict[str, list[dict]]:
    return {t: query(db, f"select id, {cols} from {t} order by id") for t, cols in LINK_COLUMNS.items()}


def test_relinking_only_what_a_run_touched_gives_the_links_of_a_full_relink(tmp_path):
    """Each run relinks the meetings and councils of the documents it wrote, replaced or retired;
    the links must be those a relink of the whole database makes."""
    from pipeline.store.links import link_all

    def relinked_in_full(db: Path) -> dict:
        copy = tmp_path / "copy.db"
        backup = sqlite3.connect(copy)
        sqlite3.connect(db).backup(backup)
        backup.close()
        link_all(copy)
        return _links(copy)

    db = tmp_path / "papers.db"
    shutil.copyfile(PACK, tmp_path / "pack.pdf")
    minutes = tmp_path / "minutes.pdf"
    shutil.copyfile(MINUTES, minutes)
    ingest([tmp_path / "pack.pdf"], db, workers=1)
    ingest([minutes], db, workers=1)
    assert any(r["report_id"] for r in _links(db)["decisions"])
    assert _links(db) == relinked_in_full(db)
    minutes.write_bytes(MINUTES.read_bytes() + b"\n% a corrected copy\n")  # replaced in place
    ingest([minutes], db, workers=1)
    assert any(r["decision_id"] for r in _links(db)["recommendations"])
    assert _links(db) == relinked_in_full(db)


def test_an_unchanged_file_is_known_by_size_and_mtime_and_verify_hashes_it(tmp_path):
    src = tmp_path / "minutes.pdf"
    shutil.copyfile(MINUTES, src)
    db = tmp_path / "papers.db"
    ingest([src], db, workers=1)
    assert ingest([src], db, workers=1).skipped == 1
    # the same size and mtime with other bytes: trusted, unless verify
    st = src.stat()
    data = bytearray(src.read_bytes())
    data[-2:] = b"%\n" if data[-2:] != b"%\n" else b"\n\n"
    src.write_bytes(bytes(data))
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert ingest([src], db, workers=1).skipped == 1
    summary = ingest([src], db, workers=1, verify=True)
    assert summary.ingested == 1 and summary.skipped == 0


def test_a_run_relinks_only_the_meetings_and_councils_it_touched(tmp_path):
    """Adding another council's minutes must leave the first council's links and people as they
    were: a mark put on them survives the run, while the new paper's records are linked."""
    db = tmp_path / "papers.db"
    ingest([MINUTES, PACK], db, workers=1)
    con = sqlite3.connect(db)
    with con:
        con.execute("update decisions set link_method = 'untouched'")
        con.execute("update recommendations set link_method = 'untouched'")
        con.execute("update people set name = 'untouched'")
    con.close()
    ingest([CORPUS / "northfield-planning-2025-04-09-minutes.pdf"], db, workers=1)
    decisions = query(db, "select d.filename, x.link_method from decisions x join documents d on d.id = x.document_id")
    assert decisions and all(r["link_method"] == "untouched" for r in decisions if r["filename"].startswith("exampleton"))
    assert any(r["filename"].startswith("northfield") for r in decisions)
    assert all(r["link_method"] == "untouched" for r in query(db, "select link_method from recommendations"))
    people = query(db, "select council, name from people")
    northfield = [p for p in people if p["name"] != "untouched"]
    assert northfield and all(p["council"] != "Exampleton" for p in northfield)
    assert any(p["name"] == "untouched" for p in people)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcde fgh", max_size=40), st.text(alphabet="abcde fgh", max_size=40),
       st.floats(min_value=0.05, max_value=1.0))
def test_a_pair_ruled_out_below_a_figure_could_not_have_reached_it(x, y, below):
    # linking compares most titles only against a bound (rapidfuzz's Indel similarity): a pair
    # given 0.0 for `below` must be one whose full comparison is below it, and a pair that
    # reaches it must get its full figure, or links would differ from comparing everything
    full = _similarity(x, y)
    bounded = _similarity(x, y, below=below)
    assert bounded == full if full >= below else bounded in (0.0, full)

"""The site's pages on a small database written here (no PDFs, no browser): the meeting, member,
decision and council pages with recorded votes and attendance, search snippets, and pages of a
database made before votes and attendance existed."""
from __future__ import annotations

import asyncio
import json

import sqlite_utils
from datasette.app import Datasette

import pipeline.publish.datasette_plugin  # noqa: F401  registers the site plugin
from pipeline.store import database as store
from pipeline.publish.site import STATIC, TEMPLATES, format_number, fts_query


def make_db(path, with_minutes: bool = True):
    store.connect(path).close()  # the pipeline's schema; tables of later kinds are added as needed
    db = sqlite_utils.Database(path)
    db["meetings"].insert({"id": 1, "council": "Exampleton", "committee": "Cabinet", "date": "2025-02-06",
                           "time": "19:00", "venue": "Town Hall"}, pk="id", replace=True, alter=True)
    db["documents"].insert({"id": 1, "title": "Minutes – Cabinet – 2025-02-06", "filename": "m.pdf",
                            "doc_type": "minutes", "council": "Exampleton", "committee": "Cabinet",
                            "meeting_date": "2025-02-06", "meeting_id": 1, "page_count": 2,
                            "ingested_at": "2025-02-07T10:00:00+00:00"}, pk="id", alter=True)
    db["document_meetings"].insert({"document_id": 1, "meeting_id": 1, "role": "records", "page": 1},
                                   pk=("document_id", "meeting_id", "role"), alter=True)
    decision = {"id": 1, "document_id": 1, "minute_ref": "12", "text": "That the leisure centre budget of "
                "£2.4m be approved.", "page": 2, "minute_heading": "Leisure Centre", "kind": "resolved",
                "bbox": json.dumps([72.0, 100.5, 500.25, 120.0]), "meeting_id": 1, "report_id": None}
    if with_minutes:
        decision.update(outcome="carried", votes_for=2, votes_against=1, votes_abstain=0, mover="Ahmed",
                        seconder="Baker")
    db["decisions"].insert(decision, pk="id", alter=True)
    db["decisions_fts"].insert({"rowid": 1, "text": decision["text"], "minute_heading": decision["minute_heading"]})
    db["amounts"].insert({"id": 1, "document_id": 1, "page": 2, "text": "£2.4m", "value": 2400000.0, "unit": "GBP",
                          "context": "budget of £2.4m", "decision_id": 1}, pk="id", alter=True)
    if with_minutes:
        db["people"].insert_all([{"id": 1, "council": "Exampleton", "name": "Asha Ahmed", "attendances": 1, "votes": 1},
                                 {"id": 2, "council": "Exampleton", "name": "Ben Baker", "attendances": 1, "votes": 1}],
                                pk="id", replace=True, alter=True)
        db["attendance"].insert_all([
            {"id": 1, "document_id": 1, "name": "Asha Ahmed", "status": "present", "role": "member", "page": 1,
             "meeting_id": 1, "person_id": 1},
            {"id": 2, "document_id": 1, "name": "Ben Baker", "status": "present", "role": "member", "page": 1,
             "meeting_id": 1, "person_id": 2}], pk="id")
        db["votes"].insert_all([
            {"id": 1, "document_id": 1, "person": "Asha Ahmed", "vote": "for", "page": 2, "decision_id": 1, "person_id": 1},
            {"id": 2, "document_id": 1, "person": "Ben Baker", "vote": "against", "page": 2, "decision_id": 1,
             "person_id": 2}], pk="id")
    return path


def fetch(db_path, *paths):
    async def run():
        ds = Datasette([str(db_path)], template_dir=str(TEMPLATES), static_mounts=[("assets", str(STATIC))],
                       settings={"suggest_facets": False})
        out = []
        for path in paths:
            response = await ds.client.get(path)
            out.append((response.status_code, response.text))
        return out
    return asyncio.run(run())


def test_meeting_member_decision_and_council_pages_tell_the_story(tmp_path):
    db = make_db(tmp_path / "papers.db")
    (meeting, member, decision, council, api), = [fetch(db, "/papers/meetings/1", "/papers/people/1",
                                                        "/papers/decisions/1", "/papers/-/council/Exampleton",
                                                        "/papers/decisions.json?_shape=array")]
    assert all(status == 200 for status, _ in (meeting, member, decision, council, api))
    meeting = meeting[1]
    assert "Exampleton Cabinet, 2025-02-06" in meeting and "19:00 · Town Hall" in meeting
    assert "carried" in meeting and "2 for, 1 against" in meeting and "Moved by Ahmed" in meeting
    assert 'href="/papers/people/1">Asha Ahmed</a>' in meeting and "Minutes – Cabinet – 2025-02-06" in meeting
    member = member[1]
    assert "Meetings attended" in member and "Votes cast" in member
    assert "12: That the leisure centre budget" in member and "<strong>for</strong>" in member
    decision = decision[1]
    assert "<strong>against:</strong>" in decision and "Ben Baker" in decision
    assert "£2,400,000" in decision  # money formatted, not 2400000.0
    assert 'href="/papers/meetings/1"' in decision and "Exampleton Cabinet, 2025-02-06</a>" in decision
    assert "Cabinet" in council[1] and "new_decisions.atom?committee=Cabinet" in council[1]
    assert json.loads(api[1])[0]["bbox"] == [72.0, 100.5, 500.25, 120.0]


def test_pages_work_on_a_database_without_votes_or_attendance(tmp_path):
    db = make_db(tmp_path / "papers.db", with_minutes=False)
    for status, text in fetch(db, "/", "/papers/meetings/1", "/papers/decisions/1", "/-/search?q=leisure"):
        assert status == 200, text[:500]
        assert "story_error" not in text


def test_search_marks_the_matching_words_and_survives_any_input(tmp_path):
    db = make_db(tmp_path / "papers.db")
    (hit, odd), = [fetch(db, "/-/search?q=leisure+centres", '/-/search?q=%22NEAR(%20-*')]
    assert hit[0] == 200 and "<mark>leisure</mark> <mark>centre</mark>" in hit[1]
    assert 'href="/-/pdf/papers/1?page=2#page=2"' in hit[1] and 'href="/papers/decisions/1"' in hit[1]
    assert odd[0] == 200 and "Nothing matches" in odd[1]


def test_numbers_and_queries():
    assert format_number(70000000000.0, "GBP") == "£70,000,000,000"
    assert format_number(-1.5, "GBP") == "-£1.5"
    assert format_number(12.5, "percent") == "12.5%"
    assert format_number(3) == "3"
    assert fts_query('budget "AND -* (') == '"budget" "AND"'


def test_a_decision_printed_in_two_papers_is_one_search_hit(tmp_path):
    db = make_db(tmp_path / "papers.db")
    rows = sqlite_utils.Database(db)
    # the same minutes printed again in a later pack: a second document with the same decision
    rows["documents"].insert({"id": 2, "title": "Agenda pack – Cabinet – 2025-03-06", "filename": "pack.pdf",
                              "doc_type": "agenda_pack", "council": "Exampleton"}, pk="id", alter=True)
    copy = dict(rows["decisions"].get(1), id=2, document_id=2, page=7)
    rows["decisions"].insert(copy, pk="id", alter=True)
    rows["decisions_fts"].insert({"rowid": 2, "text": copy["text"], "minute_heading": copy["minute_heading"]})
    [(status, page)] = fetch(db, "/-/search?q=leisure")
    assert status == 200
    assert page.count('href="/papers/decisions/') == 1 and "and 1 more copy in other papers" in page

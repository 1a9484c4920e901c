"""Meetings and provenance: a meeting only for a body and a date a paper states, every paper of a
meeting's folder tied to it, proposed decisions kept apart, and where each paper came from."""
from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.sources import read_sources
from pipeline.store.meetings import body_key, folders_of, meeting_label
from tests.conftest import query
from tests.pdfs import text_pdf

AGENDA = """
##Westmarsh Borough Council
**Cabinet
Thursday, 6 February 2025 at 7.00 pm
Council Chamber, Civic Offices, Westmarsh

**AGENDA
1. Apologies for absence
2. Minutes of the previous meeting (Pages 1 - 4)
3. Leisure Centre Refurbishment (Pages 5 - 12)
"""

REPORT = """
##Westmarsh Borough Council
To: Cabinet – 6 February 2025
Subject: Leisure Centre Refurbishment
Report of: Sam Okafor, Head of Leisure

**1. Recommendations
1.1 That Cabinet approve capital spending of £2.4m on the Leisure Centre refurbishment.
"""

MINUTES = """
##Westmarsh Borough Council
**MINUTES of a meeting of the Cabinet held at the Civic Offices on Thursday, 6 February 2025

**3. LEISURE CENTRE REFURBISHMENT
RESOLVED that capital spending of £2.4m on the Leisure Centre refurbishment be approved.
"""

# appendices say nothing of their meeting; their text names other places and incidental dates
APPENDIX_A = """
##Appendix A – Treasury Management
The Council manages debt of £27.0m on behalf of Medway Council, transferred from April 2025.
"""
APPENDIX_B = """
##Appendix B – Costs
Costs to 31 March 2025 were £1.1m.
"""

PROPOSED = """
**WESTMARSH BOROUGH COUNCIL – PROPOSED RECORD OF DECISION
DECISION TO BE TAKEN BY: Cabinet
Title of Decision: Leisure Centre Refurbishment
Decision: Cabinet propose to:
a) approve capital spending of £2.4m on the Leisure Centre refurbishment.
"""


@pytest.fixture(scope="module")
def meeting_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("meetings")
    folder = root / "corpus" / "westmarsh" / "cabinet-2025-02-06"
    folder.mkdir(parents=True)
    for name, text in [("agenda", AGENDA), ("report", REPORT), ("minutes", MINUTES), ("appendix-a", APPENDIX_A),
                       ("appendix-b", APPENDIX_B), ("proposed-record-of-decision", PROPOSED)]:
        text_pdf(folder / f"{name}.pdf", text)
    db = root / "db" / "papers.db"
    summary = ingest([root / "corpus"], db, workers=1)
    assert not summary.failed
    return db


def test_one_meeting_for_a_folder_of_its_papers(meeting_db):
    meetings = query(meeting_db, "select * from meetings")
    assert len(meetings) == 1
    m = meetings[0]
    assert (m["committee"], m["date"]) == ("Cabinet", "2025-02-06")
    assert m["label"].endswith("– Cabinet – 6 February 2025") and m["label"].startswith("Westmarsh")
    docs = query(meeting_db, "select filename, council, committee, meeting_date, meeting_id from documents")
    assert len(docs) == 6
    # the appendices are papers of the meeting, of its council, whatever places their text names
    assert {(d["council"], d["committee"], d["meeting_date"], d["meeting_id"]) for d in docs} == {
        (m["council"], "Cabinet", "2025-02-06", m["id"])}


def test_every_record_carries_its_meeting(meeting_db):
    for table in ("amounts", "recommendations", "decisions", "agenda_items"):
        rows = query(meeting_db, f"select council, committee, meeting_date from [{table}]")
        assert rows and {(r["committee"], r["meeting_date"]) for r in rows} == {("Cabinet", "2025-02-06")}, table


def test_a_proposed_record_of_decision_is_not_a_decision(meeting_db):
    rows = query(meeting_db, """select x.id, x.kind, x.adopted_by_id, d.filename from decisions x
                                join documents d on d.id = x.document_id order by x.id""")
    proposed = [r for r in rows if r["filename"].startswith("proposed")]
    adopted = [r for r in rows if r["filename"] == "minutes.pdf"]
    assert proposed and all(r["kind"] == "proposed" for r in proposed)
    assert adopted and all(r["kind"] != "proposed" for r in adopted)
    assert proposed[0]["adopted_by_id"] == adopted[0]["id"]
    # the queries about decisions leave proposals out
    import yaml
    from tests.conftest import ROOT
    queries = yaml.safe_load((ROOT / "metadata.yml").read_text())["databases"]["papers"]["queries"]
    counted = query(meeting_db, queries["decisions_by_committee_and_month"]["sql"])
    assert sum(r["decisions"] for r in counted) == len(adopted)
    feed = query(meeting_db, queries["new_decisions"]["sql"], {"committee": ""})
    assert len(feed) == len(adopted)


def test_a_sources_file_gives_each_paper_its_address_and_a_link_that_outlives_the_local_file(tmp_path):
    from datasette.app import Datasette

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text_pdf(corpus / "report.pdf", REPORT + "\n---\nSecond page of the report, costing £3m.")
    text_pdf(corpus / "unlisted.pdf", APPENDIX_B)
    (corpus / "sources.csv").write_text(
        "filename,url,council,committee,meeting_date,licence\n"
        "report.pdf,https://democracy.example.gov.uk/documents/report.pdf,Westmarsh,Cabinet,2025-02-06,OGL-UK-3.0\n")
    db = tmp_path / "out" / "papers.db"
    ingest([corpus], db, workers=1)
    docs = {d["filename"]: d for d in query(db, "select * from documents")}
    report = docs["report.pdf"]
    assert report["source_url"] == "https://democracy.example.gov.uk/documents/report.pdf"
    assert (report["council"], report["committee"], report["meeting_date"], report["licence"]) == (
        "Westmarsh", "Cabinet", "2025-02-06", "OGL-UK-3.0")
    assert docs["unlisted.pdf"]["source_url"] is None
    # paths are relative to the corpus folder, never absolute
    assert {d["path"] for d in docs.values()} == {"report.pdf", "unlisted.pdf"}
    assert {r["path"] for r in query(db, "select path from document_files")} == {"report.pdf", "unlisted.pdf"}

    def get(path):
        async def run():
            ds = Datasette([str(db)])
            return await ds.client.get(path)
        return asyncio.run(run())

    assert str(tmp_path) not in get("/-/databases.json").text
    assert get(f"/-/pdf/papers/{report['id']}?page=2").status_code == 200  # the local file, while it is there
    (corpus / "report.pdf").unlink()
    moved = get(f"/-/pdf/papers/{report['id']}?page=2")
    assert moved.status_code == 302
    assert moved.headers["location"] == "https://democracy.example.gov.uk/documents/report.pdf#page=2"
    assert get(f"/-/pdf/papers/{docs['unlisted.pdf']['id']}").status_code == 200


def test_a_sources_file_without_a_filename_column_is_one_clear_error(tmp_path):
    from pipeline.sources import BadSources

    bad = tmp_path / "sources.csv"
    bad.write_text("address,committee\nhttps://x.example/a.pdf,Cabinet\n")
    with pytest.raises(BadSources, match="no filename column"):
        read_sources(bad)


def test_folders_flattened_into_file_names_and_whole_council_names():
    assert folders_of("kent__cabinet__2025-01-30__Appendix_A.pdf")[:2] == ["kent/cabinet/2025-01-30", "kent/cabinet"]
    assert folders_of("a/b/x.pdf") == ["a/b", "a", ""]
    assert body_key("Full Council") == body_key("County Council") == body_key("All Members of the County Council")
    assert body_key("Cabinet") != body_key("Council")
    assert meeting_label("Kent", "Cabinet", "2025-01-30") == "Kent County Council – Cabinet – 30 January 2025"


def test_ingest_with_a_bad_sources_file_says_so_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    text_pdf(tmp_path / "report.pdf", REPORT)
    bad = tmp_path / "list.csv"
    bad.write_text("address,committee\n")
    result = CliRunner().invoke(app, ["ingest", "--db", str(tmp_path / "p.db"), "-q", "-w", "1", "--sources", str(bad),
                                      str(tmp_path / "report.pdf")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: sources file {bad} has no filename column (its header is: "
                                                  "address, committee)"]


def test_a_paper_listed_by_a_meetings_agenda_is_tied_to_it(tmp_path):
    (tmp_path / "agendas").mkdir()
    (tmp_path / "elsewhere").mkdir()
    text_pdf(tmp_path / "agendas" / "agenda.pdf", AGENDA)
    text_pdf(tmp_path / "elsewhere" / "paper.pdf", "Subject: Leisure Centre Refurbishment\n\nThe works will cost £2.4m.")
    text_pdf(tmp_path / "elsewhere" / "other.pdf", "Subject: Allotment Rents\n\nRents rise by 3% from April 2025.")
    db = tmp_path / "p.db"
    ingest([tmp_path / "agendas", tmp_path / "elsewhere"], db, workers=1)
    docs = {d["filename"]: d for d in query(db, "select * from documents")}
    assert docs["paper.pdf"]["meeting_id"] == docs["agenda.pdf"]["meeting_id"] is not None
    assert (docs["paper.pdf"]["committee"], docs["paper.pdf"]["meeting_date"]) == ("Cabinet", "2025-02-06")
    # a paper no agenda lists has no meeting, and its incidental date makes none
    assert docs["other.pdf"]["meeting_id"] is None
    assert query(db, "select count(*) n from meetings")[0]["n"] == 1


def test_a_database_with_absolute_paths_gets_relative_ones(tmp_path):
    import sqlite3

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paper = text_pdf(corpus / "report.pdf", REPORT)
    db = tmp_path / "p.db"
    ingest([corpus], db, workers=1)
    con = sqlite3.connect(db)  # as an older version wrote it
    con.execute("update document_files set path = ?", [str(paper)])
    con.execute("update documents set path = ?", [str(paper)])
    con.execute("delete from meta where key = 'corpus_root'")
    con.commit()
    con.close()
    summary = ingest([corpus], db, workers=1)
    assert (summary.ingested, summary.skipped) == (0, 1)
    assert [r["path"] for r in query(db, "select path from document_files")] == ["report.pdf"]
    assert [r["path"] for r in query(db, "select path from documents")] == ["report.pdf"]


def test_papers_arriving_over_several_runs_and_a_run_settles_only_its_own_folders(tmp_path):
    """An appendix that arrives before its meeting's papers is tied once they come, and so is a
    paper elsewhere that the agenda lists; a run settles the ties of its own top folders (and its
    councils' papers without a meeting), so another council's meetings are left as they were."""
    west = tmp_path / "corpus" / "westmarsh" / "cabinet-2025-02-06"
    east = tmp_path / "corpus" / "eastmarsh" / "cabinet-2025-03-06"
    other = tmp_path / "corpus" / "loose"
    for folder in (west, east, other):
        folder.mkdir(parents=True)
    papers = [("agenda", AGENDA), ("report", REPORT), ("minutes", MINUTES), ("appendix-a", APPENDIX_A)]
    for name, text in papers:
        text_pdf(east / f"{name}.pdf", text.replace("Westmarsh", "Eastmarsh").replace("6 February", "6 March")
                 .replace("Leisure Centre", "Library").replace("LEISURE CENTRE", "LIBRARY"))
    db = tmp_path / "p.db"
    ingest([tmp_path / "corpus"], db, workers=1)
    with sqlite3.connect(db) as con:
        con.execute("update meetings set label = 'untouched'")
    for name, text in papers:
        text_pdf(west / f"{name}.pdf", text)
    text_pdf(other / "paper.pdf", "Subject: Leisure Centre Refurbishment\n\nThe works will cost £2.4m.")
    # nothing states their meeting yet (the corpus's folder holds Eastmarsh's meeting, but theirs are their own)
    ingest([west / "appendix-a.pdf", other / "paper.pdf"], db, workers=1)
    assert {d["filename"]: d["meeting_id"] for d in query(db, "select filename, meeting_id from documents where path like 'westmarsh/%' or path like 'loose/%'")} == \
        {"appendix-a.pdf": None, "paper.pdf": None}
    ingest([west], db, workers=1)
    docs = {(d["path"].split("/")[0], d["filename"]): d for d in query(db, "select * from documents")}
    west_meeting = docs[("westmarsh", "agenda.pdf")]["meeting_id"]
    assert west_meeting is not None and docs[("westmarsh", "appendix-a.pdf")]["meeting_id"] == west_meeting
    assert docs[("loose", "paper.pdf")]["meeting_id"] == west_meeting
    assert docs[("westmarsh", "appendix-a.pdf")]["council"] == "Westmarsh"
    labels = {m["council"]: m["label"] for m in query(db, "select council, label from meetings")}
    assert labels == {"Eastmarsh": "untouched", "Westmarsh": "Westmarsh – Cabinet – 6 February 2025"}


def test_minutes_of_earlier_meetings_in_a_meetings_folder_do_not_outvote_it(tmp_path):
    """The minutes of earlier meetings, printed in a meeting's folder for their approval, say which
    meeting they record, not which meeting the folder is for: the folder's appendix is still its."""
    folder = tmp_path / "corpus" / "westmarsh" / "cabinet-2025-02-06"
    folder.mkdir(parents=True)
    earlier = [MINUTES.replace("6 February 2025", day).replace("3. LEISURE CENTRE REFURBISHMENT", "3. BUDGET")
               for day in ("9 January 2025", "12 December 2024")]
    for name, text in [("agenda", AGENDA), ("report", REPORT), ("minutes", MINUTES), ("minutes-2025-01-09", earlier[0]),
                       ("minutes-2024-12-12", earlier[1]), ("appendix-a", APPENDIX_A)]:
        text_pdf(folder / f"{name}.pdf", text)
    db = tmp_path / "p.db"
    ingest([tmp_path / "corpus"], db, workers=1)
    docs = {d["filename"]: d for d in query(db, "select * from documents")}
    assert docs["appendix-a.pdf"]["meeting_id"] == docs["agenda.pdf"]["meeting_id"] is not None
    assert (docs["appendix-a.pdf"]["committee"], docs["appendix-a.pdf"]["meeting_date"]) == ("Cabinet", "2025-02-06")
    assert docs["minutes-2025-01-09.pdf"]["meeting_date"] == "2025-01-09"

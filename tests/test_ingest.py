"""Ingest on the shipped corpus: document facts, skipping, replacing, bad files."""

from pipeline.ingest import ingest
from tests.conftest import FOSTERING, HARINGEY_REPORT, N_CORPUS, NORTHANTS, PACK, THURROCK, query


def test_document_facts_come_from_the_papers(corpus_db):
    docs = {d["filename"]: d for d in query(corpus_db, "select * from documents")}
    assert len(docs) == N_CORPUS
    pack = docs[PACK.name]
    assert (pack["doc_type"], pack["council"], pack["committee"], pack["meeting_date"]) == (
        "agenda_pack", "Haringey", "Children and Young People's Scrutiny Panel", "2014-11-03")
    assert pack["page_count"] == 24
    report = docs[HARINGEY_REPORT.name]
    assert (report["doc_type"], report["council"], report["committee"], report["meeting_date"]) == (
        "report", "Haringey", "Cabinet", "2013-11-12")
    assert report["title"] == "Haringey 54,000 Transformation Programme"
    northants = docs[NORTHANTS.name]
    assert (northants["council"], northants["committee"], northants["meeting_date"]) == (
        "Northamptonshire", "Cabinet", "2017-02-14")
    thurrock = docs[THURROCK.name]
    assert (thurrock["council"], thurrock["committee"], thurrock["meeting_date"]) == (
        "Thurrock", "Children's Services Overview and Scrutiny Committee", "2017-07-11")
    assert docs[FOSTERING.name]["meeting_date"] == "2014-02-27"


def test_the_meeting_of_a_pack_has_time_and_venue(corpus_db):
    rows = query(corpus_db, """select m.* from meetings m join document_meetings dm on dm.meeting_id = m.id
                               join documents d on d.id = dm.document_id where d.filename = ?""", (PACK.name,))
    meeting = next(r for r in rows if r["date"] == "2014-11-03")
    assert meeting["time"] == "18:30"
    assert meeting["venue"].startswith("Civic Centre, High Road, Wood Green")


def test_pages_are_searchable(corpus_db):
    hits = query(corpus_db, """select d.filename, p.page from pages_fts f join pages p on p.id = f.rowid
                               join documents d on d.id = p.document_id where pages_fts match 'NRS'""")
    assert (PACK.name, 11) in {(h["filename"], h["page"]) for h in hits}


def test_every_record_table_has_document_and_page(corpus_db):
    from pipeline.models import Extraction
    for table in Extraction.RECORD_LISTS:
        cols = {r["name"] for r in query(corpus_db, f"pragma table_info([{table}])")}
        if table != "meetings":
            assert {"document_id", "id"} <= cols, table
            assert "page" in cols or "page_start" in cols, table


def test_unchanged_files_are_skipped(tmp_path):
    db = tmp_path / "p.db"
    first = ingest([THURROCK, NORTHANTS], db, workers=1)
    assert (first.ingested, first.skipped) == (2, 0)
    again = ingest([THURROCK, NORTHANTS], db, workers=1)
    assert (again.ingested, again.skipped, again.pages) == (0, 2, 0)
    forced = ingest([THURROCK], db, workers=1, force=True)
    assert forced.ingested == 1
    assert query(db, "select count(*) n from documents")[0]["n"] == 2


def test_a_no_op_re_ingest_answers_without_importing_the_cli_framework(tmp_path, pdf_copy):
    # the console entry point reads the plain ingest command itself and, with every file unchanged,
    # prints the summary before Typer, Rich and pydantic are imported; a changed file, or an option
    # it does not read, goes to the full command
    import subprocess
    import sys
    paper = pdf_copy(THURROCK, "paper.pdf")
    db = tmp_path / "p.db"
    ingest([paper], db, workers=1)
    probe = ("import sys; sys.argv = ['papers'] + sys.argv[1:]; from pipeline.noop import main\n"
             "try:\n    main()\nfinally:\n    print('typer loaded' if 'typer' in sys.modules else 'typer not loaded')")

    def run(*args):
        done = subprocess.run([sys.executable, "-c", probe, "ingest", "-q", "--db", str(db), *map(str, args)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    quick = run(paper)
    assert quick[0].startswith("0 ingested, 1 skipped, 0 failed; 0 pages; no new records;")
    assert quick[-1] == "typer not loaded"
    assert run("--force", paper)[0].startswith("1 ingested, 0 skipped")  # an option it leaves to the full command
    assert run(paper)[-1] == "typer not loaded"
    paper.write_bytes(NORTHANTS.read_bytes())
    changed = run(paper)
    assert changed[0].startswith("1 ingested, 0 skipped") and changed[-1] == "typer loaded"


def test_a_changed_file_replaces_its_records_and_keeps_history(tmp_path, pdf_copy):
    db = tmp_path / "p.db"
    paper = pdf_copy(THURROCK, "paper.pdf")
    ingest([paper], db, workers=1)
    before = query(db, "select id, sha256, committee from documents")[0]
    paper.write_bytes(NORTHANTS.read_bytes())  # the council re-published different bytes under this name
    summary = ingest([paper], db, workers=1)
    assert summary.ingested == 1
    docs = query(db, "select id, sha256, committee, meeting_date from documents")
    assert len(docs) == 1 and docs[0]["id"] == before["id"]
    assert (docs[0]["committee"], docs[0]["meeting_date"]) == ("Cabinet", "2017-02-14")
    assert query(db, "select count(*) n from pages where document_id = ?", (before["id"],))[0]["n"] == 8
    history = query(db, "select sha256 from document_versions where document_id = ?", (before["id"],))
    assert [h["sha256"] for h in history] == [before["sha256"]]


def test_the_same_pdf_under_two_names_is_one_document(tmp_path, pdf_copy):
    db = tmp_path / "p.db"
    a = pdf_copy(THURROCK, "a.pdf")
    b = pdf_copy(THURROCK, "b.pdf")
    summary = ingest([a, b], db, workers=1)
    assert summary.ingested == 1
    assert query(db, "select count(*) n from documents")[0]["n"] == 1
    assert {r["path"] for r in query(db, "select path from document_files")} == {"a.pdf", "b.pdf"}  # relative to the corpus folder


def test_a_bad_file_among_good_ones(tmp_path, pdf_copy):
    db = tmp_path / "p.db"
    good = pdf_copy(THURROCK)
    folder = good.parent
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "truncated.pdf").write_bytes(PACK.read_bytes()[:5000])
    (folder / "random.pdf").write_bytes(bytes(range(256)) * 40)
    summary = ingest([folder], db, workers=2)
    assert summary.ingested == 1
    reasons = {f.path.name: f.reason for f in summary.failed}
    assert set(reasons) == {"empty.pdf", "truncated.pdf", "random.pdf"}
    assert "empty" in reasons["empty.pdf"] and "not a PDF" in reasons["random.pdf"]
    assert query(db, "select count(*) n from failures")[0]["n"] == 3
    assert query(db, "select filename from documents") == [{"filename": good.name}]

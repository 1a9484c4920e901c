"""Issue 7: bad files, interrupted runs, concurrent use: nothing lost, nothing half-written.

Every bad input is built on the fly from the shipped corpus (tests/make_pdfs.py). The tests that
kill, serve and race run the real `papers` command in subprocesses.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import ingest as ingest_module
from pipeline.read import pages, textlayer
from pipeline.cli import app
from pipeline.ingest import WORKER_DIED, ingest
from pipeline.models import Extraction
from pipeline.publish.serve import datasette_command
from pipeline.store.runlock import IngestRunning, exclusive_ingest
from tests import make_pdfs
from tests.conftest import HARINGEY_REPORT, N_CORPUS, NORTHANTS, PACK, ROOT, THURROCK, query

runner = CliRunner()
TRUNCATED = "truncated PDF: the file stops before the PDF's end marker (%%EOF); download or copy it again"
SCANNED = ("no text layer: every page is an image (scanned?); ingested without text, "
           "run `papers ingest --ocr` to read it")
GARBLED = ("unreadable text: the fonts give garbage instead of letters on every page; "
           "ingested without text, run `papers ingest --ocr` to read it")


def papers(*args: str) -> list[str]:
    """The `papers` command line, as an officer would run it (in a subprocess)."""
    return [sys.executable, "-m", "pipeline", *args]


def assert_consistent(db: Path) -> None:
    """SQLite's own check passes, and every document is whole: all its pages and a file name."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        if not conn.execute("select 1 from sqlite_master where name = 'documents'").fetchone():
            return  # killed before the schema's transaction committed: nothing half-written
        partial = conn.execute("""select d.filename, d.page_count, count(p.id) from documents d
                                  left join pages p on p.document_id = d.id
                                  group by d.id having count(p.id) != d.page_count""").fetchall()
        assert partial == []
        nameless = conn.execute("""select filename from documents
                                   where id not in (select document_id from document_files)""").fetchall()
        assert nameless == []
    finally:
        conn.close()


def record_counts(db: Path) -> dict[str, dict[str, int]]:
    """sha256 -> record table -> rows of that document."""
    counts: dict[str, dict[str, int]] = {}
    if not query(db, "select 1 from sqlite_master where name = 'documents'"):
        return counts
    for doc in query(db, "select id, sha256 from documents"):
        counts[doc["sha256"]] = {
            table: query(db, f"select count(*) n from [{table}] where document_id = ?", (doc["id"],))[0]["n"]
            for table in Extraction.RECORD_LISTS if table != "meetings"}
    return counts


def document_count(db: Path) -> int:
    """Documents committed so far, read as Datasette would (read-only, during the writes)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("select count(*) from documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # no schema yet
        return 0


def wait_for(condition, timeout: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def kill_run(proc: subprocess.Popen) -> int:
    """kill -9 the ingest and its worker processes (its own process group)."""
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    return proc.wait()


# ------------------------------------------------------------------ bad inputs

@pytest.fixture
def bad_folder(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "papers"
    folder.mkdir()
    files = {
        "good": folder / "good.pdf",
        "empty": folder / "empty.pdf",
        "truncated": folder / "truncated.pdf",
        "damaged": folder / "damaged.pdf",
        "random": folder / "random.pdf",
        "html": folder / "saved-page.pdf",
        "encrypted": folder / "encrypted.pdf",
        "scanned": folder / "scanned.pdf",
        "garbled": folder / "garbled.pdf",
    }
    files["good"].write_bytes(THURROCK.read_bytes())
    files["empty"].write_bytes(b"")
    files["truncated"].write_bytes(PACK.read_bytes()[:200_000])
    files["damaged"].write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 80 + b"\n%%EOF\n")
    files["random"].write_bytes(os.urandom(50_000))
    files["html"].write_text("<!DOCTYPE html>\n<html><head><title>Agenda</title></head><body>Moved</body></html>")
    make_pdfs.encrypted(NORTHANTS, files["encrypted"])
    make_pdfs.scanned(THURROCK, files["scanned"], [0, 1], dpi=60)
    make_pdfs.garbled(HARINGEY_REPORT, files["garbled"])
    return files


def test_each_bad_input_gets_one_line_naming_it_and_the_reason(tmp_path, bad_folder):
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", "-w", "1", str(bad_folder["good"].parent)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    expected = {
        "empty": "failed {}: empty file (0 bytes)",
        "truncated": "failed {}: " + TRUNCATED,
        "damaged": "failed {}: damaged PDF: PDFium cannot parse its structure",
        "random": "failed {}: not a PDF (no %PDF header)",
        "html": "failed {}: an HTML page (no %PDF header)",
        "encrypted": "failed {}: encrypted: the PDF needs a password",
        "scanned": "warning {}: " + SCANNED,
        "garbled": "warning {}: " + GARBLED,
    }
    for kind, line in expected.items():
        assert line.format(bad_folder[kind]) in lines, kind
    for path in bad_folder.values():  # one line per bad file, none for the good one
        assert sum(str(path) in line for line in lines) == (0 if path == bad_folder["good"] else 1), path.name
    assert lines[-1].startswith("3 ingested, 0 skipped, 6 failed, 2 without text; 20 pages;")
    assert {r["path"] for r in query(db, "select path from failures")} == {
        bad_folder[k].name for k in ("empty", "truncated", "damaged", "random", "html", "encrypted")}  # relative paths


def test_image_only_and_garbled_pages_are_recorded_without_text(tmp_path, bad_folder):
    db = tmp_path / "p.db"
    summary = ingest([bad_folder["scanned"], bad_folder["garbled"], bad_folder["good"]], db, workers=1)
    assert summary.without_text == [bad_folder["scanned"], bad_folder["garbled"]]
    docs = {d["filename"]: d for d in query(db, "select * from documents")}
    assert (docs["scanned.pdf"]["page_count"], docs["scanned.pdf"]["pages_without_text"]) == (2, 2)
    assert (docs["garbled.pdf"]["page_count"], docs["garbled.pdf"]["pages_without_text"]) == (13, 13)
    assert docs["good.pdf"]["pages_without_text"] == 0
    assert json.loads(docs["scanned.pdf"]["warnings"]) == [SCANNED]
    by_doc = {r["filename"]: (r["has_text"], r["ocr"], r["chars"]) for r in query(db, """
        select d.filename, max(p.has_text) has_text, max(p.ocr) ocr, sum(length(p.text)) chars
        from pages p join documents d on d.id = p.document_id group by d.id""")}
    assert by_doc["scanned.pdf"] == (0, 0, 0) and by_doc["garbled.pdf"] == (0, 0, 0)
    assert by_doc["good.pdf"][0] == 1 and by_doc["good.pdf"][2] > 1000


def test_a_paper_with_one_scanned_page_is_ingested_with_a_warning_and_exit_0(tmp_path):
    mixed = make_pdfs.with_scanned_page(THURROCK, tmp_path / "mixed.pdf", 2)
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(mixed)])
    assert result.exit_code == 0, result.output
    assert (f"warning {mixed}: page(s) 3 have no text layer (images only); "
            "run `papers ingest --ocr` to read them") in result.output
    pages_rows = query(db, "select page, has_text from pages order by page")
    assert [(r["page"], r["has_text"]) for r in pages_rows] == [(1, 1), (2, 1), (3, 0), (4, 1), (5, 1)]


def test_a_scanned_paper_alone_makes_the_run_fail_so_it_is_noticed(tmp_path):
    scan = make_pdfs.scanned(THURROCK, tmp_path / "scan.pdf", [0], dpi=60)
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "p.db"), "-q", str(scan)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("1 ingested, 0 skipped, 0 failed, 1 without text;")


@pytest.mark.parametrize("keep", [0.02, 0.5, 0.95, 0.999])
def test_a_pdf_cut_short_anywhere_is_reported_as_truncated(tmp_path, keep):
    data = HARINGEY_REPORT.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:int(len(data) * keep)])
    with pytest.raises(pages.UnreadablePDF, match="^truncated PDF"):
        pages.page_count(cut)


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path):
    """Restrictions on printing or copying need no password to read: such papers are common."""
    locked = make_pdfs.encrypted(THURROCK, tmp_path / "no-copy.pdf", user_password="")
    summary = ingest([locked], tmp_path / "p.db", workers=1)
    assert (summary.ingested, summary.failed, summary.without_text) == (1, [], [])


def test_garbled_text_is_told_apart_from_real_text():
    words = next(pages.read_pages(THURROCK)).words
    assert not textlayer.is_garbled(words)

    def shifted(text: str) -> str:  # a font with a shuffled encoding: letter soup
        return "".join(chr((ord(c) - 97 + 3) % 26 + 97) if "a" <= c <= "z" else c for c in text)

    soup = [pages.Word(shifted(w.text), w.x0, w.top, w.x1, w.bottom, w.size, w.bold) for w in words]
    assert textlayer.is_garbled(soup)
    glyph_numbers = [pages.Word("".join(chr(1 + ord(c) % 30) for c in w.text), w.x0, w.top, w.x1, w.bottom,
                                w.size, w.bold) for w in words]
    assert textlayer.is_garbled(glyph_numbers)
    assert not textlayer.is_garbled(words[:3])  # too little to judge
    # words run together: each line's words as one token ("Thecommitteeagreed...")
    lines: dict[float, list] = {}
    for w in words:
        lines.setdefault(round(w.top), []).append(w)
    run_together = [pages.Word("".join(x.text for x in line), line[0].x0, line[0].top, line[-1].x1, line[0].bottom,
                               line[0].size, line[0].bold) for line in lines.values()]
    assert textlayer.is_garbled(run_together)


def test_a_1000_page_paper_is_ingested_with_bounded_memory(tmp_path):
    long_pdf = make_pdfs.very_long(THURROCK, tmp_path / "long.pdf", 1000)
    db = tmp_path / "p.db"
    proc = subprocess.Popen(papers("ingest", "--db", str(db), "-q", "-w", "1", str(long_pdf)), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = proc.stdout.read().decode()
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert out.startswith("1 ingested, 0 skipped, 0 failed; 1005 pages;")
    doc = query(db, "select page_count, council from documents")[0]
    assert (doc["page_count"], doc["council"]) == (1005, "Thurrock")
    assert query(db, "select count(*) n, max(page) last from pages")[0] == {"n": 1005, "last": 1005}
    peak_mib = usage.ru_maxrss / 1024  # Linux reports kilobytes
    assert peak_mib < 1024, f"peak RSS {peak_mib:.0f} MiB"


def test_a_file_that_is_fixed_loses_its_failure(tmp_path, pdf_copy):
    db = tmp_path / "p.db"
    paper = pdf_copy(THURROCK, "paper.pdf")
    paper.write_bytes(THURROCK.read_bytes()[:20_000])
    assert len(ingest([paper], db, workers=1).failed) == 1
    paper.write_bytes(THURROCK.read_bytes())
    assert ingest([paper], db, workers=1).ingested == 1
    assert query(db, "select * from failures") == []


def test_the_same_bad_bytes_under_two_names_fail_under_both(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (a, b):
        path.write_bytes(THURROCK.read_bytes()[:20_000])
    summary = ingest([a, b], tmp_path / "p.db", workers=1)
    assert [(f.path, f.reason) for f in summary.failed] == [(a, TRUNCATED), (b, TRUNCATED)]


def test_ocr_without_tesseract_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", "--ocr", str(THURROCK)])
    assert result.exit_code == 1
    assert ("error: --ocr needs Tesseract, which is not installed: install it with scripts/install-system-packages "
            "(Debian: apt-get install tesseract-ocr)") in result.output
    assert not db.exists()


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the stand-in for a crashing PDF reader reaches the workers only when they are forked")
def test_a_worker_that_dies_fails_only_its_own_file(tmp_path, monkeypatch):
    folder = tmp_path / "papers"
    make_pdfs.distinct_copies(folder, copies=1)
    crash = folder / "crash.pdf"
    crash.write_bytes(THURROCK.read_bytes() + b"\n% crash\n")
    extract_file = ingest_module.extract_file

    def extract_or_die(path, **options):
        if Path(path).name == crash.name:  # as a fault in PDFium or the out-of-memory killer would
            os.kill(os.getpid(), signal.SIGKILL)
        return extract_file(path, **options)

    monkeypatch.setattr(ingest_module, "extract_file", extract_or_die)
    db = tmp_path / "p.db"
    summary = ingest([folder], db, workers=2)
    assert [(f.path, f.reason) for f in summary.failed] == [(crash, WORKER_DIED)]
    assert summary.ingested == N_CORPUS
    assert_consistent(db)


# ------------------------------------------------------------------ versions and names

def test_a_file_changed_to_another_documents_bytes_joins_that_document(tmp_path, pdf_copy):
    db = tmp_path / "p.db"
    first, second = pdf_copy(THURROCK, "item-9.pdf"), pdf_copy(NORTHANTS, "item-10.pdf")
    ingest([first, second], db, workers=1)
    old = query(db, "select id, sha256, ingested_at from documents where filename = 'item-9.pdf'")[0]
    first.write_bytes(NORTHANTS.read_bytes())  # the council re-published item 9 as a copy of item 10
    summary = ingest([first, second], db, workers=1)
    assert (summary.ingested, summary.skipped, summary.retired) == (0, 2, 1)
    docs = query(db, "select id, sha256 from documents")
    assert len(docs) == 1
    files = query(db, "select path, document_id from document_files order by path")
    assert files == [{"path": second.name, "document_id": docs[0]["id"]}, {"path": first.name, "document_id": docs[0]["id"]}]
    history = query(db, "select document_id, sha256, ingested_at, path from document_versions")
    assert history == [{"document_id": docs[0]["id"], "sha256": old["sha256"], "ingested_at": old["ingested_at"],
                        "path": first.name}]
    assert query(db, "select count(*) n from pages")[0]["n"] == 8  # only Northamptonshire's pages
    assert_consistent(db)


def test_a_file_changing_back_keeps_one_document_and_its_whole_history(tmp_path, pdf_copy):
    db = tmp_path / "p.db"
    paper = pdf_copy(THURROCK, "paper.pdf")
    shas = []
    for content in (THURROCK, NORTHANTS, THURROCK):
        paper.write_bytes(content.read_bytes())
        assert ingest([paper], db, workers=1).ingested == 1
        shas.append(query(db, "select sha256 from documents")[0]["sha256"])
    assert len(query(db, "select id from documents")) == 1
    history = [r["sha256"] for r in query(db, "select sha256 from document_versions order by id")]
    assert history == shas[:2] and shas[0] == shas[2] != shas[1]
    assert query(db, "select count(*) n from pages")[0]["n"] == 5


def test_a_changed_copy_becomes_its_own_document_while_the_other_name_keeps_the_original(tmp_path, pdf_copy):
    db = tmp_path / "p.db"
    original, copy = pdf_copy(THURROCK, "original.pdf"), pdf_copy(THURROCK, "copy.pdf")
    ingest([original, copy], db, workers=1)
    copy.write_bytes(NORTHANTS.read_bytes())
    assert ingest([original, copy], db, workers=1).ingested == 1
    names = {r["path"]: r["committee"] for r in query(db, """select f.path, d.committee from document_files f
                                                           join documents d on d.id = f.document_id""")}
    assert names == {original.name: "Children's Services Overview and Scrutiny Committee", copy.name: "Cabinet"}
    again = ingest([original, copy], db, workers=1)  # and it stays that way
    assert (again.ingested, again.skipped) == (0, 2)
    assert query(db, "select * from document_versions") == []


def test_re_extracting_the_same_bytes_adds_no_history(tmp_path):
    db = tmp_path / "p.db"
    ingest([THURROCK], db, workers=1)
    assert ingest([THURROCK], db, workers=1, force=True).ingested == 1
    assert query(db, "select * from document_versions") == []


# ------------------------------------------------------------------ kill -9

def test_kill_9_at_any_point_leaves_whole_documents_and_the_next_run_completes(tmp_path):
    folder = tmp_path / "papers"
    make_pdfs.distinct_copies(folder, copies=2)  # 2 * N_CORPUS documents
    expected = record_counts_of_clean_run(folder, tmp_path / "reference.db")
    db = tmp_path / "papers.db"
    command = papers("ingest", "--db", str(db), "-q", "-w", "2", str(folder))
    # Kill once the database file appears (schema being made), then once the run has
    # committed 1, 3, 5 and 8 documents in all, a few milliseconds later each time so the kill
    # lands at different moments of extracting and writing.
    for committed, delay in ((None, 0.0), (1, 0.0), (3, 0.004), (5, 0.011), (8, 0.023)):
        proc = subprocess.Popen(command, cwd=ROOT, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if committed is None:
            wait_for(db.exists, what="the database file")
        else:
            wait_for(lambda: document_count(db) >= committed or proc.poll() is not None, what=f"{committed} documents")
        time.sleep(delay)
        assert kill_run(proc) == -signal.SIGKILL
        assert_consistent(db)
        done = record_counts(db)
        assert {sha: n for sha, n in done.items() if n != expected[sha]} == {}, "a document is missing records"
    final = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    assert " 0 failed;" in final.stdout
    assert_consistent(db)
    assert record_counts(db) == expected


def test_ctrl_c_says_what_was_kept_and_the_next_run_completes(tmp_path):
    folder = tmp_path / "papers"
    make_pdfs.distinct_copies(folder, copies=2)
    db = tmp_path / "papers.db"
    command = papers("ingest", "--db", str(db), "-q", str(folder))
    proc = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    wait_for(lambda: document_count(db) >= 1 or proc.poll() is not None, what="a first document")
    assert proc.poll() is None, "the run ended before Ctrl+C"
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl+C reaches the whole foreground process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip() == ("interrupted: the documents written so far are complete; "
                           "run the same command again to do the rest")
    assert_consistent(db)
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and " 0 failed;" in again.stdout
    assert len(record_counts(db)) == 2 * N_CORPUS


def record_counts_of_clean_run(folder: Path, db: Path) -> dict[str, dict[str, int]]:
    summary = ingest([folder], db, workers=1)
    assert summary.ingested == 2 * N_CORPUS and not summary.failed
    return record_counts(db)


# ------------------------------------------------------------------ two ingests

def test_a_second_ingest_refuses_and_names_the_one_running(tmp_path):
    db = tmp_path / "p.db"
    with exclusive_ingest(db):
        result = subprocess.run(papers("ingest", "--db", str(db), "-q", str(THURROCK)), cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
        with pytest.raises(IngestRunning):
            ingest([THURROCK], db, workers=1)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: another ingest is writing to {db} (pid {os.getpid()} on ")
    assert "wait for it to finish or stop it, then run this again" in result.stderr
    assert ingest([THURROCK], db, workers=1).ingested == 1  # the lock went with the run


def test_two_ingests_started_together_one_refuses_and_nothing_is_corrupted(tmp_path):
    folder = tmp_path / "papers"
    make_pdfs.distinct_copies(folder, copies=2)
    db = tmp_path / "p.db"
    command = papers("ingest", "--db", str(db), "-q", "-w", "1", str(folder))
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in runs]
    assert sorted(code for code, _, _ in results) == [0, 1]
    refused = next(err for code, _, err in results if code == 1)
    assert refused.startswith(f"error: another ingest is writing to {db} (pid ")
    finished = next(out for code, out, _ in results if code == 0)
    assert finished.startswith(f"{2 * N_CORPUS} ingested, 0 skipped, 0 failed;")
    assert_consistent(db)
    assert len(record_counts(db)) == 2 * N_CORPUS


# ------------------------------------------------------------------ publishing

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, dict | list]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def _sql(base: str, sql: str) -> tuple[int, dict | list]:
    return _get(f"{base}/papers.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "array"}))


@pytest.fixture
def served(tmp_path):
    """`papers serve` on a database holding one paper; yields (database, base URL)."""
    db = tmp_path / "papers.db"
    ingest([THURROCK], db, workers=1)
    port = _free_port()
    proc = subprocess.Popen(papers("serve", "--db", str(db), "--port", str(port)), cwd=ROOT,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"

    def answering() -> bool:
        assert proc.poll() is None, "papers serve exited"
        try:
            return _get(f"{base}/-/versions.json")[0] == 200
        except OSError:
            return False
    try:
        wait_for(answering, what="papers serve to answer")
        yield db, base, port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_serve_keeps_answering_while_an_ingest_writes(tmp_path, served):
    db, base, _ = served
    folder = tmp_path / "more"
    make_pdfs.distinct_copies(folder, copies=2)
    proc = subprocess.Popen(papers("ingest", "--db", str(db), "-q", "-w", "2", str(folder)), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    answers = []
    while proc.poll() is None:
        answers.append(_sql(base, "select count(*) as n from documents"))
    assert proc.returncode == 0, proc.stderr.read()
    assert len(answers) >= 3, "the ingest ended before the site could be asked"
    assert {status for status, _ in answers} == {200}
    counts = [rows[0]["n"] for _, rows in answers]
    assert counts == sorted(counts) and counts[0] >= 1  # only whole documents appear, never fewer
    assert _sql(base, "select count(*) as n from documents") == (200, [{"n": 2 * N_CORPUS + 1}])


def test_the_published_site_is_read_only_bounded_and_local(served):
    db, base, port = served
    status, body = _sql(base, "delete from documents")
    assert status == 400 and "Statement must be a SELECT" in body["error"]
    # past Datasette's SELECT check, the connection itself refuses to write
    status, body = _sql(base, "with doomed as (select id from documents) delete from documents")
    assert status == 400 and "readonly database" in body["error"]
    request = urllib.request.Request(f"{base}/papers/documents/-/insert", method="POST",
                                     data=b'{"row": {"filename": "x"}}', headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError):  # Datasette 0.x has no write API
        urllib.request.urlopen(request, timeout=10)
    assert query(db, "select count(*) n from documents") == [{"n": 1}]
    settings = _get(f"{base}/-/settings.json")[1]
    assert settings["sql_time_limit_ms"] == 3000
    listening = _listening_addresses(port)
    assert listening == {"127.0.0.1"}, listening


def _listening_addresses(port: int) -> set[str]:
    """Local addresses listening on `port`, from the kernel's socket table."""
    table = Path("/proc/net/tcp")
    if not table.exists():
        pytest.skip("no /proc/net/tcp on this system")
    found = set()
    for line in table.read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, local_port = local.split(":")
        if int(local_port, 16) == port and state == "0A":  # 0A: LISTEN
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


def test_serve_binds_to_this_machine_unless_told_otherwise(tmp_path):
    command = datasette_command(tmp_path / "p.db")
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert "--immutable" not in command and "-i" not in command  # immutable would be unsafe during ingest

"""Hostile input and faults: a run always finishes with one line per bad file, links are never
silently stale, the database is never written when it should not be, and the published site
stays up and serves nothing but the files that were ingested."""
from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from typer.testing import CliRunner

from pipeline import ingest as ingest_module
from pipeline.cli import app
from pipeline.extract import figures
from pipeline.ingest import ingest
from pipeline.publish import datasette_plugin
from pipeline.publish.serve import metadata_for
from pipeline.read import pages
from pipeline.read.pages import Shape
from pipeline.store import database
from tests.conftest import ROOT, THURROCK, query
from tests.hostile import nested_forms
from tests.pdfs import text_pdf

runner = CliRunner()
DATA = Path(__file__).resolve().parent / "data"
PACK = DATA / "exampleton-housing-2024-05-14-agenda-pack.pdf"
MINUTES = DATA / "exampleton-housing-2024-05-14-minutes.pdf"

PAPER = """## Cabinet
Minutes of the meeting held on 14 May 2024

**1. Budget
The Cabinet agreed the budget of £1,200,000.
"""


def small_paper(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return text_pdf(path, PAPER)


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(("error", "failed"))]


# ------------------------------------------------------------------ files that cost too much

def test_forms_drawing_a_hundred_thousand_lines_are_read_in_bounded_time(tmp_path):
    bomb = nested_forms(tmp_path / "lines.pdf", [10, 100, 100])  # 10^5 lines from ~7 KB
    assert bomb.stat().st_size < 10_000
    started = time.monotonic()
    page = next(pages.read_pages(bomb))
    assert len(page.shapes) <= pages.MAX_PAGE_SHAPES
    summary = ingest([bomb], tmp_path / "p.db", workers=1)
    assert summary.ingested == 1 and not summary.failed
    assert time.monotonic() - started < 20


def _clusters_by_rescanning(shapes):
    """The plain quadratic clustering the grid must agree with: each shape, top to bottom, merges
    every group whose box it comes near."""
    groups = []
    for s in sorted(shapes, key=lambda s: (s.top, s.x0)):
        near = [g for g in groups if figures._touch(g[0], s.bbox, figures.CLUSTER_GAP)]
        members = [s] + [m for g in near for m in g[1]]
        groups = [g for g in groups if g not in near] + [(figures._union([m.bbox for m in members]), members)]
    return [members for _, members in groups]


def test_figure_clustering_gives_the_plain_groups_and_scales_to_thousands_of_shapes():
    rng = random.Random(7)
    for _ in range(100):
        shapes = []
        for _ in range(rng.randint(1, 80)):
            x, y = rng.uniform(0, 600), rng.uniform(0, 800)
            shapes.append(Shape("rect", x, y, x + rng.uniform(1, 90), y + rng.uniform(1, 90)))
        expected = [sorted(map(id, g)) for g in _clusters_by_rescanning(shapes)]
        assert [sorted(map(id, g)) for g in figures._clusters(shapes)] == expected
    dense = [Shape("rect", k % 100 * 6, k // 100 * 6, k % 100 * 6 + 4, k // 100 * 6 + 4) for k in range(10_000)]
    started = time.monotonic()
    groups = figures._clusters(dense)
    assert time.monotonic() - started < 5
    assert [len(g) for g in groups] == [10_000]


def test_a_file_needing_more_memory_than_the_limit_fails_alone_and_the_run_goes_on(tmp_path):
    laughs = nested_forms(tmp_path / "in" / "laughs.pdf", [10] * 8)  # forms in forms: 10^8 lines
    good = small_paper(tmp_path / "in" / "good.pdf")
    db = tmp_path / "p.db"
    summary = ingest([laughs, good], db, workers=1, file_memory=1 << 30)
    assert summary.ingested == 1
    reason = "needed more than 1 GB of memory: skipped (raise --file-memory if it is a real paper)"
    assert [(f.path.name, f.reason) for f in summary.failed] == [("laughs.pdf", reason)]
    assert query(db, "select reason from failures") == [{"reason": reason}]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_past_the_time_limit_fails_alone_and_the_run_goes_on(tmp_path, monkeypatch, workers):
    slow, good = small_paper(tmp_path / "in" / "slow.pdf"), small_paper(tmp_path / "in" / "good.pdf")
    text_pdf(slow, PAPER + "\nA slow paper.\n")
    extract_file = ingest_module.extract_file

    def extract_slowly(path, **options):
        if Path(path).name == "slow.pdf":  # as a file that sends the reader into a long loop
            time.sleep(120)
        return extract_file(path, **options)

    monkeypatch.setattr(ingest_module, "extract_file", extract_slowly)
    started = time.monotonic()
    summary = ingest([slow, good], tmp_path / "p.db", workers=workers, file_seconds=4)
    assert time.monotonic() - started < 30
    assert summary.ingested == 1
    assert [(f.path.name, f.reason) for f in summary.failed] == [
        ("slow.pdf", "took longer than 4 s: skipped (raise --file-timeout if it is a real paper)")]


def test_special_files_named_on_the_command_line_are_skipped_with_a_line(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    run = subprocess.run([sys.executable, "-m", "pipeline", "ingest", "--db", str(tmp_path / "p.db"), "-q",
                          str(fifo), "/dev/zero"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert error_lines(run.stderr) == [f"failed {fifo}: not a regular file (a pipe, device or socket): skipped",
                                       "failed /dev/zero: not a regular file (a pipe, device or socket): skipped"]


# ------------------------------------------------------------------ links after a kill

LINK_COLUMNS = {"agenda_items": "report_id", "decisions": "agenda_item_id, report_id",
                "recommendations": "decision_id, status"}


def links(db: Path) -> dict[str, list[dict]]:
    return {table: query(db, f"select {cols}, link_confidence from {table} order by id")
            for table, cols in LINK_COLUMNS.items()}


def test_a_kill_between_the_last_document_and_linking_is_relinked_by_the_next_run(tmp_path):
    clean = tmp_path / "clean.db"
    ingest([MINUTES, PACK], clean, workers=1)
    assert any(r["report_id"] for r in links(clean)["agenda_items"])
    db = tmp_path / "killed.db"
    killed_before_linking = (
        "import os, signal, sys\n"
        "from pipeline import ingest as m\n"
        "m.links.relink = lambda db, scope=None: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"m.ingest([{str(MINUTES)!r}, {str(PACK)!r}], {str(db)!r}, workers=1)\n")
    run = subprocess.run([sys.executable, "-c", killed_before_linking], cwd=ROOT, timeout=300)
    assert run.returncode == -signal.SIGKILL
    assert query(db, "select count(*) n from documents") == [{"n": 2}]
    assert query(db, "select key from meta where key = ?", [database.LINKS_STALE])  # the mark survived
    assert links(db) != links(clean)
    summary = ingest([MINUTES, PACK], db, workers=1)  # nothing new: relinks because of the mark
    assert (summary.ingested, summary.skipped) == (0, 2)
    assert links(db) == links(clean)
    assert not query(db, "select key from meta where key = ?", [database.LINKS_STALE])


# ------------------------------------------------------------------ the database

def test_ingest_waits_for_another_writer_then_says_so_in_one_line(tmp_path, monkeypatch):
    db = tmp_path / "p.db"
    ingest([small_paper(tmp_path / "a.pdf")], db, workers=1)
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 1)
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(THURROCK)])
    assert result.exit_code == 1
    assert error_lines(result.output) == [
        f"error: another program was writing to {db} for more than 1 s: wait for it to finish, then run this again"]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 30)
    threading.Timer(1.0, other.rollback).start()  # the other writer finishes while ingest waits
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(THURROCK)])
    assert result.exit_code == 0, result.output
    other.close()
    assert query(db, "select count(*) n from documents") == [{"n": 2}]


def _checkpointed(db: Path) -> Path:
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    return db


def test_a_damaged_database_is_refused_before_anything_is_written(tmp_path):
    db = tmp_path / "p.db"
    ingest([small_paper(tmp_path / "a.pdf")], db, workers=1)
    _checkpointed(db)
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size, 2):  # scribble on every other page's header
        data[page * page_size:page * page_size + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(THURROCK)])
    assert result.exit_code == 1
    [line] = error_lines(result.output)
    assert line.startswith(f"error: {db} is damaged") and line.endswith(
        "restore it from a backup, or move it away and ingest again into a new database")
    assert db.read_bytes() == bytes(data)


def test_the_whole_file_check_runs_only_when_the_database_changed_since_the_last_run(tmp_path, monkeypatch):
    # quick_check reads the whole file (its cost grows with the database): a database as the last
    # whole run left it is not read again; one that changed since, or --verify, is
    db = tmp_path / "p.db"
    ingest([small_paper(tmp_path / "a.pdf")], db, workers=1)
    checked = []
    real = database._check_intact
    monkeypatch.setattr(database, "_check_intact", lambda d, path: checked.append(path) or real(d, path))

    def another(name: str) -> Path:
        return text_pdf(tmp_path / name, PAPER + f"\n**2. {name}\nNoted.\n")

    ingest([another("b.pdf")], db, workers=1)
    assert checked == []
    conn = sqlite3.connect(db)  # another program writes to the file
    conn.execute("create table notes (text)")
    conn.close()
    ingest([another("c.pdf")], db, workers=1)
    assert checked == [db]
    ingest([another("d.pdf")], db, workers=1, verify=True)
    assert checked == [db, db]
    assert query(db, "select count(*) n from documents") == [{"n": 4}]


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("meeting notes\n" * 500)
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(THURROCK)])
    assert result.exit_code == 1
    assert error_lines(result.output) == [
        f"error: {db} is not an SQLite database: give another --db, or move that file away"]
    assert db.read_text() == "meeting notes\n" * 500


def test_a_full_disk_is_one_line_and_leaves_whole_documents(tmp_path, monkeypatch):
    db = tmp_path / "p.db"
    ingest([small_paper(tmp_path / "a.pdf")], db, workers=1)
    connect = database.connect

    def connect_to_a_full_disk(path, **options):  # SQLite's own limit gives the full-disk error
        conn = connect(path, **options)
        pages_now = conn.execute("pragma page_count").fetchone()[0]
        conn.execute(f"pragma max_page_count = {pages_now + 2}")
        return conn

    monkeypatch.setattr(database, "connect", connect_to_a_full_disk)
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(THURROCK)])
    assert result.exit_code == 1
    assert error_lines(result.output) == [
        f"error: the disk holding {db} is full: free some space and run again (what was written is whole)"]
    assert query(db, "select count(*) n from documents") == [{"n": 1}]


def test_a_read_only_database_is_one_line(tmp_path):
    db = tmp_path / "p.db"
    sqlite3.connect(db).execute("create table t (x)").connection.close()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as raised:
        conn.execute("insert into t values (1)")
    assert str(database.describe_problem(raised.value, db)) == (
        f"{db} cannot be written (read-only file or folder): give a --db you can write, or change its permissions")


# ------------------------------------------------------------------ the site

NAME = "Cabinet – Minutes £.pdf"  # not Latin-1: an HTTP header cannot carry it as it is


@pytest.fixture
def site(tmp_path):
    """A database named council.db holding one paper, and a function to GET from Datasette."""
    paper = small_paper(tmp_path / "papers" / NAME)
    db = tmp_path / "site" / "council.db"
    ingest([paper], db, workers=1)
    metadata = yaml.safe_load(metadata_for(db, ROOT / "metadata.yml").read_text())

    def get(path: str):
        return asyncio.run(Datasette([str(db)], metadata=metadata).client.get(path))
    return paper, db, get


def test_the_pdf_route_serves_the_ingested_file_under_any_name(site, tmp_path, monkeypatch):
    paper, _, get = site
    monkeypatch.chdir(tmp_path / "papers")  # served from another folder: paths are absolute
    response = get("/-/pdf/council/1")
    assert response.status_code == 200 and response.content == paper.read_bytes()
    assert response.headers["content-disposition"] == (
        "inline; filename=\"Cabinet _ Minutes _.pdf\"; filename*=UTF-8''Cabinet%20%E2%80%93%20Minutes%20%C2%A3.pdf")


def test_the_pdf_route_serves_nothing_but_the_bytes_that_were_ingested(site, tmp_path):
    paper, db, get = site
    original = paper.read_bytes()
    gone = b"The PDF is not on this server any more"
    paper.unlink()
    paper.symlink_to("/etc/passwd")  # the ingested file replaced by a symlink
    assert (get("/-/pdf/council/1").status_code, get("/-/pdf/council/1").content) == (404, gone)
    paper.unlink()
    paper.symlink_to(db)
    assert get("/-/pdf/council/1").status_code == 404
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(original)
    paper.unlink()
    paper.symlink_to(copy)  # the right bytes, but through a symlink
    assert get("/-/pdf/council/1").status_code == 404
    paper.unlink()
    paper.write_bytes(original + b"% changed\n")  # changed since it was ingested
    assert get("/-/pdf/council/1").status_code == 404
    paper.write_bytes(original[:-10] + b"0123456789")  # same size, other bytes
    assert get("/-/pdf/council/1").status_code == 404
    paper.write_bytes(original)
    assert get("/-/pdf/council/1").status_code == 200


def test_the_figure_route_serves_only_plain_files_in_the_figures_folder(site, tmp_path):
    _, db, get = site
    figures_dir = db.parent / "figures"
    figures_dir.mkdir(exist_ok=True)
    (figures_dir / "real.jpg").write_bytes(b"\xff\xd8jpeg")
    (db.parent / "secret.jpg").write_text("not a figure")
    (figures_dir / "link.jpg").symlink_to(db.parent / "secret.jpg")
    conn = sqlite3.connect(db)
    for n, image in enumerate(["figures/real.jpg", "figures/link.jpg", "../site/council.db", "/etc/passwd",
                               "../../papers/" + NAME, "figures/../secret.jpg"], 1):
        conn.execute("insert into figures (id, document_id, page, image_path) values (?, 1, 1, ?)", [100 + n, image])
    conn.commit()
    conn.close()
    assert get("/-/figure/council/101").content == b"\xff\xd8jpeg"
    assert [get(f"/-/figure/council/{i}").status_code for i in range(102, 107)] == [404] * 5


@pytest.mark.parametrize("route", ["pdf", "figure"])
def test_ids_past_sqlites_largest_integer_are_not_found(site, route):
    _, _, get = site
    for big in (2**63, 2**64, 10**30, "9" * 5000):
        assert get(f"/-/{route}/council/{big}").status_code == 404


def test_small_things_that_were_server_errors(site):
    _, _, get = site
    feed = get("/council/new_decisions.atom?committee=Nobody")  # a feed with no entries
    assert feed.status_code == 200 and b"<feed" in feed.content and b"<entry>" not in feed.content
    assert get("/council?sql=select+'abc'+as+link_confidence,+'x'+as+document_id,+'y'+as+page").status_code == 200
    assert get("/council?sql=select+'x'+as+id,+'f'+as+filename+from+documents").status_code == 200
    # the canned queries are there although metadata.yml names the database `papers`
    assert get("/council/new_decisions.json").status_code == 200


def test_huge_sql_values_are_refused_at_once(site):
    _, _, get = site
    started = time.monotonic()
    response = get("/council.json?sql=select+length(replace(hex(zeroblob(200000000)),'0','00'))")
    assert response.status_code == 400 and "too big" in response.json()["error"]
    assert time.monotonic() - started < 2
    ok = get(f"/council.json?sql=select+length(hex(zeroblob({datasette_plugin.MAX_VALUE_BYTES // 4})))+as+n")
    assert ok.json()["rows"] == [[datasette_plugin.MAX_VALUE_BYTES // 2]]


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def test_a_flood_of_bad_requests_leaves_normal_ones_served(site, tmp_path):
    _, db, _ = site
    port = _free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", str(port)],
                                cwd=ROOT, start_new_session=True, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _status(f"{base}/-/versions.json") == 200:
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        baseline = log.stat().st_size
        bad = [f"{base}/council/no_such_table_{n}" for n in range(50)] + [f"{base}/nowhere/{n}" for n in range(50)]
        statuses: list[int] = []
        flooders = [threading.Thread(target=lambda: statuses.extend(_status(u) for u in bad)) for _ in range(4)]
        for t in flooders:
            t.start()
        took = []
        while any(t.is_alive() for t in flooders):
            started = time.monotonic()
            assert _status(f"{base}/council/documents.json") == 200
            took.append(time.monotonic() - started)
        for t in flooders:
            t.join()
        assert set(statuses) == {404} and len(statuses) == 400
        assert took and sorted(took)[len(took) // 2] < 0.5, took
        # an error costs a line of log, not a traceback with every local variable
        assert (log.stat().st_size - baseline) / len(statuses) < 300
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)

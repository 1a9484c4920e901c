"""Serving the site: the response cache (pipeline/publish/cache.py) answers a repeated page without
Datasette working it out again, and never after the database has changed; several server processes
publish the same site."""
import asyncio
import shutil
import sqlite3

import yaml
from datasette.app import Datasette

from pipeline.publish.cache import ResponseCache
from tests.conftest import ROOT


def _site(db):
    return Datasette([str(db)], metadata=yaml.safe_load((ROOT / "metadata.yml").read_text()))


def test_a_repeated_page_comes_from_memory_until_the_database_changes(corpus_db, tmp_path):
    db = tmp_path / "papers.db"
    shutil.copyfile(corpus_db, db)
    ds = _site(db)
    page = "/papers/documents.json?_shape=array&_sort=id&_col=council"

    async def visit(path, **kw):
        await ds.invoke_startup()
        return await ds.client.get(path, **kw)

    first = asyncio.run(visit(page))
    cache = ds._papers_response_cache
    again = asyncio.run(visit(page))
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert (cache.hits, cache.misses) == (1, 1)  # the second answer did not reach Datasette

    # an ingest writes to the database: the next reader sees the new value at once
    with sqlite3.connect(db) as con:
        con.execute("update documents set council = 'Renamed Borough Council' where id = ?",
                    (first.json()[0]["id"],))
    changed = asyncio.run(visit(page))
    assert changed.json()[0]["council"] == "Renamed Borough Council"
    assert cache.misses == 2

    # a signed-in reader's pages (a cookie) and error pages are made afresh every time
    for _ in range(2):
        asyncio.run(visit(page, cookies={"ds_actor": "x"}))
        assert asyncio.run(visit("/papers/no_such_table")).status_code == 404
    assert (cache.hits, len(cache.entries)) == (1, 1)


def test_the_cache_keeps_at_most_its_size_dropping_the_least_recently_used(tmp_path):
    db = tmp_path / "x.db"
    sqlite3.connect(db).close()
    made = []

    async def app(scope, receive, send):
        made.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * 400})

    cache = ResponseCache(app, lambda: [str(db)], max_bytes=1000, max_entry_bytes=500)

    async def get(path):
        sent = []

        async def send(message):
            sent.append(message)
        await cache({"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": []},
                     None, send)
        return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")

    async def visits():
        for path in ["/a", "/b", "/a", "/c", "/a", "/b"]:
            assert await get(path) == b"x" * 400
    asyncio.run(visits())
    # /a and /b fit (800 bytes); /c pushes out /b, the least recently used; /b is made again
    assert made == ["/a", "/b", "/c", "/b"]
    assert cache.size <= 1000


def test_serve_with_two_processes_publishes_the_same_site(corpus_db, tmp_path):
    """`papers serve --workers 2`: two server processes on one port, each with metadata.yml's
    descriptions, canned queries and the plugin's routes, each seeing the database's changes."""
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    db = tmp_path / "papers.db"
    shutil.copyfile(corpus_db, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", str(port),
                               "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"

    def get(path):
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return json.loads(r.read())
    try:
        for _ in range(150):
            try:
                get("/-/versions.json")
                break
            except OSError:
                time.sleep(0.2)
        else:
            server.kill()
            raise AssertionError("papers serve did not start: " + server.stdout.read().decode(errors="replace"))
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
        if children.exists():
            assert len(children.read_text().split()) >= 2  # two workers (and multiprocessing's tracker)
        assert get("/-/metadata.json")["databases"]["papers"]["tables"]["decisions"]["description"]
        assert isinstance(get("/papers/attendance_record.json?_shape=array&name=a"), list)  # a canned query
        first = get("/papers/documents.json?_shape=array&_sort=id&_col=council")[0]
        with sqlite3.connect(db) as con:
            con.execute("update documents set council = 'Renamed Borough Council' where id = ?", (first["id"],))
        # whichever process answers, it has seen the write
        for _ in range(4):
            assert get("/papers/documents.json?_shape=array&_sort=id&_col=council")[0]["council"] == \
                "Renamed Borough Council"
    finally:
        server.terminate()
        server.wait(timeout=15)

"""The site's response cache (pipeline/publish/cache.py): a repeated page is answered without
Datasette working it out again, and never after the database has changed."""
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

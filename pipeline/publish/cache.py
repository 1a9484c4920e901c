"""Whole responses of the published site, kept while the database is unchanged.

Why: almost every page of the site is a read of a database that changes only when `papers
ingest` runs, and many readers ask for the same pages (a council's decisions, this week's
meeting, a popular search). Datasette works each one out afresh: 20-60 ms of Python (queries,
facets, templates) on one event loop, so 16 readers asking at once queue behind one another. A
page already made is sent again in well under a millisecond.

What makes it safe:
- a response is reused only while every database file it could have read (each database and
  its `-wal` journal) has the same size and modification time as when it was made; the files
  are looked at (two `stat` calls) on every request, so the first request after an ingest
  commits sees the new data;
- only GET requests without a cookie (a signed-in reader's page names them) and only complete
  200 answers without `Set-Cookie` are kept; the PDF and figure routes stream files and are
  never kept;
- the key is the whole request line and Host header (feeds carry absolute links);
- memory is bounded: answers over MAX_ENTRY_BYTES are not kept, and the least recently used
  answers go once the total passes MAX_BYTES.
"""
from __future__ import annotations

import os
from collections import OrderedDict
from typing import Callable, Iterable

MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY_BYTES = 2 * 1024 * 1024
NEVER_CACHED = ("/-/pdf/", "/-/figure/")


def file_state(paths: Iterable[str]) -> tuple:
    """Size and modification time of each file and its write-ahead log (None when missing or
    empty: the first reader of a WAL database creates an empty log, which changes no data)."""
    out = []
    for path in paths:
        for name in (path, path + "-wal"):
            try:
                st = os.stat(name)
            except OSError:
                out.append(None)
                continue
            out.append((st.st_size, st.st_mtime_ns) if st.st_size else None)
    return tuple(out)


class ResponseCache:
    """ASGI middleware: answer a repeated GET from memory while the database files are unchanged."""

    def __init__(self, app, database_paths: Callable[[], list[str]], *, max_bytes: int = MAX_BYTES,
                 max_entry_bytes: int = MAX_ENTRY_BYTES):
        self.app = app
        self.database_paths = database_paths
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self.entries: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.size = 0
        self.state: tuple | None = None
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0

    def _key(self, scope) -> tuple | None:
        if scope.get("type") != "http" or scope.get("method") != "GET":
            return None
        path = scope.get("path", "")
        if path.startswith(NEVER_CACHED):
            return None
        headers = dict(scope.get("headers") or [])
        if b"cookie" in headers or b"authorization" in headers:
            return None
        return (path, scope.get("query_string", b""), headers.get(b"host", b""), scope.get("root_path", ""))

    async def __call__(self, scope, receive, send):
        key = self._key(scope)
        if key is None:
            return await self.app(scope, receive, send)
        state = file_state(self.database_paths())
        if state != self.state:
            self.clear()
            self.state = state
        kept = self.entries.get(key)
        if kept is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            start, body = kept
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: dict = {}
        chunks: list[bytes] = []
        keep = True
        size = 0

        async def recording_send(message):
            nonlocal keep, size
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message.get("status") == 200 and not any(
                    k.lower() == b"set-cookie" for k, _ in message.get("headers", []))
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_entry_bytes:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
                    if not message.get("more_body"):
                        self._store(key, state, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, recording_send)

    def _store(self, key: tuple, state: tuple, start: dict, body: bytes) -> None:
        # a write that committed while this page was being made leaves it unkept: the page may
        # hold some of the old data and some of the new
        if state != self.state or file_state(self.database_paths()) != state:
            return
        if key in self.entries:  # two readers asked at once and both made the page
            self.size -= len(self.entries.pop(key)[1])
        self.entries[key] = (dict(start), body)
        self.size += len(body)
        while self.size > self.max_bytes and self.entries:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)

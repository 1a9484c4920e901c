"""Datasette plugin for the published papers (registered through the `datasette` entry point).

What Datasette's metadata cannot do by itself:
- serve each paper's PDF (`/-/pdf/<database>/<document_id>`) and each figure's image
  (`/-/figure/<database>/<figure_id>`), and only the file that was ingested: the path the
  database records (relative to the corpus folder), opened without following symlinks, and (for
  PDFs) only while its size and SHA-256 are those ingested; when the local PDF is gone, send the
  reader to where it was published (`source_url#page=N`);
- list the databases (`/-/databases.json`) without the database file's path on this machine;
- render every record's `page` as a link to that page of its PDF (`...#page=N`), a document's
  filename as a link to the PDF, and a figure's image inline;
- show an uncertain link (confidence under 0.7) as a guess.

And what keeps a public site up under hostile requests:
- error pages cost what other pages cost: Datasette's own error handler prints a traceback with
  every local variable for each error, 404s included (~0.2 s on the event loop and ~18 KB of
  log each), so a few clients asking for missing pages would stall the site; this plugin's
  handler renders the same pages and logs one line, for server errors only;
- no SQL value may exceed MAX_VALUE_BYTES (SQLite's length limit on every connection): a single
  SQLite step on a huge string can run for seconds and gigabytes, and the time limit can only
  stop a query between steps;
- an Atom feed with no entries is an empty feed, not an error.
"""
from __future__ import annotations

import functools

import asyncio
import hashlib
import json
import os
import sqlite3
import stat
import sys
import traceback
import urllib.parse
from datetime import datetime, timezone
from pathlib import Path

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import add_cors_headers
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

UNCERTAIN = 0.7
MAX_VALUE_BYTES = 10_000_000  # the longest real value (a page's text, a table's rows) is ~100 KB
MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer: a bigger id names no row
# Foreign keys and the tables they point at. Datasette's table pages link these already; its row
# pages show bare ids, so the plugin links them there too.
LINKS = {"document_id": "documents", "meeting_id": "meetings", "report_id": "reports", "decision_id": "decisions",
         "agenda_item_id": "agenda_items", "part_id": "parts", "table_id": "tables",
         "recommendation_id": "recommendations", "earlier_target_id": "targets"}
GONE = "The PDF is not on this server any more"
FIGURES_FOLDER = "figures"  # next to the database: where ingest renders figure images
IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}

DEFAULT_ERROR_HANDLER = "datasette.handle_exception"
CACHE_SWITCH = "PAPERS_SITE_CACHE"  # "0": every page made afresh


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def handle_exception(datasette, request, exception):
    """The error page Datasette would show, without its per-error traceback."""
    async def inner():
        title = None
        if isinstance(exception, Base400):
            status, info, message = exception.status, {}, exception.args[0]
        elif isinstance(exception, DatasetteError):
            status, info, message, title = exception.status, exception.error_dict, exception.message, exception.title
            if exception.message_is_html:
                message = Markup(message)
        else:
            status, info, message = 500, {}, str(exception)
            where = traceback.extract_tb(exception.__traceback__)[-1:]
            at = f" at {where[0].filename}:{where[0].lineno}" if where else ""
            print(f"error 500 on {request.path}: {type(exception).__name__}: {exception}{at}"[:500],
                  file=sys.stderr, flush=True)
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                                                menu_links=lambda: []))
        return Response.html(html, status=status, headers=headers)
    return inner


@hookimpl
def startup(datasette):
    # Datasette awaits every handle_exception hook's answer, so its default one would still
    # print its traceback: this plugin's takes its place. (Datasette registers its default
    # plugins after the installed ones, so this is done here rather than at import.)
    if pm.get_plugin(DEFAULT_ERROR_HANDLER) is not None:
        pm.unregister(name=DEFAULT_ERROR_HANDLER)
    # datasette-atom fails on a query with no rows (it takes the newest of no dates): such a
    # feed is answered as a valid feed without entries.
    if "atom" in datasette.renderers:
        render, can_render = datasette.renderers["atom"]
        datasette.renderers["atom"] = (_empty_feed_or(render), can_render)
    # Datasette 0.65 answers "may this visitor see table T?" by deep-copying the whole metadata
    # (a guard against table-name aliases), and the database page asks it for every table and
    # view: 100 ms of each database page went to copying. Metadata is fixed for the life of the
    # server (`papers serve` does not reload it), so each table's answer is worked out once.
    allows = getattr(datasette, "_table_permission_allows", None)
    if callable(allows) and not hasattr(allows, "cache_info"):
        datasette._table_permission_allows = functools.lru_cache(maxsize=4096)(allows)


@hookimpl
def asgi_wrapper(datasette):
    """Repeated pages answered from memory while the database files are unchanged (cache.py);
    `papers serve --no-cache` (PAPERS_SITE_CACHE=0) turns it off."""
    def wrap(app):
        if os.environ.get(CACHE_SWITCH, "1") == "0":
            return app
        from pipeline.publish.cache import ResponseCache

        def paths():
            return [db.path for db in datasette.databases.values() if getattr(db, "path", None)]
        cache = ResponseCache(app, paths)
        datasette._papers_response_cache = cache  # for tests and the load benchmark's report
        return cache
    return wrap


def _empty_feed_or(render_atom):
    def render(datasette, request, sql, columns, rows, database, table, query_name, view_name, data):
        if rows:
            return render_atom(datasette, request, sql, columns, rows, database, table, query_name, view_name, data)
        from feedgen.feed import FeedGenerator
        feed = FeedGenerator()
        feed.id(request.url)
        feed.link(href=request.url, rel="self")
        queries = (datasette.metadata(database=database) or {}).get("queries") or {}
        query = queries.get(query_name) if query_name else None
        feed.title((query.get("title") if isinstance(query, dict) else None) or sql)
        feed.updated(datetime.now(timezone.utc))
        return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8", status=200)
    return render


@hookimpl
def register_routes():
    return [
        (r"^/-/pdf/(?P<database>[^/]+)/(?P<document_id>\d+)$", serve_pdf),
        (r"^/-/figure/(?P<database>[^/]+)/(?P<figure_id>\d+)$", serve_figure),
        (r"^/-/databases(\.json)?$", list_databases),
    ]


async def list_databases(request, datasette):
    """Datasette's own list names each database file's absolute path; this one does not."""
    return Response.json([{"name": d.name, "route": d.route, "size": d.size, "is_mutable": d.is_mutable,
                           "is_memory": d.is_memory, "hash": d.hash}
                          for name, d in datasette.databases.items() if name != "_internal"])


def local_pdf(db_path: str | None, corpus_root: str | None, stored: str) -> Path | None:
    """The file a stored path names: paths are relative to the corpus folder, which the database
    records relative to its own folder (older databases stored paths as given)."""
    path = Path(stored)
    if path.is_absolute():
        return path
    if not db_path:
        return None  # never the server's working folder: that would serve another folder's files
    folder = Path(db_path).resolve().parent
    return folder / corpus_root / path if corpus_root else folder / path


def fallback_url(source_url: str | None, page: int | None) -> str | None:
    """Where a record's page can be read when the local PDF is gone: the published PDF."""
    if not source_url:
        return None
    base = source_url.split("#")[0]
    return f"{base}#page={page}" if page else base


async def serve_pdf(request, datasette):
    db = _database(datasette, request.url_vars["database"])
    document_id = _row_id(request.url_vars["document_id"])
    if db is None or document_id is None:
        return Response.text("No such database or document", status=404)
    rows = await db.execute("""select f.path, d.sha256, d.size_bytes from document_files f
                               join documents d on d.id = f.document_id
                               where f.document_id = ? order by f.seen_at desc""", [document_id])
    root = await _meta(db, "corpus_root")
    for row in rows:
        path = local_pdf(db.path, root, row["path"]) if isinstance(row["path"], str) and row["path"] else None
        if path is None or not isinstance(row["size_bytes"], int):
            continue
        opened = await asyncio.to_thread(_open_if_ingested, path, row["size_bytes"], row["sha256"])
        if opened is not None:
            return OpenFileResponse(opened, row["size_bytes"], "application/pdf",
                                    {"content-disposition": content_disposition(path.name)})
    source = (await db.execute("select source_url from documents where id = ?", [document_id])).first()
    page = request.args.get("page")
    url = fallback_url(source["source_url"] if source else None, int(page) if page and page.isdigit() else None)
    if url:
        return Response.redirect(url)
    return Response.text(GONE, status=404)


async def _meta(db, key: str) -> str | None:
    try:
        row = (await db.execute("select value from meta where key = ?", [key])).first()
    except Exception:  # a database without the meta table
        return None
    return row["value"] if row else None


async def serve_figure(request, datasette):
    db = _database(datasette, request.url_vars["database"])
    figure_id = _row_id(request.url_vars["figure_id"])
    if db is None or not db.path or figure_id is None:
        return Response.text("No such database or figure", status=404)
    row = (await db.execute("select image_path from figures where id = ?", [figure_id])).first()
    if row is None or not isinstance(row["image_path"], str) or not row["image_path"]:
        return Response.text("No image for this figure", status=404)
    folder = os.path.realpath(Path(db.path).parent / FIGURES_FOLDER)
    path = os.path.normpath(os.path.join(folder, os.pardir, row["image_path"]))
    # only images, only in the database's figures folder, only reached without a symlink
    inside = path.startswith(folder + os.sep) and path.lower().endswith(tuple(IMAGE_TYPES))
    opened = _open_plain_file(path) if inside else None
    if opened is None:
        return Response.text("No image for this figure", status=404)
    kind = IMAGE_TYPES[Path(path).suffix.lower()]
    return OpenFileResponse(opened, os.fstat(opened.fileno()).st_size, kind)


def _row_id(text: str) -> int | None:
    return int(text) if len(text) <= 19 and int(text) <= MAX_ROW_ID else None


def _open_plain_file(path: str | Path):
    """The file opened for reading if it is a regular file reached without any symlink (in the
    last component or a folder on the way), else None."""
    path = os.path.normpath(os.path.abspath(path))
    if os.path.realpath(path) != path:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


# (device, inode, size, mtime, ctime) -> SHA-256: a file is hashed once, not on every request
_digests: dict[tuple, str] = {}


def _open_if_ingested(path: Path, size: int, sha256: str):
    """The file opened, if it is a plain file still holding the bytes that were ingested."""
    f = _open_plain_file(path)
    if f is None:
        return None
    st = os.fstat(f.fileno())
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    if st.st_size == size and key not in _digests:
        h = hashlib.sha256()
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
        f.seek(0)
        if len(_digests) > 10_000:
            _digests.clear()
        _digests[key] = h.hexdigest()
    if st.st_size != size or _digests[key] != sha256:
        f.close()
        return None
    return f


def content_disposition(name: str) -> str:
    """`inline` with the file's name: an ASCII one for old browsers and the exact one encoded as
    RFC 5987/6266 say (an HTTP header itself can only carry Latin-1)."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in name)
    return f"inline; filename=\"{fallback}\"; filename*=UTF-8''{urllib.parse.quote(name, safe='')}"


class OpenFileResponse:
    """Streams a file already opened (and checked), so the bytes sent are those of that file
    even if its path is changed meanwhile."""

    def __init__(self, f, size: int, content_type: str, headers: dict | None = None):
        self.f, self.size, self.content_type, self.headers = f, size, content_type, headers or {}

    async def asgi_send(self, send):
        headers = [[b"content-type", self.content_type.encode()], [b"content-length", str(self.size).encode()]]
        headers += [[k.encode("latin-1"), v.encode("latin-1")] for k, v in self.headers.items()]
        try:
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            while chunk := await asyncio.to_thread(self.f.read, 1 << 20):
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            self.f.close()


def _database(datasette, name):
    try:
        return datasette.get_database(name)
    except KeyError:
        return None


def _plain(value):
    """Table views pass foreign keys expanded to {"value": ..., "label": ...}."""
    return value.get("value") if isinstance(value, dict) else value


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # Any SQL reaches this (`select 'abc' as link_confidence`): only values of the expected
    # types are rendered, anything else is left to Datasette.
    keys = row.keys() if hasattr(row, "keys") else []
    base = datasette.urls.path(f"/-/pdf/{database}")
    document_id = _plain(row["document_id"]) if "document_id" in keys else None
    row_id = _plain(row["id"]) if "id" in keys else None
    if column in ("page", "page_start") and isinstance(value, int) and isinstance(document_id, int):
        return Markup(f'<a href="{base}/{document_id}?page={value}#page={value}" title="Open the PDF at this page">'
                      f'p.&nbsp;{value}</a>')
    if table == "documents" and column == "filename" and isinstance(value, str) and isinstance(row_id, int):
        return Markup(f'<a href="{base}/{row_id}">{escape(value)}</a>')
    if table == "figures" and column == "image_path" and isinstance(value, str) and isinstance(row_id, int):
        src = datasette.urls.path(f"/-/figure/{database}/{row_id}")
        return Markup(f'<a href="{src}"><img src="{src}" alt="figure" style="max-width:320px;max-height:240px"></a>')
    if column in LINKS and isinstance(value, int) and table != LINKS[column]:
        href = datasette.urls.path(f"/{database}/{LINKS[column]}/{value}")
        return Markup(f'<a href="{href}">{value}</a>')
    if column == "link_confidence" and isinstance(value, (int, float)) and value < UNCERTAIN:
        return Markup(f'<span title="An uncertain link: check it against the papers">{value:.2f} (guess)</span>')
    if column in ("bbox", "rows", "header") and isinstance(value, str) and value[:1] in "[{":
        try:
            parsed = json.loads(value)
        except ValueError:
            return None
        if column == "rows" and isinstance(parsed, list):
            return Markup(_table_html(parsed))
    return None


def _table_html(rows: list, limit: int = 8) -> str:
    head = rows[:limit]
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in head if isinstance(r, list))
    more = f"<tr><td colspan=99>… {len(rows) - limit} more rows</td></tr>" if len(rows) > limit else ""
    return f'<table class="extracted-rows" style="font-size:0.8em">{body}{more}</table>'


# The reader-facing pages (search, meeting/report/member/council pages, labelled cells, JSON
# arrays, absolute feed links) are a plugin module of their own, registered with this one so
# the `datasette` entry point in pyproject.toml stays the only one to install.
def _register_site_plugin():
    from datasette.plugins import pm
    from pipeline.publish import site

    if not pm.is_registered(site):
        pm.register(site, name="pipeline.publish.site")


_register_site_plugin()

"""Datasette plugin for the published papers (registered through the `datasette` entry point).

What Datasette's metadata cannot do by itself:
- serve each paper's PDF (`/-/pdf/<database>/<document_id>`) and each figure's image
  (`/-/figure/<database>/<figure_id>`) from the files the database records, read-only; when
  the local PDF is gone, send the reader to where it was published (`source_url#page=N`);
- list the databases (`/-/databases.json`) without the database file's path on this machine;
- render every record's `page` as a link to that page of its PDF (`...#page=N`), a document's
  filename as a link to the PDF, and a figure's image inline;
- show an uncertain link (confidence under 0.7) as a guess.
"""
from __future__ import annotations

import json
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, Response
from markupsafe import Markup, escape

UNCERTAIN = 0.7
# Foreign keys and the tables they point at. Datasette's table pages link these already; its row
# pages show bare ids, so the plugin links them there too.
LINKS = {"document_id": "documents", "meeting_id": "meetings", "report_id": "reports", "decision_id": "decisions",
         "agenda_item_id": "agenda_items", "part_id": "parts", "table_id": "tables",
         "recommendation_id": "recommendations", "earlier_target_id": "targets"}


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
    candidates = [path] if path.is_absolute() else []
    if not path.is_absolute():
        if db_path and corpus_root:
            candidates.append(Path(db_path).resolve().parent / corpus_root / path)
        candidates.append(Path.cwd() / path)
    return next((c for c in candidates if c.is_file()), None)


def fallback_url(source_url: str | None, page: int | None) -> str | None:
    """Where a record's page can be read when the local PDF is gone: the published PDF."""
    if not source_url:
        return None
    base = source_url.split("#")[0]
    return f"{base}#page={page}" if page else base


async def serve_pdf(request, datasette):
    db = _database(datasette, request.url_vars["database"])
    if db is None:
        return Response.text("No such database", status=404)
    document_id = int(request.url_vars["document_id"])
    rows = await db.execute("select path from document_files where document_id = ? order by seen_at desc", [document_id])
    root = await _meta(db, "corpus_root")
    for row in rows:
        path = local_pdf(db.path, root, row["path"])
        if path is not None:
            return AsgiFileDownload(str(path), content_type="application/pdf",
                                    headers={"content-disposition": f'inline; filename="{path.name}"'})
    source = (await db.execute("select source_url from documents where id = ?", [document_id])).first()
    page = request.args.get("page")
    url = fallback_url(source["source_url"] if source else None, int(page) if page and page.isdigit() else None)
    if url:
        return Response.redirect(url)
    return Response.text("The PDF is not on this server any more", status=404)


async def _meta(db, key: str) -> str | None:
    try:
        row = (await db.execute("select value from meta where key = ?", [key])).first()
    except Exception:  # a database without the meta table
        return None
    return row["value"] if row else None


async def serve_figure(request, datasette):
    db = _database(datasette, request.url_vars["database"])
    if db is None or not db.path:
        return Response.text("No such database", status=404)
    row = (await db.execute("select image_path from figures where id = ?", [int(request.url_vars["figure_id"])])).first()
    if row is None or not row["image_path"]:
        return Response.text("No image for this figure", status=404)
    folder = Path(db.path).resolve().parent
    path = (folder / row["image_path"]).resolve()
    if folder not in path.parents or not path.is_file():  # never serve files outside the database's folder
        return Response.text("No image for this figure", status=404)
    return AsgiFileDownload(str(path), content_type="image/jpeg" if path.suffix.lower() in (".jpg", ".jpeg") else "image/png")


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
    keys = row.keys() if hasattr(row, "keys") else []
    base = datasette.urls.path(f"/-/pdf/{database}")
    document_id = _plain(row["document_id"]) if "document_id" in keys else None
    if column in ("page", "page_start") and isinstance(value, int) and document_id:
        return Markup(f'<a href="{base}/{int(document_id)}?page={value}#page={value}" title="Open the PDF at this page">'
                      f'p.&nbsp;{value}</a>')
    if table == "documents" and column == "filename" and value and "id" in keys:
        return Markup(f'<a href="{base}/{int(_plain(row["id"]))}">{escape(value)}</a>')
    if table == "figures" and column == "image_path" and value and "id" in keys:
        src = datasette.urls.path(f"/-/figure/{database}/{int(_plain(row['id']))}")
        return Markup(f'<a href="{src}"><img src="{src}" alt="figure" style="max-width:320px;max-height:240px"></a>')
    if column in LINKS and isinstance(value, int) and table != LINKS[column]:
        href = datasette.urls.path(f"/{database}/{LINKS[column]}/{value}")
        return Markup(f'<a href="{href}">{value}</a>')
    if column == "link_confidence" and value is not None and float(value) < UNCERTAIN:
        return Markup(f'<span title="An uncertain link: check it against the papers">{float(value):.2f} (guess)</span>')
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

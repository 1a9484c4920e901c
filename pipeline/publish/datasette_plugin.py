"""Datasette plugin for the published papers (registered through the `datasette` entry point).

What Datasette's metadata cannot do by itself:
- serve each paper's PDF (`/-/pdf/<database>/<document_id>`) and each figure's image
  (`/-/figure/<database>/<figure_id>`) from the files the database records, read-only;
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
    ]


async def serve_pdf(request, datasette):
    db = _database(datasette, request.url_vars["database"])
    if db is None:
        return Response.text("No such database", status=404)
    rows = await db.execute(
        "select path from document_files where document_id = ? order by seen_at desc", [int(request.url_vars["document_id"])])
    for row in rows:
        path = Path(row["path"])
        if not path.is_absolute() and db.path:
            path = Path.cwd() / path
        if path.is_file():
            return AsgiFileDownload(str(path), content_type="application/pdf",
                                    headers={"content-disposition": f'inline; filename="{path.name}"'})
    return Response.text("The PDF is not on this server any more", status=404)


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
        return Markup(f'<a href="{base}/{int(document_id)}#page={value}" title="Open the PDF at this page">'
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


# The reader-facing pages (search, meeting/report/member/council pages, labelled cells, JSON
# arrays, absolute feed links) are a plugin module of their own, registered with this one so
# the `datasette` entry point in pyproject.toml stays the only one to install.
def _register_site_plugin():
    from datasette.plugins import pm
    from pipeline.publish import site

    if not pm.is_registered(site):
        pm.register(site, name="pipeline.publish.site")


_register_site_plugin()

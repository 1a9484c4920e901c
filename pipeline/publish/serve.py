"""Publishing with Datasette: the command line `papers serve` runs.

Everything about the published site lives in metadata.yml (titles, descriptions, facets,
canned queries), in Datasette settings given here and in the plugin (datasette_plugin.py: the
PDF and figure routes, cell rendering, error pages and limits).
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

import yaml

# Read-only and bounded: no write endpoints exist in Datasette 0.x without plugins, and long
# queries are cut off so a public instance stays responsive. Speed under load: suggesting facets
# runs a query for every column of a table on every table page (most of a table page's time), so
# it is off and only the facets metadata.yml names are computed, each bounded in time; and
# rendering the rows' cells is the rest, so a page shows 20 rows (`?_size=` asks for more).
SETTINGS = {
    "sql_time_limit_ms": "3000",
    "max_returned_rows": "5000",
    "facet_time_limit_ms": "200",
    "suggest_facets": "off",
    "default_page_size": "20",
    "allow_download": "off",
    # facets are chosen in metadata.yml; suggestions offer free text and positions as facets
    "suggest_facets": "off",
}


METADATA_NAME = "papers"  # the database name metadata.yml describes


def datasette_command(db: Path, *, host: str = "127.0.0.1", port: int = 8001, metadata: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "datasette", "serve", str(db), "--host", host, "--port", str(port)]
    if metadata and Path(metadata).exists():
        cmd += ["--metadata", str(metadata_for(Path(db), Path(metadata)))]
    for k, v in SETTINGS.items():
        cmd += ["--setting", k, v]
    from pipeline.publish.site import STATIC, TEMPLATES  # the reader-facing pages and their stylesheet

    cmd += ["--template-dir", str(TEMPLATES), "--static", f"assets:{STATIC}"]
    return cmd


def uvicorn_command(db: Path, *, host: str = "127.0.0.1", port: int = 8001, metadata: Path | None = None,
                    workers: int = 2) -> tuple[list[str], dict]:
    """The command and environment serving `db` from `workers` processes (asgi.py)."""
    import json

    from pipeline.publish.asgi import ARGS

    args = datasette_command(db, host=host, port=port, metadata=metadata)[4:]  # after `-m datasette serve`
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "pipeline.publish.asgi:app", "--host", host,
           "--port", str(port), "--workers", str(workers), "--lifespan", "on", "--log-level", "warning"]
    return cmd, {ARGS: json.dumps(args)}


def metadata_for(db: Path, metadata: Path) -> Path:
    """The metadata file for serving `db`. metadata.yml describes the database as `papers`, but
    Datasette names a database after its file (council.db is `council`), and metadata under
    another name is silently ignored: descriptions, facets and canned queries would be lost. So
    for any other name a copy keyed (and linking) to that name is written to the temporary
    folder, named by its content so serving again reuses it."""
    from datasette.utils import tilde_encode

    name = db.stem
    if name == METADATA_NAME:
        return metadata
    text = metadata.read_text()
    data = yaml.safe_load(text) or {}
    databases = data.get("databases") or {}
    if METADATA_NAME not in databases:
        return metadata
    described = databases.pop(METADATA_NAME)
    for query in (described.get("queries") or {}).values():  # links inside canned queries' results
        if isinstance(query, dict) and isinstance(query.get("sql"), str):
            query["sql"] = query["sql"].replace(f"'/{METADATA_NAME}/", f"'/{tilde_encode(name)}/")
    databases[name] = described
    data["databases"] = databases
    out = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path = Path(tempfile.gettempdir()) / f"papers-metadata-{hashlib.sha256(out.encode()).hexdigest()[:16]}.yml"
    if not path.exists():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(out)
        tmp.replace(path)
    return path

"""Publishing with Datasette: the command line `papers serve` runs.

Everything about the published site lives in metadata.yml (titles, descriptions, facets,
canned queries) and in Datasette settings given here; there is no custom web code.
"""
from __future__ import annotations

import sys
from pathlib import Path

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
}


def datasette_command(db: Path, *, host: str = "127.0.0.1", port: int = 8001, metadata: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "datasette", "serve", str(db), "--host", host, "--port", str(port)]
    if metadata and Path(metadata).exists():
        cmd += ["--metadata", str(metadata)]
    for k, v in SETTINGS.items():
        cmd += ["--setting", k, v]
    return cmd

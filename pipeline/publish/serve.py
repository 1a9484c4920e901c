"""Publishing with Datasette: the command line `papers serve` runs.

Everything about the published site lives in metadata.yml (titles, descriptions, facets,
canned queries) and in Datasette settings given here; there is no custom web code.
"""
from __future__ import annotations

import sys
from pathlib import Path

# Read-only and bounded: no write endpoints exist in Datasette 0.x without plugins, and long
# queries are cut off so a public instance stays responsive.
SETTINGS = {
    "sql_time_limit_ms": "3000",
    "max_returned_rows": "5000",
    "facet_time_limit_ms": "500",
    "default_page_size": "50",
    "allow_download": "off",
    # facets are chosen in metadata.yml; suggestions offer free text and positions as facets
    "suggest_facets": "off",
}


def datasette_command(db: Path, *, host: str = "127.0.0.1", port: int = 8001, metadata: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "datasette", "serve", str(db), "--host", host, "--port", str(port)]
    if metadata and Path(metadata).exists():
        cmd += ["--metadata", str(metadata)]
    for k, v in SETTINGS.items():
        cmd += ["--setting", k, v]
    from pipeline.publish.site import STATIC, TEMPLATES  # the reader-facing pages and their stylesheet

    cmd += ["--template-dir", str(TEMPLATES), "--static", f"assets:{STATIC}"]
    return cmd

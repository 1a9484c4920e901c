"""Publishing with Datasette: the command line `papers serve` runs.

The published site is Datasette with: metadata.yml (titles, descriptions, facets, canned
queries), the settings given here, the templates in templates/ and the stylesheet in static/,
and the plugins datasette_plugin.py (PDF and figure routes) and site.py (search, the meeting,
report, member and council pages, cell formatting).
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
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def datasette_command(db: Path, *, host: str = "127.0.0.1", port: int = 8001, metadata: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "datasette", "serve", str(db), "--host", host, "--port", str(port)]
    if metadata and Path(metadata).exists():
        cmd += ["--metadata", str(metadata)]
    cmd += ["--template-dir", str(TEMPLATES), "--static", f"assets:{STATIC}"]
    for k, v in SETTINGS.items():
        cmd += ["--setting", k, v]
    return cmd


def port_problem(host: str, port: int) -> str | None:
    """Why Datasette could not listen on host:port (in use, not allowed), or None."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        return f"cannot use host {host}: {e.strerror}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except PermissionError:
            return f"port {port} needs administrator rights; choose one above 1023 with --port"
        except OSError:
            return f"port {port} on {host} is already in use (another `papers serve`?); stop it or choose another with --port"
    return None

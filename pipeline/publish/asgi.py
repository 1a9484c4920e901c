"""The site as an ASGI application for several server processes (`papers serve --workers N`).

Datasette serves from one process, whose one event loop does all the Python work of every page
(queries, facets, templates); on a machine with more cores, readers wait behind one another
while the other cores idle. Uvicorn can run the same application in N processes sharing one
listening socket, but it then needs a factory it can import in each process: this module's
`app`, which builds Datasette from the same `datasette serve` arguments `papers serve` would
have used (serve.py), passed in the environment.
"""
from __future__ import annotations

import json
import os

ARGS = "PAPERS_DATASETTE_ARGS"  # JSON list: the arguments of `datasette serve`


def app():
    from datasette.cli import serve

    args = json.loads(os.environ[ARGS])
    ctx = serve.make_context("serve", list(args))
    ds = serve.callback(**ctx.params, return_instance=True)
    return ds.app()  # Datasette runs its startup hooks on the first request

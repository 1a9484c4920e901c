"""The command's entry point, and the re-ingest that finds nothing to do, answered before the
CLI framework is imported.

Typer, Rich and the pydantic that Typer loads cost about a third of a second to import, which is
all of the time of `papers ingest` on an unchanged corpus. So the entry point first reads the
plain form of that command (paths, --db, --quiet, --ocr, --workers) by hand and, when every file
is recorded with its present size and modification time (ingest.unchanged, the same test the full
run makes), prints the run's summary line and stops. Any other command or option, or any file
that needs looking at, goes to the Typer app in cli.py, which does the same check again on the
way in.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

DEFAULT_DB = Path("extracted/papers.db")
DEFAULT_PATHS = [Path("corpus")]


def main() -> None:  # console script entry point
    if not nothing_to_do(sys.argv[1:]):
        from pipeline.cli import app
        app()


def nothing_to_do(argv: list[str]) -> bool:
    """`papers ingest ...` on files that are all unchanged: print the summary line and say so."""
    if not argv or argv[0] != "ingest":
        return False
    paths: list[Path] = []
    db, ocr, args = DEFAULT_DB, False, iter(argv[1:])
    for arg in args:
        if arg in ("-q", "--quiet"):
            continue
        if arg == "--ocr":
            ocr = True
        elif arg in ("--db", "--workers", "-w"):
            value = next(args, None)
            if value is None:
                return False
            if arg == "--db":
                db = Path(value)
        elif arg.startswith("--db="):
            db = Path(arg[5:])
        elif arg.startswith("-"):
            return False  # --force, --verify, --dask, --sources, --help ...: the full command
        else:
            paths.append(Path(arg))
    paths = paths or DEFAULT_PATHS
    if not all(p.exists() for p in paths):
        return False  # the full command says which is missing
    from pipeline.ingest import Summary, find_pdfs, unchanged
    from pipeline.sources import sources_for

    started = time.perf_counter()
    files = find_pdfs(paths)
    if not files or any(p.is_dir() and not find_pdfs([p]) for p in paths) or sources_for(files):
        return False  # (a sources file may have changed: the full run reads it)
    if not unchanged(db, files, ocr):
        return False
    print(Summary(skipped=len(files), seconds=time.perf_counter() - started).line())
    return True

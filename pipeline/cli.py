"""The `papers` command: ingest, serve, export, eval."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

def _plain_help_types():
    """Typer prints each parameter's Python type in help (`--force <bool>`, `paths <list[Path]>`);
    flags take no value and an argument's metavar says what it takes, so those are left out."""
    from typer.core import TyperArgument, TyperOption

    shown = TyperOption.display_type_rich

    def option_type(self, ctx):
        return None if self.is_flag else shown(self, ctx)

    TyperOption.display_type_rich = option_type
    TyperArgument.display_type_rich = lambda self, ctx: None


_plain_help_types()
app = typer.Typer(help="Turn council committee papers (PDF) into linked, searchable data.", no_args_is_help=True,
                  add_completion=False)
err = Console(stderr=True)
out = Console()

from pipeline.noop import DEFAULT_DB, DEFAULT_PATHS  # noqa: E402 (one default for both entry paths)
ROOT = Path(__file__).resolve().parent.parent


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(None, help="PDF files or folders (default: corpus/)", metavar="PATH",
                                       show_default=False),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="SQLite database to write"),
    force: bool = typer.Option(False, "--force", help="Re-extract files even if unchanged"),
    verify: bool = typer.Option(False, "--verify", help="Hash every file to find changes (default: trust an "
                                                        "unchanged size and modification time)"),
    ocr: bool = typer.Option(False, "--ocr", help="Read pages without a text layer (scans) with Tesseract"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Worker processes (default: CPU cores)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar"),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS",
                                       help="Extract on a Dask cluster (scheduler address, e.g. tcp://host:8786)"),
    sources: Optional[Path] = typer.Option(None, "--sources", metavar="FILE",
                                           help="CSV of where the papers were published: filename, url, and optionally "
                                                "council, committee, meeting_date, licence (default: a sources.csv "
                                                "beside the PDFs)"),
    file_timeout: Optional[float] = typer.Option(None, "--file-timeout", metavar="SECONDS",
                                                 help="Give up on a file after this long (default 120, 600 with --ocr)"),
    file_memory: float = typer.Option(2.0, "--file-memory", metavar="GB",
                                      help="Give up on a file that needs more memory than this"),
):
    """Extract records from committee PDFs into SQLite. Unchanged files are skipped.

    Exit status 1 when a file failed, a path is missing, a folder holds no PDF, or a file was ingested without any readable text (scanned without --ocr, or garbled fonts)."""
    from pipeline.distributed import DaskUnavailable
    from pipeline.ingest import ingest as run_ingest
    from pipeline.read.ocr import OCRUnavailable
    from pipeline.store.database import DatabaseProblem
    from pipeline.store.runlock import IngestRunning
    from pipeline.sources import BadSources

    paths = paths or DEFAULT_PATHS
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"failed {p}: no such file or folder", soft_wrap=True, highlight=False, markup=False)
    paths = [p for p in paths if p.exists()]
    from pipeline.ingest import Failure, find_pdfs

    empty_folders = [p for p in paths if p.is_dir() and not find_pdfs([p])]
    for folder in empty_folders:  # a folder of .docx or .html papers: say so rather than "0 ingested"
        others = sorted(x.name for x in folder.rglob("*") if x.is_file())
        found = f" (it holds {len(others)} other file{'s' if len(others) != 1 else ''}: {', '.join(others[:3])}" \
                f"{', ...' if len(others) > 3 else ''})" if others else " (it is empty)"
        err.print(f"failed {folder}: no PDF files in this folder{found}", soft_wrap=True, highlight=False,
                  markup=False)
    problems = [Failure(p, "no such file or folder") for p in missing] + \
               [Failure(p, "no PDF files in this folder") for p in empty_folders]
    paths = [p for p in paths if p not in empty_folders]
    if not paths:  # nothing to ingest: no database or lock file is made
        typer.echo(f"0 ingested, 0 skipped, {len(problems)} failed; nothing to ingest")
        raise typer.Exit(code=1)

    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=err, disable=quiet, transient=True)
    task = None
    reported: set = set()

    def on_start(n):
        nonlocal task
        task = progress.add_task("", total=n)

    def on_done(path, error):
        if error:  # one unwrapped line per bad file, naming it and the reason
            progress.console.print(f"failed {path}: {error}", soft_wrap=True, highlight=False, markup=False)
            reported.add(path)
        progress.update(task, advance=1, description=path.name[:50])

    try:
        with progress:
            summary = run_ingest(paths, db, force=force, ocr=ocr, verify=verify, workers=workers, dask=dask,
                                 file_seconds=file_timeout, file_memory=int(file_memory * (1 << 30)),
                                 on_start=on_start, on_done=on_done, sources=sources)
    except (OCRUnavailable, IngestRunning, DaskUnavailable, DatabaseProblem, BadSources) as e:
        err.print(f"error: {e}", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(code=1)
    except KeyboardInterrupt:  # each document is its own transaction: what was written is whole
        err.print("interrupted: the documents written so far are complete; run the same command again to "
                  "do the rest", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(code=130)
    for f in summary.failed:  # files that failed before extraction (unreadable from disk)
        if f.path not in reported:
            err.print(f"failed {f.path}: {f.reason}", soft_wrap=True, highlight=False, markup=False)
    for path, warning in summary.warnings:
        err.print(f"warning {path}: {warning}", soft_wrap=True, highlight=False, markup=False)
    summary.failed.extend(problems)  # reported above; counted in the summary line
    typer.echo(summary.line())
    if summary.failed or summary.without_text:
        raise typer.Exit(code=1)


@app.command()
def serve(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="SQLite database to publish"),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (127.0.0.1 keeps it local)"),
    port: int = typer.Option(8001, "--port", "-p", help="Port to listen on"),
    metadata: Path = typer.Option(ROOT / "metadata.yml", "--metadata", "-m",
                                  help="Datasette metadata (titles, descriptions, facets, canned queries)"),
    open_browser: bool = typer.Option(False, "--open", help="Open a browser"),
    cache: bool = typer.Option(True, "--cache/--no-cache",
                               help="Answer repeated pages from memory until the database changes"),
    workers: int = typer.Option(1, "--workers", "-w", min=1,
                                help="Server processes (more answer more readers at once on more cores)"),
):
    """Publish the database with Datasette (read-only)."""
    from pipeline.publish.ports import port_problem
    from pipeline.publish.serve import datasette_command

    if not db.exists():
        err.print(f"[red]error[/red] no database at {db}: run `papers ingest` first")
        raise typer.Exit(code=1)
    problem = port_problem(host, port)
    if problem:
        err.print(f"error: {problem}", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(code=1)
    cmd = datasette_command(db, host=host, port=port, metadata=metadata)
    if workers > 1:
        from pipeline.publish.serve import uvicorn_command

        cmd, env = uvicorn_command(db, host=host, port=port, metadata=metadata, workers=workers)
        os.environ.update(env)
    if open_browser and workers == 1:  # with several processes the address printed below is the way in
        cmd.append("-o")
    err.print(f"Serving {db} at http://{host}:{port}/ (Ctrl+C to stop)")
    sys.stderr.flush()
    from pipeline.publish.datasette_plugin import CACHE_SWITCH

    os.environ[CACHE_SWITCH] = "1" if cache else "0"
    # become Datasette rather than wait on it, so a signal to `papers serve` reaches the server
    os.execv(cmd[0], cmd)


@app.command()
def export(
    db: Path = typer.Option(DEFAULT_DB, "--db"),
    out_dir: Path = typer.Option(Path("extracted/json"), "--out", "-o", help="Folder for the JSON files"),
    site: str = typer.Option("http://127.0.0.1:8001", "--site", metavar="URL",
                             help="Address the database is published at, for the links in the files"),
):
    """Write one JSON file per document (all its records) and an index.json."""
    from pipeline.publish.export import export_json

    if not db.exists():
        err.print(f"[red]error[/red] no database at {db}")
        raise typer.Exit(code=1)
    n = export_json(db, out_dir, site=site)
    out.print(f"wrote {n} document files and index.json to {out_dir}")


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder of <name>.gold.json files"),
    db: Path = typer.Option(DEFAULT_DB, "--db"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List missed and extra records"),
):
    """Precision, recall and F1 per kind of record against gold annotations."""
    from pipeline.evaluate import evaluate as run_eval, format_report

    if not db.exists():
        err.print(f"[red]error[/red] no database at {db}")
        raise typer.Exit(code=1)
    result = run_eval(db, gold_dir)
    typer.echo(format_report(result, verbose=verbose))


def main():  # the Typer app alone (pipeline.noop.main answers a no-op re-ingest before importing it)
    app()


if __name__ == "__main__":
    main()

"""Ingest: find PDFs, decide what needs extracting, extract in worker processes, and write each
document with a single writer, one transaction per document.

A PDF is identified by the SHA-256 of its bytes:
- a path whose bytes are unchanged since the last run is skipped;
- the same bytes under a second name are one document with both paths recorded;
- a path whose bytes changed is re-extracted and replaces all of that document's records, and
  the earlier version's sha256 and time go to `document_versions`.
"""
from __future__ import annotations

import os
import time
import traceback
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import store
from .extract import extract_file, sha256_of
from .models import Extraction
from .pages import UnreadablePDF


@dataclass
class Failure:
    path: Path
    reason: str


@dataclass
class Summary:
    ingested: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)
    pages: int = 0
    records: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    warnings: list[tuple[Path, str]] = field(default_factory=list)

    def line(self) -> str:
        recs = ", ".join(f"{k} {v}" for k, v in self.records.items() if v) or "no new records"
        return (f"{self.ingested} ingested, {self.skipped} skipped, {len(self.failed)} failed; "
                f"{self.pages} pages; {recs}; {self.seconds:.1f}s")


def find_pdfs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and PDFs under folders named (recursively), in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() == ".pdf"))
        else:
            out.append(p)
    seen, unique = set(), []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


@dataclass
class Job:
    path: Path
    sha256: str
    size: int
    mtime: float
    document_id: int | None  # set when the job replaces an existing document


def plan(db, files: list[Path], force: bool, summary: Summary) -> list[Job]:
    """Decide, for each file, whether it is skipped, recorded as another name of a known
    document, or extracted."""
    jobs: list[Job] = []
    planned_sha: dict[str, Job] = {}
    for path in files:
        try:
            st = path.stat()
            sha = sha256_of(path)
        except OSError as e:
            summary.failed.append(Failure(path, f"cannot read file: {e.strerror or e}"))
            continue
        row = db.execute("select document_id, sha256 from document_files where path = ?", [str(path)]).fetchone()
        same_bytes = db.execute("select id from documents where sha256 = ?", [sha]).fetchone()
        if not force and row and row[1] == sha and same_bytes:
            summary.skipped += 1
            continue
        if not force and same_bytes:
            # the same PDF under another name: one document, both paths recorded
            with db.atomic():
                store.record_file(db, path, same_bytes[0], sha, st.st_size, st.st_mtime)
            summary.skipped += 1
            continue
        if sha in planned_sha:  # two names for the same new bytes: extract once, record both
            jobs.append(Job(path, sha, st.st_size, st.st_mtime, -1))
            continue
        document_id = row[0] if row else (same_bytes[0] if same_bytes else None)
        job = Job(path, sha, st.st_size, st.st_mtime, document_id)
        planned_sha[sha] = job
        jobs.append(job)
    return jobs


def _extract(job: Job, figures_dir: Path | None) -> tuple[Job, Extraction | None, str | None, float]:
    """Worker side: extract one file; errors come back as text so one bad file never stops a run."""
    t = time.perf_counter()
    try:
        ex = extract_file(job.path, sha256=job.sha256, figures_dir=figures_dir)
        return job, ex, None, time.perf_counter() - t
    except UnreadablePDF as e:
        return job, None, str(e), time.perf_counter() - t
    except MemoryError:
        return job, None, "ran out of memory reading it", time.perf_counter() - t
    except Exception as e:  # a bug in an extractor must not lose the rest of the run
        tb = traceback.format_exc(limit=-3).strip().splitlines()
        return job, None, f"internal error ({type(e).__name__}: {e}) at {tb[-3].strip() if len(tb) > 2 else ''}", \
            time.perf_counter() - t


def ingest(paths: Iterable[str | Path], db_path: str | Path, *, force: bool = False, workers: int | None = None,
           figures_dir: Path | None = None, on_start: Callable[[int], None] | None = None,
           on_done: Callable[[Path, str | None], None] | None = None) -> Summary:
    t0 = time.perf_counter()
    summary = Summary()
    db = store.connect(db_path)
    figures_dir = figures_dir or Path(db_path).parent / "figures"
    try:
        files = find_pdfs(paths)
        jobs = plan(db, files, force, summary)
        duplicates = [j for j in jobs if j.document_id == -1]
        jobs = [j for j in jobs if j.document_id != -1]
        if on_start:
            on_start(len(jobs))
        workers = max(1, workers or os.cpu_count() or 1)

        def finish(job: Job, ex: Extraction | None, error: str | None, seconds: float):
            if ex is None:
                with db.atomic():
                    store.record_failure(db, job.path, job.sha256, error or "unknown error")
                summary.failed.append(Failure(job.path, error or "unknown error"))
            else:
                with db.atomic():
                    if job.document_id is not None:
                        store.record_version(db, job.document_id)
                    doc_id = store.write_extraction(db, ex, document_id=job.document_id, seconds=seconds)
                    store.record_file(db, job.path, doc_id, job.sha256, job.size, job.mtime)
                summary.ingested += 1
                summary.pages += ex.document.page_count
                summary.records.update(ex.counts())
                summary.warnings.extend((job.path, w) for w in ex.warnings)
            if on_done:
                on_done(job.path, error)

        if workers == 1 or len(jobs) <= 1:
            for job in jobs:
                finish(*_extract(job, figures_dir))
        else:
            with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
                # keep a bounded number of results in flight so memory stays flat
                pending: set[Future] = set()
                queue = list(jobs)
                while queue or pending:
                    while queue and len(pending) < workers * 2:
                        pending.add(pool.submit(_extract, queue.pop(0), figures_dir))
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        finish(*fut.result())
        for job in duplicates:
            row = db.execute("select id from documents where sha256 = ?", [job.sha256]).fetchone()
            if row:
                with db.atomic():
                    store.record_file(db, job.path, row[0], job.sha256, job.size, job.mtime)
            summary.skipped += 1
    finally:
        db.close()
    summary.seconds = time.perf_counter() - t0
    return summary

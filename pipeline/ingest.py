"""Ingest: find PDFs, decide what needs extracting, extract in worker processes, and write each
document with a single writer, one transaction per document.

A PDF is identified by the SHA-256 of its bytes:
- a path whose bytes are unchanged since the last run is skipped;
- the same bytes under a second name are one document with both paths recorded;
- a path whose bytes changed is re-extracted and replaces all of that document's records, and
  the earlier version's sha256 and time go to `document_versions`; if another path still holds
  the earlier bytes, the new bytes become a new document instead;
- a path whose bytes changed to those of another known document becomes a name of that one; its
  earlier document, if no path holds it any more, is retired into it (history kept).

Only one ingest runs at a time on a database (runlock.py); a second one refuses.

Every file is extracted in a child process of its own, under a wall-clock limit and a memory
limit (RLIMIT_AS), so that a hostile or broken file (forms nested a million deep, a compression
bomb) costs one line and a row in `failures`, never the run, with one worker as with many.
"""
from __future__ import annotations

import faulthandler
import os
import resource
import signal
import sqlite3
import stat
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing import Pipe
from multiprocessing.connection import Connection, wait as wait_for_any
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline.store import database as store
from pipeline.distributed import extract_on_dask
from pipeline.store.links import relink
from pipeline.extract.paper import extract_file, sha256_of
from pipeline.models import Extraction
from pipeline.read.ocr import check_available as check_ocr_available
from pipeline.read.pages import UnreadablePDF
from pipeline.store.runlock import exclusive_ingest


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
    # ingested, but not one word could be read (scanned without --ocr, garbled fonts): the
    # document is there, its content is not, so the run counts as a problem
    without_text: list[Path] = field(default_factory=list)
    retired: int = 0  # documents replaced by another one's bytes (see store.retire_document)

    def line(self) -> str:
        recs = ", ".join(f"{k} {v}" for k, v in self.records.items() if v) or "no new records"
        no_text = f", {len(self.without_text)} without text" if self.without_text else ""
        return (f"{self.ingested} ingested, {self.skipped} skipped, {len(self.failed)} failed{no_text}; "
                f"{self.pages} pages; {recs}; {self.seconds:.1f}s")


def find_pdfs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and PDFs under folders named (recursively), in a stable order, each as its
    absolute path with symlinks resolved: that is the file the site will serve, whatever folder
    it is started from."""
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
            unique.append(key)
    return unique


@dataclass
class Job:
    path: Path
    sha256: str
    size: int
    mtime: float
    document_id: int | None  # set when the job replaces an existing document
    previous_document_id: int | None = None  # the document this path was a name of until now


def plan(db, files: list[Path], force: bool, summary: Summary, ocr: bool = False) -> list[Job]:
    """Decide, for each file, whether it is skipped, recorded as another name of a known
    document, or extracted."""
    jobs: list[Job] = []
    planned_sha: dict[str, Job] = {}
    for path in files:
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):  # reading a FIFO or /dev/zero would never end
                summary.failed.append(Failure(path, "not a regular file (a pipe, device or socket): skipped"))
                continue
            sha = sha256_of(path)
        except OSError as e:
            summary.failed.append(Failure(path, f"cannot read file: {e.strerror or e}"))
            continue
        row = db.execute("select document_id, sha256 from document_files where path = ?", [str(path)]).fetchone()
        previous = row[0] if row else None
        same_bytes = db.execute("select id from documents where sha256 = ?", [sha]).fetchone()
        if same_bytes and not force and not (ocr and _awaits_ocr(db, same_bytes[0])):
            if not (row and row[1] == sha and previous == same_bytes[0]):
                # the same PDF under another name, or this file now has another document's bytes
                with db.atomic():
                    summary.retired += _record_path(db, path, same_bytes[0], sha, st.st_size, st.st_mtime, previous)
            summary.skipped += 1
            continue
        if sha in planned_sha:  # two names for the same new bytes: extract once, record both
            jobs.append(Job(path, sha, st.st_size, st.st_mtime, -1, previous))
            continue
        job = Job(path, sha, st.st_size, st.st_mtime, _document_to_replace(db, path, previous, same_bytes), previous)
        planned_sha[sha] = job
        jobs.append(job)
    return jobs


def _awaits_ocr(db, document_id: int) -> bool:
    """The document has image-only pages that an earlier run (without --ocr) could not read."""
    row = db.execute("select pages_without_text > ocr_pages from documents where id = ?", [document_id]).fetchone()
    return bool(row and row[0])


def _document_to_replace(db, path: Path, previous: int | None, same_bytes: tuple | None) -> int | None:
    """The document new records are written into: the one that has these bytes (re-extracting
    with --force or --ocr); else this path's document, unless another path still holds that
    document's bytes (then the changed file is a new document); else none (a new document)."""
    if same_bytes:
        return same_bytes[0]
    if previous is None:
        return None
    held_elsewhere = db.execute("""select 1 from document_files f join documents d on d.id = f.document_id
                                   where f.document_id = ? and f.path != ? and f.sha256 = d.sha256 limit 1""",
                                [previous, str(path)]).fetchone()
    return None if held_elsewhere else previous


def _record_path(db, path: Path, document_id: int, sha: str, size: int, mtime: float, previous: int | None) -> int:
    """Record `path` as a name of `document_id`; the path's earlier document is retired into it
    when no path names that one any more. Returns the number of documents retired (0 or 1)."""
    store.record_file(db, path, document_id, sha, size, mtime)
    db.execute("delete from failures where path = ?", [str(path)])  # an earlier failure is resolved
    if previous is None or previous == document_id:
        return 0
    if db.execute("select 1 from document_files where document_id = ? limit 1", [previous]).fetchone():
        return 0
    store.retire_document(db, previous, document_id)
    return 1


# what a worker sends back: the job, its extraction or the reason it failed, seconds taken
Result = tuple[Job, Extraction | None, str | None, float]

OUT_OF_MEMORY = "ran out of memory reading it"


def _extract(job: Job, figures_dir: Path | None, ocr: bool) -> Result:
    """Extract one file; errors come back as text so one bad file never stops a run."""
    t = time.perf_counter()
    try:
        ex = extract_file(job.path, sha256=job.sha256, figures_dir=figures_dir, ocr=ocr)
        return job, ex, None, time.perf_counter() - t
    except UnreadablePDF as e:
        return job, None, str(e), time.perf_counter() - t
    except MemoryError:
        return job, None, OUT_OF_MEMORY, time.perf_counter() - t
    except Exception as e:  # a bug in an extractor must not lose the rest of the run
        tb = traceback.format_exc(limit=-3).strip().splitlines()
        return job, None, f"internal error ({type(e).__name__}: {e}) at {tb[-3].strip() if len(tb) > 2 else ''}", \
            time.perf_counter() - t


WORKER_DIED = "the PDF reader crashed on it (its worker process died: out of memory, or a fault in PDFium)"

# The slowest real papers (the 85-page Kent packs) extract in seconds, so a file still going
# after two minutes is hostile or broken; with --ocr every scanned page is a Tesseract run of a
# few seconds, so the limit is longer. A worker starts at ~0.35 GB of address space (the
# pipeline imported) and real papers add little to it.
FILE_SECONDS = 120.0
FILE_SECONDS_OCR = 600.0
FILE_MEMORY = 2 << 30  # bytes of address space a worker may use


@dataclass
class Limits:
    seconds: float = FILE_SECONDS
    memory: int = FILE_MEMORY

    def too_slow(self) -> str:
        return f"took longer than {self.seconds:g} s: skipped (raise --file-timeout if it is a real paper)"

    def too_big(self) -> str:
        size = f"{self.memory / (1 << 30):.3g} GB" if self.memory >= 1 << 30 else f"{self.memory >> 20} MB"
        return f"needed more than {size} of memory: skipped (raise --file-memory if it is a real paper)"


def _child(conn, job: Job, figures_dir: Path | None, ocr: bool, limits: Limits) -> None:
    """In the child process: extract under the memory limit and send the result back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle: it kills us
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    faulthandler.disable()  # a crash is reported by the parent in one line, not as a dump here
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory, resource.getrlimit(resource.RLIMIT_AS)[1]))
    result = _extract(job, figures_dir, ocr)
    if result[2] == OUT_OF_MEMORY:
        result = (job, None, limits.too_big(), result[3])
    try:
        conn.send(result)
    except MemoryError:  # the extraction fitted, its pickled copy did not
        conn.send((job, None, limits.too_big(), result[3]))


@dataclass
class _Running:
    pid: int
    conn: Connection  # the parent's end of the child's pipe; it reads as closed once the child ends
    job: Job
    started: float


def _start(job: Job, figures_dir: Path | None, ocr: bool, limits: Limits) -> _Running:
    """Fork a child that extracts `job`: it starts with everything already imported."""
    parent_end, child_end = Pipe(duplex=False)
    # a Ctrl+C between the fork and the child ignoring it would print a traceback from the
    # child: it is held back until the child is started
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
        if pid == 0:  # the child: never returns into the parent's code
            code = 0
            try:
                parent_end.close()
                _child(child_end, job, figures_dir, ocr, limits)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    child_end.close()
    return _Running(pid, parent_end, job, time.monotonic())


def _extract_in_children(jobs: list[Job], workers: int, figures_dir: Path | None, ocr: bool,
                         limits: Limits) -> Iterator[Result]:
    """Extract each file in a child process of its own, `workers` at a time, yielding results as
    they come. A child past the time limit is killed; one that dies (the memory limit hit
    inside PDFium, a fault in its C code, the kernel's out-of-memory killer) fails only its own
    file."""
    # largest files first: a long pack started last would leave the other workers idle at the end
    queue = sorted(jobs, key=lambda j: j.size, reverse=True)
    running: list[_Running] = []
    try:
        while queue or running:
            while queue and len(running) < workers:
                running.append(_start(queue.pop(0), figures_dir, ocr, limits))
            first_deadline = min(r.started for r in running) + limits.seconds
            wait_for_any([r.conn for r in running], timeout=max(0.0, first_deadline - time.monotonic()))
            for r in list(running):
                result = _collect(r, limits)
                if result is not None:
                    running.remove(r)
                    yield result
    finally:  # interrupted (Ctrl+C) or the consumer stopped: no child outlives the run
        for r in running:
            _end(r, kill=True)


def _collect(r: _Running, limits: Limits) -> Result | None:
    """The child's result if it has one, its failure if it died or ran out of time, else None."""
    seconds = time.monotonic() - r.started
    if r.conn.poll():
        try:
            return _end(r, kill=False, result=r.conn.recv())
        except (EOFError, OSError):  # it died before or while sending
            status, usage = _end(r, kill=False)
            # a child at its memory limit dies inside PDFium, which aborts when an allocation
            # fails (other faults in C code are segmentation faults), or is killed by the
            # kernel's out-of-memory killer with its memory near the limit
            aborted = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGABRT
            big = aborted or usage.ru_maxrss * 1024 >= 0.75 * limits.memory
            return r.job, None, limits.too_big() if big else WORKER_DIED, seconds
    if seconds >= limits.seconds:
        _end(r, kill=True)
        return r.job, None, limits.too_slow(), seconds
    return None


def _end(r: _Running, *, kill: bool, result: Result | None = None):
    """Reap the child (killing it first if asked, or if it lingers after sending its result);
    returns `result`, or the child's exit status and resource usage when no result is given."""
    reaped = None
    if not kill:  # it has sent its result or died: it is gone or about to be
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, status, usage = os.wait4(r.pid, os.WNOHANG)
            if pid:
                reaped = status, usage
                break
            time.sleep(0.001)
    if reaped is None:
        os.kill(r.pid, signal.SIGKILL)
        _, status, usage = os.wait4(r.pid, 0)
        reaped = status, usage
    r.conn.close()
    return result if result is not None else reaped


def ingest(paths: Iterable[str | Path], db_path: str | Path, *, force: bool = False, ocr: bool = False,
           workers: int | None = None, figures_dir: Path | None = None, dask: str | None = None,
           file_seconds: float | None = None, file_memory: int = FILE_MEMORY,
           on_start: Callable[[int], None] | None = None,
           on_done: Callable[[Path, str | None], None] | None = None) -> Summary:
    """Ingest the PDFs under `paths`. Raises ocr.OCRUnavailable (with `ocr`, before anything is
    written), runlock.IngestRunning (another ingest holds the database),
    distributed.DaskUnavailable (`dask` given, but no Dask or no scheduler there) and
    store.DatabaseProblem (the database is damaged, locked, read-only, or its disk is full).

    Each file may take `file_seconds` (default FILE_SECONDS, FILE_SECONDS_OCR with `ocr`) and
    `file_memory` bytes; past either it fails with a line saying so. With `dask` (a scheduler
    address, "tcp://host:8786") extraction runs on that Dask cluster instead of local child
    processes; this process still writes the database."""
    if ocr:
        check_ocr_available()
    limits = Limits(file_seconds or (FILE_SECONDS_OCR if ocr else FILE_SECONDS), file_memory)
    try:
        with exclusive_ingest(db_path):
            return _ingest(paths, db_path, force=force, ocr=ocr, workers=workers, figures_dir=figures_dir,
                           dask=dask, limits=limits, on_start=on_start, on_done=on_done)
    except (sqlite3.Error, OSError) as e:
        raise store.describe_problem(e, db_path) from None


def _ingest(paths: Iterable[str | Path], db_path: str | Path, *, force: bool, ocr: bool, workers: int | None,
            figures_dir: Path | None, dask: str | None, limits: Limits, on_start: Callable[[int], None] | None,
            on_done: Callable[[Path, str | None], None] | None) -> Summary:
    t0 = time.perf_counter()
    summary = Summary()
    db = store.connect(db_path)
    figures_dir = figures_dir or Path(db_path).parent / "figures"
    try:
        files = find_pdfs(paths)
        jobs = plan(db, files, force, summary, ocr)
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
                        store.record_version(db, job.document_id, job.sha256)
                    doc_id = store.write_extraction(db, ex, document_id=job.document_id, seconds=seconds)
                    summary.retired += _record_path(db, job.path, doc_id, job.sha256, job.size, job.mtime,
                                                    job.previous_document_id)
                summary.ingested += 1
                if not any(p.text.strip() for p in ex.pages):
                    summary.without_text.append(job.path)
                summary.pages += ex.document.page_count
                summary.records.update(ex.counts())
                summary.warnings.extend((job.path, w) for w in ex.warnings)
            if on_done:
                on_done(job.path, error)

        if dask and jobs:
            for result in extract_on_dask(jobs, dask, _extract, figures_dir, ocr):
                finish(*result)
        else:
            for result in _extract_in_children(jobs, workers, figures_dir, ocr, limits):
                finish(*result)
        for job in duplicates:
            row = db.execute("select id from documents where sha256 = ?", [job.sha256]).fetchone()
            if row:
                with db.atomic():
                    summary.retired += _record_path(db, job.path, row[0], job.sha256, job.size, job.mtime,
                                                    job.previous_document_id)
                summary.skipped += 1
                continue
            # these bytes failed under their first name: this name fails for the same reason
            reason = db.execute("select reason from failures where sha256 = ?", [job.sha256]).fetchone()[0]
            with db.atomic():
                store.record_failure(db, job.path, job.sha256, reason)
            summary.failed.append(Failure(job.path, reason))
        # papers of one meeting may arrive in different runs: links span them all. The mark is
        # also set when an earlier run wrote documents and stopped before linking them.
        if summary.ingested or summary.retired or store.links_stale(db):
            with db.atomic():
                relink(db)
                store.clear_links_stale(db)
    finally:
        db.close()
    summary.seconds = time.perf_counter() - t0
    return summary

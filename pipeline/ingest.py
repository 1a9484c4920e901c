"""Ingest: find PDFs, decide what needs extracting, extract in worker processes, and write each
document with a single writer, one transaction per document.

A PDF is identified by the SHA-256 of its bytes:
- a path whose bytes are unchanged since the last run is skipped; a file whose size and
  modification time are those recorded is taken as unchanged without hashing it (`verify`
  hashes every file);
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
The children are forks of this process made after it has imported the extractors, so a child
costs a fork, not a fresh start of Python and spaCy.

A run that finds nothing to do must be instant, so the extractors (spaCy, the PDF libraries) and
sqlite-utils are imported only once there is a file to extract or a record to write.
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

from pipeline.models import Extraction, Meeting
from pipeline.store import database as store
from pipeline.store import links
from pipeline.store.database import sha256_of
from pipeline.store.runlock import exclusive_ingest
from pipeline.sources import Source, sources_for
from pipeline.store.meetings import tie_meetings


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
    # what the run wrote, replaced or retired, and the meetings and councils those documents were
    # about before: only their links are remade (links.py)
    touched: set[int] = field(default_factory=set)
    touched_meetings: set[int] = field(default_factory=set)
    touched_councils: set = field(default_factory=set)

    def before_change(self, db, document_id: int) -> None:
        """Note what a document is about before its records are replaced or deleted."""
        self.touched_meetings |= links.meetings_of(db, document_id)
        self.touched_councils |= links.council_of(db, document_id)

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
    key: str = ""  # the path as stored: relative to the corpus folder


def unchanged(db_path: str | Path, files: list[Path], ocr: bool = False) -> bool:
    """Every file is recorded with its present size and modification time as a name of the
    document its bytes make (and, with `ocr`, none of those awaits OCR): nothing to do. Plain
    sqlite3, read-only, so that finding this costs milliseconds."""
    import sqlite3

    if not Path(db_path).exists():
        return False
    try:
        con = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        if con.execute("select 1 from meta where key = ?", [store.LINKS_STALE]).fetchone():
            return False  # an earlier run stopped before linking
        row = con.execute("select value from meta where key = 'corpus_root'").fetchone()
        if row is None:
            return False
        root = os.path.normpath(os.path.join(os.path.abspath(Path(db_path).parent), row[0]))
        for path in files:
            st = path.stat()
            row = con.execute("""select d.pages_without_text > d.ocr_pages from document_files f
                                 join documents d on d.id = f.document_id and d.sha256 = f.sha256
                                 where f.path = ? and f.size_bytes = ? and f.mtime = ?""",
                              [stored_path(root, path), st.st_size, st.st_mtime]).fetchone()
            if row is None or (ocr and row[0]):
                return False
        return True
    except (OSError, sqlite3.Error):  # a missing file, an older schema: the full plan decides
        return False
    finally:
        con.close()


def plan(db, files: list[Path], force: bool, summary: Summary, ocr: bool = False, verify: bool = False,
         key: Callable[[Path], str] = str) -> list[Job]:
    """Decide, for each file, whether it is skipped, recorded as another name of a known
    document, or extracted. A file with the size and modification time recorded for its path
    keeps its recorded sha256 unless `verify`. `key` gives the path as the database stores it."""
    jobs: list[Job] = []
    planned_sha: dict[str, Job] = {}
    for path in files:
        stored = key(path)
        row = db.execute("select document_id, sha256, size_bytes, mtime from document_files where path = ?",
                         [stored]).fetchone()
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):  # reading a FIFO or /dev/zero would never end
                summary.failed.append(Failure(path, "not a regular file (a pipe, device or socket): skipped"))
                continue
            same_stat = row is not None and row[2] == st.st_size and row[3] == st.st_mtime
            sha = row[1] if same_stat and not verify else sha256_of(path)
        except OSError as e:
            summary.failed.append(Failure(path, f"cannot read file: {e.strerror or e}"))
            continue
        previous = row[0] if row else None
        same_bytes = db.execute("select id from documents where sha256 = ?", [sha]).fetchone()
        if same_bytes and not force and not (ocr and _awaits_ocr(db, same_bytes[0])):
            if not (row and row[1] == sha and previous == same_bytes[0]):
                # the same PDF under another name, or this file now has another document's bytes
                with db.atomic():
                    summary.retired += _record_path(db, stored, same_bytes[0], sha, st.st_size, st.st_mtime, previous,
                                                    summary)
            summary.skipped += 1
            continue
        if sha in planned_sha:  # two names for the same new bytes: extract once, record both
            jobs.append(Job(path, sha, st.st_size, st.st_mtime, -1, previous, stored))
            continue
        job = Job(path, sha, st.st_size, st.st_mtime, _document_to_replace(db, stored, previous, same_bytes), previous,
                  stored)
        planned_sha[sha] = job
        jobs.append(job)
    return jobs


def _awaits_ocr(db, document_id: int) -> bool:
    """The document has image-only pages that an earlier run (without --ocr) could not read."""
    row = db.execute("select pages_without_text > ocr_pages from documents where id = ?", [document_id]).fetchone()
    return bool(row and row[0])


def _document_to_replace(db, path: str, previous: int | None, same_bytes: tuple | None) -> int | None:
    """The document new records are written into: the one that has these bytes (re-extracting
    with --force or --ocr); else this path's document, unless another path still holds that
    document's bytes (then the changed file is a new document); else none (a new document)."""
    if same_bytes:
        return same_bytes[0]
    if previous is None:
        return None
    held_elsewhere = db.execute("""select 1 from document_files f join documents d on d.id = f.document_id
                                   where f.document_id = ? and f.path != ? and f.sha256 = d.sha256 limit 1""",
                                [previous, path]).fetchone()
    return None if held_elsewhere else previous


def _record_path(db, path: str, document_id: int, sha: str, size: int, mtime: float, previous: int | None,
                 summary: Summary) -> int:
    """Record `path` as a name of `document_id`; the path's earlier document is retired into it
    when no path names that one any more. Returns the number of documents retired (0 or 1)."""
    store.record_file(db, path, document_id, sha, size, mtime)
    db.execute("delete from failures where path = ?", [path])  # an earlier failure is resolved
    if previous is None or previous == document_id:
        return 0
    if db.execute("select 1 from document_files where document_id = ? limit 1", [previous]).fetchone():
        return 0
    summary.before_change(db, previous)
    summary.touched |= {previous, document_id}
    store.retire_document(db, previous, document_id)
    return 1


# what a worker sends back: the job, its extraction or the reason it failed, seconds taken
Result = tuple[Job, Extraction | None, str | None, float]

OUT_OF_MEMORY = "ran out of memory reading it"


def extract_file(path: Path, **options) -> Extraction:
    """paper.extract_file, imported when a file is first extracted: it brings spaCy and the PDF
    libraries, which a run with nothing to extract never needs."""
    from pipeline.extract.paper import extract_file as extract

    return extract(path, **options)


def _extract(job: Job, figures_dir: Path | None, ocr: bool) -> Result:
    """Extract one file; errors come back as text so one bad file never stops a run."""
    from pipeline.read.pages import UnreadablePDF

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


def _preload(ocr: bool) -> None:
    """Import the extractors and build spaCy's tokenizer once, here, before the first fork: each
    child then starts with them in memory instead of paying about a second of imports per file
    (most of a small paper's cost). gc.freeze keeps the children's garbage collector from
    touching, and so copying, the parent's objects."""
    import gc

    from pipeline.extract import nlp, paper  # noqa: F401  (imported for the children)
    nlp.english()
    if ocr:
        import numpy  # noqa: F401  (OCR's grid check and image handling)
        import PIL.Image  # noqa: F401
    gc.freeze()


def _extract_in_children(jobs: list[Job], workers: int, figures_dir: Path | None, ocr: bool,
                         limits: Limits) -> Iterator[Result]:
    """Extract each file in a child process of its own, `workers` at a time, yielding results as
    they come. A child past the time limit is killed; one that dies (the memory limit hit
    inside PDFium, a fault in its C code, the kernel's out-of-memory killer) fails only its own
    file."""
    if jobs:
        _preload(ocr)
    # largest files first: a long pack started last would leave the other workers idle at the end
    queue = sorted(jobs, key=lambda j: j.size, reverse=True)
    running: list[_Running] = []
    try:
        while queue or running:
            while queue and len(running) < workers:
                running.append(_start(queue.pop(0), figures_dir, ocr, limits))
            first_deadline = min(r.started for r in running) + limits.seconds
            wait_for_any([r.conn for r in running], timeout=max(0.0, first_deadline - time.monotonic()))
            done = []
            for r in list(running):
                result = _collect(r, limits)
                if result is not None:
                    running.remove(r)
                    done.append(result)
            # the next files start before the finished ones are stored: the writer then works while
            # the workers extract instead of leaving them idle (a run of one worker uses two cores)
            while queue and len(running) < workers:
                running.append(_start(queue.pop(0), figures_dir, ocr, limits))
            yield from done
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
           verify: bool = False, workers: int | None = None, figures_dir: Path | None = None, dask: str | None = None,
           sources: Path | None = None, file_seconds: float | None = None, file_memory: int = FILE_MEMORY,
           on_start: Callable[[int], None] | None = None,
           on_done: Callable[[Path, str | None], None] | None = None) -> Summary:
    """Ingest the PDFs under `paths`. Raises ocr.OCRUnavailable (with `ocr`, before anything is
    written), runlock.IngestRunning (another ingest holds the database),
    distributed.DaskUnavailable (`dask` given, but no Dask or no scheduler there) and
    store.DatabaseProblem (the database is damaged, locked, read-only, or its disk is full).

    Each file may take `file_seconds` (default FILE_SECONDS, FILE_SECONDS_OCR with `ocr`) and
    `file_memory` bytes; past either it fails with a line saying so. With `dask` (a scheduler
    address, "tcp://host:8786") extraction runs on that Dask cluster instead of local child
    processes; this process still writes the database.

    `verify` hashes every file, instead of trusting an unchanged size and modification time.
    `sources` is a CSV file of where the papers were published (see sources.py); without it, a
    sources.csv beside the PDFs is read. Raises sources.BadSources when it cannot be read."""
    if ocr:
        from pipeline.read.ocr import check_available as check_ocr_available
        check_ocr_available()
    paths = list(paths)
    source_map = sources_for(find_pdfs(paths), sources)  # a bad sources file stops the run before it starts
    limits = Limits(file_seconds or (FILE_SECONDS_OCR if ocr else FILE_SECONDS), file_memory)
    try:
        with exclusive_ingest(db_path):
            return _ingest(paths, db_path, force=force, ocr=ocr, verify=verify, workers=workers,
                           figures_dir=figures_dir, dask=dask, limits=limits, on_start=on_start, on_done=on_done,
                           source_map=source_map)
    except (sqlite3.Error, OSError) as e:
        raise store.describe_problem(e, db_path) from None


def _ingest(paths: Iterable[str | Path], db_path: str | Path, *, force: bool, ocr: bool, verify: bool,
            workers: int | None, figures_dir: Path | None, dask: str | None, limits: Limits,
            on_start: Callable[[int], None] | None, on_done: Callable[[Path, str | None], None] | None,
            source_map: dict | None = None) -> Summary:
    t0 = time.perf_counter()
    summary = Summary()
    files = find_pdfs(paths)
    # (a sources file may have changed: with one, the full plan runs and records it)
    if not force and not verify and not source_map and unchanged(db_path, files, ocr):
        summary.skipped = len(files)
        summary.seconds = time.perf_counter() - t0
        return summary
    db = store.connect(db_path, verify=verify)
    stale_before = store.links_stale(db)
    figures_dir = figures_dir or Path(db_path).parent / "figures"
    source_map = source_map or {}
    try:
        root = corpus_root(db, db_path, paths)
        jobs = plan(db, files, force, summary, ocr, verify, key=lambda p: stored_path(root, p))
        duplicates = [j for j in jobs if j.document_id == -1]
        jobs = [j for j in jobs if j.document_id != -1]
        if on_start:
            on_start(len(jobs))
        workers = max(1, workers or os.cpu_count() or 1)

        def finish(job: Job, ex: Extraction | None, error: str | None, seconds: float):
            if ex is None:
                with db.atomic():
                    store.record_failure(db, job.key, job.sha256, error or "unknown error")
                summary.failed.append(Failure(job.path, error or "unknown error"))
            else:
                ex.document.path = job.key  # published paths never say where the corpus sits on this machine
                if job.path in source_map:
                    apply_source(ex, source_map[job.path])
                with db.atomic():
                    if job.document_id is not None:
                        summary.before_change(db, job.document_id)
                        store.record_version(db, job.document_id, job.sha256)
                    doc_id = store.write_extraction(db, ex, document_id=job.document_id, seconds=seconds)
                    summary.touched.add(doc_id)
                    summary.retired += _record_path(db, job.key, doc_id, job.sha256, job.size, job.mtime,
                                                    job.previous_document_id, summary)
                summary.ingested += 1
                if not any(p.text.strip() for p in ex.pages):
                    summary.without_text.append(job.path)
                summary.pages += ex.document.page_count
                counts = ex.counts()
                proposed = sum(d.kind == "proposed" for d in ex.decisions)
                counts["decisions"] -= proposed  # a proposal is not a decision
                counts["proposed decisions"] = proposed
                counts["meetings"] = sum(1 for m in ex.meetings if m.committee and m.date)  # the ones stored
                summary.records.update(counts)
                summary.warnings.extend((job.path, w) for w in ex.warnings)
            if on_done:
                on_done(job.path, error)

        if dask and jobs:
            from pipeline.distributed import extract_on_dask
            for result in extract_on_dask(jobs, dask, _extract, figures_dir, ocr):
                finish(*result)
        else:
            for result in _extract_in_children(jobs, workers, figures_dir, ocr, limits):
                finish(*result)
        for job in duplicates:
            row = db.execute("select id from documents where sha256 = ?", [job.sha256]).fetchone()
            if row:
                with db.atomic():
                    summary.retired += _record_path(db, job.key, row[0], job.sha256, job.size, job.mtime,
                                                    job.previous_document_id, summary)
                summary.skipped += 1
                continue
            # these bytes failed under their first name: this name fails for the same reason
            reason = db.execute("select reason from failures where sha256 = ?", [job.sha256]).fetchone()[0]
            with db.atomic():
                store.record_failure(db, job.key, job.sha256, reason)
            summary.failed.append(Failure(job.path, reason))
        record_sources(db, source_map, root)
        # papers of one meeting may arrive in different runs: links span runs. Only the meetings
        # and councils this run touched can change, unless an earlier run wrote documents and
        # stopped before linking them (the links-stale mark): then everything is relinked.
        if stale_before or summary.ingested or summary.retired:
            with db.atomic():
                # documents the ties moved to another meeting (a folder's newly arrived paper
                # settles its appendices) are relinked with what the run wrote
                settled = tie_meetings(db, None if stale_before else summary.touched)
                scope = None if stale_before else links.Scope(db, summary.touched | settled.documents,
                                                               summary.touched_meetings | settled.meetings,
                                                               summary.touched_councils | settled.councils)
                links.relink(db, scope)
                store.clear_links_stale(db)
    finally:
        db.close()
    store.mark_intact(db_path)  # (not after a run that raised: the next run checks the file again)
    summary.seconds = time.perf_counter() - t0
    return summary


# ---------------------------------------------------------------- where papers are and came from

def corpus_root(db, db_path: str | Path, paths: list) -> str:
    """The corpus folder stored paths are relative to: the folder given to the first ingest
    (the folder of the files, when files were given). The database keeps it relative to its
    own folder, so nothing it publishes says where things sit on this machine."""
    db_folder = os.path.abspath(Path(db_path).parent)
    row = db.execute("select value from meta where key = 'corpus_root'").fetchone()
    if row:
        return os.path.normpath(os.path.join(db_folder, row[0]))
    folders = [os.path.abspath(p if Path(p).is_dir() else Path(p).parent) for p in paths] or [os.getcwd()]
    root = os.path.commonpath(folders)
    with db.atomic():
        db["meta"].upsert({"key": "corpus_root", "value": os.path.relpath(root, db_folder)}, pk="key")
        # a database made before paths were relative: its paths become relative to this folder
        for table, key in (("document_files", "path"), ("failures", "path"), ("documents", "id"),
                           ("document_versions", "id")):
            rows = db.execute(f"select [{key}], path from [{table}] where path like '/%'").fetchall()
            for k, path in rows:
                db.execute(f"update or ignore [{table}] set path = ? where [{key}] = ?",
                           [Path(os.path.relpath(path, root)).as_posix(), k])
    return root


def stored_path(root: str, path: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(path), root)).as_posix()


def apply_source(ex: Extraction, source: Source) -> None:
    """What the publisher's index says about a paper is taken over what its text says."""
    doc = ex.document
    doc.source_url = source.url or doc.source_url
    doc.licence = source.licence or doc.licence
    doc.council = source.council or doc.council
    doc.committee = source.committee or doc.committee
    if source.meeting_date:
        doc.meeting_date, doc.year = source.meeting_date, int(source.meeting_date[:4])
    if source.council or source.committee or source.meeting_date:
        if ex.meetings:
            m = ex.meetings[0]
            m.council, m.committee, m.date = doc.council, doc.committee, doc.meeting_date
        else:
            ex.meetings.append(Meeting(council=doc.council, committee=doc.committee, date=doc.meeting_date))


def record_sources(db, source_map: dict, root: str) -> None:
    """Source addresses for every listed file, extracted this run or not (a sources.csv written
    after the first ingest still fills them in)."""
    for path, source in source_map.items():
        if not (source.url or source.licence):
            continue
        db.execute("""update documents set source_url = coalesce(?, source_url), licence = coalesce(?, licence)
                      where id in (select document_id from document_files where path = ?)""",
                   [source.url, source.licence, stored_path(root, path)])

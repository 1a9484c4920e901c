"""How fast is `papers ingest`, against bare PDF readers on the same pages, and how does its cost
grow with the database?

    python benchmarks/speed.py [FOLDER] [--files N] [--skip-baseline] [--skip-growth] [--profile-only] [--cpu]

FOLDER defaults to ../shared/corpus/kent (143 PDFs, 1,649 pages). In one run, on the same files:
- bare pypdfium2 text (`get_text_range`, the floor) and bare pdfplumber `extract_text()`;
- `papers ingest` into a fresh database with 1 and with 2 workers (pages/s, and each as a share
  of bare PDFium in the same run);
- the no-op re-ingest of the unchanged files (the whole command, interpreter start included);
- the time to add one new paper to a database of all FOLDER's papers and to one ten times larger
  (the same papers cloned under nine more council names, so meetings and targets are distinct);
- peak memory (RSS) of the ingest, and of one long file against a short one (flat in pages?);
- a profile of one single-worker run by stage (self time: a stage's time excludes the stages it
  calls), from timers put around the stage functions; with `--cpu` the timers count this process's
  CPU time (user + system) instead of wall time, for a machine that other jobs share.
Ingest runs in a subprocess so its memory and imports are its own. `--files N` uses the first N
files, for a quick run. The machine is shared, so compare ratios measured in the same run.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = Path("/work/shared/corpus/kent") if Path("/work/shared/corpus/kent").is_dir() else ROOT.parent / "shared" / "corpus" / "kent"
PY = sys.executable


def pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf")


# ---------------------------------------------------------------- bare readers

def bare_pdfium(files: list[Path]) -> tuple[int, float]:
    import pypdfium2 as pdfium
    t, n = time.perf_counter(), 0
    for f in files:
        try:
            pdf = pdfium.PdfDocument(str(f))
        except Exception:
            continue
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            n += 1
        pdf.close()
    return n, time.perf_counter() - t


def bare_pdfplumber(files: list[Path]) -> tuple[int, float]:
    import pdfplumber
    t, n = time.perf_counter(), 0
    for f in files:
        try:
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
                    n += 1
        except Exception:  # the baseline reads what it can, as ingest does
            continue
    return n, time.perf_counter() - t


# ---------------------------------------------------------------- ingest in a child process

def ingest(paths: list[Path], db: Path, workers: int = 1, extra: tuple[str, ...] = (),
           cpu: list | None = None) -> tuple[int, float, float]:
    """(pages read, seconds, peak RSS MB of the child and its workers) of `papers ingest`; its
    CPU seconds (user + system, the child and its workers) are appended to `cpu`."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); s = time.perf_counter() - t; "
            "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(s, u.ru_maxrss, u.ru_utime + u.ru_stime); print(r.stdout[-2000:]); "
            "print(r.stderr[-2000:], file=sys.stderr)")
    out = subprocess.run([PY, "-c", code, PY, "-m", "pipeline", "ingest", "--db", str(db), "-q",
                          "--workers", str(workers), *extra, *map(str, paths)], cwd=ROOT, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    head, *rest = out.stdout.strip().splitlines()
    seconds, rss, cpu_seconds = head.split()
    if cpu is not None:
        cpu.append(float(cpu_seconds))
    m = re.search(r"; (\d+) pages;", "\n".join(rest))
    if not m:
        raise SystemExit(f"ingest failed: {out.stdout[-500:]} {out.stderr[-500:]}")
    return int(m.group(1)), float(seconds), int(rss) / 1024


# ---------------------------------------------------------------- a database ten times larger

def clone_database(src: Path, dest: Path, copies: int) -> None:
    """`dest` = `src` plus copies-1 clones of every document and record under other council
    names (other meeting keys and sha256s, each copy's paths in a folder of its own), ids shifted,
    foreign keys kept."""
    shutil.copy(src, dest)
    con = sqlite3.connect(dest)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table' and sql not like "
                                        "'%VIRTUAL%' and name not like '%_fts%' and name not like 'sqlite_%'")]
    offset = {t: con.execute(f"select coalesce(max(id), 0) from [{t}]").fetchone()[0]
              for t in tables if "id" in [c[1] for c in con.execute(f"pragma table_info([{t}])")]}
    with con:
        for k in range(1, copies):
            for t in tables:
                cols = [c[1] for c in con.execute(f"pragma table_info([{t}])")]
                refs = {r[3]: r[2] for r in con.execute(f"pragma foreign_key_list([{t}])")}
                if t == "document_meetings":
                    refs = {"document_id": "documents", "meeting_id": "meetings"}
                if t in ("meta", "failures") or ("id" not in cols and "document_id" not in cols):
                    continue
                exprs = []
                for c in cols:
                    if c == "id" and t in offset:
                        exprs.append(f"id + {offset[t] * k}")
                    elif c in refs and refs[c] in offset:
                        exprs.append(f"[{c}] + {offset[refs[c]] * k}")
                    elif c == "council":
                        exprs.append(f"coalesce([council], '') || ' {k}'")
                    elif c == "path":
                        # (each copy in a download folder of its own, as another council's papers are)
                        exprs.append(f"'copy{k}/' || [{c}]")
                    elif c in ("sha256", "key"):
                        exprs.append(f"[{c}] || '#{k}'")
                    else:
                        exprs.append(f"[{c}]")
                con.execute(f"insert into [{t}] ({', '.join(f'[{c}]' for c in cols)}) "
                            f"select {', '.join(exprs)} from [{t}] where {'id' if 'id' in cols else 'document_id'} "
                            f"<= {offset.get(t, offset['documents'])}")
    con.close()


def new_paper(src: Path, folder: Path, tag: str = "") -> Path:
    """A copy of `src` with other bytes: a new document with the same content."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{src.stem}-new{tag}.pdf"
    dest.write_bytes(src.read_bytes() + f"\n% a new copy {tag}\n".encode())
    return dest


def add_one_paper(paper: Path, databases: list[Path], tmp: Path, tries: int = 3) -> dict[Path, float]:
    """Best time of `tries` to add a new copy of `paper` to each database, in this process (the
    pipeline imported beforehand, so interpreter start and imports do not drown the difference)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.ingest import ingest as run_ingest

    run_ingest([new_paper(paper, tmp / "warm")], tmp / "warm" / "papers.db", workers=1)  # imports, caches
    best = {db: float("inf") for db in databases}
    for k in range(tries):
        for db in databases:
            copy = new_paper(paper, tmp / f"add-{db.parent.name}", tag=str(k))
            t = time.perf_counter()
            summary = run_ingest([copy], db, workers=1)
            assert summary.ingested == 1, summary.line()
            best[db] = min(best[db], time.perf_counter() - t)
    return best


# ---------------------------------------------------------------- profile by stage

def profile(files: list[Path], db: Path, cpu: bool = False) -> tuple[dict[str, float], float, int]:
    """Self time per stage of one single-worker ingest in this process (CPU time with `cpu`)."""
    clock = time.process_time if cpu else time.perf_counter
    sys.path.insert(0, str(ROOT))
    from pipeline import ingest as ingest_mod
    from pipeline.extract import (agenda, amounts, decisions, document, figures, paper, recommendations, reports,
                                  sections, structure, tables, targets)
    from pipeline.read import layout, pages, textlayer
    from pipeline.store import database, links

    totals: dict[str, float] = defaultdict(float)
    stack: list[list] = []

    def timed(stage, fn):
        def wrapper(*a, **kw):
            frame = [stage, clock(), 0.0]
            stack.append(frame)
            try:
                return fn(*a, **kw)
            finally:
                stack.pop()
                spent = clock() - frame[1]
                totals[stage] += spent - frame[2]
                if stack:
                    stack[-1][2] += spent
        return wrapper

    patches = [
        (pages, "open_document", "reading: open PDF"), (pages, "_read_words", "reading: words"),
        (pages, "_read_graphics", "reading: graphics"), (pages, "is_garbled", "reading: garbled check"),
        (pages, "read_page", "reading: other"),
        (paper, "sha256_of", "hashing"), (ingest_mod, "plan", "plan (stat, hash, look up)"),
        (layout, "analyse", "layout"), (document, "describe", "document facts"),
        (structure, "extract_structure", "structure (other)"),
        (structure, "extract_agenda_items", "agenda items"), (structure, "read_report", "reports"),
        (structure, "extract_sections", "sections"), (structure, "extract_recommendations", "recommendations"),
        (structure, "extract_decisions", "decisions"), (tables, "extract_tables", "tables"),
        (amounts, "extract_amounts", "amounts"), (targets, "extract_targets", "targets"),
        (figures, "extract_figures", "figures"), (paper, "extract_file", "extract (other)"),
        (database, "write_extraction", "store"), (links, "link_agenda_items", "links: agenda items"),
        (links, "link_decisions", "links: decisions"), (links, "link_recommendations", "links: recommendations"),
        (links, "link_targets", "links: targets"),
    ]
    del agenda, decisions, recommendations, reports, sections, textlayer
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in patches if hasattr(mod, name)]
    for mod, name, stage in patches:
        if hasattr(mod, name):
            setattr(mod, name, timed(stage, getattr(mod, name)))
    def in_this_process(jobs, workers, figures_dir, ocr, limits):
        # the per-file children are forks whose timers die with them: extract here instead
        for job in sorted(jobs, key=lambda j: j.size, reverse=True):
            yield ingest_mod._extract(job, figures_dir, ocr)

    saved.append((ingest_mod, "_extract_in_children", ingest_mod._extract_in_children))
    ingest_mod._extract_in_children = in_this_process
    try:
        t = clock()
        summary = ingest_mod.ingest(files, db, workers=1)
        total = clock() - t
    finally:
        for mod, name, fn in saved:
            setattr(mod, name, fn)
    totals["other (ingest loop, relink setup)"] = total - sum(totals.values())
    return dict(totals), total, summary.pages


# ---------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--files", type=int, default=0, help="use only the first N files (a quick run)")
    ap.add_argument("--skip-baseline", action="store_true", help="skip bare pdfplumber (slow)")
    ap.add_argument("--skip-growth", action="store_true", help="skip adding a paper to the 1x and 10x databases")
    ap.add_argument("--profile-only", action="store_true")
    ap.add_argument("--cpu", action="store_true", help="profile CPU time (user + system) rather than wall time")
    a = ap.parse_args()
    files = pdfs(a.folder)[: a.files or None]
    if not files:
        raise SystemExit(f"no PDFs under {a.folder}")
    tmp = Path(tempfile.mkdtemp(prefix="papers-bench-"))
    # ingest reads each distinct file once: give every reader the same list of distinct files
    print(f"{len(files)} PDFs under {a.folder}; {os.cpu_count()} cores; scratch {tmp}")
    try:
        if not a.profile_only:
            run_benchmarks(a, files, tmp)
        stages, total, n = profile(files, tmp / "profile" / "papers.db", cpu=a.cpu)
        print(f"\nprofile of one 1-worker ingest, {n} pages in {total:.1f} s {'CPU' if a.cpu else 'wall'} ({n / total:.0f} pages/s), self time:")
        for stage, s in sorted(stages.items(), key=lambda kv: -kv[1]):
            print(f"  {stage:38s}{s:8.2f} s {100 * s / total:5.1f}%")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_benchmarks(a, files: list[Path], tmp: Path) -> None:
    rows = []
    n, s = bare_pdfium(files)
    floor = n / s
    rows.append(("bare pypdfium2 get_text_range (floor)", n, s, floor))
    if not a.skip_baseline:
        n, s = bare_pdfplumber(files)
        rows.append(("bare pdfplumber extract_text", n, s, n / s))
    rate, peak = {}, {}
    for workers in (1, 2):
        n, s, rss = ingest(files, tmp / f"w{workers}" / "papers.db", workers)
        rate[workers], peak[workers] = n / s, rss
        rows.append((f"papers ingest, {workers} worker{'s' if workers > 1 else ''}", n, s, n / s))
    noop_cpu: list[float] = []
    noop = [ingest(files, tmp / "w2" / "papers.db", 2, cpu=noop_cpu)[1] for _ in range(3)]
    try:
        verify = f"{ingest(files, tmp / 'w2' / 'papers.db', 2, ('--verify',))[1]:.2f} s"
    except SystemExit:
        verify = "n/a (no --verify option)"

    print(f"\n{'':42s}{'pages':>8s}{'seconds':>10s}{'pages/s':>10s}{'of floor':>10s}")
    for name, n, s, r in rows:
        print(f"{name:42s}{n:8d}{s:10.1f}{r:10.1f}{100 * r / floor:9.1f}%")
    print(f"\ningest 1 worker / bare PDFium:   {rate[1] / floor:6.1%}  (goal >= 25%)")
    print(f"ingest 2 workers / 1 worker:     {rate[2] / rate[1]:6.2f}x  (goal >= 1.9x)")
    print(f"no-op re-ingest (whole command): {min(noop):6.2f} s best of 3, {max(noop):.2f} s worst  (goal < 0.3 s); "
          f"CPU {min(noop_cpu):.2f} s (what a quiet machine's wall time would be)")
    print(f"re-ingest with --verify (hash every file): {verify}")
    print(f"peak memory, ingest with 1 worker: {peak[1]:.0f} MB; with 2 workers: {peak[2]:.0f} MB")
    text_heavy = max(files, key=lambda p: p.stat().st_size / max(_page_count(p), 1) if _page_count(p) >= 10 else 0)
    peaks = []
    for pages in (100, 800):
        long = repeated_pages(text_heavy, tmp / f"long{pages}" / f"long-{pages}.pdf", pages)
        peaks.append((pages, ingest([long], tmp / f"long{pages}" / "papers.db")[2]))
    print("peak memory of one file of text-heavy pages (the pages of " + text_heavy.name[:40] + " repeated): " +
          ", ".join(f"{n} pages {mb:.0f} MB" for n, mb in peaks) + "  (goal: flat)")
    if a.skip_growth:
        return
    base = tmp / "w1" / "papers.db"
    big = tmp / "x10" / "papers.db"
    big.parent.mkdir(parents=True, exist_ok=True)
    clone_database(base, big, 10)
    sizes = {db: sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0] for db in (base, big)}
    paper = max(files, key=lambda p: p.stat().st_size if _page_count(p) < 12 else 0)
    print(f"\nadding one new {_page_count(paper)}-page paper (new bytes, the council and meetings of its original), "
          f"best of 3, in one process:")
    costs = add_one_paper(paper, [base, big], tmp)
    for db in (base, big):
        print(f"  to a database of {sizes[db]:5d} documents: {costs[db]:.2f} s")
    print(f"  10x / 1x: {costs[big] / costs[base]:.2f}  (goal: flat, about 1.0)")


def repeated_pages(src: Path, dest: Path, pages: int) -> Path:
    """A file of `pages` pages: those of `src` over and over."""
    import pypdfium2 as pdfium
    dest.parent.mkdir(parents=True, exist_ok=True)
    source, out = pdfium.PdfDocument(str(src)), pdfium.PdfDocument.new()
    while len(out) < pages:
        out.import_pages(source, list(range(min(len(source), pages - len(out)))))
    out.save(str(dest))
    out.close()
    source.close()
    return dest


def _page_count(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


if __name__ == "__main__":
    main()

"""How fast does ingest read committee papers, against bare pdfplumber on the same machine?

    python benchmarks/ingest_speed.py [FOLDER] [--workers N] [--skip-baseline]

FOLDER defaults to ../shared/corpus/kent (1,649 pages). In one run this measures:
- bare pdfplumber `extract_text()` on every page (the baseline);
- pypdfium2 text extraction on every page (near the limit of what reading can cost);
- the full `papers ingest` into a fresh database with 1 worker and with N workers;
- re-ingest of the unchanged folder (everything skipped);
- peak memory (RSS) of each ingest, and of ingesting the largest file alone.
It prints pages/second for each and the ratios the project's goals are stated in. Ingest runs in a
subprocess so its peak memory is its own; pages/second counts the pages ingest actually read
(identical files under two names are read once).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "kent"


def pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf")


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


def run_ingest(paths: list[Path], db: Path, workers: int) -> tuple[int, float]:
    """(pages read, seconds) of `papers ingest` in a child process."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "pipeline", "ingest", "--db", str(db), "-q", "--workers", str(workers),
                          *map(str, paths)], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr[-500:]
    m = re.search(r"; (\d+) pages;", line)
    if not m:
        raise SystemExit(f"ingest failed: {line}")
    return int(m.group(1)), seconds


def peak_rss_mb(paths: list[Path], db: Path, workers: int) -> float:
    """Peak RSS (MB) of one ingest and its worker processes, measured from a fresh interpreter so
    earlier runs do not mask it (RUSAGE_CHILDREN reports the largest descendant waited for)."""
    code = ("import resource, subprocess, sys; "
            "subprocess.run(sys.argv[1:], check=False, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "pipeline", "ingest", "--db", str(db),
                          "-q", "--workers", str(workers), *map(str, paths)], cwd=ROOT, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--skip-baseline", action="store_true", help="skip the two bare readers")
    a = ap.parse_args()
    files = pdfs(a.folder)
    if not files:
        raise SystemExit(f"no PDFs under {a.folder}")
    print(f"{len(files)} PDFs under {a.folder}; {os.cpu_count()} cores")
    rows = []
    if not a.skip_baseline:
        n, s = bare_pdfplumber(files)
        base = n / s
        rows.append(("pdfplumber extract_text (baseline)", n, s, base))
        n, s = bare_pdfium(files)
        rows.append(("pypdfium2 get_text_range", n, s, n / s))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in sorted({1, a.workers}):
            db = Path(tmp) / f"w{workers}" / "papers.db"
            n, s = run_ingest([a.folder], db, workers)
            results[workers] = (n, s)
            rows.append((f"papers ingest, {workers} worker{'s' if workers > 1 else ''}", n, s, n / s))
        db = Path(tmp) / f"w{a.workers}" / "papers.db"
        t = time.perf_counter()
        run_ingest([a.folder], db, a.workers)
        reingest = time.perf_counter() - t
        largest = max(files, key=lambda p: p.stat().st_size)
        peak_largest = peak_rss_mb([largest], Path(tmp) / "largest" / "papers.db", 1)
        peak_all = peak_rss_mb([a.folder], Path(tmp) / "peak" / "papers.db", a.workers)
    print(f"\n{'':42s}{'pages':>8s}{'seconds':>10s}{'pages/s':>10s}")
    for name, n, s, rate in rows:
        print(f"{name:42s}{n:8d}{s:10.1f}{rate:10.1f}")
    one = results[1][0] / results[1][1]
    many = results[a.workers][0] / results[a.workers][1]
    print()
    if not a.skip_baseline:
        print(f"ingest with 1 worker / bare pdfplumber:      {one / base:5.2f}x   (goal >= 2.5x)")
        print(f"ingest with {a.workers} workers / bare pdfplumber:     {many / base:5.2f}x")
    print(f"ingest with {a.workers} workers / with 1 worker:        {many / one:5.2f}x   (goal >= 1.8x with 2 workers)")
    print(f"re-ingest of the unchanged folder:           {reingest:5.2f} s  (goal < 2 s)")
    print(f"peak memory ingesting the largest file ({largest.name[:40]}, {largest.stat().st_size // 1024} KB): "
          f"{peak_largest:.0f} MB  (goal < 1 GB)")
    print(f"peak memory of the whole ingest with {a.workers} workers (main process and workers): {peak_all:.0f} MB")


if __name__ == "__main__":
    main()

"""Extraction on a Dask cluster, for more papers than one machine reads in good time:

    papers ingest --dask tcp://scheduler:8786 PATH ...

Only extraction moves: each PDF is read by a Dask worker and the records come back to this
process, which stays the single writer of the database (so the database rules — one transaction
per document, one ingest at a time — hold as before). The workers need the project installed
(`pip install -e '.[dask]'`) and must see the PDFs at the same absolute paths (a shared or
network file system), and the figures folder if figures are to be saved.
"""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Callable, Iterator


class DaskUnavailable(RuntimeError):
    """--dask was given but dask.distributed is not installed, or the scheduler cannot be reached."""


def extract_on_dask(jobs: list, address: str, extract: Callable, figures_dir: Path | None, ocr: bool) -> Iterator[tuple]:
    """Yield extract(job, figures_dir, ocr) results for every job as Dask workers finish them."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise DaskUnavailable("--dask needs dask.distributed: pip install -e '.[dask]'") from None
    try:
        client = Client(address)  # waits distributed.comm.timeouts.connect (30 s by default)
    except (OSError, TimeoutError) as e:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {e}") from None
    figures = figures_dir.resolve() if figures_dir else None
    with client:
        # a bounded window of files in flight, so the records waiting here stay few
        window = max(4, 2 * sum(client.nthreads().values()))
        queue = list(jobs)
        running = as_completed()
        by_key: dict[str, object] = {}

        def submit(job) -> None:
            remote = dataclasses.replace(job, path=Path(job.path).resolve())  # workers need absolute paths
            fut = client.submit(extract, remote, figures, ocr, pure=False)
            by_key[fut.key] = job
            running.add(fut)

        for job in queue[:window]:
            submit(job)
        queue = queue[window:]
        for fut in running:
            job = by_key.pop(fut.key)
            t = time.perf_counter()
            try:
                _, ex, error, seconds = fut.result()
            except Exception as e:  # a worker that died on this file several times (KilledWorker)
                ex, error, seconds = None, f"the Dask worker reading it failed ({type(e).__name__}: {e})", 0.0
            yield job, ex, error, seconds or time.perf_counter() - t
            fut.release()
            if queue:
                submit(queue.pop(0))

"""One ingest at a time per database.

SQLite alone would keep two concurrent ingests from corrupting the file, but both would plan
the same new PDFs and the second to commit would collide with the first. So an ingest holds an
exclusive lock on `<database>.lock` for its whole run, and a second ingest refuses at once,
naming the run that holds it. The lock is an flock(2) on an open file: the kernel releases it
when the process ends however it ends (kill -9 included), so a crashed run never leaves a
stale lock behind. The file itself stays; what it says only matters while it is locked.
Readers (`papers serve`, `papers export`) take no lock: WAL lets them read during an ingest.
"""
from __future__ import annotations

import fcntl
import os
import socket
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator


class IngestRunning(Exception):
    """Another ingest holds the database; the message names it."""


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _this_run() -> str:
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])
    return f"pid {os.getpid()} on {socket.gethostname()}, started {started}: {command}"


@contextmanager
def exclusive_ingest(db_path: str | Path) -> Iterator[None]:
    """Hold the database's ingest lock for the duration, or raise IngestRunning."""
    lock_path = lock_path_for(Path(db_path))
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            # the holder writes who it is just after taking the lock: give it a moment to do so
            holder = ""
            for _ in range(20):
                holder = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip()
                if holder:
                    break
                time.sleep(0.025)
            holder = holder or "a process that is just starting"
            raise IngestRunning(f"another ingest is writing to {db_path} ({holder}); "
                                "wait for it to finish or stop it, then run this again") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, _this_run().encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing the file releases the lock

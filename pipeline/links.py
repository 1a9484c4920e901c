"""Links across documents, made after ingest: filled in by later work (issue 5)."""
from __future__ import annotations

from pathlib import Path


def link_all(db_path: str | Path) -> None:
    """Recompute cross-document links. Nothing to link yet."""
    return None

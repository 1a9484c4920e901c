"""SQLite store: the schema (derived from the record dataclasses) and writing one document's
records in one transaction.

Tables are created with sqlite-utils, with primary keys and foreign keys declared so that
Datasette renders the links. Every record table has `id`, `document_id` and `page`.
"""
from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import re
import shutil
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from pipeline.models import RECORD_TYPES, Document, Extraction
from pipeline.store import meetings

if TYPE_CHECKING:  # sqlite-utils is imported when a database is opened: a no-op ingest never needs it
    import sqlite_utils

SCHEMA_VERSION = 1

# Full-text search: table -> columns indexed.
SEARCHABLE = {
    "pages": ["text"],
    "report_sections": ["heading", "text"],
    "recommendations": ["text"],
    "decisions": ["text", "minute_heading"],
    "agenda_items": ["title", "description"],
    "reports": ["title"],
    "documents": ["title", "filename"],
}


# Columns the site facets and sorts on (metadata.yml) and the columns links are looked up by,
# besides every foreign key: indexed so that a facet or a row page never scans a table.
INDEXED = {
    "documents": [["council"], ["committee"], ["year"], ["doc_type"], ["meeting_date"], ["ingested_at"]],
    "meetings": [["council"], ["committee"], ["year"], ["date"]],
    "agenda_items": [["number"]],
    "reports": [["committee"], ["key_decision"]],
    "recommendations": [["status"]],
    "decisions": [["kind"], ["minute_heading"]],
    "tables": [["kind"]],
    "amounts": [["unit", "value"], ["role"]],
    "targets": [["unit"], ["direction"]],
}


def _sql_type(annotation: str) -> type:
    a = str(annotation)
    if a.startswith(("dict", "list", "tuple", "BBox")):
        return str  # stored as JSON text
    if a.startswith("bool"):
        return int
    if a.startswith("int"):
        return int
    if a.startswith("float"):
        return float
    return str


def columns_of(cls: type) -> dict[str, type]:
    """Column name -> Python type for a record dataclass (refs become `<name>_id`)."""
    cols: dict[str, type] = {}
    for f in dataclasses.fields(cls):
        if "ref" in f.metadata:
            cols[f"{f.name}_id"] = int
        else:
            cols[f.name] = _sql_type(f.type)
    return cols


def foreign_keys_of(cls: type) -> list[tuple[str, str, str]]:
    fks = []
    for f in dataclasses.fields(cls):
        if "ref" in f.metadata:
            fks.append((f"{f.name}_id", f.metadata["ref"], "id"))
        elif "fk" in f.metadata:
            fks.append((f.name, f.metadata["fk"], "id"))
    return fks


def sha256_of(path: Path) -> str:
    """A document's identity: the SHA-256 of its bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


BUSY_TIMEOUT_S = 30  # how long a writer waits for another program's write to finish


class DatabaseProblem(Exception):
    """The database cannot be written; the message is one line saying why and what to do."""


@lru_cache(maxsize=None)
def _writable_database() -> type:
    """The class of databases opened for writing (made on first use, so that importing this module
    does not import sqlite-utils)."""
    import sqlite_utils

    class WritableDatabase(sqlite_utils.Database):
        """sqlite-utils' Database whose transactions start with BEGIN IMMEDIATE: a deferred BEGIN
        takes the write lock only at its first write, and SQLite cannot wait (busy timeout) for a
        read lock to become a write lock, so a run meeting another writer would fail at once."""

        @contextmanager
        def atomic(self) -> Iterator["WritableDatabase"]:
            if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
                with super().atomic():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    return WritableDatabase


def connect(path: str | Path, *, readonly: bool = False, verify: bool = False) -> sqlite_utils.Database:
    """Open the database. For writing, an existing file is checked first (PRAGMA quick_check):
    writing on a damaged database spreads the damage, so a damaged or foreign file raises
    DatabaseProblem instead. The check reads the whole file, so it is skipped when the file is as
    this tool left it after its last whole run (mark_intact), unless `verify`."""
    path = Path(path)
    if readonly:
        import sqlite_utils

        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return sqlite_utils.Database(conn)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    db = _writable_database()(conn)
    try:
        if existed and (verify or not _as_left(path)):
            _check_intact(db, path)
        # WAL lets Datasette read while an ingest writes; NORMAL sync is safe with WAL.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        ensure_schema(db)
    except BaseException:
        conn.close()
        raise
    return db


def _checked_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _file_state(path: Path) -> str:
    """Size and modification time (ns) of the database and of its write-ahead log, if any (an
    empty log, which a reader's connection may create, holds nothing)."""
    parts = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        parts.append(f"{st.st_size}:{st.st_mtime_ns}" if st.st_size else "-")
    return " ".join(parts)


def mark_intact(path: str | Path) -> None:
    """Record that the database at `path` is whole as this run leaves it (closed after a run that
    checked it, or found it as the last run left it, and wrote only whole transactions): the next
    connect then skips the check, whose cost grows with the file, unless the file has changed
    since (another program wrote it, or it was damaged and so rewritten)."""
    path = Path(path)
    try:
        _checked_path(path).write_text(_file_state(path) + "\n")
    except OSError:
        pass  # (a folder we cannot write a note in: the next run checks the file again)


def _as_left(path: Path) -> bool:
    try:
        return _checked_path(path).read_text().strip() == _file_state(path)
    except OSError:
        return False


def _check_intact(db: sqlite_utils.Database, path: Path) -> None:
    try:
        found = [r[0] for r in db.execute("PRAGMA quick_check(3)").fetchall()]
    except sqlite3.DatabaseError as e:
        if "not a database" in str(e) or "malformed" in str(e):
            raise DatabaseProblem(_problem(e, path)) from None
        raise
    if found != ["ok"]:
        raise DatabaseProblem(f"{path} is damaged (SQLite's quick_check: {found[0]}); restore it from a backup, "
                              "or move it away and ingest again into a new database") from None


def _problem(e: sqlite3.Error, path: str | Path) -> str:
    """One line for an SQLite error met while writing `path`: what happened and what to do."""
    text = str(e)
    if "not a database" in text:
        return f"{path} is not an SQLite database: give another --db, or move that file away"
    if "malformed" in text or "corrupt" in text:
        return (f"{path} is damaged ({text}); restore it from a backup, or move it away and ingest again "
                "into a new database")
    if "disk is full" in text or ("disk I/O error" in text and _disk_full(path)):
        return f"the disk holding {path} is full: free some space and run again (what was written is whole)"
    if "readonly" in text or "read-only" in text:
        return f"{path} cannot be written (read-only file or folder): give a --db you can write, or change its permissions"
    if "locked" in text or "busy" in text:
        return (f"another program was writing to {path} for more than {BUSY_TIMEOUT_S} s: "
                "wait for it to finish, then run this again")
    if "unable to open" in text:
        return f"cannot open or create {path}: check the folder exists and you can write to it"
    return f"SQLite error on {path}: {text}"


def _disk_full(path: str | Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < 1 << 20
    except OSError:
        return False


def describe_problem(e: BaseException, path: str | Path) -> DatabaseProblem:
    """A DatabaseProblem for an SQLite or file-system error met while writing `path`."""
    if isinstance(e, DatabaseProblem):
        return e
    if isinstance(e, sqlite3.Error):
        return DatabaseProblem(_problem(e, path))
    if isinstance(e, OSError):
        if e.errno == errno.ENOSPC:
            return DatabaseProblem(f"the disk holding {path} is full: free some space and run again")
        where = e.filename or path
        return DatabaseProblem(f"cannot write {where}: {e.strerror or e}")
    raise TypeError(e)


# ---------------------------------------------------------------- links stale mark

# Cross-document links are recomputed once at the end of a run. A run stopped between its last
# document and that (a kill, a power cut) would leave the links stale with nothing to show it,
# and the next run, finding every file unchanged, would not relink. So each transaction that
# changes documents also sets this mark, and only the transaction that relinks clears it.
LINKS_STALE = "links_stale_since"


def mark_links_stale(db: sqlite_utils.Database) -> None:
    db.execute("insert into meta (key, value) values (?, ?) on conflict (key) do nothing", [LINKS_STALE, now()])


def links_stale(db: sqlite_utils.Database) -> bool:
    return db.execute("select 1 from meta where key = ?", [LINKS_STALE]).fetchone() is not None


def clear_links_stale(db: sqlite_utils.Database) -> None:
    db.execute("delete from meta where key = ?", [LINKS_STALE])


def ensure_schema(db: sqlite_utils.Database) -> None:
    existing = set(db.table_names())
    if "documents" in existing and "meetings" in existing:
        _add_missing_columns(db)
        _ensure_indexes(db)
        return
    with db.atomic():
        db["meetings"].create({"id": int, "key": str, "label": str, "council": str, "committee": str, "date": str,
                               "year": int, "time": str, "venue": str}, pk="id", if_not_exists=True)
        db["meetings"].create_index(["key"], unique=True, if_not_exists=True)
        doc_cols = {"id": int, **{k: v for k, v in columns_of(Document).items()}, "ingested_at": str,
                    "extract_seconds": float, "warnings": str}
        db["documents"].create(doc_cols, pk="id", foreign_keys=[("meeting_id", "meetings", "id")],
                               if_not_exists=True)
        db["documents"].create_index(["sha256"], unique=True, if_not_exists=True)
        db["document_files"].create({"path": str, "document_id": int, "filename": str, "sha256": str,
                                     "size_bytes": int, "mtime": float, "seen_at": str}, pk="path",
                                    foreign_keys=[("document_id", "documents", "id")], if_not_exists=True)
        db["document_versions"].create({"id": int, "document_id": int, "sha256": str, "path": str,
                                        "ingested_at": str, "replaced_at": str}, pk="id",
                                       foreign_keys=[("document_id", "documents", "id")], if_not_exists=True)
        db["document_meetings"].create({"document_id": int, "meeting_id": int, "role": str, "page": int},
                                       pk=("document_id", "meeting_id", "role"),
                                       foreign_keys=[("document_id", "documents", "id"),
                                                     ("meeting_id", "meetings", "id")], if_not_exists=True)
        # one row per person per council, filled after ingest by links.py from attendance and votes
        db["people"].create({"id": int, "council": str, "name": str, "variants": str, "attendances": int,
                             "votes": int}, pk="id", if_not_exists=True)
        db["failures"].create({"path": str, "sha256": str, "reason": str, "failed_at": str}, pk="path",
                              if_not_exists=True)
        # Record tables, in dependency order so foreign keys point at existing tables.
        for name in Extraction.RECORD_LISTS:
            cls = RECORD_TYPES[name]
            if name == "meetings":
                continue
            cols = {"id": int, "document_id": int, **columns_of(cls)}
            fks = [("document_id", "documents", "id")] + [
                fk for fk in foreign_keys_of(cls) if fk[1] in existing or fk[1] in db.table_names() or fk[1] == name]
            db[name].create(cols, pk="id", foreign_keys=fks, if_not_exists=True)
            db[name].create_index(["document_id"], if_not_exists=True)
        # Foreign keys to tables created later in the loop (a decision -> agenda item, a
        # recommendation -> decision) are added once every table exists.
        for name in Extraction.RECORD_LISTS:
            if name == "meetings":
                continue
            declared = {fk.column for fk in db[name].foreign_keys}
            for col, other, other_col in foreign_keys_of(RECORD_TYPES[name]):
                if col not in declared:
                    db[name].add_foreign_key(col, other, other_col, ignore=True)
        db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
        meetings.ensure_columns(db)
        # Full-text search last: adding a column by rebuilding a table (ensure_columns) drops the
        # table's triggers, and with them the ones that keep its FTS index current.
        for table, cols in SEARCHABLE.items():
            db[table].enable_fts(cols, create_triggers=True, tokenize="porter", replace=True)
        db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
        _ensure_indexes(db)


def _ensure_indexes(db: sqlite_utils.Database) -> None:
    """An index on every foreign key column (links, joins and the site's row pages look records
    up by them) and on every facet column (INDEXED)."""
    tables = set(db.table_names())
    wanted: set[tuple[str, tuple[str, ...]]] = set()
    for table in tables:
        if table.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
            continue
        for fk in db.execute(f"pragma foreign_key_list([{table}])").fetchall():
            wanted.add((table, (fk[3],)))
    for table, indexes in INDEXED.items():
        if table in tables:
            wanted.update((table, tuple(cols)) for cols in indexes)
    for table, cols in sorted(wanted):
        have = set(db[table].columns_dict)
        if set(cols) <= have:
            name = f"idx_{table}_{'_'.join(cols)}"
            db.execute(f"create index if not exists [{name}] on [{table}] ({', '.join(f'[{c}]' for c in cols)})")


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    """Columns added to the dataclasses since the database was made are added to its tables."""
    tables = {**RECORD_TYPES, "documents": Document}
    if "people" not in db.table_names():
        db["people"].create({"id": int, "council": str, "name": str, "variants": str, "attendances": int,
                             "votes": int}, pk="id")
    for name, cls in tables.items():
        if name == "meetings":
            continue
        if name not in db.table_names():  # a kind of record added since the database was made
            db[name].create({"id": int, "document_id": int, **columns_of(cls)}, pk="id",
                            foreign_keys=[("document_id", "documents", "id")])
            continue
        have = set(db[name].columns_dict)
        for col, typ in columns_of(cls).items():
            if col not in have:
                db[name].add_column(col, typ)
    if "year" not in db["meetings"].columns_dict:
        db["meetings"].add_column("year", int)
    meetings.ensure_columns(db)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _value(v: Any) -> Any:
    if isinstance(v, (dict, list, tuple)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return int(v)
    return v


def _row(record) -> dict:
    """A record's fields as column values (not dataclasses.asdict, whose deep copies cost more
    than the inserts they feed)."""
    return {f.name: _value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def meeting_key(council: str | None, committee: str | None, date: str | None) -> str:
    return meetings.meeting_key(council, committee, date)


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    return (db.execute(f"select coalesce(max(id), 0) from [{table}]").fetchone()[0] or 0) + 1


def delete_records(db: sqlite_utils.Database, document_id: int) -> None:
    for name in reversed(Extraction.RECORD_LISTS):
        if name != "meetings":
            db.execute(f"delete from [{name}] where document_id = ?", [document_id])
    db.execute("delete from document_meetings where document_id = ?", [document_id])
    db.execute("delete from meetings where id not in (select meeting_id from document_meetings)")


def write_extraction(db: sqlite_utils.Database, ex: Extraction, *, document_id: int | None = None,
                     seconds: float | None = None) -> int:
    """Write (or replace) one document and all its records in one transaction."""
    with db.atomic():
        doc = _row(ex.document)
        doc.update(ingested_at=now(), extract_seconds=seconds, warnings=json.dumps(ex.warnings) if ex.warnings else None)
        if document_id is None:
            document_id = _next_id(db, "documents")
        else:
            delete_records(db, document_id)
        doc["id"] = document_id
        ids: dict[str, list[int]] = {}
        # meetings are shared between documents: upsert by (council, committee, date)
        meeting_ids = []
        for m in ex.meetings:
            if not (m.committee and m.date):
                # a meeting is a body and a date a paper says it is for: a date or a body alone
                # (a letter date, "from April 2025") makes none
                meeting_ids.append(None)
                continue
            key = meeting_key(m.council, m.committee, m.date)
            row = db.execute("select id, time, venue from meetings where key = ?", [key]).fetchone()
            if row is None:
                mid = _next_id(db, "meetings")
                db["meetings"].insert({"id": mid, "key": key, "council": m.council, "committee": m.committee,
                                       "date": m.date, "year": int(m.date[:4]) if m.date else None,
                                       "time": m.time, "venue": m.venue,
                                       "label": meetings.meeting_label(m.council, m.committee, m.date)})
            else:
                mid = row[0]
                if m.time or m.venue:  # the latest agenda or minutes naming them wins
                    db.execute("update meetings set time = coalesce(?, time), venue = coalesce(?, venue) where id = ?",
                               [m.time, m.venue, mid])
            meeting_ids.append(mid)
            db["document_meetings"].insert({"document_id": document_id, "meeting_id": mid, "role": m.role,
                                            "page": m.page}, replace=True)
        ids["meetings"] = meeting_ids
        doc["meeting_id"] = meeting_ids[0] if meeting_ids else None
        db["documents"].upsert(doc, pk="id")
        for name in Extraction.RECORD_LISTS:
            if name == "meetings":
                continue
            records = getattr(ex, name)
            start = _next_id(db, name)
            ids[name] = list(range(start, start + len(records)))
            if records:
                _insert_records(db, name, records, ids, document_id)
        db.execute("delete from failures where sha256 = ?", [ex.document.sha256])
        mark_links_stale(db)
    return document_id


@lru_cache(maxsize=None)
def _insert_plan(cls: type) -> tuple[list[str], list[tuple[int, str]], list[bool]]:
    """For a record class: its fields, which of them are refs (and to which list), and which
    values need converting (JSON, bool) before SQLite takes them."""
    fields = dataclasses.fields(cls)
    refs = [(i, f.metadata["ref"]) for i, f in enumerate(fields) if "ref" in f.metadata]
    convert = [str(f.type).startswith(("dict", "list", "tuple", "BBox", "bool")) for f in fields]
    columns = [f"{f.name}_id" if "ref" in f.metadata else f.name for f in fields]
    return columns, refs, convert


def _insert_records(db: sqlite_utils.Database, name: str, records: list, ids: dict[str, list[int]],
                    document_id: int) -> None:
    """Insert one kind of record with executemany: tables such as table_cells take tens of
    thousands of rows a run, and sqlite-utils' per-row checks cost more than the inserts."""
    columns, refs, convert = _insert_plan(type(records[0]))
    names = [f.name for f in dataclasses.fields(records[0])]
    rows = []
    for i, rec in enumerate(records):
        values = [getattr(rec, n) for n in names]
        for k, needs in enumerate(convert):
            if needs:
                values[k] = _value(values[k])
        for k, target in refs:
            index = values[k]
            targets = ids.get(target, [])
            values[k] = targets[index] if index is not None and index < len(targets) else None
        rows.append((ids[name][i], document_id, *values))
    placeholders = ", ".join("?" * (len(columns) + 2))
    column_list = ", ".join(f"[{c}]" for c in ["id", "document_id", *columns])
    db.conn.executemany(f"insert into [{name}] ({column_list}) values ({placeholders})", rows)


def record_file(db: sqlite_utils.Database, path: str | Path, document_id: int, sha256: str, size: int,
                mtime: float) -> None:
    db["document_files"].upsert({"path": str(path), "document_id": document_id, "filename": Path(path).name,
                                 "sha256": sha256, "size_bytes": size, "mtime": mtime, "seen_at": now()}, pk="path")


def record_failure(db: sqlite_utils.Database, path: str | Path, sha256: str | None, reason: str) -> None:
    db["failures"].upsert({"path": str(path), "sha256": sha256, "reason": reason, "failed_at": now()}, pk="path")


def record_version(db: sqlite_utils.Database, document_id: int, new_sha256: str,
                   history_of: int | None = None) -> None:
    """Keep the sha256 and time of a document's current version before new bytes replace it
    (re-extracting the same bytes, with --force or --ocr, is not a new version). The history
    is kept under `history_of` when another document takes this one's place."""
    row = db.execute("select sha256, path, ingested_at from documents where id = ?", [document_id]).fetchone()
    if row and row[0] != new_sha256:
        db["document_versions"].insert({"document_id": history_of or document_id, "sha256": row[0],
                                        "path": row[1], "ingested_at": row[2], "replaced_at": now()}, alter=True)


def retire_document(db: sqlite_utils.Database, document_id: int, successor_id: int) -> None:
    """A document none of whose paths hold its bytes any more was replaced by `successor_id`
    (its file now has that document's bytes): its history and its own version move to the
    successor, and its records go, as when a file is re-extracted in place."""
    successor_sha = db.execute("select sha256 from documents where id = ?", [successor_id]).fetchone()[0]
    record_version(db, document_id, successor_sha, history_of=successor_id)
    db.execute("update document_versions set document_id = ? where document_id = ?", [successor_id, document_id])
    delete_records(db, document_id)
    db.execute("delete from documents where id = ?", [document_id])
    mark_links_stale(db)

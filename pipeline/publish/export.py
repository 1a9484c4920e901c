"""JSON export for journalists: one file per document with all its records, and an index.

Layout of the output folder (stable from run to run: names come from the PDF's name and the
first 10 hex digits of its SHA-256, keys are sorted, records are in id order):

    index.json                      [{"file": ..., "id": ..., "filename": ..., "doc_type": ..., "counts": {...}}]
    <pdf stem>-<sha256[:10]>.json   {"document": {...}, "meetings": [...], "reports": [...], ...}

Record fields are the columns of the SQLite tables (see metadata.yml for what each means);
`bbox`, `rows` and `header` are decoded from JSON.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.store import database as store
from pipeline.models import Extraction

JSON_COLUMNS = {"bbox", "rows", "header", "warnings"}


def _decode(row: dict) -> dict:
    out = {}
    for k, v in row.items():
        if k in JSON_COLUMNS and isinstance(v, str):
            try:
                v = json.loads(v)
            except json.JSONDecodeError:
                pass
        out[k] = v
    return out


def document_records(db, document_id: int) -> dict:
    """Everything the database holds for one document, as plain JSON-ready dicts."""
    doc = db.execute("select * from documents where id = ?", [document_id])
    cols = [c[0] for c in doc.description]
    row = doc.fetchone()
    if row is None:
        raise KeyError(document_id)
    result: dict = {"document": _decode(dict(zip(cols, row)))}
    result["document"]["paths"] = [r[0] for r in db.execute(
        "select path from document_files where document_id = ? order by path", [document_id])]
    cur = db.execute("""select m.*, dm.role from meetings m join document_meetings dm on dm.meeting_id = m.id
                        where dm.document_id = ? order by m.id""", [document_id])
    cols = [c[0] for c in cur.description]
    result["meetings"] = [dict(zip(cols, r)) for r in cur]
    for name in Extraction.RECORD_LISTS:
        if name == "meetings":
            continue
        cur = db.execute(f"select * from [{name}] where document_id = ? order by id", [document_id])
        cols = [c[0] for c in cur.description]
        result[name] = [_decode(dict(zip(cols, r))) for r in cur]
    return result


def file_name(filename: str, sha256: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(filename).stem)[:120]
    return f"{stem}-{sha256[:10]}.json"


def export_json(db_path: str | Path, out_dir: str | Path) -> int:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    db = store.connect(db_path, readonly=True)
    index = []
    try:
        ids = [r[0] for r in db.execute("select id from documents order by id")]
        for doc_id in ids:
            rec = document_records(db, doc_id)
            d = rec["document"]
            name = file_name(d["filename"], d["sha256"])
            (out_dir / name).write_text(json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=True))
            index.append({"file": name, "id": d["id"], "filename": d["filename"], "sha256": d["sha256"],
                          "doc_type": d["doc_type"], "council": d["council"], "committee": d["committee"],
                          "meeting_date": d["meeting_date"], "title": d["title"], "page_count": d["page_count"],
                          "counts": {k: len(v) for k, v in rec.items() if isinstance(v, list) and k != "pages"}})
    finally:
        db.close()
    (out_dir / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True))
    # files of documents no longer in the database are removed so the folder mirrors it
    keep = {i["file"] for i in index} | {"index.json"}
    for p in out_dir.glob("*.json"):
        if p.name not in keep:
            p.unlink()
    return len(index)

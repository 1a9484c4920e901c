"""JSON export for journalists: one file per document with all its records, and an index.

Layout of the output folder (stable from run to run: names come from the PDF's name and the
first 10 hex digits of its SHA-256, keys are sorted, records are in id order):

    index.json                      {"licence": ..., "generated_at": ..., "site": {...},
                                     "documents": [{"file": ..., "id": ..., "filename": ..., "url": ...,
                                                    "pdf_url": ..., "counts": {...}}, ...]}
    <pdf stem>-<sha256[:10]>.json   {"document": {...}, "meetings": [...], "reports": [...], ...}

Record fields are the columns of the SQLite tables (see metadata.yml for what each means);
`bbox`, `rows` and `header` are decoded from JSON, as the site's JSON API returns them. Every
record also has `url` (its page on the site) and, when it has a page, `page_url` (that page of
its PDF), so a reader can check each fact against the paper. Only index.json's `generated_at`
changes between two exports of the same database.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

import yaml

from pipeline.store import database as store
from pipeline.models import Extraction

JSON_COLUMNS = {"bbox", "rows", "header", "warnings", "roll_call", "variants"}
METADATA = Path(__file__).resolve().parents[2] / "metadata.yml"
DEFAULT_SITE = "http://127.0.0.1:8001"


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


class Links:
    """Addresses on the published site (`papers serve` of the same database)."""

    def __init__(self, site: str, database: str):
        self.base = f"{site.rstrip('/')}"
        self.database = database

    def row(self, table: str, row_id) -> str:
        return f"{self.base}/{self.database}/{table}/{row_id}"

    def pdf(self, document_id, page=None) -> str:
        return f"{self.base}/-/pdf/{self.database}/{document_id}" + (f"#page={page}" if page else "")


def _with_links(table: str, record: dict, links: Links | None) -> dict:
    if links is None:
        return record
    if "id" in record:
        record["url"] = links.row(table, record["id"])
    page = record.get("page", record.get("page_start"))
    document_id = record.get("document_id", record.get("id") if table == "documents" else None)
    if document_id is not None:
        record["page_url" if page else "pdf_url"] = links.pdf(document_id, page)
    return record


def document_records(db, document_id: int, links: Links | None = None) -> dict:
    """Everything the database holds for one document, as plain JSON-ready dicts."""
    doc = db.execute("select * from documents where id = ?", [document_id])
    cols = [c[0] for c in doc.description]
    row = doc.fetchone()
    if row is None:
        raise KeyError(document_id)
    result: dict = {"document": _with_links("documents", _decode(dict(zip(cols, row))), links)}
    result["document"]["paths"] = [r[0] for r in db.execute(
        "select path from document_files where document_id = ? order by path", [document_id])]
    cur = db.execute("""select m.*, dm.role from meetings m join document_meetings dm on dm.meeting_id = m.id
                        where dm.document_id = ? order by m.id""", [document_id])
    cols = [c[0] for c in cur.description]
    result["meetings"] = [_with_links("meetings", dict(zip(cols, r)), links) for r in cur]
    for name in Extraction.RECORD_LISTS:
        if name == "meetings":
            continue
        cur = db.execute(f"select * from [{name}] where document_id = ? order by id", [document_id])
        cols = [c[0] for c in cur.description]
        result[name] = [_with_links(name, _decode(dict(zip(cols, r))), links) for r in cur]
    return result


def file_name(filename: str, sha256: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(filename).stem)[:120]
    return f"{stem}-{sha256[:10]}.json"


def _licence() -> dict:
    try:
        meta = yaml.safe_load(METADATA.read_text()) or {}
    except (OSError, yaml.YAMLError):
        meta = {}
    return {"licence": meta.get("license"), "licence_url": meta.get("license_url"), "source": meta.get("source"),
            "title": meta.get("title")}


def export_json(db_path: str | Path, out_dir: str | Path, site: str = DEFAULT_SITE) -> int:
    """Write the export; `site` is the address the database is published at, for the links."""
    links = Links(site, Path(db_path).stem)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    db = store.connect(db_path, readonly=True)
    index = []
    try:
        ids = [r[0] for r in db.execute("select id from documents order by id")]
        for doc_id in ids:
            rec = document_records(db, doc_id, links)
            d = rec["document"]
            name = file_name(d["filename"], d["sha256"])
            (out_dir / name).write_text(json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=True))
            index.append({"file": name, "id": d["id"], "filename": d["filename"], "sha256": d["sha256"],
                          "doc_type": d["doc_type"], "council": d["council"], "committee": d["committee"],
                          "meeting_date": d["meeting_date"], "title": d["title"], "page_count": d["page_count"],
                          "url": d.get("url"), "pdf_url": d.get("pdf_url"),
                          "counts": {k: len(v) for k, v in rec.items() if isinstance(v, list) and k != "pages"}})
    finally:
        db.close()
    header = {**_licence(), "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
              "site": {"home": links.base + "/", "search": links.base + "/-/search?q=",
                       "database": f"{links.base}/{links.database}",
                       "api_example": f"{links.base}/{links.database}/decisions.json?_shape=array"},
              "documents": index}
    (out_dir / "index.json").write_text(json.dumps(header, ensure_ascii=False, indent=1, sort_keys=True))
    # files of documents no longer in the database are removed so the folder mirrors it
    keep = {i["file"] for i in index} | {"index.json"}
    for p in out_dir.glob("*.json"):
        if p.name not in keep:
            p.unlink()
    return len(index)

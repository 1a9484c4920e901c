"""Where each paper was published: a `sources.csv` beside the PDFs (or given to `papers ingest
--sources FILE`), or the address a downloader saved into the PDF itself.

sources.csv has a header row and one row per file:

    filename,url,council,committee,meeting_date,licence
    Agenda_frontsheet_30th-Jan-2025.pdf,https://democracy.kent.gov.uk/...,Kent,Cabinet,2025-01-30,OGL-UK-3.0

Only `filename` and `url` are needed; the other columns, where filled, are taken over what the
paper's text says (the publisher's own index of its papers is the better witness). Column names
are matched loosely ("file", "source_url", "date", "license" work too).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

SOURCES_FILE = "sources.csv"

COLUMN_NAMES = {
    "filename": ("filename", "file", "file_name", "name", "pdf", "path"),
    "url": ("url", "source_url", "source", "link", "href"),
    "council": ("council", "authority"),
    "committee": ("committee", "body", "meeting_body"),
    "meeting_date": ("meeting_date", "date", "meeting"),
    "licence": ("licence", "license"),
}
URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


@dataclass
class Source:
    url: str | None = None
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None
    licence: str | None = None


class BadSources(ValueError):
    """A sources file that cannot be read; the message is one line naming it."""


def read_sources(path: str | Path) -> dict[str, Source]:
    """File name -> its source, from a CSV file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise BadSources(f"cannot read sources file {path}: {getattr(e, 'strerror', None) or e}") from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        return {}
    header = [re.sub(r"[^a-z_]+", "_", h.strip().lower()).strip("_") for h in rows[0]]
    where = {}
    for field, names in COLUMN_NAMES.items():
        where[field] = next((header.index(n) for n in names if n in header), None)
    if where["filename"] is None:
        raise BadSources(f"sources file {path} has no filename column (its header is: {', '.join(rows[0])})")
    out: dict[str, Source] = {}
    for row in rows[1:]:
        def cell(field):
            i = where[field]
            value = row[i].strip() if i is not None and i < len(row) else ""
            return value or None
        name = cell("filename")
        if not name:
            continue
        date = cell("meeting_date")
        if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            date = None  # only ISO dates: "03/04/2025" could be either month
        out[Path(name.replace("\\", "/")).name] = Source(url=cell("url"), council=cell("council"),
                                                         committee=cell("committee"), meeting_date=date,
                                                         licence=cell("licence"))
    return out


def sources_for(pdfs: list[Path], given: Path | None = None) -> dict[Path, Source]:
    """Each PDF's source: from the file given, else the sources.csv in its own folder."""
    given_map = read_sources(given) if given else {}
    beside: dict[Path, dict[str, Source]] = {}
    out: dict[Path, Source] = {}
    for pdf in pdfs:
        folder = pdf.parent
        if folder not in beside:
            f = folder / SOURCES_FILE
            beside[folder] = read_sources(f) if f.is_file() else {}
        src = given_map.get(pdf.name) or beside[folder].get(pdf.name)
        if src is not None:
            out[pdf] = src
    return out


def url_in_metadata(path: Path) -> str | None:
    """The address a downloader saved in the PDF: an http(s) URL in its document information
    (Subject, Keywords, ...) or in its XMP packet (dc:source, xmp:BaseURL, ...)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
        try:
            info = pdf.get_metadata_dict(skip_empty=True)
        finally:
            pdf.close()
    except Exception:  # unreadable metadata is no reason to fail a paper
        info = {}
    for key in ("Subject", "Keywords", "Title", "Author", "Creator"):
        m = URL.search(info.get(key) or "")
        if m:
            return m.group(0)
    return _url_in_xmp(path)


def _url_in_xmp(path: Path) -> str | None:
    try:
        with open(path, "rb") as f:
            data = f.read(4 << 20)
    except OSError:
        return None
    start = data.find(b"<x:xmpmeta")
    end = data.find(b"</x:xmpmeta>", start)
    if start < 0 or end < 0:
        return None
    xmp = data[start:end].decode("utf-8", "replace")
    for tag in ("dc:source", "xmp:BaseURL", "pdfx:SourceURL", "pdfx:URL", "prism:url"):
        m = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", xmp, re.S) or re.search(rf'{tag}="([^"]+)"', xmp)
        if m:
            url = URL.search(m.group(1))
            if url:
                return url.group(0)
    return None

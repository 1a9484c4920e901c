"""Screenshots of a running site's main pages, for looking at it on a real corpus:

    papers serve --db extracted/kent.db --port 8001 &
    python scripts/site_screenshots.py http://127.0.0.1:8001 --search overspend

writes home, meeting, report, member, search and row (a decision) PNGs to
extracted/screenshots/<database>/. The records shown are the busiest of their kind (the meeting
with the most decisions, the report with the most recommendations, the person with the most
attendances), found through the site's own JSON API.
"""
from __future__ import annotations

import argparse
import json
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sql(base: str, database: str, query: str):
    url = f"{base}/{database}.json?" + urllib.parse.urlencode({"sql": query, "_shape": "array"})
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return json.load(r)
    except OSError:
        return []


def _first_database(base: str) -> str:
    """The site's first database (a database is named after its file: extracted/kent.db is kent)."""
    try:
        with urllib.request.urlopen(f"{base}/-/databases.json", timeout=30) as r:
            names = [d["name"] for d in json.load(r) if not d["name"].startswith("_")]
    except OSError:
        names = []
    return names[0] if names else "papers"


def busiest(base: str, database: str, table: str, query: str) -> str | None:
    rows = sql(base, database, query)
    return f"/{database}/{table}/{rows[0]['id']}" if rows else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="Address of the running site, e.g. http://127.0.0.1:8001")
    parser.add_argument("--database", default=None, help="Database name (default: the site's first)")
    parser.add_argument("--search", default="budget", help="Words to search for")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    base = args.base.rstrip("/")
    db = args.database or _first_database(base)
    out = args.out or ROOT / "extracted" / "screenshots" / db
    out.mkdir(parents=True, exist_ok=True)
    pages = {
        "home": "/",
        "meeting": busiest(base, db, "meetings", "select meeting_id as id from decisions where meeting_id is not null "
                                                  "group by meeting_id order by count(*) desc limit 1"),
        "report": busiest(base, db, "reports", "select report_id as id from recommendations where report_id is not null "
                                                "group by report_id order by count(*) desc limit 1"),
        "member": busiest(base, db, "people", "select id from people order by attendances desc limit 1"),
        "search": "/-/search?" + urllib.parse.urlencode({"q": args.search}),
        "row": busiest(base, db, "decisions", "select decision_id as id from recommendations "
                                               "where decision_id is not null limit 1"),
    }
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path in pages.items():
            if path is None:
                print(f"{name}: none in this database")
                continue
            response = page.goto(base + path)
            page.screenshot(path=str(out / f"{name}.png"), full_page=True)
            print(f"{name}: {path} ({response.status}) -> {out / (name + '.png')}")
        browser.close()


if __name__ == "__main__":
    main()

"""End to end: `papers serve` on a free port, driven by a real headless Chromium (Debian's
package, installed by scripts/ for the tests) through Playwright.

Every run writes screenshots of the pages it walks through to extracted/screenshots/ (home,
council, meeting, report, recommendation, decision, member, search, canned query).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from tests.conftest import CORPUS, ROOT

DATA = Path(__file__).resolve().parent / "data"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (scripts/install-system-packages)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    db = folder / "papers.db"
    ingest([CORPUS, DATA], db, workers=2)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("papers serve did not start: " + server.stdout.read().decode(errors="replace")[-2000:])
    yield base
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def shot(page, name: str) -> None:
    out = ROOT / "extracted" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out / f"{name}.png"), full_page=True)


def has_table(site, page, table: str) -> bool:
    return page.request.get(f"{site}/papers/{table}.json?_size=1").status == 200


def test_walk_from_home_to_meeting_report_recommendation_decision_and_member(site, page):
    page.goto(site + "/")
    home = page.inner_text("table.home-tables")
    # the data first, in reading order; housekeeping tables are not offered
    assert home.index("meetings") < home.index("recommendations") < home.index("table cells")
    assert "document_files" not in home and "failures" not in home
    shot(page, "home")
    page.click("text=Exampleton")
    assert "Housing and Regeneration Committee" in page.content()
    shot(page, "council")
    page.click("table.council-meetings >> text=Housing and Regeneration Committee >> nth=0")  # newest first: 14 May
    meeting = page.inner_text("body")
    title = page.inner_text("h1")  # the meeting's label where the database has one
    assert "Exampleton" in title and "Housing and Regeneration Committee" in title
    assert "2024-05-14" in title or "14 May 2024" in title
    for heading in ("Papers", "Agenda", "Reports", "Recommendations and what became of them", "Decisions"):
        assert heading in meeting
    assert "Temporary Accommodation Procurement" in meeting and "deferred" in meeting
    assert "Minutes – Housing and Regeneration Committee – 2024-05-14" in meeting
    shot(page, "meeting")
    meeting_url = page.url

    page.click("ul.bullets >> text=Empty Homes Strategy 2024-2029")
    report = page.inner_text("body")
    assert "Priya Shah" in report and "Recommendations, decisions and status" in report
    assert "approve a budget of £450,000" in report and "agreed" in report
    assert "£450,000" in report  # amounts formatted as money
    shot(page, "report")

    page.click("text=approve a budget of £450,000")
    fields = page.locator("dl.fields").first
    assert fields.is_visible()
    labels = fields.locator("dt").all_inner_texts()
    assert any(t.startswith("status") for t in labels) and not any(t.startswith("bbox") for t in labels)
    assert page.locator("details.internal-fields").count() == 1  # bbox, link method folded away
    assert "Empty Homes Strategy 2024-2029" in page.inner_text("dd.col-report_id")  # a key as its label
    shot(page, "recommendation")

    page.click("dd.col-decision_id a")
    decision = page.inner_text("body")
    assert "That a budget of £450,000 from the Housing Reserve be approved" in decision and "HR32" in decision
    shot(page, "decision")
    decision_url = page.url
    page.click("dd.col-meeting_id a")
    assert page.url == meeting_url

    if not has_table(site, page, "people"):  # a database made before "Minutes as records"
        return
    page.goto(decision_url)
    page.click("p.people a[href*='/papers/people/'] >> nth=0")  # one of those present
    member = page.inner_text("body")
    assert "Meetings attended" in member and "Votes cast" in member and "2024-05-14" in member
    assert "present" in member
    shot(page, "member")


def test_search_from_the_home_page_links_records_and_pdf_pages(site, page):
    page.goto(site + "/")
    page.fill("input[name=q]", "housing reserve")
    page.click("form.site-search input[type=submit]")
    assert "/-/search?q=housing+reserve" in page.url
    headings = [h.split(" ")[0] for h in page.locator("section.search-section h2").all_inner_texts()]
    order = ["Decisions", "Recommendations", "Agenda", "Reports", "Report", "Pages"]
    assert headings and headings == sorted(headings, key=order.index)
    assert headings[0] == "Decisions" and headings[-1] == "Pages"
    first = page.locator("li.hit").first
    assert [m.lower() for m in first.locator("mark").all_inner_texts()][:2] == ["housing", "reserve"]
    shot(page, "search")
    href = first.locator("a.pdf-link").get_attribute("href")
    assert re.fullmatch(r"/-/pdf/papers/\d+\?page=(\d+)#page=\1", href)
    response = page.request.get(site + href.split("#")[0])
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"
    first.locator("a.hit-title").click()
    assert re.search(r"/papers/decisions/\d+$", page.url) and "Housing Reserve" in page.inner_text("body")
    # what people type is never an error
    page.goto(site + '/-/search?q=%22AND+(-*')
    assert page.locator("h1").inner_text() == "Search the papers"


def test_record_pages_link_to_their_pdf_page(site, page):
    page.goto(f"{site}/papers/recommendations?text__contains=Housing+Reserve")
    link = page.locator("td.col-page a").first
    href = link.get_attribute("href")
    assert re.fullmatch(r"/-/pdf/papers/\d+\?page=4#page=4", href)
    response = page.request.get(site + href.split("#")[0])
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"


def test_table_pages_format_numbers_and_leave_out_internal_columns(site, page):
    page.goto(f"{site}/papers/amounts?unit=GBP&_sort_desc=value")
    table = page.inner_text("table.rows-and-columns")
    assert "£3,400,000" in table and "3400000.0" not in table
    headers = page.locator("table.rows-and-columns th").all_inner_texts()
    assert "bbox" not in [h.strip() for h in headers]
    assert "suggested-facets" not in page.content()  # facets are the ones metadata.yml chooses
    page.goto(f"{site}/papers/amounts?_internal=1")
    assert "bbox" in [h.strip() for h in page.locator("table.rows-and-columns th").all_inner_texts()]


def test_api_returns_positions_as_arrays(site, page):
    rows = page.request.get(f"{site}/papers/decisions.json?_shape=array&_size=3").json()
    assert rows and all(isinstance(r["bbox"], list) and len(r["bbox"]) == 4 for r in rows)


def test_canned_query_without_sql(site, page):
    page.goto(f"{site}/papers/money_in_recommendations?min_value=100000")
    content = page.content()
    assert "Money in recommendations over an amount" in content
    assert "£450,000" in content and "approve a budget of £450,000" in content
    assert "join recommendations" not in page.inner_text("body")  # hide_sql
    shot(page, "canned-query")


def test_feeds_have_absolute_links_and_full_titles(site, page):
    response = page.request.get(f"{site}/papers/new_decisions.atom?committee=Housing+and+Regeneration+Committee")
    assert response.status == 200
    body = response.text()
    # the committee's resolutions of 14 May (5) and of 12 March, printed in the May pack (2)
    assert body.count("<entry>") == 7 and "Empty Homes Strategy 2024-2029" in body
    assert re.search(r'<link href="http://127\.0\.0\.1:\d+/papers/decisions/\d+"', body)
    assert "<title>Exampleton, Housing and Regeneration Committee, 2024-05-14: HR32 Empty Homes Strategy" in body
    saved = page.request.get(f"{site}/papers/decisions_matching.atom?words=housing+reserve").text()
    assert saved.count("<entry>") >= 1 and "Housing Reserve" in saved

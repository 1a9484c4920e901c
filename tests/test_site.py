"""End to end: `papers serve` on a free port, driven by a real headless Chromium (Debian's
package, installed by scripts/ for the tests) through Playwright.

Run by hand with SCREENSHOTS=1 to write screenshots of the main pages to extracted/screenshots/.
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
    if os.environ.get("SCREENSHOTS"):
        out = ROOT / "extracted" / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out / f"{name}.png"), full_page=False)


def test_report_to_its_decision_and_back(site, page):
    page.goto(f"{site}/papers/reports?title=Empty+Homes+Strategy+2024-2029")
    page.click("td.col-id a")
    report_url = page.url
    assert "Priya Shah" in page.content() and "Empty Homes Strategy 2024-2029" in page.content()
    shot(page, "report")
    # the recommendations that point at this report, then one of them, then its decision
    page.click("a[href*='/papers/recommendations?report_id=']")  # "3 rows from report_id in recommendations"
    assert "approve a budget of £450,000" in page.content()
    page.click("td.col-id a >> nth=1")  # the second recommendation's own page
    page.click("td.col-decision_id a")
    decision = page.content()
    assert "That a budget of £450,000 from the Housing Reserve be approved" in decision
    assert "HR32" in decision
    shot(page, "decision")
    page.click("td.col-report_id a")
    assert page.url == report_url


def test_record_pages_link_to_their_pdf_page(site, page):
    page.goto(f"{site}/papers/recommendations?text__contains=Housing+Reserve")
    link = page.locator("td.col-page a").first
    href = link.get_attribute("href")
    assert re.fullmatch(r"/-/pdf/papers/\d+\?page=4#page=4", href)
    response = page.request.get(site + href.split("#")[0])
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"


def test_canned_query_without_sql(site, page):
    page.goto(f"{site}/papers/money_in_recommendations?min_value=100000")
    content = page.content()
    assert "Money in recommendations over an amount" in content
    assert "£450,000" in content and "approve a budget of £450,000" in content
    shot(page, "canned-query")


def test_full_text_search_on_pages_and_across_tables(site, page):
    page.goto(f"{site}/papers/pages?_search=fostering+households")
    rows = page.locator("tbody tr")
    assert rows.count() >= 2
    assert "Agenda pack – Children and Young People's Scrutiny Panel" in page.locator("table.rows-and-columns").inner_text()
    shot(page, "search-pages")
    page.goto(f"{site}/-/search?q=deferred")
    # the search-all page fetches each table's results with JavaScript: wait for them
    page.get_by_text("That consideration of the report be deferred").first.wait_for(timeout=15000)
    shot(page, "search-all")


def test_feed_of_new_decisions(site, page):
    response = page.request.get(f"{site}/papers/new_decisions.atom?committee=Housing+and+Regeneration+Committee")
    assert response.status == 200
    body = response.text()
    # the committee's resolutions of 14 May (5) and of 12 March, printed in the May pack (2)
    assert body.count("<entry>") == 7 and "Empty Homes Strategy 2024-2029" in body

"""End to end in a real headless Chromium (Debian's, driven by Playwright; no browser
download) against the app under a real uvicorn server.

Skipped when /usr/bin/chromium is missing, unless CI=true (then they fail, so CI
never passes without running them). All tests share one server and one browser:
they form one xdist group.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.web.articles import SCRIPT_DOC
from tests.web.conftest import REPO_ROOT, TOKEN, LiveServer, copy_ledger

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = REPO_ROOT / "screenshots"

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI must install chromium (see .ci/run)")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            yield found
        finally:
            found.close()


@pytest.fixture(scope="module")
def server(ledger_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app with the write token, over a copy of the test ledger, under uvicorn."""
    from claimledger.ledger import Ledger
    from claimledger.web.app import create_app

    path = copy_ledger(ledger_file, tmp_path_factory.mktemp("browser"))
    with Ledger(str(path)) as ledger, LiveServer(create_app(ledger, write_token=TOKEN)) as live:
        yield live


@pytest.fixture()
def page(browser, server) -> Iterator:
    """A fresh page that records dialogs, page errors and every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.dialogs = []
    opened.errors = []
    opened.requests = []

    def on_dialog(dialog) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("dialog", on_dialog)
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("request", lambda request: opened.requests.append(request.url))
    try:
        yield opened
    finally:
        context.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_estimates_chart_draws_ranges_that_link_to_their_evidence(page, server):
    page.goto(f"{server.url}/estimates?measure=killed&subject=KP")
    marks = page.locator("svg.estimate-chart a.mark")
    assert marks.count() >= 5
    for i in range(marks.count()):
        mark = marks.nth(i)
        assert mark.get_attribute("href").startswith("/articles/")
        assert "#claim-" in mark.get_attribute("href")
        box = mark.locator("rect.range").bounding_box()
        assert box is not None and box["height"] >= 4 and box["width"] > 0
    # Open bounds ("more than 500", "at least 1,200") end in an arrow, drawn and visible.
    assert page.locator("svg.estimate-chart path.arrow-up").count() >= 2
    # A range ("between 300 and 400") is a tall bar, unlike an exact figure.
    ranged = page.locator('svg.estimate-chart a.mark[data-low="300"][data-high="400"] rect')
    exact = page.locator('svg.estimate-chart a.mark[data-low="900"][data-high="900"] rect')
    assert ranged.bounding_box()["height"] > exact.bounding_box()["height"]
    series = page.locator("svg.estimate-chart g.series")
    assert series.count() >= 3  # NIS, Ukraine's intelligence, Seoul, ...
    shot(page, "estimates")

    href = ranged.locator("xpath=..").get_attribute("href")
    ranged.click()
    page.wait_for_url(f"**{href}")
    target = href.split("#", 1)[1]
    assert page.locator(f"#{target}").count() == 1
    lit = page.locator("#article-text .ev.current")  # the optional script lights the evidence
    assert lit.count() >= 1 and "300 and 400" in lit.first.inner_text()
    assert page.errors == []


def test_article_highlights_the_parts_of_each_claim(page, server):
    page.goto(f"{server.url}/articles/harbour-2024-11")
    figure = page.locator("#article-text mark.hl-figure", has_text="200").last
    assert figure.is_visible()
    colour = figure.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet applies
    assert page.locator("#article-text mark.hl-relay", has_text="Yonhap").count() == 1
    assert page.locator("#article-text mark.hl-claimant").count() >= 2
    assert page.locator(".hl-legend mark").count() == 5
    # Each listed claim links to its estimate series.
    link = page.locator(".claim-card a", has_text="Estimate series").first
    link.click()
    page.wait_for_url("**/estimates?measure=killed&subject=KP&claim=*#row-claim-*")
    assert page.locator("tr:has(.anchor:target)").count() == 1  # its row is picked out
    assert page.locator("svg.estimate-chart a.mark").count() >= 5
    page.goto(f"{server.url}/articles/harbour-2024-11")
    shot(page, "article")


def test_article_with_script_and_handlers_renders_inert(page, server):
    page.goto(f"{server.url}/articles/{SCRIPT_DOC}")
    page.wait_for_load_state("load")
    page.locator("#article-text").hover()
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.errors == []
    text = page.locator("#article-text")
    assert "<script>alert('xss')</script>" in text.inner_text()
    assert "<img src=x onerror=\"alert('img')\">" in text.inner_text()
    assert text.locator("script, img, b").count() == 0
    assert page.locator("[onerror], [onmouseover], [onload]").count() == 0
    assert page.locator("script").count() == 1  # our own, from /static
    assert page.locator("h1").inner_text() == "<script>alert('title')</script> Border report"
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("typeof window.alert") == "function"  # nothing replaced it either
    shot(page, "script-article")


def test_checks_show_both_evidence_sentences_side_by_side(page, server):
    page.goto(f"{server.url}/checks?verdict=contradiction")
    check = page.locator("section.check", has_text="cumulative falls")
    quotes = check.locator("blockquote.evidence")
    assert quotes.count() == 2
    first, second = quotes.nth(0).bounding_box(), quotes.nth(1).bounding_box()
    assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"] + first["width"] - 1
    assert "at least 1,200" in quotes.nth(0).inner_text()
    assert "900" in quotes.nth(1).inner_text()
    shot(page, "checks")


def test_pages_load_nothing_from_outside(page, server):
    for path in ("/", "/claims?measure=killed", "/articles", "/docs", "/estimates"):
        page.goto(server.url + path)
        page.wait_for_load_state("load")
    outside = [url for url in page.requests if not url.startswith(server.url)]
    assert outside == []
    assert page.errors == []
    shot(page, "estimates-default")
    page.goto(server.url + "/")
    shot(page, "overview")


def test_claims_filters_and_pagination_in_the_browser(page, server):
    page.goto(f"{server.url}/claims")
    page.select_option("select[name=measure]", "killed")
    page.fill("input[name=q]", "intelligence")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/claims?*measure=killed*")
    rows = page.locator("table.claims tbody tr")
    assert rows.count() >= 3
    assert all("killed" in rows.nth(i).inner_text() for i in range(rows.count()))
    shot(page, "claims")


def test_correcting_a_claim_from_the_article_page(page, server):
    page.goto(f"{server.url}/articles/valley-2025-02")
    card = page.locator(".claim-card").first
    card.locator("summary").click()
    form = card.locator("form.correction-form")
    form.locator("select[name=field]").select_option("number")
    form.locator("input[name=value]").fill("950")
    form.locator("input[name=reason]").fill("the agency's own statement says 950")
    form.locator("input[name=token]").fill("not-the-token")
    form.locator("button[value=correct]").click()
    assert "the write token is wrong" in page.locator(".error").inner_text()

    card = page.locator(".claim-card").first
    card.locator("summary").click()
    form = card.locator("form.correction-form")
    form.locator("select[name=field]").select_option("number")
    form.locator("input[name=value]").fill("950")
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[value=correct]").click()
    page.wait_for_url("**/articles/valley-2025-02?saved=*")
    assert "is updated" in page.locator(".notice").inner_text()
    assert page.locator(".claim-card .claim-figure").first.inner_text() == "950"
    assert "number: 900 → 950" in page.locator(".correction-note").first.inner_text()
    shot(page, "corrected")

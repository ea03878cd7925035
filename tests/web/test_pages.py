"""The HTML pages, rendered by the app over the test ledger (no browser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.web.articles import SCRIPT_DOC
from tests.web.conftest import TOKEN


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside an element of a given id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def test_overview_shows_counts_latest_claims_and_contradictions(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "open contradictions" in page.text
    assert "cumulative falls" in page.text
    # Newest first: the February article's claim comes before November's.
    assert page.text.index("2025-02-10") < page.text.index("2024-11-20")


def test_estimates_page_draws_each_estimate_as_a_linked_range(client):
    page = client.get("/estimates", params={"measure": "killed", "subject": "KP"})
    assert page.status_code == 200
    marks = [attrs for tag, attrs in tags(page.text) if tag == "a"
             and "mark" in (attrs.get("class") or "").split()]
    rows = client.get("/api/v1/estimates", params={"measure": "killed", "subject": "KP"}).json()
    dated = [r for r in rows["items"] if r["date"]]
    assert len(marks) == len(dated) >= 5
    for attrs in marks:
        assert re.fullmatch(r"/articles/[\w-]+#claim-[\w-]+", attrs["href"]), attrs["href"]
    assert page.text.count('class="range"') + page.text.count('class="range open"') == len(marks)
    assert 'class="arrow arrow-up"' in page.text  # "more than 500", "at least 1,200"
    assert "/api/v1/estimates?measure=killed&amp;subject=KP&amp;format=csv" in page.text
    # Table rows carry an anchor per claim, so an article can link to its row.
    assert 'id="row-claim-ridge-2024-12-1"' in page.text


def test_a_long_series_is_shown_a_window_at_a_time(client, monkeypatch):
    from claimledger.web import pages

    monkeypatch.setattr(pages, "ESTIMATES_PER_PAGE", 2)
    rows = client.get("/api/v1/estimates", params={"measure": "killed", "subject": "KP",
                                                   "per_page": 200}).json()["items"]
    last = -(-len(rows) // 2)
    latest = client.get("/estimates", params={"measure": "killed", "subject": "KP"})
    assert f"Page {last} of {last}" in latest.text
    assert latest.text.count('<a class="mark"') <= 2
    assert "valley-2025-02" in latest.text  # the latest estimate
    # A link from an article opens the window that holds its claim.
    index = next(i for i, r in enumerate(rows) if "ridge-2024-12:1" in r["claim_ids"])
    held = client.get("/estimates", params={"measure": "killed", "subject": "KP",
                                            "claim": "ridge-2024-12:1"})
    assert f"Page {index // 2 + 1} of {last}" in held.text
    assert 'id="row-claim-ridge-2024-12-1"' in held.text
    first = client.get("/estimates", params={"measure": "killed", "subject": "KP", "page": 1})
    assert "Page 1 of" in first.text and "harbour-2024-11" in first.text
    assert f"Page {last} of" in client.get("/estimates", params={
        "measure": "killed", "subject": "KP", "page": 999}).text


def test_estimates_page_picks_the_largest_series_when_none_is_chosen(client):
    page = client.get("/estimates")
    assert page.status_code == 200
    assert "Showing the series with the most estimates" in page.text
    assert "<h1>Estimates: killed · KP</h1>" in page.text


def test_article_page_highlights_claim_parts_and_lists_claims(client):
    page = client.get("/articles/ridge-2024-12")
    assert page.status_code == 200
    assert '<mark class="hl hl-figure">300 and 400</mark>' in page.text
    assert '<mark class="hl hl-claimant">The NIS</mark>' in page.text
    assert '<mark class="hl hl-hedge">may</mark>' in page.text
    assert 'id="claim-ridge-2024-12-1"' in page.text
    assert ('href="/estimates?measure=killed&amp;subject=KP&amp;claim=ridge-2024-12%3A1'
            '#row-claim-ridge-2024-12-1"') in page.text
    relayed = client.get("/articles/harbour-2024-11")
    assert '<mark class="hl hl-relay">Yonhap</mark>' in relayed.text
    # Read-only server: no correction form, and it says why.
    assert "<form method=\"post\"" not in page.text and "Corrections are off" in page.text


def test_article_with_markup_shows_it_as_text(client):
    page = client.get(f"/articles/{SCRIPT_DOC}")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page.text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Border report" in page.text
    found = tags(page.text)
    scripts = [attrs for tag, attrs in found if tag == "script"]
    assert scripts == [{"src": "/static/app.js", "defer": None}]
    assert not [tag for tag, _ in found if tag in ("img", "b")]
    assert not [name for _, attrs in found for name in attrs if name.startswith("on")]
    assert "javascript:" not in " ".join(str(a.get("href")) for _, a in found)


def test_claims_page_filters_and_pages(client):
    page = client.get("/claims", params={"measure": "killed", "per_page": 2})
    assert page.status_code == 200
    assert "Page 1 of" in page.text
    assert 'href="/claims?measure=killed&amp;page=2&amp;per_page=2"' in page.text
    search = client.get("/claims", params={"q": "Yonhap"})
    assert "1 claim;" in search.text and "harbour-2024-11" in search.text


def test_bad_page_parameters_get_an_error_page(client):
    page = client.get("/claims", params={"since": "13/01/2025"})
    assert page.status_code == 422
    assert "since: &#39;13/01/2025&#39; is not a date; use YYYY-MM-DD" in page.text
    assert client.get("/articles/no-such-doc").status_code == 404
    assert client.get("/estimates", params={"measure": "deaths"}).status_code == 422


def test_checks_page_sets_the_evidence_side_by_side(client):
    page = client.get("/checks", params={"verdict": "contradiction"})
    assert page.status_code == 200
    block = page.text[page.text.index("cumulative falls"):]
    assert block.count('<blockquote class="evidence">') >= 2
    assert "at least 1,200 North Korean soldiers had been killed</mark>." in block
    assert 'href="/articles/valley-2025-02#claim-valley-2025-02-1"' in block


def test_articles_page_lists_documents_with_safe_titles(client):
    page = client.get("/articles")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page.text
    assert "Lawmakers briefed on North Korean losses" in page.text


def test_correction_form_needs_the_token(writer):
    page = writer.get("/articles/ridge-2024-12")
    assert 'action="/corrections"' in page.text
    form = {"claim_id": "ridge-2024-12:1", "action": "correct", "field": "number",
            "value": "320", "reason": "typo", "author": "ana"}
    refused = writer.post("/corrections", data={**form, "token": "wrong"})
    assert refused.status_code == 401 and "the write token is wrong" in refused.text
    saved = writer.post("/corrections", data={**form, "token": TOKEN}, follow_redirects=False)
    assert saved.status_code == 303
    assert saved.headers["location"] == (
        "/articles/ridge-2024-12?saved=ridge-2024-12%3A1#claim-ridge-2024-12-1")
    after = writer.get(saved.headers["location"])
    assert "Saved: claim ridge-2024-12:1 is updated." in after.text
    assert "number: 300 → 320 by ana (typo)" in after.text
    bad = writer.post("/corrections", data={**form, "value": "many", "token": TOKEN})
    assert bad.status_code == 422 and "number must be a number" in bad.text
    rejected = writer.post("/corrections", data={"claim_id": "ridge-2024-12:2",
                                                  "action": "reject", "token": TOKEN})
    assert rejected.status_code == 200  # followed the redirect
    assert writer.get("/api/v1/claims/ridge-2024-12:2").json()["rejected"] is True


def test_static_files_are_served_from_the_package(client):
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/app.js").status_code == 200


def test_an_empty_ledger_still_has_every_page(tmp_path):
    from fastapi.testclient import TestClient

    from claimledger.ledger import Ledger
    from claimledger.web.app import create_app

    with Ledger(str(tmp_path / "empty.db")) as ledger, TestClient(create_app(ledger)) as empty:
        for path in ("/", "/estimates", "/claims", "/articles", "/checks", "/docs"):
            assert empty.get(path).status_code == 200, path
        assert "No estimates match." in empty.get("/estimates").text

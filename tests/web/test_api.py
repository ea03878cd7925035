"""The JSON API over a real SQLite ledger built from our own articles."""

from __future__ import annotations

import csv
import io
import json

import pytest
from tests.web.articles import ARTICLES, SCRIPT_DOC
from tests.web.conftest import TOKEN

from claimledger.web.app import CONTENT_SECURITY_POLICY

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXTS = {d.id: d.text for d in ARTICLES}


def test_stats_count_what_was_ingested(client):
    stats = client.get("/api/v1/stats").json()
    assert stats["documents"] == len(ARTICLES)
    assert stats["claims"] >= 8
    assert stats["contradictions"] >= 1


def test_claims_carry_offsets_into_their_document(client):
    body = client.get("/api/v1/claims", params={"measure": "killed", "subject": "KP"}).json()
    assert body["total"] == len(body["items"]) >= 6
    for claim in body["items"]:
        assert claim["measure"] == "killed" and claim["subject"] == "KP"
        text = TEXTS[claim["doc"]]
        for key in ("evidence", "number_span", "claimant"):
            span = claim[key]
            assert text[span["start"]:span["end"]] == span["text"]
        assert claim["date"] and claim["doc_url"] and claim["figure"]


def test_claims_are_paginated(client):
    total = client.get("/api/v1/claims").json()["total"]
    first = client.get("/api/v1/claims", params={"per_page": 3}).json()
    second = client.get("/api/v1/claims", params={"per_page": 3, "page": 2}).json()
    assert first["total"] == second["total"] == total
    assert (first["page"], second["page"], first["per_page"]) == (1, 2, 3)
    assert len(first["items"]) == 3
    ids = [c["claim_id"] for c in first["items"] + second["items"]]
    assert len(set(ids)) == len(ids)
    beyond = client.get("/api/v1/claims", params={"page": 99}).json()
    assert beyond["items"] == [] and beyond["total"] == total


@pytest.mark.parametrize(("params", "check"), [
    ({"hedge": "claimed"}, lambda c: c["hedge"] == "claimed"),
    ({"claimant": "military intelligence"},
     lambda c: "military intelligence" in c["claimant"]["text"]),
    ({"q": "Yonhap"}, lambda c: c["doc"] == "harbour-2024-11"),
    ({"since": "2025-01-01", "until": "2025-01-31"}, lambda c: c["date"].startswith("2025-01")),
    ({"doc": "ridge-2024-12"}, lambda c: c["doc"] == "ridge-2024-12"),
    ({"kind": "quantity", "measure": "captured"}, lambda c: c["measure"] == "captured"),
])
def test_claim_filters(client, params, check):
    items = client.get("/api/v1/claims", params=params).json()["items"]
    assert items, params
    assert all(check(c) for c in items)


@pytest.mark.parametrize(("path", "params", "message"), [
    ("/api/v1/claims", {"measure": "deaths"}, "measure: unknown measure 'deaths'; choose from"),
    ("/api/v1/claims", {"hedge": "maybe"}, "hedge: unknown hedge 'maybe'"),
    ("/api/v1/claims", {"since": "2024-13-01"},
     "since: '2024-13-01' is not a date; use YYYY-MM-DD"),
    ("/api/v1/claims", {"until": "yesterday"}, "until: 'yesterday' is not a date"),
    ("/api/v1/claims", {"since": "2025-02-01", "until": "2025-01-01"},
     "until: 2025-01-01 is before since (2025-02-01)"),
    ("/api/v1/claims", {"page": "-1"}, "page: must be between 1 and"),
    ("/api/v1/claims", {"page": "0"}, "page: must be between 1 and"),
    ("/api/v1/claims", {"page": "two"}, "page: 'two' is not a whole number"),
    ("/api/v1/claims", {"per_page": "5000"}, "per_page: must be between 1 and 200"),
    ("/api/v1/claims", {"subject": "North Korea"}, "subject: 'North Korea' is not a side"),
    ("/api/v1/claims", {"q": "x" * 201}, "q: longer than 200 characters"),
    ("/api/v1/estimates", {"measure": "deaths"}, "measure: unknown measure"),
    ("/api/v1/estimates", {"format": "xml"},
     "format: input should be 'json', 'csv' or 'jsonl'"),
    ("/api/v1/checks", {"verdict": "maybe"}, "verdict: unknown verdict 'maybe'"),
    ("/api/v1/documents", {"page": "-3"}, "page: must be between 1 and"),
])
def test_bad_parameters_get_a_422_with_one_clear_line(client, path, params, message):
    response = client.get(path, params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail
    assert detail.startswith(message), detail


def test_unknown_ids_are_404(client):
    missing = {"detail": "no claim 'nope:1' in this ledger"}
    assert client.get("/api/v1/claims/nope:1").json() == missing
    assert client.get("/api/v1/claims/nope:1").status_code == 404
    assert client.get("/api/v1/documents/nope").status_code == 404
    assert client.get("/api/v1/nothing-here").status_code == 404


def test_one_claim_and_one_document(client):
    claim = client.get("/api/v1/claims/ridge-2024-12:1").json()
    assert (claim["qualifier"], claim["low"], claim["high"]) == ("range", 300, 400)
    body = client.get(f"/api/v1/documents/{SCRIPT_DOC}").json()
    assert body["document"]["text"] == TEXTS[SCRIPT_DOC]
    assert {c["doc"] for c in body["claims"]} == {SCRIPT_DOC}
    listing = client.get("/api/v1/documents", params={"per_page": 2}).json()
    assert listing["total"] == len(ARTICLES) and len(listing["items"]) == 2
    assert {"id", "title", "published", "claims"} <= set(listing["items"][0])


def test_estimates_as_json_and_csv(client):
    body = client.get("/api/v1/estimates", params={"measure": "killed", "subject": "KP"}).json()
    rows = body["items"]
    assert body["total"] == len(rows) >= 5
    assert {r["measure"] for r in rows} == {"killed"}
    assert any(r["low"] == 300 and r["high"] == 400 for r in rows)
    assert any(r["low"] == 500 and r["high"] is None for r in rows)  # more than 500

    response = client.get("/api/v1/estimates",
                          params={"measure": "killed", "subject": "KP", "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="estimates-killed-KP.csv"' in response.headers["content-disposition"]
    parsed = list(csv.DictReader(io.StringIO(response.text)))
    assert len(parsed) == len(rows) and parsed[0]["measure"] == "killed"

    lines = client.get("/api/v1/estimates", params={"measure": "killed", "format": "jsonl"})
    assert lines.headers["content-type"].startswith("application/x-ndjson")
    assert [json.loads(line)["claim_ids"] for line in lines.text.splitlines()] == [
        r["claim_ids"] for r in rows]

    second = client.get("/api/v1/estimates", params={"measure": "killed", "per_page": 2,
                                                     "page": 2}).json()
    assert second["total"] == len(rows) and second["items"] == rows[2:4]

    series = client.get("/api/v1/estimates/series").json()["items"]
    assert {"measure": "killed", "subject": "KP", "rows": len(rows)} in series


def test_checks_give_both_evidence_spans(client):
    body = client.get("/api/v1/checks", params={"verdict": "contradiction"}).json()
    falls = [c for c in body["items"] if c["kind"] == "cumulative_falls"]
    assert len(falls) == 1
    first, later = falls[0]["evidence"]
    assert (first["doc"], later["doc"]) == ("valley-2025-01", "valley-2025-02")
    assert TEXTS[first["doc"]][first["start"]:first["end"]] == first["text"]
    assert "at least 1,200" in first["text"] and "900" in later["text"]


def test_claimants_are_listed_with_counts(client):
    items = client.get("/api/v1/claimants").json()["items"]
    assert items and all(item["claims"] >= 1 for item in items)


def test_read_only_server_refuses_writes_with_403(client):
    for method, path, kwargs in [
        ("post", "/api/v1/claims/ridge-2024-12:1/corrections",
         {"json": {"changes": {"number": 1}}}),
        ("post", "/api/v1/claims/ridge-2024-12:1/reject", {}),
        ("post", "/api/v1/documents", {"json": {"id": "x", "text": "Ten killed."}}),
        ("post", "/api/v1/documents/files", {"files": {"files": ("a.txt", b"Ten killed.")}}),
    ]:
        response = getattr(client, method)(path, headers=AUTH, **kwargs)
        assert response.status_code == 403, path
        assert "read-only" in response.json()["detail"] and "--token" in response.json()["detail"]


def test_writes_need_the_right_token(writer):
    path = "/api/v1/claims/ridge-2024-12:1/corrections"
    body = {"changes": {"number": 310}}
    missing = writer.post(path, json=body)
    assert missing.status_code == 401 and "Authorization: Bearer" in missing.json()["detail"]
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = writer.post(path, json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["detail"] == "the write token is wrong"
    assert writer.get("/api/v1/claims/ridge-2024-12:1").json()["number"] == 300


def test_a_correction_is_kept_and_used(writer):
    before = writer.get("/api/v1/estimates", params={"measure": "killed"}).json()["items"]
    assert any(r["low"] == 300 for r in before)
    response = writer.post("/api/v1/claims/ridge-2024-12:1/corrections", headers=AUTH,
                           json={"changes": {"number": 310}, "author": "ana",
                                 "reason": "the briefing said 310"})
    assert response.status_code == 201, response.text
    assert response.json()["number"] == 310 and response.json()["corrected"] is True
    kept = writer.get("/api/v1/claims/ridge-2024-12:1/corrections").json()["items"]
    assert [(c["field"], c["old_value"], c["new_value"], c["author"]) for c in kept] == [
        ("number", "300", "310", "ana")]
    assert writer.get("/api/v1/corrections").json()["total"] == 1
    after = writer.get("/api/v1/estimates", params={"measure": "killed"}).json()["items"]
    assert any(r["low"] == 310 for r in after) and not any(r["low"] == 300 for r in after)


def test_bad_corrections_are_explained(writer):
    unknown_field = writer.post("/api/v1/claims/ridge-2024-12:1/corrections", headers=AUTH,
                                json={"changes": {"colour": "red"}})
    assert unknown_field.status_code == 422
    assert unknown_field.json()["detail"].startswith("unknown field 'colour'")
    bad_value = writer.post("/api/v1/claims/ridge-2024-12:1/corrections", headers=AUTH,
                            json={"changes": {"number": "lots"}})
    assert bad_value.status_code == 422 and "number" in bad_value.json()["detail"]
    no_claim = writer.post("/api/v1/claims/nope:9/corrections", headers=AUTH,
                           json={"changes": {"number": 1}})
    assert no_claim.status_code == 404
    empty = writer.post("/api/v1/claims/ridge-2024-12:1/corrections", headers=AUTH,
                        json={"changes": {}})
    assert empty.status_code == 422 and "changes" in empty.json()["detail"]


def test_a_rejected_claim_leaves_the_listings(writer):
    total = writer.get("/api/v1/claims").json()["total"]
    response = writer.post("/api/v1/claims/harbour-2024-11:1/reject", headers=AUTH,
                           json={"reason": "a headline, not a claim"})
    assert response.status_code == 200 and response.json()["rejected"] is True
    assert writer.get("/api/v1/claims").json()["total"] == total - 1
    everything = writer.get("/api/v1/claims", params={"include_rejected": "true"}).json()
    assert everything["total"] == total
    ids = {i for r in writer.get("/api/v1/estimates").json()["items"] for i in r["claim_ids"]}
    assert "harbour-2024-11:1" not in ids


def test_upload_article_files(writer):
    files = [
        ("files", ("hill-report.txt", b"The NIS said on Friday that 70 North Korean soldiers "
                                      b"had been killed.", "text/plain")),
        ("files", ("../../etc/broken.json", b"{not json", "application/json")),
    ]
    response = writer.post("/api/v1/documents/files", headers=AUTH, files=files)
    assert response.status_code == 200, response.text  # one read, one failed
    report = response.json()
    assert report["added"] == 1 and report["claims_added"] >= 1
    assert len(report["failures"]) == 1 and report["failures"][0].startswith("broken.json: ")
    assert writer.get("/api/v1/documents/hill-report").status_code == 200
    assert writer.get("/api/v1/stats").json()["documents"] == len(ARTICLES) + 1


def test_upload_articles_as_json(writer):
    articles = [{"id": "json-one", "date": "2025-03-01", "url": "https://example.org/j1",
                 "text": "Officials said 25 North Korean soldiers were wounded."},
                {"id": "json-two", "text": "No figures here at all."}]
    response = writer.post("/api/v1/documents", headers=AUTH, content=json.dumps(articles))
    assert response.status_code == 201, response.text
    assert response.json()["added"] == 2
    again = writer.post("/api/v1/documents", headers=AUTH, content=json.dumps(articles))
    assert again.json()["added"] == 0 and again.json()["unchanged"] == 2
    broken = writer.post("/api/v1/documents", headers=AUTH, content=b"{oops")
    assert broken.status_code == 422
    assert broken.json()["failures"][0].startswith("request body: ")


def test_openapi_document_and_offline_docs_page(client):
    spec = client.get("/api/v1/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/v1/stats", "/api/v1/claims", "/api/v1/claims/{claim_id}",
                 "/api/v1/documents", "/api/v1/estimates", "/api/v1/checks",
                 "/api/v1/claims/{claim_id}/corrections", "/api/v1/claims/{claim_id}/reject",
                 "/api/v1/documents/files"):
        assert path in paths, path
    assert not any(p.startswith("/articles") for p in paths)  # pages stay out of the API
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/api/v1/claims" in page.text and "cdn" not in page.text.lower()
    assert '<script src="/static/app.js"' in page.text and "https://" not in page.text
    assert client.get("/redoc").status_code == 404


def test_every_response_carries_a_restrictive_policy(client):
    for path in ("/", "/api/v1/stats", "/api/v1/nothing", "/static/style.css"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY


def test_downloads_stream_in_chunks_with_one_header(client, monkeypatch):
    from claimledger.web import api

    monkeypatch.setattr(api, "_CHUNK", 2)
    whole = client.get("/api/v1/estimates", params={"per_page": 200}).json()["items"]
    text = client.get("/api/v1/estimates", params={"format": "csv"}).text
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert [r["claim_ids"] for r in parsed] == ["; ".join(r["claim_ids"]) for r in whole]
    assert text.count("date,claimant,") == 1
    empty = client.get("/api/v1/checks", params={"kind": "nothing-like-this", "format": "csv"})
    assert empty.text.splitlines() == [empty.text.splitlines()[0]]
    assert empty.text.startswith("kind,verdict,")

"""Reading the ledger: claim filters, order, pages, documents, claimants, stats."""

from __future__ import annotations

import pytest
from tests.ledger.helpers import (
    BACKENDS,
    OTHER,
    WIRE,
    claim,
    document,
    ledger_location,
    other_claims,
    wire_claims,
)

from claimledger.ledger import Ledger


@pytest.fixture(scope="module", params=BACKENDS)
def ledger(request, tmp_path_factory):
    path = ledger_location(request.param, tmp_path_factory.mktemp("q"))
    wire = document("wire-1", WIRE, url="https://example.org/wire-1", date="2025-03-04")
    other = document("other-1", OTHER, url="https://example.org/other-1", date="2025-03-05")
    undated = document("undated", "Officials said 7 soldiers were wounded.", outlet=None)
    with Ledger(path) as opened:
        opened.ingest_extracted([
            (other, other_claims(other)),
            (wire, wire_claims(wire)),
            (undated, [claim(undated, 1, "7 soldiers were wounded", measure="wounded",
                             number=7, claimant="Officials", subject="XB")]),
        ])
        yield opened


def ids(found):
    return [lc.claim.claim_id for lc in found]


def test_claims_come_by_date_then_document_then_position(ledger):
    assert ids(ledger.claims()) == ["wire-1:1", "other-1:1", "other-1:2", "other-1:3",
                                    "undated:1"]


def test_pages(ledger):
    assert ids(ledger.claims(limit=2, offset=1)) == ["other-1:1", "other-1:2"]
    assert ledger.count_claims() == 5


@pytest.mark.parametrize(("filters", "expected"), [
    ({"measure": "killed"}, ["other-1:1", "other-1:2"]),
    ({"subject": "xa"}, ["wire-1:1"]),
    ({"claimant": "kestrel"}, ["other-1:1", "other-1:3"]),
    ({"claimant": "XB:MOD"}, ["other-1:2"]),
    ({"hedge": "believed"}, ["other-1:1"]),
    ({"kind": "event"}, []),
    ({"doc": "wire-1"}, ["wire-1:1"]),
    ({"since": "2025-03-05"}, ["other-1:1", "other-1:2", "other-1:3"]),
    ({"until": "2025-03-04"}, ["wire-1:1"]),
    ({"since": "2025-03-04", "until": "2025-03-04", "measure": "missing"}, ["wire-1:1"]),
    ({"q": "tanks"}, ["other-1:3"]),
    ({"q": "SOLDIERS killed"}, ["other-1:1"]),
    ({"q": "coast guard"}, ["wire-1:1"]),  # a relay's words
    ({"q": "Kestrel"}, ["other-1:1", "other-1:3"]),  # claimant words
    ({"q": "  "}, ["wire-1:1", "other-1:1", "other-1:2", "other-1:3", "undated:1"]),
    ({"q": "nothing-like-this"}, []),
])
def test_filters(ledger, filters, expected):
    assert ids(ledger.claims(**filters)) == expected
    assert ledger.count_claims(**filters) == len(expected)


@pytest.mark.parametrize(("filters", "message"), [
    ({"measure": "eaten"}, "unknown measure 'eaten'; choose from killed, wounded"),
    ({"hedge": "maybe"}, "unknown hedge 'maybe'"),
    ({"since": "last week"}, "since must be a date like 2024-11-01, not 'last week'"),
    ({"until": "2025-13-01"}, "until must be a date like 2024-11-01"),
])
def test_bad_filters_are_one_line_value_errors(ledger, filters, message):
    with pytest.raises(ValueError) as info:
        ledger.claims(**filters)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_claim_and_document(ledger):
    lc = ledger.claim("other-1:2")
    assert lc.claim.number == 120 and lc.doc_url == "https://example.org/other-1"
    assert lc.outlet == "Test Wire" and lc.published == "2025-03-05"
    assert ledger.claim("other-1:99") is None
    doc = ledger.document("other-1")
    assert doc.text == OTHER and doc.date == "2025-03-05" and doc.meta["version"] == 1
    span = lc.claim.evidence
    assert doc.text[span.start:span.end] == span.text
    assert ledger.document("missing") is None


def test_documents_newest_first_with_claim_counts(ledger):
    found = ledger.documents()
    assert [(d.id, d.claims) for d in found] == [("other-1", 3), ("wire-1", 1), ("undated", 1)]
    assert ledger.count_documents() == 3
    assert [d.id for d in ledger.documents(limit=1, offset=1)] == ["wire-1"]


def test_claimants_with_their_usual_words(ledger):
    found = {c.entity: c for c in ledger.claimants()}
    kestrel = next(c for c in found.values() if c.name in ("The Kestrel Institute", "Kestrel"))
    assert kestrel.claims == 2 and kestrel.entity.startswith("~")
    assert found["XB:mod"].name == "the ministry"


def test_stats(ledger):
    stats = ledger.stats()
    assert (stats.documents, stats.claims) == (3, 5)
    assert stats.claimants == len(ledger.claimants())
    assert stats.contradictions == sum(c.verdict == "contradiction" for c in ledger.checks())


def test_estimates_filters(ledger):
    assert {r.measure for r in ledger.estimates()} == {"killed", "missing", "materiel",
                                                       "wounded"}
    assert [r.figure for r in ledger.estimates(measure="killed")] == ["about 300",
                                                                      "at least 120"]
    assert [r.figure for r in ledger.estimates(subject="xa")] == ["40"]
    assert [r.figure for r in ledger.estimates(claimant="ministry")] == ["at least 120"]

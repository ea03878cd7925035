"""The ledger over the bundled sample: copies linked, estimates built, gold checks found."""

from __future__ import annotations

import json

import pytest

from claimledger.ledger import Ledger
from claimledger.sample import sample_articles, sample_gold_dir

COPY, ORIGIN = "nis-casualties-2025-01-syndicated", "nis-casualties-2025-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with Ledger(str(path)) as opened:
        report = opened.ingest(sample_articles())
        assert report.failures == [] and report.added == 7
        yield opened


def _gold(doc: str) -> tuple[dict[str, dict], list[dict]]:
    lines = (sample_gold_dir() / f"{doc}.claims.jsonl").read_text("utf-8").splitlines()
    claims = {g["id"]: g for g in map(json.loads, filter(None, lines))}
    extra = json.loads((sample_gold_dir() / f"{doc}.extra.json").read_text("utf-8"))
    return claims, extra["consistency"]


def _match(ledger: Ledger, doc: str, gold: dict) -> str:
    """The stored claim that is this gold claim: same measure and figure, overlapping words."""
    text = ledger.document(doc).text
    start = text.find(gold["evidence"])
    end = start + len(gold["evidence"])
    for lc in ledger.claims(doc=doc):
        c = lc.claim
        if (c.measure == gold["measure"] and c.number == gold["number"]
                and c.evidence.start < end and start < c.evidence.end):
            return c.claim_id
    raise AssertionError(f"no stored claim for gold {doc} {gold['id']}: {gold['evidence']!r}")


@pytest.mark.slow
def test_syndicated_copy_is_linked_and_counted_once(ledger):
    docs = {d.id: d for d in ledger.documents()}
    assert docs[COPY].origin_doc == ORIGIN
    assert all(d.origin_doc is None for d in docs.values() if d.id != COPY)
    copies = ledger.claims(doc=COPY)
    assert copies and all(lc.origin_doc == ORIGIN for lc in copies)
    assert all(lc.independent_reports == 1 for lc in ledger.claims(doc=ORIGIN) + copies)


@pytest.mark.slow
def test_sample_gives_estimates(ledger):
    rows = ledger.estimates()
    assert rows
    assert all(r.date is None or r.date[:4] in ("2024", "2025") for r in rows)
    assert {r.measure for r in ledger.estimates(subject="KP")} >= {"casualties", "killed"}


@pytest.mark.slow
@pytest.mark.parametrize("doc", ["nis-casualties-2025-01", "nis-casualties-2025-06"])
def test_checks_find_the_relations_the_gold_names(ledger, doc):
    claims, relations = _gold(doc)
    assert relations
    found = {(c.kind, c.claim_ids) for c in ledger.checks()}
    for relation in relations:
        ids = tuple(_match(ledger, doc, claims[i]) for i in [*relation["parts"],
                                                              relation["whole"]])
        assert (relation["kind"], ids) in found, (relation, sorted(found))


@pytest.mark.slow
def test_syndicated_relation_is_reported_once_on_the_origin(ledger):
    kinds = [(c.kind, {cid.rsplit(":", 1)[0] for cid in c.claim_ids}) for c in ledger.checks()]
    assert ("consistent_sum", {ORIGIN}) in kinds
    assert not any(COPY in docs for _kind, docs in kinds)

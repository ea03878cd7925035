"""The ledger over the bundled sample: copies linked, estimates built, gold checks found."""

from __future__ import annotations

import json

import pytest

from claimledger.ingest.readers import iter_inputs
from claimledger.ledger import Ledger
from claimledger.reconcile.intervals import schema_interval
from claimledger.records import Claim, Document, TextSpan
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
    origin = {lc.claim.claim_id.split(":")[1]: lc.independent_reports
              for lc in ledger.claims(doc=ORIGIN)}
    assert {lc.claim.claim_id.split(":")[1]: lc.independent_reports for lc in copies} == origin
    # A row that carries the origin and its copy counts the two as one report.
    both = [r for r in ledger.estimates()
            if {ORIGIN, COPY} <= {cid.split(":")[0] for cid in r.claim_ids}]
    assert both
    for row in both:
        assert row.independent_reports == len({cid.split(":")[0] for cid in row.claim_ids}) - 1


@pytest.mark.slow
def test_sample_gives_estimates(ledger):
    rows = ledger.estimates()
    assert rows
    assert all(r.date is None or r.date[:4] in ("2024", "2025") for r in rows)
    assert {r.measure for r in ledger.estimates(subject="KP")} >= {"casualties", "killed"}



@pytest.mark.slow
@pytest.mark.parametrize("doc", [
    "nis-casualties-2025-01",
    "nis-casualties-2025-06",
])
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


def _locate(text: str, words: str, near: int = 0) -> TextSpan:
    before = text.rfind(words, 0, near + len(words))
    start = before if before >= 0 else text.find(words)
    assert start >= 0, words
    return TextSpan(words, start, start + len(words))


def gold_pairs() -> list[tuple[Document, list[Claim]]]:
    """The sample articles with their gold claims as if extracted (ids ``<doc>:q1`` ...)."""
    pairs = []
    for doc in iter_inputs(sample_articles()):
        assert isinstance(doc, Document)
        claims, _relations = _gold(doc.id)
        found = []
        for g in claims.values():
            text = doc.text
            ev = _locate(text, g["evidence"])
            low, high = schema_interval(g.get("qualifier"), g.get("number"),
                                        g.get("number_high"), g.get("vague"))
            quantity = g["kind"] == "quantity"
            found.append(Claim(
                doc=doc.id, claim_id=f"{doc.id}:{g['id']}", kind=g["kind"],
                measure=g["measure"], evidence=ev, subject=g.get("subject"),
                recipient=g.get("recipient"), item=g.get("item"), number=g.get("number"),
                number_high=g.get("number_high"), qualifier=g.get("qualifier"),
                vague=g.get("vague"), low=low if quantity else None,
                high=high if quantity else None, hedge=g.get("hedge") or "asserted",
                claimant=_locate(text, g["claimant"], ev.start) if g.get("claimant") else None,
                via=tuple(_locate(text, v, ev.start) for v in g.get("via") or ()),
                location=_locate(text, g["location"], ev.end) if g.get("location") else None,
                period=_locate(text, g["period"], ev.end) if g.get("period") else None))
        pairs.append((doc, found))
    return pairs


@pytest.fixture(scope="module")
def gold_ledger(tmp_path_factory):
    """The sample's gold claims stored through the ledger: no extraction involved."""
    path = tmp_path_factory.mktemp("gold") / "gold.db"
    with Ledger(str(path)) as opened:
        pairs = gold_pairs()
        # The ledger keeps claims in the order given and renumbers none whose id fits.
        report = opened.ingest_extracted(pairs)
        assert report.added == 7 and report.duplicates == 1
        yield opened


@pytest.mark.parametrize(("doc", "kind"), [
    pytest.param("nis-casualties-2025-01", "consistent_sum"),
    ("nis-casualties-2025-06", "part_exceeds_whole"),
])
def test_gold_claims_through_the_ledger_give_the_gold_checks(gold_ledger, doc, kind):
    claims, relations = _gold(doc)
    (relation,) = [r for r in relations if r["kind"] == kind]
    ids = tuple(f"{doc}:{i}" for i in [*relation["parts"], relation["whole"]])
    assert (kind, ids) in {(c.kind, c.claim_ids) for c in gold_ledger.checks()}


def test_gold_copy_counts_once(gold_ledger):
    copies = gold_ledger.claims(doc=COPY)
    assert copies and all(lc.origin_doc == ORIGIN for lc in copies)
    # "350 killed" appears only in the origin and its copy: one independent report.
    assert gold_ledger.claim(f"{COPY}:q2").independent_reports == 1
    assert gold_ledger.claim(f"{ORIGIN}:q2").independent_reports == 1
    rows = [r for r in gold_ledger.estimates(measure="killed", subject="KP")
            if f"{ORIGIN}:q2" in r.claim_ids]
    assert [r.independent_reports for r in rows] == [1]
    assert f"{COPY}:q2" in rows[0].claim_ids

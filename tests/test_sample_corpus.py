"""Guards for the bundled sample corpus and its gold: the data must agree with its texts."""

from __future__ import annotations

import re

import pytest

from claimledger.evaluate import load_gold
from claimledger.ingest.readers import iter_inputs
from claimledger.records import HEDGES, KINDS, MEASURES, QUALIFIERS, Document
from claimledger.sample import sample_articles, sample_dir, sample_gold_dir

SIDES = {"KP", "RU", "UA", "KR", "US"}
SPAN_FIELDS = ("evidence", "claimant", "location", "period")


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    items = list(iter_inputs(sample_articles()))
    failures = [str(i) for i in items if not isinstance(i, Document)]
    assert not failures
    return {d.id: d for d in items if isinstance(d, Document)}


@pytest.fixture(scope="module")
def gold():
    return load_gold(sample_gold_dir())


def _claims(gold):
    return [(doc, c) for doc, g in gold.items() for c in g.claims]


def test_every_gold_doc_has_an_article_and_every_article_a_gold(documents, gold):
    assert set(gold) == set(documents)
    assert 6 <= len(documents) <= 8


def test_articles_are_short_news_items(documents):
    for doc in documents.values():
        assert 150 <= len(doc.text.split()) <= 400, doc.id


def test_sample_uses_every_format(documents):
    formats = {d.meta.get("format") for d in documents.values()}
    assert formats == {"jsonl", "json", "html", "text"}


def test_json_articles_carry_their_metadata_on_example_domains(documents):
    for doc in documents.values():
        if doc.meta.get("format") == "text":
            continue
        assert doc.date and doc.outlet and doc.url, doc.id
        assert re.match(r"https://[\w.-]*example\.(org|com|net)/", doc.url), doc.url


def test_span_strings_are_in_the_document_text(documents, gold):
    for doc, claim in _claims(gold):
        text = documents[doc].text
        for name in SPAN_FIELDS:
            value = claim.get(name)
            assert value is None or value in text, (doc, claim["id"], name, value)
        for via in claim.get("via") or []:
            assert via in text, (doc, claim["id"], "via", via)


def test_extra_strings_are_in_the_document_text(documents, gold):
    for doc, g in gold.items():
        text = documents[doc].text
        for s in g.not_quantities + [name for pair in g.aliases for name in pair]:
            assert s in text, (doc, s)


def test_fields_use_the_gold_vocabularies(gold):
    for doc, c in _claims(gold):
        where = (doc, c["id"])
        assert c["doc"] == doc, where
        assert c["kind"] in KINDS and c["measure"] in MEASURES, where
        assert c["id"][0] == ("q" if c["kind"] == "quantity" else "e"), where
        assert c.get("hedge") in HEDGES, where
        assert c.get("subject") in SIDES, where
        assert c.get("recipient") in SIDES | {None}, where
        if c["measure"] == "materiel":
            assert c.get("recipient") and c.get("item"), where
        if c["kind"] == "event":
            assert c.get("number") is None and c.get("qualifier") is None, where
            continue
        assert c["qualifier"] in QUALIFIERS, where
        if c["qualifier"] == "vague":
            assert c["number"] is None and c.get("vague"), where
        else:
            assert isinstance(c["number"], int) and c["number"] > 0, where
        if c["qualifier"] == "range":
            assert c["number_high"] > c["number"], where
        else:
            assert c.get("number_high") is None, where


def test_ids_are_unique_and_consistency_names_real_claims(gold):
    for doc, g in gold.items():
        ids = [c["id"] for c in g.claims]
        assert len(ids) == len(set(ids)), doc
        for rel in g.consistency:
            assert rel["kind"] in ("part_exceeds_whole", "consistent_sum"), doc
            assert set(rel["parts"]) | {rel["whole"]} <= set(ids), (doc, rel)


def test_sample_holds_the_ledger_cases(gold):
    kinds = {rel["kind"] for g in gold.values() for rel in g.consistency}
    assert kinds == {"part_exceeds_whole", "consistent_sum"}
    qualifiers = {c.get("qualifier") for _, c in _claims(gold)}
    assert set(QUALIFIERS) <= qualifiers
    assert set(MEASURES) <= {c["measure"] for _, c in _claims(gold)}
    assert set(HEDGES) <= {c["hedge"] for _, c in _claims(gold)}


def test_syndicated_copy_is_the_original_text_with_a_sign_off(documents):
    original = documents["nis-casualties-2025-01"]
    copy = documents["nis-casualties-2025-01-syndicated"]
    assert copy.text.startswith(original.text) and len(copy.text) > len(original.text)
    assert (copy.outlet, copy.title) != (original.outlet, original.title)


def test_sample_readme_says_who_wrote_the_articles():
    notes = (sample_dir() / "README.md").read_text(encoding="utf-8")
    assert "wrote these articles" in notes

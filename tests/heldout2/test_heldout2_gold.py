"""The second blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

These tests read only the files in this folder (and the vocabularies in
``claimledger.records``); they never run or import the extractor, so the gold
stays independent of the rules it measures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
DOC_IDS = sorted(p.stem for p in HERE.glob("*.txt"))

FIELDS = (
    "doc", "kind", "id", "measure", "subject", "recipient", "item", "number", "number_high",
    "qualifier", "vague", "claimant", "via", "hedge", "location", "period", "evidence",
)
KINDS = ("quantity", "event")
MEASURES = ("killed", "wounded", "casualties", "captured", "missing", "personnel", "materiel")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "up_to", "fewer_than", "range", "vague")
HEDGES = ("asserted", "reported", "claimed", "believed", "speculative")
#: ISO 3166-1 alpha-2 codes of the sides these articles talk about.
SIDES = ("KP", "RU", "UA", "KR", "US", "IR", "DE", "CZ", "BY", "CN", "NL")
#: The vague amounts of SCHEMA.md, plus the multiplied forms it allows ("several hundred").
VAGUE_WORDS = ("a few", "several", "dozens", "scores", "hundreds", "thousands",
               "tens of thousands", "hundreds of thousands", "millions", "several dozen",
               "several hundred", "a few hundred")
CONSISTENCY_KINDS = ("part_exceeds_whole", "consistent_sum")
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: Number words up to ninety-nine ("thirty-one" is 31).
NUMBER_WORDS = {word: n for n, word in enumerate(_UNITS)} | {
    word: 20 + 10 * i for i, word in enumerate(_TENS)}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
               "k": 1_000, "m": 1_000_000}
_NUMBER_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half|third|quarter|fifth|tenth|"
    r"eighth|twice)\b",
    re.IGNORECASE,
)
_VALUE = r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?"
#: A value and an optional multiplier: "4,000", "12k", "1.2m", "5.8 million", "two dozen",
#: "a thousand", "thirty-one".
_FIGURE = re.compile(rf"\b({_VALUE})(?:\s*(k|m)\b|\s+(dozen|hundred|thousand|million)\b)?")
#: Two values sharing one multiplier: "5 and 6 million", "two or three thousand".
_SHARED = re.compile(
    rf"\b({_VALUE})\s*(?:and|or|to|-|–)\s*({_VALUE})(?:\s*(k|m)\b|\s+(dozen|hundred|thousand|million)\b)")


def _value(token: str) -> float | None:
    if token[0].isdigit():
        return float(token.replace(",", ""))
    if token in ("a", "an"):
        return 1.0
    parts = token.split("-")
    if all(p in NUMBER_WORDS for p in parts) and len(parts) <= 2:
        return float(sum(NUMBER_WORDS[p] for p in parts))
    return None


def figures(evidence: str) -> set[int]:
    """The counts an evidence string writes, in digits or words: "more than a dozen" -> {12},
    "12k" -> {12000}, "1.2m" -> {1200000}, "between 5 and 6 million" -> {5000000, 6000000}."""
    text, found = evidence.lower(), set()
    for m in _FIGURE.finditer(text):
        value, multiplier = _value(m.group(1)), m.group(2) or m.group(3)
        if value is None or (m.group(1) in ("a", "an") and not multiplier):
            continue
        found.add(round(value * MULTIPLIERS.get(multiplier or "", 1)))
    for m in _SHARED.finditer(text):
        multiplier = MULTIPLIERS[m.group(3) or m.group(4)]
        for token in m.group(1, 2):
            value = _value(token)
            if value is not None:
                found.add(round(value * multiplier))
    return found


def article(doc: str) -> str:
    return (HERE / f"{doc}.txt").read_text(encoding="utf-8")


def claims(doc: str) -> list[dict[str, Any]]:
    lines = (HERE / f"{doc}.claims.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def extra(doc: str) -> dict[str, Any]:
    return json.loads((HERE / f"{doc}.extra.json").read_text(encoding="utf-8"))


def test_the_set_has_twelve_articles_each_with_gold_and_extra() -> None:
    assert len(DOC_IDS) == 12
    for doc in DOC_IDS:
        assert re.fullmatch(r"k\d\d-[a-z0-9-]+", doc), doc
        assert (HERE / f"{doc}.claims.jsonl").is_file(), doc
        assert (HERE / f"{doc}.extra.json").is_file(), doc
    gold_ids = sorted(p.name.removesuffix(".claims.jsonl") for p in HERE.glob("*.claims.jsonl"))
    assert gold_ids == DOC_IDS


def test_readme_describes_every_article() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for doc in DOC_IDS:
        assert f"`{doc}`" in readme, doc


@pytest.mark.parametrize("doc", DOC_IDS)
def test_article_length_is_within_the_brief(doc: str) -> None:
    assert 200 <= len(article(doc).split()) <= 500


@pytest.mark.parametrize("doc", DOC_IDS)
def test_claim_records_have_the_gold_fields_and_vocabularies(doc: str) -> None:
    records = claims(doc)
    assert records, f"{doc} has no gold claims"
    ids = [c["id"] for c in records]
    assert len(ids) == len(set(ids)), f"duplicate ids in {doc}"
    for c in records:
        where = f"{doc}:{c.get('id')}"
        assert tuple(c) == FIELDS, where
        assert c["doc"] == doc, where
        assert c["kind"] in KINDS, where
        assert re.fullmatch("q[0-9]+" if c["kind"] == "quantity" else "e[0-9]+", c["id"]), where
        assert c["measure"] in MEASURES, where
        assert c["subject"] in SIDES, where
        assert c["hedge"] in HEDGES, where
        assert isinstance(c["via"], list), where
        if c["measure"] == "materiel":
            assert c["recipient"] in SIDES and c["recipient"] != c["subject"], where
            assert isinstance(c["item"], str) and c["item"].strip(), where
        else:
            assert c["recipient"] is None, where
            assert c["item"] is None, where
        if c["claimant"] is None:
            assert c["via"] == [], f"{where}: a relay without a claimant"
            assert c["hedge"] != "reported" or "reportedly" in c["evidence"], where


@pytest.mark.parametrize("doc", DOC_IDS)
def test_ids_are_numbered_in_order(doc: str) -> None:
    for prefix in ("q", "e"):
        numbers = [int(c["id"][1:]) for c in claims(doc) if c["id"].startswith(prefix)]
        assert numbers == list(range(1, len(numbers) + 1)), f"{doc} {prefix} ids {numbers}"


@pytest.mark.parametrize("doc", DOC_IDS)
def test_figures_are_consistent_with_their_qualifier(doc: str) -> None:
    for c in claims(doc):
        where = f"{doc}:{c['id']}"
        if c["kind"] == "event":
            assert (c["number"], c["number_high"], c["qualifier"], c["vague"]) == (None,) * 4, where
            continue
        assert c["qualifier"] in QUALIFIERS, where
        if c["qualifier"] == "vague":
            assert c["number"] is None and c["number_high"] is None, where
            assert c["vague"] in VAGUE_WORDS, where
            continue
        assert isinstance(c["number"], int) and c["number"] > 0, where
        assert c["vague"] is None, where
        if c["qualifier"] == "range":
            assert isinstance(c["number_high"], int) and c["number_high"] > c["number"], where
        else:
            assert c["number_high"] is None, where


@pytest.mark.parametrize("doc", DOC_IDS)
def test_every_gold_string_is_in_the_article(doc: str) -> None:
    text = article(doc)
    for c in claims(doc):
        where = f"{doc}:{c['id']}"
        assert c["evidence"] and c["evidence"] in text, f"{where} evidence"
        for name in ("claimant", "location", "period"):
            assert c[name] is None or c[name] in text, f"{where} {name}: {c[name]!r}"
        for relay in c["via"]:
            assert relay in text, f"{where} via: {relay!r}"


@pytest.mark.parametrize("doc", DOC_IDS)
def test_each_figure_is_written_in_its_evidence(doc: str) -> None:
    """A gold number that its evidence does not state is a typing slip in the gold."""
    for c in claims(doc):
        if c["kind"] != "quantity":
            continue
        evidence, where = c["evidence"].lower(), f"{doc}:{c['id']}"
        if c["qualifier"] == "vague":
            assert c["vague"] in evidence, where
            continue
        for number in (c["number"], c["number_high"]):
            if number is not None:
                assert number in figures(evidence), f"{where}: {number}"


@pytest.mark.parametrize("doc", DOC_IDS)
def test_extra_file_lists_non_counts_aliases_and_checks(doc: str) -> None:
    text, data = article(doc), extra(doc)
    assert tuple(data) == ("doc", "not_quantities", "aliases", "consistency"), doc
    assert data["doc"] == doc
    for s in data["not_quantities"]:
        assert s in text, f"{doc} not_quantities: {s!r}"
        assert re.search(r"\d", s) or _NUMBER_WORD.search(s), f"{doc}: {s!r} has no number"
    assert len(data["not_quantities"]) == len(set(data["not_quantities"])), doc
    gold_evidence = [c["evidence"] for c in claims(doc) if c["kind"] == "quantity"]
    for s in data["not_quantities"]:
        # A non-count must not be the whole evidence of a claim (it would then be its figure).
        assert s not in gold_evidence, f"{doc}: {s!r} is both a claim and a non-count"
    for pair in data["aliases"]:
        assert len(pair) == 2 and pair[0] != pair[1], f"{doc} alias {pair}"
        assert all(name in text for name in pair), f"{doc} alias {pair}"
    quantity_ids = {c["id"] for c in claims(doc) if c["kind"] == "quantity"}
    for check in data["consistency"]:
        assert check["kind"] in CONSISTENCY_KINDS, doc
        assert check["parts"] and set(check["parts"]) <= quantity_ids, doc
        assert check["whole"] in quantity_ids and check["whole"] not in check["parts"], doc
        assert check["note"].strip(), doc


def test_the_set_has_at_least_three_consistency_checks() -> None:
    checks = [c for doc in DOC_IDS for c in extra(doc)["consistency"]]
    assert len(checks) >= 3
    assert {c["kind"] for c in checks} == set(CONSISTENCY_KINDS)


def test_consistent_sums_add_up() -> None:
    """Where every figure is a point, the parts of a consistent_sum must not exceed a stated
    upper bound of the whole, nor fall far short of it."""
    for doc in DOC_IDS:
        by_id = {c["id"]: c for c in claims(doc)}
        for check in extra(doc)["consistency"]:
            if check["kind"] != "consistent_sum":
                continue
            total = sum(by_id[p]["number"] for p in check["parts"])
            whole = by_id[check["whole"]]
            if whole["qualifier"] in ("exact", "about", "up_to"):
                assert total <= whole["number"] * 1.1, (doc, check)
            if whole["qualifier"] in ("exact", "about", "more_than", "at_least"):
                assert total >= whole["number"] * 0.9, (doc, check)


def test_local_vocabularies_match_the_shared_records() -> None:
    """The vocabularies above are those of gold/README.md, which records.py also encodes."""
    from claimledger import records

    assert KINDS == records.KINDS
    assert MEASURES == records.MEASURES
    assert QUALIFIERS == records.QUALIFIERS
    assert HEDGES == records.HEDGES

"""Checks that a hand-made gold set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

A gold set is a folder holding, for each article, ``<doc>.txt``, ``<doc>.claims.jsonl`` and
``<doc>.extra.json``. Its test module describes the set with a :class:`GoldSet` and runs the
checks by subclassing :class:`GoldChecks` (or :class:`BlindSetChecks`, which adds the rules
written for the blind held-out sets)::

    class TestHeldoutGold(BlindSetChecks):
        gold = GoldSet(folder=Path(__file__).resolve().parent, articles=12, ...)

Each check on one article is parametrized over the set's documents, so its test id names the
document. The checks read only the set's files (and the vocabularies in
``claimledger.records``); they never run or import the extractor, so the gold stays
independent of the rules it measures.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

FIELDS = (
    "doc", "kind", "id", "measure", "subject", "recipient", "item", "number", "number_high",
    "qualifier", "vague", "claimant", "via", "hedge", "location", "period", "evidence",
)
KINDS = ("quantity", "event")
MEASURES = ("killed", "wounded", "casualties", "captured", "missing", "personnel", "materiel")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "up_to", "fewer_than", "range", "vague")
HEDGES = ("asserted", "reported", "claimed", "believed", "speculative")
CONSISTENCY_KINDS = ("part_exceeds_whole", "consistent_sum")
#: The keys of an ``extra.json``, in order (checked by the blind sets).
EXTRA_KEYS = ("doc", "not_quantities", "aliases", "consistency")
#: The vague amounts of SCHEMA.md; a set adds the multiplied forms it uses ("several dozen").
VAGUE_WORDS = ("a few", "several", "dozens", "scores", "hundreds", "thousands",
               "tens of thousands", "hundreds of thousands", "millions")
#: Words that make a string of ``not_quantities`` a number when it has no digit.
NON_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                   "eleven", "twelve", "twenty", "hundred", "thousand", "million", "half",
                   "third", "quarter", "fifth", "tenth")


# --- how a figure may be written in its evidence ---------------------------------------------

#: The number words of :class:`Renderings`.
SMALL_NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
}


@dataclass(frozen=True)
class Renderings:
    """A figure is one of a few fixed renderings of its number: 4000 -> {"4000", "4,000"},
    7 -> {..., "seven"}, 3000000 -> {..., "3 million"}."""

    #: True: compare lower-cased ("SEVEN", "3 Million" count). False: compare the evidence as
    #: written, where a number word may also be capitalised ("Seven").
    ignore_case: bool
    #: True: millions may have one decimal, 7500000 -> "7.5 million". False: whole millions only.
    decimal_millions: bool

    def forms(self, number: int) -> set[str]:
        forms = {str(number), f"{number:,}"}
        if number in SMALL_NUMBER_WORDS:
            word = SMALL_NUMBER_WORDS[number]
            forms |= {word} if self.ignore_case else {word, word.capitalize()}
        if self.decimal_millions:
            if number >= 1_000_000 and number % 100_000 == 0:
                forms.add(f"{number / 1_000_000:g} million")
        elif number >= 1_000_000 and number % 1_000_000 == 0:
            forms.add(f"{number // 1_000_000} million")
        return forms

    def written(self, number: int, evidence: str) -> bool:
        if self.ignore_case:
            evidence = evidence.lower()
        return any(form in evidence for form in self.forms(number))


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: Number words up to ninety-nine ("thirty-one" is 31).
NUMBER_WORDS = {word: n for n, word in enumerate(_UNITS)} | {
    word: 20 + 10 * i for i, word in enumerate(_TENS)}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
               "k": 1_000, "m": 1_000_000}
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


@dataclass(frozen=True)
class ParsedFigures:
    """A figure is any count :func:`figures` reads in its evidence: digits, number words up to
    ninety-nine, "a dozen", "12k", "1.2m", "5.8 million", "between 5 and 6 million"."""

    def written(self, number: int, evidence: str) -> bool:
        return number in figures(evidence.lower())


# --- the description of a set ----------------------------------------------------------------


@dataclass(frozen=True)
class GoldSet:
    """What a gold set allows; where two sets differ, the difference is one of these."""

    #: The folder of ``<doc>.txt``, ``<doc>.claims.jsonl`` and ``<doc>.extra.json``.
    folder: Path
    #: How many articles the set has.
    articles: int
    #: The least and most words of an article.
    words: tuple[int, int]
    #: ISO 3166-1 alpha-2 codes of the sides the articles talk about.
    sides: tuple[str, ...]
    #: The ``vague`` amounts a claim may have.
    vague_words: tuple[str, ...]
    #: How a gold figure may be written in its evidence.
    figures: Renderings | ParsedFigures
    #: A pattern every document id matches in full (None: not checked).
    doc_id: str | None = None
    #: Words that make a non-count a number when it has no digit.
    non_count_words: tuple[str, ...] = NON_COUNT_WORDS

    @functools.cached_property
    def doc_ids(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.txt"))

    @functools.cached_property
    def non_count_word(self) -> re.Pattern[str]:
        return re.compile(rf"\b({'|'.join(self.non_count_words)})\b", re.IGNORECASE)

    def article(self, doc: str) -> str:
        return (self.folder / f"{doc}.txt").read_text(encoding="utf-8")

    def claims(self, doc: str) -> list[dict[str, Any]]:
        lines = (self.folder / f"{doc}.claims.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def extra(self, doc: str) -> dict[str, Any]:
        return json.loads((self.folder / f"{doc}.extra.json").read_text(encoding="utf-8"))


# --- the checks ------------------------------------------------------------------------------


class GoldChecks:
    """The checks every gold set passes. A subclass named ``Test...`` sets :attr:`gold`."""

    gold: ClassVar[GoldSet]
    #: Whether the rules written for the blind sets apply (see :class:`BlindSetChecks`).
    blind_rules: ClassVar[bool] = False

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        if "doc" in metafunc.fixturenames:
            metafunc.parametrize("doc", self.gold.doc_ids)

    def test_the_set_has_its_articles_each_with_gold_and_extra(self) -> None:
        gold = self.gold
        assert len(gold.doc_ids) == gold.articles
        for doc in gold.doc_ids:
            if gold.doc_id is not None:
                assert re.fullmatch(gold.doc_id, doc), doc
            assert (gold.folder / f"{doc}.claims.jsonl").is_file(), doc
            assert (gold.folder / f"{doc}.extra.json").is_file(), doc
        gold_ids = sorted(
            p.name.removesuffix(".claims.jsonl") for p in gold.folder.glob("*.claims.jsonl"))
        assert gold_ids == gold.doc_ids

    def test_article_length_is_within_the_brief(self, doc: str) -> None:
        least, most = self.gold.words
        assert least <= len(self.gold.article(doc).split()) <= most

    def test_claim_records_have_the_gold_fields_and_vocabularies(self, doc: str) -> None:
        sides = self.gold.sides
        records = self.gold.claims(doc)
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
            assert c["subject"] in sides, where
            assert c["hedge"] in HEDGES, where
            assert isinstance(c["via"], list), where
            if c["measure"] == "materiel":
                assert c["recipient"] in sides and c["recipient"] != c["subject"], where
                assert isinstance(c["item"], str) and c["item"].strip(), where
            else:
                assert c["recipient"] is None, where
                assert c["item"] is None, where
            if self.blind_rules and c["claimant"] is None:
                assert c["via"] == [], f"{where}: a relay without a claimant"
                assert c["hedge"] != "reported" or "reportedly" in c["evidence"], where

    def test_figures_are_consistent_with_their_qualifier(self, doc: str) -> None:
        for c in self.gold.claims(doc):
            where = f"{doc}:{c['id']}"
            if c["kind"] == "event":
                figure = (c["number"], c["number_high"], c["qualifier"], c["vague"])
                assert figure == (None,) * 4, where
                continue
            assert c["qualifier"] in QUALIFIERS, where
            if c["qualifier"] == "vague":
                assert c["number"] is None and c["number_high"] is None, where
                assert c["vague"] in self.gold.vague_words, where
                continue
            assert isinstance(c["number"], int) and c["number"] > 0, where
            assert c["vague"] is None, where
            if c["qualifier"] == "range":
                assert isinstance(c["number_high"], int) and c["number_high"] > c["number"], where
            else:
                assert c["number_high"] is None, where

    def test_every_gold_string_is_in_the_article(self, doc: str) -> None:
        text = self.gold.article(doc)
        for c in self.gold.claims(doc):
            where = f"{doc}:{c['id']}"
            assert c["evidence"] and c["evidence"] in text, f"{where} evidence"
            for name in ("claimant", "location", "period"):
                assert c[name] is None or c[name] in text, f"{where} {name}: {c[name]!r}"
            for relay in c["via"]:
                assert relay in text, f"{where} via: {relay!r}"

    def test_each_figure_is_written_in_its_evidence(self, doc: str) -> None:
        """A gold number that its evidence does not state is a typing slip in the gold."""
        for c in self.gold.claims(doc):
            if c["kind"] != "quantity":
                continue
            evidence, where = c["evidence"], f"{doc}:{c['id']}"
            if c["qualifier"] == "vague":
                assert c["vague"] in evidence.lower(), where
                continue
            for number in (c["number"], c["number_high"]):
                if number is not None:
                    assert self.gold.figures.written(number, evidence), f"{where}: {number}"

    def test_extra_file_lists_non_counts_aliases_and_checks(self, doc: str) -> None:
        text, data = self.gold.article(doc), self.gold.extra(doc)
        if self.blind_rules:
            assert tuple(data) == EXTRA_KEYS, doc
        assert data["doc"] == doc
        for s in data["not_quantities"]:
            assert s in text, f"{doc} not_quantities: {s!r}"
            has_number = re.search(r"\d", s) or self.gold.non_count_word.search(s)
            assert has_number, f"{doc}: {s!r} has no number"
        if self.blind_rules:
            assert len(data["not_quantities"]) == len(set(data["not_quantities"])), doc
        gold_evidence = [c["evidence"] for c in self.gold.claims(doc) if c["kind"] == "quantity"]
        for s in data["not_quantities"]:
            # A non-count must not be the whole evidence of a claim (it would then be its figure).
            assert s not in gold_evidence, f"{doc}: {s!r} is both a claim and a non-count"
        for pair in data["aliases"]:
            assert len(pair) == 2 and pair[0] != pair[1], f"{doc} alias {pair}"
            assert all(name in text for name in pair), f"{doc} alias {pair}"
        quantity_ids = {c["id"] for c in self.gold.claims(doc) if c["kind"] == "quantity"}
        for check in data["consistency"]:
            assert check["kind"] in CONSISTENCY_KINDS, doc
            assert check["parts"] and set(check["parts"]) <= quantity_ids, doc
            assert check["whole"] in quantity_ids and check["whole"] not in check["parts"], doc
            assert check["note"].strip(), doc

    def test_local_vocabularies_match_the_shared_records(self) -> None:
        """The vocabularies above are those of gold/README.md, which records.py also encodes."""
        from claimledger import records

        assert KINDS == records.KINDS
        assert MEASURES == records.MEASURES
        assert QUALIFIERS == records.QUALIFIERS
        assert HEDGES == records.HEDGES


class BlindSetChecks(GoldChecks):
    """The checks of every set, with the rules written for the blind held-out sets: the README
    lists every article, ids are numbered in order, a claim without a claimant has no relay
    (and is "reported" only if its evidence says "reportedly"), ``extra.json`` has exactly
    :data:`EXTRA_KEYS` and no repeated non-count, and the set's consistency checks hold."""

    blind_rules = True

    def test_readme_describes_every_article(self) -> None:
        readme = (self.gold.folder / "README.md").read_text(encoding="utf-8")
        for doc in self.gold.doc_ids:
            assert f"`{doc}`" in readme, doc

    def test_ids_are_numbered_in_order(self, doc: str) -> None:
        for prefix in ("q", "e"):
            ids = [c["id"] for c in self.gold.claims(doc)]
            numbers = [int(i[1:]) for i in ids if i.startswith(prefix)]
            assert numbers == list(range(1, len(numbers) + 1)), f"{doc} {prefix} ids {numbers}"

    def test_the_set_has_at_least_three_consistency_checks(self) -> None:
        checks = [c for doc in self.gold.doc_ids for c in self.gold.extra(doc)["consistency"]]
        assert len(checks) >= 3
        assert {c["kind"] for c in checks} == set(CONSISTENCY_KINDS)

    def test_consistent_sums_add_up(self) -> None:
        """Where every figure is a point, the parts of a consistent_sum must not exceed a stated
        upper bound of the whole, nor fall far short of it."""
        for doc in self.gold.doc_ids:
            by_id = {c["id"]: c for c in self.gold.claims(doc)}
            for check in self.gold.extra(doc)["consistency"]:
                if check["kind"] != "consistent_sum":
                    continue
                total = sum(by_id[p]["number"] for p in check["parts"])
                whole = by_id[check["whole"]]
                if whole["qualifier"] in ("exact", "about", "up_to"):
                    assert total <= whole["number"] * 1.1, (doc, check)
                if whole["qualifier"] in ("exact", "about", "more_than", "at_least"):
                    assert total >= whole["number"] * 0.9, (doc, check)

"""The curated word lists the extraction rules read, loaded once from ``data/``.

Example:
    >>> lex = get_lexicon()
    >>> lex.vague["dozens"]
    (24, 99)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def load_data(name: str) -> Any:
    """Parse ``claimledger/data/<name>`` (YAML)."""
    text = resources.files("claimledger.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _phrases(items: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    """Key multi-word entries by their lower-cased word tuple for token matching."""
    return {tuple(k.lower().split()): v for k, v in items.items()}


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for label, words in groups.items():
        for word in words or ():
            out.setdefault(str(word).lower(), label)
    return out


@dataclass(frozen=True)
class Lexicon:
    """Word lists keyed for fast lookup by the rule modules."""

    vague: dict[str, tuple[int, int]]
    vague_phrases: dict[tuple[str, ...], str]
    scalable_vague: frozenset[str]
    number_units: dict[str, int]
    number_tens: dict[str, int]
    multipliers: dict[str, int]
    collectives: dict[tuple[str, ...], int]
    qualifiers_before: dict[tuple[str, ...], str]
    qualifiers_after: dict[tuple[str, ...], str]
    measure_nouns: dict[str, str]
    measure_verbs: dict[str, str]
    measure_adjectives: dict[str, str]
    measure_phrases: dict[tuple[str, ...], str]
    not_counted: frozenset[str]
    hedge_verbs: dict[str, str]
    hedge_nouns: dict[str, str]
    hedge_adverbs: dict[str, str]
    speculative_words: frozenset[str]
    speculative_phrases: tuple[tuple[str, ...], ...]
    according_to: tuple[tuple[str, ...], ...]
    citing_verbs: frozenset[str]
    media_words: frozenset[str]

    @property
    def max_phrase(self) -> int:
        return 4


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The shared lexicon (parsed once per process)."""
    vague_data = load_data("vague_amounts.yaml")
    numbers = load_data("numbers.yaml")
    quals = load_data("qualifiers.yaml")
    measures = load_data("measures.yaml")
    attribution = load_data("attribution.yaml")
    vague = {k.lower(): (int(v["low"]), int(v["high"])) for k, v in vague_data["vague"].items()}
    phrases_by_measure = {
        tuple(p.lower().replace(",", " ,").split()): m
        for m, plist in measures["phrases"].items()
        for p in plist
    }
    return Lexicon(
        vague=vague,
        vague_phrases={tuple(k.split()): k for k in vague},
        scalable_vague=frozenset(vague_data.get("scalable", [])),
        number_units={k: int(v) for k, v in numbers["units"].items()},
        number_tens={k: int(v) for k, v in numbers["tens"].items()},
        multipliers={k: int(v) for k, v in numbers["multipliers"].items()},
        collectives=_phrases(numbers["collectives"]),
        qualifiers_before=_phrases(quals["before"]),
        qualifiers_after=_phrases(quals["after"]),
        measure_nouns=_invert(measures["nouns"]),
        measure_verbs=_invert(measures["verbs"]),
        measure_adjectives=_invert(measures["adjectives"]),
        measure_phrases=phrases_by_measure,
        not_counted=frozenset(w.lower() for w in measures["not_counted"]),
        hedge_verbs=_invert(attribution["verbs"]),
        hedge_nouns=_invert(attribution["nouns"]),
        hedge_adverbs=_invert(attribution["adverbs"]),
        speculative_words=frozenset(attribution["speculative"]["words"]),
        speculative_phrases=tuple(
            tuple(p.lower().split()) for p in attribution["speculative"]["phrases"]
        ),
        according_to=tuple(tuple(p.lower().split()) for p in attribution["according_to"]),
        citing_verbs=frozenset(attribution["citing"]),
        media_words=frozenset(attribution["media_words"]),
    )

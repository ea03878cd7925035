"""The sixth held-out set is well formed: every gold string is in its article, vocabularies
are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT6 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"r\d\d-[a-z0-9-]+",
    words=(200, 500),
    # Everyday news on the wider war: Russia, Ukraine, North Korea, Iran, with Seoul and
    # Washington as sources and suppliers, and Germany as a donor (r02).
    sides=("KP", "RU", "UA", "KR", "US", "IR", "DE"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred", "several thousand").
    vague_words=VAGUE_WORDS + ("several hundred", "a few thousand", "several thousand"),
    # Figures in words up to ninety-nine, "a dozen", "7.3 million", "9 million".
    figures=ParsedFigures(),
    # Ordinals and idioms in not_quantities ("second edition", "the first to know").
    non_count_words=NON_COUNT_WORDS + ("twice", "first", "double", "second"),
)


class TestHeldout6Gold(BlindSetChecks):
    gold = HELDOUT6

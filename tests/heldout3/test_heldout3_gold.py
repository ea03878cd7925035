"""The third blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT3 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"m\d\d-[a-z0-9-]+",
    words=(200, 500),
    # Adds GB (British supply) and IN (Indian nationals in Russia's army) to the earlier sides.
    sides=("KP", "RU", "UA", "KR", "US", "IR", "DE", "CZ", "BY", "CN", "NL", "GB", "IN"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred", "several thousand").
    vague_words=VAGUE_WORDS
    + ("several dozen", "several hundred", "several thousand", "a few hundred"),
    # Figures in words up to ninety-nine, "9.5 million", "7.2–9.1 million",
    # "between 12,000 and 13,000".
    figures=ParsedFigures(),
    non_count_words=NON_COUNT_WORDS + (
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "eighth",
        "twice", "fourth"),
)


class TestHeldout3Gold(BlindSetChecks):
    gold = HELDOUT3

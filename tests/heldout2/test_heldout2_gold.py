"""The second blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT2 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"k\d\d-[a-z0-9-]+",
    words=(200, 500),
    sides=("KP", "RU", "UA", "KR", "US", "IR", "DE", "CZ", "BY", "CN", "NL"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred").
    vague_words=VAGUE_WORDS + ("several dozen", "several hundred", "a few hundred"),
    # Figures in words up to ninety-nine, "a dozen", "12k", "1.2m", "between 5 and 6 million".
    figures=ParsedFigures(),
    non_count_words=NON_COUNT_WORDS + (
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "eighth",
        "twice"),
)


class TestHeldout2Gold(BlindSetChecks):
    gold = HELDOUT2

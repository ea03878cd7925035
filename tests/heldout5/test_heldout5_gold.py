"""The fifth held-out set is well formed: every gold string is in its article, vocabularies
are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT5 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"p\d\d-[a-z0-9-]+",
    words=(200, 500),
    # Everyday news on North Korea's troops and munitions for Russia, with Iran beside it and
    # Seoul and Washington as sources.
    sides=("KP", "RU", "UA", "KR", "US", "IR"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred", "a few thousand", ...).
    vague_words=VAGUE_WORDS + ("several hundred", "a few thousand", "several thousand",
                               "several dozen"),
    # Figures in words up to ninety-nine, "a thousand", "6.8m", "between 140 and 180".
    figures=ParsedFigures(),
    # Plus "twice", ordinals, group sizes ("thirty or forty") and "hundreds of kilometres".
    non_count_words=NON_COUNT_WORDS + ("twice", "first", "second", "thirty", "forty", "hundreds"),
)


class TestHeldout5Gold(BlindSetChecks):
    gold = HELDOUT5

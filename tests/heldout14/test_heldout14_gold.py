"""The fourteenth blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT14 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"z\d\d-[a-z0-9-]+",
    words=(250, 450),
    # Tabloid and aggregator copy on North Korea's troops and losses and North Korean and
    # Iranian arms for Russia, with Seoul and Washington as sources.
    sides=("KP", "RU", "UA", "IR", "KR", "US"),
    # Plus the multiplied forms SCHEMA.md allows ("several thousand", "several hundred",
    # "several dozen").
    vague_words=VAGUE_WORDS + ("several thousand", "several hundred", "several dozen"),
    # Figures in words up to ninety-nine, "3.6 million", "between 6,000 and 8,000".
    figures=ParsedFigures(),
    # Ordinals ("the first time", "the first wave"), "twice a week" and "at least double" are
    # non-counts too.
    non_count_words=NON_COUNT_WORDS + ("first", "twice", "double"),
)


class TestHeldout14Gold(BlindSetChecks):
    gold = HELDOUT14

"""The thirteenth blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT13 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"y\d\d-[a-z0-9-]+",
    words=(200, 600),
    # International outlets on North Korea's troops and Iran's and North Korea's munitions in
    # Russia's war, with Seoul and Washington as sources.
    sides=("KP", "RU", "UA", "KR", "US", "IR"),
    # Plus the multiplied form SCHEMA.md allows ("several dozen", like "several hundred").
    vague_words=VAGUE_WORDS + ("several dozen",),
    # Figures in words up to ninety-nine, "1.4 million", "between 9 million and 11 million".
    figures=ParsedFigures(),
    # Ordinals and "Every one of them" are non-counts too.
    non_count_words=NON_COUNT_WORDS + ("first",),
)


class TestHeldout13Gold(BlindSetChecks):
    gold = HELDOUT13

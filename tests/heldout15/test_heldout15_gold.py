"""The fifteenth blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT15 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"q\d\d-[a-z0-9-]+",
    words=(200, 600),
    # Munitions and supply: North Korea, Iran and Russia as suppliers, Ukraine's donors
    # (the United States, Germany, the Czech Republic), with Seoul as a source.
    sides=("KP", "RU", "UA", "KR", "US", "IR", "DE", "CZ"),
    # Plus the multiplied form SCHEMA.md allows ("several dozen").
    vague_words=VAGUE_WORDS + ("several dozen",),
    # Figures in words up to ninety-nine, "7.4 million", "between 8 million and 9.5 million".
    figures=ParsedFigures(),
    # Ordinals ("the first quarter", "its fourth report") are non-counts too.
    non_count_words=NON_COUNT_WORDS + ("first", "fourth"),
)


class TestHeldout15Gold(BlindSetChecks):
    gold = HELDOUT15

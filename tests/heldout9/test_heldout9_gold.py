"""The ninth blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT9 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"u\d\d-[a-z0-9-]+",
    words=(200, 500),
    # Everyday reporting on the war: North Korea, Iran, Russia, Ukraine, with Seoul and
    # Washington as sources.
    sides=("KP", "RU", "UA", "KR", "US", "IR"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred", "a few thousand").
    vague_words=VAGUE_WORDS + ("several hundred", "a few thousand"),
    # Figures in words up to ninety-nine, "6.8 million", "between 148,000 and 171,000".
    figures=ParsedFigures(),
    # Ordinals, ratios and "a one-off" are non-counts too.
    non_count_words=NON_COUNT_WORDS + ("first", "double"),
)


class TestHeldout9Gold(BlindSetChecks):
    gold = HELDOUT9

"""The seventh blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT7 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"s\d\d-[a-z0-9-]+",
    words=(200, 500),
    # Everyday reporting on North Korea's and Iran's part in the war, with Seoul and
    # Washington as sources.
    sides=("KP", "RU", "UA", "KR", "US", "IR"),
    # Plus the multiplied form SCHEMA.md allows ("several thousand").
    vague_words=VAGUE_WORDS + ("several thousand",),
    # Figures in words up to ninety-nine, "7.4 million", "between 190 and 240".
    figures=ParsedFigures(),
    # Ordinals of a non-count ("The first time", "second batch", "fourth floor") and the
    # "twice" of a frequency.
    non_count_words=NON_COUNT_WORDS + ("twice", "first", "second", "fourth"),
)


class TestHeldout7Gold(BlindSetChecks):
    gold = HELDOUT7

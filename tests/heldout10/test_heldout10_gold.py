"""The tenth held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT10 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"v\d\d-[a-z0-9-]+",
    # Longer, denser copy in the manner of major wires, newspapers and broadcasters' sites.
    words=(350, 650),
    # North Korea, Russia and Ukraine as sides, with Seoul and Washington as sources.
    sides=("KP", "RU", "UA", "KR", "US"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred", "several thousand").
    vague_words=VAGUE_WORDS + ("several hundred", "several thousand"),
    # Figures in words up to ninety-nine, "9 million", "1,114,260".
    figures=ParsedFigures(),
    # "for the first time", "the first wave" and "Eighteen months" are non-counts.
    non_count_words=NON_COUNT_WORDS + ("first", "eighteen"),
)


class TestHeldout10Gold(BlindSetChecks):
    gold = HELDOUT10

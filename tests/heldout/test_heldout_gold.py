"""The blind held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import VAGUE_WORDS, BlindSetChecks, GoldSet, Renderings

HELDOUT = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"h\d\d-[a-z0-9-]+",
    words=(180, 450),
    sides=("KP", "RU", "UA", "KR", "US", "IR", "DE", "CZ"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred").
    vague_words=VAGUE_WORDS + ("several dozen", "several hundred"),
    # Digits, a word up to twelve in any case, or millions with a decimal ("7.5 million").
    figures=Renderings(ignore_case=True, decimal_millions=True),
)


class TestHeldoutGold(BlindSetChecks):
    gold = HELDOUT

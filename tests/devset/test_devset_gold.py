"""The held-out development set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
The development set predates the stricter rules of the blind sets (``BlindSetChecks``).
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import VAGUE_WORDS, GoldChecks, GoldSet, Renderings

DEVSET = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=10,
    words=(150, 450),
    sides=("KP", "RU", "UA", "KR", "US", "IR", "NL", "DK", "NO", "DE"),
    # Plus "several dozen" (several x dozen, as "several hundred").
    vague_words=VAGUE_WORDS + ("several dozen",),
    # Digits, a word up to twelve as written ("seven", "Seven"), or whole millions.
    figures=Renderings(ignore_case=False, decimal_millions=False),
)


class TestDevsetGold(GoldChecks):
    gold = DEVSET

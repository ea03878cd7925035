"""The eleventh held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT11 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"w\d\d-[a-z0-9-]+",
    # Longer, denser copy in the manner of major wires, papers and broadcasters.
    words=(350, 650),
    # North Korea, Iran, Russia, Ukraine, with Seoul as a source and the United States,
    # Germany, Britain, France and the Czech Republic as donors to Ukraine.
    sides=("KP", "RU", "UA", "KR", "US", "IR", "DE", "GB", "FR", "CZ"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred", "several dozen").
    vague_words=VAGUE_WORDS + ("several hundred", "several dozen"),
    # Figures in words up to ninety-nine, "6.5 million", "between 7 million and 10 million".
    figures=ParsedFigures(),
    # "the first use", "a second batch", "twice a day" are non-counts.
    non_count_words=NON_COUNT_WORDS + ("first", "second", "twice"),
)


class TestHeldout11Gold(BlindSetChecks):
    gold = HELDOUT11

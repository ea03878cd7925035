"""The twelfth held-out set is well formed: every gold string is in its article,
vocabularies are the allowed ones, ids are unique, figures appear in their evidence.

The checks are those of ``tests/goldcheck.py``; this module says what the set allows. They
read only the files in this folder (and the vocabularies in ``claimledger.records``); they
never run or import the extractor, so the gold stays independent of the rules it measures.
"""

from __future__ import annotations

from pathlib import Path

from goldcheck import NON_COUNT_WORDS, VAGUE_WORDS, BlindSetChecks, GoldSet, ParsedFigures

HELDOUT12 = GoldSet(
    folder=Path(__file__).resolve().parent,
    articles=12,
    doc_id=r"x\d\d-[a-z0-9-]+",
    # Digests of 10 to 14 short items each: wires, live blogs, headlines, captions, tickers,
    # newsletters, explainers, transcripts, regional round-ups, press reviews, OSINT notes.
    words=(250, 500),
    # North Korea, Iran, Russia, Ukraine, with Seoul as a source, and the United States,
    # Germany, Britain, France, the Czech Republic, Sweden, the Netherlands, Denmark, Poland,
    # Canada and Italy as donors to Ukraine.
    sides=("KP", "RU", "UA", "KR", "US", "IR", "DE", "GB", "FR", "CZ", "SE", "NL", "DK", "PL",
           "CA", "IT"),
    # Plus the multiplied forms SCHEMA.md allows ("several hundred", "several thousand").
    vague_words=VAGUE_WORDS + ("several hundred", "several thousand"),
    # Figures in words up to ninety-nine, "1.5 Million", "4 million", "SEVERAL THOUSAND".
    figures=ParsedFigures(),
    # "its first", "a second drone-engine plant", "a third consecutive week", "the fourth such
    # video" are non-counts.
    non_count_words=NON_COUNT_WORDS + ("first", "second", "third", "fourth"),
)


class TestHeldout12Gold(BlindSetChecks):
    gold = HELDOUT12

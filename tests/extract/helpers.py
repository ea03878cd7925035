"""Helpers for extraction tests: run the pipeline on one short text we wrote."""

from __future__ import annotations

from claimledger.extract import extract
from claimledger.records import Claim


def claims_in(text: str, nlp) -> list[Claim]:
    return extract(text, nlp=nlp)


def quantities(text: str, nlp) -> list[Claim]:
    return [c for c in claims_in(text, nlp) if c.kind == "quantity"]


def only(text: str, nlp) -> Claim:
    """The single quantity claim in ``text`` (fails if there is not exactly one)."""
    found = quantities(text, nlp)
    assert len(found) == 1, [(c.measure, c.number, c.evidence.text) for c in found]
    return found[0]

"""Who said it, where and when: the keys that group and pair claims.

Example:
    >>> normalise_claimant("  The Ukrainian  officials ")
    'ukrainian officials'
"""

from __future__ import annotations

import re

from claimledger.records import LedgerClaim

UNATTRIBUTED = "unattributed"

_SPACE = re.compile(r"\s+")


def normalise_claimant(text: str) -> str:
    """Case, spacing and a leading article do not change who is speaking."""
    text = _SPACE.sub(" ", text).strip().lower()
    return re.sub(r"^(the|a|an) ", "", text)


def claimant_key(lc: LedgerClaim) -> str:
    """Entity id when known, else the normalised words, else ``"unattributed"``."""
    span = lc.claim.claimant
    if span is None or not span.text.strip():
        return UNATTRIBUTED
    return span.entity or normalise_claimant(span.text)


def claimant_text(lc: LedgerClaim) -> str | None:
    span = lc.claim.claimant
    return span.text if span is not None and span.text.strip() else None


def independent_doc(lc: LedgerClaim) -> str:
    """The document a claim really comes from: a syndicated copy counts as its origin."""
    return lc.origin_doc or lc.claim.doc


def day(lc: LedgerClaim) -> str | None:
    """The claim's day (``2024-12-24``): the one it states, else its article's
    publication day; for "same date" tests and series order."""
    return lc.date[:10] if lc.date else None


def text_key(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip().lower()


def scope_key(lc: LedgerClaim) -> tuple[str, str]:
    """Period and place words: "77 killed in three days in Kursk" is not a war total."""
    claim = lc.claim
    return (
        text_key(claim.period.text if claim.period else None),
        text_key(claim.location.text if claim.location else None),
    )


def same_scope(a: LedgerClaim, b: LedgerClaim) -> bool:
    """Two claims can be set against each other: the same period, and the same place
    or a place on one side only ("3,000 casualties in Kursk region" against "350
    killed" said of the same fighting). A stated period always narrows: "77 killed in
    three days" is not a share of the war's total.

    Example:
        >>> from claimledger.records import Claim, LedgerClaim, TextSpan
        >>> def lc(place=None, period=None):
        ...     c = Claim("d", "d:1", "quantity", "killed", TextSpan("x", 0, 1),
        ...               location=TextSpan(place, 0, 1) if place else None,
        ...               period=TextSpan(period, 0, 1) if period else None)
        ...     return LedgerClaim(c)
        >>> same_scope(lc("Kursk region"), lc()), same_scope(lc(period="three days"), lc())
        (True, False)
        >>> same_scope(lc("Kursk region"), lc("Donetsk"))
        False
    """
    (period_a, place_a), (period_b, place_b) = scope_key(a), scope_key(b)
    return period_a == period_b and (place_a == place_b or not place_a or not place_b)


def drop_copies(claims: list[LedgerClaim]) -> list[LedgerClaim]:
    """Leave out syndicated copies whose origin is present: they would repeat every finding."""
    present = {lc.claim.doc for lc in claims}
    return [
        lc for lc in claims
        if not lc.rejected and not (lc.origin_doc and lc.origin_doc in present
                                    and lc.origin_doc != lc.claim.doc)
    ]

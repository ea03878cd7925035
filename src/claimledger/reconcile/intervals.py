"""The interval a claim's figure implies, made ready for comparing two claims.

A claim carries ``low``/``high`` as ``SCHEMA.md`` fixes them (inclusive, None
where open). For comparing claims we tighten strict bounds ("more than 100"
cannot be 100) and widen "about" a little, so that rounding alone never
reads as a contradiction.

Example:
    >>> comparable("more_than", 100, None, 100, None)
    (101, None)
    >>> overlaps((101, None), (24, 99))
    False
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from claimledger.records import Claim

Bound = int | float | None
Interval = tuple[Bound, Bound]

#: "about N" is read as N ± 10% when comparing: round figures are not exact counts.
ABOUT_TOLERANCE = 0.10


@lru_cache(maxsize=1)
def vague_table() -> dict[str, tuple[int, int]]:
    """The vague words and their default intervals (``data/vague_amounts.yaml``)."""
    text = resources.files("claimledger.data").joinpath("vague_amounts.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {words: (v["low"], v["high"]) for words, v in data["vague"].items()}


def schema_interval(
    qualifier: str | None, number: Bound, number_high: Bound, vague: str | None
) -> Interval:
    """The ``low``/``high`` of ``SCHEMA.md`` for a figure, for claims that lack them.

    Example:
        >>> schema_interval("vague", None, None, "dozens")
        (24, 99)
    """
    if qualifier == "vague" or (number is None and vague):
        return vague_table().get((vague or "").lower(), (None, None))
    if number is None:
        return (None, None)
    if qualifier in ("at_least", "more_than"):
        return (number, None)
    if qualifier in ("up_to", "fewer_than"):
        return (None, number)
    if qualifier == "range":
        return (number, number_high)
    return (number, number)


def comparable(
    qualifier: str | None, number: Bound, number_high: Bound, low: Bound, high: Bound
) -> Interval:
    """Tighten strict bounds and widen "about" (see the module docstring)."""
    if qualifier == "more_than" and low is not None:
        low = low + 1 if float(low).is_integer() else low
    if qualifier == "fewer_than" and high is not None:
        high = high - 1 if float(high).is_integer() else high
    if qualifier == "about" and number is not None:
        slack = abs(number) * ABOUT_TOLERANCE
        low = number - slack if low is not None else None
        high = number + slack if high is not None else None
    return (low, high)


def claim_interval(claim: Claim) -> Interval:
    """The interval to compare ``claim`` by; ``(None, None)`` when it states no figure."""
    low, high = claim.low, claim.high
    if low is None and high is None:
        low, high = schema_interval(claim.qualifier, claim.number, claim.number_high, claim.vague)
    return comparable(claim.qualifier, claim.number, claim.number_high, low, high)


def has_figure(claim: Claim) -> bool:
    return claim.kind == "quantity" and claim_interval(claim) != (None, None)


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two inclusive intervals (None = open) share a value.

    Example:
        >>> overlaps((1090, 1110), (1001, None))
        True
    """
    a_low, a_high = a
    b_low, b_high = b
    if a_low is not None and b_high is not None and a_low > b_high:
        return False
    return not (b_low is not None and a_high is not None and b_low > a_high)


def add(a: Interval, b: Interval) -> Interval:
    """The interval of a sum: bounds add, an open bound stays open.

    Example:
        >>> add((90, 110), (1000, None))
        (1090, None)
    """
    low = None if a[0] is None or b[0] is None else a[0] + b[0]
    high = None if a[1] is None or b[1] is None else a[1] + b[1]
    return (low, high)


def representative(interval: Interval) -> Bound:
    """One value standing for an interval: its middle, or its only closed end."""
    low, high = interval
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high

"""Registry look-ups the rules make over and over, cached per process.

The rules ask the entity registry about the same few strings many times an
article ("Russia", "the NIS", "KN-23 missiles"); the registry is built once and
never changes, so its answers can be kept.

Example:
    >>> side_of("North Korean")
    'KP'
"""

from __future__ import annotations

from functools import lru_cache

from claimledger.resolve import get_registry

_SIZE = 1 << 14


@lru_cache(maxsize=_SIZE)
def side_of(text: str) -> str | None:
    """ISO code for a nationality word, country, capital or metonym in ``text``."""
    return get_registry().side_of(text)


@lru_cache(maxsize=_SIZE)
def resolve(text: str, kind: str | None = None) -> object | None:
    """The entity ``text`` names (``registry.resolve``)."""
    return get_registry().resolve(text, kind=kind)


@lru_cache(maxsize=_SIZE)
def canonical_item(text: str) -> str | None:
    """The canonical item words of a named weapon in ``text``."""
    return get_registry().canonical_item(text)


@lru_cache(maxsize=_SIZE)
def weapon_in(text: str) -> object | None:
    """The weapon a materiel phrase is about."""
    return get_registry().weapon_in(text)


def is_dateline(label: str) -> bool:
    """A label in capitals that only names places, as a dateline or a news digest's item
    head does: "KYIV", "KYIV and SEOUL", "WASHINGTON" (not "HUR" or "LINDQVIST", who
    speak, nor a headline's "Moscow: …", where the capital speaks)."""
    if not label.replace(" and ", " ").isupper():
        return False
    parts = [p for p in label.replace("&", " and ").split(" and ") if p.strip()]
    return bool(parts) and all(
        resolve(p.strip(), "side") is not None or resolve(p.strip(), "place") is not None
        for p in parts
    )


def maker_side(text: str) -> str | None:
    """The side that makes the weapon ``text`` names, where the registry knows it
    ("Koksan guns" -> KP): the supplier when the text names no other."""
    weapon = weapon_in(text)
    return getattr(weapon, "side", None) if weapon is not None else None

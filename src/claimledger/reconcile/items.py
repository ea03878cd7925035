"""Which item is a kind of which: "Hwasong-11 missiles" are missiles.

The entity registry (``claimledger.resolve``) knows named weapons; where it
is missing or silent we fall back to the head-noun rule: a narrower phrase
ends with the broader one ("152mm artillery shells" ⊂ "artillery shells").

Example:
    >>> head_noun_part("Hwasong-11 class missiles", "missiles")
    True
    >>> head_noun_part("missiles", "artillery shells")
    False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[\w.-]+")


def _words(text: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if words:
        words[-1] = singular(words[-1])
    return words


def singular(word: str) -> str:
    """The singular of a plural noun of weapons and units (the scorer uses it too).

    Example:
        >>> singular("batteries"), singular("shells"), singular("artillery"), singular("press")
        ('battery', 'shell', 'artillery', 'press')
    """
    # Enough for the plurals of weapons and units; "artillery", "ammunition" pass unchanged.
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def item_key(item: str | None) -> str:
    """The grouping key of an item: case, spacing and plural do not matter."""
    return " ".join(_words(item or ""))


def head_noun_part(narrow: str, broad: str) -> bool:
    """``narrow`` is ``broad`` with more words in front."""
    n, b = _words(narrow), _words(broad)
    return bool(b) and len(n) > len(b) and n[-len(b):] == b


def _registry() -> Any | None:
    try:
        from claimledger.resolve import get_registry
    except ImportError:  # the registry is built separately and may not be there yet
        return None
    return get_registry()


def part_of_test() -> Callable[[str, str], bool]:
    """``is_part_of(narrow, broad)``: the registry's answer, or the head-noun rule."""
    registry = _registry()
    registry_test = getattr(registry, "is_part_of", None)

    def is_part_of(narrow: str, broad: str) -> bool:
        if item_key(narrow) == item_key(broad):
            return False
        if registry_test is not None and registry_test(narrow, broad):
            return True
        return head_noun_part(narrow, broad)

    return is_part_of

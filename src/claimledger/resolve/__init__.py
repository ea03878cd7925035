"""Resolve: map names in articles to canonical entities.

Sides, claimants, people, weapons and places come from ``data/entities/*.yaml``;
matching folds case, punctuation, transliteration and small typos. Names the
registry does not know get stable ids from ``UnknownNames``.

Example:
    >>> get_registry().resolve("South Korean intelligence", kind="claimant").id
    'KR:nis'
"""

from __future__ import annotations

from claimledger.resolve.registry import Entity, EntityRegistry, Mention, get_registry
from claimledger.resolve.unknown import UnknownNames

__all__ = ["Entity", "EntityRegistry", "Mention", "UnknownNames", "get_registry"]

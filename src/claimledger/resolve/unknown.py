"""Stable ids for names the registry does not know, merged across documents.

An outlet's own analyst, a think tank or a unit the data files do not list still
needs one id wherever it is quoted, so its figures form one series. Names are
merged when they are the same after folding ("The Kestrel Institute" =
"Kestrel Institute"), a small typo apart, or one is a proper-name part of the
other ("Kestrel" in "Kestrel Institute") that fits no other name.

Example:
    >>> names = UnknownNames()
    >>> names.assign("The Kestrel Institute")
    '~kestrel-institute'
    >>> names.assign("Kestrel"), names.assign("Kestrel Institute's")
    ('~kestrel-institute', '~kestrel-institute')
"""

from __future__ import annotations

from rapidfuzz import fuzz

from claimledger.resolve.names import name_key, slug, words

PREFIX = "~"
#: Words that describe rather than name: a part made only of these is not a name.
GENERIC = frozenset(
    "official officials source sources analyst analysts expert experts military government spokesman "
    "spokeswoman spokesperson ministry agency institute office unit commander commanders army forces "
    "force group report reports media service staff director head chief minister president".split()
)
FUZZY_CUTOFF = 90
FUZZY_MIN_CHARS = 7


class UnknownNames:
    """Clusters of unknown names, each with a stable id (``~`` + the first name's slug)."""

    def __init__(self, existing: dict[str, list[str]] | None = None) -> None:
        self._names: dict[str, list[str]] = {}
        self._by_key: dict[tuple[str, ...], str] = {}
        for cluster_id, names in (existing or {}).items():
            for name in names:
                self._remember(cluster_id, name)

    def _remember(self, cluster_id: str, name: str) -> None:
        names = self._names.setdefault(cluster_id, [])
        if name not in names:
            names.append(name)
        self._by_key.setdefault(name_key(name), cluster_id)

    def assign(self, text: str, kind: str = "claimant") -> str:
        """The id for ``text``: an existing cluster's, or a new one."""
        key = name_key(text)
        cluster_id = self._by_key.get(key) or self._similar(key, text)
        if cluster_id is None:
            cluster_id = self._new_id(text)
        self._remember(cluster_id, text)
        return cluster_id

    def _similar(self, key: tuple[str, ...], text: str) -> str | None:
        joined = " ".join(key)
        if len(joined) >= FUZZY_MIN_CHARS:
            for other, cluster_id in self._by_key.items():
                if fuzz.ratio(joined, " ".join(other)) >= FUZZY_CUTOFF:
                    return cluster_id
        if not _is_proper_name(text):
            return None
        found = {
            cluster_id for other, cluster_id in self._by_key.items()
            if other != key and (_inside(key, other) or _inside(other, key))
        }
        return found.pop() if len(found) == 1 else None

    def _new_id(self, text: str) -> str:
        base = PREFIX + slug(text)
        cluster_id, n = base, 2
        while cluster_id in self._names:
            cluster_id, n = f"{base}-{n}", n + 1
        return cluster_id

    def names(self) -> dict[str, list[str]]:
        """Every cluster id with the names seen for it (to store and reload)."""
        return {k: list(v) for k, v in self._names.items()}


def _is_proper_name(text: str) -> bool:
    """Has a capitalised word that is not a generic description word."""
    return any(w.text[:1].isupper() and w.key not in GENERIC for w in words(text))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    if not short or n >= len(long) or all(w in GENERIC for w in short):
        return False
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))

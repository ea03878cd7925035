"""Stable ids for names the registry does not know, merged across documents.

An outlet's own analyst, a think tank or a unit the data files do not list still
needs one id wherever it is quoted, so its figures form one series. Names are
merged when they are the same after folding ("The Kestrel Institute" =
"Kestrel Institute"), a small typo apart, or one is a proper-name part of the
other ("Kestrel" in "Kestrel Institute") that fits no other name. Descriptions
with no proper name in them ("a spokesman", "lawmakers", "many of them") get no id:
in different articles they are different people.

Example:
    >>> names = UnknownNames()
    >>> names.assign("The Kestrel Institute")
    '~kestrel-institute'
    >>> names.assign("Kestrel"), names.assign("Kestrel Institute's")
    ('~kestrel-institute', '~kestrel-institute')
    >>> names.assign("a spokesman") is None
    True
"""

from __future__ import annotations

from rapidfuzz import fuzz

from claimledger.resolve.names import name_key, slug, words

PREFIX = "~"
#: Words that describe rather than name: a part made only of these is not a name.
GENERIC = frozenset(
    "official source analyst expert military government spokesman spokeswoman spokesperson "
    "ministry agency institute office unit commander army force group report media service staff "
    "director head chief minister president lawmaker legislator people resident witness observer "
    "blogger diplomat soldier officer troop fighter survivor relative family doctor medic "
    "investigator researcher journalist reporter correspondent monitor activist".split()
)
#: Words that open a sentence without naming anyone ("Many of them said ...").
FUNCTION = frozenset(
    "many some one two three four five several most all both each other others they he she we "
    "it i you those these them his her their our its this that senior top local unnamed "
    "anonymous no none neither either another such".split()
)
#: Titles and roles before a person's name: "Governor Hnatyuk" is Hnatyuk.
TITLES = frozenset(
    "governor president minister rep representative senator general gen colonel col major "
    "lieutenant lt captain capt commander spokesman spokeswoman spokesperson lawmaker deputy "
    "mayor chief head director ambassador analyst researcher dr mr mrs ms prof sergeant sgt "
    "admiral interior defence defense foreign prime regional ombudsman member committee "
    "secretary adviser advisor official officer lawmaker's".split()
)
FUZZY_CUTOFF = 90
FUZZY_MIN_CHARS = 7


class UnknownNames:
    """Clusters of unknown names, each with a stable id (``~`` + the first name's slug)."""

    def __init__(self, existing: dict[str, list[str]] | None = None) -> None:
        self._names: dict[str, list[str]] = {}
        self._by_key: dict[tuple[str, ...], str] = {}
        #: Surname -> (given names, cluster) for names that look like a person's.
        self._people: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for cluster_id, names in (existing or {}).items():
            for name in names:
                self._remember(cluster_id, name)

    def _remember(self, cluster_id: str, name: str) -> None:
        names = self._names.setdefault(cluster_id, [])
        if name not in names:
            names.append(name)
        self._by_key.setdefault(name_key(name), cluster_id)
        person = person_name(name)
        if person:
            entry = (person[:-1], cluster_id)
            known = self._people.setdefault(person[-1], [])
            if entry not in known:
                known.append(entry)

    def assign(self, text: str, kind: str = "claimant") -> str | None:
        """The id for ``text``: an existing cluster's, a new one, or None for a
        description that names no one in particular."""
        key = name_key(text)
        cluster_id = self._by_key.get(key)
        if cluster_id is None and not _is_proper_name(text):
            return None
        cluster_id = cluster_id or self._same_person(text) or self._similar(key, text)
        if cluster_id is None:
            cluster_id = self._new_id(text)
        self._remember(cluster_id, text)
        return cluster_id

    def _same_person(self, text: str) -> str | None:
        """The one cluster of a person with this surname and no other given name:
        "Governor Hnatyuk", "Mykola Hnatyuk" and "the regional governor, Mykola
        Hnatyuk" are one; a bare "Kim" fits no one when two Kims are known."""
        person = person_name(text)
        if not person:
            return None
        given = person[:-1]
        found = {cluster for names, cluster in self._people.get(person[-1], ())
                 if not given or not names or names == given}
        return found.pop() if len(found) == 1 else None

    def _similar(self, key: tuple[str, ...], text: str) -> str | None:
        joined = " ".join(key)
        if len(joined) >= FUZZY_MIN_CHARS:
            for other, cluster_id in self._by_key.items():
                if fuzz.ratio(joined, " ".join(other)) >= FUZZY_CUTOFF:
                    return cluster_id
        found = {
            cluster_id
            for other, cluster_id in self._by_key.items()
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


def person_name(text: str) -> tuple[str, ...] | None:
    """The name a person goes by in ``text`` (given names, then surname), as keys, without
    titles or a description in apposition before or after a comma; None when no part
    of ``text`` ends in one to three capitalised name words.

    Example:
        >>> person_name("the regional governor, Mykola Hnatyuk"), person_name("Governor Hnatyuk")
        (('mykola', 'hnatyuk'), ('hnatyuk',))
        >>> person_name("Mykola Hnatyuk, the regional governor")
        ('mykola', 'hnatyuk')
        >>> person_name("The Kestrel Institute") is None
        True
    """
    head, _, rest = text.partition(",")
    found = _name_at_end(text.rsplit(",", 1)[-1])
    if found is None and rest.strip()[:1].islower():
        # "Dmytro Lysenko, the Centre's secretary": a description after the name
        found = _name_at_end(head)
    return found


def _name_at_end(part: str) -> tuple[str, ...] | None:
    core: list[str] = []
    for token in reversed(part.split()):
        token = token.strip(".,;:()\"'’")
        key = "".join(name_key(token))
        if not token[:1].isupper() or not key or key in TITLES or key in FUNCTION \
                or key in GENERIC or _is_side_word(token):
            break
        core.insert(0, key)
    return tuple(core) if 1 <= len(core) <= 3 else None


def _is_side_word(token: str) -> bool:
    from claimledger.resolve.registry import get_registry

    return get_registry().lookup(token, "side") is not None


def _is_proper_name(text: str) -> bool:
    """Has a capitalised word that is not a generic or function word ("Kestrel",
    "Western officials"; not "Lawmakers", "Many of them")."""
    return any(
        w.text[:1].isupper() and w.key not in GENERIC and w.key not in FUNCTION for w in words(text)
    )


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    if not short or n >= len(long) or all(w in GENERIC for w in short):
        return False
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))

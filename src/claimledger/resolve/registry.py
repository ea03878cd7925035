"""The entity registry: every known side, claimant, person, weapon and place, and
the name matching that maps words in an article to them.

Entities come from ``data/entities/*.yaml``. A text is matched word by word
against every alias key (see ``names``), longest first, so scanning an article
costs a few dictionary look-ups a word. Whole names that miss are tried
against aliases of the same kind with a small-typo tolerance (rapidfuzz), then
as a side plus a role ("Seoul's spy agency" = South Korea + intelligence = NIS).

Example:
    >>> registry = get_registry()
    >>> registry.resolve("Kim Jung-un", kind="person").id
    'person:kim-jong-un'
    >>> registry.resolve("Seoul's spy agency", kind="claimant").id
    'KR:nis'
    >>> registry.side_of("the North")
    'KP'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import attrgetter
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from claimledger.resolve.names import (
    LEADING,
    POSSESSIVE_S,
    Word,
    exact_key,
    name_key,
    needs_exact_case,
    words,
)
from claimledger.resolve.roles import Role, load_roles

KINDS = ("side", "claimant", "person", "weapon", "place")
#: Kinds that can be the source of a claim.
SPEAKER_KINDS = ("claimant", "person")
#: Fuzzy matches below this score (0-100, rapidfuzz ratio) are not the same name.
FUZZY_CUTOFF = 90
#: Names shorter than this (in characters) are only matched exactly: "NIS" ~ "ISW".
FUZZY_MIN_CHARS = 7
#: Words that join a side to a role in a description ("the Ministry of Defence of
#: Ukraine", "a spokesman for Ukraine's military intelligence").
#: Words that only say which or how many of a body's people speak ("a senior US official")
#: are skipped too.
#: A calibre as a name word keys it: "240-millimetre" -> "240mm".
#: A designation in the plural: "KN-23s", "M1989s" (a digit, then "s").
_PLURAL_DESIGNATION = re.compile(r"(\d)s\b")
_CALIBRE_KEY = re.compile(r"\d+(?:\.\d+)?mm")
#: A model variant written onto a weapon's name: the "A6" of "Leopard 2A6".
_MODEL_VARIANT = re.compile(r"A\d+|-\d+")  # "Leopard 2A6", "Mirage 2000-5"
_SKIP = frozenset({"s", "the", "a", "an", "its", "their", "country", "country's", "senior", "top",
                   "unnamed", "anonymous", "high-ranking", "some", "several", "two", "three"})
#: Prepositions that end the head of a description: "a spokesman | for Ukraine's
#: military intelligence". ("of" does not: "the Ministry of Defence".)
_SPLIT = frozenset({"for", "at", "from", "with", "in", "on", "to", "by", "within", "inside"})
#: People who speak for a body: "a military intelligence official" is the body speaking.
_VOICES = frozenset(
    "spokesman spokeswoman spokesperson head chief director official officer representative "
    "source commander deputy member press service statement".split()
)


@dataclass(frozen=True)
class Entity:
    """One canonical thing that names refer to.

    ``side`` is the ISO code of the country it belongs to; ``item`` the canonical
    item words of a weapon; ``kinds`` the broader items a weapon counts among.
    """

    id: str
    kind: str
    name: str
    side: str | None = None
    aliases: tuple[str, ...] = ()
    item: str | None = None
    kinds: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Mention:
    """Where an entity is named in a text."""

    start: int
    end: int
    entity: Entity

    def __iter__(self) -> Iterator[Any]:  # unpacks as (start, end, entity)
        return iter((self.start, self.end, self.entity))


class EntityRegistry:
    """Known entities and the indexes that find them in text."""

    def __init__(self, entities: Iterable[Entity], roles: Iterable[Role] = ()) -> None:
        self._entities: dict[str, Entity] = {}
        self._folded: dict[tuple[str, ...], list[Entity]] = {}
        self._exact: dict[tuple[str, ...], list[Entity]] = {}
        self._fuzzy_choices: dict[str, dict[str, Entity]] = {k: {} for k in KINDS}
        for entity in entities:
            self._add(entity)
        self._max_words = max((len(k) for k in [*self._folded, *self._exact]), default=1)
        # The alias lengths by first word: a scan tries only lengths some name has,
        # and skips words that start no name.
        self._lengths_folded = _lengths_by_first(self._folded)
        self._lengths_exact = _lengths_by_first(self._exact)
        self.roles = tuple(roles)
        self._role_keys = sorted(
            ((key, role) for role in self.roles for key in role.keys), key=lambda kr: -len(kr[0])
        )

    # ------------------------------------------------------------------ building
    def _add(self, entity: Entity) -> None:
        if entity.id in self._entities:
            raise ValueError(f"entity {entity.id} is defined twice")
        self._entities[entity.id] = entity
        for alias in (entity.name, *entity.aliases):
            # "The Times", "The Sun": without their capitalised article they are common words.
            exact = (needs_exact_case(alias) or alias in entity.meta.get("exact_case", ())
                     or alias.startswith("The "))
            key = exact_key(alias) if exact else name_key(alias)
            if not key:
                continue
            index = self._exact if exact else self._folded
            bucket = index.setdefault(key, [])
            if entity not in bucket:
                bucket.append(entity)
            if not exact and len(alias) >= FUZZY_MIN_CHARS:
                self._fuzzy_choices[entity.kind].setdefault(" ".join(key), entity)

    # ------------------------------------------------------------------ lookup
    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return self._entities.get(entity_id)

    def entities(self, kind: str | None = None) -> list[Entity]:
        """Every entity (of one kind)."""
        return [e for e in self._entities.values() if kind is None or e.kind == kind]

    def find_mentions(self, text: str, kinds: Iterable[str] | None = None) -> list[Mention]:
        """Every known name in ``text``, longest match first, without overlaps.

        Example:
            >>> [(text[m.start:m.end], m.entity.id) for text in ["Russia's Kursk region"]
            ...  for m in get_registry().find_mentions(text)]
            [('Russia', 'RU'), ('Kursk region', 'RU:kursk-oblast')]
        """
        wanted = set(kinds) if kinds is not None else None
        toks = words(text)
        out: list[Mention] = []
        exact, folded = self._lengths_exact, self._lengths_folded
        # most words open no name: skip them before any tuple is built
        opening = [k for k, tok in enumerate(toks) if tok.text in exact or tok.key in folded]
        i = 0
        for k in opening:
            if k < i:
                continue  # inside the name found before
            hit = self._longest_at(toks, k, wanted)
            if hit is None:
                continue
            k, (n, entity) = self._prefer_overlapping(toks, k, hit, wanted)
            out.append(Mention(toks[k].start, toks[k + n - 1].end, entity))
            i = k + n
        return out

    def _prefer_overlapping(
        self, toks: list[Word], k: int, hit: tuple[int, Entity], wanted: set[str] | None
    ) -> tuple[int, tuple[int, Entity]]:
        """The name at ``k``, unless a name at least as long starts inside it and runs
        past its end: "the South Korean military" is "South Korean", not "the South"."""
        n = hit[0]
        for j in range(k + 1, k + n):
            later = self._longest_at(toks, j, wanted)
            if later is not None and later[0] >= n and j + later[0] > k + n:
                return j, later
        return k, hit

    def _longest_at(
        self, toks: list[Word], i: int, wanted: set[str] | None
    ) -> tuple[int, Entity] | None:
        first = toks[i]
        exact_lengths = self._lengths_exact.get(first.text, ())
        folded_lengths = self._lengths_folded.get(first.key, ())
        if not exact_lengths and not folded_lengths:
            return None
        left = len(toks) - i
        for n in _longest_first(exact_lengths, folded_lengths):
            if n > left:
                continue
            span = toks[i : i + n]
            # an index holds no key of a length no key with this first word has
            candidates = (
                self._exact.get(tuple(map(_TEXT, span)), [])
                if n in exact_lengths
                else []
            ) + (self._folded.get(tuple(map(_KEY, span)), []) if n in folded_lengths else [])
            for entity in candidates:
                if wanted is None or entity.kind in wanted:
                    return n, entity
        return None

    def lookup(self, text: str, kind: str | None = None) -> Entity | None:
        """The entity whose alias is exactly ``text`` (spelling folded), or None."""
        key = name_key(text)
        for entity in self._exact.get(exact_key(text), []) + self._folded.get(key, []):
            if kind is None or entity.kind == kind:
                return entity
        return None

    def fuzzy(self, text: str, kind: str) -> Entity | None:
        """The entity of ``kind`` with an alias a small typo away from ``text``."""
        key = " ".join(name_key(text))
        choices = self._fuzzy_choices.get(kind) or {}
        if len(key) < FUZZY_MIN_CHARS or not choices:
            return None
        found = process.extractOne(
            key, choices.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        return choices[found[0]] if found else None

    # ------------------------------------------------------------------ resolving
    def resolve(self, text: str, kind: str | None = None) -> Entity | None:
        """The entity ``text`` names, or None.

        ``kind="claimant"`` also accepts people, and a government for a bare side
        ("Kyiv said" -> ``UA:government``).

        Example:
            >>> get_registry().resolve("KN-23", kind="weapon").name
            'Hwasong-11'
        """
        if not text or not text.strip():
            return None
        if kind == "claimant":
            return self._resolve_speaker(text)
        kinds = (kind,) if kind else KINDS
        for k in kinds:
            found = self.lookup(text, k)
            if found:
                return found
        for k in kinds:
            found = self.fuzzy(text, k)
            if found:
                return found
        return None

    def _resolve_speaker(self, text: str) -> Entity | None:
        head, comma, aside = text.partition(",")
        if comma and head.strip() and aside.strip()[:1].islower():
            # An appositive describes the speaker it follows: "South Korea's spy agency,
            # usually the more cautious of the two" is the NIS, whatever the aside names.
            found = self._resolve_speaker(head)
            if found is not None:
                return found
        for kind in SPEAKER_KINDS:
            found = self.lookup(text, kind)
            if found:
                return found
        side = self.lookup(text, "side")
        if side is not None:
            return self.government_of(side.id)
        # A body or person named inside ("Pentagon figures", "a NATO official"), even where
        # the same word is also a side's metonym.
        speakers = self.find_mentions(text, kinds=SPEAKER_KINDS)
        if speakers:
            return speakers[0].entity
        mentions = self.find_mentions(text)
        composed = self._by_role(text, mentions)
        if composed is not None:
            return composed
        for kind in SPEAKER_KINDS:
            found = self.fuzzy(text, kind)
            if found:
                return found
        return None

    def _by_role(self, text: str, mentions: list[Mention]) -> Entity | None:
        """A side and a role: "South Korean intelligence" -> ``KR:nis``.

        The role must be what the description is about: it ends the description's
        head ("Russian military bloggers" is not the military), or a later part when
        the head is someone speaking for a body ("a spokesman for the Ukrainian
        military") or the body's words end in such a person ("a military intelligence
        official").
        """
        sides = {m.entity.id for m in mentions if m.entity.kind == "side"}
        if len(sides) > 1:
            return None
        side = next(iter(sides), None)
        side_spans = [(m.start, m.end) for m in mentions if m.entity.kind == "side"]
        for n, segment in enumerate(_segments(text, side_spans)):
            role = self._role_ending(segment)
            if role is not None:
                entity_id = role.entity_for(side)
                if entity_id is None:
                    return None
                return self._entities.get(entity_id) or Entity(
                    id=entity_id,
                    kind="claimant",
                    name=self.name_of(entity_id) or entity_id,
                    side=side,
                )
            if n == 0 and not (segment and segment[-1] in _VOICES):
                return None
        return None

    def _role_ending(self, segment: tuple[str, ...]) -> Role | None:
        while segment and segment[-1] in _VOICES | {"of", "and"}:
            trimmed = segment[:-1]
            if not trimmed:
                break
            segment = trimmed
        for key, role in self._role_keys:
            if len(key) <= len(segment) and segment[-len(key) :] == key:
                return role
        return None

    def head_nouns(self, entity_id: str) -> set[str]:
        """The last words of every name for an entity, and of the role words that
        mean it: what a short "the agency" can refer back to."""
        entity = self._entities.get(entity_id)
        names = [*(entity.aliases if entity else ()), *([entity.name] if entity else ())]
        keys = [name_key(n) for n in names]
        keys += [
            key
            for key, role in self._role_keys
            if entity_id in role.by_side.values() or (entity_id.partition(":")[2] == role.name)
        ]
        return {key[-1] for key in keys if key}

    def name_of(self, entity_id: str | None) -> str | None:
        """A readable name for an entity id, including bodies composed from a side and
        a role ("UA:mod" -> "Ukraine defence ministry"); None for ids it cannot name.

        Example:
            >>> get_registry().name_of("KR:nis"), get_registry().name_of("RU:government")
            ('National Intelligence Service', 'Government of Russia')
        """
        if not entity_id:
            return None
        entity = self._entities.get(entity_id)
        if entity is not None:
            return entity.name
        side, _, role_name = entity_id.partition(":")
        side_entity = self._entities.get(side)
        if side_entity is None or side_entity.kind != "side":
            return None
        role = next((r for r in self.roles if r.name == role_name), None)
        return role.describe(side_entity.name) if role else None

    def government_of(self, side: str) -> Entity:
        """The government a side stands for when it speaks ("Moscow said")."""
        entity_id = f"{side}:government"
        return self._entities.get(entity_id) or Entity(
            id=entity_id, kind="claimant", name=self.name_of(entity_id) or entity_id, side=side
        )

    def _side_name(self, side: str | None) -> str:
        entity = self._entities.get(side or "")
        return entity.name if entity else (side or "")

    def side_of(self, text: str) -> str | None:
        """The ISO code of the side ``text`` names (a nationality word, country,
        capital or metonym); failing that, the side of a named person or body.

        Example:
            >>> get_registry().side_of("A Ukrainian special operations crew")
            'UA'
        """
        mentions = self.find_mentions(text)
        for mention in mentions:
            if mention.entity.kind == "side":
                return mention.entity.side
        for mention in mentions:
            if mention.entity.kind in SPEAKER_KINDS and mention.entity.side:
                return mention.entity.side
        return None

    # ------------------------------------------------------------------ weapons
    def weapon_in(self, text: str) -> Entity | None:
        """The weapon a materiel phrase is about, when its head noun fits the weapon; a
        designation in the plural ("50 KN-23s") is read as the designation."""
        found = self._weapon_in(text)
        if found is None and _PLURAL_DESIGNATION.search(text):
            found = self._weapon_in(_PLURAL_DESIGNATION.sub(r"\1", text))
        return found

    def _weapon_in(self, text: str) -> Entity | None:
        toks = words(_before_bracket(text))
        if not toks:
            return None
        head = toks[-1].key
        for mention in self.find_mentions(text, kinds=("weapon",)):
            weapon = mention.entity
            fitting = {w.key for w in words(text[mention.start : mention.end])}
            for phrase in (weapon.item or "", *weapon.kinds):
                fitting.update(w.key for w in words(phrase))
            if head in fitting:
                return weapon
        return self._by_calibre(toks)

    def _by_calibre(self, toks: list) -> Entity | None:  # noqa: ANN001 - name words
        """The one weapon of a calibre whose kinds fit the head noun, when the phrase
        names only the calibre and a generic kind: "240-millimetre launchers" (the 240mm
        rocket launcher), not "152mm shells" where many weapons share the calibre."""
        calibres = {w.key for w in toks[:-1] if _CALIBRE_KEY.fullmatch(w.key)}
        if not calibres:
            return None
        head = toks[-1].key
        calibre = calibres.pop()
        found = [
            weapon
            for weapon in self._entities.values()
            if weapon.kind == "weapon"
            and any(
                w.key == calibre
                for alias in (weapon.name, weapon.item or "", *weapon.aliases)
                for w in words(alias)
            )
            and any(words(kind)[-1].key == head for kind in (weapon.item or "", *weapon.kinds))
        ]
        return found[0] if len(found) == 1 else None

    def canonical_item(self, text: str | None) -> str | None:
        """The canonical item words for a named weapon, or None.

        Example:
            >>> phrase = "Hwasong-11 class ballistic missiles [KN-23 and KN-24]"
            >>> get_registry().canonical_item(phrase)
            'Hwasong-11 missiles'
            >>> get_registry().canonical_item("170mm self-propelled artillery")
            'M1989 Koksan self-propelled gun'
        """
        weapon = self.weapon_in(text or "")
        if weapon is None or weapon.item is None:
            return None
        for mention in self.find_mentions(text or "", kinds=("weapon",)):
            named = (text or "")[mention.start : mention.end]
            variant = named[len(weapon.name) :]
            if (
                mention.entity is weapon
                and named.lower().startswith(weapon.name.lower())
                and _MODEL_VARIANT.fullmatch(variant)
                and weapon.name in weapon.item
            ):
                # "Leopard 2A6 tanks": the model variant the text names stays in the item
                return weapon.item.replace(weapon.name, named, 1)
        return weapon.item

    def is_part_of(self, narrow: str, broad: str) -> bool:
        """``narrow`` is a kind of ``broad``: a Hwasong-11 is a missile.

        Example:
            >>> get_registry().is_part_of("KN-23", "ballistic missiles")
            True
        """
        weapon = self.weapon_in(narrow) or self.resolve(narrow, kind="weapon")
        if weapon is None:
            return False
        broad_key = name_key(broad)
        return any(name_key(k) == broad_key for k in weapon.kinds)


_TEXT = attrgetter("text")
_KEY = attrgetter("key")


def _lengths_by_first(index: dict[tuple[str, ...], list[Entity]]) -> dict[str, tuple[int, ...]]:
    """Word counts of the keys in ``index``, by their first word."""
    lengths: dict[str, set[int]] = {}
    for key in index:
        lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


@lru_cache(maxsize=1024)
def _longest_first(exact: tuple[int, ...], folded: tuple[int, ...]) -> tuple[int, ...]:
    """The name lengths to try at a word, longest first."""
    return tuple(sorted({*exact, *folded}, reverse=True))


def _before_bracket(text: str) -> str:
    cut = min((i for i in (text.find("["), text.find("(")) if i >= 0), default=len(text))
    return text[:cut]


def _segments(text: str, skip: list[tuple[int, int]]) -> list[tuple[str, ...]]:
    """The word keys of ``text`` outside ``skip`` spans, cut at prepositions."""
    out: list[list[str]] = [[]]
    for w in words(text):
        if any(s <= w.start < e for s, e in skip) or w.key in _SKIP:
            continue
        if w.key in _SPLIT:
            out.append([])
        else:
            out[-1].append(w.key)
    return [tuple(seg) for seg in out if seg]


# ---------------------------------------------------------------------- loading

_FILES = ("sides.yaml", "claimants.yaml", "people.yaml", "weapons.yaml", "places.yaml")


def _read(name: str) -> list[dict[str, Any]]:
    text = (
        resources.files("claimledger.data")
        .joinpath("entities")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    return yaml.safe_load(text) or []


def _entity(kind: str, row: dict[str, Any]) -> Entity:
    if kind == "side":
        aliases = [*row.get("names", ()), *row.get("metonyms", ()), *row.get("exact_case", ())]
        return Entity(
            id=row["id"],
            kind="side",
            name=row["name"],
            side=row["id"],
            aliases=tuple(aliases),
            meta={"exact_case": tuple(row.get("exact_case", ()))},
        )
    return Entity(
        id=row["id"],
        kind=kind,
        name=row["name"],
        side=row.get("side"),
        aliases=tuple(str(a) for a in row.get("aliases", ())),
        item=row.get("item"),
        kinds=tuple(row.get("kinds", ())),
    )


def load_entities() -> list[Entity]:
    """Every entity in ``data/entities/`` (the file names its kind)."""
    kinds = {
        "sides.yaml": "side",
        "claimants.yaml": "claimant",
        "people.yaml": "person",
        "weapons.yaml": "weapon",
        "places.yaml": "place",
    }
    return [_entity(kinds[name], row) for name in _FILES for row in _read(name)]


@lru_cache(maxsize=1)
def get_registry() -> EntityRegistry:
    """The shared registry, built once per process from the data files."""
    return EntityRegistry(load_entities(), load_roles(_read("roles.yaml")))


# Names reserved for the article/possessive handling above; re-exported for tests.
__all__ = [
    "Entity",
    "EntityRegistry",
    "Mention",
    "get_registry",
    "load_entities",
    "LEADING",
    "POSSESSIVE_S",
]

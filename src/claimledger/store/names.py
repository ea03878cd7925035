"""The ``entities`` and ``aliases`` tables: the registry's entities, and the names it
did not know, each with a stable ``~`` id kept across documents and runs.

Example:
    >>> names = StoredNames({"~kestrel-institute": ["Kestrel Institute"]})
    >>> names.entity_for("The Kestrel Institute")
    '~kestrel-institute'
    >>> names.pending()
    {'~kestrel-institute': ['Kestrel Institute', 'The Kestrel Institute']}
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.records import Claim, TextSpan
from claimledger.store.schema import aliases, entities, meta

REGISTRY = "registry"
UNKNOWN = "unknown"
_REGISTRY_FINGERPRINT = "registry_fingerprint"


def load_unknown_names(conn: Connection) -> dict[str, list[str]]:
    """Every stored unknown-name cluster: id -> names, first seen first."""
    query = (
        sa.select(aliases.c.entity_id, aliases.c.alias)
        .join(entities, entities.c.id == aliases.c.entity_id)
        .where(entities.c.source == UNKNOWN)
        .order_by(aliases.c.entity_id, aliases.c.position)
    )
    found: dict[str, list[str]] = {}
    for entity_id, alias in conn.execute(query):
        found.setdefault(entity_id, []).append(alias)
    return found


class StoredNames:
    """``UnknownNames`` over the stored clusters, remembering what is new since the last
    ``save`` so each write transaction stores exactly the names its claims use."""

    def __init__(self, existing: dict[str, list[str]] | None = None) -> None:
        from claimledger.resolve.unknown import UnknownNames

        self._names = UnknownNames(existing)
        self._saved = {k: list(v) for k, v in (existing or {}).items()}

    @classmethod
    def load(cls, conn: Connection) -> StoredNames:
        return cls(load_unknown_names(conn))

    def entity_for(self, text: str) -> str | None:
        return self._names.assign(text, "claimant")

    def name_claim(self, claim: Claim) -> Claim:
        """Give the claimant and relays the registry left without an entity a ``~`` id
        (descriptions that name no one in particular stay without one)."""
        claimant = claim.claimant
        if claimant is not None and claimant.entity is None and claimant.text.strip():
            claimant = claimant.with_entity(self.entity_for(claimant.text))
        via = tuple(self._named(v) for v in claim.via)
        if claimant is claim.claimant and via == claim.via:
            return claim
        return claim.replace(claimant=claimant, via=via)

    def _named(self, span: TextSpan) -> TextSpan:
        if span.entity is None and span.text.strip():
            return span.with_entity(self.entity_for(span.text))
        return span

    def pending(self) -> dict[str, list[str]]:
        """Clusters with names not saved yet (all of each cluster's names, in order)."""
        return {k: v for k, v in self._names.names().items() if v != self._saved.get(k)}

    def save(self, conn: Connection) -> None:
        """Store new clusters and names in the caller's transaction."""
        for entity_id, names in self.pending().items():
            known = self._saved.get(entity_id)
            stored = {a for (a,) in conn.execute(
                sa.select(aliases.c.alias).where(aliases.c.entity_id == entity_id))}
            if known is None and not conn.execute(
                    sa.select(entities.c.id).where(entities.c.id == entity_id)).first():
                conn.execute(entities.insert().values(
                    id=entity_id, kind="claimant", name=names[0], side=None, source=UNKNOWN))
            start = len(stored)
            new = [n for n in names if n not in stored]
            if new:
                conn.execute(aliases.insert(), [
                    {"entity_id": entity_id, "alias": n, "position": start + i}
                    for i, n in enumerate(new)])
        self.mark_saved()

    def mark_saved(self) -> None:
        self._saved = self._names.names()

    def forget_unsaved(self, conn: Connection) -> None:
        """After a rolled-back write: go back to what the database holds."""
        stored = load_unknown_names(conn)
        self.__init__(stored)  # type: ignore[misc]


def registry_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of ``entities`` and ``aliases`` for every registry entity."""
    from claimledger.resolve import get_registry

    entity_rows, alias_rows = [], []
    for entity in get_registry().entities():
        entity_rows.append({"id": entity.id, "kind": entity.kind, "name": entity.name,
                            "side": entity.side, "source": REGISTRY})
        seen: set[str] = set()
        for alias in (entity.name, *entity.aliases):
            if alias not in seen:
                seen.add(alias)
                alias_rows.append({"entity_id": entity.id, "alias": alias,
                                   "position": len(seen) - 1})
    return entity_rows, alias_rows


def sync_registry(conn: Connection) -> bool:
    """Bring the registry's entities into the tables when they changed; True if written."""
    entity_rows, alias_rows = registry_rows()
    fingerprint = hashlib.sha1(
        json.dumps([entity_rows, alias_rows], sort_keys=True).encode("utf-8")).hexdigest()
    stored = conn.execute(sa.select(meta.c.value).where(meta.c.key == _REGISTRY_FINGERPRINT)
                          ).scalar()
    if stored == fingerprint:
        return False
    registry_ids = sa.select(entities.c.id).where(entities.c.source == REGISTRY)
    conn.execute(aliases.delete().where(aliases.c.entity_id.in_(registry_ids)))
    conn.execute(entities.delete().where(entities.c.source == REGISTRY))
    # A name first stored as unknown that the registry now knows keeps its row: claims
    # stored earlier still carry its ~ id.
    unknown_ids = {i for (i,) in conn.execute(sa.select(entities.c.id))}
    entity_rows = [r for r in entity_rows if r["id"] not in unknown_ids]
    keep = {r["id"] for r in entity_rows}
    if entity_rows:
        conn.execute(entities.insert(), entity_rows)
        conn.execute(aliases.insert(), [r for r in alias_rows if r["entity_id"] in keep])
    if stored is None:
        conn.execute(meta.insert().values(key=_REGISTRY_FINGERPRINT, value=fingerprint))
    else:
        conn.execute(meta.update().where(meta.c.key == _REGISTRY_FINGERPRINT)
                     .values(value=fingerprint))
    return True

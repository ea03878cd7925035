"""What the ledger holds already, and what to do with each incoming document.

Before a document is extracted the catalogue decides: ``unchanged`` (same text
under the same id or URL: nothing to do), ``version`` (changed text at the same
id or URL: a new version, the old one kept), or ``add``. New texts are matched
against earlier ones by MinHash (``claimledger.ingest.dedupe``) so a syndicated
copy is linked to its origin; signatures are stored, so this works across runs.

The catalogue is kept in memory and updated as documents are planned, so repeats
inside one run are caught before anything is written.

Example:
    >>> from claimledger.records import Document
    >>> cat = Catalogue()
    >>> cat.plan(Document("a", "Ten soldiers were killed.")).action
    'add'
    >>> cat.plan(Document("a", "Ten soldiers were killed.")).action
    'unchanged'
    >>> cat.plan(Document("a", "Twelve soldiers were killed.")).version
    2
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.ingest.dedupe import content_hash, minhash_signature
from claimledger.records import Document
from claimledger.store.schema import documents

ADD = "add"
VERSION = "version"
UNCHANGED = "unchanged"


@dataclass
class Held:
    """The current version of one stored document."""

    version: int
    content_hash: str
    url: str | None
    published: str | None
    origin_doc: str | None


@dataclass
class Plan:
    """What to do with one incoming document (``document`` carries the id it is kept under)."""

    action: str
    document: Document
    version: int = 1
    content_hash: str = ""
    minhash: list[int] | None = None
    origin_doc: str | None = None
    seq: int = 0
    #: An earlier origin that this (earlier-published) document replaces as the origin.
    reroot: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Catalogue:
    """Current documents by id and URL, and the near-duplicate index over their texts."""

    def __init__(self, held: dict[str, Held] | None = None, next_seq: int = 1,
                 signatures: list[tuple[str, list[int]]] | None = None) -> None:
        self.held: dict[str, Held] = dict(held or {})
        self.by_url: dict[str, str] = {h.url: doc_id for doc_id, h in self.held.items() if h.url}
        self.next_seq = next_seq
        self._signatures = signatures or []
        self._index: Any = None

    @classmethod
    def load(cls, conn: Connection) -> Catalogue:
        d = documents.c
        rows = conn.execute(
            sa.select(d.id, d.version, d.content_hash, d.url, d.published, d.origin_doc, d.minhash)
            .where(d.current == sa.true()).order_by(d.seq))
        held, signatures = {}, []
        for row in rows:
            held[row.id] = Held(row.version, row.content_hash, row.url, row.published,
                                row.origin_doc)
            if row.minhash:
                signatures.append((row.id, json.loads(row.minhash)))
        next_seq = (conn.execute(sa.select(sa.func.max(d.seq))).scalar() or 0) + 1
        return cls(held, next_seq, signatures)

    @property
    def index(self) -> Any:
        if self._index is None:
            from claimledger.ingest.dedupe import NearDuplicateIndex

            self._index = NearDuplicateIndex()
            for doc_id, signature in self._signatures:
                self._index.add(_key(doc_id, self.held[doc_id].version), signature)
            self._signatures = []
        return self._index

    def plan(self, document: Document) -> Plan:
        """Decide what ``document`` is, and remember it as held."""
        digest = content_hash(document.text)
        target = self._target(document)
        if target is not None:
            held = self.held[target]
            if held.content_hash == digest:
                return Plan(UNCHANGED, replace(document, id=target), held.version, digest)
            action, version = VERSION, held.version + 1
            document = replace(document, id=target)
        else:
            action, version = ADD, 1
            if document.id in self.held:  # same file name, another article
                document = replace(document, id=self._free_id(document.id))
        signature = minhash_signature(document.text)
        origin, reroot = self._origin(document, signature)
        plan = Plan(action, document, version, digest, signature, origin, self.next_seq, reroot)
        self.next_seq += 1
        self._hold(plan)
        return plan

    def _target(self, document: Document) -> str | None:
        """The stored document this one is a version of, if any; may rename it."""
        if document.url and document.url in self.by_url:
            return self.by_url[document.url]
        held = self.held.get(document.id)
        if held is None:
            return None
        if held.url and document.url and held.url != document.url:
            return None  # same file name, another article: plan() gives it a free id
        return document.id

    def _origin(self, document: Document, signature: list[int]) -> tuple[str | None, str | None]:
        matches = [_doc_id(k) for k in self.index.query(signature)]
        matches = [m for m in matches if m != document.id and m in self.held]
        if not matches:
            return None, None
        root = self.held[matches[0]].origin_doc or matches[0]
        if root == document.id:
            return None, None
        root_date = self.held[root].published if root in self.held else None
        if document.date and root_date and document.date < root_date:
            return None, root  # this copy came out first: it becomes the origin
        return root, None

    def _hold(self, plan: Plan) -> None:
        doc = plan.document
        self.held[doc.id] = Held(plan.version, plan.content_hash, doc.url, doc.date,
                                 plan.origin_doc)
        if doc.url:
            self.by_url[doc.url] = doc.id
        if plan.reroot:
            for held in self.held.values():
                if held.origin_doc == plan.reroot:
                    held.origin_doc = doc.id
            self.held[plan.reroot].origin_doc = doc.id
        if plan.minhash is not None:
            self.index.add(_key(doc.id, plan.version), plan.minhash)

    def _free_id(self, doc_id: str) -> str:
        n = 2
        while f"{doc_id}-{n}" in self.held:
            n += 1
        return f"{doc_id}-{n}"


def _key(doc_id: str, version: int) -> str:
    return f"{doc_id}\x1f{version}"


def _doc_id(key: str) -> str:
    return key.split("\x1f", 1)[0]

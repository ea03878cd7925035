"""Write planned documents and their claims: one transaction per batch of documents.

A batch holds whole documents only, so a process killed at any point leaves each
document either stored with all its claims or not at all; the next run finds the
missing ones by their content hash and stores them once (``write_batch`` checks
again inside the transaction, so a document stored by a run that died after its
commit is not stored twice).

Example:
    >>> from claimledger.records import Document
    >>> from claimledger.store.catalogue import Catalogue
    >>> from claimledger.store.engine import open_engine, writing
    >>> engine = open_engine(":memory:")
    >>> plan = Catalogue().plan(Document("a", "Ten soldiers were killed."))
    >>> with writing(engine) as conn:
    ...     write_batch(conn, [(plan, [])], names=None).added
    1
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.records import Claim
from claimledger.store import revision
from claimledger.store.carry import carry_over, old_corrections
from claimledger.store.catalogue import ADD, Plan
from claimledger.store.names import StoredNames
from claimledger.store.rows import claim_row, estimate_key
from claimledger.store.schema import claims, corrections, documents


@dataclass
class Written:
    """Counts of one batch as it was really written."""

    added: int = 0
    new_versions: int = 0
    unchanged: int = 0
    duplicates: int = 0
    claims_added: int = 0


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_batch(conn: Connection, batch: Sequence[tuple[Plan, list[Claim]]],
                names: StoredNames | None) -> Written:
    """Store each planned document and its claims, in order, in the caller's transaction."""
    written = Written()
    stamp = now()
    for plan, found in batch:
        _write_one(conn, plan, found, names, stamp, written)
    if names is not None:
        names.save(conn)
    revision.bump(conn)
    return written


def _write_one(conn: Connection, plan: Plan, found: list[Claim], names: StoredNames | None,
               stamp: str, written: Written) -> None:
    d = documents.c
    doc = plan.document
    # By primary key only (not "current"): the newest version is the current one.
    held = conn.execute(sa.select(d.version, d.content_hash, d.current).where(d.id == doc.id)
                        .order_by(d.version.desc()).limit(1)).first()
    if held is not None and held.current and held.content_hash == plan.content_hash:
        written.unchanged += 1  # stored already (a rerun after a crash, or another process)
        return
    version = held.version + 1 if held is not None else 1
    if held is not None and held.current:
        conn.execute(documents.update().where(d.id == doc.id, d.version == held.version)
                     .values(current=False))
        conn.execute(claims.update().where(claims.c.doc == doc.id,
                                           claims.c.version == held.version)
                     .values(current=False))
    if plan.reroot:
        conn.execute(documents.update()
                     .where(sa.or_(d.id == plan.reroot, d.origin_doc == plan.reroot))
                     .values(origin_doc=doc.id))
    conn.execute(documents.insert().values(
        id=doc.id, version=version, current=True, url=doc.url, outlet=doc.outlet,
        title=doc.title, published=doc.date, source=doc.source, content_hash=plan.content_hash,
        text=doc.text, origin_doc=plan.origin_doc,
        minhash=json.dumps(plan.minhash) if plan.minhash is not None else None,
        meta=json.dumps(doc.meta, ensure_ascii=False, default=str) if doc.meta else None,
        seq=plan.seq, ingested_at=stamp))
    rows, fixes = [], []
    # A person's fixes of the version this one replaces apply to its unchanged claims.
    replaced = held.version if held is not None and held.current else None
    carried = old_corrections(conn, doc.id, replaced) if replaced is not None else {}
    for position, claim in enumerate(found, 1):
        if claim.doc != doc.id:  # planned under another id (same URL as a stored document)
            claim = replace(claim, doc=doc.id, claim_id=f"{doc.id}:{position}")
        if names is not None:
            claim = names.name_claim(claim)
        corrected = rejected = False
        if carried and replaced is not None:
            claim, corrected, rejected, carried_rows = carry_over(
                claim, carried, old_version=replaced, new_version=version,
                doc_text=doc.text, stamp=stamp)
            fixes.extend(carried_rows)
        row = claim_row(claim)
        row.update(version=version, position=position, current=True, published=doc.date,
                   estimate_key=estimate_key(claim), corrected=corrected, rejected=rejected)
        rows.append(row)
    if rows:
        conn.execute(claims.insert(), rows)
    if fixes:
        conn.execute(corrections.insert(), fixes)
    if plan.action == ADD and held is None:
        written.added += 1
    else:
        written.new_versions += 1
    written.duplicates += plan.origin_doc is not None
    written.claims_added += len(rows)

"""Read the ledger: claims with filters, documents, claimants, corrections.

Claim filters become one indexed SQL query; ``q`` uses SQLite's FTS5 index over
the evidence, claimant and relay (``via``) words where there is one, else a case-insensitive
``LIKE`` per word (PostgreSQL: ``ILIKE``).

Example:
    >>> from claimledger.store.engine import open_engine
    >>> with open_engine(":memory:").connect() as conn:
    ...     select_claims(conn, ClaimFilter(measure="killed"))
    []
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.records import HEDGES, KINDS, MEASURES, LedgerClaim
from claimledger.store.records import ClaimantInfo, Correction, DocumentInfo
from claimledger.store.rows import row_claim
from claimledger.store.schema import claims, corrections, documents

_WORD = re.compile(r"\w+", re.UNICODE)


def _check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise ValueError(f"unknown {name} {value!r}; choose from {', '.join(choices)}")


def iso_date(value: str | None, name: str) -> date | None:
    """``YYYY-MM-DD`` (a longer ISO timestamp is cut to its day) or a one-line ValueError."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"{name} must be a date like 2024-11-01, not {value!r}") from None


@dataclass(frozen=True)
class ClaimFilter:
    """The filters of ``Ledger.claims``; all optional, combined with AND."""

    measure: str | None = None
    subject: str | None = None
    claimant: str | None = None
    hedge: str | None = None
    kind: str | None = None
    doc: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    include_rejected: bool = False

    def validate(self) -> ClaimFilter:
        _check_choice("measure", self.measure, MEASURES)
        _check_choice("hedge", self.hedge, HEDGES)
        _check_choice("kind", self.kind, KINDS)
        iso_date(self.since, "since")
        iso_date(self.until, "until")
        return self


def has_fts(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claims_fts'").first()
    return found is not None


def fts_query(text: str) -> str | None:
    """Words of ``text`` as an FTS5 query: every word must occur (any order).

    Example:
        >>> fts_query('Yonhap "NIS" said')
        '"yonhap" "nis" "said"'
    """
    words = _WORD.findall(text.lower())
    return " ".join(f'"{w}"' for w in words) or None


def _like(column: Any, word: str) -> Any:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.ilike(f"%{escaped}%", escape="\\")


def conditions(conn: Connection, f: ClaimFilter) -> list[Any]:
    c = claims.c
    where: list[Any] = [c.current == sa.true()]
    if not f.include_rejected:
        where.append(c.rejected == sa.false())
    if f.measure:
        where.append(c.measure == f.measure)
    if f.subject:
        where.append(c.subject == f.subject.strip().upper())
    if f.claimant:
        wanted = f.claimant.strip()
        where.append(sa.or_(sa.func.lower(c.claimant_entity) == wanted.lower(),
                            _like(c.claimant, wanted)))
    if f.hedge:
        where.append(c.hedge == f.hedge)
    if f.kind:
        where.append(c.kind == f.kind)
    if f.doc:
        where.append(c.doc == f.doc)
    since, until = iso_date(f.since, "since"), iso_date(f.until, "until")
    if since:
        where.append(c.published >= since.isoformat())
    if until:
        where.append(c.published < (until + timedelta(days=1)).isoformat())
    if f.q and f.q.strip():
        where.append(_text_condition(conn, f.q))
    return where


def _text_condition(conn: Connection, q: str) -> Any:
    if has_fts(conn):
        expr = fts_query(q)
        if expr is None:
            return sa.false()
        matching = (sa.text("SELECT rowid FROM claims_fts WHERE claims_fts MATCH :fts")
                    .bindparams(fts=expr).columns(sa.column("rowid", sa.Integer)).subquery())
        return claims.c.id.in_(sa.select(matching.c.rowid))
    words = _WORD.findall(q) or [q.strip()]
    # Without FTS5, relays are searched in their JSON text: close enough for a filter.
    return sa.and_(*(sa.or_(_like(claims.c.evidence, w), _like(claims.c.claimant, w),
                            _like(claims.c.via, w))
                     for w in words))


def _claims_select() -> Any:
    d = documents.c
    joined = claims.join(documents, sa.and_(d.id == claims.c.doc, d.version == claims.c.version))
    return sa.select(claims, d.url.label("doc_url"), d.title.label("doc_title"),
                     d.outlet.label("doc_outlet"), d.origin_doc.label("doc_origin")
                     ).select_from(joined)


def _order() -> tuple[Any, ...]:
    c = claims.c
    return (c.published.is_(None), c.published, c.doc, c.position)


def select_claims(conn: Connection, f: ClaimFilter, *, limit: int | None = None,
                  offset: int = 0, count_reports: bool = True) -> list[LedgerClaim]:
    """Current claims matching ``f``, by published date, document and position."""
    query = _claims_select().where(*conditions(conn, f)).order_by(*_order())
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    result = conn.execute(query)
    keys = list(result.keys())
    # Plain dicts: much cheaper to read than SQLAlchemy row mappings when loading everything.
    rows = [dict(zip(keys, row, strict=True)) for row in result.cursor.fetchall()] \
        if result.cursor is not None else []
    reports = independent_reports(conn, {r["estimate_key"] for r in rows}) if count_reports \
        else {}
    return [ledger_claim(r, reports.get(r["estimate_key"], 1)) for r in rows]


def count_claims(conn: Connection, f: ClaimFilter) -> int:
    query = sa.select(sa.func.count()).select_from(claims).where(*conditions(conn, f))
    return int(conn.execute(query).scalar() or 0)


def ledger_claim(row: Any, reports: int = 1) -> LedgerClaim:
    return LedgerClaim(
        claim=row_claim(row), doc_url=row["doc_url"], doc_title=row["doc_title"],
        outlet=row["doc_outlet"], published=row["published"], origin_doc=row["doc_origin"],
        independent_reports=reports, corrected=bool(row["corrected"]),
        rejected=bool(row["rejected"]))


def independent_reports(conn: Connection, keys: set[str] | None) -> dict[str, int]:
    """Independent documents (a syndicated copy counts as its origin) per estimate key,
    over current claims that are not rejected; ``keys=None`` counts every key."""
    if keys is not None and not keys:
        return {}
    d = documents.c
    source = sa.func.coalesce(d.origin_doc, claims.c.doc)
    query = (sa.select(claims.c.estimate_key, sa.func.count(sa.distinct(source)))
             .select_from(claims.join(documents, sa.and_(d.id == claims.c.doc,
                                                         d.version == claims.c.version)))
             .where(claims.c.current == sa.true(), claims.c.rejected == sa.false())
             .group_by(claims.c.estimate_key))
    if keys is not None:
        query = query.where(claims.c.estimate_key.in_(sorted(keys)))
    return {key: int(n) for key, n in conn.execute(query)}


def newest_claim_row(conn: Connection, claim_id: str, query: Any = None) -> Any:
    """The row of a claim's current version, or None.

    Looked up by the (claim_id, version) key alone and checked for "current" after, so
    the planner never walks an index on "current" instead.
    """
    query = sa.select(claims) if query is None else query
    row = conn.execute(query.where(claims.c.claim_id == claim_id)
                       .order_by(claims.c.version.desc()).limit(1)).mappings().first()
    return row if row is not None and row["current"] else None


def select_claim(conn: Connection, claim_id: str) -> LedgerClaim | None:
    """The current version of one claim (rejected or not)."""
    row = newest_claim_row(conn, claim_id, _claims_select())
    if row is None:
        return None
    reports = independent_reports(conn, {row["estimate_key"]})
    return ledger_claim(row, reports.get(row["estimate_key"], 1))


def select_documents(conn: Connection, *, limit: int | None = None,
                     offset: int = 0) -> list[DocumentInfo]:
    """Current documents, newest published first (undated last), with their claim counts."""
    d = documents.c
    query = (sa.select(d.id, d.url, d.outlet, d.title, d.published, d.version, d.origin_doc)
             .where(d.current == sa.true())
             .order_by(d.published.is_(None), d.published.desc(), d.seq.desc()))
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    rows = conn.execute(query).all()
    counts = claim_counts(conn, [r.id for r in rows]) if limit is not None \
        else claim_counts(conn, None)
    return [DocumentInfo(r.id, r.url, r.outlet, r.title, r.published, r.version, r.origin_doc,
                         counts.get(r.id, 0)) for r in rows]


def claim_counts(conn: Connection, doc_ids: list[str] | None) -> dict[str, int]:
    """Current, unrejected claims per document (of ``doc_ids``, or of all)."""
    c = claims.c
    query = (sa.select(c.doc, sa.func.count())
             .where(c.current == sa.true(), c.rejected == sa.false()).group_by(c.doc))
    if doc_ids is not None:
        if not doc_ids:
            return {}
        query = query.where(c.doc.in_(doc_ids))
    return {doc: int(n) for doc, n in conn.execute(query)}


def count_documents(conn: Connection) -> int:
    query = (sa.select(sa.func.count()).select_from(documents)
             .where(documents.c.current == sa.true()))
    return int(conn.execute(query).scalar() or 0)


def select_claimants(conn: Connection) -> list[ClaimantInfo]:
    """Claimants of current, unrejected claims: most claims first."""
    c = claims.c
    query = (sa.select(c.claimant_entity, c.claimant, sa.func.count())
             .where(c.current == sa.true(), c.rejected == sa.false(),
                    c.claimant_entity.is_not(None))
             .group_by(c.claimant_entity, c.claimant))
    words: dict[str, Counter[str]] = {}
    for entity, text, n in conn.execute(query):
        words.setdefault(entity, Counter())[text or ""] += int(n)
    found = [ClaimantInfo(entity, min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0],
                          sum(counter.values()))
             for entity, counter in words.items()]
    return sorted(found, key=lambda info: (-info.claims, info.entity))


def select_corrections(conn: Connection, claim_id: str | None = None) -> list[Correction]:
    k = corrections.c
    query = sa.select(corrections).order_by(k.id)
    if claim_id is not None:
        query = query.where(k.claim_id == claim_id)
    return [Correction(r.id, r.claim_id, r.field, r.old_value, r.new_value, bool(r.rejected),
                       r.author, r.reason, r.created_at, r.version)
            for r in conn.execute(query)]

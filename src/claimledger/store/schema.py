"""The ledger's tables, in portable SQLAlchemy Core types (SQLite and PostgreSQL).

Names are plain so a person can query the file in the ``sqlite3`` shell:
``documents``, ``claims``, ``entities``, ``aliases``, ``corrections`` and
``meta``. Every field of a claim (``SCHEMA.md``) is a column; a span becomes
four columns (``claimant``, ``claimant_start``, ``claimant_end``,
``claimant_entity``) and ``via`` is JSON text. The migrations in
``store/migrations`` create exactly these tables (a test compares them).

Example:
    >>> sorted(metadata.tables)
    ['aliases', 'claims', 'corrections', 'documents', 'entities', 'meta']
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

#: Claim fields that are spans, each stored as ``<name>``, ``_start``, ``_end``, ``_entity``.
SPAN_FIELDS = ("number_span", "claimant", "location", "period", "evidence", "hedge_cue",
               "date_span")

#: Row in ``meta`` counting writes; caches are keyed by it.
REVISION = "revision"


def span_columns(name: str, *, required: bool = False) -> list[sa.Column]:
    """The four columns of one span field."""
    return [
        sa.Column(name, sa.Text, nullable=not required),
        sa.Column(f"{name}_start", sa.Integer, nullable=not required),
        sa.Column(f"{name}_end", sa.Integer, nullable=not required),
        sa.Column(f"{name}_entity", sa.String(200)),
    ]


meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(300), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("current", sa.Boolean, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("source", sa.Text),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("origin_doc", sa.String(300)),
    sa.Column("minhash", sa.Text),
    sa.Column("meta", sa.Text),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    sa.Index("ix_documents_url", "url"),
    sa.Index("ix_documents_origin_doc", "origin_doc"),
    sa.Index("ix_documents_content_hash", "content_hash"),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("claim_id", sa.String(320), nullable=False),
    sa.Column("doc", sa.String(300), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("current", sa.Boolean, nullable=False),
    sa.Column("published", sa.String(32)),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("measure", sa.String(40), nullable=False),
    sa.Column("subject", sa.String(20)),
    sa.Column("recipient", sa.String(20)),
    sa.Column("item", sa.Text),
    sa.Column("number", sa.Double),
    sa.Column("number_high", sa.Double),
    sa.Column("qualifier", sa.String(20)),
    sa.Column("vague", sa.Text),
    *span_columns("number_span"),
    sa.Column("low", sa.Double),
    sa.Column("high", sa.Double),
    sa.Column("hedge", sa.String(20), nullable=False),
    *span_columns("claimant"),
    sa.Column("via", sa.Text, nullable=False),
    *span_columns("location"),
    *span_columns("period"),
    *span_columns("evidence", required=True),
    *span_columns("hedge_cue"),
    sa.Column("estimate_key", sa.String(40), nullable=False),
    sa.Column("corrected", sa.Boolean, nullable=False),
    sa.Column("rejected", sa.Boolean, nullable=False),
    # Added by migration 0002: the day a claim states for itself ("as of 1 March").
    sa.Column("date", sa.String(10)),
    *span_columns("date_span"),
    sa.ForeignKeyConstraint(["doc", "version"], ["documents.id", "documents.version"],
                            name="fk_claims_document"),
    sa.UniqueConstraint("claim_id", "version", name="uq_claims_claim_id_version"),
    sa.Index("ix_claims_doc_version", "doc", "version"),
    sa.Index("ix_claims_measure", "current", "measure"),
    sa.Index("ix_claims_subject", "current", "subject"),
    sa.Index("ix_claims_claimant_entity", "current", "claimant_entity"),
    sa.Index("ix_claims_estimate_key", "current", "estimate_key"),
)

# Listing order: by published date with undated documents last, on every backend. The
# expression "published IS NULL" is in the index so that SQLite and PostgreSQL read pages
# in index order instead of sorting every claim.
sa.Index("ix_claims_order", claims.c.current, claims.c.published.is_(None), claims.c.published,
         claims.c.doc, claims.c.position)
sa.Index("ix_documents_order", documents.c.current, documents.c.published.is_(None),
         documents.c.published, documents.c.seq)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(20)),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("side", sa.String(20)),
    #: "registry" (from data/entities) or "unknown" (a name the registry did not know).
    sa.Column("source", sa.String(20), nullable=False),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column("entity_id", sa.String(200), sa.ForeignKey("entities.id", name="fk_aliases_entity",
                                                         ondelete="CASCADE"), primary_key=True),
    sa.Column("alias", sa.Text, primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Index("ix_aliases_alias", "alias"),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("claim_id", sa.String(320), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("old_value", sa.Text),
    sa.Column("new_value", sa.Text),
    sa.Column("rejected", sa.Boolean, nullable=False),
    sa.Column("author", sa.Text),
    sa.Column("reason", sa.Text),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Index("ix_corrections_claim_id", "claim_id"),
)

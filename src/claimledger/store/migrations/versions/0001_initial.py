"""The first ledger schema: documents, claims, entities, aliases, corrections, meta.

Written out in full (not imported from ``schema.py``) so that this step stays what it
was when later steps change the tables; a test checks the two agree at head.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _span(name: str, required: bool = False) -> list[sa.Column]:
    return [
        sa.Column(name, sa.Text, nullable=not required),
        sa.Column(f"{name}_start", sa.Integer, nullable=not required),
        sa.Column(f"{name}_end", sa.Integer, nullable=not required),
        sa.Column(f"{name}_entity", sa.String(200)),
    ]


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.bulk_insert(sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.Text)),
                   [{"key": "revision", "value": "0"}])

    op.create_table(
        "documents",
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
    )
    op.create_index("ix_documents_url", "documents", ["url"])
    op.create_index("ix_documents_order", "documents",
                    ["current", sa.text("(published IS NULL)"), "published", "seq"])
    op.create_index("ix_documents_origin_doc", "documents", ["origin_doc"])
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])

    op.create_table(
        "claims",
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
        *_span("number_span"),
        sa.Column("low", sa.Double),
        sa.Column("high", sa.Double),
        sa.Column("hedge", sa.String(20), nullable=False),
        *_span("claimant"),
        sa.Column("via", sa.Text, nullable=False),
        *_span("location"),
        *_span("period"),
        *_span("evidence", required=True),
        *_span("hedge_cue"),
        sa.Column("estimate_key", sa.String(40), nullable=False),
        sa.Column("corrected", sa.Boolean, nullable=False),
        sa.Column("rejected", sa.Boolean, nullable=False),
        sa.ForeignKeyConstraint(["doc", "version"], ["documents.id", "documents.version"],
                                name="fk_claims_document"),
        sa.UniqueConstraint("claim_id", "version", name="uq_claims_claim_id_version"),
    )
    op.create_index("ix_claims_order", "claims", ["current", sa.text("(published IS NULL)"),
                                                  "published", "doc", "position"])
    op.create_index("ix_claims_doc_version", "claims", ["doc", "version"])
    op.create_index("ix_claims_measure", "claims", ["current", "measure"])
    op.create_index("ix_claims_subject", "claims", ["current", "subject"])
    op.create_index("ix_claims_claimant_entity", "claims", ["current", "claimant_entity"])
    op.create_index("ix_claims_estimate_key", "claims", ["current", "estimate_key"])

    op.create_table(
        "entities",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(20)),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("side", sa.String(20)),
        sa.Column("source", sa.String(20), nullable=False),
    )
    op.create_table(
        "aliases",
        sa.Column("entity_id", sa.String(200),
                  sa.ForeignKey("entities.id", name="fk_aliases_entity", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("alias", sa.Text, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_aliases_alias", "aliases", ["alias"])

    op.create_table(
        "corrections",
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
    )
    op.create_index("ix_corrections_claim_id", "corrections", ["claim_id"])

    if context.is_offline_mode():
        if op.get_context().dialect.name == "sqlite":
            _create_claims_fts()
    elif op.get_bind().dialect.name == "sqlite" and _has_fts5():
        _create_claims_fts()


def _has_fts5() -> bool:
    bind = op.get_bind()
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._fts5_probe USING fts5(x)")
    except sa.exc.OperationalError:
        return False
    bind.exec_driver_sql("DROP TABLE temp._fts5_probe")
    return True


#: The words of a claim's relays ("via" is JSON text: a list of spans).
_VIA_WORDS = ("(SELECT group_concat(json_extract(value, '$.text'), ' ') "
              "FROM json_each({row}.via))")


def _create_claims_fts() -> None:
    # Full-text index over the evidence, claimant and relay words, kept in step by triggers.
    # Contentless: the words live once, in `claims`; the index gives back claim row ids.
    op.execute(
        "CREATE VIRTUAL TABLE claims_fts USING fts5("
        "evidence, claimant, via, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    new, old = _VIA_WORDS.format(row="new"), _VIA_WORDS.format(row="old")
    insert = ("INSERT INTO claims_fts(rowid, evidence, claimant, via) "
              f"VALUES (new.id, new.evidence, new.claimant, {new});")
    delete = ("INSERT INTO claims_fts(claims_fts, rowid, evidence, claimant, via) "
              f"VALUES ('delete', old.id, old.evidence, old.claimant, {old});")
    op.execute(f"CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN {delete} END")
    op.execute("CREATE TRIGGER claims_fts_update AFTER UPDATE OF evidence, claimant, via "
               f"ON claims BEGIN {delete} {insert} END")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for trigger in ("claims_fts_insert", "claims_fts_delete", "claims_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS claims_fts")
    for table in ("corrections", "aliases", "entities", "claims", "documents", "meta"):
        op.drop_table(table)

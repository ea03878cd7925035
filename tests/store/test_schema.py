"""The database a person gets: plain tables any SQLite tool opens, made by migrations."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from claimledger.ledger import Ledger
from claimledger.records import Claim, Document, TextSpan
from claimledger.store.engine import create_engine, head_revision, migrate
from claimledger.store.schema import metadata


def test_sqlite_file_opens_with_the_standard_library(tmp_path):
    path = tmp_path / "ledger.db"
    Ledger(str(path)).close()
    with sqlite3.connect(path) as conn:
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"documents", "claims", "entities", "aliases", "corrections", "meta"} <= tables
        columns = {row[1] for row in conn.execute("PRAGMA table_info(claims)")}
        assert {"claim_id", "claimant", "claimant_start", "claimant_end", "claimant_entity",
                "via", "evidence", "number", "low", "high", "hedge"} <= columns
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == head_revision()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrations_build_exactly_the_declared_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(str(tmp_path / "m.db"))
    migrate(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn)
        diffs = [d for d in compare_metadata(context, metadata)
                 if not (isinstance(d, tuple) and "claims_fts" in str(d))]
    assert diffs == []
    # Autogenerate cannot compare expression indexes on SQLite: check them by hand.
    with sqlite3.connect(tmp_path / "m.db") as raw:
        sql = dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    assert "(published IS NULL), published, doc, position" in sql["ix_claims_order"]
    assert "(published IS NULL), published, seq" in sql["ix_documents_order"]


def test_migration_renders_for_postgresql_without_fts():
    """The same migration, as PostgreSQL SQL (no server needed): portable types only."""
    import argparse
    import io

    from alembic import command

    from claimledger.store.engine import alembic_config

    config = alembic_config()
    config.output_buffer = io.StringIO()
    config.cmd_opts = argparse.Namespace(x=["url=postgresql://"])
    command.upgrade(config, "head", sql=True)
    sql = config.output_buffer.getvalue()
    for table in ("meta", "documents", "claims", "entities", "aliases", "corrections"):
        assert f"CREATE TABLE {table} (" in sql
    assert "DOUBLE PRECISION" in sql and "BOOLEAN" in sql
    assert "fts5" not in sql and "TRIGGER" not in sql


def test_opening_again_is_a_no_op_and_keeps_data(tmp_path):
    path = tmp_path / "ledger.db"
    with Ledger(str(path)) as ledger:
        ledger.ingest_extracted([(Document("a", "Five were hurt."), [])])
    with Ledger(str(path)) as ledger:
        assert ledger.count_documents() == 1


def test_every_claim_field_round_trips(tmp_path):
    text = ("Officials in the port city said on Friday between 10 and 12 sailors were wounded "
            "in the north over two days, Gull Radio reported, citing the navy.")
    doc = Document("rt", text, url="https://example.org/rt", date="2025-03-02")

    def s(words: str, entity: str | None = None) -> TextSpan:
        start = text.index(words)
        return TextSpan(words, start, start + len(words), entity)

    original = Claim(
        doc="rt", claim_id="rt:1", kind="quantity", measure="wounded",
        evidence=s("between 10 and 12 sailors were wounded"), subject="XA", recipient="XB",
        item="sailors", number=10, number_high=12.5, qualifier="range", vague="a few",
        number_span=s("between 10 and 12"), low=10, high=12.5, hedge="claimed",
        claimant=s("Officials in the port city", "XA:port"),
        via=(s("Gull Radio", "media:gull"), s("the navy", "XA:navy")),
        location=s("in the north", "XA:north"), period=s("over two days"),
        hedge_cue=s("said"), date="2025-02-28", date_span=s("Friday"),
    )
    with Ledger(str(tmp_path / "rt.db")) as ledger:
        ledger.ingest_extracted([(doc, [original])])
        (stored,) = ledger.claims()
    assert stored.claim == original
    assert stored.claim.to_dict() == original.to_dict()
    assert isinstance(stored.claim.number, int) and isinstance(stored.claim.number_high, float)
    assert stored.published == "2025-03-02" and stored.doc_url == "https://example.org/rt"


def test_fresh_in_memory_ledger_has_revision_zero():
    with Ledger(":memory:") as ledger:
        assert ledger.revision == 0
        with ledger.engine.connect() as conn:
            assert sa.inspect(conn).has_table("claims")


def test_a_first_schema_ledger_upgrades_and_keeps_its_claims(tmp_path):
    """A ledger made before stated dates (migration 0001) opens at head with its data."""
    from alembic import command

    from claimledger.store.engine import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(str(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql(
            "INSERT INTO documents (id, version, current, content_hash, text, seq, ingested_at) "
            "VALUES ('old', 1, 1, 'h', 'Nine were hurt.', 1, '2025-01-01')")
        conn.exec_driver_sql(
            "INSERT INTO claims (claim_id, doc, version, position, current, kind, measure, "
            "hedge, via, evidence, evidence_start, evidence_end, estimate_key, corrected, "
            "rejected, number) VALUES ('old:1', 'old', 1, 1, 1, 'quantity', 'wounded', "
            "'asserted', '[]', 'Nine were hurt', 0, 14, 'k', 0, 0, 9)")
    engine.dispose()
    with Ledger(str(path)) as ledger:
        (stored,) = ledger.claims()
    assert (stored.claim.claim_id, stored.claim.number, stored.claim.date) == ("old:1", 9, None)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"

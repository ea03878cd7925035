"""Open a ledger database: a SQLite file by default, any SQLAlchemy URL otherwise.

SQLite connections get WAL mode (readers never wait for the writer), a busy
timeout, foreign keys, and explicit transactions: ``BEGIN`` for reads and
``BEGIN IMMEDIATE`` for writes (``writing(engine)``), so two writers queue
instead of failing half-way. ``open_engine`` also brings the schema up to date
with the Alembic migrations shipped in ``store/migrations``.

Example:
    >>> engine = open_engine(":memory:")
    >>> with engine.connect() as conn:
    ...     sorted(n for n in sa.inspect(conn).get_table_names() if not n.startswith("claims_fts"))
    ['alembic_version', 'aliases', 'claims', 'corrections', 'documents', 'entities', 'meta']
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Seconds a SQLite writer waits for another writer before giving up.
BUSY_TIMEOUT = 60

_IMMEDIATE = "claimledger_immediate"


def database_url(path_or_url: str) -> str:
    """A SQLAlchemy URL: anything with ``://`` as given (``postgresql://`` uses psycopg 3),
    else a SQLite file path.

    Example:
        >>> database_url("/data/ledger.db")
        'sqlite:////data/ledger.db'
        >>> database_url("postgresql://u@host/claims")
        'postgresql+psycopg://u@host/claims'
    """
    text = str(path_or_url)
    if "://" in text:
        for plain in ("postgresql://", "postgres://"):
            if text.startswith(plain):
                return "postgresql+psycopg://" + text[len(plain):]
        return text
    if text in (":memory:", ""):
        return "sqlite://"
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def create_engine(path_or_url: str) -> Engine:
    """An engine for ``path_or_url`` with the SQLite settings above; no migration."""
    url = database_url(path_or_url)
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    if url == "sqlite://":
        # One shared connection, or every checkout would see a new empty database.
        engine = sa.create_engine(url, poolclass=StaticPool,
                                  connect_args={"check_same_thread": False})
    else:
        engine = sa.create_engine(url, connect_args={"check_same_thread": False,
                                                     "timeout": BUSY_TIMEOUT})
    _sqlite_settings(engine)
    return engine


def _sqlite_settings(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL is safe under WAL when the process is killed; only power loss can drop the
        # last commits, and never half of one.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction, committed on success, rolled back on error.

    On SQLite the write lock is taken at the start, so the transaction never fails
    later because another process wrote in between.
    """
    with engine.connect() as conn:
        conn = conn.execution_options(**{_IMMEDIATE: True})
        with conn.begin():
            yield conn


def alembic_config(connection: Connection | None = None) -> Any:
    """The Alembic config of the shipped migrations, bound to ``connection`` if given."""
    from alembic.config import Config

    config = Config(str(MIGRATIONS / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this version of claimledger."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    """The migration the database is at, or None for a fresh one."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest migration (a no-op when it is there already)."""
    from alembic import command

    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            conn.rollback()
            return
    # Under the write lock, so two processes opening a fresh file do not both create it;
    # Alembic re-reads the version inside, and the second finds nothing to do.
    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "head")


def open_engine(path_or_url: str) -> Engine:
    """``create_engine`` then ``migrate``."""
    engine = create_engine(path_or_url)
    try:
        migrate(engine)
    except Exception:
        engine.dispose()
        raise
    return engine

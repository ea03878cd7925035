"""The ledger's revision: a counter in ``meta`` that every write transaction bumps.

Readers key their caches by it, so a write by any process (another ingest, the
web app's corrections) makes them recompute.

Example:
    >>> from claimledger.store.engine import open_engine, writing
    >>> engine = open_engine(":memory:")
    >>> with writing(engine) as conn:
    ...     bump(conn)
    >>> with engine.connect() as conn:
    ...     read(conn)
    1
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.store.schema import REVISION, meta


def read(conn: Connection) -> int:
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == REVISION)).scalar()
    return int(value or 0)


def bump(conn: Connection) -> None:
    """Add one, in the caller's transaction (atomic in SQL, so concurrent writers add up)."""
    conn.execute(
        meta.update().where(meta.c.key == REVISION)
        .values(value=sa.cast(sa.cast(meta.c.value, sa.Integer) + 1, sa.Text)))

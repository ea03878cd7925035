"""Planner statistics: ``ANALYZE`` when the ledger has doubled since it last ran.

Without statistics SQLite may read a claim through the index on ``current`` (one value
for nearly every row) instead of the selective one; with them it never does. Counting
rows is cheap; ANALYZE runs only when the claims have doubled, so its cost is spread
thin over ingests. PostgreSQL's autovacuum keeps its own statistics.

Example:
    >>> from claimledger.store.engine import open_engine
    >>> refresh_if_grown(open_engine(":memory:"))
    False
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from claimledger.store.engine import writing
from claimledger.store.schema import claims, meta

_KEY = "analyzed_claims"
#: Below this many claims a full scan is cheap whatever the plan.
MIN_CLAIMS = 500


def refresh_if_grown(engine: Engine) -> bool:
    """Run ANALYZE on SQLite if the claims table is twice as big as at the last run."""
    if engine.dialect.name != "sqlite":
        return False
    with writing(engine) as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(claims)).scalar() or 0
        last = conn.execute(sa.select(meta.c.value).where(meta.c.key == _KEY)).scalar()
        if count < MIN_CLAIMS or (last is not None and count < 2 * int(last)):
            return False
        conn.exec_driver_sql("ANALYZE")
        if last is None:
            conn.execute(meta.insert().values(key=_KEY, value=str(count)))
        else:
            conn.execute(meta.update().where(meta.c.key == _KEY).values(value=str(count)))
    return True

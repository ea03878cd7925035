"""The ledger on PostgreSQL: the same rules as on SQLite (runs when
``$CLAIMLEDGER_TEST_PG_URL`` names a database it may wipe, e.g.
``postgresql://claimledger@localhost/claimledger_test``)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from tests.ledger.helpers import (
    OTHER,
    WIRE,
    WIRE_COPY,
    document,
    other_claims,
    postgres_url,
    wire_claims,
)

from claimledger.ledger import Ledger

pytestmark = pytest.mark.postgres


@pytest.fixture
def ledger():
    with Ledger(postgres_url()) as opened:
        yield opened


def _pairs():
    wire = document("wire-1", WIRE, url="https://example.org/wire-1", date="2025-03-04")
    copy = document("copy-1", WIRE_COPY, url="https://example.net/copy", date="2025-03-05")
    other = document("other-1", OTHER, url="https://example.org/other-1", date="2025-03-06")
    return [(wire, wire_claims(wire)), (copy, wire_claims(copy)),
            (other, other_claims(other))]


def test_ingest_query_correct_on_postgres(ledger):
    first = ledger.ingest_extracted(_pairs())
    assert (first.added, first.duplicates, first.claims_added) == (3, 1, 5)
    assert ledger.ingest_extracted(_pairs()).unchanged == 3
    assert [lc.claim.claim_id for lc in ledger.claims(q="coast guard")] == \
        ["wire-1:1", "copy-1:1"]
    assert [lc.independent_reports for lc in ledger.claims(doc="copy-1")] == [1]
    assert [lc.claim.claim_id for lc in ledger.claims(claimant="kestrel")] == \
        ["other-1:1", "other-1:3"]
    assert ledger.count_claims(since="2025-03-05") == 4
    lc = ledger.correct("other-1:2", {"number": "130"}, author="ana", reason="check")
    assert lc.claim.number == 130 and ledger.corrections()[0].author == "ana"
    assert ledger.reject("other-1:1").rejected
    assert "other-1:1" not in [c.claim.claim_id for c in ledger.claims()]
    assert ledger.estimates(measure="missing")[0].independent_reports == 1
    assert ledger.stats().documents == 3
    with ledger.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM claims")).scalar() == 5

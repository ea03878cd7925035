"""Two writers on one PostgreSQL ledger: a document another process stores between our
check and our insert is stored once, and our run goes on.

On PostgreSQL two transactions can both see that a document is missing before either
commits; the second insert then breaks the primary key. The race is made certain here by
letting the other writer ingest the same article just before our first insert runs.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from tests.ledger.helpers import WIRE, document, postgres_url, wire_claims

from claimledger.ledger import Ledger

pytestmark = pytest.mark.postgres


def test_a_document_stored_by_another_writer_mid_transaction_is_kept_once(tmp_path):
    url = postgres_url()
    wire = document("wire-1", WIRE, url="https://example.org/wire-1", date="2025-03-04")
    pairs = [(wire, wire_claims(wire))]
    with Ledger(url) as ours, Ledger(url) as other:
        other.stats()  # both ledgers open (and migrated) before the race
        raced = []

        def other_writer_first(conn, cursor, statement, *args):
            if statement.startswith("INSERT INTO documents") and not raced:
                raced.append(other.ingest_extracted(pairs))

        sa.event.listen(ours.engine, "before_cursor_execute", other_writer_first)
        report = ours.ingest_extracted(pairs)

        assert raced and raced[0].added == 1  # the other writer really came first
        assert (report.added, report.unchanged) == (0, 1)
        assert ours.count_documents() == 1
        assert ours.count_claims() == len(pairs[0][1])

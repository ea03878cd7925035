"""Reconciled results are cached per ledger revision; any writer's change is seen."""

from __future__ import annotations

from tests.ledger.helpers import OTHER, WIRE, document, other_claims, wire_claims

from claimledger.ledger import Ledger


def test_estimates_are_cached_until_the_ledger_changes(tmp_path):
    path = str(tmp_path / "ledger.db")
    other = document("other-1", OTHER, date="2025-03-05")
    with Ledger(path) as reader, Ledger(path) as writer:
        writer.ingest_extracted([(other, other_claims(other))])
        first = reader.estimates()
        assert reader.estimates() is first  # served from the cache
        assert reader.checks() is reader.checks()
        # Another Ledger (as another process would) writes: the reader sees it.
        wire = document("wire-1", WIRE, date="2025-03-04")
        writer.ingest_extracted([(wire, wire_claims(wire))])
        second = reader.estimates()
        assert second is not first and len(second) == len(first) + 1
        writer.reject("wire-1:1")
        assert len(reader.estimates()) == len(first)


def test_every_write_bumps_the_revision(tmp_path):
    with Ledger(str(tmp_path / "ledger.db")) as ledger:
        start = ledger.revision
        other = document("other-1", OTHER, date="2025-03-05")
        ledger.ingest_extracted([(other, other_claims(other))])
        after_ingest = ledger.revision
        assert after_ingest > start
        ledger.correct("other-1:1", {"number": 301})
        assert ledger.revision == after_ingest + 1

"""Alembic migrations of the ledger schema (run by ``claimledger.store.engine.migrate``)."""

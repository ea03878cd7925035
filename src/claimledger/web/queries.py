"""What the pages and the API ask of the ledger, in one place: kept results and writes.

Whole-ledger computations (estimates, checks, claimants, stats) come from the
app's ``LedgerCache``; claim lists go to the ledger each time (they are
indexed queries). Writes take the app's write lock and then clear the cache.
"""

from __future__ import annotations

import gc
import threading
from collections import Counter
from typing import Any

from fastapi import FastAPI

from claimledger.store.corrections import FIELDS as CORRECTION_FIELDS
from claimledger.web.params import CheckFilters, ClaimFilters, EstimateFilters, Page, bad

#: Fields the correction form offers: what ``Ledger.correct`` accepts, but for rejection,
#: which has its own button.
CORRECTABLE = tuple(f for f in CORRECTION_FIELDS if f != "rejected")


def _ledger(app: FastAPI) -> Any:
    return app.state.ledger


def _cached(app: FastAPI, name: str, args: tuple, compute: Any) -> Any:
    return app.state.cache.get(name, args, compute)


def stats(app: FastAPI) -> Any:
    return _cached(app, "stats", (), _ledger(app).stats)


def checks(app: FastAPI) -> list[Any]:
    return _cached(app, "checks", (), _ledger(app).checks)


def filtered_checks(app: FastAPI, filters: CheckFilters) -> list[Any]:
    found = checks(app)
    if filters.verdict:
        found = [c for c in found if c.verdict == filters.verdict]
    if filters.kind:
        found = [c for c in found if c.kind == filters.kind]
    return found


def claimants(app: FastAPI) -> list[Any]:
    def compute() -> list[Any]:
        return sorted(_ledger(app).claimants(), key=lambda c: (-c.claims, str(c.name)))

    return _cached(app, "claimants", (), compute)


def estimates(app: FastAPI, filters: EstimateFilters) -> list[Any]:
    args = (filters.measure, filters.subject, filters.claimant)
    return _cached(app, "estimates", args, lambda: _ledger(app).estimates(
        measure=filters.measure, subject=filters.subject, claimant=filters.claimant))


def estimate_combinations(app: FastAPI) -> list[tuple[str, str | None, int]]:
    """(measure, side, rows) for every estimate series there is, the largest first."""

    def compute() -> list[tuple[str, str | None, int]]:
        rows = estimates(app, EstimateFilters())
        counts = Counter((r.measure, r.subject) for r in rows)
        return sorted(((m, s, n) for (m, s), n in counts.items()),
                      key=lambda x: (-x[2], x[0], x[1] or ""))

    return _cached(app, "combinations", (), compute)


def warm_up(app: FastAPI) -> None:
    """Compute the whole-ledger results once, so the first visitor does not wait for them
    (``claimledger serve`` runs this in the background at start)."""
    estimate_combinations(app)
    checks(app)
    claimants(app)
    stats(app)
    latest_claims(app, LATEST)
    # Hundreds of thousands of long-lived records now sit in the caches; leave them out of
    # the collector's full passes, which would otherwise walk them all every so often.
    gc.freeze()


#: Claims on the overview's "latest" list.
LATEST = 12


def latest_claims(app: FastAPI, count: int = LATEST) -> list[Any]:
    """The ``count`` most recently published claims, newest first (undated ones left out).

    ``Ledger.claims`` lists oldest first, undated last, and has no other order, so this
    reads the last page of the dated claims; that sorts them all, so the result is kept.
    """
    def compute() -> list[Any]:
        ledger = _ledger(app)
        dated = ledger.count_claims(since=_EVER)
        return list(reversed(ledger.claims(since=_EVER, limit=count,
                                           offset=max(0, dated - count))))

    return _cached(app, "latest", (count,), compute)


#: A ``since`` that every dated claim passes (and an undated one does not).
_EVER = "0001-01-01"


def claim_page(app: FastAPI, filters: ClaimFilters, page: Page) -> tuple[list[Any], int]:
    ledger = _ledger(app)
    kwargs = filters.kwargs()
    try:
        # Counts change only with the ledger, and counting scans the claims: keep them.
        total = _cached(app, "count", tuple(kwargs.items()), lambda: ledger.count_claims(**kwargs))
        found = ledger.claims(**kwargs, limit=page.per_page, offset=page.offset) \
            if page.offset < total else []
    except Exception as exc:  # noqa: BLE001 - a search the full-text engine refuses
        if filters.q and _is_search_error(exc):
            raise bad("q", f"cannot search for {filters.q!r}: {_first_line(exc)}") from None
        raise
    return found, total


def _is_search_error(exc: Exception) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, (DBAPIError, ValueError))


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _written(app: FastAPI) -> None:
    """After a write: drop the kept results, and (under ``claimledger serve``) start
    computing the new ones at once, so the next page does not wait for them."""
    app.state.cache.clear()
    if getattr(app.state, "warm_after_writes", False):
        threading.Thread(target=warm_up, args=(app,), daemon=True).start()


def correct(app: FastAPI, claim_id: str, changes: dict[str, Any], **who: Any) -> Any:
    with app.state.write_lock:
        try:
            return _ledger(app).correct(claim_id, changes, **who)
        finally:
            _written(app)


def reject(app: FastAPI, claim_id: str, **who: Any) -> Any:
    with app.state.write_lock:
        try:
            return _ledger(app).reject(claim_id, **who)
        finally:
            _written(app)


def ingest_documents(app: FastAPI, documents: list[Any]) -> Any:
    with app.state.write_lock:
        try:
            return _ledger(app).ingest_documents(documents)
        finally:
            _written(app)

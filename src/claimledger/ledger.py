"""The ledger: every claim from every article, stored, corrected and reconciled.

A ``Ledger`` is a SQLite file by default (any SQLAlchemy URL otherwise), created
and migrated on open. ``ingest`` reads and extracts articles and stores them
idempotently (same text twice adds nothing; a changed text becomes a new version;
syndicated copies are linked to their origin); the read methods answer with plain
records. Reconciled results (estimates, checks) are cached per ledger revision,
a counter every write bumps, so writes by other processes are seen too.

Example:
    >>> with Ledger(":memory:") as ledger:                        # doctest: +SKIP
    ...     report = ledger.ingest(["articles/"])
    ...     rows = ledger.estimates(measure="killed", subject="KP")
    ...     found = ledger.checks()
    ...     recent = ledger.claims(claimant="NIS", since="2024-11-01")
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from claimledger.ingest.failures import ReadFailure, extraction_failure
from claimledger.records import Claim, Document, LedgerClaim
from claimledger.store import queries, revision
from claimledger.store.catalogue import UNCHANGED, Catalogue, Plan
from claimledger.store.corrections import apply_changes, parse_bool
from claimledger.store.engine import open_engine, writing
from claimledger.store.names import StoredNames, sync_registry
from claimledger.store.records import (
    ClaimantInfo,
    Correction,
    DocumentInfo,
    IngestReport,
    LedgerStats,
)
from claimledger.store.rows import claim_row, estimate_key, row_claim
from claimledger.store.schema import claims, corrections, documents
from claimledger.store.stats import refresh_if_grown
from claimledger.store.writer import Written, now, write_batch

__all__ = ["ClaimantInfo", "Correction", "DocumentInfo", "IngestReport", "Ledger",
           "LedgerStats"]

#: Documents written per transaction, and the longest a finished document waits for it.
BATCH_SIZE = 32
BATCH_SECONDS = 2.0
#: Tries at one batch when another process's writes collide with it.
WRITE_ATTEMPTS = 3


class Ledger:
    """Claims from many articles, over time: store, query, correct, reconcile.

    Example:
        >>> with Ledger(":memory:") as ledger:
        ...     ledger.stats()
        LedgerStats(documents=0, claims=0, claimants=0, contradictions=0)
    """

    def __init__(self, path_or_url: str | Path = "claimledger.db") -> None:
        self.path_or_url = str(path_or_url)
        self.engine = open_engine(self.path_or_url)
        self._lock = threading.RLock()
        self._cache: dict[Any, Any] = {}
        self._cache_revision: int | None = None

    def __repr__(self) -> str:
        return f"Ledger({self.path_or_url!r})"

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def revision(self) -> int:
        """How many write transactions the ledger has seen."""
        with self.engine.connect() as conn:
            return revision.read(conn)

    # ------------------------------------------------------------------ ingest

    def ingest(self, paths: Iterable[str | Path] | str | Path, *, progress: bool = False,
               processes: int = 1,
               on_failure: Callable[[ReadFailure], None] | None = None) -> IngestReport:
        """Read files, folders (recursively) or ``-`` (stdin), extract and store them.

        Bad inputs are listed in ``IngestReport.failures`` (and passed to ``on_failure``
        as they are met); the rest is stored.
        """
        from claimledger.ingest.readers import iter_inputs

        if isinstance(paths, (str, Path)):
            paths = [paths]
        failures: list[ReadFailure] = []

        def documents_only() -> Iterator[Document]:
            for item in iter_inputs(paths):
                if isinstance(item, ReadFailure):
                    failures.append(item)
                    if on_failure is not None:
                        on_failure(item)
                else:
                    yield item

        report = self.ingest_documents(documents_only(), progress=progress, processes=processes,
                                       on_failure=on_failure)
        return replace(report, failures=failures + report.failures)

    def ingest_documents(self, docs: Iterable[Document], *, progress: bool = False,
                         processes: int = 1,
                         on_failure: Callable[[ReadFailure], None] | None = None
                         ) -> IngestReport:
        """Extract and store documents; those held already are not extracted again.
        A document whose extraction fails is left out and listed in the report's
        ``failures`` (and passed to ``on_failure``)."""
        catalogue, names = self._start_ingest()
        planned: deque[Plan] = deque()
        skipped = [0]
        failed: list[ReadFailure] = []
        bar = _progress(progress)

        def to_extract() -> Iterator[Document]:
            for doc in docs:
                plan = catalogue.plan(doc)
                if plan.action == UNCHANGED:
                    skipped[0] += 1
                    bar.update(1)
                    continue
                planned.append(plan)
                yield plan.document

        def not_extracted(document: Document, error: Exception) -> None:
            # The failed document's plan is the oldest waiting: nothing of it is stored.
            planned.popleft()
            bar.update(1)
            failed.append(extraction_failure(document.source or document.id, error))
            if on_failure is not None:
                on_failure(failed[-1])

        def extracted() -> Iterator[tuple[Plan, list[Claim]]]:
            from claimledger.extract import Extractor

            for _document, found in Extractor().pipe(
                to_extract(), n_process=processes, on_error=not_extracted
            ):
                yield planned.popleft(), found

        try:
            written = self._write_all(extracted(), names, bar)
        finally:
            bar.close()
        return replace(_report(written, skipped[0]), failures=failed)

    def ingest_extracted(self, pairs: Iterable[tuple[Document, list[Claim]]], *,
                         progress: bool = False) -> IngestReport:
        """Store documents with claims extracted elsewhere (same rules as ``ingest``)."""
        catalogue, names = self._start_ingest()
        skipped = [0]
        bar = _progress(progress)

        def plans() -> Iterator[tuple[Plan, list[Claim]]]:
            for doc, found in pairs:
                plan = catalogue.plan(doc)
                if plan.action == UNCHANGED:
                    skipped[0] += 1
                    bar.update(1)
                    continue
                yield plan, list(found)

        try:
            written = self._write_all(plans(), names, bar)
        finally:
            bar.close()
        return _report(written, skipped[0])

    def _start_ingest(self) -> tuple[Catalogue, StoredNames]:
        try:
            with writing(self.engine) as conn:
                if sync_registry(conn):
                    revision.bump(conn)
        except ImportError:  # no registry in this build: store entity ids as given
            pass
        with self.engine.connect() as conn:
            return Catalogue.load(conn), StoredNames.load(conn)

    def _write_all(self, items: Iterable[tuple[Plan, list[Claim]]], names: StoredNames,
                   bar: Any) -> Written:
        total = Written()
        batch: list[tuple[Plan, list[Claim]]] = []
        started = time.monotonic()

        def flush() -> None:
            if batch:
                done = self._write_batch(batch, names)
                for name in vars(total):
                    setattr(total, name, getattr(total, name) + getattr(done, name))
                bar.update(len(batch))
                batch.clear()

        for item in items:
            if not batch:
                started = time.monotonic()
            batch.append(item)
            if len(batch) >= BATCH_SIZE or time.monotonic() - started > BATCH_SECONDS:
                flush()
        flush()
        if total.claims_added:
            refresh_if_grown(self.engine)
        return total

    def _write_batch(self, batch: list[tuple[Plan, list[Claim]]],
                     names: StoredNames) -> Written:
        """Write one batch; if another process stored some of its documents or names
        between our check and our insert (PostgreSQL lets two writers read before either
        commits), read what it stored and write the batch again."""
        attempt = 1
        while True:
            try:
                with writing(self.engine) as conn:
                    return write_batch(conn, batch, names)
            except sa.exc.IntegrityError:
                with self.engine.connect() as conn:
                    names.forget_unsaved(conn)
                if attempt == WRITE_ATTEMPTS:
                    raise
                attempt += 1

    # ------------------------------------------------------------------ reads

    def claims(self, *, measure: str | None = None, subject: str | None = None,
               claimant: str | None = None, hedge: str | None = None, kind: str | None = None,
               doc: str | None = None, since: str | None = None, until: str | None = None,
               q: str | None = None, include_rejected: bool = False, limit: int | None = None,
               offset: int = 0) -> list[LedgerClaim]:
        """Current claims matching every filter given, by published date, document, position.

        ``claimant``: an entity id or part of the claimant's words (any case); ``since`` and
        ``until``: ISO dates, inclusive, on the published date; ``q``: words that must all
        occur in the evidence, claimant or relay words. Bad values raise a one-line ``ValueError``.
        """
        f = queries.ClaimFilter(measure, subject, claimant, hedge, kind, doc, since, until, q,
                                include_rejected).validate()
        with self.engine.connect() as conn:
            return queries.select_claims(conn, f, limit=limit, offset=offset)

    def count_claims(self, *, measure: str | None = None, subject: str | None = None,
                     claimant: str | None = None, hedge: str | None = None,
                     kind: str | None = None, doc: str | None = None, since: str | None = None,
                     until: str | None = None, q: str | None = None,
                     include_rejected: bool = False) -> int:
        """How many claims ``claims`` would give with the same filters."""
        f = queries.ClaimFilter(measure, subject, claimant, hedge, kind, doc, since, until, q,
                                include_rejected).validate()
        with self.engine.connect() as conn:
            return queries.count_claims(conn, f)

    def claim(self, claim_id: str) -> LedgerClaim | None:
        """One claim (current version, rejected or not), or None."""
        with self.engine.connect() as conn:
            return queries.select_claim(conn, claim_id)

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[DocumentInfo]:
        """Current documents, newest published first."""
        with self.engine.connect() as conn:
            return queries.select_documents(conn, limit=limit, offset=offset)

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return queries.count_documents(conn)

    def document(self, doc_id: str) -> Document | None:
        """The current version of a document with its full text (claim offsets index it)."""
        d = documents.c
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(d.id == doc_id)
                               .order_by(d.version.desc()).limit(1)).first()
        if row is None or not row.current:
            return None
        extra = json.loads(row.meta) if row.meta else {}
        extra.update(version=row.version, origin_doc=row.origin_doc,
                     content_hash=row.content_hash, ingested_at=row.ingested_at)
        return Document(id=row.id, text=row.text, url=row.url, title=row.title,
                        date=row.published, outlet=row.outlet, source=row.source, meta=extra)

    def claimants(self) -> list[ClaimantInfo]:
        """Every claimant entity with its most used words and its number of claims."""
        return self._cached(("claimants",), lambda conn: queries.select_claimants(conn))

    def corrections(self, claim_id: str | None = None) -> list[Correction]:
        """Every correction (of one claim), oldest first."""
        with self.engine.connect() as conn:
            return queries.select_corrections(conn, claim_id)

    # ------------------------------------------------------------------ reconcile

    def estimates(self, *, measure: str | None = None, subject: str | None = None,
                  claimant: str | None = None) -> list[Any]:
        """One ``EstimateRow`` per distinct estimate (see ``reconcile.estimates``)."""
        key = ("estimates", measure, (subject or "").strip().upper() or None, claimant)
        return self._cached(key, lambda conn: self._estimates(conn, measure, subject, claimant))

    def _estimates(self, conn: Any, measure: str | None, subject: str | None,
                   claimant: str | None) -> list[Any]:
        from claimledger.reconcile.estimates import build_estimates

        if claimant is not None:
            return build_estimates(self._all_claims(conn), measure, subject, claimant)
        rows = self._cached(("estimates", None, None, None),
                            lambda c: build_estimates(self._all_claims(c)), conn)
        # Measure and side are part of every series' key, so filtering the full table keeps
        # each series whole and gives what build_estimates(measure=, subject=) would.
        wanted = subject.strip().upper() if subject is not None else None
        return [r for r in rows if (measure is None or r.measure == measure)
                and (wanted is None or (r.subject or "").upper() == wanted)]

    def checks(self) -> list[Any]:
        """Contradictions and agreements between claims (see ``reconcile.checks``)."""
        from claimledger.reconcile.checks import find_checks

        return self._cached(("checks",), lambda conn: find_checks(self._all_claims(conn)))

    def stats(self) -> LedgerStats:
        """Documents, claims, claimants and contradictions in the current ledger."""
        def count(conn: Any) -> tuple[int, int]:
            return (queries.count_documents(conn),
                    queries.count_claims(conn, queries.ClaimFilter()))

        docs, n_claims = self._cached(("counts",), count)
        contradictions = sum(1 for c in self.checks() if c.verdict == "contradiction")
        return LedgerStats(docs, n_claims, len(self.claimants()), contradictions)

    def warm(self) -> None:
        """Compute and cache estimates, checks, claimants and counts for this revision now
        (they take seconds on a ledger of 100,000 claims), e.g. in a background thread
        after a write, so the next reader finds them ready."""
        self.estimates()
        self.checks()
        self.stats()

    def _all_claims(self, conn: Any) -> list[LedgerClaim]:
        def load(c: Any) -> list[LedgerClaim]:
            return queries.select_claims(c, queries.ClaimFilter(), count_reports=False)

        return self._cached(("all_claims",), load, conn)

    def _cached(self, key: Any, compute: Callable[[Any], Any], conn: Any = None) -> Any:
        """``compute(conn)`` once per ledger revision (the revision and the data are read in
        one transaction, so they agree)."""
        with self._lock:
            if conn is None:
                with self.engine.connect() as own:
                    with own.begin():
                        return self._cached(key, compute, own)
            current = revision.read(conn)
            if current != self._cache_revision:
                self._cache.clear()
                self._cache_revision = current
            if key not in self._cache:
                self._cache[key] = compute(conn)
            return self._cache[key]

    # ------------------------------------------------------------------ corrections

    def correct(self, claim_id: str, changes: dict[str, Any], *, author: str | None = None,
                reason: str | None = None) -> LedgerClaim:
        """Change fields of a claim, keeping who, when and why; estimates and checks follow.

        ``KeyError`` for an unknown claim; ``ValueError`` (one line) for an unknown field or
        a bad value.

        Example:
            >>> ledger.correct("nis-2024-12:3", {"number": 1100}, author="ana",
            ...                reason="the agency's own release says 1,100")  # doctest: +SKIP
        """
        c = claims.c
        with writing(self.engine) as conn:
            row = queries.newest_claim_row(conn, claim_id)
            if row is None:
                raise KeyError(f"no claim {claim_id!r} in the ledger")
            text = conn.execute(sa.select(documents.c.text).where(
                documents.c.id == row["doc"], documents.c.version == row["version"])).scalar()
            names: list[StoredNames] = []

            def entity_for(words: str) -> str | None:
                try:
                    from claimledger.resolve import get_registry
                except ImportError:
                    return None
                found = get_registry().resolve(words, kind="claimant")
                if found is not None:
                    return found.id
                if not names:
                    names.append(StoredNames.load(conn))
                return names[0].entity_for(words)

            old = row_claim(row)
            new, changes_made = apply_changes(old, changes, rejected=bool(row["rejected"]),
                                              doc_text=text or "", entity_for=entity_for)
            if not changes_made:  # nothing differs: no write, no new revision
                found = queries.select_claim(conn, claim_id)
                assert found is not None
                return found
            values = claim_row(new)
            for name in ("claim_id", "doc"):
                values.pop(name)
            values["estimate_key"] = estimate_key(new)
            rejected = (parse_bool(changes["rejected"], "rejected") if "rejected" in changes
                        else bool(row["rejected"]))
            values["rejected"] = rejected
            if any(ch.field != "rejected" for ch in changes_made):
                values["corrected"] = True
            conn.execute(claims.update().where(c.id == row["id"]).values(**values))
            stamp = now()
            conn.execute(corrections.insert(), [
                {"claim_id": claim_id, "version": row["version"], "field": ch.field,
                 "old_value": ch.old_value, "new_value": ch.new_value,
                 "rejected": ch.field == "rejected" and rejected,
                 "author": author, "reason": reason, "created_at": stamp}
                for ch in changes_made])
            if names:
                names[0].save(conn)
            revision.bump(conn)
        found = self.claim(claim_id)
        assert found is not None
        return found

    def reject(self, claim_id: str, *, author: str | None = None,
               reason: str | None = None) -> LedgerClaim:
        """Mark a claim as wrong: it stays stored but leaves estimates, checks and listings."""
        return self.correct(claim_id, {"rejected": True}, author=author, reason=reason)


def _report(written: Written, unchanged: int) -> IngestReport:
    return IngestReport(added=written.added, unchanged=unchanged + written.unchanged,
                        new_versions=written.new_versions, duplicates=written.duplicates,
                        claims_added=written.claims_added)


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(show: bool) -> Any:
    """A progress bar on stderr (articles done, rate), or nothing."""
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(desc="ingest", unit=" articles", file=sys.stderr, dynamic_ncols=True)


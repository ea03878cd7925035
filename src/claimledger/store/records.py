"""Plain records the ``Ledger`` answers with, besides ``LedgerClaim`` (``claimledger.records``).

All are frozen dataclasses of plain values, so they render with
``claimledger.report.formats`` and serialise with ``dataclasses.asdict``.

Example:
    >>> IngestReport(added=2, claims_added=9).summary()
    'added 2 documents (9 claims); 0 unchanged, 0 new versions, 0 near-duplicate copies'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.ingest.failures import ReadFailure


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did.

    ``added`` counts new documents and ``new_versions`` changed texts of documents
    already held (same id or URL); ``duplicates`` counts how many of those were found
    to be near-duplicate (syndicated) copies and linked to an origin. ``unchanged``
    documents were held already and added nothing.
    """

    added: int = 0
    unchanged: int = 0
    new_versions: int = 0
    duplicates: int = 0
    claims_added: int = 0
    failures: list[ReadFailure] = field(default_factory=list)

    def summary(self) -> str:
        """One line for people."""
        docs = "document" if self.added == 1 else "documents"
        claims = "claim" if self.claims_added == 1 else "claims"
        versions = "new version" if self.new_versions == 1 else "new versions"
        copies = "near-duplicate copy" if self.duplicates == 1 else "near-duplicate copies"
        line = (f"added {self.added} {docs} ({self.claims_added} {claims}); "
                f"{self.unchanged} unchanged, {self.new_versions} {versions}, "
                f"{self.duplicates} {copies}")
        if self.failures:
            line += f"; {len(self.failures)} failed"
        return line


@dataclass(frozen=True)
class DocumentInfo:
    """A document held in the ledger (its current version), without its text."""

    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    version: int
    origin_doc: str | None
    claims: int


@dataclass(frozen=True)
class Correction:
    """One person's change to one field of a claim (or its rejection), kept for good.

    ``field`` is the claim field changed, or ``"rejected"`` with ``rejected`` true for
    a rejection (``new_value`` ``"false"`` when a rejection is undone).
    """

    id: int
    claim_id: str
    field: str
    old_value: str | None
    new_value: str | None
    rejected: bool
    author: str | None
    reason: str | None
    created_at: str
    #: The version of the document whose claim was changed (fixes carry to new versions).
    version: int = 1


@dataclass(frozen=True)
class ClaimantInfo:
    """One claimant: its entity id, the words used for it most often, its claims."""

    entity: str
    name: str
    claims: int


@dataclass(frozen=True)
class LedgerStats:
    """Counts over the current ledger."""

    documents: int
    claims: int
    claimants: int
    contradictions: int

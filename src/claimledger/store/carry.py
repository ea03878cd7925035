"""Corrections carried to a new version of a document.

When an outlet updates an article, ingest stores the changed text as a new version and
extracts its claims again. A claim the update did not touch (same kind, measure as the
extractor first gave it, evidence sentence and figure words) is the same claim: a
person's fixes and rejections of it in the old version are applied to it again, and kept
in ``corrections`` under the new version with a reason that says where they came from.
Claims whose sentence changed are new claims and start uncorrected.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.records import Claim
from claimledger.store.corrections import apply_changes
from claimledger.store.schema import claims, corrections

#: What stays the same when a claim carries over: kind, the extractor's measure,
#: evidence words and figure words.
MatchKey = tuple[str, str, str, str | None]


#: The fixes of one old claim: each corrected field's latest ``corrections`` row (its
#: new value, author and reason).
Carried = dict[str, Any]


def match_key(kind: str, measure: str, evidence: str, number_words: str | None) -> MatchKey:
    return (kind, measure, " ".join(evidence.split()), number_words)


def old_corrections(conn: Connection, doc_id: str, version: int) -> dict[MatchKey, Carried]:
    """The corrected or rejected claims of one stored version, by their extracted key."""
    c = claims.c
    fixed = conn.execute(sa.select(c.claim_id, c.kind, c.measure, c.evidence, c.number_span)
                         .where(c.doc == doc_id, c.version == version,
                                sa.or_(c.corrected, c.rejected))).all()
    if not fixed:
        return {}
    k = corrections.c
    history = conn.execute(sa.select(k.claim_id, k.field, k.old_value, k.new_value, k.author,
                                     k.reason)
                           .where(k.version == version,
                                  k.claim_id.in_([row.claim_id for row in fixed]))
                           .order_by(k.id)).all()
    by_claim: dict[str, list[Any]] = {}
    for entry in history:
        by_claim.setdefault(entry.claim_id, []).append(entry)
    found: dict[MatchKey, Carried] = {}
    for row in fixed:
        carried: Carried = {}
        first_values: dict[str, str | None] = {}
        for entry in by_claim.get(row.claim_id, ()):
            first_values.setdefault(entry.field, entry.old_value)
            carried[entry.field] = entry
        kind = first_values.get("kind") or row.kind
        measure = first_values.get("measure") or row.measure
        found[match_key(kind, measure, row.evidence, row.number_span)] = carried
    return found


def carry_over(claim: Claim, carried: Mapping[MatchKey, Carried], *, old_version: int,
               new_version: int, doc_text: str, stamp: str
               ) -> tuple[Claim, bool, bool, list[dict[str, Any]]]:
    """``claim`` with the old version's fixes of the same claim applied: the claim, whether
    it is corrected and rejected, and the ``corrections`` rows to store for it."""
    number_words = claim.number_span.text if claim.number_span else None
    fixes = carried.get(match_key(claim.kind, claim.measure, claim.evidence.text, number_words))
    if not fixes:
        return claim, False, False, []
    values = {name: entry.new_value for name, entry in fixes.items()}
    try:
        new, changes = apply_changes(claim, values, doc_text=doc_text)
    except ValueError:  # the fixes no longer fit the claim as extracted now
        return claim, False, False, []
    rejected = values.get("rejected") == "true"
    rows = [{"claim_id": claim.claim_id, "version": new_version, "field": ch.field,
             "old_value": ch.old_value, "new_value": ch.new_value,
             "rejected": ch.field == "rejected" and rejected,
             "author": getattr(fixes.get(ch.field), "author", None),
             "reason": _reason(getattr(fixes.get(ch.field), "reason", None), old_version),
             "created_at": stamp}
            for ch in changes]
    corrected = any(ch.field != "rejected" for ch in changes)
    return new, corrected, rejected, rows


def _reason(reason: str | None, old_version: int) -> str:
    carried = f"carried over from version {old_version}"
    return f"{carried}: {reason}" if reason else carried

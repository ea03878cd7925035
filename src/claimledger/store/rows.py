"""Claims to table rows and back: spans flattened to columns, ``via`` as JSON text.

Example:
    >>> from claimledger.records import Claim, TextSpan
    >>> c = Claim("d", "d:1", "quantity", "killed", TextSpan("77 killed", 0, 9), number=77)
    >>> row = claim_row(c)
    >>> row["evidence"], row["evidence_start"], row["number"]
    ('77 killed', 0, 77)
    >>> row_claim(row) == c
    True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from claimledger.records import Claim, LedgerClaim, TextSpan
from claimledger.store.schema import SPAN_FIELDS

#: Claim fields stored under their own name, as plain values.
PLAIN_FIELDS = ("claim_id", "doc", "kind", "measure", "subject", "recipient", "item", "number",
                "number_high", "qualifier", "vague", "low", "high", "hedge", "date")


def number(value: Any) -> int | float | None:
    """A stored figure as the extractor gave it: whole numbers come back as ``int``."""
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def span_values(name: str, span: TextSpan | None) -> dict[str, Any]:
    """The four columns of one span."""
    if span is None:
        return {name: None, f"{name}_start": None, f"{name}_end": None, f"{name}_entity": None}
    return {name: span.text, f"{name}_start": span.start, f"{name}_end": span.end,
            f"{name}_entity": span.entity}


_SPAN_KEYS = {name: (name, f"{name}_start", f"{name}_end", f"{name}_entity")
              for name in SPAN_FIELDS}


def row_span(row: Mapping[str, Any], name: str) -> TextSpan | None:
    text_key, start_key, end_key, entity_key = _SPAN_KEYS[name]
    text = row[text_key]
    if text is None:
        return None
    start, end = row[start_key], row[end_key]
    return TextSpan(text, -1 if start is None else start, -1 if end is None else end,
                    row[entity_key])


def via_json(via: tuple[TextSpan, ...]) -> str:
    return json.dumps([v.to_dict() for v in via], ensure_ascii=False)


def json_via(text: str | None) -> tuple[TextSpan, ...]:
    if not text or text == "[]":
        return ()
    return tuple(span for span in (TextSpan.from_dict(v) for v in json.loads(text)) if span)


def claim_row(claim: Claim) -> dict[str, Any]:
    """The claim columns of a ``claims`` row (without document or bookkeeping columns)."""
    row: dict[str, Any] = {name: getattr(claim, name) for name in PLAIN_FIELDS}
    for name in SPAN_FIELDS:
        row.update(span_values(name, getattr(claim, name)))
    row["via"] = via_json(claim.via)
    return row


def row_claim(row: Mapping[str, Any]) -> Claim:
    """A ``Claim`` from a ``claims`` row (a mapping of column to value)."""
    evidence = row_span(row, "evidence")
    assert evidence is not None  # the column is NOT NULL
    return Claim(
        doc=row["doc"],
        claim_id=row["claim_id"],
        kind=row["kind"],
        measure=row["measure"],
        evidence=evidence,
        subject=row["subject"],
        recipient=row["recipient"],
        item=row["item"],
        number=number(row["number"]),
        number_high=number(row["number_high"]),
        qualifier=row["qualifier"],
        vague=row["vague"],
        number_span=row_span(row, "number_span"),
        low=number(row["low"]),
        high=number(row["high"]),
        hedge=row["hedge"] or "asserted",
        claimant=row_span(row, "claimant"),
        via=json_via(row["via"]),
        location=row_span(row, "location"),
        period=row_span(row, "period"),
        hedge_cue=row_span(row, "hedge_cue"),
        date=row["date"],
        date_span=row_span(row, "date_span"),
    )


def estimate_key(claim: Claim) -> str:
    """A short hash of what makes two claims "the same estimate" (as ``build_estimates``
    groups them), so the ledger can count independent reports with one indexed query."""
    from claimledger.reconcile.estimates import _group_key

    key = [number(v) if isinstance(v, float) else v for v in _group_key(LedgerClaim(claim))]
    return hashlib.sha1(json.dumps(key, default=str).encode("utf-8")).hexdigest()

"""The JSON shapes of the API: plain dicts built from the ledger's records.

A claim is its ``SCHEMA.md`` record plus what the ledger knows about it
(document, date, independent reports, corrections); estimates and checks use
the same keys as the CSV/JSON exports of ``claimledger.report.formats``.

Example:
    >>> from claimledger.records import Claim, LedgerClaim, TextSpan
    >>> c = Claim("d1", "d1:1", "quantity", "killed", TextSpan("77 killed", 0, 9), number=77)
    >>> claim_json(LedgerClaim(c, published="2024-12-24"))["figure"]
    '77'
"""

from __future__ import annotations

import dataclasses
from typing import Any

from claimledger.records import Document, LedgerClaim
from claimledger.report.claims import figure_text
from claimledger.report.formats import CHECK_COLUMNS, ESTIMATE_COLUMNS, jsonable


def claim_json(lc: LedgerClaim) -> dict[str, Any]:
    c = lc.claim
    out = c.to_dict()
    out.update(
        figure=figure_text(c.qualifier, c.number, c.number_high, c.vague),
        date=lc.published,
        doc_url=lc.doc_url,
        doc_title=lc.doc_title,
        outlet=lc.outlet,
        origin_doc=lc.origin_doc,
        independent_reports=lc.independent_reports,
        corrected=lc.corrected,
        rejected=lc.rejected,
    )
    return out


def estimate_json(row: Any) -> dict[str, Any]:
    out = {c.key: jsonable(c.value(row)) for c in ESTIMATE_COLUMNS}
    out.update(claimant_entity=row.claimant_entity, number=row.number,
               number_high=row.number_high, qualifier=row.qualifier, vague=row.vague,
               first_doc=row.first_doc)
    return out


def check_json(check: Any) -> dict[str, Any]:
    return {c.key: jsonable(c.value(check)) for c in CHECK_COLUMNS}


def document_info_json(info: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(info) and not isinstance(info, type):
        return jsonable(info)
    return {key: getattr(info, key, None) for key in
            ("id", "url", "outlet", "title", "published", "version", "origin_doc", "claims")}


def document_json(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "url": doc.url, "title": doc.title, "date": doc.date,
            "outlet": doc.outlet, "text": doc.text}


def record_json(record: Any) -> dict[str, Any]:
    """A correction, claimant or stats record (a dataclass or named tuple) as a dict."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return jsonable(record)
    if hasattr(record, "_asdict"):
        return jsonable(record._asdict())
    return jsonable(dict(vars(record)))

"""Claims as flat rows for people and spreadsheets: table, CSV, JSON, JSON Lines.

Example:
    >>> figure_text("more_than", 1000, None, None)
    'more than 1,000'
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from claimledger.records import Claim

_QUALIFIER_WORDS = {
    "exact": "",
    "about": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "fewer_than": "fewer than ",
}

#: Columns of the flat claim row, in order.
CLAIM_COLUMNS = (
    "claim_id", "doc", "kind", "measure", "subject", "recipient", "item", "figure", "number",
    "number_high", "qualifier", "vague", "low", "high", "hedge", "claimant", "claimant_entity",
    "via", "location", "period", "evidence", "evidence_start", "evidence_end",
)


def _num(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def figure_text(
    qualifier: str | None, number: int | float | None, number_high: int | float | None,
    vague: str | None,
) -> str:
    """A figure as a reader would say it: "more than 1,000", "10,000–12,000", "dozens"."""
    if qualifier == "vague" or (number is None and vague):
        return vague or ""
    if number is None:
        return ""
    if qualifier == "range":
        return f"{_num(number)}–{_num(number_high)}"
    return f"{_QUALIFIER_WORDS.get(qualifier or 'exact', '')}{_num(number)}"


def claim_row(claim: Claim) -> dict[str, Any]:
    """One claim flattened to plain values (spans become their text)."""
    return {
        "claim_id": claim.claim_id,
        "doc": claim.doc,
        "kind": claim.kind,
        "measure": claim.measure,
        "subject": claim.subject,
        "recipient": claim.recipient,
        "item": claim.item,
        "figure": figure_text(claim.qualifier, claim.number, claim.number_high, claim.vague),
        "number": claim.number,
        "number_high": claim.number_high,
        "qualifier": claim.qualifier,
        "vague": claim.vague,
        "low": claim.low,
        "high": claim.high,
        "hedge": claim.hedge,
        "claimant": claim.claimant.text if claim.claimant else None,
        "claimant_entity": claim.claimant.entity if claim.claimant else None,
        "via": "; ".join(v.text for v in claim.via),
        "location": claim.location.text if claim.location else None,
        "period": claim.period.text if claim.period else None,
        "evidence": claim.evidence.text,
        "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
    }


def claims_jsonl(claims: Iterable[Claim]) -> str:
    """One ``SCHEMA.md`` record a line."""
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)


def claims_json(claims: Iterable[Claim]) -> str:
    return json.dumps([c.to_dict() for c in claims], ensure_ascii=False, indent=2) + "\n"


def claims_csv(claims: Iterable[Claim]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CLAIM_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for claim in claims:
        writer.writerow(claim_row(claim))
    return buffer.getvalue()


def claims_table(claims: Iterable[Claim], *, width: int | None = None) -> str:
    """A readable table for a terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    headers = ("id", "measure", "figure", "subject", "item", "claimant", "via", "hedge", "evidence")
    for header in headers:
        table.add_column(header, overflow="fold")
    for claim in claims:
        row = claim_row(claim)
        table.add_row(
            row["claim_id"], row["measure"] + ("" if claim.kind == "quantity" else " (event)"),
            row["figure"], row["subject"] or "", row["item"] or "", row["claimant"] or "—",
            row["via"], row["hedge"], _clip(row["evidence"], 90),
        )
    console = Console(width=width or 160, record=True, file=io.StringIO(), force_terminal=False)
    console.print(table)
    return console.export_text()


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


FORMATS = {"jsonl": claims_jsonl, "json": claims_json, "csv": claims_csv, "table": claims_table}

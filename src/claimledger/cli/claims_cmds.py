"""``claimledger claims`` (what the ledger holds) and ``claimledger correct`` (a person's fix)."""

from __future__ import annotations

import getpass
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from claimledger.cli._common import (
    ClaimantOption,
    DbOption,
    MeasureOption,
    SubjectOption,
    database,
    fail,
    open_ledger,
)
from claimledger.records import LedgerClaim


class ClaimsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


def ledger_record(lc: LedgerClaim) -> dict[str, Any]:
    """The ``SCHEMA.md`` record plus what the ledger knows about it."""
    record = lc.claim.to_dict()
    record.update(published=lc.published, doc_url=lc.doc_url, outlet=lc.outlet,
                  origin_doc=lc.origin_doc, independent_reports=lc.independent_reports,
                  corrected=lc.corrected, rejected=lc.rejected)
    return record


def _columns() -> tuple[Any, ...]:
    from claimledger.report.claims import figure_text
    from claimledger.report.formats import Column

    def claim(name: str):  # noqa: ANN202 - a getter
        return lambda lc: getattr(lc.claim, name)

    def span(name: str):  # noqa: ANN202
        return lambda lc: getattr(lc.claim, name).text if getattr(lc.claim, name) else None

    return (
        Column("claim_id", "Claim", getter=claim("claim_id")),
        Column("published", "Date"),
        Column("measure", "Measure", getter=claim("measure")),
        Column("subject", "Side", getter=claim("subject")),
        Column("item", "Item", getter=claim("item")),
        Column("figure", "Figure", getter=lambda lc: figure_text(
            lc.claim.qualifier, lc.claim.number, lc.claim.number_high, lc.claim.vague)),
        Column("claimant", "Claimant", lambda v: v or "—", getter=span("claimant")),
        Column("claimant_entity", "Entity", getter=lambda lc: lc.claim.claimant.entity
               if lc.claim.claimant else None),
        Column("via", "Via", getter=lambda lc: [v.text for v in lc.claim.via]),
        Column("hedge", "Hedge", getter=claim("hedge")),
        Column("independent_reports", "Reports"),
        Column("corrected", "Corrected"),
        Column("evidence", "Evidence", getter=span("evidence")),
        Column("doc_url", "Source"),
    )


#: What fits a terminal; the data formats carry every column.
_TABLE_COLUMNS = ("claim_id", "published", "measure", "subject", "item", "figure", "claimant",
                  "hedge", "independent_reports", "evidence")


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["number=1,200", "item=null"]`` -> ``{"number": "1,200", "item": "null"}``.

    Example:
        >>> parse_assignments(["measure=killed", "claimant=the NIS"])
        {'measure': 'killed', 'claimant': 'the NIS'}
    """
    changes: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"expected FIELD=VALUE, got {pair!r}")
        changes[name.strip()] = value
    return changes


def register(app: typer.Typer) -> None:
    @app.command("claims")
    def claims_command(
        db: DbOption = None,
        measure: MeasureOption = None,
        subject: SubjectOption = None,
        claimant: ClaimantOption = None,
        hedge: Annotated[str | None, typer.Option(
            "--hedge", help="asserted, reported, claimed, believed, speculative.")] = None,
        doc: Annotated[str | None, typer.Option("--doc", help="One document's id.")] = None,
        since: Annotated[str | None, typer.Option(
            "--since", help="Published on or after this date (2024-11-01).")] = None,
        until: Annotated[str | None, typer.Option(
            "--until", help="Published on or before this date.")] = None,
        q: Annotated[str | None, typer.Option(
            "--q", "-q", help="Words that must occur in the evidence, claimant or relays.")] = None,
        include_rejected: Annotated[bool, typer.Option(
            "--include-rejected", help="Also list claims a person rejected.")] = False,
        limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most N.")] = None,
        fmt: Annotated[ClaimsFormat, typer.Option(
            "--format", "-f", help="Output format.")] = ClaimsFormat.table,
    ) -> None:
        """List the ledger's claims (current versions), oldest first.

        Example: claimledger claims --measure killed --subject KP --q Yonhap --format jsonl
        """
        from claimledger.report.formats import render

        with open_ledger(database(db, reading=True)) as ledger:
            try:
                found = ledger.claims(measure=measure, subject=subject, claimant=claimant,
                                      hedge=hedge, doc=doc, since=since, until=until, q=q,
                                      include_rejected=include_rejected, limit=limit)
            except ValueError as exc:
                raise fail(str(exc)) from None
        if fmt is ClaimsFormat.jsonl:
            sys.stdout.write("".join(json.dumps(ledger_record(lc), ensure_ascii=False) + "\n"
                                     for lc in found))
        elif fmt is ClaimsFormat.json:
            sys.stdout.write(json.dumps([ledger_record(lc) for lc in found],
                                        ensure_ascii=False, indent=2) + "\n")
        elif fmt is ClaimsFormat.table:
            brief = [c for c in _columns() if c.key in _TABLE_COLUMNS]
            sys.stdout.write(render(found, brief, "table"))
        else:
            sys.stdout.write(render(found, _columns(), fmt.value))

    @app.command("correct")
    def correct_command(
        claim_id: Annotated[str, typer.Argument(help="The claim's id, e.g. nis-2024-12:3.")],
        changes: Annotated[list[str] | None, typer.Argument(
            help="FIELD=VALUE pairs (VALUE null clears a field).")] = None,
        reject: Annotated[bool, typer.Option(
            "--reject", help="The claim is wrong: drop it from estimates and checks.")] = False,
        reason: Annotated[str | None, typer.Option("--reason", help="Why.")] = None,
        author: Annotated[str | None, typer.Option(
            "--author", help="Who (default: your user name).")] = None,
        db: DbOption = None,
    ) -> None:
        """Correct fields of a claim, or reject it; kept with who, when and why.

        Fields: kind, measure, subject, recipient, item, number, number_high, qualifier,
        vague, hedge, claimant, claimant_entity, rejected. low/high follow the figure.

        Example: claimledger correct nis-2024-12:3 number=1100 qualifier=about --reason "release"
        """
        try:
            fields: dict[str, Any] = parse_assignments(changes or [])
        except ValueError as exc:
            raise fail(str(exc)) from None
        if reject:
            fields["rejected"] = True
        if not fields:
            raise fail("give FIELD=VALUE pairs to correct, or --reject")
        who = author or _user()
        with open_ledger(database(db, reading=True)) as ledger:
            try:
                lc = ledger.correct(claim_id, fields, author=who, reason=reason)
            except KeyError as exc:
                raise fail(str(exc.args[0]) if exc.args else f"no claim {claim_id}") from None
            except ValueError as exc:
                raise fail(str(exc)) from None
        state = "rejected" if lc.rejected else "corrected"
        typer.echo(f"{claim_id}: {state} by {who}")


def _user() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None

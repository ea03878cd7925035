"""``claimledger estimates`` and ``claimledger checks``: what the ledger's claims add up to."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from claimledger.cli._common import (
    ClaimantOption,
    DbOption,
    MeasureOption,
    SubjectOption,
    database,
    open_ledger,
)


class EstimateFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    wikitable = "wikitable"


class CheckFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


def register(app: typer.Typer) -> None:
    @app.command("estimates")
    def estimates_command(
        db: DbOption = None,
        measure: MeasureOption = None,
        subject: SubjectOption = None,
        claimant: ClaimantOption = None,
        fmt: Annotated[EstimateFormat, typer.Option(
            "--format", "-f", help="Output format.")] = EstimateFormat.table,
    ) -> None:
        """One row per distinct estimate, with how many independent reports carry it.

        Example: claimledger estimates --measure killed --subject KP --format wikitable
        """
        from claimledger.report.formats import (
            ESTIMATE_BRIEF_COLUMNS,
            ESTIMATE_COLUMNS,
            columns_for,
            render,
        )

        with open_ledger(database(db, reading=True)) as ledger:
            rows = ledger.estimates(measure=measure, subject=subject, claimant=claimant)
        columns = columns_for(fmt.value, ESTIMATE_COLUMNS, ESTIMATE_BRIEF_COLUMNS)
        sys.stdout.write(render(rows, columns, fmt.value))

    @app.command("checks")
    def checks_command(
        db: DbOption = None,
        fmt: Annotated[CheckFormat, typer.Option(
            "--format", "-f", help="Output format.")] = CheckFormat.table,
    ) -> None:
        """Contradictions and agreements between claims, with the words of each.

        Example: claimledger checks --format markdown
        """
        from claimledger.report.formats import CHECK_COLUMNS, render

        with open_ledger(database(db, reading=True)) as ledger:
            found = ledger.checks()
        sys.stdout.write(render(found, CHECK_COLUMNS, fmt.value))

"""``claimledger estimates`` and ``claimledger checks``: what the ledger's claims add up to."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

DEFAULT_DB = "claimledger.db"


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


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


def database(db: str | None) -> str:
    """``--db``, else ``$CLAIMLEDGER_DB``, else ``claimledger.db`` in the current folder."""
    return db or os.environ.get("CLAIMLEDGER_DB") or DEFAULT_DB


@contextmanager
def open_ledger(db: str) -> Iterator[Any]:
    """The ledger at ``db``; a missing file or unreadable database exits with one line."""
    if "://" not in db and not Path(db).is_file():
        # Opening would create an empty ledger and report nothing, which hides the typo.
        raise _fail(f"no ledger at {db} (give --db PATH or set CLAIMLEDGER_DB)")
    from sqlalchemy.exc import SQLAlchemyError

    from claimledger.ledger import Ledger

    try:
        ledger = Ledger(db)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        raise _fail(f"cannot open ledger {db}: {str(exc).splitlines()[0]}") from None
    try:
        yield ledger
    finally:
        close = getattr(ledger, "close", None)
        if close is not None:
            close()


_Db = Annotated[str | None, typer.Option(
    "--db", help="Ledger database (default $CLAIMLEDGER_DB or claimledger.db).")]


def register(app: typer.Typer) -> None:
    @app.command("estimates")
    def estimates_command(
        db: _Db = None,
        measure: Annotated[str | None, typer.Option(
            "--measure", "-m", help="killed, wounded, casualties, ...")] = None,
        subject: Annotated[str | None, typer.Option(
            "--subject", "-s", help="Side, as an ISO code: KP.")] = None,
        claimant: Annotated[str | None, typer.Option(
            "--claimant", "-c", help="Entity id or part of the claimant's words.")] = None,
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

        with open_ledger(database(db)) as ledger:
            rows = ledger.estimates(measure=measure, subject=subject, claimant=claimant)
        columns = columns_for(fmt.value, ESTIMATE_COLUMNS, ESTIMATE_BRIEF_COLUMNS)
        sys.stdout.write(render(rows, columns, fmt.value))

    @app.command("checks")
    def checks_command(
        db: _Db = None,
        fmt: Annotated[CheckFormat, typer.Option(
            "--format", "-f", help="Output format.")] = CheckFormat.table,
    ) -> None:
        """Contradictions and agreements between claims, with the words of each.

        Example: claimledger checks --format markdown
        """
        from claimledger.report.formats import CHECK_COLUMNS, render

        with open_ledger(database(db)) as ledger:
            found = ledger.checks()
        sys.stdout.write(render(found, CHECK_COLUMNS, fmt.value))

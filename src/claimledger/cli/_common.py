"""What the ledger commands share: the one-line failure, where the ledger is, opening
it, and the options every query command takes.

Example:
    >>> database("x.db"), database(None) in ("claimledger.db", os.environ.get("CLAIMLEDGER_DB"))
    ('x.db', True)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

DEFAULT_DB = "claimledger.db"


def fail(message: str) -> typer.Exit:
    """Print ``error: <message>`` on stderr; raise the result to exit with status 1."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


#: What ``make run`` (``claimledger demo``) builds in the current folder.
SAMPLE_DB = "sample.db"


def database(db: str | None, *, reading: bool = False) -> str:
    """``--db``, else ``$CLAIMLEDGER_DB``, else ``claimledger.db`` in the current folder.

    A command that only reads a ledger (``reading``), given no ledger at all, reads the
    ``sample.db`` that ``make run`` built here, and says so: a new user's first
    ``claimledger serve`` shows the sample.
    """
    chosen = db or os.environ.get("CLAIMLEDGER_DB")
    if chosen:
        return chosen
    if reading and not Path(DEFAULT_DB).exists() and Path(SAMPLE_DB).is_file():
        typer.echo(f"note: no {DEFAULT_DB} here; reading {SAMPLE_DB}, which `make run` "
                   f"built (give --db to choose)", err=True)
        return SAMPLE_DB
    return DEFAULT_DB


@contextmanager
def open_ledger(db: str) -> Iterator[Any]:
    """The ledger at ``db``; a missing file or unreadable database exits with one line."""
    if "://" not in db and not Path(db).is_file():
        # Opening would create an empty ledger and report nothing, which hides the typo.
        raise fail(f"no ledger at {db} (give --db PATH or set CLAIMLEDGER_DB)")
    from sqlalchemy.exc import SQLAlchemyError

    from claimledger.ledger import Ledger

    try:
        ledger = Ledger(db)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        raise fail(f"cannot open ledger {db}: {str(exc).splitlines()[0]}") from None
    try:
        yield ledger
    finally:
        ledger.close()


DbOption = Annotated[str | None, typer.Option(
    "--db", help="Ledger database (default $CLAIMLEDGER_DB or claimledger.db).")]
MeasureOption = Annotated[str | None, typer.Option(
    "--measure", "-m", help="killed, wounded, casualties, ...")]
SubjectOption = Annotated[str | None, typer.Option(
    "--subject", "-s", help="Side, as an ISO code: KP.")]
ClaimantOption = Annotated[str | None, typer.Option(
    "--claimant", "-c", help="Entity id or part of the claimant's words.")]

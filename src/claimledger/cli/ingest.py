"""``claimledger ingest``: read articles, extract their claims and store them in the ledger."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimledger.cli._common import database, fail


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_command(
        paths: Annotated[list[str], typer.Argument(
            help="Files, folders (recursive), or - for standard input.")],
        db: Annotated[str | None, typer.Option(
            "--db", help="Ledger database, created if missing "
                         "(default $CLAIMLEDGER_DB or claimledger.db).")] = None,
        processes: Annotated[int, typer.Option(
            "--processes", "-p", min=1, help="Extraction worker processes.")] = 1,
    ) -> None:
        """Store articles and their claims in the ledger; what it holds already is skipped.

        A changed text at the same URL (or id) becomes a new version; syndicated copies
        are linked to their origin. Safe to stop and run again.

        Example: claimledger ingest articles/ feed.xml --db ledger.db --processes 2
        """
        from sqlalchemy.exc import SQLAlchemyError

        from claimledger.ledger import Ledger

        target = database(db)
        if "://" not in target and not Path(target).expanduser().resolve().parent.is_dir():
            raise fail(f"cannot create ledger {target}: its folder does not exist")
        try:
            ledger = Ledger(target)
        except (SQLAlchemyError, OSError, ValueError) as exc:
            raise fail(f"cannot open ledger {target}: {str(exc).splitlines()[0]}") from None
        try:
            report = ledger.ingest(paths, progress=sys.stderr.isatty(), processes=processes,
                                   on_failure=_report_failure)
        except KeyboardInterrupt:
            raise fail("interrupted; documents stored so far are kept, run again to finish"
                        ) from None
        except SQLAlchemyError as exc:
            raise fail(f"ledger {target}: {str(exc).splitlines()[0]}") from None
        finally:
            ledger.close()
        typer.echo(f"{target}: {report.summary()}")
        if report.failures:
            raise typer.Exit(1)


def _report_failure(failure: object) -> None:
    from tqdm import tqdm

    # Through tqdm so the line does not tear a progress bar drawn on the same terminal.
    tqdm.write(f"error: {failure}", file=sys.stderr)

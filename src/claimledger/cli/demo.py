"""``claimledger demo``: the main job on the bundled sample (what ``make run`` does)."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo_command(
        db: Path = typer.Option(Path("sample.db"), "--db", help="SQLite file to create afresh."),
        width: int = typer.Option(160, "--width", help="Table width in characters."),
    ) -> None:
        """Ingest the bundled sample into a fresh SQLite ledger; print claims, estimates, checks.

        Example: claimledger demo --db /tmp/sample.db
        """
        from claimledger.ledger import Ledger
        from claimledger.reconcile.checks import Check
        from claimledger.report.claims import claims_table
        from claimledger.report.formats import CHECK_COLUMNS, ESTIMATE_COLUMNS, render
        from claimledger.sample import sample_articles

        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with Ledger(str(db)) as ledger:
            report = ledger.ingest(sample_articles())
            for failure in report.failures:
                typer.echo(f"error: {failure}", err=True)
            claims = [lc.claim for lc in ledger.claims()]
            typer.echo(f"Ingested {report.added} documents and {report.claims_added} claims into {db}.\n")
            typer.echo("Claims")
            typer.echo(claims_table(claims, width=width))
            typer.echo("Estimates")
            typer.echo(render(ledger.estimates(), ESTIMATE_COLUMNS, "table"))
            checks: list[Check] = ledger.checks()
            typer.echo("Checks")
            typer.echo(render(checks, CHECK_COLUMNS, "table"))

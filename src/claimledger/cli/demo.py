"""``claimledger demo``: the main job on the bundled sample (what ``make run`` does)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo_command(
        db: Annotated[Path, typer.Option(
            "--db", help="SQLite file to create afresh.")] = Path("sample.db"),
        width: Annotated[int, typer.Option(
            "--width", help="Table width in characters.")] = 160,
    ) -> None:
        """Ingest the bundled sample into a fresh SQLite ledger; print claims, estimates, checks.

        Example: claimledger demo --db /tmp/sample.db
        """
        from claimledger.ledger import Ledger
        from claimledger.report.claims import claims_table
        from claimledger.report.formats import (
            CHECK_COLUMNS,
            ESTIMATE_BRIEF_COLUMNS,
            render_table,
        )
        from claimledger.sample import sample_articles

        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with Ledger(str(db)) as ledger:
            report = ledger.ingest(sample_articles())
            for failure in report.failures:
                typer.echo(f"error: {failure}", err=True)
            claims = [lc.claim for lc in ledger.claims()]
            estimates, checks = ledger.estimates(), ledger.checks()
        typer.echo(f"{db}: {report.summary()}\n")
        typer.echo(f"Claims ({len(claims)})")
        typer.echo(claims_table(claims, width=width))
        typer.echo(f"Estimates ({len(estimates)} rows)")
        typer.echo(render_table(estimates, ESTIMATE_BRIEF_COLUMNS, width=width))
        typer.echo(f"Checks ({len(checks)})")
        typer.echo(render_table(checks, CHECK_COLUMNS, width=width))
        typer.echo(f"Explore it: claimledger claims --db {db} --q Yonhap; "
                   f"claimledger estimates --db {db} --subject KP; "
                   f"sqlite3 {db} 'SELECT measure, count(*) FROM claims GROUP BY measure'")
        if report.failures:
            raise typer.Exit(1)

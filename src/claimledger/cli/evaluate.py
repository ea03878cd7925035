"""``claimledger eval``: score the extractor against gold answer keys (``claimledger.evaluate``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from claimledger.cli._common import fail


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        gold: Annotated[
            Path, typer.Option("--gold", help="Folder of <doc>.claims.jsonl gold files.")
        ],
        corpus: Annotated[
            Path, typer.Option("--corpus", help="Folder (or file) of the articles.")
        ],
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        errors: bool = typer.Option(False, "--errors", help="List false positives and negatives."),
    ) -> None:
        """Extract claims from every corpus article that has a gold file and score them,
        claim by claim and as the estimate rows the claims give across the corpus.

        Low scores still exit 0: this is a measurement. Read failures are reported on
        stderr and their documents left out.

        Example: claimledger eval --gold ../shared/gold --corpus ../shared/corpus --errors
        """
        from claimledger.evaluate import GoldError, load_gold, report_table, score
        from claimledger.ingest.readers import ReadFailure, iter_inputs

        if not gold.is_dir():
            raise fail(f"{gold}: no such gold folder")
        if not corpus.exists():
            raise fail(f"{corpus}: no such corpus file or folder")
        try:
            answers = load_gold(gold)
        except GoldError as err:
            raise fail(str(err)) from None
        documents = []
        for item in iter_inputs([corpus]):
            if isinstance(item, ReadFailure):
                typer.echo(f"error: {item}", err=True)
            elif item.id in answers:
                documents.append(item)
        if not documents:
            raise fail(f"no document in {corpus} has a gold file in {gold}")

        from claimledger.evaluate_rows import rows_line, score_rows
        from claimledger.extract import Extractor

        predicted = {
            doc.id: [claim.to_dict() for claim in claims]
            for doc, claims in Extractor().pipe(documents)
        }
        report = score(predicted, answers, {doc.id: doc.text for doc in documents})
        rows = score_rows(predicted, answers, {doc.id: doc for doc in documents})
        if as_json:
            data = report.to_dict(errors=errors)
            data["estimate_rows"] = rows.to_dict(errors=errors)
            typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            typer.echo(report_table(report, errors=errors))
            typer.echo(rows_line(rows, errors=errors))

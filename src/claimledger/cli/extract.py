"""``claimledger extract``: claims from articles, without a ledger."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated

import typer

from claimledger.records import Document


class ClaimFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"


def documents_reporting_failures(
    paths: Iterable[str], failures: list[str]
) -> Iterator[Document]:
    """Read inputs lazily; each bad one is reported on stderr as it is met."""
    from claimledger.ingest.readers import ReadFailure, iter_inputs

    for item in iter_inputs(paths):
        if isinstance(item, ReadFailure):
            failures.append(str(item))
            typer.echo(f"error: {item}", err=True)
        else:
            yield item


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_command(
        paths: Annotated[list[str], typer.Argument(
            help="Files, folders, or - for standard input.")],
        fmt: Annotated[ClaimFormat, typer.Option(
            "--format", "-f", help="Output format.")] = ClaimFormat.jsonl,
        processes: Annotated[int, typer.Option(
            "--processes", "-p", min=1, help="Worker processes.")] = 1,
    ) -> None:
        """Extract every claim from articles and print them.

        Example: claimledger extract ../shared/corpus --format table
        """
        from claimledger.extract import Extractor
        from claimledger.ingest.failures import extraction_failure
        from claimledger.report.claims import FORMATS, claims_jsonl

        failures: list[str] = []
        documents = documents_reporting_failures(paths, failures)

        def report_error(document: Document, error: Exception) -> None:
            failure = extraction_failure(document.source or document.id, error)
            failures.append(str(failure))
            typer.echo(f"error: {failure}", err=True)

        results = Extractor().pipe(documents, n_process=processes, on_error=report_error)
        if fmt is ClaimFormat.jsonl:
            for _document, found in results:  # stream: one article at a time
                sys.stdout.write(claims_jsonl(found))
                sys.stdout.flush()
        else:
            claims = [claim for _document, found in results for claim in found]
            sys.stdout.write(FORMATS[fmt.value](claims))
        if failures:
            raise typer.Exit(1)

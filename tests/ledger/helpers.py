"""Documents and claims made by hand from short texts of our own, so ledger tests run
without the spaCy pipeline (``Ledger.ingest_extracted``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimledger.reconcile.intervals import schema_interval
from claimledger.records import Claim, Document, TextSpan

#: Three short invented reports; the second is a lightly edited copy of the first.
WIRE = (
    "Harbour officials said 40 fishermen were missing after the storm on Tuesday, "
    "according to the coast guard. Rescue boats searched the northern bay all night "
    "and found two empty rafts near the old lighthouse, the officials said. The port "
    "stays closed until the weather clears and the harbour master expects more news "
    "by Thursday morning."
)
WIRE_COPY = "Storm at sea: " + WIRE + " (Reporting by the Gull Agency.)"
OTHER = (
    "The Kestrel Institute estimated that about 300 soldiers were killed in the valley, "
    "while the ministry said at least 120 had died. Kestrel also counted 15 tanks lost."
)


def span(text: str, words: str, entity: str | None = None, after: int = 0) -> TextSpan:
    start = text.index(words, after)
    return TextSpan(words, start, start + len(words), entity)


def document(doc_id: str, text: str, *, url: str | None = None, date: str | None = None,
             outlet: str | None = "Test Wire", title: str | None = None) -> Document:
    return Document(id=doc_id, text=text, url=url, title=title or f"Title of {doc_id}",
                    date=date, outlet=outlet, source=f"{doc_id}.json", meta={"format": "json"})


def claim(doc: Document, n: int, evidence: str, *, measure: str = "killed",
          number: int | float | None = None, qualifier: str | None = "exact",
          number_words: str | None = None, claimant: str | None = None,
          entity: str | None = None, via: tuple[str, ...] = (), subject: str | None = "KP",
          item: str | None = None, vague: str | None = None, hedge: str = "reported",
          location: str | None = None, period: str | None = None, kind: str = "quantity",
          number_high: int | None = None, recipient: str | None = None,
          hedge_cue: str | None = None) -> Claim:
    """Claim ``n`` of ``doc``; every span is found in the document's text."""
    text = doc.text
    ev = span(text, evidence)
    low, high = schema_interval(qualifier, number, number_high, vague) if kind == "quantity" \
        else (None, None)
    return Claim(
        doc=doc.id, claim_id=f"{doc.id}:{n}", kind=kind, measure=measure, evidence=ev,
        subject=subject, recipient=recipient, item=item, number=number, number_high=number_high,
        qualifier=qualifier if kind == "quantity" else None, vague=vague,
        number_span=span(text, number_words, after=ev.start) if number_words else None,
        low=low, high=high, hedge=hedge,
        claimant=span(text, claimant, entity) if claimant else None,
        via=tuple(span(text, v) for v in via),
        location=span(text, location) if location else None,
        period=span(text, period) if period else None,
        hedge_cue=span(text, hedge_cue) if hedge_cue else None,
    )


def wire_claims(doc: Document) -> list[Claim]:
    return [claim(doc, 1, "40 fishermen were missing", measure="missing", number=40,
                  number_words="40", claimant="Harbour officials", via=("the coast guard",),
                  subject="XA", hedge="reported", period="on Tuesday")]


def other_claims(doc: Document) -> list[Claim]:
    return [
        claim(doc, 1, "about 300 soldiers were killed", number=300, qualifier="about",
              number_words="300", claimant="The Kestrel Institute", subject="XB",
              location="in the valley", hedge="believed", hedge_cue="estimated"),
        claim(doc, 2, "at least 120 had died", number=120, qualifier="at_least",
              number_words="120", claimant="the ministry", entity="XB:mod", subject="XB"),
        claim(doc, 3, "15 tanks lost", measure="materiel", number=15, number_words="15",
              claimant="Kestrel", subject="XB", item="tanks"),
    ]


# ---------------------------------------------------------------- backends

PG_URL = os.environ.get("CLAIMLEDGER_TEST_PG_URL")

#: Ledger tests that take ``backend`` run on SQLite and, where a server is given in
#: ``$CLAIMLEDGER_TEST_PG_URL`` (``.ci/run`` starts one), on PostgreSQL: one database
#: per test worker, wiped before each use.
BACKENDS = [pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]


def postgres_url() -> str:
    """This worker's own test database on the server (created on first use)."""
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CLAIMLEDGER_TEST_PG_URL is not set: .ci/run starts PostgreSQL for CI")
        pytest.skip("set CLAIMLEDGER_TEST_PG_URL to run against PostgreSQL")
    import sqlalchemy as sa

    from claimledger.store.engine import create_engine
    from claimledger.store.schema import metadata

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    url = sa.engine.make_url(PG_URL)
    if worker:
        url = url.set(database=f"{url.database}_{worker}")
        admin = create_engine(PG_URL).execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": url.database}).first()
            if not exists:
                conn.exec_driver_sql(f'CREATE DATABASE "{url.database}"')
        admin.dispose()
    text = url.render_as_string(hide_password=False)
    engine = create_engine(text)
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine.dispose()
    return text


def ledger_location(backend: str, folder: Path) -> str:
    """Where a fresh, empty ledger for ``backend`` lives: a file, or a wiped database."""
    return str(folder / "ledger.db") if backend == "sqlite" else postgres_url()

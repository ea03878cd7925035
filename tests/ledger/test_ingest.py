"""Ingest rules over hand-made claims: idempotent, versions kept, copies linked, names given ids."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.ledger.helpers import (
    OTHER,
    WIRE,
    WIRE_COPY,
    claim,
    document,
    other_claims,
    wire_claims,
)

from claimledger.ledger import Ledger


@pytest.fixture
def ledger(tmp_path):
    with Ledger(str(tmp_path / "ledger.db")) as opened:
        yield opened


def _pairs():
    wire = document("wire-1", WIRE, url="https://example.org/wire-1", date="2025-03-04")
    other = document("other-1", OTHER, url="https://example.org/other-1", date="2025-03-05")
    return [(wire, wire_claims(wire)), (other, other_claims(other))]


def test_ingesting_twice_adds_nothing(ledger):
    first = ledger.ingest_extracted(_pairs())
    assert (first.added, first.claims_added, first.unchanged) == (2, 4, 0)
    revision = ledger.revision
    second = ledger.ingest_extracted(_pairs())
    assert (second.added, second.new_versions, second.claims_added, second.unchanged) == \
        (0, 0, 0, 2)
    assert ledger.count_documents() == 2 and ledger.count_claims() == 4
    assert ledger.revision == revision  # nothing written at all


def test_same_document_twice_in_one_run_is_stored_once(ledger):
    pairs = _pairs()
    report = ledger.ingest_extracted(pairs + pairs)
    assert (report.added, report.unchanged) == (2, 2)
    assert ledger.count_claims() == 4


def test_changed_text_at_the_same_url_is_a_new_version_and_the_old_is_kept(ledger):
    ledger.ingest_extracted(_pairs())
    revised_text = WIRE.replace("40 fishermen", "45 fishermen")
    # Another file name, same URL: still the same article.
    revised = document("wire-1-update", revised_text, url="https://example.org/wire-1",
                       date="2025-03-04")
    found = [replace(c, number=45, low=45, high=45, evidence=replace(
        c.evidence, text=c.evidence.text.replace("40", "45"))) for c in wire_claims(
        document("wire-1-update", WIRE))]
    report = ledger.ingest_extracted([(revised, found)])
    assert (report.added, report.new_versions, report.claims_added) == (0, 1, 1)
    (info,) = [d for d in ledger.documents() if d.id == "wire-1"]
    assert info.version == 2
    assert ledger.document("wire-1").text == revised_text
    (current,) = ledger.claims(doc="wire-1")
    assert current.claim.number == 45 and current.claim.claim_id == "wire-1:1"
    # The old version and its claims stay stored, but are not current.
    import sqlalchemy as sa

    from claimledger.store.schema import claims, documents
    with ledger.engine.connect() as conn:
        versions = conn.execute(sa.select(documents.c.version, documents.c.current)
                                .where(documents.c.id == "wire-1")
                                .order_by(documents.c.version)).all()
        old = conn.execute(sa.select(claims.c.number).where(
            claims.c.doc == "wire-1", claims.c.version == 1)).scalars().all()
    assert [tuple(v) for v in versions] == [(1, False), (2, True)]
    assert old == [40]
    # And the new version, given again, adds nothing.
    again = ledger.ingest_extracted([(revised, found)])
    assert (again.unchanged, again.new_versions) == (1, 0)


def test_changed_text_under_the_same_id_is_a_new_version(ledger):
    doc = document("note", "Three boats sank.")
    ledger.ingest_extracted([(doc, [])])
    report = ledger.ingest_extracted([(replace(doc, text="Four boats sank."), [])])
    assert report.new_versions == 1
    assert ledger.documents()[0].version == 2


def test_same_file_name_for_another_article_gets_its_own_id(ledger):
    a = document("article", "Three boats sank.", url="https://example.org/a")
    b = document("article", "Nine trucks burned.", url="https://example.org/b")
    report = ledger.ingest_extracted([(a, []), (b, [])])
    assert report.added == 2
    assert sorted(d.id for d in ledger.documents()) == ["article", "article-2"]
    assert ledger.ingest_extracted([(a, []), (b, [])]).unchanged == 2


def test_syndicated_copy_is_linked_to_its_origin(ledger):
    wire = document("wire-1", WIRE, url="https://example.org/wire-1", date="2025-03-04")
    copy = document("copy-1", WIRE_COPY, url="https://other.example.net/copy",
                    date="2025-03-05", outlet="Other Paper")
    report = ledger.ingest_extracted([(wire, wire_claims(wire)), (copy, wire_claims(copy))])
    assert (report.added, report.duplicates) == (2, 1)
    docs = {d.id: d for d in ledger.documents()}
    assert docs["copy-1"].origin_doc == "wire-1" and docs["wire-1"].origin_doc is None
    found = ledger.claims()
    assert [lc.independent_reports for lc in found] == [1, 1]
    assert [lc.origin_doc for lc in found] == [None, "wire-1"]
    (row,) = ledger.estimates()
    assert row.independent_reports == 1 and len(row.claim_ids) == 2


def test_copy_published_first_becomes_the_origin(ledger):
    late = document("wire-late", WIRE, url="https://example.org/late", date="2025-03-09")
    early = document("wire-early", WIRE_COPY, url="https://example.org/early",
                     date="2025-03-01")
    ledger.ingest_extracted([(late, [])])
    ledger.ingest_extracted([(early, [])])
    docs = {d.id: d for d in ledger.documents()}
    assert docs["wire-early"].origin_doc is None
    assert docs["wire-late"].origin_doc == "wire-early"


def test_near_duplicates_are_found_across_runs(tmp_path):
    path = str(tmp_path / "runs.db")
    wire = document("wire-1", WIRE, url="https://example.org/wire-1", date="2025-03-04")
    with Ledger(path) as first:
        first.ingest_extracted([(wire, wire_claims(wire))])
    copy = document("copy-1", WIRE_COPY, url="https://other.example.net/c", date="2025-03-05")
    with Ledger(path) as second:
        assert second.ingest_extracted([(copy, wire_claims(copy))]).duplicates == 1
        assert second.claims()[1].origin_doc == "wire-1"


def test_an_unrelated_article_is_not_a_copy(ledger):
    report = ledger.ingest_extracted(_pairs())
    assert report.duplicates == 0


def test_unknown_claimants_get_stable_ids_across_documents_and_runs(tmp_path):
    path = str(tmp_path / "names.db")
    other = document("other-1", OTHER, date="2025-03-05")
    with Ledger(path) as ledger:
        ledger.ingest_extracted([(other, other_claims(other))])
        ids = [lc.claim.claimant.entity for lc in ledger.claims()]
    assert ids[0].startswith("~") and ids[0] == ids[2]  # "The Kestrel Institute", "Kestrel"
    assert ids[1] == "XB:mod"  # given by the registry (here: by hand) stays
    text = "Kestrel Institute analysts counted 9 helicopters destroyed."
    later = document("other-2", text, date="2025-03-08")
    found = [claim(later, 1, "9 helicopters destroyed", measure="materiel", number=9,
                   claimant="Kestrel Institute analysts", subject="XB", item="helicopters")]
    with Ledger(path) as ledger:
        ledger.ingest_extracted([(later, found)])
        (lc,) = ledger.claims(doc="other-2")
        assert lc.claim.claimant.entity == ids[0]
        stored = {c.entity for c in ledger.claimants()}
    assert ids[0] in stored


def test_unknown_names_are_stored_in_entities_and_aliases(ledger):
    import sqlalchemy as sa

    from claimledger.store.schema import aliases, entities
    ledger.ingest_extracted(_pairs())
    with ledger.engine.connect() as conn:
        unknown = conn.execute(sa.select(entities.c.id, entities.c.name)
                               .where(entities.c.source == "unknown")).all()
        names = conn.execute(sa.select(aliases.c.alias).where(
            aliases.c.entity_id.in_([u.id for u in unknown]))).scalars().all()
        registry = conn.execute(sa.select(sa.func.count()).select_from(entities)
                                .where(entities.c.source == "registry")).scalar()
    assert {"Harbour officials", "The Kestrel Institute", "Kestrel"} <= set(names)
    assert registry > 0


def test_report_summary_is_one_line(ledger):
    report = ledger.ingest_extracted(_pairs())
    assert report.summary() == ("added 2 documents (4 claims); 0 unchanged, 0 new versions, "
                                "0 near-duplicate copies")

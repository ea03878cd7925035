"""The public extraction API: one text, many documents, and worker processes."""

from __future__ import annotations

import pytest

from claimledger import extract
from claimledger.extract import Extractor
from claimledger.records import Claim, Document

DOCS = [
    Document("a", "Kyiv said 40 North Korean soldiers were killed."),
    Document("b", "No figures were given today."),
    Document("c", "Seoul said the North sent 3,000 troops and 20 rocket launchers to Russia."),
]


def test_extract_accepts_plain_text(nlp):
    [claim] = extract("Kyiv said 40 North Korean soldiers were killed.", nlp=nlp)
    assert (claim.doc, claim.claim_id) == ("text", "text:1")


def test_pipe_keeps_input_order_and_ids(nlp):
    results = list(Extractor(nlp).pipe(DOCS))
    assert [d.id for d, _ in results] == ["a", "b", "c"]
    assert [len(c) for _, c in results] == [1, 0, 2]
    assert all(c.doc == d.id for d, claims in results for c in claims)


def test_record_round_trips_through_dict(nlp):
    for claim in extract(DOCS[2], nlp=nlp):
        assert Claim.from_dict(claim.to_dict()) == claim


@pytest.mark.slow
def test_two_processes_give_the_same_claims(nlp):
    one = [(d.id, [c.to_dict() for c in cs]) for d, cs in Extractor(nlp).pipe(DOCS)]
    two = [(d.id, [c.to_dict() for c in cs]) for d, cs in Extractor(nlp).pipe(DOCS, n_process=2)]
    assert one == two


def test_public_extract_still_calls_after_the_package_is_imported(nlp):
    """Importing ``claimledger.extract.<module>`` rebinds ``claimledger.extract`` to the
    package; the package answers a call like the function."""
    import claimledger
    import claimledger.extract.numbers  # noqa: F401

    [claim] = claimledger.extract("Kyiv said 40 North Korean soldiers were killed.", nlp=nlp)
    assert claim.number == 40

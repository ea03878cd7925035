"""A statement reproduced in full is its author's, carried by whoever published it."""

from __future__ import annotations

from tests.extract.helpers import claims_in

_TEXT = (
    "Eastwatch Translations\n\n"
    "The following is the full text of a statement by the Belarusian defence council, "
    "as carried by the BelTA news agency on 3 May.\n\n"
    "---\n\n"
    "Units of the Belarusian army were dispatched to the Bryansk region of Russia. "
    "Our soldiers have killed 300 Ukrainian troops.\n\n"
    "---\n\n"
    "Kyiv said 40 Belarusian soldiers had been captured.\n"
)


def test_claims_inside_the_statement_are_its_authors_with_the_carrier_as_relay(nlp):
    inside = [c for c in claims_in(_TEXT, nlp) if "---" not in c.evidence.text]
    inside = [c for c in inside if c.evidence.start < _TEXT.rindex("---")]
    assert inside, "the statement's claims"
    for claim in inside:
        assert claim.claimant is not None
        assert claim.claimant.text == "the Belarusian defence council"
        assert [v.text for v in claim.via] == ["the BelTA news agency"]
        assert claim.hedge == "reported"


def test_claims_after_the_closing_separator_keep_their_own_source(nlp):
    after = [c for c in claims_in(_TEXT, nlp) if c.evidence.start > _TEXT.rindex("---")]
    assert [(c.number, c.claimant.text if c.claimant else None) for c in after] == [(40, "Kyiv")]

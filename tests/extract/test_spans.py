"""Spans: every offset indexes the text exactly; location, period and evidence."""

from __future__ import annotations

from tests.extract.helpers import claims_in, only

TEXT = (
    "Kyiv says North Korea lost troops.\n"
    "A Ukrainian unit claimed to have killed 30 and wounded 25 North Korean soldiers "
    "in two days in the Kursk region, reported Ukrinform.\n"
    "“There are signs of North Korea supplying more shells,” an official said.\n"
)


def test_offsets_index_the_text(nlp):
    for claim in claims_in(TEXT, nlp):
        record = claim.to_dict()
        for key in ("number_span", "claimant", "location", "period", "evidence", "hedge_cue"):
            span = record[key]
            if span is not None:
                assert TEXT[span["start"] : span["end"]] == span["text"], key
        for span in record["via"]:
            assert TEXT[span["start"] : span["end"]] == span["text"]


def test_period_and_location(nlp):
    claim = only(
        "A Ukrainian unit said it killed 30 North Korean soldiers in two days in the Kursk region.",
        nlp,
    )
    assert claim.period is not None and claim.period.text == "two days"
    assert claim.location is not None and "Kursk" in claim.location.text


def test_evidence_holds_the_figure_and_its_cue(nlp):
    claim = only("Seoul said 100 North Koreans were believed to have been killed.", nlp)
    assert "100" in claim.evidence.text and "killed" in claim.evidence.text


def test_claim_ids_follow_text_order(nlp):
    from claimledger.extract import extract
    from claimledger.records import Document

    found = extract(Document(id="d1", text=TEXT), nlp=nlp)
    assert [c.claim_id for c in found] == [f"d1:{n}" for n in range(1, len(found) + 1)]
    assert all(c.doc == "d1" for c in found)

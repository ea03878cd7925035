"""A person's corrections: applied to queries, estimates and checks; kept with who/when/why."""

from __future__ import annotations

import pytest
from tests.ledger.helpers import (
    BACKENDS,
    OTHER,
    claim,
    document,
    ledger_location,
    other_claims,
)

from claimledger.ledger import Ledger


@pytest.fixture(params=BACKENDS)
def ledger(request, tmp_path):
    other = document("other-1", OTHER, url="https://example.org/other-1", date="2025-03-05")
    with Ledger(ledger_location(request.param, tmp_path)) as opened:
        opened.ingest_extracted([(other, other_claims(other))])
        yield opened


def test_correction_changes_the_claim_and_its_interval(ledger):
    lc = ledger.correct("other-1:2", {"number": "1,200", "qualifier": "more_than"},
                        author="ana", reason="the ministry's release says more than 1,200")
    assert (lc.claim.number, lc.claim.qualifier, lc.claim.low, lc.claim.high) == \
        (1200, "more_than", 1200, None)
    assert lc.corrected and not lc.rejected
    assert ledger.claim("other-1:2").claim.number == 1200
    assert "more than 1,200" in [r.figure for r in ledger.estimates(measure="killed")]


def test_corrections_are_kept_with_who_when_and_why(ledger):
    ledger.correct("other-1:2", {"number": 1200}, author="ana", reason="release")
    ledger.correct("other-1:2", {"subject": "xa"}, author="ben")
    found = ledger.corrections("other-1:2")
    assert [(c.field, c.old_value, c.new_value, c.author, c.reason) for c in found] == [
        ("number", "120", "1200", "ana", "release"),
        ("subject", "XB", "XA", "ben", None),
    ]
    assert all(c.created_at[:4].isdigit() and not c.rejected for c in found)
    assert ledger.corrections() == found


def test_reject_drops_the_claim_from_listings_estimates_and_checks(ledger):
    before = ledger.estimates(measure="killed")
    lc = ledger.reject("other-1:1", author="ana", reason="a model projection, not a count")
    assert lc.rejected
    assert "other-1:1" not in [x.claim.claim_id for x in ledger.claims()]
    assert "other-1:1" in [x.claim.claim_id for x in ledger.claims(include_rejected=True)]
    after = ledger.estimates(measure="killed")
    assert len(after) == len(before) - 1
    assert all("other-1:1" not in c.claim_ids for c in ledger.checks())
    (c,) = ledger.corrections("other-1:1")
    assert (c.field, c.rejected, c.new_value, c.reason) == \
        ("rejected", True, "true", "a model projection, not a count")
    undone = ledger.correct("other-1:1", {"rejected": "false"}, author="ana")
    assert not undone.rejected and ledger.count_claims() == 3


def test_changing_the_claimant_moves_the_claim_to_that_claimant(ledger):
    lc = ledger.correct("other-1:3", {"claimant": "the ministry",
                                      "claimant_entity": "XB:mod"})
    assert lc.claim.claimant.text == "the ministry"
    assert lc.claim.claimant.entity == "XB:mod"
    assert OTHER[lc.claim.claimant.start:lc.claim.claimant.end] == "the ministry"
    assert [x.claim.claim_id for x in ledger.claims(claimant="XB:mod")] == \
        ["other-1:2", "other-1:3"]


def test_words_not_in_the_text_get_no_offsets(ledger):
    lc = ledger.correct("other-1:3", {"claimant": "Gull Agency"})
    assert (lc.claim.claimant.start, lc.claim.claimant.end) == (-1, -1)
    assert lc.claim.claimant.entity  # registry id or a stable unknown-name id


def test_unchanged_value_writes_nothing(ledger):
    revision = ledger.revision
    ledger.correct("other-1:2", {"number": "120"})
    assert ledger.revision == revision and ledger.corrections() == []


def test_unknown_claim_is_a_key_error(ledger):
    with pytest.raises(KeyError):
        ledger.correct("other-1:99", {"number": 1})


@pytest.mark.parametrize(("changes", "message"), [
    ({"colour": "red"}, "unknown field 'colour'; fields that can be corrected: kind, measure"),
    ({"measure": "eaten"}, "unknown measure 'eaten'; choose from killed"),
    ({"qualifier": "roughly"}, "unknown qualifier 'roughly'"),
    ({"hedge": "sure"}, "unknown hedge 'sure'"),
    ({"kind": "rumour"}, "unknown kind 'rumour'"),
    ({"number": "many"}, "number must be a number, not 'many'"),
    ({"number": "-3"}, "number must be a number of zero or more"),
    ({"subject": "North Korea"}, "subject must be a two-letter country code like KP"),
    ({"measure": ""}, "measure cannot be empty"),
    ({"qualifier": "range"}, "a range needs number_high"),
    ({"rejected": "perhaps"}, "rejected must be true or false"),
    ({}, "give at least one FIELD=VALUE to correct"),
])
def test_bad_corrections_are_one_line_value_errors(ledger, changes, message):
    with pytest.raises(ValueError) as info:
        ledger.correct("other-1:2", changes)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert ledger.corrections() == []


def test_clearing_a_field(ledger):
    lc = ledger.correct("other-1:3", {"item": "null"})
    assert lc.claim.item is None
    (c,) = ledger.corrections()
    assert (c.old_value, c.new_value) == ("tanks", None)


def test_vague_figure_gets_the_schema_interval(ledger):
    lc = ledger.correct("other-1:2", {"qualifier": "vague", "vague": "dozens", "number": None})
    assert (lc.claim.low, lc.claim.high) == (24, 99)


def _updated_other() -> tuple:
    """The same article updated at its URL: one sentence added at the start, so every
    offset moves and the claims are extracted afresh."""
    text = "Fighting went on through the night. " + OTHER
    doc = document("other-1", text, url="https://example.org/other-1", date="2025-03-05")
    return doc, other_claims(doc)


def test_fixes_carry_over_to_the_same_claims_of_an_updated_article(ledger):
    ledger.correct("other-1:2", {"number": "1,200"}, author="ana", reason="release")
    ledger.reject("other-1:1", author="ben", reason="a projection")
    report = ledger.ingest_extracted([_updated_other()])
    assert report.new_versions == 1

    fixed = ledger.claim("other-1:2")
    assert fixed.claim.number == 1200 and fixed.corrected
    assert fixed.claim.evidence.start == OTHER.index("at least 120") + 36  # the new text's
    assert ledger.claim("other-1:1").rejected
    assert "other-1:1" not in [x.claim.claim_id for x in ledger.claims()]
    untouched = ledger.claim("other-1:3")
    assert not untouched.corrected and untouched.claim.number == 15

    carried = [c for c in ledger.corrections("other-1:2") if c.version == 2]
    assert [(c.field, c.old_value, c.new_value, c.author) for c in carried] == \
        [("number", "120", "1200", "ana")]
    assert carried[0].reason == "carried over from version 1: release"


def test_a_claim_whose_sentence_changed_starts_uncorrected(ledger):
    ledger.correct("other-1:2", {"number": "1,200"}, author="ana")
    text = OTHER.replace("at least 120 had died", "at least 130 had died")
    doc = document("other-1", text, url="https://example.org/other-1", date="2025-03-05")
    found = [claim(doc, 1, "15 tanks lost", measure="materiel", number=15, number_words="15",
                   claimant="Kestrel", subject="XB", item="tanks"),
             claim(doc, 2, "at least 130 had died", number=130, qualifier="at_least",
                   number_words="130", claimant="the ministry", subject="XB")]
    ledger.ingest_extracted([(doc, found)])
    fresh = ledger.claim("other-1:2")
    assert fresh.claim.number == 130 and not fresh.corrected

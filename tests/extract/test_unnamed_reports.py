"""Reports no one is named to have made: they hedge a claim as reported without naming
a claimant ("after reports that …"), and a speaker who calls them false denies them
("called reports that … a provocation"). Every text is ours."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in, quantities


def test_reports_that_hedge_as_reported_with_no_claimant(nlp):
    """ "after reports that up to 4,000 … had been killed": reported, by no one named."""
    text = "The meeting comes after reports that up to 4,000 North Korean troops had been killed."
    claim = quantities(text, nlp)[0]
    assert (claim.number, claim.hedge, claim.claimant) == (4_000, "reported", None)


def test_a_possessed_report_keeps_its_owner(nlp):
    """ "The ministry's reports that 300 soldiers died": the ministry reports it."""
    claim = quantities("The ministry's reports that 300 soldiers died were confirmed.", nlp)[0]
    assert claim.claimant is not None and claim.claimant.text.startswith("The ministry")


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("an event called a provocation",
         'Minsk called reports that it had handed over T-72 tanks from storage a "provocation".'),
        ("a figure called a lie",
         "Moscow called reports that 40 North Korean soldiers had been captured a lie."),
    ],
)
def test_reports_called_false_are_denied(nlp, case, text):
    assert claims_in(text, nlp) == [], case


def test_reports_called_credible_still_claim(nlp):
    text = "Kyiv called reports that 300 drones had been sent to Russia credible."
    assert [c.number for c in quantities(text, nlp)] == [300]

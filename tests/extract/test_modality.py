"""Forecasts (a modal on a future movement) are not claims; speculation about now is."""

from __future__ import annotations

from tests.extract.helpers import claims_in, quantities


def test_modal_on_future_sending_is_a_forecast_not_a_claim(nlp):
    text = "Analysts think the regime could send up to 4,000 more soldiers by the autumn."
    assert quantities(text, nlp) == []


def test_modal_on_future_arrival_is_a_forecast_not_a_claim(nlp):
    text = "Another 9,000 troops could arrive next spring, a colonel told the radio station."
    assert quantities(text, nlp) == []


def test_modal_on_starting_to_supply_is_a_forecast_not_an_event(nlp):
    text = "Diplomats said the North could begin shipping rocket launchers to Moscow."
    assert claims_in(text, nlp) == []


def test_signs_that_supply_could_start_are_a_speculative_event(nlp):
    text = "Diplomats found signs that the North could begin shipping rocket launchers to Moscow."
    [event] = claims_in(text, nlp)
    assert (event.kind, event.item, event.hedge) == ("event", "rocket launchers", "speculative")


def test_modal_perfect_is_a_speculative_claim_about_the_past(nlp):
    claim = quantities("Officials said 2,500 soldiers may have been sent to the front.", nlp)[0]
    assert (claim.measure, claim.number, claim.hedge) == ("personnel", 2500, "speculative")


def test_a_conjunct_with_its_own_tense_escapes_the_modal_before_it(nlp):
    text = "Diplomats said the North may send more troops and has already shipped howitzers."
    [event] = claims_in(text, nlp)
    assert (event.kind, event.measure, event.item, event.hedge) == (
        "event", "materiel", "howitzers", "reported")


def test_a_conjunct_without_its_own_tense_shares_the_modal(nlp):
    text = "Diplomats said the North may send more troops and ship howitzers."
    assert claims_in(text, nlp) == []

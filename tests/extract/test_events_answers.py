"""Event claims in transcript answers and events a figure right after them restates."""

from __future__ import annotations

from tests.extract.helpers import claims_in

INTERVIEW = (
    "The drone war: an interview\n\n"
    "Major Petro Hai commands an air defence unit near Odesa. He spoke to us in April.\n\n"
    "Q: What is Iran sending to Russia besides drones?\n\n"
    "A: Shells, first of all: 300,000 rounds, by our estimate. Also Fath-360 missiles and "
    "Shahed engines. Russia has fired at least 40 Fath-360s at our ports.\n"
)


def _events(text, nlp):
    return [(c.item, c.subject) for c in claims_in(text, nlp) if c.kind == "event"]


def test_a_verbless_answer_to_a_supply_question_names_supplies(nlp):
    found = _events(INTERVIEW, nlp)
    assert any(item and "missiles" in item and side == "IR" for item, side in found), found
    assert any(item and "engines" in item.lower() for item, _ in found), found


def test_materiel_an_answer_says_was_fired_is_not_supplied(nlp):
    found = [c for c in claims_in(INTERVIEW, nlp) if c.kind == "quantity"]
    assert [c.number for c in found] == [300_000]


def test_a_supply_restated_with_a_figure_right_after_it_is_one_claim(nlp):
    found = _events(INTERVIEW, nlp)
    assert all("shell" not in (item or "") for item, _ in found), found


def test_an_appositive_figure_restates_the_supply(nlp):
    text = "Belarus supplies ammunition from its old stocks, tens of thousands of shells a year."
    assert _events(text, nlp) == []

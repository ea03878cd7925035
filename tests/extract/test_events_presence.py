"""Events: troops of a side not at war present somewhere; materiel seen arriving."""

from __future__ import annotations

from tests.extract.helpers import claims_in


def _events(text, nlp):
    return [(c.measure, c.subject, c.hedge) for c in claims_in(text, nlp) if c.kind == "event"]


def test_troops_of_a_third_side_who_spent_a_season_somewhere_were_there(nlp):
    text = "Beyond the river, local commanders say, North Korean infantry spent the winter."
    assert _events(text, nlp) == [("personnel", "KP", "reported")]


def test_technicians_who_may_be_working_at_a_plant_are_there(nlp):
    text = 'An analyst said Iranian technicians "may still be working" at the plant in Kazan.'
    assert _events(text, nlp) == [("personnel", "IR", "speculative")]


def test_troops_of_a_side_at_war_at_home_are_no_event(nlp):
    assert _events("Ukrainian soldiers spent the winter in the trenches.", nlp) == []


def test_materiel_seen_arriving_in_another_side_was_supplied(nlp):
    text = "Satellite images show North Korean shells arriving at a Russian port."
    found = [c for c in claims_in(text, nlp) if c.kind == "event"]
    assert [(c.measure, c.subject, c.recipient) for c in found] == [("materiel", "KP", "RU")]


def test_materiel_arriving_at_the_front_is_no_supply(nlp):
    assert _events("Shells arriving at the front are quickly used.", nlp) == []


def test_its_part_is_the_part_of_the_weapon_named_before(nlp):
    text = (
        "Investigators say most of the drone's electronic parts were made in China, and its "
        "guidance board appears to have been shipped to Russia from Shenzhen."
    )
    found = [c.item for c in claims_in(text, nlp) if c.kind == "event"]
    assert found == ["drone guidance board"]


def test_an_amount_compared_with_than_tells_of_no_delivery(nlp):
    text = "Iran has now sent Russia more drones than China has sold it, a researcher said."
    assert _events(text, nlp) == []


def test_more_of_a_supply_in_the_past_stays_a_fact(nlp):
    assert [m for m, _, _ in _events("The North sent more Koksan guns to Russia.", nlp)] == [
        "materiel"
    ]


def test_more_than_expected_is_still_a_delivery(nlp):
    assert [m for m, _, _ in _events("Iran sent more drones to Russia than expected.", nlp)] == [
        "materiel"
    ]


def test_troops_named_with_the_speakers_possessive_are_the_speakers_side(nlp):
    text = ("Seoul's spy agency questioned a North Korean corporal held in Kyiv. According "
            "to the agency, the corporal said his unit had been deployed to the Kursk region "
            "in May.")
    events = [c for c in claims_in(text, nlp) if c.kind == "event"]
    assert [(e.measure, e.subject) for e in events] == [("personnel", "KP")]


def test_troops_of_a_third_side_fighting_on_the_front_line_in_a_place_are_there(nlp):
    events = [c for c in claims_in("Belarusian soldiers are now fighting on the front line in "
                                   "the Kursk region, the ministry said.", nlp)
              if c.kind == "event"]
    assert [(e.measure, e.subject) for e in events] == [("personnel", "BY")]

"""Event claims, sixth round: general constructions of supply and deployment."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def events(text, nlp):
    return [c for c in claims_in(text, nlp) if c.kind == "event"]


@pytest.mark.parametrize(
    ("text", "measure", "subject"),
    [
        ("Russia may be supplying Iran with air defence radars in return.", "materiel", "RU"),
        ("Iran might be receiving Russian Su-35 fighter jets in exchange.", "materiel", "RU"),
        ("Belarus could be sending drones to Russia, officials said.", "materiel", "BY"),
        ("Officials believe Iran may be shipping missiles to Russia.", "materiel", "IR"),
        (
            "North Korea might be deploying engineers in the Donetsk region, officials said.",
            "personnel",
            "KP",
        ),
    ],
)
def test_a_modal_on_a_progressive_is_a_speculative_claim(text, measure, subject, nlp):
    [event] = events(text, nlp)
    assert (event.measure, event.subject, event.hedge) == (measure, subject, "speculative")


@pytest.mark.parametrize(
    "text",
    [
        "Iran may supply Russia with jets next year.",
        "North Korea could send troops to Russia.",
        "Iran might be planning to send jets to Russia.",
    ],
)
def test_a_modal_on_a_bare_verb_stays_a_forecast(text, nlp):
    assert events(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "subject", "recipient"),
    [
        ("Iranian drones are still reaching Russian forces in large numbers.", "IR", "RU"),
        ("Officials say Iranian Fath-360 missiles reached Russian units in May.", "IR", "RU"),
        ("North Korean shells have been reaching Russian gunners by rail.", "KP", "RU"),
        ("Czech-made howitzers reached Ukrainian brigades, the ministry said.", "CZ", "UA"),
        ("The first German tanks reached Ukrainian troops in March.", "DE", "UA"),
    ],
)
def test_materiel_reaching_a_sides_forces_is_supplied(text, subject, recipient, nlp):
    [event] = events(text, nlp)
    assert (event.measure, event.subject, event.recipient) == ("materiel", subject, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Iranian drones reached Kyiv overnight.",
        "Russian missiles reached Ukrainian positions near Kharkiv.",
        "Iranian drones could reach Russian forces next year.",
    ],
)
def test_materiel_reaching_a_city_or_in_future_is_no_supply(text, nlp):
    assert events(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Pyongyang shipped 240mm launchers to Russia last spring.",
            ["240mm multiple rocket launchers"],
        ),
        (
            "The North has handed over 170-millimetre guns to Russia.",
            ["M1989 Koksan self-propelled gun"],
        ),
        (
            "North Korea is supplying Russia with 170mm guns and 240mm launchers.",
            ["M1989 Koksan self-propelled gun", "240mm multiple rocket launchers"],
        ),
        (
            "Russia has received 240-millimetre launchers from North Korea.",
            ["240mm multiple rocket launchers"],
        ),
        ("North Korea has shipped 152mm shells to Russia.", ["152mm artillery shells"]),
        ("Slovakia delivered 105mm guns to Ukraine.", ["105mm guns"]),
    ],
)
def test_a_calibre_and_a_kind_name_the_one_weapon_of_that_calibre(text, items, nlp):
    assert [e.item for e in events(text, nlp)] == items


def test_a_generic_item_told_by_one_source_stays_beside_a_named_one_told_by_another(nlp):
    found = events(
        "Seoul's JCS says North Korea has sent Russia rocket launchers. "
        "Kyiv's HUR says Pyongyang sent 240mm rocket launchers.",
        nlp,
    )
    assert [e.item for e in found] == ["rocket launchers", "240mm multiple rocket launchers"]


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "item"),
    [
        ("Iranian drones continue to pour into Russia, officials said.", "IR", "RU", "drones"),
        ("North Korean shells are flowing to Russian forces, Kyiv says.", "KP", "RU",
         "artillery shells"),
        ("Belarusian rifles streamed into Russia all spring, the report said.", "BY", "RU",
         "rifles"),
    ],
)
def test_foreign_materiel_flowing_into_another_side_was_supplied(nlp, text, supplier,
                                                                 recipient, item):
    events = [c for c in claims_in(text, nlp) if c.kind == "event"]
    assert [(e.subject, e.recipient, e.item) for e in events] == [(supplier, recipient, item)]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean shells are flowing to the front.",
        "Russian shells poured into Kharkiv overnight.",
    ],
)
def test_materiel_flowing_to_no_other_side_is_no_supply(nlp, text):
    assert [c for c in claims_in(text, nlp) if c.kind == "event"] == []


@pytest.mark.parametrize(
    ("text", "supplier", "item"),
    [
        ("A train carrying North Korean ammunition crossed into Russia last week.", "KP",
         "ammunition"),
        ("Trucks carrying Iranian drones arrived in Russia on Monday, officials said.", "IR",
         "drones"),
        ("A ship transporting Belarusian rifles docked in Russia, the agency said.", "BY",
         "rifles"),
    ],
)
def test_a_vehicle_carrying_foreign_materiel_into_another_side_supplies_its_load(
    nlp, text, supplier, item
):
    events = [c for c in claims_in(text, nlp) if c.kind == "event"]
    assert [(e.subject, e.recipient, e.item) for e in events] == [(supplier, "RU", item)]


def test_a_vehicle_carrying_materiel_to_a_depot_supplies_nothing(nlp):
    text = "A train carrying Russian shells reached the depot."
    assert [c for c in claims_in(text, nlp) if c.kind == "event"] == []

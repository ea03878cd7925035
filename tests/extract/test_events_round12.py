"""Event claims, twelfth round: a second supply verb with a tense of its own, and a
clause after a semicolon that the figure's clause must not swallow. Every text is ours."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def kinds(text, nlp):
    return [(c.kind, c.measure) for c in claims_in(text, nlp)]


def test_more_sent_in_a_coordinated_past_clause_happened(nlp):
    """ "is continuing to supply … and has sent additional troops": the second verb has
    its own tense, so the additional troops were sent (not a plan)."""
    found = kinds(
        "North Korea is continuing to supply Russia with ammunition and has sent additional "
        "troops to the Russian Far East.",
        nlp,
    )
    assert ("event", "personnel") in found


def test_a_semicolon_keeps_an_event_out_of_the_next_clauses_figure(nlp):
    """ "has rotated fresh units into Kursk; the institute puts the presence at about
    8,500 soldiers": two claims, the event and the figure."""
    found = claims_in(
        "North Korea has rotated fresh units into Russia's Kursk region; the institute puts "
        "the North Korean presence there at about 8,500 soldiers.",
        nlp,
    )
    assert [(c.kind, c.number) for c in found] == [("event", None), ("quantity", 8_500)]
    assert found[1].evidence.text.startswith("the institute")


def test_foreign_troops_at_work_in_a_land_at_war_are_there(nlp):
    """ "North Korean engineers have begun clearing mines in Russia's Kursk region":
    troops of a side not at war doing anything in a belligerent's land were sent there."""
    found = kinds(
        "North Korean military engineers have begun clearing mines in Russia's Kursk region.",
        nlp,
    )
    assert found == [("event", "personnel")]


def test_belligerents_own_troops_at_home_are_no_deployment_news(nlp):
    assert kinds("Ukrainian engineers have begun clearing mines in the Kharkiv region.", nlp) == []


def supplies(text, nlp):
    return [(c.kind, c.subject, c.item) for c in claims_in(text, nlp) if c.measure == "materiel"]


def test_a_side_hyphened_to_a_supply_participle_supplied_it(nlp):
    """ "German-donated Leopard 1A5 tanks": the parse may hang the participle on the name
    alone; the whole name is the item and the side before the hyphen its supplier."""
    found = supplies("Photos show German-donated Leopard 1A5 tanks near Toretsk.", nlp)
    assert found == [("event", "DE", "Leopard 1A5 tanks")]


def test_materiel_brought_from_a_side_was_supplied(nlp):
    """ "guns and rocket launchers brought from North Korea": bringing from a side
    supplies, and the participle after the last item governs both."""
    found = supplies(
        "Russia has 170mm Koksan guns and 240mm rocket launchers brought from North Korea.", nlp
    )
    assert found == [
        ("event", "KP", "M1989 Koksan self-propelled gun"),
        ("event", "KP", "240mm multiple rocket launchers"),
    ]


def test_bringing_from_no_side_supplies_nothing(nlp):
    assert supplies("The soldiers brought rifles from home.", nlp) == []


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("considering", "Germany is considering sending Taurus missiles."),
        ("urged to send", "Kyiv urged Berlin to send Taurus missiles."),
        ("wants to send", "Seoul said Pyongyang wanted to send more troops."),
    ],
)
def test_weighing_asking_or_wanting_is_no_supply(nlp, case, text):
    assert claims_in(text, nlp) == [], case


def test_a_named_weapon_keeps_its_capital(nlp):
    """ "Taurus missiles": a weapon's name is no headline capital to lower."""
    assert supplies("Germany sent Taurus missiles, Kyiv said.", nlp) == [
        ("event", "DE", "Taurus missiles")
    ]


def test_a_payer_under_a_raising_verb_pays_the_one_it_names(nlp):
    """ "Moscow is thought to be paying Pyongyang with … air defence systems": the payer
    is the subject of "thought", the one paid the object of "paying"."""
    found = [
        (c.subject, c.recipient)
        for c in claims_in(
            "Moscow is thought to be paying Pyongyang with oil and air defence systems.", nlp
        )
        if c.measure == "materiel"
    ]
    assert found == [("RU", "KP")]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("feeding a side's war machine with", "Iran is feeding Russia's war machine with drones.",
         [("IR", "RU", "drones")]),
        ("keeping a side's guns stocked with",
         "North Korea is keeping Russia's guns stocked with 152mm shells.",
         [("KP", "RU", "152mm artillery shells")]),
        ("troops equipped with another side's weapons",
         "North Korean troops are equipped with Russian rifles.", [("RU", "KP", "rifles")]),
    ],
)
def test_stocking_a_side_with_materiel_supplies_it(nlp, case, text, expected):
    found = [
        (c.subject, c.recipient, c.item) for c in claims_in(text, nlp) if c.measure == "materiel"
    ]
    assert found == expected, case


def test_hitting_with_materiel_is_no_stocking(nlp):
    assert claims_in("Russia hit Kyiv with drones overnight.", nlp) == []


def test_a_named_weapons_maker_supplies_it_when_no_supplier_is_named(nlp):
    """ "… and missiles, the Fath-360s" in a story that has North Korea supplying too:
    a Fath-360 is Iran's (the registry's maker), not the article's usual supplier."""
    text = (
        "North Korea has shipped millions of shells to Russia. Russia has also received "
        "missiles, the Fath-360s."
    )
    found = [(c.item, c.subject) for c in claims_in(text, nlp) if c.item == "Fath-360 missiles"]
    assert found == [("Fath-360 missiles", "IR")]


def test_received_named_weapons_come_from_their_maker(nlp):
    """ "Russia has also received Fath-360 missiles": a receipt needs a side it came
    from; a named weapon's maker is that side when the text names none."""
    found = [(c.subject, c.recipient) for c in claims_in(
        "Russia has also received Fath-360 missiles.", nlp
    )]
    assert found == [("IR", "RU")]


def test_showing_up_is_no_report(nlp):
    """ "the launchers, which started showing up in Russian service": "show up" is turning
    up, not a report, so the launchers are no speaker of the list around them."""
    found = claims_in(
        "You've got the Koksans, and the 240mm rocket launchers, which started showing up "
        "in Russian service last year, and the KN-23s.",
        nlp,
    )
    koksans = [c for c in found if c.item == "M1989 Koksan self-propelled gun"]
    assert koksans and all(c.claimant is None for c in found)


def test_a_shipment_that_arrived_in_a_side_went_to_it(nlp):
    """ "The first shipment of Bradley fighting vehicles has arrived in Ukraine": Ukraine
    is where it arrived, the recipient, never its supplier."""
    found = [(c.subject, c.recipient) for c in claims_in(
        "The first shipment of Bradley fighting vehicles has arrived in Ukraine.", nlp
    )]
    assert found == [(None, "UA")]


def test_an_unknown_name_mid_sentence_keeps_its_capital(nlp):
    """ "the first Skynex air defence systems": a proper name the registry does not know
    is still a name (a headline's "Missiles" is lowered)."""
    found = [c.item for c in claims_in(
        "Rheinmetall has delivered the first Skynex air defence systems to Ukraine.", nlp
    )]
    assert found == ["Skynex air defence systems"]

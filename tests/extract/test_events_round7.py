"""Event claims, seventh round: supply told by rank, by names sharing a kind, and more."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def events(text, nlp):
    return [c for c in claims_in(text, nlp) if c.kind == "event"]


def supplies(text, nlp):
    return sorted(
        (c.subject, c.recipient, c.item) for c in events(text, nlp) if c.measure == "materiel"
    )


@pytest.mark.parametrize(
    ("text", "subject", "recipient"),
    [
        ("Analysts say Belarus has become Russia's main supplier of trucks.", "BY", "RU"),
        ("Iran is now Moscow's largest foreign source of drones.", "IR", "RU"),
        ("Officials said Germany had become Ukraine's biggest provider of tanks.", "DE", "UA"),
    ],
)
def test_a_supplier_noun_with_a_possessor_supplies_the_possessor(text, subject, recipient, nlp):
    [event] = events(text, nlp)
    assert (event.measure, event.subject, event.recipient) == ("materiel", subject, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Russia is its own main supplier of shells.",
        "Iran is one of Russia's main suppliers of drones.",
        "Belarus is Moscow's most important source of trucks.",
    ],
)
def test_a_supplier_noun_ranking_by_weight_or_supplying_itself_is_no_event(text, nlp):
    assert events(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Britain has sent Ukraine Starstreak and ASRAAM missiles.",
            ["ASRAAM missiles", "Starstreak missiles"],
        ),
        (
            "Washington has delivered Patriot and NASAMS systems to Kyiv.",
            ["NASAMS air defence systems", "Patriot air defence systems"],
        ),
        (
            "Paris sent Kyiv SCALP and Storm Shadow cruise missiles.",
            ["SCALP cruise missiles", "Storm Shadow cruise missiles"],
        ),
    ],
)
def test_two_names_sharing_one_kind_are_two_items(text, items, nlp):
    assert sorted(item for _s, _r, item in supplies(text, nlp)) == items


def test_two_designations_of_one_weapon_stay_one_item(nlp):
    assert [i for _s, _r, i in supplies("Pyongyang shipped KN-23 and KN-24 missiles.", nlp)] == [
        "Hwasong-11 missiles"
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Britain and France have supplied their own Storm Shadow and SCALP cruise missiles.",
            [("FR", "SCALP cruise missiles"), ("GB", "Storm Shadow cruise missiles")],
        ),
        (
            "Norway and the US delivered NASAMS and Patriot systems respectively.",
            [("NO", "NASAMS air defence systems"), ("US", "Patriot air defence systems")],
        ),
    ],
)
def test_donors_giving_their_own_items_pair_in_order(text, pairs, nlp):
    assert sorted((s, i) for s, _r, i in supplies(text, nlp)) == pairs


def test_donors_without_own_give_every_item(nlp):
    found = supplies("Denmark and Norway have delivered Patriot and NASAMS systems.", nlp)
    assert len(found) == 4


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Officials say Iran has shipped drones, mainly the Shahed-136, to Russia.", "Shahed-136"),
        (
            "Pyongyang has sent ballistic missiles, chiefly the KN-23, and artillery shells.",
            "Hwasong-11",
        ),
        ("Tehran supplied missiles, mostly the Fath-360, as well as ammunition.", "Fath-360"),
    ],
)
def test_a_focus_adverb_picks_the_named_weapon_out_of_a_generic_noun(text, item, nlp):
    items = [i for _s, _r, i in supplies(text, nlp)]
    assert any(i.startswith(item) for i in items)
    assert not any(i in ("drones", "missiles", "ballistic missiles") for i in items)
    assert all("mostly" not in i and "mainly" not in i and "well" not in i for i in items)


def test_a_focus_adverb_before_a_place_names_no_weapon(nlp):
    assert [i for _s, _r, i in supplies("Iran has shipped drones, mainly to Russia.", nlp)] == [
        "drones"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang has also sent weapons. These include the KN-23 missile and 240mm "
            "rocket launchers.",
            {("KP", "Hwasong-11 missiles"), ("KP", "240mm multiple rocket launchers")},
        ),
        (
            "Iran shipped arms to Russia last year. They included Shahed-136 drones and "
            "Fath-360 missiles.",
            {("IR", "Shahed-136 drones"), ("IR", "Fath-360 missiles")},
        ),
    ],
)
def test_a_pronoun_listing_sentence_spells_out_the_supply_before_it(text, expected, nlp):
    assert {(s, i) for s, _r, i in supplies(text, nlp)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The brigade lost many tanks last winter. These include Leopard 2 tanks.",
        "Analysts studied the photographs. They include images of Koksan guns.",
    ],
)
def test_a_pronoun_listing_after_no_supply_is_no_event(text, nlp):
    assert supplies(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Iran sent Shahed-136s to Russia, along with engines for the drones.", "drone engines"),
        ("Moscow gave Tehran Su-35 jets as well as engines for the jets.", "jet engines"),
        (
            "Officials accused Iran of shipping Fath-360 missiles and their launchers.",
            "Fath-360 launchers",
        ),
    ],
)
def test_a_part_takes_the_name_of_the_weapon_it_belongs_to(text, item, nlp):
    assert item in [i for _s, _r, i in supplies(text, nlp)]


def test_a_part_for_an_unnamed_weapon_keeps_its_own_words(nlp):
    found = [i for _s, _r, i in supplies("Iran has sent engines for drones to Russia.", nlp)]
    assert found == ["engines"]


@pytest.mark.parametrize(
    "text",
    [
        "Allies criticised Berlin for being slow to deliver heavy weapons.",
        "Washington remains reluctant to send long-range missiles to Kyiv.",
        "The plant failed to deliver the shells to Russia.",
    ],
)
def test_holding_back_from_a_supply_is_no_event(text, nlp):
    assert supplies(text, nlp) == []


def test_a_supply_beside_a_slow_one_is_still_an_event(nlp):
    found = supplies("Kyiv was slow to repair its tanks, but Berlin sent howitzers.", nlp)
    assert [(s, i) for s, _r, i in found] == [("DE", "howitzers")]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Germany has delivered COBRA artillery-locating radars to Ukraine.",
            "COBRA artillery-locating radars",
        ),
        ("Norway sent Ukraine mine-clearing vehicles.", "mine-clearing vehicles"),
    ],
)
def test_a_hyphenated_participle_stays_in_the_item(text, item, nlp):
    assert [i for _s, _r, i in supplies(text, nlp)] == [item]


def test_a_supply_gerund_tagged_as_a_noun_still_governs_its_object(nlp):
    found = supplies("Kyiv accused Minsk of shipping artillery shells to Russia.", nlp)
    assert [(s, r) for s, r, _i in found] == [("BY", "RU")]


def test_a_noun_ending_in_ing_that_supplies_nothing_governs_no_object(nlp):
    assert supplies("Russia is building drones at a plant in Tatarstan.", nlp) == []


@pytest.mark.parametrize(
    ("text", "subject", "item"),
    [
        ("Researchers see a steady flow of Iranian arms to Russia.", "IR", "arms"),
        ("The stream of North Korean shells to Russia has not slowed.", "KP", "artillery shells"),
        ("Officials describe a pipeline of Belarusian trucks to Russia.", "BY", "trucks"),
    ],
)
def test_a_flow_of_materiel_to_a_side_is_a_supply(text, subject, item, nlp):
    assert [(s, r, i) for s, r, i in supplies(text, nlp)] == [(subject, "RU", item)]


@pytest.mark.parametrize(
    "text",
    [
        "The flow of refugees across the border has slowed.",
        "The soldiers raised their arms.",
        "Rail traffic suggests the flow of shells has not slowed.",
    ],
)
def test_a_flow_of_people_or_a_body_part_or_of_no_side_is_no_supply(text, nlp):
    assert supplies(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Iran is accused of sending a new generation of attack drones to Russia.",
            "attack drones",
        ),
        ("Pyongyang has begun shipping a longer-range version of the KN-23 missile.", "Hwasong-11"),
        ("Moscow delivered an upgraded variant of its Pantsir system to Pyongyang.", "Pantsir"),
    ],
)
def test_a_version_of_a_weapon_is_that_weapon(text, item, nlp):
    [(_s, _r, found)] = supplies(text, nlp)
    assert found.lower().startswith(item.lower())


def test_developing_a_version_of_a_weapon_supplies_nothing(nlp):
    assert (
        supplies("Engineers in Iran are developing a new version of the Shahed drone.", nlp) == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Imagery showed a steady flow of containers from North Korea to Russia.",
        "Trains of wagons were seen crossing into Russia from Belarus.",
    ],
)
def test_containers_and_wagons_alone_are_no_supplied_item(text, nlp):
    assert supplies(text, nlp) == []


@pytest.mark.parametrize(
    "text",
    [
        "The flow of Iranian drones to Russia has not stopped.",
        "Shipments of North Korean shells to Russia have never ceased.",
    ],
)
def test_a_negated_stop_affirms_the_supply(text, nlp):
    assert len(supplies(text, nlp)) == 1


def test_a_negated_supply_is_still_no_event(nlp):
    assert supplies("North Korea has not shipped shells to Russia.", nlp) == []


def test_one_supply_named_twice_in_a_sentence_is_one_claim(nlp):
    text = "Pyongyang has sent the M1989 self-propelled gun, nicknamed the Koksan, to Russia."
    assert len(supplies(text, nlp)) == 1

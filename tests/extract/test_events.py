"""Event claims: materiel and troops said to be supplied or deployed, with no figure."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def events(text, nlp):
    return [c for c in claims_in(text, nlp) if c.kind == "event"]


def test_materiel_supplied_without_a_figure(nlp):
    [event] = events("Officials said North Korea is supplying rocket launchers to Russia.", nlp)
    assert (event.measure, event.subject, event.recipient, event.item) == (
        "materiel",
        "KP",
        "RU",
        "rocket launchers",
    )
    assert event.number is None and event.number_span is None


def test_coordinated_calibres_are_two_events(nlp):
    found = events("Also transferred to Russia are 122mm and 152mm artillery shells.", nlp)
    assert sorted(e.item for e in found) == ["122mm artillery shells", "152mm artillery shells"]


def test_personnel_deployment_nominal(nlp):
    [event] = events(
        "Seoul said North Korea is increasing the deployment of troops to Russia.", nlp
    )
    assert (event.measure, event.subject) == ("personnel", "KP")


def test_comparative_more_is_not_an_event(nlp):
    """ "is set to send more troops and drones" is a plan, not a fact."""
    assert events("North Korea is set to send more troops and drones to Russia.", nlp) == []


def test_background_clause_is_not_an_event(nlp):
    assert (
        events("Since soldiers were sent to Russia, the North has changed its tactics.", nlp) == []
    )


def test_quantity_claim_is_not_repeated_as_an_event(nlp):
    found = claims_in("Officials said North Korea delivered 50 missiles to Russia.", nlp)
    assert [c.kind for c in found] == ["quantity"]


def _events(text, nlp):
    return [(e.item, e.subject, e.recipient) for e in events(text, nlp)]


def test_shipments_of_name_what_is_shipped(nlp):
    assert _events("Pyongyang kept up shipments of KN-23 missiles to Russia, Kyiv said.", nlp) == [
        ("Hwasong-11 missiles", "KP", "RU")
    ]


def test_calibre_split_off_by_the_parser_is_kept(nlp):
    found = _events(
        "North Korea has shipped 170 mm self-propelled guns to Russia, Seoul said.", nlp
    )
    assert found == [("M1989 Koksan self-propelled gun", "KP", "RU")]


def test_received_materiel_names_its_recipient(nlp):
    assert _events("Ukraine received its first Swedish Gripen jets on Monday.", nlp) == [
        ("Gripen fighter jets", "SE", "UA")
    ]


def test_arrived_materiel_names_where_it_arrived(nlp):
    assert _events("The first Danish F-16 jets have arrived in Ukraine, officials said.", nlp) == [
        ("F-16 fighter jets", "DK", "UA")
    ]


def test_two_donors_give_two_events(nlp):
    found = _events("Sweden and Finland have delivered howitzers to Ukraine.", nlp)
    assert sorted(s for _i, s, _r in found) == ["FI", "SE"]


def test_named_weapon_standing_alone(nlp):
    found = _events("Iran sent drones to Russia, along with the Shahed-131, officials said.", nlp)
    assert ("Shahed-131 drones", "IR", "RU") in found


def test_definite_generic_refers_to_the_weapon_named_before(nlp):
    text = (
        "The Shahed-136 is an Iranian design. Iran first supplied the drones to Russia in "
        "2022, officials said."
    )
    assert _events(text, nlp) == [("Shahed-136 drones", "IR", "RU")]


def test_materiel_seen_in_transit(nlp):
    text = "Photos show M1989 Koksan guns on railway wagons near the Russian border."
    assert [e.item for e in events(text, nlp)] == ["M1989 Koksan self-propelled gun"]


def test_list_item_under_a_deliveries_lead(nlp):
    text = (
        "The US listed its aid to Ukraine. Deliveries so far include:\n- Patriot air "
        "defence batteries\n"
    )
    assert _events(text, nlp) == [("Patriot air defence batteries", "US", "UA")]


def test_generic_event_spelled_out_by_the_next_sentence_is_one_claim(nlp):
    text = (
        "Iran has also been accused of sending ballistic missiles. "
        "Officials said Tehran had transferred Fath-360 missiles to Russia."
    )
    assert [e.item for e in events(text, nlp)] == ["Fath-360 missiles"]


def test_made_for_another_side(nlp):
    found = _events(
        "Seoul sees signs that Pyongyang could start producing suicide drones for Russian use.", nlp
    )
    assert found == [("suicide drones", "KP", "RU")]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        (
            "used in a strike",
            "A Su-25 crew delivered a strike with FAB-500 bombs on enemy positions.",
        ),
        ("surrendered weapons", "Five soldiers put down their weapons and gave themselves up."),
        (
            "non-specific",
            "Tehran insists that whatever drones Russia has were sold before the war.",
        ),
        ("a question", "What weapons has North Korea sent to Russia?"),
        ("a pledge", "Germany pledged more howitzers to Ukraine."),
    ],
)
def test_not_events(nlp, case, text):
    assert [e for e in events(text, nlp) if e.measure == "materiel"] == [], case


def test_someone_s_own_guns_are_not_supplied(nlp):
    found = _events("Pyongyang sent shells, keeping Putin's guns firing.", nlp)
    assert [item for item, _s, _r in found] == ["artillery shells"]


def test_units_committed_to_combat(nlp):
    [event] = events(
        "Seoul said some North Korean units have been committed to combat in Kursk.", nlp
    )
    assert (event.measure, event.subject) == ("personnel", "KP")


def test_deployed_troops_are_not_the_speaker_s(nlp):
    [event] = events(
        "Seoul's spy agency said the soldiers had been deployed to Russia by Pyongyang.", nlp
    )
    assert event.subject != "KR"


def test_generic_item_in_a_list_is_kept(nlp):
    text = (
        "North Korea has supplied Russia with artillery shells, ballistic missiles and rocket "
        "launchers. "
        "It is also providing Moscow with KN-23 missiles, Seoul said."
    )
    assert "ballistic missiles" in [e.item for e in events(text, nlp)]


def test_supplied_by_participle(nlp):
    found = _events(
        "KN-24 missiles supplied by North Korea have been fired at Kyiv, officials said.", nlp
    )
    assert [(item, subject) for item, subject, _r in found] == [("Hwasong-11 missiles", "KP")]


def test_a_batch_that_arrived(nlp):
    found = _events(
        "The first batch of NASAMS systems arrived in Ukraine from Norway on Monday.", nlp
    )
    assert found and found[0][0] == "NASAMS air defence systems" and found[0][2] == "UA"


def test_equipped_with_is_no_supply(nlp):
    text = "Kyiv sent reinforcements, including two brigades equipped with Western tanks."
    assert [e for e in events(text, nlp) if e.measure == "materiel"] == []


@pytest.mark.parametrize(
    "case, text, subject, recipient",
    [
        (
            "materiel that comes from a country",
            "Most of the rockets Russia fires now come from Iran, officials say.",
            "IR",
            "RU",
        ),
        (
            "materiel that makes up a share of what another side uses",
            "Iranian drones account for the bulk of what Russian crews launch.",
            "IR",
            "RU",
        ),
    ],
)
def test_origin_and_share_are_supply(nlp, case, text, subject, recipient):
    [event] = events(text, nlp)
    assert (event.subject, event.recipient) == (subject, recipient), case


@pytest.mark.parametrize(
    "text", ["The missiles came from Russian territory.", "Shells make up half of the aid."]
)
def test_launch_places_and_sideless_shares_are_not_supply(nlp, text):
    assert events(text, nlp) == []


def test_an_event_item_leaves_out_a_figure_that_is_not_a_supply_count(nlp):
    text = "Iran built about 2,000 drones last year and shipped most of them to Russia."
    [event] = events(text, nlp)
    assert event.item == "drones"


@pytest.mark.parametrize(
    "case, text, subject, recipient, item",
    [
        (
            "arming a side with materiel",
            "Tehran has been arming Moscow with attack drones, officials say.",
            "IR",
            "RU",
            "attack drones",
        ),
        (
            "a maker's name hyphened to the item",
            "Russia has received Iranian-made glide bombs, Kyiv says.",
            "IR",
            "RU",
            "glide bombs",
        ),
        (
            "materiel handed over as a whole stock",
            "Estonia has handed over its entire stock of howitzers to Kyiv.",
            "EE",
            "UA",
            "howitzers",
        ),
        (
            "materiel seen on its way",
            "North Korea is supplying Russia. Koksan guns were spotted on a train near Tynda.",
            "KP",
            "RU",
            "M1989 Koksan self-propelled gun",
        ),
    ],
)
def test_more_ways_of_saying_supply(nlp, case, text, subject, recipient, item):
    [event] = [e for e in events(text, nlp) if e.item == item]
    assert (event.subject, event.recipient) == (subject, recipient), case


def test_the_things_already_told_seen_on_their_way_are_no_new_event(nlp):
    text = (
        "Iran has shipped 200 drones to Russia, officials said. "
        "The drones were spotted on a freighter in the Caspian Sea."
    )
    assert events(text, nlp) == []


def test_troops_provided_by_it_are_of_the_side_named_before(nlp):
    text = "Minsk has been supplying Moscow with fuel. Now it is also providing Russia with troops."
    [event] = events(text, nlp)
    assert (event.measure, event.subject) == ("personnel", "BY")


def test_an_unnamed_supplier_is_not_taken_from_the_other_camp(nlp):
    text = (
        "North Korea has shipped 9 million shells to Russia, Seoul says. "
        "The first Gripen jets arrived in Ukraine this week."
    )
    [event] = events(text, nlp)
    assert (event.recipient, event.subject) == ("UA", None)


def test_paying_in_kind_supplies_the_side_paid(nlp):
    text = (
        "Iran has sold Russia thousands of drones. Analysts say Moscow is paying partly "
        "with grain, cash and air defence systems."
    )
    [event] = [e for e in events(text, nlp) if e.subject == "RU"]
    assert (event.recipient, event.item) == ("IR", "air defence systems")


def test_a_count_of_the_type_named_before_takes_its_name(nlp):
    text = ("North Korea has been sending Russia 240mm multiple rocket launchers since May. "
            "At least 90 launchers of the type had crossed the border, the ministry said.")
    counted = [c for c in claims_in(text, nlp) if c.number == 90]
    assert [c.item for c in counted] == ["240mm multiple rocket launchers"]

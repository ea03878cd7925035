"""Event claims, round 2: supply stated without a figure in other ways, personnel
events described with other verbs, and what is no event."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def events(text, nlp):
    return [c for c in claims_in(text, nlp) if c.kind == "event"]


def _materiel(text, nlp):
    return [(e.item, e.subject, e.recipient) for e in events(text, nlp) if e.measure == "materiel"]


def _personnel(text, nlp):
    return [(e.subject, e.evidence.text) for e in events(text, nlp) if e.measure == "personnel"]


@pytest.mark.parametrize(
    "adjective", ["unspecified", "undisclosed", "unknown", "unconfirmed", "large"]
)
def test_an_unstated_number_of_supplied_weapons_is_an_event(nlp, adjective):
    text = f"Minsk has handed Moscow an {adjective} number of howitzers, the officials said."
    if adjective in ("large",):
        text = text.replace("an large", "a large")
    assert _materiel(text, nlp) == [("howitzers", "BY", "RU")]


def test_an_unstated_number_listed_after_a_count_is_an_event(nlp):
    found = claims_in(
        "Diplomats said Iran sent 300 drones to Russia in May, along with an "
        "undisclosed number of guidance kits.",
        nlp,
    )
    assert [(c.kind, c.number or c.item) for c in found] == [
        ("quantity", 300),
        ("event", "guidance kits"),
    ]


def test_listed_with_materiel_that_crossed_the_border(nlp):
    found = _materiel(
        "Some 80 Iranian drones have crossed the border into Russia, along with an unknown "
        "number of Fath-360 missiles.",
        nlp,
    )
    assert found == [("Fath-360 missiles", "IR", "RU")]


def test_supply_noun_named_by_its_weapon_is_an_event(nlp):
    found = events("Ukraine accuses Minsk of fresh Shahed shipments to Russia.", nlp)
    assert [(e.item, e.subject, e.recipient, e.hedge) for e in found] == [
        ("Shahed drones", "BY", "RU", "claimed")
    ]
    assert found[0].claimant is not None and found[0].claimant.text == "Ukraine"


def test_components_for_weapons_are_materiel(nlp):
    [claim] = claims_in("Iran shipped 250 Shahed engines to Russia last month.", nlp)
    assert (claim.measure, claim.number, claim.subject, claim.recipient) == (
        "materiel",
        250,
        "IR",
        "RU",
    )


def test_what_a_counted_noun_is_made_of_is_no_event(nlp):
    found = claims_in(
        "Pyongyang has shipped 4 million rounds of 122mm and 152mm artillery shells to Moscow.",
        nlp,
    )
    assert [c.kind for c in found] == ["quantity"]


def test_materiel_with_a_figure_the_quantity_rules_refused_is_no_event(nlp):
    text = "Russian factories now produce an estimated 200,000-250,000 shells a month."
    assert claims_in(text, nlp) == []


def test_buying_on_the_market_names_no_supplier(nlp):
    assert events("The fund, which buys shells on the open market, is based in Prague.", nlp) == []


def test_buying_from_a_side_is_supply_by_it(nlp):
    assert _materiel("Moscow bought drones from Iran, the officials said.", nlp) == [
        ("drones", "IR", "RU")
    ]


def test_a_share_of_use_after_the_supply_was_told_is_no_new_event(nlp):
    text = (
        "Pyongyang has sent millions of artillery shells to Moscow. "
        "North Korean munitions now account for half of the shells Russian crews fire."
    )
    assert [c.kind for c in claims_in(text, nlp)] == ["quantity"]


def test_a_named_share_is_news(nlp):
    text = "North Korean 152mm shells make up a large share of what Russian guns fire."
    assert _materiel(text, nlp) == [("152mm artillery shells", "KP", "RU")]


def test_suspected_of_sending_troops_names_the_sender(nlp):
    text = "Seoul says North Korea is also suspected of sending military engineers to Kursk."
    assert [s for s, _ in _personnel(text, nlp)] == ["KP"]


def test_the_next_group_in_a_series_arriving_is_a_deployment(nlp):
    text = "About 9,000 North Korean soldiers reached Russia in October. A third wave followed."
    found = _personnel(text, nlp)
    assert found == [("KP", "A third wave followed")]


def test_a_group_without_a_series_mark_is_no_deployment(nlp):
    assert _personnel("A group followed the convoy to the river.", nlp) == []


def test_a_second_wave_of_drones_is_no_deployment(nlp):
    assert _personnel("A second wave of drones followed at dawn.", nlp) == []


def test_troops_seen_at_a_place_are_deployed_there(nlp):
    found = events("Kyiv's intelligence agency spots Belarusian gunners near Bakhmut.", nlp)
    assert [(e.measure, e.subject, e.hedge) for e in found] == [("personnel", "BY", "reported")]
    assert found[0].claimant is not None and found[0].claimant.text.endswith("agency")


def test_troops_fighting_alongside_another_side_are_deployed(nlp):
    text = "Iranian instructors took part in the assault alongside Russian paratroopers."
    assert [s for s, _ in _personnel(text, nlp)] == ["IR"]


def test_own_troops_fighting_are_no_deployment(nlp):
    text = "Russian paratroopers took part in the assault alongside Russian marines."
    assert _personnel(text, nlp) == []


def test_a_background_report_is_no_event(nlp):
    text = "Two years after the first reports that Iranian troops were fighting for Russia, "
    text += "little is known."
    assert _personnel(text, nlp) == []


def test_rotating_units_already_there_is_no_new_deployment(nlp):
    text = "Front-line units were being rotated every few weeks, the ministry said."
    assert _personnel(text, nlp) == []


def test_a_semicolon_ends_a_source_s_reach(nlp):
    text = "Moscow: 400 Ukrainian soldiers killed in a day; Kyiv spots Iranian crews in Crimea"
    found = claims_in(text, nlp)
    by_kind = {c.kind: c for c in found}
    assert by_kind["quantity"].claimant.text == "Moscow"
    assert by_kind["event"].claimant.text == "Kyiv"


def test_a_headline_is_no_lead_for_a_list_below_a_label(nlp):
    text = (
        "Kyiv accuses Minsk of new drone deliveries\n\n"
        "Main points\n"
        "- Six dead after a night strike on Kharkiv\n"
    )
    [quantity] = [c for c in claims_in(text, nlp) if c.kind == "quantity"]
    assert (quantity.number, quantity.claimant, quantity.hedge) == (6, None, "asserted")


def test_a_weapon_name_without_digits_the_registry_knows(nlp):
    found = claims_in("Moscow handed Pyongyang at least one Pantsir last spring.", nlp)
    assert [(c.kind, c.number, c.qualifier, c.subject, c.recipient) for c in found] == [
        ("quantity", 1, "at_least", "RU", "KP")
    ]


def test_a_recipient_the_parser_took_into_the_item(nlp):
    assert _materiel("Moscow has sent Pyongyang Pantsir systems, Seoul said.", nlp) == [
        ("Pantsir systems", "RU", "KP")
    ]


def test_components_and_parts_are_materiel(nlp):
    found = _materiel("Tehran supplied Lancet parts and circuit boards to Moscow.", nlp)
    assert sorted(found) == [("Lancet parts", "IR", "RU"), ("circuit boards", "IR", "RU")]


def test_troops_who_go_with_supplied_weapons_are_sent(nlp):
    text = "Belarusian gunners appear to have accompanied the howitzers, Kyiv said."
    found = events(text, nlp)
    assert [(e.measure, e.subject, e.hedge) for e in found] == [("personnel", "BY", "speculative")]


def test_part_of_the_materiel_supplied_by_a_side(nlp):
    text = "Moscow fired 60 missiles on Friday, some of them supplied by Pyongyang, Kyiv said."
    assert _materiel(text, nlp) == [("missiles", "KP", "RU")]


def test_partitive_supply_in_a_long_headline(nlp):
    text = (
        "Kyiv Says 12 Hurt as Moscow Launches Largest Barrage of Drones of the Year, "
        "Some Newly Supplied by Tehran\n\nBy a staff writer\n"
    )
    found = [e for e in events(text, nlp) if e.measure == "materiel"]
    assert [(e.item, e.subject) for e in found] == [("drones", "IR")]
    assert "Supplied by Tehran" in found[0].evidence.text


def test_a_two_word_recipient_the_parser_took_into_the_item(nlp):
    assert _materiel("Moscow has given North Korea radar systems, analysts believe.", nlp) == [
        ("radar systems", "RU", "KP")
    ]


def test_materiel_made_in_a_country_that_appears_to_have_been_shipped(nlp):
    found = events("Motors made in China appear to have been shipped to Russia via Almaty.", nlp)
    assert [(e.item, e.subject, e.recipient, e.hedge) for e in found] == [
        ("motors", "CN", "RU", "speculative")
    ]


def test_troops_of_a_third_side_fighting_somewhere_were_sent_there(nlp):
    text = "Belarusian troops are now fighting in the Zaporizhzhia region, Kyiv claims."
    found = events(text, nlp)
    assert [(e.measure, e.subject, e.hedge) for e in found] == [("personnel", "BY", "claimed")]
    assert found[0].claimant.text == "Kyiv"


def test_a_belligerent_s_own_troops_fighting_are_no_deployment(nlp):
    assert events("Ukrainian troops are fighting near Pokrovsk.", nlp) == []


def test_no_evidence_that_troops_are_somewhere_is_no_event(nlp):
    text = "The institute has seen no evidence that Belarusian troops are fighting in Ukraine."
    assert events(text, nlp) == []


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        (
            "accused of shipping: the accused ships, not the accuser",
            "Kyiv accused Minsk of shipping rocket launchers to Russia.",
            [("rocket launchers", "BY", "RU")],
        ),
        (
            "accused of supplying a recipient with something",
            "Ukraine has accused Tehran of supplying Moscow with ballistic missiles.",
            [("ballistic missiles", "IR", "RU")],
        ),
        (
            "accused of receiving: the accused receives",
            "Kyiv accused Russia of receiving drones from Iran.",
            [("drones", "IR", "RU")],
        ),
    ],
)
def test_the_accused_side_of_a_gerund_supply(nlp, case, text, expected):
    assert _materiel(text, nlp) == expected, case


def test_troops_accused_of_being_sent_are_the_accused_side_s(nlp):
    """ "Seoul accused Pyongyang of sending 2,000 more troops": the troops are North Korean."""
    found = [c for c in claims_in("Seoul accused Pyongyang of sending 2,000 more troops to "
                                  "Russia.", nlp) if c.kind == "quantity"]
    assert [(c.measure, c.subject, c.number) for c in found] == [("personnel", "KP", 2000)]


@pytest.mark.parametrize(
    ("case", "text", "subjects"),
    [
        ("entered combat", "Officials said North Korean soldiers have entered combat.", ["KP"]),
        ("joined the fighting", "Belarusian troops joined the fighting near Kupiansk, Kyiv said.",
         ["BY"]),
        ("a belligerent entering combat is no event",
         "Russian soldiers have entered combat near Kupiansk.", []),
        ("entering a place is no combat", "North Korean troops entered the village.", []),
        ("a negated entry", "North Korean soldiers have not entered combat, officials said.", []),
    ],
)
def test_troops_of_a_side_not_at_war_entering_combat(nlp, case, text, subjects):
    assert [s for s, _ev in _personnel(text, nlp)] == subjects, case


@pytest.mark.parametrize(
    ("case", "text", "subjects"),
    [
        ("arriving at a place of another side, by the gazetteer",
         "North Korean troops arrived in Kursk last week, officials said.", ["KP"]),
        ("more troops that have arrived did arrive",
         "More North Korean soldiers have arrived in Russia, officials said.", ["KP"]),
        ("a belligerent's troops moving about the war", "Ukrainian soldiers arrived in Kursk.",
         []),
        ("a future arrival is a forecast", "North Korean troops will arrive in Kursk next month.",
         []),
        ("more troops still arriving may be the next lot",
         "More North Korean soldiers are arriving in Russia, officials said.", []),
    ],
)
def test_troops_arriving_abroad(nlp, case, text, subjects):
    assert [s for s, _ev in _personnel(text, nlp)] == subjects, case

"""Event claims, fifth round: supply and deployment frames and item wording."""

from __future__ import annotations

from tests.extract.helpers import claims_in, quantities


def events(text, nlp):
    return [c for c in claims_in(text, nlp) if c.kind == "event"]


def test_bare_artillery_ammunition_keeps_its_own_words(nlp):
    [event] = events("Iran is still providing Russia with artillery ammunition, they said.", nlp)
    assert (event.subject, event.recipient, event.item) == ("IR", "RU", "artillery ammunition")


def test_ammunition_counted_by_the_round_is_artillery_shells(nlp):
    found = quantities(
        "North Korea has shipped about 3 million rounds of artillery ammunition to Russia, "
        "officials said. Some analysts say the real figure could be as high as 5 million.",
        nlp,
    )
    assert {c.item for c in found} == {"artillery shells"}


def test_iris_t_slm_keeps_its_variant_name(nlp):
    [event] = events("Germany handed over another IRIS-T SLM air-defence system to Ukraine.", nlp)
    assert event.item == "IRIS-T SLM air defence systems"


def test_troops_who_fought_alongside_another_side_in_a_relative_clause(nlp):
    [event] = events(
        "The list leaves out Iranian drone crews, who fought alongside Russian units last year.",
        nlp,
    )
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_a_negated_main_clause_leaves_the_relative_clause_fighting(nlp):
    [event] = events(
        "Iranian advisers, who fought alongside Russian units near Kherson, are not named.", nlp
    )
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_its_troops_take_the_side_of_the_clause_subject(nlp):
    [event] = events("Iran admitted on Monday that its troops had fought in Crimea.", nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_units_rotated_into_a_region_are_sent(nlp):
    [event] = events("Iran has rotated new crews into Crimea, officials said.", nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_rotated_out_is_no_deployment(nlp):
    assert events("Iran has rotated its crews out of Crimea, officials said.", nlp) == []


def test_a_side_sending_replacements(nlp):
    [event] = events("Whenever its crews are lost, Tehran sends replacements.", nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_personnel_who_travelled_to_another_side(nlp):
    [event] = events("Iranian technicians travelled to Russia last spring, officials said.", nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_troops_named_with_a_sent_participle_in_a_headline(nlp):
    [event] = events("Kyiv: new Iranian contingent sent to Russia", nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_troops_called_sent_in_a_predicate_are_no_event(nlp):
    assert events("They are mercenaries sent by a regime to die for money, he said.", nlp) == []


def test_a_hyphenated_weapon_name_tagged_as_punctuation_stays_in_the_item(nlp):
    [event] = events("Tehran began supplying Shahed-136 attack drones to Moscow in 2022.", nlp)
    assert event.item == "Shahed-136 drones"


def test_a_weapon_turning_up_on_the_front_was_supplied(nlp):
    [event] = events("Iran is arming Russia. Fath-360 missiles have turned up on the front.", nlp)
    assert (event.measure, event.subject, event.item) == ("materiel", "IR", "Fath-360 missiles")


def test_a_weapon_which_started_showing_up_in_a_side_s_service(nlp):
    found = events(
        "Iran is arming Russia. Officials pointed to the Fath-360 missiles, which started "
        "showing up in Russian service in May.",
        nlp,
    )
    assert [(e.subject, e.item) for e in found] == [("IR", "Fath-360 missiles")]


def test_foreign_materiel_that_keeps_arriving(nlp):
    [event] = events("Kyiv says Iranian drones keep arriving.", nlp)
    assert (event.measure, event.subject, event.item) == ("materiel", "IR", "drones")


def test_materiel_arriving_with_no_foreign_maker_is_no_supply(nlp):
    assert events("Shells keep arriving at the depot, the commander said.", nlp) == []


def test_a_supply_participle_after_coordinated_materiel_governs_both(nlp):
    found = events(
        "The crews were operating Koksan guns and 240mm rocket launchers supplied by Pyongyang.",
        nlp,
    )
    assert sorted(e.item for e in found) == [
        "240mm multiple rocket launchers",
        "M1989 Koksan self-propelled gun",
    ]


def test_items_each_with_their_own_from_phrase(nlp):
    found = events(
        "Moscow has been receiving artillery shells from Iran and drones from Belarus, "
        "officials said.",
        nlp,
    )
    assert sorted((e.subject, e.item) for e in found) == [
        ("BY", "drones"),
        ("IR", "artillery shells"),
    ]


def test_items_listed_after_an_interrupting_according_to(nlp):
    found = events(
        "Tehran has shipped millions of rockets, according to Ukrainian officials, as well as "
        "Fath-360 ballistic missiles and Shahed-136 drones.",
        nlp,
    )
    assert {"Fath-360 missiles", "Shahed-136 drones"} <= {e.item for e in found}


def test_a_count_hung_on_the_calibre_is_no_event(nlp):
    text = "They believe Iran has supplied Russia with more than 140 152mm self-propelled guns."
    assert events(text, nlp) == []


def test_materiel_bound_for_a_side(nlp):
    found = events("A convoy included crates of Iranian drones and rockets bound for Russia.", nlp)
    assert sorted((e.subject, e.item) for e in found) == [("IR", "drones"), ("IR", "rockets")]


def test_materiel_bound_for_a_place_of_no_side_is_no_event(nlp):
    assert events("Crates of shells bound for the depot were stacked by the road.", nlp) == []


def test_what_containers_carry_bound_for_a_side_is_no_second_claim(nlp):
    text = "Most containers are thought to carry 122mm rounds bound for Russian forces."
    assert events(text, nlp) == []


def test_a_generic_item_named_in_apposition_is_one_event(nlp):
    found = events("Officials say Iran has sent Russia missiles, the Fath-360s.", nlp)
    assert [e.item for e in found] == ["Fath-360 missiles"]


def test_troops_of_a_side_not_at_war_moving_into_another_side(nlp):
    [event] = events("Iranian instructors moved to Crimea last month, Kyiv says.", nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_troops_moved_away_from_a_place_are_no_new_deployment(nlp):
    assert events("The Iranian instructors were moved from Crimea, Kyiv says.", nlp) == []


def test_preparing_the_next_group_of_a_series_is_a_speculative_deployment(nlp):
    [event] = events("Kyiv said Iran appeared to be preparing another contingent for Russia.", nlp)
    assert (event.measure, event.subject, event.hedge) == ("personnel", "IR", "speculative")


def test_preparing_troops_with_no_series_mark_is_no_event(nlp):
    assert events("Russia is preparing troops for an offensive, Kyiv said.", nlp) == []


def test_troops_seen_doing_something_somewhere(nlp):
    text = "Kyiv said Iranian crews had been seen operating the launchers near Crimea."
    [event] = events(text, nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_materiel_that_counted_things_resemble_is_no_event(nlp):
    text = "On 3 May we identified two vehicles resembling Tor-M2 air defence systems on a train."
    assert events(text, nlp) == []


def test_fighting_in_an_indefinite_war_names_no_place(nlp):
    text = "It is the first time Iranian troops have fought in a foreign war in decades."
    assert events(text, nlp) == []


def test_fighting_in_a_named_region_is_presence(nlp):
    [event] = events("Iranian troops are now fighting in the Kherson region, Kyiv says.", nlp)
    assert (event.measure, event.subject) == ("personnel", "IR")


def test_materiel_counted_in_apposition_is_no_event(nlp):
    assert events("Iran was sending Russia complete drones, hundreds of them.", nlp) == []

"""Quantity claims in everyday news writing: swaps, dead counted by name, daily tallies,
figures whose noun is left out."""

from __future__ import annotations

import pytest
from tests.extract.helpers import quantities


def _q(text, nlp):
    return [(c.measure, c.number, c.qualifier) for c in quantities(text, nlp)]


def test_people_said_to_be_home_after_a_swap_are_returned_captives(nlp):
    text = "After the prisoner swap, the ministry said 90 Ukrainian soldiers were home."
    assert _q(text, nlp) == [("captured", 90, "exact")]


def test_people_home_on_leave_with_no_swap_are_no_captives(nlp):
    found = _q("The brigade said 90 of its soldiers were home on leave.", nlp)
    assert "captured" not in {m for m, _, _ in found}


def test_every_item_of_an_among_them_list_is_a_part_of_the_count(nlp):
    text = (
        "After the prisoner swap, the ministry said 90 Ukrainian soldiers were home, "
        "among them 70 servicemen and 20 civilians."
    )
    assert _q(text, nlp) == [
        ("captured", 90, "exact"),
        ("captured", 70, "exact"),
        ("captured", 20, "exact"),
    ]


def test_people_once_missing_now_confirmed_in_captivity_are_captured(nlp):
    text = (
        "The ministry said 14 soldiers listed as missing near Bakhmut had been confirmed "
        "alive in Russian captivity."
    )
    assert _q(text, nlp) == [("captured", 14, "exact")]


def test_part_of_a_freed_group_once_listed_missing_is_captured(nlp):
    text = (
        "After the prisoner exchange, officials said the freed Ukrainians include 12 men "
        "who had been listed as missing."
    )
    assert _q(text, nlp) == [("captured", 12, "exact")]


def test_part_of_the_dead_once_listed_missing_is_killed(nlp):
    assert _q("The dead include five men who had been listed as missing.", nlp) == [
        ("killed", 5, "exact")
    ]


def _qs(text, nlp):
    return [(c.measure, c.number, c.subject) for c in quantities(text, nlp)]


def test_a_bare_figure_after_a_semicolon_counts_the_noun_of_the_clause_before(nlp):
    text = "In the exchange Russia handed over 300 bodies; Kyiv returned 25."
    assert _qs(text, nlp) == [("killed", 300, "UA"), ("killed", 25, "RU")]


def test_captives_handed_over_in_two_clauses_belong_to_the_other_side(nlp):
    text = "Russia freed 62 prisoners; Kyiv returned 41."
    assert _qs(text, nlp) == [("captured", 62, "UA"), ("captured", 41, "RU")]


def test_bodies_handed_over_as_others_speak_take_no_side_from_the_speaker(nlp):
    text = "Russia handed over 30 bodies, US officials said."
    assert _qs(text, nlp) == [("killed", 30, None)]


def test_the_whole_of_one_of_n_prisoners_counts_the_captives(nlp):
    text = "Andriy was one of 150 Ukrainian prisoners of war freed in the exchange."
    assert _q(text, nlp) == [("captured", 150, "exact")]


def test_people_taken_alive_are_captured(nlp):
    assert _q("Our unit took 12 North Korean soldiers alive near Sudzha.", nlp) == [
        ("captured", 12, "exact")
    ]


def test_a_bare_figure_taken_prisoner_is_captured(nlp):
    assert _q("The brigade took 40 prisoner.", nlp) == [("captured", 40, "exact")]


def test_a_total_the_verb_hangs_on_counts_what_it_totals_past_a_dated_phrase(nlp):
    text = "The ministry's running total of Russian losses since 24.02.2022 now stands at 9,300."
    assert _q(text, nlp) == [("casualties", 9300, "exact")]


def _qv(text, nlp):
    return [(c.measure, c.number, c.vague) for c in quantities(text, nlp)]


def test_a_bare_figure_that_remains_somewhere_stands_for_troops_before_it(nlp):
    text = "Moscow pulled its troops back, though Kyiv believes several thousand remain in Kursk."
    assert _qv(text, nlp) == [("personnel", None, "several thousand")]


def test_a_bare_figure_that_has_gone_stands_for_troops_of_the_sentence_before(nlp):
    text = "Consider the soldiers first. Officials say more than 9,000 have gone."
    assert _qv(text, nlp) == [("personnel", 9000, None)]


def test_a_bare_figure_that_remains_after_civilians_is_no_count(nlp):
    assert _qv("Officials evacuated residents, but about 300 remain in the town.", nlp) == []


def test_a_participle_clause_on_a_bare_figure_names_no_noun(nlp):
    text = (
        "At least 24 launchers arrived in Russia in May, "
        "in addition to roughly 120 delivered last year."
    )
    assert _q(text, nlp) == [("materiel", 24, "at_least"), ("materiel", 120, "about")]


def test_an_average_a_day_is_a_rate_not_a_count(nlp):
    assert _q("Officials said the army lost an average of 900 soldiers a day in May.", nlp) == []


def test_enemy_soldiers_named_in_a_daily_tally_are_losses(nlp):
    assert _q("Ukraine's General Staff: 1,150 invaders in a day", nlp) == [
        ("casualties", 1150, "exact")
    ]


def test_people_who_have_fallen_in_the_fighting_are_killed(nlp):
    text = "An official said fewer than 200 of our soldiers had fallen in the fighting."
    assert _q(text, nlp) == [("killed", 200, "fewer_than")]


def test_people_who_fell_ill_are_not_killed(nlp):
    assert "killed" not in {m for m, _, _ in _q("Two soldiers fell ill.", nlp)}


def test_the_whole_of_one_of_n_demonym_people_takes_what_befell_them(nlp):
    text = "He is one of three North Koreans now held by Ukraine, officials said."
    assert _q(text, nlp) == [("captured", 3, "exact")]


def test_a_state_adjective_before_the_people_noun_says_what_befell_them(nlp):
    assert _q("Medics evacuated five wounded soldiers.", nlp) == [("wounded", 5, "exact")]


def test_captured_ranks_stay_captured_past_an_aside_about_one_of_them(nlp):
    text = "Kyiv posted photos of two captured Russian sergeants, one of them wounded."
    assert _q(text, nlp) == [("captured", 2, "exact")]


def test_an_estimate_of_a_deployment_counts_people_sent(nlp):
    text = (
        "Kyiv said 900 soldiers had been killed. Kyiv also raised its estimate of the "
        "deployment to 4,000 soldiers."
    )
    assert _q(text, nlp) == [("killed", 900, "exact"), ("personnel", 4000, "exact")]


def test_a_figure_compared_after_an_included_part_compares_with_the_whole(nlp):
    text = (
        "Seoul raised its estimate of Russian casualties to about 4,100, including some "
        "600 killed, up from about 3,000 in March."
    )
    assert [m for m, _, _ in _q(text, nlp)] == ["casualties", "killed", "casualties"]


@pytest.mark.parametrize(
    ("case", "text", "measure", "number"),
    [
        ("people present counted by 'number'",
         "Belarusian troops in the region now number about 9,800.", "personnel", 9800),
        ("people present counted by 'total'",
         "Belarusian troops in the region now total about 11,000.", "personnel", 11000),
        ("a count reached with its qualifier parsed as a preposition",
         "Belarusian casualties in the region had reached around 5,200.", "casualties", 5200),
    ],
)
def test_a_count_that_numbers_or_totals_people(nlp, case, text, measure, number):
    [claim] = quantities(text, nlp)
    assert (claim.measure, claim.number) == (measure, number), case


def test_troops_that_reach_a_place_are_no_count_of_people(nlp):
    assert quantities("Belarusian troops reached 40 villages near the border.", nlp) == []


@pytest.mark.parametrize(
    ("case", "text", "qualifier"),
    [
        ("'no more than' before a partitive", "Moscow insists that no more than 500 of its "
         "soldiers were captured.", "up_to"),
        ("'no fewer than' before a partitive", "No fewer than 500 of the conscripts were "
         "killed, officials said.", "at_least"),
    ],
)
def test_no_that_bounds_a_figure_negates_nothing(nlp, case, text, qualifier):
    [claim] = quantities(text, nlp)
    assert (claim.number, claim.qualifier) == (500, qualifier), case


def test_no_before_the_people_still_negates(nlp):
    assert quantities("No soldiers were captured, Moscow said of the 500 men.", nlp) == []


@pytest.mark.parametrize(
    ("text", "number", "item"),
    [
        ("Germany sent 20 self-propelled howitzers to Ukraine.", 20, "self-propelled howitzers"),
        (
            "Iran has delivered 300 more one-way attack drones to Russia.",
            300,
            "one-way attack drones",
        ),
        (
            "Russia received 100 air-launched cruise missiles from Iran.",
            100,
            "air-launched cruise missiles",
        ),
        ("France delivered 12 truck-mounted howitzers last month.", 12, "truck-mounted howitzers"),
        ("Kyiv has received 80 US-made armoured vehicles.", 80, "armoured vehicles"),
        ("Moscow received 40 North Korean-made howitzers in the spring.", 40, "howitzers"),
    ],
)
def test_a_hyphenated_modifier_before_the_counted_noun_is_skipped(nlp, text, number, item):
    found = [(c.measure, c.number, c.item) for c in quantities(text, nlp)]
    assert found == [("materiel", number, item)]


@pytest.mark.parametrize(
    "text",
    [
        "A 35-year-old soldier was killed in the strike.",
        "Russia plans to buy 300 one-way attack drones from Iran.",
        "Ukraine shot down 40 Iranian-made drones overnight.",
    ],
)
def test_a_hyphenated_modifier_makes_no_count_of_an_age_a_plan_or_a_shootdown(nlp, text):
    found = quantities(text, nlp)
    assert all(c.measure != "materiel" and c.number != 35 for c in found)


@pytest.mark.parametrize(
    ("case", "text", "measure"),
    [
        ("speakers counted as captured", "Two North Korean soldiers captured by Ukraine have "
         "said they want to defect.", "captured"),
        ("speakers counted as wounded", "Two Ukrainian soldiers wounded near Sudzha told "
         "reporters the shelling was constant.", "wounded"),
    ],
)
def test_speakers_counted_by_what_befell_them_are_a_claim(nlp, case, text, measure):
    [claim] = quantities(text, nlp)
    assert (claim.measure, claim.number, claim.claimant, claim.hedge) == (
        measure, 2, None, "asserted"), case


def test_speakers_counted_by_nothing_that_befell_them_are_no_claim(nlp):
    assert quantities("Two North Korean officials have said the talks went well.", nlp) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia has lost about 1,500 soldiers a day in recent weeks, analysts said.",
        "North Korea ships about 100 containers a week to Russia, officials said.",
        "The army is losing some 300 men per day, the ministry said.",
    ],
)
def test_a_count_per_day_week_or_month_is_a_rate_not_a_claim(nlp, text):
    assert quantities(text, nlp) == []


def test_a_days_tally_is_still_a_claim(nlp):
    [claim] = quantities("Russia lost 1,530 soldiers over the past day, Kyiv said.", nlp)
    assert (claim.measure, claim.number) == ("casualties", 1530)

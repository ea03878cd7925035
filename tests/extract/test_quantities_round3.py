"""Quantity claims, round 3: figures that lean on the count told before, and counts of
things that are neither people nor materiel."""

from __future__ import annotations

import pytest
from tests.extract.helpers import quantities


def _q(text, nlp):
    return [(c.measure, c.number, c.qualifier) for c in quantities(text, nlp)]


def test_a_bare_figure_a_source_confirms_counts_what_was_just_told(nlp):
    text = "A villager said 30 people had been killed. Police have confirmed 12."
    assert _q(text, nlp) == [("killed", 30, "exact"), ("killed", 12, "exact")]


def test_a_bare_figure_confirmed_after_a_count_of_troops(nlp):
    text = "A local official said nine soldiers had deserted. The army has confirmed only four."
    assert [n for _, n, _ in _q(text, nlp)] == [9, 4]


def test_a_compound_before_a_total_noun_counts_something_else(nlp):
    text = "The shelling killed 30 soldiers, officials said. Reader count: 45,000."
    assert _q(text, nlp) == [("killed", 30, "exact")]


def test_a_later_item_of_an_including_list_is_part_of_the_count_before(nlp):
    text = (
        "The ministry said 120 soldiers came back from captivity, "
        "among them 14 marines and six paratroopers."
    )
    assert _q(text, nlp) == [
        ("captured", 120, "exact"),
        ("captured", 14, "exact"),
        ("captured", 6, "exact"),
    ]


def test_a_total_of_only_quantifies_the_people_after_it(nlp):
    text = (
        "Officials said 30 people died in the shelling. "
        "A total of 2,100 soldiers have been released from captivity."
    )
    assert _q(text, nlp) == [("killed", 30, "exact"), ("captured", 2100, "exact")]


def test_people_home_in_a_verbless_swap_headline_are_returned_captives(nlp):
    assert _q("Sixth exchange: 90 marines home", nlp) == [("captured", 90, "exact")]


def test_a_clause_of_whom_tells_of_the_part_not_the_whole(nlp):
    text = (
        "Q: And the soldiers? Is the figure of 9,000 still right?\n"
        "A: It is higher now. I would put it at about 12,000, of whom perhaps 3,000 have "
        "been killed or wounded.\n"
    )
    assert [(m, n) for m, n, _ in _q(text, nlp)][-2:] == [
        ("personnel", 12000),
        ("casualties", 3000),
    ]


def test_a_state_adjective_heading_the_figure_is_what_it_counts(nlp):
    assert _q("Medics counted 68 dead that night.", nlp) == [("killed", 68, "exact")]


def test_soldiers_who_blew_themselves_up_were_killed(nlp):
    assert _q("Four soldiers blew themselves up with grenades.", nlp) == [("killed", 4, "exact")]


def test_blowing_up_a_thing_says_nothing_of_the_people(nlp):
    assert _q("Four soldiers blew up a bridge and surrendered.", nlp) == [("captured", 4, "exact")]


def test_what_was_done_rather_than_something_else(nlp):
    text = "Four soldiers stayed in the trench rather than surrender."
    assert _q(text, nlp) == [("personnel", 4, "exact")]


def test_a_source_phrase_in_the_subject_names_no_count(nlp):
    text = (
        "Officials said 20 soldiers were captured in March. "
        "This town, by the mayor's own tally, has taken 90 of the shells since May."
    )
    assert _q(text, nlp) == [("captured", 20, "exact")]


def test_people_the_writer_asked_are_sources_not_troops(nlp):
    assert _q("Three soldiers we asked doubt that the line will hold.", nlp) == []


def test_people_interviewed_by_an_outlet_are_sources_not_troops(nlp):
    assert _q("Five soldiers interviewed by the paper said the unit had fled.", nlp) == []


def test_friends_killed_are_people_killed(nlp):
    assert _q("A drone strike in May killed two of his friends.", nlp) == [("killed", 2, "exact")]


def test_closer_to_in_a_copula_gives_the_count_before(nlp):
    text = (
        "Seoul puts casualties at about 3,000, a figure that includes 500 killed; "
        "Kyiv thinks the real number is closer to 4,000."
    )
    assert _q(text, nlp) == [
        ("casualties", 3000, "about"),
        ("killed", 500, "exact"),
        ("casualties", 4000, "about"),
    ]


def test_a_state_adjective_after_a_demonym(nlp):
    assert _q("We confirmed 40 Russian dead last week.", nlp) == [("killed", 40, "exact")]


def test_a_figure_restated_after_a_correction_counts_what_the_withdrawn_one_did(nlp):
    text = (
        "Medics said 300 soldiers were wounded in the battle.\n\n"
        "CORRECTION: An earlier version of this story said 90 soldiers had been killed. "
        "The figure given by the General Staff is 80."
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number) for c in found] == [("wounded", 300), ("killed", 80)]
    assert found[-1].claimant is not None and found[-1].claimant.text == "the General Staff"


def test_a_bare_object_of_a_coordinated_handing_verb_counts_what_the_first_did(nlp):
    text = "Ukraine received the bodies of 500 of its soldiers on Friday and handed 30 to Russia."
    found = quantities(text, nlp)
    assert [(c.measure, c.number, c.subject) for c in found] == [
        ("killed", 500, "UA"),
        ("killed", 30, "RU"),
    ]


def test_a_coordinated_verb_with_a_measure_of_its_own_keeps_it(nlp):
    text = "The army captured 20 soldiers and killed 30."
    assert _q(text, nlp) == [("captured", 20, "exact"), ("killed", 30, "exact")]


def test_people_who_live_somewhere_are_a_population(nlp):
    text = "The mayor said about 900 people still live in the village, down from 6,000."
    assert _q(text, nlp) == []


def test_a_town_of_n_people_is_a_population(nlp):
    assert _q("Shells hit Vovchansk, a town of 17,000 people, officials said.", nlp) == []


def test_the_whole_a_thing_is_one_of_when_it_was_supplied(nlp):
    text = "Soldiers stand beside a Leopard tank, one of roughly 80 that Germany has delivered."
    [claim] = quantities(text, nlp)
    assert (claim.measure, claim.number, claim.qualifier, claim.subject) == (
        "materiel",
        80,
        "about",
        "DE",
    )


def test_the_whole_a_thing_is_one_of_with_no_relative_pronoun(nlp):
    text = (
        "Soldiers stand beside a Leopard tank, one of roughly 80 Germany has delivered to Ukraine."
    )
    assert [(m, n) for m, n, _ in _q(text, nlp)] == [("materiel", 80)]


def test_one_of_a_whole_not_supplied_is_no_count(nlp):
    assert _q("A Leopard tank, one of roughly 80 in the brigade, was hit.", nlp) == []


def test_what_one_of_a_kind_holds_is_a_capacity(nlp):
    text = "A standard container holds roughly 400 shells, and Iran has sent 300 containers."
    assert [n for _, n, _ in _q(text, nlp)] == [300]


def test_putting_the_total_at_restates_the_supply_before(nlp):
    text = (
        "Iran has shipped thousands of containers to Russia, officials said. "
        "The ministry put the total at 2 million rounds of ammunition."
    )
    assert ("materiel", 2_000_000, "exact") in _q(text, nlp)


def test_delivered_all_it_promised_is_delivered(nlp):
    text = "The Netherlands says it has now delivered all 24 F-16 jets it promised Ukraine."
    assert _q(text, nlp) == [("materiel", 24, "exact")]


def test_the_last_of_what_was_promised_delivered_completes_it(nlp):
    """ "has handed Ukraine the last of the 19 jets it pledged": with the last share
    delivered, the whole pledge is."""
    text = "Denmark has handed Ukraine the last of the 19 F-16 jets it pledged."
    assert _q(text, nlp) == [("materiel", 19, "exact")]
    assert _q("Denmark has pledged the last of the 19 F-16 jets.", nlp) == []


def test_what_will_be_delivered_as_promised_is_a_plan(nlp):
    assert _q("Denmark will deliver the 19 jets it promised.", nlp) == []


def _sides(text, nlp):
    return [(c.measure, c.number, c.subject) for c in quantities(text, nlp)]


def test_civilians_named_by_their_town_are_of_its_side(nlp):
    text = "Volunteers hung photographs of 1,400 Kharkiv residents killed since 2022."
    assert _sides(text, nlp) == [("killed", 1400, "UA")]


def test_bodies_a_side_receives_or_that_are_returned_to_it_are_its_dead(nlp):
    text = (
        "The bodies of 700 soldiers were returned to Ukraine; the Russian side received 40 bodies."
    )
    assert _sides(text, nlp) == [("killed", 700, "UA"), ("killed", 40, "RU")]


def test_the_supplier_of_the_whole_a_thing_is_one_of(nlp):
    text = "Soldiers stand beside a Bradley, one of roughly 300 the United States has delivered."
    assert _sides(text, nlp) == [("materiel", 300, "US")]


def test_the_estimator_of_put_the_figure_at_is_not_what_is_counted(nlp):
    text = (
        "A post claimed Iran sent 90 million shells. "
        "The General Staff has put the figure at more than 2 million rounds."
    )
    assert _q(text, nlp)[-1] == ("materiel", 2_000_000, "more_than")


def test_losses_of_n_past_a_phrase_between(nlp):
    text = "The ministry said a brigade inflicted losses on the enemy of up to 65 servicemen."
    assert _q(text, nlp) == [("casualties", 65, "up_to")]


def test_a_sum_of_the_killed_and_the_wounded_is_casualties(nlp):
    text = "A spokesman said about 1,400 soldiers had been killed and 2,900 wounded, 4,300 in all."
    assert _q(text, nlp) == [
        ("killed", 1400, "about"),
        ("wounded", 2900, "exact"),
        ("casualties", 4300, "exact"),
    ]


def test_bodies_returned_to_a_side_are_its_dead(nlp):
    assert _sides("Ukraine returned 43 bodies to Russia on Friday.", nlp) == [("killed", 43, "RU")]


def test_a_source_s_own_side_may_suffer_what_it_reports(nlp):
    text = (
        "Russian drones killed at least nine Ukrainian civilians overnight. "
        "Ukraine's army command rejected the claim, saying that two soldiers had been slightly "
        "wounded."
    )
    assert _sides(text, nlp)[-1] == ("wounded", 2, "UA")


def _items(text, nlp):
    return [(c.number, c.item) for c in quantities(text, nlp)]


def test_the_count_in_a_whole_is_no_part_of_the_item(nlp):
    text = (
        "Denmark has already delivered F-16s of its own. A spokeswoman said 18 of the 24 jets "
        "pledged by the Netherlands had now been handed over."
    )
    assert _items(text, nlp) == [(18, "F-16 fighter jets")]


def test_a_total_of_the_supply_told_before_names_its_item(nlp):
    text = (
        "Germany said it had delivered two more IRIS-T air defence systems last week, "
        "bringing the number it has sent to Ukraine to six."
    )
    assert _items(text, nlp) == [
        (2, "IRIS-T air defence systems"),
        (6, "IRIS-T air defence systems"),
    ]


def test_numbers_inside_names_and_calibres_stay_in_the_item(nlp):
    text = "Officials said Pyongyang had shipped 40 KN-23 missiles and 20 170 mm guns to Russia."
    assert _items(text, nlp) == [
        (40, "Hwasong-11 missiles"),
        (20, "M1989 Koksan self-propelled gun"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If Kim sends the thousands more that Seoul expects this year, we should know.",
        "Unless Iran delivered 200 missiles last month, the strikes make no sense.",
    ],
)
def test_a_figure_in_a_condition_is_no_claim(nlp, text):
    assert _q(text, nlp) == []


def test_a_condition_beside_the_figure_leaves_it_a_claim(nlp):
    text = "Officials said 300 soldiers were killed, if the early reports are right."
    assert _q(text, nlp) == [("killed", 300, "exact")]


def test_a_dateline_before_the_subject_is_not_the_subject(nlp):
    text = "KYIV, Ukraine (CP) — Russia and Ukraine each released 150 prisoners of war on Saturday."
    assert _sides(text, nlp) == [("captured", 150, "RU"), ("captured", 150, "UA")]


def test_a_dateline_does_not_make_its_city_the_supplier(nlp):
    text = "SEOUL, South Korea (AP) — North Korea has sent 3,000 more troops to Russia."
    assert _sides(text, nlp) == [("personnel", 3000, "KP")]


def test_civilians_not_said_to_be_harmed_held_or_sent_are_no_count(nlp):
    assert _q("He corrected the figure, saying one woman had been counted twice.", nlp) == []


@pytest.mark.parametrize(
    "text",
    [
        "Recruitment centres in the oblast had called up roughly 2,500 men in February.",
        "Russia signed up 12,000 new contract soldiers in February.",
        "The army conscripted 4,000 men last month.",
    ],
)
def test_people_called_up_signed_up_or_conscripted_are_personnel(nlp, text):
    assert [m for m, _, _ in _q(text, nlp)] == ["personnel"]


def test_patients_counted_in_a_hospital_are_wounded(nlp):
    text = (
        "At the city hospital, surgeon Olha Bilyk examines a boy wounded in the attack. "
        '"Thirty-one patients in three nights," she said.'
    )
    assert _q(text, nlp) == [("wounded", 31, "exact")]


def test_patients_moved_by_a_hospital_are_no_count(nlp):
    assert _q("The hospital evacuated 200 patients to Lviv.", nlp) == []


def test_the_calibre_of_the_things_a_figure_stands_for_stays_in_the_item(nlp):
    text = "The 155mm shells cost $5,000 each and Germany has sent 1 million of them to Ukraine."
    assert _items(text, nlp) == [(1_000_000, "155mm artillery shells")]


def test_a_bare_figure_then_its_auxiliaries_and_a_state_whatever_the_parse(nlp):
    text = (
        "At least 49 people were killed in the attack on Poltava, including 17 children, "
        "and more than 200 were injured."
    )
    assert _q(text, nlp) == [
        ("killed", 49, "at_least"),
        ("killed", 17, "exact"),
        ("wounded", 200, "more_than"),
    ]


def test_the_people_an_attacker_kills_are_not_the_attacker_s(nlp):
    assert _sides("Russian strike on Kharkiv kills 3, injures 28", nlp) == [
        ("killed", 3, "UA"),
        ("wounded", 28, "UA"),
    ]


def test_the_strength_of_a_unit_counts_its_people(nlp):
    text = "A 2,000-strong North Korean unit was deployed to Kursk, officials said."
    assert _sides(text, nlp) == [("personnel", 2000, "KP")]


def test_a_count_of_units_is_still_no_count_of_people(nlp):
    assert _q("Two North Korean brigades were sent to Kursk.", nlp) == []


def test_a_toll_that_includes_the_dead_counts_more_than_the_dead(nlp):
    text = "The NIS last month put the toll at about 3,000, including 300 dead."
    assert _q(text, nlp) == [("casualties", 3000, "about"), ("killed", 300, "exact")]


def test_a_death_toll_including_children_stays_the_dead(nlp):
    text = "The death toll rose to 14, including two children."
    assert _q(text, nlp) == [("killed", 14, "exact"), ("killed", 2, "exact")]


def test_troops_a_side_raises_are_its_own(nlp):
    text = (
        "Ukraine said on Monday that its losses were falling. "
        "Russia signed up 12,000 new contract soldiers in February, per its Security Council."
    )
    assert _sides(text, nlp) == [("personnel", 12000, "RU")]


def test_the_captor_of_in_russian_captivity_is_no_place_of_the_missing(nlp):
    text = (
        "More than 8,000 defenders remain in Russian captivity, and nearly 60,000 people are "
        "registered as missing, a Kyiv official said."
    )
    assert [s for _, _, s in _sides(text, nlp)][1] != "RU"


def test_the_subject_of_likely_to_have_lost_is_the_sufferer(nlp):
    text = "Russia is likely to have lost 1,500 men in May, the UK said."
    assert _sides(text, nlp) == [("casualties", 1500, "RU")]

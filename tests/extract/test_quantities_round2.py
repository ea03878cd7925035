"""Quantity claims, round 2: figures written other ways, measures read from other
cues, rows that name a route, and figures that are denied."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in, quantities


def _q(text, nlp):
    return [(c.measure, c.number, c.number_high, c.qualifier) for c in quantities(text, nlp)]


def test_a_tilde_before_a_figure_is_about(nlp):
    assert _q("Officials said Iran had delivered ~2 million rounds to Moscow.", nlp) == [
        ("materiel", 2_000_000, None, "about")
    ]


def test_a_plus_glued_to_the_multiplier_is_a_lower_bound(nlp):
    assert _q("Officials said Berlin had delivered 2 million+ rounds to Kyiv.", nlp) == [
        ("materiel", 2_000_000, None, "at_least")
    ]


def test_a_range_with_its_first_multiplier_glued_to_the_hyphen(nlp):
    assert _q("Officials said Pyongyang had shipped 4 million-5.5 million rounds.", nlp) == [
        ("materiel", 4_000_000, 5_500_000, "range")
    ]


def test_a_percentage_range_is_no_count(nlp):
    assert _q("Gunners put the failure rate of the shells at 10-15%.", nlp) == []


def test_a_year_range_is_no_count(nlp):
    assert _q("Minsk shipped drones to Moscow in 2022-2023, officials said.", nlp) == []


@pytest.mark.parametrize(
    "words, qualifier",
    [("as high as", "up_to"), ("closer to", "about"), ("somewhere around", "about")],
)
def test_more_qualifiers(nlp, words, qualifier):
    [claim] = quantities(f"Analysts say the toll of the strike is {words} 900 dead.", nlp)
    assert claim.qualifier == qualifier


def test_a_row_labelled_with_a_route_counts_supply_along_it(nlp):
    text = "Deliveries so far (our estimates)\n- Iran to Russia: 9,000 drones, 2023\n"
    [claim] = quantities(text, nlp)
    assert (claim.measure, claim.subject, claim.recipient, claim.number) == (
        "materiel",
        "IR",
        "RU",
        9000,
    )


def test_words_after_a_figure_beat_the_label_before_a_colon(nlp):
    text = "Putin's proxies: more than 700 killed or wounded in a week\n"
    assert _q(text, nlp) == [("casualties", 700, None, "more_than")]


@pytest.mark.parametrize(
    "text",
    [
        "No, 20,000 Belarusian soldiers have not been killed in Ukraine.",
        "Estimates differ, but none comes close to 20,000 dead.",
        "Tehran denied that 500 drones were sent to Moscow.",
    ],
)
def test_a_denied_figure_is_no_claim(nlp, text):
    assert _q(text, nlp) == []


def test_a_figure_in_a_clause_beside_a_negated_one_stands(nlp):
    text = "The army said no drill had been under way and that three soldiers were wounded."
    assert _q(text, nlp) == [("wounded", 3, None, "exact")]


def test_people_in_hospital_are_wounded(nlp):
    assert _q("The mayor said 14 people are in hospital.", nlp) == [("wounded", 14, None, "exact")]


def test_still_missing(nlp):
    assert _q("Three fishermen are still missing, the mayor added.", nlp) == [
        ("missing", 3, None, "exact")
    ]


def test_part_of_the_people_named_by_what_befell_them(nlp):
    assert _q("Six of the dead were firefighters, the mayor said.", nlp) == [
        ("killed", 6, None, "exact")
    ]


def test_each_figure_of_two_coordinated_harms_in_capitals(nlp):
    text = "Kyiv says 900 invaders have been KILLED and 1,400 WOUNDED this month."
    assert _q(text, nlp) == [("killed", 900, None, "exact"), ("wounded", 1400, None, "exact")]


def test_taken_alive_is_captured(nlp):
    assert _q("Only THREE have been taken alive, Kyiv says.", nlp) == [
        ("captured", 3, None, "exact")
    ]


def test_claims_helper_still_sees_events(nlp):
    assert all(c.kind in ("quantity", "event") for c in claims_in("Ten soldiers died.", nlp))


def test_a_count_a_copula_gives(nlp):
    assert _q("She thinks the real death toll is probably between 300 and 400.", nlp) == [
        ("killed", 300, 400, "range")
    ]


def test_it_as_the_count_named_before(nlp):
    text = "The toll of the battle is about 800 dead. Some medics say it may be as high as 1,100."
    found = quantities(text, nlp)
    assert [(c.measure, c.number, c.qualifier, c.hedge) for c in found] == [
        ("killed", 800, "about", "asserted"),
        ("killed", 1100, "up_to", "speculative"),
    ]


@pytest.mark.parametrize(
    "text, number",
    [
        ("The second contingent of about 4,000 reached Russia in May.", 4000),
        ("The new group, estimated at 2,000 to 3,000, crossed into Russia.", 2000),
    ],
)
def test_the_size_of_a_body_of_troops(nlp, text, number):
    [claim] = quantities(text, nlp)
    assert (claim.measure, claim.number) == ("personnel", number)


def test_what_befell_a_body_of_troops(nlp):
    assert _q("A company of 120 was wiped out near the river.", nlp) == [
        ("killed", 120, None, "exact")
    ]


def test_part_of_a_group_included_in_it(nlp):
    text = (
        "Kyiv and Moscow swapped 90 prisoners each.\n\n"
        "Those who came home included 14 marines and six medics, Kyiv said."
    )
    found = [(c.measure, c.number) for c in quantities(text, nlp)][2:]
    assert found == [("captured", 14), ("captured", 6)]


def test_the_dead_include(nlp):
    assert _q("The dead include three firefighters, the mayor said.", nlp) == [
        ("killed", 3, None, "exact")
    ]


def test_the_main_verb_beats_the_words_describing_the_subject(nlp):
    text = "Kyiv said 25 marines listed as missing in May had been confirmed as prisoners of war."
    assert _q(text, nlp) == [("captured", 25, None, "exact")]


def test_their_number_is_the_people_named_before(nlp):
    text = "Minsk is suspected of sending drone instructors. Kyiv put their number at 300."
    assert [(c.measure, c.number) for c in quantities(text, nlp)] == [("personnel", 300)]


def test_what_was_dispatched_is_what_the_figure_before_counted(nlp):
    text = "Minsk sent 500 more soldiers in May, bringing the total it has dispatched to 2,000."
    assert [(c.measure, c.number) for c in quantities(text, nlp)] == [
        ("personnel", 500),
        ("personnel", 2000),
    ]


def test_a_corrected_hospital_figure_is_wounded(nlp):
    text = "The mayor has corrected the hospital figure to 31."
    assert _q(text, nlp) == [("wounded", 31, None, "exact")]


def test_a_count_in_a_year_is_no_ratio(nlp):
    text = "Minsk called up 40,000 men this year, up from 25,000 in 2023, officials said."
    assert [c.number for c in quantities(text, nlp)] == [40000, 25000]


def test_patients_are_people(nlp):
    assert _q("Forty-two patients were injured, doctors said.", nlp) == [
        ("wounded", 42, None, "exact")
    ]


def test_a_noun_after_or_so(nlp):
    assert _q("Minsk has sent a thousand or so instructors, the colonel said.", nlp) == [
        ("personnel", 1000, None, "about")
    ]


def test_a_withdrawn_figure_is_no_claim(nlp):
    assert _q("An earlier version of this story said 700 soldiers had been killed.", nlp) == []


def test_a_generic_hypothetical_is_no_claim(nlp):
    assert _q("An army that loses 5,000 men a week cannot hold the line.", nlp) == []


def test_higher_than_in_a_copula(nlp):
    assert _q("Kyiv said Russian losses may be higher than 700.", nlp) == [
        ("casualties", 700, None, "more_than")
    ]


def test_holding_prisoners(nlp):
    text = "Q: How many prisoners do you have?\n\nA: We hold five.\n"
    assert _q(text, nlp) == [("captured", 5, None, "exact")]


def test_a_total_restating_the_supply_told_before(nlp):
    text = (
        "Pyongyang has shipped 9,000 containers of munitions to Moscow. "
        "Analysts say the total could be as high as 4 million shells."
    )
    assert _q(text, nlp) == [
        ("materiel", 9000, None, "exact"),
        ("materiel", 4_000_000, None, "up_to"),
    ]


def test_ownerless_data_is_the_writer_s_voice(nlp):
    [claim] = quantities("According to verified data, 90 defenders came home in the swap.", nlp)
    assert (claim.claimant, claim.hedge) == (None, "asserted")


def test_per_a_possessed_body(nlp):
    [claim] = quantities("Minsk called up 6,000 reservists, per its defence ministry.", nlp)
    assert claim.claimant.text == "its defence ministry"


def test_a_list_item_with_its_own_source_does_not_lend_the_lead_s_to_its_other_sentences(nlp):
    text = (
        "Key facts, according to officials in Kyiv:\n"
        "1) Minsk has sent 4,000 troops, Belarus's defence ministry says. About 300 of them "
        "have been killed or wounded.\n"
    )
    found = quantities(text, nlp)
    assert [(c.number, c.claimant.text if c.claimant else None) for c in found] == [
        (4000, "Belarus's defence ministry"),
        (300, None),
    ]


@pytest.mark.parametrize(
    ("case", "text", "qualifier"),
    [
        ("a plural subject's 'top'", "Analysts say Russian losses top 90,000 dead.", "more_than"),
        ("'exceed' after an adverb", "Analysts say Russian deaths probably exceed 9,000.",
         "more_than"),
        ("'near' like 'nearly'", "Analysts put the toll near 900 dead.", "fewer_than"),
    ],
)
def test_verbs_and_near_that_bound_a_figure(nlp, case, text, qualifier):
    [claim] = quantities(text, nlp)
    assert claim.qualifier == qualifier, case

"""Quantity claims in tabloid and aggregator wording: a leader's name for his side's
troops, slang for killing, nationals counted where the war is, topic labels before a
colon, and figures inside a question someone asked. Every text is ours."""

from __future__ import annotations

import pytest
from tests.extract.helpers import quantities


def facts(text, nlp):
    return [(c.measure, c.number, c.subject) for c in quantities(text, nlp)]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        (
            "the bare possessive 'Kim's' is North Korea's",
            "Ukraine said 3,000 of Kim's troops were killed.",
            [("killed", 3_000, "KP")],
        ),
        (
            "captives taken from 'Kim's' men keep his side",
            "Ukrainian paratroopers captured two of Kim's elite commandos.",
            [("captured", 2, "KP")],
        ),
    ],
)
def test_a_leaders_possessive_names_his_side(nlp, case, text, expected):
    assert facts(text, nlp) == expected, case


@pytest.mark.parametrize(
    ("case", "text", "measure"),
    [
        ("'taken out' is killed", "Kyiv says it has taken out more than 200 of Kim's men.",
         "killed"),
        ("'thrown into' the war is sent",
         "Putin has thrown 600,000 men into the fighting.", "personnel"),
        ("'blown to bits' is killed",
         "Hundreds of Kim Jong-un's soldiers have been blown to bits by drones.", "killed"),
    ],
)
def test_slang_for_killing(nlp, case, text, measure):
    assert [f[0] for f in facts(text, nlp)] == [measure], case


def test_taking_out_things_is_no_killing(nlp):
    assert facts("The bank took out 200 loans last year.", nlp) == []


@pytest.mark.parametrize(
    ("case", "text", "found"),
    [
        ("nationals placed in a land at war are troops",
         "Some 11,000 North Koreans are in Russia's Kursk region.", [("personnel", 11_000, "KP")]),
        ("after 'there are'", "There are some 11,000 North Koreans in Kursk.",
         [("personnel", 11_000, "KP")]),
        ("under 'thought to be'", "Some 11,000 North Koreans are thought to be in Russia.",
         [("personnel", 11_000, "KP")]),
        ("nationals abroad far from the war are no troops",
         "About 2 million Ukrainians are in Poland.", []),
        ("nationals at home are no troops", "About 300 Ukrainians remain in Sumy.", []),
    ],
)
def test_nationals_counted_where_the_war_is(nlp, case, text, found):
    assert facts(text, nlp) == found, case


def test_a_topic_before_a_colon_is_no_source(nlp):
    """ "Kim's 'invincible' troops: more than 5,000 killed": the troops are the topic."""
    claim = quantities("Kim's 'invincible' troops: more than 5,000 killed or wounded", nlp)[0]
    assert (claim.number, claim.claimant) == (5_000, None)


@pytest.mark.parametrize(
    ("case", "text", "found"),
    [
        ("asked whether", "He asked whether 300 North Korean soldiers had been killed.", []),
        ("asked whether it was true that",
         "A lawmaker asked whether it was true that 20,000 North Korean troops were in Russia.",
         []),
        ("a definite count inside the question is known",
         "She hopes to learn whether her son is among the 560 bodies Russia returned.",
         [("killed", 560)]),
    ],
)
def test_a_figure_inside_a_question_is_no_claim(nlp, case, text, found):
    assert [f[:2] for f in facts(text, nlp)] == found, case


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("losses of N men", "North Korea has suffered losses of up to 5,000 men.",
         [("casualties", 5_000, "KP")]),
        ("deaths of N soldiers", "Kyiv confirmed the deaths of 40 North Korean soldiers.",
         [("killed", 40, "KP")]),
    ],
)
def test_a_harm_noun_counts_the_people_of_its_of_phrase(nlp, case, text, expected):
    assert facts(text, nlp) == expected, case


def test_a_toll_among_troops_counts_their_dead(nlp):
    """ "The toll among Kim's troops has now passed 4,000": the troops say whose toll
    it is; the toll counts the dead, and "passed" bounds it from below."""
    found = [(c.measure, c.number, c.qualifier) for c in quantities(
        "The toll among Kim's troops has now passed 4,000.", nlp
    )]
    assert found == [("killed", 4_000, "more_than")]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("object of the verb", "Ukraine has captured a handful of North Korean soldiers."),
        ("subject of the verb", "A pair of North Korean soldiers were captured near Kursk."),
        ("'scores of' is the figure, not a total's name",
         "Ukraine has captured scores of North Korean soldiers."),
    ],
)
def test_what_befell_a_handful_befell_the_people_it_counts(nlp, case, text):
    """ "captured a handful of soldiers": "a handful of" only quantifies; the capture
    is of the soldiers."""
    assert [f[0] for f in facts(text, nlp)] == ["captured"], case


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("thought to be about", "North Korea's losses are thought to be about 3,000.",
         [("casualties", 3_000, "KP")]),
        ("thought to be closer to", "North Korea's losses are thought to be closer to 3,000.",
         [("casualties", 3_000, "KP")]),
    ],
)
def test_a_count_given_by_a_raised_copula(nlp, case, text, expected):
    """ "losses are thought to be about 3,000": the copula's subject is raised to
    "thought"; the losses are what the figure counts."""
    assert facts(text, nlp) == expected, case


def test_troops_sent_to_a_side_are_not_its_own(nlp):
    """ "The regime sent 3,000 troops to Russia": with no sender named, the subject is
    unknown, never the side the troops went to."""
    assert facts("The regime sent 3,000 troops to Russia.", nlp) == [("personnel", 3_000, None)]

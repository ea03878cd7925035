"""Quantity constructions of long wire copy: counts of sources, ISO timestamps, captives
killed, captures after a killing, people who "go missing", sappers and deminers."""

from __future__ import annotations

import pytest
from tests.extract.helpers import only, quantities


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("the number of anonymous sources after 'according to'",
         "Recruitment has slowed sharply, according to three people familiar with the data."),
        ("sources who attended a briefing",
         "Some casualties were counted twice, according to two people who attended the "
         "briefing."),
        ("an ISO date in a timestamp line", "Updated : 2025-03-14 09:10"),
    ],
)
def test_not_a_count(nlp, case, text):
    assert quantities(text, nlp) == [], case


def test_a_count_of_sources_does_not_hide_the_figure_they_give(nlp):
    claim = only("Three officials said 2,000 North Korean soldiers had been wounded.", nlp)
    assert (claim.measure, claim.number) == ("wounded", 2000)


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("captives put to death",
         "Kyiv says Russian troops executed 19 Ukrainian prisoners of war."),
        ("captives who died", "Nine Ukrainian POWs died in Russian captivity, the ombudsman said."),
    ],
)
def test_captives_who_are_killed_count_as_killed(nlp, case, text):
    assert only(text, nlp).measure == "killed", case


def test_captives_returned_stay_captured(nlp):
    claim = only("Ukraine brought home 150 prisoners of war on Friday.", nlp)
    assert claim.measure == "captured"


def test_taken_prisoner_after_a_killing_is_a_capture_not_a_total(nlp):
    found = quantities("Moscow said its units had killed 80 Ukrainian soldiers and taken 6 "
                       "prisoner near Sudzha.", nlp)
    assert sorted((c.number, c.measure) for c in found) == [(6, "captured"), (80, "killed")]


def test_people_who_go_missing(nlp):
    assert only("Dozens of conscripts go missing every month, the ministry says.",
                nlp).measure == "missing"


@pytest.mark.parametrize("noun", ["deminers", "sappers"])
def test_specialists_sent_are_personnel(nlp, noun):
    claim = only(f"About 600 North Korean {noun} reached Kursk by rail this week.", nlp)
    assert (claim.measure, claim.number, claim.subject) == ("personnel", 600, "KP")


@pytest.mark.parametrize(
    ("case", "text", "measure", "number"),
    [
        ("a time phrase after the figure is not what it counts",
         "Kyiv lowered its estimate of Russian deaths in the region to about 2,400 this week.",
         "killed", 2400),
        ("'bringing to N the number of' with the figure first",
         "The raid netted two more, bringing to seven the number of Russian prisoners held "
         "by the brigade.", "captured", 7),
    ],
)
def test_figure_before_a_determiner(nlp, case, text, measure, number):
    found = [(c.measure, c.number) for c in quantities(text, nlp)]
    assert (measure, number) in found, case


@pytest.mark.parametrize(
    ("case", "text", "low", "high"),
    [
        ("a reduced relative 'thought to number' a range",
         "The second contingent, thought to number between 3,000 and 3,500, reached Kursk in May, "
         "the ministry said.", 3000, 3500),
        ("'believed to number about N' inside a report",
         "The ministry said the fresh troops, believed to number about 2,800, had been sent "
         "to Kursk.", 2800, None),
    ],
)
def test_people_thought_to_number_a_figure(nlp, case, text, low, high):
    claim = only(text, nlp)
    assert (claim.measure, claim.number, claim.number_high) == ("personnel", low, high), case
    assert claim.hedge == "believed", case
    assert claim.claimant is not None and "ministry" in claim.claimant.text, case


def test_an_earlier_figure_a_month_ago_is_no_rate(nlp):
    found = quantities("The brigade's count of Russian dead stands at 410, up from 265 a "
                       "month ago.", nlp)
    assert sorted(c.number for c in found) == [265, 410]


def test_a_figure_a_week_is_still_a_rate(nlp):
    assert quantities("Russia is losing hundreds of men a week.", nlp) == []


@pytest.mark.parametrize(
    ("case", "text", "number"),
    [
        ("vehicles named by their use are materiel",
         "Norway has delivered 24 armoured ambulances to Ukraine.", 24),
        ("a promise in a relative clause kept by 'finished delivering'",
         "Sweden said it had finished delivering the 12 boats it had promised Kyiv.", 12),
    ],
)
def test_materiel_delivered(nlp, case, text, number):
    claim = only(text, nlp)
    assert (claim.measure, claim.number) == ("materiel", number), case


def test_a_pledge_alone_is_still_no_delivery(nlp):
    assert quantities("Norway has pledged 24 armoured ambulances to Ukraine.", nlp) == []


@pytest.mark.parametrize(
    ("case", "text", "subject", "number"),
    [
        ("weapons counted on flatcars are on their way, made by the side that makes them",
         "Satellite images from March show about 30 Koksan guns on flatcars at a border "
         "station.", "KP", 30),
        ("launchers counted on railway wagons",
         "Video shows at least 12 North Korean launchers on railway wagons near the border.",
         "KP", 12),
    ],
)
def test_materiel_seen_in_transit_is_counted(nlp, case, text, subject, number):
    claim = only(text, nlp)
    assert (claim.measure, claim.subject, claim.number) == ("materiel", subject, number), case


def test_materiel_destroyed_on_a_road_is_not_in_transit(nlp):
    assert quantities("About 40 Russian tanks were destroyed on the road to Kursk.", nlp) == []


def test_a_coordinated_clause_with_its_own_subject_says_nothing_of_the_first(nlp):
    """ "… troops remained in Russia, and that about 2,000 had been killed": the killed
    are the 2,000, the 11,000 are present."""
    found = quantities("The agency estimated that around 9,000 Iranian advisers remained in "
                       "Russia, and that about 300 had been killed since May.", nlp)
    assert sorted((c.number, c.measure) for c in found) == [(300, "killed"),
                                                            (9000, "personnel")]


def test_a_weapon_name_in_title_case_is_counted(nlp):
    claim = only("Britain said it had handed over 650 Lightweight Multirole Missiles since "
                 "March, with a further 900 due by the end of the year.", nlp)
    assert (claim.measure, claim.number, claim.subject) == ("materiel", 650, "GB")


def test_the_speaker_who_says_it_lost_men_is_the_side_that_lost_them(nlp):
    claim = only("Russia said it had lost 12 servicemen in the attack.", nlp)
    assert (claim.measure, claim.subject) == ("casualties", "RU")

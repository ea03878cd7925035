"""Personnel events, round 10: troops sent, present or fighting without a figure, told
by constructions the earlier rules missed, and the negations and backgrounds that must
still hold them back. Every text is ours."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def deployments(text, nlp):
    return [c.subject for c in claims_in(text, nlp)
            if c.kind == "event" and c.measure == "personnel"]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("a possessive pronoun in a relative clause: 'which' stands for its head noun",
         "Pyongyang, which admitted in May that its soldiers were fighting near Sudzha, "
         "has said little since.", ["KP"]),
        ("'first' marks a series group: the first contingent of a series",
         "Pyongyang deployed its first contingent to Russia in the autumn.", ["KP"]),
        ("'initial' marks a series group too",
         "An initial group of North Korean sappers has arrived in the Kursk region.", ["KP"]),
        ("joining another side's attacks is entering combat",
         "North Korean assault units have joined Russian attacks near Pokrovsk.", ["KP"]),
        ("joining an offensive is entering combat",
         "North Korean marines joined the offensive in the Kursk region.", ["KP"]),
        ("firing on positions at a place is fighting there (headline participle)",
         "HUR: North Korean gun crews now firing on Ukrainian positions near Kupiansk",
         ["KP"]),
        ("shelling positions near a place is fighting there",
         "North Korean gunners shelled Ukrainian positions near Vovchansk, the army said.",
         ["KP"]),
        ("operating weapons: troops of a side not at war working 'some of the systems'",
         "North Korean gunners are now operating some of the systems themselves, the "
         "colonel said.", ["KP"]),
        ("operating named guns",
         "North Korean crews operate the Koksan guns, Kyiv says.", ["KP"]),
        ("seen operating weapons, the place after the weapons' noun",
         "North Korean troops have been seen operating drones and mortars in the Bryansk "
         "region, the ministry said.", ["KP"]),
        ("'working there': the place told before",
         "Iranian engineers are still working there, the officials said.", ["IR"]),
        ("existential 'there are' with a site",
         "There are Iranian technicians at the drone plant in Alabuga, the minister said.",
         ["IR"]),
        ("'move' with a series group and a destination sends it",
         "North Korea has begun moving a fresh contingent of soldiers to Russia.", ["KP"]),
        ("'move' with troops of a side not at war into a place of another side",
         "North Korean troops were moved to the Kursk region in March.", ["KP"]),
        ("'team' with a nationality is a military group",
         "North Korean sniper teams have been sent to the Kursk region.", ["KP"]),
        ("operating across a border is being there",
         "The chatter came from North Korean mortar teams operating across the border, "
         "they believe.", ["KP"]),
        ("a headline's bare participle makes 'more' troops sent a fact",
         "Seoul says more troops sent to Kursk", ["RU"]),
        ("a denial in a clause of its own after 'and' does not reach back",
         "North Korea has admitted sending troops to the Kursk region, and Moscow has "
         "denied that foreign soldiers fight inside Ukraine.", ["KP"]),
        ("a denial over an 'although' clause with a subject of its own does not reach it",
         "Both capitals have denied any arms trade, although Pyongyang admitted in April "
         "that it had sent troops to the Kursk region.", ["KP"]),
        ("a denial after a semicolon is of another clause",
         "The paper reports that Iranian officers are advising Russian drone units in "
         "Crimea; Tehran has denied the report.", ["IR"]),
    ],
)
def test_personnel_event_found(nlp, case, text, expected):
    assert deployments(text, nlp) == expected, case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("'first' with a group of things is no series of troops",
         "The first wave of drones struck Kyiv before dawn."),
        ("firing with a weapon of another side is no alliance",
         "Russian soldiers fired with North Korean guns."),
        ("a belligerent's own troops moved about its war",
         "Russia moved troops to the Kursk region."),
        ("the wounded moved to hospital",
         "The wounded soldiers were moved to a hospital in Moscow."),
        ("existential 'there are no'",
         "There are no Iranian technicians at the plant, Tehran said."),
        ("a clause of when that dates an earlier report",
         "Fighting was first reported in May, when Kyiv said North Korean units had taken "
         "part in an assault near Sumy."),
        ("'more' troops still to be sent",
         "More North Korean troops will be sent to Kursk."),
    ],
)
def test_no_personnel_event(nlp, case, text):
    assert deployments(text, nlp) == [], case


def test_a_line_ending_in_a_place_name_left_as_dep_still_names_the_place(nlp):
    """A ticker line's last word before the break may be parsed as a bare "dep": the
    place still counts as where the troops fight."""
    text = ("Evening bulletin (transcript)\n\n"
            "TICKER: KYIV SAYS NORTH KOREAN TROOPS NOW FIGHTING IN DONETSK\n"
            "ANCHOR: Ukraine's army says North Korean assault units have joined Russian "
            "attacks near Pokrovsk.\n")
    assert deployments(text, nlp) == ["KP", "KP"]


def test_a_month_before_a_claimant_is_no_part_of_its_name(nlp):
    """ "in April Pyongyang acknowledged …": the parser may glue the month to the name."""
    text = ("The toll was never published, but in April Pyongyang acknowledged for the first "
            "time that its soldiers were fighting in the Kursk region.")
    found = [c for c in claims_in(text, nlp) if c.kind == "event"]
    assert [c.claimant.text for c in found if c.claimant] == ["Pyongyang"]

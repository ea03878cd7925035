"""Materiel events, round 10: supplies told by arrival at a side's front or units, a
whole fleet handed over, a passive of issuing, a share told apart from the supply, and
foreign weapons captured by a side at war, and the figures inside a weapon's name that
are no count. Every text is ours."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def supplies(text, nlp):
    return [(c.subject, c.recipient) for c in claims_in(text, nlp)
            if c.kind == "event" and c.measure == "materiel"]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("a maker not at war whose weapons reached a side's front",
         "North Korean attack drones have reached Russia's front, Kyiv says.", [("KP", "RU")]),
        ("'begun arriving at' a side's units: the arriving holds the place",
         "North Korean-made attack drones have begun arriving at Russian units near Kursk, "
         "officials said.", [("KP", "RU")]),
        ("'its entire fleet of' names what is handed over",
         "Norway has transferred its entire fleet of M113 armoured personnel carriers to "
         "Ukraine.", [("NO", "UA")]),
        ("propellant is materiel",
         "Iran is suspected of shipping artillery propellant to Russia by sea.", [("IR", "RU")]),
        ("a passive of issuing: the subject is given the object",
         "North Korean soldiers near Kursk have been issued Russian jamming equipment, the "
         "unit said.", [("RU", "KP")]),
        ("weapons of a maker not at war recovered by one side at war were the other's",
         "Ukrainian soldiers have recovered Bulsae-4 anti-tank missiles near Sudzha.",
         [("KP", "RU")]),
        ("captured rounds of a named origin",
         "Ukrainian marines have captured Iranian-origin 122mm artillery rounds near "
         "Kherson.", [("IR", "RU")]),
        ("a share told two sentences after the supply is a claim of its own",
         "Pyongyang has sent shells to Moscow for two years. The trains run weekly. North "
         "Korean shells now account for half of the ammunition Russian guns fire, Kyiv "
         "says.", [("KP", "RU"), ("KP", "RU")]),
    ],
)
def test_supply_found(nlp, case, text, expected):
    assert supplies(text, nlp) == expected, case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("drones reaching a city are an attack",
         "Iranian drones reached Kyiv overnight."),
        ("a belligerent's drones at the other side's front are an attack",
         "Russian drones reached Ukraine's front lines."),
        ("a belligerent's own weapons captured by the other side",
         "Ukrainian forces captured a Russian tank near Bakhmut."),
        ("weapons found by a side not at war",
         "Police found North Korean guns in Busan."),
        ("issuing a statement supplies nothing",
         "The ministry issued a statement on the drones."),
        ("a video link's caption is web furniture",
         "Watch: How Iranian drones reached Russia's front (2:41)"),
    ],
)
def test_no_supply(nlp, case, text):
    assert supplies(text, nlp) == [], case


@pytest.mark.parametrize(
    ("case", "text", "item"),
    [
        ("a model number with a variant after a hyphen",
         "France has delivered Mirage 2000-5 fighter jets to Ukraine.",
         "Mirage 2000-5 fighter jets"),
        ("a model number after an ordinal",
         "France has delivered its first Mirage 2000 jets to Ukraine.",
         "Mirage 2000 fighter jets"),
    ],
)
def test_figures_in_a_weapons_name_are_no_count(nlp, case, text, item):
    found = claims_in(text, nlp)
    assert [c.kind for c in found] == ["event"], case
    assert found[0].item == item, case


def test_a_range_after_a_plain_number_is_still_a_range(nlp):
    found = claims_in("Between 3,000-4,000 shells were sent to Russia.", nlp)
    assert [(c.number, c.number_high, c.qualifier) for c in found] == [(3000, 4000, "range")]

"""Event claims without a supply verb: one side's weapons in another side's general use,
and foreign troops placed somewhere by a headline participle, a state of being there, a
place in another army's ranks or the training of its soldiers."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def supplies(text, nlp):
    return [(c.subject, c.recipient) for c in claims_in(text, nlp)
            if c.kind == "event" and c.measure == "materiel"]


def deployments(text, nlp):
    return [c.subject for c in claims_in(text, nlp)
            if c.kind == "event" and c.measure == "personnel"]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("object of a use verb with an origin compound",
         "Russian gunners have been firing North Korean-made rockets at Kherson, the army said.",
         [("KP", "RU")]),
        ("object of a use verb with a nationality adjective",
         "Ukrainian crews are now operating Swedish Archer howitzers near Bakhmut, he said.",
         [("SE", "UA")]),
        ("object of 'rely on' past 'continue to'",
         "Russian units continue to rely on Iranian drones in the south, the institute said.",
         [("IR", "RU")]),
        ("perfect passive of use with plural weapons",
         "Iranian-made drones have been launched at Odesa for months, officials said.",
         [("IR", None)]),
    ],
)
def test_weapons_in_another_sides_use(nlp, case, text, expected):
    found = supplies(text, nlp)
    assert [s for s, _ in found] == [s for s, _ in expected], case
    for (_, got), (_, want) in zip(found, expected, strict=True):
        if want is not None:
            assert got == want, case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("one weapon used in one strike", "Russian troops used North Korean missiles in the "
         "strike on Kharkiv, officials said."),
        ("a side's own make", "Russian gunners fire Russian-made shells at Kherson every day."),
        ("a single weapon in a simple passive", "An Iranian-made missile was fired at Poltava."),
        ("no side named before the weapon", "Russian troops have been firing rockets at Sumy."),
    ],
)
def test_no_use_event(nlp, case, text):
    assert supplies(text, nlp) == [], case


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("headline reduced relative of seeing", "North Korean soldiers seen in Kherson, Kyiv says",
         ["KP"]),
        ("headline bare participle read as active", "Iranian drone crews spotted near Saky "
         "airbase, army says", ["IR"]),
        ("troops heard on radio", "Korean-speaking troops had been heard on Russian radio near "
         "Sumy, the governor said.", ["KP"]),
        ("predicate adjective of presence", "Iranian officers had been present at an airbase "
         "near Saky, the agency said.", ["IR"]),
        ("existential 'there are' with a place", "There are North Korean engineers at the "
         "airfield in Kursk, he said.", ["KP"]),
        ("passive of placing in another army's unit", "North Korean sappers had been "
         "integrated into Russia's 155th Brigade, officials said.", ["KP"]),
        ("'take part in' an action", "North Korean gunners have taken part in shelling towns "
         "near Sumy, he said.", ["KP"]),
        ("training another army's soldiers", "Iranian instructors are advising Russian drone "
         "crews in Crimea, the paper reports.", ["IR"]),
    ],
)
def test_presence_without_sending(nlp, case, text, expected):
    assert deployments(text, nlp) == expected, case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("a belligerent's own troops present", "Russian troops had been present at the "
         "airbase, the agency said."),
        ("negated existential", "There are no Iranian engineers at the plant, he said."),
        ("training yet to come", "Iranian instructors will train Russian crews next year."),
        ("presence with no place", "Iranian officers were present, he said."),
        ("seeing with an auxiliary and no side", "Soldiers were seen in the village."),
    ],
)
def test_no_presence_event(nlp, case, text):
    assert deployments(text, nlp) == [], case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("a design, built by the user", "Iranian-designed drones assembled in Tatarstan have "
         "been launched at Kyiv for months, London said."),
        ("no troops there, as a determiner", "The envoy said there were no North Korean combat "
         "units in Russia."),
        ("a clause of when, told as background", "Fighting was first reported in May, when "
         "Kyiv said North Korean units had taken part in an assault near Sumy."),
    ],
)
def test_origin_or_presence_negated_or_background(nlp, case, text):
    assert supplies(text, nlp) == [] and deployments(text, nlp) == [], case


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("headline present of sending with 'more'", "Germany Sends Ukraine More Leopard Tanks",
         ["DE"]),
        ("headline present of delivering with 'more'", "Washington Delivers More Patriot "
         "Interceptors to Kyiv", ["US"]),
        ("a plan to send more stays a plan", "Berlin is set to send more tanks.", []),
    ],
)
def test_headline_present_sends_more(nlp, case, text, expected):
    assert [s for s, _ in supplies(text, nlp)] == expected, case

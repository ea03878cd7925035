"""Personnel events told in wire copy: troops named by a participle in a headline, troops
believed to be doing something, a speaker's own "it" and "its", places taken or held."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in


def deployments(text, nlp):
    return [(c.subject, c.hedge) for c in claims_in(text, nlp)
            if c.kind == "event" and c.measure == "personnel"]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("a headline's troops named by a participle of fighting",
         "Iranian drone crews now operating in southern Ukraine, Kyiv says",
         [("IR", "reported")]),
        ("troops believed to be doing what places them there",
         "North Korean gunners are believed to be operating howitzers in the Bryansk region.",
         [("KP", "believed")]),
        ("the speaker's own 'it' in what it acknowledged",
         "Pyongyang acknowledged in May that it had sent troops to help Russia.",
         [("KP", "reported")]),
        ("a place taken by troops of a side not at war",
         "North Korean units liberated the Kursk region alongside Russian forces, KCNA said.",
         [("KP", "reported")]),
        ("help to take a place is fighting for it",
         "The North said its soldiers had helped liberate the Kursk region.",
         [("KP", "reported")]),
        ("'its units' after the side that said so",
         "Pyongyang said only that its units had liberated Kursk.",
         [("KP", "reported")]),
    ],
)
def test_personnel_event(nlp, case, text, expected):
    assert deployments(text, nlp) == expected, case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("soldiers described by their fighting, counted by their losses",
         "North Korean soldiers fighting for Russia have suffered about 3,000 casualties."),
        ("a belligerent's own troops retaking a place",
         "Russian troops retook Sudzha in March, the ministry said."),
        ("help that is no fighting", "North Korean engineers helped rebuild the bridge."),
    ],
)
def test_no_personnel_event(nlp, case, text):
    assert deployments(text, nlp) == [], case

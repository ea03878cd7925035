"""Measures: what a figure counts, from its noun, its predicate or a set phrase."""

from __future__ import annotations

import pytest

from tests.extract.helpers import only, quantities


@pytest.mark.parametrize(
    ("case", "text", "measure", "number"),
    [
        ("killed as passive predicate", "Ukraine said 300 Russian soldiers were killed.", "killed", 300),
        ("killed as active verb with bare figure", "The unit said it killed 45 in the raid.", "killed", 45),
        ("dead as adjective", "Kyiv said 60 North Korean soldiers were dead.", "killed", 60),
        ("deaths as noun", "Officials reported 210 deaths among North Korean troops.", "killed", 210),
        ("died as verb", "Seoul said 90 North Korean soldiers died.", "killed", 90),
        ("wounded as predicate", "Kyiv said 130 Russian soldiers were wounded.", "wounded", 130),
        ("injured after figure", "Seoul said 40 were killed and 500 injured.", "wounded", 500),
        ("casualties noun", "The North has suffered 3,000 casualties, Seoul said.", "casualties", 3000),
        ("losses noun", "Kyiv said Russian losses reached 1,150 soldiers on Monday.", "casualties", None),
        ("killed or wounded phrase", "Seoul said 4,000 North Korean troops were killed or wounded.", "casualties", 4000),
        ("captured verb", "Ukrainian forces captured two North Korean soldiers, Kyiv said.", "captured", 2),
        ("taken prisoner phrase", "Kyiv said 12 Russian soldiers were taken prisoner.", "captured", 12),
        ("POWs noun", "Ukraine holds 20 North Korean POWs, officials said.", "captured", 20),
        ("missing", "The ministry said 35 soldiers are missing.", "missing", 35),
        ("personnel troops noun", "Pyongyang has about 11,000 troops in Russia, Seoul said.", "personnel", 11000),
        ("personnel sent", "Seoul said the North sent 3,000 more soldiers.", "personnel", 3000),
        ("personnel deployed", "Moscow deployed 50,000 soldiers near the border, Kyiv said.", "personnel", 50000),
        ("personnel stationed", "About 1,000 North Korean troops are stationed in the east.", "personnel", 1000),
    ],
)
def test_measure(nlp, case, text, measure, number):
    found = [c for c in quantities(text, nlp) if c.measure == measure]
    assert found, (case, [(c.measure, c.number) for c in quantities(text, nlp)])
    if number is not None:
        assert found[0].number == number, case


@pytest.mark.parametrize(
    ("case", "text", "item"),
    [
        ("shells supplied", "Officials said Pyongyang supplied 2 million artillery shells to Russia.", "artillery shells"),
        ("missiles delivered", "Kyiv said 60 ballistic missiles were delivered to Moscow.", "ballistic missiles"),
        ("launchers shipped", "The North shipped 20 rocket launchers to Russia, Seoul said.", "rocket launchers"),
        ("drones transferred", "Iran transferred 400 drones to Russia, officials said.", "drones"),
        ("containers of munitions", "North Korea sent 13,000 containers of munitions to Russia.", "containers of munitions"),
    ],
)
def test_materiel_item(nlp, case, text, item):
    claim = only(text, nlp)
    assert (claim.measure, claim.item) == ("materiel", item), case


def test_materiel_without_supply_is_not_a_claim(nlp):
    """Shells fired or destroyed are not supplies."""
    assert quantities("Artillery duels went on as 300 shells fell on the town.", nlp) == []


def test_count_of_days_is_not_a_claim(nlp):
    assert quantities("The assault lasted three days and ended at dawn.", nlp) == []


def test_fraction_of_a_whole_counts_the_whole_as_personnel(nlp):
    """"40% of the 11,000 troops were killed": 11,000 is the force, not the dead."""
    claim = only("Around 40% of the 11,000 troops were killed or wounded.", nlp)
    assert (claim.measure, claim.number) == ("personnel", 11000)

"""Estimates that span a range or that an estimate noun sizes: "Estimates of … range from
3,000 to 4,000" is one believed range of casualties, not a change from one figure to another."""

from __future__ import annotations

import pytest
from tests.extract.helpers import only


@pytest.mark.parametrize(
    ("case", "text", "measure", "low", "high"),
    [
        ("'range from X to Y' is a range, not a rise",
         "Estimates of North Korean casualties range from 3,000 to 4,000.", "casualties",
         3000, 4000),
        ("'range between X and Y'",
         "Estimates of North Korean casualties range between 3,000 and 4,000.", "casualties",
         3000, 4000),
        ("'vary from X to Y' with an adjective for the dead",
         "Estimates of Russian dead vary from 90,000 to 120,000.", "killed", 90000, 120000),
    ],
)
def test_a_verb_of_extent_gives_a_range(nlp, case, text, measure, low, high):
    claim = only(text, nlp)
    assert (claim.measure, claim.qualifier, claim.number, claim.number_high) == (
        measure, "range", low, high), case
    assert claim.hedge == "believed", case


def test_a_change_from_one_figure_to_another_keeps_the_later_figure(nlp):
    claim = only("The NIS said North Korean casualties rose from 3,000 to 4,000.", nlp)
    assert (claim.number, claim.qualifier) == (4000, "exact")


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("an estimate noun sized by 'stand at'",
         "British estimates of Russian casualties stand at about 750,000."),
        ("an estimate noun sized by a copula",
         "The latest estimate of North Korean casualties is about 4,000."),
    ],
)
def test_an_estimate_noun_makes_its_figure_believed(nlp, case, text):
    assert only(text, nlp).hedge == "believed", case


def test_official_figures_name_no_one_and_stay_as_stated(nlp):
    """A bare "figures" is a report whose source is unnamed: no hedge of its own."""
    claim = only("Official figures of Russian casualties stand at about 750,000.", nlp)
    assert claim.hedge != "believed"

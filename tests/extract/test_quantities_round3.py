"""Quantity claims, round 3: figures that lean on the count told before, and counts of
things that are neither people nor materiel."""

from __future__ import annotations

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

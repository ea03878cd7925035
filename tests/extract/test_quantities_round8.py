"""Quantity claims, eighth round: materiel counted as the load a container or vehicle
holds or carries, with no verb of supplying; a guessed figure. Every text is ours."""

from __future__ import annotations

from tests.extract.helpers import quantities


def counts(text, nlp):
    return [(c.measure, c.qualifier, c.number, c.hedge) for c in quantities(text, nlp)]


def loads(text, nlp):
    return [(c.measure, c.item, c.number, c.number_high) for c in quantities(text, nlp)]


def test_containers_hold_a_range_of_rounds(nlp):
    """ "the containers could hold between 2 million and 3 million rounds": the load of
    the containers is a count of the shells supplied."""
    found = loads(
        "North Korea has shipped thousands of containers to Russia by rail. A study says "
        "the containers could hold between 2 million and 3 million artillery rounds.",
        nlp,
    )
    assert ("materiel", "artillery shells", 2_000_000, 3_000_000) in found


def test_ships_carried_shells(nlp):
    """ "the ships had carried about 90,000 shells": a vessel's load."""
    found = loads(
        "Two cargo ships left an Iranian port for Russia in May. The navy said the ships "
        "had carried about 90,000 shells.",
        nlp,
    )
    assert ("materiel", "artillery shells", 90_000, None) in found


def test_load_counted_through_an_of_phrase(nlp):
    """ "are believed to hold as many as 4 million rounds of artillery ammunition": the
    subject of the verb the load verb completes is the carrier."""
    found = loads(
        "The containers are believed to hold as many as 4 million rounds of artillery "
        "ammunition, officials in Seoul said.",
        nlp,
    )
    assert [f[2] for f in found] == [4_000_000]


def test_a_person_carrying_weapons_is_no_load(nlp):
    """ "the sergeant carried two rifles": the carrier must be packaging or a vehicle."""
    found = loads("The sergeant carried two rifles and a radio during the patrol.", nlp)
    assert found == []


def test_a_guessed_figure_is_approximate_and_speculative(nlp):
    """ "Maybe 40 launchers were shipped": a guessing adverb makes the figure "about"
    and the claim speculative."""
    found = counts("Maybe 40 launchers were shipped to Russia, analysts said.", nlp)
    assert found == [("materiel", "about", 40, "speculative")]

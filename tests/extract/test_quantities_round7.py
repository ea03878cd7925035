"""Quantity claims, seventh round: the side of troops a figure counts without a side
word, taken from the people a nationality word named just before. Every text is ours."""

from __future__ import annotations

from tests.extract.helpers import quantities


def figures(text, nlp):
    return [(c.measure, c.subject, c.number, c.qualifier) for c in quantities(text, nlp)]


def test_new_soldiers_after_named_units_in_the_same_sentence(nlp):
    """ "North Korean units have returned …, and 1,700 new soldiers have arrived": the
    soldiers are the units' side, not the side the article names most."""
    found = figures(
        "Fighting in the Kursk region of Russia went on. Russian officials stayed silent. "
        "North Korean units have returned to the front, and at least 1,700 new soldiers "
        "have arrived, Kyiv's military intelligence said.",
        nlp,
    )
    assert ("personnel", "KP", 1700, "at_least") in found


def test_bare_figure_after_troops_named_in_the_sentence_before(nlp):
    """ "Pyongyang sent more North Korean troops. Seoul believes 14,000 have been
    deployed": a figure with no noun counts the troops of the sentence before."""
    found = figures(
        "Russia lost 400 soldiers in Russia's Kursk region, Kyiv said; Moscow denied it. "
        "Pyongyang has sent more North Korean troops to the region. Seoul believes "
        "roughly 14,000 have been deployed.",
        nlp,
    )
    assert ("personnel", "KP", 14000, "about") in found


def test_counted_noun_does_not_reach_back_a_sentence(nlp):
    """A figure with its own noun ("1,200 men") does not take the side of people named
    in the sentence before ("North Korean troops")."""
    found = figures(
        "Russia lost 300 soldiers near Kursk on Monday, Kyiv said. North Korean troops "
        "have been seen there too. In Moscow, more than 1,200 men signed contracts.",
        nlp,
    )
    assert ("personnel", "RU", 1200, "more_than") in found


def test_figure_after_troops_a_side_sent(nlp):
    """ "Pyongyang has sent 9,000 troops …, and another 2,000 soldiers followed": the
    sender of the troops told before names the later soldiers' side."""
    found = figures(
        "Russia lost 400 soldiers in Russia's Kursk region, Kyiv said; Moscow denied it. "
        "Pyongyang has sent about 9,000 troops this year, and another 2,000 soldiers "
        "followed in March.",
        nlp,
    )
    assert ("personnel", "KP", 2000, "exact") in found


def test_claimants_own_side_word_is_not_the_troops_side(nlp):
    """ "Ukrainian officials said 3,000 soldiers arrived": the claimant's nationality
    word names who says it, not whose soldiers they are."""
    found = figures(
        "North Korea denies it. Ukrainian officials said about 3,000 more soldiers had "
        "arrived in Kursk.",
        nlp,
    )
    assert ("personnel", "UA", 3000, "about") not in found


def materiel(text, nlp):
    return [
        (c.subject, c.number) for c in quantities(text, nlp) if c.measure == "materiel"
    ]


def test_total_a_pronoun_transferred_is_the_side_named_before_it(nlp):
    """ "North Korea has shipped 90 more guns …, bringing the total it has transferred to
    250, Seoul's military said": "it" is North Korea, not the speaker."""
    found = materiel(
        "North Korea has shipped about 90 more howitzers to Russia since May, bringing the "
        "total it has transferred to some 250, South Korea's military said.",
        nlp,
    )
    assert found == [("KP", 90), ("KP", 250)]


def test_pronoun_subject_of_the_verb_above_a_supply_verb(nlp):
    """ "said it had finished delivering the 30 trucks": the pronoun is the subject of
    "finished", and stands for the speaker."""
    found = materiel(
        "Norway's defence ministry said it had finished delivering the 30 trucks it had "
        "promised Kyiv.",
        nlp,
    )
    assert found == [("NO", 30)]


def test_speaker_without_a_side_word_names_its_body(nlp):
    """ "The Ministry of Defence said it had handed over 400 missiles": the speaker has
    no side word, but the body it names has one (Britain's)."""
    found = materiel(
        "The Ministry of Defence said on Monday that it had handed over 400 missiles "
        "since January.",
        nlp,
    )
    assert found == [("GB", 400)]


def items(text, nlp):
    return [(c.subject, c.item, c.number) for c in quantities(text, nlp) if c.measure == "materiel"]


def test_put_the_number_of_named_weapons_at_a_figure(nlp):
    """ "put the number of Fath-360s delivered at about 150": the item is what "the
    number of" counts, and its maker is the supplier."""
    found = items(
        "Last month the Pentagon put the number of Fath-360s delivered to Russia at about 150.",
        nlp,
    )
    assert found == [("IR", "Fath-360 missiles", 150)]


def test_put_the_number_of_generic_items_at_a_figure(nlp):
    """A generic counted noun names the item in its own words."""
    found = items(
        "Ukraine's navy puts the number of drones shipped across the Caspian at more than "
        "900.",
        nlp,
    )
    assert [(i, n) for _s, i, n in found] == [("drones", 900)]

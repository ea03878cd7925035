"""Item names, sixth round: names with a hyphen or slash inside ("IRIS-T", "SAMP/T"),
an acronym that looks like an article ("AN/TPQ-50"), a possessive left by the side
it followed ("Pyongyang's rounds"), and a model number after a name ("Leopard 1").
Every text is ours."""

from __future__ import annotations

from tests.extract.helpers import claims_in


def items(text, nlp):
    return [c.item for c in claims_in(text, nlp) if c.measure == "materiel"]


def test_two_names_sharing_a_kind_with_a_hyphen_in_the_first(nlp):
    """ "IRIS-T and Patriot air-defence systems": the first name is "IRIS-T", not "T"."""
    found = items("Berlin has supplied IRIS-T and Patriot air-defence systems to Kyiv.", nlp)
    assert found == ["IRIS-T air defence systems", "Patriot air defence systems"]


def test_a_slash_inside_a_name_is_kept(nlp):
    found = items("Rome has completed the transfer of SAMP/T air-defence equipment to "
                  "Ukraine.", nlp)
    assert found == ["SAMP/T air-defence equipment"]


def test_the_acronym_an_is_no_article(nlp):
    found = items("Washington delivered four AN/TPQ-50 radars to Ukraine in May.", nlp)
    assert found == ["AN/TPQ-50 radars"]


def test_a_possessive_left_by_the_side_is_dropped(nlp):
    """ "Pyongyang's rounds": the side is the subject; "'s" is no part of the item."""
    found = items("Officials said Pyongyang's rounds now make up most of what Russian guns "
                  "fire.", nlp)
    assert found and all(not i.startswith("'s") for i in found)


def test_a_number_after_a_name_is_the_model_not_a_count(nlp):
    """ "20 Leopard 1 tanks": 20 counts the tanks, 1 belongs to the name; dropping it
    would turn them into Leopard 2s, the family's other model."""
    found = items("Germany has sent 20 Leopard 1 tanks and 14 Leopard 2 tanks to Kyiv.", nlp)
    assert found == ["Leopard 1 tanks", "Leopard 2 tanks"]

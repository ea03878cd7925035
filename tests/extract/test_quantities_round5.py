"""Quantity claims, fifth round: a fate named by a copula's subject, the state of a part
after "of them", headline counts bounded with no verb, a headline verb tagged as an
adjective, and a headline source before a colon that the tagger took for a noun."""

from __future__ import annotations

from tests.extract.helpers import only, quantities


def test_copula_subject_names_the_fate_of_a_list(nlp):
    """ "The dead are 25 adults and six children": both members are killed."""
    found = quantities("The dead are 12 adults and four children, the governor said.", nlp)
    assert [(c.measure, c.number) for c in found] == [("killed", 12), ("killed", 4)]
    assert {c.claimant.text for c in found} == {"the governor"}


def test_copula_with_the_wounded_as_subject(nlp):
    claim = only("The wounded were 40 soldiers, the army said.", nlp)
    assert (claim.measure, claim.number) == ("wounded", 40)


def test_copula_without_a_fate_is_no_claim(nlp):
    assert quantities("The visitors are 40 students from Tula.", nlp) == []


def test_part_after_of_them_takes_its_stated_fate(nlp):
    """ "about 900 casualties, roughly 300 of them fatal": the part is killed."""
    found = quantities(
        "The agency said the unit had suffered about 900 casualties, roughly 300 of them fatal.",
        nlp,
    )
    assert [(c.measure, c.number, c.qualifier) for c in found] == [
        ("casualties", 900, "about"),
        ("killed", 300, "about"),
    ]


def test_part_after_of_them_with_an_adverb(nlp):
    found = quantities("Kyiv says the brigade lost 4,000 soldiers, about 530 of them fatally.", nlp)
    assert ("killed", 530) in [(c.measure, c.number) for c in found]


def test_headline_count_bounded_by_near_without_a_verb(nlp):
    """ "N. Korean casualties in Russia near 4,300": "near" bounds a count from above."""
    claim = only("North Korean casualties in Russia near 6,000, Seoul says", nlp)
    assert (claim.measure, claim.subject, claim.number, claim.qualifier) == (
        "casualties",
        "KP",
        6000,
        "fewer_than",
    )


def test_headline_count_nearing_a_figure(nlp):
    claim = only("Russian casualties nearing 7,000, Kyiv says", nlp)
    assert (claim.measure, claim.number, claim.qualifier) == ("casualties", 7000, "fewer_than")


def test_near_a_place_count_is_no_claim(nlp):
    assert quantities("A convoy of trucks was parked near 40 houses.", nlp) == []


def test_headline_verb_tagged_as_an_adjective(nlp):
    """ "Kyiv: Russia's losses in Kursk top 9,000" ("top" tagged JJ)."""
    found = quantities(
        "Kyiv: Russia's losses in Kursk top 9,000\n\nKYIV - The fighting went on, the army said.",
        nlp,
    )
    assert [(c.measure, c.subject, c.number, c.qualifier) for c in found] == [
        ("casualties", "RU", 9000, "more_than")
    ]


def test_colon_source_that_the_tagger_took_for_a_noun(nlp):
    """ "NIS: …" and "South Korean military: …" name known bodies before a colon."""
    claim = only(
        "South Korean military: N. Korean casualties in Russia near 4,000\n\n"
        "SEOUL - The fighting went on.",
        nlp,
    )
    assert (claim.claimant.text, claim.subject, claim.number) == (
        "South Korean military",
        "KP",
        4000,
    )


def test_a_title_before_a_colon_is_no_source(nlp):
    claim = only(
        "Russian losses: figures for March 14\n\nThe ministry said 40 soldiers were killed.",
        nlp,
    )
    assert claim.claimant.text == "The ministry"


def test_a_side_holding_the_other_sides_soldiers_holds_prisoners(nlp):
    """ "Ukraine says it now holds four North Korean soldiers": captured, their side."""
    claim = only("Ukraine says it now holds four North Korean soldiers.", nlp)
    assert (claim.measure, claim.subject, claim.number) == ("captured", "KP", 4)
    claim = only("Kyiv is holding 12 Russian servicemen, officials said.", nlp)
    assert (claim.measure, claim.subject) == ("captured", "RU")


def test_a_side_holding_its_own_soldiers_holds_no_prisoners(nlp):
    claim = only("Russia holds 500 Russian conscripts in reserve.", nlp)
    assert claim.measure == "personnel"


def test_a_bare_toll_counts_the_losses_named_before(nlp):
    """ "… about 5,200 casualties, including some 870 killed and roughly 4,300 wounded.
    It had put the toll at 3,400": the toll is of the casualties, not the last part."""
    found = quantities(
        "The army said about 5,200 casualties, including some 870 killed and roughly 4,300 "
        "wounded. It had put the toll at 3,400 in March.",
        nlp,
    )
    assert [(c.measure, c.number) for c in found][-1] == ("casualties", 3400)


def test_a_toll_with_nothing_counted_before_is_of_the_dead(nlp):
    assert only("The toll rose to 14 after the strike, officials said.", nlp).measure == "killed"
    assert only("The strike toll rose to 19, officials said.", nlp).measure == "killed"
    assert only("The death toll rose to 14, officials said.", nlp).measure == "killed"

"""Subject and recipient sides from nationality words, countries and metonyms."""

from __future__ import annotations

import pytest
from tests.extract.helpers import only, quantities


@pytest.mark.parametrize(
    ("case", "text", "subject"),
    [
        ("nationality adjective", "Kyiv said 50 North Korean soldiers were killed.", "KP"),
        ("demonym plural", "Seoul said 100 North Koreans were killed.", "KP"),
        ("country as sufferer", "Russia has lost 1,200 soldiers, Kyiv said.", "RU"),
        (
            "sufferer of a quoted loss the parse makes a clause",
            'Kyiv said Russian forces had lost "more than 900 men killed and wounded".',
            "RU",
        ),
        ("capital as metonym", "Pyongyang has sent 3,000 troops, Seoul said.", "KP"),
        ("the North as metonym", "The North has sent 3,000 troops to Russia, Seoul said.", "KP"),
        ("of-phrase", "Kyiv said 70 soldiers of the Russian army were captured.", "RU"),
    ],
)
def test_subject(nlp, case, text, subject):
    assert only(text, nlp).subject == subject, case


def test_coordinated_figures_share_the_object(nlp):
    """ "killed 77 and wounded 40 North Korean soldiers": both are North Korean."""
    found = quantities(
        "A Ukrainian unit said it killed 20 and wounded 15 North Korean soldiers.", nlp
    )
    assert [(c.measure, c.number, c.subject) for c in found] == [
        ("killed", 20, "KP"),
        ("wounded", 15, "KP"),
    ]


def test_elliptical_second_figure_keeps_the_side(nlp):
    """ "300 North Korean soldiers were killed and 2,700 wounded": same people."""
    found = quantities("Seoul said 300 North Korean soldiers were killed and 2,700 wounded.", nlp)
    assert [(c.measure, c.subject) for c in found] == [("killed", "KP"), ("wounded", "KP")]


def test_recipient_from_to_phrase(nlp):
    claim = only("Officials said North Korea delivered 50 missiles to Russia.", nlp)
    assert (claim.subject, claim.recipient) == ("KP", "RU")


def test_civilians_have_no_side_by_default(nlp):
    claim = only("The strike killed 12 people, the mayor said.", nlp)
    assert (claim.measure, claim.subject) == ("killed", None)


@pytest.mark.parametrize(
    ("case", "text", "subject"),
    [
        (
            "civilians take the side of the place they are in",
            "Three civilians were wounded in the shelling of Kherson, officials said.",
            "UA",
        ),
        (
            "civilians in Russia's region",
            "A drone wounded five residents in Russia's Kursk region, the governor said.",
            "RU",
        ),
        (
            "captives belong to the other side of their captor",
            "Ukraine says 3,000 of its people remain in Russian captivity.",
            "UA",
        ),
        ("of-phrase names them", "Kyiv said 40 soldiers of the Russian army surrendered.", "RU"),
        (
            "sufferer in a relative clause",
            "The tally includes 900 casualties that Russian forces suffered on Monday.",
            "RU",
        ),
        (
            "headline source before a colon does not suffer",
            "Ukraine's General Staff: Russia has lost 650,000 troops",
            "RU",
        ),
    ],
)
def test_subject_constructions(nlp, case, text, subject):
    assert only(text, nlp).subject == subject, case


def test_civilians_take_the_place_named_before(nlp):
    text = "A missile hit a school in Dnipro overnight. Rescuers said 11 people were injured."
    assert only(text, nlp).subject == "UA"


def test_each_of_two_sides_gets_its_own_claim(nlp):
    found = quantities("Russia and Ukraine exchanged 120 prisoners of war each on Monday.", nlp)
    assert sorted((c.subject, c.number, c.measure) for c in found) == [
        ("RU", 120, "captured"),
        ("UA", 120, "captured"),
    ]


def test_we_killed_counts_the_enemy_the_article_names(nlp):
    text = (
        "Kyiv says 4,000 North Korean soldiers have been killed or wounded. "
        '"This week we have killed 90 and captured four," a Ukrainian commander said.'
    )
    found = quantities(text, nlp)
    assert [c.subject for c in found] == ["KP", "KP", "KP"]


def test_of_those_keeps_the_side_named_before(nlp):
    text = (
        "Some 2,000 North Korean soldiers were killed or wounded, Seoul said. Of those, 300 "
        "were killed."
    )
    assert [c.subject for c in quantities(text, nlp)] == ["KP", "KP"]


def test_supplier_named_by_the_participle(nlp):
    claim = only("The 12 jets donated by Norway have been handed over to Ukraine.", nlp)
    assert (claim.subject, claim.recipient) == ("NO", "UA")


def test_supplier_is_the_speaker_when_it_says_it_delivered(nlp):
    claim = only(
        "Germany's defence ministry said it had delivered three air defence systems to Kyiv.", nlp
    )
    assert claim.subject == "DE"


def test_recipient_from_supplied_with_not_from_according_to(nlp):
    claim = only(
        "North Korea has supplied Russia with 5,000 rockets, according to Ukrainian officials.", nlp
    )
    assert (claim.subject, claim.recipient) == ("KP", "RU")


def test_civilians_in_a_country(nlp):
    claim = only("At least 900 civilians have been killed in Ukraine this year, the UN said.", nlp)
    assert claim.subject == "UA"


def test_recipient_as_the_first_object(nlp):
    claim = only("North Korea sent Russia 2 million shells, Seoul said.", nlp)
    assert (claim.subject, claim.recipient) == ("KP", "RU")


def test_of_them_takes_the_people_named_in_its_sentence(nlp):
    text = (
        "Kyiv said 30,000 Russian troops had massed nearby. North Korean troops stayed in Kursk, "
        "where about 900 of them were killed in March."
    )
    assert [c.subject for c in quantities(text, nlp)] == ["RU", "KP"]


def test_of_them_takes_the_people_named_in_a_question_before(nlp):
    text = (
        "Russian forces pressed on in Kursk as Russian guns pounded the line.\n\n"
        "Q: How many North Korean soldiers did your unit face?\n\n"
        "A: Over the winter we counted about 600 of them killed."
    )
    claim = only(text, nlp)
    assert (claim.number, claim.subject) == (600, "KP")


def test_side_of_losses_a_total_verb_reaches(nlp):
    claim = only("Russian losses near Avdiivka have passed 2,000 killed and wounded.", nlp)
    assert (claim.measure, claim.subject) == ("casualties", "RU")


def test_the_object_of_a_revision_names_the_side_not_its_author(nlp):
    claim = only(
        "Kyiv lowered its estimate of North Korean losses to 3,100 killed or wounded.", nlp
    )
    assert claim.subject == "KP"


def test_epithets_of_north_korea(nlp):
    claim = only("The reclusive state has shipped 120 howitzers to Moscow, officials say.", nlp)
    assert (claim.subject, claim.recipient) == ("KP", "RU")


def test_a_name_after_an_according_to_apposition_is_the_subject(nlp):
    text = (
        "According to Seoul's spy agency, the NIS, North Korea sent Russia about 200 "
        "long-range guns last year."
    )
    claim = only(text, nlp)
    assert (claim.subject, claim.recipient) == ("KP", "RU")


def test_a_figure_put_lower_keeps_the_item_without_the_first_figure(nlp):
    text = (
        "Kyiv said Pyongyang had shipped about 4.1 million shells. "
        "Tallinn put the figure lower, at about 3 million."
    )
    assert [c.item for c in quantities(text, nlp)] == ["artillery shells", "artillery shells"]


def test_others_after_a_count_are_of_its_side(nlp):
    text = "Kyiv said its drones killed 25 Russian soldiers and wounded 60 others near Kupiansk."
    assert [(c.measure, c.subject) for c in quantities(text, nlp)] == [
        ("killed", "RU"),
        ("wounded", "RU"),
    ]


def test_troops_sent_belong_to_the_sender_not_to_the_speaker_s_other(nlp):
    text = "A Russian deserter says Moscow has sent as many as 9,000 conscripts to Belgorod."
    assert only(text, nlp).subject == "RU"


def test_the_loser_named_just_before_the_figure(nlp):
    claim = only("Officials said that Belarus has lost about 40 men killed or wounded.", nlp)
    assert (claim.measure, claim.subject) == ("casualties", "BY")


def test_the_figure_put_on_a_count_of_men_keeps_its_side_not_a_place(nlp):
    text = (
        "Fighting goes on in Russia's Belgorod region.\n\n"
        "Kyiv says Belarus has lost about 90 men killed or wounded, while Minsk "
        "puts the figure at about 30."
    )
    assert [c.subject for c in quantities(text, nlp)] == ["BY", "BY"]


def test_a_capital_struck_is_where_the_civilians_were(nlp):
    text = "A Russian attack on Kyiv overnight killed six people, officials said."
    assert only(text, nlp).subject == "UA"


def test_some_of_the_injured_are_of_the_injured_s_side(nlp):
    text = (
        "A strike on Odesa wounded 20 people, officials said. "
        "Seven of the injured were taken to hospital."
    )
    assert [c.subject for c in quantities(text, nlp)] == ["UA", "UA"]


def test_of_them_means_people_not_the_weapons_named_nearer(nlp):
    text = (
        "Russian assault troops have been cut down by Ukrainian drones, a commander said, "
        "adding that his unit had killed at least 90 of them in March."
    )
    assert only(text, nlp).subject == "RU"


def test_its_soldiers_are_of_the_side_named_as_subject(nlp):
    text = (
        "Belarus is likely to send more troops, as its soldiers have suffered about 700 casualties."
    )
    assert only(text, nlp).subject == "BY"


@pytest.mark.parametrize(
    ("case", "text", "subject"),
    [
        ("a Russian statement's enemy is Ukraine",
         "The Russian Defence Ministry said it had killed up to 300 enemy troops.", "UA"),
        ("a North Korean statement's enemy is Ukraine too",
         "KCNA said the army had wiped out 2,000 enemy soldiers in Kursk.", "UA"),
        ("a Ukrainian statement's enemy is Russia",
         "Ukraine's General Staff said its forces had killed 1,200 enemy soldiers.", "RU"),
    ],
)
def test_enemy_people_are_the_side_the_speaker_fights(nlp, case, text, subject):
    [claim] = quantities(text, nlp)
    assert claim.subject == subject, case

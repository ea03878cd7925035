"""Measures: what a figure counts, from its noun, its predicate or a set phrase."""

from __future__ import annotations

import pytest
from tests.extract.helpers import only, quantities


@pytest.mark.parametrize(
    ("case", "text", "measure", "number"),
    [
        (
            "killed as passive predicate",
            "Ukraine said 300 Russian soldiers were killed.",
            "killed",
            300,
        ),
        (
            "killed as active verb with bare figure",
            "The unit said it killed 45 in the raid.",
            "killed",
            45,
        ),
        ("dead as adjective", "Kyiv said 60 North Korean soldiers were dead.", "killed", 60),
        (
            "deaths as noun",
            "Officials reported 210 deaths among North Korean troops.",
            "killed",
            210,
        ),
        ("died as verb", "Seoul said 90 North Korean soldiers died.", "killed", 90),
        ("wounded as predicate", "Kyiv said 130 Russian soldiers were wounded.", "wounded", 130),
        ("injured after figure", "Seoul said 40 were killed and 500 injured.", "wounded", 500),
        (
            "casualties noun",
            "The North has suffered 3,000 casualties, Seoul said.",
            "casualties",
            3000,
        ),
        (
            "losses noun",
            "Kyiv said Russian losses reached 1,150 soldiers on Monday.",
            "casualties",
            None,
        ),
        (
            "killed or wounded phrase",
            "Seoul said 4,000 North Korean troops were killed or wounded.",
            "casualties",
            4000,
        ),
        (
            "captured verb",
            "Ukrainian forces captured two North Korean soldiers, Kyiv said.",
            "captured",
            2,
        ),
        (
            "taken prisoner phrase",
            "Kyiv said 12 Russian soldiers were taken prisoner.",
            "captured",
            12,
        ),
        ("POWs noun", "Ukraine holds 20 North Korean POWs, officials said.", "captured", 20),
        ("missing", "The ministry said 35 soldiers are missing.", "missing", 35),
        (
            "personnel troops noun",
            "Pyongyang has about 11,000 troops in Russia, Seoul said.",
            "personnel",
            11000,
        ),
        ("personnel sent", "Seoul said the North sent 3,000 more soldiers.", "personnel", 3000),
        (
            "personnel deployed",
            "Moscow deployed 50,000 soldiers near the border, Kyiv said.",
            "personnel",
            50000,
        ),
        (
            "personnel stationed",
            "About 1,000 North Korean troops are stationed in the east.",
            "personnel",
            1000,
        ),
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
        (
            "shells supplied",
            "Officials said Pyongyang supplied 2 million artillery shells to Russia.",
            "artillery shells",
        ),
        (
            "missiles delivered",
            "Kyiv said 60 ballistic missiles were delivered to Moscow.",
            "ballistic missiles",
        ),
        (
            "launchers shipped",
            "The North shipped 20 rocket launchers to Russia, Seoul said.",
            "rocket launchers",
        ),
        ("drones transferred", "Iran transferred 400 drones to Russia, officials said.", "drones"),
        (
            "containers of munitions",
            "North Korea sent 13,000 containers of munitions to Russia.",
            "containers of munitions",
        ),
        (
            "ammunition counted by the round is artillery shells",
            "Officials said Pyongyang has shipped 3 million rounds to Russia.",
            "artillery shells",
        ),
        (
            "rounds of ammunition are artillery shells",
            "North Korea sent 700,000 rounds of ammunition to Russia, Seoul said.",
            "artillery shells",
        ),
        (
            "bare shells supplied are artillery shells",
            "Kyiv said Pyongyang has sent Moscow 4 million shells.",
            "artillery shells",
        ),
        (
            "rounds with their own kind keep their words",
            "The alliance delivered 90,000 tank rounds to Kyiv, officials said.",
            "tank rounds",
        ),
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
    """ "40% of the 11,000 troops were killed": 11,000 is the force, not the dead."""
    claim = only("Around 40% of the 11,000 troops were killed or wounded.", nlp)
    assert (claim.measure, claim.number) == ("personnel", 11000)


@pytest.mark.parametrize(
    ("case", "text", "measure", "number"),
    [
        (
            "killed or maimed is one count",
            "Kyiv says 900 North Korean soldiers have been killed or maimed.",
            "casualties",
            900,
        ),
        (
            "killed or seriously injured",
            "Up to 400 soldiers were killed or seriously injured, Kyiv said.",
            "casualties",
            400,
        ),
        (
            "phrasal 'wiped out'",
            "The brigade says it wiped out 38 of the enemy's soldiers.",
            "killed",
            38,
        ),
        ("slaughtered", "Ukraine claims 700 North Korean troops were slaughtered.", "killed", 700),
        (
            "laid down their arms",
            "Nine Russian soldiers laid down their arms near Vovchansk.",
            "captured",
            9,
        ),
        (
            "gave themselves up",
            "Twenty marines walked out of the woods and gave themselves up.",
            "captured",
            20,
        ),
        (
            "brought home in a swap",
            "Kyiv brought home 110 soldiers in a prisoner swap on Tuesday.",
            "captured",
            110,
        ),
        (
            "freed from captivity",
            "Some 3,200 Ukrainians have been freed from Russian captivity so far.",
            "captured",
            3200,
        ),
        (
            "remain in captivity",
            "About 8,000 remain in Russian captivity, officials said.",
            "captured",
            8000,
        ),
        (
            "held by the enemy",
            "Officials said 2,500 Ukrainians are being held by Russia.",
            "captured",
            2500,
        ),
        ("bodies of", "The bodies of 212 soldiers were handed over on Friday.", "killed", 212),
        ("remains of", "Russia returned the remains of 64 Ukrainian soldiers.", "killed", 64),
        ("among the dead", "Among the dead were four medics, the governor said.", "killed", 4),
        (
            "registered as missing",
            "Some 40,000 soldiers are registered as missing, the ombudsman said.",
            "missing",
            40000,
        ),
        (
            "treated in hospital",
            "Dozens of soldiers were being treated in hospital, the army said.",
            "wounded",
            None,
        ),
        (
            "death toll rose to",
            "The death toll from the strike rose to 23, officials said.",
            "killed",
            23,
        ),
        (
            "number of people killed has risen to",
            "The number of people killed in the attack has risen to 17, the mayor said.",
            "killed",
            17,
        ),
        (
            "bringing losses to",
            "Russia lost 1,200 soldiers on Monday, bringing its losses since the invasion to "
            "610,000, Kyiv said.",
            "casualties",
            610000,
        ),
        (
            "losses totalled",
            "Russian losses totalled about 41,000 in May, Kyiv said.",
            "casualties",
            41000,
        ),
        (
            "revised estimate",
            "Seoul raised its estimate of North Korean casualties to 4,100.",
            "casualties",
            4100,
        ),
        (
            "weapon names counted",
            "Iran delivered 1,800 Shahed-136s to Russia, officials said.",
            "materiel",
            1800,
        ),
        (
            "materiel compound noun",
            "Pyongyang has sent 150 artillery pieces to Russia, Kyiv said.",
            "materiel",
            150,
        ),
        (
            "possibly several thousand of them",
            "Seoul said the North was readying more soldiers, possibly several thousand of them.",
            "personnel",
            None,
        ),
    ],
)
def test_measure_constructions(nlp, case, text, measure, number):
    found = [c for c in quantities(text, nlp) if c.measure == measure]
    assert found, (case, [(c.measure, c.number) for c in quantities(text, nlp)])
    if number is not None:
        assert found[-1].number == number, case


def test_killed_and_wounded_with_their_own_figures_stay_apart(nlp):
    found = quantities("The unit killed 25 and wounded 60 North Korean soldiers, Kyiv said.", nlp)
    assert [(c.measure, c.number) for c in found] == [("killed", 25), ("wounded", 60)]


def test_comparison_counts_what_the_figure_before_counts(nlp):
    found = quantities(
        "Russian losses reached 30,000 in April, down from 38,000 in March, Kyiv said.", nlp
    )
    assert [(c.measure, c.number) for c in found] == [("casualties", 30000), ("casualties", 38000)]


def test_the_figure_refers_to_the_count_before(nlp):
    text = (
        "Kyiv says 2,000 North Korean soldiers have been killed or wounded. Seoul puts the "
        "figure at about 1,500."
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number, c.subject) for c in found] == [
        ("casualties", 2000, "KP"),
        ("casualties", 1500, "KP"),
    ]


def test_more_of_the_same_things(nlp):
    text = (
        "Iran shipped the drones to Russia in 2022, and has since sent hundreds more, "
        "officials said."
    )
    claim = only(text, nlp)
    assert (claim.measure, claim.vague) == ("materiel", "hundreds")


def test_pronoun_figure_takes_people_named_before(nlp):
    text = (
        "Dozens of Iranian instructors were stationed in Crimea, and several were killed in "
        "a strike."
    )
    assert [(c.measure, c.vague, c.subject) for c in quantities(text, nlp)] == [
        ("personnel", "dozens", "IR"),
        ("killed", "several", "IR"),
    ]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("one battalion", "One North Korean battalion was sent to the front, Kyiv said."),
        ("pledged", "Norway said the 12 jets it pledged would arrive next year."),
        ("will send", "Germany will send 40 more tanks, the ministry said."),
        ("package includes", "The new package includes 25 armoured vehicles, officials said."),
        ("for next year", "Berlin has promised six more air defence systems for next year."),
        ("destroyed equipment", "The army said it destroyed 14 tanks and 30 drones overnight."),
        (
            "launched drones",
            "Russia launched 90 drones and three missiles overnight, the air force said.",
        ),
    ],
)
def test_not_claims(nlp, case, text):
    assert quantities(text, nlp) == [], case


def test_speculative_arrival_is_a_forecast_not_a_claim(nlp):
    text = "Another 6,000 North Korean troops could arrive later this year, Kyiv said."
    assert quantities(text, nlp) == []


def test_among_the_dead_after_the_verb(nlp):
    claim = only("More than 300 children are among the dead, the agency said.", nlp)
    assert (claim.measure, claim.number) == ("killed", 300)


def test_part_of_a_whole_counts_the_part_only(nlp):
    found = quantities("Seoul estimated that 2,000 of the 12,000 had been killed or wounded.", nlp)
    assert [(c.measure, c.number) for c in found] == [("casualties", 2000)]


def test_received_from_names_the_supplier(nlp):
    claim = only("The brigade received 40 Bradleys from the United States last year.", nlp)
    assert (claim.measure, claim.subject, claim.item) == (
        "materiel",
        "US",
        "Bradley fighting vehicles",
    )


@pytest.mark.parametrize(
    ("case", "text", "measure", "number", "subject"),
    [
        (
            "claimed the lives of",
            "The shelling claimed the lives of four soldiers near Siversk.",
            "killed",
            4,
            None,
        ),
        (
            "estimated at",
            "Russian losses in the battle are estimated at around 7,000, officials said.",
            "casualties",
            7000,
            "RU",
        ),
        (
            "estimates X at N",
            "Britain estimates Russian losses at more than 500,000.",
            "casualties",
            500000,
            "RU",
        ),
        (
            "massing troops",
            "Some 30,000 Russian troops are massing near Kupiansk, Kyiv said.",
            "personnel",
            30000,
            "RU",
        ),
        (
            "left for a side",
            "Analysts say 9,000 containers of ammunition have left for Russia.",
            "materiel",
            9000,
            None,
        ),
    ],
)
def test_more_measure_constructions(nlp, case, text, measure, number, subject):
    claim = only(text, nlp)
    assert (claim.measure, claim.number) == (measure, number), case
    if subject is not None:
        assert claim.subject == subject, case


def test_including_a_subset_counts_the_same(nlp):
    found = quantities(
        "The strike killed nine people, including three children, the mayor said.", nlp
    )
    assert [(c.measure, c.number) for c in found] == [("killed", 9), ("killed", 3)]


def test_capacity_is_not_a_count(nlp):
    text = (
        "Some 5,000 containers, enough to hold 2 million shells, have crossed into Russia, "
        "analysts said."
    )
    assert [(c.measure, c.number) for c in quantities(text, nlp)] == [("materiel", 5000)]


def test_units_of_count_the_things(nlp):
    claim = only(
        "North Korea has shipped 100 units of 240mm rocket launchers to Russia, Seoul said.", nlp
    )
    assert (claim.measure, claim.number, claim.item) == (
        "materiel",
        100,
        "240mm multiple rocket launchers",
    )


@pytest.mark.parametrize(
    ("case", "text"),
    [
        (
            "the two men named before",
            "The video shows the two men, aged 21 and 25, answering questions.",
        ),
        ("one of them", "One of them said he had been promised a job."),
    ],
)
def test_people_already_counted_are_not_a_new_count(nlp, case, text):
    assert quantities(text, nlp) == [], case


@pytest.mark.parametrize(
    "case, text, measure, number",
    [
        (
            "state word before a gerund the parse took for the noun",
            "About 500 soldiers were killed and 1,800 wounded fighting near Sudzha.",
            "wounded",
            1800,
        ),
        (
            "two clauses with their own subjects are two counts",
            "An elderly man was killed and four people were injured in the shelling.",
            "wounded",
            4,
        ),
        (
            "a number of people killed and wounded exceeds a figure",
            "He said the number of enemy troops killed and wounded there already exceeds 900.",
            "casualties",
            900,
        ),
        (
            "what befalls a unit befalls the people it is made of",
            "Drone teams wiped out a whole platoon of 30 Russian soldiers.",
            "killed",
            30,
        ),
        (
            "a partitive figure's own verb comes before the noun's clause",
            "Around 700 of the 5,000 Russian troops first sent north were killed or wounded.",
            "casualties",
            700,
        ),
    ],
)
def test_measure_of_coordinated_and_partitive_figures(nlp, case, text, measure, number):
    found = {(c.measure, c.number) for c in quantities(text, nlp)}
    assert (measure, number) in found, (case, found)


def test_others_after_materiel_are_more_of_the_things(nlp):
    text = "Officials said 50 drones were shot down and 20 others were lost to jamming."
    assert quantities(text, nlp) == []


@pytest.mark.parametrize(
    "case, text, number, subject",
    [
        (
            "a side receives its own in a swap",
            "After the swap, Moscow said it had received 90 of its own servicemen.",
            90,
            "RU",
        ),
        (
            "those freed in an exchange, reported by their side",
            "The prisoner exchange went ahead. Among those released were 15 marines, Kyiv said.",
            15,
            "UA",
        ),
    ],
)
def test_returned_in_a_swap_belong_to_the_side_reporting_them(nlp, case, text, number, subject):
    claim = only(text, nlp)
    assert (claim.measure, claim.number, claim.subject) == ("captured", number, subject), case


def test_the_size_of_each_of_several_groups_is_not_a_count(nlp):
    text = "Russian infantry now advance in groups of five to seven soldiers, a commander said."
    assert quantities(text, nlp) == []


def test_the_whole_of_one_of_keeps_its_own_clause(nlp):
    claim = only("One of three Russian soldiers captured near Toretsk spoke to reporters.", nlp)
    assert (claim.measure, claim.number, claim.subject) == ("captured", 3, "RU")


def test_more_people_who_followed_were_sent(nlp):
    text = "About 6,000 Russian troops were moved there in May, and 2,000 more followed in June."
    assert [(c.measure, c.number) for c in quantities(text, nlp)] == [
        ("personnel", 6000),
        ("personnel", 2000),
    ]


def test_confirmed_killed_is_killed(nlp):
    claim = only("At least 4,200 Russian officers have been confirmed killed so far.", nlp)
    assert (claim.measure, claim.number) == ("killed", 4200)


def test_people_who_became_casualties(nlp):
    claim = only("Officials said about 800 Russian conscripts had become casualties.", nlp)
    assert claim.measure == "casualties"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Drone strike on Odesa kills 3, injures 12", [("killed", 3), ("wounded", 12)]),
        ("Missile strike on Dnipro kills five, injures dozens", [("killed", 5), ("wounded", None)]),
    ],
)
def test_headline_verbs_with_their_own_counts(nlp, text, expected):
    assert [(c.measure, c.number) for c in quantities(text, nlp)] == expected

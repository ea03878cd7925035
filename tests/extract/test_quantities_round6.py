"""Quantity claims, sixth round: "puts the number closer to N", "the number" after a
figure earlier in the same sentence, the figure a revision starts from ("up from an
estimate of N", "down to N …, from N"), recruits who "signed contracts", and the two
sides of a swap when a headline's parse ran on into the first sentence. Every text is
ours."""

from __future__ import annotations

from tests.extract.helpers import quantities


def figures(text, nlp):
    return [(c.measure, c.subject, c.number, c.qualifier) for c in quantities(text, nlp)]


def test_put_the_number_closer_to_a_figure(nlp):
    """ "closer to" is a qualifier (about) whose "to" is the one a total reaches."""
    found = figures(
        "Seoul says about 9,000 North Korean troops were sent. Kyiv puts the number "
        "closer to 11,000.",
        nlp,
    )
    assert found == [("personnel", "KP", 9000, "about"), ("personnel", "KP", 11000, "about")]


def test_up_to_still_bounds_a_verb_of_harm(nlp):
    """The "closer to" rule does not take "up to" for a total's "to"."""
    found = figures("The strike killed up to 30 Ukrainian soldiers, Moscow claimed.", nlp)
    assert found == [("killed", "UA", 30, "up_to")]


def test_the_number_after_a_figure_earlier_in_the_sentence(nlp):
    """ "…, while Kyiv puts the number at …": the sentence's own earlier figure is the one
    meant, not a count of losses told before it."""
    found = figures(
        "Ukraine says it holds two North Korean prisoners. Seoul estimates that about "
        "9,000 North Koreans have been sent, while Kyiv puts the number at 11,000.",
        nlp,
    )
    assert ("personnel", "KP", 11000, "exact") in found
    assert not any(m == "captured" and n == 11000 for m, _s, n, _q in found)


def test_up_from_an_estimate_of_a_figure(nlp):
    """ "up from an estimate of N": the earlier figure of the same count, not a supply
    ("given in June" is no delivery)."""
    found = figures(
        "The agency said 2,100 North Korean soldiers had been killed, up from an estimate "
        "of 1,400 given in May.",
        nlp,
    )
    assert found == [("killed", "KP", 2100, "exact"), ("killed", "KP", 1400, "exact")]


def test_revised_down_to_a_figure_from_another(nlp):
    """ "revised … down to about N this month, from roughly M": M is the same count."""
    found = figures(
        "The agency revised its estimate of North Korean deaths down to about 900 this "
        "month, from roughly 1,100 in its previous assessment.",
        nlp,
    )
    assert found == [("killed", "KP", 900, "about"), ("killed", "KP", 1100, "about")]


def test_from_without_a_revision_is_not_a_comparison(nlp):
    """A "from" with no figure reached "to" before it is no revision."""
    found = figures("About 40 soldiers from the 12th Brigade were wounded, Kyiv said.", nlp)
    assert [(m, n, q) for m, _s, n, q in found] == [("wounded", 40, "about")]


def test_men_who_signed_contracts_are_recruits(nlp):
    """Signing a (military) contract is enlisting: personnel."""
    found = figures(
        "Regional officials said 450 men had signed contracts with the Russian army since "
        "January.",
        nlp,
    )
    assert found == [("personnel", "RU", 450, "exact")]


def test_signed_military_contracts_with_a_qualifier(nlp):
    found = figures("Some 8,200 men signed military contracts in March, the ministry said.", nlp)
    assert [(m, n, q) for m, _s, n, q in found] == [("personnel", 8200, "about")]


def test_contracts_signed_by_a_company_are_not_people(nlp):
    """Only people who sign are recruits: a firm's contracts count nothing."""
    assert figures("The firm signed 12 contracts for shells last year.", nlp) == []


def test_swap_each_side_after_a_headline_the_parse_ran_into(nlp):
    """A headline without a full stop: the parse took the first sentence's "Ukraine" for
    a root, so the verb's subject is "Russia" alone; the names that open the line are the
    subject, one claim per side."""
    text = (
        "Kyiv and Moscow swap prisoners in Gulf-brokered exchange\n\n"
        "Ukraine and Russia exchanged 140 prisoners of war each on Friday, both sides said."
    )
    found = figures(text, nlp)
    assert ("captured", "UA", 140, "exact") in found
    assert ("captured", "RU", 140, "exact") in found


def test_names_before_a_verb_that_do_not_open_the_line_are_no_subject(nlp):
    """ "…, according to the Pentagon, and Germany has handed over …": "Pentagon" and
    "Germany" stand before the verb but do not open its line."""
    from claimledger.extract.sides import _sides_just_before

    doc = nlp("Six radars came in May, according to the Pentagon, and Germany has handed "
              "over more.")
    verb = next(t for t in doc if t.lower_ == "handed")
    assert _sides_just_before(verb) == []
    doc = nlp("Germany and Poland have handed over more radars.")
    verb = next(t for t in doc if t.lower_ == "handed")
    assert _sides_just_before(verb) == ["DE", "PL"]


def test_figure_before_more_takes_what_is_said_of_more(nlp):
    """ "and wounded at least 25 more": the figure counts "more" of the same people."""
    found = figures(
        "The guards said their drones killed 30 North Korean soldiers and wounded at least "
        "12 more.",
        nlp,
    )
    assert found == [("killed", "KP", 30, "exact"), ("wounded", "KP", 12, "at_least")]


def test_artillerymen_and_infantry_are_people(nlp):
    found = figures("Officials said around 120 North Korean artillerymen were stationed near "
                    "Donetsk.", nlp)
    assert found == [("personnel", "KP", 120, "about")]
    found = figures("Up to 300 North Korean infantry crossed the river, the unit said.", nlp)
    assert found == [("personnel", "KP", 300, "up_to")]


def test_a_hope_to_bring_people_home_is_no_count(nlp):
    """What someone hopes to do is not done: "hoped to bring home 'at least 200 more'"."""
    text = 'The official said the centre hoped to bring home "at least 200 more" before May.'
    assert figures(text, nlp) == []


def test_the_dead_and_wounded_named_as_others_do_not_count_the_figure(nlp):
    """ "arrived to replace the dead and wounded": the phrase names other people."""
    found = figures("At least 1,500 new soldiers have arrived to replace the dead and "
                    "wounded, Kyiv said.", nlp)
    assert [(m, n) for m, _s, n, _q in found] == [("personnel", 1500)]


def test_gapped_clause_of_the_other_side(nlp):
    """ "Ukraine received 500 bodies and Russia 40": the verb and noun are left out; the
    second count is the other side's."""
    found = figures("Ukraine received 500 bodies and Russia 40.", nlp)
    assert found == [("killed", "UA", 500, "exact"), ("killed", "RU", 40, "exact")]


def test_gapped_clause_after_a_comma(nlp):
    found = figures("Ukraine received the bodies of 700 soldiers, and Russia 52.", nlp)
    assert ("killed", "RU", 52, "exact") in found


def materiel(text, nlp):
    return [(c.subject, c.recipient, c.item, c.number, c.qualifier)
            for c in quantities(text, nlp) if c.measure == "materiel"]


def test_trainloads_of_cargo_are_materiel(nlp):
    found = materiel("North Korea has sent Russia at least 300 trainloads of military cargo "
                     "since the spring, the study says.", nlp)
    assert [(s, n, q) for s, _r, _i, n, q in found] == [("KP", 300, "at_least")]


def test_a_route_from_one_side_into_another_is_supply(nlp):
    """ "cargo crossing from North Korea into Russia": the tagger took "crossing" for a
    noun, but the phrase runs from one side into another, so the count is on its way."""
    found = materiel("The institute counted at least 25 trainloads of military cargo crossing "
                     "from North Korea into Russia in June.", nlp)
    assert [(s, r, n) for s, r, _i, n, _q in found] == [("KP", "RU", 25)]


def test_trainloads_seen_standing_are_no_supply(nlp):
    """Without a route between sides or a verb of supply, a count of loads is no claim."""
    assert materiel("The institute counted 25 trainloads of grain at a yard in Kursk.", nlp) == []


def test_a_designation_in_the_plural_is_the_weapon(nlp):
    """ "50 KN-23s": the plural of a known designation counts that weapon."""
    found = materiel("Pyongyang had sent 40 KN-23s by the summer, he said.", nlp)
    assert found == [("KP", None, "Hwasong-11 missiles", 40, "exact")]


def test_vague_amount_of_plural_designations(nlp):
    found = materiel('Seoul said Pyongyang had sent "dozens" of KN-23s.', nlp)
    assert [(i, q) for _s, _r, i, _n, q in found] == [("Hwasong-11 missiles", "vague")]


def test_a_designation_tagged_as_an_adjective_is_part_of_the_noun_phrase(nlp):
    """ "six AN/TPQ-50 radars": "TPQ-50" was tagged as an adjective; the radars are still
    the counted noun."""
    found = materiel("The United States delivered six AN/TPQ-50 radars in May.", nlp)
    assert [(s, n) for s, _r, _i, n, _q in found] == [("US", 6)]


def test_estimate_the_number_at_a_range_when_the_parse_gave_the_object_away(nlp):
    """ "We estimate the true number of Russian dead at between X and Y": the parse made
    "dead" a clause of its own; the words between the verb and "at" are what is counted."""
    found = figures("We estimate the true number of Russian military dead at between "
                    "90,000 and 120,000.", nlp)
    assert found == [("killed", "RU", 90000, "range")]


def test_put_deaths_in_the_hundreds(nlp):
    """A vague amount reached with "in the": "put North Korean deaths in the hundreds"."""
    found = quantities("The best available estimates put North Korean deaths in the "
                       "hundreds.", nlp)
    assert [(c.measure, c.subject, c.qualifier, c.vague) for c in found] == [
        ("killed", "KP", "vague", "hundreds")
    ]


def test_the_real_number_could_be_nearer_a_figure(nlp):
    """ "could be nearer 16,000": the tagger took "nearer" for the copula's noun; the
    figure is the anaphoric count, qualified "about"."""
    found = figures("Kyiv says 9,000 troops were sent, but the real number could be nearer "
                    "12,000.", nlp)
    assert [(m, n, q) for m, _s, n, q in found] == [
        ("personnel", 9000, "exact"), ("personnel", 12000, "about")
    ]


def test_attackers_are_people(nlp):
    found = quantities("The battalion said it had killed dozens of attackers.", nlp)
    assert [(c.measure, c.vague) for c in found] == [("killed", "dozens")]


def test_headline_verb_tagged_as_a_noun_before_a_qualified_figure(nlp):
    """ "Strike on Dnipro kills at least 14": "kills" tagged as a plural noun and "14"
    hung on "strike"; the verb right before the qualifier still says what it counts."""
    found = figures("Missile strike on Odesa kills at least 9", nlp)
    assert [(m, n, q) for m, _s, n, q in found] == [("killed", 9, "at_least")]


def test_a_relative_clause_hung_before_its_noun_does_not_name_the_total(nlp):
    """ "…, of whom some 2,000 have been killed, while Kyiv puts North Korean casualties
    at more than 6,000": the parse hung "killed" on "casualties"; the total counts the
    casualties."""
    found = figures(
        "Seoul estimates that about 12,000 North Korean soldiers have been sent, of whom "
        "some 1,500 have been killed, while Kyiv puts North Korean casualties at more than "
        "5,000.",
        nlp,
    )
    assert ("casualties", "KP", 5000, "more_than") in found


def test_citing_after_a_reported_clause_belongs_to_the_reporter(nlp):
    """ "A think tank estimates that … have died, citing satellite images": the one who
    cites is the think tank, not the dead; images cited name no claimant."""
    found = quantities("A think tank estimates that between 1,200 and 1,900 North Koreans "
                       "have died, citing satellite images of new graves near Russia's Far "
                       "East.", nlp)
    assert [(c.measure, c.number, c.number_high) for c in found] == [("killed", 1200, 1900)]
    assert found[0].claimant.text == "A think tank"


def test_a_swap_between_two_named_sides_counts_each_side(nlp):
    """ "Ukraine and Russia swap hundreds of prisoners": a swap's figure is each side's."""
    found = quantities("Kyiv and Moscow swap hundreds of prisoners", nlp)
    assert sorted(c.subject for c in found) == ["RU", "UA"]


def test_a_swap_total_is_one_figure(nlp):
    """ "exchanged 300 prisoners in total": the total of the swap, not each side's."""
    found = quantities("Ukraine and Russia exchanged 300 prisoners in total on Friday.", nlp)
    assert len(found) == 1


def test_treated_at_the_scene_is_wounded(nlp):
    """People treated at the scene of a strike were hurt there, though not taken in."""
    found = figures("Two people were killed in the strike. The other three were treated at "
                    "the scene, officials said.", nlp)
    assert [(m, n) for m, _s, n, _q in found] == [("killed", 2), ("wounded", 3)]


def test_a_bare_figure_a_side_has_identified_is_the_count_told_before(nlp):
    """ "… six North Korean soldiers are in Ukrainian custody. Ukraine has publicly
    identified only two": naming members gives a count of the same captives."""
    found = figures("Seoul believes at least six North Korean soldiers are now in Ukrainian "
                    "custody. Ukraine has publicly identified only two.", nlp)
    assert ("captured", "KP", 2, "exact") in found


def test_naming_with_no_count_of_people_before_is_no_count(nlp):
    """Only a count of people told just before is what a bare named figure counts."""
    found = figures("Iran has sent 40 drones to Russia. The report named two.", nlp)
    assert ("materiel", "IR", 40, "exact") in found
    assert all(n != 2 for _m, _s, n, _q in found)

"""Quantity claims, eighth round: materiel counted as the load a container or vehicle
holds or carries, with no verb of supplying; people counted as the size of a unit or
deployment; a guessed figure. Every text is ours."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in, quantities


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


def test_the_size_of_a_deployment_is_personnel(nlp):
    """ "a deployment of perhaps 9,000 men": "men" alone would be people, not troops; the
    deployment they make up makes them personnel."""
    found = counts(
        "Russia expects a deployment of perhaps 9,000 men from North Korea by spring, a "
        "diplomat said.",
        nlp,
    )
    assert [f[:3] for f in found] == [("personnel", "about", 9_000)]


def test_an_appositive_gives_a_units_size(nlp):
    """ "a new North Korean unit, about 1,800 men, reached the front": the figure set
    beside a unit is its strength."""
    found = counts(
        "Kyiv says a new North Korean unit, about 1,800 men, reached the front in March.", nlp
    )
    assert [f[:3] for f in found] == [("personnel", "about", 1_800)]


def test_a_share_lost_is_not_the_units_loss(nlp):
    """ "his battalion of about 600 men lost nearly half of them": the battalion's size is
    a count of troops; the loss befell only the share."""
    found = counts(
        "The colonel said his battalion of about 600 men lost nearly half of them in a week.",
        nlp,
    )
    assert [f[:3] for f in found] == [("personnel", "about", 600)]


def test_people_in_a_place_are_still_no_count(nlp):
    """ "About 300 people live in the village": no unit, so no troops."""
    assert counts("About 300 people live in the village.", nlp) == []


def test_a_guessed_figure_is_approximate_and_speculative(nlp):
    """ "Maybe 40 launchers were shipped": a guessing adverb makes the figure "about"
    and the claim speculative."""
    found = counts("Maybe 40 launchers were shipped to Russia, analysts said.", nlp)
    assert found == [("materiel", "about", 40, "speculative")]


def test_a_unit_sized_by_an_estimate_is_personnel(nlp):
    """ "The contingent, estimated by Kyiv at around 9,000, is believed to have lost
    3,000 soldiers": the participle sizes the contingent; the loss is of the 3,000."""
    found = counts(
        "The North Korean contingent, estimated by Kyiv at around 9,000 at its peak, is "
        "believed to have lost 3,000 soldiers killed or wounded.",
        nlp,
    )
    assert [f[:3] for f in found] == [("personnel", "about", 9_000), ("casualties", "exact", 3_000)]


def test_a_crew_sized_by_its_own_noun_keeps_it(nlp):
    """ "artillery crews, estimated at 300 personnel": the figure's own noun says what it
    counts, not the noun the participle describes."""
    found = counts(
        "North Korean artillery crews, estimated at 300 personnel, were seen near Kursk.", nlp
    )
    assert [f[0] for f in found] == ["personnel"]


def test_cargo_leaving_one_side_for_another_is_on_its_way(nlp):
    """ "counted 900 containers leaving North Korea for Russia": the place left and the
    "for" give the route, so the containers are supplied, from KP to RU."""
    found = [
        (c.measure, c.number, c.subject, c.recipient)
        for c in quantities(
            "Analysts counted 900 shipping containers leaving North Korea for Russia.", nlp
        )
    ]
    assert found == [("materiel", 900, "KP", "RU")]


def test_cargo_leaving_without_a_destination_is_no_supply(nlp):
    """ "300 trucks leaving Russia": no second side, no route."""
    assert quantities("Analysts counted 300 trucks leaving Russia.", nlp) == []


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("to another side", "Trains carry North Korean heavy guns to Russia's front."),
        ("over a border bridge",
         "Trains carrying Koksan self-propelled guns were photographed crossing the Tumen "
         "river bridge in March."),
    ],
)
def test_a_vehicles_load_from_its_makers_side_is_on_its_way(nlp, case, text):
    """A train's load made by one side and carried to another, or over a border, is
    materiel supplied, told without a figure (a Koksan is North Korea's by the registry)."""
    found = [(c.kind, c.measure) for c in claims_in(text, nlp)]
    assert found == [("event", "materiel")], case


def test_a_vehicles_load_with_no_second_side_is_no_supply(nlp):
    """ "A Russian train carrying ammunition was hit": a side's own logistics."""
    assert claims_in("A Russian train carrying ammunition was hit by drones.", nlp) == []


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("in all, before its source",
         "The North has also dispatched engineers and construction workers, 6,000 in all "
         "according to the NIS.", [("personnel", None, 6_000, None)]),
        ("in total, before its source",
         "The North has also sent sappers and construction workers, 2,000 in total "
         "according to Seoul.", [("personnel", None, 2_000, None)]),
    ],
)
def test_a_figure_after_a_list_totals_it(nlp, case, text, expected):
    """ ", 6,000 in all": a bare figure set after a list by a comma counts the list, and
    what befell the list (dispatched) is its measure."""
    assert loads(text, nlp) == expected, case


def test_a_total_of_people_met_is_no_count(nlp):
    assert loads("The minister met officers and diplomats, 40 in all.", nlp) == []


def test_a_count_of_the_confirmed_dead_stands_at_a_figure(nlp):
    """ "Our count of soldiers confirmed killed … now stands at 312": the parse may take
    "confirmed" for the verb; the count is of the killed, and no one but the writer
    confirms it."""
    found = quantities(
        "Our count of North Korean soldiers confirmed killed in geolocated footage now "
        "stands at 312.",
        nlp,
    )
    assert [(c.measure, c.number, c.subject, c.claimant) for c in found] == [
        ("killed", 312, "KP", None)
    ]


def test_a_count_rises_from_an_earlier_figure(nlp):
    """ "The toll had risen from about 2,000 in March": the figure it rose from is the
    same count at an earlier date."""
    found = quantities(
        "Seoul says about 2,500 North Koreans have died. The toll had risen from about 2,000 "
        "in March.",
        nlp,
    )
    assert [(c.measure, c.number) for c in found] == [("killed", 2_500), ("killed", 2_000)]


def test_how_many_is_no_supply_event(nlp):
    """ "4 million. That's how many shells …": "how many" points at a figure told
    before; it is no event of its own."""
    text = (
        "4 million. That's how many artillery shells Ukraine's military intelligence says "
        "North Korea has sent Russia since 2023."
    )
    assert [c for c in claims_in(text, nlp) if c.kind == "event"] == []

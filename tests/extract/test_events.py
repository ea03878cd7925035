"""Event claims: materiel and troops said to be supplied or deployed, with no figure."""

from __future__ import annotations

from tests.extract.helpers import claims_in


def events(text, nlp):
    return [c for c in claims_in(text, nlp) if c.kind == "event"]


def test_materiel_supplied_without_a_figure(nlp):
    [event] = events("Officials said North Korea is supplying rocket launchers to Russia.", nlp)
    assert (event.measure, event.subject, event.recipient, event.item) == ("materiel", "KP", "RU", "rocket launchers")
    assert event.number is None and event.number_span is None


def test_coordinated_calibres_are_two_events(nlp):
    found = events("Also transferred to Russia are 122mm and 152mm artillery shells.", nlp)
    assert sorted(e.item for e in found) == ["122mm artillery shells", "152mm artillery shells"]


def test_personnel_deployment_nominal(nlp):
    [event] = events("Seoul said North Korea is increasing the deployment of troops to Russia.", nlp)
    assert (event.measure, event.subject) == ("personnel", "KP")


def test_comparative_more_is_not_an_event(nlp):
    """"is set to send more troops and drones" is a plan, not a fact."""
    assert events("North Korea is set to send more troops and drones to Russia.", nlp) == []


def test_background_clause_is_not_an_event(nlp):
    assert events("Since soldiers were sent to Russia, the North has changed its tactics.", nlp) == []


def test_quantity_claim_is_not_repeated_as_an_event(nlp):
    found = claims_in("Officials said North Korea delivered 50 missiles to Russia.", nlp)
    assert [c.kind for c in found] == ["quantity"]

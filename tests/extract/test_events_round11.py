"""Materiel events, round 11: signs looked for are not yet seen ("watching for signs
that Moscow could hand over jets"), and an umbrella item that the same sentence lists
after "including". Every text is ours."""

from __future__ import annotations

from tests.extract.helpers import claims_in


def supply(text, nlp):
    return [(c.subject, c.item) for c in claims_in(text, nlp)
            if c.kind == "event" and c.measure == "materiel"]


def test_signs_watched_for_are_a_forecast(nlp):
    """ "watching for signs that Moscow could hand over …": nothing seen yet, so no event."""
    text = "Seoul said it was watching for signs that Moscow could hand over Su-27 jets."
    assert supply(text, nlp) == []


def test_signs_seen_still_tell_a_speculative_supply(nlp):
    """Signs that are there are present evidence: the event stays."""
    text = "Seoul said there were signs that Moscow could hand over Su-27 jets to Pyongyang."
    assert [s for s, _i in supply(text, nlp)] == ["RU"]


def test_umbrella_listed_after_including_in_the_same_sentence(nlp):
    """ "shipping weapons …, including 170mm guns and 240mm launchers": the listed items
    are the claims, not the umbrella."""
    text = ("Pyongyang has been shipping weapons to Russia, officials said, including 170mm "
            "self-propelled guns and 240mm multiple rocket launchers.")
    items = [i for _s, i in supply(text, nlp)]
    assert "weapons" not in items
    assert "240mm multiple rocket launchers" in items


def test_an_umbrella_with_no_list_stays(nlp):
    assert supply("Tehran has sent weapons to Russia, officials said.", nlp) == [("IR", "weapons")]


def test_a_confirmed_handover_of_more_items_happened(nlp):
    """ "had confirmed the handover of additional 170-mm howitzers": "additional" is no
    plan here, the handover is confirmed; each calibre is its own item."""
    text = ("North Korea has shipped shells to Russia, the NIS said. The NIS had also "
            "confirmed the handover of additional 170-mm self-propelled howitzers and 240-mm "
            "multiple rocket launchers since March.")
    found = supply(text, nlp)
    assert ("KP", "M1989 Koksan self-propelled gun") in found
    assert ("KP", "240mm multiple rocket launchers") in found


def test_an_expected_handover_of_more_items_is_no_event(nlp):
    assert supply("Seoul expects the handover of additional 170mm howitzers to Russia.", nlp) == []

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
        ("capital as metonym", "Pyongyang has sent 3,000 troops, Seoul said.", "KP"),
        ("the North as metonym", "The North has sent 3,000 troops to Russia, Seoul said.", "KP"),
        ("of-phrase", "Kyiv said 70 soldiers of the Russian army were captured.", "RU"),
    ],
)
def test_subject(nlp, case, text, subject):
    assert only(text, nlp).subject == subject, case


def test_coordinated_figures_share_the_object(nlp):
    """"killed 77 and wounded 40 North Korean soldiers": both are North Korean."""
    found = quantities("A Ukrainian unit said it killed 20 and wounded 15 North Korean soldiers.", nlp)
    assert [(c.measure, c.number, c.subject) for c in found] == [("killed", 20, "KP"), ("wounded", 15, "KP")]


def test_elliptical_second_figure_keeps_the_side(nlp):
    """"300 North Korean soldiers were killed and 2,700 wounded": same people."""
    found = quantities("Seoul said 300 North Korean soldiers were killed and 2,700 wounded.", nlp)
    assert [(c.measure, c.subject) for c in found] == [("killed", "KP"), ("wounded", "KP")]


def test_recipient_from_to_phrase(nlp):
    claim = only("Officials said North Korea delivered 50 missiles to Russia.", nlp)
    assert (claim.subject, claim.recipient) == ("KP", "RU")


def test_civilians_have_no_side_by_default(nlp):
    claim = only("The strike killed 12 people, the mayor said.", nlp)
    assert (claim.measure, claim.subject) == ("killed", None)

"""Interval arithmetic for comparing figures, and which item is a kind of which."""

from __future__ import annotations

import pytest

from claimledger.reconcile.intervals import (
    add,
    comparable,
    overlaps,
    representative,
    schema_interval,
)
from claimledger.reconcile.items import head_noun_part, item_key


@pytest.mark.parametrize(
    ("case", "args", "expected"),
    [
        ("exact", ("exact", 77, None, None), (77, 77)),
        ("lower bound", ("more_than", 1000, None, None), (1000, None)),
        ("upper bound", ("up_to", 12000, None, None), (None, 12000)),
        ("range", ("range", 12000, 15000, None), (12000, 15000)),
        ("vague words from data/vague_amounts.yaml", ("vague", None, None, "Dozens"), (24, 99)),
        ("unknown vague words are open", ("vague", None, None, "heaps"), (None, None)),
    ],
)
def test_schema_interval(case, args, expected):
    assert schema_interval(*args) == expected


def test_comparable_tightens_strict_bounds_and_widens_about():
    assert comparable("more_than", 100, None, 100, None) == (101, None)
    assert comparable("fewer_than", 100, None, None, 100) == (None, 99)
    assert comparable("about", 100, None, 100, 100) == (90, 110)
    assert comparable("at_least", 100, None, 100, None) == (100, None)


def test_overlaps_and_add_with_open_ends():
    assert overlaps((1, 5), (5, 9)) and not overlaps((1, 4), (5, 9))
    assert overlaps((None, None), (5, 9)) and not overlaps((10, None), (None, 9))
    assert add((1, 2), (10, None)) == (11, None)
    assert representative((10, 20)) == 15 and representative((None, 20)) == 20


@pytest.mark.parametrize(
    ("narrow", "broad", "expected"),
    [
        ("Hwasong-11 missiles", "missiles", True),
        ("152mm artillery shells", "artillery shells", True),
        ("152mm artillery shells", "artillery shell", True),  # plural does not matter
        ("artillery shells", "artillery shells", False),  # not a part of itself
        ("missiles", "Hwasong-11 missiles", False),  # the other way round
        ("artillery shells", "shells of artillery", False),
        ("drones", "missiles", False),
    ],
)
def test_head_noun_part(narrow, broad, expected):
    assert head_noun_part(narrow, broad) is expected


def test_item_key_ignores_case_spacing_and_plural():
    assert item_key("Artillery  Shells") == item_key("artillery shell") == "artillery shell"
    assert item_key("suicide drones") == "suicide drone"
    assert item_key(None) == ""

"""Estimate rows scored against the rows gold claims give (``claimledger.evaluate_rows``)."""

from __future__ import annotations

from claimledger.evaluate import GoldDoc
from claimledger.evaluate_rows import rows_line, score_rows
from claimledger.records import Document

TEXT = ("Seoul's spy agency said 300 North Korean soldiers were killed. "
        "The Kestrel Institute counted 40 launchers delivered.")
DOCS = {"d": Document("d", TEXT, date="2025-01-02")}


def _claim(**fields):
    base = {"kind": "quantity", "measure": "killed", "subject": "KP", "number": 300,
            "qualifier": "exact", "claimant": "Seoul's spy agency", "via": [],
            "hedge": "reported", "evidence": "300 North Korean soldiers were killed"}
    return {**base, **fields}


LAUNCHERS = _claim(measure="materiel", number=40, item="rocket launchers",
                   claimant="The Kestrel Institute", evidence="40 launchers delivered")


def test_two_wordings_of_one_body_are_one_row():
    gold = {"d": GoldDoc("d", [_claim()])}
    found = {"d": [_claim(claimant="the NIS")]}
    assert score_rows(found, gold, DOCS).f1 == 1.0


def test_another_claimant_or_figure_is_a_different_row():
    gold = {"d": GoldDoc("d", [_claim()])}
    for wrong in (_claim(claimant="The Kestrel Institute"), _claim(number=30),
                  _claim(qualifier="more_than"), _claim(subject="RU")):
        score = score_rows({"d": [wrong]}, gold, DOCS)
        assert (score.tp, score.fp, score.fn) == (0, 1, 1), wrong


def test_items_compare_as_the_claim_scorer_compares_them():
    gold = {"d": GoldDoc("d", [LAUNCHERS])}
    found = {"d": [dict(LAUNCHERS, item="multiple rocket launchers")]}
    assert score_rows(found, gold, DOCS).tp == 1
    found = {"d": [dict(LAUNCHERS, item="artillery shells")]}
    assert score_rows(found, gold, DOCS).tp == 0


def test_an_item_that_says_less_is_still_the_same_row_but_not_another_calibre():
    gold = {"d": GoldDoc("d", [dict(LAUNCHERS, item="240mm rocket launchers")])}
    for fewer_words in ("launchers", "rocket launchers"):
        assert score_rows({"d": [dict(LAUNCHERS, item=fewer_words)]}, gold, DOCS).tp == 1
    score = score_rows({"d": [dict(LAUNCHERS, item="122mm rocket launchers")]}, gold, DOCS)
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_the_same_item_words_pair_first():
    """Two rows of one figure: each gold row takes the found row with its own words before
    a row whose item only contains them."""
    gold = {"d": GoldDoc("d", [dict(LAUNCHERS, item="rocket launchers"),
                               dict(LAUNCHERS, item="240mm rocket launchers")])}
    found = {"d": [dict(LAUNCHERS, item="240mm rocket launchers"),
                   dict(LAUNCHERS, item="rocket launchers")]}
    assert score_rows(found, gold, DOCS).tp == 2


def test_events_make_no_rows_and_the_line_reads_plainly():
    gold = {"d": GoldDoc("d", [_claim(), dict(LAUNCHERS, kind="event", number=None)])}
    score = score_rows({"d": [_claim()]}, gold, DOCS)
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert rows_line(score) == "estimate rows: P 100.0% R 100.0% F1 100.0% (tp 1, fp 0, fn 0)"
    missed = score_rows({"d": []}, gold, DOCS)
    assert "Missed rows (1)" in rows_line(missed, errors=True)

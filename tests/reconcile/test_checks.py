"""Each consistency check on short hand-made cases, positive and negative."""

from __future__ import annotations

from tests.reconcile.helpers import lc

from claimledger.reconcile.checks import (
    cumulative_falls,
    find_checks,
    part_exceeds_whole,
    same_claimant_different_figures,
    sum_vs_total,
    unattributed_echo,
)


def kinds(claims):
    return [(c.kind, c.verdict, c.claim_ids) for c in find_checks(claims)]


# part_exceeds_whole ---------------------------------------------------------------------

def test_part_above_whole_is_a_contradiction():
    whole = lc("materiel", vague="dozens", item="missiles", claimant="officials")
    part = lc("materiel", 100, "more_than", item="KN-23 missiles", claimant="officials")
    found = list(part_exceeds_whole([whole, part]))
    assert [(c.kind, c.verdict, c.claim_ids) for c in found] == [
        ("part_exceeds_whole", "contradiction", (part.claim.claim_id, whole.claim.claim_id))]
    assert "KN-23 missiles" in found[0].note


def test_calibre_shells_within_shells():
    whole = lc("materiel", 1000, "up_to", item="artillery shells")
    part = lc("materiel", 5000, item="152mm artillery shells")
    assert [c.kind for c in find_checks([whole, part])] == ["part_exceeds_whole"]


def test_more_than_n_cannot_equal_n():
    # "more than 99" is at least 100, above a whole of at most 99; "at least 99" is not.
    whole = lc("materiel", vague="dozens", item="missiles")
    assert kinds([whole, lc("materiel", 99, "more_than", item="KN-23 missiles")])
    assert not kinds([whole, lc("materiel", 99, "at_least", item="KN-23 missiles")])


def test_a_whole_whose_side_is_unstated_may_hold_the_part():
    whole = lc("materiel", vague="dozens", item="missiles", subject=None)
    part = lc("materiel", 150, "more_than", item="KN-23 missiles", subject="KP")
    assert [k for k, _v, _ids in kinds([whole, part])] == ["part_exceeds_whole"]


def test_a_whole_of_another_side_holds_no_part():
    whole = lc("materiel", vague="dozens", item="missiles", subject="IR")
    part = lc("materiel", 150, "more_than", item="KN-23 missiles", subject="KP")
    assert kinds([whole, part]) == []


def test_part_within_whole_is_not_reported():
    whole = lc("materiel", vague="hundreds", item="missiles")
    part = lc("materiel", 100, "more_than", item="KN-23 missiles")
    assert kinds([whole, part]) == []


def test_unrelated_items_are_not_parts():
    assert kinds([lc("materiel", 10, item="missiles"),
                  lc("materiel", 500, item="artillery shells")]) == []


def test_part_and_whole_in_different_documents_from_different_claimants():
    whole = lc("materiel", vague="dozens", item="missiles", doc="a", claimant="Kyiv")
    part = lc("materiel", 500, item="KN-23 missiles", doc="b", claimant="Seoul")
    assert kinds([whole, part]) == []


def test_same_claimant_same_day_across_documents():
    whole = lc("materiel", vague="dozens", item="missiles", doc="a", claimant="Kyiv")
    part = lc("materiel", 500, item="KN-23 missiles", doc="b", claimant="Kyiv")
    assert [k for k, _v, _ids in kinds([whole, part])] == ["part_exceeds_whole"]


def test_registry_answer_is_used_when_given():
    whole = lc("materiel", 10, item="ballistic missiles")
    part = lc("materiel", 50, item="KN-23")  # no shared head noun: only a registry knows
    assert list(part_exceeds_whole([whole, part], lambda narrow, broad: False)) == []
    found = list(part_exceeds_whole([whole, part], lambda n, b: (n, b) == ("KN-23",
                                                                          "ballistic missiles")))
    assert len(found) == 1


# sum_vs_total ---------------------------------------------------------------------------

def test_sum_overlapping_total_agrees():
    k = lc("killed", 100, "about", claimant="Seoul")
    w = lc("wounded", 1000, claimant="Seoul")
    t = lc("casualties", 1000, "more_than")
    assert [(c.kind, c.verdict) for c in sum_vs_total([k, w, t])] == [
        ("consistent_sum", "agreement")]


def test_sum_apart_from_total_is_a_contradiction():
    k = lc("killed", 300, claimant="Seoul")
    w = lc("wounded", 900, claimant="Seoul")
    t = lc("casualties", 500, "fewer_than", claimant="Seoul")
    found = list(sum_vs_total([k, w, t]))
    assert [(c.kind, c.verdict) for c in found] == [("inconsistent_sum", "contradiction")]
    assert len(found[0].evidence) == 3


def test_about_allows_rounding():
    # about 100 + about 1,000 is 990–1,210 at 10%, so "1,050 casualties" agrees.
    k = lc("killed", 100, "about", claimant="Seoul")
    w = lc("wounded", 1000, "about", claimant="Seoul")
    assert [c.verdict for c in sum_vs_total([k, w, lc("casualties", 1050)])] == ["agreement"]


def test_sum_needs_one_claimant_for_both_parts():
    k = lc("killed", 100, claimant="Seoul")
    w = lc("wounded", 1000, claimant="Kyiv")
    assert list(sum_vs_total([k, w, lc("casualties", 5)])) == []


def test_sum_ignores_other_sides_and_narrower_scopes():
    k = lc("killed", 77, claimant="crew", period="three days")
    w = lc("wounded", 40, claimant="crew", period="three days")
    assert list(sum_vs_total([k, w, lc("casualties", 1000, "more_than")])) == []
    k2, w2 = lc("killed", 10, claimant="crew"), lc("wounded", 10, claimant="crew")
    assert list(sum_vs_total([k2, w2, lc("casualties", 1000, subject="RU")])) == []


# same_claimant_different_figures --------------------------------------------------------

def test_one_claimant_two_figures_same_day():
    a = lc("killed", 300, claimant="the Ministry", doc="a")
    b = lc("killed", 500, "at_least", claimant="Ministry", doc="b")
    found = list(same_claimant_different_figures([a, b]))
    assert [(c.verdict, c.claim_ids) for c in found] == [
        ("contradiction", (a.claim.claim_id, b.claim.claim_id))]


def test_overlapping_figures_or_other_days_are_not_reported():
    a = lc("killed", 300, claimant="Ministry")
    assert list(same_claimant_different_figures([a, lc("killed", 250, "more_than",
                                                        claimant="Ministry")])) == []
    later = lc("killed", 500, claimant="Ministry", doc="b", date="2024-12-30")
    assert list(same_claimant_different_figures([a, later])) == []


def test_unattributed_figures_are_not_one_claimant():
    assert list(same_claimant_different_figures([lc("killed", 300), lc("killed", 500)])) == []


def test_entity_id_joins_different_words():
    a = lc("killed", 300, claimant="Kyiv", entity="UA:government")
    b = lc("killed", 900, claimant="the Ukrainian government", entity="UA:government")
    assert len(list(same_claimant_different_figures([a, b]))) == 1


# cumulative_falls -----------------------------------------------------------------------

def test_running_total_that_falls():
    early = lc("killed", 1000, claimant="Kyiv", doc="a", date="2024-12-01")
    late = lc("killed", 600, "fewer_than", claimant="Kyiv", doc="b", date="2024-12-09")
    found = list(cumulative_falls([late, early]))
    assert [(c.kind, c.claim_ids) for c in found] == [
        ("cumulative_falls", (early.claim.claim_id, late.claim.claim_id))]
    assert "revised down" in found[0].note


def test_rising_total_or_non_cumulative_measure_is_fine():
    early = lc("killed", 1000, claimant="Kyiv", doc="a", date="2024-12-01")
    assert list(cumulative_falls([early, lc("killed", 1200, claimant="Kyiv", doc="b",
                                            date="2024-12-09")])) == []
    troops = [lc("personnel", 12000, claimant="Seoul", doc="a", date="2024-12-01"),
              lc("personnel", 8000, claimant="Seoul", doc="b", date="2024-12-09")]
    assert list(cumulative_falls(troops)) == []


# unattributed_echo ----------------------------------------------------------------------

def test_unattributed_figure_names_its_likely_source():
    source = lc("casualties", 1000, "more_than", claimant="South Korean intelligence", doc="a",
                date="2024-12-20")
    echo = lc("casualties", 1000, "more_than", doc="b", date="2024-12-24")
    found = list(unattributed_echo([source, echo]))
    assert [(c.verdict, c.claim_ids) for c in found] == [
        ("agreement", (echo.claim.claim_id, source.claim.claim_id))]
    assert "South Korean intelligence" in found[0].note


def test_echo_needs_the_same_figure_and_an_earlier_source():
    source = lc("casualties", 1000, "more_than", claimant="Seoul", date="2024-12-20")
    assert list(unattributed_echo([source, lc("casualties", 1200, "more_than")])) == []
    assert list(unattributed_echo([source, lc("casualties", 1000, "more_than",
                                              date="2024-12-01")])) == []


def test_echo_prefers_the_same_article():
    elsewhere = lc("killed", 40, claimant="Kyiv", doc="a", date="2024-12-01")
    here = lc("killed", 40, claimant="the crew", doc="b")
    echo = lc("killed", 40, doc="b")
    (found,) = unattributed_echo([elsewhere, here, echo])
    assert found.claim_ids == (echo.claim.claim_id, here.claim.claim_id)


# find_checks ----------------------------------------------------------------------------

def test_syndicated_copy_does_not_repeat_a_finding():
    whole = lc("materiel", vague="dozens", item="missiles", doc="a")
    part = lc("materiel", 500, item="KN-23 missiles", doc="a")
    copy_whole = lc("materiel", vague="dozens", item="missiles", doc="a-copy", origin="a")
    copy_part = lc("materiel", 500, item="KN-23 missiles", doc="a-copy", origin="a")
    assert len(find_checks([whole, part, copy_whole, copy_part])) == 1
    # Without its origin, the copy is the only witness and is checked.
    assert len(find_checks([copy_whole, copy_part])) == 1


def test_rejected_and_event_claims_are_left_out():
    whole = lc("materiel", vague="dozens", item="missiles")
    part = lc("materiel", 500, item="KN-23 missiles")
    from dataclasses import replace

    assert find_checks([whole, replace(part, rejected=True)]) == []
    assert find_checks([whole, lc("materiel", item="KN-23 missiles", kind="event")]) == []


def test_order_is_fixed_whatever_the_input_order():
    claims = [
        lc("materiel", vague="dozens", item="missiles", claimant="Kyiv"),
        lc("materiel", 500, item="KN-23 missiles", claimant="Kyiv"),
        lc("killed", 100, claimant="Seoul"),
        lc("wounded", 1000, claimant="Seoul"),
        lc("casualties", 1000, "more_than"),
        lc("killed", 100, "about"),
    ]
    forward = find_checks(claims)
    assert [c.kind for c in forward] == ["part_exceeds_whole", "consistent_sum",
                                         "unattributed_echo"]
    assert find_checks(list(reversed(claims))) == forward


def test_a_falling_figure_is_set_against_the_earlier_peak_once():
    days = ["2024-12-01", "2024-12-05", "2024-12-09"]
    rising = [lc("killed", n, claimant="Kyiv", doc=f"d{i}", date=d)
              for i, (n, d) in enumerate(zip((800, 1000, 1100), days, strict=True))]
    fall = lc("killed", 700, claimant="Kyiv", doc="late", date="2024-12-20")
    found = list(cumulative_falls([*rising, fall]))
    assert [c.claim_ids for c in found] == [(rising[2].claim.claim_id, fall.claim.claim_id)]


def test_same_day_pairs_only_across_a_long_series():
    series = [lc("killed", 100 + i, claimant="Kyiv", doc=f"d{i}", date=f"2024-{1 + i // 28:02d}-"
                 f"{1 + i % 28:02d}") for i in range(300)]
    assert list(same_claimant_different_figures(series)) == []

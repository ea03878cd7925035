"""Estimate rows: grouping, independent reports, order, filters and revisions."""

from __future__ import annotations

from tests.reconcile.helpers import lc

from claimledger.reconcile.estimates import build_estimates, estimate_series


def test_syndicated_copies_count_once():
    original = lc("killed", 77, claimant="the crew", doc="wire", url="https://wire.example/1")
    copy = lc("killed", 77, claimant="the crew", doc="paper", origin="wire")
    (row,) = build_estimates([copy, original])
    assert row.independent_reports == 1
    assert row.claim_ids == (original.claim.claim_id, copy.claim.claim_id)  # by doc id on a tie


def test_independent_outlets_count_twice():
    a = lc("killed", 77, claimant="The crew", doc="a", date="2024-12-20")
    b = lc("killed", 77, claimant="the  crew", doc="b", date="2024-12-22")
    (row,) = build_estimates([b, a])
    assert (row.independent_reports, row.date, row.first_doc) == (2, "2024-12-20", "a")
    assert row.first_url == "https://example.org/a"


def test_same_qualifier_class_groups_and_others_split():
    rows = build_estimates([lc("killed", 100), lc("killed", 100, "about"),
                            lc("killed", 100, "more_than")])
    assert sorted(len(r.claim_ids) for r in rows) == [1, 2]


def test_different_claimants_sides_or_items_stay_apart():
    rows = build_estimates([
        lc("killed", 77, claimant="Kyiv"), lc("killed", 77, claimant="Moscow"),
        lc("killed", 77, subject="RU", claimant="Kyiv"),
        lc("materiel", 10, item="missiles"), lc("materiel", 10, item="drones"),
        lc("materiel", 10, item="Missiles"),  # case and plural do not split an item
    ])
    assert len(rows) == 5


def test_rows_ordered_by_date_then_claimant():
    rows = build_estimates([
        lc("killed", 5, claimant="Zeta", date="2024-12-02"),
        lc("killed", 6, claimant="alpha", date="2024-12-02"),
        lc("killed", 7, claimant="Mid", date="2024-12-01"),
        lc("killed", 8, claimant="Undated", date=None),
    ])
    assert [r.claimant for r in rows] == ["Mid", "alpha", "Zeta", "Undated"]


def test_via_collects_every_relay_once():
    rows = build_estimates([lc("killed", 9, claimant="Seoul", via=("Yonhap",), doc="a"),
                            lc("killed", 9, claimant="Seoul", via=("yonhap", "AP"), doc="b")])
    assert rows[0].via == ("Yonhap", "AP")


def test_filters():
    claims = [
        lc("killed", 77, claimant="A Ukrainian special operations crew",
           entity="UA:special-operations-forces"),
        lc("wounded", 40, claimant="A Ukrainian special operations crew"),
        lc("killed", 100, "about", claimant="South Korean intelligence"),
        lc("killed", 5, subject="RU"),
    ]
    assert [r.number for r in build_estimates(claims, measure="killed")] == [77, 100, 5]
    assert [r.number for r in build_estimates(claims, subject="ru")] == [5]
    assert [r.number for r in build_estimates(claims, claimant="SPECIAL OPERATIONS")] == [77, 40]
    by_entity = build_estimates(claims, claimant="UA:special-operations-forces")
    assert [(r.number, r.claimant_entity) for r in by_entity] == [
        (77, "UA:special-operations-forces")]
    assert [r.number for r in build_estimates(claims, claimant="unattributed")] == [5]


def test_event_claims_have_no_estimate():
    assert build_estimates([lc("materiel", item="drones", kind="event")]) == []


def test_revisions_within_a_claimant_series():
    claims = [
        lc("killed", 100, claimant="Seoul", doc="a", date="2024-11-01"),
        lc("killed", 300, claimant="Seoul", doc="b", date="2024-12-01"),
        lc("killed", 300, "about", claimant="Seoul", doc="c", date="2024-12-10"),
        lc("killed", 200, claimant="Seoul", doc="d", date="2024-12-20"),
        lc("killed", 50, claimant="Kyiv", doc="e", date="2024-12-21"),  # another series
        lc("wounded", 10, claimant="Seoul", doc="f", date="2024-12-22"),
    ]
    rows = build_estimates(claims)
    assert [(r.claimant, r.measure, r.number, r.revision) for r in rows] == [
        ("Seoul", "killed", 100, None),
        ("Seoul", "killed", 300, "revised up"),  # "about 300" groups with "300"
        ("Seoul", "killed", 200, "revised down"),
        ("Kyiv", "killed", 50, None),
        ("Seoul", "wounded", 10, None),
    ]
    series = estimate_series(rows)
    assert list(series) == ["Seoul", "Kyiv"]
    assert [r.revision for r in series["Seoul"]] == [None, "revised up", "revised down", None]


def test_unchanged_and_vague_revisions():
    claims = [
        lc("killed", vague="dozens", claimant="Seoul", doc="a", date="2024-11-01"),
        lc("killed", vague="hundreds", claimant="Seoul", doc="b", date="2024-11-05"),
        lc("killed", 200, "range", number_high=999, claimant="Seoul", doc="c",
           date="2024-11-09"),
    ]
    assert [r.revision for r in build_estimates(claims)] == [None, "revised up", "unchanged"]


def test_same_day_rows_are_not_revisions_of_each_other():
    rows = build_estimates([lc("killed", 10, claimant="Seoul", doc="a"),
                            lc("killed", 20, claimant="Seoul", doc="b")])
    assert [r.revision for r in rows] == [None, None]


def test_missing_interval_is_filled_from_the_wording():
    from dataclasses import replace

    claim = lc("materiel", vague="dozens", item="missiles")
    bare = replace(claim, claim=claim.claim.replace(low=None, high=None))
    (row,) = build_estimates([bare])
    assert (row.figure, row.low, row.high) == ("dozens", 24, 99)


def test_rows_name_a_known_claimant_by_its_registry_name_and_keep_the_words():
    claims = [lc("killed", 300, "about", claimant="Seoul's spy agency", entity="KR:nis", doc="a"),
              lc("killed", 300, "about", claimant="the NIS", entity="KR:nis", doc="b")]
    (row,) = build_estimates(claims)
    assert (row.claimant, row.claimant_words) == ("National Intelligence Service",
                                                  "Seoul's spy agency")
    assert build_estimates(claims, claimant="national intelligence") == [row]


def test_an_unknown_claimant_is_named_by_its_words():
    (row,) = build_estimates([lc("killed", 3, claimant="The Kestrel Institute",
                                 entity="~kestrel-institute")])
    assert row.claimant == row.claimant_words == "The Kestrel Institute"


def test_a_stated_day_dates_the_row_before_the_publication_day():
    from dataclasses import replace as with_fields

    stated = lc("killed", 300, claimant="Kyiv", doc="a", date="2025-03-05")
    stated = with_fields(stated, claim=stated.claim.replace(date="2025-03-01"))
    later = lc("killed", 200, claimant="Kyiv", doc="b", date="2025-03-03")
    rows = build_estimates([stated, later])
    assert [(r.date, r.number) for r in rows] == [("2025-03-01", 300), ("2025-03-03", 200)]
    assert rows[1].revision == "revised down"

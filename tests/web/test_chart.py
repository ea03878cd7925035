"""The estimate chart's geometry: ranges, open bounds, scales, series."""

from __future__ import annotations

from tests.reconcile.helpers import lc

from claimledger.reconcile.estimates import build_estimates
from claimledger.web.chart import MIN_BAR, estimate_chart


def _chart(*claims):
    rows = build_estimates(claims)
    return rows, estimate_chart(rows, href=lambda r: f"/articles/{r.first_doc}")


def test_a_range_runs_from_low_to_high_and_an_exact_figure_is_still_a_bar():
    _, chart = _chart(
        lc("killed", 300, "range", number_high=400, claimant="NIS", doc="a", date="2024-12-01"),
        lc("killed", 350, claimant="NIS", doc="b", date="2025-01-01"),
    )
    ranged, exact = chart.marks
    assert ranged.y_low > ranged.y_high  # SVG y grows downwards: low is lower on the page
    assert ranged.y_low - ranged.y_high > 10
    assert abs((exact.y_low - exact.y_high) - MIN_BAR) < 0.01
    assert ranged.x < exact.x
    assert ranged.href == "/articles/a" and not (ranged.open_low or ranged.open_high)


def test_open_bounds_reach_the_edge_of_the_plot():
    _, chart = _chart(
        lc("killed", 500, "more_than", claimant="HUR", doc="a", date="2024-12-01"),
        lc("killed", 1000, "up_to", claimant="HUR", doc="b", date="2025-01-01"),
    )
    more, up_to = chart.marks
    assert more.open_high and not more.open_low and more.y_high == chart.top
    assert up_to.open_low and not up_to.open_high and up_to.y_low == chart.bottom


def test_one_series_per_claimant_and_undated_rows_are_counted_not_drawn():
    rows, chart = _chart(
        lc("killed", 100, claimant="NIS", doc="a", date="2024-11-01"),
        lc("killed", 200, claimant="NIS", doc="b", date="2024-12-01"),
        lc("killed", 150, claimant="HUR", doc="c", date="2024-12-01"),
        lc("killed", 120, claimant="HUR", doc="d", date=None),
    )
    assert [s.name for s in chart.series] == ["NIS", "HUR"]
    assert [len(s.marks) for s in chart.series] == [2, 1]
    assert chart.undated == 1
    assert len({s.colour for s in chart.series}) == 2
    # Same day, two claimants: drawn side by side, not on top of each other.
    same_day = [m.x for m in chart.marks if m.row.date == "2024-12-01"]
    assert len(set(same_day)) == 2


def test_figures_across_orders_of_magnitude_use_a_log_scale():
    _, linear = _chart(lc("killed", 100, doc="a"), lc("killed", 300, doc="b", date="2025-01-01"))
    _, log = _chart(lc("killed", 10, doc="a"), lc("killed", 10_000, doc="b", date="2025-01-01"))
    assert not linear.log and log.log
    assert [label for _, label in log.y_ticks][0] == "10"


def test_nothing_to_draw_without_dates():
    rows, chart = _chart(lc("killed", 100, date=None))
    assert rows and chart is None

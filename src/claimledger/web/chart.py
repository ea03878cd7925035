"""Estimate series as a chart over time: one mark series per claimant, each figure a range.

``estimate_chart`` only computes geometry (pixels, ticks, labels); the template
``_chart.html`` draws it as inline SVG, so the chart needs no script, is
escaped like the rest of the page, and tests can read its marks.

A figure is drawn as a vertical bar from its low to its high value; an exact
figure is a short bar; an open bound ("more than 10,000") runs to the edge of
the plot and ends in an arrow.

Example:
    >>> from claimledger.reconcile.estimates import EstimateRow
    >>> row = EstimateRow("NIS", None, (), "killed", "KP", None, 100, None, "more_than",
    ...                   None, 100, None, "more than 100", "2024-12-24", None, "d1", 1,
    ...                   ("d1:1",), "reported")
    >>> chart = estimate_chart([row], href=lambda r: "#")
    >>> [(m.open_high, m.open_low) for s in chart.series for m in s.marks]
    [(True, False)]
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from claimledger.reconcile.estimates import EstimateRow
from claimledger.reconcile.keys import UNATTRIBUTED

#: Distinct colours (CSS classes ``s0`` … ``s7`` in ``static/style.css``); series cycle through.
PALETTE_SIZE = 8

BAR_WIDTH = 8
MIN_BAR = 4  # pixels: an exact figure is still a visible bar, not a dot


@dataclass(frozen=True)
class Mark:
    """One estimate: a bar from ``y_low`` (bottom) up to ``y_high`` (top), in pixels."""

    x: float
    y_low: float
    y_high: float
    open_low: bool
    open_high: bool
    href: str
    label: str
    row: EstimateRow


@dataclass
class Series:
    name: str
    colour: int
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Chart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    log: bool
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    series: list[Series]
    undated: int

    @property
    def marks(self) -> list[Mark]:
        return [m for s in self.series for m in s.marks]


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for multiple in (1, 2, 2.5, 5, 10):
        if raw <= multiple * power:
            return multiple * power
    return 10 * power


def _count_label(value: float) -> str:
    if value >= 1_000_000 and value % 1_000_000 == 0:
        return f"{int(value // 1_000_000)}M"
    if value >= 10_000 and value % 1_000 == 0:
        return f"{int(value // 1_000)}k"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _x_ticks(first: date, last: date) -> list[tuple[date, str]]:
    days = (last - first).days
    if days > 3 * 366:
        ticks = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
        return [(d, str(d.year)) for d in ticks]
    if days > 62:
        ticks = []
        y, m = first.year, first.month
        while True:
            m += 1
            if m > 12:
                y, m = y + 1, 1
            d = date(y, m, 1)
            if d > last:
                break
            ticks.append(d)
        stride = max(1, math.ceil(len(ticks) / 8))
        return [(d, d.strftime("%b %Y")) for d in ticks[::stride]]
    step = max(1, math.ceil(days / 6))
    ticks = [first + timedelta(days=i) for i in range(1, days, step)]
    return [(d, d.strftime("%d %b")) for d in ticks]


def _series_name(row: EstimateRow, vary_subject: bool, vary_item: bool) -> str:
    name = row.claimant or UNATTRIBUTED
    extra = [x for x, wanted in ((row.subject, vary_subject), (row.item, vary_item))
             if wanted and x]
    return f"{name} — {', '.join(extra)}" if extra else name


def series_key(row: EstimateRow) -> tuple[str, str, str]:
    return (row.claimant_key, row.subject or "", (row.item or "").lower())


def estimate_chart(
    rows: Sequence[EstimateRow],
    *,
    href: Callable[[EstimateRow], str],
    width: int = 1000,
    height: int = 380,
) -> Chart | None:
    """Geometry for ``rows`` (one measure); None when no row has both a date and a figure."""
    dated = [(r, d) for r in rows if (d := _day(r.date)) is not None
             and (r.low is not None or r.high is not None)]
    if not dated:
        return None
    left, right, top, bottom = 64, width - 16, 16, height - 36
    values = [v for r, _ in dated for v in (r.low, r.high) if v is not None]
    vmin, vmax = min(values), max(values)
    log = vmin >= 1 and vmax / vmin > 20

    if log:
        lo_exp = math.floor(math.log10(vmin))
        hi_exp = max(math.ceil(math.log10(vmax * 1.05)), lo_exp + 1)
        lo_val, hi_val = 10.0 ** lo_exp, 10.0 ** hi_exp

        def y_of(v: float) -> float:
            v = min(max(v, lo_val), hi_val)
            frac = (math.log10(v) - lo_exp) / (hi_exp - lo_exp)
            return bottom - frac * (bottom - top)

        y_ticks = []
        for e in range(lo_exp, hi_exp + 1):
            for m in ((1, 2, 5) if hi_exp - lo_exp <= 3 else (1,)):
                v = m * 10.0 ** e
                if lo_val <= v <= hi_val:
                    y_ticks.append((y_of(v), _count_label(v)))
    else:
        step = _nice_step(vmax * 1.1 if vmax > 0 else 1)
        hi_val = step * math.ceil((vmax * 1.1 if vmax > 0 else 1) / step)

        def y_of(v: float) -> float:
            v = min(max(v, 0), hi_val)
            return bottom - v / hi_val * (bottom - top)

        y_ticks = [(y_of(i * step), _count_label(i * step))
                   for i in range(int(round(hi_val / step)) + 1)]

    first = min(d for _, d in dated)
    last = max(d for _, d in dated)
    pad = max(3, round((last - first).days * 0.05))
    x0, x1 = first - timedelta(days=pad), last + timedelta(days=pad)
    span_days = (x1 - x0).days

    def x_of(d: date) -> float:
        return left + (d - x0).days / span_days * (right - left)

    vary_subject = len({r.subject for r, _ in dated}) > 1
    vary_item = len({(r.item or "").lower() for r, _ in dated}) > 1
    order: dict[tuple, Series] = {}
    for row, _ in dated:
        key = series_key(row)
        if key not in order:
            order[key] = Series(_series_name(row, vary_subject, vary_item),
                                len(order) % PALETTE_SIZE)
    # Series side by side within a day, so two claimants on one date do not hide each other.
    count = len(order)
    dodge = min(BAR_WIDTH + 2, 48 / max(count, 1))
    offsets = {key: (i - (count - 1) / 2) * dodge for i, key in enumerate(order)}

    for row, d in dated:
        key = series_key(row)
        open_low, open_high = row.low is None, row.high is None
        y_low = float(bottom) if open_low else y_of(row.low)
        y_high = float(top) if open_high else y_of(row.high)
        if y_low - y_high < MIN_BAR:
            middle = (y_low + y_high) / 2
            y_low, y_high = middle + MIN_BAR / 2, middle - MIN_BAR / 2
        label = f"{order[key].name}, {row.date[:10] if row.date else ''}: {row.figure}"
        label += f" ({row.hedge})" if row.hedge and row.hedge != "asserted" else ""
        order[key].marks.append(Mark(
            x=round(x_of(d) + offsets[key], 1), y_low=round(y_low, 1), y_high=round(y_high, 1),
            open_low=open_low, open_high=open_high, href=href(row), label=label, row=row,
        ))
    return Chart(
        width=width, height=height, left=left, right=right, top=top, bottom=bottom, log=log,
        x_ticks=[(round(x_of(d), 1), text) for d, text in _x_ticks(x0, x1)],
        y_ticks=[(round(y, 1), text) for y, text in y_ticks],
        series=list(order.values()),
        undated=len(rows) - len(dated),
    )

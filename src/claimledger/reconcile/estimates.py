"""Estimates: one row per distinct figure a claimant gave, with how many outlets carry it.

Claims that give the same figure for the same thing from the same claimant
collapse into one row; a syndicated copy and its origin count as one report.
Rows of one claimant for one measure, side and item form a series over time,
each later row marked as revised up, down, or unchanged.

Example:
    >>> from claimledger.records import Claim, LedgerClaim, TextSpan
    >>> c = Claim("d1", "d1:1", "quantity", "killed", TextSpan("77 killed", 0, 9),
    ...           subject="KP", number=77, qualifier="exact", low=77, high=77)
    >>> [r.figure for r in build_estimates([LedgerClaim(c, published="2024-12-24")])]
    ['77']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from claimledger.reconcile.intervals import (
    Interval,
    comparable,
    has_figure,
    representative,
    schema_interval,
)
from claimledger.reconcile.items import item_key
from claimledger.reconcile.keys import (
    UNATTRIBUTED,
    claimant_key,
    claimant_text,
    independent_doc,
    text_key,
)
from claimledger.records import QUALIFIER_CLASS, LedgerClaim
from claimledger.report.claims import figure_text

REVISED_UP = "revised up"
REVISED_DOWN = "revised down"
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class EstimateRow:
    """One distinct estimate and the claims that carry it."""

    claimant: str | None
    claimant_entity: str | None
    via: tuple[str, ...]
    measure: str
    subject: str | None
    item: str | None
    number: int | float | None
    number_high: int | float | None
    qualifier: str | None
    vague: str | None
    low: int | float | None
    high: int | float | None
    figure: str
    date: str | None
    first_url: str | None
    first_doc: str
    independent_reports: int
    claim_ids: tuple[str, ...]
    hedge: str
    #: Identity the row is grouped by: entity id, normalised claimant words, or "unattributed".
    claimant_key: str = UNATTRIBUTED
    #: Against this claimant's previous row for the same measure, side and item.
    revision: str | None = None
    #: The claimant as the first report words it ("Seoul's spy agency"); ``claimant``
    #: is the entity's name where the registry knows it ("National Intelligence Service").
    claimant_words: str | None = None


def _group_key(lc: LedgerClaim) -> tuple:
    c = lc.claim
    return (
        claimant_key(lc), c.measure, c.subject or "", item_key(c.item),
        c.number, c.number_high, QUALIFIER_CLASS.get(c.qualifier or "exact", c.qualifier),
        text_key(c.vague),
    )


def _series_key(row: EstimateRow) -> tuple:
    return (row.claimant_key, row.measure, row.subject or "", item_key(row.item))


def _chronological(lc: LedgerClaim) -> tuple:
    # Undated claims go last; an origin before its copies; doc and claim id make the order total.
    return (lc.date is None, lc.date or "", lc.origin_doc is not None, lc.claim.doc,
            lc.claim.claim_id)


def _row(group: list[LedgerClaim]) -> EstimateRow:
    group = sorted(group, key=_chronological)
    first = group[0]
    c = first.claim
    named = next((lc for lc in group if claimant_text(lc)), None)
    entity = next((lc.claim.claimant.entity for lc in group
                   if lc.claim.claimant and lc.claim.claimant.entity), None)
    via: list[str] = []
    for lc in group:
        for span in lc.claim.via:
            if text_key(span.text) not in {text_key(v) for v in via}:
                via.append(span.text)
    low, high = c.low, c.high
    if low is None and high is None:  # a hand-made or older record without its interval
        low, high = schema_interval(c.qualifier, c.number, c.number_high, c.vague)
    words = claimant_text(named) if named else None
    return EstimateRow(
        claimant=_registry_name(entity) or words,
        claimant_entity=entity,
        via=tuple(via),
        measure=c.measure,
        subject=c.subject,
        item=c.item,
        number=c.number,
        number_high=c.number_high,
        qualifier=c.qualifier,
        vague=c.vague,
        low=low,
        high=high,
        figure=figure_text(c.qualifier, c.number, c.number_high, c.vague),
        date=first.date,
        first_url=next((lc.doc_url for lc in group if lc.doc_url), None),
        first_doc=c.doc,
        independent_reports=len({independent_doc(lc) for lc in group}),
        claim_ids=tuple(lc.claim.claim_id for lc in group),
        hedge=c.hedge,
        claimant_key=claimant_key(first),
        claimant_words=words,
    )


def _registry_name(entity: str | None) -> str | None:
    from claimledger.resolve import get_registry

    return get_registry().name_of(entity)


def _matches_claimant(group: list[LedgerClaim], wanted: str) -> bool:
    needle = wanted.strip().lower()
    for lc in group:
        span = lc.claim.claimant
        if claimant_key(lc) == needle or (span and span.entity and span.entity.lower() == needle):
            return True
        if span and needle in span.text.lower():
            return True
        if span and span.entity and needle in (_registry_name(span.entity) or "").lower():
            return True  # "National Intelligence" finds the NIS however a report words it
    return False


def _row_interval(row: EstimateRow) -> Interval:
    low, high = row.low, row.high
    if low is None and high is None:
        low, high = schema_interval(row.qualifier, row.number, row.number_high, row.vague)
    return comparable(row.qualifier, row.number, row.number_high, low, high)


def revision(earlier: EstimateRow, later: EstimateRow) -> str:
    """How ``later`` moves from ``earlier``: wholly above or below, else by middle value.

    Example:
        >>> up = EstimateRow(None, None, (), "killed", "KP", None, 200, None, "exact", None,
        ...                  200, 200, "200", "2025-01-02", None, "d2", 1, ("d2:1",), "asserted")
        >>> revision(replace(up, number=100, low=100, high=100), up)
        'revised up'
    """
    a, b = _row_interval(earlier), _row_interval(later)
    if b[0] is not None and a[1] is not None and b[0] > a[1]:
        return REVISED_UP
    if b[1] is not None and a[0] is not None and b[1] < a[0]:
        return REVISED_DOWN
    ra, rb = representative(a), representative(b)
    if ra is None or rb is None or ra == rb:
        return UNCHANGED
    return REVISED_UP if rb > ra else REVISED_DOWN


@dataclass
class _SeriesState:
    """Where a series stands while rows are walked in date order."""

    day: str | None = None
    last: EstimateRow | None = None  # the series' latest row so far
    before_day: EstimateRow | None = None  # its latest row from a day before ``day``


def _mark_revisions(rows: list[EstimateRow]) -> list[EstimateRow]:
    """Compare each dated row with the same series' last row from an earlier day.

    ``rows`` come in date order (undated last), so one pass with each series' state
    finds that row without looking back.
    """
    out: list[EstimateRow] = []
    states: dict[tuple, _SeriesState] = {}
    for row in rows:
        state = states.setdefault(_series_key(row), _SeriesState())
        day = row.date[:10] if row.date else None
        if day is not None and day != state.day:
            state.before_day, state.day = state.last, day
        earlier = state.before_day if day is not None else None
        if earlier is not None and earlier.date:  # rows come without a revision
            row = replace(row, revision=revision(earlier, row))
        state.last = row
        out.append(row)
    return out


def _order(row: EstimateRow) -> tuple:
    return (
        # Named claimants before the writer's own voice on the same day.
        row.date is None, row.date or "", row.claimant is None,
        (row.claimant_words or row.claimant or "").lower(),
        row.claimant_key,
        row.measure, row.subject or "", item_key(row.item),
        representative(_row_interval(row)) or 0, row.claim_ids,
    )


def build_estimates(
    claims: Iterable[LedgerClaim],
    measure: str | None = None,
    subject: str | None = None,
    claimant: str | None = None,
) -> list[EstimateRow]:
    """One row per distinct estimate, ordered by date then claimant.

    ``measure`` matches exactly, ``subject`` is an ISO code, ``claimant`` matches
    an entity id, part of the claimant's words or of the entity's name
    (case-insensitive), or ``"unattributed"``. Event claims (no figure) and rejected
    claims are left out.
    """
    groups: dict[tuple, list[LedgerClaim]] = {}
    for lc in claims:
        if lc.rejected or not has_figure(lc.claim):
            continue
        if measure is not None and lc.claim.measure != measure:
            continue
        if subject is not None and (lc.claim.subject or "").upper() != subject.strip().upper():
            continue
        groups.setdefault(_group_key(lc), []).append(lc)
    # The claimant filter applies to whole groups, so it never splits one estimate's count.
    chosen = [g for g in groups.values() if claimant is None or _matches_claimant(g, claimant)]
    rows = sorted((_row(g) for g in chosen), key=_order)
    return _mark_revisions(rows)


def estimate_series(rows: Iterable[EstimateRow]) -> dict[str, list[EstimateRow]]:
    """Rows per claimant (display words, or "unattributed"), each list in date order.

    Example:
        >>> estimate_series([])
        {}
    """
    series: dict[str, list[EstimateRow]] = {}
    names: dict[str, str] = {}
    for row in _mark_revisions(sorted(rows, key=_order)):
        name = names.setdefault(row.claimant_key, row.claimant or UNATTRIBUTED)
        series.setdefault(name, []).append(row)
    return series

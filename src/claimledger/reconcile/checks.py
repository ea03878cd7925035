"""Consistency checks: figures that cannot all be true, and figures that agree.

Each check is a small function over claims that yields ``Check`` records;
``find_checks`` runs them all. Claims are compared by the intervals of
``claimledger.reconcile.intervals`` ("more than 100" is at least 101, "about"
allows 10%), and only within one setting (one document, or one named claimant
on one day) and one scope (the same period and place words), so that "77
killed in three days" is never set against a war-long total.

Example:
    >>> find_checks([])
    []
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from claimledger.reconcile.intervals import add, claim_interval, has_figure, overlaps
from claimledger.reconcile.items import item_key, part_of_test
from claimledger.reconcile.keys import (
    UNATTRIBUTED,
    claimant_key,
    claimant_text,
    day,
    drop_copies,
    same_scope,
    scope_key,
    text_key,
)
from claimledger.records import QUALIFIER_CLASS, LedgerClaim, TextSpan
from claimledger.report.claims import figure_text

CONTRADICTION = "contradiction"
AGREEMENT = "agreement"

#: Measures that only ever grow: a later, lower figure from the same claimant is a retreat.
CUMULATIVE = ("killed", "wounded", "casualties", "captured", "materiel")


@dataclass(frozen=True)
class Check:
    """A relation found between claims, with the words that carry each one."""

    kind: str
    verdict: str
    claim_ids: tuple[str, ...]
    evidence: tuple[tuple[str, TextSpan], ...]
    note: str


def _check(kind: str, verdict: str, claims: list[LedgerClaim], note: str) -> Check:
    return Check(
        kind=kind,
        verdict=verdict,
        claim_ids=tuple(lc.claim.claim_id for lc in claims),
        evidence=tuple((lc.claim.doc, lc.claim.evidence) for lc in claims),
        note=note,
    )


def _said(lc: LedgerClaim) -> str:
    """ "more than 100 Hwasong-11 missiles", "about 100 killed" """
    c = lc.claim
    what = c.item or c.measure
    of = " of" if c.number is None and c.vague else ""  # "dozens of missiles"
    return f"{figure_text(c.qualifier, c.number, c.number_high, c.vague)}{of} {what}"


def _who(lc: LedgerClaim) -> str:
    return claimant_text(lc) or UNATTRIBUTED


def _same_thing(a: LedgerClaim, b: LedgerClaim) -> bool:
    x, y = a.claim, b.claim
    return (x.measure == y.measure and x.subject == y.subject
            and item_key(x.item) == item_key(y.item) and scope_key(a) == scope_key(b))


def _neighbours(claims: list[LedgerClaim]) -> Callable[[int], list[int]]:
    """Positions of the claims in the same setting as ``claims[i]``: the same document,
    or the same named claimant on the same day.

    Indexing by document and by (claimant, day) keeps the checks near-linear
    instead of comparing every claim with every other.
    """
    by_doc: dict[str, list[int]] = {}
    by_voice: dict[tuple[str, str], list[int]] = {}
    for i, lc in enumerate(claims):
        by_doc.setdefault(lc.claim.doc, []).append(i)
        who, when = claimant_key(lc), day(lc)
        if who != UNATTRIBUTED and when is not None:
            by_voice.setdefault((who, when), []).append(i)

    def neighbours(i: int) -> list[int]:
        lc = claims[i]
        near = set(by_doc[lc.claim.doc])
        who, when = claimant_key(lc), day(lc)
        if who != UNATTRIBUTED and when is not None:
            near.update(by_voice[(who, when)])
        near.discard(i)
        return sorted(near)

    return neighbours


def _series(claims: list[LedgerClaim]) -> Iterator[list[LedgerClaim]]:
    """Each named claimant's figures for one thing (measure, side, item, scope)."""
    series: dict[tuple, list[LedgerClaim]] = {}
    for lc in claims:
        who = claimant_key(lc)
        if who != UNATTRIBUTED:
            c = lc.claim
            key = (who, c.measure, c.subject, item_key(c.item), scope_key(lc))
            series.setdefault(key, []).append(lc)
    yield from series.values()


def part_exceeds_whole(
    claims: list[LedgerClaim], is_part_of: Callable[[str, str], bool] | None = None
) -> Iterator[Check]:
    """A part said to be larger than the whole it belongs to.

    Example: "dozens of missiles, including more than 100 Hwasong-11 missiles":
    the part is at least 101, the whole at most 99 → contradiction.
    """
    is_part_of = is_part_of or part_of_test()
    neighbours = _neighbours(claims)
    for i, part in enumerate(claims):
        p = part.claim
        if p.measure not in ("materiel", "personnel") or not p.item:
            continue
        part_low = claim_interval(p)[0]
        if part_low is None:
            continue
        for j in neighbours(i):
            whole = claims[j]
            w = whole.claim
            if w.measure != p.measure or not w.item:
                continue
            if w.subject and p.subject and w.subject != p.subject:
                continue  # (a whole whose side is unstated may still hold the part)
            if p.recipient and w.recipient and p.recipient != w.recipient:
                continue
            if not same_scope(part, whole) or not is_part_of(p.item, w.item):
                continue
            whole_high = claim_interval(w)[1]
            if whole_high is not None and part_low > whole_high:
                note = f"{_said(part)} are said to be among only {_said(whole)}"
                yield _check("part_exceeds_whole", CONTRADICTION, [part, whole], note)


def sum_vs_total(claims: list[LedgerClaim]) -> Iterator[Check]:
    """Killed plus wounded from one claimant against a casualties figure for the same side.

    Example: "about 100 killed and 1,000 wounded" (1,090–1,110) against "more than
    1,000 casualties" (1,001 or more) → agreement (``consistent_sum``); against
    "500 casualties" → contradiction (``inconsistent_sum``).

    The two parts come from one article (a split is stated together); the total is
    their claimant's own, from that article or the same day, or else one the same
    article gives.
    """
    neighbours = _neighbours(claims)
    by_doc: dict[str, list[int]] = {}
    for i, lc in enumerate(claims):
        by_doc.setdefault(lc.claim.doc, []).append(i)
    for i, k in enumerate(claims):
        if k.claim.measure != "killed":
            continue
        for j in by_doc[k.claim.doc]:
            w = claims[j]
            if (w.claim.measure != "wounded" or w.claim.subject != k.claim.subject
                    or claimant_key(k) != claimant_key(w) or not same_scope(k, w)):
                continue
            both = add(claim_interval(k.claim), claim_interval(w.claim))
            totals = [
                claims[t] for t in neighbours(i)
                if claims[t].claim.measure == "casualties"
                and claims[t].claim.subject == k.claim.subject
                and same_scope(claims[t], k) and same_scope(claims[t], w)
            ]
            own = [t for t in totals if claimant_key(t) == claimant_key(k)]
            for t in own or [t for t in totals if t.claim.doc == k.claim.doc]:
                if overlaps(both, claim_interval(t.claim)):
                    kind, verdict, rel = "consistent_sum", AGREEMENT, "agrees with"
                else:
                    kind, verdict, rel = "inconsistent_sum", CONTRADICTION, "does not add up to"
                note = f"{_said(k)} plus {_said(w)} ({_who(k)}) {rel} {_said(t)} ({_who(t)})"
                yield _check(kind, verdict, [k, w, t], note)


def same_claimant_different_figures(claims: list[LedgerClaim]) -> Iterator[Check]:
    """One claimant, one day, two figures for the same thing that cannot both hold.

    Example: the ministry says "300 killed" and, the same day, "at least 500 killed".
    Only claims of one day (or one article) are paired, so a long series costs little.
    """
    for members in _series(claims):
        occasions: dict[tuple[str, str], list[int]] = {}
        for i, lc in enumerate(members):
            occasions.setdefault(("doc", lc.claim.doc), []).append(i)
            if day(lc) is not None:
                occasions.setdefault(("day", day(lc) or ""), []).append(i)
        pairs = sorted({(i, j) for group in occasions.values()
                        for n, i in enumerate(group) for j in group[n + 1:]})
        for i, j in pairs:
            a, b = members[i], members[j]
            if not overlaps(claim_interval(a.claim), claim_interval(b.claim)):
                note = f"{_who(a)} gives both {_said(a)} and {_said(b)} on the same day"
                yield _check("same_claimant_different_figures", CONTRADICTION, [a, b], note)


def cumulative_falls(claims: list[LedgerClaim]) -> Iterator[Check]:
    """A running total from one claimant that later falls below its earlier value.

    Example: "1,000 killed" on 1 December, then "fewer than 600 killed" on 9 December
    (a total that only grows has been revised down). Each falling figure is set
    against the highest figure the claimant gave on an earlier day, once.
    """
    for members in _series(claims):
        if members[0].claim.measure not in CUMULATIVE:
            continue
        dated = sorted((lc for lc in members if day(lc) is not None),
                       key=lambda lc: (day(lc), lc.claim.doc, lc.claim.claim_id))
        peak: LedgerClaim | None = None  # highest lower bound from an earlier day
        peak_today: LedgerClaim | None = None
        today = None
        for later in dated:
            if day(later) != today:
                peak, peak_today, today = _higher(peak, peak_today), None, day(later)
            later_high = claim_interval(later.claim)[1]
            if peak is not None and later_high is not None \
                    and later_high < claim_interval(peak.claim)[0]:
                note = (f"{_who(peak)} gave {_said(peak)} on {day(peak)} but {_said(later)} "
                        f"on {day(later)}: a running total revised down")
                yield _check("cumulative_falls", CONTRADICTION, [peak, later], note)
            peak_today = _higher(peak_today, later)


def _higher(a: LedgerClaim | None, b: LedgerClaim | None) -> LedgerClaim | None:
    """The claim with the higher lower bound (the earlier one on a tie)."""
    if a is None or claim_interval(a.claim)[0] is None:
        return b if b is not None and claim_interval(b.claim)[0] is not None else a
    if b is None or claim_interval(b.claim)[0] is None:
        return a
    return b if claim_interval(b.claim)[0] > claim_interval(a.claim)[0] else a


def _echo_key(lc: LedgerClaim) -> tuple:
    c = lc.claim
    return (c.measure, c.subject, item_key(c.item), c.number, c.number_high,
            QUALIFIER_CLASS.get(c.qualifier or "exact"), text_key(c.vague))


def unattributed_echo(claims: list[LedgerClaim]) -> Iterator[Check]:
    """A figure stated without a source that repeats an attributed one: its likely source.

    Example: "more than 1,000 casualties" in the writer's own voice, after "Seoul
    says more than 1,000 casualties" → agreement naming Seoul.
    """
    attributed: dict[tuple, list[LedgerClaim]] = {}
    for lc in claims:
        if claimant_key(lc) != UNATTRIBUTED:
            attributed.setdefault(_echo_key(lc), []).append(lc)
    for u in claims:
        if claimant_key(u) != UNATTRIBUTED:
            continue
        key = _echo_key(u)
        if key[3] is None and not key[6]:
            continue
        sources = [a for a in attributed.get(key, ())
                   if day(a) is None or day(u) is None or day(a) <= day(u)]
        if not sources:
            continue
        # The same article's own attribution is the likeliest source; then the earliest.
        best = min(sources, key=lambda a: (a.claim.doc != u.claim.doc, day(a) or "",
                                           a.claim.doc, a.claim.claim_id))
        note = f"unattributed {_said(u)} repeats {_who(best)} ({best.claim.doc})"
        yield _check("unattributed_echo", AGREEMENT, [u, best], note)


CHECKS: tuple[Callable[[list[LedgerClaim]], Iterable[Check]], ...] = (
    part_exceeds_whole,
    sum_vs_total,
    same_claimant_different_figures,
    cumulative_falls,
    unattributed_echo,
)


def _chronological(lc: LedgerClaim) -> tuple:
    return (lc.date is None, lc.date or "", lc.claim.doc, lc.claim.claim_id)


def find_checks(claims: Iterable[LedgerClaim]) -> list[Check]:
    """Every check over the claims, in a fixed order, each set of claims reported once.

    Syndicated copies whose origin is among the claims, rejected claims and
    claims without a figure are left out.
    """
    pool = sorted((lc for lc in drop_copies(list(claims)) if has_figure(lc.claim)),
                  key=_chronological)
    position = {lc.claim.claim_id: i for i, lc in enumerate(pool)}
    found: dict[tuple[str, frozenset[str]], tuple[tuple, Check]] = {}
    for order, check in enumerate(CHECKS):
        for item in check(pool):
            key = (item.kind, frozenset(item.claim_ids))
            if key not in found:
                rank = (order, tuple(position[c] for c in item.claim_ids))
                found[key] = (rank, item)
    return [item for _rank, item in sorted(found.values(), key=lambda pair: pair[0])]

"""Query parameters shared by the pages and the API, checked once with clear messages.

Every filter arrives as text (an empty form field means "any"); a value the
ledger cannot take becomes a 422 with a one-line ``detail``, never a 500.
The values then go to ``Ledger.claims`` as bound parameters.

Example:
    >>> check_date("since", "2024-11-13")
    '2024-11-13'
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import HTTPException, Query

from claimledger.records import HEDGES, KINDS, MEASURES
from claimledger.store.queries import ClaimFilter

MAX_PER_PAGE = 200
MAX_TEXT = 200
VERDICTS = ("contradiction", "agreement")

_SIDE = re.compile(r"^[A-Za-z]{2}$")


def bad(name: str, message: str) -> HTTPException:
    """A 422 whose ``detail`` names the parameter and says what is wrong with it."""
    return HTTPException(status_code=422, detail=f"{name}: {message}")


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    if value not in choices:
        raise bad(name, f"unknown {name} {value!r}; choose from {', '.join(choices)}")
    return value


def check_side(name: str, value: str | None) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    if not _SIDE.match(value):
        raise bad(name, f"{value!r} is not a side; give a two-letter ISO 3166-1 code such as KP")
    return value.upper()


def check_date(name: str, value: str | None) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else _raise()
    except ValueError:
        raise bad(name, f"{value!r} is not a date; use YYYY-MM-DD") from None


def _raise() -> str:
    raise ValueError


def check_text(name: str, value: str | None) -> str | None:
    value = _blank(value)
    if value is not None and len(value) > MAX_TEXT:
        raise bad(name, f"longer than {MAX_TEXT} characters")
    return value


@dataclass(frozen=True)
class ClaimFilters(ClaimFilter):
    """The filters of ``Ledger.claims`` / ``Ledger.count_claims`` (the store's own
    ``ClaimFilter``), checked here with HTTP messages, and sent on as keywords."""

    def kwargs(self) -> dict[str, Any]:
        return asdict(self)

    def query(self) -> dict[str, str]:
        """The filters that are set, as query-string pairs (for links that keep them)."""
        out = {}
        for key, value in asdict(self).items():
            if value is True:
                out[key] = "true"
            elif value not in (None, False):
                out[key] = str(value)
        return out


def _text(description: str) -> Any:
    return Annotated[str | None, Query(description=description)]


_Measure = _text("What is counted: " + ", ".join(MEASURES))
_Side = _text("Whose side, an ISO 3166-1 alpha-2 code (KP)")
_Claimant = _text("Entity id or part of the claimant's words")
_EstimateClaimant = _text("Entity id, part of the claimant's words, or 'unattributed'")
_Hedge = _text("How firmly: " + ", ".join(HEDGES))
_CheckKind = _text("The check's name, e.g. part_exceeds_whole")


def claim_filters(
    measure: _Measure = None,
    subject: _Side = None,
    claimant: _Claimant = None,
    hedge: _Hedge = None,
    kind: Annotated[str | None, Query(description="quantity or event")] = None,
    doc: Annotated[str | None, Query(description="Document id")] = None,
    since: Annotated[str | None, Query(description="Published on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="Published on or before (YYYY-MM-DD)")] = None,
    q: Annotated[str | None, Query(description="Full-text search over the evidence words")] = None,
    include_rejected: Annotated[bool, Query(description="Also list rejected claims")] = False,
) -> ClaimFilters:
    filters = ClaimFilters(
        measure=check_choice("measure", measure, MEASURES),
        subject=check_side("subject", subject),
        claimant=check_text("claimant", claimant),
        hedge=check_choice("hedge", hedge, HEDGES),
        kind=check_choice("kind", kind, KINDS),
        doc=check_text("doc", doc),
        since=check_date("since", since),
        until=check_date("until", until),
        q=check_text("q", q),
        include_rejected=include_rejected,
    )
    if filters.since and filters.until and filters.since > filters.until:
        raise bad("until", f"{filters.until} is before since ({filters.since})")
    return filters


@dataclass(frozen=True)
class Page:
    """1-based page number and page size, with the row offset they imply."""

    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def pages(self, total: int) -> int:
        return max(1, -(-total // self.per_page))


def paging(
    page: Annotated[str | None, Query(description="Page number, from 1")] = None,
    per_page: Annotated[str | None, Query(description=f"Rows a page, 1 to {MAX_PER_PAGE}")] = None,
) -> Page:
    return Page(_int("page", page, 1, 1, 10_000_000),
                _int("per_page", per_page, 50, 1, MAX_PER_PAGE))


def _int(name: str, value: str | None, default: int, low: int, high: int) -> int:
    value = _blank(value)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise bad(name, f"{value!r} is not a whole number") from None
    if not low <= number <= high:
        raise bad(name, f"must be between {low} and {high:,}, not {number}")
    return number


@dataclass(frozen=True)
class EstimateFilters:
    measure: str | None = None
    subject: str | None = None
    claimant: str | None = None


def estimate_filters(
    measure: _Measure = None,
    subject: _Side = None,
    claimant: _EstimateClaimant = None,
) -> EstimateFilters:
    return EstimateFilters(
        measure=check_choice("measure", measure, MEASURES),
        subject=check_side("subject", subject),
        claimant=check_text("claimant", claimant),
    )


@dataclass(frozen=True)
class CheckFilters:
    verdict: str | None = None
    kind: str | None = None


def check_filters(
    verdict: Annotated[str | None, Query(description="contradiction or agreement")] = None,
    kind: _CheckKind = None,
) -> CheckFilters:
    return CheckFilters(check_choice("verdict", verdict, VERDICTS), check_text("kind", kind))

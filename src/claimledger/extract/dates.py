"""The date a claim states for itself: "as of 1 March", "on Monday", "by January 20".

An estimate table dates each figure by the day it was given or counted, which the
text often says; the publication date is only the fallback. Dates are read in the
claim's sentence and resolved against the article's publication date: a weekday is
the latest such day on or before publication, a day and month without a year take
the year that puts them on or before publication.

Rules, each a named pattern below:

- ``explicit``: "1 March 2025", "March 1, 2025", "2025-03-01", "1 March", "March 1st".
- ``weekday``: "on Monday", "last Tuesday" (needs the publication date).
- ``relative_day``: "yesterday", "today", "on Wednesday night" (needs it too).

"since October" starts a period and "in 2023" is a year, not a day: neither dates a
figure. Of several dates in a sentence, one after "as of"/"as at"/"by"/"through"/"up
to" wins (the day a count runs to), else the nearest one before the figure, else the
first after it.

Example:
    >>> [(d.text, d.iso) for d in find_dates("As of 1 March, 1,200 were killed.", "2025-03-03")]
    [('1 March', '2025-03-01')]
    >>> [d.iso for d in find_dates("Officials said on Monday that 40 died.", "2025-03-05")]
    ['2025-03-03']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: n
    for n, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = {d: n for n, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

#: Month and weekday names count only capitalised: "5 may have died" is no date.
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_EXPLICIT = re.compile(
    rf"\b(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})\.?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<year2>(?:19|20)\d\d))?"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))\b"
)
_WEEKDAY = re.compile(
    r"\b(?P<lead>[Oo]n|[Ll]ast|[Tt]his|late on|early on)\s+(?P<weekday>"
    + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b"
)
_RELATIVE = re.compile(r"\b(?P<word>yesterday|today)\b", re.IGNORECASE)
#: Words before a date that make it the day a count runs to.
_AS_OF = re.compile(r"\b(?:as of|as at|as on|by|through|up to|until)\s+$", re.IGNORECASE)
#: Words before a date that make it the start of a period, not the date of a figure.
_SINCE = re.compile(r"\b(?:since|from|after|starting|beginning)\s+(?:early\s+|late\s+|mid-?)?$",
                    re.IGNORECASE)


@dataclass(frozen=True)
class StatedDate:
    """Words that give a day, where they are in the text searched, and that day."""

    text: str
    start: int
    end: int
    iso: str
    as_of: bool = False


def _published(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _with_year(day: int, month: int, year: int | None, pub: date | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if pub is None:
            return None
        found = date(pub.year, month, day)
        # "1 December" in an article of 5 January is last year's.
        return found if found <= pub + timedelta(days=7) else date(pub.year - 1, month, day)
    except ValueError:
        return None


def explicit(text: str, pub: date | None) -> list[tuple[int, int, date]]:
    """Days written with a month: "1 March 2025", "March 1", "2025-03-01"."""
    out = []
    for m in _EXPLICIT.finditer(text):
        if m.group("iso"):
            try:
                found: date | None = date.fromisoformat(m.group("iso"))
            except ValueError:
                found = None
        elif m.group("month"):
            found = _with_year(int(m.group("day")), MONTHS[m.group("month").lower()],
                               int(m.group("year")) if m.group("year") else None, pub)
        elif re.search(r"\b[Ii]n\s+$", text[max(0, m.start() - 4):m.start()]):
            continue  # "in December 20 soldiers died": a month, then a count
        else:
            found = _with_year(int(m.group("day2")), MONTHS[m.group("month2").lower()],
                               int(m.group("year2")) if m.group("year2") else None, pub)
        if found is not None:
            out.append((m.start(), m.end(), found))
    return out


def weekday(text: str, pub: date | None) -> list[tuple[int, int, date]]:
    """"on Monday": the latest Monday on or before publication (same day counts)."""
    if pub is None:
        return []
    out = []
    for m in _WEEKDAY.finditer(text):
        back = (pub.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        if m.group("lead").lower() == "last" and back == 0:
            back = 7
        out.append((m.start("weekday"), m.end("weekday"), pub - timedelta(days=back)))
    return out


def relative_day(text: str, pub: date | None) -> list[tuple[int, int, date]]:
    """"yesterday", "today", against publication."""
    if pub is None:
        return []
    shift = {"yesterday": 1, "today": 0}
    return [(m.start(), m.end(), pub - timedelta(days=shift[m.group("word").lower()]))
            for m in _RELATIVE.finditer(text)]


RULES = (explicit, weekday, relative_day)


def find_dates(text: str, published: str | None) -> list[StatedDate]:
    """Every day ``text`` states (not period starts), in text order."""
    pub = _published(published)
    found: dict[tuple[int, int], date] = {}
    for rule in RULES:
        for start, end, day in rule(text, pub):
            if not any(s < end and start < e for s, e in found):
                found[(start, end)] = day
    out = []
    for (start, end), day in sorted(found.items()):
        before = text[max(0, start - 24):start]
        if _SINCE.search(before):
            continue
        out.append(StatedDate(text[start:end], start, end, day.isoformat(),
                              as_of=bool(_AS_OF.search(before))))
    return out


def pick_date(dates: list[StatedDate], figure_at: int) -> StatedDate | None:
    """The date that dates a figure at offset ``figure_at`` (see the module rules)."""
    if not dates:
        return None
    as_of = [d for d in dates if d.as_of]
    if as_of:
        return min(as_of, key=lambda d: abs(d.start - figure_at))
    before = [d for d in dates if d.start <= figure_at]
    return before[-1] if before else dates[0]

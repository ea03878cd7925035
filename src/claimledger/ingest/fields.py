"""Document fields from loose metadata: ISO dates, outlets from URLs, stable short ids.

Example:
    >>> normalise_date("Tue, 24 Nov 2026 10:00:00 +0300")
    '2026-11-24'
    >>> outlet_from_url("https://www.example.org/world/1")
    'example.org'
    >>> short_id("https://example.org/2026/11/depot-strike.html?ref=rss")
    'depot-strike-869a6485'
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from claimledger.ingest.settings import get_settings

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SLUG_JUNK = re.compile(r"[^A-Za-z0-9]+")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)


def normalise_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO date/datetime, RFC 2822, "24 November 2026" and the
    shapes in ``ingest.yaml``, or a Unix timestamp; None when it cannot be read.

    The calendar day is the one written (no shift to UTC): that is the day the outlet dated it.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        # Only plausible epoch seconds; small numbers are more likely a year or junk.
        if value < 1e8:
            return None
        try:
            return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = " ".join(str(value).split())
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    plain = _ORDINAL.sub("", text)
    for shape in get_settings().date_formats:
        try:
            return datetime.strptime(plain, shape).date().isoformat()
        except ValueError:
            continue
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The host of an http(s) URL without ``www.``, lower-cased; None otherwise."""
    if not url:
        return None
    try:
        parts = urlsplit(str(url).strip())
    except ValueError:
        return None
    host = parts.hostname
    if not host or parts.scheme not in ("http", "https"):
        return None
    return host.removeprefix("www.")


def outlet_name(value: Any) -> str | None:
    """An outlet from a field that is a name or an object with a ``name``/``title``."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, str) and value.strip():
        return one_space(value)
    return None


def one_space(text: str) -> str:
    return " ".join(text.split())


def short_id(raw: str) -> str:
    """A stable, filesystem- and URL-safe id from a feed entry's id or link.

    A short id made of safe characters is kept; anything else becomes a slug of its
    last meaningful part plus 8 hex digits of its SHA-1, so two links that end the
    same way still get different ids.
    """
    raw = raw.strip()
    if _SAFE_ID.fullmatch(raw):
        return raw
    digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]
    # For a link the path names the article; its query (?ref=rss) and fragment do not.
    name = urlsplit(raw).path if "://" in raw else raw
    parts = [p for p in re.split(r"[/:?#=&,]+", name) if _SLUG_JUNK.sub("", p)]
    tail = _PAGE_SUFFIX.sub("", parts[-1]) if parts else ""
    slug = _SLUG_JUNK.sub("-", tail).strip("-").lower()[:40].rstrip("-")
    return f"{slug}-{digest}" if slug else digest


def pick(record: dict[str, Any], name: str) -> Any:
    """The first present, non-null field among the aliases of ``name`` in ``ingest.yaml``."""
    for key in get_settings().fields.get(name, (name,)):
        value = record.get(key)
        if value is not None:
            return value
    return None

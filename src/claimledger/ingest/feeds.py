"""RSS and Atom feeds through feedparser (imported on first use): one Document an entry.

Example:
    >>> feed = b'''<rss version="2.0"><channel><title>T</title><item><guid>n-1</guid>
    ... <description>&lt;p&gt;Three wounded.&lt;/p&gt;</description></item></channel></rss>'''
    >>> [(d.id, d.text) for d in read_feed(feed, stem="f", source="f.rss")]
    [('n-1', 'Three wounded.')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimledger.ingest.failures import ReadError, ReadFailure
from claimledger.ingest.fields import normalise_date, outlet_from_url, outlet_name, short_id
from claimledger.ingest.htmltext import html_to_text
from claimledger.records import Document


def read_feed(data: bytes, *, stem: str, source: str) -> Iterator[Document | ReadFailure]:
    """Entries in feed order; ids from the entry id or link, else ``<stem>-<n>``."""
    import feedparser  # only when a feed is met

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise ReadError(f"not a valid RSS/Atom feed ({problem})")
        raise ReadError("feed has no entries")
    feed_link = (parsed.get("feed") or {}).get("link")
    for n, entry in enumerate(entries, start=1):
        text = _entry_text(entry)
        raw_id = entry.get("id") or entry.get("link")
        doc_id = short_id(raw_id) if raw_id else f"{stem}-{n}"
        if not text:
            yield ReadFailure(source, f"entry {n} ({doc_id}) has no text")
            continue
        link = entry.get("link") or None
        title = entry.get("title")
        yield Document(
            id=doc_id,
            text=text,
            url=link,
            title=" ".join(title.split()) if title else None,
            date=_entry_date(entry),
            outlet=outlet_name(entry.get("source")) or outlet_from_url(link or feed_link),
            source=source,
            meta={"format": "feed", "entry": n, "entry_id": raw_id},
        )


def _entry_text(entry: Any) -> str:
    """The fullest body an entry carries: the longest ``content``, else its summary."""
    best: tuple[str, str] | None = None
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if best is None or len(value) > len(best[0]):
            best = (value, content.get("type") or "text/html")
    if best is None or not best[0].strip():
        detail = entry.get("summary_detail") or {}
        best = (entry.get("summary") or "", detail.get("type") or "text/html")
    value, kind = best
    if kind == "text/plain":
        return value.strip()
    return html_to_text(value)


def _entry_date(entry: Any) -> str | None:
    # The raw string keeps the outlet's own calendar day; feedparser's parsed tuple is UTC.
    for key in ("published", "updated", "created"):
        day = normalise_date(entry.get(key))
        if day:
            return day
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None

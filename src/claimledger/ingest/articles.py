"""JSON and JSON Lines articles: objects with ``text`` and optional id, url, title, date, outlet.

A ``.json`` file holds one article object or a list of them; a ``.jsonl`` file one
object a line (blank lines skipped). A bad item or line gives a ReadFailure and the
rest are still read.

Example:
    >>> [d.id for d in read_json('{"id": 7, "text": "Two killed."}', stem="a", source="a.json")]
    ['7']
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from claimledger.ingest.failures import ReadError, ReadFailure
from claimledger.ingest.fields import normalise_date, outlet_from_url, outlet_name, pick
from claimledger.records import Document


def article_document(
    record: Any, *, default_id: str, source: str, fmt: str, extra: dict[str, Any] | None = None
) -> Document:
    """One article object as a Document; ReadError naming the field that is wrong."""
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, got {_json_type(record)}")
    text = pick(record, "text")
    if text is None:
        raise ReadError('missing "text" field')
    if not isinstance(text, str):
        raise ReadError(f'"text" must be a string, not {_json_type(text)}')
    if not text.strip():
        raise ReadError('"text" is empty')
    raw_id = pick(record, "id")
    doc_id = str(raw_id).strip() if raw_id is not None and str(raw_id).strip() else default_id
    url = _string(pick(record, "url"))
    title = _string(pick(record, "title"))
    return Document(
        id=doc_id,
        text=text.removeprefix("\ufeff"),
        url=url,
        title=" ".join(title.split()) if title else None,
        date=normalise_date(pick(record, "date")),
        outlet=outlet_name(pick(record, "outlet")) or outlet_from_url(url),
        source=source,
        meta={"format": fmt, **(extra or {})},
    )


def read_json(text: str, *, stem: str, source: str) -> Iterator[Document | ReadFailure]:
    """A JSON article or list of articles; ids fall back to ``stem`` / ``<stem>-<n>``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        raise ReadError(f"malformed JSON at {where}: {err.msg}") from None
    if isinstance(data, list):
        if not data:
            raise ReadError("JSON list holds no articles")
        for n, record in enumerate(data, start=1):
            try:
                yield article_document(
                    record, default_id=f"{stem}-{n}", source=source, fmt="json",
                    extra={"item": n},
                )
            except ReadError as err:
                yield ReadFailure(source, f"item {n}: {err.reason}")
        return
    yield article_document(data, default_id=stem, source=source, fmt="json")


def read_jsonl(text: str, *, stem: str, source: str) -> Iterator[Document | ReadFailure]:
    """One article a line; a bad line fails as ``<source>:<line>`` and ids fall back to
    ``<stem>-<line>``, so a failure and a fallback id both point at the line."""
    seen = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(where, f"malformed JSON at column {err.colno}: {err.msg}")
            continue
        try:
            yield article_document(
                record, default_id=f"{stem}-{lineno}", source=source, fmt="jsonl",
                extra={"line": lineno},
            )
        except ReadError as err:
            yield ReadFailure(where, err.reason)
    if not seen:
        raise ReadError("empty file (only whitespace)")


def looks_like_jsonl(text: str) -> bool:
    """For standard input: an object a line rather than one JSON value."""
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        return err.msg == "Extra data" and text.lstrip().startswith("{")
    return False


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)

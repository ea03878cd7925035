"""Read articles from files, folders and standard input into Documents, in input order.

Formats go by extension (``data/ingest.yaml``): plain text (also any unknown extension),
HTML (main text via trafilatura), JSON, JSON Lines and RSS/Atom feeds. Every bad input
becomes a ``ReadFailure`` with a one-line reason and the batch goes on.

Example:
    >>> for item in iter_inputs(["notes/a.txt", "missing.txt"]):  # doctest: +SKIP
    ...     print(item if isinstance(item, ReadFailure) else item.id)
    a
    missing.txt: no such file or directory
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from claimledger.ingest.decode import check_bytes, decode_html, decode_text
from claimledger.ingest.failures import ReadError, ReadFailure
from claimledger.ingest.settings import get_settings
from claimledger.records import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "ReadFailure",
    "iter_inputs",
    "read_bytes",
    "read_path",
]

#: Largest input read, in bytes: far above any article, low enough to refuse a stray dump.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: The id and source name of an article read from standard input.
STDIN = "stdin"

Item = Document | ReadFailure


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Item]:
    """Documents and failures from files, folders (recursively, sorted) and ``-`` (stdin).

    Lazy: one input is read at a time, so a large folder streams.
    """
    for path in paths:
        if str(path) == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin, max_bytes=max_bytes)
        else:
            yield from _read_any(Path(path), max_bytes=max_bytes)


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Item]:
    """Everything one file or folder holds, as a list."""
    return list(_read_any(Path(path), max_bytes=max_bytes))


def read_bytes(
    data: bytes,
    name: str,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Item]:
    """Read content that did not come from a path (an upload): ``name`` picks the format
    by its extension and gives the id by its stem.

    Example:
        >>> [d.id for d in read_bytes(b"Four killed.", "report.txt")]
        ['report']
    """
    source = source or name
    try:
        _check_size(len(data), max_bytes)
        fmt = get_settings().format_of(Path(name).suffix) or "text"
        return list(_parse(data, fmt, stem=Path(name).stem or name, source=source))
    except ReadError as err:
        return [ReadFailure(source, err.reason)]


def read_stdin(stream: TextIO | BinaryIO, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Item]:
    """Standard input: JSON (object or list) or JSON Lines if it starts with ``{``/``[``,
    else plain text; the id is ``stdin`` (``stdin-<n>`` for several articles)."""
    try:
        # Prefer the byte stream, so the UTF-8 checks are the same as for files.
        raw = getattr(stream, "buffer", stream).read(max_bytes + 1)
        data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
        if len(data) > max_bytes:
            raise ReadError(f"input is over the limit of {max_bytes:,} bytes")
        return list(_parse(data, _sniff(data), stem=STDIN, source=STDIN))
    except ReadError as err:
        return [ReadFailure(STDIN, err.reason)]
    except OSError as err:
        return [ReadFailure(STDIN, f"cannot read: {err.strerror or err}")]


def _sniff(data: bytes) -> str:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"[":
        return "json"
    if head == b"{":
        from claimledger.ingest.articles import looks_like_jsonl

        text = data.decode("utf-8", errors="replace")
        return "jsonl" if looks_like_jsonl(text) else "json"
    return "text"


def _read_any(path: Path, *, max_bytes: int) -> Iterator[Item]:
    if path.is_dir():
        yield from _walk(path, max_bytes=max_bytes)
    else:
        yield from _read_file(path, max_bytes=max_bytes)


def _walk(folder: Path, *, max_bytes: int) -> Iterator[Item]:
    """Depth first, entries sorted by name; hidden entries and non-article files skipped."""
    settings = get_settings()
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        yield ReadFailure(str(folder), f"cannot list folder: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, max_bytes=max_bytes)
        elif (
            (not entry.suffix or settings.format_of(entry.suffix))
            and not settings.walk_skips(entry.name)
        ):
            yield from _read_file(entry, max_bytes=max_bytes)


def _read_file(path: Path, *, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    try:
        data = _load(path, max_bytes)
        fmt = get_settings().format_of(path.suffix) or "text"
        # Materialise per file so a ReadError raised mid-parse still names this file.
        items = list(_parse(data, fmt, stem=path.stem, source=source))
    except ReadError as err:
        yield ReadFailure(source, err.reason)
        return
    yield from items


def _load(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReadError("no such file or directory") from None
    except OSError as err:
        raise ReadError(f"cannot read: {err.strerror or err}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("not a regular file")
    _check_size(info.st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise ReadError(f"cannot read: {err.strerror or err}") from None
    _check_size(len(data), max_bytes)  # the file may have grown since stat
    return data


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ReadError(f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")


def _parse(data: bytes, fmt: str, *, stem: str, source: str) -> Iterator[Item]:
    if fmt == "feed":
        from claimledger.ingest.feeds import read_feed

        check_bytes(data)  # feedparser finds its own encoding; junk is still junk
        yield from read_feed(data, stem=stem, source=source)
    elif fmt == "html":
        from claimledger.ingest.webpage import read_html

        yield read_html(decode_html(data), stem=stem, source=source)
    elif fmt in ("json", "jsonl"):
        from claimledger.ingest.articles import read_json, read_jsonl

        reader = read_json if fmt == "json" else read_jsonl
        yield from reader(decode_text(data), stem=stem, source=source)
    else:
        yield Document(
            id=stem, text=decode_text(data), source=source, meta={"format": "text"}
        )

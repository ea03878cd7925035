"""Bytes to text with the checks every reader needs: BOM, UTF-8, binary junk, emptiness.

Example:
    >>> decode_text(b"\\xef\\xbb\\xbfTen killed.")
    'Ten killed.'
    >>> decode_text(b"caf\\xe9")
    Traceback (most recent call last):
    ...
    claimledger.ingest.failures.ReadError: not valid UTF-8 at byte 3
"""

from __future__ import annotations

import codecs
import re

from claimledger.ingest.failures import ReadError

#: Share of control characters (other than tab, newlines, form feed) above which input is junk.
CONTROL_SHARE = 0.10
#: How much of a text the control-character check looks at: enough to judge, cheap on big files.
_SAMPLE = 8192
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def check_bytes(data: bytes) -> None:
    """Reject empty and NUL-laden input before any decoding."""
    if not data:
        raise ReadError("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # UTF-16 text is full of NULs by design
    if b"\x00" in data:
        raise ReadError("binary data, not text (contains NUL bytes)")


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16), drop a leading BOM, reject junk and blank input.

    The text is otherwise kept exactly as decoded (no newline or Unicode normalisation)
    because claim offsets index into it.
    """
    check_bytes(data)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ReadError(f"not valid UTF-16 at byte {err.start}") from None
    else:
        skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        try:
            text = data[skip:].decode("utf-8")
        except UnicodeDecodeError as err:
            raise ReadError(f"not valid UTF-8 at byte {err.start + skip}") from None
    text = text.removeprefix("\ufeff")
    check_text(text)
    return text


def check_text(text: str) -> None:
    """Reject whitespace-only text and text that is mostly control characters."""
    if not text.strip():
        raise ReadError("empty file (only whitespace)")
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > CONTROL_SHARE * len(sample):
        share = round(100 * controls / len(sample))
        raise ReadError(f"binary data, not text ({share}% control characters)")


def decode_html(data: bytes) -> str:
    """Like ``decode_text``, but an HTML page that is not UTF-8 may declare its charset."""
    try:
        return decode_text(data)
    except ReadError as utf8_error:
        match = _CHARSET.search(data[:4096])
        if not match or not utf8_error.reason.startswith("not valid UTF-8"):
            raise
        try:
            text = data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise utf8_error from None
        check_text(text)
        return text

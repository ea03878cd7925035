"""What a reader reports instead of a document: one line naming the input and the reason.

Example:
    >>> str(ReadFailure("notes/a.json", "malformed JSON at line 2, column 5"))
    'notes/a.json: malformed JSON at line 2, column 5'
"""

from __future__ import annotations

from dataclasses import dataclass


def one_line(text: str) -> str:
    """Collapse whitespace runs (newlines included) so a message stays on one line."""
    return " ".join(str(text).split())


@dataclass(frozen=True)
class ReadFailure:
    """An input that gave no document; ``str()`` is the one-line user message."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        # Library messages (feed and JSON parsers) can carry newlines; ours must not.
        object.__setattr__(self, "reason", one_line(self.reason))

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def extraction_failure(source: str, error: Exception) -> ReadFailure:
    """A document that was read but whose extraction failed (a bug in a rule): the
    input and the error, on one line."""
    return ReadFailure(source, f"extraction failed ({type(error).__name__}: {error})")


class ReadError(Exception):
    """Raised inside a format reader for a whole-input problem; becomes a ReadFailure."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

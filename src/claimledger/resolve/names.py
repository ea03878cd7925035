"""How names are compared: words with offsets, folded so spelling variants meet.

Two names are the same when their *keys* are equal: lower case, accents and
transliteration marks dropped (unidecode), hyphens and spaces alike ("Kim
Jong-un" = "Kim Jong Un"), a calibre written any way as ``<n>mm`` ("240-millimetre"
= "240mm"), and plural nouns singular ("guns" = "gun"). Keys are tuples of words,
so a text can be scanned word by word for every name it holds.

Example:
    >>> name_key("Kim Jong-un")
    ('kim', 'jong', 'un')
    >>> name_key("240-millimetre rocket launchers")
    ('240mm', 'rocket', 'launcher')
    >>> name_key("The Joint Chiefs of Staff's") == name_key("joint chiefs of staff")
    True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from unidecode import unidecode

#: A calibre ("152mm", "152 mm", "240-millimetre") is one word; otherwise runs of
#: letters and digits are words and everything else separates them.
_WORD = re.compile(r"[^\W_]+")
_CALIBRE = re.compile(r"\d+(?:\.\d+)?\s?-?\s?(?:mm|millimet(?:re|er)s?)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
#: Words that open a name without being part of it.
LEADING = frozenset({"the", "a", "an"})
#: The possessive "s" left after splitting "Russia's" into words.
POSSESSIVE_S = "s"


class Word(NamedTuple):
    """One word of a text: its key form, its form as written (in ASCII), and where it is.

    A NamedTuple: a text's words are made by the thousand, and a tuple is built several
    times faster than a frozen dataclass.
    """

    key: str
    text: str
    start: int
    end: int


def singular(word: str) -> str:
    """A light singular for matching: "missiles" -> "missile", "batteries" -> "battery".

    Example:
        >>> [singular(w) for w in ("guns", "batteries", "press", "us")]
        ['gun', 'battery', 'press', 'us']
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _ascii(text: str) -> str:
    return text if text.isascii() else unidecode(text)


def _fold(text: str) -> str:
    return _ascii(text).lower()


def words(text: str) -> list[Word]:
    """The words of ``text`` with their character offsets.

    Example:
        >>> [(w.key, w.start, w.end) for w in words("170mm guns")]
        [('170mm', 0, 5), ('gun', 6, 10)]
    """
    out: list[Word] = []
    append = out.append
    forms = _forms
    calibre = _CALIBRE.match
    resume = 0  # the end of the last calibre: the runs of letters and digits inside it are read
    for match in _WORD.finditer(text):
        start, end = match.span()
        if start < resume:
            continue
        raw = match.group()
        # A calibre can only start where a run does (its digit is a word character), and
        # ends before a non-word character, so the scan picks up after it unchanged.
        found = calibre(text, start) if raw[0].isdecimal() else None
        if found is not None:
            raw = found.group()
            end = resume = found.end()
            key = _DIGITS.match(raw).group(0) + "mm"  # type: ignore[union-attr]
            written = _ascii(raw)
        else:
            key, written = forms(raw)
        # ``Word(...)`` without the NamedTuple's Python-level ``__new__``
        append(_new_tuple(Word, (key, written, start, end)))
    return out


_new_tuple = tuple.__new__


@lru_cache(maxsize=1 << 15)
def _forms(raw: str) -> tuple[str, str]:
    """A word's key and its written form (an article's capital only marks a sentence
    start: "The North" = "the North")."""
    key = singular(_fold(raw))
    return key, key if key in LEADING else _ascii(raw)


def name_key(text: str) -> tuple[str, ...]:
    """The comparable form of a whole name: its word keys without a leading
    article or a trailing possessive."""
    keys = [w.key for w in words(text)]
    while keys and keys[0] in LEADING:
        keys.pop(0)
    if len(keys) > 1 and keys[-1] == POSSESSIVE_S:
        keys.pop()
    return tuple(keys)


def exact_key(text: str) -> tuple[str, ...]:
    """Word forms as written (case kept): for names that only count in capitals
    ("US" is not "us", "the North" is not "the north")."""
    return tuple(w.text for w in words(text))


def needs_exact_case(alias: str) -> bool:
    """Short all-capital names ("US", "NIS", "AP") would match common words in lower case.

    Example:
        >>> needs_exact_case("US"), needs_exact_case("Yonhap")
        (True, False)
    """
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 4 and all(c.isupper() for c in letters)


def slug(text: str) -> str:
    """A stable id fragment: "Kestrel Institute" -> "kestrel-institute"."""
    return "-".join(name_key(text)) or "unnamed"

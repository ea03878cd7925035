"""Sentence lookups computed once per ``Doc``.

spaCy finds a token's sentence by scanning the parse each time it is asked;
the rules ask often, so the sentences and each token's sentence are indexed
once and kept in ``doc.user_data``.

Example:
    >>> # sent_of(doc[12]) is the Span of the sentence holding token 12
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import IDX, LEMMA, LIKE_NUM, LOWER, SENT_START, SHAPE
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

_KEY = "claimledger.sentences"
#: The doc's text as ``claimledger_line_breaks`` read it, kept for the index.
_TEXT_KEY = "claimledger.text"


class SentenceIndex:
    """The sentences of a doc, token/character starts for bisection, and the
    word forms of every token as hashes, so a rule can find its few candidate
    tokens without visiting them all."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # Doc.text rebuilds the string on every access: take the one the line-break
        # component built (no component between them retokenises), else build it.
        text = doc.user_data.pop(_TEXT_KEY, None)
        self.text: str = doc.text if text is None else text
        self.sents: list[Span] = _sentences(doc)
        self.starts = [s.start for s in self.sents]
        if len(doc):
            table = doc.to_array([IDX, LOWER, LEMMA, SHAPE, LIKE_NUM])
        else:
            table = numpy.zeros((0, 5), dtype="uint64")
        self.token_chars = table[:, 0].tolist()
        self._lower, self._lemma, self._shape, self._like_num = (
            table[:, 1],
            table[:, 2],
            table[:, 3],
            table[:, 4],
        )
        self._found: dict[frozenset[str], list[int]] = {}
        #: Token indices by the hash of their lower-case form and of their lemma.
        self._by_hash: dict[int, list[int]] | None = None
        #: Which tokens are written with digits (``with_digits``), found once.
        self._digit_shaped: list[bool] | None = None
        #: Answers the rules compute once per doc, keyed by the rule's name first.
        self.memo: dict[tuple, object] = {}

    def of(self, i: int) -> Span:
        return self.sents[bisect_right(self.starts, i) - 1]

    def matching(self, words: frozenset[str]) -> list[int]:
        """Indices of the tokens whose lower-case form or lemma is one of ``words``."""
        by_hash = self._by_hash
        if by_hash is None:
            by_hash = self._by_hash = {}
            pairs = zip(self._lower.tolist(), self._lemma.tolist(), strict=True)
            for i, (low, lemma) in enumerate(pairs):
                by_hash.setdefault(low, []).append(i)
                if lemma != low:
                    by_hash.setdefault(lemma, []).append(i)
        found: set[int] = set()
        for h in _word_hashes(words):
            hit = by_hash.get(h)
            if hit:
                found.update(hit)
        return sorted(found)

    def matching_in(self, words: frozenset[str], sent: Span) -> list[int]:
        """``matching(words)`` within one sentence (the doc-wide list is kept)."""
        found = self._found.get(words)
        if found is None:
            found = self._found[words] = self.matching(words)
        return found[bisect_left(found, sent.start) : bisect_left(found, sent.end)]

    def with_digits(self, numbers: bool = True) -> list[int]:
        """Indices of tokens written with digits ("152mm", "KN-23"), and of number
        words when ``numbers`` ("five")."""
        digits = self._digit_shaped
        if digits is None:
            strings = self.doc.vocab.strings
            shapes = self._shape.tolist()
            digit_shapes = {h for h in set(shapes) if "d" in strings[h]}
            digits = self._digit_shaped = [h in digit_shapes for h in shapes]
        if numbers:
            like_num = self._like_num.tolist()
            return [i for i, (d, n) in enumerate(zip(digits, like_num, strict=True)) if d or n]
        return [i for i, d in enumerate(digits) if d]

    def token_at_char(self, char: int) -> int:
        """Index of the token covering character ``char``."""
        return bisect_right(self.token_chars, char) - 1


def _sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, read from the sentence-start array in one pass (spaCy's
    ``doc.sents`` walks the parse token by token)."""
    n = len(doc)
    if not n:
        return []
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [n]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True)]


@lru_cache(maxsize=64)
def _word_hashes(words: frozenset[str]) -> list[int]:
    store = StringStore()
    return [store.add(w) for w in words]


def sentence_index(doc: Doc) -> SentenceIndex:
    index = doc.user_data.get(_KEY)
    if index is None:
        index = SentenceIndex(doc)
        doc.user_data[_KEY] = index
    return index


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``doc.text`` (built by the caller) for the index built later."""
    doc.user_data[_TEXT_KEY] = text


def forget(doc: Doc) -> None:
    """Drop the cached index and text (they need not travel with the Doc)."""
    doc.user_data.pop(_KEY, None)
    doc.user_data.pop(_TEXT_KEY, None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once."""
    return sentence_index(doc).text


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the doc's text without building the Span."""
    if start < 0 or end < 0:
        return doc[start:end].text
    n = len(doc)
    start, end = min(start, n), min(end, n)
    if end <= start:
        return ""
    index = sentence_index(doc)
    last = doc[end - 1]
    return index.text[index.token_chars[start] : last.idx + len(last)]


def sents(doc: Doc) -> list[Span]:
    """All sentences of ``doc`` (cached)."""
    return sentence_index(doc).sents


def sent_of(tok: Token) -> Span:
    """The sentence holding ``tok`` (cached)."""
    return sentence_index(tok.doc).of(tok.i)

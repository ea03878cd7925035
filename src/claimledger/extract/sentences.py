"""Sentence lookups computed once per ``Doc``.

spaCy finds a token's sentence by scanning the parse each time it is asked;
the rules ask often, so the sentences and each token's sentence are indexed
once and kept in ``doc.user_data``.

Example:
    >>> # sent_of(doc[12]) is the Span of the sentence holding token 12
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "claimledger.sentences"


class SentenceIndex:
    """The sentences of a doc, and token/character starts for bisection."""

    def __init__(self, doc: Doc) -> None:
        self.text: str = doc.text  # Doc.text rebuilds the string on every access
        self.sents: list[Span] = list(doc.sents)
        self.starts = [s.start for s in self.sents]
        self.token_chars = [t.idx for t in doc]

    def of(self, i: int) -> Span:
        return self.sents[bisect_right(self.starts, i) - 1]

    def token_at_char(self, char: int) -> int:
        """Index of the token covering character ``char``."""
        return bisect_right(self.token_chars, char) - 1


def sentence_index(doc: Doc) -> SentenceIndex:
    index = doc.user_data.get(_KEY)
    if index is None:
        index = SentenceIndex(doc)
        doc.user_data[_KEY] = index
    return index


def forget(doc: Doc) -> None:
    """Drop the cached index (it cannot be serialised with the Doc)."""
    doc.user_data.pop(_KEY, None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once."""
    return sentence_index(doc).text


def sents(doc: Doc) -> list[Span]:
    """All sentences of ``doc`` (cached)."""
    return sentence_index(doc).sents


def sent_of(tok: Token) -> Span:
    """The sentence holding ``tok`` (cached)."""
    return sentence_index(tok.doc).of(tok.i)

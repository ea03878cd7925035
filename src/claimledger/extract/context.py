"""Where and when a claim holds, and the evidence span that carries it.

- ``location``: a named place below country level near the figure, with a
  possessive country kept ("Russia’s Kursk region"); countries alone are sides.
- ``period``: a stated time span ("three days", "the past week", "since October").
- ``evidence``: the words from the claimant (when it opens the clause) or the
  qualifier to the measure cue, place and period.

Example:
    >>> # "… killed 77 … in three days in Kursk region"
    >>> # -> period "three days", location "Kursk region"
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from claimledger.extract.entities import resolve, side_of
from claimledger.extract.sentences import doc_text
from claimledger.records import TextSpan
from claimledger.resolve import get_registry

if TYPE_CHECKING:
    from claimledger.extract.numbers import Figure

_PLACE_WORDS = frozenset(
    {
        "region",
        "oblast",
        "province",
        "district",
        "front",
        "border",
        "krai",
        "republic",
        "peninsula",
        "city",
        "town",
        "village",
    }
)
_PERIOD_PREPS = frozenset({"in", "over", "during", "within", "for", "throughout", "across"})
_PERIOD_ADJ = frozenset(
    {"past", "last", "previous", "first", "next", "same", "recent", "following"}
)
_TIME_UNITS = frozenset(
    {
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "hours",
        "hour",
        "weekend",
        "weekends",
    }
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _place_span(doc: Doc, start: int, end: int) -> Span:
    """Extend a place name with a trailing "region"/"oblast" and a leading "X's"."""
    while end < len(doc) and doc[end].lower_ in _PLACE_WORDS:
        end += 1
    if start >= 2 and doc[start - 1].lower_ in ("’s", "'s") and side_of(doc[start - 2].text):
        start -= 2
    return doc[start:end]


def location(
    doc: Doc, sent: Span, lo: int, hi: int, places: list[tuple[int, int]] | None = None
) -> Span | None:
    """The nearest sub-national place in ``doc[lo:hi]``: a gazetteer place, or
    capitalised words before "region"/"oblast"/"province" ("Kherson region").

    ``places`` are the character ranges of the places the article names (found
    once per article); without them the window is searched.
    """
    base = doc[lo:hi]
    if places is None:
        offset = base.start_char
        places = [
            (offset + s, offset + e)
            for s, e, entity in get_registry().find_mentions(base.text)
            if getattr(entity, "kind", None) == "place"
        ]
    k = bisect_left(places, (base.start_char, -1))
    if k < len(places) and places[k][1] <= base.end_char:
        span = doc.char_span(places[k][0], places[k][1], alignment_mode="expand")
        if span is not None:
            return _place_span(doc, span.start, span.end)
    for tok in base:
        if (
            tok.lower_ in _PLACE_WORDS
            and tok.i > lo
            and doc[tok.i - 1].is_title
            and doc[tok.i - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        ):
            start = tok.i - 1
            while start - 1 >= lo and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            return _place_span(doc, start, tok.i)
    return None


def _period_unit_end(doc: Doc, i: int, hi: int) -> int | None:
    """End of "(the) (past|last) (three|24|few) days" starting at ``i``, or None."""
    j = i
    if j < hi and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    if j < hi and doc[j].lower_ in _PERIOD_ADJ:
        j += 1
    while j < hi and (doc[j].like_num or doc[j].lower_ in ("few", "several", "couple", "of", "-")):
        j += 1
    if j < hi and doc[j].lower_ in _TIME_UNITS:
        return j + 1
    return None


def period(doc: Doc, sent: Span, lo: int, hi: int) -> Span | None:
    """A stated time span in ``doc[lo:hi]``: "three days" (of "in three days"),
    "the past week", "since November", "between October and December"."""
    for tok in doc[lo:hi]:
        low = tok.lower_
        if low in _PERIOD_PREPS:
            end = _period_unit_end(doc, tok.i + 1, hi)
            if end is not None:
                return doc[tok.i + 1 : end]
        if low in ("since", "between", "from") and tok.i + 1 < hi:
            nxt = doc[tok.i + 1]
            if (
                nxt.lower_ in _MONTHS
                or (nxt.like_num and len(nxt.text) == 4)
                or nxt.lower_ in ("the", "early", "late", "mid")
            ):
                end = tok.i + 2
                while end < hi and (
                    doc[end].lower_ in _MONTHS
                    or doc[end].like_num
                    or doc[end].lower_
                    in (
                        "and",
                        "to",
                        "of",
                        "start",
                        "beginning",
                        "end",
                        "war",
                        "invasion",
                        "deployment",
                    )
                ):
                    end += 1
                if any(
                    t.lower_ in _MONTHS
                    or t.like_num
                    or t.lower_ in ("war", "invasion", "deployment")
                    for t in doc[tok.i + 1 : end]
                ):
                    return doc[tok.i : end]
        if (
            low in ("last", "past", "this")
            and tok.i + 1 < hi
            and doc[tok.i + 1].lower_ in _TIME_UNITS
        ):
            return doc[tok.i : tok.i + 2]
        if low == "in" and tok.i + 1 < hi and doc[tok.i + 1].lower_ in _MONTHS:
            end = tok.i + 2
            if end < hi and doc[end].like_num and len(doc[end].text) == 4:
                end += 1
            return doc[tok.i + 1 : end]
    return None


def clause_window(anchor: Token, sent: Span) -> tuple[int, int]:
    """Token bounds of the clause holding ``anchor``: its governing verb's subtree."""
    verb = anchor
    for anc in anchor.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            verb = anc
            break
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    return max(lo, sent.start), min(hi, sent.end)


def evidence(doc: Doc, sent: Span, parts: list[Span | Token | None]) -> Span:
    """The smallest span of the sentence holding every given part."""
    starts, ends = [], []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, Token):
            starts.append(part.i)
            ends.append(part.i + 1)
        else:
            starts.append(part.start)
            ends.append(part.end)
    lo, hi = max(min(starts), sent.start), min(max(ends), sent.end)
    while (
        hi > lo
        and (doc[hi - 1].is_punct or doc[hi - 1].is_space)
        and doc[hi - 1].text not in (")", "]")
    ):
        hi -= 1
    while lo < hi and (doc[lo].is_space or doc[lo].text in ("“", '"', ",", "[", "(")):
        lo += 1
    return doc[lo:hi]


def figure_fields(doc: Doc, fig: Figure) -> dict[str, Any]:
    """A claim's figure fields (number, bounds, qualifier, vague word, interval and the
    figure's span) from a stated ``Figure``."""
    return {
        "number": fig.value,
        "number_high": fig.value_high,
        "qualifier": fig.qualifier,
        "vague": fig.vague,
        "number_span": span_of(doc[fig.start : fig.end]),
        "low": fig.low,
        "high": fig.high,
    }


def span_of(part: Span | Token | None, kind: str | None = None) -> TextSpan | None:
    """A ``TextSpan`` for a spaCy span or token, with its entity id where known."""
    if part is None:
        return None
    if isinstance(part, Token):
        part = part.doc[part.i : part.i + 1]
    start, end = part.start_char, part.end_char
    text = doc_text(part.doc)[start:end]  # Span.text rebuilds the words one by one
    entity = None
    if kind is not None:
        found = resolve(text, kind)
        entity = getattr(found, "id", None)
    return TextSpan(text, start, end, entity)

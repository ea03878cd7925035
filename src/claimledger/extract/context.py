"""Where and when a claim holds, and the evidence span that carries it.

- ``location``: a named place below country level near the figure, with a
  possessive country kept ("Russia’s Kursk region"); countries alone are sides.
- ``period``: a stated time span ("three days", "the past week", "since October").
- ``evidence``: the words from the claimant (when it opens the clause) or the
  qualifier to the measure cue, place and period.

Example:
    >>> # "… killed 77 … in three days in Kursk region" -> period "three days", location "Kursk region"
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.records import TextSpan
from claimledger.resolve import get_registry

_PLACE_WORDS = frozenset({"region", "oblast", "province", "district", "front", "border", "krai", "republic", "peninsula", "city", "town", "village"})
_PERIOD_PREPS = frozenset({"in", "over", "during", "since", "within", "for", "throughout", "between", "from", "last", "past"})
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour", "weekend"})


def _place_span(doc: Doc, start: int, end: int) -> Span:
    """Extend a place name with a trailing "region"/"oblast" and a leading "X's"."""
    while end < len(doc) and doc[end].lower_ in _PLACE_WORDS:
        end += 1
    if start >= 2 and doc[start - 1].lower_ in ("’s", "'s") and get_registry().side_of(doc[start - 2].text):
        start -= 2
    return doc[start:end]


def location(doc: Doc, sent: Span, lo: int, hi: int) -> Span | None:
    """The nearest sub-national place in ``doc[lo:hi]`` (a window of the sentence)."""
    registry = get_registry()
    base = doc[lo:hi]
    best: Span | None = None
    offset = base.start_char
    for start_char, end_char, entity in registry.find_mentions(base.text):
        if getattr(entity, "kind", None) != "place":
            continue
        span = doc.char_span(offset + start_char, offset + end_char, alignment_mode="expand")
        if span is not None:
            best = _place_span(doc, span.start, span.end)
            break
    if best is None:
        for ent in base.ents:
            if ent.label_ in ("LOC", "FAC") or (ent.label_ == "GPE" and not registry.side_of(ent.text)):
                best = _place_span(doc, ent.start, ent.end)
                break
    return best


def period(doc: Doc, sent: Span, lo: int, hi: int) -> Span | None:
    """A stated time span in ``doc[lo:hi]``: "three days", "the past week"."""
    for ent in doc[lo:hi].ents:
        if ent.label_ != "DATE":
            continue
        words = {t.lower_ for t in ent}
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if words & _TIME_UNITS or before in _PERIOD_PREPS:
            return ent
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
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and doc[hi - 1].text not in (")", "]"):
        hi -= 1
    while lo < hi and (doc[lo].is_space or doc[lo].text in ("“", '"', ",", "[", "(")):
        lo += 1
    return doc[lo:hi]


def span_of(part: Span | Token | None, kind: str | None = None) -> TextSpan | None:
    """A ``TextSpan`` for a spaCy span or token, with its entity id where known."""
    if part is None:
        return None
    if isinstance(part, Token):
        part = part.doc[part.i : part.i + 1]
    entity = None
    if kind is not None:
        found = get_registry().resolve(part.text, kind=kind)
        entity = getattr(found, "id", None)
    return TextSpan(part.text, part.start_char, part.end_char, entity)

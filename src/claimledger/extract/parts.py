"""Parts of a count told right after it: a breakdown sentence and a bracketed list.

- ``breakdown_parts``: a sentence that opens "Of these," / "Of them," (or names the
  whole by its state: "Of the confirmed dead,", "Of the prisoners,") splits the
  count of the sentence before into parts ("… confirmed the deaths of 112,340
  servicemen. Of these, 31,470 were volunteers …, 18,650 were mobilised men"):
  each part counts what the whole counts (the dead, not "men" sent), in the
  voice of its own sentence.
- ``bracketed_parts``: a figure alone in brackets after a name, in a sentence
  that gives a count before it ("… leads with 4,980 confirmed deaths, followed by
  Tatarstan (3,710) and the Sverdlovsk region (3,455)"), counts the same thing
  for that name, from the same source.

Both run on the claims already found, and only where the text has the cue (a
sentence opening "Of", a "(" followed by a digit), so they cost next to nothing
on other articles.

Example:
    >>> # "Kyiv said 900 soldiers were killed. Of them, 120 were officers."
    >>> # -> killed 900 (reported), killed 120 (asserted)
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from claimledger.extract.attribution import QuoteIndex, attribute
from claimledger.extract.context import evidence, figure_fields, span_of
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.measures import STATE_WORDS
from claimledger.extract.numbers import Figure, figure_at
from claimledger.extract.sentences import doc_text, sent_of, sentence_index, sents
from claimledger.records import Claim, TextSpan

#: "Of these," / "Of them," / "Of those," opening a sentence.
_PARTITIVE_LEAD = frozenset({"these", "them", "those", "this", "that"})
#: Measures a part takes from its whole over the people its own words name.
_WHOLE_MEASURES = frozenset({"killed", "wounded", "casualties", "captured", "missing"})
_BRACKETED = re.compile(r"\(\s*(?:about |some |over |at least |more than )?\d[\d,.]*\s*\)")


def parts_of_counts(doc: Doc, claims: list[Claim], lex: Lexicon, quotes: QuoteIndex) -> list[Claim]:
    """``claims`` with breakdown and bracketed parts added (a part the figure rules
    read as people sent is replaced)."""
    quantities = [c for c in claims if c.kind == "quantity" and c.number_span is not None]
    if not quantities:
        return claims
    found = breakdown_parts(doc, quantities, lex, quotes)
    found += bracketed_parts(doc, quantities + found, lex)
    if not found:
        return claims
    taken = {c.number_span.start for c in found if c.number_span is not None}
    kept = [
        c
        for c in claims
        if c.number_span is None
        or c.number_span.start not in taken
        or c.measure not in ("personnel", "materiel")
    ]
    have = {c.number_span.start for c in kept if c.number_span is not None}
    return kept + [
        c for c in found if c.number_span is not None and c.number_span.start not in have
    ]


def _opens_with_partitive(doc: Doc, sent: Span, lex: Lexicon) -> bool:
    """ "Of these,", "Of them,", or a whole named by its state: "Of the dead,", "Of the
    confirmed dead,", "Of the prisoners,"."""
    k = sent.start
    while k < sent.end and doc[k].is_space:
        k += 1
    if k + 2 >= sent.end or doc[k].lower_ != "of":
        return False
    if doc[k + 1].lower_ in _PARTITIVE_LEAD:
        return doc[k + 2].text == ","
    if doc[k + 1].lower_ != "the":
        return False
    comma = next((t.i for t in doc[k + 2 : min(sent.end, k + 6)] if t.text == ","), None)
    if comma is None or comma == k + 2:
        return False
    word = doc[comma - 1]
    named = STATE_WORDS.get(word.lower_) or lex.measure_nouns.get(word.lemma_.lower())
    return named in _WHOLE_MEASURES and all(
        t.pos_ in ("ADJ", "ADV", "VERB") for t in doc[k + 2 : comma - 1]
    )


def _figures_in(doc: Doc, sent: Span, lex: Lexicon) -> list[Figure]:
    out: list[Figure] = []
    done = sent.start
    for tok in sent:
        if tok.i < done or not (tok.like_num or any(ch.isdigit() for ch in tok.text)):
            continue
        fig = figure_at(doc, tok.i, lex)
        if fig is not None:
            out.append(fig)
            done = max(fig.end, fig.qual_end)
    return out


def breakdown_parts(
    doc: Doc, quantities: list[Claim], lex: Lexicon, quotes: QuoteIndex
) -> list[Claim]:
    """ "Of these, 31,470 were volunteers …, 21,090 were recruited from prisons": each
    figure that a clause opens is a part of the count in the sentence before."""
    out: list[Claim] = []
    all_sents = sents(doc)
    for k, sent in enumerate(all_sents):
        if k == 0 or not _opens_with_partitive(doc, sent, lex):
            continue
        # the count just told: in the sentences before, up to three back ("… the deaths
        # of 112,340 servicemen. Every name comes from an obituary …. Of these, …")
        lo = all_sents[max(0, k - 3)].start_char
        wholes = [
            c
            for c in quantities
            if lo <= c.number_span.start < sent.start_char  # type: ignore[union-attr]
        ]
        if not wholes or wholes[-1].measure not in _WHOLE_MEASURES:
            continue
        whole = wholes[-1]
        figures = _figures_in(doc, sent, lex)
        for n, fig in enumerate(figures):
            if not _opens_clause(doc, fig, sent):
                continue
            end = figures[n + 1].qual_start if n + 1 < len(figures) else sent.end
            part = doc[fig.qual_start : end]
            anchor = doc[fig.end - 1]
            said = attribute(anchor, sent, lex, quotes, figure_start=fig.qual_start)
            ev = evidence(doc, sent, [part])
            out.append(
                _part_claim(whole, doc, fig, ev, said.hedge, said.claimant, said.via)
                if said.claimant is not None or said.hedge != "asserted"
                else _part_claim(whole, doc, fig, ev, "asserted", None, ())
            )
    return out


def _opens_clause(doc: Doc, fig: Figure, sent: Span) -> bool:
    """The figure is the subject of its clause: "31,470 were volunteers", "21,090 were
    recruited" (not "signed contracts after 2022")."""
    tok = doc[fig.end - 1]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    prev = fig.qual_start - 1
    while prev > sent.start and doc[prev].is_space:
        prev -= 1
    nxt = doc[fig.end] if fig.end < sent.end else None
    return doc[prev].text in (",", "and") and nxt is not None and nxt.lemma_.lower() == "be"


def bracketed_parts(doc: Doc, quantities: list[Claim], lex: Lexicon) -> list[Claim]:
    """ "followed by Tatarstan (3,710) and the Sverdlovsk region (3,455)": a figure alone
    in brackets after a name counts what the count before it in the sentence counts."""
    text = doc_text(doc)
    if "(" not in text:
        return []
    out: list[Claim] = []
    index = sentence_index(doc)
    for found in _BRACKETED.finditer(text):
        open_tok = index.token_at_char(found.start())
        if open_tok <= 0:
            continue
        fig = figure_at(doc, open_tok + 1, lex)
        if fig is None or fig.end >= len(doc) or doc[fig.end].text != ")":
            continue
        name = doc[open_tok - 1]
        if name.pos_ not in ("PROPN", "NOUN"):
            continue
        sent = sent_of(name)
        wholes = [
            c
            for c in quantities
            if sent.start_char <= c.number_span.start < found.start()  # type: ignore[union-attr]
            and c.measure in _WHOLE_MEASURES
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        place = doc[name.left_edge.i : name.i + 1]
        while len(place) > 1 and place[0].lower_ in ("and", "or", "by", ","):
            place = place[1:]
        ev = doc[place.start : fig.end + 1]
        claim = _part_claim(whole, doc, fig, ev, whole.hedge, None, None)
        claim = replace(claim, location=span_of(place, "place"))
        out.append(claim)
    return out


def _part_claim(
    whole: Claim,
    doc: Doc,
    fig: Figure,
    ev: Span,
    hedge: str,
    claimant: Span | None,
    via: tuple | None,
) -> Claim:
    """A claim counting what ``whole`` counts, with its own figure and evidence; the
    source is the whole's when ``via`` is None."""
    claim = replace(
        whole,
        **figure_fields(doc, fig),
        evidence=TextSpan(ev.text, ev.start_char, ev.end_char),
        period=None,
        location=None,
        date=None,
        date_span=None,
    )
    if via is None:
        return claim
    return replace(
        claim,
        hedge=hedge,
        claimant=span_of(claimant, "claimant"),
        via=tuple(s for s in (span_of(v, "claimant") for v in via) if s is not None),
        hedge_cue=None,
    )

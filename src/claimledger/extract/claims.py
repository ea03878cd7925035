"""Assemble claim records from a parsed article: figures, measures, sides, attribution.

``find_claims(doc)`` is a pure function of the ``Doc``: the same text gives the
same claims. Claim ids are given later by ``api.number_claims``.

Example:
    >>> # find_claims(nlp("Officials said 40 soldiers were wounded."))[0].measure -> 'wounded'
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from claimledger.extract.attribution import Attribution, QuoteIndex, attribute
from claimledger.extract.context import evidence, location, period, span_of
from claimledger.extract.events import find_events
from claimledger.extract.items import item_name
from claimledger.extract.lexicon import Lexicon, get_lexicon
from claimledger.extract.measures import CIVILIAN_NOUNS, Measure, classify, of_phrase_end
from claimledger.extract.numbers import Figure, find_figures
from claimledger.extract.sides import (
    DocumentSides,
    is_side_word,
    side_in_phrase,
    side_of_sufferer,
    side_of_text,
    supplier_and_recipient,
)
from claimledger.records import Claim, TextSpan
from claimledger.extract.sentences import sent_of

# Words that may stand between two coordinated figures when the second leaves
# its verb unsaid: "believed to have been killed and a further 1,000 injured".
_ELLIPSIS_GAP = frozenset({"and", "or", ",", "a", "an", "further", "another", "additional", "while", "with", "plus"})
_SUPPLY_CUES = frozenset(
    {"supply", "deliver", "ship", "transfer", "send", "provide", "give", "export", "sell",
     "transport", "load", "smuggle", "hand", "dispatch", "receive", "pledge", "arm", "move",
     "supplies", "deliveries", "shipments", "transfers", "shipment", "delivery", "arrive"}
)
_WINDOW_AFTER = 12


@dataclass
class _Found:
    figure: Figure
    measure: Measure
    attribution: Attribution
    sent: Span
    last: int
    subject: str | None


def _has_supply_cue(sent: Span) -> bool:
    return any(t.lemma_.lower() in _SUPPLY_CUES or t.lower_ in _SUPPLY_CUES for t in sent)


def _people_side(doc: Doc, fig: Figure, m: Measure, sent: Span, lex: Lexicon) -> str | None:
    """Side of counted people: in the phrase, the sufferer, or a coordinated phrase."""
    end = m.noun.i + 1 if m.noun is not None else fig.end
    side = side_in_phrase(doc, fig.start, end)
    if side:
        return side
    anchor = m.noun if m.noun is not None else doc[fig.end - 1]
    side = side_of_sufferer(anchor)
    if side:
        return side
    if m.noun is None:
        # "killed 77 and wounded 40 North Korean soldiers": the shared object names them.
        for tok in doc[fig.end : min(sent.end, fig.end + 8)]:
            if tok.pos_ == "ADP" or tok.is_punct:
                break
            if tok.pos_ in ("NOUN", "PROPN") and (
                lex.measure_nouns.get(tok.lemma_.lower()) == "personnel" or is_side_word(tok)
            ):
                return side_in_phrase(doc, fig.end, tok.i + 1)
    return None


def _estimated(doc: Doc, fig: Figure) -> bool:
    return any(t.lower_ == "estimated" for t in doc[fig.qual_start : fig.start])


def _inherits(prev: _Found | None, fig: Figure, doc: Doc) -> bool:
    if prev is None:
        return False
    gap = doc[prev.last : fig.qual_start]
    return len(gap) > 0 and all(t.lower_ in _ELLIPSIS_GAP for t in gap)


def find_claims(doc: Doc, lex: Lexicon | None = None) -> list[Claim]:
    """Every quantity and event claim in ``doc`` (claim ids unset)."""
    lex = lex or get_lexicon()
    quotes = QuoteIndex(doc, lex)
    sides = DocumentSides(doc)
    claims: list[Claim] = []
    prev: _Found | None = None
    for fig in find_figures(doc, lex):
        sent = sent_of(doc[fig.start])
        measure = classify(doc, fig, sent, lex)
        if measure is None:
            continue
        if measure.measure == "materiel" and not _has_supply_cue(sent):
            continue
        anchor = doc[fig.end - 1]
        elliptical = prev is not None and prev.sent.start == sent.start and _inherits(prev, fig, doc)
        if elliptical:
            attribution = prev.attribution
        else:
            attribution = attribute(anchor, sent, lex, quotes)
        last = max(fig.end, fig.qual_end, measure.noun.i + 1 if measure.noun is not None else 0,
                   measure.cue.end if measure.cue is not None else 0)
        if attribution.hedge in ("asserted", "reported") and _estimated(doc, fig):
            # "an estimated 1,000 … said a Western official": an estimate, however relayed.
            attribution = replace(attribution, hedge="believed", hedge_cue=doc[fig.qual_start : fig.qual_start + 2])
        same_sentence = prev is not None and prev.sent.start == sent.start
        claim = _quantity_claim(doc, fig, measure, attribution, sent, sides, lex, last,
                                prev.subject if same_sentence and prev is not None else None)
        if elliptical and prev is not None and claim.subject != prev.subject and not side_in_phrase(doc, fig.start, last):
            # "300 North Korean soldiers had been killed and 2,700 wounded": same people.
            claim = claim.replace(subject=prev.subject)
        prev = _Found(fig, measure, attribution, sent, last, claim.subject)
        claims.append(claim)
    covered = [(c.evidence.start, c.evidence.end) for c in claims]
    claims.extend(find_events(doc, lex, quotes, sides, covered))
    return claims


def _quantity_claim(
    doc: Doc,
    fig: Figure,
    m: Measure,
    attribution: Attribution,
    sent: Span,
    sides: DocumentSides,
    lex: Lexicon,
    last: int,
    prev_subject: str | None = None,
) -> Claim:
    claimant_side = sides.claimant_side(attribution.claimant)
    recipient = item = None
    if m.measure == "materiel":
        anchor = m.noun if m.noun is not None else doc[fig.end - 1]
        roles = supplier_and_recipient(sent, anchor)
        end = of_phrase_end(doc, m.noun, sent.end, lex) if m.noun is not None else fig.end
        last = max(last, end)
        subject = side_in_phrase(doc, fig.end, end) or roles.supplier
        recipient = roles.recipient or sides.usual_recipient(exclude=(subject,))
        subject = subject or sides.usual_supplier(exclude=(recipient, claimant_side))
        item = item_name(doc, fig.end, end)
    elif m.noun is not None and m.noun.lower_ in CIVILIAN_NOUNS:
        subject = _people_side(doc, fig, m, sent, lex)
    else:
        subject = (
            _people_side(doc, fig, m, sent, lex)
            or (prev_subject if m.noun is None else None)
            or sides.dominant(exclude=(claimant_side,))
        )

    window_hi = min(sent.end, last + _WINDOW_AFTER)
    loc = location(doc, sent, last, window_hi)
    per = period(doc, sent, last, window_hi)
    parts: list[Span | Token | None] = [doc[fig.qual_start : max(fig.end, fig.qual_end)], m.noun, m.cue, doc[last - 1]]
    claimant = attribution.claimant
    if claimant is not None and sent_of(claimant[0]).start == sent.start and claimant.end <= fig.qual_start <= claimant.end + 10:
        parts.append(claimant)
    for extra in (loc, per):
        if extra is not None and extra.start >= fig.start:
            parts.append(extra)
    ev = evidence(doc, sent, parts)
    return Claim(
        doc="",
        claim_id="",
        kind="quantity",
        measure=m.measure,
        evidence=TextSpan(ev.text, ev.start_char, ev.end_char),
        subject=subject,
        recipient=recipient,
        item=item,
        number=fig.value,
        number_high=fig.value_high,
        qualifier=fig.qualifier,
        vague=fig.vague,
        number_span=span_of(doc[fig.start : fig.end]),
        low=fig.low,
        high=fig.high,
        hedge=attribution.hedge,
        claimant=span_of(attribution.claimant, "claimant"),
        via=tuple(s for s in (span_of(v, "claimant") for v in attribution.via) if s is not None),
        location=span_of(loc, "place"),
        period=span_of(per),
        hedge_cue=span_of(attribution.hedge_cue),
    )

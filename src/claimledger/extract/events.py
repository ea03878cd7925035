"""Event claims: materiel or troops said to be supplied or deployed, with no figure.

Rules:

- ``materiel_events``: a weapon or munition phrase in a sentence that supplies,
  delivers, transfers or loads it ("currently supplying 240-millimetre rocket
  launchers"); coordinated calibres split ("122mm and 152mm artillery shells"
  is two claims).
- ``personnel_events``: "the deployment of troops", "troops were deployed".
- ``is_comparative_or_future``: "more troops and kamikaze drones", "will send",
  "is set to send" say what is planned, not what happened, and are skipped.

Example:
    >>> # "Also transferred are 122mm and 152mm artillery shells" -> two materiel events
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimledger.extract.attribution import Attribution, QuoteIndex, attribute
from claimledger.extract.context import evidence, span_of
from claimledger.extract.items import item_name
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.sides import DocumentSides, side_of_text, supplier_and_recipient
from claimledger.records import Claim, TextSpan
from claimledger.resolve import get_registry
from claimledger.extract.sentences import sent_of, sents

_SUPPLY_VERBS = frozenset(
    {"supply", "deliver", "ship", "transfer", "send", "provide", "give", "export", "sell",
     "transport", "load", "smuggle", "hand", "dispatch", "manufacture", "produce"}
)
_DEPLOY_VERBS = frozenset({"deploy", "send", "station", "dispatch", "rotate", "post"})
_DEPLOY_NOUNS = frozenset({"deployment", "dispatch", "rotation", "presence", "arrival", "transfer"})
_MILITARY_PEOPLE = frozenset({"troop", "soldier", "force", "personnel", "serviceman", "fighter", "unit", "commando"})
_BACKGROUND_MARKS = frozenset({"since", "after", "before", "when", "until", "once", "as"})
_FUTURE = frozenset({"will", "would", "shall", "set", "plan", "intend", "going", "expect", "prepare_to_be"})
_COMPARATIVE = frozenset({"more", "additional", "further", "extra"})
_CALIBRE = re.compile(r"^\d+$")


def _materiel_head(tok: Token, lex: Lexicon) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return False
    return lex.measure_nouns.get(tok.lemma_.lower()) == "materiel" or lex.measure_nouns.get(tok.lower_) == "materiel"


def is_negated(head: Token) -> bool:
    """"has not confirmed the presence of troops": nobody claims it."""
    return any(
        c.dep_ == "neg" or c.lower_ in ("never", "denied")
        for anc in head.ancestors if anc.pos_ in ("VERB", "AUX")
        for c in anc.children
    ) or any(anc.lemma_.lower() in ("deny", "dismiss", "reject") for anc in head.ancestors)


def is_comparative_or_future(head: Token) -> bool:
    """"more troops", "additional drones", "will send", "is set to send": not yet a fact."""
    node = head
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if any(c.lower_ in _COMPARATIVE and c.dep_ in ("amod", "det", "advmod") for c in node.children):
        return True
    for anc in head.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.lower_ in _FUTURE and c.dep_ in ("aux", "auxpass") for c in anc.children):
            return True
        if anc.lemma_.lower() in ("set", "plan", "intend") and any(c.dep_ == "xcomp" for c in anc.children):
            return True
        if anc.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _DEPLOY_VERBS | _SUPPLY_VERBS for c in anc.children):
            return True  # "more troops are to be sent"
        if any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in anc.children):
            return True
    return False


def _phrase(doc: Doc, head: Token) -> Span:
    """The head noun with its left modifiers, without determiners or "more"."""
    start = head.left_edge.i
    while start < head.i and (doc[start].pos_ == "DET" or doc[start].lower_ in _COMPARATIVE | {"latest", "currently"}):
        start += 1
    end = head.i + 1
    # Keep a bracketed designation list: "missiles [KN-23 and KN-24]".
    if end < len(doc) and doc[end].text in ("[", "("):
        close = next((t.i for t in doc[end : min(len(doc), end + 8)] if t.text in ("]", ")")), None)
        if close is not None:
            end = close + 1
    return doc[start:end]


def _calibre_split(doc: Doc, phrase: Span, head: Token) -> list[tuple[Span, str]]:
    """"122mm and 152mm artillery shells" -> one item per calibre.

    Looks a few tokens left of the phrase too: the parser often detaches the first
    calibre of a coordination.
    """
    lo = max(sent_of(head).start, phrase.start - 4)
    calibres = [
        t for t in doc[lo : head.i]
        if _CALIBRE.match(t.text) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("mm", "millimetre", "-")
    ]
    if len(calibres) < 2:
        return []
    gaps = [doc[a.i + 2 : b.i] for a, b in zip(calibres, calibres[1:])]
    if not all(len(g) <= 2 and all(t.lower_ in ("and", "or", ",") for t in g) for g in gaps):
        return []
    rest = doc[calibres[-1].i + 2 : head.i + 1].text
    span = doc[calibres[0].i : phrase.end]
    return [(span, f"{c.text}mm {rest}".strip()) for c in calibres]


def _covered(span: Span, covered: list[tuple[int, int]]) -> bool:
    return any(s < span.end_char and span.start_char < e for s, e in covered)


def find_events(
    doc: Doc, lex: Lexicon, quotes: QuoteIndex, sides: DocumentSides, covered: list[tuple[int, int]]
) -> list[Claim]:
    """Every event claim in ``doc``, skipping phrases a quantity claim already covers."""
    events: list[Claim] = []
    for sent in sents(doc):
        lemmas = {t.lemma_.lower() for t in sent}
        if lemmas & _SUPPLY_VERBS:
            events.extend(_materiel_events(doc, sent, lex, quotes, sides, covered))
        if lemmas & (_DEPLOY_VERBS | _DEPLOY_NOUNS):
            events.extend(_personnel_events(doc, sent, lex, quotes, sides, covered))
    return events


def _materiel_events(
    doc: Doc, sent: Span, lex: Lexicon, quotes: QuoteIndex, sides: DocumentSides,
    covered: list[tuple[int, int]],
) -> list[Claim]:
    out = []
    for tok in sent:
        if not _materiel_head(tok, lex) or is_comparative_or_future(tok) or is_negated(tok):
            continue
        phrase = _phrase(doc, tok)
        if _covered(phrase, covered):
            continue
        attribution = attribute(tok, sent, lex, quotes)
        roles = supplier_and_recipient(sent, tok)
        claimant_side = sides.claimant_side(attribution.claimant)
        subject = side_of_text(doc[phrase.start : tok.i].text) if tok.i > phrase.start else None
        subject = subject or roles.supplier
        recipient = roles.recipient or sides.usual_recipient(exclude=(subject,))
        subject = subject or sides.usual_supplier(exclude=(recipient, claimant_side))
        pieces = _calibre_split(doc, phrase, tok) or [(phrase, None)]
        for span, name in pieces:
            item = (get_registry().canonical_item(name) or name) if name else item_name(doc, span.start, tok.i + 1)
            ev = evidence(doc, sent, [span])
            out.append(_event(doc, "materiel", ev, subject, recipient, item, attribution))
    return out


def _personnel_events(
    doc: Doc, sent: Span, lex: Lexicon, quotes: QuoteIndex, sides: DocumentSides,
    covered: list[tuple[int, int]],
) -> list[Claim]:
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in _MILITARY_PEOPLE or tok.pos_ != "NOUN":
            continue
        head = tok.head
        nominal = head.lower_ == "of" and head.head.lemma_.lower() in _DEPLOY_NOUNS
        verbal = head.lemma_.lower() in _DEPLOY_VERBS and tok.dep_ in ("dobj", "nsubjpass")
        if not (nominal or verbal) or is_comparative_or_future(tok) or is_negated(tok):
            continue
        if any(c.like_num for c in tok.children):
            continue
        anchor = head.head if nominal else head
        phrase = doc[min(anchor.i, tok.left_edge.i) : tok.i + 1]
        if _covered(phrase, covered):
            continue
        attribution = attribute(tok, sent, lex, quotes)
        claimant_side = sides.claimant_side(attribution.claimant)
        subject = side_of_text(doc[tok.left_edge.i : tok.i + 1].text)
        if subject is None:
            for anc in anchor.ancestors:
                subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    subject = side_of_text(doc[subj[0].left_edge.i : subj[0].i + 1].text)
                    break
        subject = subject or sides.dominant(exclude=(claimant_side,))
        ev = evidence(doc, sent, [phrase])
        out.append(_event(doc, "personnel", ev, subject, None, None, attribution))
    return out


def _event(
    doc: Doc, measure: str, ev: Span, subject: str | None, recipient: str | None,
    item: str | None, attribution: Attribution,
) -> Claim:
    return Claim(
        doc="",
        claim_id="",
        kind="event",
        measure=measure,
        evidence=TextSpan(ev.text, ev.start_char, ev.end_char),
        subject=subject,
        recipient=recipient,
        item=item,
        hedge=attribution.hedge,
        claimant=span_of(attribution.claimant, "claimant"),
        via=tuple(s for s in (span_of(v, "claimant") for v in attribution.via) if s is not None),
        hedge_cue=span_of(attribution.hedge_cue),
    )

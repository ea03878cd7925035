"""What a figure counts: the counted noun phrase, the measure and the item.

Rules, each a named function:

- ``counted_noun``: "40 North Korean soldiers" -> soldiers; "dozens of missiles" -> missiles.
- ``measure_from_noun``: "1,000 casualties" -> casualties; "5 million shells" -> materiel.
- ``measure_from_predicate``: "100 North Koreans ... believed to have been killed" -> killed;
  "killed 77" -> killed; "a further 1,000 injured" -> wounded.
- ``measure_from_phrase``: "3,000 killed or wounded" -> casualties; "taken prisoner" -> captured.

Example:
    >>> # "Ukraine said 40 soldiers were wounded" -> Measure("wounded", noun=soldiers)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimledger.extract.lexicon import Lexicon
from claimledger.extract.numbers import Figure
from claimledger.extract.sides import is_side_word

#: People who are not a side's personnel: counted when killed or wounded, with no side by default.
CIVILIAN_NOUNS = frozenset({"civilians", "people", "others", "residents", "children", "persons", "women", "men", "villagers", "passengers"})
PEOPLE_MEASURES = frozenset({"killed", "wounded", "casualties", "captured", "missing", "personnel"})
# Predicates that give a measure only when they govern people, not materiel.
_VICTIM_VERBS = frozenset({"kill", "wound", "injure", "capture", "die", "hurt", "maim", "detain"})
_SKIP_BEFORE_NOUN = frozenset({"ADJ", "PROPN", "NUM", "DET", "PUNCT", "ADV", "CCONJ"})
_NOUN_STOP = frozenset({"of", "in", "to", "from", "on", "at", "by", "with", "for", "and", "or", "as"})
_PASSIVE_SUPPLY = frozenset({"supply", "deliver", "ship", "transfer", "send", "provide", "give"})


@dataclass(frozen=True)
class Measure:
    """The measure of a figure and the tokens that gave it."""

    measure: str
    noun: Token | None
    cue: Span | None
    noun_phrase: Span | None


def counted_noun(doc: Doc, fig: Figure, limit: int) -> Token | None:
    """The noun a figure counts, by position: "40 North Korean soldiers" -> soldiers.

    Skips modifiers ("North Korean", "class", "artillery" as compounds) and one
    "of" ("dozens of missiles", "tens of thousands of troops").
    """
    i = fig.end
    took_of = False
    while i < limit:
        tok = doc[i]
        low = tok.lower_
        if low == "of" and not took_of and i == fig.end:
            took_of = True
            i += 1
            continue
        if low in ("a", "an", "the") and took_of:
            i += 1
            continue
        if tok.pos_ in ("NOUN", "PROPN"):
            # Keep going through compounds: "artillery shells", "Hwasong-11 class missiles".
            j = i
            while j + 1 < limit and doc[j + 1].pos_ in ("NOUN", "PROPN") and doc[j].dep_ in ("compound", "amod", "nmod") :
                j += 1
            # "North Koreans" (PROPN demonym plural) counts as the noun.
            return doc[j]
        if tok.pos_ in _SKIP_BEFORE_NOUN or tok.text in ("-", "–") or tok.tag_ == "VBN" and tok.dep_ == "amod":
            if tok.pos_ in ("CCONJ", "PUNCT") and tok.text not in ("-", "–"):
                return None
            if low in _NOUN_STOP:
                return None
            i += 1
            continue
        if tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound"):
            i += 1
            continue
        return None
    return None


def _people_noun(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lex.measure_nouns.get(lemma) == "personnel" or lex.measure_nouns.get(tok.lower_) == "personnel":
        return True
    return tok.lower_ in CIVILIAN_NOUNS or (tok.tag_ in ("NNS", "NNPS") and is_side_word(tok))


def measure_from_noun(tok: Token, lex: Lexicon) -> str | None:
    """A measure named by the counted noun: casualties, deaths, POWs, troops, shells."""
    for key in (tok.lower_, tok.lemma_.lower()):
        if key in lex.measure_nouns:
            return lex.measure_nouns[key]
    return None


def measure_from_phrase(doc: Doc, start: int, limit: int, lex: Lexicon) -> tuple[str, Span] | None:
    """A multi-word cue right after the counted phrase: "killed or wounded", "taken prisoner"."""
    for i in range(start, min(start + 6, limit)):
        for n in (5, 4, 3, 2):
            if i + n > limit:
                continue
            key = tuple(t.lower_ for t in doc[i : i + n])
            if key in lex.measure_phrases:
                return lex.measure_phrases[key], doc[i : i + n]
    return None


def _predicates(anchor: Token) -> list[Token]:
    """Verbs and adjectives that say something of ``anchor``, nearest first.

    The head verb of a subject/object, its open complements (xcomp, "believed
    to have been killed"), and clauses hanging off the noun ("1,000 injured").
    """
    found: list[Token] = []
    for child in anchor.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.i > anchor.i:
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "ADJ"))
    head = anchor.head
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "conj", "appos", "npadvmod", "ROOT", "acl") and head is not anchor:
        if anchor.dep_ == "pobj" and head.dep_ in ("agent", "prep") and head.head.pos_ in ("VERB", "AUX"):
            head = head.head
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            found.append(head)
            for child in head.children:
                if child.dep_ in ("xcomp", "ccomp", "acomp", "oprd") and child.pos_ in ("VERB", "ADJ"):
                    found.append(child)
                    found.extend(c for c in child.children if c.dep_ in ("xcomp", "acomp") and c.pos_ in ("VERB", "ADJ"))
    return found


def measure_from_adjective(doc: Doc, at: int, limit: int, lex: Lexicon) -> tuple[str, Span] | None:
    """A measure adjective right after the figure: "31 dead", "a further 1,000 injured"."""
    if at < limit and doc[at].pos_ in ("ADJ", "VERB", "NOUN") and doc[at].lower_ in lex.measure_adjectives:
        return lex.measure_adjectives[doc[at].lower_], doc[at : at + 1]
    return None


def measure_from_total(anchor: Token, lex: Lexicon) -> tuple[str, Span] | None:
    """"Russian losses reached 1,150", "the death toll rose to 300": the subject names it."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or anchor.dep_ not in ("dobj", "attr", "pobj", "npadvmod", "nummod"):
        return None
    for child in head.children:
        # "losses reached 1,150", "bringing its total losses to 780,000"
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child is not anchor:
            lemma = child.lemma_.lower()
            if lemma == "toll":
                return "killed", _tok_span(child)
            measure = lex.measure_nouns.get(lemma) or lex.measure_nouns.get(child.lower_)
            if measure in ("casualties", "killed", "wounded", "captured"):
                return measure, _tok_span(child)
    return None


def measure_from_predicate(anchor: Token, lex: Lexicon, people: bool) -> tuple[str, Span] | None:
    """A measure from what is said of the counted people: killed, wounded, captured, sent."""
    for pred in _predicates(anchor):
        lemma = pred.lemma_.lower()
        word = pred.lower_
        if pred.pos_ == "ADJ" or pred.tag_ in ("VBN", "JJ"):
            if word in lex.measure_adjectives:
                return lex.measure_adjectives[word], _tok_span(pred)
        measure = lex.measure_verbs.get(lemma)
        if measure is None:
            continue
        if measure == "materiel" and people:
            measure = "personnel"
        if measure in ("killed", "wounded", "captured") and not people and anchor.pos_ != "NUM":
            continue
        if measure == "casualties" and lemma in ("suffer", "sustain", "incur") and people is False:
            continue
        return measure, _tok_span(pred)
    return None


def _tok_span(tok: Token) -> Span:
    return tok.doc[tok.i : tok.i + 1]


def after_fraction(doc: Doc, fig: Figure) -> bool:
    """"40% of the 11,000 troops", "half of the 300 soldiers": the figure is the whole."""
    i = fig.qual_start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    before = doc[i - 1]
    return before.text in ("%",) or before.lower_ in ("percent", "cent", "half", "third", "quarter", "thirds", "quarters", "most", "many", "some", "none")


def of_phrase_end(doc: Doc, noun: Token, limit: int, lex: Lexicon) -> int:
    """End of "containers of munitions": a materiel noun after "of" belongs to the item."""
    if noun.i + 2 < limit and doc[noun.i + 1].lower_ == "of":
        for tok in doc[noun.i + 2 : min(limit, noun.i + 6)]:
            if tok.pos_ in ("NOUN", "PROPN") and lex.measure_nouns.get(tok.lemma_.lower()) == "materiel":
                return tok.i + 1
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "DET", "NUM") and tok.text != "-":
                break
    return noun.i + 1


def noun_phrase(doc: Doc, fig: Figure, noun: Token | None) -> Span:
    """The counted phrase from the qualifier to the noun: "more than 1,000 casualties"."""
    start = min(fig.qual_start, fig.start)
    end = max(fig.end, fig.qual_end, noun.i + 1 if noun is not None else 0)
    return doc[start:end]


def classify(doc: Doc, fig: Figure, sent: Span, lex: Lexicon) -> Measure | None:
    """Decide the measure of a figure, or None when it counts nothing we track."""
    limit = sent.end
    noun = counted_noun(doc, fig, limit)
    anchor_tok = noun if noun is not None else doc[fig.end - 1]
    if noun is not None and (noun.lower_ in lex.not_counted or noun.lemma_.lower() in lex.not_counted):
        return None
    if after_fraction(doc, fig):
        if noun is not None and measure_from_noun(noun, lex) == "personnel":
            return Measure("personnel", noun, _tok_span(noun), noun_phrase(doc, fig, noun))
        return None
    after = (noun.i + 1) if noun is not None else fig.end
    phrase = measure_from_phrase(doc, after, limit, lex)
    if phrase is not None and phrase[0] in ("casualties", "captured", "missing"):
        return Measure(phrase[0], noun, phrase[1], noun_phrase(doc, fig, noun))
    adjective = measure_from_adjective(doc, fig.end, limit, lex) if noun is None else None
    if adjective is not None:
        return Measure(adjective[0], None, adjective[1], noun_phrase(doc, fig, None))
    total = measure_from_total(anchor_tok, lex)
    if total is not None:
        return Measure(total[0], noun, total[1], noun_phrase(doc, fig, noun))
    noun_measure = measure_from_noun(noun, lex) if noun is not None else None
    if noun_measure is not None and noun_measure != "personnel":
        return Measure(noun_measure, noun, _tok_span(noun), noun_phrase(doc, fig, noun))

    people = noun is None or _people_noun(noun, lex)
    if noun is not None and not people:
        return None
    pred = measure_from_predicate(anchor_tok, lex, people=True)
    if pred is None and noun is None:
        pred = measure_from_predicate(doc[fig.start], lex, people=True)
    if pred is None and phrase is not None:
        pred = phrase
    if pred is not None:
        return Measure(pred[0], noun, pred[1], noun_phrase(doc, fig, noun))
    if noun is not None and noun_measure == "personnel":
        return Measure("personnel", noun, _tok_span(noun), noun_phrase(doc, fig, noun))
    return None

"""What a figure counts: the counted noun phrase, the measure and the item.

Rules, each a named function:

- ``counted_noun``: "40 North Korean soldiers" -> soldiers; "dozens of missiles" -> missiles;
  "52 of the hermit kingdom's troops" -> troops; "two more IRIS-T systems" -> systems.
- ``measure_from_noun``: "1,000 casualties" -> casualties; "5 million shells" -> materiel;
  "200 long-range artillery pieces" -> materiel (a materiel compound).
- ``measure_from_predicate``: "100 North Koreans ... believed to have been killed" -> killed;
  "killed 77" -> killed; "wiped out 52" -> killed; "gave themselves up" -> captured;
  "freed from captivity" -> captured; "treated in hospital" -> wounded;
  "registered as missing" -> missing; "killed or maimed" -> casualties.
- ``measure_from_phrase``: "3,000 killed or wounded" -> casualties; "taken prisoner" -> captured.
- ``measure_from_among``: "Among the dead are two children" -> killed.
- ``measure_from_remains``: "the remains of 89 soldiers" -> killed.
- ``measure_from_total``: "the death toll rose to 14", "bringing its losses to 889,000",
  "the number of people killed has risen to 14", "put the figure at 3,000".

Example:
    >>> # "Ukraine said 40 soldiers were wounded" -> Measure("wounded", noun=soldiers)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimledger.extract.entities import weapon_in
from claimledger.extract.lexicon import SUPPLY_VERBS, Lexicon, load_data
from claimledger.extract.numbers import Figure
from claimledger.extract.presence import land_side
from claimledger.extract.sides import side_of_np, side_of_text
from claimledger.resolve.names import singular

#: People who are not a side's personnel: counted when killed or wounded, with no side by
#: default ("civilians" in ``measures.yaml``).
CIVILIAN_NOUNS = frozenset(str(w).lower() for w in load_data("measures.yaml")["civilians"])
#: Verbs of a swap's two halves: "Russia handed over 562 bodies; Kyiv returned 41".
_SWAP_VERBS = frozenset(load_data("measures.yaml")["returned_verbs"]) | {"accept"}
PEOPLE_MEASURES = frozenset({"killed", "wounded", "casualties", "captured", "missing", "personnel"})
HARM = frozenset({"killed", "wounded"})
_SKIP_BEFORE_NOUN = frozenset({"ADJ", "PROPN", "NUM", "DET", "PUNCT", "ADV", "CCONJ"})
_NOUN_STOP = frozenset(
    {"of", "in", "to", "from", "on", "at", "by", "with", "for", "and", "or", "as",
     # a determiner opens the next phrase: "down to about 1,050 this month", "up from
     # 265 a month ago"
     "this", "that", "these", "those", "the", "last", "next", "a", "an"}
)
_QUOTES = frozenset({'"', "”", "“", "'", "’", "‘"})
_SUPPLY = SUPPLY_VERBS | {"donate"}
#: Words that make a sentence speak of supplying materiel.
SUPPLY_CUES = SUPPLY_VERBS | frozenset(
    {
        "receive",
        "arm",
        "move",
        "donate",
        "supplies",
        "deliveries",
        "shipments",
        "transfers",
        "shipment",
        "delivery",
        "arrive",
        "reach",
        "cross",
        "consignment",
        "consignments",
    }
)
#: "the dead", "the wounded", "the prisoners": people named by what happened to them.
STATE_WORDS = {
    "dead": "killed",
    "killed": "killed",
    "fallen": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "missing": "missing",
    "captured": "captured",
    "prisoners": "captured",
    "casualties": "casualties",
}


@dataclass(frozen=True)
class Measure:
    """The measure of a figure and the tokens that gave it.

    ``side`` is a side the rule itself found ("Among the Ukrainians returned …");
    ``anaphoric`` says the measure came from an earlier claim ("put the figure at").
    """

    measure: str
    noun: Token | None
    cue: Span | None
    noun_phrase: Span | None
    side: str | None = None
    anaphoric: bool = False
    total: Token | None = None


def has_supply_cue(sent: Span) -> bool:
    """The sentence speaks of supplying: "delivered", "deliveries", "arrived"
    ("28 ships and boats" is no shipping)."""
    return any(
        t.lower_ in SUPPLY_CUES
        and t.pos_ in ("NOUN", "VERB")
        or t.pos_ == "VERB"
        and t.lemma_.lower() in SUPPLY_CUES
        for t in sent
    )


def _tok_span(tok: Token) -> Span:
    return tok.doc[tok.i : tok.i + 1]


def _np_head(tok: Token, limit: int) -> Token:
    """Climb compounds and modifiers to the head noun: "IRIS-T air defence systems" -> systems."""
    for _ in range(6):
        head = tok.head
        if (
            tok.dep_ in ("compound", "amod", "nmod", "nummod")
            and head.i > tok.i
            and head.i < limit
            and (head.pos_ in ("NOUN", "PROPN") or _mistagged_noun(head) or _designation(head))
        ):
            tok = head  # (a designation the tagger took for an adjective: "AN/TPQ-50 radars")
        else:
            break
    return tok


#: Roles only a noun phrase fills: a "VERB" in one is a plural noun the tagger took for a
#: verb ("300 one-way attack drones" with drones tagged VBZ).
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "dative"})


def _mistagged_noun(tok: Token) -> bool:
    """A plural noun tagged as a verb: a "VBZ" that fills a noun phrase's role."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in _NOMINAL_DEPS


def _hyphen_first_half(doc: Doc, i: int, limit: int) -> bool:
    """``doc[i]`` opens a hyphenated modifier: "self" in "self-propelled", "one" in "one-way"."""
    return (
        i + 2 < limit
        and not doc[i].whitespace_
        and doc[i + 1].text in ("-", "–")
        and not doc[i + 1].whitespace_
        and not _designation(doc[i])
    )


def _designation(tok: Token) -> bool:
    """A model designation: letters and digits in one token ("KN-23", "M1989")."""
    text = tok.text
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def counted_noun(doc: Doc, fig: Figure, limit: int) -> Token | None:
    """The noun a figure counts: "40 North Korean soldiers" -> soldiers.

    Skips modifiers ("North Korean", "class", calibres, "more"), quote marks
    ('"several dozen" KN-23 missiles') and one "of" ("dozens of missiles",
    "52 of the hermit kingdom's troops").
    """
    i = max(fig.end, fig.qual_end)  # "a thousand or so engineers"
    while i < limit and doc[i].text in _QUOTES:
        i += 1
    if i < limit and doc[i].lower_ == "of":
        objs = [c for c in doc[i].children if c.dep_ == "pobj" and c.i < limit]
        if objs and objs[0].pos_ in ("NOUN", "PROPN"):
            return objs[0]
        if objs and objs[0].pos_ == "PRON":
            return None  # "several of them": the people named before
        i += 1
        while i < limit and (
            doc[i].lower_
            in ("a", "an", "the", "our", "their", "its", "his", "her", "these", "those")
            or doc[i].tag_ == "POS"
        ):
            i += 1
    while i < limit:
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and not (tok.lower_ == "mm" or tok.like_num):
            head = _np_head(tok, limit)
            if _hyphen_first_half(doc, head.i, limit):
                i = head.i + 2  # "20 self-propelled howitzers", "40 North Korean-made guns"
                continue
            return head
        if tok.text in _QUOTES or tok.text in ("-", "–") or tok.lower_ == "mm" or _designation(tok):
            i += 1  # '"several dozen" KN-23 and KN-24 missiles': names before the noun
            continue
        if (
            tok.pos_ == "CCONJ"
            and i + 1 < limit
            and (
                _designation(doc[i + 1])
                or doc[i + 1].pos_ in ("ADJ", "PROPN")
                and not doc[i + 1].like_num
                and i > fig.end
                and doc[i - 1].pos_ in ("ADJ", "PROPN")
            )
        ):
            i += 1  # "Russian and North Korean troops": coordinated modifiers
            continue
        if tok.pos_ == "ADJ" and tok.lower_ in STATE_WORDS and doc[fig.end - 1].head == tok:
            return None  # "We counted 68 dead that day": the adjective is the head
        if tok.pos_ in _SKIP_BEFORE_NOUN or tok.tag_ == "VBN" and tok.dep_ == "amod":
            if tok.pos_ in ("CCONJ", "PUNCT"):
                return None
            if tok.lower_ in _NOUN_STOP:
                return None
            i += 1
            continue
        if tok.dep_ == "acl" and tok.head.i == fig.end - 1:
            return None  # "roughly 120 delivered last year": a clause on the figure, no noun
        if tok.pos_ == "VERB" and (
            tok.dep_ in ("amod", "compound")
            or tok.tag_ == "VBN"
            and i + 1 < limit
            and doc[i + 1].pos_ in ("ADJ", "NOUN", "PROPN")
        ):
            i += 1  # "757 fallen Ukrainian soldiers"
            continue
        return None
    return None


def _people_noun(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if (
        lex.measure_nouns.get(lemma) == "personnel"
        or lex.measure_nouns.get(tok.lower_) == "personnel"
    ):
        return True
    # "North Koreans", "Ukrainians": a plural demonym is people ("US officials" is not).
    return tok.lower_ in CIVILIAN_NOUNS or (
        tok.tag_ in ("NNS", "NNPS") and side_of_text(tok.text) is not None
    )


def is_people_noun(tok: Token | None, lex: Lexicon) -> bool:
    """People a figure can count: soldiers, civilians, "North Koreans"."""
    return tok is not None and _people_noun(tok, lex)


def measure_from_noun(tok: Token, lex: Lexicon) -> str | None:
    """A measure named by the counted noun: casualties, deaths, POWs, troops, shells;
    or by a materiel word compounded with it ("artillery pieces", "air defence batteries")."""
    for key in (tok.lower_, tok.lemma_.lower(), singular(tok.lower_)):
        # (the last for a title-case name the tagger took for a proper noun: "Missiles")
        if key in lex.measure_nouns:
            return lex.measure_nouns[key]
    for child in tok.children:
        if (
            child.dep_ == "compound"
            and child.i < tok.i
            and lex.measure_nouns.get(child.lemma_.lower()) == "materiel"
        ):
            return "materiel"
    if tok.pos_ == "PROPN" and _designation(tok) and names_weapon(tok.doc[tok.i : tok.i + 1]):
        return "materiel"  # "50 KN-23s": a known weapon's designation, in the plural
    return None


def names_weapon(phrase: Span) -> bool:
    """The phrase names a known weapon system: "Shahed-136s", "F-16s"."""
    return weapon_in(phrase.text) is not None


def measure_from_phrase(doc: Doc, start: int, limit: int, lex: Lexicon) -> tuple[str, Span] | None:
    """A multi-word cue right after the counted phrase: "killed or wounded", "taken prisoner"."""
    firsts = lex.measure_phrase_firsts
    for i in range(start, min(start + 6, limit)):
        if doc[i].lower_ not in firsts:
            continue
        if i > start and doc[i - 1].lower_ in ("the", "their", "its"):
            continue  # "arrived to replace the dead and wounded": other people, named
        words = [t.lower_ for t in doc[i : min(i + 5, limit)]]  # read once for every length
        for n in (5, 4, 3, 2):
            if i + n > limit:
                continue
            key = tuple(words[:n])
            if key in lex.measure_phrases:
                return lex.measure_phrases[key], doc[i : i + n]
    return None


_QUANTIFIER_NOUNS = frozenset({"total", "number", "tally", "sum", "handful", "couple", "pair"})


def quantifier_head(tok: Token) -> Token | None:
    """ "a total of 2,100 soldiers have been freed", "captured a handful of soldiers": "a
    total of" only quantifies, so what is said of the soldiers is said of "total"
    (returned); None when ``tok`` is not in such a phrase."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of":
        return None
    head = prep.head
    if (
        head.i < tok.i
        and head.lemma_.lower() in _QUANTIFIER_NOUNS
        and head.i > 0
        and head.doc[head.i - 1].lower_ == "a"
    ):
        return head
    return None


def rejected_alternative(verb: Token) -> bool:
    """ "blew themselves up rather than surrender", "fled instead of surrendering": what
    the people did not do."""
    doc = verb.doc
    k = verb.i
    if k > 0 and doc[k - 1].lower_ == "to":
        k -= 1
    before = doc[max(0, k - 2) : k].text.lower()
    return before in ("rather than", "instead of")


def partitive_clause(clause: Token) -> bool:
    """ "12,000, of whom perhaps 3,000 were killed": the clause tells of a part of the
    figure's people, not of them all."""
    doc = clause.doc
    k = clause.left_edge.i
    return k + 1 < clause.i and doc[k].lower_ == "of" and doc[k + 1].lower_ in ("whom", "which")


def _predicates(anchor: Token) -> list[Token]:
    """Verbs and adjectives that say something of ``anchor``, nearest first.

    The head verb of a subject/object, its open complements (xcomp, "believed
    to have been killed"), verbs coordinated with it that share the subject
    ("put down their weapons and gave themselves up"), and clauses hanging off
    the noun ("1,000 injured").
    """
    found: list[Token] = []
    quantifier = quantifier_head(anchor)
    if quantifier is not None:
        anchor = quantifier
    elif (
        anchor.dep_ == "nummod"
        and anchor.head.i == anchor.i + 1
        and anchor.head.lower_ in ("more", "others")
    ):
        anchor = anchor.head  # "and wounded at least 25 more": what is said of "more"
    for child in anchor.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.i > anchor.i:
            if child.dep_ == "relcl" and partitive_clause(child):
                continue
            found.append(child)
            found.extend(
                c
                for c in child.children
                if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "ADJ")
            )
    head = anchor.head
    if (
        anchor.dep_
        in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "attr",
            "pobj",
            "conj",
            "appos",
            "npadvmod",
            "ROOT",
            "acl",
        )
        and head != anchor
    ):
        if (
            anchor.dep_ == "pobj"
            and head.dep_ in ("agent", "prep", "pcomp")
            and head.head.pos_ in ("VERB", "AUX")
        ):
            head = head.head
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            found.append(head)
            for child in head.children:
                if _across_semicolon(child, head):
                    continue  # "…has rotated fresh units; the institute puts …": another clause
                if (
                    child.dep_ in ("xcomp", "ccomp", "acomp", "oprd")
                    or child.dep_ == "advcl"
                    and child.tag_ == "VBN"
                    and child.i == head.i + 1
                ) and child.pos_ in ("VERB", "ADJ"):
                    # "have been confirmed killed": the state the verb reports
                    found.append(child)
                    found.extend(
                        c
                        for c in child.children
                        if c.dep_ in ("xcomp", "acomp", "conj") and c.pos_ in ("VERB", "ADJ")
                    )
            if anchor.dep_ in ("nsubj", "nsubjpass"):
                found.extend(
                    c
                    for c in head.children
                    if c.dep_ == "conj" and c.pos_ == "VERB" and not rejected_alternative(c)
                    # (not "troops remained …, and that 2,000 had been killed": its own subject)
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                )
    return found


def _across_semicolon(a: Token, b: Token) -> bool:
    """A semicolon stands between two tokens: each is in a clause of its own."""
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low + 1 : high])


# "closer to 15,000", "nearer 16,000": qualifiers of nearness, which the parse may take
# for the word a total reaches or for a copula's noun
_NEARER = frozenset({"closer", "nearer", "close"})
_SIZING = frozenset({"estimate", "put", "number", "count", "total", "reckon", "assess"})


def strength_of(doc: Doc, fig: Figure, lex: Lexicon) -> bool:
    """The figure is hyphened to a strength word: "an 11,000-strong force", "a 3,000-man
    brigade"."""
    k = fig.end
    return (
        k + 1 < len(doc)
        and doc[k].text in ("-", "–")
        and doc[k + 1].lower_ in lex.strength_words
    )


def formation_size(doc: Doc, fig: Figure, lex: Lexicon) -> Token | None:
    """A figure that gives the size of a body of troops: "the first contingent of about
    11,000 arrived", "The first group, estimated at 10,000 to 12,000, arrived",
    "a force numbering 3,000". Returns the body's noun."""
    first = doc[fig.start]
    node = first
    if node.dep_ == "quantmod" or node.dep_ == "conj":
        node = node.head
    head = node.head
    if head.lower_ == "of" and node.dep_ == "pobj":
        holder = head.head
    elif head.lower_ == "at" and head.head.lemma_.lower() in _SIZING and head.head.dep_ == "acl":
        holder = head.head.head  # "The first group, estimated at 10,000 to 12,000"
    elif node.dep_ == "dobj" and head.lemma_.lower() in _SIZING and head.dep_ == "acl":
        holder = head.head  # "a force numbering 3,000"
    else:
        return None
    if holder.pos_ != "NOUN" or holder.tag_ != "NN":
        return None  # "groups of 10 to 15" give a size each, not a count
    lemma = holder.lemma_.lower()
    if lemma not in lex.cues.formation_nouns and lemma not in ("force", "contingent"):
        return None
    return holder


def measure_of_the_state(
    doc: Doc, fig: Figure, limit: int, lex: Lexicon
) -> tuple[str, Span] | None:
    """Part of the people named by what befell them: "Four of the dead were dock
    workers", "12 of the wounded are children" (killed, wounded)."""
    k = fig.end
    if k + 2 >= limit or doc[k].lower_ != "of" or doc[k + 1].lower_ not in ("the", "those"):
        return None
    word = doc[k + 2].lower_
    if word in STATE_WORDS and (k + 3 >= limit or doc[k + 3].pos_ not in ("NOUN", "PROPN")):
        return STATE_WORDS[word], doc[k + 2 : k + 3]
    return None


def measure_from_adjective(doc: Doc, at: int, limit: int, lex: Lexicon) -> tuple[str, Span] | None:
    """A measure adjective right after the figure: "31 dead", "a further 1,000 injured"."""
    if (
        at < limit
        and doc[at].pos_ in ("ADJ", "VERB", "NOUN")
        and doc[at].lower_ in lex.measure_adjectives
    ):
        return lex.measure_adjectives[doc[at].lower_], doc[at : at + 1]
    return None


def _particles(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.i > verb.i}


def surrendered(verb: Token, lex: Lexicon) -> bool:
    """ "laid down their arms", "put down their weapons", "gave themselves up"."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in lex.cues.laid_down and "down" in _particles(verb):
        return any(
            o.lemma_.lower() in lex.cues.laid_down_objects or o.lower_ in lex.cues.laid_down_objects
            for o in objects
        )
    if lemma == "give" and "up" in _particles(verb):
        return not objects or any(o.lower_ in lex.cues.reflexive for o in objects)
    return False


def verb_with_object(verb: Token, subject: Token, lex: Lexicon) -> str | None:
    """ "412,000 men had signed military contracts": what the verb and its object say of
    the counted subject (``verb_objects``)."""
    if subject.dep_ != "nsubj" and quantifier_head(subject) is None:
        return None
    table = lex.cues.verb_objects
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "dobj" and (lemma, child.lemma_.lower()) in table:
            return table[lemma, child.lemma_.lower()]
    return None


def reflexive_phrasal(verb: Token, lex: Lexicon) -> str | None:
    """ "three soldiers blew themselves up": killed (``reflexive_phrasal_verbs``)."""
    table = lex.cues.reflexive_phrasal_verbs
    lemma = verb.lemma_.lower()
    if not any(key[0] == lemma for key in table):
        return None
    for particle in _particles(verb):
        measure = table.get((lemma, particle))
        if measure is not None and any(
            c.dep_ == "dobj" and c.lower_ in lex.cues.reflexive for c in verb.children
        ):
            return measure
    return None


def taken_alive(verb: Token, lex: Lexicon) -> bool:
    """ "We took two alive", "took 40 prisoner": people taken in a state of captivity."""
    return verb.lemma_.lower() in lex.cues.taken_verbs and any(
        c.dep_ in ("oprd", "acomp", "advmod", "advcl", "xcomp", "dobj")
        and c.lower_ in lex.cues.taken_states
        for c in verb.children
        if c.i > verb.i
    )


def fell_in_battle(verb: Token, subject: Token, lex: Lexicon) -> bool:
    """ "300 soldiers had fallen in the fighting": died; not "fell ill", "fell back",
    "fell into enemy hands", "the number fell to 30"."""
    return (
        verb.lemma_.lower() in lex.cues.fallen_verbs
        and subject.dep_ == "nsubj"
        and subject.head == verb
        and not any(
            c.dep_ in ("acomp", "oprd", "attr", "prt", "advmod", "xcomp", "dobj")
            or c.dep_ == "prep"
            and c.lower_ not in ("in", "at", "on", "near", "during", "for", "while")
            for c in verb.children
        )
    )


def swap_context(sent: Span, lex: Lexicon) -> bool:
    """The sentence, the two before it or the headline speak of a swap or of
    captivity ("in latest prisoner swap")."""
    from claimledger.extract.sentences import sentence_index

    index = sentence_index(sent.doc)
    k = max(0, bisect_right(index.starts, sent.start) - 1)
    near = [index.sents[0], *index.sents[max(0, k - 2) : k + 1]]
    return any(
        t.lower_ in lex.cues.swap_words or t.lemma_.lower() in lex.cues.swap_words
        for s in near
        for t in s
    )


def returned_from_captivity(verb: Token, sent: Span, lex: Lexicon) -> bool:
    """ "95 soldiers brought home in a swap", "freed from Russian captivity", "exchanged 95"."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.cues.returned_verbs:
        return False
    needed = lex.cues.returned_particles.get(lemma)
    if needed and not (_particles(verb) | {c.lower_ for c in verb.children}) & needed:
        return False
    return swap_context(sent, lex)


def held_captive(verb: Token, lex: Lexicon, sent: Span | None = None) -> bool:
    """ "8,000 Ukrainians were being held by Russia", "held captive", "held in custody"."""
    if verb.lemma_.lower() not in ("hold", "keep", "detain"):
        return False
    if sent is not None and swap_context(sent, lex):
        return True  # "We hold two" where prisoners are the matter
    for child in verb.children:
        if child.dep_ == "agent":
            return True
        if child.dep_ in ("oprd", "acomp", "xcomp", "dobj") and child.lower_ in (
            "captive",
            "prisoner",
            "hostage",
            "prisoners",
            "hostages",
        ):
            return True
        if child.dep_ == "prep" and any(
            g.lower_ in lex.cues.captivity_words for g in child.children
        ):
            return True
    return holds_the_other_sides_people(verb)


#: Subjects that stand for the side that holds: "Ukraine says it now holds …".
_HOLDER_PRONOUNS = frozenset({"it", "we", "they"})


def holds_the_other_sides_people(verb: Token) -> bool:
    """A side holding people of another side holds them captive: "Ukraine says it now
    holds four North Korean soldiers", "Kyiv is holding 12 Russian servicemen" (not "the
    brigade holds the line", nor "Russia holds 500 Russian conscripts in reserve")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or obj.tag_ not in ("NNS", "NNPS"):
        return False
    held = side_of_np(obj)
    holder = side_of_text(subject.text)
    if held is None or holder is None and subject.lower_ not in _HOLDER_PRONOUNS:
        return False
    return held != holder


def treated_in_hospital(verb: Token, lex: Lexicon) -> bool:
    """ "dozens of men being treated in hospitals", "27 people are in hospital": wounded."""
    lemma = verb.lemma_.lower()
    if lemma in ("be", "remain", "stay", "lie"):
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at")
            and any(g.dep_ == "pobj" and g.lower_ in lex.cues.hospital_words for g in c.children)
            for c in verb.children
        )
    if lemma not in ("treat", "admit", "take", "evacuate", "bring", "rush", "hospitalise"):
        return False
    if lemma == "treat" and verb.tag_ == "VBN" and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "scene" for g in c.children)
        for c in verb.children
    ):
        return True  # "The other four were treated at the scene": hurt, but not taken in
    return any(
        c.dep_ == "prep" and any(g.lower_ in lex.cues.hospital_words for g in c.subtree)
        for c in verb.children
    )


def _as_state(verb: Token, lex: Lexicon) -> str | None:
    """ "registered as missing", "listed as dead": the state after "as"; "had become
    casualties": the state a copula names."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for g in child.children:
                if g.lower_ in lex.measure_adjectives:
                    return lex.measure_adjectives[g.lower_]
                named = lex.measure_nouns.get(g.lemma_.lower()) if g.pos_ == "NOUN" else None
                if named in ("killed", "wounded", "casualties", "captured", "missing"):
                    return named  # "confirmed as prisoners of war"
        if child.dep_ == "attr" and verb.lemma_.lower() in ("become", "be", "remain"):
            measure = lex.measure_nouns.get(child.lemma_.lower()) or lex.measure_nouns.get(
                child.lower_
            )
            if measure in ("killed", "wounded", "casualties", "captured", "missing"):
                return measure
    return None


def _harm_of(tok: Token, lex: Lexicon) -> str | None:
    if tok.lower_ in lex.measure_adjectives and lex.measure_adjectives[tok.lower_] in HARM:
        return lex.measure_adjectives[tok.lower_]
    measure = lex.measure_verbs.get(tok.lemma_.lower())
    return measure if measure in HARM else None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def killed_or_wounded(pred: Token, lex: Lexicon) -> bool:
    """ "killed or maimed", "dead and seriously injured": one count of both, so casualties.

    Not "killed 77 and wounded 40": there the second verb has a figure of its own.
    """
    base = _harm_of(pred, lex)
    if base is None:
        return False
    partners = [c for c in pred.children if c.dep_ == "conj"]
    if pred.dep_ == "conj":
        partners.append(pred.head)
    for partner in partners:
        other = _harm_of(partner, lex)
        if other is None or other == base:
            continue
        between = pred.doc[min(pred.i, partner.i) + 1 : max(pred.i, partner.i)]
        if any(t.like_num and t.pos_ == "NUM" for t in between):
            continue  # "2,300 have been KILLED and 3,100 WOUNDED": a figure each
        own_figure = any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass", "npadvmod")
            and (
                c.like_num
                or c.pos_ == "NUM"
                or c.lower_ in lex.vague  # "kills four, injures dozens"
                or any(g.dep_ == "nummod" for g in c.children)
            )
            for c in partner.children
        ) or (_has_subject(partner) and _has_subject(pred))
        # "a woman was killed and six people were injured": two clauses, two counts
        if not own_figure:
            return True
    return False


def measure_from_predicate(
    anchor: Token, lex: Lexicon, people: bool, sent: Span | None = None
) -> tuple[str, Span] | None:
    """A measure from what is said of the counted people: killed, wounded, captured, sent."""
    for pred in _predicates(anchor):
        lemma = pred.lemma_.lower()
        word = pred.lower_
        if people:
            phrasal = next(
                ((lemma, p) for p in _particles(pred) if (lemma, p) in lex.cues.phrasal_verbs), None
            )
            if phrasal is not None:
                if phrasal != ("give", "up") or surrendered(pred, lex):
                    return lex.cues.phrasal_verbs[phrasal], _tok_span(pred)
            reflexive = reflexive_phrasal(pred, lex)
            if reflexive is not None:
                return reflexive, _tok_span(pred)
            with_object = verb_with_object(pred, anchor, lex)
            if with_object is not None:
                return with_object, _tok_span(pred)
            if surrendered(pred, lex) or taken_alive(pred, lex):
                return "captured", _tok_span(pred)
            if fell_in_battle(pred, anchor, lex):
                return "killed", _tok_span(pred)  # "300 soldiers had fallen in the fighting"
            if sent is not None and returned_from_captivity(pred, sent, lex):
                return "captured", _tok_span(pred)
            if held_captive(pred, lex, sent):
                return "captured", _tok_span(pred)
            if treated_in_hospital(pred, lex):
                return "wounded", _tok_span(pred)
            state = _as_state(pred, lex)
            if state is not None:
                return state, _tok_span(pred)
        if killed_or_wounded(pred, lex):
            return "casualties", _tok_span(pred)
        if pred.pos_ == "ADJ" or pred.tag_ in ("VBN", "JJ"):
            if word in lex.measure_adjectives:
                return lex.measure_adjectives[word], _tok_span(pred)
        if (
            pred.tag_ == "VBG"
            and word in lex.measure_adjectives
            and not any(c.dep_ == "dobj" for c in pred.children)
        ):
            return lex.measure_adjectives[word], _tok_span(pred)  # "are still missing"
        measure = lex.measure_verbs.get(lemma)
        if measure is None:
            continue
        if measure == "materiel" and people:
            measure = "personnel"
        if measure == "personnel" and not people and lemma in _SUPPLY:
            measure = "materiel"  # "sent hundreds more" of the drones
        if measure in ("killed", "wounded", "captured") and not people and anchor.pos_ != "NUM":
            continue
        if measure == "casualties" and lemma in ("suffer", "sustain", "incur") and people is False:
            continue
        return measure, _tok_span(pred)
    return None


def measure_before(doc: Doc, fig: Figure, sent: Span, lex: Lexicon) -> tuple[str, Span] | None:
    """A cue just before the figure: "claimed the lives of three soldiers", "the
    release of 90 prisoners"."""
    words = [t.lower_ for t in doc[max(sent.start, fig.qual_start - 4) : fig.qual_start]]
    for n in (4, 3, 2):
        lo = fig.qual_start - n
        if lo >= sent.start:
            key = tuple(words[len(words) - n :])
            if key in lex.measure_phrases_before:
                return lex.measure_phrases_before[key], doc[lo : fig.qual_start]
    verb = doc[fig.qual_start - 1] if fig.qual_start > sent.start else None
    if (
        verb is not None
        and verb.tag_ == "NNS"
        # (the parse may hang a qualified figure elsewhere: "Strike on Dnipro kills at
        # least 14", with "14" on "strike")
        and (doc[fig.end - 1].head.i == verb.i or fig.qual_start < fig.start)
        and lex.measure_verbs.get(verb.lemma_.lower()) in ("killed", "wounded", "captured")
    ):
        # Headline verbs the tagger read as plural nouns: "Strike on Kyiv kills 4, injures 20".
        return lex.measure_verbs[verb.lemma_.lower()], doc[verb.i : verb.i + 1]
    return None


_HARM_NOUN_MEASURES = frozenset({"killed", "wounded", "casualties", "captured", "missing"})


def losses_of(doc: Doc, fig: Figure, sent: Span, lex: Lexicon) -> tuple[str, Span] | None:
    """A loss noun the figure's "of" belongs to past a phrase between: "inflicted losses
    on the enemy of up to 65 servicemen" (casualties)."""
    k = fig.qual_start - 1
    if k <= sent.start or doc[k].lower_ != "of":
        return None
    for j in range(k - 1, max(sent.start, k - 6) - 1, -1):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "NUM", "CCONJ"):
            return None
        named = lex.measure_nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if named in _HARM_NOUN_MEASURES and j < k - 1:
            return named, doc[j : j + 1]
    return None


def returned_participle(tok: Token, lex: Lexicon) -> bool:
    """A participle of a returning verb the tagger read as a noun: "those freed"."""
    word = tok.lower_
    if not word.endswith("ed"):
        return False
    return any(
        stem in lex.cues.returned_verbs and stem not in lex.cues.returned_particles
        for stem in (word[:-1], word[:-2], word[:-3])
    )


_INCLUDING = frozenset({"include", "comprise", "number"})


def measure_from_inclusion(anchor: Token, sent: Span, lex: Lexicon) -> tuple[str, Span] | None:
    """Part of a group said to be in it: "Those who came home included 23 National Guard
    members and 11 border guards", "the freed soldiers include 12 medics" (captured, in
    a swap), "The dead include four children" (killed): the group's measure."""
    node = anchor
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in _INCLUDING:
        return None
    group = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if group is None:
        return None
    word = group.lower_
    if word in STATE_WORDS:
        return STATE_WORDS[word], _tok_span(group)
    named = lex.measure_nouns.get(group.lemma_.lower())
    if named in ("killed", "wounded", "casualties", "captured", "missing"):
        return named, _tok_span(group)
    freed = next(
        (
            c
            for c in group.children
            if c.dep_ == "amod"
            and (
                returned_from_captivity(c, sent, lex)
                if c.pos_ == "VERB"
                else returned_participle(c, lex) and swap_context(sent, lex)
            )
        ),
        None,
    )
    if freed is not None:
        return "captured", _tok_span(freed)  # "The released Ukrainians included 23 men"
    for clause in (c for c in group.children if c.dep_ in ("relcl", "acl")):
        befell = measure_from_predicate(clause, lex, people=True, sent=sent) or next(
            (
                ("captured", _tok_span(clause))
                for _ in (1,)
                if returned_from_captivity(clause, sent, lex)
            ),
            None,
        )
        if befell is not None and befell[0] in ("killed", "wounded", "captured", "missing"):
            return befell
    return None


def measure_from_among(
    doc: Doc, fig: Figure, sent: Span, lex: Lexicon
) -> tuple[str, Span, str | None] | None:
    """ "Among the dead are two children", "Among the Ukrainians returned were 12 defenders":
    the "among" phrase before the verb says what the figures after it count.

    Returns (measure, cue, side named in the phrase).
    """
    first = sent.start
    while first < sent.end and (doc[first].is_space or doc[first].text in _QUOTES):
        first += 1
    if first < sent.end and doc[first].lower_ != "among":
        # "More than 600 children are among the dead": the "among" phrase after the verb.
        verb = next(
            (t for t in doc[fig.end : min(sent.end, fig.end + 5)] if t.lemma_.lower() == "be"), None
        )
        if verb is not None and verb.i + 2 < sent.end and doc[verb.i + 1].lower_ == "among":
            for tok in doc[verb.i + 2 : min(sent.end, verb.i + 5)]:
                if tok.lower_ in STATE_WORDS:
                    return STATE_WORDS[tok.lower_], _tok_span(tok), None
        return None
    if first >= sent.end:
        return None
    verb = next((t for t in doc[first + 1 : fig.qual_start] if t.lemma_.lower() == "be"), None)
    if verb is None:
        return None
    phrase = doc[first + 1 : verb.i]
    side = side_of_text(phrase.text)
    for tok in phrase:
        word, lemma = tok.lower_, tok.lemma_.lower()
        if word in STATE_WORDS:
            return STATE_WORDS[word], _tok_span(tok), side
        if lex.measure_nouns.get(lemma) in (
            "killed",
            "wounded",
            "casualties",
            "captured",
            "missing",
        ):
            return lex.measure_nouns[lemma], _tok_span(tok), side
        if tok.pos_ == "NOUN" and returned_participle(tok, lex) and swap_context(sent, lex):
            return "captured", _tok_span(tok), side  # "Among those freed were …" (tagged a noun)
        if tok.pos_ == "VERB":
            if returned_from_captivity(tok, sent, lex):
                return "captured", _tok_span(tok), side
            measure = lex.measure_verbs.get(lemma)
            if measure in ("killed", "wounded", "captured"):
                return measure, _tok_span(tok), side
    return None


def _in_captivity_prep(tok: Token, lex: Lexicon) -> bool:
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "into")
        and any(g.dep_ == "pobj" and g.lower_ in lex.cues.captivity_words for g in c.children)
        for c in tok.children
    )


def in_captivity(noun: Token | None, anchor: Token, lex: Lexicon) -> bool:
    """ "thousands of our people in Russian captivity", "about 10,000 remain in
    Russian captivity", "two soldiers remained in Ukrainian custody"."""
    if noun is not None and is_people_noun(noun, lex) and _in_captivity_prep(noun, lex):
        return True
    if noun is not None and not is_people_noun(noun, lex):
        return False
    # "About 8,000 remain in Russian captivity", "3,000 of its people remain in captivity"
    for subject in (
        anchor,
        anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None,
    ):
        if subject is None or subject.dep_ not in ("nsubj", "nsubjpass", "attr"):
            continue
        head = subject.head
        if head.lemma_.lower() in (
            "remain",
            "be",
            "stay",
            "languish",
            "hold",
            "keep",
        ) and _in_captivity_prep(head, lex):
            return True
    return False


#: How "home" hangs on "be" in "90 soldiers are home" (the tagger varies).
_HOME_DEPS = frozenset({"advmod", "acomp", "attr"})


def _home_word(tok: Token) -> bool:
    """ "home", "back" standing alone (not "back in Kursk", "home region")."""
    return tok.lower_ in ("home", "back") and not any(
        c.dep_ in ("prep", "pobj") for c in tok.children
    )


def home_from_swap(noun: Token | None, sent: Span, lex: Lexicon) -> Token | None:
    """A headline with no verb: "Prisoner exchange: 90 soldiers home", "40 POWs back";
    or the subject of "be": "90 soldiers are home": people home or back, where a swap
    is the matter, are returned captives. Returns the word "home" or "back"."""
    if noun is None or noun.i + 1 >= sent.end or not is_people_noun(noun, lex):
        return None
    after = noun.doc[noun.i + 1]
    if not (after.head == noun and _home_word(after)):
        after = None
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
            after = next(
                (c for c in noun.head.children if c.dep_ in _HOME_DEPS and _home_word(c)), None
            )
    return after if after is not None and swap_context(sent, lex) else None


def measure_from_remains(doc: Doc, fig: Figure, lex: Lexicon) -> Span | None:
    """ "the bodies of 501 soldiers", "the remains of 89 Russian soldiers": the dead."""
    k = fig.qual_start - 1
    if (
        k >= 1
        and doc[k].lower_ == "of"
        and (
            doc[k - 1].lower_ in lex.cues.body_nouns
            or doc[k - 1].lemma_.lower() in lex.cues.body_nouns
        )
    ):
        return doc[k - 1 : k]
    return None


def _harm_pair(tokens: list[Token], k: int, harm: str, lex: Lexicon) -> bool:
    """ "killed and wounded", "dead or injured": two harms named together are casualties."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower_ not in ("and", "or"):
        return False
    other = tokens[k + 2]
    second = lex.measure_adjectives.get(other.lower_) or lex.measure_verbs.get(other.lemma_.lower())
    return second in ("killed", "wounded") and second != harm


#: Words that make a toll a death toll: "the death toll", "the toll of the dead".
_DEATH_WORDS = frozenset({"death", "dead", "fatality", "kill", "life"})


def _measure_in(tokens: list[Token], lex: Lexicon) -> tuple[str, Token] | None:
    """What a totalled phrase counts: "personnel losses", "the number of people killed",
    "the death toll", "the number it has sent"."""
    found: tuple[str, Token] | None = None
    for k, tok in enumerate(tokens):
        lemma, word = tok.lemma_.lower(), tok.lower_
        if word in lex.cues.hospital_words:
            return "wounded", tok  # "the hospital figure"
        if lemma == "toll":
            casualty = any(t.lemma_.lower() in ("casualty", "loss") for t in tokens)
            if not casualty and not any(
                t.lemma_.lower() in _DEATH_WORDS or t.dep_ == "compound" and t.head == tok
                for t in tokens
            ):
                continue  # a bare "the toll" counts what was counted before ("strike toll":
                # the dead of the strike)
            return ("casualties" if casualty else "killed"), tok
        noun = (
            (lex.measure_nouns.get(lemma) or lex.measure_nouns.get(word))
            if tok.pos_ in ("NOUN", "PROPN")
            else None
        )
        if noun in ("killed", "wounded", "casualties", "captured", "missing"):
            return noun, tok
        if tok.pos_ in ("VERB", "ADJ") and (
            word in lex.measure_adjectives or lex.measure_verbs.get(lemma) in HARM
        ):
            harm = lex.measure_adjectives.get(word) or lex.measure_verbs[lemma]
            if _harm_pair(tokens, k, harm, lex):
                return "casualties", tok  # "the number of soldiers killed and wounded"
            return harm, tok
        if found is None and tok.pos_ == "VERB" and lemma in _SUPPLY:
            people = any(is_people_noun(t, lex) for t in tokens)
            found = ("personnel" if people else "materiel"), tok
        elif (
            found is None
            and tok.pos_ in ("VERB", "ADJ")
            and lex.measure_verbs.get(lemma) == "personnel"
        ):
            found = "personnel", tok
        elif found is None and noun in ("personnel", "materiel"):
            found = noun, tok
    return found


#: Total verbs of a count changing, whose "from" phrase gives the count before.
_CHANGE_VERBS = frozenset(
    {"rise", "climb", "grow", "jump", "increase", "fall", "drop", "raise", "lower", "revise",
     "cut", "reduce", "swell", "soar"}
)


def _subject_words_before(doc: Doc, verb: Token) -> list[Token]:
    """The words before a total verb the parse left without a subject: "the number
    of soldiers killed and wounded in Kursk already exceeds 4,000" (read as "killed …
    and exceeds"): from the first conjunct's subject up to the verb."""
    first = verb
    while first.dep_ in ("conj", "dep") and first.head.i < first.i:
        first = first.head  # ("dep": "the count of soldiers confirmed killed now stands at")
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or first is verb:
        return []
    return list(doc[subject.left_edge.i : verb.i])


def dead_among(doc: Doc, fig: Figure, sent: Span, lex: Lexicon) -> bool:
    """The figure is said to include a number of dead: "about 3,000, including 300 dead",
    "4,000, of whom 600 were killed" (so it counts more than the dead)."""
    tail = doc[fig.end : min(sent.end, fig.end + 8)]
    if not any(t.lower_ in ("including", "includes", "whom") for t in tail[:3]):
        return False
    return any(
        lex.measure_adjectives.get(t.lower_) == "killed"
        or lex.measure_verbs.get(t.lemma_.lower()) == "killed"
        for t in tail
    )


def without_source_phrase(tok: Token, lex: Lexicon) -> list[Token]:
    """The subtree of ``tok`` less a source phrase in it: "this village, by the caretaker's
    own tally, has taken 163": the tally is whose count it is, not what is counted."""
    drop: set[int] = set()
    for prep in tok.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "per", "in"):
            continue
        for g in prep.children:
            if (
                g.dep_ == "pobj"
                and g.lemma_.lower() in lex.possessive_sources
                and any(c.dep_ == "poss" for c in g.children)
            ):
                drop.update(t.i for t in prep.subtree)
    return [t for t in tok.subtree if t.i not in drop]


def _verb_tagged_otherwise(tok: Token) -> bool:
    """A headline's verb the tagger took for an adjective or noun, known by the subject it
    governs: "Russia's losses in Kursk top 9,000" ("top" as JJ)."""
    return tok.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "nsubj" for c in tok.children)


def measure_from_total(
    doc: Doc, fig: Figure, anchor: Token, sent: Span, lex: Lexicon
) -> Measure | None:
    """A figure that a total or a count reaches: "the death toll rose to 14",
    "Russian losses totalled about 34,000", "bringing its personnel losses … to
    about 889,000", "raised its estimate of casualties to 4,700", "put the figure
    at about 3,000" (anaphoric: the figure named before)."""
    cues = lex.cues
    if fig.qualifier == "range":
        # "estimates range between 3,000 and 4,000": the figure hangs on the verb by the
        # word of the range whose head is outside it (the first here, the last in "from
        # 3,000 to 4,000")
        anchor = next((t for t in doc[fig.start : fig.end]
                       if not fig.start <= t.head.i < fig.end), anchor)
    # The verb or total noun governing the figure, by the parse.
    verb: Token | None = None
    total_noun: Token | None = None
    node = anchor
    for _ in range(4):
        head = node.head
        if head == node:
            break
        if head.lemma_.lower() in cues.total_verbs and (
            head.pos_ in ("VERB", "AUX") or _verb_tagged_otherwise(head)
        ):
            if taken_alive(head, lex):
                return None  # "and taken 11 prisoner": a capture, not a total taken to 11
            verb = head
            break
        if (
            head.pos_ == "NOUN"
            and head.lemma_.lower() in cues.total_nouns
            and not fig.qual_start <= head.i < fig.end  # "scores of soldiers": the figure
        ):
            total_noun = head
            break
        if node.dep_ == "relcl" and head.lemma_.lower() in cues.total_nouns:
            total_noun = head
            break
        if head.pos_ in ("VERB", "AUX") and node.dep_ not in (
            "pobj",
            "prep",
            "dobj",
            "attr",
            "npadvmod",
            "relcl",
        ):
            break
        node = head
    k = fig.qual_start - 1
    while k > sent.start and doc[k].text in _QUOTES:
        k -= 1  # 'put their number at "several hundred"'
    before = doc[k].lower_ if k >= sent.start else ""
    if (
        fig.vague is not None
        and before == "the"
        and k - 1 >= sent.start
        and doc[k - 1].lower_ == "in"
    ):
        # "put the toll in the tens of thousands": a vague amount reached "in the"
        k -= 1
        before = "at"
    if fig.start - fig.qual_start == 2 and doc[fig.qual_start].lower_ in _NEARER:
        # "puts the number closer to 15,000": the "to" a total reaches ends the qualifier
        before = "to"
    if verb is None and total_noun is None and before in ("to", "at"):
        # Surface fallback: "bringing its personnel losses since the invasion began to 889,000".
        for k in range(fig.qual_start - 2, max(sent.start, fig.qual_start - 20) - 1, -1):
            if doc[k].lemma_.lower() in cues.total_verbs and doc[k].pos_ in ("VERB", "AUX"):
                verb = doc[k]
                break
    phrase: list[Token] = []
    if (
        total_noun is not None
        and quantifier_head(anchor) == total_noun
        and total_noun.head.lemma_.lower() not in cues.total_verbs
    ):
        return None  # "a total of 4,000 soldiers were freed": a quantifier, not a count's name
    if total_noun is not None:
        phrase = list(total_noun.subtree)
        # "bringing the number it has sent to Ukraine to six": the verb that brings it.
        if total_noun.head.lemma_.lower() in cues.total_verbs:
            verb = total_noun.head
    elif verb is not None:
        if verb.i < fig.qual_start and (
            before in ("to", "at") or before == "from" and verb.lemma_.lower() in _CHANGE_VERBS
        ):  # ("the toll had risen from about 2,000 in March": the count it rose from)
            has_object = any(c.dep_ == "dobj" and c.i != anchor.i for c in verb.children)
            for child in verb.children:
                if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.i == anchor.i:
                    continue
                if child.dep_ == "nsubj" and has_object:
                    continue  # "the Joint Chiefs of Staff put the figure at …": the estimator
                # a relative clause the parse hung before its noun belongs elsewhere: "of
                # whom some 2,000 have been killed, while Kyiv puts … casualties at …"
                stray = {
                    t.i
                    for c in child.children
                    if c.dep_ == "relcl" and c.i < child.i
                    for t in c.subtree
                }
                if child.left_edge.i <= fig.start <= child.right_edge.i:
                    # "estimates Russian losses at 650,000": the object up to its "at".
                    phrase.extend(
                        t for t in child.subtree if t.i < fig.qual_start - 1 and t.i not in stray
                    )
                else:
                    phrase.extend(t for t in child.subtree if t.i not in stray)
            if (
                not phrase
                or all(t.i < verb.i for t in phrase)
                and verb.lemma_.lower()
                in (
                    "bring",
                    "raise",
                    "lift",
                    "push",
                    "take",
                    "put",
                    "lower",
                    "revise",
                    "cut",
                    "reduce",
                    # "We estimate the true number of … dead at between …": the parse
                    # gave the object to a clause; the words before "at" are it
                    "estimate",
                    "assess",
                    "peg",
                    "place",
                )
            ):
                phrase.extend(doc[verb.i + 1 : fig.qual_start - 1])
            if not phrase:
                # "Our count of soldiers confirmed killed now stands at 312", the parse
                # taking "confirmed" for the sentence's verb: the words before it
                phrase = _subject_words_before(doc, verb)
            owner = verb.head
            if (
                _measure_in(phrase, lex) is None
                and verb.dep_ in ("advcl", "relcl", "acl")
                and owner.i < verb.i
                and owner.pos_ == "NOUN"
                and owner.lemma_.lower() in cues.total_nouns
            ):
                # "the running total of Russian losses since 24.02.2022 now stands at …":
                # the parse took a date for the subject; the total the verb hangs on is it
                total_noun = owner
                phrase = [t for t in owner.subtree if t.i < verb.i]
            elif (
                _measure_in(phrase, lex) is None
                and verb.dep_ == "acl"
                and verb.tag_ == "VBN"
                and owner.i < verb.i
                and owner.pos_ == "NOUN"
                and anchor.i < fig.end
            ):
                # "The North Korean contingent, estimated by Ukraine at around 12,000, …":
                # the noun the participle describes is what a bare figure sizes
                phrase = [owner]
        elif (
            anchor.dep_ in ("dobj", "attr", "npadvmod")
            and anchor.head == verb
            or anchor.dep_ == "pobj"  # "number about 9,800": the qualifier parsed as a preposition
            and anchor.head.head == verb
            and anchor.head.i >= fig.qual_start
        ):
            # "Russian losses reached 1,150": only a count of losses totals this way, and
            # people present counted by "number" or "total" ("troops in Russia now number
            # about 9,800").
            holder = verb.head if verb.dep_ == "xcomp" else verb  # "thought to number"
            phrase = [
                t
                for c in holder.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for t in without_source_phrase(c, lex)
            ]
            if not phrase and holder.dep_ == "acl" and holder.head.i < holder.i:
                # "The second contingent, thought to number 3,000, …": the noun it describes
                phrase = [t for t in holder.head.subtree if t.i < holder.i]
            if not phrase:
                phrase = _subject_words_before(doc, verb)
            found = _measure_in(phrase, lex)
            counting = verb.lemma_.lower() in ("number", "total")
            if found is None or found[0] not in (
                "killed",
                "wounded",
                "casualties",
                "captured",
                "missing",
                *(("personnel",) if counting else ()),
            ):
                if not any(t.lemma_.lower() in cues.total_nouns for t in phrase):
                    return None
        else:
            return None
    else:
        return None
    phrase = [t for t in phrase if not (fig.qual_start <= t.i < fig.end)]
    if not phrase:
        return None
    found = _measure_in(phrase, lex)
    head = total_noun or next((t for t in phrase if t.lemma_.lower() in cues.total_nouns), None)
    if found is None:
        if head is not None and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i for c in head.children
        ):
            return None  # "Reader count: 45,000", "the page count": a count of something else
        if head is not None or any(t.lemma_.lower() in lex.estimate_objects for t in phrase):
            cue = head or next(t for t in phrase if t.lemma_.lower() in lex.estimate_objects)
            return Measure("anaphoric", None, _tok_span(cue), None, anaphoric=True, total=verb)
        return None
    measure, cue = found
    if measure == "personnel" and head is not None and head.lemma_.lower() == "toll":
        # "The toll among Kim's troops has now passed 4,000": a toll of the troops, the dead
        measure, cue = "killed", head
    if measure == "killed" and cue.lemma_.lower() == "toll" and dead_among(doc, fig, sent, lex):
        measure = "casualties"  # "put the toll at about 3,000, including 300 dead"
    owner = doc[cue.left_edge.i : cue.i + 1] if cue.pos_ in ("NOUN", "PROPN") else None
    side = side_of_text(owner.text) if owner is not None and len(owner) <= 8 else None
    if side is None and owner is None:
        # "the number of North Korean soldiers killed …": the people the count is of.
        people = next((t for t in phrase if is_people_noun(t, lex)), None)
        if people is not None:
            side = side_of_text(doc[people.left_edge.i : people.i + 1].text)
    return Measure(measure, None, _tok_span(cue), None, side=side, total=verb)


_COPULAS = frozenset({"be", "stand", "remain", "lie", "sit", "hover"})
_AROUND = frozenset({"between", "around", "about", "at", "near", "over", "under", "above"})


def measure_from_copula(doc: Doc, fig: Figure, anchor: Token, lex: Lexicon) -> Measure | None:
    """A count that a copula gives: "the true death toll is probably between 1,000 and
    2,000", "losses stand at 4,000"; "it may be as high as 3,000" (anaphoric: "it" is
    the count named before)."""
    node = anchor
    while node.dep_ in ("conj", "quantmod") and node.head != node:
        node = node.head  # "between 1,000 and 2,000": the range's first figure
    if node.dep_ == "nummod" and node.head.lower_ in _NEARER and node.head.i < node.i:
        node = node.head  # "could be nearer 16,000": the qualifier tagged as the noun
    if node.dep_ == "pobj" and node.head.lower_ in _AROUND:
        node = node.head
    elif (
        node.dep_ == "pobj"
        and (
            node.head.lower_ in ("as", "than")
            or node.head.lower_ == "to"
            and node.head.head.lemma_.lower() in ("close", "near")
        )
        and node.head.head.pos_ in ("ADJ", "ADV")
        and node.head.head.dep_ in ("acomp", "advmod")
    ):
        node = node.head.head  # "may be as high as 3,000", "may still be higher than 900"
    verb = node.head
    if node.dep_ not in ("attr", "prep", "acomp", "npadvmod", "dobj") or verb == node:
        return None
    if verb.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp":
        # "North Korea's losses are thought to be closer to 3,000": the raised subject
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ == "it":
        return Measure("anaphoric", None, _tok_span(subject), None, anaphoric=True, total=verb)
    words = list(subject.subtree)
    found = _measure_in(words, lex)
    if found is not None and found[0] != "materiel" and found[0] != "personnel":
        return Measure(found[0], None, _tok_span(found[1]), None, total=verb)
    if subject.lemma_.lower() in lex.cues.total_nouns:
        return Measure("anaphoric", None, _tok_span(subject), None, anaphoric=True, total=verb)
    return None


#: Prepositions that bound a count in a verbless headline: "casualties near 6,000".
_BOUND_PREPOSITIONS = frozenset({"near", "over", "above", "under", "nearly"})


def bound_of_a_count(anchor: Token, lex: Lexicon) -> Measure | None:
    """A headline's count bounded by a preposition, with no verb: "N. Korean casualties in
    Russia near 4,300", "Russian losses over 9,000" (the noun the preposition hangs on)."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _BOUND_PREPOSITIONS:
        return None
    noun = prep.head
    harm = measure_from_noun(noun, lex) if noun.pos_ == "NOUN" else None
    if harm is None or harm in ("materiel", "personnel"):
        return None
    return Measure(harm, None, _tok_span(noun), None, total=prep)


def state_of_a_part(doc: Doc, fig: Figure, limit: int, lex: Lexicon) -> tuple[str, Span] | None:
    """The state of a part of people named before: "about 900 casualties, roughly 300 of
    them fatal", "lost 4,000 men, about 530 of them fatally", "of whom 80 were dead" is
    another rule's."""
    at = fig.end + 2
    if at >= min(limit, len(doc)) or doc[fig.end : at].text.lower() not in ("of them", "of those"):
        return None
    word = doc[at].lower_
    measure = lex.partitive_states.get(word) or lex.measure_adjectives.get(word)
    if measure is None:
        return None
    return measure, doc[at : at + 1]


def harm_named_by_copula(noun: Token, lex: Lexicon) -> Measure | None:
    """People counted as the complement of a copula whose subject names their fate:
    "The dead are 25 adults and six children", "the wounded were 40 soldiers"."""
    node = noun
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "… and six children": the list's first member
    verb = node.head
    if node.dep_ != "attr" or verb.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > node.i:
        return None
    harm = measure_from_noun(subject, lex)
    if harm is None or harm in ("materiel", "personnel"):
        return None
    return Measure(harm, None, _tok_span(subject), None, total=verb)


def after_fraction(doc: Doc, fig: Figure) -> bool:
    """ "40% of the 11,000 troops", "half of the 300 soldiers": the figure is the whole."""
    i = fig.qual_start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    before = doc[i - 1]
    return before.text in ("%",) or before.lower_ in (
        "percent",
        "cent",
        "half",
        "third",
        "quarter",
        "thirds",
        "quarters",
        "most",
        "many",
        "some",
        "none",
    )


def part_of_whole(doc: Doc, fig: Figure) -> bool:
    """ "18 of the 24 jets": 24 is the whole the part is taken from."""
    i = fig.qual_start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and (doc[i - 1].like_num or doc[i - 1].pos_ == "NUM")


def of_phrase_end(doc: Doc, noun: Token, limit: int, lex: Lexicon) -> int:
    """End of "containers of munitions": a materiel noun after "of" belongs to the item."""
    if noun.i + 2 < limit and doc[noun.i + 1].lower_ == "of":
        for tok in doc[noun.i + 2 : min(limit, noun.i + 6)]:
            if (
                tok.pos_ in ("NOUN", "PROPN")
                and lex.measure_nouns.get(tok.lemma_.lower()) == "materiel"
            ):
                head = _np_head(tok, limit)  # "rounds of artillery ammunition"
                return head.i + 1
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "DET", "NUM") and tok.text != "-":
                break
    return noun.i + 1


def noun_phrase(doc: Doc, fig: Figure, noun: Token | None) -> Span:
    """The counted phrase from the qualifier to the noun: "more than 1,000 casualties"."""
    start = min(fig.qual_start, fig.start)
    end = max(fig.end, fig.qual_end, noun.i + 1 if noun is not None and noun.i >= fig.end else 0)
    return doc[start:end]


def state_before_gerund(doc: Doc, fig: Figure, noun: Token | None, lex: Lexicon) -> bool:
    """The "noun" is a gerund the parse hung a state word on: "300 were killed and
    2,700 wounded fighting for Russia" counts the wounded, not "fighting"."""
    return (
        noun is not None
        and noun.i == fig.end + 1
        and noun.tag_ == "NN"
        and noun.lower_.endswith("ing")
        and doc[fig.end].lower_ in lex.measure_adjectives
    )


def in_groups_of(noun: Token, fig: Figure, lex: Lexicon) -> bool:
    """ "groups of 10 to 15 personnel", "waves of 20 soldiers": the size of each of
    several units, not a count of people."""
    doc = noun.doc
    i = fig.qual_start - 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    unit = doc[i - 1]
    return unit.tag_ == "NNS" and unit.lemma_.lower() in lex.cues.formation_nouns


def formation_of(noun: Token, lex: Lexicon) -> Token | None:
    """The unit a counted noun makes up: "a company of 200 North Koreans" -> company."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i >= noun.i:
        return None
    unit = prep.head
    return unit if unit.lemma_.lower() in lex.cues.formation_nouns else None


#: Nouns of troops sent as a whole, whose size an "of" phrase gives: "a deployment of
#: perhaps 12,000 men".
_DEPLOYMENT_NOUNS = frozenset({"deployment", "force", "contingent"})


def unit_size(noun: Token, lex: Lexicon) -> Token | None:
    """The unit or deployment whose size the counted people give: "a deployment of
    perhaps 12,000 men", "a new North Korean unit, about 1,500 men" (an appositive)."""
    if noun.dep_ == "appos" and noun.head.lemma_.lower() in lex.cues.formation_nouns:
        return noun.head
    first = noun.left_edge.i
    if first >= 2 and noun.doc[first - 1].text == "," and (
        noun.doc[first - 2].lemma_.lower() in lex.cues.formation_nouns
    ):
        return noun.doc[first - 2]  # the same apposition, parsed as a conjunct
    unit = formation_of(noun, lex)
    if unit is not None:
        return unit
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in (
        _DEPLOYMENT_NOUNS
    ):
        return prep.head
    return None


def harm_of_whom(noun: Token, lex: Lexicon) -> tuple[str, Span] | None:
    """A harm noun whose "of" phrase counts the people it befell: "losses of up to 5,000
    men", "deaths of 40 soldiers" (the harm's measure, not personnel)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    measure = measure_from_noun(prep.head, lex)
    if measure in (None, "personnel", "materiel"):
        return None
    return measure, _tok_span(prep.head)


def loses_a_part(verb: Token, group: Token) -> bool:
    """The verb's object is a part of the unit that is its subject ("his battalion of 500
    men lost nearly half of them", "the contingent … lost 4,000 soldiers"): what befell
    the part did not befall the whole."""
    return any(
        c.dep_ == "dobj" and not c.left_edge.i <= group.i <= c.right_edge.i
        for c in verb.children
    )


_INTERVIEW_VERBS = frozenset(
    {"ask", "interview", "speak", "talk", "meet", "contact", "consult", "survey", "question"}
)


_MEDICAL = frozenset(
    {"surgeon", "surgeons", "doctor", "doctors", "medic", "medics", "nurse", "nurses", "ward"}
)


def medical_context(sent: Span, lex: Lexicon) -> bool:
    """The sentence or the one before it is set in a hospital or names its staff."""
    from claimledger.extract.sentences import sentence_index

    index = sentence_index(sent.doc)
    k = max(0, bisect_right(index.starts, sent.start) - 1)
    return any(
        t.lower_ in lex.cues.hospital_words or t.lower_ in _MEDICAL
        for s in index.sents[max(0, k - 1) : k + 1]
        for t in s
    )


_AUXILIARIES = frozenset(
    {"were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "also", "later"}
)


def state_after_auxiliary(
    doc: Doc, fig: Figure, limit: int, lex: Lexicon
) -> tuple[str, Span] | None:
    """A bare figure followed by its auxiliaries and a state, whatever the parse made of
    it: "…, including 17 children, and more than 200 were injured" (wounded)."""
    i = fig.end
    while i < limit and doc[i].lower_ in _AUXILIARIES:
        i += 1
    if i == fig.end or i >= limit or doc[i - 1].lower_ in ("also", "later"):
        return None
    word = doc[i].lower_
    if word in lex.measure_adjectives and doc[i].tag_ in ("VBN", "JJ"):
        return lex.measure_adjectives[word], doc[i : i + 1]
    return None


def interviewed(noun: Token) -> bool:
    """People a reporter asked: "two officers we asked", "three soldiers I spoke to",
    "five soldiers interviewed by Reuters" are sources, not a count of troops."""
    doc = noun.doc
    if (
        noun.i + 2 < len(doc)
        and doc[noun.i + 1].lower_ in ("we", "i")
        and doc[noun.i + 2].lemma_.lower() in _INTERVIEW_VERBS
    ):
        return True  # the parse missed the clause: "two officers we asked doubt …"
    for clause in noun.children:
        if clause.i < noun.i or clause.lemma_.lower() not in _INTERVIEW_VERBS:
            continue
        if clause.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in clause.children
        ):
            return True
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            return True
    return False


def one_of_supplied(doc: Doc, fig: Figure, sent: Span, lex: Lexicon) -> tuple[Token, Token] | None:
    """The whole a thing is one of, when what follows says it was supplied: "a Leopard
    tank, one of roughly 80 (that) Germany has delivered to Ukraine", "a launcher, one of
    the dozens that Pyongyang has shipped". Returns the thing's noun and the supply verb."""
    i = fig.qual_start - 1
    if i >= sent.start and doc[i].lower_ == "the":
        i -= 1
    if i - 1 < sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ != "one":
        return None
    one = i - 1
    if one - 1 < sent.start or doc[one - 1].text not in (",", "—", "("):
        return None
    thing = doc[one - 2] if one - 2 >= sent.start else None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    if measure_from_noun(thing, lex) != "materiel" and not names_weapon(doc[one - 2 : one - 1]):
        return None
    for tok in doc[fig.end : min(sent.end, fig.end + 7)]:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ("have", "be"):
            continue
        if tok.pos_ == "VERB":
            return (thing, tok) if tok.lemma_.lower() in _SUPPLY else None
        if tok.is_punct:
            return None
    return None


def bodies_received_by(noun: Token, lex: Lexicon) -> str | None:
    """The side that receives its dead back: "the Russian side received 43 bodies"."""
    if noun.lemma_.lower() not in lex.cues.body_nouns and noun.lower_ not in lex.cues.body_nouns:
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    taker: Token | None = None
    if noun.dep_ == "dobj" and lemma in ("receive", "get", "accept", "collect"):
        taker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif noun.dep_ in ("nsubjpass", "dobj") and lemma in (
        "return",
        "repatriate",
        "hand",
        "transfer",
        "give",
        "send",
    ):
        # "the bodies of 700 soldiers were returned to Ukraine", "returned 43 bodies to Russia"
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        taker = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
        if taker is None and noun.dep_ == "dobj":
            return partner_side(verb)  # "Russia handed over 562 bodies; Kyiv returned 41"
    if taker is None:
        return None
    return side_of_text(noun.doc[taker.left_edge.i : taker.i + 1].text)


def partner_side(verb: Token) -> str | None:
    """In a swap told in two clauses, the side of the other clause's subject, when it
    differs from this one's: "Russia handed over 562 bodies; Kyiv returned 41" gives
    Kyiv for "handed over" and Russia for "returned"."""
    if verb.dep_ == "conj" or verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i:
        other: Token | None = verb.head
    else:
        other = next(
            (c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.i < verb.i),
            None,
        )
    if (
        other is None
        or other.lemma_.lower() not in _SWAP_VERBS
        or not any(t.text in (";", "and", ",") for t in _between(verb, other))
    ):
        return None
    own, theirs = _subject_side(verb), _subject_side(other)
    return theirs if theirs is not None and own is not None and theirs != own else None


def _between(a: Token, b: Token) -> Span:
    lo, hi = sorted((a.i, b.i))
    return a.doc[lo + 1 : hi]


def _subject_side(verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return side_of_text(subject.doc[subject.left_edge.i : subject.i + 1].text)


def _troops(tok: Token, lex: Lexicon) -> bool:
    """A noun of a side's personnel, not of civilians: "soldiers", "troops"."""
    return measure_from_noun(tok, lex) == "personnel" and tok.lower_ not in CIVILIAN_NOUNS


def present_or_gone(tok: Token, lex: Lexicon) -> Token | None:
    """The verb that puts a bare figure somewhere or says it has gone: "13,000 have
    gone", "several thousand remain in Kursk", "several thousand are still there"."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in lex.cues.presence_verbs:
        return None
    if verb.lemma_.lower() == "go":
        return verb if not any(c.dep_ in ("xcomp", "dobj") for c in verb.children) else None
    placed = any(
        c.dep_ == "advmod"
        and c.lower_ in ("there", "here")
        or c.dep_ == "prep"
        and c.lower_ in ("in", "at", "inside")
        and any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
        for c in verb.children
    )
    return verb if placed else None


def placed_at_war(noun: Token, lex: Lexicon) -> Token | None:
    """The verb that puts nationals of one side in a land at war, where they are troops:
    "Some 11,000 North Koreans are in Russia's Kursk region", "there are 11,000 North
    Koreans in Kursk" (not "2 million Ukrainians are in Poland")."""
    own = side_of_text(noun.text) if noun.tag_ in ("NNS", "NNPS") else None
    verb = noun.head
    raised = [c for c in verb.children if c.dep_ == "xcomp"] if noun.dep_ == "nsubjpass" else []
    if raised:
        verb = raised[0]  # "are thought to be in Russia"
    if own is None or verb.lemma_.lower() not in lex.cues.presence_verbs - {"go"}:
        return None
    if noun.dep_ != "nsubj" and not raised and not (
        noun.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)
    ):
        return None
    for prep in (*verb.children, *noun.children):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside") or obj is None:
            continue
        where = land_side(obj)
        if where in lex.events.belligerents and where != own:
            return verb
    return None


def per_day(doc: Doc, start: int, limit: int, lex: Lexicon) -> bool:
    """A phrase of one day opens at ``start``: "in a day", "over the past 24 hours"."""
    words = [t.lower_ for t in doc[start : min(limit, start + 5)]]
    return any(tuple(words[: len(p)]) == p for p in lex.cues.per_day_phrases)


def daily_average(doc: Doc, fig: Figure, noun: Token | None, sent: Span, lex: Lexicon) -> bool:
    """ "an average of 1,260 soldiers a day": a rate, not a count."""
    k = fig.qual_start - 1
    if k > sent.start and doc[k].lower_ == "of":
        k -= 1
    if k < sent.start or doc[k].lemma_.lower() not in lex.cues.average_words:
        return False
    after = noun.i + 1 if noun is not None and noun.i >= fig.end else fig.end
    return per_day(doc, after, sent.end, lex)


def per_unit_rate(doc: Doc, fig: Figure, noun: Token | None, sent: Span, lex: Lexicon) -> bool:
    """ "lost about 1,500 soldiers a day", "hundreds of men a week": a rate, not a count
    (a phrase of the rates right after the count; "in a day" is a day's tally)."""
    after = noun.i + 1 if noun is not None and noun.i >= fig.end else fig.end
    words = tuple(t.lower_ for t in doc[after : min(sent.end, after + 3)])
    return words[:2] in lex.cues.rate_phrases and words[2:] != ("ago",)  # "a month ago"


def state_before_noun(fig: Figure, noun: Token, lex: Lexicon) -> tuple[str, Span] | None:
    """ "two captured North Korean sergeants", "five wounded soldiers": the state an
    adjective between the figure and the people noun names."""
    for child in noun.children:
        if child.dep_ == "amod" and fig.end <= child.i < noun.i:
            state = lex.measure_adjectives.get(child.lower_)
            if state is not None:
                return state, _tok_span(child)
    return None


def classify(
    doc: Doc, fig: Figure, sent: Span, lex: Lexicon, antecedent: Token | None = None
) -> Measure | None:
    """Decide the measure of a figure, or None when it counts nothing we track.

    ``antecedent`` is the noun a figure without one stands for ("hundreds more"
    after "the drones"), found by the caller.
    """
    limit = sent.end
    noun = counted_noun(doc, fig, limit)
    if state_before_gerund(doc, fig, noun, lex) or (
        noun is not None
        and noun.lower_ == "others"
        and antecedent is not None
        and measure_from_noun(antecedent, lex) == "materiel"
    ):
        noun = None  # "67 drones were shot down and 43 others were lost": more drones
    anchor_tok = noun if noun is not None else doc[fig.end - 1]
    if noun is not None and (
        noun.lower_ in lex.not_counted or noun.lemma_.lower() in lex.not_counted
    ):
        return None
    if daily_average(doc, fig, noun, sent, lex) or per_unit_rate(doc, fig, noun, sent, lex):
        return None  # "lost an average of 1,260 soldiers a day", "1,500 soldiers a day": rates
    if noun is not None and noun.lemma_.lower() in lex.cues.classifier_nouns and noun.i >= fig.end:
        # "100 units of 240mm rocket launchers", "two batches of shells": the things counted.
        inner = next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if inner is not None and measure_from_noun(_np_head(inner, limit), lex) == "materiel":
            noun = _np_head(inner, limit)
            anchor_tok = noun
    if noun is not None and noun.lemma_.lower() in lex.cues.formation_nouns and noun.i >= fig.end:
        if strength_of(doc, fig, lex):
            # "A 2,000-strong North Korean unit was deployed": the unit's size in people
            befell = measure_from_predicate(noun, lex, people=True, sent=sent)
            if befell is not None and befell[0] in PEOPLE_MEASURES:
                return Measure(befell[0], noun, befell[1], noun_phrase(doc, fig, noun))
            return Measure("personnel", noun, _tok_span(noun), noun_phrase(doc, fig, noun))
        return None  # "one North Korean battalion", "two brigades": units, not heads
    whole = one_of_supplied(doc, fig, sent, lex)
    if whole is not None:
        giver = next((c for c in whole[1].children if c.dep_ == "nsubj"), None)
        side = (
            side_of_text(doc[giver.left_edge.i : giver.i + 1].text) if giver is not None else None
        )
        return Measure(
            "materiel", whole[0], _tok_span(whole[1]), noun_phrase(doc, fig, None), side=side
        )
    if doc[fig.start].lower_ == "one" and fig.end < limit and doc[fig.end].lower_ == "of":
        return None  # "one of them", "one of the soldiers": someone, not a count
    if after_fraction(doc, fig) or part_of_whole(doc, fig):
        # "40% of the 11,000 troops", "3,000 of the 11,000 had been killed": the whole.
        if noun is not None and measure_from_noun(noun, lex) in ("personnel", None) and (
            is_people_noun(noun, lex)
        ):
            own = measure_from_predicate(noun, lex, people=True, sent=sent)
            after_noun = doc[noun.i + 1] if noun.i + 1 < sent.end else None
            if own is None and after_noun is not None and after_noun.dep_ == "acl":
                # the parse hangs "captured" on "One" of "One of three soldiers captured"
                own = measure_from_predicate(after_noun.head, lex, people=True, sent=sent)
                own = own if own is not None and own[1].root.i == after_noun.i else None
            if own is not None and own[0] in PEOPLE_MEASURES:
                # "one of two North Korean soldiers captured by Ukraine": the whole's own clause.
                return Measure(own[0], noun, own[1], noun_phrase(doc, fig, noun))
            return Measure("personnel", noun, _tok_span(noun), noun_phrase(doc, fig, noun))
        named = measure_from_noun(noun, lex) if noun is not None else None
        if named in PEOPLE_MEASURES:
            # "one of 205 prisoners of war returned in the swap": the whole counts captives
            return Measure(named, noun, _tok_span(noun), noun_phrase(doc, fig, noun))
        return None
    if noun is not None and in_groups_of(noun, fig, lex):
        return None  # "attacking in small groups of 10 to 15 personnel": a size, not a count
    after = (noun.i + 1) if noun is not None and noun.i >= fig.end else fig.end
    phrase = measure_from_phrase(doc, after, limit, lex)
    if phrase is not None and noun is not None and noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
        main = _as_state(verb, lex) if phrase[1].end <= verb.i else None
        if main is None and phrase[1].end <= verb.i and _in_captivity_prep(verb, lex):
            main = "captured"  # "… listed as missing had been confirmed alive in captivity"
        if main is not None and main != phrase[0]:
            # "18 soldiers listed as missing in March had been confirmed as prisoners of
            # war": what the main verb says beats the words that describe the subject
            return Measure(main, noun, _tok_span(verb), noun_phrase(doc, fig, noun))
    if phrase is not None and phrase[0] in ("casualties", "captured", "missing"):
        # "The released include 23 men who had been listed as missing": the group they
        # are part of says what they are now
        included = measure_from_inclusion(anchor_tok, sent, lex)
        if included is not None:
            return Measure(included[0], noun, included[1], noun_phrase(doc, fig, noun))
        return Measure(phrase[0], noun, phrase[1], noun_phrase(doc, fig, noun))
    if in_captivity(noun, anchor_tok, lex):
        return Measure(
            "captured",
            noun,
            _tok_span(noun if noun is not None else anchor_tok.head),
            noun_phrase(doc, fig, noun),
        )
    home = home_from_swap(noun, sent, lex)
    if home is not None:
        return Measure("captured", noun, _tok_span(home), noun_phrase(doc, fig, noun))
    before = measure_before(doc, fig, sent, lex) or losses_of(doc, fig, sent, lex)
    if before is not None:
        return Measure(before[0], noun, before[1], noun_phrase(doc, fig, noun))
    group = formation_size(doc, fig, lex) if noun is None else None
    if group is not None:
        befell = measure_from_predicate(group, lex, people=True, sent=sent)
        if befell is not None and loses_a_part(befell[1].root, group):
            befell = None  # "The contingent, estimated at 12,000, … lost 4,000 soldiers"
        if befell is not None and befell[0] in PEOPLE_MEASURES:
            return Measure(befell[0], None, befell[1], noun_phrase(doc, fig, None))
        return Measure("personnel", None, _tok_span(group), noun_phrase(doc, fig, None))
    state = measure_of_the_state(doc, fig, limit, lex)
    if state is not None:
        return Measure(state[0], None, state[1], noun_phrase(doc, fig, None))
    included = measure_from_inclusion(anchor_tok, sent, lex)
    if included is not None:
        return Measure(included[0], noun, included[1], noun_phrase(doc, fig, noun))
    among = measure_from_among(doc, fig, sent, lex)
    if among is not None:
        return Measure(among[0], noun, among[1], noun_phrase(doc, fig, noun), side=among[2])
    remains = measure_from_remains(doc, fig, lex)
    if remains is not None:
        side = bodies_received_by(remains.root, lex)
        return Measure("killed", noun, remains, noun_phrase(doc, fig, noun), side=side)
    adjective = measure_from_adjective(doc, fig.end, limit, lex) if noun is None else None
    head = doc[fig.end - 1].head
    if adjective is None and noun is None and fig.end < head.i < min(limit, fig.end + 4):
        # "40 Russian dead": the state adjective the figure hangs on, past a demonym
        adjective = measure_from_adjective(doc, head.i, limit, lex)
    if adjective is not None:
        return Measure(adjective[0], None, adjective[1], noun_phrase(doc, fig, None))
    total = measure_from_total(doc, fig, anchor_tok, sent, lex)
    if total is None and noun is None:
        total = measure_from_copula(doc, fig, anchor_tok, lex) or bound_of_a_count(anchor_tok, lex)
    if total is None and noun is not None and is_people_noun(noun, lex):
        total = harm_named_by_copula(noun, lex)  # "The dead are 25 adults and six children"
    if (
        total is not None
        and total.anaphoric
        and noun is not None
        and noun.i >= fig.end
        and measure_from_noun(noun, lex) not in (None, "personnel")
    ):
        total = None  # "put the figure at about 3,300 casualties": the noun says what it counts
    if total is not None:
        return Measure(
            total.measure,
            noun,
            total.cue,
            noun_phrase(doc, fig, noun),
            side=total.side,
            anaphoric=total.anaphoric,
            total=total.total,
        )
    noun_measure = measure_from_noun(noun, lex) if noun is not None else None
    if (
        noun_measure is None
        and noun is not None
        and noun.i >= fig.end
        and names_weapon(doc[fig.end : noun.i + 1])
    ):
        noun_measure = "materiel"  # "2,400 Shahed-136s"
    if noun_measure == "captured" and noun is not None:
        fate = measure_from_predicate(noun, lex, people=True, sent=sent)
        if fate is not None and fate[0] == "killed":
            # "executed at least 250 prisoners of war", "12 POWs died": the captives' death
            return Measure("killed", noun, fate[1], noun_phrase(doc, fig, noun))
    if noun_measure is not None and noun_measure != "personnel":
        side = bodies_received_by(noun, lex) if noun_measure == "killed" else None
        return Measure(noun_measure, noun, _tok_span(noun), noun_phrase(doc, fig, noun), side=side)

    stands_for = noun if noun is not None else antecedent
    people = stands_for is None or _people_noun(stands_for, lex)
    if noun is not None and not people:
        return None
    if (
        noun is None
        and antecedent is not None
        and not people
        and measure_from_noun(antecedent, lex) == "materiel"
    ):
        # "has since sent hundreds more" after "the drones": more of the same things.
        pred = measure_from_predicate(
            anchor_tok, lex, people=False, sent=sent
        ) or measure_from_predicate(doc[fig.start], lex, people=False, sent=sent)
        if pred is not None and pred[0] == "materiel":
            return Measure("materiel", antecedent, pred[1], noun_phrase(doc, fig, None))
        if fig.end < limit and doc[fig.end].lower_ in ("more", "others"):
            # "tens of thousands of containers had crossed …, and thousands more were waiting"
            return Measure(
                "materiel", antecedent, doc[fig.end : fig.end + 1], noun_phrase(doc, fig, None)
            )
        people = True  # "several were reported killed": people after all
    heads = noun is not None and noun.dep_ == "pobj" and noun.head.head.i == fig.end - 1
    pred = None
    if heads:
        # "about 4,000 of the 11,000 soldiers first sent to Russia had been killed": what is
        # said of the figure comes before what the noun's own clause says of the whole.
        pred = measure_from_predicate(doc[fig.end - 1], lex, people=True, sent=sent)
    pred = pred or measure_from_predicate(anchor_tok, lex, people=True, sent=sent)
    group = formation_of(noun, lex) if noun is not None else None
    if pred is None and group is not None:
        # "wiped out an entire company of 200 North Koreans": what befell the unit.
        pred = measure_from_predicate(group, lex, people=True, sent=sent)
        if pred is not None and loses_a_part(pred[1].root, group):
            pred = None  # "his battalion of about 500 men lost nearly half of them"
    if pred is None and (noun is None or noun.dep_ == "pobj" and noun.head.head.i == fig.end - 1):
        # "Dozens of Iranian advisers are believed …": the figure heads the phrase.
        pred = measure_from_predicate(doc[fig.end - 1], lex, people=True, sent=sent)
        if pred is None and noun is None:
            pred = measure_from_predicate(doc[fig.start], lex, people=True, sent=sent)
    if pred is None and noun is None:
        pred = state_after_auxiliary(doc, fig, limit, lex)
    adjective = state_before_noun(fig, noun, lex) if noun is not None and people else None
    if adjective is not None and (
        pred is None
        or pred[0] == "personnel"
        or pred[1].start > noun.i
        and any(t.text == "," for t in doc[noun.i : pred[1].start])
    ):
        # "two captured sergeants, one of them wounded": the state of them all
        pred = adjective
    if pred is None and phrase is not None:
        pred = phrase
    if pred is None and noun is not None and people:
        pred = harm_of_whom(noun, lex)  # "suffered losses of up to 5,000 men"
    if pred is not None:
        return Measure(pred[0], noun, pred[1], noun_phrase(doc, fig, noun))
    if (
        noun is not None
        and noun.lemma_.lower() == "patient"
        and (noun.dep_ == "ROOT" or noun.head.pos_ != "VERB")  # not "evacuated 200 patients"
        and medical_context(sent, lex)
    ):
        # "At City Hospital No. 4, a surgeon … 'Thirty-one patients in three nights'"
        return Measure("wounded", noun, _tok_span(noun), noun_phrase(doc, fig, noun))
    if noun is not None and noun_measure == "personnel":
        if interviewed(noun):
            return None  # "two officers we asked doubt it": the writer's sources, no count
        if noun.lower_ in CIVILIAN_NOUNS and unit_size(noun, lex) is None:
            # "about 1,900 people still live in the town", "one woman had been counted
            # twice": people not said to be sent, harmed or held are no count we keep
            return None
        if fig.qual_start > sent.start and doc[fig.qual_start - 1].lower_ in (
            "the",
            "these",
            "those",
            "both",
        ):
            return None  # "the two men, aged 20 and 26": people named before, not a new count
        if noun.lemma_.lower() in lex.cues.tally_nouns and per_day(doc, noun.i + 1, limit, lex):
            # "General Staff: 1,020 occupiers in a day": a daily tally of losses
            return Measure("casualties", noun, _tok_span(noun), noun_phrase(doc, fig, noun))
        return Measure("personnel", noun, _tok_span(noun), noun_phrase(doc, fig, noun))
    placed = placed_at_war(noun, lex) if noun is not None else None
    if placed is not None:
        # "Some 11,000 North Koreans are in Russia's Kursk region": troops, not visitors
        return Measure("personnel", noun, _tok_span(placed), noun_phrase(doc, fig, noun))
    state = state_of_a_part(doc, fig, limit, lex) if noun is None else None
    if state is not None:
        return Measure(state[0], None, state[1], noun_phrase(doc, fig, None))
    if noun is None and antecedent is not None and _troops(antecedent, lex):
        where = present_or_gone(doc[fig.end - 1], lex)
        if where is not None:
            # "Start with the soldiers. More than 13,000 have gone"; "pulled its troops
            # back, though several thousand remain in Kursk": the troops named before
            return Measure("personnel", antecedent, _tok_span(where), noun_phrase(doc, fig, None))
    if (
        noun is None
        and antecedent is not None
        and _troops(antecedent, lex)
        and doc[fig.end : fig.end + 2].text.lower() in ("of them", "of those")
    ):
        # "a second group of soldiers, possibly several thousand of them"
        return Measure(
            "personnel", antecedent, doc[fig.end : fig.end + 2], noun_phrase(doc, fig, None)
        )
    return None

"""Assemble claim records from a parsed article: figures, measures, sides, attribution.

``find_claims(doc)`` is a pure function of the ``Doc``: the same text gives the
same claims. Claim ids are given later by ``api.number_claims``.

Besides the figure-by-figure rules, a few rules look at the article as a whole:

- ``table_measure``: a row of a table ("Killed: 1,500", "Personnel: about
  889,310 (+1,310)") counts what its label says; rows and list items take the
  source of their lead (``layout``).
- ``comparison``: "…, down from a record of 45,000" counts what the figure before it counts.
- ``planned``: pledges and plans ("24 jets pledged", "would include 500
  missiles", "four further systems for next year") are not claims.
- ``victim_side``: a figure whose side nothing in its sentence names takes the
  side the article's other casualty figures name ("we have killed 200").

Example:
    >>> # find_claims(nlp("Officials said 40 soldiers were wounded."))[0].measure -> 'wounded'
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from claimledger.extract.attribution import (
    Attribution,
    QuoteIndex,
    attribute,
    inherited_attribution,
)
from claimledger.extract.context import evidence, figure_fields, location, period, span_of
from claimledger.extract.entities import maker_side, resolve
from claimledger.extract.events import (
    TRANSPORT_NOUNS,
    dismissed_report,
    find_events,
    supply_relation,
)
from claimledger.extract.items import item_name
from claimledger.extract.layout import Layout, Line, fact_source, lead_sentences, separator_at
from claimledger.extract.lexicon import Lexicon, event_words, get_lexicon
from claimledger.extract.measures import (
    CIVILIAN_NOUNS,
    SUPPLY_CUES,
    Measure,
    classify,
    counted_noun,
    dead_among,
    has_supply_cue,
    is_people_noun,
    measure_from_noun,
    measure_from_predicate,
    of_phrase_end,
    partner_side,
    present_or_gone,
    returned_participle,
)
from claimledger.extract.modality import forecast
from claimledger.extract.numbers import Figure, find_figures
from claimledger.extract.parts import parts_of_counts
from claimledger.extract.sentences import doc_text, sent_of, sentence_index
from claimledger.extract.sides import (
    LEAVING_VERBS,
    DocumentSides,
    SupplyRoles,
    agent_side,
    captor_side,
    coordinated_sides,
    is_side_word,
    possessor_side,
    roles_in,
    side_in_phrase,
    side_of_np,
    side_of_sender,
    side_of_sufferer,
    side_of_sufferer_verb,
    side_of_text,
    subject_side_before,
    supplier_and_recipient,
)
from claimledger.extract.tables import table_claims
from claimledger.records import Claim, TextSpan
from claimledger.resolve.names import singular

# Words that may stand between two coordinated figures when the second leaves
# its verb unsaid: "believed to have been killed and a further 1,000 injured".
_ELLIPSIS_GAP = frozenset(
    {"and", "or", ",", "a", "an", "further", "another", "additional", "while", "with", "plus"}
)
_SUPPLY_NOUNS = frozenset(
    {
        "delivery",
        "deliveries",
        "shipment",
        "shipments",
        "supply",
        "supplies",
        "transfer",
        "transfers",
        "consignment",
        "consignments",
        "aid",
        "package",
        "packages",
    }
)
_HARM_MEASURES = frozenset({"killed", "wounded", "casualties", "captured", "missing"})
_PARTITIVE = frozenset({"those", "them", "these", "whom"})
_WINDOW_AFTER = 12


@dataclass
class _Found:
    figure: Figure
    measure: Measure
    attribution: Attribution
    sent: Span
    last: int
    subject: str | None
    weak_subject: bool
    index: int
    item: str | None = None


def is_question(sent: Span) -> bool:
    """A question asks, it does not claim: "What weapons has North Korea sent?"."""
    last = sent.end - 1
    while last > sent.start and (
        sent.doc[last].is_space or sent.doc[last].text in ("”", '"', "’", "'")
    ):
        last -= 1
    return sent.doc[last].text == "?"


def supplied(anchor: Token, sent: Span, lex: Lexicon) -> bool:
    """Materiel that is supplied, not used, destroyed or made: the verbs above it decide.

    "delivered 50 missiles" yes; "shells fell on the town", "launched 48 drones",
    "assembled 6,000 drones" no; "containers of ammunition crossed into Russia" yes.
    """
    cues = lex.cues
    for child in anchor.children:
        if child.dep_ in ("acl", "amod") and child.tag_ == "VBN":
            lemma = child.lemma_.lower()
            if lex.measure_verbs.get(lemma) == "materiel":
                return True
    if _route_between_sides(anchor):
        return True  # "40 trainloads of military cargo crossing from North Korea into Russia"
    node = anchor
    steps = 0
    while steps < 6:
        head = node.head
        if head == node:
            break
        if node.dep_ not in ("conj", "appos"):
            steps += 1  # "9,750 tanks, 20,282 vehicles, … 331 helicopters": one list
        lemma = head.lemma_.lower()
        if (
            head.pos_ in ("NOUN", "PROPN")
            and head.lower_ in _SUPPLY_NOUNS | SUPPLY_CUES
            and node.dep_ == "pobj"
        ):
            return True
        if head.pos_ in ("VERB", "AUX"):
            if lex.measure_verbs.get(lemma) == "materiel":
                return True
            if lemma in cues.not_supply_verbs:
                return False
            if lemma in cues.arrival_verbs and _reaches_a_side(head):
                return True
            if lemma == "include" and any(
                c.dep_ == "nsubj" and c.lower_ in _SUPPLY_NOUNS for c in head.children
            ):
                return True
        node = head
    relation = supply_relation(anchor, lex)
    if relation is not None and relation[0] == "transport":
        return True  # "about 40 Koksan guns on flatcars at Khasan station": on their way
    if carried_load(anchor):
        return True  # "the ships had carried roughly 180,000 shells": the load of a shipment
    return has_supply_cue(sent)


#: A carrier's load verbs and the carriers (packaging and vehicles) whose load is counted.
LOAD_VERBS = event_words("load_verbs")
CARRIERS = event_words("carrier_nouns") | TRANSPORT_NOUNS


def carried_load(anchor: Token) -> bool:
    """The materiel is what a container or vehicle holds or carries: "the containers could
    hold between 7 million and 10 million rounds", "the ships had carried 180,000 shells".

    The verb's subject, or the subject of the verb it completes ("are believed to hold"),
    must be a carrier, so "soldiers carrying rifles" is no load."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        anchor = anchor.head.head  # "12 million rounds of artillery ammunition"
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.lemma_.lower() not in LOAD_VERBS:
        return False
    holders = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "conj") else [])
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and singular(c.lower_) in CARRIERS
        for h in holders
        for c in h.children
    )


def _route_between_sides(anchor: Token) -> bool:
    """The counted phrase runs "from" one side "into" or "to" another: on its way
    between them, whatever the tagger made of the word that moves it."""
    ends: dict[str, str] = {}
    for prep in anchor.subtree:
        leaving = prep.head.lemma_.lower() in LEAVING_VERBS
        if prep.dep_ == "prep" and (prep.lower_ in ("from", "into", "to") or (
            leaving and prep.lower_ == "for"
        )):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            side = side_of_text(obj.doc[obj.left_edge.i : obj.i + 1].text) if obj else None
            if side is not None:
                ends.setdefault("from" if prep.lower_ == "from" else "to", side)
        elif prep.dep_ == "dobj" and leaving:
            # "containers leaving North Korea for Russia": the place left is the start
            side = side_of_text(prep.doc[prep.left_edge.i : prep.i + 1].text)
            if side is not None:
                ends.setdefault("from", side)
    return len(ends) == 2 and ends["from"] != ends["to"]


def _reaches_a_side(verb: Token) -> bool:
    """ "crossed into Russia", "arrived in Ukraine", "reached Russian units"."""
    targets = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "to", "at", "for")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    targets += [c for c in verb.children if c.dep_ == "dobj"]
    return any(side_of_text(t.doc[t.left_edge.i : t.i + 1].text) for t in targets)


def _used_up(anchor: Token, lex: Lexicon) -> bool:
    """The verb over the materiel uses or destroys it ("has fired 40 missiles")."""
    for node in anchor.ancestors:
        if node.pos_ == "VERB":
            return node.lemma_.lower() in lex.cues.not_supply_verbs
    return False


#: Nouns of the share that completes a promised whole: "handed over the last of the 24 jets
#: it pledged".
_COMPLETING_SHARES = frozenset({"last", "rest", "remainder", "balance", "final"})


def _delivered_as_promised(anchor: Token) -> bool:
    """ "has now delivered all 24 F-16 jets it promised", "has handed Ukraine the last of
    the 24 jets it pledged": the main verb says the promise was kept, so the pledge in the
    relative clause does not make it a plan."""
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _COMPLETING_SHARES:
        anchor = prep.head  # the whole is delivered once its last share is
    verb = anchor.head
    finished = verb.tag_ == "VBG" and verb.head.lemma_.lower() in ("finish", "complete")
    return (
        anchor.dep_ in ("dobj", "nsubjpass")
        and (verb.tag_ in ("VBN", "VBD") or finished)  # "has finished delivering the 39 …"
        and verb.lemma_.lower()
        in ("deliver", "send", "ship", "supply", "transfer", "hand", "provide")
        and not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might")
            for c in verb.children
        )
    )


def planned(anchor: Token, fig: Figure, sent: Span, lex: Lexicon) -> bool:
    """A pledge or plan, not a claim that something happened: "24 jets pledged",
    "a package that would include 500 missiles", "will send 3,000 troops",
    "pledged four further systems for next year", "could send 5,000 more"
    (``modality.forecast``). "may have sent" stays a (speculative) claim.
    """
    cues = lex.cues
    doc = anchor.doc
    speculative = any(
        c.dep_ == "aux" and c.lower_ in lex.speculative_words
        for a in anchor.ancestors
        for c in a.children
    )
    # "18 of the 24 jets pledged": the pledge is said of the 24, not of the 18.
    partitive = fig.end < len(doc) and doc[fig.end].lower_ == "of"
    if not partitive and not _delivered_as_promised(anchor):
        for child in anchor.children:
            if child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in cues.pledge_verbs:
                return True
    node = anchor
    for _ in range(5):
        head = node.head
        if head == node:
            break
        if (
            head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in ("include", "contain", "comprise", "feature")
            and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in cues.pledge_nouns for c in head.children
            )
        ):
            return True  # "The package includes 20 Bradley vehicles": promised, not delivered
        if head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if (
                lemma in lex.hedge_verbs
                and node.dep_ in ("ccomp", "xcomp")
                and lemma not in cues.pledge_verbs
            ):
                break  # a reporting verb: what it reports was decided below
            if lemma in cues.pledge_verbs:
                return True
            if any(c.dep_ == "aux" and c.lower_ in cues.future_words for c in head.children) and (
                lemma not in lex.cue_lemmas
            ):
                return True  # "will send" (but "I would put the figure at" only hedges)
            if any(
                c.dep_ == "aux" and c.lower_ == "to" for c in head.children
            ) and head.head.lemma_.lower() in (
                "be",
                "set",
                "due",
                "expect",
                "plan",
                "intend",
                "prepare",
                "aim",
            ):
                return True
        node = head
    if any(a.lower_ == "enough" for a in list(anchor.ancestors)[:5]):
        return True  # "enough to hold 6 million rounds": a capacity, not a count
    after = anchor.i + 1 if anchor.i >= fig.end - 1 else fig.end
    if after < sent.end and doc[after].lower_ in ("due", "expected", "scheduled"):
        return True  # "with a further 1,500 due by the end of the year": still to come
    if forecast(anchor, lex):
        return True  # "could send as many as 5,000 more soldiers": a forecast
    if speculative:
        return False  # "may have sent up to 5,000": a (speculative) claim about the past
    tail = [t.lower_ for t in doc[fig.end : min(sent.end, fig.end + 12)]]
    return any(
        tuple(tail[k : k + len(p)]) == p
        for p in cues.future_phrases
        for k in range(len(tail) - len(p) + 1)
    )


_DENYING = frozenset({"deny", "dismiss", "reject", "refute", "disprove", "debunk"})
_NOBODY = frozenset({"none", "nobody", "neither", "no-one", "nothing"})


def denied(anchor: Token, measure: Measure, lex: Lexicon) -> bool:
    """The figure is said not to be so: its verb is negated ("have not been killed"),
    has no one as subject ("none comes close to 40,000 dead") or denies it ("denied
    that 300 drones were sent"). Stops at a reporting verb: "Kyiv did not say how
    many" is no matter of the figure's; "X said 12 were not freed" is."""
    if dismissed_report(anchor):
        return True  # "called reports that 300 drones were sent 'a fabrication'"
    starts = [anchor]
    if measure.cue is not None:
        starts.append(measure.cue.root)
    for start in starts:
        chain = [start]
        while len(chain) < 6 and chain[-1].head != chain[-1]:
            if chain[-1].dep_ == "conj" and chain[-1].pos_ in ("VERB", "AUX"):
                break  # "no training took place and two were wounded": each clause its own
            chain.append(chain[-1].head)
        for node in chain:
            if node.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            lemma = node.lemma_.lower()
            if lemma in _DENYING:
                return True
            for child in node.children:
                if child.dep_ == "neg":
                    return True
                if child.dep_ in ("nsubj", "nsubjpass") and (
                    child.lower_ in _NOBODY
                    or any(c.dep_ == "det" and c.lower_ == "no" and not _bounding_no(c)
                           for c in child.children)
                ):
                    return True
            if lemma in lex.hedge_verbs:
                break
    return False


def _bounding_no(no: Token) -> bool:
    """ "no more than 500 of its soldiers": "no" bounds a figure, it negates nothing."""
    nxt = no.nbor(1) if no.i + 1 < len(no.doc) else None
    return nxt is not None and nxt.lower_ in ("more", "fewer", "less")


_VERSIONS = frozenset({"version", "edition", "story", "article", "report", "draft"})
_EARLIER = frozenset({"earlier", "previous", "original", "first", "prior"})
_MODALS = frozenset({"can", "could", "would", "will", "must", "should", "might", "ca", "wo"})


def withdrawn(anchor: Token) -> bool:
    """A figure a correction withdraws: "An earlier version of this story said 1,200 …"
    (the outlet no longer says it; the figure it restates is a claim)."""
    for node in anchor.ancestors:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and child.lemma_.lower() in _VERSIONS
                and any(c.lower_ in _EARLIER for c in child.children)
            ):
                return True
    return False


def conditional(anchor: Token) -> bool:
    """The figure is inside an "if" or "unless" clause."""
    for node in anchor.ancestors:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children
        ):
            return True
    return False


#: Verbs and adjectives whose "whether" or "if" clause is a question, not a claim.
_ASKING = frozenset({"ask", "wonder", "question", "query", "unclear", "uncertain", "know"})


def asked_about(anchor: Token, fig: Figure) -> bool:
    """The figure is inside an embedded question: "asked whether it was true that 20,000
    North Koreans were now in Russia", "wondered if 300 had been killed" (but a definite
    count is taken as known: "whether he is among the 562 bodies Russia returned")."""
    doc = anchor.doc
    if fig.qual_start > 0 and doc[fig.qual_start - 1].lower_ in ("the", "these", "those"):
        return False
    for node in anchor.ancestors:
        mark = next((c for c in node.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in ("whether", "if"):
            continue
        if mark.lower_ == "whether" or node.head.lemma_.lower() in _ASKING:
            return True
    return False


_HOLDING = frozenset({"hold", "carry", "contain", "fit", "accommodate", "take", "load"})


def capacity(anchor: Token) -> bool:
    """What one of a kind holds: "A standard container holds roughly 400 shells", "each
    wagon carries 60 rounds" gives a capacity, not a count of anything sent."""
    node = anchor
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head != node:
        node = node.head
    verb = node.head
    if (
        node.dep_ != "dobj"
        or verb.lemma_.lower() not in _HOLDING
        or verb.tag_ not in ("VBZ", "VBP")
    ):
        return False
    return any(
        c.dep_ == "nsubj"
        and any(
            d.dep_ == "det" and d.lower_ in ("a", "an", "each", "every", "one") for d in c.children
        )
        for c in verb.children
    )


def hypothetical(anchor: Token) -> bool:
    """A figure in a present-tense relative clause on an indefinite, generic noun in a
    sentence with a modal: "A regime that loses 2,000 men a month and admits none
    cannot last" states no count; nor does one in a condition: "If Kim sends the
    thousands more that Seoul expects, …"."""
    if conditional(anchor):
        return True
    for node in anchor.ancestors:
        if node.dep_ != "relcl":
            continue
        noun = node.head
        if node.tag_ not in ("VBZ", "VBP") or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in noun.children
        ):
            return False
        sent = sent_of(noun)
        return any(t.tag_ == "MD" and t.i > node.i for t in sent)
    return False


def _antecedent(
    doc: Doc,
    fig: Figure,
    sent: Span,
    lex: Lexicon,
    back: int = 0,
    plural: bool = False,
    people: bool = False,
) -> Token | None:
    """What a figure without a noun stands for: the nearest people or materiel noun
    before it in its sentence ("supplied the drones …, and has since sent hundreds
    more"; "Dozens of advisers …, and several were reported killed"), or in the
    ``back`` sentences before it."""
    lo = sent.start
    if back:
        index = sentence_index(doc)
        k = bisect_right(index.starts, sent.start) - 1
        lo = index.starts[max(0, k - back)]
    for k in range(fig.qual_start - 1, lo - 1, -1):
        tok = doc[k]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        if plural and tok.tag_ not in ("NNS", "NNPS"):
            continue  # "them" stands for a plural
        measure = measure_from_noun(tok, lex)
        if measure == "materiel" and not people or is_people_noun(tok, lex):
            holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if holder is not None and measure_from_noun(holder, lex) == "materiel":
                return holder  # "containers of ammunition": the containers are counted
            return tok
    return None


def comparison(doc: Doc, fig: Figure, sent: Span, lex: Lexicon) -> bool:
    """ "…, down from a record of more than 45,000": a figure set against the one before."""
    start = fig.qual_start
    if start - 1 >= sent.start and doc[start - 1].lower_ in ("the", "a"):
        start -= 1  # "down from the nearly 4,000 it reported"
    cues = lex.cues.comparison_cues
    # the words before the figure, read once for every cue
    first = max(sent.start, start - max(map(len, cues), default=0))
    before = [t.lower_ for t in doc[first:start]]
    for cue in cues:
        n = len(cue)
        if start - n >= sent.start and tuple(before[len(before) - n :]) == cue:
            return True
    return _earlier_estimate_of(doc, start, sent, lex)


def _compared_count(found: list[_Found], sent: Span, prev: _Found) -> _Found:
    """The count a figure is set against: the sentence's last that is no included part."""
    return next(
        (f for f in reversed(found) if f.sent.start == sent.start and not _included_part(f)),
        prev,
    )


def _earlier_estimate_of(doc: Doc, start: int, sent: Span, lex: Lexicon) -> bool:
    """ "up from an estimate of 4,300 given in June", "down from a previous tally of
    900": the figure a revision starts from, named by a count noun."""
    k = start - 1
    if k - 2 < sent.start or doc[k].lower_ != "of":
        return False
    noun = doc[k - 1]
    if noun.lemma_.lower() not in lex.cues.total_nouns:
        return False
    k -= 2
    while k > sent.start and doc[k].lower_ in _EARLIER_WORDS:
        k -= 1
    return doc[k].lower_ == "from"


# "from an earlier estimate of …": the words between "from" and the count noun
_EARLIER_WORDS = frozenset({"a", "an", "the", "its", "their", "his", "her", "earlier", "previous",
                            "prior", "initial", "original", "last", "own"})


def _revised_from(doc: Doc, start: int, sent: Span) -> bool:
    """ "revised its estimate down to about 1,050 this month, from roughly 1,300": the
    figure after "from" that a figure reached "to" earlier in the sentence was revised
    from."""
    if start - 1 <= sent.start or doc[start - 1].lower_ != "from":
        return False
    for k in range(start - 2, sent.start, -1):
        if doc[k].text in (";", ".") or doc[k].lower_ in ("and", "but", "while"):
            return False
        if doc[k].lower_ == "to" and k + 1 < start - 1 and _figure_follows(doc, k + 1, start - 1):
            return True
    return False


def _figure_follows(doc: Doc, i: int, end: int) -> bool:
    """A figure within the next three words: "to about 1,050", "to 1,050"."""
    return any(doc[j].like_num for j in range(i, min(i + 3, end)))


def _subset_of(doc: Doc, fig: Figure, sent: Span) -> bool:
    """ "…, including two children", "…, among them four medics": part of the figure before;
    so is a later item of that list ("including two children and three women")."""
    start = fig.qual_start
    if _subset_cue_before(doc, start, sent):
        return True
    noun = doc[fig.end - 1].head
    if noun.dep_ != "conj" or doc[fig.end - 1].dep_ != "nummod":
        return False
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # not past the list: "were home, among them 70 men and 20 …"
    count = next((c for c in first.children if c.dep_ == "nummod" and c.i < first.i), None)
    start = count.left_edge.i if count is not None else first.left_edge.i
    return first is not noun and _subset_cue_before(doc, start, sent)


def _subset_cue_before(doc: Doc, start: int, sent: Span) -> bool:
    before = [t.lower_ for t in doc[max(sent.start, start - 2) : start]]
    return bool(before) and (
        before[-1] in ("including", "incl") or before[-2:] == ["among", "them"]
    )


def _partitive_of_earlier(doc: Doc, fig: Figure, sent: Span) -> bool:
    """ "Of those, 350 were killed", "150 of them", "of whom perhaps 150,000": the
    people counted before."""
    before = [t.lower_ for t in doc[max(sent.start, fig.qual_start - 4) : fig.qual_start]]
    after = [t.lower_ for t in doc[fig.end : min(sent.end, fig.end + 3)]]
    return (
        any(a == "of" and b in _PARTITIVE for a, b in zip(before, before[1:], strict=False))
        or len(after) >= 2
        and after[0] == "of"
        and after[1] in _PARTITIVE
        # "10 of the injured were taken to hospital": some of the people counted before
        or after[:2] == ["of", "the"]
        and len(after) == 3
        and after[2] in ("injured", "wounded", "dead", "killed", "victims", "missing", "captured")
    )


def table_measure(
    doc: Doc, fig: Figure, line: Line, layout: Layout, lex: Lexicon
) -> Measure | None | bool:
    """What a table row's figure counts, from its label: "Killed: 1,500" -> killed;
    "Personnel: about 889,310 (+1,310)" in a table of losses -> casualties (both
    figures). Rows of destroyed equipment ("Tanks: 10,214") are no claims: False.
    None when the figure is not the row's value.
    """
    label = (line.label or "").lower()
    start_char = doc[fig.start].idx
    head = separator_at(line)
    if (
        head < 0
        or start_char > line.start + len(line.text.rstrip())
        or start_char < line.start + head
    ):
        return None
    # Only the value and a bracketed change belong to the label.
    between = doc_text(doc)[line.start + head + 1 : start_char]
    if (
        between.strip(" ~(+")
        and between.strip().lower().strip("(+ ")
        not in (
            "about",
            "around",
            "some",
            "over",
            "more than",
            "at least",
            "up to",
            "nearly",
            "almost",
            "roughly",
            "approximately",
        )
        and ")" not in between
    ):
        if not between.rstrip().endswith("("):
            return None
    measure = lex.cues.table_labels.get(label)
    if measure is None:
        words = label.split()
        last = words[-1] if words else ""
        measure = lex.measure_nouns.get(last) or lex.measure_nouns.get(last.rstrip("s"))
        if measure == "materiel":
            return False if layout.is_loss_table(line) else None
        if measure is None:
            return False if layout.is_loss_table(line) else None
    if measure == "personnel" and layout.is_loss_table(line):
        measure = "casualties"
    cue = doc.char_span(line.start, line.start + len(line.label or ""), alignment_mode="expand")
    return Measure(measure, None, cue, doc[fig.qual_start : fig.end])


def restates_total(anchor: Token, lex: Lexicon) -> bool:
    """The materiel is what a total that a copula gives counts: "the total could be as
    high as 8 million shells" (the total of the supply told before)."""
    node = anchor
    for _ in range(3):
        if node.dep_ in ("attr", "acomp") or node.head == node:
            break
        if node.dep_ == "pobj" and node.head.lower_ == "at":
            # "the spy agency put the total at 6 million rounds"
            verb = node.head.head
            return verb.lemma_.lower() in ("put", "place", "peg", "estimate") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex.cues.total_nouns for c in verb.children
            )
        node = node.head
    verb = node.head
    if verb.lemma_.lower() not in ("be", "stand", "reach"):
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.cues.total_nouns for c in verb.children
    )


def row_route(line: Line) -> SupplyRoles | None:
    """A row labelled with a route counts what went along it: "North Korea to Russia:
    6 million rounds", "Czech-led initiative to Ukraine: 1.5 million rounds"."""
    if not line.in_block or not line.label or " to " not in line.label:
        return None
    giver, _to, taker = line.label.rpartition(" to ")
    supplier, recipient = side_of_text(giver), side_of_text(taker)
    if supplier is None or recipient is None or supplier == recipient:
        return None
    return SupplyRoles(supplier, recipient)


def _line_first(doc: Doc, line: Line) -> int:
    """The first word of a line, after its bullet."""
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    if span is None:
        return -1
    for tok in span:
        if not (tok.is_space or tok.is_punct or tok.text in ("•", "*", "▪")):
            return tok.i
    return -1


def _fact_source(doc: Doc, line: Line) -> Attribution | None:
    """ "4,000: soldiers killed or wounded (Ukraine)": the brackets that end a fact
    line name its source; "(US estimates)" is an estimate."""
    where = fact_source(line)
    if where is None:
        return None
    span = doc.char_span(where[0], where[1], alignment_mode="contract")
    if span is None or not len(span):
        return None
    if not (side_of_text(span.text) or any(t.pos_ == "PROPN" for t in span)):
        return None
    words = {t.lemma_.lower() for t in span}
    hedge = "believed" if words & {"estimate", "assessment", "estimation"} else "reported"
    return Attribution(span, (), hedge, None)


def _parenthesised_source(doc: Doc, layout: Layout, line: Line, lex: Lexicon) -> Attribution | None:
    """ "THE TOLL (Ukrainian estimates)": the brackets of a table's lead name its source."""
    lead = layout.lead_of(line)
    if lead is None or "(" not in lead.text or ")" not in lead.text:
        return None
    open_at = lead.start + lead.text.index("(") + 1
    close_at = lead.start + lead.text.index(")")
    span = doc.char_span(open_at, close_at, alignment_mode="contract")
    if (
        span is None
        or not len(span)
        or not (side_of_text(span.text) or any(t.pos_ == "PROPN" for t in span))
    ):
        return None
    hedge = "believed" if layout.is_estimate_table(line) else "reported"
    return Attribution(span, (), hedge, None)


def find_claims(doc: Doc, lex: Lexicon | None = None) -> list[Claim]:
    """Every quantity and event claim in ``doc`` (claim ids unset)."""
    lex = lex or get_lexicon()
    layout = Layout(doc_text(doc))
    quotes = QuoteIndex(doc, lex, layout)
    sides = DocumentSides(doc)
    claims: list[Claim] = []
    found: list[_Found] = []
    withdrawn_found: list[_Found] = []  # referents only: "The figure given by X is 1,100"
    for fig in find_figures(doc, lex):
        first = doc[fig.start]
        if layout.skipped(first.idx):
            continue
        sent = sent_of(first)
        if is_question(sent) or (
            quotes.sources.in_agent(fig.start) and not _speakers_counted_by_fate(doc, fig)
        ):
            continue  # "How many troops has Kim sent?"; "One official told Reuters …"
        line = layout.line_at(first.idx)
        prev = found[-1] if found and found[-1].sent.start == sent.start else None
        pool = _with_withdrawn(found, withdrawn_found)
        decided = _measure_of(doc, fig, sent, line, layout, lex, prev, pool)
        if decided is None:
            continue
        measure, base = decided
        anchor = (
            measure.noun
            if measure.noun is not None and measure.noun.i >= fig.start
            else doc[fig.end - 1]
        )
        if not _stated_as_fact(doc, fig, measure, base, anchor, sent, line, layout, lex, found):
            continue
        if denied(anchor, measure, lex):
            continue  # "No, 40,000 soldiers have not been killed", "none comes close to 40,000"
        if withdrawn(anchor):
            # "An earlier version of this story said 1,200 … had been killed. The figure
            # given by the NIS is 1,100": no claim, but what the restated figure counts
            no_source = Attribution(None, (), "asserted", None)
            withdrawn_found.append(_Found(fig, measure, no_source, sent, fig.end, None, True, -1))
            continue
        if hypothetical(anchor) or capacity(anchor) or asked_about(anchor, fig):
            continue  # "A regime that loses 2,000 men … cannot last", "A container holds 400"
        elliptical = prev is not None and _inherits(prev, fig, doc)
        attribution = _attribution_of(
            doc,
            fig,
            measure,
            base,
            prev if elliptical else None,
            sent,
            line,
            layout,
            quotes,
            lex,
            found,
        )
        if _inside_its_source(fig, attribution):
            counted = doc[fig.end - 1].head
            if counted.lemma_.lower() not in lex.events.people_words:
                continue  # "…, according to two people familiar with the figures"
            # "Two soldiers, captured in January, who have said …": the speakers, counted
            attribution = Attribution(None, (), "asserted", None)
        last = max(
            fig.end,
            fig.qual_end,
            measure.noun.i + 1 if measure.noun is not None and measure.noun.i >= fig.start else 0,
            measure.cue.end if measure.cue is not None and measure.cue.start >= fig.start else 0,
        )
        claim, weak = _quantity_claim(
            doc, fig, measure, attribution, sent, sides, lex, last, found, base, layout, line
        )
        if (
            elliptical
            and prev is not None
            and claim.subject != prev.subject
            and not side_in_phrase(doc, fig.start, last)
        ):
            # "300 North Korean soldiers had been killed and 2,700 wounded": same people.
            claim = claim.replace(subject=prev.subject)
            weak = prev.weak_subject
        split = _each_side(doc, anchor, sent, claim)
        found.append(
            _Found(
                fig,
                measure,
                attribution,
                sent,
                last,
                claim.subject,
                weak and not split,
                len(claims),
                claim.item,
            )
        )
        claims.extend(split or [claim])
    _apply_victim_side(claims, found, sides)
    claims.extend(table_claims(doc, layout, sides, lex))  # "|" tables, on-screen graphics
    claims = parts_of_counts(doc, claims, lex, quotes)  # "Of these, N were …", "Name (N)"
    covered = [(c.evidence.start, c.evidence.end) for c in claims]
    claims.extend(find_events(doc, lex, quotes, sides, covered, layout, claims))
    return claims


#: Participles that tell what befell people: "two soldiers captured by Ukraine".
_FATES = frozenset({"capture", "take", "hold", "wound", "injure", "detain", "imprison"})


def _speakers_counted_by_fate(doc: Doc, fig: Figure) -> bool:
    """Speakers counted by what befell them are a claim too: "Two North Korean soldiers
    captured by Ukraine have said they want to defect" (not "Two officials said")."""
    noun = doc[fig.end - 1]
    while noun.dep_ == "nummod" and noun.head != noun:
        noun = noun.head
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _FATES for c in noun.children
    )


def _enemy(noun: Token) -> bool:
    """ "enemy soldiers", "the enemy's troops", "enemy personnel": people named by whom
    they fight."""
    return any(
        c.lower_ == "enemy" and c.dep_ in ("amod", "compound", "poss", "nmod")
        for c in noun.children
    )


def _with_withdrawn(found: list[_Found], withdrawn: list[_Found]) -> list[_Found]:
    """The figures an anaphor may refer to: the claims found and figures a correction
    withdrew, in text order."""
    if not withdrawn:
        return found
    return sorted(found + withdrawn, key=lambda f: f.figure.start)


def _measure_of(
    doc: Doc,
    fig: Figure,
    sent: Span,
    line: Line,
    layout: Layout,
    lex: Lexicon,
    prev: _Found | None,
    found: list[_Found],
) -> tuple[Measure, _Found | None] | None:
    """What a figure counts, and the earlier figure it takes that from, if any:
    a table row's label, the figure it is compared with or is a part of, the
    count "the figure" refers back to, or its own words (``classify``); in a
    transcript's answer, what the question asked about (``asked_measure``)."""
    decided = _figure_measure(doc, fig, sent, line, layout, lex, prev, found)
    if line.kind != "answer" or decided is not None and not decided[0].anaphoric:
        return decided
    if decided is not None and decided[1] is not None and decided[1].sent.start >= line.start:
        return decided  # "the figure" of this answer
    if counted_noun(doc, fig, sent.end) is not None and decided is None:
        return None  # "3 tanks": the answer says what it counts, and it is none of ours
    asked = asked_measure(doc, layout, line, lex)
    if asked is None:
        return decided
    here = doc[fig.qual_start : fig.end]
    return Measure(asked.measure, asked.noun, asked.cue, here, side=asked.side), None


def _question_supply(doc: Doc, layout: Layout, line: Line) -> bool:
    """The question an answer replies to speaks of supplying ("How many shells has
    Pyongyang sent?")."""
    k = line.index - 1
    while k >= 0 and layout.lines[k].kind in ("blank", "prose"):
        k -= 1
    if k < 0 or layout.lines[k].kind != "question":
        return False
    question = doc.char_span(layout.lines[k].start, layout.lines[k].end, alignment_mode="expand")
    return question is not None and has_supply_cue(question)


def asked_measure(doc: Doc, layout: Layout, line: Line, lex: Lexicon) -> Measure | None:
    """What the question before an answer asks about: "Q: How many of their troops
    have been killed?" / "A: About 2,000." counts the killed; "Is the figure of 12,000
    troops still right?" / "It is closer to 14,000" counts troops."""
    k = line.index - 1
    while k >= 0 and layout.lines[k].kind in ("blank", "answer", "prose"):
        if layout.lines[k].kind == "answer":
            return None  # another answer between: its question is not this one's
        k -= 1
    if k < 0 or layout.lines[k].kind != "question":
        return None
    question = doc.char_span(layout.lines[k].start, layout.lines[k].end, alignment_mode="expand")
    if question is None:
        return None
    tokens = [t for t in question if not t.is_space]
    found = _measure_in_question(tokens, lex)
    if found is None:
        return None
    measure, cue = found
    side = side_in_phrase(doc, cue.left_edge.i, cue.i + 1) if cue.pos_ == "NOUN" else None
    return Measure(measure, None, doc[cue.i : cue.i + 1], None, side=side)


def _measure_in_question(tokens: list[Token], lex: Lexicon) -> tuple[str, Token] | None:
    """The measure a question asks about: a harm it names ("killed", "casualties"),
    else people or materiel sent ("troops", "shells sent")."""
    people = materiel = None
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "ADJ") and (
            tok.lower_ in lex.measure_adjectives or lex.measure_verbs.get(lemma) in _HARM_MEASURES
        ):
            return lex.measure_adjectives.get(tok.lower_) or lex.measure_verbs[lemma], tok
        named = measure_from_noun(tok, lex) if tok.pos_ in ("NOUN", "PROPN") else None
        if named in _HARM_MEASURES:
            return named, tok
        if named == "personnel" and people is None and is_people_noun(tok, lex):
            people = tok
        if named == "materiel" and materiel is None:
            materiel = tok
    if people is not None:
        return "personnel", people
    if materiel is not None:
        return "materiel", materiel
    return None


def totals_the_list(doc: Doc, fig: Figure, sent: Span) -> bool:
    """ ", 6,000 in all", ", 500 in total", ", some 900 altogether": a bare figure set
    after a list by a comma totals it."""
    after = [t.lower_ for t in doc[fig.end : min(sent.end, fig.end + 2)]]
    return (
        fig.qual_start > sent.start
        and doc[fig.qual_start - 1].text == ","
        and (after in (["in", "all"], ["in", "total"]) or after[:1] == ["altogether"])
    )


def _figure_measure(
    doc: Doc,
    fig: Figure,
    sent: Span,
    line: Line,
    layout: Layout,
    lex: Lexicon,
    prev: _Found | None,
    found: list[_Found],
) -> tuple[Measure, _Found | None] | None:
    if line.kind == "row":
        row = table_measure(doc, fig, line, layout, lex)
        own = classify(doc, fig, sent, lex) if row is not None else None
        if own is not None and own.cue is not None and own.cue.start >= fig.end:
            # "Kim's troops: more than 5,000 killed or wounded": the words after the
            # figure say what it counts, not the label before the colon
            return own, None
        if row is False:
            return None
        if row is not None:
            return row, None
    if line.kind == "fact":
        # "• 3,000: reinforcements sent in early 2025 (NIS)": what follows the colon is
        # what the figure counts.
        colon = fig.end
        while colon < sent.end and doc[colon].text in ("+", "k", "m"):
            colon += 1
        if colon < sent.end and doc[colon].text == ":" and fig.qual_start == _line_first(doc, line):
            fact = classify(doc, replace(fig, end=colon + 1), sent, lex)
            return (fact, None) if fact is not None else None
    here = doc[fig.qual_start : fig.end]
    if prev is not None and comparison(doc, fig, sent, lex):
        # "raised it to 3,850, including some 540 killed, up from 2,950": the count compared
        # is the one the included part belongs to
        compared = _compared_count(found, sent, prev)
        return replace(compared.measure, cue=None, noun_phrase=here, total=None), compared
    noun = counted_noun(doc, fig, sent.end)
    stands_for = noun is None or noun.lower_ == "others"
    antecedent = _antecedent(doc, fig, sent, lex) if stands_for else None
    if stands_for and antecedent is None and present_or_gone(doc[fig.end - 1], lex):
        # "Start with the soldiers. More than 13,000 have gone": the sentence before
        antecedent = _antecedent(doc, fig, sent, lex, back=1, people=True)
    measure = classify(doc, fig, sent, lex, antecedent)
    if measure is None and antecedent is not None and totals_the_list(doc, fig, sent):
        # "dispatched military engineers and construction workers, 6,000 in all": the
        # figure totals the list, and what befell the list is its measure
        first = antecedent
        while first.dep_ == "conj" and first.head != first:
            first = first.head  # the list's first item carries the verb
        befell = measure_from_predicate(
            first, lex, people=is_people_noun(antecedent, lex), sent=sent
        )
        if befell is not None:
            measure = Measure(befell[0], None, befell[1], here)
    if measure is None and prev is not None and _revised_from(doc, fig.qual_start, sent):
        compared = _compared_count(found, sent, prev)
        return replace(compared.measure, cue=None, noun_phrase=here, total=None), compared
    if (
        prev is not None
        and _subset_of(doc, fig, sent)
        and (
            measure is None
            or measure.measure == "personnel"
            and prev.measure.measure in _HARM_MEASURES
        )
    ):
        # "killed 11 people, including two children": the children are among the killed.
        return replace(prev.measure, noun=noun, cue=None, noun_phrase=here, total=None), prev
    if (
        measure is not None
        and prev is not None
        and measure.noun is None
        and {measure.measure, prev.measure.measure} == {"personnel", "materiel"}
        and measure.cue is not None
        and measure.cue.root.lemma_.lower() in _SENT_EITHER
    ):
        # "sent 3,000 more soldiers, bringing the total it has dispatched to 14,000": what
        # is dispatched is what the figure before counted
        measure = replace(measure, measure=prev.measure.measure)
    if prev is not None and noun is None and sum_of_harms(doc, fig, sent, found):
        # "1,400 killed and a further 2,900 wounded - about 4,300 in all"
        return replace(
            prev.measure, measure="casualties", cue=None, noun_phrase=here, total=None
        ), prev
    if prev is not None and noun is None and gapped_object(doc, fig, prev):
        # "received the bodies of 909 soldiers and handed 41 to Russia": 41 bodies, and
        # the dead or captives handed to a side are its own
        side = handed_to(doc[fig.end - 1].head)
        gapped = replace(prev.measure, cue=None, noun_phrase=here, total=None)
        return (replace(gapped, side=side) if side else gapped), prev
    gapped_side = gapped_subject(doc, fig, prev) if prev is not None and noun is None else None
    if gapped_side is not None:
        # "Ukraine received 683 bodies and Russia 29": the same count, of the other side
        named = doc[fig.qual_start - 1 : fig.end]  # "Russia 29"
        gapped = replace(prev.measure, cue=None, noun_phrase=named, total=None)
        return replace(gapped, side=gapped_side), prev
    if measure is None and noun is None:
        base = confirmed_count(doc, fig, sent, lex, found)
        if base is not None:
            # "A caller said a dozen had surrendered. Kyiv has confirmed only two."
            return replace(base.measure, cue=None, noun_phrase=here, total=None), base
    if measure is None or not measure.anaphoric:
        return (measure, None) if measure is not None else None
    named = possessed_count(doc, measure, sent, lex)
    if named is not None:
        return named, None
    base = _earlier_count(found, sent)
    if measure.cue is not None and measure.cue.root.lemma_.lower() == "toll":
        base = _earlier_toll(found, sent, base)
        if base is None:
            # "The toll rose to 14 after the strike": with nothing counted before, the dead;
            # "put the toll at about 3,000, including 300 dead": more than the dead
            counts = "casualties" if dead_among(doc, fig, sent, lex) else "killed"
            return replace(measure, measure=counts, noun_phrase=here, anaphoric=False), None
    if base is None:
        return None
    return replace(
        base.measure, cue=measure.cue, noun_phrase=here, anaphoric=True, total=measure.total
    ), base


def _stated_as_fact(
    doc: Doc,
    fig: Figure,
    measure: Measure,
    base: _Found | None,
    anchor: Token,
    sent: Span,
    line: Line,
    layout: Layout,
    lex: Lexicon,
    found: list[_Found] = (),  # type: ignore[assignment]
) -> bool:
    """Materiel must be supplied (not used or destroyed); supply and deployment
    must have happened (not be pledged or planned)."""
    if measure.measure == "materiel" and base is None:
        in_list = line.in_block and layout.lead_of(line) is not None
        lead_cue = in_list and any(has_supply_cue(s) for s in lead_sentences(doc, layout, line)[:1])
        asked_supply = (
            line.kind == "answer"
            and _question_supply(doc, layout, line)
            and not _used_up(anchor, lex)  # "A: … Russia has fired at least 40 of them"
        )
        restated = restates_total(anchor, lex) and any(
            f.measure.measure == "materiel" for f in found
        )
        if not (
            lead_cue
            or asked_supply
            or restated
            or row_route(line) is not None
            or supplied(anchor, sent, lex)
        ):
            return False
    if measure.measure not in ("materiel", "personnel"):
        return not hoped_for(anchor)
    return not planned(anchor, fig, sent, lex)


def hoped_for(anchor: Token) -> bool:
    """What someone hopes, tries or plans to do is no count of what was done: "hoped to
    bring home 'at least 300 more' before Easter"."""
    node = anchor
    for _ in range(4):
        head = node.head
        if head == node:
            return False
        if (
            head.pos_ == "VERB"
            and node.dep_ in ("dobj", "nsubjpass")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            and head.dep_ == "xcomp"
        ):
            wish = head.head
            return wish.lower_ in _HOPE_FORMS or wish.lemma_.lower() in _WISH_VERBS
        node = head
    return False


_WISH_VERBS = frozenset({"hope", "plan", "intend", "aim", "try", "wish", "want", "seek"})
# the tagger's lemma of "hoped" is "hop"
_HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping"})


def _attribution_of(
    doc: Doc,
    fig: Figure,
    measure: Measure,
    base: _Found | None,
    elliptical_of: _Found | None,
    sent: Span,
    line: Line,
    layout: Layout,
    quotes: QuoteIndex,
    lex: Lexicon,
    found: list[_Found],
) -> Attribution:
    """Who says it and how firmly: the figure's own sources, or those of the figure
    it continues ("… and a further 1,000 injured"), of the count it is set against,
    of the count "this number" means, or of a table's or list's lead."""
    anchor = (
        doc[fig.end - 1] if measure.noun is None or measure.noun.i < fig.start else measure.noun
    )
    if elliptical_of is not None:
        attribution = elliptical_of.attribution
    elif base is not None and base.sent.start == sent.start:
        attribution = base.attribution
        mine = attribute(anchor, sent, lex, quotes, figure_start=fig.qual_start)
        if (
            mine.claimant is not None
            and mine.claimant.start >= base.last
            and mine.claimant.end <= fig.qual_start
        ):
            # "… lost about 4,000, while Seoul's spy agency puts the figure at 3,000": a
            # source of its own between the two figures.
            attribution = mine
        own = next(
            (
                c
                for c in doc[fig.end - 1].children
                if c.dep_ == "relcl" and c.lemma_.lower() in lex.hedge_verbs
            ),
            None,
        )
        if own is not None:  # "… down from the 4,000 it reported": reported, by the same source
            attribution = replace(
                attribution,
                hedge=lex.hedge_verbs[own.lemma_.lower()],
                hedge_cue=doc[own.i : own.i + 1],
            )
    else:
        attribution = attribute(anchor, sent, lex, quotes, figure_start=fig.qual_start)
    if (
        attribution.claimant is None
        and attribution.hedge == "asserted"
        and found
        and _refers_back(sent)
    ):
        # "This number includes 1,630 casualties": the count just reported.
        attribution = replace(found[-1].attribution, hedge_cue=None)
    if attribution.claimant is None and line.in_block and not _item_has_source(doc, line, quotes):
        inherited = (
            (_parenthesised_source(doc, layout, line, lex) if line.kind == "row" else None)
            or (_fact_source(doc, line) if line.kind == "fact" else None)
            or inherited_attribution(lead_sentences(doc, layout, line), quotes)
        )
        if inherited is not None:
            hedge = attribution.hedge if attribution.hedge != "asserted" else inherited.hedge
            attribution = replace(inherited, hedge=hedge)
    if attribution.hedge in ("asserted", "reported") and _estimated(doc, fig):
        # "an estimated 1,000 … said a Western official": an estimate, however relayed.
        attribution = replace(
            attribution, hedge="believed", hedge_cue=doc[fig.qual_start : fig.qual_start + 2]
        )
    return attribution


def _inside_its_source(fig: Figure, attribution: Attribution) -> bool:
    """The figure is in the words that name its own source: "two people familiar with
    the figures" counts who speaks, "two soldiers, captured in January, who said" names
    the speakers, not what they said."""
    span = attribution.claimant
    return span is not None and span.start <= fig.start and fig.end <= span.end


def _item_has_source(doc: Doc, line: Line, quotes: QuoteIndex) -> bool:
    """A list item one of whose sentences names its own source: the item's other
    sentences are the writer's, not the list lead's ("2) Seoul says 14,000 were sent.
    Most are in Kursk.")."""
    index = sentence_index(doc)
    k = bisect_right(index.starts, index.token_at_char(line.start)) - 1
    for sent in index.sents[max(k, 0) :]:
        if sent.start_char >= line.end:
            break
        if quotes.sources.sources(sent) or quotes.sources.prepositional(sent) is not None:
            return True
    return False


def _refers_back(sent: Span) -> bool:
    """A sentence about the figure just given: "This number includes …", "The figure excludes …"."""
    doc = sent.doc
    first = sent.start
    while first < sent.end and doc[first].is_space:
        first += 1
    return (
        first + 1 < sent.end
        and doc[first].lower_ in ("this", "that", "the")
        and doc[first + 1].lemma_.lower()
        in ("number", "figure", "total", "tally", "toll", "count", "estimate")
    )


#: Verbs that send people and things alike: the figure's neighbours tell which.
_SENT_EITHER = frozenset({"send", "dispatch", "transfer", "move", "deliver", "provide"})


_HANDING = frozenset(
    {"hand", "give", "return", "send", "transfer", "pass", "deliver", "repatriate"}
)


_IN_ALL = (("in", "all"), ("in", "total"), ("altogether",), ("combined",), ("all", "told"))


def sum_of_harms(doc: Doc, fig: Figure, sent: Span, found: list[_Found]) -> bool:
    """A figure that sums the killed and the wounded told just before it: "about 1,400
    killed and a further 2,900 wounded - about 4,300 in all" (casualties)."""
    after = tuple(t.lower_ for t in doc[fig.end : min(sent.end, fig.end + 2)])
    if not any(after[: len(cue)] == cue for cue in _IN_ALL):
        return False
    told = {f.measure.measure for f in found if f.sent.start == sent.start}
    return {"killed", "wounded"} <= told


def gapped_object(doc: Doc, fig: Figure, prev: _Found) -> bool:
    """A bare figure, object of a verb coordinated with the verb whose object holds the
    figure before: "received the bodies of 909 soldiers and handed 41 to Russia", or
    of a clause after a semicolon: "Russia handed over 562 bodies; Kyiv returned 41"
    (the noun is left out because it is the same)."""
    tok = doc[fig.end - 1]
    # the tagger may read a bare object figure as an adverbial: "Kyiv returned 25."
    if tok.dep_ not in ("dobj", "npadvmod") or fig.end < len(doc) and doc[fig.end].lower_ == "of":
        return False
    verb = tok.head
    if verb.i > tok.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in _HANDING:
        return False
    if prev.measure.measure not in ("killed", "captured", "wounded", "missing"):
        return False  # "sent 300 tanks and lost 40": the second verb says what befell them
    if verb.dep_ == "conj":
        firsts = [verb.head]
    else:
        # the clause before the semicolon hangs on this one's verb
        firsts = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "parataxis", "conj")
            and c.i < verb.i
            and any(t.text == ";" for t in doc[c.i : verb.i])
        ]
    return any(
        c.dep_ == "dobj" and c.left_edge.i <= prev.figure.start <= c.right_edge.i
        for first in firsts
        for c in first.children
    )


def gapped_subject(doc: Doc, fig: Figure, prev: _Found) -> str | None:
    """The side of a clause whose verb and noun are left out: "Ukraine received the
    bodies of 640 soldiers, and Russia 37" (Russia's 37). Only when the count before was
    the first clause's subject's own, so the gapped one is the other side's."""
    tok = doc[fig.end - 1]
    name = tok.head
    if tok.dep_ != "nummod" or name.i != fig.qual_start - 1 or name.pos_ != "PROPN":
        return None
    if name.i == 0 or doc[name.i - 1].lower_ not in ("and", ","):
        return None
    side = side_of_text(name.text)
    first = name.head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "and Russia" hangs on the first clause's verb or object
    verb = first if first.pos_ in ("VERB", "AUX") else first.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = side_of_text(subjects[0].text) if subjects else None
    if side is None or own is None or own == side or prev.subject != own:
        return None
    return side


def handed_to(verb: Token) -> str | None:
    """The side in "handed 41 to Russia"; else, in a swap told in two clauses, the side
    of the other clause: "Russia handed over 562 bodies; Kyiv returned 41" (to Russia)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return side_of_text(obj.doc[obj.left_edge.i : obj.i + 1].text)
    return partner_side(verb)


#: Verbs that give a count by naming its members: "Ukraine has publicly identified only two".
_NAMING_VERBS = frozenset({"identify", "name"})


def confirmed_count(
    doc: Doc, fig: Figure, sent: Span, lex: Lexicon, found: list[_Found]
) -> _Found | None:
    """A bare figure a source confirms or gives for the count just told: "Kyiv has
    confirmed only two", "the ministry acknowledged 40" (the count of the sentence before)."""
    tok = doc[fig.end - 1]
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ not in ("dobj", "attr") or (
        lemma not in lex.hedge_verbs and lemma not in _NAMING_VERBS
    ):
        return None
    if fig.end < sent.end and doc[fig.end].pos_ in ("NOUN", "PROPN"):
        return None
    index = sentence_index(doc)
    k = bisect_right(index.starts, sent.start) - 1
    earliest = index.starts[max(0, k - 1)]
    for entry in reversed(found):
        if entry.sent.start < earliest:
            break
        if entry.measure.measure in _HARM_MEASURES | {"personnel"}:
            return entry
    return None


def possessed_count(doc: Doc, measure: Measure, sent: Span, lex: Lexicon) -> Measure | None:
    """ "put their number at several hundred" after "suspected of sending military
    engineers": "their" is the people (or things) named in the sentence before, not the
    last figure."""
    cue = measure.cue.root if measure.cue is not None else None
    if cue is None or not any(c.dep_ == "poss" and c.lower_ in ("their",) for c in cue.children):
        return None
    index = sentence_index(doc)
    k = bisect_right(index.starts, sent.start) - 1
    if k < 1:
        return None
    for tok in reversed(index.sents[k - 1]):
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ == "compound":
            continue
        noun_measure = measure_from_noun(tok, lex)
        if noun_measure in ("personnel", "materiel") and (
            noun_measure == "materiel" or is_people_noun(tok, lex)
        ):
            return Measure(noun_measure, tok, measure.cue, measure.noun_phrase, total=measure.total)
    return None


def _earlier_count(found: list[_Found], sent: Span) -> _Found | None:
    """The figure "the figure" refers to: the last count of losses in the two
    sentences before (or the last figure at all)."""
    recent = [f for f in found if f.sent.start < sent.start or f.sent.start == sent.start]
    if recent and recent[-1].sent.start == sent.start and not _included_part(recent[-1]):
        # "Seoul estimates that about 13,100 have been sent, while Kyiv puts the number
        # closer to 15,000": a figure earlier in the same sentence is the one meant
        return recent[-1]
    harm = [e for e in reversed(recent[-6:]) if e.measure.measure in _HARM_MEASURES]
    for entry in harm:
        if not _included_part(entry):
            return entry
    if harm:
        return harm[0]
    return recent[-1] if recent else None


def _earlier_toll(found: list[_Found], sent: Span, base: _Found | None) -> _Found | None:
    """The count a bare "the toll" refers to: a toll counts the dead or all the losses,
    never the wounded alone ("5,200 casualties, including 870 killed and 4,300 wounded.
    The JCS had put the toll at 3,400": the casualties)."""
    if base is None or base.measure.measure in ("casualties", "killed"):
        return base
    recent = [f for f in found if f.sent.start <= sent.start][-6:]
    tolls = [f for f in reversed(recent) if f.measure.measure in ("casualties", "killed")]
    return next((f for f in tolls if not _included_part(f)), tolls[0] if tolls else None)


_INCLUDE_WORDS = frozenset({"include", "includes", "included", "including", "whom"})


def _included_part(entry: _Found) -> bool:
    """ "put casualties at 4,000, a figure that includes about 600 killed": the 600 is a
    part of the count, so "the real number" that follows speaks of the 4,000."""
    doc = entry.sent.doc
    start = min(entry.figure.qual_start, entry.figure.start)
    return any(t.lower_ in _INCLUDE_WORDS for t in doc[max(entry.sent.start, start - 3) : start])


def _each_side(doc: Doc, anchor: Token, sent: Span, claim: Claim) -> list[Claim]:
    """ "Russia and Ukraine exchanged 95 prisoners each": one claim per side; so in a
    swap between two sides named as its subject ("Ukraine and Russia swap hundreds of
    prisoners"), unless the figure is the swap's total."""
    text = doc_text(doc)[sent.start_char : sent.end_char].lower()
    if " each" not in text and not (_swapped(anchor) and "total" not in text):
        return []
    found = coordinated_sides(anchor)
    if len(found) < 2:
        return []
    return [claim.replace(subject=side) for side in found]


_SWAP_VERBS = frozenset({"swap", "exchange", "trade"})


def _swapped(anchor: Token) -> bool:
    """The counted people are the object of a verb of swapping: "swap 300 prisoners"."""
    node = anchor
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        node = node.head.head  # "hundreds of prisoners": the quantity heads the phrase
    return node.dep_ == "dobj" and node.head.lemma_.lower() in _SWAP_VERBS


def _apply_victim_side(claims: list[Claim], found: list[_Found], sides: DocumentSides) -> None:
    """Figures whose side nothing near them names take the side the article's
    explicit casualty figures name most ("In one week we have killed 200" in a
    story of North Korean losses is North Korean), never the claimant's own."""
    explicit = Counter(
        claims[f.index].subject
        for f in found
        if not f.weak_subject
        and claims[f.index].subject
        and f.measure.measure in _HARM_MEASURES | {"personnel"}
    )
    if not explicit:
        return
    for f in found:
        if not f.weak_subject or f.measure.measure not in _HARM_MEASURES | {"personnel"}:
            continue
        claim = claims[f.index]
        # "we have killed 200": the claimant's side inflicted it, so it is not theirs; "9
        # killed", "two servicemen had been lightly wounded" say nothing of who did it
        own = sides.claimant_side(f.attribution.claimant) if _inflicted(f) else None
        for side, _count in explicit.most_common():
            if side != own:
                claims[f.index] = claim.replace(subject=side)
                break


_INFLICT_PASSIVE = frozenset({"auxpass", "nsubjpass"})


def _inflicted(f: _Found) -> bool:
    """The figure is what an active verb did to people ("we have killed 200", "our
    forces captured 12"), not what befell them ("9 killed", "were wounded")."""
    doc = f.sent.doc
    anchor = f.measure.noun if f.measure.noun is not None else doc[f.figure.end - 1]
    while anchor.dep_ in ("nummod", "quantmod", "compound") and anchor.head != anchor:
        anchor = anchor.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        anchor = anchor.head.head  # "killed 40 of them"
    verb = anchor.head
    return (
        anchor.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in _INFLICT_PASSIVE for c in verb.children)
    )


def _welcomed_home(m: Measure, lex: Lexicon) -> bool:
    """The captives are counted as coming back (freed, returned, received in a swap)."""
    if m.measure != "captured" or m.cue is None:
        return False
    cue = m.cue.root if isinstance(m.cue, Span) else m.cue
    return cue.lemma_.lower() in lex.cues.returned_verbs or returned_participle(cue, lex)


def _side_of_totalled(anchor: Token, lex: Lexicon) -> str | None:
    """The side whose count a total verb gives: "North Korean losses … had passed 4,000
    killed and wounded", "Russia's losses stood at 1,200"."""
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "at"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.cues.total_verbs:
        return None
    if any(c.dep_ == "dobj" and c.i != anchor.i for c in verb.children):
        return None  # "Kyiv lowered its estimate of North Korean losses to 3,500": the object's
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return side_of_text(subject.doc[subject.left_edge.i : subject.i + 1].text)


def _people_side(doc: Doc, fig: Figure, m: Measure, sent: Span, lex: Lexicon) -> str | None:
    """Side of counted people: in the phrase, the sufferer, or a coordinated phrase."""
    end = m.noun.i + 1 if m.noun is not None and m.noun.i >= fig.start else fig.end
    side = side_in_phrase(doc, fig.start, end)
    if side:
        return side
    anchor = m.noun if m.noun is not None else doc[fig.end - 1]
    side = side_of_sufferer(anchor) or _side_of_totalled(anchor, lex)
    before = doc[fig.qual_start - 1] if fig.qual_start > sent.start else None
    if side is None and before is not None and before.pos_ == "VERB":
        side = side_of_sufferer_verb(before)  # "North Korea has lost about 4,000 men killed …"
    if side is None and m.measure == "personnel":
        side = side_of_sender(anchor)
    if side is None and m.measure == "captured" and anchor.dep_ == "dobj":
        side = partner_side(anchor.head)  # "Russia freed 62 prisoners; Kyiv returned 41"
    if side is None and m.noun is not None and m.noun.i >= fig.start:
        side = possessor_side(m.noun)  # "Russia says its forces have lost 300 soldiers"
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


def _side_of_people_before(
    doc: Doc, fig: Figure, sent: Span, lex: Lexicon, claimant: Span | None, back: int
) -> str | None:
    """The side of the nearest people a nationality word modifies before the figure,
    in its sentence or the ``back`` sentences before ("Pyongyang has sent more North
    Korean troops. Seoul believes roughly 14,000 have been deployed" -> KP); never the
    claimant's own words ("Ukrainian officials")."""
    index = sentence_index(doc)
    k = bisect_right(index.starts, sent.start) - 1
    lo = index.starts[max(0, k - back)]
    for i in range(fig.qual_start - 1, lo - 1, -1):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        if claimant is not None and claimant.start <= i < claimant.end:
            continue
        if not is_people_noun(tok, lex):
            continue
        for child in tok.lefts:
            if child.dep_ in ("amod", "compound", "nmod"):
                side = side_of_text(doc[child.left_edge.i : child.i + 1].text)
                if side is not None:
                    return side
        side = side_of_sender(tok)  # "Pyongyang has sent 13,100 troops: … a contingent of 2,300"
        if side is not None:
            return side
    return None


def _estimated(doc: Doc, fig: Figure) -> bool:
    return any(t.lower_ == "estimated" for t in doc[fig.qual_start : fig.start])


def _inherits(prev: _Found | None, fig: Figure, doc: Doc) -> bool:
    if prev is None:
        return False
    gap = doc[prev.last : fig.qual_start]
    return len(gap) > 0 and all(t.lower_ in _ELLIPSIS_GAP for t in gap)


def _country_after(doc: Doc, lo: int, hi: int) -> str | None:
    """ "… civilians have been killed … in Ukraine": the country they were in."""
    for tok in doc[lo:hi]:
        if tok.lower_ in ("in", "across", "inside") and tok.i + 1 < hi:
            side = side_of_text(doc[tok.i + 1 : min(hi, tok.i + 3)].text)
            if side:
                return side
    return None


def _pronoun_supplier(anchor: Token) -> Token | None:
    """The pronoun subject of the supply verb above ``anchor`` ("it had delivered"; "it
    had finished delivering", where the pronoun is the subject of the verb above)."""
    node = anchor
    for _ in range(6):
        if node.pos_ == "VERB" and node.lemma_.lower() in SUPPLY_CUES:
            carrier = node.head if node.dep_ == "xcomp" else node
            for verb in dict.fromkeys((node, carrier)):
                pronoun = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ == "nsubj" and c.lower_ in ("it", "we", "they")
                    ),
                    None,
                )
                if pronoun is not None:
                    return pronoun
            return None
        if node.head == node:
            break
        node = node.head
    return None


def _counted_by_total(doc: Doc, fig: Figure, sent: Span, lex: Lexicon) -> Token | None:
    """The noun a total noun before the figure counts: "guns" in "puts the number of
    Koksan guns alone at roughly 250"."""
    for tok in reversed(doc[sent.start : fig.qual_start]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.cues.total_nouns:
            continue
        of = next((c for c in tok.rights if c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if counted is not None and counted.pos_ in ("NOUN", "PROPN"):
            return counted
        return None
    return None


def _body_side(attribution: Attribution) -> str | None:
    """The side of the body the claimant's words name when they hold no side word
    ("The Ministry of Defence said it had handed over …" in a British paper)."""
    if attribution.claimant is None:
        return None
    return getattr(resolve(attribution.claimant.text, "claimant"), "side", None)


def _attacker_side(doc: Doc, fig: Figure, m: Measure) -> str | None:
    """The side of whoever did the harm the figure counts, when an active verb says so:
    "Russian strike on Kharkiv kills 3" -> RU (the killed are not the attacker's)."""
    anchor = m.noun if m.noun is not None and m.noun.i >= fig.start else doc[fig.end - 1]
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.pos_ != "VERB" or m.measure not in _HARM_MEASURES:
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "kills 3, injures 28": the subject of the first verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return side_of_text(doc[subject.left_edge.i : subject.i + 1].text)


def _place_in_phrase(doc: Doc, start: int, end: int) -> str | None:
    """The side of a place named in the counted phrase: "1,400 Kharkiv residents",
    "residents of Kherson"."""
    if end < len(doc) and doc[end].lower_ == "of":
        end = min(len(doc), end + 4)
    for tok in doc[start:end]:
        if tok.pos_ == "PROPN":
            entity = resolve(tok.text, "place")
            side = getattr(entity, "side", None) if entity is not None else None
            if side:
                return side
    return None


def _place_side(place: Span | None) -> str | None:
    if place is None:
        return None
    entity = resolve(place.text, "place")
    return getattr(entity, "side", None) if entity is not None else side_of_text(place.text)


#: Nouns that count a mass noun after *of*: "rounds of ammunition", "containers of munitions".
_COUNT_UNITS = frozenset({"round", "container", "crate", "box", "tonne", "ton", "wagon"})
_CALIBRE_UNITS = frozenset({"mm", "millimetre", "millimeter", "-mm", "calibre", "caliber"})


def _counted_by(noun: Token) -> Token:
    """The noun a mass noun is counted by: "ammunition" in "6 million rounds of artillery
    ammunition" is counted by "rounds", so a later "as high as 8 million" counts rounds."""
    of = noun.head
    if (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ == "NOUN"
        and of.head.i < noun.i
        and of.head.lemma_.lower() in _COUNT_UNITS
    ):
        return of.head
    return noun


def _quantity_claim(
    doc: Doc,
    fig: Figure,
    m: Measure,
    attribution: Attribution,
    sent: Span,
    sides: DocumentSides,
    lex: Lexicon,
    last: int,
    found: list[_Found],
    base: _Found | None,
    layout: Layout,
    line: Line,
) -> tuple[Claim, bool]:
    """The claim record for one figure, and whether its subject is only a default."""
    claimant_side = sides.claimant_side(attribution.claimant)
    prev = found[-1] if found else None
    same_sentence = prev is not None and prev.sent.start == sent.start
    recipient = item = None
    weak = False
    own_noun = m.noun is not None and m.noun.i >= fig.start
    window_hi = clause_end(doc, last, min(sent.end, last + _WINDOW_AFTER))
    loc = location(doc, sent, last, window_hi, sides.place_spans)
    if m.measure == "materiel":
        anchor = m.noun if m.noun is not None else doc[fig.end - 1]
        roles = row_route(line) or supplier_and_recipient(sent, anchor)
        if line.in_block and (roles.supplier is None or roles.recipient is None):
            lead = roles_in(lead_sentences(doc, layout, line))
            roles = type(roles)(roles.supplier or lead.supplier, roles.recipient or lead.recipient)
        if own_noun and m.noun is not None:
            end = of_phrase_end(doc, m.noun, sent.end, lex)
            phrase_start = max(fig.end, fig.qual_end)
        elif m.noun is not None:
            end = m.noun.i + 1
            phrase_start = _counted_by(m.noun).left_edge.i
            while (
                phrase_start < m.noun.i
                and (
                    doc[phrase_start].like_num
                    or doc[phrase_start].dep_ in ("nummod", "quantmod", "det", "advmod")
                    or doc[phrase_start].head.dep_ == "nummod"
                )
                and doc[phrase_start + 1].lower_ not in _CALIBRE_UNITS  # "the 155mm shells"
            ):
                phrase_start += 1  # "put the figure at 3 million" after "3.7 million rounds"
        else:
            end = phrase_start = fig.end
        last = max(last, end if own_noun else last)
        subject = (
            (side_in_phrase(doc, fig.end, end) if own_noun else None)
            or (agent_side(m.noun) if m.noun is not None else None)
            or m.side  # "one of roughly 80 that Germany has delivered"
            or roles.supplier
        )
        if base is not None:
            subject = subject or base.subject
        pronoun = _pronoun_supplier(anchor) if subject is None else None
        if pronoun is not None:
            # "North Korea has shipped 120 more …, bringing the total it has transferred to
            # 320, the JCS said": the side named before the pronoun; else the speaker's
            # ("Germany's defence ministry said it had delivered …")
            subject = subject_side_before(pronoun) or claimant_side or _body_side(attribution)
        if subject is None and end > phrase_start:
            subject = maker_side(doc[phrase_start:end].text)  # "40 Koksan guns on flatcars"
        counted = _counted_by_total(doc, fig, sent, lex) if m.total is not None else None
        if subject is None and counted is not None:
            subject = maker_side(doc[counted.left_edge.i : counted.i + 1].text)
        recipient = roles.recipient or sides.usual_recipient(exclude=(subject,), source=subject)
        subject = subject or sides.usual_supplier(exclude=(recipient, claimant_side), to=recipient)
        item = item_name(doc, phrase_start, end, sides.weapons) if end > phrase_start else None
        told = base or (
            found[-1]
            if m.total is not None and found and found[-1].sent.start == sent.start
            else None
        )
        if item is None and counted is not None:
            # "put the number of Fath-360s delivered at about 200": what "number of" counts
            item = item_name(doc, counted.left_edge.i, counted.i + 1, sides.weapons)
        if item is None and told is not None and told.measure.measure == "materiel":
            item = told.item  # "bringing the number it has sent to six": the systems before
    else:
        subject = (
            m.side or _people_side(doc, fig, m, sent, lex) if own_noun or m.noun is None else m.side
        )
        if subject is None and m.noun is not None and _enemy(m.noun):
            # "killed 1,200 enemy soldiers", the ministry said: the side it fights
            subject = sides.opponent(claimant_side)
        if subject is None and m.noun is not None and not own_noun:
            subject = side_in_phrase(doc, m.noun.left_edge.i, m.noun.i + 1)
            if subject is None and base is not None:
                # "puts the figure at about 3,000": the people the figure before counted
                subject, weak = base.subject, base.weak_subject
        if (
            subject is None
            and m.noun is not None
            and m.noun.lower_ == "others"
            and same_sentence
            and prev is not None
        ):
            # "killed 38 North Korean soldiers and wounded 50 others": more of the same people.
            subject, weak = prev.subject, prev.weak_subject
        civilian = (
            m.noun is not None
            and m.noun.lower_ in CIVILIAN_NOUNS
            and m.measure in ("killed", "wounded", "missing", "casualties")
        )
        if subject is None and m.measure == "captured":
            captor = captor_side(doc[fig.end - 1], sent)
            if captor is not None:
                subject = sides.dominant(exclude=(captor,))
        if subject is None and civilian:
            subject = (
                _place_in_phrase(doc, fig.end, m.noun.i + 1)  # "1,400 Kharkiv residents"
                or _place_side(loc)
                or _country_after(doc, last, window_hi)
                or sides.place_before(doc[fig.start].idx)
            )
        if subject is None and _partitive_of_earlier(doc, fig, sent):
            # "… North Korean troops …, where about 2,000 of them were killed": the people
            # named before in the sentence, else the figure before, else the people named
            # in the sentences before ("Q: How many North Korean soldiers …? A: … 600 of them").
            speaker = attribution.claimant
            for back in (0, 2):
                named = _antecedent(doc, fig, sent, lex, back=back, plural=True, people=True)
                if (
                    named is not None
                    and speaker is not None
                    and speaker.start <= named.i < speaker.end
                ):
                    named = None  # "One drone operator told …: 'We killed 40 of them'"
                side = (
                    side_in_phrase(doc, named.left_edge.i, named.i + 1)
                    if named is not None
                    else None
                )
                if side is not None:
                    subject = side
                    break
                if prev is not None:
                    subject, weak = prev.subject, prev.weak_subject
                    break
        if subject is None and claimant_side is not None and _welcomed_home(m, lex):
            # "Russia's defence ministry said it had received 150 of its own soldiers",
            # "Among those freed were 12 marines, Kyiv said": a side reports its own returned.
            subject = claimant_side
        if subject is None and same_sentence and prev is not None and m.noun is None:
            subject, weak = prev.subject, prev.weak_subject
        if subject is None and base is not None:
            subject, weak = base.subject, base.weak_subject
        if subject is None and m.measure == "personnel":
            # "North Korean units have returned …, and at least 1,700 new soldiers have
            # arrived": troops with no side word are the ones told of just before
            # (the sentence before, only for a bare figure: "Seoul believes 14,000 have gone")
            back = 1 if m.noun is None else 0
            subject = _side_of_people_before(doc, fig, sent, lex, attribution.claimant, back)
        attacker = _attacker_side(doc, fig, m) if subject is None else None
        if subject is None and attacker is not None:
            # "Russian strike on Kharkiv kills 3": the people of the place struck
            place = _place_side(loc)
            subject = place if place != attacker else None
        if subject is None and not civilian:
            # never the side the troops were sent to: "He has sent 3,000 troops to Russia"
            destination = _sent_to(m) if m.measure == "personnel" else None
            subject = sides.dominant(exclude=(claimant_side, attacker, destination))
            weak = True

    per = period(doc, sent, last, window_hi)
    parts: list[Span | Token | None] = [
        doc[fig.qual_start : max(fig.end, fig.qual_end)],
        m.cue,
        doc[last - 1],
    ]
    if own_noun:
        parts.append(m.noun)
    claimant = attribution.claimant
    if (
        claimant is not None
        and sent_of(claimant[0]).start == sent.start
        and claimant.end <= fig.qual_start <= claimant.end + 10
    ):
        parts.append(claimant)
    for extra in (loc, per):
        if extra is not None and extra.start >= fig.start:
            parts.append(extra)
    parts = [p for p in parts if p is None or _within(p, sent)]
    ev = evidence(doc, sent, parts)
    claim = Claim(
        doc="",
        claim_id="",
        kind="quantity",
        measure=m.measure,
        evidence=TextSpan(ev.text, ev.start_char, ev.end_char),
        subject=subject,
        recipient=recipient,
        item=item,
        **figure_fields(doc, fig),
        hedge=attribution.hedge,
        claimant=span_of(attribution.claimant, "claimant"),
        via=tuple(s for s in (span_of(v, "claimant") for v in attribution.via) if s is not None),
        location=span_of(loc, "place"),
        period=span_of(per),
        hedge_cue=span_of(attribution.hedge_cue),
    )
    return claim, weak


def _sent_to(m: Measure) -> str | None:
    """The side troops are sent to by the verb that counts them: "sent 3,000 troops to
    Russia" -> RU."""
    verb = m.cue.root if m.cue is not None else None
    if verb is None or verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
            side = side_of_np(next((g for g in prep.children if g.dep_ == "pobj"), prep))
            if side is not None:
                return side
    return None


def clause_end(doc: Doc, start: int, limit: int) -> int:
    """Where the words about a figure stop: a semicolon starts another claim ("Russia
    has lost 1,140 troops; HUR spots gun crews near Pokrovsk")."""
    for k in range(start, limit):
        if doc[k].text == ";":
            return k
    return limit


def _within(part: Span | Token, sent: Span) -> bool:
    if isinstance(part, Token):
        return sent.start <= part.i < sent.end
    return sent.start <= part.start and part.end <= sent.end

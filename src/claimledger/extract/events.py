"""Event claims: materiel or troops said to be supplied or deployed, with no figure.

Rules:

- ``supply_relation``: a weapon or munition phrase that a supply verb governs
  ("currently supplying 240-millimetre rocket launchers", "shipments of KN-23
  missiles", "The deliveries include 152mm shells"), that arrives in another
  side ("F-16 jets … have arrived in Ukraine"), that a side receives ("Ukraine
  receives first Dutch F-16s"), or that is seen on its way ("guns on flatbed
  wagons at the rail crossing"). Used, destroyed or attacked with ("delivered a
  strike with FAB-1500 bombs") is not supplied.
- ``share_or_origin``: materiel that "comes from" a country ("half of the shells
  Russia fires now come from North Korea") or "makes up" / "accounts for" a share of
  what another side uses is supplied by it.
- payment in kind: "Moscow is paying partly with air-defence systems" supplies the
  side being paid (the article's usual supplier) from the payer.
- ``materiel_heads``: the materiel nouns and named weapons ("Shahed-131",
  "F-16s") of a sentence; coordinated calibres split ("122mm and 152mm artillery
  shells" is two claims); coordinated donors split ("Denmark and Norway have
  delivered F-16s" is two claims).
- ``personnel_events``: "the deployment of troops", "troops were deployed",
  "units have been committed to combat".
- ``is_comparative_or_future``: "more troops and kamikaze drones", "will send",
  "is set to send" say what is planned, not what happened, and are skipped.
- ``subsumed``: "Iran has also been accused of sending ballistic missiles",
  followed by the named missiles, is one claim, the named one.

Example:
    >>> # "Also transferred are 122mm and 152mm artillery shells" -> two materiel events
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimledger.extract.attribution import (
    Attribution,
    QuoteIndex,
    attribute,
    clause_bounds,
    inherited_attribution,
)
from claimledger.extract.context import evidence, span_of
from claimledger.extract.entities import canonical_item, maker_side, resolve, weapon_in
from claimledger.extract.items import item_name
from claimledger.extract.layout import lead_sentences
from claimledger.extract.lexicon import SUPPLY_VERBS, Lexicon, event_words, get_lexicon, load_data
from claimledger.extract.measures import has_supply_cue
from claimledger.extract.modality import forecast, own_tense
from claimledger.extract.presence import presence_cue, presence_cue_words
from claimledger.extract.sentences import doc_text, sent_of, sentence_index, sents
from claimledger.extract.sides import (
    DocumentSides,
    SupplyRoles,
    accused_supplier,
    agent_side,
    coordinated_sides,
    roles_in,
    side_of_np,
    side_of_text,
    subject_side_before,
    supplier_and_recipient,
)
from claimledger.extract.use_events import captured_from_other_side, used_by_other_side, user_side
from claimledger.records import Claim, TextSpan
from claimledger.resolve import get_registry
from claimledger.resolve.names import singular

_SUPPLY_VERBS = SUPPLY_VERBS | {"donate", "furnish", "funnel", "channel", "arm"}
_MAKE_VERBS = frozenset({"manufacture", "produce", "mass-produce", "make", "build"})
_RECEIVE_VERBS = frozenset({"receive", "obtain", "acquire", "get", "import", "buy", "purchase"})
_SUPPLY_NOUNS = frozenset(
    {
        "shipment",
        "delivery",
        "supply",
        "transfer",
        "consignment",
        "export",
        "shipping",
        "deliveries",
        "shipments",
        "supplies",
        "transfers",
        "exports",
        "handover",  # "confirmed the handover of additional 170-mm howitzers"
        "handovers",
    }
) | event_words("flow_nouns")
TRANSPORT_NOUNS = frozenset(
    {
        "wagon",
        "train",
        "flatcar",
        "railcar",
        "truck",
        "lorry",
        "ship",
        "vessel",
        "ferry",
        "convoy",
        "barge",
        "freighter",
        "platform",
        "carriage",
    }
)
#: Nouns for who supplies: "the largest foreign supplier of munitions to Russia".
_SUPPLIER_NOUNS = frozenset({"supplier", "provider", "exporter", "source"})
#: Verbs that supply what their "with" phrase holds: "feeding Russia's war machine with
#: missiles", "keeping Russia's guns stocked with 152mm shells".
_WITH_SUPPLY_VERBS = frozenset({"feed", "stock", "restock", "resupply", "replenish"})


def _stocking(verb: Token) -> bool:
    """A verb of stocking a side with materiel, not one of using it ("hit with drones")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _WITH_SUPPLY_VERBS


def _equipped_by_another_side(tok: Token, verb: Token) -> bool:
    """Troops of one side equipped with another side's materiel were supplied by it:
    "North Korean troops are equipped with Russian rifles" (but "brigades equipped with
    Western tanks" names no two sides: their own kit)."""
    if verb.lemma_.lower() != "equip":
        return False
    held = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ == "acl":
        held.append(verb.head)  # "troops equipped with …"
    makers = side_of_text(tok.doc[tok.left_edge.i : tok.i + 1].text)
    owners = _sides_of(held)
    return makers is not None and owners is not None and makers != owners


_PAY_VERBS = frozenset({"pay", "repay", "compensate", "reward"})
_MAKER_VERBS = frozenset({"make", "build", "produce", "manufacture", "design", "supply", "made"})
_SEEN_VERBS = frozenset(
    {"spot", "see", "photograph", "film", "observe", "record", "sight", "load", "carry"}
)
_ATTACK_NOUNS = frozenset({"strike", "blow", "attack", "salvo", "barrage", "hit", "raid"})
_LINKS = frozenset({"with", "including", "along", "as", "plus", "like", "among"})
#: Words that take part of what follows them: "some of the drones", "most of the shells".
_PARTITIVE = frozenset({"some", "many", "most", "all", "part", "half", "much", "several"})
_NON_SPECIFIC = frozenset({"whatever", "any", "no", "whichever", "none", "every"})
_DEPLOY_VERBS = frozenset({"deploy", "send", "station", "dispatch", "post", "commit"})
_BACKGROUND_MARKS = frozenset({"since", "after", "before", "when", "until", "once", "as"})
_FUTURE = frozenset(
    {"will", "would", "shall", "set", "plan", "intend", "going", "expect", "prepare_to_be"}
)
#: Words that open an embedded question or a condition: "whether Iran had sent …".
_OPEN_QUESTION = frozenset({"whether", "if"})
_COMPARATIVE = frozenset({"more", "additional", "further", "extra"})
_CALIBRE = re.compile(r"^\d+$")


def _weapon_name(tok: Token) -> bool:
    """A named weapon standing as a noun: "the smaller Shahed-131", "Dutch F-16s"
    (whatever tag the tagger gave the unfamiliar word)."""
    if not any(c.isalpha() for c in tok.text):
        return False
    if not any(c.isdigit() for c in tok.text) and not (
        tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper) and weapon_in(tok.text) is not None
    ):
        return False  # a name without digits must be one the registry knows ("Pantsir")
    if (
        tok.dep_ in ("compound", "nummod", "nmod")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i > tok.i
    ):
        return False
    doc = tok.doc
    for nxt in doc[tok.i + 1 : min(len(doc), tok.i + 5)]:
        if nxt.pos_ in ("NOUN", "PROPN") and not any(c.isdigit() for c in nxt.text):
            return False  # "KN-23 and KN-24 ballistic missiles": names before the noun
        if not (nxt.pos_ in ("NUM", "PROPN", "ADJ", "CCONJ") or nxt.text == "-"):
            break
    return weapon_in(tok.text) is not None


def _materiel_head(tok: Token, lex: Lexicon) -> bool:
    if tok.dep_ == "compound":
        return False
    if tok.pos_ in ("NOUN", "PROPN") and (
        tok.lower_ in event_words("materiel_words")
        or lex.measure_nouns.get(tok.lemma_.lower()) == "materiel"
        or lex.measure_nouns.get(tok.lower_) == "materiel"
        or lex.measure_nouns.get(singular(tok.lower_)) == "materiel"  # "Drones" in a headline
    ):
        return True
    return _weapon_name(tok)


def is_negated(head: Token) -> bool:
    """ "has not confirmed the presence of troops", "has observed no evidence that
    troops are fighting": nobody claims it. A clause with a subject of its own is where
    the search stops: in "Pyongyang, which admitted that its troops fought in Kursk,
    denies the losses" the denial is of the losses."""
    if dismissed_report(head):
        return True  # "Minsk called reports that it had handed over tanks a 'provocation'"
    ancestors = _ancestors_in_clause(head)
    if any(
        anc.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("no", "little") for c in anc.children)
        and any(c.dep_ in ("acl", "ccomp") and c.i > anc.i for c in anc.children)
        for anc in ancestors
    ):
        return True
    return any(
        c.dep_ == "neg"
        or c.lower_ in ("never", "denied") and c.dep_ not in _OTHER_CLAUSES
        for anc in ancestors
        if anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() not in event_words("stopping_verbs")
        for c in anc.children
    ) or any(
        anc.lemma_.lower() in ("deny", "dismiss", "reject", "refuse", "decline")
        or anc.lemma_.lower() in event_words("reluctance_words")
        and any(c.dep_ == "xcomp" for c in anc.children)
        for anc in ancestors
    )  # "Berlin still refuses to send Taurus cruise missiles", "was slow to deliver tanks"


#: Nouns of what is said whose content a speaker may dismiss: "called reports that …".
_SAID_NOUNS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "suggestion"})


def dismissed_report(tok: Token) -> bool:
    """ ``tok`` is inside a report that a speaker calls false: "Minsk called reports that
    it had handed over T-72 tanks a 'provocation'" (the parse may hang the word anywhere
    after the report)."""
    for anc in tok.ancestors:
        if anc.pos_ != "NOUN" or anc.lemma_.lower() not in _SAID_NOUNS or anc.dep_ != "dobj":
            continue
        if anc.head.lemma_.lower() not in event_words("naming_verbs"):
            return False
        sent = sent_of(anc)
        dismissive = event_words("dismissive_words")
        return any(t.lower_ in dismissive for t in tok.doc[anc.i + 1 : sent.end])
    return False


#: Dependencies of a clause of its own: "… acknowledged sending troops, and Moscow has
#: denied that …" denies something else.
_OTHER_CLAUSES = frozenset({"conj", "ccomp", "advcl", "parataxis", "relcl"})


def _ancestors_in_clause(tok: Token) -> list[Token]:
    """The ancestors of ``tok`` up to the verb of the clause with a subject of its own it
    is in, if that clause is a relative clause, a conjunct or an adverbial clause
    ("Both have denied it, although Pyongyang admitted that it had sent troops"), and
    not past a semicolon, which ends a clause the parser may have put under the next."""
    out = []
    doc = tok.doc
    for anc in tok.ancestors:
        low, high = sorted((anc.i, tok.i))
        if any(doc[k].text == ";" for k in range(low + 1, high)):
            break  # "… are advising Russian units in Crimea; Tehran has denied the report"
        out.append(anc)
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if anc.dep_ == "relcl" or anc.dep_ in ("conj", "advcl") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in anc.children
        ):
            break
    return out


def is_comparative_or_future(head: Token) -> bool:
    """ "more troops", "additional drones", "will send", "is set to send", "could
    start supplying" (``modality.forecast``): not yet a fact."""
    node = head
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if compared_with_than(node):
        return True  # "has sent Russia more artillery ammunition than Europe has given Ukraine"
    if any(
        c.lower_ in _COMPARATIVE and c.dep_ in ("amod", "det", "advmod") for c in node.children
    ) and not realised_supply(node):
        return True
    below = head
    for anc in head.ancestors:
        if own_tense(below):
            break  # "may send more troops and has shipped howitzers": the shipping is done
        below = anc
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.lower_ in _FUTURE and c.dep_ in ("aux", "auxpass") for c in anc.children):
            return True
        if anc.lemma_.lower() in ("set", "plan", "intend", "pledge", "promise") and any(
            c.dep_ == "xcomp" for c in anc.children
        ):
            return True
        if anc.lemma_.lower() in ("pledge", "promise", "offer", "approve", "announce"):
            return True
        if anc.lemma_.lower() in event_words("deliberation_verbs") and any(
            c.dep_ in ("xcomp", "ccomp", "pcomp") and c.is_ancestor(head)
            for c in anc.children
        ):
            return True  # "is considering sending Taurus missiles", "urged Berlin to send"
        if anc.lemma_.lower() == "be" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _DEPLOY_VERBS | _SUPPLY_VERBS
            for c in anc.children
        ):
            return True  # "more troops are to be sent"
        if any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in anc.children):
            return True
        if anc.i > head.i:
            continue
        if any(c.lower_ in _OPEN_QUESTION and c.i < head.i for c in anc.children):
            return True  # "Asked whether Iran had also sent its Kheibar missile": asked, not told
    return forecast(head, get_lexicon())


_MORE_OR_LESS = frozenset({"more", "fewer", "less"})


def compared_with_than(node: Token) -> bool:
    """An amount set against another with "than": "more artillery ammunition than Europe
    has given Ukraine" compares suppliers; it tells of no delivery of its own."""
    doc = node.doc
    # the words of its subtree before it lie between its left edge and it: look there
    # first (most nouns have no "more" before them) before walking the subtree
    if not any(doc[k].lower_ in _MORE_OR_LESS for k in range(node.left_edge.i, node.i)):
        return False
    words = {t.lower_ for t in node.subtree if t.i < node.i}
    if not words & _MORE_OR_LESS:
        return False
    # the "than" clause, with a supplier of its own ("than Europe has given", not "than
    # expected"), hangs on the noun or, by the parse, on its verb
    return any(
        c.dep_ in ("acl", "advcl", "relcl")
        and any(g.dep_ == "mark" and g.lower_ == "than" for g in c.children)
        and any(g.dep_ == "nsubj" for g in c.children)
        for c in (*node.children, *node.head.children)
        if c.i > node.i
    )


#: Verbs by which a handover is known to have happened: "confirmed the handover of …".
_WITNESS_VERBS = frozenset({"confirm", "record", "complete", "finish", "observe", "detect",
                            "verify", "document"})


def realised_supply(head: Token) -> bool:
    """ "had shipped Russia more 170mm guns", "the North sent more Koksan guns", "has
    brought in more specialists", "more sappers sent to Kursk": a verb in the past that
    sends what it governs tells of more sent, which happened (unlike "is set to send more
    troops")."""
    verb, dep = head.head, head.dep_
    if any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DEPLOY_VERBS
        and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        for c in head.children
    ):
        return True  # a headline's "more troops sent to Kursk": more were sent
    if dep == "pobj" and verb.lower_ == "with" and verb.dep_ == "prep":
        # "had supplied Russia with additional 170mm guns": what the verb gives
        verb, dep = verb.head, "dobj"
    elif (
        dep == "pobj"
        and verb.lower_ == "of"
        and verb.head.lower_ in _SUPPLY_NOUNS
        and verb.head.dep_ in ("dobj", "nsubjpass")
    ):
        # "had confirmed the handover of additional 170-mm howitzers": a handover the
        # past verb confirms or records happened
        witness = verb.head.head
        return (
            witness.pos_ == "VERB"
            and witness.lemma_.lower() in _WITNESS_VERBS
            and witness.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in witness.children)
        )
    while (
        verb.dep_ in ("conj", "appos")
        and verb.head != verb
        and verb.lemma_.lower() not in _SUPPLY_VERBS | _DEPLOY_VERBS
    ):
        verb = verb.head  # (but "is continuing to supply … and has sent additional troops")
    lemma = verb.lemma_.lower()
    # "More North Korean soldiers have arrived in Kursk": more came, which happened.
    arrived = dep == "nsubj" and lemma in get_lexicon().events.arrival_verbs
    if verb.pos_ != "VERB" or dep not in ("dobj", "nsubjpass", "conj", "appos") and (
        not arrived
    ):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if lemma not in _SUPPLY_VERBS | _DEPLOY_VERBS and not arrived and not (
        lemma == "bring" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    ):
        return False
    return (
        verb.tag_ == "VBD"
        or verb.tag_ == "VBZ"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # a headline's present: "Pyongyang Ships More Shells to Russia"
        or verb.tag_ == "VBN"
        and any(
            # "had shipped", "were dispatched", not "are being sent" (still going on: the
            # next lot may be meant)
            c.dep_ == "aux"
            and c.lemma_.lower() == "have"
            or c.dep_ == "auxpass"
            and c.tag_ == "VBD"
            for c in verb.children
        )
    )


def _sides_of(tokens: list[Token]) -> str | None:
    for tok in tokens:
        side = side_of_np(tok)
        if side:
            return side
    return None


def _for_a_side(verb: Token) -> str | None:
    """ "mass-producing drones for Russian use", "… for Russia": made for someone else
    (the side it is made for)."""
    for child in verb.subtree:
        if child.lower_ == "to" and child.head.lower_ in ("according", "due", "owing", "thanks"):
            continue  # "according to a NATO official" names a source, not a buyer
        if child.lower_ in ("for", "to") and child.dep_ in ("prep", "dative"):
            side = _sides_of([c for c in child.children if c.dep_ == "pobj"])
            if side:
                return side
    return None


def share_or_origin(tok: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """Materiel said to come from a side ("Half of all the shells Russia fires now come
    from North Korea") or to make up a share of what another side uses ("North Korean
    shells make up a large share of what Russian guns fire"): supplied by that side.
    Returns ("origin" | "share", verb)."""
    cues = lex.cues
    node = tok
    for _ in range(3):
        if node.dep_ in ("nsubj", "nsubjpass"):
            break
        head = node.head
        if node.dep_ == "appos" and head.lemma_.lower() in cues.share_nouns:
            node = head  # "Half of all the shells …" read as "Half, the shells"
        elif (
            node.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in cues.share_nouns
        ):
            node = head.head  # "most of the shells …"
        else:
            return None
    else:
        return None
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in cues.origin_verbs:
        origin = _origin_side(verb)
        return ("origin", verb) if origin is not None else None
    particles = cues.share_verbs.get(lemma)
    if particles is None:
        return None
    if particles and not {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")} & particles:
        return None
    after = [t for c in verb.children if c.i > verb.i for t in c.subtree]
    if any(t.lemma_.lower() in cues.share_nouns or t.lower_ in cues.share_nouns for t in after):
        return "share", verb
    return None


def _origin_side(verb: Token) -> str | None:
    """The country a "come from" names: "from North Korea" (not "from Russian territory")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    side = side_of_np(obj)
                    if side:
                        return side
    return None


def _first_side(tokens: list[Token] | Span, exclude: str | None) -> str | None:
    for tok in tokens:
        if tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            side = side_of_text(tok.text)
            if side and side != exclude:
                return side
    return None


def supply_relation(tok: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """How the materiel at ``tok`` is supplied, by the words that govern it:
    ("supply", verb), ("receive", verb), ("arrive", verb), ("transport", noun), or None;
    last, a vehicle's load carried between sides (``load_between_sides``)."""
    relation = _governing_relation(tok, lex)
    if relation is not None:
        return relation
    loading = load_between_sides(tok, lex)
    return ("transport", loading) if loading is not None else None


def _governing_relation(tok: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """``supply_relation`` by the words that govern the materiel."""
    given = side_given(tok)
    if given is not None:
        return "supply", given
    doc = tok.doc
    if tok.lemma_.lower() in TRANSPORT_NOUNS and any(
        c.dep_ == "acl" and c.lemma_.lower() in _CARRYING for c in tok.children
    ):
        return None  # "Trucks carrying Iranian drones arrived": the load is supplied
    for child in tok.children:
        # "mass-producing suicide drones for Russian use", "missiles supplied by North Korea"
        if child.dep_ in ("amod", "compound", "acl") and child.pos_ == "VERB":
            lemma = child.lemma_.lower()
            if lemma in _SUPPLY_VERBS or lemma in _MAKE_VERBS and _for_a_side(tok):
                return "supply", child
            if child.dep_ == "acl" and brought_from_a_side(child):
                return "supply", child  # "launchers brought from North Korea"
            if child.dep_ == "acl" and crosses_over(child, lex):
                return "arrive", child  # "North Korean shells arriving at a Russian port"
        if child.dep_ == "relcl" and any(
            g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in child.children
        ):
            surfacing = surfaces(tok, child, lex)
            if surfacing is not None:
                return "arrive", surfacing  # "launchers, which started showing up in Russia"
    shared = _shared_supply_participle(tok) or bound_for(tok)
    if shared is not None:
        return "supply", shared
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("on", "aboard", "onto"):
        # "guns on flatbed wagons at the rail crossing": on their way.
        if any(
            t.lemma_.lower() in TRANSPORT_NOUNS for t in doc[tok.i + 2 : min(len(doc), tok.i + 5)]
        ):
            return "transport", doc[tok.i + 1]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _SEEN_VERBS:
        # "Koksan guns have been spotted on trains in Russia's Far East"
        for prep in tok.head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "aboard", "onto"):
                if any(g.lemma_.lower() in TRANSPORT_NOUNS for g in prep.children):
                    return "transport", prep
    node = tok
    for _ in range(7):
        head = node.head
        if head == node:
            return None
        dep = node.dep_
        lemma = head.lemma_.lower()
        if dep == "pobj" and head.lower_ == "with" and (
            _stocking(head.head) or _equipped_by_another_side(tok, head.head)
        ):
            return "supply", head.head  # "feeding Russia's war machine with missiles"
        if head.lower_ in _LINKS:
            node = head  # "including 240mm launchers", "along with the smaller Shahed-131"
            continue
        if head.pos_ in ("NOUN", "PROPN"):
            if dep == "conj" and bound_for(head) is not None:
                return "supply", bound_for(head)  # "shells and rockets bound for Russia"
            if (
                dep in ("conj", "appos", "compound", "nmod", "nummod", "amod")
                or node.lower_ in _LINKS
            ):
                node = head
                continue
            if dep == "pobj" and (
                head.lemma_.lower() in _SUPPLY_NOUNS or head.lower_ in _SUPPLY_NOUNS
            ):
                return "supply", head
            if dep == "dobj" and head.lower_.endswith("ing") and (
                head.lower_ in _SUPPLY_NOUNS or head.lemma_.lower() in _SUPPLY_VERBS
            ):
                return "supply", head  # "accused Iran of shipping missiles": a gerund tagged noun
            return None
        if head.pos_ == "ADP":
            if misattached_conj(tok, head):
                # "shells from Iran and drones from Belarus": the drones are what the shells are
                governor = head.head
                node = next((c for c in governor.children if c.dep_ == "dobj"), governor)
                if node is not governor or governor.pos_ in ("NOUN", "PROPN"):
                    continue
                return None
            if (
                dep == "pobj"
                and head.lower_ == "of"
                and (head.head.lemma_.lower() in _SUPPLY_NOUNS or head.head.lower_ in _SUPPLY_NOUNS)
            ):
                return "supply", head.head  # "shipments of KN-23 missiles"
            if (
                dep == "pobj"
                and head.lower_ == "of"
                and head.head.lemma_.lower()
                in lex.cues.classifier_nouns | lex.cues.amount_nouns | event_words("variant_nouns")
            ):
                # "the first batch of Patriot systems arrived", "an unspecified number of
                # launchers" (``unstated_amount``): the relation of the batch or number
                node = head.head
                continue
            if dep == "pobj" and head.lower_ == "of" and bound_for(head.head) is not None:
                return "supply", bound_for(head.head)  # "crates of shells bound for Russia"
            if (
                dep == "pobj"
                and head.lower_ == "of"
                and head.head.lemma_.lower() in _SUPPLIER_NOUNS
            ):
                return "supplier", head.head  # "the largest supplier of munitions to Russia"
            if dep == "pobj" and head.lower_ == "of" and head.head.lower_ in _PARTITIVE:
                node = head.head  # "some of the drones had been supplied by Iran"
                continue
            if dep == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX"):
                node = head  # "supplying Moscow with attack drones"
                continue
            return None
        if head.pos_ in ("VERB", "AUX"):
            surfacing = surfaces(node, head, lex) if dep == "nsubj" else None
            if surfacing is not None:
                # "Koksan guns have turned up on the southern front", "drones have begun
                # arriving at Russian units" (the arriving, where the place is)
                return "arrive", surfacing
            carrier = _carried_across(node, head, lex)
            if carrier is not None:
                return "arrive", carrier  # "a train carrying North Korean shells crossed into"
            if head.pos_ == "AUX" and head.dep_ in ("aux", "auxpass") and head.head != head:
                node = head  # "Also transferred … are 122mm … shells": the auxiliary's verb
                continue
            if dep in ("nsubj", "nsubjpass") and lemma in _RAISING:
                inner = _semantic_verb(node)
                if inner is not head and inner.lemma_.lower() in _SUPPLY_VERBS:
                    return "supply", inner  # "Components appear to have been shipped"
            if dep == "prep" and node.lower_ not in _LINKS and node.lower_ != "with":
                return None
            if dep == "prep" and _list_link(node) and lemma not in _SUPPLY_VERBS:
                # "sent 200 guns, Ukrainian officials estimate, along with KN-23 missiles":
                # the link hangs on the wrong verb; the sentence's supply verb governs it.
                if any(
                    t.lemma_.lower() in _SUPPLY_VERBS and t.pos_ == "VERB" for t in sent_of(head)
                ):
                    return "supply", head
                if crosses_over(head, lex) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and _materiel_head(c, lex)
                    for c in head.children
                ):
                    # "120 launchers have crossed the border, along with an unknown number
                    # of guns": listed with materiel that arrives, it arrives too
                    return "arrive", head
            if dep == "conj" and node.pos_ in ("NOUN", "PROPN") and lemma in _SUPPLY_VERBS:
                return "supply", head  # "shipped shells, …, as well as missiles" misparsed
            if dep == "conj" and head.pos_ == "VERB":
                node = head
                continue
            if lemma in _PAY_VERBS and node.lower_ == "with":
                return "payment", head  # "Moscow is paying partly with air-defence systems"
            if lemma in _SUPPLY_VERBS:
                objects = [c for c in head.children if c.dep_ == "dobj"]
                if any(o.lemma_.lower() in _ATTACK_NOUNS for o in objects):
                    return None  # "delivered a strike with FAB-1500 bombs"
                return "supply", head
            if lemma in _MAKE_VERBS:
                partners = [c for c in head.children if c.dep_ == "conj"] + (
                    [head.head] if head.dep_ == "conj" else []
                )
                if any(p.lemma_.lower() in _SUPPLY_VERBS for p in partners) or _for_a_side(head):
                    return "supply", head
                return None
            if lemma in _RECEIVE_VERBS and dep in ("dobj",):
                return "receive", head
            if lemma in lex.cues.arrival_verbs and dep in ("nsubj", "nsubjpass"):
                return ("arrive", head) if crosses_over(head, lex) else None
            if lemma == "include" and any(
                c.dep_ == "nsubj"
                and (c.lemma_.lower() in _SUPPLY_NOUNS or c.lower_ in _SUPPLY_NOUNS)
                for c in head.children
            ):
                return "supply", head
            return None
        node = head
    return None


#: Phrasal verbs of materiel surfacing somewhere: "turned up on the front".
_SURFACING = frozenset({"turn", "show", "crop", "pop"})
#: Places of use that only a side at war has: "on the front", "in Russian service".
_USE_PLACES = frozenset({"front", "frontline", "battlefield", "service", "line", "lines"})
#: Verbs of materiel flowing into a side: "Iranian drones continue to pour into Russia".
_FLOWING = frozenset({"pour", "flow", "stream", "flood"})
#: Verbs of going on that take the real verb after them: "keep arriving", "began showing up".
_ONGOING = frozenset({"keep", "continue", "start", "begin"})


def surfaces(tok: Token, verb: Token, lex: Lexicon) -> Token | None:
    """Materiel said to turn up where a side at war uses it, or foreign materiel said to
    keep arriving, was supplied: "Koksan guns have turned up on the southern front",
    "launchers, which started showing up in Russian service", "Iranian drones keep
    arriving" (not "shells arrived at the depot" with no foreign maker named)."""
    if verb.lemma_.lower() in _ONGOING:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    lemma = verb.lemma_.lower()
    if lemma in _SURFACING and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at", "along"):
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if obj.lemma_.lower() in _USE_PLACES or side_of_np(obj) in ("RU", "UA"):
                    return verb
        return None
    if lemma not in _FLOWING and lemma not in lex.cues.arrival_verbs:
        return None
    own = side_of_text(tok.doc[tok.left_edge.i : tok.i].text)  # "Iranian" drones
    if lemma in _FLOWING and tok.dep_ == "nsubj":
        # "Iranian drones continue to pour into Russia": foreign materiel flowing into
        # another side
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("into", "to"):
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                where = side_of_np(obj)
                if own is not None and where is not None and where != own:
                    return verb
        return None
    if (
        lemma in lex.cues.arrival_verbs
        and own is not None
        and own not in lex.events.belligerents
        and (crosses_over(verb, lex) or _reaches_a_front(verb, own))
    ):
        # "North Korean drones have begun arriving at Russian units", "… have reached
        # Russia's front": a maker not at war has its weapons at a side's war
        return verb
    if lemma in lex.cues.arrival_verbs and not any(
        c.dep_ == "prep" or c.dep_ == "dobj" and c not in forces_reached(verb, lex)
        for c in verb.children
    ):  # "Iranian drones keep arriving", not "Iranian drones reached Kyiv" (an attack)
        if own is not None and own not in lex.events.belligerents:
            return verb
    return None


def _reaches_a_front(verb: Token, own: str) -> bool:
    """ "reached Russia's front", "reached the Russian front lines": the front of a side
    other than the weapons' maker."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _USE_PLACES
        and side_of_np(c) not in (None, own)
        for c in verb.children
    )


_CONTENT_VERBS = frozenset({"carry", "hold", "contain"})


def bound_for(noun: Token) -> Token | None:
    """ "shells bound for the Russian army", "crates … bound for Russia": on their way
    to a side (not "bound for the depot"; not what counted containers "carry", which the
    count already says)."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONTENT_VERBS:
        return None
    for child in noun.children:
        if child.dep_ not in ("acl", "amod") or child.lower_ != "bound":
            continue
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "to"):
                objs = [g for g in prep.children if g.dep_ == "pobj"]
                if any(side_of_np(g) for g in objs):
                    return child
    return None


def _shared_supply_participle(tok: Token) -> Token | None:
    """A supply participle after the last of coordinated materiel governs them all:
    "guns and rocket launchers supplied by Pyongyang" supplies the guns too."""
    later = [c for c in tok.conjuncts if c.i > tok.i]
    if not later:
        return None
    last = max(later, key=lambda c: c.i)
    return next(
        (
            c
            for c in last.children
            if c.dep_ == "acl"
            and (
                c.lemma_.lower() in _SUPPLY_VERBS
                and any(g.dep_ == "agent" for g in c.children)
                or brought_from_a_side(c)
            )
        ),
        None,
    )


#: Verbs of bringing that supply when they bring from a side: "brought from North Korea".
_BRINGING = frozenset({"bring", "import", "obtain", "acquire", "source"})


def brought_from_a_side(verb: Token) -> bool:
    """A participle of bringing from a named side: "240mm rocket launchers brought from
    North Korea over the winter"."""
    return verb.lemma_.lower() in _BRINGING and any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pobj" and side_of_np(g) is not None for g in c.children)
        for c in verb.children
    )


def misattached_conj(tok: Token, prep: Token) -> bool:
    """``tok`` was coordinated with the side after *from* ("shells from Iran and drones
    from Belarus"), not with what the *from* phrase modifies: the item belongs there."""
    if prep.lower_ != "from" or tok.dep_ != "conj":
        return False
    while tok.head.dep_ == "conj" and tok.head.head != tok.head:
        tok = tok.head  # "drones, missiles and launchers": the first of the list
    return tok.head.head == prep and tok.head.dep_ == "pobj"


def part_of_whose(head: Token) -> Token | None:
    """The weapon a part belongs to: "engines for the drones" (the definite weapon it
    is for), "the drone's parts …, and its guidance board", "Fath-360 missiles and
    their launchers" (the nearest materiel noun before the possessive)."""
    if singular(head.lower_) not in event_words("part_nouns"):
        return None
    lex = get_lexicon()
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            whole = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if (
                whole is not None
                and _materiel_head(whole, lex)
                and any(c.lower_ in ("the", "its", "their") for c in whole.children)
            ):
                return whole
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return None
    for tok in reversed(sent_of(head)[: head.i - sent_of(head).start]):
        if (
            tok.pos_ == "NOUN"
            and _materiel_head(tok, lex)
            and singular(tok.lower_) not in event_words("part_nouns")
        ):
            return tok
    return None


def parts_list_item(doc: Doc, start: int, head: Token, sides: DocumentSides) -> str | None:
    """The item of a materiel phrase, with a part named beside it that is no weapon of
    its own ("drone engines and navigation modules" is one list of parts; ``part_nouns``)."""
    item = item_name(doc, start, head.i + 1, sides.weapons)
    whole = part_of_whose(head)
    if item and whole is not None and whole.lower_ not in item.lower():
        weapon = weapon_in(doc[whole.left_edge.i : whole.i + 1].text)
        named = getattr(weapon, "name", None) or singular(whole.lower_)
        item = f"{named} {item}"  # "its guidance board": the drone's
    for conj in head.children:
        if (
            item
            and conj.dep_ == "conj"
            and conj.pos_ == "NOUN"
            and singular(conj.lower_) in event_words("part_nouns")
            and not _materiel_head(conj, get_lexicon())  # "parts and circuit boards": two items
            and not any(c.dep_ == "conj" for c in conj.children)
        ):
            part = item_name(doc, conj.left_edge.i, conj.i + 1)
            return f"{item} and {part}" if part else item
    return item


def supplier_noun_sides(noun: Token) -> tuple[str | None, str | None] | None:
    """Who a supplier noun names and whom it supplies: "North Korea is now the largest
    supplier of munitions to Russia" (the copula's subject; "to Russia"), "Iran, a key
    supplier of drones to Moscow" (the noun it stands beside), "has become Russia's main
    supplier of shells" (the possessor is supplied)."""
    if noun.dep_ == "attr":
        who = [c for c in noun.head.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "appos":
        who = [noun.head]
    else:
        who = []
    to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    subject, recipient = _sides_of(who), _sides_of(to)
    if recipient is None and not any(
        c.dep_ == "amod" and c.lemma_.lower() in event_words("weight_ranks")
        for c in noun.children
    ):  # "Russia's main supplier of shells" (not "Moscow's most important source of …")
        recipient = _sides_of([c for c in noun.children if c.dep_ == "poss"])
    if recipient == subject:
        return None  # "Russia's own supplier": no side gives to another
    if subject is None or recipient is None:
        return None  # "one of Russia's main suppliers" ranks; it names no delivery
    return subject, recipient


def of_counted(tok: Token, lex: Lexicon) -> bool:
    """Materiel that says what a counted noun is made of: "more than 12 million rounds
    of 152mm and 122mm artillery shells", "28,000 containers of munitions". The
    quantity claim holds it; it is no event of its own."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("conj", "appos") or node.dep_ == "compound" and node.head.i > node.i:
            node = node.head
            continue
        break
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    counted = node.head.head
    return counted.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("nummod", "quantmod") for c in counted.children
    )


def dative_in_phrase(phrase: Span) -> tuple[str, int] | None:
    """The receiving side the parser took into the item, and how many of the phrase's
    words name it: in "Moscow has sent Pyongyang Pantsir systems" and "has given North
    Korea air-defence systems" the names right after the supply verb are the recipient,
    not part of what is supplied."""
    doc = phrase.doc
    k = phrase.start
    while k > 0 and doc[k - 1].pos_ == "PROPN":
        k -= 1  # "North" of "North Korea" left out of the phrase
    verb = doc[k - 1] if k > 0 else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SUPPLY_VERBS:
        return None
    end = phrase.start
    while end < phrase.end - 1 and doc[end].pos_ == "PROPN":
        end += 1
    if end == k:
        return None
    run = doc[k:end]
    mentions = get_registry().find_mentions(run.text, kinds=("side",))
    if not mentions or mentions[0].start != 0:
        return None
    stop = run.start_char + mentions[0].end
    named = next((t.i + 1 for t in run if t.idx + len(t.text) >= stop), end)
    if named <= phrase.start:
        return None
    return mentions[0].entity.side, named - phrase.start


def supplied_kind(noun: Token, lex: Lexicon) -> Token | None:
    """The weapon that names a supply noun's kind: "new Shahed deliveries", "missile
    shipments", "Patriot transfers" (the deliveries are of that weapon)."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("compound", "amod", "nmod"):
            continue
        if child.pos_ not in ("NOUN", "PROPN"):
            continue
        if (
            lex.measure_nouns.get(child.lemma_.lower()) == "materiel"
            or weapon_in(child.text) is not None
        ):
            return child
    return None


def restated_share(doc: Doc, tok: Token, supplier: str, told: list[tuple[int, str | None]]) -> bool:
    """A share of use put on materiel named only by its kind ("North Korean munitions
    accounted for about half of the shells Russian gunners fired") right after the
    supply by the same side was told, in the sentence before or this one: a comment on
    that supply, not a new event. A named or calibred item ("North Korean 152mm shells
    make up a large share") is news, and so is a share told further on, which a reader
    takes as a claim of its own."""
    words = doc[tok.left_edge.i : tok.i + 1].text
    if any(ch.isdigit() for ch in words) or weapon_in(words) is not None:
        return False
    sent = sent_of(tok)
    before = sent_of(doc[sent.start - 1]) if sent.start > 0 else sent
    return any(
        side == supplier and start >= before.start_char for start, side in told
    )


#: Verbs that say what counted things look like: "two vehicles resembling Pantsir-S1".
_LIKENESS_VERBS = frozenset({"resemble", "match"})


def has_own_figure(tok: Token, lex: Lexicon) -> bool:
    """Materiel that carries a figure ("an estimated 250,000 shells", "dozens of
    missiles") is a quantity claim or no claim at all, never an event: where the
    quantity rules turned it down (production, use), the event rule must too."""
    for child in tok.children:
        if child.dep_ in ("nummod", "quantmod") and child.like_num:
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if nxt is None or nxt.lower_ not in ("mm", "-", "millimetre", "millimeter"):
                return True
        if child.lower_ in ("mm", "millimetre", "millimeter") and (
            sum(g.dep_ == "nummod" and g.like_num for g in child.children) > 1
        ):
            return True  # "more than 160 170mm guns": the count hung on the calibre
    doc = tok.doc
    if tok.i >= 2 and [t.lower_ for t in doc[tok.left_edge.i : tok.left_edge.i + 2]] == [
        "how",
        "many",
    ]:
        return True  # "4 million. That's how many artillery shells …": the figure before
    after = [t.lower_ for t in doc[tok.i + 1 : min(len(doc), tok.i + 5)]]
    if (
        len(after) == 4
        and after[0] == ","
        and (doc[tok.i + 2].like_num or after[1] in lex.vague)
        and after[2:] == ["of", "them"]
    ):
        return True  # "complete Shahed drones, hundreds of them": counted in apposition
    head = tok.head
    if tok.dep_ == "dobj" and head.dep_ == "acl" and head.lemma_.lower() in _LIKENESS_VERBS:
        return has_own_figure(head.head, lex)  # "two vehicles resembling Pantsir systems"
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.like_num or head.head.lower_ in lex.vague)
    )


#: Verbs of a vehicle's load: "a train carrying shells".
_CARRYING = frozenset({"carry", "transport", "haul", "ferry"})


#: Words of a crossing between countries: "crossing the Tumen river bridge".
_CROSSING_WORDS = frozenset({"border", "frontier", "bridge", "crossing", "checkpoint"})


def side_given(tok: Token) -> Token | None:
    """A side-hyphened supply participle before the materiel's name: "German-donated
    Leopard 1A5 tanks", "French-supplied CAESAR howitzers" (whatever the parse hangs it
    on)."""
    doc = tok.doc
    k = tok.i - 1
    while k >= max(0, tok.i - 5) and (
        doc[k].pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or doc[k].text == "-"
    ) and doc[k].tag_ != "VBN":
        k -= 1
    if k < 2 or doc[k].tag_ != "VBN" or doc[k].lemma_.lower() not in _SUPPLY_VERBS:
        return None
    glued = doc[k - 1].text == "-" and side_of_text(doc[k - 2].text) is not None
    return doc[k] if glued else None


def load_between_sides(tok: Token, lex: Lexicon) -> Token | None:
    """The load verb of materiel a vehicle carries from the side that makes it to
    another side, or over a border: "Trains carry North Korean heavy guns to Russia's
    front", "Trains carrying 170mm Koksan guns were photographed crossing the Tumen river
    bridge" (not "a Russian train carrying ammunition was hit")."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _CARRYING:
        return None
    carrier = (
        verb.head
        if verb.dep_ == "acl"
        else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    )
    if carrier is None or singular(carrier.lower_) not in TRANSPORT_NOUNS:
        return None
    doc = tok.doc
    phrase = doc[tok.left_edge.i : tok.i + 1]
    maker = side_of_text(phrase.text) or getattr(weapon_in(phrase.text), "side", None)
    if maker is None:
        return None
    sent = sent_of(tok)
    crossing = any(t.lemma_.lower() in _CROSSING_WORDS for t in sent)
    elsewhere = any(
        side_of_text(t.text) not in (None, maker)
        for t in sent
        if t.pos_ in ("PROPN", "ADJ") and not (phrase.start <= t.i < phrase.end)
    )
    return verb if crossing or elsewhere else None


def _carried_across(node: Token, verb: Token, lex: Lexicon) -> Token | None:
    """Materiel loaded on a vehicle that crosses into a side: "A train carrying North
    Korean ammunition crossed into Russia" (not a train carrying it "to the depot")."""
    vehicle = verb.head
    if (
        node.dep_ != "dobj"
        or verb.lemma_.lower() not in _CARRYING
        or verb.dep_ != "acl"
        or vehicle.lemma_.lower() not in TRANSPORT_NOUNS
        or vehicle.dep_ not in ("nsubj", "nsubjpass")
    ):
        return None
    moving = vehicle.head
    return moving if crosses_over(moving, lex) else None


def crosses_over(verb: Token, lex: Lexicon) -> bool:
    """An arrival verb that takes its subject into a side or over a border:
    "have arrived in Ukraine", "crossed into Russia", "crossed the border"."""
    if verb.lemma_.lower() not in lex.cues.arrival_verbs:
        return False
    targets = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "to", "at")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if _sides_of(targets + forces_reached(verb, lex)):
        return True
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.cues.border_nouns for c in verb.children
    )


def forces_reached(verb: Token, lex: Lexicon) -> list[Token]:
    """The forces an arrival verb takes as its object: "Iranian drones are reaching
    Russian forces", "the shells reached Ukrainian brigades" (a side's troops, not a
    city: "drones reached Kyiv" is an attack)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() in lex.events.people_words | {"army"}
    ]


def made_in_side(tok: Token) -> str | None:
    """The maker's country of supplied materiel: "components made in China"."""
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _MAKER_VERBS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    side = _sides_of([c for c in prep.children if c.dep_ == "pobj"])
                    if side:
                        return side
    return None


def _passive_agent_side(verb: Token) -> str | None:
    """ "… supplied by Iran": the side of the passive agent of a supply verb."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _SUPPLY_VERBS:
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        side = _sides_of([c for c in agent.children if c.dep_ == "pobj"])
        if side:
            return side
    return None


def partitive_supplied(tok: Token, sent: Span, lex: Lexicon) -> tuple[str, Token] | None:
    """Part of the materiel named just before is said to be supplied: "fired 80
    missiles, some of them supplied by North Korea", "Record Number of Drones, Some
    Newly Supplied by Iran" (the nearest materiel noun before the pronoun)."""
    doc = tok.doc
    for k in range(tok.i + 1, min(sent.end, tok.i + 6)):
        word = doc[k]
        if word.lower_ not in _PARTITIVE:
            continue
        holder = word
        verbs = [c for c in holder.children if c.dep_ in ("acl", "relcl")]
        if holder.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(holder.head)
        for verb in verbs:
            if verb.lemma_.lower() in _SUPPLY_VERBS and verb.tag_ == "VBN":
                between = doc[tok.i + 1 : k]
                if any(_materiel_head(t, lex) for t in between):
                    return None  # a nearer materiel noun is the antecedent
                return "supply", verb
    return None


def _named_after_supply(tok: Token, sent: Span, lex: Lexicon) -> tuple[str, Token] | None:
    """A named weapon the parse left loose ("…, along with the Shahed-131, officials
    said"), after a supply verb of its sentence and linked to it by "with",
    "including", "and" or "as well as"."""
    if not _weapon_name(tok) or tok.dep_ not in (
        "punct",
        "dep",
        "ROOT",
        "npadvmod",
        "appos",
        "nmod",
    ):
        return None
    doc = tok.doc
    verbs = [
        t for t in doc[sent.start : tok.i] if t.pos_ == "VERB" and t.lemma_.lower() in _SUPPLY_VERBS
    ]
    if not verbs:
        return None
    before = {t.lower_ for t in doc[max(verbs[-1].i, tok.i - 5) : tok.i]}
    if before & {"with", "including", "and", "plus", "well"}:
        return "supply", verbs[-1]
    return None


def _list_link(prep: Token) -> bool:
    """ "including", "along with", "as well as", "plus": a link that adds to a list
    (a bare "with" — "brigades equipped with tanks" — does not)."""
    doc = prep.doc
    low = prep.lower_
    if (
        low in ("including", "plus", "like")
        or low == "along"
        and prep.i + 1 < len(doc)
        and doc[prep.i + 1].lower_ == "with"
    ):
        return True
    return (
        low in ("with", "as")
        and prep.i > 0
        and doc[prep.i - 1].lower_ in ("along", "well", "together")
    )


def _phrase(doc: Doc, head: Token) -> Span:
    """The head noun with its left modifiers (and a calibre the parser split off),
    without determiners, "more", or a verb ("mass-producing suicide drones")."""
    sent = sent_of(head)
    start = head.left_edge.i
    while start < head.i and (
        doc[start].dep_ == "quantmod"
        or doc[start].like_num
        and doc[start + 1].lower_ not in ("mm", "-", "millimetre", "millimeter")
        or doc[start].pos_ == "DET"
        or doc[start].lower_ in _COMPARATIVE | {"latest", "currently"}
        or doc[start].tag_ == "PRP$"
    ):
        start += 1
    for k in range(start, head.i):
        if (
            doc[k].lower_ in ("and", "or", ",")
            and k > start
            and doc[k - 1].pos_ == "NOUN"
            and doc[k - 1].lower_ not in ("mm", "millimetre", "millimeter")
            and not any(ch.isdigit() for ch in doc[k - 1].text)
        ):
            start = k + 1  # "food, oil and air-defence systems" read as one phrase
        elif (
            doc[k].pos_ == "VERB"
            and doc[k].tag_ in ("VBG", "VB", "VBZ", "VBP", "VBD")
            and not (doc[k].dep_ == "amod" and doc[k - 1].text == "-")
        ):
            start = k + 1  # "mass-producing suicide drones" (not "artillery-locating radars")
        elif _list_link(doc[k]) or doc[k].lower_ == "with" and _list_link(doc[k - 1]):
            start = k + 1  # "…, as well as artillery ammunition" under a garbled parse
        elif doc[k].lemma_.lower() in _MAKER_VERBS and k > start and doc[k - 1].text in ("-", "–"):
            start = k + 1  # "North Korean-made rocket launchers": the maker is no part of the item
    # "170 mm self-propelled guns" parsed apart: take the calibre back.
    while (
        start - 2 >= sent.start
        and doc[start - 1].lower_ in ("mm", "millimetre", "millimeter")
        and _CALIBRE.match(doc[start - 2].text)
    ):
        start -= 2
    # "German-donated Leopard 1A5 tanks" with the name parsed apart: take the name back.
    while (
        start - 1 >= sent.start
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].head.i != head.i
        and weapon_in(f"{doc[start - 1].text} {doc[start : head.i + 1].text}") is not None
        and weapon_in(doc[start : head.i + 1].text) is None
    ):
        start -= 1
    # "Shahed-136 attack drones" with the name tagged as punctuation: take the name back.
    if (
        start - 1 >= sent.start
        and doc[start - 1].dep_ == "punct"
        and doc[start - 1].whitespace_
        and weapon_in(f"{doc[start - 1].text} {head.text}") is not None
    ):
        start -= 1
    end = head.i + 1
    # Keep a bracketed designation list: "missiles [KN-23 and KN-24]".
    if end < len(doc) and doc[end].text in ("[", "("):
        close = next((t.i for t in doc[end : min(len(doc), end + 8)] if t.text in ("]", ")")), None)
        if close is not None and any(c.isdigit() for c in doc[end:close].text):
            end = close + 1
    return doc[start:end]


def _calibre_split(doc: Doc, phrase: Span, head: Token) -> list[tuple[Span, str]]:
    """ "122mm and 152mm artillery shells" -> one item per calibre.

    Looks a few tokens left of the phrase too: the parser often detaches the first
    calibre of a coordination.
    """
    lo = max(sent_of(head).start, phrase.start - 4)
    calibres = [
        t
        for t in doc[lo : head.i]
        if _CALIBRE.match(t.text)
        and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ in ("mm", "millimetre", "-")
    ]
    if len(calibres) < 2:
        return []
    gaps = [doc[a.i + 2 : b.i] for a, b in zip(calibres, calibres[1:], strict=False)]
    if not all(len(g) <= 2 and all(t.lower_ in ("and", "or", ",") for t in g) for g in gaps):
        return []
    rest = doc[calibres[-1].i + 2 : head.i + 1].text
    span = doc[calibres[0].i : phrase.end]
    return [(span, f"{c.text}mm {rest}".strip()) for c in calibres]


def _name_like(tok: Token) -> bool:
    """A word of a weapon's name: capitalised or with a digit, and no side ("US")."""
    if side_of_text(tok.text) or tok.lower_ in ("and", "or"):
        return False
    return (
        (tok.is_upper and len(tok.text) > 1)
        or (tok.is_title and tok.pos_ in ("PROPN", "NOUN") and not tok.is_sent_start)
        or (any(c.isdigit() for c in tok.text) and any(c.isalpha() for c in tok.text))
        or (tok.like_num and tok.i > 0 and _name_like(tok.doc[tok.i - 1]))  # "Leopard 2"
    )


def _name_glue(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen or slash glued inside a name: the "-" of "IRIS-T"."""
    return (
        doc[i].text in ("-", "/")
        and not doc[i].whitespace_
        and i > 0
        and not doc[i - 1].whitespace_
        and _name_like(doc[i - 1])
        and i + 1 < len(doc)
        and _name_like(doc[i + 1])
    )


def _name_split(doc: Doc, phrase: Span, head: Token) -> list[tuple[Span, str]]:
    """ "Storm Shadow and SCALP cruise missiles", "Starstreak and ASRAAM missiles":
    two named weapons sharing one kind -> one item per name ("Storm Shadow cruise
    missiles", "SCALP cruise missiles"); named weapons the registry takes as one
    ("KN-23 and KN-24") stay one."""
    lo = max(sent_of(head).start, phrase.start - 4)  # the parser may detach the first name
    conj = next((t for t in reversed(doc[lo : head.i]) if t.lower_ in ("and", "or")), None)
    if conj is None or conj.i == lo:
        return []
    left = conj.i
    while left - 1 >= lo and (
        _name_like(doc[left - 1]) or _name_glue(doc, left - 1) and left - 2 >= lo
    ):
        left -= 1  # (a hyphen or slash inside a name: "IRIS-T", "SAMP/T")
    right = conj.i + 1
    while right < head.i and (_name_like(doc[right]) or _name_glue(doc, right)):
        right += 1
    if left == conj.i or right == conj.i + 1 or right > head.i:
        return []
    tail = doc[right : head.i + 1].text
    names = [f"{doc[left : conj.i].text} {tail}", f"{doc[conj.i + 1 : right].text} {tail}"]
    items = [canonical_item(n) or n for n in names]
    if items[0] == items[1]:
        return []
    span = doc[left : phrase.end]
    return [(span, name) for name in names]


def _for_calibre(doc: Doc, head: Token) -> str | None:
    """ "rockets for 240mm launchers" -> "240mm rockets"."""
    k = head.i + 1
    if (
        k + 2 < len(doc)
        and doc[k].lower_ == "for"
        and _CALIBRE.match(doc[k + 1].text)
        and doc[k + 2].lower_ == "mm"
    ):
        return f"{doc[k + 1].text}mm {head.text}"
    return None


def _covered(span: Span, covered: list[tuple[int, int]]) -> bool:
    return any(s < span.end_char and span.start_char < e for s, e in covered)


def find_events(
    doc: Doc,
    lex: Lexicon,
    quotes: QuoteIndex,
    sides: DocumentSides,
    covered: list[tuple[int, int]],
    layout: object | None = None,
    quantities: Sequence[Claim] = (),
) -> list[Claim]:
    """Every event claim in ``doc``, skipping phrases a quantity claim already covers.
    ``quantities`` are the article's quantity claims (for what was told before)."""
    events: list[tuple[int, Claim]] = []
    told = [(c.evidence.start, c.subject) for c in quantities if c.measure == "materiel"]
    from claimledger.extract.claims import is_question

    index = sentence_index(doc)
    heads = sorted(
        set(index.matching(lex.materiel_forms | _SUPPLY_NOUNS | event_words("materiel_words")))
        | set(index.with_digits(numbers=False))
        | _named_weapon_tokens(doc, sides)
    )
    people = index.matching(lex.events.people_words)
    people_cues = (
        lex.events.cue_words
        | _SUPPLY_VERBS
        | frozenset(_deploy_particles())
        | event_words("presence_verbs")
        | event_words("firing_verbs")
        | presence_cue_words()
    )
    for sent in sents(doc):
        in_sent = heads[bisect_right(heads, sent.start - 1) : bisect_right(heads, sent.end - 1)]
        has_people = bisect_right(people, sent.end - 1) > bisect_right(people, sent.start - 1)
        if not (in_sent or has_people) or is_question(sent) or _boilerplate(layout, sent):
            continue
        found: list[Claim] = []
        if in_sent:
            found.extend(
                _materiel_events(
                    doc,
                    sent,
                    lex,
                    quotes,
                    sides,
                    covered,
                    layout,
                    [doc[i] for i in in_sent],
                    [t for t in told if t[0] < sent.start_char]
                    + [(e.evidence.start, e.subject) for _s, e in events],
                )
            )
        if has_people and index.matching_in(people_cues, sent):
            people_here = people[
                bisect_right(people, sent.start - 1) : bisect_right(people, sent.end - 1)
            ]
            found.extend(
                _personnel_events(
                    doc,
                    sent,
                    lex,
                    quotes,
                    sides,
                    covered,
                    [doc[i] for i in people_here],
                    [(c.evidence.start, c.subject) for c in quantities if c.measure == "personnel"]
                    + [
                        (e.evidence.start, e.subject)
                        for _s, e in events
                        if e.measure == "personnel"
                    ],
                )
            )
        events = spelled_out_umbrella(doc, sent, events, found)
        found = listed_by_including(doc, sent, found)
        counted = [
            q
            for q in quantities
            if q.measure == "materiel" and sent.start_char <= q.evidence.start < sent.end_char
        ]
        events.extend(
            (sent.start, event) for event in found if not counted_here(doc, event, counted)
        )
    events.extend(bare_deployments(doc, lex, quotes, sides, covered))
    return judged_items(subsumed(events), layout)


def _captured(tok: Token) -> tuple[str, Token] | None:
    """("captured", verb) for weapons of a maker not at war taken by a side at war."""
    taken = captured_from_other_side(tok)
    return ("captured", taken[2]) if taken is not None else None


def _boilerplate(layout: object | None, sent: Span) -> bool:
    """A sentence on a line of web furniture ("Watch: How Iran's drones reached the
    front (2:41)", "Read more: …") tells no claim."""
    if layout is None:
        return False
    return layout.line_at(sent.start_char).kind in ("boilerplate", "timestamp")  # type: ignore[attr-defined]


def spelled_out_umbrella(
    doc: Doc, sent: Span, events: list[tuple[int, Claim]], found: list[Claim]
) -> list[tuple[int, Claim]]:
    """Drop an umbrella item ("has also sent weapons") that the next sentence lists by
    a pronoun ("These include the KN-23 …"): the listed items are the claims."""
    continued = continued_supply(doc, sent) if found else None
    if continued is None:
        return events
    listed = {e.subject for e in found if e.measure == "materiel"}
    umbrella = event_words("umbrella_items")
    return [
        (start, e)
        for start, e in events
        if not (
            start == continued[1].start
            and e.measure == "materiel"
            and e.subject in listed
            and (e.item or "").lower() in umbrella
        )
    ]


def listed_by_including(doc: Doc, sent: Span, found: list[Claim]) -> list[Claim]:
    """Drop an umbrella item that the same sentence lists after "including" or "such
    as" ("has been shipping weapons to Russia, …, including 170mm guns and 240mm
    launchers"): the listed items are the claims."""
    umbrella = event_words("umbrella_items")
    out = []
    for event in found:
        if event.measure == "materiel" and (event.item or "").lower() in umbrella:
            after = doc_text(doc)[event.evidence.end : sent.end_char].lower()
            cue = min((after.find(w) for w in (" including ", " such as ") if w in after),
                      default=-1)
            listed = cue >= 0 and any(
                other is not event
                and other.measure == "materiel"
                and other.subject == event.subject
                and other.evidence.start >= event.evidence.end + cue
                for other in found
            )
            if listed:
                continue
        out.append(event)
    return out


def judged_items(events: list[Claim], layout: object | None) -> list[Claim]:
    """ "Key judgements" / "- North Korea is now the largest supplier of munitions to
    Russia": an item of a list of judgements that names no source is believed."""
    if layout is None:
        return events
    out = []
    for event in events:
        line = layout.line_at(event.evidence.start)  # type: ignore[attr-defined]
        if (
            event.claimant is None
            and event.hedge == "asserted"
            and line.kind == "item"
            and layout.is_judgement_list(line)  # type: ignore[attr-defined]
        ):
            event = event.replace(hedge="believed")
        out.append(event)
    return out


#: Confirming verbs that make a bare deployment a claim: "acknowledges Kursk deployment".
_CONFIRM_VERBS = frozenset({"acknowledge", "confirm", "admit", "reveal", "disclose"})


def bare_deployments(
    doc: Doc, lex: Lexicon, quotes: QuoteIndex, sides: DocumentSides, covered: list[tuple[int, int]]
) -> list[tuple[int, Claim]]:
    """A deployment named by where it went or whose it is, that someone confirms, with no
    troops named: "DPRK military commission acknowledges Kursk deployment", "Moscow
    confirms North Korea's deployment" (the side that owns it, else the confirming side)."""
    out = []
    for i in sentence_index(doc).matching(frozenset({"deployment", "deployments"})):
        noun = doc[i]
        verb = noun.head
        if (
            noun.pos_ != "NOUN"
            or noun.dep_ != "dobj"
            or verb.lemma_.lower() not in _CONFIRM_VERBS
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            or is_negated(noun)
            or is_comparative_or_future(noun)
        ):
            continue
        marks = [c for c in noun.children if c.dep_ in ("compound", "poss", "amod")]
        if not marks:
            continue
        phrase = doc[min(c.left_edge.i for c in marks) : noun.i + 1]
        if _covered(phrase, covered):
            continue
        own = _sides_of([c for c in marks if c.dep_ == "poss"])
        by = _sides_of([c for c in verb.children if c.dep_ == "nsubj"])
        subject = own or by
        if subject is None:
            continue
        sent = sent_of(noun)
        attribution = attribute(noun, sent, lex, quotes)
        ev = evidence(doc, sent, [verb, phrase] + [c for c in verb.children if c.dep_ == "nsubj"])
        out.append((sent.start, _event(doc, "personnel", ev, subject, None, None, attribution)))
    return out


_GENERIC_ITEMS = frozenset(
    {"ammunition", "munitions", "shells", "rounds", "weapons", "arms", "materiel", "artillery"}
)


def counted_here(doc: Doc, event: Claim, counted: Sequence[Claim]) -> bool:
    """The supply restated with a figure right after it, no verb between: "Shells, first
    of all: 5.8 million rounds", "supplies ammunition from its stocks, tens of thousands
    of shells this year" (the figure's claim says it)."""
    if event.measure != "materiel":
        return False
    words = set((event.item or "").lower().split())
    for q in counted:
        if q.subject != event.subject or q.evidence.start < event.evidence.end:
            continue
        if not (words <= _GENERIC_ITEMS or words & set((q.item or "").lower().split())):
            continue
        between = doc.char_span(event.evidence.end, q.evidence.end, alignment_mode="expand")
        if between is not None and not any(
            t.pos_ in ("VERB", "AUX") or t.lower_ == "with" for t in between
        ):
            return True  # (not "…, with more than 200 shipped": a figure of its own)
    return False


def _named_weapon_tokens(doc: Doc, sides: DocumentSides) -> set[int]:
    """Tokens that name a weapon the registry knows with no digit ("Pantsir"), from the
    weapons the article names (found once for the whole text)."""
    index = sentence_index(doc)
    out = set()
    for char, _entity in sides.weapons:
        k = index.token_at_char(char)
        # the name's last capitalised word is the head ("Pantsir-S1" is one token)
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].is_title:
            k += 1
        tok = doc[k]
        if tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper):
            out.add(k)
    return out


def _list_supply(doc: Doc, sent: Span, layout: object | None) -> list[Span]:
    """The lead sentences of a list item whose lead speaks of deliveries, else []."""
    if layout is None:
        return []
    line = layout.line_at(sent.start_char)  # type: ignore[attr-defined]
    if line.kind != "item" or layout.lead_of(line) is None:  # type: ignore[attr-defined]
        return []
    leads = lead_sentences(doc, layout, line)  # type: ignore[arg-type]
    return leads if leads and has_supply_cue(leads[0]) else []


def continued_supply(doc: Doc, sent: Span) -> tuple[Token, Span] | None:
    """A sentence that lists what the one before it supplied, by a pronoun: "The North
    has also sent weapons. These include …", "They included tanks and howitzers."
    Returns (the listing verb, the sentence before), else None."""
    root = sent.root
    if root.lemma_.lower() not in event_words("listing_verbs") or sent.start == 0:
        return None
    if not any(
        c.dep_ == "nsubj" and c.lower_ in event_words("listing_pronouns") for c in root.children
    ):
        return None
    before = sent_of(doc[sent.start - 1])
    return (root, before) if has_supply_cue(before) else None


def answered_supply(doc: Doc, sent: Span, layout: object | None) -> list[Span]:
    """The question a verbless answer sentence replies to, when it asks what is sent:
    "Q: What is Iran sending besides drones?" / "A: … Also Shahed engines and Fath-360
    missiles." names supplies ([question], else [])."""
    if layout is None or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return []
    lines = layout.lines  # type: ignore[attr-defined]
    line = layout.line_at(sent.start_char)  # type: ignore[attr-defined]
    if line.kind != "answer":
        return []
    k = line.index - 1
    while k >= 0 and lines[k].kind in ("blank", "prose"):
        k -= 1
    if k < 0 or lines[k].kind != "question":
        return []
    question = doc.char_span(lines[k].start, lines[k].end, alignment_mode="expand")
    return [question] if question is not None and has_supply_cue(question) else []


def _materiel_events(
    doc: Doc,
    sent: Span,
    lex: Lexicon,
    quotes: QuoteIndex,
    sides: DocumentSides,
    covered: list[tuple[int, int]],
    layout: object | None,
    candidates: list[Token],
    told: list[tuple[int, str | None]] = (),  # type: ignore[assignment]
) -> list[Claim]:
    out = []
    leads = _list_supply(doc, sent, layout)
    continued = continued_supply(doc, sent) if not leads else None
    if continued is not None:
        leads = [continued[1]]
    asked = answered_supply(doc, sent, layout) if not leads else []
    heads = [
        tok
        for tok in candidates
        if _materiel_head(tok, lex) or tok.lemma_.lower() in _SUPPLY_NOUNS and tok.pos_ == "NOUN"
    ]
    for tok in heads:
        if tok.lower_ in _SUPPLY_NOUNS or tok.lemma_.lower() in _SUPPLY_NOUNS:
            named = supplied_kind(tok, lex)
            if named is None:
                continue  # "the shipments" name no item ("shipments of X": X does)
            tok, relation = named, ("supply", tok)
        else:
            focus = focus_of(tok, lex)
            relation = (
                supply_relation(tok, lex)
                or (supply_relation(focus, lex) if focus is not None else None)
                or _named_after_supply(tok, sent, lex)
                or share_or_origin(tok, lex)
                or partitive_supplied(tok, sent, lex)
                or used_by_other_side(tok)
                or _captured(tok)
            )
        if relation is None and leads and tok.i == heads[0].i:
            relation = (
                "supply",
                tok,
            )  # "- Patriot air defence batteries" under "deliveries include:"
        if relation is None and continued is not None and tok in continued[0].subtree:
            relation = ("supply", continued[0])  # "These include the KN-23 …"
        if relation is None and asked:
            relation = ("supply", tok)  # "Q: What is Iran sending?" / "A: Also Shahed engines."
        if relation is None or is_comparative_or_future(tok) or is_negated(tok):
            continue
        if any(c.lower_ in _NON_SPECIFIC for c in tok.children if c.dep_ == "det"):
            continue  # "whatever drones Russia holds"
        if singular(tok.lower_) in event_words("carrier_nouns"):
            continue  # "wagons loaded with containers": what they carry is the supply
        if spelled_out_in_apposition(tok):
            continue  # "and missiles, the Fath-360s": the named weapon is the event
        if any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(_materiel_head(g, lex) for g in c.children)
            for c in tok.children
        ):
            continue  # "shipments of KN-23 missiles": the missiles are the item
        # "built 2,000 drones and shipped most of them", "fired 80 missiles, some of them
        # supplied by Iran": the figure counts something else than the supply
        part_sent = (
            relation[1].lemma_.lower() in _MAKE_VERBS
            or relation[1].i > tok.i + 2
            and any(t.lower_ in _PARTITIVE for t in doc[tok.i + 1 : relation[1].i])
        )
        if of_counted(tok, lex) or has_own_figure(tok, lex) and not part_sent:
            # "12 million rounds of 152mm shells", "produce 250,000 shells a month" ("built
            # 2,000 drones and shipped most of them": the figure counts what was built)
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and not side_of_text(owner.text):
            continue  # "Putin's guns" are his, not supplied
        phrase = _phrase(doc, tok)
        dative = dative_in_phrase(phrase)
        given_to = dative[0] if dative else None
        if dative is not None:
            phrase = phrase[dative[1] :]
        if _covered(phrase, covered):
            continue
        attribution = attribute(tok, sent, lex, quotes)
        if attribution.claimant is None and leads:
            inherited = inherited_attribution(leads, quotes)
            if inherited is not None:
                attribution = inherited
        kind, governor = relation
        if governor.lower_ in event_words("flow_nouns") and not _sides_of(list(governor.subtree)):
            continue  # "the flow of shells has not slowed": a flow that names no side restates
        if kind == "transport" and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children
        ):
            continue  # "The systems were spotted on trains": the delivery already told
        roles = supplier_and_recipient(sent, tok)
        if (leads or asked) and (roles.supplier is None or roles.recipient is None):
            lead = roles_in(leads or asked)
            roles = SupplyRoles(roles.supplier or lead.supplier, roles.recipient or lead.recipient)
        claimant_side = sides.claimant_side(attribution.claimant)
        first = phrase.start if given_to else min(phrase.start, tok.left_edge.i)
        subject = side_of_text(doc[first : tok.i].text) if tok.i > first else None
        given = side_given(tok)
        subject = (
            subject
            or (side_of_text(doc[given.i - 2].text) if given is not None else None)
            or agent_side(tok)
            or made_in_side(tok)
            or _passive_agent_side(governor)
            or (None if kind == "receive" else roles.supplier)
        )
        recipient = given_to or roles.recipient
        maker = maker_side(phrase.text)  # "Fath-360s" are Iran's when no supplier is named
        if kind == "receive":
            subject = subject or _origin_side(governor) or _origin_side(tok) or maker
            if subject is None:
                continue  # "buys shells on the open market": from no side the text names
            recipient = (
                _sides_of([c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")])
                or recipient
            )
        elif kind == "supply" and (_stocking(governor) or governor.lemma_.lower() == "equip"):
            # "feeding Russia's war machine with missiles": whose the stocked thing is
            stocked = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")] or [
                c  # "keeping Russia's guns stocked with …": the guns kept stocked
                for c in governor.head.children
                if c.dep_ == "dobj" and governor.dep_ in ("ccomp", "xcomp", "oprd")
            ]
            recipient = (
                _sides_of(stocked)
                or _sides_of([g for c in stocked for g in c.children if g.dep_ == "poss"])
                or recipient
            )
            own = any(c.dep_ == "nsubj" for c in governor.children)
            stocker = governor.head if governor.dep_ == "oprd" and not own else governor
            subject = (
                _sides_of([c for c in stocker.children if c.dep_ == "nsubj"]) or subject
            )  # "Iran is feeding …": the subject stocks
        elif kind == "supply" and governor.lemma_.lower() in _MAKE_VERBS and recipient is None:
            recipient = _for_a_side(governor) or _for_a_side(tok)  # "… for Russian use"
        elif kind == "arrive":
            recipient = (
                _sides_of(
                    [
                        g
                        for c in governor.children
                        if c.dep_ == "prep"
                        for g in c.children
                        if g.dep_ == "pobj"
                    ]
                    + forces_reached(governor, lex)
                    # "have reached Russia's front"
                    + [c for c in governor.children
                       if c.dep_ == "dobj" and c.lemma_.lower() in _USE_PLACES]
                )
                or recipient
            )
        elif kind == "captured":
            taken = captured_from_other_side(tok)
            if taken is None:
                continue
            subject, recipient = taken[0], taken[1]  # the maker's, in the other side's hands
        elif kind == "use":
            recipient = user_side(governor) or recipient  # "Russian forces fire …"
        elif kind == "supplier":
            named = supplier_noun_sides(governor)
            if named is None:
                continue
            subject, recipient = named
        elif kind == "payment":
            # paid in kind: from the payer to the side it pays, the one that sells to it
            payer = governor
            while payer.dep_ == "xcomp" and not any(
                c.dep_ == "nsubj" for c in payer.children
            ):
                payer = payer.head  # "Moscow is thought to be paying Pyongyang with …"
            subject = (
                _sides_of([c for c in payer.children if c.dep_ in ("nsubj", "nsubjpass")])
                or subject
            )
            payee = _sides_of([c for c in governor.children if c.dep_ == "dobj"])
            recipient = (
                payee
                if payee not in (None, subject)
                else recipient or sides.usual_supplier(exclude=(subject, claimant_side))
            )
        elif kind == "origin":
            # "Half of all the shells Russia fires … come from North Korea"
            subject = _origin_side(governor)
            recipient = _first_side(doc[tok.i + 1 : governor.i], subject) or recipient
        elif kind == "share":
            if subject is None:
                continue  # "Shells make up half of the aid": whose shells is not said
            if restated_share(doc, tok, subject, told):
                continue
            recipient = (
                _first_side(
                    [t for c in governor.children if c.i > governor.i for t in c.subtree], subject
                )
                or recipient
            )
        if recipient is None and part_sent and tok.dep_ == "dobj":
            # "Moscow fired 60 missiles, some of them supplied by Pyongyang": the user got them
            recipient = _sides_of([c for c in tok.head.children if c.dep_ == "nsubj"])
        arrival = governor.head
        if (
            recipient is None
            and governor.pos_ == "NOUN"
            and governor.dep_ in ("nsubj", "nsubjpass")
            and crosses_over(arrival, lex)
        ):
            # "The first shipment of Bradleys has arrived in Ukraine": where it arrived
            recipient = _sides_of(
                [g for c in arrival.children if c.dep_ == "prep" for g in c.children
                 if g.dep_ == "pobj"]
            )
            if subject == recipient:
                subject = None  # Ukraine, where the shipment arrived, is no supplier
        subject = subject or (maker if maker != recipient else None)
        recipient = recipient or sides.usual_recipient(exclude=(subject,), source=subject)
        subject = subject or sides.usual_supplier(exclude=(recipient, claimant_side), to=recipient)
        donors = coordinated_sides(governor) if kind == "supply" and governor.pos_ == "VERB" else []
        pieces = (
            _calibre_split(doc, phrase, tok)
            or _name_split(doc, phrase, tok)
            or [(phrase, _for_calibre(doc, tok))]
        )
        paired = each_their_own(doc, tok, donors, pieces)
        for k, (span, name) in enumerate(pieces):
            item = (
                (canonical_item(name) or name)
                if name
                else parts_list_item(doc, span.start, tok, sides)
            )
            told_part = (
                doc[relation[1].left_edge.i : relation[1].right_edge.i + 1] if part_sent else None
            )  # "…, some of them supplied by Iran": the words of the supply
            ev = evidence(doc, sent, [span, told_part])
            for donor in [donors[k]] if paired else donors or [subject]:
                if not told_again(out, donor, recipient, item):
                    out.append(_event(doc, "materiel", ev, donor, recipient, item, attribution))
    return out


def told_again(
    told: list[Claim], subject: str | None, recipient: str | None, item: str | None
) -> bool:
    """The same supply named twice in one sentence ("the 170mm M1989 self-propelled gun,
    nicknamed the Koksan") is one claim."""
    return item is not None and any(
        (e.subject, e.recipient, e.item) == (subject, recipient, item) for e in told
    )


def each_their_own(doc: Doc, head: Token, donors: list[str], pieces: list[object]) -> bool:
    """ "Britain and France have supplied their own Storm Shadow and SCALP missiles",
    "… sent Leopard and Abrams tanks respectively": as many donors as items, each
    giving its own, pair in order (not every donor every item)."""
    if len(donors) < 2 or len(donors) != len(pieces):
        return False
    return any(t.lower_ == "own" for t in doc[head.left_edge.i : head.i]) or any(
        t.lower_ == "respectively" for t in sent_of(head)
    )


def _of_kind(weapon: object, generic: Token) -> bool:
    kinds = getattr(weapon, "kinds", ())
    return any(singular(k.split()[-1].lower()) == singular(generic.lower_) for k in kinds)


def focused_name(generic: Token) -> Token | None:
    """The named weapon a focus adverb picks out of a generic noun, by the words
    (the parser often garbles it): "ballistic missiles, mainly the Fath-360", "drones,
    chiefly Shahed-136s" -> the name's token, when it is a weapon of that kind."""
    doc = generic.doc
    k = generic.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in event_words(
        "focus_adverbs"
    ):
        return None
    k += 2
    if k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    if k < len(doc) and _of_kind(weapon_in(doc[k].text), generic):
        return doc[k]
    return None


def focus_of(name: Token, lex: Lexicon) -> Token | None:
    """The generic materiel noun whose focus adverb picks out ``name`` (see
    ``focused_name``)."""
    sent = sent_of(name)
    for k in range(name.i - 1, max(sent.start, name.i - 4) - 1, -1):
        tok = name.doc[k]
        if _materiel_head(tok, lex) and focused_name(tok) == name:
            return tok
    return None


def spelled_out_in_apposition(tok: Token) -> bool:
    """A generic materiel noun whose apposition names a weapon of its kind ("missiles,
    the Fath-360s", "missiles, mainly the Fath-360") is that weapon, told once."""
    if weapon_in(tok.text) is not None:
        return False
    if focused_name(tok) is not None:
        return True
    return any(
        child.dep_ == "appos" and _of_kind(weapon_in(child.text), tok) for child in tok.children
    )


def subsumed(events: list[tuple[int, Claim]]) -> list[Claim]:
    """Drop a generic materiel event ("accused of sending ballistic missiles") that a
    named one of its kind in the next sentences spells out ("Fath-360 short-range
    missiles"). A generic item listed beside others in its sentence stays, and so does
    one whose source differs from the named one's.

    ``events`` are (sentence start, event) pairs in text order.
    """
    keep = []
    for sent_start, event in events:
        alone = sum(1 for s, e in events if s == sent_start and e.measure == "materiel") == 1
        if event.measure != "materiel" or not event.item or weapon_in(event.item) or not alone:
            keep.append(event)
            continue
        generic = " ".join(singular(w) for w in event.item.lower().split())
        spelled_out = False
        for _s, other in events:
            if other is event or other.measure != "materiel" or other.subject != event.subject:
                continue
            if not 0 < other.evidence.start - event.evidence.end < 400:
                continue
            if _told_by_others(event, other):
                continue  # another source naming the weapon later tells a claim of its own
            weapon = weapon_in(other.item or "")
            if weapon is None:
                continue
            kinds = {" ".join(singular(w) for w in k.lower().split()) for k in weapon.kinds}
            if generic in kinds:
                spelled_out = True
                break
        if not spelled_out:
            keep.append(event)
    return keep


def _told_by_others(first: Claim, second: Claim) -> bool:
    """Both claims name a source, and not the same one."""
    if first.claimant is None or second.claimant is None:
        return False
    a, b = first.claimant.text.lower(), second.claimant.text.lower()
    return a not in b and b not in a


def deployment_cue(tok: Token, lex: Lexicon) -> Token | None:
    """The word that reports troops sent or deployed: "the deployment of troops",
    "troops were deployed", "troops sent to Russia", "suspected of sending military
    engineers", "is also providing Russia with troops", "preparing another contingent"."""
    cues = lex.events
    head = tok.head
    if head.lower_ == "of" and head.head.lemma_.lower() in cues.deploy_nouns:
        return None if deployment_topic(head.head) else head.head
    if head.lemma_.lower() in cues.deploy_verbs and tok.dep_ in ("dobj", "nsubjpass"):
        return head
    if tok.dep_ in ("dobj", "nsubjpass") and sent_with_particle(head):
        if head.lemma_.lower() in cues.arrival_verbs and not (
            _series_group(tok, lex) or arrives_abroad(tok, head, lex)
        ):
            return None  # "were moved to a hospital": only the next group or a side abroad
        return head
    if (
        tok.dep_ == "dobj"
        and head.lemma_.lower() in cues.preparing_verbs
        and _series_group(tok, lex)
    ):
        return head  # "was preparing another contingent for Russia": the next one of a series
    sent_as = next(
        (
            c
            for c in tok.children
            if c.dep_ == "acl"
            and c.tag_ in ("VBN", "VBD")  # a headline's "contingent sent" is often tagged VBD
            and c.lemma_.lower() in cues.deploy_verbs
        ),
        None,
    )
    if sent_as is not None and tok.dep_ != "attr":  # not "They are soldiers sent to kill"
        return sent_as  # "new contingent sent to Russia", "the troops deployed to Kursk"
    if (
        tok.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in _SUPPLY_VERBS
    ):
        return head.head
    return None


@cache
def _deploy_particles() -> dict[str, frozenset[str]]:
    """``deploy_particles`` of events.yaml: verb -> the particles that make it send people."""
    data = load_data("events.yaml")["deploy_particles"]
    return {verb: frozenset(words) for verb, words in data.items()}


def sent_with_particle(verb: Token) -> bool:
    """A verb that sends people with the particle or preposition after it
    (``deploy_particles``): "has brought in more specialists", "keeps feeding troops
    into Russia's war"."""
    words = _deploy_particles().get(verb.lemma_.lower())
    return words is not None and any(
        c.dep_ in ("prt", "prep") and c.lower_ in words for c in verb.children if c.i > verb.i
    )


def deployment_topic(noun: Token) -> bool:
    """ "On the deployment of troops, the sources said …": a deployment noun a
    preposition makes the topic of what follows (``topic_preps``) is no claim."""
    return noun.dep_ == "pobj" and noun.head.lower_ in event_words("topic_preps")


def _series_group(tok: Token, lex: Lexicon) -> bool:
    """ "A second wave", "another contingent": the next group of troops in a series
    (not "a second wave of drones")."""
    if tok.lemma_.lower() not in lex.events.series_groups:
        return False
    if not any(c.lower_ in lex.events.series_marks for c in tok.children if c.i < tok.i):
        return False
    return not any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() not in lex.events.military_people for g in c.children)
        for c in tok.children
    )


def arriving_group(tok: Token, lex: Lexicon) -> Token | None:
    """Troops said to arrive: "A second wave followed early the next year", "Another
    contingent arrived in Kursk", "North Korean engineers have arrived in Russia".
    A group with no mark of a series must arrive in a named side."""
    verb = _semantic_verb(tok)
    if (
        tok.dep_ not in ("nsubj", "nsubjpass")
        or verb.lemma_.lower() not in lex.events.arrival_verbs
    ):
        return None
    if _series_group(tok, lex):
        return verb
    if tok.lemma_.lower() in lex.events.military_people and (
        crosses_over(verb, lex) or arrives_abroad(tok, verb, lex)
    ):
        return verb
    return None


def arrives_abroad(tok: Token, verb: Token, lex: Lexicon) -> bool:
    """Troops of a side not at war arriving at a place of another side: "North Korean
    troops arrived in Kursk" (a Russian region, by the places gazetteer). A belligerent's
    troops moving about the war are no deployment."""
    own = side_of_np(tok)
    if own is None or own in lex.events.belligerents:
        return False
    registry = get_registry()
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "into", "to", "at", "near"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                place = registry.resolve(tok.doc[obj.left_edge.i : obj.i + 1].text, kind="place")
                side = getattr(place, "side", None)
                if side is not None and side != own:
                    return True
    return False


def _semantic_verb(tok: Token) -> Token:
    """The verb that says what a subject did, past a raising verb: in "gunners appear to
    have accompanied the guns" and "troops are believed to have arrived", the
    gunners accompanied, the troops arrived."""
    verb = tok.head
    for _ in range(3):
        inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if inner is None or verb.lemma_.lower() not in _RAISING:
            break
        verb = inner
    return verb


_RAISING = frozenset({"appear", "seem", "believe", "think", "say", "report", "understand", "know"})


def escorting_materiel(tok: Token, lex: Lexicon) -> Token | None:
    """Troops who go with supplied weapons: "North Korean gunners appear to have
    accompanied the guns", "crews escorted the shipments"."""
    verb = _semantic_verb(tok)
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in lex.events.escort_verbs:
        return None
    if tok.lemma_.lower() not in lex.events.military_people:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(_materiel_head(o, lex) or o.lemma_.lower() in _SUPPLY_NOUNS for o in objects):
        return verb
    return None


def sighted_troops(tok: Token, lex: Lexicon) -> Token | None:
    """Troops of a named side seen somewhere: "HUR spots North Korean gun crews near
    Pokrovsk", "crews had been seen operating the guns in Kursk" (they are deployed
    there)."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.lemma_.lower() not in lex.events.sighting_verbs:
        return None
    if side_of_np(tok) is None:
        return None
    doing = [c for c in verb.children if c.dep_ == "xcomp"]  # "seen operating guns in Kursk"
    # "seen operating drones and artillery in Kursk", parsed with the drones as the object
    doing += [c for c in verb.children if c.dep_ == "dobj" and c != tok and _materiel_head(c, lex)]
    places = [
        c
        for c in (*verb.children, *tok.children, *(g for d in doing for g in d.children))
        if c.dep_ == "prep"
    ]
    if not any(
        p.lower_ in ("near", "in", "at", "around", "outside", "on", "across") for p in places
    ):
        return None
    return verb


def fighting_alongside(tok: Token, lex: Lexicon) -> Token | None:
    """Troops of one side fighting beside or for another: "Servicemen of the DPRK took
    part in the battle alongside Russian units", "North Korean troops are fighting for
    Russia"."""
    relative = _relative_clause(tok)
    raised = tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _RAISING
    if tok.dep_ != "nsubj" and relative is None and not raised:
        return None  # ("gunners are believed to be operating …": the gunners operate)
    verb = relative or _semantic_verb(tok)
    if verb.lemma_.lower() == "help":
        # "its soldiers had helped liberate the Kursk region": the help is the fighting
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), verb)
    if verb.lemma_.lower() in lex.events.capture_verbs:
        return verb if _took_a_place(tok, verb, lex) else None
    firing = verb.lemma_.lower() in event_words("firing_verbs")
    if verb.lemma_.lower() not in lex.events.combat_verbs and not firing:
        return None
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "part" for c in verb.children):
        return None
    last = tok.i if relative is not None else tok.right_edge.i
    own = side_of_text(tok.doc[tok.left_edge.i : last + 1].text) or _possessor_side(tok)
    if own is None:
        return None
    if own not in lex.events.belligerents and _works_weapons(verb, lex):
        return verb  # "North Korean gunners are now operating some of the systems"
    mine = range(tok.left_edge.i, last + 1)
    for prep in verb.subtree:
        if prep.i in mine or prep.head.pos_ in ("VERB", "AUX") and prep.head != verb:
            continue  # "… fulfilling obligations with Moscow": another clause's link
        if prep.dep_ == "prep" and prep.lower_ in lex.events.combat_links and not firing:
            other = _sides_of([g for g in prep.children if g.dep_ == "pobj"])
            if other is not None and other != own:
                return verb
        if (
            prep.dep_ == "prep"
            and (
                prep.head == verb
                # "operating howitzers in the Bryansk region": the place of the action
                or prep.head.dep_ == "dobj"
                and prep.head.head == verb
                # "fighting on the front line in Kursk": the place after the front
                or prep.head.dep_ == "pobj"
                and prep.head.head.head == verb
                and (
                    prep.head.lemma_.lower() in event_words("combat_nouns")
                    or prep.head.lemma_.lower() == "line"
                )
            )
            and prep.lower_ in lex.events.combat_places
            and own not in lex.events.belligerents
            and names_a_place(prep)
        ):
            return verb  # "North Korean soldiers are now fighting in the Donetsk region"
    return None


def _works_weapons(verb: Token, lex: Lexicon) -> bool:
    """A verb of working weapons (``weapon_work_verbs``) with weapons as its object:
    "operating the guns", "firing some of the launchers" (troops of a side not at war
    that do it are at the war)."""
    if verb.lemma_.lower() not in event_words("weapon_work_verbs"):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _materiel_head(obj, lex):
            return True
        if obj.pos_ in ("DET", "PRON", "NUM") and any(  # "some of the systems"
            _materiel_head(g, lex)
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj"
        ):
            return True
    return False


def _took_a_place(troops: Token, verb: Token, lex: Lexicon) -> bool:
    """Troops of a side not at war took or held a place ("North Korean units liberated
    the Kursk region"): they fought there."""
    own = side_of_np(troops) or _possessor_side(troops)
    if own is None or own in lex.events.belligerents:
        return False
    return any(c.dep_ == "dobj" and _is_place(c) for c in verb.children)


#: Nouns of a place taken or held: "the border villages", "the town".
_PLACE_NOUNS = frozenset(
    {"region", "oblast", "province", "village", "town", "city", "area", "territory",
     "district", "border", "bridgehead", "settlement", "front"}
)


def _is_place(noun: Token) -> bool:
    """A noun phrase naming a place: "the Kursk region", "Sudzha", "the border villages"."""
    if noun.pos_ not in ("PROPN", "NOUN"):
        return False
    if noun.lemma_.lower() in _PLACE_NOUNS or noun.ent_type_ in ("GPE", "LOC"):
        return True
    phrase = noun.doc[noun.left_edge.i : noun.i + 1].text
    return resolve(phrase, kind="place") is not None


def _relative_clause(tok: Token) -> Token | None:
    """The verb of a relative clause whose subject is ``tok``: "Pyongyang's soldiers,
    who fought alongside Russian units"; or of a participle after it: "North Korean
    crews now operating in eastern Ukraine"."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "relcl"
            and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)
            # (not "soldiers fighting for Russia have suffered …": who suffered it)
            or c.dep_ == "acl" and c.tag_ == "VBG" and c.i > tok.i
            and tok.dep_ not in ("nsubj", "nsubjpass")
        ),
        None,
    )


def _possessor_side(tok: Token) -> str | None:
    """The side a possessive pronoun stands for: the subject of the clause above, as in
    "North Korea admitted that its troops had fought in Kursk" (a relative pronoun's
    subject is the noun the clause belongs to: "Pyongyang, which admitted that its …")."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return None
    for anc in tok.ancestors:
        subj = next((c for c in anc.children if c.dep_ == "nsubj" and c != tok), None)
        if subj is not None and tok not in subj.subtree:
            if anc.dep_ == "relcl" and subj.lower_ in ("which", "who", "that"):
                subj = anc.head  # "Pyongyang, which admitted that its troops …": Pyongyang
            return side_of_np(subj)
    return None


_SPANS_OF_TIME = frozenset({"decade", "year", "month", "week", "day", "time", "history"})


def names_a_place(prep: Token) -> bool:
    """A preposition whose object is a place: "in the Kursk region", not "in a foreign
    war" (no place) or "in decades" (a time)."""
    return any(
        (g.dep_ == "pobj" or g.dep_ == "dep" and g.pos_ in ("NOUN", "PROPN"))
        # (a line's last word before its break may be left as a "dep")
        and g.lemma_.lower() not in _SPANS_OF_TIME
        and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)
        for g in prep.children
    )


def entering_combat(tok: Token, lex: Lexicon) -> Token | None:
    """Troops of a side not at war that enter or join the fighting were sent to it:
    "North Korean soldiers have entered combat", "… joined the fighting in Kursk"
    (``combat_entry_verbs`` and ``combat_nouns`` in events.yaml)."""
    if tok.dep_ != "nsubj":
        return None
    verbs, nouns = event_words("combat_entry_verbs"), event_words("combat_nouns")
    verb = _semantic_verb(tok)
    if verb.lemma_.lower() not in verbs or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children
    ):
        return None
    own = side_of_text(tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text)
    return verb if own is not None and own not in lex.events.belligerents else None


_TIME_NOUNS = frozenset(
    {"winter", "summer", "spring", "autumn", "month", "months", "year", "weeks"}
)


def present_abroad(tok: Token, lex: Lexicon) -> Token | None:
    """Troops of a side not at war that spend time, work or stay somewhere are there:
    "North Korean infantry spent the winter past the ridge", "Iranian technicians may
    still be working at the drone plant in Yelabuga", "There are Iranian technicians at
    the plant"."""
    verb = tok.head
    if tok.lemma_.lower() not in lex.events.military_people:
        return None
    if _there_are(tok):
        own = side_of_np(tok)
        if own is None or own in lex.events.belligerents:
            return None
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return None  # "There are no Iranian technicians at the plant"
        places = [
            g
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in lex.events.combat_places
            for g in p.subtree
            if g.dep_ == "pobj"
        ]
        there = any(_is_place(g) or g.lemma_.lower() in _SITE_NOUNS for g in places)
        return verb if there else None
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in event_words("presence_verbs"):
        return None
    own = side_of_np(tok)
    if own is None or own in lex.events.belligerents:
        return None
    where = (
        any(c.dep_ == "prep" and c.lower_ in lex.events.combat_places for c in verb.children)
        or any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in _TIME_NOUNS for c in verb.children)
        # "Iranian engineers are still working there": the place told before
        or any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
    )
    return verb if where else None


#: Nouns of a site troops may be at: "There are Iranian technicians at the drone plant".
_SITE_NOUNS = frozenset(
    {"plant", "factory", "base", "airfield", "airbase", "depot", "range", "port", "camp"}
)


def _there_are(tok: Token) -> bool:
    """ "There are Iranian technicians at the plant": ``tok`` is what an existential
    "there is/are" says exists."""
    verb = tok.head
    return (
        tok.dep_ == "attr"
        and verb.lemma_.lower() == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
    )


def _sighter(verb: Token, attribution: Attribution, lex: Lexicon) -> Attribution:
    """Who saw the troops says they are there: "HUR spots North Korean gun crews"
    (footage and images that show them are no speaker)."""
    doc = verb.doc
    seer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if seer is None:
        # a headline clause the parser misread: "…; Kyiv spots Iranian crews in Crimea"
        lo, _hi = clause_bounds(doc, verb.i, sent_of(verb))
        before = doc[lo : verb.i]
        if not before or not all(t.pos_ in ("PROPN", "ADJ", "NOUN", "PART") for t in before):
            return attribution
        seer = before[-1]
        words = before
    elif seer.pos_ not in ("PROPN", "NOUN") and not seer.is_title:
        return attribution  # "it spots", "they see" (a capitalised name the tagger missed stays)
    else:
        words = doc[seer.left_edge.i : seer.i + 1]
    if seer.lemma_.lower() in lex.non_agents or seer.lower_ in lex.non_agents:
        return attribution
    cue = verb.doc[verb.i : verb.i + 1]
    return Attribution(words, attribution.via, "reported", cue)


def in_background(tok: Token, lex: Lexicon) -> bool:
    """Held by a temporal preposition: "a year after the first reports that North Korean
    soldiers were fighting for Russia" is background, not news; so is a clause of when
    that dates an earlier report: "Fighting was first reported in May, when Kyiv said
    North Korean units had taken part in an assault"."""
    return any(
        a.dep_ == "prep" and a.lower_ in lex.events.background_preps
        or a.dep_ == "relcl"
        and a.head.pos_ in ("PROPN", "NOUN")
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in a.children)
        for a in tok.ancestors
    )


def _personnel_events(
    doc: Doc,
    sent: Span,
    lex: Lexicon,
    quotes: QuoteIndex,
    sides: DocumentSides,
    covered: list[tuple[int, int]],
    candidates: list[Token],
    earlier: Sequence[tuple[int, str | None]] = (),
) -> list[Claim]:
    """``earlier`` are (character offset, side) of the personnel claims before."""
    out = []
    ev_start = sent.start_char
    for tok in candidates:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in lex.events.people_words:
            continue
        anchor = (
            deployment_cue(tok, lex)
            or arriving_group(tok, lex)
            or escorting_materiel(tok, lex)
            or sighted_troops(tok, lex)
            or fighting_alongside(tok, lex)
            or entering_combat(tok, lex)
            or present_abroad(tok, lex)
            or presence_cue(tok, lex)
        )
        if anchor is None or is_comparative_or_future(tok):
            continue
        if (
            any(c.dep_ == "neg" for c in anchor.children)
            if anchor.dep_ == "relcl" and anchor.head == tok
            else is_negated(tok)
        ):
            continue  # "soldiers, who fought in Kursk, are not mourned": the fighting stands
        if in_background(tok, lex) or any(
            c.like_num and c.dep_ in ("nummod", "quantmod") for c in tok.children
        ):
            continue
        if tok.lemma_.lower() in lex.events.series_groups and not _series_group(tok, lex):
            continue  # "two brigades were sent": a count of units, not an event
        phrase = doc[min(anchor.i, tok.left_edge.i) : max(anchor.i + 1, tok.i + 1)]
        if _covered(phrase, covered):
            continue
        attribution = attribute(tok, sent, lex, quotes)
        if (
            attribution.claimant is None
            and anchor.lemma_.lower() in lex.events.sighting_verbs
            and not (tok.dep_ == "nsubj" and tok.head == anchor)  # "crews spotted near …"
        ):
            attribution = _sighter(anchor, attribution, lex)
        claimant_side = sides.claimant_side(attribution.claimant)
        destined = [c.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to")]
        last = min(destined, default=tok.right_edge.i + 1)  # "a contingent for Russia": where to
        subject = side_of_text(doc[tok.left_edge.i : last].text) or accused_supplier(tok)
        if subject is None and _series_group(tok, lex):
            # "A second wave followed": the troops of the deployment told before
            subject = next((side for start, side in reversed(earlier) if start < ev_start), None)
        if subject is None:
            below = None
            for anc in (anchor, *anchor.ancestors):
                raised = below is not None and below.dep_ == "xcomp"  # "X appeared to be sending"
                if anc.lemma_.lower() in lex.hedge_verbs and not raised:
                    break  # the speaker's side is not the troops' side
                below = anc
                subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    subject = side_of_np(subj[0])
                    if subject is None and subj[0].lower_ in ("it", "we"):
                        # "Pyongyang acknowledged that it had sent troops": the speaker's
                        # own; "Now it is also …" with no speaker: the subject before
                        subject = (subject_side_before(subj[0])
                                   or _earlier_subject_side(doc, sent, lex))
                    break
        if subject is None and _speakers_own(tok):
            subject = claimant_side  # "the sergeant said his unit had been deployed"
        if subject is None:
            subject = _possessor_side(tok)  # "Pyongyang has admitted … that its units …"
        # Otherwise the speakers' sides are not the troops' ("Kyiv said troops were sent",
        # according to Seoul's spy agency).
        relay_sides = tuple(side_of_text(v.text) for v in attribution.via)
        subject = subject or sides.dominant(exclude=(claimant_side, *relay_sides))
        ev = evidence(doc, sent, [phrase])
        out.append(_event(doc, "personnel", ev, subject, None, None, attribution))
    return out


def _speakers_own(noun: Token) -> bool:
    """Troops named with a possessive pronoun ("his unit", "our battalion"): the
    speaker's own side."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def _earlier_subject_side(doc: Doc, sent: Span, lex: Lexicon) -> str | None:
    """The side the sentence before names as its subject ("Pyongyang has been arming
    Moscow … Now it is also providing Russia with troops": it is Pyongyang)."""
    index = sentence_index(doc)
    k = bisect_right(index.starts, sent.start) - 1
    if k < 1:
        return None
    for tok in index.sents[k - 1]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() not in lex.hedge_verbs:
            return side_of_np(tok)  # not the speaker's
    return None


def _event(
    doc: Doc,
    measure: str,
    ev: Span,
    subject: str | None,
    recipient: str | None,
    item: str | None,
    attribution: Attribution,
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

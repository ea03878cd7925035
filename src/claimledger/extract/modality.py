"""Forecasts: a modal put on a future movement is no claim that it happened.

The conventions (seed, dev and held-out sets) record what is said to be so or to
have happened. "It is believed more troops are to be sent", "may deploy additional
troops in the summer" and "could send a second contingent in the spring" say what
may come; they are plans or forecasts, not claims. A modal on a present state or a
past event stays a (speculative) claim: "may be as high as 3,000", "may have been
deployed", "signs that Pyongyang could start supplying drones" (the signs are
present).

Example:
    >>> # forecast(doc[k]) for "troops" in "Pyongyang could send 5,000 troops" -> True
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.lexicon import Lexicon

#: Modals that turn a bare verb into a possibility.
_MODALS = frozenset({"may", "might", "could", "can"})
#: Words of a timetable that put what follows in the future: "are due to follow".
_SCHEDULE = frozenset({"due", "scheduled", "slated", "set", "poised", "planned", "expected"})
#: Perfect auxiliaries: "may have sent" speaks of the past.
_PERFECT = frozenset({"have", "has", "had", "'ve", "’ve"})
#: Progressive auxiliaries: "may be supplying" speaks of what goes on now.
_PROGRESSIVE = frozenset({"be"})
#: Verbs of beginning that carry the movement in their complement ("could start supplying").
_BEGIN = frozenset({"start", "begin", "resume", "move", "proceed", "continue"})


def _movement(verb: Token, lex: Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    return (
        lex.measure_verbs.get(lemma) in ("personnel", "materiel")
        or lemma in lex.cues.arrival_verbs
        or lemma in _BEGIN
    )


def own_tense(verb: Token) -> bool:
    """``verb`` is a conjunct with auxiliaries of its own, so the modal or future of the
    verb it is joined to does not reach it: "may send more troops and has already
    shipped howitzers" (the shipping is told as done)."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def scheduled(tok: Token) -> bool:
    """``tok`` is the subject of a timetable, which says what is to come: "a further
    5,000 missiles are due to follow", "40 more soldiers are scheduled to be sent",
    "are set to arrive" (not "were sent", "are believed to have arrived")."""
    node = tok
    for _ in range(3):
        if node.dep_ in ("nsubj", "nsubjpass") or node.head == node:
            break
        node = node.head
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = node.head
    frames = [verb] + [c for c in verb.children if c.dep_ == "acomp"]
    return any(
        f.lower_ in _SCHEDULE
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in f.children)
        for f in frames
    )


def conditional(tok: Token) -> bool:
    """A modal under a condition says what would follow if it came true: "If it does,
    the total could exceed 20,000" (not "could be as high as 3,000" on its own)."""
    for anc in tok.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        modal = any(
            c.dep_ == "aux" and c.lower_ in _MODALS | {"would", "will"} for c in anc.children
        )
        if modal and any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in anc.children
        ):
            return True
        if anc.dep_ in ("ccomp", "ROOT"):
            break
    return False


def forecast(tok: Token, lex: Lexicon) -> bool:
    """``tok`` (a counted noun, or a figure) is sent, supplied or deployed under a
    modal on a bare verb: "could send 5,000 more soldiers", "25,000 troops could
    arrive later this year", "could start supplying drones", "could be deployed".

    Not a forecast: "may have been deployed" (past), "may be supplying" (going on
    now), "could be as high as 3,000"
    (a state), "signs that Pyongyang could start supplying drones" (present signs),
    "said it could not confirm" (a negation is another rule's matter).
    """
    if scheduled(tok) or conditional(tok):
        return True
    moved = False
    modal = False
    node = tok
    for _ in range(8):
        head = node.head
        if head == node or own_tense(node):
            break
        if head.pos_ in ("NOUN", "PROPN") and node.dep_ in ("acl", "ccomp", "relcl"):
            if head.lemma_.lower() in lex.evidence_nouns and not _sought(head):
                return False  # "signs that …": the signs are present evidence
            break
        if head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if lemma in lex.hedge_verbs and node.dep_ in ("ccomp", "xcomp"):
                break  # the reporting verb above: its own modal is no forecast
            if not modal:
                moved = moved or _movement(head, lex)
                aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
                if any(a.lower_ in _MODALS for a in aux):
                    if any(a.lower_ in _PERFECT for a in aux) or lemma == "be" and not moved:
                        return False
                    if head.tag_ == "VBG" and any(a.lemma_.lower() in _PROGRESSIVE for a in aux):
                        return False  # "may be supplying": a present activity, not a plan
                    if not moved:
                        return False
                    modal = True
        node = head
    return modal


_SEEK_VERBS = frozenset({"watch", "look", "search", "monitor", "wait"})


def _sought(noun: Token) -> bool:
    """ "watching for signs that …": signs looked for are not yet seen."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in _SEEK_VERBS
    )

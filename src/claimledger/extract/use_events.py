"""Weapons of one side's make in another side's general use: "Russian forces have been
firing North Korean-made rockets", "Russian units rely on North Korean ammunition",
"Iranian-made drones have been launched at Ukrainian cities for months". Use by the
receiving side tells that they were supplied; one weapon used in one strike does not.
So does capture by the other side at war: "Ukrainian soldiers have recovered North
Korean anti-tank missiles near Sudzha" (the weapons were in Russian hands).
Word lists are in ``events.yaml`` (``use_verbs``, ``reliance_verbs``,
``single_attack_nouns``, ``capture_find_verbs``, ``belligerents``)."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.entities import maker_side
from claimledger.extract.lexicon import event_words, get_lexicon
from claimledger.extract.sides import side_of_np, side_of_text


def _origin(tok: Token) -> str | None:
    """The side named in the words before the weapon: "North Korean-made rockets" (not
    "Iranian-designed drones assembled in Russia": a design, built by the user)."""
    if tok.i == tok.left_edge.i:
        return None
    before = tok.doc[tok.left_edge.i : tok.i]
    if any(t.lower_ in event_words("design_words") for t in before) or any(
        c.dep_ == "acl" and c.lemma_.lower() in event_words("local_make_verbs")
        for c in tok.children
    ):
        return None
    return side_of_text(before.text)


def _user_verb(tok: Token) -> Token | None:
    """The verb of use that governs the weapon, as object, passive subject or the
    object of "rely on"."""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in event_words("use_verbs"):
        return head
    if (
        tok.dep_ == "pobj"
        and head.lower_ == "on"
        and head.head.lemma_.lower() in event_words("reliance_verbs")
    ):
        return head.head
    return None


def user_side(verb: Token) -> str | None:
    """The side whose forces do the using: the subject of the verb or, past "continue
    to" and "begin", of the verb it depends on."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return side_of_np(subject)
        if node.dep_ != "xcomp":
            return None
        node = node.head
    return None


def _in_one_attack(verb: Token) -> bool:
    """ "used in the strike on Poltava", "fired in Tuesday's attack": one attack."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(g.lemma_.lower() in event_words("single_attack_nouns") for g in c.children)
        for c in verb.children
    )


def _generic_passive(tok: Token, verb: Token) -> bool:
    """A passive that tells of use over time: plural weapons, perfect or progressive
    ("have been fired at cities since 2024"), not "the missile was used"."""
    if tok.tag_ not in ("NNS", "NNPS") or any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
        for c in tok.children
    ):
        return False
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" or c.lower_ == "being"
        for c in verb.children
    )


def used_by_other_side(tok: Token) -> tuple[str, Token] | None:
    """("use", verb) when a weapon made or supplied by one side is in the general use of
    another's forces; None otherwise."""
    verb = _user_verb(tok)
    if verb is None or _in_one_attack(verb):
        return None
    origin = _origin(tok)
    if origin is None:
        return None
    if tok.dep_ == "nsubjpass":
        return ("use", verb) if _generic_passive(tok, verb) else None
    user = user_side(verb)
    if user is None or user == origin:
        return None
    return "use", verb


def captured_from_other_side(tok: Token) -> tuple[str, str, Token] | None:
    """(maker, holder, verb) when one side at war captures or recovers weapons made by a
    side not at war: they were supplied to the other side at war ("Ukrainian forces have
    captured Iranian-origin 122mm rounds" -> Iran to Russia)."""
    head = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or head.lemma_.lower() not in event_words(
        "capture_find_verbs"
    ):
        return None
    belligerents = get_lexicon().events.belligerents
    phrase = tok.doc[tok.left_edge.i : tok.i + 1].text
    maker = _origin(tok) or maker_side(phrase)
    if maker is None or maker in belligerents:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    captor = side_of_np(subject) if subject is not None else None
    if captor not in belligerents:
        return None
    holder = next(iter(belligerents - {captor}))
    return maker, holder, head

"""Troops of a side not at war said to be somewhere without a verb of sending:
a headline's participle ("North Korean troops spotted near Kursk"), a state of being
there ("Iranian officers were present at the base", "There are Iranian technicians at
the plant"), a place in another army's ranks ("integrated into a Russian brigade",
"took part in the shelling") and teaching its soldiers ("Iranian instructors are
training Russian drone crews"). Word lists are in ``events.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.entities import resolve
from claimledger.extract.lexicon import Lexicon, event_words
from claimledger.extract.sides import side_of_np, side_of_text


def _foreign_troops(tok: Token, lex: Lexicon) -> bool:
    """Soldiers (not a group word) of a named side that is not one of the belligerents."""
    if tok.lemma_.lower() not in lex.events.military_people or _denied_or_background(tok):
        return False
    own = side_of_np(tok)
    return own is not None and own not in lex.events.belligerents


def _denied_or_background(tok: Token) -> bool:
    """ "no North Korean units": none there; "when it said units had taken part": a
    clause of when, told as background."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "none") for c in tok.children):
        return True
    return any(
        c.dep_ == "advmod" and c.lower_ == "when" for a in tok.ancestors for c in a.children
    )


def _has_place(verb: Token, lex: Lexicon) -> bool:
    """A place preposition on the verb: "at the base", "in Crimea", "near Sumy"."""
    return any(c.dep_ == "prep" and c.lower_ in lex.events.combat_places for c in verb.children)


def headline_sighting(tok: Token, lex: Lexicon) -> Token | None:
    """A headline's bare participle of seeing: "North Korean soldiers seen in Kherson,
    Kyiv says", "Iranian crews spotted near Saky" (no auxiliary: the headline's passive)."""
    if (
        tok.dep_ == "nsubj"
        and tok.head.tag_ in ("VBN", "VBD")
        and not any(c.dep_ == "dobj" for c in tok.head.children)
    ):
        verb = tok.head  # "troops spotted in …" parsed as an active clause with no object
    else:
        verb = next(
            (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i),
            None,
        )  # "soldiers seen in …" as a reduced relative
    if verb is None or verb.lemma_.lower() not in lex.events.sighting_verbs:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if side_of_np(tok) is None or not _has_place(verb, lex):
        return None
    return verb


def present_there(tok: Token, lex: Lexicon) -> Token | None:
    """Troops said to be in a place: "Iranian officers had been present at the airbase"
    (``presence_adjectives``), "There are North Korean engineers at the airfield"."""
    if not _foreign_troops(tok, lex):
        return None
    verb = tok.head
    if verb.lemma_.lower() != "be":
        return None
    if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        return verb if _has_place(verb, lex) else None
    if tok.dep_ != "nsubj":
        return None
    state = next((c for c in verb.children if c.dep_ == "acomp"), None)
    if state is None or state.lower_ not in event_words("presence_adjectives"):
        return None
    return verb if _has_place(state, lex) or _has_place(verb, lex) else None


def _takes_part(verb: Token) -> bool:
    """ "take part in", "play a part in": a share in what another army does."""
    return verb.lemma_.lower() in ("take", "play") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("part", "role") for c in verb.children
    ) and any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)


def within_ranks(tok: Token, lex: Lexicon) -> Token | None:
    """Troops placed in another army or its actions: "sappers had been integrated into
    a Russian brigade" (``ranks_verbs``), "gunners have taken part in shelling",
    "Iranian instructors are training Russian crews" (``mentoring_verbs``)."""
    if not _foreign_troops(tok, lex):
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ == "nsubjpass" and lemma in event_words("ranks_verbs"):
        preps = event_words("ranks_preps")
        return verb if any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children) else None
    if tok.dep_ != "nsubj":
        return None
    if _takes_part(verb):
        return verb
    if lemma in event_words("mentoring_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.events.military_people
        for c in verb.children
    ):
        return verb
    return None


def land_side(obj: Token) -> str | None:
    """The side whose land the place phrase ending at ``obj`` is in: "Russia's Kursk
    region" and "Kursk" are RU's (by the gazetteer), "Ukraine" UA's."""
    words = obj.doc[obj.left_edge.i : obj.i + 1].text
    return side_of_text(words) or getattr(resolve(words, "place"), "side", None)


def active_in_war_land(tok: Token, lex: Lexicon) -> Token | None:
    """Troops of a side not at war doing anything in a belligerent's land are there:
    "North Korean military engineers have begun clearing mines in Russia's Kursk
    region" (the verb, or the one it goes on into, has the place)."""
    if tok.dep_ != "nsubj" or not _foreign_troops(tok, lex):
        return None
    verb = tok.head
    # the verb, the verb it goes on into, and its object ("begun clearing mines in …",
    # which the parse may read as a noun with the place on it)
    for acting in (verb, *(c for c in verb.children if c.dep_ in ("xcomp", "dobj"))):
        for prep in acting.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside", "near"):
                continue
            if any(
                g.dep_ == "pobj" and land_side(g) in lex.events.belligerents
                for g in prep.children
            ):
                return verb
    return None


def presence_cue(tok: Token, lex: Lexicon) -> Token | None:
    """The word that places foreign troops somewhere without sending them, or None."""
    return (
        headline_sighting(tok, lex)
        or present_there(tok, lex)
        or within_ranks(tok, lex)
        or active_in_war_land(tok, lex)
    )


def presence_cue_words() -> frozenset[str]:
    """Words that may carry a presence cue (to pick the sentences worth reading)."""
    return (
        event_words("presence_adjectives")
        | event_words("ranks_verbs")
        | event_words("mentoring_verbs")
        | {"there", "part", "role", "in", "inside", "near"}
    )

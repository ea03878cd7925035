"""Who makes a claim, who relays it, and how firmly it is put.

Rules, each a named function:

- ``agent_of``: the subject of a reporting verb, also inverted ("…, said the
  Joint Chiefs of Staff"), passive with "by", the controller of "continues to
  assess", or a trailing clause the parser left without a subject
  (``trailing_agent``: "…, the regional governor, Ivan Petrenko, says").
- ``prepositional_source``: "according to X", "per X", "by X's count",
  "by the estimate of X", "in X's assessment".
- ``hedge_on_path``: the nearest cue above the figure — "claimed to have
  killed" (claimed), "believed to have been killed" (believed), "officials say"
  (reported), "may", "signs of" (speculative), "reportedly" (reported).
- ``relays``: news agencies as subjects ("…, reported Yonhap news agency"),
  "told Reuters", and "citing the NIS" (the cited body is the claimant).
- ``SourceIndex``: every sentence's sources, with pronoun and "the same
  official" speakers resolved to the name they refer to, at its naming mention.
- ``QuoteIndex``: quotations and their speakers; a quote with no speaker of its
  own that follows a quoted paragraph keeps that paragraph's speaker.

Example:
    >>> # "A Ukrainian crew claimed to have killed 77" -> claimant "A Ukrainian crew", hedge claimed
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimledger.extract.dates import MONTHS
from claimledger.extract.entities import is_dateline, resolve, side_of
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.modality import own_tense
from claimledger.extract.sentences import doc_text, sent_of, sentence_index, sents

_PRONOUNS = frozenset(
    {"there", "this", "that", "which", "who", "what", "one", "some", "many", "all", "both"}
)
_PERSONAL = frozenset({"he", "she", "they", "it"})
_TRIM = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "“",
        "”",
        '"',
        "'",
        "(",
        ")",
        "[",
        "]",
        "—",
        "–",
        "-",
        "and",
        "but",
        "‘",
        "’",
        "•",
        "·",
        "▪",
        "*",
        "►",
        "■",
    }
)
_TELL = frozenset({"tell", "inform", "brief"})
# A surface agent may hold these between its words: "the General Staff of the Armed Forces".
_NP_INNER = frozenset({"of", "for", "at", "in", "on", "'s", "’s", "(", ")", "-", "&", "and"})
_NP_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .,/'’-]{1,60}\d{1,2}\s*\((?P<outlet>[A-Z][\w .&'’-]{1,40})\)\s*(?:[-–—]|[A-Z])"
)


@dataclass(frozen=True)
class Source:
    """A reporting verb (or "according to") with the agent it names.

    ``agent`` is the words that name the source where it is named (a pronoun's
    antecedent, at its naming mention); ``relay_objects`` those told ("told
    Reuters") and relays carried over from the antecedent.
    """

    cue: Token
    agent: Span
    hedge: str
    media: bool
    relay_objects: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Attribution:
    claimant: Span | None
    via: tuple[Span, ...]
    hedge: str
    hedge_cue: Span | None


#: Months the parser may glue to the name after them: "in April Pyongyang acknowledged"
#: ("may" before a name is more often the modal).
_MONTHS = frozenset(MONTHS) - {"may"}


def _trim(doc: Doc, start: int, end: int) -> Span | None:
    while start < end and (doc[start].lower_ in _TRIM or doc[start].is_space):
        start += 1
    if start + 1 < end and doc[start].lower_ in _MONTHS and doc[start + 1].pos_ == "PROPN":
        start += 1  # "in April Pyongyang acknowledged …": the claimant is Pyongyang
    while end > start and (doc[end - 1].lower_ in _TRIM or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    texts = [t.text for t in doc[start:end]]
    opened = texts.count("(") - texts.count(")")
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1  # keep "(NIS)" whole
    return doc[start:end]


def _np_span(tok: Token, stop_at: int | None = None) -> Span | None:
    """The phrase headed by ``tok``, cut before relative clauses and quotes."""
    doc = tok.doc
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    if stop_at is not None and tok.i < stop_at < end:
        end = stop_at
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "advcl") and child.i > tok.i:
            end = min(end, child.left_edge.i)
    for k in range(tok.i + 1, end):
        if doc[k].dep_ == "relcl":
            # "Oleksandr, a platoon commander, who gave only his first name": the name
            # and its description, not the clause after them.
            end = min(end, doc[k].left_edge.i)
            break
    # An appositive after a comma stays ("Kim Byung-kee, a lawmaker"); a clause does not.
    for k in range(tok.i + 1, end):
        if doc[k].text in ("“", '"', ";", "—") or doc[k].is_space:
            end = k
            break
    if start + 2 <= tok.i and doc[start].like_num and doc[start + 1].text in ("-", "–"):
        start += 2  # "UPDATE 2-Seoul": the slug's number glued to the name
    return _trim(doc, start, end)


def is_media(span: Span, lex: Lexicon) -> bool:
    """A news organisation that relays rather than originates a figure."""
    entity = resolve(span.text, "claimant")
    if entity is not None and str(getattr(entity, "id", "")).startswith(("agency:", "media:")):
        return True
    words = {t.lower_ for t in span}
    return bool(
        words & {"agency", "newspaper", "broadcaster", "outlet", "media"}
        and not words & lex.not_media
    ) or (len(span) <= 3 and bool(words & lex.media_words) and span[-1].pos_ == "PROPN")


def is_negated_verb(verb: Token) -> bool:
    """ "has not confirmed", "no other government has confirmed": nobody says it."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "neither", "nor"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            c.lower_ in ("no", "neither", "none") for c in child.children
        ):
            return True
        if child.dep_ == "nsubj" and child.lower_ in ("none", "nobody", "neither", "no-one"):
            return True
    return False


def is_non_agent(span: Span, lex: Lexicon) -> bool:
    """Things that show but do not claim: "satellite images", "footage", "the video"."""
    return span.root.lemma_.lower() in lex.non_agents or span.root.lower_ in lex.non_agents


#: Participles of issuing a document: "published by", "shared … by", "compiled by".
_ISSUING = frozenset(
    {"publish", "release", "issue", "compile", "prepare", "produce", "share", "write",
     "draft", "circulate", "present", "submit", "report", "give", "provide", "author"}
)


def _issued_by(document: Token) -> Span | None:
    """Who a document's participle says issued it: "The figures, first reported by
    Reuters, show …", "a report published by the institute"."""
    for participle in document.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in _ISSUING:
            continue  # (not "a report seen by Reuters": who saw it did not write it)
        for agent in participle.children:
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if agent.dep_ == "agent" and obj is not None:
                return _np_span(obj)
    return None


def counted_cargo(span: Span, lex: Lexicon) -> bool:
    """Counted weapons or cargo are no body a later pronoun or description refers to:
    "counted at least 21,000 containers that it believes carried munitions" (the parse
    may make the containers the believer)."""
    return lex.measure_nouns.get(span.root.lemma_.lower()) == "materiel" and any(
        c.dep_ == "nummod" for c in span.root.children
    )


def _passive_participle(verb: Token) -> bool:
    """ "many of them presumed dead": a bare past participle's subject is its theme
    (but "the agency earlier estimated that …", tagged as a participle, reports)."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" or c.dep_ == "ccomp" for c in verb.children
    )


#: Bodies a house style may capitalise when named again: "the Ministry said".
_CAPITALISED_ANAPHORS = frozenset({"ministry", "agency", "directorate", "department"})


def _after_and(verb: Token) -> bool:
    """ "… and said", "… but later said": the verb follows its conjunction (not the
    inverted "…, reported Yonhap news agency")."""
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    return doc[k].dep_ == "cc" and doc[k].lower_ in ("and", "but")


def _reduced_raising(verb: Token) -> bool:
    """ "The new contingent, thought to number 4,000": a participle set off by a comma
    before an infinitive says what is thought of its subject, not who thinks it (the
    parse may tag it as a past tense with that subject)."""
    doc = verb.doc
    return (
        verb.i > 0
        and doc[verb.i - 1].text == ","
        and any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in verb.children
        )
    )


def _np_token(tok: Token) -> bool:
    return (
        tok.pos_ in _NP_POS
        and not tok.like_num
        or tok.lower_ in _NP_INNER
        or tok.pos_ == "PRON"
        and tok.tag_ == "PRP$"
    )


def trailing_agent(verb: Token) -> Span | None:
    """A source the parser left without a subject after a comma or a quote.

    Example: "Two people were killed, the city's military administration says."
    -> "the city's military administration"; "…, the regional governor, Ivan
    Petrenko, says" -> "the regional governor, Ivan Petrenko".
    """
    doc = verb.doc
    sent = sent_of(verb)
    k = verb.i - 1
    while k >= sent.start and doc[k].pos_ == "ADV":
        k -= 1  # "…, officials later said"
    if k > sent.start and doc[k].text == "," and _np_token(doc[k - 1]):
        k -= 1  # the comma that closes an appositive: "…, Ivan Petrenko, says"
    end = k + 1
    while k >= sent.start and _np_token(doc[k]):
        k -= 1
    start = k + 1
    if start >= end or k < sent.start or doc[k].text not in (",", "”", '"', "—", "–", "’"):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in doc[start:end]):
        return None
    # One appositive before it: "the regional governor, Ivan Petrenko".
    if doc[k].text == "," and k - 1 >= sent.start:
        j = k - 1
        while j >= sent.start and _np_token(doc[j]):
            j -= 1
        first = doc[j + 1] if j + 1 < k else None
        if (
            first is not None
            and j >= sent.start
            and doc[j].text == ","
            and (first.pos_ == "DET" or first.tag_ == "PRP$")
        ):
            start = j + 1
    return _trim(doc, start, end)


def _renaming_aside(tok: Token) -> bool:
    """ "X, formerly Twitter, …": a name given as an aside, not a speaker."""
    return any(c.dep_ == "advmod" and c.lower_ in ("formerly", "previously") for c in tok.children)


def _farther_subject(subject: Token, verb: Token) -> bool:
    """Another subject of ``verb`` stands between ``subject`` and it (before the verb)."""
    return any(
        c.dep_ == "nsubj" and subject.i < c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
        for c in verb.children
    )


def _counted_subject(subject: Token) -> bool:
    """A counted noun the parse made the speaker's subject, with the speaker as its
    appositive: "… sent as many as 100,000 troops, an analyst at X said" (troops
    counted are what is said, not who says it)."""
    return any(c.dep_ == "nummod" for c in subject.children)


def _core(agent: Span) -> Span:
    """A speaker's words up to its head noun: "The company, part of the 641st …" ->
    "The company"."""
    return agent.doc[agent.start : max(agent.root.i + 1, agent.start + 1)]


def _first_object(prep: Token) -> Token | None:
    """The first object of a preposition (or of a passive's "by"): "by the NIS" -> "NIS"."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _passive_by(verb: Token) -> Token | None:
    """The object of a passive verb's "by": "compiled by the BBC" -> "BBC"."""
    for agent in verb.children:
        if agent.dep_ == "agent":
            obj = _first_object(agent)
            if obj is not None:
                return obj
    return None


def _own_outlet(span: Span, publisher: str | None) -> bool:
    """``span`` names the outlet whose story this is ("told Meridian" in Meridian's)."""
    return bool(publisher) and span.text.lower() == str(publisher).lower()


def _definite(noun: Token) -> bool:
    """``noun`` has "the": "the report" (told before), not "a report"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


#: Participles that name who made a body of figures: "data compiled by X".
_COMPILED = frozenset({"compile", "collect", "gather", "publish", "release", "analyse", "analyze"})


def _compiler(subject: Token) -> Span | None:
    """Who made the data that "shows" something: "Data compiled by the BBC and
    Mediazona shows …" -> "the BBC and Mediazona"."""
    for part in subject.children:
        if part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_.lower() in _COMPILED:
            by = _passive_by(part)
            if by is not None:
                return _np_span(by)
    return None


def _wire_slug(subject: Token, verb: Token) -> bool:
    """A word in capitals opening a headline that the parse made a second subject:
    "UPDATE 2-Seoul says …", "EXCLUSIVE-Kyiv says …"."""
    return (
        subject.is_upper
        and len(subject.text) > 3
        and subject.i == sent_of(subject).start
        and any(c.dep_ == "nsubj" and c.i != subject.i for c in verb.children)
    )


def agent_of(verb: Token, avoid: Token | None = None) -> Span | None:
    """The one who says: subject, inverted subject ("said X"), passive "by X",
    the subject of a governing "continues to assess", or a trailing clause."""
    doc = verb.doc
    if is_negated_verb(verb):
        return None
    current: Token | None = verb
    prev = doc[verb.i - 1] if verb.i > sent_of(verb).start else None
    if prev is not None and prev.text in (",", "”", '"', "’"):
        # Inverted: "…, says regional governor", "…,” said the Joint Chiefs of Staff".
        for child in verb.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and child.i > verb.i
                and child.pos_ in ("PROPN", "NOUN")
            ):
                return _np_span(child)
    for _hop in range(3):
        if current is None:
            break
        for child in current.children:
            if (
                child.dep_ == "nsubj"
                and child.tag_ in ("WDT", "WP")
                and current.dep_ == "relcl"
                and current.head.pos_ in ("NOUN", "PROPN")
            ):
                # "a Telegram post from January, which said that …": the post says it
                # (the clause hangs on the last noun; the phrase's head is the speaker)
                holder = current.head
                if holder.lower_ in _TEMPORAL and holder.dep_ == "pobj" and holder.head.i > 0:
                    # "a post from January, which said": a time says nothing; the noun
                    # before its preposition does
                    before = doc[holder.head.i - 1]
                    participle = holder.head.head
                    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN"):
                        holder = participle.head  # "soldiers, captured in January, who said"
                    elif before.pos_ in ("NOUN", "PROPN"):
                        holder = before
                while (
                    holder.dep_ == "pobj"
                    and holder.head.dep_ == "prep"
                    and holder.head.head.pos_ in ("NOUN", "PROPN")
                ):
                    holder = holder.head.head
                return _np_span(holder, stop_at=current.left_edge.i - 1)
            if child.dep_ == "nsubj" and child.lower_ not in _PRONOUNS:
                if current == verb and (_passive_participle(verb) or _reduced_raising(verb)):
                    continue
                if _wire_slug(child, current):
                    continue  # "UPDATE 2-Seoul says …": the slug labels the story
                if _farther_subject(child, current):
                    # "Two residents … were freed in the exchange, the city
                    # administration said": the parse gave the verb both; the one
                    # next to it says it
                    continue
                if avoid is not None and child.left_edge.i <= avoid.i <= child.right_edge.i:
                    continue
                if child.pos_ == "NUM" or child.like_num:
                    continue  # "a further 1,000 injured" is what is said, not who says it
                if child.pos_ == "PRON":
                    return doc[child.i : child.i + 1]
                for appos in child.children:
                    # "In a post on X, formerly Twitter, Ukraine's special forces said": the
                    # name that runs up to the verb with no closing comma is the speaker.
                    if (
                        (
                            appos.dep_ == "appos"
                            and (
                                appos.pos_ == "PROPN"
                                or _renaming_aside(child)
                                or _counted_subject(child)
                            )
                            or appos.dep_ == "conj"
                            and _renaming_aside(child)
                        )
                        and doc[appos.left_edge.i - 1].text == ","
                        and all(t.text == ")" for t in doc[appos.right_edge.i + 1 : current.i])
                    ):
                        return _np_span(appos)
                return _compiler(child) or _np_span(child)
            if child.dep_ == "agent" and current == verb:
                obj = _first_object(child)
                if obj is not None:
                    return _np_span(obj)
        # "Kestrel continues to assess that …", "X put losses higher, saying …": the
        # controller of the verb says it.
        participle = current.dep_ in ("advcl", "conj") and current.tag_ == "VBG"
        # a finite verb after "and" with no subject of its own
        coordinated = (
            current == verb
            and current.dep_ == "conj"
            and _after_and(current)
            and current.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in current.children)
        )
        # "The brigade denied the report and said …": a coordinated verb shares the subject
        shared = coordinated and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in current.head.children
        )
        # "The brigade denied that its positions had been surrounded and said …": the
        # parse hung "said" on the denied clause; it shares the denier's subject
        lifted = (
            coordinated
            and current.head.dep_ == "ccomp"
            and current.head.head.pos_ == "VERB"
            and current.head.head.i < current.head.i
        )
        if lifted:
            current = current.head.head
            continue
        if (
            (current.dep_ == "xcomp" or participle or shared)
            and current.head != current
            and current.head.pos_ in ("VERB", "AUX")
        ):
            current = current.head
            if (
                participle
                and current.dep_ == "ccomp"
                and current.head.pos_ == "VERB"
                and current.head.i < current.i
            ):
                # "A think tank estimates that 1,500 have died, citing graves": what is
                # reported is no speaker; the one who reports it cites
                current = current.head
        else:
            break
    # Inverted: "…,” said the Joint Chiefs of Staff", "…, reported Yonhap news agency".
    prev = doc[verb.i - 1] if verb.i > sent_of(verb).start else None
    if prev is not None and prev.text in (",", "”", '"', "’"):
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "oprd"):
                if child.pos_ in ("PROPN", "NOUN"):
                    return _np_span(child)
    misparsed_subject = verb.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ) and any(
        c.dep_ in ("compound", "amod") and c.i < verb.i and c.is_title for c in verb.children
    )  # "Kyiv claims to have killed …": the parse made the name a modifier of the verb
    if (_verb_tagged_noun(verb) or misparsed_subject) and any(
        c.dep_ in ("compound", "amod", "poss") for c in verb.children
    ):
        # "US intelligence" of "US intelligence estimates that"
        before = _trim(doc, verb.left_edge.i, verb.i)
        if before is not None:
            return before
    return trailing_agent(verb) or leading_agent(verb)


def leading_agent(verb: Token) -> Span | None:
    """A sentence-initial source the parser took for a noun with a participle:
    "South Korean intelligence previously assessed on December 19 that …"
    (parsed as "intelligence (which was) assessed"). A "that"-clause after the
    verb shows it reports.
    """
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return None
    doc = verb.doc
    sent = sent_of(verb)
    if not any(
        t.lower_ == "that" and t.pos_ == "SCONJ"
        for t in doc[verb.i + 1 : min(sent.end, verb.i + 8)]
    ):
        return None
    noun = verb.head
    if noun.left_edge.i != sent.start and doc[noun.left_edge.i - 1].text not in (",", "—"):
        return None
    return _trim(doc, noun.left_edge.i, noun.i + 1)


def _verb_tagged_noun(tok: Token) -> bool:
    """ "US intelligence estimates that Russia …": a reporting verb the tagger took for
    a plural noun, shown by the "that"-clause after it."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.i + 1 >= len(doc):
        return False
    if any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "…, Kyiv claims.": a noun takes no subject
    if (
        doc[tok.i + 1].text in (".", "!")
        and tok.i >= 2
        and doc[tok.i - 1].pos_ == "PROPN"
        and any(t.text == "," for t in doc[max(0, tok.i - 5) : tok.i - 1])
    ):
        return True  # "… near Vuhledar, Kyiv claims." closing the sentence
    if not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
        return False
    if doc[tok.i + 1].lower_ == "that":
        return True
    # "… 1.5 million shells, the South Korean military estimates, and sent …": a
    # parenthetical between commas (or closing the sentence or a clause before ";").
    before = tok.left_edge.i - 1
    return (
        before >= 0
        and doc[before].text in (",", "—")
        and doc[tok.i + 1].text in (",", ".", "—", ";")
        and not any(c.dep_ == "prep" for c in tok.children)
    )


def _reported_by_another(verb: Token, lex: Lexicon) -> bool:
    """A clause verb that another reporting verb governs: "She said Kyiv had verified …"."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head == node:
            return False
        node = node.head
        if node.lemma_.lower() in lex.hedge_verbs and node.lemma_.lower() not in lex.outer_only:
            return True
    return False


def _gives_a_figure(verb: Token, lex: Lexicon) -> bool:
    """ "the figure given by the NIS", "figures released by the ministry" (a participle on
    a figure noun), "the army provided a figure of 40" (a figure noun as object)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head.lemma_.lower() in lex.estimate_objects
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.estimate_objects
        # "The figure of 3,000 dead was given by Ukraine's military intelligence"
        or c.dep_ == "nsubjpass" and c.lemma_.lower() in lex.estimate_objects
        for c in verb.children
    )


def _hedge_of_verb(tok: Token, lex: Lexicon) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma not in lex.cue_lemmas:
        return None
    # A cue is judged once per doc: the sources index, the hedge path and the
    # attribution of every figure below it all ask about the same verbs.
    memo = sentence_index(tok.doc).memo
    key = ("hedge_of_verb", tok.i, id(lex))
    if key not in memo:
        memo[key] = _hedge_of_cue(tok, lemma, lex)
    return memo[key]


def _hedge_of_cue(tok: Token, lemma: str, lex: Lexicon) -> str | None:
    if (
        tok.pos_ not in ("VERB", "AUX")
        and tok.tag_ not in ("VBN", "VBD", "VBZ", "VBP", "VBG")
        and not _verb_tagged_noun(tok)
    ):
        return None
    hedge = lex.hedge_verbs.get(lemma)
    if lemma == "show" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return None  # "launchers, which started showing up in Russian service": turning up
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in lex.measure_adjectives and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.cues.total_nouns for c in tok.children
    ):
        return None  # "the count of soldiers confirmed killed … stands at 312": a state
    if lemma in lex.outer_only and _reported_by_another(tok, lex):
        return None
    if hedge == "claimed" and any(
        c.dep_ == "dobj" and c.lower_ in ("lives", "life") for c in tok.children
    ):
        return None  # "the strike claimed the lives of three soldiers" claims nothing
    if (
        hedge is None
        and tok.lemma_.lower() == "put"
        and any(
            c.dep_ == "prep"
            and c.lower_ == "at"
            or c.lower_ in ("higher", "lower", "above", "below")
            or c.dep_ == "dobj"
            and c.lemma_.lower() in lex.estimate_objects
            for c in tok.children
        )
    ):
        # "puts Russian losses at 889,000" (not "put down their weapons"): sizing a
        # figure is an estimate, like "estimates"
        hedge = "believed"
    if hedge is None and lemma in lex.figure_verbs and _gives_a_figure(tok, lex):
        hedge = "reported"  # "the figure given by the NIS is 1,100"
    if hedge is None and tok.lemma_.lower() in lex.revision_verbs:
        # "lowered its estimate … to 3,500", "raised its count to 4,700": the reviser says so.
        objects = [c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"]
        if any(o in lex.estimate_objects for o in objects):
            hedge = (
                "believed"
                if any(o in ("estimate", "assessment", "projection") for o in objects)
                else "reported"
            )
    if (
        hedge is None
        and tok.lemma_.lower() in lex.perception_verbs
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.evidence_nouns for c in tok.children)
    ):
        hedge = "reported"  # "the NIS had seen signs that …": the NIS says so
    if (
        hedge is None
        and tok.lemma_.lower() in lex.finding_verbs
        and any(c.dep_ == "ccomp" for c in tok.children)
    ):
        hedge = "reported"  # "…, the investigators found": a finding is reported
    if hedge is None and tok.lemma_.lower() in lex.phrasal_reporting:
        particle = lex.phrasal_reporting[tok.lemma_.lower()]
        if any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return "reported"
    return hedge


_BACKGROUND = frozenset({"as", "because", "since", "after", "while", "though", "although"})


def _hedge_noun_subject(verb: Token, lex: Lexicon) -> str | None:
    """The hedge of a copula's subject noun: "My own estimate … is that …" (believed),
    "The ministry's claim is that …" (claimed)."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ == "NOUN":
            return lex.hedge_nouns.get(child.lemma_.lower()) or lex.hedge_nouns.get(child.lower_)
    return None


#: How a figure hangs on the verb that sizes it: "stand at 3,000", "is about 4,000".
_COMPLEMENTS = frozenset({"prep", "attr", "dobj", "npadvmod", "acomp"})
#: Hedges an estimate noun gives without naming whose it is (a bare "figures" names no one).
_UNNAMED_HEDGES = frozenset({"believed", "claimed"})


def _estimate_reaches(verb: Token, lex: Lexicon) -> str | None:
    """The hedge of an estimate or a claim that a total verb or a copula sizes: "Estimates
    of North Korean casualties range from 3,000 to 4,000", "British estimates of Russian
    losses stand at 750,000", "The latest estimate is about 4,000" (believed)."""
    if verb.lemma_.lower() not in lex.cues.total_verbs and verb.lemma_.lower() != "be":
        return None
    hedge = _hedge_noun_subject(verb, lex)
    return hedge if hedge in _UNNAMED_HEDGES else None


def hedge_on_path(tok: Token, lex: Lexicon) -> tuple[str, Token, list[Token]] | None:
    """The nearest hedge cue above ``tok`` and the path walked to reach it.

    A verb reached from a clause coordinated with it does not hedge that clause:
    in "many of them presumed dead, and that two POWs remained in custody" the
    POWs are not presumed.
    """
    path: list[Token] = []
    prev = tok
    background = False
    for anc in tok.ancestors:
        path.append(anc)
        prev_dep = prev.dep_
        via_conj = prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX")
        # "may send more troops and has shipped howitzers": the shipping has its own tense.
        own_aux = own_tense(prev)
        # "The North is likely to send more troops, as its soldiers have suffered 4,700
        # casualties": the main clause's "likely" does not hedge the reason given for it.
        background = background or (
            prev.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in prev.children)
            or prev.dep_ == "pcomp"
            and prev.head.lower_ in _BACKGROUND  # "may send more after losing 2,000 men"
        )
        prev = anc
        if background:
            hedge = _hedge_of_verb(anc, lex)
            if hedge is not None:
                return hedge, anc, path
            continue
        for child in anc.children:
            if child.dep_ == "aux" and child.lower_ in lex.speculative_words and not own_aux:
                return "speculative", child, path
            if child.dep_ == "advmod" and child.lower_ in lex.hedge_adverbs:
                return lex.hedge_adverbs[child.lower_], child, path
            if child.dep_ == "advmod" and child.lower_ in lex.speculative_words:
                return "speculative", child, path
        for child in anc.children:
            # "It is likely that …", "It is possible that …"
            if (
                child.dep_ in ("acomp", "attr")
                and child.lower_ in lex.hedge_adverbs
                and anc.lemma_.lower() == "be"
            ):
                return lex.hedge_adverbs[child.lower_], child, path
        low = anc.lower_
        if low in ("signs", "sign", "indications", "indication", "possibility", "chance") and any(
            c.lower_ == "of" or c.dep_ in ("acl", "ccomp") for c in anc.children
        ):
            return "speculative", anc, path
        if (
            anc.pos_ == "NOUN"
            and prev_dep in ("acl", "ccomp")
            and anc.lemma_.lower() in lex.hedge_nouns
            and (
                anc.head.lemma_.lower() == "be"
                and any(c.dep_ == "expl" for c in anc.head.children)
                or anc.tag_ == "NNS"
                and not any(c.dep_ in ("poss", "compound") for c in anc.children)
            )
        ):
            # "There are reports that 2,000 were killed", "There were claims that …",
            # "It comes after reports that up to 3,000 had been killed"
            return lex.hedge_nouns[anc.lemma_.lower()], anc, path
        if (
            prev_dep == "ccomp"
            and anc.lemma_.lower() == "be"
            and (noun_hedge := _hedge_noun_subject(anc, lex)) is not None
        ):
            return noun_hedge, anc, path  # "My own estimate is that some 2,000 have died"
        if prev_dep in _COMPLEMENTS and (noun_hedge := _estimate_reaches(anc, lex)) is not None:
            return noun_hedge, anc, path  # "Estimates of … casualties range from 3,000 to 4,000"
        hedge = None if via_conj else _hedge_of_verb(anc, lex)
        if (
            hedge in ("reported", "claimed")
            and prev_dep == "nsubj"
            and not any(c.dep_ == "xcomp" for c in anc.children)
        ):
            return None  # "Two soldiers captured by Ukraine have said …": the speakers, not said
        if hedge == "reported" and any(
            c.dep_ == "nsubj"
            and (c.lemma_.lower() in lex.non_agents or c.lower_ in lex.non_agents)
            and c.lower_ not in _HEARSAY
            for c in anc.children
        ):
            hedge = (
                None  # "Satellite images show …": evidence the writer states, not a source's word
            )
        if hedge is not None:
            return hedge, anc, path
    return None


def hedge_before_figure(
    doc: Doc, start: int, sent_start: int, lex: Lexicon
) -> tuple[str, Token] | None:
    """A hedge adverb right before a figure: "perhaps 150,000", "possibly several thousand".

    A guessing adverb that the figure took as its qualifier ("perhaps 12,000", about)
    still hedges it."""
    if start < len(doc) and lex.hedge_adverbs.get(doc[start].lower_) == "speculative":
        return "speculative", doc[start]
    for k in range(start - 1, max(sent_start, start - 3) - 1, -1):
        word = doc[k].lower_
        if word in lex.hedge_adverbs:
            return lex.hedge_adverbs[word], doc[k]
        if word in lex.speculative_words and doc[k].pos_ == "ADV":
            return "speculative", doc[k]
        if doc[k].pos_ not in ("ADV", "ADP", "ADJ", "PUNCT", "DET"):
            break
    return None


def _list_comma(doc: Doc, k: int, start: int) -> bool:
    """A comma inside a coordinated modifier list of one noun phrase: "according to
    U.S., South Korean and Ukrainian officials"."""
    if doc[k].text != "," or k + 1 >= len(doc):
        return False
    head = doc[start].head
    while (
        head.dep_ in ("nmod", "amod", "compound", "conj") and head.i > start and head.head != head
    ):
        head = head.head
    after = doc[k + 1]
    return (
        head.pos_ in ("NOUN", "PROPN")
        and head.i > k
        and after.i in {t.i for t in head.subtree}
        and any(t.lower_ in ("and", "or") for t in doc[k + 1 : head.i])
    )


def _after_prepositional_cue(doc: Doc, stop: int, limit: int) -> Span | None:
    end = stop
    while (
        end < limit
        and (doc[end].text not in (",", ".", ";", "”", '"', "(") or _list_comma(doc, end, stop))
        and not doc[end].is_space
    ):
        if (
            doc[end].pos_ in ("VERB", "AUX")
            and doc[end].tag_ != "VBN"
            and doc[end].dep_ != "amod"  # "the centre for missing persons"
            or doc[end].lower_ in ("who", "which", "that")
        ):
            break  # "according to lawmakers who attended": the lawmakers
        end += 1
    return _trim(doc, stop, end)


def prepositional_source(sent: Span, lex: Lexicon) -> Source | None:
    """ "according to X", "per X", "by the estimate of X", "by X's count", "in X's view"."""
    doc = sent.doc
    index = sentence_index(doc)
    for tok in (doc[i] for i in index.matching_in(lex.prepositional_first, sent)):
        low = tok.lower_
        phrases = lex.according_to_by_first.get(low, ())
        if not phrases:
            continue
        # the words from ``tok`` on, read once for every phrase that opens with it
        longest = max(len(phrase) for phrase, _hedge in phrases)
        words = [t.lower_ for t in doc[tok.i : min(tok.i + longest, sent.end)]]
        for phrase, hedge in phrases:
            stop = tok.i + len(phrase)
            if stop >= sent.end or tuple(words[: len(phrase)]) != phrase:
                continue
            first = doc[stop]
            if phrase == ("per",) and not (
                first.pos_ in ("PROPN", "DET") or first.is_title or first.tag_ == "PRP$"
            ):
                continue  # "per day", "per cent" (but "per its Security Council")
            span = _after_prepositional_cue(doc, stop, sent.end)
            if (
                span is not None
                and span.root.lemma_.lower() in lex.hedge_nouns
                and not any(t.lower_ in ("by", "from", "of") for t in span)
            ):
                hedge = lex.hedge_nouns[
                    span.root.lemma_.lower()
                ]  # "according to Ukrainian estimates"
            if (
                span is not None
                and len(span) > 2
                and span.root.lemma_.lower() in lex.hedge_nouns
                and any(t.lower_ in ("by", "from", "of") for t in span[:3])
            ):
                # "according to estimates by the institute": the institute, and its hedge.
                k = next(t.i for t in span if t.lower_ in ("by", "from", "of"))
                hedge = lex.hedge_nouns[span.root.lemma_.lower()]
                span = _trim(doc, k + 1, span.end)
            if span is not None and not is_non_agent(span, lex):
                return Source(tok, span, hedge, is_media(span, lex))
    # "by our estimate", "by my count": the speaker's own (resolved by ``attribute``)
    for k in index.matching_in(_OWN, sent):
        # "by my own reckoning": the noun after "own"
        noun = k + 2 if k + 2 < sent.end and doc[k + 1].lower_ == "own" else k + 1
        if (
            k > sent.start
            and noun < sent.end
            and doc[k - 1].lower_ in ("by", "in", "on")
            and doc[noun].lemma_.lower() in lex.possessive_sources
        ):
            hedge = lex.possessive_sources[doc[noun].lemma_.lower()]
            if doc[noun].lemma_.lower() == "estimate":
                hedge = "believed"
            return Source(doc[k - 1], doc[k : k + 1], hedge, False)
    # "by the General Staff's count", "in Seoul's estimate"; as a subject: "the General
    # Staff's running total of Russian losses stands at …"
    for k in index.matching_in(_POSSESSIVE, sent):
        noun = _possessed_source_noun(doc, k, sent.end, lex)
        if noun is None:
            continue
        hedge = lex.possessive_sources[noun.lemma_.lower()]
        j = k - 1
        while j > max(sent.start, k - 9) and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
            j -= 1
        if doc[j].lower_ in ("by", "in"):
            span = _trim(doc, j + 1, k)
            if span is not None:
                return Source(doc[j], span, hedge, is_media(span, lex))
        elif noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            span = _trim(doc, j if doc[j].pos_ in _NP_POS else j + 1, k)
            if span is not None and not is_non_agent(span, lex):
                return Source(noun, span, hedge, is_media(span, lex))
    # "Its latest estimate, relayed by lawmakers, is nearly 6,000": the body "its" means
    for k in index.matching_in(_BODY_POSSESSIVE, sent):
        noun = _possessed_source_noun(doc, k, sent.end, lex)
        if noun is None or doc[k].dep_ != "poss" or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        body = possessor_body(doc[k : noun.i + 1], lex)
        if body is not None:
            hedge = lex.possessive_sources[noun.lemma_.lower()]
            return Source(noun, body, hedge, is_media(body, lex))
    return None


def _possessed_source_noun(doc: Doc, k: int, end: int, lex: Lexicon) -> Token | None:
    """The source noun after the possessive at ``k``, past a modifier or two: "'s
    count", "'s running total", "'s latest estimate"."""
    for m in range(k + 1, min(end, k + 4)):
        tok = doc[m]
        if tok.lemma_.lower() in lex.possessive_sources and tok.pos_ == "NOUN":
            return tok
        if not (tok.pos_ in ("ADJ", "ADV") or tok.tag_ in ("VBG", "VBN") and tok.dep_ == "amod"):
            return None
    return None


def colon_source(sent: Span, lex: Lexicon) -> Source | None:
    """A headline that names its source before a colon: "Zelensky: 3,000 North
    Koreans killed", "Ukraine's General Staff: Russia has lost 790,460 troops"."""
    doc = sent.doc
    colon = next(
        (t for t in doc[sent.start : min(sent.end, sent.start + 8)] if t.text == ":"), None
    )
    if colon is None or colon.i == sent.start or colon.i + 2 >= sent.end:
        return None
    head = doc[sent.start : colon.i]
    if is_dateline(head.text):
        return None  # "KYIV: Two more prisoners": a dateline labels the item
    body = resolve(head.text, "claimant")
    if any(t.pos_ in ("VERB", "AUX", "NUM") for t in head) or not (
        any(t.pos_ == "PROPN" for t in head) or body is not None
    ):
        return None  # "NIS" tagged a noun, "South Korean military" name a known body
    if any(t.lower_ in lex.headline_labels for t in head):
        return None  # "Russia-Ukraine war live: …", "Fact check: …" label the story
    organisation = head[-1].lemma_.lower() in lex.organisation_nouns
    if head[-1].tag_ == "NNS" and not organisation and head[-1].lemma_.lower() in (
        lex.measure_nouns
    ):
        return None  # "Kim's 'invincible' troops: more than 5,000 killed": the topic
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[colon.i + 1 : sent.end]) and not (
        organisation or body is not None and resolve(head.text, "side") is None
    ):
        # "Russian losses: figures for March 14" is a title, not a quote; a body that is
        # no country gives a verbless figure: "General Staff: 1,020 occupiers in a day"
        return None
    known = side_of(head.text) or body
    named = sum(t.pos_ == "PROPN" and t.is_title for t in head) >= 2 or any(
        t.lower_ in lex.person_nouns for t in head
    )
    if not (known or named):
        return None  # "Factbox: …", "Analysis: …" are labels
    return Source(colon, head, "reported", is_media(head, lex))


def quoted_as_saying(verb: Token) -> Span | None:
    """The one quoted in "X quoted Y as saying …" (Y speaks; X relays)."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    saying = any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.lemma_.lower() in ("say", "tell", "state") for g in c.children)
        for c in verb.children
    )
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _np_span(obj) if saying and obj is not None else None


def trailing_colon_source(sent: Span, lex: Lexicon) -> Source | None:
    """A headline that names its source after a colon at its end: "N. Korea sent 28,000
    containers of munitions to Russia: NIS", "… to Russia: Seoul"."""
    doc = sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    colon = next((t for t in reversed(doc[max(sent.start, end - 6) : end]) if t.text == ":"), None)
    if colon is None or colon.i - sent.start < 3:
        return None
    tail = doc[colon.i + 1 : end]
    if not len(tail) or any(t.pos_ in ("VERB", "AUX", "NUM") for t in tail):
        return None
    if not (side_of(tail.text) or resolve(tail.text, "claimant") or tail[-1].pos_ == "PROPN"):
        return None
    return Source(colon, tail, "reported", is_media(tail, lex))


_CITE = frozenset({"cite", "quote", "citing", "quoting"})
#: Subjects that are no source but still report: "Reports suggest …" is reported.
_HEARSAY = frozenset({"reports", "rumours", "rumors"})
_POSSESSIVE = frozenset({"'s", "’s"})
_BODY_POSSESSIVE = frozenset({"its", "their"})
_OWN = frozenset({"our", "my", "his", "her"})


def citing(sent: Span) -> Span | None:
    """ "…, citing the NIS": the cited body is the original claimant."""
    doc = sent.doc
    for tok in (doc[i] for i in sentence_index(doc).matching_in(_CITE, sent)):
        if tok.lemma_.lower() in ("cite", "quote") and (
            tok.tag_ == "VBG" or tok.dep_ == "relcl"  # "a report that cited the NIS"
        ):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
            if objs:
                return _np_span(objs[0])
            if tok.i + 1 < sent.end:
                return _trim(sent.doc, tok.i + 1, min(sent.end, tok.i + 8))
        elif tok.lower_ in ("citing", "quoting") and tok.i + 1 < sent.end:
            # "Citing Seoul's spy agency, I would put …" (the tagger took it for a name)
            end = tok.i + 1
            while end < min(sent.end, tok.i + 10) and doc[end].text not in (",", ";", "."):
                end += 1
            return _trim(doc, tok.i + 1, end)
    return None


#: What a speaker may cite that is no one: "citing intelligence", "citing estimates".
_SOURCE_MATERIAL = frozenset({"intelligence", "information", "estimate", "evidence", "footage"})


def _unnamed_material(cited: Span, lex: Lexicon) -> bool:
    """Cited material that names no issuer ("intelligence reports", "battlefield
    data"): the speaker who cites it stays the claimant."""
    root = cited.root.lemma_.lower()
    # "citing satellite images of new graves": what shows, not who says
    shows = root in lex.non_agents or cited.root.lower_ in lex.non_agents
    if root not in _SOURCE_MATERIAL and root not in lex.document_nouns and not shows:
        return False
    # (an issuer names the material before its noun: "Seoul's intelligence"; "images of
    # graves near Russia's Far East" name none)
    named = cited[: cited.root.i - cited.start + 1] if shows else cited
    return not any(
        t.pos_ == "PROPN" or t.tag_ in ("PRP$", "POS") or side_of(t.text) for t in named
    )


#: How far back (in tokens) "its" in "its latest assessment" looks for the body it means.
_POSSESSOR_REACH = 60


def possessor_body(span: Span, lex: Lexicon) -> Span | None:
    """The body "its" or "their" means in a cited document: "Citing its latest
    assessment" after "UK Defence Intelligence" names UK Defence Intelligence (the
    nearest body named before: a known claimant, or a proper name whose head is an
    organisation noun)."""
    owner = next(
        (t for t in span if t.dep_ == "poss" and t.lower_ in ("its", "their")), None
    )
    if owner is None:
        return None
    doc = span.doc
    for k in range(owner.i - 1, max(-1, owner.i - _POSSESSOR_REACH), -1):
        tok = doc[k]
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.i + 1 < len(doc) and (
            doc[tok.i + 1].dep_ == "case"
        ):
            continue
        name = _trim(doc, tok.left_edge.i, tok.i + 1)
        if name is None:
            continue
        if resolve(name.text, "claimant") is not None and not side_of(name.text) or any(
            t.lemma_.lower() in lex.organisation_nouns for t in name
        ):
            return name
    return None


def _relay_objects(verb: Token, lex: Lexicon, publisher: str | None) -> tuple[Span, ...]:
    """ "X told Reuters": a news organisation told relays the claim; "told lawmakers" does not."""
    if verb.lemma_.lower() not in _TELL:
        return _interviewer(verb, lex, publisher)
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN"):
            if (
                child.lemma_.lower() in lex.audiences
                or child.pos_ == "NOUN"
                and not is_media(_np_span(child) or verb.doc[child.i : child.i + 1], lex)
            ):
                continue
            span = _np_span(child)
            if span is None or _own_outlet(span, publisher):
                continue  # "told Meridian" in Meridian's own story
            if side_of(span.text) and not is_media(span, lex):
                continue
            out.append(span)
    return tuple(out) + _interviewer(verb, lex, publisher)


def _interviewed_by(agent: Span, lex: Lexicon, publisher: str | None) -> tuple[Span, ...]:
    """A news organisation that interviewed the speaker: "A Ukrainian soldier interviewed
    by the BBC said …" (not the story's own outlet)."""
    for part in agent.root.children:
        if part.dep_ != "acl" or part.lemma_.lower() not in ("interview", "quote"):
            continue
        by = _passive_by(part)
        span = _np_span(by) if by is not None else None
        if span is not None and is_media(span, lex) and not _own_outlet(span, publisher):
            return (span,)
    return ()


def _interviewer(verb: Token, lex: Lexicon, publisher: str | None) -> tuple[Span, ...]:
    """A news organisation the speaker talked to: "In an interview with the BBC, X said",
    "X said in an interview with Reuters" (not one with the story's own outlet)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() != "interview":
                continue
            for with_ in noun.children:
                if with_.dep_ != "prep" or with_.lower_ != "with":
                    continue
                obj = _first_object(with_)
                span = _np_span(obj) if obj is not None else None
                if span is None or not is_media(span, lex) or _own_outlet(span, publisher):
                    continue
                return (span,)
    return ()


def publisher_of(text: str) -> str | None:
    """The outlet a wire dateline names: "SEOUL, Feb 13 (Meridian) - …" -> Meridian."""
    for line in text[:600].splitlines():
        found = _DATELINE.match(line.strip())
        if found:
            return found.group("outlet").strip()
    return None


# ---------------------------------------------------------------- sources by sentence


def _is_person_like(span: Span, lex: Lexicon) -> bool:
    root = span.root
    if root.lemma_.lower() in lex.person_nouns or root.lower_ in lex.person_nouns:
        return True
    # The name itself, not an apposition ("Oleksandr, a commander in the 80th Brigade").
    name = [t for t in span if t.i == root.i or t.head.i == root.i and t.dep_ == "compound"]
    if root.pos_ == "PROPN" and any(t.lemma_.lower() in lex.person_nouns for t in name):
        return True  # "Pentagon press secretary Sabrina Singh": a title before a name
    if root.pos_ != "PROPN" or any(t.lemma_.lower() in lex.organisation_nouns for t in name):
        return False
    entity = resolve(" ".join(t.text for t in name), "claimant")
    if entity is not None:
        return getattr(entity, "kind", "") == "person"
    return resolve(span.text, "side") is None


class SourceIndex:
    """Every sentence's sources outside quotations, pronoun speakers resolved.

    "He says 41 people were injured" after "…, the governor, Ivan Petrenko,
    says" names Ivan Petrenko; "The same official said" names the official of
    the last sentence that had one, with the relays that came with it.
    """

    def __init__(self, doc: Doc, lex: Lexicon, ranges: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.lex = lex
        self.publisher = publisher_of(doc_text(doc))
        starts = [s for s, _e in ranges]
        self._quote_starts, self._quote_ranges = starts, ranges
        self.by_sent: dict[int, list[Source]] = {}
        self.all_in_sent: dict[int, list[Source]] = {}
        self.framing: dict[int, Source] = {}
        history: list[Source] = []
        index = sentence_index(doc)
        cues = index.matching(lex.cue_lemmas)
        bodies: list[Span] = []  # the bodies named as sources so far, for "the agency"
        self._bodies = bodies
        for sent in sents(doc):
            prepositional = prepositional_source(sent, lex)
            if prepositional is not None:
                prepositional = self._author(prepositional, history)
                if self._ownerless(prepositional.agent):
                    prepositional = None  # "According to verified data, …": the writer's
            if prepositional is not None and prepositional.agent.root.lower_ in ("his", "her"):
                # "by his reckoning": the one person "he" is, like a pronoun speaker
                prepositional = self._possessor(prepositional, history)
            if prepositional is not None:
                named = self._body_named(prepositional.agent)
                if named is not None:
                    prepositional = replace(prepositional, agent=named)
                elif not self._bare_anaphor(prepositional.agent):
                    bodies.append(prepositional.agent)
                self.framing[sent.start] = prepositional
            found: list[Source] = []
            everything: list[Source] = []
            lo = bisect_right(cues, sent.start - 1)
            hi = bisect_right(cues, sent.end - 1)
            for tok in (doc[i] for i in cues[lo:hi]):
                hedge = _hedge_of_verb(tok, lex)
                if hedge is None or hedge == "speculative":
                    continue  # "North Korea appears to have …": no one says it
                agent = agent_of(tok)
                if agent is not None and is_non_agent(agent, lex):
                    # "Satellite images … and a Ukrainian official told Reuters": the official
                    # says it.
                    later = [c for c in agent.root.conjuncts if c.i > agent.root.i]
                    agent = _np_span(later[-1]) if later else None
                if agent is None or agent.root.lower_ in _PRONOUNS or is_non_agent(agent, lex):
                    continue
                source = Source(
                    tok,
                    agent,
                    hedge,
                    is_media(agent, lex),
                    _relay_objects(tok, lex, self.publisher)
                    + _interviewed_by(agent, lex, self.publisher),
                )
                source = self._author(source, history)  # "The report said …": its issuer
                quoted = quoted_as_saying(tok)
                if quoted is not None:
                    # "Lee quoted the NIS as saying": the NIS says it, Lee relays it
                    source = Source(tok, quoted, hedge, is_media(quoted, lex), (agent,))
                outer = self._speaker_above(tok, agent, everything)
                subject = None if outer is not None else self._subject_before(agent)
                if outer is not None:
                    source = replace(source, agent=outer.agent, media=outer.media)
                elif subject is not None:
                    source = replace(source, agent=subject, media=is_media(subject, lex))
                else:
                    source = self._resolve(source, history)
                if source is None:
                    continue
                everything.append(source)
                if not self.inside_quote(tok.idx) and source.agent.root.pos_ != "PRON":
                    found.append(source)  # "we counted 600" outside a quote names no one
            self.by_sent[sent.start] = found
            self.all_in_sent[sent.start] = everything
            named = [
                s
                for s in everything
                if s.agent.root.pos_ != "PRON" and not counted_cargo(s.agent, lex)
            ]  # no later "it" or "the alliance" means the containers a parse made speak
            history.extend(named)
            bodies.extend(s.agent for s in named if not self._bare_anaphor(s.agent))

    def _speaker_above(self, verb: Token, agent: Span, sources: list[Source]) -> Source | None:
        """The speaker a pronoun under their own reporting verb stands for: "Ukrainian
        officials have said they believe …" (they = the officials, who believe it)."""
        pronoun = agent.root.lower_
        if pronoun not in _PERSONAL:
            return None
        node = verb
        for _ in range(3):
            if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head == node:
                return None
            node = node.head
            outer = next((s for s in sources if s.cue == node), None)
            if outer is None:
                continue
            person = _is_person_like(outer.agent, self.lex)
            if pronoun == "they" or (pronoun == "it") != person:
                return outer
            return None
        return None

    def _subject_before(self, agent: Span) -> Span | None:
        """The subject of the sentence's main clause that "it", "they" or a bare "the
        agency" stands for, when it comes before: "HUR released video of what it said
        were two soldiers captured" (it = HUR, not the source of the sentence before),
        "Kyiv's military intelligence believes …, the agency said"."""
        pronoun = agent.root
        anaphor = self._bare_anaphor(agent) and agent.root.lemma_.lower() not in (
            self.lex.anaphor_titles
        )
        if pronoun.lower_ not in ("it", "they") and not anaphor:
            return None  # ("the agency" after the sentence's own "Kyiv's military intelligence")
        sent = sent_of(pronoun)
        main = sent.root
        subjects = [c for c in main.children if c.dep_ == "nsubj" and c.i < pronoun.i]
        if anaphor and not subjects:
            # "Kyiv's military intelligence believes …, the agency said": the first subject
            subjects = [t for t in sent if t.dep_ == "nsubj" and t.i < agent.start][:1]
        if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
            return None
        subject = _np_span(subjects[0])
        if subject is None or _is_person_like(subject, self.lex):
            return None
        plural = subjects[0].tag_ in ("NNS", "NNPS")
        if pronoun.lower_ == "it" and plural:
            return None
        if anaphor and subjects[0].lemma_.lower() not in self.lex.organisation_nouns:
            return None
        if anaphor and subjects[0].head.lemma_.lower() not in self.lex.hedge_verbs:
            return None  # "Russian forces have lost 1,500 soldiers, the ministry said": the losers
        return self._body_named(subject) or subject

    def _ownerless(self, agent: Span) -> bool:
        """Data or a document that no one is named to have issued ("verified data",
        "preliminary figures"): no source, the writer's own voice."""
        root = agent.root
        if root.lemma_.lower() not in self.lex.document_nouns and (
            root.lower_ not in self.lex.document_nouns
        ):
            return False
        return not any(
            t.pos_ == "PROPN" or t.tag_ in ("PRP$", "POS") or side_of(t.text) for t in agent
        )

    def _author(self, source: Source, history: list[Source]) -> Source:
        """ "according to the document" names whoever issued it: its possessor
        ("the ministry's statement") or the last source that published one."""
        root = source.agent.root
        if (
            root.lemma_.lower() not in self.lex.document_nouns
            and root.lower_ not in self.lex.document_nouns
        ):
            return source
        if any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in root.children):
            return source  # "a Pentagon fact sheet", "the ministry's statement" name their author
        by = _issued_by(root)
        if by is not None:
            return replace(source, agent=by, media=is_media(by, self.lex))
        if not _definite(root):
            return source
        issuer = self._issuer_named_before(root)
        if issuer is not None:
            return replace(source, agent=issuer, media=is_media(issuer, self.lex))
        for earlier in reversed(history):
            if earlier.cue.lemma_.lower() in self.lex.publishing_verbs and not earlier.media:
                return replace(source, agent=earlier.agent, media=False)
        return source

    def _issuer_named_before(self, noun: Token) -> Span | None:
        """Who issued "the report" or "the paper" told before: "In a report submitted to
        parliament, the JCS said …" (the speaker the report was told with), "its annual
        white paper" after "The ministry …" (whom "its" means), "a report by the
        institute" (the "by")."""
        doc = self.doc
        lemma = noun.lemma_.lower()
        for k in range(noun.i - 1, -1, -1):
            tok = doc[k]
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.dep_ == "compound":
                continue
            for child in tok.children:
                obj = _first_object(child)
                if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from") and (
                    obj is not None
                ):
                    return _np_span(obj)
                if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                    return _np_span(child)
            holder = tok.head
            for _ in range(3):  # "made the assessment in its white paper": up to "made"
                if holder.pos_ in ("VERB", "AUX") or holder.head == holder:
                    break
                holder = holder.head
            if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and holder.pos_ in (
                "VERB",
                "AUX",
            ):
                subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.i != tok.i:
                    if subject.lower_ in ("it", "they"):
                        return None
                    named = _np_span(subject)
                    if named is not None:
                        return self._body_named(named) or named
            if _definite(tok):
                continue  # "According to the report, …": the same report again
            return None
        return None

    def in_agent(self, i: int) -> bool:
        """Token ``i`` names a speaker: "One Ukrainian drone operator told The Sun"."""
        from claimledger.extract.sentences import sent_of as _sent_of

        sent = _sent_of(self.doc[i])
        return any(
            s.agent.start <= i < s.agent.end
            and s.hedge in ("reported", "claimed")
            and sent.start <= s.cue.i < sent.end
            and s.cue.i >= s.agent.end
            for s in self.all_in_sent.get(sent.start, ())
        )

    def prepositional(self, sent: Span) -> Source | None:
        """The "according to X" source of ``sent``, documents resolved to their author."""
        return self.framing.get(sent.start)

    def inside_quote(self, char: int) -> bool:
        k = bisect_right(self._quote_starts, char) - 1
        return k >= 0 and self._quote_ranges[k][0] <= char < self._quote_ranges[k][1]

    def _bare_anaphor(self, agent: Span | None) -> bool:
        """ "the agency", "the ministry", "the president", "The company, part of …": a
        body or office holder named before, by the kind it is ("the spy agency", "the
        NIS" name it themselves), and "the regional military administration" after
        "the Sumy regional military administration" (the last words of that name)."""
        if agent is None:
            return False
        core = _core(agent)
        if len(core) < 2 or core[0].lower_ != "the":
            return False
        if core[-1].pos_ != "NOUN" and not (
            len(agent) == 2 and core[-1].is_title and core[-1].lower_ in _CAPITALISED_ANAPHORS
        ):
            return False  # (British house style capitalises the bare "the Ministry")
        lemma = core[-1].lemma_.lower()
        if len(core) == 2:
            return lemma in self.lex.organisation_nouns or lemma in self.lex.anaphor_titles
        return (
            lemma in self.lex.organisation_nouns
            and all(t.pos_ in ("ADJ", "NOUN") and t.is_lower for t in core[1:])
            and self._longer_name(core) is not None
        )

    def _longer_name(self, core: Span) -> Span | None:
        """An earlier mention whose last words are ``core``'s after "the", led by a name
        that is no side: "the Sumy regional military administration"."""
        tail = [t.lower_ for t in core[1:]]
        for k in range(core.start - 1, len(tail) - 1, -1):
            words = self.doc[k - len(tail) + 1 : k + 1]
            if [t.lower_ for t in words] != tail or words.start == 0:
                continue
            before = self.doc[words.start - 1]
            if side_of(before.text):
                return None  # "the spy agency" after "Seoul's spy agency": an epithet
            if before.pos_ in ("PROPN", "ADJ"):
                return _trim(self.doc, before.left_edge.i, k + 1)
        return None

    def _body_named(self, agent: Span) -> Span | None:
        """The naming mention a bare anaphor refers to: "the agency" after "South
        Korea's National Intelligence Service said" (the last body named with that noun,
        else the last body named at all); "the president" after "President Volodymyr
        Zelensky"."""
        if not self._bare_anaphor(agent):
            return None
        doc = self.doc
        core = _core(agent)
        if len(core) > 2:
            return self._longer_name(core)
        noun = core[1].lemma_.lower()
        for k in range(agent.start - 1, -1, -1):
            tok = doc[k]
            if tok.lemma_.lower() != noun and tok.lower_ != noun:
                continue
            if noun in self.lex.anaphor_titles and tok.dep_ == "compound" and (
                tok.head.pos_ == "PROPN" and tok.head.i > tok.i
            ):
                return _trim(doc, tok.left_edge.i, tok.head.i + 1)  # "President Volodymyr Zelensky"
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
                continue
            mention = _trim(doc, tok.left_edge.i, tok.i + 1)
            if mention is None or self._bare_anaphor(mention) or len(mention) < 2:
                continue  # "a spokesman for the directorate": the anaphor again
            if is_media(mention, self.lex):
                continue  # "…, Yonhap news agency reported. The agency said": not Yonhap
            return mention
        if noun in self.lex.anaphor_titles:
            return None  # an office holder is no body named before
        earlier = [b for b in self._bodies if b.start < agent.start]
        for body in reversed(earlier):
            if not _is_person_like(body, self.lex):
                return body
        return None

    def _resolve(self, source: Source, history: list[Source]) -> Source | None:
        """A pronoun, "the same X" or a bare anaphor ("the agency") takes its
        antecedent's words and relays."""
        agent = source.agent
        named = self._body_named(agent)
        if named is not None:
            # "the agency" after "South Korea's spy agency": a news agency only if that is
            return replace(source, agent=named, media=is_media(named, self.lex))
        root = agent.root
        same = len(agent) >= 3 and agent[0].lower_ == "the" and agent[1].lower_ == "same"
        if root.lower_ not in _PERSONAL and not same:
            return source
        antecedent: Source | None = None
        for earlier in reversed(history):
            if same:
                if earlier.agent.root.lemma_.lower() == root.lemma_.lower():
                    antecedent = earlier
                    break
            elif root.lower_ in ("he", "she"):
                # "he" is one person: not "soldiers" in "the way soldiers count things"
                if _is_person_like(earlier.agent, self.lex) and earlier.agent.root.tag_ not in (
                    "NNS",
                    "NNPS",
                ):
                    antecedent = earlier
                    break
            elif root.lower_ == "it":
                if (
                    not _is_person_like(earlier.agent, self.lex)
                    and earlier.agent.root.tag_ != "NNS"
                ):
                    antecedent = earlier
                    break
            else:  # they
                antecedent = earlier
                break
        if root.lower_ in ("he", "she"):
            # "a sapper who gives his name only as Oleh opens the boot … It came, he says,
            # …": a person named since the last source is nearer than that source
            nearer = self._person_mentioned_before(agent, antecedent)
            if nearer is not None:
                antecedent = replace(source, agent=nearer, relay_objects=())
        if antecedent is None:
            return source if same else None
        named = self._naming_mention(antecedent.agent, history)
        relays = tuple(source.relay_objects) + tuple(
            r
            for r in antecedent.relay_objects
            if all(r.start != s.start for s in source.relay_objects)
        )
        return replace(source, agent=named, media=antecedent.media, relay_objects=relays)

    def _possessor(self, source: Source, history: list[Source]) -> Source | None:
        """Who "his" or "her" in "by his reckoning" is: the nearer of the last one-person
        source and the one person named since."""
        antecedent = next(
            (
                s
                for s in reversed(history)
                if _is_person_like(s.agent, self.lex)
                and s.agent.root.tag_ not in ("NNS", "NNPS")
            ),
            None,
        )
        nearer = self._person_mentioned_before(source.agent, antecedent)
        agent = nearer if nearer is not None else antecedent.agent if antecedent else None
        if agent is None:
            return None
        return replace(source, agent=self._naming_mention(agent, history), media=False)

    def _person_mentioned_before(self, pronoun: Span, antecedent: Source | None) -> Span | None:
        """The nearest one person named as a subject or possessor in the sentence of
        ``pronoun`` or the two before it, after ``antecedent``'s mention: "a sapper who
        gives his name …", "Hnatyuk's men"."""
        doc = self.doc
        index = sentence_index(doc)
        k = bisect_right(index.starts, pronoun.start) - 1
        lo = index.starts[max(0, k - 2)]
        if antecedent is not None:
            lo = max(lo, antecedent.agent.end)
        for i in range(pronoun.start - 1, lo - 1, -1):
            tok = doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or tok.tag_ not in ("NN", "NNP"):
                continue
            if self.inside_quote(tok.idx):
                continue
            who = any(
                c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
                for c in tok.children
            )
            span = _np_span(tok) if tok.dep_ != "poss" else doc[tok.left_edge.i : tok.i + 1]
            if span is None:
                continue
            if who or tok.lemma_.lower() in self.lex.person_nouns or (
                tok.pos_ == "PROPN" and _is_person_like(span, self.lex)
            ):
                return span
        return None

    def _naming_mention(self, agent: Span, history: list[Source]) -> Span:
        """ "Ko" or "Mr Ko" after "lawmaker Ko Dong-hwan": the fuller, earlier mention
        names him. A role with the name ("Governor Hnatyuk") names him itself."""
        bare = [t for t in agent if t.lower_.rstrip(".") not in _HONORIFICS]
        names = [t.lower_ for t in bare if t.pos_ == "PROPN"]
        if not names or len(bare) > 1:
            return agent
        for earlier in history:
            if earlier.agent.start < agent.start and any(
                t.lower_ == names[-1] for t in earlier.agent
            ):
                return earlier.agent
        return agent

    def sources(self, sent: Span) -> list[Source]:
        """Sources of ``sent`` outside quotations, in text order."""
        return self.by_sent.get(sent.start, [])

    def any_sources(self, sent: Span) -> list[Source]:
        """Sources of ``sent`` wherever their verb stands (for a quote's speaker)."""
        return self.all_in_sent.get(sent.start, [])

    def of_verb(self, verb: Token) -> Source | None:
        for source in self.all_in_sent.get(sent_of(verb).start, []):
            if source.cue.i == verb.i:
                return source
        return None


def sentence_sources(sent: Span, lex: Lexicon, quotes: QuoteIndex | None = None) -> list[Source]:
    """Every reporting verb in the sentence that names its agent, outside quotations."""
    if quotes is not None:
        return quotes.sources.sources(sent)
    out = []
    for tok in sent:
        hedge = _hedge_of_verb(tok, lex)
        if hedge is None:
            continue
        agent = agent_of(tok)
        if agent is None or agent.root.pos_ == "PRON":
            continue
        out.append(Source(tok, agent, hedge, is_media(agent, lex), _relay_objects(tok, lex, None)))
    return out


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    speaker: Source | None


class Turns:
    """The answers of a transcript and who gives each: the name an answer's label gives
    ("A (Dr Salt): …"), else the interviewee the introduction names ("Colonel Vadym
    Shulga commands …" above a run of "Q:"/"A:" lines)."""

    def __init__(self, doc: Doc, layout: Any, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self._answers = [line for line in layout.lines if line.kind == "answer"]
        self._starts = [line.start for line in self._answers]
        questions = [line for line in layout.lines if line.kind == "question"]
        first = min((ln.start for ln in questions + self._answers), default=None)
        self._intro_end = first
        self._interviewee: Span | None | bool = False  # not looked for yet

    def speaker_at(self, char: int) -> Span | None:
        """Who speaks in the answer holding character ``char`` (None outside answers)."""
        if not self._answers:
            return None
        k = bisect_right(self._starts, char) - 1
        if k < 0 or char > self._answers[k].end:
            return None
        line = self._answers[k]
        if line.label:
            at = line.start + line.text.index(line.label)
            span = self.doc.char_span(at, at + len(line.label), alignment_mode="expand")
            if span is not None:
                return span
        if self._interviewee is False:
            self._interviewee = self._find_interviewee()
        return self._interviewee or None

    def _find_interviewee(self) -> Span | None:
        """The first person the introduction names: a run of proper names, with the
        rank or title before it ("Colonel Andriy Melnyk")."""
        if self._intro_end is None:
            return None
        doc = self.doc
        for sent in sents(doc):
            if sent.start_char >= self._intro_end:
                break
            if sent.start == 0:
                continue  # the headline
            k = sent.start
            while k < sent.end:
                if doc[k].pos_ != "PROPN" or not doc[k].is_title:
                    k += 1
                    continue
                j = k
                while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].is_title:
                    j += 1
                run = doc[k:j]
                if k > sent.start and doc[k - 1].lower_ == "the":
                    k = j  # "The Eastlight Quarterly": a person's name takes no article
                    continue
                if len(run) >= 2 and not side_of(run.text) and resolve(run.text, "place") is None:
                    if not any(t.lemma_.lower() in self.lex.organisation_nouns for t in run):
                        start = k
                        if k > sent.start and doc[k - 1].lower_ in self.lex.person_nouns:
                            start = k - 1
                        name = doc[start:j]
                        if not any(t.lower_ in self.lex.person_nouns for t in run[:1]):
                            return name
                        return name
                k = j
        return None


class QuoteIndex:
    """Quotations in a document (character ranges) and who speaks each."""

    def __init__(self, doc: Doc, lex: Lexicon, layout: Any = None) -> None:
        self.doc = doc
        text = doc_text(doc)
        ranges = _quote_ranges(text)
        self.sources = SourceIndex(doc, lex, ranges)
        self.turns = Turns(doc, layout, lex) if layout is not None else None
        quotes: list[Quote] = []
        prev: Quote | None = None
        for start, end in ranges:
            speaker = self._speaker(start, end)
            if speaker is None and prev is not None and _continues(text, prev.end, start):
                speaker = prev.speaker
            if speaker is None:
                speaker = self._lead_in(start)
            quote = Quote(start, end, speaker)
            quotes.append(quote)
            prev = quote
        self.quotes = quotes
        self._starts = [q.start for q in quotes]

    def at(self, char: int) -> Quote | None:
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return self.quotes[k]
        return None

    def inside(self, char: int) -> bool:
        return self.at(char) is not None

    def _lead_in(self, start: int) -> Source | None:
        """The speaker a paragraph ending in a colon announces for the quoted paragraph
        after it: "Ukraine's interior minister wrote on X:" above an embedded post."""
        text = doc_text(self.doc)
        if start > 0 and text[start - 1] != "\n":
            return None
        before = text[:start].rstrip()
        if not before.endswith(":"):
            return None
        tok = _token_at(self.doc, len(before) - 1)
        if tok is None:
            return None
        sources = self.sources.any_sources(sent_of(tok))
        return sources[-1] if sources else None

    def _speaker(self, start: int, end: int) -> Source | None:
        doc = self.doc
        # After the closing mark, in the same sentence: "…,” said X." / "…,” X said."
        candidates: list[Span] = []
        for char in (end, start - 1):
            tok = _token_at(doc, char)
            if tok is None or sent_of(tok) in candidates:
                continue
            lo, hi = sorted((char, tok.idx))
            if "\n" not in doc_text(doc)[lo:hi]:  # the speaker is named in the same paragraph
                candidates.append(sent_of(tok))
        for sent in candidates:
            for source in self.sources.any_sources(sent):
                if not (start <= source.cue.idx < end):
                    return source
        return None


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token covering (or first after) character ``char``."""
    if char < 0 or char >= len(doc_text(doc)):
        return None
    k = sentence_index(doc).token_at_char(char)
    while 0 <= k < len(doc) and doc[k].is_space:
        k += 1
    return doc[k] if 0 <= k < len(doc) else None


def _continues(text: str, prev_end: int, start: int) -> bool:
    """A quote that opens the paragraph after the previous quote's paragraph.

    Journalistic convention: consecutive quoted paragraphs with no new speaker
    belong to the speaker named last (blank lines between paragraphs allowed).
    """
    gap = text[prev_end:start]
    if "\n" not in gap:
        return True  # another quote in the same paragraph
    at_paragraph_start = start == 0 or text[start - 1] == "\n"
    # Only the rest of the previous paragraph and the break lie between them.
    rest, _sep, _after = gap.partition("\n")
    return (
        at_paragraph_start
        and not gap[len(rest) :].strip()
        and len(rest.strip()) < 120
        and not any(c in rest for c in '“"')
    )


_QUOTE_MARKS = re.compile('[“”"\n]')


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks; a paragraph break ends an open quote."""
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _QUOTE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = i
        elif (ch == "”" or ch == '"') and open_at is not None:
            ranges.append((open_at, i + 1))
            open_at = None
        elif ch == "\n" and open_at is not None:
            ranges.append((open_at, i))
            open_at = None
    if open_at is not None:
        ranges.append((open_at, len(text)))
    return ranges


def inherited_attribution(sentences: list[Span], quotes: QuoteIndex) -> Attribution | None:
    """The source of the nearest of ``sentences`` that names one: a table row or a
    list item says nothing of who counts, its lead (or the paragraph above) does.

    Example: "The General Staff publishes the tally each morning." above
    "Personnel: about 889,310" makes the General Staff the row's claimant.
    """
    index = quotes.sources
    for sent in sentences:
        framing = index.prepositional(sent)
        if framing is not None and not framing.media:
            return Attribution(
                framing.agent, (), framing.hedge, framing.cue.doc[framing.cue.i : framing.cue.i + 1]
            )
        for source in index.sources(sent):
            if not source.media:
                cue = source.cue.doc[source.cue.i : source.cue.i + 1]
                return Attribution(source.agent, source.relay_objects, source.hedge, cue)
    return None


def _reports_elsewhere(source: Source, anchor: Token) -> bool:
    """ "Images show X, and an official told Reuters that Y": a speaker in a later,
    coordinated clause reports its own clause (Y), not X in the clause before it.
    ("With 100 killed, Seoul warned that more were coming" is Seoul's.)"""
    verb, agent = source.cue, source.agent
    doc = verb.doc
    if (
        verb.i < anchor.i
        or agent.start == 0
        or doc[agent.start - 1].lower_ not in ("and", "but", "while", "whereas")
    ):
        return False
    complements = [
        c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
    ]
    return bool(complements) and not any(
        c.left_edge.i <= anchor.i <= c.right_edge.i for c in complements
    )


def clause_bounds(doc: Doc, i: int, sent: Span) -> tuple[int, int]:
    """The stretch of ``sent`` between semicolons that holds token ``i``: a semicolon
    joins claims with their own sources ("Russia has lost 1,140 troops; HUR spots
    North Korean gun crews near Pokrovsk", "…; Kyiv accuses Tehran of …")."""
    lo, hi = sent.start, sent.end
    for k in sentence_index(doc).matching_in(_SEMICOLON, sent):
        if k < i:
            lo = k + 1
        elif k > i:
            hi = k
            break
    return lo, hi


_SEMICOLON = frozenset({";"})
_TEMPORAL = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday day week month year morning "
    "evening night weekend".split()
)
#: Titles that only address a person ("Mr Ko" is as bare as "Ko").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "rep", "sen", "prof", "messrs"})


def attribute(
    anchor: Token, sent: Span, lex: Lexicon, quotes: QuoteIndex, figure_start: int | None = None
) -> Attribution:
    """Claimant, relays and hedge for a figure (or event noun) at ``anchor``."""
    doc = anchor.doc
    index = quotes.sources
    lo, hi = clause_bounds(doc, anchor.i, sent)
    found = hedge_on_path(anchor, lex)
    hedge: str | None = None
    cue: Token | None = None
    if found is not None and lo <= found[1].i < hi:
        hedge, cue, _path = found
    if figure_start is not None:
        local = hedge_before_figure(doc, figure_start, sent.start, lex)
        if local is not None:
            hedge, cue = local

    claimants: list[Span] = []
    relays: list[Span] = []
    first_claimant_hedge: str | None = None
    anchor_quoted = quotes.inside(anchor.idx)
    # Reporting verbs above the figure, inner to outer.
    below: Token = anchor
    for anc in anchor.ancestors:
        child_on_path, below = below, anc
        if (
            claimants
            and child_on_path.dep_ in ("advcl", "conj")
            and child_on_path.pos_ in ("VERB", "AUX")
        ):
            break  # "X said A, while Y said B": X does not relay Y
        if _hedge_of_verb(anc, lex) is None or not lo <= anc.i < hi:
            continue
        source = index.of_verb(anc)
        if source is None:
            continue
        agent = source.agent
        if agent.start <= anchor.i < agent.end:
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.left_edge.i <= anchor.i <= c.right_edge.i
            and not (_counted_subject(c) and c.i < agent.start)
            for c in anc.children
        ):
            continue  # the anchor is in the speaker's subject, not in what is said
        if index.inside_quote(anc.idx) != anchor_quoted and not anchor_quoted:
            continue
        if agent.root.pos_ == "PRON":
            # "We believe at least 100 were killed" inside a quote: the speaker believes it.
            quote = quotes.at(anc.idx) if agent.root.lower_ in ("we", "i") else None
            answering = (
                quotes.turns.speaker_at(anc.idx)
                if quotes.turns is not None and agent.root.lower_ in ("we", "i")
                else None
            )
            if quote is not None and quote.speaker is not None:
                source = replace(quote.speaker, hedge=source.hedge)
            elif answering is not None:
                source = Source(source.cue, answering, source.hedge, False)  # "A: We believe …"
            else:
                continue
            agent = source.agent
        if claimants and (agent.start, agent.end) == (claimants[-1].start, claimants[-1].end):
            pass  # "X said they believe N": X believes it, and relays no one
        elif source.media or claimants:
            # An outer speaker relays what the inner one said: "X said Y estimated N".
            relays.append(agent)
        else:
            claimants.append(agent)
            first_claimant_hedge = first_claimant_hedge or source.hedge
        relays.extend(source.relay_objects)

    framing = index.prepositional(sent)
    if framing is not None and not lo <= framing.cue.i < hi:
        framing = None
    if framing is not None and framing.agent.root.pos_ == "PRON":
        # "By our estimate …": the speaker's estimate (of a quote or an answer)
        quote = quotes.at(framing.cue.idx)
        own = quote.speaker.agent if quote is not None and quote.speaker is not None else None
        if own is None and quotes.turns is not None:
            own = quotes.turns.speaker_at(framing.cue.idx)
        if hedge is None or hedge == "reported":
            hedge, cue = framing.hedge, framing.cue
        framing = replace(framing, agent=own) if own is not None else None
    if (
        framing is not None
        and claimants
        and (hedge is None or hedge == "reported")
        and framing.cue.i + 1 < len(doc)
        and doc[framing.cue.i + 1].lower_ in ("his", "her")
    ):
        # "…, he says, …, by his reckoning": the speaker's own estimate
        hedge, cue = framing.hedge, framing.cue
    if (
        framing is not None
        and framing.cue.lower_ == "according"
        and claimants
        and (framing.cue.i == sent.start or _hedge_of_verb(framing.cue.head, lex) is not None)
        and all(
            not bare_voice(c, lex)
            and (c.end <= framing.agent.start or c.start >= framing.agent.end)
            for c in claimants
        )
    ):
        # "According to lawmaker X, the NIS also said …", "…, the NIS said, according to
        # X": X relays what the NIS said (not "…, a spokesman said": the body's voice).
        relays.insert(0, framing.agent)
    elif framing is not None and framing.cue.i == sent.start and not framing.media:
        # "By the estimate of X, …" frames the whole sentence; later verbs only relay.
        relays = [c for c in claimants if c.start < anchor.i] + relays
        claimants = [framing.agent]
        first_claimant_hedge = framing.hedge
    elif not claimants and framing is not None:
        aside = _speaker_before_according(framing, index.sources(sent), anchor, lex)
        if aside is not None:
            # "…, the NIS said, according to Rep. Lee": Rep. Lee relays the NIS
            claimants.append(aside.agent)
            relays.append(framing.agent)
            first_claimant_hedge = first_claimant_hedge or aside.hedge
        elif not framing.media:
            claimants.append(framing.agent)
            first_claimant_hedge = first_claimant_hedge or framing.hedge
        else:
            relays.append(framing.agent)
    if not claimants and lo == sent.start:
        headline = colon_source(sent, lex)
        if headline is not None and headline.agent.end <= anchor.i:
            claimants.append(headline.agent)
            first_claimant_hedge = first_claimant_hedge or headline.hedge
    if not claimants and hi == sent.end:
        ending = trailing_colon_source(sent, lex)
        if ending is not None and ending.cue.i > anchor.i:
            claimants.append(ending.agent)
            first_claimant_hedge = first_claimant_hedge or ending.hedge
    if not claimants:
        inside = quotes.at(anchor.idx)
        if inside is not None and inside.speaker is not None:
            claimants.append(inside.speaker.agent)
            relays.extend(inside.speaker.relay_objects)
            first_claimant_hedge = first_claimant_hedge or inside.speaker.hedge
        else:
            for source in index.sources(sent):
                if source.agent.start <= anchor.i < source.agent.end:
                    continue
                if not lo <= source.cue.i < hi:
                    continue
                if _reports_elsewhere(source, anchor):
                    continue
                if source.media:
                    if all(r.start != source.agent.start for r in relays):
                        relays.append(source.agent)
                elif not claimants:
                    claimants.append(source.agent)
                    relays.extend(source.relay_objects)
                    first_claimant_hedge = first_claimant_hedge or source.hedge
    if not claimants and quotes.turns is not None:
        answering = quotes.turns.speaker_at(anchor.idx)
        if answering is not None:
            claimants.append(answering)  # "A: We lost 14 killed": the one answering says it
            first_claimant_hedge = first_claimant_hedge or "reported"
    # A news agency named anywhere in the sentence relays it: "…, reported Yonhap".
    for source in index.sources(sent):
        if (
            source.media
            and lo <= source.cue.i < hi
            and all(r.start != source.agent.start for r in relays + claimants)
        ):
            relays.append(source.agent)
    cited = citing(sent)
    if cited is not None and _unnamed_material(cited, lex):
        cited = None  # "a US official told Reuters, citing intelligence": the official says it
    if cited is not None and lo <= cited.start < hi:
        cited = possessor_body(cited, lex) or cited  # "citing its latest assessment"
        if claimants and claimants[0].start != cited.start:
            relays.insert(0, claimants[0])
        claimants = [cited]
        first_claimant_hedge = first_claimant_hedge or "reported"
    briefer = briefed_by(claimants[0], lex) if claimants else None
    if briefer is not None:
        relays.insert(0, claimants[0])  # "a lawmaker briefed by the NIS said …"
        claimants = [briefer]
    if not claimants and relays:
        # A news agency that is the only source is the claimant.
        claimants.append(relays.pop(0))
        first_claimant_hedge = first_claimant_hedge or "reported"

    if hedge is None:
        hedge = first_claimant_hedge or "asserted"
    claimant = claimants[0] if claimants else None
    via = tuple(
        r
        for r in _unique(relays)
        if claimant is None or (r.start != claimant.start and not bare_voice(r, lex))
    )
    cue_span = doc[cue.i : cue.i + 1] if cue is not None else None
    return Attribution(claimant, via, hedge, cue_span)


def _speaker_before_according(
    framing: Source, sources: list[Source], anchor: Token, lex: Lexicon
) -> Source | None:
    """The speaker of an aside just before "according to X": "…, the NIS said, according
    to Rep. Lee" (a speaker that is no bare voice, outside the figure's words)."""
    if framing.cue.lower_ != "according":
        return None
    for source in sources:
        if (
            not source.media
            and source.cue.i < framing.cue.i
            and framing.cue.i - source.cue.i <= 3
            and not source.agent.start <= anchor.i < source.agent.end
            and not bare_voice(source.agent, lex)
        ):
            return source
    return None


def briefed_by(speaker: Span, lex: Lexicon) -> Span | None:
    """Whoever briefed the speaker: "a lawmaker briefed by the NIS" -> "the NIS", the
    original source, which the speaker relays (``briefing_verbs``)."""
    for part in speaker.root.children:
        if part.dep_ not in ("acl", "relcl") or part.lemma_.lower() not in lex.briefing_verbs:
            continue
        by = _passive_by(part)
        if by is not None:
            return _np_span(by)
    if speaker.root.dep_ == "nsubj":
        return _briefing_given_by(speaker.root.head, lex)
    return None


#: Prepositions that put a briefing before or around what the speaker says.
_BRIEFING_TIME = frozenset({"after", "following", "at", "in", "during"})


def _briefing_given_by(verb: Token, lex: Lexicon) -> Span | None:
    """Who gave the briefing the speaker talks after: "told reporters after a briefing
    by the NIS", "following a briefing from the NIS", "after a closed-door NIS
    briefing", "after being briefed by the spy agency" (not "said at a briefing", the
    speaker's own)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _BRIEFING_TIME:
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.lemma_.lower() in lex.briefing_verbs:
                by = _passive_by(obj)
                if by is not None:
                    return _np_span(by)
            if obj.dep_ != "pobj" or obj.lemma_.lower() != "briefing":
                continue
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                    by = _first_object(child)
                    if by is not None:
                        return _np_span(by)
                if child.dep_ == "poss" or child.dep_ == "compound" and child.pos_ == "PROPN":
                    return obj.doc[child.left_edge.i : child.i + 1]
    return None


def bare_voice(span: Span, lex: Lexicon) -> bool:
    """A speaker who only gives voice to the claimant: "a spokesman", "its spokeswoman"
    (no name, body or "for X" of their own), as in "The ministry put the toll at 300, a
    spokesman said" — the ministry's claim, not relayed by anyone."""
    root = span.root
    return root.lemma_.lower() in lex.voice_nouns and all(
        t.i == root.i or t.pos_ in ("DET", "ADJ") or t.tag_ == "PRP$" for t in span
    )


def _unique(spans: list[Span]) -> list[Span]:
    """``spans`` without any that overlaps one kept before it ("Yonhap news agency" and
    "a report by Yonhap news" are one relay)."""
    out: list[Span] = []
    for span in spans:
        if all(span.end <= kept.start or kept.end <= span.start for kept in out):
            out.append(span)
    return out

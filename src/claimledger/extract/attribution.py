"""Who makes a claim, who relays it, and how firmly it is put.

Rules, each a named function:

- ``agent_of``: the subject of a reporting verb, also inverted ("…, said the
  Joint Chiefs of Staff") or passive with "by".
- ``according_to``: "according to Ukraine's special operations force".
- ``hedge_on_path``: the nearest cue above the figure — "claimed to have
  killed" (claimed), "believed to have been killed" (believed), "officials say"
  (reported), "may", "signs of" (speculative), "reportedly" (reported).
- ``relays``: news agencies as subjects ("…, reported Yonhap news agency"),
  "told Reuters", and "citing the NIS" (the cited body is the claimant).
- ``QuoteIndex``: quotations and their speakers; a quote with no speaker of its
  own that follows a quoted paragraph keeps that paragraph's speaker.

Example:
    >>> # "A Ukrainian crew claimed to have killed 77" -> claimant "A Ukrainian crew", hedge claimed
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimledger.extract.lexicon import Lexicon
from claimledger.resolve import get_registry
from claimledger.extract.sentences import doc_text, sent_of, sentence_index

_PRONOUNS = frozenset({"it", "there", "this", "that", "which", "who", "what"})
_TRIM = frozenset({",", ".", ";", ":", "“", "”", '"', "'", "(", ")", "[", "]", "—", "–", "-", "and", "but", "‘", "’"})
_TELL = frozenset({"tell", "inform", "brief"})
# Those told who do not pass the claim on by name: "told reporters".
_AUDIENCES = frozenset({"reporter", "journalist", "press", "medium", "media", "audience", "crowd", "public", "conference", "briefing"})


@dataclass(frozen=True)
class Source:
    """A reporting verb (or "according to") with the agent it names."""

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


def _trim(doc: Doc, start: int, end: int) -> Span | None:
    while start < end and (doc[start].lower_ in _TRIM or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in _TRIM or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
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
    # An appositive after a comma stays ("Kim Byung-kee, a lawmaker"); a clause does not.
    for k in range(tok.i + 1, end):
        if doc[k].text in ("“", '"', ";", "—") or doc[k].is_space:
            end = k
            break
    return _trim(doc, start, end)


def is_media(span: Span, lex: Lexicon) -> bool:
    """A news organisation that relays rather than originates a figure."""
    entity = get_registry().resolve(span.text, kind="claimant")
    if entity is not None and str(getattr(entity, "id", "")).startswith(("agency:", "media:")):
        return True
    words = {t.lower_ for t in span}
    return bool(words & {"agency", "newspaper", "broadcaster", "outlet", "media"}) or (
        len(span) <= 3 and bool(words & lex.media_words) and span[-1].pos_ == "PROPN"
    )


def agent_of(verb: Token, avoid: Token | None = None) -> Span | None:
    """The one who says: subject, inverted subject ("said X") or passive "by X"."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ not in _PRONOUNS:
            if avoid is not None and child.left_edge.i <= avoid.i <= child.right_edge.i:
                continue
            if child.pos_ == "NUM" or child.like_num:
                continue  # "a further 1,000 injured" is what is said, not who says it
            if child.pos_ == "PRON":
                return doc[child.i : child.i + 1]
            return _np_span(child)
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _np_span(objs[0])
    # Inverted: "…,” said the Joint Chiefs of Staff", "…, reported Yonhap news agency".
    prev = doc[verb.i - 1] if verb.i > sent_of(verb).start else None
    if prev is not None and prev.text in (",", "”", '"', "’"):
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "oprd"):
                if child.pos_ in ("PROPN", "NOUN"):
                    return _np_span(child)
    return None


def _hedge_of_verb(tok: Token, lex: Lexicon) -> str | None:
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VBZ", "VBP", "VBG"):
        return None
    return lex.hedge_verbs.get(tok.lemma_.lower())


def hedge_on_path(tok: Token, lex: Lexicon) -> tuple[str, Token, list[Token]] | None:
    """The nearest hedge cue above ``tok`` and the path walked to reach it."""
    path: list[Token] = []
    for anc in tok.ancestors:
        path.append(anc)
        for child in anc.children:
            if child.dep_ == "aux" and child.lower_ in lex.speculative_words:
                return "speculative", child, path
            if child.dep_ == "advmod" and child.lower_ in lex.hedge_adverbs:
                return lex.hedge_adverbs[child.lower_], child, path
            if child.dep_ == "advmod" and child.lower_ in lex.speculative_words:
                return "speculative", child, path
        low = anc.lower_
        if low in ("signs", "sign", "indications", "indication") and any(c.lower_ == "of" or c.dep_ == "acl" for c in anc.children):
            return "speculative", anc, path
        hedge = _hedge_of_verb(anc, lex)
        if hedge is not None:
            return hedge, anc, path
    return None


def according_to(sent: Span, lex: Lexicon) -> Source | None:
    """"according to X" / "per X" anywhere in the sentence names X as the source."""
    doc = sent.doc
    for tok in sent:
        for phrase in lex.according_to:
            stop = tok.i + len(phrase)
            if stop >= sent.end or tuple(t.lower_ for t in doc[tok.i : stop]) != phrase:
                continue
            first = doc[stop]
            if phrase == ("per",) and not (first.pos_ in ("PROPN", "DET") or first.is_title):
                continue  # "per day", "per cent"
            end = stop
            while end < sent.end and doc[end].text not in (",", ".", ";", "”", '"', "(") and not doc[end].is_space:
                if doc[end].pos_ in ("VERB", "AUX") and doc[end].tag_ != "VBN":
                    break
                end += 1
            span = _trim(doc, stop, end)
            if span is not None:
                return Source(tok, span, "reported", is_media(span, lex))
    return None


def citing(sent: Span) -> Span | None:
    """"…, citing the NIS": the cited body is the original claimant."""
    for tok in sent:
        if tok.lemma_.lower() in ("cite", "quote") and tok.tag_ == "VBG":
            objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
            if objs:
                return _np_span(objs[0])
            if tok.i + 1 < sent.end:
                return _trim(sent.doc, tok.i + 1, min(sent.end, tok.i + 8))
    return None


def _relay_objects(verb: Token) -> tuple[Span, ...]:
    """"X told Reuters": the one told relays the claim."""
    if verb.lemma_.lower() not in _TELL:
        return ()
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN"):
            if child.lemma_.lower() in _AUDIENCES:
                continue
            span = _np_span(child)
            if span is not None:
                out.append(span)
    return tuple(out)


def sentence_sources(sent: Span, lex: Lexicon, quotes: QuoteIndex | None = None) -> list[Source]:
    """Every reporting verb in the sentence that names its agent, outside quotations."""
    out = []
    for tok in sent:
        hedge = _hedge_of_verb(tok, lex)
        if hedge is None:
            continue
        if quotes is not None and quotes.inside(tok.idx):
            continue
        agent = agent_of(tok)
        if agent is None or agent.root.pos_ == "PRON":
            continue
        out.append(Source(tok, agent, hedge, is_media(agent, lex), _relay_objects(tok)))
    return out


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    speaker: Source | None


class QuoteIndex:
    """Quotations in a document (character ranges) and who speaks each."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        text = doc_text(doc)
        ranges = _quote_ranges(text)
        quotes: list[Quote] = []
        prev: Quote | None = None
        for start, end in ranges:
            speaker = self._speaker(start, end, lex)
            if speaker is None and prev is not None and _continues(text, prev.end, start):
                speaker = prev.speaker
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

    def _speaker(self, start: int, end: int, lex: Lexicon) -> Source | None:
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
            for source in sentence_sources(sent, lex):
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
    belong to the speaker named last.
    """
    gap = text[prev_end:start]
    if "\n" not in gap:
        return True  # another quote in the same paragraph
    at_paragraph_start = start == 0 or text[start - 1] == "\n"
    return at_paragraph_start and gap.count("\n") == 1


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks; a paragraph break ends an open quote."""
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
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


def attribute(anchor: Token, sent: Span, lex: Lexicon, quotes: QuoteIndex) -> Attribution:
    """Claimant, relays and hedge for a figure (or event noun) at ``anchor``."""
    doc = anchor.doc
    found = hedge_on_path(anchor, lex)
    hedge: str | None = None
    cue: Token | None = None
    if found is not None:
        hedge, cue, _path = found

    claimants: list[Span] = []
    relays: list[Span] = []
    first_claimant_hedge: str | None = None
    # Reporting verbs above the figure, inner to outer.
    for anc in anchor.ancestors:
        verb_hedge = _hedge_of_verb(anc, lex)
        if verb_hedge is None:
            continue
        agent = agent_of(anc, avoid=anchor)
        if agent is None or agent.root.pos_ == "PRON":
            continue
        if quotes.inside(anc.idx) != quotes.inside(anchor.idx) and not quotes.inside(anchor.idx):
            continue
        if is_media(agent, lex) or claimants:
            # An outer speaker relays what the inner one said: "X said Y estimated N".
            relays.append(agent)
        else:
            claimants.append(agent)
            first_claimant_hedge = first_claimant_hedge or verb_hedge
        relays.extend(_relay_objects(anc))

    if not claimants:
        acc = according_to(sent, lex)
        if acc is not None and not acc.media:
            claimants.append(acc.agent)
            first_claimant_hedge = first_claimant_hedge or "reported"
        elif acc is not None:
            relays.append(acc.agent)
    if not claimants:
        inside = quotes.at(anchor.idx)
        if inside is not None and inside.speaker is not None:
            claimants.append(inside.speaker.agent)
            relays.extend(inside.speaker.relay_objects)
            first_claimant_hedge = first_claimant_hedge or inside.speaker.hedge
        else:
            for source in sentence_sources(sent, lex, quotes):
                if source.agent.start <= anchor.i < source.agent.end:
                    continue
                if source.media:
                    if all(r.start != source.agent.start for r in relays):
                        relays.append(source.agent)
                elif not claimants:
                    claimants.append(source.agent)
                    relays.extend(source.relay_objects)
                    first_claimant_hedge = first_claimant_hedge or source.hedge
    # A news agency named anywhere in the sentence relays it: "…, reported Yonhap".
    for source in sentence_sources(sent, lex, quotes):
        if source.media and all(r.start != source.agent.start for r in relays + claimants):
            relays.append(source.agent)
    cited = citing(sent)
    if cited is not None:
        if claimants and claimants[0].start != cited.start:
            relays.insert(0, claimants[0])
        claimants = [cited]
    if not claimants and relays:
        # A news agency that is the only source is the claimant.
        claimants.append(relays.pop(0))
        first_claimant_hedge = first_claimant_hedge or "reported"

    if hedge is None:
        hedge = first_claimant_hedge or "asserted"
    claimant = claimants[0] if claimants else None
    via = tuple(r for r in _unique(relays) if claimant is None or r.start != claimant.start)
    cue_span = doc[cue.i : cue.i + 1] if cue is not None else None
    return Attribution(claimant, via, hedge, cue_span)


def _unique(spans: list[Span]) -> list[Span]:
    seen: set[int] = set()
    out = []
    for span in spans:
        if span.start not in seen:
            seen.add(span.start)
            out.append(span)
    return out

"""Which side people or materiel belong to, and who receives materiel.

Rules, nearest evidence first:

- ``side_in_phrase``: a nationality word or country in the counted phrase
  ("40 North Korean soldiers", "100 North Koreans", "Russia's losses").
- ``side_of_sufferer``: the subject of suffer/lose/sustain ("North Korea is
  claimed to have suffered more than 1,000 casualties").
- ``supplier_and_recipient``: for materiel, the subject of supply verbs or
  "from X", and "to X" / "supplying X with".
- ``DocumentSides.dominant``: the side the article is mostly about, used when a
  sentence leaves the side unsaid.

Example:
    >>> # "killed 77 and wounded 40 North Korean soldiers" -> KP for both figures
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimledger.extract.entities import side_of
from claimledger.extract.lexicon import SUPPLY_VERBS, load_data
from claimledger.extract.sentences import doc_text, sentence_index, span_text
from claimledger.resolve import get_registry

_SUFFER = frozenset({"suffer", "lose", "sustain", "incur", "take"})
_SUPPLY = SUPPLY_VERBS | {"move", "arm"}
_SENDERS = frozenset(
    {"send", "deploy", "dispatch", "rotate", "transfer", "redeploy", "station", "commit", "post"}
)
#: Verbs that raise troops: the subject's own ("Russia signed up 12,000 contract soldiers").
_RAISERS = frozenset(
    {"recruit", "conscript", "mobilise", "mobilize", "draft", "enlist", "sign", "call"}
)
_TO_FROM = frozenset({"to", "into", "from"})
_HELD = re.compile(r"\s+(?:captivity|custody|detention|prisons?|camps?|hands)\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|on|near|over|at|around|outside|across)\s+(?:the\s+)?$", re.I)
_CAMPS = {side: camp for camp, members in load_data("camps.yaml").items() for side in members or ()}


def opposed(a: str | None, b: str | None) -> bool:
    """The two sides are in opposite camps of the war (``camps.yaml``)."""
    camp_a, camp_b = _CAMPS.get(a or ""), _CAMPS.get(b or "")
    return camp_a is not None and camp_b is not None and camp_a != camp_b


_NOT_DIRECTION = frozenset({"according", "due", "next", "close", "up", "thanks", "owing", "prior"})
_RECEIVED = frozenset({"receive", "obtain", "acquire", "get", "import", "buy", "purchase"})
_SUPPLY_OR_RECEIVED = _SUPPLY | _RECEIVED
_RECEIVE = frozenset({"receive", "obtain", "acquire", "buy", "import", "get", "use", "fire"})


def side_of_text(text: str) -> str | None:
    """ISO code for a nationality word, country, capital or metonym, or None."""
    return side_of(text)


def is_side_word(tok: Token) -> bool:
    """A nationality word or demonym: "North Korean", "Koreans", "Ukrainians"."""
    if tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return False
    start = tok.i
    while (
        start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i
    ):
        start -= 1
    return side_of_text(tok.doc[start : tok.i + 1].text) is not None


def side_of_np(tok: Token) -> str | None:
    """Side of the noun phrase headed by ``tok`` (its left modifiers and itself)."""
    return side_of_text(span_text(tok.doc, tok.left_edge.i, tok.i + 1))


def side_in_phrase(doc: Doc, start: int, end: int) -> str | None:
    """A side named inside ``doc[start:end]`` or in an "of"-phrase right after it."""
    text = span_text(doc, start, end)
    side = side_of_text(text)
    if side:
        return side
    if end < len(doc) and doc[end].lower_ in ("of", "from", "among") and end + 1 < len(doc):
        nxt = doc[end + 1]
        obj_end = min(len(doc), nxt.right_edge.i + 1, end + 6)
        return side_of_text(doc[end + 1 : obj_end].text)
    return None


def _unclosed_apposition(subject: Token, verb: Token) -> Token:
    """ "According to Ukraine's intelligence agency, the HUR, North Korea supplied …":
    the parse makes "North Korea" an apposition of the source; a name that runs up to
    the verb with no closing comma is the verb's real subject."""
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and child.doc[child.left_edge.i - 1].text == ","
            and child.i > subject.i
            and child.right_edge.i + 1 == verb.i
        ):
            return child
    return subject


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or a raised one ("X is claimed to have suffered")."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        # The subject nearest the verb: in "Ukraine's General Staff: Russia has lost …"
        # the parser makes both nouns subjects.
        subjects = [
            c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
        ] or [
            # emphatic "do" set off by commas: "Chinese firms do, however, sell …" hangs the
            # subject on the auxiliary
            c
            for a in current.children
            if a.dep_ == "aux" and a.lemma_.lower() == "do" and a.i < current.i
            for c in a.children
            if c.dep_ == "nsubj" and c.pos_ != "PRON"
        ]
        if subjects:
            before = [c for c in subjects if c.i < current.i]
            return after_dateline(
                _unclosed_apposition(before[-1] if before else subjects[0], current)
            )
        if current.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "conj") and current.head != current:
            current = current.head if current.dep_ in ("xcomp", "conj", "pcomp") else None
            if current is not None and current.dep_ == "acomp" and current.pos_ == "ADJ":
                current = current.head  # "Russia is likely to have lost …": the copula's subject
            if current is not None and current.dep_ == "prep":
                current = current.head
        else:
            return None
    return None


def captor_side(anchor: Token, sent: Span) -> str | None:
    """Who holds captives: "in Russian captivity", "held by Russia", "captured by
    Ukrainian forces". The captives belong to the other side.

    Example: "thousands of our people in Russian captivity" -> RU (the captor).
    """
    doc = anchor.doc
    for tok in sent:
        low = tok.lower_
        if low in ("captivity", "custody") and tok.i > sent.start:
            side = side_of_text(doc[max(sent.start, tok.i - 2) : tok.i].text)
            if side:
                return side
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in (
            "hold",
            "capture",
            "detain",
            "take",
            "keep",
            "seize",
        ):
            objs = [c for c in tok.children if c.dep_ == "pobj"]
            if objs:
                side = side_of_np(objs[0])
                if side:
                    return side
    return None


def after_dateline(subject: Token) -> Token:
    """ "KYIV, Ukraine (CP) — Russia and Ukraine each released …": the parse makes the
    dateline the subject and the real one an apposition after the dash."""
    doc = subject.doc
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.i > subject.i
            and child.i > 0
            and doc[child.i - 1].text in ("—", "–", "-", "--")
        ):
            return child
    return subject


def coordinated_sides(tok: Token) -> list[str]:
    """Sides named by a coordinated subject: "Russia and Ukraine exchanged …",
    "Denmark and Norway have delivered …" -> one side each."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return _sides_just_before(verb)
    subjects[0] = after_dateline(subjects[0])
    out: list[str] = []
    for member in [subjects[0], *subjects[0].conjuncts]:
        side = side_of_text(
            member.doc[
                member.left_edge.i if member == subjects[0] else member.i : member.i + 1
            ].text
        )
        if side and side not in out:
            out.append(side)
    return out if len(out) > 1 else _sides_just_before(verb)


def _sides_just_before(verb: Token) -> list[str]:
    """ "… exchange\n\nUkraine and Russia exchanged 175 prisoners each": a parse run on
    from a headline split the subject ("Ukraine" a root, "Russia" the verb's subject);
    the names of sides that open the line right before the verb are its subject."""
    doc = verb.doc
    out: list[str] = []
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in ("aux", "neg", "advmod") and doc[k].head == verb:
        k -= 1  # "Ukraine and Russia have exchanged …"
    while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].lower_ in ("and", ",")):
        if doc[k].pos_ == "PROPN":
            side = side_of_text(doc[k].text)
            if side is None:
                return []
            if side not in out:
                out.insert(0, side)
        k -= 1
    opens_line = k < 0 or doc[k].is_space or doc[k + 1].is_sent_start
    return out if len(out) > 1 and opens_line else []


def agent_side(noun: Token) -> str | None:
    """The side that gives materiel named in a participle: "jets donated by the
    Netherlands", "the 24 jets pledged by the Netherlands" -> NL."""
    participles = [
        c for c in noun.children if c.dep_ in ("acl", "relcl", "amod") and c.tag_ == "VBN"
    ]
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _PARTS:
        holder = noun.head.head  # "some of the drones had been supplied by Iran"
        participles += [c for c in holder.children if c.dep_ in ("acl", "relcl")]
    if holder.dep_ == "nsubjpass" and holder.head.tag_ == "VBN":
        participles.append(holder.head)  # "the drones were supplied by Iran"
    for verb in participles:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            objs = [c for c in agent.children if c.dep_ == "pobj"]
            if objs:
                side = side_of_np(objs[0])
                if side:
                    return side
    return None


_PARTS = frozenset({"some", "many", "most", "all", "part", "half", "much", "several"})


def side_of_sender(noun_or_fig: Token) -> str | None:
    """The side that sends the counted troops: "Pyongyang has sent as many as 15,000
    soldiers to Russia" -> KP (not the side of whoever says so)."""
    head = noun_or_fig.head
    lemma = head.lemma_.lower()
    if lemma in ("sign", "call") and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in head.children
    ):
        return None  # "signed up", "called up" raise troops; "called" alone does not
    if lemma not in _SENDERS and lemma not in _RAISERS:
        return None
    if noun_or_fig.dep_ == "dobj":
        return _doer_side(head, noun_or_fig)  # "Seoul accused Pyongyang of sending": KP
    if noun_or_fig.dep_ == "nsubjpass":
        for agent in (c for c in head.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                return side_of_np(obj)
    return None


def side_of_sufferer(noun_or_fig: Token) -> str | None:
    """The side that suffers or loses the counted people: "Russia lost 1,200 troops"."""
    head = noun_or_fig.head
    if head.lemma_.lower() in _SUFFER and noun_or_fig.dep_ in ("dobj", "nsubjpass", "attr"):
        return side_of_sufferer_verb(head)
    if (
        noun_or_fig.dep_ == "nsubj"
        and head.tag_ in ("VBN", "VBD")
        and head.dep_ in ("ccomp", "xcomp", "dobj")
        and head.head.lemma_.lower() in _SUFFER
    ):
        # "had lost "more than 6,000 men killed and wounded"": the parse makes the men
        # the subject of "killed", a clause under "lost"
        return side_of_sufferer_verb(head.head)
    if noun_or_fig.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        return side_of_sufferer_verb(head.head.head)  # "suffered losses of 5,000 men"
    return None


def side_of_sufferer_verb(verb: Token) -> str | None:
    """The side of the subject of a verb of losing ("North Korea has lost …")."""
    if verb.lemma_.lower() not in _SUFFER:
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("it", "we")),
                   None)
    if pronoun is not None:
        return subject_side_before(pronoun)  # "Russia said it had lost 12 servicemen"
    subject = _subject_of(verb)
    if subject is None:
        return None
    return side_of_np(subject) or possessor_side(subject)


def possessor_side(noun: Token) -> str | None:
    """ "its soldiers", "their troops": the side the sentence named as subject before
    ("The North is likely to send more troops, as its soldiers have suffered …")."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return None
    return subject_side_before(noun)


def subject_side_before(noun: Token) -> str | None:
    """The side of the nearest subject before ``noun`` in its sentence that names one:
    what "it" or "its" stands for in "Russia said it had lost …"."""
    doc = noun.doc
    start = sentence_index(doc).of(noun.i).start
    for tok in reversed(doc[start : noun.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("PROPN", "NOUN"):
            side = side_of_np(tok)
            if side:
                return side
    return None


@dataclass(frozen=True)
class SupplyRoles:
    supplier: str | None
    recipient: str | None


def supplier_and_recipient(sent: Span, around: Token) -> SupplyRoles:
    """Who supplies and who receives materiel in this sentence."""
    supplier = recipient = None
    verb = around
    for _ in range(5):
        if verb.lemma_.lower() in _SUPPLY_OR_RECEIVED or verb.head == verb:
            break
        verb = verb.head
    if verb.lemma_.lower() in _RECEIVED and verb.pos_ == "VERB":
        # "The brigade received 60 Bradleys from the United States": the subject receives.
        recipient = _doer_side(verb, around)  # "accused Russia of receiving": Russia
        for child in verb.children:
            if child.lower_ == "from" and child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    supplier = side_of_np(objs[0])
    elif verb.lemma_.lower() in _SUPPLY:
        supplier = _doer_side(verb, around)
        near = [
            c
            for v in (verb, *[c for c in verb.children if c.dep_ in ("xcomp", "conj", "advcl")])
            for c in v.children
        ]
        for child in near:
            if child.head.lower_ in ("according", "due", "up", "next", "close", "thanks", "owing"):
                continue
            if child.lower_ in ("to", "into") and child.dep_ in ("prep", "dative"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    recipient = recipient or side_of_np(objs[0])
            elif child.lower_ == "from" and child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    supplier = supplier or side_of_np(objs[0])
            elif child.dep_ in ("dative",) and child.pos_ == "PROPN" and not _bracketed(child):
                recipient = recipient or side_of_np(child)
        if recipient is None and around.dep_ == "dobj" and around.head == verb:
            # "North Korean soldiers have been issued Russian equipment": the passive's
            # subject is given what the object names
            given = [c for c in verb.children if c.dep_ == "nsubjpass"]
            recipient = side_of_np(given[0]) if given else None
        if recipient is None:
            # "supplied Russia with shells", "sent Russia 3 million rounds": the side is the object.
            for child in verb.children:
                if (
                    child.dep_ in ("dobj", "dative", "iobj")
                    and child.pos_ == "PROPN"
                    and child.i != around.i
                    and not _bracketed(child)
                ):
                    recipient = recipient or side_of_np(child)
    if supplier is None:
        supplier = accused_supplier(around)
    setting_out = [
        c for c in around.children if c.dep_ == "acl" and c.lemma_.lower() in LEAVING_VERBS
    ]
    for leaving in setting_out:
        # "containers leaving North Korea for Russia": from the place left to the "for"
        for child in leaving.children:
            if child.dep_ == "dobj" and supplier is None:
                supplier = side_of_np(child)
            elif child.dep_ == "prep" and child.lower_ == "for" and recipient is None:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                recipient = side_of_np(objs[0]) if objs else None
    if recipient is None or supplier is None:
        # Surface fallback: "from North Korea to Russia", "to Russia", "into Russia" (not
        # "according to").
        doc = sent.doc
        for k in sentence_index(doc).matching_in(_TO_FROM, sent):
            tok = doc[k]
            if k + 1 >= sent.end or k > sent.start and doc[k - 1].lower_ in _NOT_DIRECTION:
                continue
            first = k + 1 + (doc[k + 1].lower_ == "the")
            words = span_text(doc, first, min(first + 2, sent.end))
            if tok.lower_ in ("to", "into") and recipient is None:
                side = side_of_text(words)
                if side and side != supplier:
                    recipient = side
            elif tok.lower_ == "from" and supplier is None:
                side = side_of_text(words)
                if side and side != recipient:
                    supplier = side
    return SupplyRoles(supplier, recipient)


#: Verbs of setting out, whose object is where materiel comes from: "leaving North Korea".
LEAVING_VERBS = frozenset({"leave", "depart", "exit"})

_ACCUSING = frozenset({"accuse", "suspect", "charge", "blame", "condemn", "criticise", "criticize"})


def _doer_side(verb: Token, around: Token) -> str | None:
    """The side that does ``verb``: its subject's; but a gerund with no subject of its own
    is done by the side accused of it, not by the accuser the parse finds above it ("Kyiv
    accused Pyongyang of shipping launchers": Pyongyang ships)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        accused = accused_supplier(around)
        if accused is not None:
            return accused
    subject = _subject_of(verb)
    return side_of_np(subject) if subject is not None else None


def accused_supplier(around: Token) -> str | None:
    """The side accused of the supply: "Kyiv accuses Tehran of new Shahed deliveries",
    "Pyongyang is suspected of sending shells" (the accused does the supplying)."""
    node = around
    for _ in range(6):
        head = node.head
        if head == node:
            return None
        if node.lower_ == "of" and node.dep_ == "prep":
            holder = head
            if holder.pos_ in ("NOUN", "PROPN") and holder.head.lemma_.lower() in _ACCUSING:
                return side_of_np(holder)  # "accuses Tehran of …"
            if holder.lemma_.lower() in _ACCUSING:
                accused = [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")]
                return side_of_np(accused[0]) if accused else None
        node = head
    return None


def _bracketed(tok: Token) -> bool:
    """ "… shipped since 2023 (South Korea)": a name in brackets is a source, not a party."""
    doc = tok.doc
    first = tok.left_edge.i
    return doc[first].text == "(" or first > 0 and doc[first - 1].text == "("


def roles_in(sentences: list[Span]) -> SupplyRoles:
    """Supplier and recipient from the nearest of ``sentences`` that names them
    (a list of deliveries takes them from its lead: "what the US has sent Ukraine")."""
    supplier = recipient = None
    for sent in sentences:
        for verb in (t for t in sent if t.lemma_.lower() in _SUPPLY and t.pos_ == "VERB"):
            roles = supplier_and_recipient(sent, verb)
            supplier = supplier or roles.supplier
            if recipient is None:
                recipient = roles.recipient or next(
                    (
                        side_of_np(c)
                        for c in verb.children
                        if c.dep_ in ("dative", "dobj") and c.pos_ == "PROPN"
                    ),
                    None,
                )
        if supplier and recipient:
            break
    if recipient is None:
        # "its aid to Ukraine": a side after "to" in the lead, with no verb to carry it.
        for sent in sentences:
            recipient = supplier_and_recipient(sent, sent[0]).recipient
            if recipient:
                break
    return SupplyRoles(supplier, recipient)


class DocumentSides:
    """Counts of the sides an article names, for defaults a sentence leaves out."""

    def __init__(self, doc: Doc) -> None:
        registry = get_registry()
        counts: Counter[str] = Counter()
        self._places: list[tuple[int, str]] = []
        #: (start, end) characters of every place named, for ``context.location``.
        self.place_spans: list[tuple[int, int]] = []
        #: (character offset, weapon entity) of every weapon named, for "the drones".
        self.weapons: list[tuple[int, object]] = []
        text = doc_text(doc)
        for start, _end, entity in registry.find_mentions(text):
            if getattr(entity, "kind", "") == "weapon":
                self.weapons.append((start, entity))
            side = getattr(entity, "side", None)
            kind = getattr(entity, "kind", "")
            if side and kind in ("side", "person", "place", "claimant"):
                weight = 1 if kind == "side" else 0.5
                counts[side] += weight
            if kind == "place":
                self.place_spans.append((start, _end))
                if side:
                    self._places.append((start, side))
            elif (
                kind == "side"
                and side
                and _LOCATIVE.search(text, max(0, start - 8), start)
                and not _HELD.match(text, _end)
            ):
                # "a strike on Kyiv": the capital as a place ("in Russian captivity" is no
                # place: it names the captor)
                self._places.append((start, side))
        self.counts = counts
        self.recipient_counts: Counter[str] = Counter()
        self.supplier_counts: Counter[str] = Counter()
        self._claimant_sides: dict[str, str] = {}
        index = sentence_index(doc)
        for i in index.matching(_SUPPLY):
            verb = doc[i]
            if verb.pos_ == "VERB" and verb.lemma_.lower() in _SUPPLY:
                roles = supplier_and_recipient(index.of(i), verb)
                if roles.supplier:
                    self.supplier_counts[roles.supplier] += 1
                if roles.recipient:
                    self.recipient_counts[roles.recipient] += 1

    def place_before(self, char: int) -> str | None:
        """The side of the last named place before ``char`` ("… in Zaporizhzhia. He
        says 41 people were injured" -> UA): where the civilians of a report are."""
        side = None
        for start, place_side in self._places:
            if start >= char:
                break
            side = place_side
        return side

    @staticmethod
    def opponent(side: str | None) -> str | None:
        """The side at war that ``side``'s camp fights: the other camp's first side
        ("enemy troops" in a Russian or North Korean statement are Ukraine's, in a
        Ukrainian one Russia's)."""
        camp = _CAMPS.get(side or "")
        if camp is None:
            return None
        return next((s for s, c in _CAMPS.items() if c != camp), None)

    def dominant(self, exclude: tuple[str | None, ...] = ()) -> str | None:
        for side, _count in self.counts.most_common():
            if side not in exclude:
                return side
        return None

    def usual_recipient(
        self, exclude: tuple[str | None, ...] = (), source: str | None = None
    ) -> str | None:
        """The side the article most often has receiving supplies ("… to Russia"),
        never one in the other camp from the known ``source``."""
        for side, _count in self.recipient_counts.most_common():
            if side not in exclude and not opposed(side, source):
                return side
        return None

    def usual_supplier(
        self, exclude: tuple[str | None, ...] = (), to: str | None = None
    ) -> str | None:
        """The side the article most often has supplying ("North Korea delivered …"),
        never one in the other camp from the known recipient ``to``."""
        for side, _count in self.supplier_counts.most_common():
            if side not in exclude and not opposed(side, to):
                return side
        side = self.dominant(exclude)
        return None if opposed(side, to) else side

    def claimant_side(self, claimant: Span | None) -> str | None:
        """The claimant's side; "the brigade" takes the side of an earlier "a Ukrainian brigade"."""
        if claimant is None:
            return None
        head = claimant.root.lemma_.lower()
        side = side_of_text(claimant.text)
        if side:
            self._claimant_sides.setdefault(head, side)
            return side
        return self._claimant_sides.get(head)

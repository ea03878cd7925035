"""Name what materiel a claim is about, in plain canonical words.

"Hwasong-11 class missiles" -> "Hwasong-11 missiles" (via the entity registry);
"North Korean artillery shells" -> "artillery shells" (the side is the subject,
not part of the item); "the drones", after "The Shahed-136, an Iranian design",
-> "Shahed-136 drones" (``generic_reference``).

Example:
    >>> # item_name(doc, start, end) over "of the latest artillery shells" -> "artillery shells"
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from claimledger.extract.entities import canonical_item, side_of, weapon_in
from claimledger.extract.lexicon import load_data
from claimledger.resolve.names import singular

_DROP = frozenset(
    {
        "of",
        "the",
        "a",
        "an",
        "more",
        "latest",
        "new",
        "newest",
        "additional",
        "further",
        "other",
        "some",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "own",
        "modern",
        "sophisticated",
        "also",
        "including",
        "such",
        "as",
        "up",
        "to",
        "and",
        "first",
        "smaller",
        "larger",
        "same",
    }
)
_DEFINITE = frozenset({"the", "these", "those", "such"})


@cache
def _plain_items() -> dict[str, str]:
    table: dict[str, list[str]] = load_data("items.yaml")["plain_items"]
    return {" ".join(w.lower().split()): item for item, words in table.items() for w in words}


def plain_item(text: str) -> str | None:
    """The plain canonical words for an item named only by a generic word
    (``items.yaml``): "rounds" and "rounds of ammunition" are artillery shells.

    Example:
        >>> plain_item("rounds"), plain_item("Rounds of ammunition"), plain_item("tank shells")
        ('artillery shells', 'artillery shells', None)
    """
    return _plain_items().get(" ".join(text.lower().split()))


def _number_word(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """A count in the phrase ("the 24 jets", "5 million"), not part of a name or a
    calibre ("KN-23", "Shahed-136", "170 mm")."""
    if tok.lower_ in ("million", "thousand", "hundred"):
        return True
    if tok.pos_ != "NUM" or any(c.isalpha() or c == "-" for c in tok.text) or not tok.whitespace_:
        return False
    doc = tok.doc
    glued = tok.i > 0 and (not doc[tok.i - 1].whitespace_ or doc[tok.i - 1].text == "-")
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    return not glued and nxt not in ("mm", "millimetre", "millimeter", "calibre", "caliber", "-")


def _model_number(tok, words: list[str]) -> bool:  # noqa: ANN001 - a spaCy Token
    """A number written after a kept proper name is the model's: "Leopard 1 tanks",
    "Mirage 2000 jets" (but "20 Leopard tanks" counts them)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        bool(words)
        and before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and words[-1].strip() == before.text
        and tok.text.isdigit()
    )


_TYPE_WORDS = frozenset({"type", "kind", "class", "model", "sort"})


def _of_that_type(doc: Doc, end: int) -> bool:
    """The phrase is followed by "of the type" / "of this kind": it means the weapon
    named before ("at least 160 launchers of the type")."""
    words = [t.lower_ for t in doc[end : end + 3]]
    return (len(words) == 3 and words[0] == "of" and words[1] in ("the", "this", "that")
            and words[2] in _TYPE_WORDS)


def generic_reference(
    doc: Doc, start: int, end: int, weapons: list[tuple[int, object]]
) -> str | None:
    """The named weapon a definite generic phrase refers back to: "the drones" after
    "The Shahed-136 …" -> "Shahed-136 drones"; None when the phrase names a weapon
    itself or no earlier weapon of that kind is named.

    ``weapons`` are (character offset, weapon entity) of the weapons the article
    names, in text order.
    """
    # "of the 24 jets" after "18": the phrase is "the jets"
    tokens = [t for t in doc[start:end] if t.lower_ != "of" and not _number_word(t)]
    if not tokens:
        return None
    first = tokens[0]
    before = doc[first.i - 1] if first.i > 0 else None
    definite = (first.lower_ in _DEFINITE or before is not None and before.lower_ in _DEFINITE
                or _of_that_type(doc, end))
    if not definite or len(tokens) > 3:
        return None
    head = singular(tokens[-1].lower_)
    char = first.idx
    for offset, entity in reversed(weapons):
        if offset >= char:
            continue
        kinds = [getattr(entity, "item", "") or "", *getattr(entity, "kinds", ())]
        if any(k and singular(k.split()[-1].lower()) == head for k in kinds):
            return getattr(entity, "item", None)
    return None


def item_name(
    doc: Doc, start: int, end: int, weapons: list[tuple[int, object]] | None = None
) -> str | None:
    """Canonical item words for the materiel phrase ``doc[start:end]``."""
    if weapons:
        referred = generic_reference(doc, start, end, weapons)
        if referred:
            return referred
    words: list[str] = []
    first_tok = None
    side_made = -1  # "US-made", "Iranian-built": the side's hyphenated maker, no name
    for tok in doc[start:end]:
        if tok.i <= side_made:
            continue
        if _number_word(tok) and not _model_number(tok, words):
            continue  # "the 24 jets": a count, not a name
        keep_of = tok.lower_ == "of" and bool(words)  # "containers of munitions"
        acronym = tok.text == "AN"  # "AN/TPQ-50 radars", not the article
        dropped = tok.lower_ in _DROP and not keep_of and not acronym
        if dropped or tok.is_punct and tok.text not in ("-", "/"):
            continue
        if tok.tag_ == "POS" and not words:
            continue  # "Pyongyang's rounds": the side's possessive, with the side left out
        if tok.pos_ in ("ADJ", "PROPN") and side_of(tok.text):
            if not tok.whitespace_ and tok.i + 2 < end and doc[tok.i + 1].text == "-":
                side_made = tok.i + 2
            continue
        if tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VB", "VBZ", "VBP", "VBD") and not words:
            continue  # "mass-producing suicide drones" names drones
        if not words:
            first_tok = tok
        words.append(tok.text_with_ws if tok.text not in ("-", "/") else tok.text)
    text = "".join(words).strip().strip("-").strip()
    if not text:
        return None
    canonical = canonical_item(text) or plain_item(text)
    if canonical:
        return canonical
    first = text.split()[0]
    named = weapon_in(first) is not None or (
        first_tok is not None
        and first_tok.pos_ == "PROPN"
        and not first_tok.is_sent_start
        and any(t.islower() for t in text.split()[1:])
    )  # "Skynex air defence systems" mid-sentence names a system
    if first.istitle() and not any(c.isdigit() for c in first) and not named:
        text = text[0].lower() + text[1:]  # "Missiles" in a headline (not "Taurus missiles")
    return text

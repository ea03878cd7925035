"""Name what materiel a claim is about, in plain canonical words.

"Hwasong-11 class missiles" -> "Hwasong-11 missiles" (via the entity registry);
"North Korean artillery shells" -> "artillery shells" (the side is the subject,
not part of the item).

Example:
    >>> # item_name(doc, start, end) over "of the latest artillery shells" -> "artillery shells"
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.resolve import get_registry

_DROP = frozenset(
    {"of", "the", "a", "an", "more", "latest", "new", "newest", "additional", "further", "other",
     "some", "these", "those", "its", "their", "his", "her", "own", "modern", "sophisticated",
     "also", "including", "such", "as", "up", "to", "and"}
)


def item_name(doc: Doc, start: int, end: int) -> str | None:
    """Canonical item words for the materiel phrase ``doc[start:end]``."""
    registry = get_registry()
    words: list[str] = []
    for tok in doc[start:end]:
        keep_of = tok.lower_ == "of" and bool(words)  # "containers of munitions"
        if (tok.lower_ in _DROP and not keep_of) or tok.is_punct and tok.text not in ("-",):
            continue
        if tok.pos_ in ("ADJ", "PROPN") and registry.side_of(tok.text):
            continue
        words.append(tok.text_with_ws if tok.text != "-" else "-")
    text = "".join(words).strip()
    if not text:
        return None
    canonical = registry.canonical_item(text)
    if canonical:
        return canonical
    if text.split()[0].istitle() and not any(c.isdigit() for c in text.split()[0]):
        text = text[0].lower() + text[1:]
    return text

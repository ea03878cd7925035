"""A statement reproduced in full is its author's, carried by whoever published it.

A monitoring service or an outlet may print an official statement whole: "The
following is the full text of a statement by the Central Military Commission …,
as carried by the Korean Central News Agency (KCNA) on 28 April." and then the
text between two separator lines ("---"). Inside it, a claim with no source of
its own is the author's (reported), relayed by the agency that carried it, as an
embedded post is its lead-in's author's. Notes after the closing separator are
the publisher's again.

Example:
    >>> # "The following is the text of a statement by the ministry, as carried by
    >>> # TASS.\\n---\\n… 40 soldiers were killed …\\n---" -> claimant "the ministry",
    >>> # via ["TASS"], reported
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimledger.extract.context import span_of
from claimledger.extract.sentences import doc_text
from claimledger.records import Claim

_LEAD = re.compile(
    r"(?:following|below) is (?:the|an?) (?:full |complete |unofficial )*"
    r"(?:text|translation) of (?:a|an|the) (?:statement|communiqu[eé]|declaration|"
    r"announcement|letter|speech|address|message) (?:by|from|of) (?P<who>[^,.\n]+?)"
    r"(?:,? (?:as )?(?:carried|published|released|distributed|reported) by (?P<via>[^,.\n]+?))?"
    r"(?: on [^.\n]*)?[.,]",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|={3,}|\* \* \*|_{3,})[ \t]*$", re.MULTILINE)


def statement_block(text: str) -> tuple[int, int, tuple[int, int], tuple[int, int] | None] | None:
    """(start, end) of the reproduced statement and the character spans of its author
    and of the agency that carried it, or None."""
    lead = _LEAD.search(text)
    if lead is None:
        return None
    opening = _SEPARATOR.search(text, lead.end())
    if opening is None:
        return None
    closing = _SEPARATOR.search(text, opening.end())
    end = closing.start() if closing is not None else len(text)
    via = lead.span("via") if lead.group("via") else None
    return opening.end(), end, lead.span("who"), via


def reproduced_statement(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """``claims`` with those inside a reproduced statement given to its author."""
    text = doc_text(doc)
    if "text of" not in text and "translation of" not in text:
        return claims
    found = statement_block(text)
    if found is None:
        return claims
    start, end, who_at, via_at = found
    who = doc.char_span(*who_at, alignment_mode="expand")
    via = doc.char_span(*via_at, alignment_mode="expand") if via_at else None
    if who is None:
        return claims
    author = span_of(who, "claimant")
    relay = span_of(via, "claimant") if via is not None else None
    out = []
    for claim in claims:
        if claim.claimant is None and start <= claim.evidence.start < end:
            claim = claim.replace(
                claimant=author,
                via=(relay,) if relay is not None else (),
                hedge="reported" if claim.hedge == "asserted" else claim.hedge,
            )
        out.append(claim)
    return out

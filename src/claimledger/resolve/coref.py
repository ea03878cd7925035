"""Short definite descriptions take the entity of an earlier, fuller name.

Articles name a claimant once in full and then shorten it: "South Korea's spy
agency told lawmakers ... The agency said ...". Within one document, a claimant
written as "the <words>" (at most four words) with no entity of its own takes the
entity of the nearest earlier claimant whose name ends in the same noun, or whose
entity is also called by such a noun ("the agency" after "Ukrainian military
intelligence", which the registry also knows as an intelligence agency). Relays
are not antecedents: "the agency said" after "..., Yonhap reported" is the source.

Example:
    >>> from claimledger.records import Claim, TextSpan
    >>> def c(i, who, entity=None):
    ...     return Claim("d", f"d:{i}", "quantity", "killed", TextSpan("x", i * 100, i * 100 + 1),
    ...                  claimant=TextSpan(who, i * 100, i * 100 + len(who), entity))
    >>> linked = link_claimants([c(1, "South Korea's spy agency", "KR:nis"), c(2, "The agency")])
    >>> linked[1].claimant.entity
    'KR:nis'
"""

from __future__ import annotations

from collections.abc import Iterable

from claimledger.records import Claim, TextSpan
from claimledger.resolve.names import words
from claimledger.resolve.registry import SPEAKER_KINDS, EntityRegistry, get_registry

#: Entity id prefixes of news agencies and outlets: relays, never the source referred back to.
RELAYS = ("agency:", "media:")
DEFINITE = frozenset({"the", "this", "that"})
MAX_WORDS = 4


def _head(span: TextSpan) -> str | None:
    keys = [w.key for w in words(span.text) if w.key != "s"]
    return keys[-1] if keys else None


def _is_short_definite(span: TextSpan) -> bool:
    ws = words(span.text)
    return 1 < len(ws) <= MAX_WORDS and ws[0].key in DEFINITE


def _heads_of(span: TextSpan, registry: EntityRegistry) -> set[str]:
    heads = {_head(span)}
    if span.entity:
        heads |= registry.head_nouns(span.entity)
    return {h for h in heads if h}


def _needs_link(claim: Claim) -> bool:
    span = claim.claimant
    return span is not None and not span.entity and _is_short_definite(span)


def link_claimants(claims: Iterable[Claim], text: str | None = None) -> list[Claim]:
    """``claims`` (in any order) with short definite claimants linked; order kept.

    With the document ``text``, bodies the registry finds named anywhere before the
    claimant count as antecedents too, not only other claims' claimants.
    """
    claims = list(claims)
    if not any(_needs_link(c) for c in claims):
        return claims
    registry = get_registry()
    found = {
        (c.claimant.start, c.claimant)
        for c in claims
        if c.claimant is not None and c.claimant.entity and c.claimant.start >= 0
    }
    if text:
        for m in registry.find_mentions(text, kinds=SPEAKER_KINDS):
            if m.entity.id.startswith(RELAYS):
                continue
            found.add((m.start, TextSpan(text[m.start : m.end], m.start, m.end, m.entity.id)))
    named = sorted(found, key=lambda pair: pair[0])
    heads = {span: _heads_of(span, registry) for _start, span in named}
    out = []
    for claim in claims:
        span = claim.claimant
        if not _needs_link(claim):
            out.append(claim)
            continue
        head = _head(span)
        antecedent = next(
            (s for start, s in reversed(named) if start < span.start and head in heads[s]), None
        )
        if antecedent is None:
            out.append(claim)
        else:
            out.append(claim.replace(claimant=span.with_entity(antecedent.entity)))
    return out

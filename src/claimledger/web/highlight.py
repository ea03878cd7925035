"""An article's text as HTML with the parts of its claims marked, built from offsets.

Every piece of the text goes through ``markupsafe.escape``: an article that
holds ``<script>`` shows those characters, it never runs them. Spans whose
offsets do not match the text (a corrected claim, a changed document) are
left unmarked rather than marking the wrong words.

Example:
    >>> from claimledger.records import Claim, TextSpan
    >>> text = "Kyiv said 30 <b>men</b> died."
    >>> c = Claim("d", "d:1", "quantity", "killed", TextSpan(text, 0, len(text)),
    ...           number_span=TextSpan("30", 10, 12), claimant=TextSpan("Kyiv", 0, 4))
    >>> html = str(article_html(text, [c]))
    >>> '<mark class="hl hl-figure">30</mark>' in html, "&lt;b&gt;men&lt;/b&gt;" in html
    (True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from claimledger.records import Claim, TextSpan

#: The parts of a claim that are marked, in the order the legend shows them.
ROLES: tuple[tuple[str, str], ...] = (
    ("figure", "Figure"),
    ("claimant", "Claimant"),
    ("relay", "Relayed by"),
    ("hedge", "Hedge cue"),
    ("date", "Stated date"),
)

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def anchor(claim_id: str) -> str:
    """The HTML id of a claim on its article page: ``"doc:3"`` -> ``"claim-doc-3"``.

    Only the characters after the shared document prefix differ between the
    claims of one article, so the id is unique on its page.
    """
    return "claim-" + _UNSAFE.sub("-", claim_id)


@dataclass(frozen=True)
class Segment:
    """A stretch of text with the same marks throughout."""

    text: str
    roles: tuple[str, ...]
    claims: tuple[str, ...]
    anchors: tuple[str, ...] = ()


def _valid(span: TextSpan | None, text: str) -> bool:
    return (span is not None and 0 <= span.start < span.end <= len(text)
            and text[span.start:span.end] == span.text)


def _marked_spans(claim: Claim) -> Iterable[tuple[str, TextSpan | None]]:
    yield "figure", claim.number_span
    yield "claimant", claim.claimant
    for via in claim.via:
        yield "relay", via
    yield "hedge", claim.hedge_cue
    yield "date", claim.date_span


def segments(text: str, claims: Sequence[Claim]) -> list[Segment]:
    """Cut ``text`` where any marked span starts or ends; each piece knows its marks.

    ``claims`` on a segment are the anchors of the claims whose evidence covers it;
    ``anchors`` are the ids to place just before it (where a claim's evidence starts).
    """
    marks: list[tuple[int, int, str]] = []
    evidence: list[tuple[int, int, str]] = []
    anchors_at: dict[int, list[str]] = {}
    for claim in claims:
        ident = anchor(claim.claim_id)
        if _valid(claim.evidence, text):
            evidence.append((claim.evidence.start, claim.evidence.end, ident))
            anchors_at.setdefault(claim.evidence.start, []).append(ident)
        else:
            anchors_at.setdefault(0, []).append(ident)
        for role, span in _marked_spans(claim):
            if span is not None and _valid(span, text):
                marks.append((span.start, span.end, role))
    cuts = sorted({0, len(text), *anchors_at, *(s for s, _, _ in marks),
                   *(e for _, e, _ in marks), *(s for s, _, _ in evidence),
                   *(e for _, e, _ in evidence)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        roles = tuple(r for r, _ in ROLES if any(s <= a and b <= e for s, e, role in marks
                                                 if role == r))
        covering = tuple(dict.fromkeys(i for s, e, i in evidence if s <= a and b <= e))
        here = tuple(dict.fromkeys(anchors_at.get(a, ())))
        previous = out[-1] if out else None
        if previous and not here and previous.roles == roles and previous.claims == covering:
            out[-1] = Segment(previous.text + text[a:b], roles, covering, previous.anchors)
        else:
            out.append(Segment(text[a:b], roles, covering, here))
    if not text and anchors_at:
        out.append(Segment("", (), (), tuple(dict.fromkeys(anchors_at[0]))))
    return out


def _segment_html(segment: Segment) -> Markup:
    html = escape(segment.text)
    if segment.roles:
        classes = " ".join(f"hl-{r}" for r in segment.roles)
        html = Markup('<mark class="hl {}">{}</mark>').format(classes, html)
    return html


def article_html(text: str, claims: Sequence[Claim]) -> Markup:
    """The text as safe HTML: anchors, evidence spans (``.ev``) and marks (``.hl-<role>``).

    Show it in an element with ``white-space: pre-wrap`` so line breaks stay.
    """
    parts: list[Markup] = []
    open_claims: tuple[str, ...] = ()
    for segment in segments(text, claims):
        for ident in segment.anchors:
            if open_claims:  # an anchor never sits inside an evidence span's element
                parts.append(Markup("</span>"))
                open_claims = ()
            parts.append(Markup('<span class="anchor" id="{}"></span>').format(ident))
        if segment.claims != open_claims:
            if open_claims:
                parts.append(Markup("</span>"))
            if segment.claims:
                parts.append(Markup('<span class="ev" data-claims="{}">').format(
                    " ".join(segment.claims)))
            open_claims = segment.claims
        parts.append(_segment_html(segment))
    if open_claims:
        parts.append(Markup("</span>"))
    return Markup("").join(parts)


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n")


def sentence_around(text: str, span: TextSpan, *, limit: int = 600) -> tuple[str, str, str]:
    """The sentence(s) holding ``span``: (words before, the span's words, words after).

    Example:
        >>> sentence_around("One. Two said 5 died. Three.", TextSpan("5 died", 14, 20))
        ('Two said ', '5 died', '.')
    """
    if not _valid(span, text):
        return "", span.text, ""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, span.start):
        start = match.end()
    match = _SENTENCE_END.search(text, span.end)
    end = match.start() + len(match.group().rstrip()) if match else len(text)
    if match and match.group() == "\n":
        end = match.start()
    start = max(start, span.start - limit)
    end = min(end, span.end + limit)
    return text[start:span.start], span.text, text[span.end:end]

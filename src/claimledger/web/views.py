"""Small helpers the templates call: links between pages, numbers, labels.

Links are built here, with every path segment and query value quoted, so a
document id with spaces, slashes or quotes still gives a working link.

Example:
    >>> article_url("nis report/1", "nis report/1:3")
    '/articles/nis%20report%2F1#claim-nis-report-1-3'
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from markupsafe import Markup, escape

from claimledger.records import HEDGES, KINDS, MEASURES, Claim
from claimledger.report.claims import figure_text
from claimledger.report.formats import thousands
from claimledger.web.highlight import ROLES, anchor


def article_url(doc_id: str, claim_id: str | None = None) -> str:
    url = "/articles/" + quote(doc_id, safe="")
    return url + "#" + anchor(claim_id) if claim_id else url


def with_query(path: str, params: dict[str, Any] | None = None, **more: Any) -> str:
    """``path`` with the non-empty ``params`` (and ``more``) as its query string."""
    merged = {**(params or {}), **more}
    pairs = [(k, str(v)) for k, v in merged.items() if v not in (None, "", False)]
    return path + ("?" + urlencode(pairs) if pairs else "")


def estimates_url(claim: Claim) -> str | None:
    """The estimate series a claim belongs to, at its row; None for an event claim."""
    if claim.kind != "quantity" or (claim.number is None and not claim.vague):
        return None
    url = with_query("/estimates", {"measure": claim.measure, "subject": claim.subject or "",
                                    "claim": claim.claim_id})
    return url + "#row-" + anchor(claim.claim_id)


def claim_figure(claim: Claim) -> str:
    return figure_text(claim.qualifier, claim.number, claim.number_high, claim.vague)


def clip(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def day(value: str | None) -> str:
    return (value or "")[:10]


def web_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) address, else None: a stored ``javascript:`` URL
    must never become a link."""
    if not value:
        return None
    scheme = urlsplit(value.strip()).scheme.lower()
    return value.strip() if scheme in ("http", "https") else None


def ticks(text: str | None) -> Markup:
    """Markdown-style `code` in API descriptions as <code>, everything escaped."""
    parts = (text or "").split("`")
    return Markup("").join(
        Markup("<code>{}</code>").format(part) if i % 2 else escape(part)
        for i, part in enumerate(parts))


FILTERS = {
    "ticks": ticks,
    "thousands": thousands,
    "anchor": anchor,
    "figure": claim_figure,
    "clip": clip,
    "day": day,
    "web_url": web_url,
    "article_url": article_url,
    "estimates_url": estimates_url,
}

GLOBALS = {
    "MEASURES": MEASURES,
    "HEDGES": HEDGES,
    "KINDS": KINDS,
    "ROLES": ROLES,
    "with_query": with_query,
    "article_url": article_url,
}

"""An HTML page's main text and metadata through trafilatura (imported on first use).

Example:
    >>> page = "<html><body><article><p>Two soldiers were killed, officials said.</p>"
    >>> read_html(page + "</article></body></html>", stem="a", source="a.html").text
    'Two soldiers were killed, officials said.'
"""

from __future__ import annotations

import re

from claimledger.ingest.failures import ReadError
from claimledger.ingest.fields import normalise_date, outlet_from_url, outlet_name
from claimledger.records import Document

# No guessing a date from the body text: a wrong date is worse than none in a ledger.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_PAGE_TAG = re.compile(r"<(?:html|head|body)\b", re.IGNORECASE)


def read_html(markup: str, *, stem: str, source: str) -> Document:
    """The page as a Document whose text is the extracted main text (claim offsets index it)."""
    import trafilatura  # heavy: only when an HTML file is met

    if not _PAGE_TAG.search(markup, 0, 4096):
        # trafilatura rejects a bare fragment ("<p>..</p>") as not-quite-HTML; a wrapper fixes that.
        # A whole page keeps its own <head> (wrapping it would spill the title into the text).
        markup = f"<html><body>{markup}</body></html>"
    try:
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as err:  # lxml and trafilatura raise many kinds on broken markup
        raise ReadError(f"malformed HTML ({type(err).__name__}: {err})") from None
    text = (getattr(result, "text", None) or "").strip()
    # Leftover markup debris ("<<>>") is not an article either.
    if result is None or not any(ch.isalnum() for ch in text):
        raise ReadError("no article text found in the HTML")
    url = (result.url or "").strip() or None
    return Document(
        id=stem,
        text=text,
        url=url,
        title=" ".join(result.title.split()) if result.title else None,
        date=normalise_date(result.date),
        outlet=outlet_name(result.sitename) or outlet_from_url(url),
        source=source,
        meta={"format": "html"},
    )

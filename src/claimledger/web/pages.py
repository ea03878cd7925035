"""The HTML pages: overview, estimates, claims, articles, checks, API docs, corrections form."""

from __future__ import annotations

from collections import Counter
from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from claimledger.web import queries
from claimledger.web.chart import estimate_chart
from claimledger.web.highlight import ROLES, anchor, article_html, sentence_around
from claimledger.web.params import (
    CheckFilters,
    ClaimFilters,
    EstimateFilters,
    Page,
    check_filters,
    claim_filters,
    estimate_filters,
    paging,
)
from claimledger.web.security import FormToken, check_token
from claimledger.web.views import article_url, with_query

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


def _page(request: Request, name: str, nav: str | None, status: int = 200,
          **context: Any) -> Response:
    context.update(nav=nav, writable=request.app.state.write_token is not None)
    return request.app.state.templates.TemplateResponse(request, name, context,
                                                        status_code=status)


@router.get("/")
def overview(request: Request) -> Response:
    checks = queries.checks(request.app)
    return _page(
        request, "overview.html", "overview",
        stats=queries.stats(request.app),
        latest=queries.latest_claims(request.app),
        contradictions=list(islice((c for c in checks if c.verdict == "contradiction"), 8)),
        open_contradictions=queries.stats(request.app).contradictions,
        claimants=queries.claimants(request.app)[:12],
        series=queries.estimate_combinations(request.app)[:12],
    )


#: Estimates one page of the estimates view shows (chart and table alike).
ESTIMATES_PER_PAGE = 200


@router.get("/estimates")
def estimates(request: Request,
              filters: Annotated[EstimateFilters, Depends(estimate_filters)],
              claim: str | None = None, page: str | None = None) -> Response:
    """The chart and table of one series, a window of ``ESTIMATES_PER_PAGE`` estimates at a
    time: the latest by default, or the one holding ``claim`` (links from articles)."""
    combos = queries.estimate_combinations(request.app)
    chosen_by_us = False
    if filters.measure is None and filters.subject is None and filters.claimant is None and combos:
        measure, subject, _ = combos[0]
        filters = EstimateFilters(measure=measure, subject=subject)
        chosen_by_us = True
    rows = queries.estimates(request.app, filters)
    pages = max(1, -(-len(rows) // ESTIMATES_PER_PAGE))
    number = pages
    if page:
        number = min(paging(page, None).page, pages)
    elif claim:
        found = next((i for i, r in enumerate(rows) if claim in r.claim_ids), None)
        if found is not None:
            number = found // ESTIMATES_PER_PAGE + 1
    shown = rows[(number - 1) * ESTIMATES_PER_PAGE: number * ESTIMATES_PER_PAGE]
    chart = estimate_chart(shown, href=lambda r: article_url(r.first_doc, r.claim_ids[0]))
    query = {"measure": filters.measure, "subject": filters.subject,
             "claimant": filters.claimant}
    return _page(
        request, "estimates.html", "estimates",
        filters=filters, rows=shown, total=len(rows), chart=chart, chosen_by_us=chosen_by_us,
        page=Page(number, ESTIMATES_PER_PAGE), pages=pages, query=query,
        measures=sorted({m for m, _, _ in combos}),
        subjects=sorted({s for _, s, _ in combos if s}),
        csv_url=with_query("/api/v1/estimates", query, format="csv"),
        json_url=with_query("/api/v1/estimates", query, format="jsonl"),
        anchor=anchor,
    )


@router.get("/claims")
def claims(request: Request, filters: Annotated[ClaimFilters, Depends(claim_filters)],
           page: Annotated[Page, Depends(paging)]) -> Response:
    found, total = queries.claim_page(request.app, filters, page)
    return _page(
        request, "claims.html", "claims", filters=filters, claims=found, total=total,
        page=page, pages=page.pages(total), query=filters.query(),
        claimants=queries.claimants(request.app)[:300],
    )


@router.get("/articles")
def articles(request: Request, page: Annotated[Page, Depends(paging)]) -> Response:
    ledger = request.app.state.ledger
    total = ledger.count_documents()
    return _page(request, "articles.html", "articles",
                 documents=ledger.documents(limit=page.per_page, offset=page.offset),
                 total=total, page=page, pages=page.pages(total), query={})


def _article(request: Request, doc_id: str, status: int = 200, **extra: Any) -> Response:
    ledger = request.app.state.ledger
    document = ledger.document(doc_id)
    if document is None:
        raise HTTPException(404, f"no document {doc_id!r} in this ledger")
    found = ledger.claims(doc=doc_id, include_rejected=True)
    ids = {lc.claim.claim_id for lc in found}
    corrections = [c for c in ledger.corrections() if c.claim_id in ids] if ids else []
    shown = [lc.claim for lc in found if not lc.rejected]
    extra.setdefault("error", None)
    extra.setdefault("saved", None)
    return _page(
        request, "article.html", "articles", status=status, document=document, claims=found,
        text_html=article_html(document.text, shown), roles=ROLES, corrections=corrections,
        fields=queries.CORRECTABLE, **extra,
    )


@router.get("/articles/{doc_id:path}")
def article(request: Request, doc_id: str, saved: str | None = None) -> Response:
    return _article(request, doc_id, saved=saved)


@router.post("/corrections")
def correct_form(
    request: Request,
    claim_id: Annotated[str, Form()],
    action: Annotated[str, Form()] = "correct",
    field: Annotated[str, Form()] = "",
    value: Annotated[str, Form()] = "",
    author: Annotated[str, Form(max_length=200)] = "",
    reason: Annotated[str, Form(max_length=2000)] = "",
    token: FormToken = None,
) -> Response:
    """The article page's correction form: fix one field, or reject the claim."""
    ledger = request.app.state.ledger
    claim = ledger.claim(claim_id)
    if claim is None:
        raise HTTPException(404, f"no claim {claim_id!r} in this ledger")
    doc_id = claim.claim.doc
    try:
        check_token(request, token)
    except HTTPException as exc:
        return _article(request, doc_id, status=exc.status_code, error=str(exc.detail))
    try:
        if action == "reject":
            queries.reject(request.app, claim_id, author=author or None, reason=reason or None)
        elif action == "correct":
            if not field:
                raise ValueError("choose the field to correct")
            queries.correct(request.app, claim_id, {field: value},
                            author=author or None, reason=reason or None)
        else:
            raise ValueError(f"unknown action {action!r}")
    except (ValueError, KeyError) as exc:
        message = exc.args[0] if exc.args else str(exc)
        return _article(request, doc_id, status=422, error=str(message))
    url = with_query(article_url(doc_id), saved=claim_id) + "#" + anchor(claim_id)
    return RedirectResponse(url, status_code=303)


@router.get("/checks")
def checks(request: Request, filters: Annotated[CheckFilters, Depends(check_filters)],
           page: str | None = None) -> Response:
    page_obj = paging(page, "20")
    found = queries.filtered_checks(request.app, filters)
    shown = found[page_obj.offset: page_obj.offset + page_obj.per_page]
    ledger = request.app.state.ledger
    texts: dict[str, str | None] = {}
    items = []
    for check in shown:
        sides = []
        for claim_id, (doc_id, span) in zip(check.claim_ids, check.evidence, strict=False):
            if doc_id not in texts:
                document = ledger.document(doc_id)
                texts[doc_id] = document.text if document is not None else None
            text = texts[doc_id]
            before, words, after = (sentence_around(text, span) if text is not None
                                    else ("", span.text, ""))
            sides.append({"doc": doc_id, "claim_id": claim_id, "before": before,
                          "words": words, "after": after,
                          "href": article_url(doc_id, claim_id)})
        items.append({"check": check, "sides": sides})
    kinds = Counter(c.kind for c in queries.checks(request.app))
    return _page(
        request, "checks.html", "checks", items=items, filters=filters, total=len(found),
        page=page_obj, pages=page_obj.pages(len(found)),
        query={"verdict": filters.verdict, "kind": filters.kind}, kinds=sorted(kinds),
    )


@router.get("/docs")
def api_docs(request: Request) -> Response:
    """The API's reference, rendered here from its OpenAPI document (no CDN script)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            operations.append({"path": path, "method": method.upper(), "op": op})
    return _page(request, "docs.html", "docs", spec=spec, operations=operations)

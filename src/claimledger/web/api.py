"""The JSON API under ``/api/v1``: the ledger's claims, documents, estimates and checks.

Lists come as ``{"total": N, "page": P, "per_page": K, "items": [...]}``; a
bad parameter is a 422 ``{"detail": "<name>: <what is wrong>"}``; writes
need ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field

from claimledger.ingest import DEFAULT_MAX_BYTES, ReadFailure, read_bytes
from claimledger.report.formats import CHECK_COLUMNS, ESTIMATE_COLUMNS, render
from claimledger.web import queries
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
from claimledger.web.security import require_writer
from claimledger.web.serialize import (
    check_json,
    claim_json,
    document_info_json,
    document_json,
    estimate_json,
    record_json,
)

router = APIRouter()

#: Largest upload request (all files together).
MAX_UPLOAD_BYTES = 4 * DEFAULT_MAX_BYTES
MAX_UPLOAD_FILES = 200

Writer = Annotated[None, Depends(require_writer)]


class Format(StrEnum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"


FormatQuery = Annotated[Format, Query(
    description="json: a page of rows; csv or jsonl: every row, as a download")]


class CorrectionIn(BaseModel):
    """Field changes for one claim, e.g. ``{"changes": {"number": 90}, "reason": "typo"}``."""

    changes: dict[str, Any] = Field(min_length=1, description="Field name to new value")
    author: str | None = Field(None, max_length=200)
    reason: str | None = Field(None, max_length=2000)


class RejectIn(BaseModel):
    author: str | None = Field(None, max_length=200)
    reason: str | None = Field(None, max_length=2000)


def _listing(items: list[Any], total: int, page: Page) -> JSONResponse:
    # JSONResponse straight away: the items are plain JSON already, no second encoding pass.
    return JSONResponse({"total": total, "page": page.page, "per_page": page.per_page,
                         "items": items})


_MEDIA = {Format.csv: "text/csv; charset=utf-8", Format.jsonl: "application/x-ndjson"}


#: Rows rendered at a time when a download is streamed.
_CHUNK = 1000


def _chunks(rows: list[Any], columns: Any, fmt: Format) -> Iterator[bytes]:
    for start in range(0, max(len(rows), 1), _CHUNK):
        text = render(rows[start:start + _CHUNK], columns, fmt.value)
        if fmt is Format.csv and start:
            text = text.split("\n", 1)[1]  # the header row only once
        yield text.encode("utf-8")


def _download(rows: list[Any], columns: Any, fmt: Format, stem: str,
              *parts: str | None) -> Response:
    """Every row as a file (the CSV / JSON Lines of the command line's ``--format``),
    streamed a thousand rows at a time: a large export starts at once and is never held
    whole in memory."""
    safe = "-".join(p for p in parts if p)
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in safe)
    name = f"{stem}-{safe}.{fmt.value}" if safe else f"{stem}.{fmt.value}"
    return StreamingResponse(_chunks(rows, columns, fmt), media_type=_MEDIA[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/stats", summary="Counts: documents, claims, claimants, contradictions")
def stats(request: Request) -> JSONResponse:
    return JSONResponse(record_json(queries.stats(request.app)))


@router.get("/claims", summary="Claims, filtered and paginated")
def list_claims(request: Request, filters: Annotated[ClaimFilters, Depends(claim_filters)],
                page: Annotated[Page, Depends(paging)]) -> JSONResponse:
    """Each item is the claim record of SCHEMA.md (with character offsets into its
    document's text) plus `figure`, `date`, `doc_url`, `doc_title`, `outlet`,
    `origin_doc`, `independent_reports`, `corrected` and `rejected`."""
    found, total = queries.claim_page(request.app, filters, page)
    return _listing([claim_json(lc) for lc in found], total, page)


def _claim_or_404(request: Request, claim_id: str) -> Any:
    found = request.app.state.ledger.claim(claim_id)
    if found is None:
        raise HTTPException(404, f"no claim {claim_id!r} in this ledger")
    return found


@router.get("/claims/{claim_id:path}/corrections", summary="A claim's corrections")
def claim_corrections(request: Request, claim_id: str) -> JSONResponse:
    _claim_or_404(request, claim_id)
    items = [record_json(c) for c in request.app.state.ledger.corrections(claim_id)]
    return JSONResponse({"total": len(items), "items": items})


def _write_error(exc: Exception) -> HTTPException:
    message = exc.args[0] if exc.args else str(exc)
    status = 404 if isinstance(exc, KeyError) else 422
    return HTTPException(status, str(message))


@router.post("/claims/{claim_id:path}/corrections", summary="Correct a claim (needs the token)",
             status_code=201)
def correct_claim(request: Request, claim_id: str, body: CorrectionIn,
                  _: Writer) -> JSONResponse:
    """Sets fields of one claim; the ledger keeps who, when and why, and estimates and
    checks use the corrected values. Answers with the corrected claim."""
    try:
        corrected = queries.correct(request.app, claim_id, body.changes, author=body.author,
                                    reason=body.reason)
    except (KeyError, ValueError) as exc:
        raise _write_error(exc) from None
    return JSONResponse(claim_json(corrected), status_code=201)


@router.post("/claims/{claim_id:path}/reject", summary="Reject a claim (needs the token)")
def reject_claim(request: Request, claim_id: str, _: Writer,
                 body: RejectIn | None = None) -> JSONResponse:
    """Marks the claim as not a claim; it leaves estimates, checks and default listings."""
    body = body or RejectIn()
    try:
        rejected = queries.reject(request.app, claim_id, author=body.author, reason=body.reason)
    except (KeyError, ValueError) as exc:
        raise _write_error(exc) from None
    return JSONResponse(claim_json(rejected))


@router.get("/claims/{claim_id:path}", summary="One claim")
def get_claim(request: Request, claim_id: str) -> JSONResponse:
    return JSONResponse(claim_json(_claim_or_404(request, claim_id)))


@router.get("/corrections", summary="Every correction, oldest first")
def corrections(request: Request) -> JSONResponse:
    items = [record_json(c) for c in request.app.state.ledger.corrections()]
    return JSONResponse({"total": len(items), "items": items})


@router.get("/documents", summary="Documents, paginated")
def list_documents(request: Request, page: Annotated[Page, Depends(paging)]) -> JSONResponse:
    ledger = request.app.state.ledger
    found = ledger.documents(limit=page.per_page, offset=page.offset)
    return _listing([document_info_json(d) for d in found], ledger.count_documents(), page)


def _report_json(report: Any, read_failures: list[ReadFailure]) -> dict[str, Any]:
    out = {key: getattr(report, key, 0) for key in
           ("added", "unchanged", "new_versions", "duplicates", "claims_added")}
    out["failures"] = [str(f) for f in read_failures] + [str(f) for f in
                                                         getattr(report, "failures", ())]
    return out


def _ingest(request: Request, items: list[Any]) -> JSONResponse:
    documents = [i for i in items if not isinstance(i, ReadFailure)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    report = queries.ingest_documents(request.app, documents)
    body = _report_json(report, failures)
    status = 201 if documents and not body["failures"] else 200 if documents else 422
    return JSONResponse(body, status_code=status)


@router.post(
    "/documents", summary="Ingest articles sent as JSON (needs the token)",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
        "description": "One article, or a list of them: id, url, title, date, outlet, text",
        "oneOf": [{"type": "object"}, {"type": "array", "items": {"type": "object"}}]}}}}},
)
async def ingest_json(request: Request, _: Writer) -> JSONResponse:
    """Reads the body as the `.json` reader of `claimledger ingest` does, extracts the
    claims and stores them. Answers with the ingest report (201, or 422 when nothing
    could be read)."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > DEFAULT_MAX_BYTES:
        raise HTTPException(413, f"body is over the limit of {DEFAULT_MAX_BYTES:,} bytes")
    data = await request.body()
    items = read_bytes(data, "body.json", source="request body")
    return await run_in_threadpool(_ingest, request, items)


def _upload_name(name: str | None, index: int) -> str:
    # A browser may send a path; only the last part names the document.
    base = PurePath((name or "").replace("\\", "/")).name
    return base if base.strip(". ") else f"upload-{index}.txt"


@router.post("/documents/files", summary="Ingest uploaded article files (needs the token)")
async def ingest_files(request: Request, _: Writer,
                       files: Annotated[list[UploadFile], File(description=(
                           ".txt, .html, .json, .jsonl or feed files; each file's name "
                           "gives its format and document id"))]) -> JSONResponse:
    if len(files) > MAX_UPLOAD_FILES:
        raise HTTPException(413, f"more than {MAX_UPLOAD_FILES} files in one upload")
    items: list[Any] = []
    total = 0
    for index, upload in enumerate(files, 1):
        name = _upload_name(upload.filename, index)
        data = await upload.read(DEFAULT_MAX_BYTES + 1)
        total += len(data)
        if total > MAX_UPLOAD_BYTES:
            raise HTTPException(413, f"upload is over the limit of {MAX_UPLOAD_BYTES:,} bytes")
        items.extend(read_bytes(data, name))
    return await run_in_threadpool(_ingest, request, items)


@router.get("/documents/{doc_id:path}", summary="One document: its text and its claims")
def get_document(request: Request, doc_id: str) -> JSONResponse:
    ledger = request.app.state.ledger
    document = ledger.document(doc_id)
    if document is None:
        raise HTTPException(404, f"no document {doc_id!r} in this ledger")
    claims = ledger.claims(doc=doc_id, include_rejected=True)
    return JSONResponse({"document": document_json(document),
                         "claims": [claim_json(lc) for lc in claims]})


@router.get("/estimates", summary="Estimate rows: a page as JSON, or all as CSV / JSON Lines")
def estimates(request: Request, filters: Annotated[EstimateFilters, Depends(estimate_filters)],
              page: Annotated[Page, Depends(paging)],
              format: FormatQuery = Format.json) -> Response:  # noqa: A002 - the query's name
    """One row per distinct estimate (claimant, figure, interval, date, independent
    reports, first source), in time order: the rows of `claimledger estimates`."""
    rows = queries.estimates(request.app, filters)
    if format is not Format.json:
        return _download(rows, ESTIMATE_COLUMNS, format, "estimates", filters.measure,
                         filters.subject, filters.claimant)
    shown = rows[page.offset: page.offset + page.per_page]
    return _listing([estimate_json(r) for r in shown], len(rows), page)


@router.get("/estimates/series", summary="Which measure and side have estimates, with counts")
def estimate_series(request: Request) -> JSONResponse:
    combos = queries.estimate_combinations(request.app)
    return JSONResponse({"items": [{"measure": m, "subject": s, "rows": n}
                                   for m, s, n in combos]})


@router.get("/checks", summary="Contradictions and agreements, with both evidence spans")
def checks(request: Request, filters: Annotated[CheckFilters, Depends(check_filters)],
           page: Annotated[Page, Depends(paging)],
           format: FormatQuery = Format.json) -> Response:  # noqa: A002 - the query's name
    found = queries.filtered_checks(request.app, filters)
    if format is not Format.json:
        return _download(found, CHECK_COLUMNS, format, "checks", filters.verdict, filters.kind)
    shown = found[page.offset: page.offset + page.per_page]
    return _listing([check_json(c) for c in shown], len(found), page)


@router.get("/claimants", summary="Claimants with their number of claims")
def claimants(request: Request) -> JSONResponse:
    items = [record_json(c) for c in queries.claimants(request.app)]
    return JSONResponse({"total": len(items), "items": items})

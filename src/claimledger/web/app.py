"""The web app: server-rendered pages and a JSON API over one ``Ledger``.

``create_app(ledger, write_token=None)`` builds it; ``claimledger serve``
runs it under uvicorn. Everything it shows ships in the package (templates,
CSS, one small optional script): no CDN, so it works offline.

Read-only unless a write token is given: corrections, rejections and uploads
then need ``Authorization: Bearer <token>`` (or the token field of the
article page's form).

Example:
    >>> from claimledger.ledger import Ledger                # doctest: +SKIP
    >>> app = create_app(Ledger("ledger.db"), write_token="s3cret")  # doctest: +SKIP
"""

from __future__ import annotations

import threading
from importlib import resources
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimledger import __version__
from claimledger.web.cache import LedgerCache

API_PREFIX = "/api/v1"

#: Only our own scripts, styles and images; no inline script; no framing; forms post here.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every HTTP response (a plain ASGI wrapper: no per-request
    task switch, unlike ``BaseHTTPMiddleware``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Jinja2Templates:
    folder = str(resources.files("claimledger.web").joinpath("templates"))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,  # every template, whatever its name
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    from claimledger.web import views

    env.filters.update(views.FILTERS)
    env.globals.update(views.GLOBALS)
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX + "/") or request.url.path == API_PREFIX


def _validation_message(exc: RequestValidationError) -> str:
    """FastAPI's list of errors as one line: ``"body: field required"``."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}".strip(": ").lower()
                     if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def _error(request: Request, status: int, detail: str,
           headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "detail": detail, "nav": None,
                  "writable": request.app.state.write_token is not None},
        status_code=status, headers=headers)


def create_app(ledger: Any, write_token: str | None = None) -> FastAPI:
    """The FastAPI app over ``ledger``; writes need ``write_token`` (none: read-only)."""
    app = FastAPI(
        title="claimledger",
        version=__version__,
        summary="A sourced ledger of claims from news about armed conflict.",
        description=(
            "Read the ledger's claims, documents, estimate series and consistency checks. "
            "Write endpoints (corrections, rejections, uploads) need "
            "`Authorization: Bearer <token>`, the token given to `claimledger serve`; "
            "without one the server is read-only and they answer 403."),
        openapi_url=f"{API_PREFIX}/openapi.json",
        # The stock Swagger UI loads its script from a CDN; /docs is our own page instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.ledger = ledger
    app.state.write_token = write_token or None
    app.state.write_lock = threading.Lock()
    app.state.cache = LedgerCache(ledger)
    app.state.templates = _templates()

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(exc))

    static = str(resources.files("claimledger.web").joinpath("static"))
    app.mount("/static", StaticFiles(directory=static), name="static")

    from claimledger.web import api, pages

    app.include_router(api.router, prefix=API_PREFIX)
    app.include_router(pages.router)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.add_middleware(SecurityHeaders)
    return app


__all__ = ["API_PREFIX", "CONTENT_SECURITY_POLICY", "create_app"]

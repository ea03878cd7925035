"""The write token: read-only unless ``claimledger serve`` was given one.

The API takes it as ``Authorization: Bearer <token>``; the article page's
form sends it in a ``token`` field (the token also stops another site from
posting the form on a reader's behalf, since that site cannot know it).

Example:
    >>> bearer("Bearer s3cret")
    's3cret'
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Form, Header, HTTPException, Request

DISABLED = ("this server is read-only: start it with --token SECRET (or set CLAIMLEDGER_TOKEN) "
            "to allow corrections and uploads")
MISSING = "this endpoint writes to the ledger: send Authorization: Bearer <token>"
WRONG = "the write token is wrong"


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, else None."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def check_token(request: Request, given: str | None) -> None:
    """403 when writes are off, 401 when the token is missing or wrong."""
    expected: str | None = request.app.state.write_token
    if expected is None:
        raise HTTPException(403, DISABLED)
    if not given:
        raise HTTPException(401, MISSING, headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, WRONG, headers={"WWW-Authenticate": "Bearer"})


def require_writer(
    request: Request,
    authorization: Annotated[str | None, Header(
        description="Bearer <token>, the token given to claimledger serve")] = None,
) -> None:
    """Dependency of every API endpoint that writes."""
    check_token(request, bearer(authorization))


FormToken = Annotated[str | None, Form(description="The write token")]

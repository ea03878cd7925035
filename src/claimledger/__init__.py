"""claimledger: a sourced ledger of claims from news about armed conflict.

Example:
    >>> from claimledger import extract                     # doctest: +SKIP
    >>> [c.measure for c in extract("Officials said 40 soldiers were wounded.")]  # doctest: +SKIP
    ['wounded']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimledger.records import Claim, Document, LedgerClaim, TextSpan

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claimledger.ledger import Ledger


def extract(document: Document | str, nlp: Any = None) -> list[Claim]:
    """Extract every claim from one article (see ``claimledger.extract``)."""
    from claimledger.extract import extract as _extract

    return _extract(document, nlp=nlp)


def __getattr__(name: str) -> Any:
    # Ledger pulls in SQLAlchemy; import it only when asked for.
    if name == "Ledger":
        from claimledger.ledger import Ledger

        return Ledger
    raise AttributeError(name)


__all__ = ["Claim", "Document", "Ledger", "LedgerClaim", "TextSpan", "extract", "__version__"]

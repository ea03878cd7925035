"""Extraction: one article in, claim records out.

Example:
    >>> from claimledger.extract import extract              # doctest: +SKIP
    >>> extract("Kyiv said 77 soldiers were killed.")[0].number  # doctest: +SKIP
    77
"""

from __future__ import annotations

from claimledger.extract.api import Extractor, extract

__all__ = ["Extractor", "extract"]

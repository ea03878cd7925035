"""Extraction: one article in, claim records out.

Example:
    >>> from claimledger.extract import extract              # doctest: +SKIP
    >>> extract("Kyiv said 77 soldiers were killed.")[0].number  # doctest: +SKIP
    77
"""

from __future__ import annotations

import sys
import types
from typing import Any

from claimledger.extract.api import Extractor, extract

__all__ = ["Extractor", "extract"]


class _CallableModule(types.ModuleType):
    """``claimledger.extract`` is both this package and the public ``extract()``
    function: importing the package replaces the function of that name on
    ``claimledger``, so the package itself answers a call the same way."""

    def __call__(self, document: Any, nlp: Any = None) -> Any:
        return extract(document, nlp=nlp)


sys.modules[__name__].__class__ = _CallableModule

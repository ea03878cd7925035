"""Reconcile: estimate series and consistency checks over lists of ``LedgerClaim``.

Everything here is a pure function of the claims it is given, so it runs the
same over a database, a test fixture or an export.

Example:
    >>> from claimledger.reconcile import build_estimates, find_checks
    >>> build_estimates([]), find_checks([])
    ([], [])
"""

from __future__ import annotations

from claimledger.reconcile.checks import Check, find_checks
from claimledger.reconcile.estimates import EstimateRow, build_estimates, estimate_series

__all__ = ["Check", "EstimateRow", "build_estimates", "estimate_series", "find_checks"]

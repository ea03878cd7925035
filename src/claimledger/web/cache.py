"""Results of the ledger's whole-ledger computations (estimates, checks), kept between requests.

``Ledger.estimates()`` and ``Ledger.checks()`` reconcile every claim, which
takes far longer than one page should. Their results are kept until the
ledger changes: a write through this app clears them at once, and a write by
another process (``claimledger ingest`` beside a running server) is noticed
by the ledger's revision counter, looked at no more than twice a second.

Example:
    >>> class Fake:
    ...     revision = 1
    >>> cache = LedgerCache(Fake())
    >>> cache.get("x", (), lambda: 42), cache.get("x", (), lambda: 0)
    (42, 42)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

#: Seconds between looks at the ledger's fingerprint.
RECHECK_SECONDS = 0.5
#: Distinct results kept (estimate filters and the like); the oldest go first.
MAX_ENTRIES = 256


class LedgerCache:
    def __init__(self, ledger: Any, *, recheck: float = RECHECK_SECONDS) -> None:
        self._ledger = ledger
        self._recheck = recheck
        self._lock = threading.Lock()
        self._values: dict[tuple, Any] = {}
        self._fingerprint: Hashable | None = None
        self._looked = 0.0
        # Bumped whenever the kept results are dropped: a computation that started before
        # (and may have read the old ledger) does not keep its result.
        self._generation = 0
        # One computation per key at a time: other requests for it wait for the result.
        self._key_locks: dict[tuple, threading.Lock] = {}

    def fingerprint(self) -> Hashable:
        """What changes whenever the ledger's claims or corrections change."""
        return self._ledger.revision

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._generation += 1
            self._fingerprint = None
            self._looked = 0.0

    def _fresh(self) -> None:
        now = time.monotonic()
        if now - self._looked < self._recheck:
            return
        current = self.fingerprint()
        with self._lock:
            self._looked = now
            if current != self._fingerprint:
                self._values.clear()
                self._generation += 1
                self._fingerprint = current

    def get(self, name: str, args: tuple, compute: Callable[[], T]) -> T:
        """The kept result for ``(name, args)``, computing it if the ledger has changed."""
        self._fresh()
        key = (name, args)
        with self._lock:
            if key in self._values:
                return self._values[key]
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if key in self._values:
                    return self._values[key]
                generation = self._generation
            value = compute()
            with self._lock:
                if generation == self._generation:
                    if len(self._values) >= MAX_ENTRIES:
                        self._values.pop(next(iter(self._values)))
                    self._values[key] = value
                self._key_locks.pop(key, None)
            return value

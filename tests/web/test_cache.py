"""The app's kept results: reused until the ledger's revision moves, never kept stale."""

from __future__ import annotations

import threading

from claimledger.web.cache import LedgerCache


class FakeLedger:
    revision = 1


def test_results_are_kept_until_the_revision_moves():
    ledger = FakeLedger()
    cache = LedgerCache(ledger, recheck=0)
    calls = []
    assert cache.get("x", (), lambda: calls.append(1) or len(calls)) == 1
    assert cache.get("x", (), lambda: calls.append(1) or len(calls)) == 1
    ledger.revision = 2
    assert cache.get("x", (), lambda: calls.append(1) or len(calls)) == 2


def test_a_result_computed_across_a_write_is_not_kept():
    cache = LedgerCache(FakeLedger(), recheck=60)
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "old"

    worker = threading.Thread(target=lambda: cache.get("x", (), slow))
    worker.start()
    started.wait(5)
    cache.clear()  # a write lands while the old result is being computed
    release.set()
    worker.join(5)
    assert cache.get("x", (), lambda: "new") == "new"

"""Fixtures for the web tests: one ledger built from our own articles (per test process),
read-only and writable apps over it, and a real uvicorn server for the browser tests."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.web.articles import build_ledger

TOKEN = "test-token-7f3a"
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def ledger_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test ledger, built once per test process; tests that write use a copy."""
    return build_ledger(tmp_path_factory.mktemp("web") / "web.db")


def copy_ledger(source: Path, folder: Path) -> Path:
    target = folder / "copy.db"
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{source}{suffix}")
        if extra.exists():
            shutil.copyfile(extra, Path(f"{target}{suffix}"))
    return target


@pytest.fixture(scope="module")
def client(ledger_file: Path) -> Iterator:
    """A read-only app (no token) over the shared test ledger."""
    from fastapi.testclient import TestClient

    from claimledger.ledger import Ledger
    from claimledger.web.app import create_app

    with Ledger(str(ledger_file)) as ledger, TestClient(create_app(ledger)) as test_client:
        yield test_client


@pytest.fixture()
def writer(ledger_file: Path, tmp_path: Path) -> Iterator:
    """An app with the write token ``TOKEN``, over a fresh copy of the test ledger."""
    from fastapi.testclient import TestClient

    from claimledger.ledger import Ledger
    from claimledger.web.app import create_app

    path = copy_ledger(ledger_file, tmp_path)
    with Ledger(str(path)) as ledger, \
            TestClient(create_app(ledger, write_token=TOKEN)) as test_client:
        yield test_client


class LiveServer:
    """The app under a real uvicorn in a background thread, on a free loopback port."""

    def __init__(self, app) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()

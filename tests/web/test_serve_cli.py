"""``claimledger serve``: its one-line errors, and the real command answering on a port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from claimledger.cli import app

runner = CliRunner()


def test_missing_database_is_one_line_and_exit_1(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    missing = tmp_path / "nowhere.db"
    result = runner.invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: no ledger at {missing} "
                             "(give --db PATH or set CLAIMLEDGER_DB)\n")
    assert not missing.exists()


def test_database_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 1 and f"no ledger at {tmp_path / 'env.db'}" in result.stderr


def test_a_taken_port_is_one_line_and_exit_1(ledger_file):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(ledger_file), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}: ")
    assert result.stderr.count("\n") == 1


def test_help_shows_an_example():
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example: claimledger serve --db sample.db" in result.stdout
    assert "CLAIMLEDGER_TOKEN" in result.stdout


@pytest.mark.slow
def test_the_real_command_serves_pages_and_takes_its_token_from_the_environment(ledger_file):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).with_name("claimledger")), "serve", "--db",
               str(ledger_file), "--port", str(port)]
    env = {**os.environ, "CLAIMLEDGER_TOKEN": "from-env"}
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "did not start"
                time.sleep(0.1)
        assert httpx.get(f"{base}/api/v1/stats").json()["documents"] >= 5
        assert "<svg" in httpx.get(f"{base}/estimates").text
        wrong = httpx.post(f"{base}/api/v1/claims/x:1/reject",
                           headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401  # the token came from $CLAIMLEDGER_TOKEN
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=10)
    assert stderr.splitlines()[0] == (
        f"Serving {ledger_file} at {base}/ (corrections and uploads need the token); "
        "Ctrl+C stops it.")


def test_after_make_run_a_plain_read_uses_the_sample_ledger(tmp_path, monkeypatch):
    from claimledger.cli._common import database
    from claimledger.ledger import Ledger

    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert database(None, reading=True) == "claimledger.db"  # nothing here yet
    Ledger(str(tmp_path / "sample.db")).close()
    assert database(None, reading=True) == "sample.db"
    assert database(None) == "claimledger.db"  # writers (ingest) never fall back
    result = runner.invoke(app, ["estimates"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("note: no claimledger.db here; reading sample.db")
    (tmp_path / "claimledger.db").write_bytes(b"")
    assert database(None, reading=True) == "claimledger.db"

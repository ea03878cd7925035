"""``claimledger estimates`` and ``claimledger checks`` through the real Typer app."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimledger.cli import app

runner = CliRunner()


@pytest.mark.parametrize("command", ["estimates", "checks"])
def test_missing_database_is_one_line_and_exit_1(command, tmp_path):
    missing = tmp_path / "nowhere.db"
    result = runner.invoke(app, [command, "--db", str(missing)])
    assert result.exit_code == 1
    hint = "(give --db PATH or set CLAIMLEDGER_DB)"
    assert result.stderr == f"error: no ledger at {missing} {hint}\n"
    assert not missing.exists()  # no empty ledger left behind


def test_database_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["checks"])
    assert result.exit_code == 1
    assert "no ledger at " + str(tmp_path / "env.db") in result.stderr


def test_default_database_name(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["estimates"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no ledger at claimledger.db ")


def test_unknown_format_is_refused():
    result = runner.invoke(app, ["checks", "--format", "wikitable"])
    assert result.exit_code == 2
    assert "wikitable" in result.stderr


ARTICLE = (
    "Ukrainian officials say dozens of missiles, including more than 150 KN-23 missiles, "
    "have been delivered to Russia."
)


@pytest.fixture
def ledger_db(tmp_path):
    """A real ledger with one short article of our own (extraction runs: slow)."""
    ledger_module = pytest.importorskip("claimledger.ledger")
    from claimledger.records import Document

    path = tmp_path / "ledger.db"
    ledger = ledger_module.Ledger(str(path))
    ledger.ingest_documents([Document(id="own-1", text=ARTICLE, url="https://example.org/own-1",
                                      date="2024-12-24")])
    close = getattr(ledger, "close", None)
    if close is not None:
        close()
    return path


@pytest.mark.slow
def test_estimates_over_a_real_ledger(ledger_db):
    result = runner.invoke(app, ["estimates", "--db", str(ledger_db), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert "more than 150" in result.stdout and "dozens" in result.stdout
    wiki = runner.invoke(app, ["estimates", "--db", str(ledger_db), "--format", "wikitable"])
    assert '<ref name="cl1">https://example.org/own-1</ref>' in wiki.stdout


@pytest.mark.slow
def test_checks_over_a_real_ledger_show_both_spans(ledger_db):
    result = runner.invoke(app, ["checks", "--db", str(ledger_db), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    (check,) = json.loads(result.stdout)
    assert check["kind"] == "part_exceeds_whole"
    assert [e["doc"] for e in check["evidence"]] == ["own-1", "own-1"]

"""``claimledger ingest``, ``claims`` and ``correct`` through the real Typer app."""

from __future__ import annotations

import json

import pytest
from tests.ledger.helpers import OTHER, document, other_claims
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.ledger import Ledger

runner = CliRunner()

GOOD = "Harbour officials said 12 sailors were wounded in the storm on Tuesday."


@pytest.fixture
def ledger_db(tmp_path):
    path = tmp_path / "ledger.db"
    other = document("other-1", OTHER, url="https://example.org/other-1", date="2025-03-05")
    with Ledger(str(path)) as ledger:
        ledger.ingest_extracted([(other, other_claims(other))])
    return path


def test_each_bad_input_is_one_line_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(b"\x00\x01binary\x00\xff")
    (folder / "broken.json").write_text('{"id": "x", "text": "Ten', encoding="utf-8")
    (folder / "latin.txt").write_bytes(b"caf\xe9 in latin-1")
    (folder / "blank.html").write_text("<html><body></body></html>", encoding="utf-8")
    db = tmp_path / "ledger.db"
    result = runner.invoke(app, ["ingest", str(folder), str(tmp_path / "missing.txt"),
                                 "--db", str(db)])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors == [
        f"error: {folder / 'blank.html'}: no article text found in the HTML",
        f"error: {folder / 'blob.txt'}: binary data, not text (contains NUL bytes)",
        f"error: {folder / 'broken.json'}: malformed JSON at line 1, column 21: "
        "Unterminated string starting at",
        f"error: {folder / 'empty.txt'}: empty file",
        f"error: {folder / 'latin.txt'}: not valid UTF-8 at byte 3",
        f"error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]
    assert result.stdout.startswith(f"{db}: added 1 document (")
    assert result.stdout.rstrip().endswith("; 6 failed")
    with Ledger(str(db)) as ledger:
        assert [d.id for d in ledger.documents()] == ["good"]
        assert ledger.count_claims() >= 1


def test_ingest_twice_through_the_command_adds_nothing(tmp_path):
    article = tmp_path / "storm.txt"
    article.write_text(GOOD, encoding="utf-8")
    db = str(tmp_path / "ledger.db")
    first = runner.invoke(app, ["ingest", str(article), "--db", db])
    assert first.exit_code == 0, first.stderr
    second = runner.invoke(app, ["ingest", str(article), "--db", db])
    assert second.exit_code == 0
    assert second.stdout == (f"{db}: added 0 documents (0 claims); 1 unchanged, "
                             "0 new versions, 0 near-duplicate copies\n")


def test_ingest_into_a_missing_folder_is_one_line(tmp_path):
    result = runner.invoke(app, ["ingest", "x.txt", "--db", str(tmp_path / "no" / "l.db")])
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot create ledger {tmp_path / 'no' / 'l.db'}: " \
                            "its folder does not exist\n"


def test_claims_formats(ledger_db):
    jsonl = runner.invoke(app, ["claims", "--db", str(ledger_db), "--format", "jsonl",
                                "--measure", "killed"])
    assert jsonl.exit_code == 0, jsonl.stderr
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [r["claim_id"] for r in records] == ["other-1:1", "other-1:2"]
    assert records[0]["evidence"]["text"] == "about 300 soldiers were killed"
    assert records[0]["independent_reports"] == 1 and records[0]["published"] == "2025-03-05"
    csv = runner.invoke(app, ["claims", "--db", str(ledger_db), "--format", "csv", "--q",
                              "tanks"])
    assert csv.stdout.splitlines()[0].startswith("claim_id,published,measure")
    assert len(csv.stdout.splitlines()) == 2
    table = runner.invoke(app, ["claims", "--db", str(ledger_db)])
    assert "at least 120" in table.stdout
    whole = json.loads(runner.invoke(app, ["claims", "--db", str(ledger_db), "--format",
                                           "json", "--limit", "1"]).stdout)
    assert len(whole) == 1


def test_claims_bad_filter_is_one_line(ledger_db):
    result = runner.invoke(app, ["claims", "--db", str(ledger_db), "--since", "yesterday"])
    assert result.exit_code == 1
    assert result.stderr == "error: since must be a date like 2024-11-01, not 'yesterday'\n"


def test_claims_without_a_ledger_is_one_line(tmp_path):
    result = runner.invoke(app, ["claims", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and result.stderr.startswith("error: no ledger at ")


def test_correct_and_reject(ledger_db):
    result = runner.invoke(app, ["correct", "other-1:2", "number=1,200", "qualifier=about",
                                 "--author", "ana", "--reason", "release", "--db",
                                 str(ledger_db)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "other-1:2: corrected by ana\n"
    rejected = runner.invoke(app, ["correct", "other-1:1", "--reject", "--db", str(ledger_db)])
    assert rejected.exit_code == 0 and "rejected" in rejected.stdout
    with Ledger(str(ledger_db)) as ledger:
        assert ledger.claim("other-1:2").claim.number == 1200
        assert ledger.claim("other-1:1").rejected
        assert [(c.field, c.author) for c in ledger.corrections("other-1:2")] == \
            [("number", "ana"), ("qualifier", "ana")]
    estimates = runner.invoke(app, ["estimates", "--db", str(ledger_db), "--format", "csv"])
    assert "about 1,200" in estimates.stdout and "about 300" not in estimates.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["other-1:9", "number=3"], "error: no claim 'other-1:9' in the ledger\n"),
    (["other-1:2", "number"], "error: expected FIELD=VALUE, got 'number'\n"),
    (["other-1:2", "size=3"], "error: unknown field 'size'; fields that can be corrected: "),
    (["other-1:2", "number=lots"], "error: number must be a number, not 'lots'\n"),
    (["other-1:2"], "error: give FIELD=VALUE pairs to correct, or --reject\n"),
])
def test_correct_mistakes_are_one_line(ledger_db, args, message):
    result = runner.invoke(app, ["correct", *args, "--db", str(ledger_db)])
    assert result.exit_code == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1


@pytest.mark.parametrize("command", ["ingest", "claims", "correct"])
def test_help_shows_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.stdout

"""A document whose extraction fails (a bug in a rule) is reported on one line naming the
file; the rest of the batch is extracted and stored, and nothing of the failed one is kept.

The failure is provoked by replacing the claim rules for one text: no real article makes
them fail, and a test must not wait for one that does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimledger.extract.api as api
from claimledger.cli import app
from claimledger.ledger import Ledger

runner = CliRunner()
GOOD = "Ukraine's military said 40 North Korean soldiers were killed near Sudzha."
CURSED = "This article trips the rules: 12 North Korean soldiers were captured."


@pytest.fixture
def failing_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    real = api.claims_of

    def claims_of(doc, doc_id, date, text):  # type: ignore[no-untyped-def]
        if "trips the rules" in text:
            raise RuntimeError("rule bug\nsecond line")
        return real(doc, doc_id, date, text)

    monkeypatch.setattr(api, "claims_of", claims_of)


def _articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-cursed.txt").write_text(CURSED, encoding="utf-8")
    (folder / "c-good.txt").write_text(GOOD.replace("40", "50"), encoding="utf-8")
    return folder


def test_extract_reports_the_failed_file_and_goes_on(tmp_path: Path, failing_rules) -> None:
    folder = _articles(tmp_path / "in")
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {folder / 'b-cursed.txt'}: extraction failed (RuntimeError: rule bug "
        "second line)"
    ]
    assert '"number": 40' in result.stdout and '"number": 50' in result.stdout


def test_ingest_stores_the_rest_and_none_of_the_failed_one(tmp_path: Path,
                                                            failing_rules) -> None:
    folder = _articles(tmp_path / "in")
    db = tmp_path / "ledger.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {folder / 'b-cursed.txt'}: extraction failed (RuntimeError: rule bug "
        "second line)"
    ]
    ledger = Ledger(str(db))
    try:
        assert ledger.count_documents() == 2
        assert sorted(c.claim.number for c in ledger.claims()) == [40, 50]
    finally:
        ledger.close()


def test_a_failed_document_is_stored_once_the_rules_work(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         failing_rules) -> None:
    folder = _articles(tmp_path / "in")
    ledger = Ledger(str(tmp_path / "ledger.db"))
    try:
        first = ledger.ingest([folder])
        assert [f.reason.split(" (")[0] for f in first.failures] == ["extraction failed"]
        monkeypatch.undo()  # the rules are fixed
        second = ledger.ingest([folder])
        assert (second.added, second.unchanged, second.failures) == (1, 2, [])
        assert ledger.count_documents() == 3
    finally:
        ledger.close()

"""Golden files: for each short article of ours in golden/, the claims it must give.

Run with ``--update-golden`` to rewrite the expected files, then review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.extract import extract
from claimledger.records import Document

GOLDEN = Path(__file__).parent / "golden"
TEXTS = sorted(GOLDEN.glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_golden(path: Path, nlp, request):
    document = Document(id=path.stem, text=path.read_text(encoding="utf-8"))
    got = [c.to_dict() for c in extract(document, nlp=nlp)]
    expected_path = path.with_suffix(".claims.json")
    if request.config.getoption("--update-golden"):
        expected_path.write_text(
            json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected

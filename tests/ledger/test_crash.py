"""Kill ``claimledger ingest`` for real, mid-way, then run it again: nothing lost or doubled."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimledger.ledger import Ledger

PLACES = ["the northern bay", "the river port", "the hill town", "the coastal road",
          "the old airfield", "the border crossing", "the rail junction", "the grain depot"]
GROUPS = ["soldiers", "sailors", "militia fighters", "border guards", "police officers"]
SOURCES = ["Harbour officials", "The regional governor", "A field medic",
           "The Kestrel Institute", "Local volunteers", "The defence office"]
SENTENCES = [
    "{source} said {n} {group} were killed near {place} on {day}.",
    "{source} reported that about {n} {group} had been wounded at {place}.",
    "At least {n} {group} were captured near {place}, {source} claimed.",
    "Residents of {place} described long queues for water and bread.",
    "Roads around {place} stayed closed for most of {day}.",
    "{source} believes more than {n} {group} are missing after the fighting at {place}.",
    "Aid lorries reached {place} late on {day} after a delay of several hours.",
    "The weather near {place} turned cold and wet by the evening.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def write_articles(folder: Path, count: int) -> None:
    """Short articles of our own, different enough not to be near-duplicates."""
    rng = random.Random(7)
    folder.mkdir()
    for i in range(count):
        lines = []
        for template in rng.sample(SENTENCES, 5):
            lines.append(template.format(source=rng.choice(SOURCES), n=rng.randint(3, 900),
                                         group=rng.choice(GROUPS), place=rng.choice(PLACES),
                                         day=rng.choice(DAYS)))
        lines.append(f"This is report number {i} from the desk of correspondent {i * 37 % 101}.")
        (folder / f"report-{i:03d}.txt").write_text("\n\n".join(lines), encoding="utf-8")


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def ingest_process(folder: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-c", "from claimledger.cli import main; main()", "ingest",
               str(folder), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def kill_when(process: subprocess.Popen, db: Path, more_than: int, timeout: float = 120) -> int:
    """SIGKILL the process as soon as more than ``more_than`` documents are committed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if stored(db) > more_than:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return stored(db)


def snapshot(db: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(db) as conn:
        docs = conn.execute("SELECT id, version, current, content_hash FROM documents "
                            "ORDER BY id").fetchall()
        found = conn.execute("SELECT claim_id, version, measure, number, evidence, "
                             "evidence_start, claimant, claimant_entity FROM claims "
                             "ORDER BY claim_id, version").fetchall()
    return docs, found


@pytest.mark.slow
def test_killed_ingest_then_rerun_loses_and_doubles_nothing(tmp_path):
    count = 160
    folder = tmp_path / "articles"
    write_articles(folder, count)
    db = tmp_path / "killed.db"

    first = kill_when(ingest_process(folder, db), db, more_than=0)
    assert 0 < first < count, "the first run was not stopped mid-way"
    second = kill_when(ingest_process(folder, db), db, more_than=first)
    assert first <= second < count, "the second run was not stopped mid-way"

    final = ingest_process(folder, db)
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err.decode()
    assert f"{count - second} documents".encode() in out or count - second == 1
    assert f"{second} unchanged".encode() in out

    reference = tmp_path / "reference.db"
    with Ledger(str(reference)) as ledger:
        report = ledger.ingest([folder])
    assert report.added == count

    killed_docs, killed_claims = snapshot(db)
    ref_docs, ref_claims = snapshot(reference)
    assert killed_docs == ref_docs  # every document once, version 1, current
    assert killed_claims == ref_claims  # every claim once, same values and entity ids
    assert len({c[0] for c in killed_claims}) == len(killed_claims)

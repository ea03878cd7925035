"""Ingest throughput against plain extraction on the same articles.

``Ledger.ingest_documents`` (read state, plan, extract, store in batches) against
``Extractor.pipe`` alone, with 1 and 2 processes, each into a fresh SQLite file.
Articles: the bundled sample repeated with small edits (a changed figure and an
edition line, so every text is new; the repeats are near-duplicates and get
linked to their origin), plus ../shared/corpus when it is there.

Run:  .venv/bin/python bench/ingest_speed.py [--articles 300] [--processes 1 2]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


def base_documents() -> tuple[list, list[str]]:
    from claimledger.ingest.readers import ReadFailure, iter_inputs
    from claimledger.sample import sample_articles

    sources = [str(p) for p in sample_articles()]
    if SHARED_CORPUS.is_dir():
        sources.append(str(SHARED_CORPUS))
    docs = [d for d in iter_inputs(sources) if not isinstance(d, ReadFailure)]
    return docs, sources


def edited(docs: list, count: int) -> list:
    """``count`` documents: the base ones in turn, each copy with a small edit of its own."""
    from dataclasses import replace

    out = []
    for i in range(count):
        base = docs[i % len(docs)]
        n = i // len(docs)
        # Bump the first figure so the copy says something slightly different.
        text = re.sub(r"\d+", lambda m, n=n: str(int(m.group()) + n), base.text, count=1)
        text = f"{text}\n\nEdition {n} of this report."
        url = f"{base.url}?edition={n}" if base.url else None
        out.append(replace(base, id=f"{base.id}-e{n}", text=text, url=url))
    return out


def time_extract(docs: list, processes: int) -> tuple[float, int]:
    from claimledger.extract import Extractor

    extractor = Extractor()
    start = time.perf_counter()
    claims = sum(len(found) for _d, found in extractor.pipe(docs, n_process=processes))
    return time.perf_counter() - start, claims


def time_ingest(docs: list, processes: int) -> tuple[float, object]:
    from claimledger.ledger import Ledger

    with tempfile.TemporaryDirectory() as tmp:
        with Ledger(str(Path(tmp) / "bench.db")) as ledger:
            start = time.perf_counter()
            report = ledger.ingest_documents(docs, processes=processes)
            seconds = time.perf_counter() - start
    return seconds, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2, help="Best of N runs each.")
    args = parser.parse_args()

    from claimledger.extract import Extractor
    from claimledger.nlp import get_nlp

    base, sources = base_documents()
    docs = edited(base, args.articles)
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    print(f"articles: {len(docs)} ({len(base)} base texts from {len(sources)} inputs, "
          f"{words:.0f} words each on average); cpus: {os.cpu_count()}")
    get_nlp()
    list(Extractor().pipe(docs[:4]))  # warm up the model, lexicon and registry
    for processes in args.processes:
        extract_s = min(time_extract(docs, processes)[0] for _ in range(args.rounds))
        runs = [time_ingest(docs, processes) for _ in range(args.rounds)]
        ingest_s, report = min(runs, key=lambda run: run[0])
        e_rate, i_rate = len(docs) / extract_s, len(docs) / ingest_s
        print(f"{processes} process(es): extract {e_rate:7.1f} articles/s ({extract_s:.1f} s); "
              f"ingest {i_rate:7.1f} articles/s ({ingest_s:.1f} s); "
              f"ratio ingest/extract {i_rate / e_rate:.2f}")
        print(f"  ingest report: {report.summary()}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

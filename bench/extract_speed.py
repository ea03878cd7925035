"""Extraction throughput against the plain spaCy pipeline it runs on.

Measures articles/s and tokens/s of ``Extractor.pipe`` and of ``nlp.pipe``
over the same spaCy components (the baseline has none of ours), with 1 and 2
processes. Texts: the corpus in ../shared (or --corpus DIR), repeated to
--articles; the bundled sample when ../shared is absent.

Each measurement is repeated (--repeat, default 3) with the baseline and
extraction runs alternating, and the best run of each is kept: on a shared
machine other processes only ever slow a run down, so the fastest run is the
closest to the machine's real speed. The load average before the runs is
printed so a busy machine shows.

Run:  .venv/bin/python bench/extract_speed.py [--articles 200] [--repeat 3] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_texts(corpus: Path | None, articles: int) -> tuple[list[str], str]:
    from claimledger.ingest.readers import ReadFailure, iter_inputs

    candidates = (
        [corpus]
        if corpus
        else [REPO.parent / "shared" / "corpus", REPO / "src/claimledger/data/sample"]
    )
    for folder in candidates:
        if folder is not None and folder.is_dir():
            texts = [d.text for d in iter_inputs([folder]) if not isinstance(d, ReadFailure)]
            if texts:
                repeated = [texts[i % len(texts)] for i in range(articles)]
                return repeated, str(folder)
    sys.exit("no corpus found: pass --corpus DIR")


def timed(fn, texts: list[str]) -> tuple[float, int | None]:
    """Seconds ``fn(texts)`` takes and what it returns (a token count or None)."""
    start = time.perf_counter()
    counted = fn(texts)
    return time.perf_counter() - start, counted


def show(label: str, seconds: float, articles: int, tokens: int) -> float:
    rate = articles / seconds
    print(
        f"{label:<34} {rate:8.1f} articles/s {tokens / seconds:10.0f} tokens/s"
        f"  (best {seconds:.1f} s)"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each measurement; the best is kept"
    )
    args = parser.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    from claimledger.extract import Extractor
    from claimledger.nlp import get_base_nlp, get_nlp
    from claimledger.records import Document

    texts, source = load_texts(args.corpus, args.articles)
    base, full = get_base_nlp(), get_nlp()
    extractor = Extractor(full)
    words = sum(len(t.split()) for t in texts) / len(texts)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"corpus: {source}; {len(texts)} articles, {words:.0f} words each on average; "
        f"cpus: {os.cpu_count()}; load average before: {load:.2f}; best of {args.repeat} runs"
    )
    print(f"spaCy components: {', '.join(base.pipe_names)}")
    # Warm up both pipelines (model caches, our lexicon and registry).
    list(base.pipe(texts[:4]))
    list(extractor.pipe([Document(str(i), t) for i, t in enumerate(texts[:4])]))

    results = {}
    for n_process in (1, 2):

        def baseline(ts: list[str], n: int = n_process) -> int:
            return sum(len(doc) for doc in base.pipe(ts, n_process=n, batch_size=args.batch_size))

        def ours(ts: list[str], n: int = n_process) -> None:
            docs = (Document(str(i), t) for i, t in enumerate(ts))
            for _document, _claims in extractor.pipe(docs, n_process=n, batch_size=args.batch_size):
                pass
            return None

        base_best = ours_best = float("inf")
        tokens = 0
        for _ in range(max(1, args.repeat)):
            seconds, counted = timed(baseline, texts)
            base_best, tokens = min(base_best, seconds), counted or tokens
            seconds, _ = timed(ours, texts)
            ours_best = min(ours_best, seconds)
        b = show(f"nlp.pipe, {n_process} process(es)", base_best, len(texts), tokens)
        o = show(f"claimledger extract, {n_process} process(es)", ours_best, len(texts), tokens)
        print(f"  ratio extract/nlp.pipe: {o / b:.2f}")
        results[n_process] = (b, o)
    print(f"extract with 2 processes: {results[2][1]:.1f} articles/s")


if __name__ == "__main__":
    main()

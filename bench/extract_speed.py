"""Extraction throughput against the plain spaCy pipeline it runs on.

Measures articles/s and tokens/s of ``Extractor.pipe`` and of ``nlp.pipe``
over the same spaCy components (the baseline has none of ours), with 1 and 2
processes. Texts: the corpus in ../shared (or --corpus DIR), repeated to
--articles; the bundled sample when ../shared is absent.

Run:  .venv/bin/python bench/extract_speed.py [--articles 200] [--corpus DIR]
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

    candidates = [corpus] if corpus else [REPO.parent / "shared" / "corpus", REPO / "src/claimledger/data/sample"]
    for folder in candidates:
        if folder is not None and folder.is_dir():
            texts = [d.text for d in iter_inputs([folder]) if not isinstance(d, ReadFailure)]
            if texts:
                repeated = [texts[i % len(texts)] for i in range(articles)]
                return repeated, str(folder)
    sys.exit("no corpus found: pass --corpus DIR")


def run(label: str, fn, texts: list[str], tokens: int | None = None) -> tuple[float, int]:
    """Time ``fn(texts)``; it returns the token count (or None to reuse ``tokens``)."""
    start = time.perf_counter()
    counted = fn(texts)
    seconds = time.perf_counter() - start
    tokens = counted if counted is not None else tokens or 0
    rate = len(texts) / seconds
    print(f"{label:<34} {rate:8.1f} articles/s {tokens / seconds:10.0f} tokens/s  ({seconds:.1f} s)")
    return rate, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    from claimledger.extract import Extractor
    from claimledger.nlp import get_base_nlp, get_nlp
    from claimledger.records import Document

    texts, source = load_texts(args.corpus, args.articles)
    base, full = get_base_nlp(), get_nlp()
    extractor = Extractor(full)
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"corpus: {source}; {len(texts)} articles, {words:.0f} words each on average; cpus: {os.cpu_count()}")
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

        b = run(f"nlp.pipe, {n_process} process(es)", baseline, texts)
        o = run(f"claimledger extract, {n_process} process(es)", ours, texts, tokens=b[1])
        print(f"  ratio extract/nlp.pipe: {o[0] / b[0]:.2f}")
        results[n_process] = (b, o)
    print(f"extract with 2 processes: {results[2][1][0]:.1f} articles/s")


if __name__ == "__main__":
    main()

"""Ledger read latency on a large ledger: claim queries, estimates, checks, stats.

Builds (once, kept in --db) a ledger of --articles synthetic articles of our own
with --claims-per-article hand-made claims each (no extraction: this times the
store and the reconciler, not spaCy), over two years, claimants drawn with a
skew (a few speak often, many rarely), some named only by words so the ledger
gives them ``~`` ids. Then times each read: the first call after a write
("cold", the reconciled cache is rebuilt) and repeated calls ("warm", p50/p95).

Run:  .venv/bin/python bench/ledger_queries.py [--articles 10000] [--db /tmp/bench-ledger.db]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

MEASURES = ("killed", "wounded", "casualties", "captured", "missing", "personnel", "materiel")
SIDES = ("XA", "XB", "XC", "XD", "XE")
ITEMS = (None, None, None, "tanks", "drones", "artillery shells", "missiles", "rocket launchers")
WORDS = ("river bridge harbour convoy ridge village depot station valley road field market "
         "tower school clinic bakery orchard quarry barracks airfield canal ferry mill "
         "northern southern eastern western morning evening heavy light brief long").split()


def synthetic(n_articles: int, per_article: int, seed: int = 11) -> list:
    from claimledger.records import Claim, Document, TextSpan

    rng = random.Random(seed)
    named = [(f"Claimant {i}", f"XA:claimant-{i}") for i in range(60)]
    unnamed = [(f"The {w.title()} {v.title()} Group", None)
               for w in WORDS[:20] for v in WORDS[20:30]]
    voices = named + unnamed
    weights = [1 / (rank + 1) for rank in range(len(voices))]
    start = date(2024, 1, 1)
    # Each claimant's running figure for a thing grows over the two years, as tallies do;
    # now and then one is revised down (which the checks should flag).
    bases: dict[tuple, int] = {}
    pairs = []
    for a in range(n_articles):
        doc_id = f"bench-{a:05d}"
        day = rng.randrange(730)
        published = (start + timedelta(days=day)).isoformat()
        sentences, claims = [], []
        for k in range(per_article):
            who, entity = rng.choices(voices, weights)[0]
            measure, side, item = rng.choice(MEASURES), rng.choice(SIDES), rng.choice(ITEMS)
            base = bases.setdefault((who, measure, side, item), rng.randint(5, 400))
            number = base * (10 + day) // 10
            if rng.random() < 0.02:
                number = number * 2 // 3
            filler = " ".join(rng.choices(WORDS, k=8))
            evidence = f"{number} {item or 'people'} {measure}"
            sentence = f"{who} said {evidence} near the {filler} in report {a}-{k}."
            offset = sum(len(s) + 1 for s in sentences)
            sentences.append(sentence)
            ev_start = offset + sentence.index(evidence)
            claims.append(Claim(
                doc=doc_id, claim_id=f"{doc_id}:{k + 1}", kind="quantity", measure=measure,
                evidence=TextSpan(evidence, ev_start, ev_start + len(evidence)),
                subject=side, item=item, number=number, qualifier="exact", low=number,
                high=number, hedge=rng.choice(("reported", "claimed", "asserted")),
                claimant=TextSpan(who, offset, offset + len(who), entity),
                number_span=TextSpan(str(number), ev_start, ev_start + len(str(number)))))
        text = " ".join(sentences)
        pairs.append((Document(doc_id, text, url=f"https://bench.example.org/{doc_id}",
                               date=published, outlet=f"Outlet {a % 40}",
                               title=f"Report {a}"), claims))
    return pairs


def timed(fn, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench-ledger.db"))
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from claimledger.ledger import Ledger

    ledger = Ledger(str(args.db))
    if ledger.count_documents() < args.articles:
        pairs = synthetic(args.articles, args.claims_per_article)
        start = time.perf_counter()
        report = ledger.ingest_extracted(pairs)
        seconds = time.perf_counter() - start
        print(f"built {args.db}: {report.summary()} in {seconds:.1f} s "
              f"({args.articles / seconds:.0f} articles/s stored, no extraction)")
    print(f"ledger: {ledger.count_documents()} documents, {ledger.count_claims()} claims, "
          f"{len(ledger.claimants())} claimants")

    # Cold: a write (a correction) makes every cached result stale.
    some = ledger.claims(limit=1)[0].claim.claim_id
    ledger.correct(some, {"hedge": "claimed"})
    ledger.correct(some, {"hedge": "reported"})
    cold = {
        "estimates() cold": timed(ledger.estimates)[0],
        "checks() cold (claims cached)": timed(ledger.checks)[0],
    }
    ledger.correct(some, {"hedge": "claimed"})
    cold["checks() cold"] = timed(ledger.checks)[0]
    cold["stats() cold (checks cached)"] = timed(ledger.stats)[0]
    for name, ms in cold.items():
        print(f"{name:<44} {ms:9.1f} ms")

    warm = {
        "claims(limit=50)": lambda: ledger.claims(limit=50),
        "claims(limit=50, offset=50000)": lambda: ledger.claims(limit=50, offset=50_000),
        "claims(measure, subject, limit=50)": lambda: ledger.claims(
            measure="killed", subject="XB", limit=50),
        "claims(claimant='XA:claimant-3', limit=50)": lambda: ledger.claims(
            claimant="XA:claimant-3", limit=50),
        "claims(claimant='harbour', limit=50)": lambda: ledger.claims(
            claimant="harbour", limit=50),
        "claims(since, until, limit=50)": lambda: ledger.claims(
            since="2025-03-01", until="2025-03-31", limit=50),
        "claims(q='tanks ridge', limit=50)": lambda: ledger.claims(q="tanks ridge", limit=50),
        "count_claims(measure='killed')": lambda: ledger.count_claims(measure="killed"),
        "count_claims(q='drones')": lambda: ledger.count_claims(q="drones"),
        "claim(id)": lambda: ledger.claim("bench-04242:3"),
        "documents(limit=50)": lambda: ledger.documents(limit=50),
        "document(id)": lambda: ledger.document("bench-04242"),
        "estimates()": ledger.estimates,
        "estimates(measure, subject)": lambda: ledger.estimates(measure="killed", subject="XB"),
        "estimates(claimant='XA:claimant-3')": lambda: ledger.estimates(
            claimant="XA:claimant-3"),
        "checks()": ledger.checks,
        "claimants()": ledger.claimants,
        "stats()": ledger.stats,
    }
    print(f"{'warm call':<44} {'p50 ms':>9} {'p95 ms':>9}  (x{args.repeat})")
    for name, fn in warm.items():
        fn()  # first call may fill a cache
        values = timed(fn, args.repeat)
        print(f"{name:<44} {statistics.median(values):9.1f} {p95(values):9.1f}")
    ledger.close()


if __name__ == "__main__":
    main()

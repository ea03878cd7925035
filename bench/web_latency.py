"""Page and API latency of ``claimledger serve`` on a ledger of 10,000 generated articles.

1. Builds the ledger once and keeps it in ``bench/.cache/`` (git ignores ``*.db``):
   articles generated here from sentence templates (our own words; random claimants,
   figures, qualifiers, hedges, relays, places and dates; a few syndicated copies),
   ingested through the real ``Ledger.ingest_documents`` so extraction runs.
2. Starts the real command, ``claimledger serve``, in its own process on a loopback port.
3. Sends a fixed number of requests to every page and API endpoint from one client
   (``--concurrency`` requests in flight at most, default 1), each endpoint's requests
   spread over several parameter values (different articles, filters, pages), after one
   warm-up request each, and prints the median and 95th percentile per endpoint. The
   first request of each (right after start, caches empty) is reported as "cold".

Run:  .venv/bin/python bench/web_latency.py [--articles 10000] [--requests 50]
      [--concurrency 1] [--processes 2] [--rebuild] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "bench" / ".cache"
#: Bump when the generator changes, so a cached ledger of old articles is not reused.
GENERATOR_VERSION = 1

CLAIMANTS = (
    "South Korea's National Intelligence Service", "the NIS", "Seoul's spy agency",
    "Ukraine's military intelligence agency", "Ukraine's defence ministry",
    "the Pentagon", "US officials", "Russia's defence ministry", "a Ukrainian commander",
    "President Volodymyr Zelensky", "British defence intelligence", "analysts in Seoul",
    "the General Staff of Ukraine's armed forces", "a senior US official",
    "lawmaker Lee Seong-kweun", "a Russian military blogger",
)
RELAYS = ("Yonhap", "Reuters", "the AP", "AFP", "lawmakers", "reporters")
SIDES = (("North Korean", "soldiers"), ("North Korean", "troops"), ("Russian", "soldiers"),
         ("Ukrainian", "soldiers"))
PLACES = ("in the Kursk region", "near Sudzha", "in Kursk", "near Pokrovsk",
          "along the border", "in the Donetsk region", "near Kupiansk")
PERIODS = ("in the past week", "since October", "in two days", "in the past month",
           "since the start of the year", "")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OUTLETS = (("Harbour Times", "harbour.example.org"), ("Ridge Courier", "ridge.example.net"),
           ("Valley Post", "valley.example.com"), ("Northgate Herald", "northgate.example.org"),
           ("Eastline Radio", "eastline.example.net"), ("Plains Daily", "plains.example.com"),
           ("Coastal Wire", "coastal.example.org"), ("Summit Review", "summit.example.net"))
FILLER = (
    "Fighting continued {place} on {day}.",
    "The claim could not be independently verified.",
    "Officials gave no further details.",
    "Satellite images showed new trenches {place}.",
    "The briefing was held behind closed doors.",
    "Neither side commented on the report on {day}.",
)


def _figure(rng: random.Random, scale: int) -> str:
    n = max(2, int(rng.lognormvariate(0, 1) * scale))
    n = round(n, -1) if n > 100 else n
    shape = rng.random()
    if shape < 0.12:
        return f"between {n:,} and {int(n * rng.uniform(1.2, 2)):,}"
    if shape < 0.18:
        return rng.choice(("dozens of", "hundreds of", "several hundred"))
    qualifier = rng.choice(("", "", "about ", "more than ", "at least ", "up to ", "nearly ",
                            "some ", "roughly "))
    return f"{qualifier}{n:,}"


def _claim_sentence(rng: random.Random) -> tuple[str, str]:
    who = rng.choice(CLAIMANTS)
    adj, people = rng.choice(SIDES)
    place, period, day = rng.choice(PLACES), rng.choice(PERIODS), rng.choice(WEEKDAYS)
    relay = rng.choice(RELAYS)
    kind = rng.randrange(7)
    if kind == 0:
        fig = _figure(rng, 150)
        text = f"{who} said on {day} that {fig} {adj} {people} had been killed {place}."
        return text[0].upper() + text[1:], f"{fig} {adj} killed"
    if kind == 1:
        fig = _figure(rng, 300)
        text = f"{who} claimed that {fig} {adj} {people} were wounded {period}".strip() + "."
        return text[0].upper() + text[1:], f"{fig} {adj} wounded"
    if kind == 2:
        fig = _figure(rng, 40)
        return (f"According to {who}, {fig} {adj} {people} have been captured {place}.",
                f"{fig} {adj} captured")
    if kind == 3:
        fig = _figure(rng, 4000)
        text = f"{who} believes that {fig} {adj} {people} are deployed {place}."
        return text[0].upper() + text[1:], f"{fig} {adj} deployed"
    if kind == 4:
        fig = _figure(rng, 800)
        return (f"{fig[0].upper() + fig[1:]} {adj} {people} were killed or wounded {period}, "
                f"{who} told {relay}.".replace(" ,", ","), f"{fig} {adj} casualties")
    if kind == 5:
        fig = _figure(rng, 600)
        return (f"{adj} losses may have reached {fig} {place}, {who} said, {relay} reported.",
                f"{fig} {adj} losses")
    fig = _figure(rng, 20)
    text = f"{who} said {fig} {adj} tanks had been destroyed {place}."
    return text[0].upper() + text[1:], f"{fig} {adj} tanks"


def generate(count: int, seed: int = 4) -> list:
    """``count`` short articles of our own; about 3% are syndicated copies of another."""
    from claimledger.records import Document

    rng = random.Random(seed)
    start = date(2024, 10, 1)
    docs: list[Document] = []
    for i in range(count):
        outlet, domain = rng.choice(OUTLETS)
        published = (start + timedelta(days=rng.randrange(450))).isoformat()
        if docs and rng.random() < 0.03:  # a syndicated copy: same story, another outlet
            origin = rng.choice(docs)
            text = origin.text.replace(" on ", " on ", 1) + "\n\n(Distributed by the wire.)"
            docs.append(Document(id=f"web-bench-{i:05d}", text=text, title=origin.title,
                                 url=f"https://{domain}/{origin.date}/web-bench-{i:05d}",
                                 date=origin.date, outlet=outlet))
            continue
        sentences, headline = [], ""
        for _ in range(rng.randint(2, 4)):
            sentence, summary = _claim_sentence(rng)
            sentences.append(sentence)
            headline = headline or summary
            if rng.random() < 0.5:
                sentences.append(rng.choice(FILLER).format(place=rng.choice(PLACES),
                                                           day=rng.choice(WEEKDAYS)))
        title = f"Report {i}: {headline}"
        paragraphs = [" ".join(sentences[j:j + 2]) for j in range(0, len(sentences), 2)]
        docs.append(Document(id=f"web-bench-{i:05d}", text=title + "\n\n" + "\n\n".join(paragraphs),
                             title=title, url=f"https://{domain}/{published}/web-bench-{i:05d}",
                             date=published, outlet=outlet))
    return docs


def build(path: Path, count: int, processes: int) -> dict:
    """The cached ledger at ``path`` (built if missing); returns how it was built."""
    info_path = path.with_suffix(".json")
    if path.exists() and info_path.exists():
        return json.loads(info_path.read_text())
    from claimledger.ledger import Ledger

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    docs = generate(count)
    print(f"generated {len(docs):,} articles in {time.perf_counter() - started:.1f} s; "
          f"ingesting with {processes} process(es)...", file=sys.stderr)
    started = time.perf_counter()
    with Ledger(str(partial)) as ledger:
        report = ledger.ingest_documents(docs, progress=True, processes=processes)
        stats = ledger.stats()
    seconds = time.perf_counter() - started
    partial.rename(path)  # only a finished build is ever reused
    info = {"articles": count, "ingest_seconds": round(seconds, 1), "processes": processes,
            "report": report.summary(), "documents": stats.documents, "claims": stats.claims,
            "claimants": stats.claimants, "contradictions": stats.contradictions,
            "generator": GENERATOR_VERSION}
    info_path.write_text(json.dumps(info, indent=2))
    return info


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    import httpx

    command = [str(Path(sys.executable).with_name("claimledger")), "serve", "--db", str(db),
               "--port", str(port)]
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLEDGER_TOKEN"}
    proc = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.terminate()
    sys.exit("the server did not start")


def endpoints(client, rng: random.Random) -> dict[str, list[str]]:
    """Each endpoint with the parameter values its requests cycle through."""
    total_docs = client.get("/api/v1/documents?per_page=1").json()["total"]
    pages = max(1, total_docs // 50)
    doc_ids = []
    for page in rng.sample(range(1, pages + 1), min(10, pages)):
        items = client.get(f"/api/v1/documents?page={page}").json()["items"]
        doc_ids += [d["id"] for d in rng.sample(items, min(2, len(items)))]
    claims = (client.get("/api/v1/claims?per_page=200&page=3").json()["items"]
              or client.get("/api/v1/claims?per_page=200").json()["items"])
    claim_ids = [c["claim_id"] for c in rng.sample(claims, min(20, len(claims)))]
    combos = client.get("/api/v1/estimates/series").json()["items"][:10]
    series = [f"measure={c['measure']}&subject={c['subject'] or ''}" for c in combos]
    claimants = [c["entity"] for c in client.get("/api/v1/claimants").json()["items"][:10]]
    claim_pages = [f"page={p}" for p in (1, 2, 10, 50, 200)]
    filters = ["measure=killed&subject=KP", "hedge=claimed", "claimant=NIS",
               "since=2025-01-01&until=2025-03-31", "q=Yonhap", "q=Kursk&measure=wounded",
               "kind=quantity&page=20", "subject=RU&measure=captured"]
    plan = {
        "page /": ["/"],
        "page /estimates (default)": ["/estimates"],
        "page /estimates?measure&subject": [f"/estimates?{s}" for s in series],
        "page /estimates?claimant": [f"/estimates?claimant={c}" for c in claimants],
        "page /estimates?claim (from an article)": [f"/estimates?{s}&claim={c}"
                                                    for s in series[:1] for c in claim_ids],
        "page /claims?page": [f"/claims?{p}" for p in claim_pages],
        "page /claims?filters": [f"/claims?{f}" for f in filters],
        "page /articles?page": [f"/articles?page={p}" for p in (1, 5, 50, pages)],
        "page /articles/{id}": [f"/articles/{d}" for d in doc_ids],
        "page /checks": ["/checks", "/checks?verdict=contradiction", "/checks?page=3",
                         "/checks?verdict=agreement"],
        "page /docs": ["/docs"],
        "api /stats": ["/api/v1/stats"],
        "api /claims?page": [f"/api/v1/claims?{p}" for p in claim_pages],
        "api /claims?filters": [f"/api/v1/claims?{f}" for f in filters],
        "api /claims/{id}": [f"/api/v1/claims/{c}" for c in claim_ids],
        "api /claims/{id}/corrections": [f"/api/v1/claims/{c}/corrections"
                                         for c in claim_ids[:5]],
        "api /documents?page": [f"/api/v1/documents?page={p}" for p in (1, 5, 50, pages)],
        "api /documents/{id}": [f"/api/v1/documents/{d}" for d in doc_ids],
        "api /estimates?measure&subject": [f"/api/v1/estimates?{s}" for s in series],
        "api /estimates (all, paged)": ["/api/v1/estimates", "/api/v1/estimates?page=20",
                                        "/api/v1/estimates?per_page=200&page=3"],
        "api /estimates?format=csv (one series)": [f"/api/v1/estimates?{s}&format=csv"
                                                   for s in series],
        "download: every estimate, CSV": ["/api/v1/estimates?format=csv"],
        "download: every check, CSV": ["/api/v1/checks?format=csv"],
        "api /estimates/series": ["/api/v1/estimates/series"],
        "api /checks": ["/api/v1/checks", "/api/v1/checks?verdict=contradiction&page=2"],
        "api /claimants": ["/api/v1/claimants"],
        "api /corrections": ["/api/v1/corrections"],
        "api /openapi.json": ["/api/v1/openapi.json"],
    }
    return {name: urls for name, urls in plan.items() if urls}  # a tiny ledger lacks some


def timed_get(client, url: str) -> tuple[float, int, int]:
    started = time.perf_counter()
    response = client.get(url)
    return (time.perf_counter() - started) * 1000, response.status_code, len(response.content)


def first_byte(client, url: str) -> float:
    """Milliseconds until the first bytes of the body arrive (then reads the rest)."""
    started = time.perf_counter()
    with client.stream("GET", url) as response:
        chunks = response.iter_raw()
        next(chunks, b"")
        elapsed = (time.perf_counter() - started) * 1000
        for _ in chunks:
            pass
    return elapsed


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(base: str, requests: int, concurrency: int, seed: int = 9) -> list[dict]:
    import httpx

    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(base_url=base, timeout=60, limits=limits) as client:
        # Right after start: the first request of each endpoint meets empty caches.
        cold = {}
        plan = endpoints(client, rng)
        for name, urls in plan.items():
            cold[name] = timed_get(client, urls[0])[0]
            for url in urls[1:]:
                timed_get(client, url)  # warm each variant once
        results = []
        for name, urls in plan.items():
            batch = [urls[i % len(urls)] for i in range(requests)]
            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                outcomes = list(pool.map(lambda u: timed_get(client, u), batch))
            times = [t for t, _, _ in outcomes]
            bad = sorted({s for _, s, _ in outcomes if s != 200})
            ttfb = ([first_byte(client, urls[i % len(urls)]) for i in range(10)]
                    if name.startswith("download") else None)
            results.append({
                "endpoint": name, "requests": len(times), "variants": len(urls),
                "median_ms": round(statistics.median(times), 1), "p95_ms": round(p95(times), 1),
                "max_ms": round(max(times), 1), "cold_ms": round(cold[name], 1),
                "kb": round(statistics.median(n for _, _, n in outcomes) / 1024, 1),
                "errors": bad,
                "first_byte_p95_ms": round(p95(ttfb), 1) if ttfb else None,
            })
    return results


def ledger_calls(db: Path) -> list[tuple[str, float]]:
    """The Ledger's own time for its heavy calls, in this process (first call, then warm)."""
    from claimledger.ledger import Ledger

    out = []
    with Ledger(str(db)) as ledger:
        for label, call in (
            ("estimates() first call", ledger.estimates),
            ("checks() first call (claims loaded)", ledger.checks),
            ("estimates() again", ledger.estimates),
            ("stats()", ledger.stats),
            ("count_claims()", ledger.count_claims),
            ("claims(limit=50, offset=10000)", lambda: ledger.claims(limit=50, offset=10000)),
            ("claims(q='Yonhap', limit=50)", lambda: ledger.claims(q="Yonhap", limit=50)),
            ("count_claims(q='Yonhap')", lambda: ledger.count_claims(q="Yonhap")),
            ("claimants()", ledger.claimants),
        ):
            started = time.perf_counter()
            call()
            out.append((label, (time.perf_counter() - started) * 1000))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=50, help="Requests per endpoint.")
    parser.add_argument("--concurrency", type=int, default=1, help="Requests in flight at most.")
    parser.add_argument("--processes", type=int, default=2, help="Ingest processes.")
    parser.add_argument("--db", type=Path, default=None, help="Ledger file (default: cached).")
    parser.add_argument("--rebuild", action="store_true", help="Build the ledger afresh.")
    parser.add_argument("--json", type=Path, default=None, help="Also write results here.")
    args = parser.parse_args()

    db = args.db or CACHE / f"web-{args.articles}-v{GENERATOR_VERSION}.db"
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        db.with_suffix(".json").unlink(missing_ok=True)
    info = build(db, args.articles, args.processes)
    print(f"ledger {db}: {info['documents']:,} documents, {info['claims']:,} claims, "
          f"{info['claimants']:,} claimants, {info['contradictions']:,} contradictions; "
          f"built in {info['ingest_seconds']:,} s with {info['processes']} process(es) "
          f"({info['report']})")

    port = free_port()
    server = start_server(db, port)
    try:
        results = measure(f"http://127.0.0.1:{port}", args.requests, args.concurrency)
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(f"\n{args.requests} requests per endpoint, {args.concurrency} in flight at most "
          f"(loopback, httpx); times in ms\n")
    print("| endpoint | variants | median | p95 | max | cold (1st) | size KB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        flag = " ⚠" if r["p95_ms"] >= 200 else ""
        errors = f" (status {r['errors']})" if r["errors"] else ""
        print(f"| {r['endpoint']}{errors} | {r['variants']} | {r['median_ms']} | "
              f"{r['p95_ms']}{flag} | {r['max_ms']} | {r['cold_ms']} | {r['kb']} |")
    for r in results:
        if r["first_byte_p95_ms"] is not None:
            print(f"{r['endpoint']}: first byte p95 {r['first_byte_p95_ms']} ms (10 requests)")
    interactive = [r for r in results if not r["endpoint"].startswith("download")]
    worst = max(interactive, key=lambda r: r["p95_ms"])
    print(f"\nworst p95 of pages and API calls (downloads aside): {worst['endpoint']} "
          f"{worst['p95_ms']} ms ({'under' if worst['p95_ms'] < 200 else 'OVER'} the 200 ms "
          "target)")

    calls = ledger_calls(db)
    print("\nLedger calls in-process (ms):")
    for label, ms in calls:
        print(f"  {label:<40} {ms:9.1f}")
    if args.json:
        args.json.write_text(json.dumps({"ledger": info, "results": results,
                                         "ledger_calls": calls}, indent=2))


if __name__ == "__main__":
    main()

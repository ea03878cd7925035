"""Build ``LedgerClaim`` records by hand, and from the seed gold file, without a database."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.reconcile.intervals import schema_interval
from claimledger.records import Claim, LedgerClaim, TextSpan

_counter = iter(range(1, 1_000_000))


def lc(
    measure: str,
    number: int | None = None,
    qualifier: str = "exact",
    *,
    doc: str = "d1",
    claimant: str | None = None,
    entity: str | None = None,
    subject: str | None = "KP",
    item: str | None = None,
    number_high: int | None = None,
    vague: str | None = None,
    date: str | None = "2024-12-24",
    url: str | None = None,
    origin: str | None = None,
    period: str | None = None,
    location: str | None = None,
    via: tuple[str, ...] = (),
    claim_id: str | None = None,
    hedge: str = "asserted",
    kind: str = "quantity",
) -> LedgerClaim:
    """One claim in one document; the evidence is a made-up phrase of our own."""
    if vague:
        qualifier = "vague"
    low, high = schema_interval(qualifier, number, number_high, vague) if kind == "quantity" \
        else (None, None)
    words = f"{vague or number} {item or measure}"
    claim = Claim(
        doc=doc,
        claim_id=claim_id or f"{doc}:{next(_counter)}",
        kind=kind,
        measure=measure,
        evidence=TextSpan(words, 10, 10 + len(words)),
        subject=subject,
        item=item,
        number=number,
        number_high=number_high,
        qualifier=qualifier if kind == "quantity" else None,
        vague=vague,
        low=low,
        high=high,
        hedge=hedge,
        claimant=TextSpan(claimant, 0, len(claimant), entity) if claimant else None,
        via=tuple(TextSpan(v, 0, len(v)) for v in via),
        period=TextSpan(period, 0, len(period)) if period else None,
        location=TextSpan(location, 0, len(location)) if location else None,
    )
    return LedgerClaim(claim, doc_url=url or f"https://example.org/{doc}", published=date,
                       origin_doc=origin)


def _locate(text: str, words: str, near: int = 0) -> TextSpan:
    """The occurrence of ``words`` nearest before ``near`` (else the first after it)."""
    before = text.rfind(words, 0, near + len(words))
    start = before if before >= 0 else text.find(words)
    assert start >= 0, words
    return TextSpan(words, start, start + len(words))


def seed_claims(shared: Path) -> list[LedgerClaim]:
    """The seed gold claims as ledger claims, spans located in the seed article."""
    doc = "seed-nk-troops"
    text = (shared / "corpus" / f"{doc}.txt").read_text(encoding="utf-8")
    out = []
    for line in (shared / "gold" / f"{doc}.claims.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        evidence = _locate(text, g["evidence"])
        low, high = schema_interval(g.get("qualifier"), g.get("number"), g.get("number_high"),
                                    g.get("vague"))
        claimant = _locate(text, g["claimant"], evidence.start) if g.get("claimant") else None
        claim = Claim(
            doc=doc, claim_id=f"{doc}:{g['id']}", kind=g["kind"], measure=g["measure"],
            evidence=evidence, subject=g.get("subject"), recipient=g.get("recipient"),
            item=g.get("item"), number=g.get("number"), number_high=g.get("number_high"),
            qualifier=g.get("qualifier"), vague=g.get("vague"),
            low=low if g["kind"] == "quantity" else None,
            high=high if g["kind"] == "quantity" else None,
            hedge=g.get("hedge") or "asserted", claimant=claimant,
            via=tuple(_locate(text, v, evidence.start) for v in g.get("via") or ()),
            location=_locate(text, g["location"], evidence.end) if g.get("location") else None,
            period=_locate(text, g["period"], evidence.end) if g.get("period") else None,
        )
        out.append(LedgerClaim(claim, doc_url="https://example.org/seed", published="2024-12-24"))
    return out


def extra(shared: Path) -> dict:
    return json.loads((shared / "gold" / "seed-nk-troops.extra.json").read_text(encoding="utf-8"))

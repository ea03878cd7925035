"""Score the ledger's estimate rows against the rows the gold claims give.

The estimate table is what users read: one row per distinct figure a claimant gave
for a measure, side and item, across every article. A careful reader's rows are
the ones the gold claims make; the ledger's are the ones the extracted claims make.
Both go through the same claimant resolution (the registry, "the agency" linked
back, unknown proper names clustered over the whole corpus), so two wordings of one
body are one claimant on both sides, and a row matches when claimant, measure, side,
item and figure (qualifier by class) agree. Items are compared by their words as the
claim scorer compares them; a row whose item says less than the other's still matches it
("interceptors" for "air-defence interceptors", "containers" for "shipping containers"),
but not one that says something else ("122mm shells" for "152mm shells").

Example:
    >>> from claimledger.evaluate import GoldDoc
    >>> from claimledger.records import Document
    >>> text = "Seoul's spy agency said 300 North Korean soldiers were killed."
    >>> gold = {"d": GoldDoc("d", [{"kind": "quantity", "measure": "killed", "subject": "KP",
    ...     "number": 300, "qualifier": "exact", "claimant": "Seoul's spy agency",
    ...     "via": [], "hedge": "reported", "evidence": "300 North Korean soldiers were killed"}])}
    >>> predicted = {"d": [dict(gold["d"].claims[0], claimant="the NIS")]}
    >>> score_rows(predicted, gold, {"d": Document("d", text)}).f1
    1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from claimledger.evaluate import Rates, item_words
from claimledger.reconcile.estimates import EstimateRow, build_estimates
from claimledger.reconcile.intervals import schema_interval
from claimledger.records import QUALIFIER_CLASS, Claim, Document, LedgerClaim, TextSpan
from claimledger.resolve import UnknownNames, get_registry
from claimledger.resolve.coref import link_claimants

RowKey = tuple[Any, ...]


@dataclass
class RowScore(Rates):
    """Matched, extra and missed estimate rows over a corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                                "precision": self.precision, "recall": self.recall,
                                "f1": self.f1}
        if errors:
            data.update(extra=self.extra, missed=self.missed)
        return data


def _locate(text: str, words: str | None, near: int = 0) -> TextSpan | None:
    """``words`` in ``text``: the occurrence nearest before ``near``, else the first."""
    if not words:
        return None
    start = text.rfind(words, 0, near + len(words))
    if start < 0:
        start = text.find(words)
    return TextSpan(words, start, start + len(words)) if start >= 0 else None


def _record(record: Mapping[str, Any], doc: str, n: int, text: str) -> Claim | None:
    """A gold or extracted record as a ``Claim`` with spans found in ``text``."""
    if record.get("kind") != "quantity":
        return None
    evidence_words = record["evidence"]["text"] if isinstance(record.get("evidence"), dict) \
        else record.get("evidence") or ""
    evidence = _locate(text, evidence_words) or TextSpan(evidence_words, -1, -1)
    claimant = record.get("claimant")
    if isinstance(claimant, dict):
        claimant_span: TextSpan | None = TextSpan.from_dict(claimant)
    else:
        claimant_span = _locate(text, claimant, evidence.end) or (
            TextSpan(claimant, -1, -1) if claimant else None)
        if claimant_span is not None:
            entity = get_registry().resolve(claimant_span.text, kind="claimant")
            claimant_span = claimant_span.with_entity(entity.id if entity else None)
    qualifier = record.get("qualifier")
    low, high = schema_interval(qualifier, record.get("number"), record.get("number_high"),
                                record.get("vague"))
    return Claim(doc=doc, claim_id=f"{doc}:{n}", kind="quantity", measure=record["measure"],
                 evidence=evidence, subject=record.get("subject"), item=record.get("item"),
                 number=record.get("number"), number_high=record.get("number_high"),
                 qualifier=qualifier, vague=record.get("vague"), low=low, high=high,
                 hedge=record.get("hedge") or "asserted", claimant=claimant_span)


def _ledger_claims(records: Mapping[str, list[Mapping[str, Any]]],
                   documents: Mapping[str, Document], names: UnknownNames) -> list[LedgerClaim]:
    out = []
    for doc, found in records.items():
        document = documents[doc]
        claims = [c for n, r in enumerate(found, 1)
                  if (c := _record(r, doc, n, document.text)) is not None]
        for claim in link_claimants(claims, document.text):
            span = claim.claimant
            if span is not None and span.entity is None:
                claim = claim.replace(claimant=span.with_entity(names.assign(span.text)))
            out.append(LedgerClaim(claim, published=document.date))
    return out


def row_key(row: EstimateRow) -> RowKey:
    """What makes two estimate rows the same estimate, but for the item."""
    return (row.claimant_key, row.measure, row.subject,
            QUALIFIER_CLASS.get(row.qualifier or "exact"), row.number, row.number_high,
            " ".join((row.vague or "").lower().split()))


def same_item(a: str | None, b: str | None) -> bool:
    """Rows name one item when the words of one contain the other's (or neither has one).

    Example:
        >>> same_item("interceptors", "air-defence interceptors")
        True
        >>> same_item("122mm artillery shells", "152mm artillery shells")
        False
    """
    if not a and not b:
        return True
    if not a or not b:
        return False
    words_a, words_b = item_words(a), item_words(b)
    return words_a <= words_b or words_b <= words_a


def pair_rows(gold_rows: list[EstimateRow],
              found_rows: list[EstimateRow]) -> list[tuple[EstimateRow, EstimateRow]]:
    """Each gold row with at most one found row of the same estimate, the same item
    words first, then an item that says less or more."""
    pairs: list[tuple[EstimateRow, EstimateRow]] = []
    unpaired = list(gold_rows)
    free = list(found_rows)
    for exact in (True, False):
        for gold in list(unpaired):
            found = next(
                (f for f in free if row_key(f) == row_key(gold) and (
                    item_words(f.item) == item_words(gold.item) if exact
                    else same_item(f.item, gold.item))),
                None,
            )
            if found is not None:
                pairs.append((gold, found))
                unpaired.remove(gold)
                free.remove(found)
    return pairs


def _label(row: EstimateRow) -> str:
    what = " ".join(x for x in (row.measure, row.subject or "", row.item or "") if x)
    return f"{row.claimant or 'unattributed'}: {row.figure} {what} ({row.first_doc})"


def score_rows(predicted: Mapping[str, list[Mapping[str, Any]]],
               gold: Mapping[str, Any], documents: Mapping[str, Document]) -> RowScore:
    """Estimate rows from ``predicted`` claims against those from the ``gold`` claims
    (``GoldDoc`` per document), over the documents in ``documents``."""
    docs = [d for d in documents if d in gold]
    names = UnknownNames()
    gold_rows = build_estimates(_ledger_claims({d: gold[d].claims for d in docs}, documents,
                                               names))
    found_rows = build_estimates(_ledger_claims({d: list(predicted.get(d, [])) for d in docs},
                                                documents, names))
    pairs = pair_rows(gold_rows, found_rows)
    matched_gold = {id(g) for g, _ in pairs}
    matched_found = {id(f) for _, f in pairs}
    score = RowScore()
    score.tp = len(pairs)
    score.fp = len(found_rows) - len(pairs)
    score.fn = len(gold_rows) - len(pairs)
    score.extra = [_label(r) for r in found_rows if id(r) not in matched_found]
    score.missed = [_label(r) for r in gold_rows if id(r) not in matched_gold]
    return score


def rows_line(score: RowScore, *, errors: bool = False) -> str:
    """The rows' score as one line (and the rows that differ, with ``errors``)."""
    line = (f"estimate rows: P {score.precision:.1%} R {score.recall:.1%} F1 {score.f1:.1%} "
            f"(tp {score.tp}, fp {score.fp}, fn {score.fn})")
    if not errors:
        return line
    parts = [line, "", f"Extra rows ({len(score.extra)})", *(f"  {r}" for r in score.extra),
             "", f"Missed rows ({len(score.missed)})", *(f"  {r}" for r in score.missed)]
    return "\n".join(parts)

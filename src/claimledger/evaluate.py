"""Score extracted claims against hand-made gold files (the rules of ``gold/README.md``).

A predicted claim (``Claim.to_dict()``) matches a gold claim when both are in
the same document, have the same kind and measure, the same number (a
quantity; the same vague word when the number is null) or the same item (an
event), and their evidence spans overlap. Each gold and each predicted claim
is used at most once; among candidate pairs the largest overlap wins.

Example:
    >>> text = "Ten soldiers were killed, officials said."
    >>> gold = {"a": GoldDoc("a", [{"kind": "quantity", "id": "q1", "measure": "killed",
    ...     "number": 10, "qualifier": "exact", "evidence": "Ten soldiers were killed"}])}
    >>> pred = {"a": [{"kind": "quantity", "measure": "killed", "number": 10,
    ...     "qualifier": "exact", "evidence": {"text": "Ten soldiers", "start": 0, "end": 12}}]}
    >>> score(pred, gold, {"a": text}).kinds["quantity"].f1
    1.0
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from claimledger.reconcile.items import singular
from claimledger.records import KINDS, QUALIFIER_CLASS

__all__ = [
    "Accuracy",
    "ErrorRow",
    "EvalReport",
    "GoldDoc",
    "GoldError",
    "KindScore",
    "items_match",
    "load_gold",
    "report_table",
    "score",
]

CLAIMS_SUFFIX = ".claims.jsonl"
EXTRA_SUFFIX = ".extra.json"
#: Attributes checked on matched claims, per kind (events carry no qualifier).
ATTRIBUTES = {"quantity": ("claimant", "hedge", "subject", "qualifier"),
              "event": ("claimant", "hedge", "subject")}


class GoldError(ValueError):
    """A gold folder or file that cannot be read; the message is one line."""


@dataclass(frozen=True)
class GoldDoc:
    """One document's answer key: its claims and what ``<doc>.extra.json`` holds."""

    doc: str
    claims: list[dict[str, Any]]
    not_quantities: list[str] = field(default_factory=list)
    aliases: list[list[str]] = field(default_factory=list)
    consistency: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Accuracy:
    """How often an attribute of matched claims agrees with the gold."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


class Rates:
    """Precision, recall and F1 from ``tp``, ``fp`` and ``fn`` counts."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class KindScore(Rates):
    """Counts and rates for one kind of claim (``quantity`` or ``event``)."""

    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, Accuracy] = field(default_factory=dict)


@dataclass(frozen=True)
class ErrorRow:
    """A false positive or false negative, for reading what went wrong."""

    doc: str
    kind: str
    measure: str
    figure: str
    evidence: str


@dataclass(frozen=True)
class Mismatch:
    """A matched claim with one attribute wrong, gold against predicted."""

    doc: str
    kind: str
    measure: str
    figure: str
    attribute: str
    gold: str
    predicted: str


@dataclass
class EvalReport:
    """What ``score`` measured over the documents that have both gold and text."""

    kinds: dict[str, KindScore]
    docs: list[str]
    not_quantities: int = 0
    not_quantities_as_figures: int = 0
    false_positives: list[ErrorRow] = field(default_factory=list)
    false_negatives: list[ErrorRow] = field(default_factory=list)
    #: Gold documents left out because no text was given for them.
    unscored: list[str] = field(default_factory=list)
    #: Gold claims whose evidence string is not in the document text (a gold error).
    gold_evidence_missing: list[ErrorRow] = field(default_factory=list)
    #: Matched claims whose claimant, hedge, subject or qualifier is wrong.
    mismatches: list[Mismatch] = field(default_factory=list)

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """A JSON-ready dict; ``errors=False`` leaves out the FP/FN lists."""
        data = {
            "docs": self.docs,
            "kinds": {
                kind: {
                    "tp": s.tp, "fp": s.fp, "fn": s.fn,
                    "precision": s.precision, "recall": s.recall, "f1": s.f1,
                    "attributes": {
                        name: {"right": a.right, "total": a.total, "accuracy": a.value}
                        for name, a in s.attributes.items()
                    },
                }
                for kind, s in self.kinds.items()
            },
            "not_quantities": self.not_quantities,
            "not_quantities_as_figures": self.not_quantities_as_figures,
            "unscored": self.unscored,
            "gold_evidence_missing": [asdict(r) for r in self.gold_evidence_missing],
        }
        if errors:
            data["false_positives"] = [asdict(r) for r in self.false_positives]
            data["false_negatives"] = [asdict(r) for r in self.false_negatives]
            data["mismatches"] = [asdict(m) for m in self.mismatches]
        return data


# ---------------------------------------------------------------- loading


def load_gold(gold_dir: str | Path) -> dict[str, GoldDoc]:
    """Every ``<doc>.claims.jsonl`` in ``gold_dir`` (with its ``<doc>.extra.json``, if any).

    The doc id is the file name without ``.claims.jsonl``. Raises ``GoldError``.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such gold folder")
    gold: dict[str, GoldDoc] = {}
    for path in sorted(folder.glob(f"*{CLAIMS_SUFFIX}")):
        doc = path.name[: -len(CLAIMS_SUFFIX)]
        lines = enumerate(_read(path).splitlines(), start=1)
        claims = [_json(path, line, n) for n, line in lines if line.strip()]
        extra_path = folder / f"{doc}{EXTRA_SUFFIX}"
        extra = _json(extra_path, _read(extra_path), 1) if extra_path.is_file() else {}
        gold[doc] = GoldDoc(
            doc=doc,
            claims=claims,
            not_quantities=list(extra.get("not_quantities") or []),
            aliases=[list(pair) for pair in extra.get("aliases") or []],
            consistency=list(extra.get("consistency") or []),
        )
    return gold


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: cannot read ({err})") from None


def _json(path: Path, text: str, lineno: int) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}:{lineno}: malformed JSON ({err.msg})") from None
    if not isinstance(value, dict):
        raise GoldError(f"{path}:{lineno}: expected a JSON object")
    return value


# ---------------------------------------------------------------- matching rules

_MM = re.compile(r"(\d+)\s*-?\s*(?:mm|millimet(?:re|er)s?)\b")
_TOKEN = re.compile(r"[a-z0-9]+")
#: Words that only say what kind of thing an item is; dropping them keeps
#: "240mm multiple rocket launchers" = "240mm rocket launchers" and
#: "Hwasong-11 class ballistic missiles" = "Hwasong-11 missiles". Calibres,
#: designations and head nouns always count, so "122mm shells" != "152mm shells".
_GENERIC = frozenset(
    {"multiple", "class", "type", "ballistic", "artillery", "military", "and", "of"}
)


#: American spellings folded into British ones: "air-defense" is "air defence".
_SPELLINGS = {"defense": "defence", "armor": "armour", "armored": "armoured",
              "caliber": "calibre", "liter": "litre"}


def item_words(item: str | None) -> frozenset[str]:
    """The words an item is compared by: lower case, singular, calibres as ``<n>mm``,
    hyphens as spaces, one spelling of each word, generic kind words dropped (unless
    nothing else is left).

    Example:
        >>> sorted(item_words("240-millimetre Multiple Rocket Launchers"))
        ['240mm', 'launcher', 'rocket']
        >>> item_words("air-defense systems") == item_words("air defence systems")
        True
    """
    text = _MM.sub(lambda m: f"{m.group(1)}mm", (item or "").lower())
    words = [singular(_SPELLINGS.get(w, w)) for w in _TOKEN.findall(text)]
    specific = [w for w in words if w not in _GENERIC]
    return frozenset(specific or words)


def items_match(gold_item: str | None, predicted_item: str | None) -> bool:
    """Same item after ``item_words``; a gold item of None (a personnel event) is not compared.

    Example:
        >>> items_match("240mm multiple rocket launchers", "240-millimetre rocket launchers")
        True
        >>> items_match("122mm artillery shells", "152mm artillery shells")
        False
    """
    if gold_item is None:
        return True
    return predicted_item is not None and item_words(gold_item) == item_words(predicted_item)


def _vague_key(word: Any) -> str:
    return " ".join(str(word or "").lower().split())


def _same_number(a: Any, b: Any) -> bool:
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


def _figure_matches(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    if g.get("kind") == "event":
        return items_match(g.get("item"), p.get("item"))
    if g.get("number") is None:
        word = _vague_key(g.get("vague"))
        return p.get("number") is None and word != "" and word == _vague_key(p.get("vague"))
    return _same_number(g.get("number"), p.get("number"))


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle) if needle else -1
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(value: Any) -> tuple[int, int] | None:
    if isinstance(value, Mapping):
        try:
            start, end = int(value["start"]), int(value["end"])
        except (KeyError, TypeError, ValueError):
            return None
        return (start, end) if 0 <= start < end else None
    return None


def _span_text(value: Any) -> str | None:
    if isinstance(value, Mapping):
        return value.get("text")
    return value if isinstance(value, str) else None


def _claimant_right(g: Mapping[str, Any], p: Mapping[str, Any], text: str) -> bool:
    """Both null, or the predicted claimant overlaps an occurrence of the gold claimant's words.

    Any occurrence counts: the same words name the same claimant wherever they stand.
    A predicted claimant without offsets is compared by its words instead.
    """
    gold_words, predicted = g.get("claimant"), p.get("claimant")
    if not gold_words or not predicted:
        return not gold_words and not predicted
    span = _span(predicted)
    if span is not None:
        return any(_overlap(span, occ) for occ in _occurrences(text, gold_words))
    predicted_words = set(_TOKEN.findall((_span_text(predicted) or "").lower()))
    return bool(set(_TOKEN.findall(gold_words.lower())) & predicted_words)


def _attribute_right(name: str, g: Mapping[str, Any], p: Mapping[str, Any], text: str) -> bool:
    if name == "claimant":
        return _claimant_right(g, p, text)
    if name == "qualifier":
        gold_class = QUALIFIER_CLASS.get(g.get("qualifier") or "")
        return gold_class == QUALIFIER_CLASS.get(p.get("qualifier") or "")
    if name == "hedge":
        return (g.get("hedge") or "asserted") == (p.get("hedge") or "asserted")
    return g.get(name) == p.get(name)


# ---------------------------------------------------------------- scoring


def _figure(claim: Mapping[str, Any]) -> str:
    if claim.get("kind") == "event":
        return str(claim.get("item"))
    if claim.get("number") is None:
        return str(claim.get("vague"))
    number = claim["number"]
    shown = f"{number:,}" if isinstance(number, int | float) else str(number)
    high = claim.get("number_high")
    return f"{shown}–{high:,}" if isinstance(high, int | float) else shown


def _shown(value: Any) -> str:
    """An attribute's value for reading: a span's words, or the value itself."""
    return str(_span_text(value) if isinstance(value, dict) else value)


def _row(doc: str, claim: Mapping[str, Any], evidence: str) -> ErrorRow:
    kind, measure = str(claim.get("kind")), str(claim.get("measure"))
    return ErrorRow(doc, kind, measure, _figure(claim), evidence)


def _match_doc(
    gold_claims: list[dict[str, Any]], predicted: list[Mapping[str, Any]], text: str
) -> tuple[list[tuple[int, int]], set[int]]:
    """One-to-one pairs (gold index, predicted index), largest evidence overlap first,
    and the gold claims whose evidence is not in the text."""
    candidates: list[tuple[int, int, int]] = []
    missing: set[int] = set()
    for gi, g in enumerate(gold_claims):
        occurrences = _occurrences(text, g.get("evidence") or "")
        if not occurrences:
            missing.add(gi)
            continue
        for pi, p in enumerate(predicted):
            span = _span(p.get("evidence"))
            if (
                span is None
                or p.get("kind") != g.get("kind")
                or p.get("measure") != g.get("measure")
                or not _figure_matches(g, p)
            ):
                continue
            best = max(_overlap(span, occ) for occ in occurrences)
            if best:
                candidates.append((best, gi, pi))
    # Ties go to the earlier gold and predicted claim, so the result does not depend on hash order.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs, missing


def _not_quantities_hit(strings: list[str], predicted: list[Mapping[str, Any]], text: str) -> int:
    """How many of ``strings`` have an occurrence overlapped by a predicted quantity's number."""
    numbers = [
        span for p in predicted
        if p.get("kind") == "quantity" and (span := _span(p.get("number_span"))) is not None
    ]
    return sum(
        1 for s in dict.fromkeys(strings)
        if any(_overlap(occ, n) for occ in _occurrences(text, s) for n in numbers)
    )


def score(
    predicted: Mapping[str, list[Mapping[str, Any]]],
    gold: Mapping[str, GoldDoc],
    texts: Mapping[str, str],
) -> EvalReport:
    """Compare predicted claims (``Claim.to_dict()`` dicts by doc id) with the gold.

    Only documents with both gold and text are scored; predictions for other
    documents are ignored, and a scored document with no predictions misses all.
    """
    kinds = {k: KindScore(k, attributes={a: Accuracy() for a in ATTRIBUTES[k]}) for k in KINDS}
    report = EvalReport(kinds=kinds, docs=[], unscored=sorted(d for d in gold if d not in texts))
    for doc in sorted(d for d in gold if d in texts):
        report.docs.append(doc)
        text, g_doc = texts[doc], gold[doc]
        preds = [p for p in predicted.get(doc, []) if p.get("kind") in kinds]
        g_claims = [g for g in g_doc.claims if g.get("kind") in kinds]
        pairs, missing = _match_doc(g_claims, preds, text)
        for gi, pi in pairs:
            g, p = g_claims[gi], preds[pi]
            ks = kinds[g["kind"]]
            ks.tp += 1
            for name, acc in ks.attributes.items():
                acc.total += 1
                right = _attribute_right(name, g, p, text)
                acc.right += right
                if not right:
                    report.mismatches.append(Mismatch(
                        doc, g["kind"], g["measure"], _figure(g), name,
                        _shown(g.get(name)), _shown(p.get(name))))
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, g in enumerate(g_claims):
            if gi not in matched_gold:
                kinds[g["kind"]].fn += 1
                report.false_negatives.append(_row(doc, g, g.get("evidence") or ""))
                if gi in missing:
                    report.gold_evidence_missing.append(_row(doc, g, g.get("evidence") or ""))
        for pi, p in enumerate(preds):
            if pi not in matched_pred:
                kinds[p["kind"]].fp += 1
                report.false_positives.append(_row(doc, p, _span_text(p.get("evidence")) or ""))
        report.not_quantities += len(dict.fromkeys(g_doc.not_quantities))
        report.not_quantities_as_figures += _not_quantities_hit(g_doc.not_quantities, preds, text)
    return report


# ---------------------------------------------------------------- rendering


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def report_table(report: EvalReport, *, errors: bool = False) -> str:
    """The report as plain-text tables (and, with ``errors``, the FP/FN lists)."""
    names = ("claimant", "hedge", "subject", "qualifier")
    head = ["kind", "tp", "fp", "fn", "P", "R", "F1", *names]
    rows = [head]
    for kind, s in report.kinds.items():
        attrs = [_pct(s.attributes[n].value) if n in s.attributes else "" for n in names]
        rows.append([kind, str(s.tp), str(s.fp), str(s.fn),
                     _pct(s.precision), _pct(s.recall), _pct(s.f1), *attrs])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [f"Scored {len(report.docs)} documents (precision, recall, F1 and accuracies in %)."]
    for n, row in enumerate(rows):
        cells = enumerate(zip(row, widths, strict=True))
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    hits, total = report.not_quantities_as_figures, report.not_quantities
    lines.append(f"not_quantities taken as figures: {hits} of {total}")
    if report.unscored:
        lines.append(f"gold documents without text (not scored): {', '.join(report.unscored)}")
    if report.gold_evidence_missing:
        missing = len(report.gold_evidence_missing)
        lines.append(f"gold claims whose evidence is not in the text: {missing}")
    if errors:
        for title, rows_ in (("False positives", report.false_positives),
                             ("False negatives", report.false_negatives)):
            lines.append(f"\n{title} ({len(rows_)})")
            lines.extend(
                f"  {r.doc}  {r.kind}/{r.measure}  {r.figure}  | {r.evidence}" for r in rows_
            )
        lines.append(f"\nWrong attributes of matched claims ({len(report.mismatches)})")
        lines.extend(
            f"  {m.doc}  {m.kind}/{m.measure}  {m.figure}  {m.attribute}: gold {m.gold!r}, "
            f"got {m.predicted!r}"
            for m in report.mismatches
        )
    return "\n".join(lines)

"""Plain records that flow through the pipeline: documents in, claims out.

Every stage (ingest → extract → resolve → store → reconcile → serve) speaks
in these frozen dataclasses, so offsets survive from the article text to the
exports. ``Claim.to_dict()`` gives the record fixed in ``SCHEMA.md``.

Example:
    >>> s = TextSpan("77", 371, 373)
    >>> s.to_dict()
    {'text': '77', 'start': 371, 'end': 373, 'entity': None}
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

KINDS = ("quantity", "event")
MEASURES = ("killed", "wounded", "casualties", "captured", "missing", "personnel", "materiel")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "up_to", "fewer_than", "range", "vague")
HEDGES = ("asserted", "reported", "claimed", "believed", "speculative")

#: Qualifiers grouped the way the gold scorer compares them.
QUALIFIER_CLASS = {
    "exact": "point",
    "about": "point",
    "at_least": "lower",
    "more_than": "lower",
    "up_to": "upper",
    "fewer_than": "upper",
    "range": "range",
    "vague": "vague",
}


@dataclass(frozen=True)
class TextSpan:
    """A stretch of a document's text: ``doc_text[start:end] == text``.

    ``entity`` is the canonical id of what the words name, where known.
    """

    text: str
    start: int
    end: int
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "entity": self.entity}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> TextSpan | None:
        if data is None:
            return None
        text, start, end = data["text"], int(data["start"]), int(data["end"])
        return _frozen(cls, dict(text=text, start=start, end=end, entity=data.get("entity")))

    def with_entity(self, entity: str | None) -> TextSpan:
        return replace(self, entity=entity)


@dataclass(frozen=True)
class Document:
    """One article as read from its source, before extraction.

    Example:
        >>> Document(id="a1", text="Ten soldiers were killed.").id
        'a1'
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Claim:
    """One claim in one document, as in ``SCHEMA.md``."""

    doc: str
    claim_id: str
    kind: str
    measure: str
    evidence: TextSpan
    subject: str | None = None
    recipient: str | None = None
    item: str | None = None
    number: int | float | None = None
    number_high: int | float | None = None
    qualifier: str | None = None
    vague: str | None = None
    number_span: TextSpan | None = None
    low: int | float | None = None
    high: int | float | None = None
    hedge: str = "asserted"
    claimant: TextSpan | None = None
    via: tuple[TextSpan, ...] = ()
    location: TextSpan | None = None
    period: TextSpan | None = None
    #: The words that set the hedge ("claimed", "believed", "may"); an addition to SCHEMA.md.
    hedge_cue: TextSpan | None = None
    #: The day the claim states for itself ("as of 1 March", "on Monday"), resolved against
    #: the publication date (ISO 8601), and the words that give it; additions to SCHEMA.md.
    date: str | None = None
    date_span: TextSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of ``SCHEMA.md`` (key order as documented), plus ``hedge_cue``,
        ``date`` and ``date_span``."""
        return {
            "doc": self.doc,
            "claim_id": self.claim_id,
            "kind": self.kind,
            "measure": self.measure,
            "subject": self.subject,
            "recipient": self.recipient,
            "item": self.item,
            "number": self.number,
            "number_high": self.number_high,
            "qualifier": self.qualifier,
            "vague": self.vague,
            "number_span": _span_dict(self.number_span),
            "low": self.low,
            "high": self.high,
            "hedge": self.hedge,
            "claimant": _span_dict(self.claimant),
            "via": [v.to_dict() for v in self.via],
            "location": _span_dict(self.location),
            "period": _span_dict(self.period),
            "evidence": self.evidence.to_dict(),
            "hedge_cue": _span_dict(self.hedge_cue),
            "date": self.date,
            "date_span": _span_dict(self.date_span),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        """Rebuild a claim from ``to_dict()`` output (or a stored row)."""
        via = tuple(
            TextSpan.from_dict(v) if isinstance(v, dict) else TextSpan(str(v), -1, -1)
            for v in data.get("via") or ()
        )
        evidence = TextSpan.from_dict(data["evidence"])
        assert evidence is not None
        values = dict(
            doc=data["doc"],
            claim_id=data["claim_id"],
            kind=data["kind"],
            measure=data["measure"],
            evidence=evidence,
            subject=data.get("subject"),
            recipient=data.get("recipient"),
            item=data.get("item"),
            number=data.get("number"),
            number_high=data.get("number_high"),
            qualifier=data.get("qualifier"),
            vague=data.get("vague"),
            number_span=TextSpan.from_dict(data.get("number_span")),
            low=data.get("low"),
            high=data.get("high"),
            hedge=data.get("hedge") or "asserted",
            claimant=TextSpan.from_dict(data.get("claimant")),
            via=via,
            location=TextSpan.from_dict(data.get("location")),
            period=TextSpan.from_dict(data.get("period")),
            hedge_cue=TextSpan.from_dict(data.get("hedge_cue")),
            date=data.get("date"),
            date_span=TextSpan.from_dict(data.get("date_span")),
        )
        return _frozen(cls, values)

    def replace(self, **changes: Any) -> Claim:
        """``dataclasses.replace(self, **changes)`` without re-running the frozen
        ``__init__`` (23 fields set one by one): claims are copied several times each
        on their way out of extraction."""
        unknown = changes.keys() - _CLAIM_FIELDS
        if unknown:
            raise TypeError(f"Claim has no field {', '.join(sorted(unknown))}")
        return _frozen(type(self), {**self.__dict__, **changes})


_CLAIM_FIELDS = frozenset(f.name for f in fields(Claim))
_FIELDS = {Claim: _CLAIM_FIELDS, TextSpan: frozenset(f.name for f in fields(TextSpan))}
_R = TypeVar("_R")


def _frozen(cls: type[_R], values: dict[str, Any]) -> _R:
    """``cls(**values)`` without the generated ``__init__`` of a frozen record, which
    sets each field through ``object.__setattr__`` (~7 µs a claim): claims are rebuilt
    and copied several times each on their way out of extraction. Values that are not
    exactly the fields (a field added since) go through ``__init__``."""
    if values.keys() != _FIELDS.get(cls):
        return cls(**values)
    record = object.__new__(cls)
    record.__dict__.update(values)
    return record


def _span_dict(span: TextSpan | None) -> dict[str, Any] | None:
    return span.to_dict() if span is not None else None


__all__ = [
    "Claim",
    "Document",
    "TextSpan",
    "KINDS",
    "MEASURES",
    "QUALIFIERS",
    "HEDGES",
    "QUALIFIER_CLASS",
]


@dataclass(frozen=True)
class LedgerClaim:
    """A stored claim with what the ledger knows about its document.

    ``claim`` already has any person's corrections applied. ``origin_doc``
    names the document this one is a syndicated (near-duplicate) copy of,
    or is None for an independent document; ``independent_reports`` counts
    the independent documents that carry the same estimate.
    """

    claim: Claim
    doc_url: str | None = None
    doc_title: str | None = None
    outlet: str | None = None
    published: str | None = None
    origin_doc: str | None = None
    independent_reports: int = 1
    corrected: bool = False
    rejected: bool = False

    @property
    def date(self) -> str | None:
        """The claim's date: the day it states for itself, else the document's
        published date (ISO 8601)."""
        return self.claim.date or self.published

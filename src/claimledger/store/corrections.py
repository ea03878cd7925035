"""A person's corrections to a claim: checked, applied, and described field by field.

Values may come as text from the command line (``number=1,200``, ``subject=kp``,
``item=null``); each is checked against the vocabularies of ``SCHEMA.md``. When
the figure changes (qualifier, number, number_high, vague), ``low``/``high`` are
worked out again the ``SCHEMA.md`` way. Mistakes raise a one-line ``ValueError``.

Example:
    >>> from claimledger.records import Claim, TextSpan
    >>> c = Claim("d", "d:1", "quantity", "killed", TextSpan("about 300 killed", 0, 16),
    ...           subject="KP", number=300, qualifier="about", low=300, high=300)
    >>> new, changes = apply_changes(c, {"number": "1,200", "qualifier": "more_than"})
    >>> new.number, new.low, new.high
    (1200, 1200, None)
    >>> [(ch.field, ch.old_value, ch.new_value) for ch in changes]
    [('number', '300', '1200'), ('qualifier', 'about', 'more_than')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimledger.records import HEDGES, KINDS, MEASURES, QUALIFIERS, Claim, TextSpan

#: Fields a person may correct (``rejected`` undoes or sets a rejection).
FIELDS = ("kind", "measure", "subject", "recipient", "item", "number", "number_high",
          "qualifier", "vague", "hedge", "claimant", "claimant_entity", "rejected")
_CHOICES = {"kind": KINDS, "measure": MEASURES, "qualifier": QUALIFIERS, "hedge": HEDGES}
_REQUIRED = ("kind", "measure", "hedge")
_NULL = ("", "null", "none", "-")
_SIDE = re.compile(r"^[A-Z]{2}$")
_FIGURE = ("qualifier", "number", "number_high", "vague")


@dataclass(frozen=True)
class Change:
    field: str
    old_value: str | None
    new_value: str | None


def as_text(value: Any) -> str | None:
    """How a value is kept in the ``corrections`` table."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_number(value: Any, name: str) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, not {value!r}")
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() else value
    text = str(value).strip().replace(",", "").replace("_", "")
    if text.lower() in _NULL:
        return None
    try:
        parsed = float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {value!r}") from None
    if parsed != parsed or parsed in (float("inf"), float("-inf")) or parsed < 0:
        raise ValueError(f"{name} must be a number of zero or more, not {value!r}")
    return int(parsed) if parsed.is_integer() else parsed


def parse_bool(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "y"):
        return True
    if text in ("false", "no", "0", "n"):
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def parse_value(name: str, value: Any) -> Any:
    """One field's new value, checked; ``ValueError`` names the field and the value."""
    if name not in FIELDS:
        raise ValueError(f"unknown field {name!r}; fields that can be corrected: "
                         f"{', '.join(FIELDS)}")
    if name in ("number", "number_high"):
        return parse_number(value, name)
    if name == "rejected":
        return parse_bool(value, name)
    text = None if value is None else str(value).strip()
    if text is None or text.lower() in _NULL:
        if name in _REQUIRED:
            raise ValueError(f"{name} cannot be empty")
        return None
    if name in _CHOICES:
        if text not in _CHOICES[name]:
            raise ValueError(f"unknown {name} {text!r}; choose from {', '.join(_CHOICES[name])}")
        return text
    if name in ("subject", "recipient"):
        if not _SIDE.match(text.upper()):
            raise ValueError(f"{name} must be a two-letter country code like KP, not {text!r}")
        return text.upper()
    return text


def locate(text: str, words: str, near: int) -> tuple[int, int]:
    """Offsets of ``words`` in the document, the occurrence nearest before ``near``
    (else the first after it); ``(-1, -1)`` when the words are not in the text."""
    before = text.rfind(words, 0, max(near, 0) + len(words))
    start = before if before >= 0 else text.find(words)
    return (start, start + len(words)) if start >= 0 else (-1, -1)


def apply_changes(
    claim: Claim,
    changes: Mapping[str, Any],
    *,
    rejected: bool = False,
    doc_text: str = "",
    entity_for: Callable[[str], str | None] | None = None,
) -> tuple[Claim, list[Change]]:
    """The corrected claim and the changes that really alter something, in field order.

    ``entity_for`` gives the entity id of new claimant words (registry or unknown name).
    ``rejected`` is the claim's current state, so ``rejected=...`` can be compared.
    """
    if not changes:
        raise ValueError("give at least one FIELD=VALUE to correct")
    values = {name: parse_value(name, value) for name, value in changes.items()}
    old = {name: _current(claim, name, rejected) for name in FIELDS}
    new = dict(old)
    new.update(values)
    if "claimant" in values and "claimant_entity" not in values:
        words = values["claimant"]
        new["claimant_entity"] = entity_for(words) if words and entity_for else None
    if new["claimant"] is None and new["claimant_entity"] is not None:
        raise ValueError("claimant_entity needs claimant words (set claimant=... too)")
    if new["qualifier"] == "range" and new["number_high"] is None:
        raise ValueError("a range needs number_high")
    if new["qualifier"] == "vague" and not new["vague"]:
        raise ValueError("a vague figure needs its words (set vague=...)")

    updates: dict[str, Any] = {k: new[k] for k in ("kind", "measure", "subject", "recipient",
                                                    "item", "number", "number_high",
                                                    "qualifier", "vague", "hedge")}
    if any(new[k] != old[k] for k in _FIGURE) or new["kind"] != old["kind"]:
        updates["low"], updates["high"] = _interval(new)
    if new["claimant"] != old["claimant"] or new["claimant_entity"] != old["claimant_entity"]:
        updates["claimant"] = _claimant(claim, new["claimant"], new["claimant_entity"], doc_text)
    corrected = claim.replace(**updates)
    found = [Change(name, as_text(old[name]), as_text(new[name])) for name in FIELDS
             if name in new and as_text(old[name]) != as_text(new[name])
             and (name in values or name == "claimant_entity")]
    return corrected, found


def _current(claim: Claim, name: str, rejected: bool) -> Any:
    if name == "rejected":
        return rejected
    if name == "claimant":
        return claim.claimant.text if claim.claimant else None
    if name == "claimant_entity":
        return claim.claimant.entity if claim.claimant else None
    return getattr(claim, name)


def _interval(values: Mapping[str, Any]) -> tuple[Any, Any]:
    from claimledger.reconcile.intervals import schema_interval

    if values["kind"] != "quantity":
        return None, None
    return schema_interval(values["qualifier"], values["number"], values["number_high"],
                           values["vague"])


def _claimant(claim: Claim, words: str | None, entity: str | None,
              doc_text: str) -> TextSpan | None:
    if words is None:
        return None
    if claim.claimant is not None and claim.claimant.text == words:
        return claim.claimant.with_entity(entity)
    start, end = locate(doc_text, words, claim.evidence.end) if doc_text else (-1, -1)
    return TextSpan(words, start, end, entity)

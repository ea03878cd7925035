"""Claimants named by side and role: "Seoul's spy agency", "Ukraine's defence ministry".

News rarely names a body the same way twice. A description that names one side
and one role from ``data/entities/roles.yaml`` resolves to the body that role
means for that side: intelligence + South Korea = the NIS.

Example:
    >>> role = Role("mod", ((("defence", "ministry"),)), {"US": "US:dod"})
    >>> role.entity_for("UA"), role.entity_for("US"), role.entity_for(None)
    ('UA:mod', 'US:dod', None)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimledger.resolve.names import name_key


@dataclass(frozen=True)
class Role:
    """A kind of body that speaks for a side, and the words that name it."""

    name: str
    keys: tuple[tuple[str, ...], ...]
    by_side: dict[str, str] = field(default_factory=dict, hash=False)
    default: str | None = None
    label: str = "{side} {role}"

    def entity_for(self, side: str | None) -> str | None:
        """The entity id this role means for ``side`` (``default`` when no side is named)."""
        if side is None:
            return self.default
        return self.by_side.get(side) or f"{side}:{self.name}"

    def describe(self, side_name: str) -> str:
        """A readable name for a body the data files do not list: "Ukraine defence ministry"."""
        return self.label.format(side=side_name, role=self.name.replace("-", " ")).strip()


def load_roles(rows: list[dict[str, Any]]) -> list[Role]:
    """Roles from the rows of ``roles.yaml``."""
    return [
        Role(
            name=row["role"],
            keys=tuple(k for k in (name_key(str(w)) for w in row.get("words", ())) if k),
            by_side=dict(row.get("by_side") or {}),
            default=row.get("default"),
            label=row.get("label") or "{side} {role}",
        )
        for row in rows
    ]

"""The ingest rules kept as data (``data/ingest.yaml``), loaded once.

Example:
    >>> get_settings().format_of(".HTM")
    'html'
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class IngestSettings:
    """Extension table, folder skip patterns, JSON field aliases and date shapes."""

    formats: dict[str, str]
    skip_in_folders: tuple[str, ...]
    fields: dict[str, tuple[str, ...]]
    date_formats: tuple[str, ...]

    def format_of(self, suffix: str) -> str | None:
        """The reader for a file extension (with its dot), or None if unknown."""
        return self.formats.get(suffix.lower())

    def walk_skips(self, name: str) -> bool:
        """True for a file name a folder walk leaves out."""
        return any(fnmatch.fnmatch(name, pattern) for pattern in self.skip_in_folders)


@lru_cache(maxsize=1)
def get_settings() -> IngestSettings:
    """Parse ``claimledger/data/ingest.yaml`` once per process."""
    raw = yaml.safe_load(
        resources.files("claimledger.data").joinpath("ingest.yaml").read_text(encoding="utf-8")
    )
    formats = {
        str(ext).lower(): fmt for fmt, exts in raw["formats"].items() for ext in exts or ()
    }
    return IngestSettings(
        formats=formats,
        skip_in_folders=tuple(raw.get("skip_in_folders") or ()),
        fields={key: tuple(names) for key, names in raw["fields"].items()},
        date_formats=tuple(raw.get("date_formats") or ()),
    )

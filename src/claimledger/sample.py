"""The bundled sample corpus: short articles we wrote, with gold answer keys.

Example:
    >>> sample_dir().name
    'sample'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_dir() -> Path:
    """Folder of the sample articles (inside the installed package)."""
    return Path(str(resources.files("claimledger.data").joinpath("sample")))


def sample_gold_dir() -> Path:
    """Folder of the sample's gold files (``<doc>.claims.jsonl``)."""
    return sample_dir() / "gold"


def sample_articles() -> list[Path]:
    """The article files of the sample, without its gold and notes."""
    return sorted(
        p for p in sample_dir().iterdir()
        if p.is_file() and p.suffix in (".txt", ".json", ".jsonl", ".html", ".htm", ".xml")
    )

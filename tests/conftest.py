"""Shared fixtures: the pinned pipeline (loaded once per test process) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files from the current extractor output (review the diff!).",
    )


@pytest.fixture(scope="session")
def nlp():
    from claimledger.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def base_nlp():
    """The pinned spaCy components without ours (for rule tests on a bare parse)."""
    from claimledger.nlp import get_base_nlp

    return get_base_nlp()

"""The rule data files hold words, never YAML's accidental booleans: a bare ``on``,
``off``, ``yes`` or ``no`` in a list is read as True or False and then matches no word
(``combat_places: [in, on]`` once lost "on" that way)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml


def _data_files() -> list[str]:
    root = resources.files("claimledger") / "data"
    found = []
    for entry in root.iterdir():
        if entry.name.endswith(".yaml"):
            found.append(entry.name)
        elif entry.is_dir():
            found.extend(f"{entry.name}/{e.name}" for e in entry.iterdir()
                         if e.name.endswith(".yaml"))
    return sorted(found)


def _booleans(node: object, path: str) -> list[str]:
    if isinstance(node, bool):
        return [path]
    if isinstance(node, dict):
        return [p for k, v in node.items()
                for p in ([f"{path}/{k!r} (a key)"] if isinstance(k, bool) else [])
                + _booleans(v, f"{path}/{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _booleans(v, f"{path}[{i}]")]
    return []


def test_there_are_data_files():
    assert "events.yaml" in _data_files()


@pytest.mark.parametrize("name", _data_files())
def test_no_word_is_read_as_a_boolean(name):
    text = (resources.files("claimledger") / "data" / name).read_text(encoding="utf-8")
    assert _booleans(yaml.safe_load(text), name) == []


def test_the_check_sees_a_bare_on():
    assert _booleans(yaml.safe_load("places: [in, on]"), "x") == ["x/places[1]"]

"""Every output format from one column spec: shapes that parse back."""

from __future__ import annotations

import csv
import io
import json

import pytest
from tests.reconcile.helpers import lc

from claimledger.reconcile.checks import find_checks
from claimledger.reconcile.estimates import build_estimates
from claimledger.report.formats import (
    CHECK_COLUMNS,
    ESTIMATE_BRIEF_COLUMNS,
    ESTIMATE_COLUMNS,
    FORMATS,
    Column,
    columns_for,
    render,
    thousands,
)

COLUMNS = (Column("name", "Name"), Column("n", "Count", thousands), Column("tags", "Tags"))
ROWS = [
    {"name": "plain", "n": 1200, "tags": ("a", "b"), "first_url": "https://example.org/1"},
    {"name": 'pipe | "quoted", comma', "n": None, "tags": (), "first_url": None},
    {"name": "again", "n": 3.0, "tags": ("c",), "first_url": "https://example.org/1"},
]


def test_csv_parses_back_with_plain_values():
    text = render(ROWS, COLUMNS, "csv")
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert parsed == [
        {"name": "plain", "n": "1200", "tags": "a; b"},
        {"name": 'pipe | "quoted", comma', "n": "", "tags": ""},
        {"name": "again", "n": "3", "tags": "c"},
    ]


def test_json_and_jsonl_keep_types():
    as_json = json.loads(render(ROWS, COLUMNS, "json"))
    assert as_json[0] == {"name": "plain", "n": 1200, "tags": ["a", "b"]}
    lines = render(ROWS, COLUMNS, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == as_json


def test_markdown_shape_and_escaping():
    lines = render(ROWS, COLUMNS, "markdown").splitlines()
    assert lines[0] == "| Name | Count | Tags |"
    assert lines[1] == "| --- | --- | --- |"
    assert lines[2] == "| plain | 1,200 | a; b |"
    assert lines[3] == '| pipe \\| "quoted", comma |  |  |'
    assert len(lines) == 2 + len(ROWS)


def test_wikitable_shape_and_refs():
    text = render(ROWS, COLUMNS, "wikitable")
    lines = text.splitlines()
    assert lines[0] == '{| class="wikitable sortable"'
    assert lines[1] == "! Name !! Count !! Tags"
    assert lines[-1] == "|}"
    assert lines.count("|-") == len(ROWS)
    rows = [line for line in lines if line.startswith("| ")]
    # No "figure" column here: the ref goes on the last cell; a repeated URL reuses its name.
    assert rows[0] == '| plain || 1,200 || a; b<ref name="cl1">https://example.org/1</ref>'
    assert rows[1] == '| pipe &#124; "quoted", comma ||  || '
    assert rows[2].endswith('c<ref name="cl1" />')


def test_table_shows_headers_and_values():
    text = render(ROWS, COLUMNS, "table")
    assert "Name" in text and "1,200" in text and "\x1b[" not in text


def test_unknown_format_is_a_value_error():
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(ROWS, COLUMNS, "xml")


def test_estimate_rows_in_every_format():
    rows = build_estimates([
        lc("killed", 100, "about", claimant="South Korean intelligence", via=("Yonhap",),
           url="https://example.org/yonhap"),
        lc("casualties", 1000, "more_than", doc="d2", url="https://example.org/d2"),
    ])
    for fmt in FORMATS:
        assert render(rows, columns_for(fmt, ESTIMATE_COLUMNS, ESTIMATE_BRIEF_COLUMNS), fmt)
    parsed = list(csv.DictReader(io.StringIO(render(rows, ESTIMATE_COLUMNS, "csv"))))
    assert [(r["claimant"], r["figure"], r["via"], r["low"], r["high"]) for r in parsed] == [
        ("South Korean intelligence", "about 100", "Yonhap", "100", "100"),
        ("", "more than 1,000", "", "1000", ""),
    ]
    wiki = render(rows, ESTIMATE_BRIEF_COLUMNS, "wikitable")
    assert 'about 100<ref name="cl1">https://example.org/yonhap</ref>' in wiki
    assert "| — |" in render(rows, ESTIMATE_BRIEF_COLUMNS, "markdown")


def test_check_rows_carry_both_evidence_spans():
    checks = find_checks([lc("materiel", vague="dozens", item="missiles", doc="a"),
                          lc("materiel", 500, item="KN-23 missiles", doc="a")])
    (record,) = json.loads(render(checks, CHECK_COLUMNS, "json"))
    assert [(e["doc"], e["text"]) for e in record["evidence"]] == [
        ("a", "500 KN-23 missiles"), ("a", "dozens missiles")]
    markdown = render(checks, CHECK_COLUMNS, "markdown")
    assert "a [10:28] “500 KN-23 missiles”<br>a [10:25] “dozens missiles”" in markdown

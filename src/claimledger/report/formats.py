"""Render rows (dataclasses or dicts) as a terminal table, CSV, JSON, JSON Lines,
a Markdown pipe table or a MediaWiki wikitable, from one column spec.

Machine formats (csv, json, jsonl) carry plain values under each column's
``key``; human formats (table, markdown, wikitable) show each column's
``header`` and its ``formatter`` text.

Example:
    >>> cols = (Column("name", "Name"), Column("n", "Count", thousands))
    >>> print(render([{"name": "a", "n": 1200}], cols, "markdown"), end="")
    | Name | Count |
    | --- | --- |
    | a | 1,200 |
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from claimledger.records import TextSpan

FORMATS = ("table", "csv", "json", "jsonl", "markdown", "wikitable")


@dataclass(frozen=True)
class Column:
    """One column: where its value comes from and how a person reads it."""

    key: str
    header: str
    formatter: Callable[[Any], str] | None = None
    #: Computes the value from the row; by default the row's attribute (or item) ``key``.
    getter: Callable[[Any], Any] | None = None

    def value(self, row: Any) -> Any:
        if self.getter is not None:
            return self.getter(row)
        if isinstance(row, dict):
            return row.get(self.key)
        return getattr(row, self.key, None)

    def text(self, row: Any) -> str:
        value = self.value(row)
        return self.formatter(value) if self.formatter is not None else plain(value)


def plain(value: Any) -> str:
    """A value as plain text: blank for None, no thousands separators, lists joined by "; "."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, TextSpan):
        return value.text
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "; ".join(plain(v) for v in value)
    return str(value)


def thousands(value: Any) -> str:
    """1200 -> "1,200"; anything else as ``plain``."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    return plain(value)


def jsonable(value: Any) -> Any:
    """Tuples become lists, spans and dataclasses become dicts."""
    if isinstance(value, TextSpan):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _records(rows: Sequence[Any], columns: Sequence[Column]) -> list[dict[str, Any]]:
    return [{c.key: jsonable(c.value(row)) for c in columns} for row in rows]


def render_json(rows: Sequence[Any], columns: Sequence[Column]) -> str:
    return json.dumps(_records(rows, columns), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(rows: Sequence[Any], columns: Sequence[Column]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(rows, columns))


def render_csv(rows: Sequence[Any], columns: Sequence[Column]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.key for c in columns])
    for row in rows:
        writer.writerow([plain(c.value(row)) for c in columns])
    return buffer.getvalue()


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def render_markdown(rows: Sequence[Any], columns: Sequence[Column]) -> str:
    lines = ["| " + " | ".join(_md_cell(c.header) for c in columns) + " |",
             "| " + " | ".join("---" for _ in columns) + " |"]
    for row in rows:
        lines.append("| " + " | ".join(_md_cell(c.text(row)) for c in columns) + " |")
    return "\n".join(lines) + "\n"


def _wiki_cell(text: str) -> str:
    # A bare "|" would end the cell; a new line would end the row.
    return text.replace("|", "&#124;").replace("\n", "<br />")


def render_wikitable(
    rows: Sequence[Any], columns: Sequence[Column], *, ref_key: str = "first_url",
    ref_column: str | None = None,
) -> str:
    """A sortable wikitable; each row's ``ref_key`` URL becomes a ``<ref>`` on ``ref_column``
    (by default the "figure" column, else the last). A URL cited again reuses its named ref.
    """
    keys = [c.key for c in columns]
    target = ref_column or ("figure" if "figure" in keys else keys[-1] if keys else "")
    names: dict[str, str] = {}
    lines = ['{| class="wikitable sortable"', "! " + " !! ".join(_wiki_cell(c.header)
                                                                for c in columns)]
    for row in rows:
        url = Column(ref_key, ref_key).value(row)
        cells = []
        for column in columns:
            cell = _wiki_cell(column.text(row))
            if column.key == target and url:
                cell += _wiki_ref(str(url), names)
            cells.append(cell)
        lines += ["|-", "| " + " || ".join(cells)]
    lines.append("|}")
    return "\n".join(lines) + "\n"


def _wiki_ref(url: str, names: dict[str, str]) -> str:
    if url in names:
        return f'<ref name="{names[url]}" />'
    names[url] = f"cl{len(names) + 1}"
    safe = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f'<ref name="{names[url]}">{safe}</ref>'


def render_table(rows: Sequence[Any], columns: Sequence[Column], *, width: int = 160) -> str:
    """A rich table as plain text (no colour codes), for a terminal or a log."""
    from rich.console import Console
    from rich.table import Table

    table = Table(header_style="bold")
    for column in columns:
        table.add_column(column.header, overflow="fold")
    for row in rows:
        table.add_row(*(column.text(row) for column in columns))
    console = Console(width=width, record=True, file=io.StringIO(), force_terminal=False)
    console.print(table)
    return console.export_text()


_RENDERERS: dict[str, Callable[[Sequence[Any], Sequence[Column]], str]] = {
    "table": render_table,
    "csv": render_csv,
    "json": render_json,
    "jsonl": render_jsonl,
    "markdown": render_markdown,
    "wikitable": render_wikitable,
}


def render(rows: Iterable[Any], columns: Sequence[Column], fmt: str) -> str:
    """Rows as ``fmt``, one of ``FORMATS``; an unknown format raises ``ValueError``."""
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    return renderer(list(rows), columns)


# Column specs for the reconcile records -------------------------------------------------


def _evidence_dicts(check: Any) -> list[dict[str, Any]]:
    return [{"doc": doc, "text": span.text, "start": span.start, "end": span.end}
            for doc, span in check.evidence]


def _evidence_text(spans: list[dict[str, Any]]) -> str:
    return "\n".join(f'{s["doc"]} [{s["start"]}:{s["end"]}] “{s["text"]}”' for s in spans)


def _joined(value: Any) -> str:
    return ", ".join(value) if value else ""


ESTIMATE_COLUMNS: tuple[Column, ...] = (
    Column("date", "Date"),
    Column("claimant", "Claimant", lambda v: v or "—"),
    Column("claimant_words", "Claimant's words"),
    Column("via", "Via", _joined),
    Column("measure", "Measure"),
    Column("subject", "Side"),
    Column("item", "Item"),
    Column("figure", "Figure"),
    Column("low", "Low", thousands),
    Column("high", "High", thousands),
    Column("hedge", "Hedge"),
    Column("revision", "Revision"),
    Column("independent_reports", "Reports"),
    Column("first_url", "First source"),
    Column("claim_ids", "Claims", _joined),
)

#: For people (terminal, Markdown, wikitable): the source is a ``<ref>`` or left to the data.
ESTIMATE_BRIEF_COLUMNS: tuple[Column, ...] = tuple(
    c for c in ESTIMATE_COLUMNS
    if c.key not in ("claimant_words", "low", "high", "first_url", "claim_ids")
)

HUMAN_FORMATS = ("table", "markdown", "wikitable")


def columns_for(fmt: str, full: Sequence[Column], brief: Sequence[Column]) -> Sequence[Column]:
    """The brief columns for formats people read, the full ones for data."""
    return brief if fmt in HUMAN_FORMATS else full


CHECK_COLUMNS: tuple[Column, ...] = (
    Column("kind", "Check"),
    Column("verdict", "Verdict"),
    Column("claim_ids", "Claims", _joined),
    Column("note", "Note"),
    Column("evidence", "Evidence", _evidence_text, getter=_evidence_dicts),
)

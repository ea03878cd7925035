"""Claims in tables written as text and in a broadcaster's on-screen figures.

A brief may set its figures out as a table whose cells are split by "|": a
header row names the columns (supplier, item, estimate, confidence), each row
below is one claim, and the caption above says whose figures they are
("Table 1. … (Marrow Institute estimates)"). A transcript prints the graphic
shown on screen: "[ON-SCREEN GRAPHIC: KHARKIV STRIKE | 14 KILLED | 52 INJURED |
SOURCE: REGIONAL ADMINISTRATION]", each figure with what it counts in
capitals and the source in its own cell. ``Layout`` marks these lines (their
figures are skipped by the prose rules); the claims are built here.

Example:
    >>> # "Stocks (Kyiv estimates)\\nSupplier | Item | Estimate\\nIran | Shahed drones | 900"
    >>> # -> materiel IR, 900 "Shahed drones", claimant "Kyiv estimates", believed
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimledger.extract.context import figure_fields, span_of
from claimledger.extract.items import item_name
from claimledger.extract.layout import Layout, Line, cells
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.numbers import Figure, find_figures
from claimledger.extract.sentences import doc_text
from claimledger.extract.sides import DocumentSides, is_side_word, side_of_text
from claimledger.records import Claim, TextSpan

#: Column headers that name who supplies, what is supplied, and the figure.
_SUPPLIER_COLUMNS = frozenset(
    {
        "supplier",
        "suppliers",
        "from",
        "origin",
        "country",
        "donor",
        "sender",
        "exporter",
        "source country",
    }
)
_ITEM_COLUMNS = frozenset(
    {
        "item",
        "items",
        "weapon",
        "weapons",
        "system",
        "systems",
        "equipment",
        "materiel",
        "type",
        "munition",
    }
)
_ESTIMATE_WORDS = frozenset({"estimate", "estimates", "estimated", "assessment", "assessments"})
_CALIBRE = re.compile(r"^(?:\d+)?(?:mm|-mm|-millimetre|millimetre)$", re.IGNORECASE)
_SOURCE = re.compile(r"^\s*\[?\s*(?:SOURCES?|Sources?)\s*:\s*")


def table_claims(doc: Doc, layout: Layout, sides: DocumentSides, lex: Lexicon) -> list[Claim]:
    """The claims of every text table and on-screen graphic ``layout`` found."""
    graphics = [ln for ln in layout.lines if ln.kind == "graphic"]
    if not layout.tables and not graphics:
        return []
    figures = find_figures(doc, lex)
    out: list[Claim] = []
    for caption, head, rows in layout.tables:
        out.extend(supply_table_rows(doc, caption, head, rows, figures, sides))
    if graphics:
        out.extend(graphic_figures(doc, graphics, figures, sides, lex))
    return out


def _figures_in(figures: list[Figure], doc: Doc, start: int, end: int) -> list[Figure]:
    return [f for f in figures if start <= doc[f.qual_start].idx and doc[f.end - 1].idx < end]


def _caption_source(doc: Doc, caption: Line | None) -> tuple[Span | None, str]:
    """ "Table 1. Materiel in Russian service (Marrow Institute estimates)": the brackets
    that close a caption name its source; a caption that calls its figures estimates
    makes them beliefs."""
    if caption is None:
        return None, "asserted"
    words = set(re.findall(r"[a-z]+", caption.text.lower()))
    hedge = "believed" if words & _ESTIMATE_WORDS else "asserted"
    text = caption.text.rstrip()
    if text.endswith(")") and "(" in text:
        open_at = caption.start + text.rindex("(") + 1
        span = doc.char_span(open_at, caption.start + len(text) - 1, alignment_mode="contract")
        if (
            span is not None
            and len(span)
            and any(t.pos_ == "PROPN" or is_side_word(t) for t in span)
        ):
            return span, "believed" if hedge == "believed" else "reported"
    return None, hedge


def supply_table_rows(
    doc: Doc,
    caption: Line | None,
    head: Line,
    rows: list[Line],
    figures: list[Figure],
    sides: DocumentSides,
) -> list[Claim]:
    """ "Supplier | Item | Estimate" / "Iran | Shahed-136 drones | at least 6,000": each
    row with a figure is a supply of the row's item by the side in its supplier cell
    ("Russia to North Korea" names both ends), to the side the caption names."""
    columns = [t.lower() for _a, _b, t in cells(head.text)]
    supplier_col = next((i for i, c in enumerate(columns) if c in _SUPPLIER_COLUMNS), None)
    item_col = next((i for i, c in enumerate(columns) if c in _ITEM_COLUMNS), None)
    if supplier_col is None or item_col is None:
        return []
    claimant, hedge = _caption_source(doc, caption)
    caption_text = caption.text if caption is not None else ""
    if claimant is not None:
        caption_text = caption_text[: claimant.start_char - caption.start]  # type: ignore[union-attr]
    out = []
    for row in rows:
        parts = cells(row.text)
        if len(parts) != len(columns):
            continue
        found = None
        for i, (a, b, _t) in enumerate(parts):
            if i in (supplier_col, item_col):
                continue
            inside = _figures_in(figures, doc, row.start + a, row.start + b)
            if inside:
                found = inside[0]
                break
        if found is None:
            continue  # "Fath-360 missiles | none confirmed": no figure, no claim
        giver = parts[supplier_col][2]
        taker = None
        if " to " in giver:
            giver, _to, taker = giver.rpartition(" to ")
        subject = side_of_text(giver)
        recipient = side_of_text(taker) if taker else side_of_text(caption_text)
        if recipient == subject:
            recipient = None
        recipient = recipient or sides.usual_recipient(exclude=(subject,), source=subject)
        a, b, _t = parts[item_col]
        item_span = doc.char_span(row.start + a, row.start + b, alignment_mode="expand")
        item = None
        if item_span is not None:
            item = cell_item(doc, item_span, sides)
        text = row.text.strip()
        lead = len(row.text) - len(row.text.lstrip())
        out.append(
            _claim(
                doc,
                found,
                "materiel",
                TextSpan(text, row.start + lead, row.start + lead + len(text)),
                subject,
                hedge,
                claimant,
                recipient=recipient,
                item=item,
            )
        )
    return out


def cell_item(doc: Doc, cell: Span, sides: DocumentSides) -> str | None:
    """The item an item cell names: what a bracket or "from" adds is no part of it
    ("Shahed-136 drones (complete)", "shells from storage"); two calibres or designations
    sharing one noun name that noun ("152mm and 122mm artillery shells" are artillery
    shells, "KN-23/KN-24 ballistic missiles" the second's kind)."""
    start, end = cell.start, cell.end
    for tok in cell:
        if tok.text in ("(", "from", "via"):
            end = tok.i
            break
    for tok in doc[start:end]:
        if tok.lower_ in ("and", "or", "/", "&") and tok.i + 1 < end:
            start = tok.i + 1
    if start > cell.start:
        while start + 1 < end and (_CALIBRE.match(doc[start].text) or doc[start].like_num):
            start += 1
    return item_name(doc, start, end, sides.weapons)


def graphic_figures(
    doc: Doc, graphics: list[Line], figures: list[Figure], sides: DocumentSides, lex: Lexicon
) -> list[Claim]:
    """ "14 KILLED | 52 INJURED | 6 MISSING | SOURCE: REGIONAL ADMINISTRATION": each
    figure counts the word in capitals after it, claimed by the source cell."""
    parts = [(ln.start + a, ln.start + b, t) for ln in graphics for a, b, t in cells(ln.text)]
    claimant = None
    for a, _b, t in parts:
        found = _SOURCE.match(t)
        if found:
            text = t.rstrip(" ]")
            start = a + found.end()
            claimant = doc.char_span(start, a + len(text), alignment_mode="contract")
    out = []
    for a, b, _t in parts:
        inside = _figures_in(figures, doc, a, b)
        if len(inside) != 1:
            continue
        fig = inside[0]
        after = doc_words(doc, fig.end, b)
        measure = lex.cues.table_labels.get(after.lower())
        if measure is None or measure == "personnel":
            continue
        start = doc[fig.qual_start].idx
        words = doc_text(doc)[start:b].rstrip(" ]")
        evidence = TextSpan(words, start, start + len(words))
        subject = sides.place_before(a) or sides.dominant()
        out.append(
            _claim(
                doc,
                fig,
                measure,
                evidence,
                subject,
                "reported" if claimant else "asserted",
                claimant,
            )
        )
    return out


def doc_words(doc: Doc, start_token: int, end_char: int) -> str:
    """The words from token ``start_token`` up to character ``end_char``."""
    words = []
    for tok in doc[start_token:]:
        if tok.idx >= end_char or tok.text in ("|", "]"):
            break
        words.append(tok.text)
    return " ".join(words).strip()


def _claim(
    doc: Doc,
    fig: Figure,
    measure: str,
    evidence: TextSpan,
    subject: str | None,
    hedge: str,
    claimant: Span | None,
    *,
    recipient: str | None = None,
    item: str | None = None,
) -> Claim:
    return Claim(
        doc="",
        claim_id="",
        kind="quantity",
        measure=measure,
        evidence=evidence,
        subject=subject,
        recipient=recipient,
        item=item,
        **figure_fields(doc, fig),
        hedge=hedge,
        claimant=span_of(claimant, "claimant"),
    )

"""The lines of an article and what each is: prose, a table row, a list item,
a heading, a timestamp, or boilerplate (sign-offs, "Read more" links, credits).

News copy is not all prose. A loss tally is a table ("Personnel: about 889,310
(+1,310)"), an aid story lists deliveries under a lead-in ("deliveries so far
include:"), a live blog stamps its entries ("16:45"), and wire copy ends with
"(Reporting by …)", and a fact box leads with its figures ("• 3,000:
reinforcements sent in early 2025 (NIS)"). Rows and list items take what they
count and who says so from their lead: the line above the block; a fact line
names its source in the brackets that close it.

Example:
    >>> layout = Layout("THE TOLL (Ukrainian estimates)\\nKilled: 1,500\\nWounded: 3,500")
    >>> row = layout.line_at(31)
    >>> row.kind, row.label, layout.lead_of(row).text
    ('row', 'Killed', 'THE TOLL (Ukrainian estimates)')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from claimledger.extract.entities import is_dateline
from claimledger.extract.lexicon import load_data
from claimledger.extract.sentences import sents

_QUALIFIER = (
    r"(?:about|around|some|over|more than|at least|up to|nearly|almost|approximately|roughly|~|c\.)"
)
_ROW = re.compile(
    rf"^\s*(?:[-•*▪]\s*)?(?P<label>[A-Za-z][A-Za-z '’/&-]{{0,40}}?)\s*[:–—-]\s+"
    rf"(?P<value>{_QUALIFIER}?\s*[+]?\d[\d,.]*)\b",
    re.IGNORECASE,
)
# A fact box line that leads with its figure: "• 3,000: reinforcements sent in early 2025 (NIS)".
_FACT_ROW = re.compile(
    rf"^\s*(?:[-•*▪]\s*)?{_QUALIFIER}?\s*[+]?\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?"
    r"\s*(?:\+|k|m|bn|million|billion|thousand)?\s*:\s+[A-Za-z]",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^\s*(?:[-•*▪–—]|\d{1,2}[.)])\s+\S")
#: A turn of a transcript: "Q: …", "A: …", "A (Dr Salt): …", "Question: …"; a label may
#: hold brackets of its own ("A (Air Vice-Marshal (retd) Colin Dray): …").
TURN = re.compile(
    r"^\s*(?P<turn>Q|A|Question|Answer)\s*"
    r"(?:\((?P<who>(?:[^()\n]|\([^()\n]{0,20}\)){1,60})\))?\s*[:.\-–—]\s+",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(
    r"^\s*(?:updated|posted|last updated)?\s*\d{1,2}[:.]\d{2}\s*"
    r"(?:gmt|bst|cet|cest|eet|eest|utc|msk|kst|et|edt|est|am|pm|a\.m\.|p\.m\.)?\s*$",
    re.IGNORECASE,
)


#: A transcript's speaker label in capitals, with a role after a comma and a note in
#: brackets: "TOM ADEYEMI, CORRESPONDENT (on camera): ", "LINDQVIST: ".
SPEAKER = re.compile(
    r"^\s*(?P<who>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s*(?P<role>[A-Z][A-Z0-9.'’&/ -]{1,60}?))?\s*(?:\([^()\n]{1,40}\))?\s*:\s+\S"
)


@lru_cache(maxsize=1)
def _judgement_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("layout.yaml")["judgement_heads"])


@lru_cache(maxsize=1)
def _staff_roles() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("layout.yaml")["staff_roles"])


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    data = load_data("layout.yaml")
    starts = "|".join(re.escape(s) for s in data["boilerplate_starts"])
    return (
        re.compile(rf"^\s*[(\[]?\s*(?:{starts})", re.IGNORECASE),
        frozenset(w.lower() for w in data["loss_table_cues"]),
        frozenset(w.lower() for w in data["estimate_table_cues"]),
    )


@dataclass(frozen=True)
class Line:
    """One line of the text: character offsets, kind and, for a table row, its label."""

    index: int
    start: int
    end: int
    text: str
    # "prose", "row", "fact", "item", "heading", "timestamp", "boilerplate", "blank",
    # "question", "answer" (the turns of a transcript; label: the speaker a turn names),
    # "table_head", "table_row" (a table written with "|" between its cells), "graphic"
    # (a broadcaster's on-screen figures: "14 KILLED | 52 INJURED | SOURCE: …")
    kind: str
    label: str | None = None

    @property
    def in_block(self) -> bool:
        return self.kind in ("row", "fact", "item")


class Layout:
    """The lines of a text, classified once."""

    def __init__(self, text: str) -> None:
        boiler, self._loss_cues, self._estimate_cues = _boilerplate()
        self._staff_roles = _staff_roles()
        lines: list[Line] = []
        start = 0
        for n, raw in enumerate(text.split("\n")):
            end = start + len(raw)
            lines.append(_classify(n, start, end, raw, boiler))
            start = end + 1
        self.lines = lines
        self._starts = [line.start for line in lines]
        self._mark_link_lists()
        #: (caption, header, rows) of every table written as text, in text order.
        self.tables: list[tuple[Line | None, Line, list[Line]]] = []
        if "|" in text:
            self._mark_text_tables()
        if "SOURCE" in text:
            self._mark_graphics()
        if text.count(":") >= 3:
            self._mark_speaker_turns()

    def _mark_speaker_turns(self) -> None:
        """A broadcast transcript's turns, labelled with the speaker in capitals ("HANA
        LINDQVIST, ALDBOROUGH CENTRE (via video link): …", then "LINDQVIST: …"). The
        channel's own people (an anchor, a correspondent: ``staff_roles``) speak in the
        writer's voice; a line of theirs that ends in a question is a question, and
        what a guest says is an answer labelled with the guest's name."""
        labelled = [(ln, SPEAKER.match(ln.text)) for ln in self.lines if ln.kind != "blank"]
        # "KYIV: Two more prisoners" in a digest is a dateline, not a speaker
        labelled = [(ln, m) for ln, m in labelled if m is not None and not is_dateline(m["who"])]
        if len(labelled) < 3:
            return
        staff_words: set[str] = set()
        for _ln, m in labelled:
            if m.group("role") and set(m.group("role").lower().split()) & self._staff_roles:
                staff_words.update(m.group("who").split())
        for ln, m in labelled:
            who = m.group("who").strip()
            if set(who.split()) <= staff_words:
                if ln.text.rstrip().endswith("?"):
                    self.lines[ln.index] = replace(ln, kind="question", label=who)
                continue
            self.lines[ln.index] = replace(ln, kind="answer", label=who)

    def _mark_link_lists(self) -> None:
        """The lines under a boilerplate heading that stands alone ("Related Stories",
        "Related coverage:") are links to other stories, down to the next blank line:
        "- Two N. Korean POWs ask to defect to South: lawmaker" is a headline, no claim."""
        lines = self.lines
        for k, line in enumerate(lines):
            if line.kind != "boilerplate" or len(line.text.split()) > 3:
                continue
            j = k + 1
            while j < len(lines) and lines[j].kind != "blank":
                lines[j] = replace(lines[j], kind="boilerplate")
                j += 1

    def _mark_text_tables(self) -> None:
        """A run of lines with the same number of "|"-separated cells (three or more),
        the first naming the columns with no figure: "Supplier | Item | Estimate"."""
        lines = self.lines
        k = 0
        while k < len(lines):
            width = len(cells(lines[k].text))
            hi = k + 1
            while width >= 3 and hi < len(lines) and len(cells(lines[hi].text)) == width:
                hi += 1
            if width < 3 or hi - k < 2 or any(c.isdigit() for c in lines[k].text):
                k = hi if width >= 3 else k + 1
                continue
            caption = next((ln for ln in reversed(lines[:k]) if ln.kind != "blank"), None)
            head = lines[k] = replace(lines[k], kind="table_head")
            rows = []
            for j in range(k + 1, hi):
                rows.append(replace(lines[j], kind="table_row"))
                lines[j] = rows[-1]
            self.tables.append((caption, head, rows))
            k = hi

    def _mark_graphics(self) -> None:
        """Lines of on-screen text: figures with a word in capitals ("14 KILLED") and a
        "SOURCE:" cell, in one "|"-separated line or in a run of lines in capitals."""
        lines = self.lines
        k = 0
        while k < len(lines):
            hi = k
            while hi < len(lines) and _is_caps(lines[hi].text):
                hi += 1
            run = lines[k:hi] if hi > k else [lines[k]]
            parts = (
                [c for ln in run for c in cells(ln.text)] if len(run) > 1 else cells(run[0].text)
            )
            texts = [t.strip(" []") for _a, _b, t in parts]
            if any(_SOURCE_CELL.match(t) for t in texts) and any(
                _GRAPHIC_FIGURE.match(t) for t in texts
            ):
                for j in range(k, max(hi, k + 1)):
                    lines[j] = replace(lines[j], kind="graphic")
            k = max(hi, k + 1)

    def line_at(self, char: int) -> Line:
        """The line holding character ``char``."""
        return self.lines[max(0, bisect_right(self._starts, char) - 1)]

    def lead_of(self, line: Line) -> Line | None:
        """The line that introduces a row's or item's block: the nearest line above
        the block that is not blank, not a row and not an item."""
        if not line.in_block:
            return None
        k = line.index - 1
        while k >= 0 and (self.lines[k].in_block or self.lines[k].kind == "blank"):
            k -= 1
        return self.lines[k] if k >= 0 else None

    def block_of(self, line: Line) -> list[Line]:
        """The rows or items of the block ``line`` belongs to."""
        lo = hi = line.index
        while lo > 0 and (
            self.lines[lo - 1].in_block
            or self.lines[lo - 1].kind == "blank"
            and lo > 1
            and self.lines[lo - 2].in_block
        ):
            lo -= 1
        while hi + 1 < len(self.lines) and self.lines[hi + 1].in_block:
            hi += 1
        return [ln for ln in self.lines[lo : hi + 1] if ln.in_block]

    def is_loss_table(self, line: Line) -> bool:
        """A table of losses: its lead (or the line above it) speaks of losses,
        a toll or a tally ("THE TOLL", "Totals since …", "Russian losses")."""
        lead = self.lead_of(line)
        if lead is None:
            return False
        texts = [lead.text]
        k = lead.index - 1
        while k >= 0 and self.lines[k].kind == "blank":
            k -= 1
        if k >= 0:
            texts.append(self.lines[k].text)
        words = set(re.findall(r"[a-z]+", " ".join(texts).lower()))
        return bool(words & self._loss_cues)

    def is_judgement_list(self, line: Line) -> bool:
        """A list its heading calls judgements or assessments ("Key judgements"): what
        an item says in the publisher's voice is believed, not asserted."""
        lead = self.lead_of(line)
        return (
            lead is not None
            and lead.kind == "heading"
            and bool(set(re.findall(r"[a-z]+", lead.text.lower())) & _judgement_heads())
        )

    def is_estimate_table(self, line: Line) -> bool:
        """A table its lead calls estimates ("THE TOLL (Ukrainian estimates)")."""
        lead = self.lead_of(line)
        return lead is not None and bool(
            set(re.findall(r"[a-z]+", lead.text.lower())) & self._estimate_cues
        )

    def skipped(self, char: int) -> bool:
        """Figures in boilerplate lines and timestamps are never claims."""
        return self.line_at(char).kind in (
            "boilerplate",
            "timestamp",
            "table_head",
            "table_row",
            "graphic",
        )


#: A figure and a word in capitals, a cell of on-screen text: "14 KILLED", "6 MISSING".
_GRAPHIC_FIGURE = re.compile(r"^(?:[A-Z][A-Z -]*:\s*)?(?:[A-Z]+ )?\d[\d,.]*\+?\s+[A-Z][A-Z ]*$")
_SOURCE_CELL = re.compile(r"^(?:SOURCES?|Sources?)\s*:\s*\S")


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def cells(text: str) -> list[tuple[int, int, str]]:
    """The cells of a line of a table written as text: (start, end, text) in the line,
    split at "|" ("North Korea | KN-23 missiles | about 160"); one cell when none."""
    out = []
    start = 0
    for part in text.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((start + lead, start + len(part.rstrip()), part.strip()))
        start += len(part) + 1
    return out


def _classify(n: int, start: int, end: int, raw: str, boiler: re.Pattern[str]) -> Line:
    stripped = raw.strip()
    if not stripped:
        return Line(n, start, end, raw, "blank")
    if _TIMESTAMP.match(stripped):
        return Line(n, start, end, raw, "timestamp")
    turn = TURN.match(raw)
    if turn:
        kind = "question" if turn.group("turn").lower().startswith("q") else "answer"
        return Line(n, start, end, raw, kind, (turn.group("who") or "").strip() or None)
    if boiler.match(stripped):
        return Line(n, start, end, raw, "boilerplate")
    row = _ROW.match(raw)
    if row and len(row.group("label").split()) <= 4:
        return Line(n, start, end, raw, "row", row.group("label").strip())
    if _FACT_ROW.match(raw):
        return Line(n, start, end, raw, "fact")
    if _ITEM.match(raw):
        return Line(n, start, end, raw, "item")
    if len(stripped.split()) <= 14 and not stripped.endswith((".", "”", '"')):
        return Line(n, start, end, raw, "heading")
    return Line(n, start, end, raw, "prose")


def fact_source(line: Line) -> tuple[int, int] | None:
    """Character offsets (in the text) of the brackets that close a fact line and
    name its source: "4,000: soldiers killed or wounded (Ukraine)"."""
    stripped = line.text.rstrip()
    if not stripped.endswith(")") or "(" not in stripped:
        return None
    open_at = stripped.rindex("(")
    return line.start + open_at + 1, line.start + len(stripped) - 1


def separator_at(line: Line) -> int:
    """Where a row's label ends: the offset in ``line.text`` of its ":" or dash
    ("Killed: 1,500", "Personnel — 851,890 (+1,130)"), or -1."""
    row = _ROW.match(line.text)
    if row is None:
        return -1
    k = row.end("label")
    while k < len(line.text) and line.text[k] not in ":–—-":
        k += 1
    return k if k < len(line.text) else -1


def lead_sentences(doc: Doc, layout: Layout, line: Line) -> list[Span]:
    """The sentences a row or list item takes its source from, nearest first: its
    lead line, then up to four sentences above it (never the headline above a lead)."""
    lead = layout.lead_of(line)
    if lead is None:
        return []
    out: list[Span] = []
    if lead.kind == "heading" and not lead.text.rstrip().endswith(":"):
        # "What we know", "Key events": a section title opens a list of its own; the
        # paragraph above it is another section's
        return [s for s in sents(doc) if s.start_char < lead.end and s.end_char > lead.start]
    first = layout.lines[0]
    # A headline is a first line with no full stop; "X publishes the tally." is a lead.
    headline_end = -1 if first.text.rstrip().endswith(".") else first.end
    for sent in reversed(sents(doc)):
        if sent.start_char >= lead.end:
            continue
        if sent.start_char < headline_end < lead.start:
            break  # the headline speaks for itself, not for a list further down
        out.append(sent)
        if len(out) >= 5:
            break
    return out

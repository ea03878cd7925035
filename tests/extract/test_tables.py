"""Tables written as text ("|" between cells) and a broadcaster's on-screen figures."""

from __future__ import annotations

from tests.extract.helpers import quantities

from claimledger.extract.layout import Layout


def _who(claim):
    return claim.claimant.text if claim.claimant else None


_TABLE = (
    "Table 2. Weapons sent to Russia by its partners (Harwell Institute estimates)\n"
    "\n"
    "Supplier | Item | Estimate | Confidence\n"
    "Iran | Shahed-136 drones (complete) | at least 4,000 | High\n"
    "North Korea | 122mm and 152mm artillery shells | 2.5–3.1 million rounds | Low\n"
    "Iran | Ababil drones | none confirmed | n/a\n"
    "Russia to Iran | Su-35 fighter jets | 2–4 | Low\n"
)


def test_text_table_header_and_rows_are_marked():
    layout = Layout(_TABLE)
    assert [line.kind for line in layout.lines[2:7]] == [
        "table_head",
        "table_row",
        "table_row",
        "table_row",
        "table_row",
    ]
    caption, head, rows = layout.tables[0]
    assert caption is not None and caption.text.startswith("Table 2.")
    assert len(rows) == 4


def test_text_table_rows_are_claims_of_the_caption_source(nlp):
    found = quantities(_TABLE, nlp)
    assert [(c.subject, c.recipient, c.number, c.number_high, c.qualifier) for c in found] == [
        ("IR", "RU", 4000, None, "at_least"),
        ("KP", "RU", 2_500_000, 3_100_000, "range"),
        ("RU", "IR", 2, 4, "range"),
    ]
    assert {(c.measure, _who(c), c.hedge) for c in found} == {
        ("materiel", "Harwell Institute estimates", "believed")
    }


def test_text_table_item_cell_drops_brackets_and_shared_calibres(nlp):
    items = [c.item for c in quantities(_TABLE, nlp)]
    assert items[0] == "Shahed-136 drones"
    assert items[1] == "artillery shells"


def test_text_table_row_without_figure_is_no_claim(nlp):
    assert not any("Ababil" in c.evidence.text for c in quantities(_TABLE, nlp))


def test_on_screen_graphic_cells_count_their_capitals_and_name_the_source(nlp):
    text = (
        "ANCHOR: Rescuers in Odesa are still searching the rubble tonight.\n\n"
        "[GRAPHIC: ODESA STRIKE | 9 DEAD | 31 INJURED | 2 MISSING | "
        "SOURCE: ODESA CITY COUNCIL]\n"
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number, c.evidence.text) for c in found] == [
        ("killed", 9, "9 DEAD"),
        ("wounded", 31, "31 INJURED"),
        ("missing", 2, "2 MISSING"),
    ]
    assert {(_who(c), c.hedge, c.subject) for c in found} == {
        ("ODESA CITY COUNCIL", "reported", "UA")
    }


def test_on_screen_graphic_on_lines_of_its_own(nlp):
    text = (
        "REPORTER: The toll in Odesa has risen again this evening.\n\n"
        "ODESA STRIKE\n9 DEAD\n31 INJURED\nSOURCE: ODESA CITY COUNCIL\n"
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number) for c in found] == [("killed", 9), ("wounded", 31)]
    assert {_who(c) for c in found} == {"ODESA CITY COUNCIL"}


def test_range_followed_by_a_multiplier_scales_both_ends(nlp):
    (claim,) = quantities("Pyongyang has sent 4.1–5.3 million shells to Russia.", nlp)
    assert (claim.number, claim.number_high, claim.qualifier) == (4_100_000, 5_300_000, "range")

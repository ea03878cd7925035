"""Document layout: tables, lists, datelines, timestamps and boilerplate lines."""

from __future__ import annotations

from tests.extract.helpers import claims_in, quantities

from claimledger.extract.layout import Layout


def _who(claim):
    return claim.claimant.text if claim.claimant else None


def test_lines_are_classified():
    text = (
        "LOSS TABLE (Kyiv figures)\nDead: 1,200\n- 40 tanks delivered\n10:15 "
        "GMT\n(Reporting by A. Writer)"
    )
    kinds = [line.kind for line in Layout(text).lines]
    assert kinds == ["heading", "row", "item", "timestamp", "boilerplate"]


def test_table_row_counts_what_its_label_says_and_its_lead_names_the_source(nlp):
    text = "WAR DEAD (Ukrainian estimates)\nKilled: 2,100\nWounded: 4,300\nCaptured: 12"
    found = quantities(text, nlp)
    assert [(c.measure, c.number) for c in found] == [
        ("killed", 2100),
        ("wounded", 4300),
        ("captured", 12),
    ]
    assert {(_who(c), c.hedge) for c in found} == {("Ukrainian estimates", "believed")}


def test_personnel_row_of_a_loss_table_is_casualties_and_its_bracketed_change_too(nlp):
    text = (
        "Kyiv's general staff publishes Russia's losses every morning.\n\n"
        "Russian losses since the invasion:\n"
        "Personnel: about 512,400 (+980)\n"
        "Tanks: 8,100 (+6)\n"
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number, c.qualifier) for c in found] == [
        ("casualties", 512400, "about"),
        ("casualties", 980, "exact"),
    ]
    assert all(_who(c) == "Kyiv's general staff" and c.subject == "RU" for c in found)


def test_equipment_rows_of_a_loss_table_are_not_claims(nlp):
    text = (
        "Russian equipment losses to date:\nTanks: 8,100\nArtillery systems: 17,250\nDrones: 15,000"
    )
    assert quantities(text, nlp) == []


def test_list_items_take_supply_and_source_from_their_lead(nlp):
    text = (
        "Britain listed what it has sent to Ukraine. According to the defence ministry, "
        "deliveries so far include:\n"
        "- 14 Challenger 2 tanks\n"
        "- more than 300,000 artillery rounds\n"
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number) for c in found] == [("materiel", 14), ("materiel", 300000)]
    assert all(
        c.subject == "GB" and c.recipient == "UA" and _who(c) == "the defence ministry"
        for c in found
    )


def test_boilerplate_and_timestamp_lines_hold_no_claims(nlp):
    text = (
        "14:05 GMT\n"
        "Read more: 500 soldiers killed in a week, analysts say\n"
        "(Reporting by Jo Bloggs; editing by 2 desks)\n"
    )
    assert claims_in(text, nlp) == []


def test_dateline_is_not_the_subject_of_the_lead_sentence(nlp):
    text = "LONDON, March 3 (Newswire) - Russia and Ukraine swapped 90 prisoners each on Sunday."
    found = quantities(text, nlp)
    assert sorted(c.subject for c in found) == ["RU", "UA"]
    assert all(c.measure == "captured" and c.number == 90 for c in found)


def test_short_heading_line_is_one_sentence_with_its_speaker(nlp):
    text = "- At least 12 people killed in Odesa, says regional governor\n"
    [claim] = quantities(text, nlp)
    assert (claim.measure, claim.number, _who(claim)) == ("killed", 12, "regional governor")


def test_bullet_marks_are_not_part_of_the_speaker(nlp):
    [claim] = quantities("• Kyiv says about 2,000 soldiers have been killed or wounded\n", nlp)
    assert _who(claim) == "Kyiv"


def test_question_headings_hold_no_claims(nlp):
    text = "How many soldiers has North Korea sent?\n\nSeoul says about 11,000 were sent last year."
    assert [c.number for c in quantities(text, nlp)] == [11000]


def test_table_rows_with_a_dash_between_label_and_value(nlp):
    text = (
        "Kyiv's general staff says Russia has lost:\n\n"
        "Personnel — 640,200 (+1,050)\n"
        "Tanks — 9,020 (+4)\n"
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number, c.subject) for c in found] == [
        ("casualties", 640200, "RU"),
        ("casualties", 1050, "RU"),
    ]


def test_fact_lines_that_lead_with_their_figure(nlp):
    text = (
        "Iran and Russia: the numbers\n\n"
        "• 2,000+: Iranian drones delivered to Russia (US estimates)\n"
        "• 400: Iranian advisers deployed to Crimea (Kyiv)\n"
    )
    found = quantities(text, nlp)
    assert [
        (c.measure, c.number, c.qualifier, c.subject, c.claimant.text, c.hedge) for c in found
    ] == [
        ("materiel", 2000, "at_least", "IR", "US estimates", "believed"),
        ("personnel", 400, "exact", "IR", "Kyiv", "reported"),
    ]
    assert found[0].recipient == "RU"


def test_links_under_a_related_stories_heading_are_boilerplate(nlp):
    text = (
        "Seoul says the North has sent more troops.\n\n"
        "Related Stories\n"
        "- Three N. Korean soldiers captured near Sudzha, Kyiv says\n"
        "- 40 North Korean troops killed in drone strike: report\n\n"
        "The agency gave no figure.\n"
    )
    kinds = [line.kind for line in Layout(text).lines]
    assert kinds[2:5] == ["boilerplate", "boilerplate", "boilerplate"]
    assert quantities(text, nlp) == []

"""Interview and hearing transcripts: who answers, what a bare answer counts, and
questions that claim nothing."""

from __future__ import annotations

from tests.extract.helpers import quantities

INTERVIEW = (
    "Holding the line: a commander on the northern front\n\n"
    "Major Taras Hlib leads a drone unit near Kupiansk. He spoke to us on Friday.\n\n"
    "Q: How many of your men have been killed this year?\n\n"
    "A: About 30. We lost another 12 wounded in June.\n\n"
    "Q: Did you hold the village?\n\n"
    "A: By our estimate the Russians lost more than 400 there. We believe 50 Belarusian "
    "volunteers were with them.\n"
)

HEARING = (
    "Committee hears of shells sent to Russia\n\n"
    "Q (Chair): How many shells has Pyongyang sent so far?\n\n"
    "A (Dr Vance): Between 3 and 4 million rounds. Citing Seoul's spy agency, I would put "
    "the figure nearer 4 million.\n\n"
    "Q (Ms Roe): Is the figure of 9,000 troops still right?\n\n"
    "A (Dr Vance): It is closer to 11,000 now.\n"
)


def _rows(text, nlp):
    return [
        (c.measure, c.number, c.claimant.text if c.claimant else None, c.hedge)
        for c in quantities(text, nlp)
    ]


def test_an_unlabelled_answer_is_the_interviewee_s(nlp):
    found = _rows(INTERVIEW, nlp)
    assert ("wounded", 12, "Major Taras Hlib", "reported") in found


def test_a_bare_answer_counts_what_the_question_asked(nlp):
    found = _rows(INTERVIEW, nlp)
    assert ("killed", 30, "Major Taras Hlib", "reported") in found


def test_our_estimate_and_we_believe_in_an_answer_are_the_speaker_s_beliefs(nlp):
    found = _rows(INTERVIEW, nlp)
    assert ("casualties", 400, "Major Taras Hlib", "believed") in found
    assert ("personnel", 50, "Major Taras Hlib", "believed") in found


def test_a_labelled_answer_is_the_label_s(nlp):
    found = _rows(HEARING, nlp)
    assert ("materiel", 3_000_000, "Dr Vance", "reported") in found


def test_citing_a_source_makes_the_speaker_a_relay(nlp):
    [claim] = [c for c in quantities(HEARING, nlp) if c.number == 4_000_000]
    assert (claim.claimant.text, [v.text for v in claim.via], claim.qualifier) == (
        "Seoul's spy agency",
        ["Dr Vance"],
        "about",
    )


def test_a_question_claims_nothing_and_it_is_the_figure_asked_about(nlp):
    found = _rows(HEARING, nlp)
    assert all(number != 9000 for _m, number, _c, _h in found)
    assert ("personnel", 11000, "Dr Vance", "reported") in found


def test_a_name_after_the_is_no_interviewee(nlp):
    text = (
        "On the river: a medic's view\n\n"
        "The Harbour Gazette | Interview | Issue 9\n\n"
        "Captain Olena Brus runs a field hospital near Kherson. She spoke to us in May.\n\n"
        "Q: How many of your patients died last month?\n\n"
        "A: About 40. Another 200 were wounded.\n"
    )
    found = _rows(text, nlp)
    assert found and all(claimant == "Captain Olena Brus" for _, _, claimant, _ in found), found


def test_an_answer_label_with_brackets_of_its_own(nlp):
    text = (
        "Committee hears of engines sent to Russia\n\n"
        "Q (Chair): Is China supplying Russia?\n\n"
        "A (Rear Admiral (retd) Ian Moss): Chinese firms sold Russia about 9,000 engines "
        "for drones last year.\n"
    )
    found = _rows(text, nlp)
    assert found == [("materiel", 9000, "Rear Admiral (retd) Ian Moss", "reported")]

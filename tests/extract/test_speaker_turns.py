"""A broadcast transcript's turns labelled with the speaker in capitals."""

from __future__ import annotations

from tests.extract.helpers import quantities

from claimledger.extract.layout import Layout

_SHOW = (
    "MARA OKAFOR, HOST: Welcome back. The defence ministry in Seoul says North Korean "
    "troops are still arriving in Russia. Doctor, how many are there?\n\n"
    "DR PAVEL ROSS, EASTGATE INSTITUTE (via satellite): I would say about 9,000 by now.\n\n"
    "OKAFOR: And their losses?\n\n"
    "ROSS: Heavy, but nobody outside Pyongyang really knows.\n"
)


def test_guest_turns_are_answers_and_host_questions_are_questions():
    lines = [ln for ln in Layout(_SHOW).lines if ln.kind != "blank"]
    assert [(ln.kind, ln.label) for ln in lines] == [
        ("question", "MARA OKAFOR"),
        ("answer", "DR PAVEL ROSS"),
        ("question", "OKAFOR"),
        ("answer", "ROSS"),
    ]


def test_guest_answer_counts_what_the_host_asked_and_is_the_guests(nlp):
    (claim,) = quantities(_SHOW, nlp)
    assert (claim.measure, claim.number, claim.subject) == ("personnel", 9000, "KP")
    assert claim.claimant is not None and claim.claimant.text == "DR PAVEL ROSS"


def test_staff_lines_that_do_not_ask_stay_prose():
    text = (
        "ANNA BELL, ANCHOR: Good evening.\n"
        "JON WEST, CORRESPONDENT: Rescuers are still at work here.\n"
        "BELL: Thank you, Jon."
    )
    assert [ln.kind for ln in Layout(text).lines] == ["prose", "prose", "prose"]


def test_two_capitalised_labels_are_no_transcript():
    text = "HUR: North Korean troops back at the front\nNOTE: figures are rounded\nToday."
    assert {ln.kind for ln in Layout(text).lines} <= {"heading", "prose"}

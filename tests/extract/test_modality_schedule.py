"""A timetable ("are due to follow", "are scheduled to be sent") says what is to come."""

from __future__ import annotations

from tests.extract.helpers import quantities


def test_due_to_follow_is_a_plan(nlp):
    text = "Paris has delivered 30 howitzers, and a further 12 are due to follow in the spring."
    assert [c.number for c in quantities(text, nlp)] == [30]


def test_scheduled_to_be_sent_is_a_plan(nlp):
    assert (
        quantities("Officials said 600 more marines are scheduled to be sent in June.", nlp) == []
    )


def test_sent_in_the_past_stays_a_claim(nlp):
    found = quantities("Officials said 600 more marines were sent in June.", nlp)
    assert [(c.measure, c.number) for c in found] == [("personnel", 600)]


def test_modal_under_a_condition_is_no_claim(nlp):
    text = (
        "If it does, the total number of Belarusians dispatched to Russia could exceed 3,000, "
        "an official said."
    )
    assert quantities(text, nlp) == []

"""Parts of a count told right after it: "Of these, N were …" and "Name (N)" lists."""

from __future__ import annotations

from tests.extract.helpers import quantities


def test_breakdown_sentence_parts_keep_the_measure_of_the_whole(nlp):
    text = (
        "Kyiv said 2,400 Russian soldiers were killed near Avdiivka in March. "
        "Of these, 900 were conscripts, 700 were recruited from prisons and "
        "800 were contract soldiers."
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number, c.subject) for c in found] == [
        ("killed", 2400, "RU"),
        ("killed", 900, "RU"),
        ("killed", 700, "RU"),
        ("killed", 800, "RU"),
    ]


def test_breakdown_parts_speak_in_their_own_sentence_voice(nlp):
    text = (
        "Kyiv said 2,400 Russian soldiers were killed near Avdiivka in March. "
        "Of these, 900 were conscripts."
    )
    whole, part = quantities(text, nlp)
    assert (whole.hedge, whole.claimant.text) == ("reported", "Kyiv")
    assert (part.hedge, part.claimant) == ("asserted", None)


def test_breakdown_reaches_past_a_sentence_about_the_sources(nlp):
    text = (
        "The project has identified 5,120 Russian soldiers killed in the war. "
        "Every name comes from a published obituary. "
        "Of them, 1,300 were volunteers."
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number) for c in found] == [("killed", 5120), ("killed", 1300)]


def test_breakdown_opening_with_the_whole_named_by_its_state(nlp):
    text = (
        "Monitors have confirmed the deaths of 4,300 Russian soldiers in the region. "
        "Of the identified dead, 1,500 were volunteers and 900 were mobilised men."
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number) for c in found] == [
        ("killed", 4300),
        ("killed", 1500),
        ("killed", 900),
    ]


def test_bracketed_figures_after_names_count_what_the_count_before_counts(nlp):
    text = (
        "Dagestan tops the list with 2,150 confirmed deaths, followed by Chechnya (1,480) "
        "and the Perm region (1,210), the monitors said."
    )
    found = quantities(text, nlp)
    assert [(c.measure, c.number) for c in found] == [
        ("killed", 2150),
        ("killed", 1480),
        ("killed", 1210),
    ]
    assert [c.location.text if c.location else None for c in found[1:]] == [
        "Chechnya",
        "the Perm region",
    ]
    assert {c.hedge for c in found} == {"reported"}


def test_bracketed_figure_without_a_count_before_is_left_alone(nlp):
    assert quantities("The delegation met in Geneva (2025) to discuss prisoners.", nlp) == []

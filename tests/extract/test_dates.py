"""The day a claim states for itself, one test per way of writing it."""

from __future__ import annotations

import pytest

from claimledger.extract.dates import find_dates, pick_date
from claimledger.records import Document

PUBLISHED = "2025-03-05"  # a Wednesday


@pytest.mark.parametrize(
    ("case", "text", "words", "iso"),
    [
        ("day before month", "As of 1 March, 900 were held.", "1 March", "2025-03-01"),
        (
            "month before day with a suffix",
            "On March 2nd the toll was 10.",
            "March 2nd",
            "2025-03-02",
        ),
        (
            "a full date with its year",
            "By 30 December 2024, 40 had died.",
            "30 December 2024",
            "2024-12-30",
        ),
        ("an ISO date", "The 2025-02-28 tally gave 9.", "2025-02-28", "2025-02-28"),
        (
            "a weekday is the last one on or before publication",
            "He said on Monday 40 died.",
            "Monday",
            "2025-03-03",
        ),
        (
            "the publication's own weekday is that day",
            "On Wednesday 5 were hurt.",
            "Wednesday",
            "2025-03-05",
        ),
        (
            "'last' weekday is at least a week back",
            "Last Wednesday 5 were hurt.",
            "Wednesday",
            "2025-02-26",
        ),
        ("yesterday", "Yesterday 12 were wounded.", "Yesterday", "2025-03-04"),
        (
            "a day and month after publication is last year's",
            "On 20 December 30 died.",
            "20 December",
            "2024-12-20",
        ),
    ],
)
def test_stated_days(case, text, words, iso):
    found = find_dates(text, PUBLISHED)
    assert [(d.text, d.iso) for d in found] == [(words, iso)], case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("the modal 'may' is no month", "Between 5 may have died."),
        ("a period start is no date of a figure", "Since 3 March, 300 were captured."),
        ("a month alone is no day", "In December 20 soldiers died."),
        ("a year alone is no day", "In 2023 some 100 died."),
        ("a count above 31 before a month is no day", "Some 40 March recruits deserted."),
    ],
)
def test_not_stated_days(case, text):
    assert find_dates(text, PUBLISHED) == [], case


def test_weekdays_need_a_publication_date():
    assert find_dates("He said on Monday 40 died.", None) == []
    assert [d.iso for d in find_dates("As of 1 March 2025, 9 died.", None)] == ["2025-03-01"]


def test_as_of_wins_over_a_nearer_day():
    text = "On Monday officials said that as of 1 March 900 were held."
    found = find_dates(text, PUBLISHED)
    assert pick_date(found, text.index("900")).text == "1 March"


def test_the_day_before_the_figure_wins_over_one_after():
    text = "On Monday the ministry said 40 died, and on Tuesday it said 45."
    found = find_dates(text, PUBLISHED)
    assert pick_date(found, text.index("40")).text == "Monday"
    assert pick_date(found, text.index("45")).text == "Tuesday"


@pytest.mark.slow
def test_extracted_claims_carry_their_stated_day(nlp):
    from claimledger.extract import extract

    text = "Officials said on Monday that 40 soldiers were killed near the river."
    (claim,) = extract(Document("d", text, date=PUBLISHED), nlp=nlp)
    assert (claim.date, claim.date_span.text) == ("2025-03-03", "Monday")
    assert text[claim.date_span.start : claim.date_span.end] == "Monday"

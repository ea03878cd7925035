"""Figures: digits, words, vague amounts, qualifiers, ranges, and what is never a count."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers import find_figures


def figures(base_nlp, text):
    doc = base_nlp(text)
    return [
        (doc[f.start : f.end].text, f.value, f.value_high, f.qualifier, f.vague, f.low, f.high)
        for f in find_figures(doc)
    ]


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        (
            "digits with thousands separator",
            "They sent 12,000 troops.",
            ("12,000", 12000, None, "exact", None, 12000, 12000),
        ),
        ("plain digits", "Officials counted 77 bodies.", ("77", 77, None, "exact", None, 77, 77)),
        (
            "decimal with multiplier",
            "It shipped 1.5 million shells.",
            ("1.5 million", 1500000, None, "exact", None, 1500000, 1500000),
        ),
        (
            "number words with multiplier",
            "It shipped five million shells.",
            ("five million", 5000000, None, "exact", None, 5000000, 5000000),
        ),
        (
            "hyphenated number words",
            "Twenty-five soldiers surrendered.",
            ("Twenty-five", 25, None, "exact", None, 25, 25),
        ),
        (
            "hundred and tens",
            "Two hundred and fifty men were sent.",
            ("Two hundred and fifty", 250, None, "exact", None, 250, 250),
        ),
        ("a dozen", "A dozen drones were delivered.", ("A dozen", 12, None, "exact", None, 12, 12)),
        (
            "vague dozens",
            "Dozens of missiles arrived.",
            ("Dozens", None, None, "vague", "dozens", 24, 99),
        ),
        (
            "vague tens of thousands",
            "Tens of thousands of troops massed.",
            ("Tens of thousands", None, None, "vague", "tens of thousands", 20000, 99999),
        ),
        (
            "vague several hundred multiplies",
            "Several hundred soldiers were captured.",
            ("Several hundred", None, None, "vague", "several hundred", 300, 900),
        ),
        (
            "vague a few thousand",
            "A few thousand shells were sent.",
            ("A few thousand", None, None, "vague", "a few thousand", 2000, 5000),
        ),
        (
            "vague hundreds",
            "Hundreds of soldiers died.",
            ("Hundreds", None, None, "vague", "hundreds", 200, 999),
        ),
    ],
)
def test_figure_words(base_nlp, case, text, expected):
    assert figures(base_nlp, text) == [expected], case


@pytest.mark.parametrize(
    ("words", "qualifier", "low", "high"),
    [
        ("more than", "more_than", 500, None),
        ("over", "more_than", 500, None),
        ("at least", "at_least", 500, None),
        ("up to", "up_to", None, 500),
        ("as many as", "up_to", None, 500),
        ("nearly", "fewer_than", None, 500),
        ("almost", "fewer_than", None, 500),
        ("around", "about", 500, 500),
        ("about", "about", 500, 500),
        ("roughly", "about", 500, 500),
        ("some", "about", 500, 500),
        ("approximately", "about", 500, 500),
        ("fewer than", "fewer_than", None, 500),
        ("less than", "fewer_than", None, 500),
    ],
)
def test_qualifier_before_figure(base_nlp, words, qualifier, low, high):
    [(text, value, _h, qual, _v, lo, hi)] = figures(
        base_nlp, f"Officials said {words} 500 soldiers were killed."
    )
    assert (text, value, qual, lo, hi) == ("500", 500, qualifier, low, high)


def test_qualifier_after_figure_or_more(base_nlp):
    [(_t, value, _h, qual, _v, lo, hi)] = figures(
        base_nlp, "Some reports said 300 or more soldiers died."
    )
    assert (value, qual, lo, hi) == (300, "at_least", 300, None)


@pytest.mark.parametrize(
    ("case", "text", "span", "low", "high"),
    [
        ("between X and Y", "between 10,000 and 12,000 troops", "10,000 and 12,000", 10000, 12000),
        ("X to Y", "10,000 to 12,000 troops", "10,000 to 12,000", 10000, 12000),
        ("X en-dash Y", "10,000–12,000 troops", "10,000–12,000", 10000, 12000),
        ("X hyphen Y", "3,000-4,000 troops", "3,000-4,000", 3000, 4000),
        ("shared multiplier", "10 to 12 thousand troops", "10 to 12 thousand", 10000, 12000),
    ],
)
def test_ranges(base_nlp, case, text, span, low, high):
    [(text_found, value, value_high, qual, _v, lo, hi)] = figures(
        base_nlp, f"Seoul said {text} were sent."
    )
    assert (qual, value, value_high, lo, hi) == ("range", low, high, low, high), case
    assert text_found == span


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("calibre glued to unit", "It supplied 152mm shells."),
        ("calibre spelled out with hyphen", "It supplied 240-millimetre rocket launchers."),
        ("designation with hyphen", "It supplied KN-23 missiles."),
        ("designation class name", "It supplied Hwasong-11 missiles."),
        ("designation letters and digits", "It supplied M1989 guns."),
        ("date day month", "The attack came on 24 November."),
        ("year", "The troops arrived in 2024."),
        ("duration", "The battle lasted three days."),
        ("duration with hyphen", "It was a 20-year-old soldier."),
        ("ordinal", "The 11th brigade moved."),
        ("percentage sign", "About 40% of the unit left."),
        ("percentage word", "About 40 percent of the unit left."),
        ("money", "It paid $500 million for the shells."),
        ("clock time", "The strike came at 10:30."),
        ("age", "Most of the soldiers were aged 19."),
        ("age range", "The recruits are aged between 18 and 25."),
    ],
)
def test_not_counts(base_nlp, case, text):
    assert figures(base_nlp, text) == [], case


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        (
            "signed change in brackets",
            "Personnel: 512,400 (+980)",
            [("512,400", 512400), ("+980", 980)],
        ),
        ("several dozen multiplies", "It sent several dozen missiles.", [("several dozen", None)]),
        ("several standing for people", "Several were wounded.", [("Several", None)]),
        ("strength of a force", "an 8,000-strong force", [("8,000", 8000)]),
    ],
)
def test_figure_constructions(base_nlp, case, text, expected):
    assert [(t, v) for t, v, *_ in figures(base_nlp, text)] == expected, case


def test_several_dozen_interval(base_nlp):
    [(_t, _v, _h, qual, vague, low, high)] = figures(base_nlp, "It sent several dozen missiles.")
    assert (qual, vague, low, high) == ("vague", "several dozen", 36, 108)


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("hyphened modifier", "A five-storey block collapsed."),
        ("hyphened engine", "It has a two-stroke engine."),
        ("as young as", "Some recruits were as young as 17."),
        ("model number after its name", "Kyiv received Leopard 2 tanks."),
    ],
)
def test_more_not_counts(base_nlp, case, text):
    assert figures(base_nlp, text) == [], case


def test_passing_a_figure_is_more_than_it(base_nlp):
    [(_t, value, _h, qual, *_rest)] = figures(base_nlp, "The toll passes 1,000.")
    assert (value, qual) == (1000, "more_than")


@pytest.mark.parametrize(
    ("case", "text", "span", "value", "qualifier"),
    [
        ("half a million", "It sent half a million shells.", "half a million", 500000, "exact"),
        (
            "a quarter of a million",
            "It sent a quarter of a million shells.",
            "a quarter of a million",
            250000,
            "exact",
        ),
        ("N-plus", "Some 1,000-plus soldiers died.", "1,000", 1000, "at_least"),
        ("suffixed millions", "It sent 3m shells.", "3m", 3000000, "exact"),
    ],
)
def test_more_figure_words(base_nlp, case, text, span, value, qualifier):
    [(found, v, _h, qual, *_rest)] = figures(base_nlp, text)
    assert (found, v, qual) == (span, value, qualifier), case


@pytest.mark.parametrize(
    "text",
    [
        "One in five shells failed to fire.",
        "Nine out of ten drones were downed.",
        "The ratio is roughly one dead for every two wounded.",
    ],
)
def test_ratios_are_not_counts(base_nlp, text):
    assert figures(base_nlp, text) == []


def test_hand_over_is_no_bound(base_nlp):
    [(_t, value, _h, qual, *_rest)] = figures(base_nlp, "Kyiv offered to hand over two soldiers.")
    assert (value, qual) == (2, "exact")


@pytest.mark.parametrize(
    "text, value",
    [("The crews killed 80 in one night.", 80), ("The brigade lost 40 in two assaults.", 40)],
)
def test_a_count_over_a_stretch_of_time_is_not_a_ratio(base_nlp, text, value):
    assert figures(base_nlp, text)[0][1] == value

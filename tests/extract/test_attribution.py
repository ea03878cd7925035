"""Claimant, relay chain (via) and hedge."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_in, only


def _who(claim):
    return claim.claimant.text if claim.claimant else None


@pytest.mark.parametrize(
    ("case", "text", "claimant", "hedge"),
    [
        ("said before clause", "The defence ministry said 40 North Korean soldiers were killed.", "The defence ministry", "reported"),
        ("said after clause", "Forty North Korean soldiers were killed, the defence ministry said.", "the defence ministry", "reported"),
        ("told", "A military spokesman told the parliament that 40 North Korean soldiers were killed.", "A military spokesman", "reported"),
        ("claimed", "The brigade claimed to have killed 40 North Korean soldiers.", "The brigade", "claimed"),
        ("reported", "The general staff reported that 40 Russian soldiers were captured.", "The general staff", "reported"),
        ("estimated", "Analysts estimated that 4,000 North Korean troops were wounded.", "Analysts", "believed"),
        ("warned", "Seoul's spy agency warned that 3,000 more troops were sent.", "Seoul's spy agency", "reported"),
        ("assessed", "Western officials assessed that 1,000 North Korean soldiers were killed.", "Western officials", "believed"),
        ("according to", "According to the Pentagon, 1,000 North Korean soldiers were killed.", "the Pentagon", "reported"),
        ("per", "Per Ukrainian officials, 300 North Korean soldiers were captured.", "Ukrainian officials", "reported"),
        ("writer states it", "Some 11,000 North Korean troops are in Russia.", None, "asserted"),
        ("passive claim with no agent", "North Korea is claimed to have suffered 1,000 casualties.", None, "claimed"),
    ],
)
def test_claimant_and_hedge(nlp, case, text, claimant, hedge):
    claim = only(text, nlp)
    assert (_who(claim), claim.hedge) == (claimant, hedge), case


def test_speaker_named_after_a_quote(nlp):
    claim = only("“We have killed 200 North Korean soldiers,” the commander said.", nlp)
    assert (_who(claim), claim.hedge) == ("the commander", "reported")


def test_quote_running_into_the_next_paragraph_keeps_its_speaker(nlp):
    text = (
        "“The North keeps sending men,” the colonel said.\n"
        "“About 500 of its soldiers were killed last week alone.”"
    )
    claim = only(text, nlp)
    assert (_who(claim), claim.number) == ("the colonel", 500)


def test_relay_news_agency_reported(nlp):
    claim = only("South Korean intelligence said 100 North Koreans were killed, reported Yonhap news agency.", nlp)
    assert _who(claim) == "South Korean intelligence"
    assert [v.text for v in claim.via] == ["Yonhap news agency"]


def test_relay_told_news_agency(nlp):
    claim = only("A Ukrainian official told Reuters that 30 North Korean soldiers were captured.", nlp)
    assert _who(claim) == "A Ukrainian official"
    assert [v.text for v in claim.via] == ["Reuters"]


def test_relay_citing_the_original_source(nlp):
    claim = only("About 1,000 North Korean soldiers were killed, a lawmaker said, citing the NIS.", nlp)
    assert _who(claim) == "the NIS"
    assert [v.text for v in claim.via] == ["a lawmaker"]


def test_outer_speaker_relays_inner_estimate(nlp):
    text = "The US estimated that 1,200 North Korean troops were killed, a spokesman told Reuters."
    claim = only(text, nlp)
    assert _who(claim) == "The US"
    assert [v.text for v in claim.via] == ["a spokesman", "Reuters"]


@pytest.mark.parametrize(
    ("case", "text", "hedge"),
    [
        ("believed passive", "Around 100 North Koreans are believed to have been killed.", "believed"),
        ("may", "North Korea may have sent 5,000 more troops to Russia.", "speculative"),
        ("could", "As many as 1,000 North Korean soldiers could have been killed.", "speculative"),
        ("reportedly", "About 100 North Korean soldiers were reportedly killed.", "reported"),
        ("allegedly", "About 100 North Korean soldiers were allegedly captured.", "claimed"),
    ],
)
def test_hedge_cues(nlp, case, text, hedge):
    assert only(text, nlp).hedge == hedge, case


def test_hedge_cue_span_points_at_the_cue(nlp):
    text = "The brigade claimed to have killed 40 North Korean soldiers."
    claim = only(text, nlp)
    assert claim.hedge_cue is not None and claim.hedge_cue.text == "claimed"
    assert text[claim.hedge_cue.start : claim.hedge_cue.end] == "claimed"


def test_elliptical_figure_inherits_hedge_and_claimant(nlp):
    text = ("With 100 North Koreans believed to have been killed and a further 1,000 injured, "
            "Seoul's spy agency warned that more were coming.")
    found = [c for c in claims_in(text, nlp) if c.kind == "quantity"]
    assert [(c.measure, c.hedge, _who(c)) for c in found] == [
        ("killed", "believed", "Seoul's spy agency"),
        ("wounded", "believed", "Seoul's spy agency"),
    ]

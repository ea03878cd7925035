"""Claimant, relay chain (via) and hedge."""

from __future__ import annotations

import pytest
from tests.extract.helpers import claims_in, only, quantities


def _who(claim):
    return claim.claimant.text if claim.claimant else None


@pytest.mark.parametrize(
    ("case", "text", "claimant", "hedge"),
    [
        (
            "said before clause",
            "The defence ministry said 40 North Korean soldiers were killed.",
            "The defence ministry",
            "reported",
        ),
        (
            "said after clause",
            "Forty North Korean soldiers were killed, the defence ministry said.",
            "the defence ministry",
            "reported",
        ),
        (
            "told",
            "A military spokesman told the parliament that 40 North Korean soldiers were killed.",
            "A military spokesman",
            "reported",
        ),
        (
            "claimed",
            "The brigade claimed to have killed 40 North Korean soldiers.",
            "The brigade",
            "claimed",
        ),
        (
            "reported",
            "The general staff reported that 40 Russian soldiers were captured.",
            "The general staff",
            "reported",
        ),
        (
            "estimated",
            "Analysts estimated that 4,000 North Korean troops were wounded.",
            "Analysts",
            "believed",
        ),
        (
            "warned",
            "Seoul's spy agency warned that 3,000 more troops were sent.",
            "Seoul's spy agency",
            "reported",
        ),
        (
            "assessed",
            "Western officials assessed that 1,000 North Korean soldiers were killed.",
            "Western officials",
            "believed",
        ),
        (
            "according to",
            "According to the Pentagon, 1,000 North Korean soldiers were killed.",
            "the Pentagon",
            "reported",
        ),
        (
            "per",
            "Per Ukrainian officials, 300 North Korean soldiers were captured.",
            "Ukrainian officials",
            "reported",
        ),
        ("writer states it", "Some 11,000 North Korean troops are in Russia.", None, "asserted"),
        (
            "passive claim with no agent",
            "North Korea is claimed to have suffered 1,000 casualties.",
            None,
            "claimed",
        ),
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
    claim = only(
        "South Korean intelligence said 100 North Koreans were killed, reported Yonhap news "
        "agency.",
        nlp,
    )
    assert _who(claim) == "South Korean intelligence"
    assert [v.text for v in claim.via] == ["Yonhap news agency"]


def test_relay_told_news_agency(nlp):
    claim = only(
        "A Ukrainian official told Reuters that 30 North Korean soldiers were captured.", nlp
    )
    assert _who(claim) == "A Ukrainian official"
    assert [v.text for v in claim.via] == ["Reuters"]


def test_relay_citing_the_original_source(nlp):
    claim = only(
        "About 1,000 North Korean soldiers were killed, a lawmaker said, citing the NIS.", nlp
    )
    assert _who(claim) == "the NIS"
    assert [v.text for v in claim.via] == ["a lawmaker"]


def test_outer_speaker_relays_inner_estimate(nlp):
    text = "The US estimated that 1,200 North Korean troops were killed, a lawmaker told Reuters."
    claim = only(text, nlp)
    assert _who(claim) == "The US"
    assert [v.text for v in claim.via] == ["a lawmaker", "Reuters"]


@pytest.mark.parametrize(
    ("case", "text", "via"),
    [
        (
            "a bare spokesman speaks for the body, relays nothing",
            "The US estimated that 1,200 North Korean troops were killed, a spokesman told "
            "Reuters.",
            ["Reuters"],
        ),
        (
            "its spokeswoman",
            "The ministry put Russian losses at 3,000, its spokeswoman said.",
            [],
        ),
        (
            "a spokesperson of another body still relays",
            "Kyiv counted 300 Russian dead, a Pentagon spokesperson said.",
            ["a Pentagon spokesperson"],
        ),
        (
            "a spokesman for someone else still relays",
            "The ministry had counted 300 dead, a spokesman for the UN said.",
            ["a spokesman for the UN"],
        ),
    ],
)
def test_an_unnamed_spokesperson_is_the_claimant_s_voice(nlp, case, text, via):
    claim = only(text, nlp)
    assert [v.text for v in claim.via] == via, case


@pytest.mark.parametrize(
    ("case", "text", "hedge"),
    [
        (
            "believed passive",
            "Around 100 North Koreans are believed to have been killed.",
            "believed",
        ),
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
    text = (
        "With 100 North Koreans believed to have been killed and a further 1,000 injured, "
        "Seoul's spy agency warned that more were coming."
    )
    found = [c for c in claims_in(text, nlp) if c.kind == "quantity"]
    assert [(c.measure, c.hedge, _who(c)) for c in found] == [
        ("killed", "believed", "Seoul's spy agency"),
        ("wounded", "believed", "Seoul's spy agency"),
    ]


# ---------------------------------------------------------------- speakers the parse misses


@pytest.mark.parametrize(
    ("case", "text", "claimant"),
    [
        (
            "trailing speaker after a comma",
            "Four civilians were wounded in the shelling of Sumy, the city council says.",
            "the city council",
        ),
        (
            "trailing speaker with an appositive name",
            "The number of people killed has risen to nine, the regional head, Petro "
            "Kovalenko, said.",
            "the regional head, Petro Kovalenko",
        ),
        (
            "inverted speaker in a headline",
            "Seven soldiers captured near Pokrovsk, says brigade spokesman",
            "brigade spokesman",
        ),
        (
            "source named before a colon",
            "Zelensky: 2,500 North Korean soldiers killed in Kursk",
            "Zelensky",
        ),
        (
            "controller of 'continues to assess'",
            "The institute continues to assess that about 9,000 North Korean troops are "
            "deployed in Russia.",
            "The institute",
        ),
        (
            "speaker of a participle clause",
            "Ukraine's intelligence agency raised its count, saying 1,200 North Korean "
            "soldiers had been killed.",
            "Ukraine's intelligence agency",
        ),
        (
            "sentence-initial speaker parsed as a reduced relative",
            "Seoul's spy agency earlier estimated on Monday that at least 300 North Korean "
            "soldiers had died.",
            "Seoul's spy agency",
        ),
        (
            "reviser of its own estimate",
            "The Pentagon has lowered its estimate of North Korean casualties to about 2,800.",
            "The Pentagon",
        ),
        (
            "trailing speaker tagged as a noun before a semicolon",
            "About 9,000 soldiers have been deployed since May, South Korean intelligence "
            "estimates; more are expected.",
            "South Korean intelligence",
        ),
        (
            "a 'said' the parse hung on a denied clause shares the denier's subject",
            "The brigade, which Moscow said had been encircled, denied that its positions "
            "had been surrounded and said its losses were three killed.",
            "The brigade",
        ),
        (
            "seeing signs names the one who sees",
            "The agency had seen signs that some 2,000 North Korean troops could be sent to "
            "the front.",
            "The agency",
        ),
    ],
)
def test_speakers_the_parse_leaves_unattached(nlp, case, text, claimant):
    assert _who(only(text, nlp)) == claimant, case


def test_pronoun_speaker_takes_the_name_it_refers_to(nlp):
    text = (
        "Fifteen people were injured overnight, the governor of Kharkiv, Oleh Marchenko, said. "
        "He said 70 North Korean soldiers had been captured."
    )
    found = quantities(text, nlp)
    assert _who(found[1]) == "the governor of Kharkiv, Oleh Marchenko"


def test_it_said_names_the_body_named_before(nlp):
    text = (
        "The defence ministry said 4,000 North Korean soldiers had been sent to Russia. "
        "Of those, about 200 were killed, it said."
    )
    found = quantities(text, nlp)
    assert [(c.number, _who(c)) for c in found] == [
        (4000, "The defence ministry"),
        (200, "The defence ministry"),
    ]


def test_the_same_official_keeps_the_first_mention_and_its_relay(nlp):
    text = (
        "A Ukrainian intelligence officer told the BBC that 30 North Korean soldiers had been "
        "captured. "
        "The same officer said 110 more had been killed."
    )
    found = quantities(text, nlp)
    assert _who(found[1]) == "A Ukrainian intelligence officer"
    assert [v.text for v in found[1].via] == ["the BBC"]


def test_quote_across_a_blank_line_keeps_its_speaker(nlp):
    text = (
        'The captain said: "They attack in waves.\n\n'
        '"Last week alone we killed 150 North Korean soldiers."'
    )
    [claim] = quantities(text, nlp)
    assert (claim.number, _who(claim)) == (150, "The captain")


def test_first_person_belief_in_a_quote_is_the_speaker_s(nlp):
    text = '"We believe 400 North Korean soldiers were wounded," the colonel said.'
    [claim] = quantities(text, nlp)
    assert (_who(claim), claim.hedge) == ("the colonel", "believed")


def test_according_to_a_document_names_whoever_issued_it(nlp):
    text = (
        "The ministry updated its weekly bulletin on Friday. "
        "According to the document, 260 North Korean soldiers were captured."
    )
    assert _who(quantities(text, nlp)[0]) == "The ministry"


@pytest.mark.parametrize(
    ("case", "text", "claimant", "hedge"),
    [
        (
            "by the estimate of",
            "By the estimate of Seoul's intelligence service, 600 North Korean soldiers died.",
            "Seoul's intelligence service",
            "believed",
        ),
        (
            "by X's count",
            "By the army's count, 1,100 Russian soldiers were captured.",
            "the army",
            "reported",
        ),
        (
            "framing source beats a later parenthetical",
            "According to the ministry, Pyongyang has sent 2 million shells to Russia, enough, "
            "experts reckon, "
            "for a year of war.",
            "the ministry",
            "reported",
        ),
    ],
)
def test_prepositional_sources(nlp, case, text, claimant, hedge):
    claim = only(text, nlp)
    assert (_who(claim), claim.hedge) == (claimant, hedge), case


def test_speaker_of_a_later_coordinated_clause_is_not_the_source_of_the_first(nlp):
    text = (
        "Drone footage shows 20 artillery shells on trucks near the border, and a Ukrainian "
        "officer "
        "told reporters that 45 North Korean soldiers had been killed."
    )
    found = {c.number: c for c in quantities(text, nlp)}
    assert _who(found[45]) == "a Ukrainian officer"


def test_things_that_show_are_not_claimants(nlp):
    claim = only(
        "Satellite images show that Russia has received 50 North Korean rocket launchers.", nlp
    )
    assert _who(claim) is None


def test_a_speaker_who_denies_is_not_the_source(nlp):
    text = (
        "Kyiv claimed that 80 North Korean soldiers had been killed in the raid, "
        "a figure no other government has confirmed."
    )
    assert _who(only(text, nlp)) == "Kyiv"


@pytest.mark.parametrize(
    ("case", "text", "hedge"),
    [
        (
            "likely is an assessment",
            "North Korean forces have likely lost 2,000 soldiers.",
            "believed",
        ),
        (
            "it is likely that",
            "It is likely that 6,000 North Korean troops were sent to Kursk.",
            "believed",
        ),
        (
            "perhaps before the figure",
            "The war has cost Russia perhaps 90,000 dead.",
            "speculative",
        ),
        (
            "put the figure at",
            "Seoul's spies put the figure at about 3,300 casualties.",
            "believed",
        ),
        (
            "there are reports that",
            "There are reports that about 2,000 North Korean soldiers have been killed.",
            "reported",
        ),
        (
            "there were claims that",
            "There were claims that 500 North Korean soldiers had been killed.",
            "claimed",
        ),
        (
            "by my own reckoning, in the writer's voice",
            "By my own reckoning, at least 4,000 North Korean soldiers have been killed.",
            "believed",
        ),
        (
            "puts a side's losses at: sizing a figure is an estimate",
            "The Kyiv command puts Russian losses at about 9,000 dead.",
            "believed",
        ),
        (
            "coordinated clause is not presumed",
            "The army said many of its men were presumed dead, and that 14 soldiers were captured.",
            "reported",
        ),
    ],
)
def test_hedges_of_assessment_and_speculation(nlp, case, text, hedge):
    assert only(text, nlp).hedge == hedge, case


def test_a_figure_in_the_speaker_s_description_is_not_a_claim(nlp):
    [claim] = quantities(
        "Two Ukrainian officers told the BBC that 35 North Korean soldiers were captured.", nlp
    )
    assert claim.number == 35


def test_a_question_is_not_a_claim(nlp):
    assert (
        claims_in("How many of the 12,000 North Korean soldiers sent to Russia have died?", nlp)
        == []
    )


def test_reporting_verb_tagged_as_a_noun(nlp):
    claim = only("British intelligence estimates that Russia has suffered 450,000 casualties.", nlp)
    assert (_who(claim), claim.hedge) == ("British intelligence", "believed")


def test_according_to_estimates_by_names_the_estimator(nlp):
    claim = only(
        "According to estimates by a Kyiv think tank, 900 Russian soldiers were captured.", nlp
    )
    assert (_who(claim), claim.hedge) == ("a Kyiv think tank", "believed")


def test_according_to_people_who_did_something(nlp):
    claim = only(
        "About 1,500 soldiers were moved to the front, according to lawmakers who attended.", nlp
    )
    assert _who(claim) == "lawmakers"


@pytest.mark.parametrize(
    ("case", "text", "hedge", "claimant"),
    [
        (
            "appears to",
            "North Korea appears to have sent 3,000 more troops to Russia.",
            "speculative",
            None,
        ),
        ("seems to", "North Korea seems to have lost 1,000 soldiers.", "speculative", None),
        (
            "is said to",
            "North Korea is said to have sent 3,000 more troops to Russia.",
            "reported",
            None,
        ),
        (
            "thought to",
            "Around 500 North Korean soldiers are thought to have died.",
            "believed",
            None,
        ),
        (
            "reports suggest",
            "Reports suggest 1,200 North Korean soldiers have been killed.",
            "reported",
            None,
        ),
        (
            "suggests that",
            "Seoul suggests that 1,200 North Korean soldiers have been killed.",
            "reported",
            "Seoul",
        ),
    ],
)
def test_impersonal_hedges(nlp, case, text, hedge, claimant):
    claim = only(text, nlp)
    assert (claim.hedge, _who(claim)) == (hedge, claimant), case


def test_a_contrasting_clause_is_not_relayed_by_the_first_speaker(nlp):
    text = (
        "Kyiv said its forces had killed 300 Russian soldiers, while Moscow said Ukrainian forces "
        "had lost 200 servicemen."
    )
    found = quantities(text, nlp)
    assert [(c.number, _who(c), [v.text for v in c.via]) for c in found] == [
        (300, "Kyiv", []),
        (200, "Moscow", []),
    ]


def test_according_to_estimates_is_believed(nlp):
    claim = only(
        "Russia has sent 50,000 troops to the front, according to Ukrainian estimates.", nlp
    )
    assert claim.hedge == "believed"


def test_a_bare_we_outside_a_quote_names_no_claimant(nlp):
    claim = only("Over the winter we counted about 600 enemy soldiers killed.", nlp)
    assert claim.claimant is None


def test_a_parenthetical_source_whose_verb_was_tagged_a_noun(nlp):
    claim = only("Iran sent 400 drones to Russia last year, Western intelligence estimates.", nlp)
    assert (claim.claimant.text, claim.hedge) == ("Western intelligence", "believed")


@pytest.mark.parametrize(
    "case, text, claimant",
    [
        ("verified on its own", "The UN has verified the deaths of 640 civilians.", "The UN"),
        (
            "verified inside someone's report",
            "The ombudsman said Kyiv had verified that 3,000 Ukrainians were held by Russia.",
            "The ombudsman",
        ),
    ],
)
def test_verifying_names_a_source_only_when_no_one_reports_it(nlp, case, text, claimant):
    assert only(text, nlp).claimant.text == claimant, case


def test_a_speaker_named_after_an_aside_about_where_it_posted(nlp):
    text = (
        "In a post on X, formerly Twitter, Ukraine's border guard said it had killed "
        "14 Russian soldiers."
    )
    assert only(text, nlp).claimant.text == "Ukraine's border guard"


def test_a_second_figure_with_its_own_source_in_the_same_sentence(nlp):
    text = (
        "Kyiv has said Russia lost about 9,000 men killed or wounded there, while "
        "Britain's defence ministry puts the figure at about 7,000."
    )
    found = quantities(text, nlp)
    assert [(c.number, c.claimant.text, c.hedge) for c in found] == [
        (9000, "Kyiv", "reported"),
        (7000, "Britain's defence ministry", "believed"),
    ]


def test_he_means_a_named_speaker_described_by_his_unit(nlp):
    text = (
        '"They keep coming," said Taras, a medic in the 47th Brigade, who asked that his '
        "surname be withheld.\n\nHe estimated that his unit had killed 70 Russian soldiers."
    )
    claim = only(text, nlp)
    assert claim.claimant.text == "Taras, a medic in the 47th Brigade"


@pytest.mark.parametrize(
    "text",
    [
        "Russia is likely to send more troops, as it has lost about 5,000 men, Kyiv said.",
        "Russia may send more troops after losing about 5,000 men, Kyiv said.",
    ],
)
def test_a_main_clause_hedge_does_not_reach_the_reason_given_for_it(nlp, text):
    assert only(text, nlp).hedge == "reported"


def test_according_to_a_coordinated_list_of_modifiers(nlp):
    text = "About 900 Iranian advisers are in Crimea, according to U.K., Polish and Czech sources."
    assert only(text, nlp).claimant.text == "U.K., Polish and Czech sources"


def test_a_speaker_after_a_formerly_aside_the_parse_coordinates(nlp):
    text = (
        "In a post on X, formerly Twitter, Ukraine's Special Operations Forces (SSO) said "
        'on Monday that they had "eliminated" 17 Russian soldiers.'
    )
    assert only(text, nlp).claimant.text == "Ukraine's Special Operations Forces (SSO)"


def test_a_finding_is_reported_by_who_found_it(nlp):
    [claim] = claims_in("Minsk sold 40 mortars to Moscow last year, the auditors found.", nlp)
    assert (claim.claimant.text, claim.hedge) == ("the auditors", "reported")


def test_a_trailing_reporting_verb_tagged_as_a_noun(nlp):
    [claim] = claims_in("Some 300 soldiers were killed near Vuhledar, Kyiv claims.", nlp)
    assert (claim.claimant.text, claim.hedge) == ("Kyiv", "claimed")


def test_a_section_title_lead_does_not_reach_the_paragraph_above(nlp):
    text = (
        "A year on, officials say the picture is clearer.\n\n"
        "What we know\n\n"
        "- Three soldiers were captured by Ukrainian forces.\n"
    )
    [claim] = quantities(text, nlp)
    assert (claim.claimant, claim.hedge) == (None, "asserted")


def test_a_story_label_before_a_colon_is_no_source(nlp):
    [claim] = quantities("Ukraine war live: strike death toll rises to 12\n\nBy staff\n", nlp)
    assert (claim.claimant, claim.hedge) == (None, "asserted")


def test_a_source_after_a_closing_colon_of_a_headline(nlp):
    text = "N. Korea sent 9,000 containers of shells to Russia: JCS\n\nBy a reporter\n"
    [claim] = quantities(text, nlp)
    assert (claim.claimant.text, claim.subject, claim.recipient) == ("JCS", "KP", "RU")


def test_a_pronoun_after_a_role_and_surname_keeps_those_words(nlp):
    text = (
        "The regional governor, Oleh Kiper, said 30 people were hurt. "
        "Later Governor Kiper said four were killed. Two are still missing, he added."
    )
    found = quantities(text, nlp)
    assert found[-1].claimant.text == "Governor Kiper"


def test_quoted_as_saying_makes_the_quoted_the_claimant(nlp):
    [claim] = quantities("At least 40 soldiers died, Kim quoted the agency as saying.", nlp)
    assert (claim.claimant.text, [v.text for v in claim.via]) == ("the agency", ["Kim"])


def test_a_relative_clause_speaker_is_the_noun_it_hangs_on(nlp):
    text = "The rumour began in a Telegram post from May, which said that 900 soldiers died."
    [claim] = quantities(text, nlp)
    assert claim.claimant.text == "a Telegram post"


def test_spoken_of_reports(nlp):
    [claim] = quantities("Western officials have spoken of thousands of troops sent.", nlp)
    assert (claim.claimant.text, claim.hedge) == ("Western officials", "reported")


def test_an_embedded_post_is_its_announced_author_s(nlp):
    text = (
        "Ukraine's interior minister wrote on X:\n\n"
        '"A terrible night. At least 7 people killed in Odesa."\n'
        "- Minister (@handle) June 1, 2025\n"
    )
    [claim] = quantities(text, nlp)
    assert claim.claimant.text == "Ukraine's interior minister"


def test_a_bare_anaphor_takes_the_words_of_the_naming_mention(nlp):
    text = (
        "Ukraine's military intelligence directorate lowered its estimate on Monday. "
        "The directorate also said 300 North Korean soldiers were missing."
    )
    [claim] = quantities(text, nlp)
    assert claim.claimant.text == "Ukraine's military intelligence directorate"


def test_the_agency_is_not_the_news_agency_that_relayed(nlp):
    text = (
        "Seoul's spy agency told lawmakers that 400 soldiers had died, Yonhap news agency "
        "reported. The agency said 9,000 troops had been sent."
    )
    found = quantities(text, nlp)
    assert found[-1].claimant.text == "Seoul's spy agency"


def test_according_to_the_administration_names_the_body_named_before(nlp):
    text = (
        "The Kharkiv regional military administration posted an update at noon. "
        "Four people were wounded, according to the administration."
    )
    [claim] = quantities(text, nlp)
    assert claim.claimant.text == "The Kharkiv regional military administration"


def test_he_takes_a_singular_antecedent_not_a_plural_one(nlp):
    from tests.extract.helpers import quantities

    text = (
        "Major Ivan Rud, whose company holds the bridge, counts them the way soldiers count "
        'things. "We killed 40 Russian soldiers last week," he says.'
    )
    [claim] = quantities(text, nlp)
    assert claim.claimant is not None and claim.claimant.text == "Major Ivan Rud"


def test_a_wire_slug_opening_a_headline_is_no_source(nlp):
    from tests.extract.helpers import quantities

    [claim] = quantities("UPDATE 3-Kyiv says Russian death toll in Kursk tops 900\n\nMore.", nlp)
    assert claim.claimant is not None and claim.claimant.text == "Kyiv"


def test_the_agency_after_a_spy_agency_is_no_news_agency(nlp):
    from tests.extract.helpers import quantities

    text = (
        "South Korea's spy agency briefed lawmakers on Monday. Kim, of the Democratic Party, "
        "said the agency believed the North had sent 3,000 troops."
    )
    [claim] = quantities(text, nlp)
    assert claim.claimant is not None and claim.claimant.text == "South Korea's spy agency"
    assert [v.text for v in claim.via] == ["Kim, of the Democratic Party"]


def test_the_subject_next_to_a_reporting_verb_says_it(nlp):
    from tests.extract.helpers import quantities

    text = (
        "Three fishermen of Kherson held in Russian captivity since 2022 were freed in the "
        "latest exchange, the regional administration said."
    )
    [claim] = quantities(text, nlp)
    assert claim.measure == "captured" and claim.number == 3
    assert claim.claimant is not None and claim.claimant.text == "the regional administration"


def test_he_is_the_person_named_since_the_last_source(nlp):
    from tests.extract.helpers import quantities

    text = (
        "Major Ivan Rud said his company holds the bridge. "
        "Later a medic who gives his name only as Taras opens his bag. "
        "A shell on Monday, he says, killed three of his friends."
    )
    [claim] = quantities(text, nlp)
    assert claim.claimant is not None and claim.claimant.text in (
        "a medic",
        "Taras",
        "a medic who gives his name only as Taras",
    )


def test_my_estimate_is_that_is_believed(nlp):
    from tests.extract.helpers import quantities

    text = "My own estimate, for what it is worth, is that some 2,000 soldiers have died."
    [claim] = quantities(text, nlp)
    assert (claim.hedge, claim.claimant) == ("believed", None)


def test_by_his_reckoning_is_the_estimate_of_the_person_he_is(nlp):
    from tests.extract.helpers import quantities

    text = "Major Ivan Rud said the unit held. By his reckoning, Russia has lost 300 soldiers."
    [claim] = quantities(text, nlp)
    assert claim.hedge == "believed"
    assert claim.claimant is not None and claim.claimant.text == "Major Ivan Rud"


def test_by_his_reckoning_after_he_says_makes_it_his_estimate(nlp):
    from tests.extract.helpers import quantities

    text = (
        "Colonel Petro Sas commands the sector. It came, he says, from an Iranian launcher, "
        "one of the dozens that Tehran has shipped to Russia, by his reckoning."
    )
    found = quantities(text, nlp)
    assert [(c.hedge, c.claimant.text if c.claimant else None) for c in found] == [
        ("believed", "Colonel Petro Sas")
    ]


@pytest.mark.parametrize(
    ("case", "text", "claimant", "via"),
    [
        (
            "a speaker briefed by a body relays it",
            "More than 60 soldiers have died, a lawmaker briefed by the agency told reporters.",
            "the agency",
            ["a lawmaker"],
        ),
        (
            "briefed in a relative clause",
            "A senator who was briefed by the ministry said 70 soldiers had been killed.",
            "the ministry",
            ["A senator"],
        ),
        (
            "after a briefing by a body",
            "A senator told reporters after a briefing by the ministry that 70 soldiers had "
            "been killed.",
            "the ministry",
            ["A senator"],
        ),
        (
            "after a body's briefing named by a compound",
            "A senator said after a closed-door NIS briefing that 70 soldiers had been killed.",
            "NIS",
            ["A senator"],
        ),
        (
            "after being briefed",
            "A senator said after being briefed by the ministry that 70 soldiers had been killed.",
            "the ministry",
            ["A senator"],
        ),
        (
            "a briefing of the speaker's own gives no other source",
            "The spokesman said at a briefing that 70 soldiers had been killed.",
            "The spokesman",
            [],
        ),
        (
            "a speaker who briefed others is the claimant",
            "The senator, who briefed reporters, said 70 soldiers had been killed.",
            "The senator",
            [],
        ),
    ],
)
def test_a_speaker_briefed_by_a_body_relays_its_claim(nlp, case, text, claimant, via):
    claim = only(text, nlp)
    assert (_who(claim), [v.text for v in claim.via]) == (claimant, via), case


@pytest.mark.parametrize(
    ("case", "text", "claimant"),
    [
        ("'they' under the officials' own verb",
         "Some time ago the Pentagon said it had no figure. Ukrainian officials have said they "
         "believe about 200 North Korean soldiers were killed.", "Ukrainian officials"),
        ("'he' under the commander's own verb",
         "The ministry gave no figure. A Ukrainian commander said he estimates 300 North Korean "
         "soldiers were killed.", "A Ukrainian commander"),
    ],
)
def test_a_pronoun_speaker_under_the_same_speakers_verb_is_that_speaker(nlp, case, text,
                                                                        claimant):
    claim = only(text, nlp)
    assert (_who(claim), [v.text for v in claim.via], claim.hedge) == (
        claimant, [], "believed"), case


def test_a_speaker_parsed_as_the_appositive_of_a_counted_object_still_speaks(nlp):
    # The parse makes "troops" the subject of "said" and the analyst its appositive.
    claim = only("North Korea has sent as many as 100,000 troops, an analyst at the Asan "
                 "Institute said.", nlp)
    assert (claim.measure, claim.number, _who(claim)) == (
        "personnel", 100000, "an analyst at the Asan Institute")


@pytest.mark.parametrize(
    ("case", "text", "claimant"),
    [
        ("a bare office title names its holder named before",
         "President Anna Kovalenko spoke in Kyiv on Monday. The president said 300 North "
         "Korean soldiers had been killed.", "President Anna Kovalenko"),
        ("a bare body noun with an appositive after it",
         "The drone unit known as Owls works near the border. The unit, part of a larger "
         "brigade, says it has killed 40 North Korean soldiers.", "drone unit"),
        ("the last words of a body's longer name",
         "The Kharkiv regional civil administration said 30 people were hurt. Two North "
         "Korean soldiers were captured, the regional civil administration said.",
         "Kharkiv regional civil administration"),
        ("a bare rank names the soldier described before",
         "A Ukrainian sergeant wounded in the spring spoke to us. The sergeant said 40 North "
         "Korean soldiers were killed.", "A Ukrainian sergeant"),
        ("plural sources named before",
         "Japanese government sources spoke on condition of anonymity. The sources said 300 "
         "North Korean soldiers were killed.", "Japanese government sources"),
        ("an epithet after a side's body keeps its own words",
         "Seoul's spy agency briefed lawmakers. About 300 North Korean soldiers were "
         "killed, the spy agency said.", "the spy agency"),
    ],
)
def test_a_bare_anaphor_takes_the_naming_mention(nlp, case, text, claimant):
    claims = [c for c in quantities(text, nlp) if c.number in (300, 40, 2)]
    assert claims and all(claimant in _who(c) for c in claims), (
        case, [(_who(c), c.number) for c in claims])


@pytest.mark.parametrize(
    ("case", "text", "claimant", "via"),
    [
        ("according to a relay, a body said",
         "According to a lawmaker who attended the session, the NIS said 300 North Korean "
         "soldiers had been killed.", "the NIS", ["a lawmaker"]),
        ("a speaker's aside, then according to a relay",
         "The new arrivals include some 2,800 North Korean infantrymen, the NIS said, according "
         "to a lawmaker who attended the briefing.", "the NIS", ["a lawmaker"]),
        ("a speaker before the figure, then according to a relay",
         "The NIS told lawmakers that 1,100 North Korean soldiers had been killed, according "
         "to a lawmaker who attended the briefing.", "The NIS", ["a lawmaker"]),
        ("according to a body, with its spokesman after the figure",
         "According to the General Staff, Russia lost 1,200 soldiers, the spokesman said.",
         "the General Staff", []),
    ],
)
def test_according_to_before_a_speaker_relays_that_speaker(nlp, case, text, claimant, via):
    claim = only(text, nlp)
    assert (_who(claim), [v.text for v in claim.via]) == (claimant, via), case


def test_according_to_a_version_of_a_published_list_is_its_publisher(nlp):
    text = ("The Latvian government publishes a list of the arms it has sent. According to the "
            "latest version, it has delivered 40 howitzers to Ukraine.")
    claim = only(text, nlp)
    assert (claim.measure, claim.number, _who(claim)) == (
        "materiel", 40, "The Latvian government")


def test_citing_its_assessment_names_the_body_it_means(nlp):
    text = ("The minister said her view rested on the Danish Defence Intelligence Service. "
            "Citing its latest assessment, she said 3,000 North Korean soldiers had been killed.")
    claim = only(text, nlp)
    assert _who(claim) == "the Danish Defence Intelligence Service"


def test_it_after_the_main_clause_subject_is_that_subject(nlp):
    text = ("South Korea's Joint Chiefs of Staff said on Tuesday that more troops were on the "
            "way.\n\nUkraine's border service released video of what it said were three North "
            "Korean soldiers captured near Sudzha.")
    claim = only(text, nlp)
    assert (claim.measure, claim.number, _who(claim)) == (
        "captured", 3, "Ukraine's border service")


def test_a_dateline_heading_a_digest_item_is_no_speaker(nlp):
    text = ("ODESA: Three more prisoners\nThe navy said it captured three Russian marines.\n\n"
            "LVIV: A quiet week\nNo strikes were reported.\n\n"
            "KYIV: New aid\nThe cabinet approved a budget on Friday.\n")
    heads = [c for c in quantities(text, nlp) if c.evidence.text.startswith("Three more")]
    assert [(_who(c), c.hedge) for c in heads] == [(None, "asserted")]


def test_according_to_a_body_named_with_an_adjectival_participle(nlp):
    claim = only("About 1,300 soldiers are listed as missing, according to the regional centre "
                 "for missing persons.", nlp)
    assert _who(claim) == "the regional centre for missing persons"


def test_a_report_that_cited_a_body_relays_that_body(nlp):
    claim = only("Some 300 North Korean soldiers have been killed, according to a report by "
                 "Yonhap news agency that cited the NIS.", nlp)
    assert (_who(claim), [v.text for v in claim.via], claim.hedge) == (
        "the NIS", ["Yonhap news agency"], "reported")


def test_a_body_whose_count_is_the_subject_is_the_claimant(nlp):
    claim = only("The General Staff's latest tally of Russian losses stands at 9,300.", nlp)
    assert (claim.claimant.text, claim.hedge) == ("The General Staff", "reported")


def test_a_body_before_a_colon_gives_a_verbless_figure(nlp):
    claim = only("Defence Ministry: 300 invaders in a day", nlp)
    assert claim.claimant.text == "Defence Ministry"


def test_a_figure_given_by_a_body_in_the_passive_is_its_claim(nlp):
    claim = only("The figure of 3,000 dead was given by Ukraine's military intelligence.", nlp)
    assert (_who(claim), claim.hedge) == ("Ukraine's military intelligence", "reported")


@pytest.mark.parametrize(
    ("case", "text", "via"),
    [
        ("an interview with a news organisation before the speaker",
         "In an interview with the BBC, the general said 1,200 North Korean soldiers had been "
         "killed.", ["the BBC"]),
        ("an interview with a news organisation after the verb",
         "The general said in an interview with Reuters that 1,200 North Korean soldiers had "
         "been killed.", ["Reuters"]),
        ("a speaker interviewed by a news organisation",
         "The general, interviewed by the BBC, said 1,200 North Korean soldiers had been "
         "killed.", ["the BBC"]),
        ("an interview with a person relays no one",
         "In an interview with his deputy, the general said 1,200 North Korean soldiers had "
         "been killed.", []),
    ],
)
def test_an_interview_with_a_news_organisation_relays_the_speaker(nlp, case, text, via):
    claim = only(text, nlp)
    assert (_who(claim).lower(), [v.text for v in claim.via]) == ("the general", via), case


def test_data_compiled_by_a_body_is_that_body_s_claim(nlp):
    claim = only("Data compiled by the Harbour Monitor shows at least 9,000 Russian soldiers "
                 "have died.", nlp)
    assert (claim.measure, _who(claim)) == ("killed", "the Harbour Monitor")


@pytest.mark.parametrize(
    ("case", "text", "claimant"),
    [
        ("the report a body was told with",
         "In a report submitted to parliament on Tuesday, the Latvian army said more troops "
         "were coming.\n\nThe report said 6,300 Russian soldiers had been killed.",
         "the Latvian army"),
        ("the paper 'its' names",
         "The Danish Defence Intelligence Service made the assessment in its annual white "
         "paper.\n\nThe paper says 6,300 Russian soldiers have been killed.",
         "The Danish Defence Intelligence Service"),
        ("the same report again after 'according to the report'",
         "In a report submitted to parliament on Tuesday, the Latvian army said more troops "
         "were coming.\n\nAccording to the report, the losses were heavy.\n\nThe report said "
         "6,300 Russian soldiers had been killed.", "the Latvian army"),
    ],
)
def test_the_document_told_before_names_its_issuer(nlp, case, text, claimant):
    claim = only(text, nlp)
    assert _who(claim) == claimant, case


@pytest.mark.parametrize(
    ("case", "text", "claimant"),
    [
        ("'he' after a named spokesman for a body",
         "Petro Hnatiuk, a spokesman for Ukraine's border service, said the unit was busy.\n\n"
         "\"This week we killed 30 North Korean soldiers,\" he said.",
         "Petro Hnatiuk, a spokesman for Ukraine's border service"),
        ("'she' after a title and name that begin with a body's name",
         "Pentagon press secretary Ann Moore said the deployment had begun.\n\n\"About 1,000 "
         "have been killed or wounded,\" she added.", "Pentagon press secretary Ann Moore"),
    ],
)
def test_a_pronoun_after_a_named_person_who_speaks_for_a_body(nlp, case, text, claimant):
    claims = quantities(text, nlp)
    assert claims and all(_who(c) == claimant for c in claims), (
        case, [(_who(c), c.number) for c in claims])


def test_the_agency_after_its_own_name_in_the_sentence_is_no_relay(nlp):
    text = ("Seoul's spy agency briefed lawmakers on Monday.\n\nKyiv's military intelligence "
            "believes 3,000 North Korean troops were killed or wounded, the agency said in a "
            "Telegram post.")
    claim = only(text, nlp)
    assert (_who(claim), [v.text for v in claim.via], claim.hedge) == (
        "Kyiv's military intelligence", [], "believed")


def test_an_indian_wire_dateline_without_a_dash_is_not_part_of_the_speaker(nlp):
    claim = only("Kyiv, Jun 12 (PTI) Ukraine's military intelligence on Thursday said its forces "
                 "had captured three North Korean soldiers.", nlp)
    assert _who(claim) == "Ukraine's military intelligence"


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("after a participle's time",
         "Among the captives held in Sumy were also two Russian paratroopers, captured in "
         "January, who have said in interviews that they do not want to return."),
        ("after a participle's place and time",
         "Kyiv is holding two North Korean gunners captured in the Bryansk region in "
         "February, who have said they want to go to Seoul."),
    ],
)
def test_captives_who_speak_are_counted_not_quoted(nlp, case, text):
    """A relative clause after a participle's place or time ("captured in March, who have
    said") is said by the captives; their number is the writer's."""
    claim = only(text, nlp)
    assert (claim.measure, claim.number, _who(claim), claim.hedge) == (
        "captured", 2, None, "asserted"), case


def test_the_losers_named_first_are_not_the_bare_anaphor_that_reports_them(nlp):
    """ "the ministry" after a clause whose subject suffered the losses is the ministry
    (a body told before, or none), not the forces that lost the men."""
    claim = only("Russian forces have lost 1,500 soldiers, the ministry said.", nlp)
    assert _who(claim) == "the ministry"


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("a capitalised bare 'the Ministry' is the ministry named before",
         "The Ministry of Defence said on Monday that it had sent more air-defence missiles to "
         "Ukraine. The Ministry said 40 launchers had been delivered."),
        ("a full name with a capital is no anaphor",
         "Iran's embassy denied the report. The Ministry of Defence said 40 launchers had been "
         "delivered to Ukraine."),
    ],
)
def test_the_ministry_of_defence_says_it(nlp, case, text):
    [claim] = [c for c in quantities(text, nlp) if c.number == 40]
    assert _who(claim) == "The Ministry of Defence", case


@pytest.mark.parametrize(
    "text",
    [
        "The brigade denied the report and said its losses were three killed and nine wounded.",
        "The regiment rejected the claim but later said 12 of its soldiers had been captured.",
    ],
)
def test_a_reporting_verb_after_and_shares_the_subject(nlp, text):
    found = quantities(text, nlp)
    assert found and all(_who(c) is not None and _who(c).lower().startswith("the")
                         for c in found), [(_who(c), c.number) for c in found]


def test_an_inverted_source_after_a_comma_is_not_the_first_subject(nlp):
    claim = only("About 100 soldiers are believed to have been killed, reported Yonhap news "
                 "agency.", nlp)
    assert _who(claim) != "About 100 soldiers"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("North Korea lost 4,000 soldiers, a US official told Reuters, citing intelligence.",
         "a US official"),
        ("Citing intelligence reports, Zelensky said 3,000 North Koreans had been killed.",
         "Zelensky"),
    ],
)
def test_citing_material_that_names_no_issuer_keeps_the_speaker(nlp, text, speaker):
    assert _who(only(text, nlp)) == speaker


def test_citing_a_person_or_a_body_still_names_the_original_source(nlp):
    claim = only("About 1,000 North Korean troops were killed, Yonhap reported, citing the NIS.",
                 nlp)
    assert _who(claim) == "the NIS"


def test_a_capital_the_parse_made_a_modifier_of_the_verb_still_speaks(nlp):
    claim = only("Kyiv claims to have killed 500 North Korean soldiers.", nlp)
    assert (_who(claim), claim.hedge) == ("Kyiv", "claimed")


def test_a_study_speaks_for_the_body_that_wrote_it(nlp):
    """ "according to a new study by the Harrow Group … the study says": a study, like a
    report, stands for its author."""
    text = (
        "North Korea has sent 6 million shells, according to a new study by the Harrow "
        "Group, a research firm. The study says Pyongyang has also sent 90 rocket launchers."
    )
    found = quantities(text, nlp)
    assert [(c.number, _who(c)) for c in found] == [
        (6_000_000, "a new study by the Harrow Group"),
        (90, "the Harrow Group, a research firm"),
    ]


def test_counted_cargo_is_no_body_referred_to_later(nlp):
    """ "counted 9,000 containers that it believes carried shells": whatever the parse
    makes of the relative clause, "the alliance" later does not mean the containers."""
    text = (
        "The firm counted 9,000 containers that it believes carried shells. The alliance "
        "assessed that Pyongyang had delivered 150 missiles."
    )
    whos = [_who(c) for c in quantities(text, nlp) if c.number == 150]
    assert whos and "containers" not in (whos[0] or "")


def test_its_estimate_is_the_body_named_before(nlp):
    """ "Its latest estimate, relayed by lawmakers, is nearly 6,000": "its" is the body
    named before, the estimate's holder."""
    text = (
        "South Korea's National Intelligence Service has been more cautious. Its latest "
        "estimate, relayed by lawmakers, is nearly 6,000 casualties among North Korean troops."
    )
    claim = only(text, nlp)
    assert (_who(claim), claim.hedge) == ("South Korea's National Intelligence Service", "believed")


@pytest.mark.parametrize(
    ("case", "text", "claimant"),
    [
        ("published by", "An updated list published by the government shows 12 air-defence "
         "systems delivered to Ukraine.", "the government"),
        ("shared by", "An assessment shared with reporters by a security official puts Iran's "
         "drone deliveries at 7,500 drones.", "a security official"),
    ],
)
def test_a_document_speaks_for_whoever_its_participle_says_issued_it(nlp, case, text, claimant):
    assert _who(quantities(text, nlp)[0]) == claimant, case


def test_who_saw_a_document_did_not_issue_it(nlp):
    """ "A report seen by Reuters says …": Reuters saw the report; it is no claimant."""
    claim = quantities("A report seen by Reuters says 300 North Korean soldiers died.", nlp)[0]
    assert _who(claim) != "Reuters"

"""Event claims, fourth round: "more" of a supply already made, verbs that send people
with a particle, supplier nouns, lists of parts, and what is asked, refused or only a topic."""

from __future__ import annotations

from tests.extract.helpers import claims_in


def events(text, nlp):
    return [c for c in claims_in(text, nlp) if c.kind == "event"]


def test_more_of_a_past_supply_is_a_fact(nlp):
    found = events("Intelligence officials said Minsk had shipped Russia more T-72 tanks.", nlp)
    assert [(e.subject, e.recipient, e.measure) for e in found] == [("BY", "RU", "materiel")]


def test_more_with_a_simple_past_supply_verb(nlp):
    found = events("Analysts say Tehran sent more Shahed drones to Russia over the summer.", nlp)
    assert [(e.subject, e.item) for e in found] == [("IR", "Shahed drones")]


def test_additional_items_given_with_with_after_a_past_supply_verb(nlp):
    """ "supplied X with additional Y": the "with" object is what was given, so the
    past verb makes "additional" a fact, as "had shipped Russia more T-72 tanks" does."""
    found = events(
        "Officials said Minsk had supplied Russia with additional 122mm guns in May.", nlp
    )
    assert [(e.subject, e.recipient, e.item) for e in found] == [("BY", "RU", "122mm guns")]
    assert events("Officials said Minsk will supply Russia with additional guns.", nlp) == []


def test_more_being_sent_is_not_yet_a_fact(nlp):
    assert events("Officials warned that more North Korean soldiers are being sent.", nlp) == []


def test_people_sent_by_a_passive_past_verb(nlp):
    found = events("The decree said units of the Belarusian army were dispatched to Russia.", nlp)
    assert [(e.measure, e.subject) for e in found] == [("personnel", "BY")]


def test_verb_with_particle_sends_people(nlp):
    found = events("Seoul says Pyongyang has brought in more drone operators.", nlp)
    assert [(e.measure, e.subject) for e in found] == [("personnel", "KP")]


def test_feeding_troops_into_a_war(nlp):
    found = events("Pyongyang keeps feeding soldiers into the fighting in Russia.", nlp)
    assert [(e.measure, e.subject) for e in found] == [("personnel", "KP")]


def test_bring_without_particle_sends_nobody(nlp):
    assert events("Medics brought the wounded soldiers home on Sunday.", nlp) == []


def test_supplier_noun_with_recipient(nlp):
    found = events("Iran is now the main supplier of drones to Russia.", nlp)
    assert [(e.subject, e.recipient, e.item) for e in found] == [("IR", "RU", "drones")]


def test_supplier_noun_without_recipient_ranks_only(nlp):
    assert events("Belarus has become one of Russia's main suppliers of shells.", nlp) == []


def test_part_named_beside_a_supplied_part_is_one_list(nlp):
    found = events("Chinese traders sell Russia drone motors and guidance modules.", nlp)
    assert [(e.subject, e.item) for e in found] == [("CN", "drone motors and guidance modules")]


def test_embedded_question_is_asked_not_told(nlp):
    assert (
        events("Asked whether Iran had sent Fath-360 missiles, the minister said nothing.", nlp)
        == []
    )


def test_refusal_to_send_is_no_supply(nlp):
    assert events("Berlin still refuses to send Taurus cruise missiles to Kyiv.", nlp) == []


def test_deployment_as_a_topic_is_no_claim(nlp):
    assert events("On the deployment of troops, the officials would not comment.", nlp) == []


def test_confirmed_deployment_named_by_its_place_is_an_event(nlp):
    found = events("Belarusian defence council acknowledges Bryansk deployment", nlp)
    assert [(e.measure, e.subject) for e in found] == [("personnel", "BY")]


def test_confirmed_deployment_of_a_named_side(nlp):
    found = events("The Kremlin confirms Belarus's deployment near the border.", nlp)
    assert [(e.measure, e.subject) for e in found] == [("personnel", "BY")]


def test_unconfirmed_or_unnamed_deployment_is_no_claim(nlp):
    assert events("The ministry did not confirm the Bryansk deployment.", nlp) == []
    assert events("Minsk confirmed the deployment.", nlp) == []


def test_subject_hung_on_an_emphatic_do_is_the_supplier(nlp):
    found = events("Belarusian plants do, however, sell Russia tank engines.", nlp)
    assert [(e.subject, e.recipient) for e in found] == [("BY", "RU")]


def test_item_of_a_key_judgements_list_is_believed(nlp):
    text = (
        "Key judgements\n\n"
        "- Belarus is now the main supplier of artillery shells to Russia.\n"
        "- Minsk has sent Russia tank engines.\n"
    )
    assert {e.hedge for e in events(text, nlp)} == {"believed"}


def test_item_of_a_key_findings_list_stays_asserted(nlp):
    text = "Key findings\n\n- Minsk has sent Russia tank engines.\n"
    assert {e.hedge for e in events(text, nlp)} == {"asserted"}

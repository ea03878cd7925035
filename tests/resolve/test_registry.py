"""The entity registry: one test per naming case it has to handle."""

from __future__ import annotations

import json

import pytest

from claimledger.resolve import get_registry
from claimledger.resolve.names import name_key
from claimledger.resolve.registry import Entity, EntityRegistry

R = get_registry()


def _id(text: str, kind: str | None = None) -> str | None:
    entity = R.resolve(text, kind=kind)
    return entity.id if entity else None


@pytest.mark.parametrize(
    ("case", "text", "kind", "expected"),
    [
        ("transliteration with a hyphen", "Kim Jong-un", "person", "person:kim-jong-un"),
        ("transliteration with spaces", "Kim Jong Un", "person", "person:kim-jong-un"),
        ("a misspelling listed as an alias", "Kim Jung-un", "person", "person:kim-jong-un"),
        (
            "a small typo, matched fuzzily",
            "Volodymyr Zelenskky",
            "person",
            "person:volodymyr-zelensky",
        ),
        ("case does not matter", "VLADIMIR PUTIN", "person", "person:vladimir-putin"),
        ("a designation of a weapon family", "KN-23", "weapon", "weapon:hwasong-11"),
        ("a designation without its hyphen", "KN24", "weapon", "weapon:hwasong-11"),
        (
            "a weapon named by calibre and type",
            "170mm self-propelled artillery",
            "weapon",
            "weapon:m1989-koksan",
        ),
        (
            "a calibre written out in words",
            "240-millimetre rocket launchers",
            "weapon",
            "weapon:240mm-mrl",
        ),
        ("a Russian name for an Iranian drone", "Geran-2", "weapon", "weapon:shahed-136"),
        ("a plural of a designation", "Shahed-136s", "weapon", "weapon:shahed-136"),
        ("a place with its administrative word", "Kursk Oblast", "place", "RU:kursk-oblast"),
        ("a place without it", "Kursk", "place", "RU:kursk-oblast"),
    ],
)
def test_names_resolve(case, text, kind, expected):
    assert _id(text, kind) == expected, case


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("an acronym", "the NIS", "KR:nis"),
        ("a body's short name", "the Coordination Headquarters", "UA:coordination-hq-pow"),
        ("a capital as metonym with a role", "Seoul's spy agency", "KR:nis"),
        ("a nationality word with a role", "South Korean intelligence", "KR:nis"),
        ("a side with a role after 'of'", "the Ministry of Defence of Ukraine", "UA:mod"),
        (
            "a side and a unit description",
            "A Ukrainian special operations crew",
            "UA:special-operations-forces",
        ),
        ("a full institutional name", "the Joint Chiefs of Staff of South Korea", "KR:jcs"),
        ("a bare capital speaks for its government", "Kyiv", "UA:government"),
        ("officials of a side are its government", "Russian officials", "RU:government"),
        (
            "a spokesman speaks for the body he names",
            "a spokesman for Ukraine's military intelligence",
            "UA:hur",
        ),
        ("a person is a claimant", "President Zelensky", "person:volodymyr-zelensky"),
        ("a news agency", "Yonhap news agency", "agency:yonhap"),
        ("'the' before a two-word nationality", "the South Korean military", "KR:armed-forces"),
        ("one official speaks for the government", "a senior U.S. official", "US:government"),
        ("a count of officials", "two South Korean officials", "KR:government"),
        (
            "an aside in apposition after the body",
            "South Korea's spy agency, usually the more cautious of the two",
            "KR:nis",
        ),
        ("a body named again in apposition", "the NIS, South Korea's spy agency", "KR:nis"),
    ],
)
def test_claimants_resolve(case, text, expected):
    assert _id(text, "claimant") == expected, case


def test_unknown_claimant_is_none():
    assert R.resolve("a commander of the unit", kind="claimant") is None
    assert R.resolve("the Kestrel Institute", kind="claimant") is None


@pytest.mark.parametrize(
    ("case", "text", "side"),
    [
        ("nationality adjective", "40 North Korean soldiers", "KP"),
        ("longest name wins over a shorter one inside it", "South Korean intelligence", "KR"),
        ("metonym 'the North', capitalised at a sentence start", "The North", "KP"),
        ("capital city", "Pyongyang", "KP"),
        ("the Kremlin", "the Kremlin", "RU"),
        ("'US' only in capitals", "US officials", "US"),
        ("a person's side when no country is named", "Kim Jong-un's forces", "KP"),
    ],
)
def test_side_of(case, text, side):
    assert R.side_of(text) == side, case


def test_lower_case_us_is_not_a_side():
    assert R.side_of("told us on Friday") is None


def test_find_mentions_gives_offsets_into_the_text():
    text = "Trains carried KN-23 missiles from North Korea to Russia’s Kursk region."
    found = [(text[m.start : m.end], m.entity.id) for m in R.find_mentions(text)]
    assert found == [
        ("KN-23 missiles", "weapon:hwasong-11"),
        ("North Korea", "KP"),
        ("Russia", "RU"),
        ("Kursk region", "RU:kursk-oblast"),
    ]


def test_a_longer_name_starting_inside_a_metonym_wins():
    text = "the South Korean government"
    found = [(text[m.start : m.end], m.entity.id) for m in R.find_mentions(text)]
    assert found == [("South Korean", "KR")]


def test_a_former_official_speaks_for_no_body():
    assert R.resolve("a former US official", kind="claimant") is None


def test_find_mentions_of_one_kind():
    text = "Putin thanked Kim Jong-un for the Koksan guns."
    assert [m.entity.id for m in R.find_mentions(text, kinds=("weapon",))] == [
        "weapon:m1989-koksan"
    ]


@pytest.mark.parametrize(
    ("case", "phrase", "item"),
    [
        (
            "class words and a bracketed designation",
            "Hwasong-11 class ballistic missiles [KN-23 and KN-24]",
            "Hwasong-11 missiles",
        ),
        (
            "a designation alias gives the family's item",
            "KN-23 ballistic missiles",
            "Hwasong-11 missiles",
        ),
        (
            "calibre description of a named gun",
            "170mm self-propelled guns",
            "M1989 Koksan self-propelled gun",
        ),
        (
            "calibre spelled out",
            "240-millimetre rocket launchers",
            "240mm multiple rocket launchers",
        ),
        ("a head noun that does not fit the weapon", "KN-23 launchers", None),
        ("an unnamed item", "artillery shells", None),
        (
            "a model variant written onto the name stays",
            "40 Leopard 2A6 tanks",
            "Leopard 2A6 tanks",
        ),
        ("the plain model name", "30 Leopard 2 battle tanks", "Leopard 2 tanks"),
        (
            "a numbered sub-model after a hyphen stays",
            "Mirage 2000-5 fighter jets",
            "Mirage 2000-5 fighter jets",
        ),
        ("a family letter is no model variant", "Hwasong-11B missiles", "Hwasong-11 missiles"),
    ],
)
def test_canonical_item(case, phrase, item):
    assert R.canonical_item(phrase) == item, case


def test_is_part_of_uses_weapon_kinds():
    assert R.is_part_of("Hwasong-11 missiles", "missiles")
    assert R.is_part_of("KN-23", "ballistic missiles")
    assert not R.is_part_of("KN-23", "artillery shells")
    assert not R.is_part_of("artillery shells", "missiles")  # nothing named: the registry is silent


def test_every_entity_id_is_unique_and_every_kind_is_present():
    kinds = {e.kind for e in R.entities()}
    assert kinds == {"side", "claimant", "person", "weapon", "place"}
    with pytest.raises(ValueError, match="defined twice"):
        EntityRegistry([Entity("x", "place", "X"), Entity("x", "place", "Y")])


def test_name_keys_fold_spelling():
    assert name_key("Kim Jong-un") == name_key("kim jong un")
    assert name_key("152 mm shells") == name_key("152-millimetre shell")
    assert name_key("Zelenskyy’s") == name_key("zelenskyy")


def test_seed_aliases_resolve_to_one_entity(shared_dir):
    extra = json.loads(
        (shared_dir / "gold" / "seed-nk-troops.extra.json").read_text(encoding="utf-8")
    )
    for a, b in extra["aliases"]:
        ea, eb = R.resolve(a), R.resolve(b)
        assert ea is not None and eb is not None and ea.id == eb.id, (a, b)


def test_an_outlet_named_the_word_is_not_the_common_word():
    # "The Times" is an outlet; "30,000 times" is not.
    assert R.resolve("A post shared more than 30,000 times", kind="claimant") is None
    assert _id("The Times", "claimant") == "media:times"


def test_a_smaller_country_with_a_role():
    assert _id("Estonia's defence intelligence service", "claimant") == "EE:military-intelligence"


def test_a_body_named_inside_wins_over_the_side_the_same_word_stands_for():
    # "Pentagon" is both a metonym for the US and the name of its defence department.
    assert _id("Pentagon figures", "claimant") == "US:dod"
    assert _id("a Pentagon spokesperson", "claimant") == "US:dod"

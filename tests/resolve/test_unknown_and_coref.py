"""Unknown names get stable ids; short definite claimants link back to a full name."""

from __future__ import annotations

from claimledger.records import Claim, TextSpan
from claimledger.resolve.coref import link_claimants
from claimledger.resolve.unknown import UnknownNames, person_name


def test_same_name_with_article_and_possessive_is_one_cluster():
    names = UnknownNames()
    first = names.assign("The Kestrel Institute")
    assert names.assign("Kestrel Institute’s") == first
    assert names.assign("kestrel institute") == first


def test_proper_name_part_joins_the_one_cluster_it_fits():
    names = UnknownNames()
    kestrel = names.assign("Kestrel Institute")
    assert names.assign("Kestrel") == kestrel


def test_ambiguous_part_starts_its_own_cluster():
    names = UnknownNames()
    a = names.assign("Hanbit Institute")
    b = names.assign("Hanbit Foundation")
    assert a != b
    assert names.assign("Hanbit") not in (a, b)


def test_generic_words_do_not_merge_names():
    names = UnknownNames()
    assert names.assign("Western officials") != names.assign("Officials in Meridian")


def test_descriptions_that_name_no_one_get_no_id():
    names = UnknownNames()
    for text in ("a spokesman", "Lawmakers", "Many of them", "one lawmaker", "Senior officials"):
        assert names.assign(text) is None, text


def test_small_typo_joins():
    names = UnknownNames()
    assert names.assign("Borysfen Herald") == names.assign("Borysfen Herlad")


def test_ids_survive_a_reload():
    names = UnknownNames()
    kestrel = names.assign("Kestrel Institute")
    again = UnknownNames(names.names())
    assert again.assign("the Kestrel Institute") == kestrel
    assert again.assign("Meridian") != kestrel


def _claim(n: int, who: str, entity: str | None = None) -> Claim:
    start = n * 100
    return Claim(
        "d",
        f"d:{n}",
        "quantity",
        "killed",
        TextSpan("x", start, start + 1),
        claimant=TextSpan(who, start, start + len(who), entity),
    )


def test_the_agency_takes_the_entity_of_the_spy_agency_named_before():
    linked = link_claimants(
        [_claim(1, "South Korea's spy agency", "KR:nis"), _claim(2, "The agency")]
    )
    assert linked[1].claimant.entity == "KR:nis"


def test_the_agency_after_a_body_the_registry_calls_an_agency():
    linked = link_claimants(
        [_claim(1, "Ukrainian military intelligence", "UA:hur"), _claim(2, "the agency")]
    )
    assert linked[1].claimant.entity == "UA:hur"


def test_no_link_backwards_or_across_head_nouns():
    linked = link_claimants(
        [
            _claim(1, "The agency"),
            _claim(2, "Russia's defence ministry", "RU:mod"),
            _claim(3, "the brigade"),
        ]
    )
    assert [c.claimant.entity for c in linked] == [None, "RU:mod", None]


def test_the_directorate_links_to_a_body_named_earlier_in_the_text_but_not_quoted():
    text = "Ukraine's military intelligence directorate published a report. The directorate said"
    start = text.index("The directorate")
    claim = Claim(
        "d",
        "d:1",
        "quantity",
        "missing",
        TextSpan("x", start, start + 1),
        claimant=TextSpan("The directorate", start, start + 15),
    )
    assert link_claimants([claim])[0].claimant.entity is None
    assert link_claimants([claim], text)[0].claimant.entity == "UA:hur"


def test_a_news_agency_in_the_text_is_not_the_agency_referred_back_to():
    text = "Seoul's spy agency briefed lawmakers, Yonhap news agency reported. The agency said"
    start = text.index("The agency")
    first = Claim(
        "d",
        "d:1",
        "quantity",
        "killed",
        TextSpan("x", 0, 1),
        claimant=TextSpan("Seoul's spy agency", 0, 18, "KR:nis"),
    )
    claim = Claim(
        "d",
        "d:2",
        "quantity",
        "killed",
        TextSpan("x", start, start + 1),
        claimant=TextSpan("The agency", start, start + 10),
    )
    assert link_claimants([first, claim], text)[1].claimant.entity == "KR:nis"


def test_one_person_under_a_title_a_full_name_and_an_apposition():
    names = UnknownNames()
    first = names.assign("Governor Hnatyuk")
    assert names.assign("Mykola Hnatyuk") == first
    assert names.assign("the regional governor, Mykola Hnatyuk") == first
    assert names.assign("Hnatyuk") == first


def test_a_description_after_the_name_is_the_same_person():
    names = UnknownNames()
    first = names.assign("Oksana Marchenko, the bureau's spokeswoman")
    assert names.assign("Oksana Marchenko") == first
    assert names.assign("Ms Marchenko") == first


def test_an_institution_before_a_description_is_no_person():
    assert person_name("Kestrel Institute, a think tank") is None
    names = UnknownNames()
    assert names.assign("Kestrel Institute, a think tank") != names.assign("Hanbit Institute")

def test_a_surname_shared_by_two_people_stays_apart():
    names = UnknownNames()
    a, b = names.assign("Lee Seong-jun"), names.assign("Rep. Lee Min-ho")
    assert a != b
    assert names.assign("Lee") not in (a, b)


def test_institutions_are_no_people():
    names = UnknownNames()
    assert names.assign("Hanbit Institute") != names.assign("Kestrel Institute")

"""Near-duplicate detection: syndicated copies link to their origin, distinct stories do not."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimledger.ingest.dedupe import (
    NearDuplicateIndex,
    content_hash,
    minhash_signature,
    normalise,
    shingles,
    similarity,
)

# Our own short wire-style stories (invented places and figures).
ORIGIN = """Drone strike hits fuel depot near Valenko
A drone struck a fuel depot on the edge of Valenko late on Tuesday, regional officials said,
starting a fire that burned through the night and forced several hundred residents to leave
their homes. The regional governor said four workers were killed and eleven were wounded, and
that rescue crews were still searching the site on Wednesday morning. The defence ministry of
the neighbouring state said its air defences had shot down nine drones over the border area
during the same night, but it did not comment on the depot. Satellite images taken on
Wednesday showed at least three large storage tanks destroyed and black smoke drifting east
over farmland. Local residents told reporters they heard two loud explosions shortly after
midnight, followed by the sound of sirens across the town. The depot supplied fuel to
military units stationed in the region, according to a local official who asked not to be
named because he was not authorised to speak to the press. Neither side's figures could be
verified independently, and the governor said the toll could rise as the search went on."""

# The same story reprinted: a new headline line and an agency sign-off appended.
SYNDICATED = ORIGIN.replace(
    "Drone strike hits fuel depot near Valenko",
    "Four dead as fire rages at Valenko fuel depot after overnight attack",
) + "\nReporting by the Northwire agency; additional reporting by staff writers in the capital."

# Same topic and place, different reporting: must stay independent.
OTHER = """Valenko counts the cost after depot fire
Firefighters in Valenko brought the blaze at the town's fuel depot under control on Thursday,
two days after the drone attack that set it alight. The town's mayor told a news conference
that the number of people killed had risen to six after two more bodies were found under
collapsed roofing, while nine people remained in hospital. Families who had fled the smoke
began to return home, though schools near the depot stayed closed. An engineer at the site
estimated that repairs would take months and said the tanks had held about two thousand
tonnes of diesel before the strike. The regional government promised compensation for
damaged houses and said it would ask for more air defence systems to protect the area."""


def test_syndicated_copy_with_new_headline_and_agency_line_links_to_origin() -> None:
    index = NearDuplicateIndex()
    assert index.add("origin", minhash_signature(ORIGIN)) is None
    assert index.add("copy", minhash_signature(SYNDICATED)) == "origin"


def test_different_article_on_the_same_topic_is_not_a_duplicate() -> None:
    index = NearDuplicateIndex()
    index.add("origin", minhash_signature(ORIGIN))
    assert index.add("other", minhash_signature(OTHER)) is None
    assert index.query(minhash_signature(OTHER)) == ["other"]
    assert index.query(minhash_signature(ORIGIN)) == ["origin"]


def test_origin_is_the_earliest_added_of_several_copies() -> None:
    index = NearDuplicateIndex()
    index.add("first", minhash_signature(ORIGIN))
    index.add("second", minhash_signature(SYNDICATED))
    third = ORIGIN + " The story was updated with the governor's later remarks."
    assert index.add("third", minhash_signature(third)) == "first"
    assert index.query(minhash_signature(third)) == ["first", "second", "third"]


def test_adding_the_same_id_again_answers_as_before() -> None:
    index = NearDuplicateIndex()
    index.add("origin", minhash_signature(ORIGIN))
    index.add("copy", minhash_signature(SYNDICATED))
    assert index.add("copy", minhash_signature(SYNDICATED)) == "origin"
    assert index.add("origin", minhash_signature(ORIGIN)) is None
    assert len(index) == 2


def test_signature_is_plain_ints_and_survives_json() -> None:
    signature = minhash_signature(ORIGIN)
    assert len(signature) == 128 and all(type(v) is int for v in signature)
    restored = json.loads(json.dumps(signature))
    index = NearDuplicateIndex()
    index.add("origin", restored)
    assert index.add("copy", minhash_signature(SYNDICATED)) == "origin"


def test_signatures_are_the_same_in_a_fresh_process() -> None:
    code = (
        "import json, sys; from claimledger.ingest.dedupe import minhash_signature; "
        "print(json.dumps(minhash_signature(sys.stdin.read())))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=ORIGIN, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == minhash_signature(ORIGIN)


def test_short_texts_match_only_when_equal_after_normalising() -> None:
    assert shingles("Two killed.") == {"two killed"}
    index = NearDuplicateIndex()
    index.add("a", minhash_signature("Two killed."))
    assert index.add("b", minhash_signature("two  KILLED")) == "a"
    assert index.add("c", minhash_signature("Three killed.")) is None


def test_normalise_joins_inner_punctuation_and_splits_on_the_rest() -> None:
    assert normalise("The U.S. said—at least 1,000 DON'T") == "the us said at least 1000 dont"


def test_content_hash_ignores_case_spacing_and_punctuation_only() -> None:
    assert content_hash("Four killed, 11 wounded.") == content_hash("four  killed 11 WOUNDED")
    assert content_hash("Four killed.") != content_hash("Five killed.")


def test_similarity_rejects_signatures_of_different_lengths() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        similarity([1, 2], [1, 2, 3])


def test_index_rejects_a_signature_of_the_wrong_size() -> None:
    index = NearDuplicateIndex(num_perm=64)
    with pytest.raises(ValueError, match="expects 64"):
        index.add("a", minhash_signature(ORIGIN, num_perm=128))

"""Rule data files are parsed once per process, not per document (a YAML parse per
sentence once made extraction four times slower)."""

from __future__ import annotations

from tests.extract.helpers import claims_in

from claimledger.extract.lexicon import load_data

TEXT = ("North Korean troops are fighting in the Kursk region, Kyiv said. Iran has sent "
        "drones to Russia, and 300 soldiers were killed.")


def test_a_second_document_parses_no_data_file(nlp):
    claims_in(TEXT, nlp)
    parsed = load_data.cache_info().misses
    claims_in(TEXT + " More troops arrived.", nlp)
    assert load_data.cache_info().misses == parsed

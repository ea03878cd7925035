"""Our spaCy components, registered by name and added to the pinned pipeline.

- ``claimledger_line_breaks`` (before the parser): a line break ends a
  sentence, so a headline never runs into the paragraph below it.
- ``claimledger_claims`` (last): finds the claims and leaves them on
  ``doc._.claims`` as ``Claim.to_dict()`` records. They travel as one JSON
  string (``doc._.claims_json``), so a Doc crosses process boundaries with
  ``nlp.pipe(n_process=...)`` at little more than the parse's own cost.

Example:
    >>> nlp = get_nlp()                                   # doctest: +SKIP
    >>> nlp("Ten soldiers were killed.")._.claims[0]["measure"]  # doctest: +SKIP
    'killed'
"""

from __future__ import annotations

import json
import re

import numpy
from spacy.attrs import IDX, IS_SPACE, IS_TITLE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from claimledger.extract.sentences import remember_text

if not Doc.has_extension("claims_json"):
    Doc.set_extension("claims_json", default=None)
if not Doc.has_extension("claims"):
    Doc.set_extension(
        "claims", getter=lambda doc: json.loads(doc._.claims_json) if doc._.claims_json else None
    )


_DATE = r"[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?"
#: A wire dateline opening a paragraph: "SEOUL, Feb 13 (Meridian) - ", "KYIV (AP) — ",
#: and the Indian wires' "New Delhi, Jun 12 (PTI)" with no dash.
DATELINE = re.compile(
    rf"[A-Z][A-Z.'’/ -]{{1,40}}(?:,\s*{_DATE})?(?:\s*\([^()\n]{{1,40}}\))?\s*[-–—]+\s+"
    rf"|[A-Z][A-Za-z.'’/ -]{{1,40}},\s*{_DATE}\s*\([A-Z][^()\n]{{0,39}}\)\s*[-–—:]*\s*"
)

#: The words that end a sentence, as hashes of their text.
_STOPS = frozenset(get_string_id(w) for w in (".", "?", "!"))


@Language.component("claimledger_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (headlines, paragraphs, list items)
    and after a wire dateline, so "KYIV, Oct 18 (Meridian) -" is not parsed as
    the subject of the lead sentence."""
    text = doc.text
    remember_text(doc, text)  # the claims component's index reads it again
    n = len(doc)
    # The token facts the lines are judged by, read in one pass (a Token per lookup
    # costs more than the test made on it); only sentence starts are written back.
    if n:
        table = doc.to_array([IS_SPACE, IS_TITLE, ORTH, IDX])
    else:
        table = numpy.zeros((0, 4), dtype="uint64")
    space, title, orth, idx = (table[:, k].tolist() for k in range(4))
    starts = [0] + [k + 1 for k in range(n - 1) if space[k] and "\n" in doc[k].text]
    ends = starts[1:] + [n]
    for i, end in zip(starts, ends, strict=True):
        if i >= n:
            continue
        if i:
            doc[i].is_sent_start = True
        words = [k for k in range(i, end) if not space[k]]
        stops = any(orth[k] in _STOPS for k in words[:-1])
        if (
            len(words) <= 16
            and not stops
            or len(words) <= 32
            and not stops
            and (orth[words[-1]] not in _STOPS)
        ):
            # A headline, a bullet or a timestamp is one sentence ("- At least three
            # people killed, says governor"; "08.45 GMT"), a long headline too (no full
            # stop anywhere: "Ukraine Says 9 Killed as …, Some Newly Supplied by Iran").
            for k in range(i + 1, end):
                if not space[k]:
                    doc[k].is_sent_start = False
        elif len(words) > 1 and title[words[0]] and title[words[1]] and words[0] + 1 == words[1]:
            doc[words[1]].is_sent_start = False  # "Volodymyr Zelenskyy has said …" is one name
        found = DATELINE.match(text, idx[i])
        if found and found.end() - idx[i] < 90:
            after = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
            if after is not None and after.start > i:
                doc[after.start].is_sent_start = True
    return doc


@Language.component("claimledger_claims")
def claims_component(doc: Doc) -> Doc:
    """Find every claim in ``doc`` and store the records on ``doc._.claims``."""
    from claimledger.extract.claims import find_claims
    from claimledger.extract.sentences import doc_text, forget
    from claimledger.extract.statements import reproduced_statement
    from claimledger.resolve.coref import link_claimants

    found = reproduced_statement(doc, find_claims(doc))  # "the full text of a statement by X"
    # "the agency" -> the body named earlier; here, so it runs in the worker processes
    found = link_claimants(found, doc_text(doc))
    doc._.claims_json = json.dumps([c.to_dict() for c in found], ensure_ascii=False)
    forget(doc)  # the cache must not travel with the Doc between processes
    return doc


def add_claim_components(nlp: Language) -> Language:
    """Add our components to ``nlp`` (idempotent)."""
    if "claimledger_line_breaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe("claimledger_line_breaks", before=before)
        else:
            nlp.add_pipe("claimledger_line_breaks", first=True)
    if "claimledger_claims" not in nlp.pipe_names:
        nlp.add_pipe("claimledger_claims", last=True)
    return nlp

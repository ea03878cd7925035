"""Public extraction API: ``extract`` for one article, ``Extractor`` for many.

Example:
    >>> claims = extract("Officials said 40 soldiers were wounded.")   # doctest: +SKIP
    >>> claims[0].measure, claims[0].number, claims[0].hedge            # doctest: +SKIP
    ('wounded', 40, 'reported')
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract.dates import StatedDate, find_dates, pick_date
from claimledger.records import Claim, Document, TextSpan


def _as_document(document: Document | str) -> Document:
    if isinstance(document, Document):
        return document
    return Document(id="text", text=document)


def number_claims(doc_id: str, claims: Iterable[Claim]) -> list[Claim]:
    """Give claims their document id and ``<doc>:<n>`` ids, in text order."""
    ordered = sorted(
        claims,
        key=lambda c: (
            c.evidence.start,
            c.number_span.start if c.number_span else c.evidence.start,
            c.kind,
        ),
    )
    return [c.replace(doc=doc_id, claim_id=f"{doc_id}:{n}") for n, c in enumerate(ordered, 1)]


def claims_of(
    doc: Doc, doc_id: str, published: str | None = None, text: str | None = None
) -> list[Claim]:
    """The claims our pipeline component left on ``doc._.claims`` (short definite
    claimants such as "the agency" already linked there), with the
    day each states for itself (resolved against ``published``). ``text`` is the
    document's text when the caller has it (``doc.text`` rebuilds it token by token).
    """
    records = json.loads(doc._.claims_json) if doc._.claims_json else ()
    text = doc.text if text is None else text
    found = [Claim.from_dict(d) for d in records]  # claimants linked by the component
    return number_claims(doc_id, date_claims(doc, found, published, text))


def date_claims(
    doc: Doc, claims: Iterable[Claim], published: str | None, text: str | None = None
) -> list[Claim]:
    """Claims with ``date``/``date_span`` from a day stated in their sentence
    (``text``: the doc's text, when the caller has it)."""
    text = doc.text if text is None else text
    by_sentence: dict[int, list[StatedDate]] = {}
    out = []
    for claim in claims:
        span = doc.char_span(claim.evidence.start, claim.evidence.end, alignment_mode="expand")
        if span is None:
            out.append(claim)
            continue
        sent = span.sent
        if sent.start_char not in by_sentence:
            by_sentence[sent.start_char] = find_dates(
                text[sent.start_char : sent.end_char], published
            )
        at = (claim.number_span or claim.evidence).start - sent.start_char
        stated = pick_date(by_sentence[sent.start_char], at)
        if stated is None:
            out.append(claim)
            continue
        start = sent.start_char + stated.start
        words = TextSpan(stated.text, start, start + len(stated.text))
        out.append(claim.replace(date=stated.iso, date_span=words))
    return out


class Extractor:
    """Runs the claim pipeline over documents; the model is loaded once and shared.

    Example:
        >>> ex = Extractor()                                            # doctest: +SKIP
        >>> for document, claims in ex.pipe([Document("a", "Ten were killed.")]):  # doctest: +SKIP
        ...     print(document.id, len(claims))
        a 1
    """

    def __init__(self, nlp: Language | None = None) -> None:
        if nlp is None:
            from claimledger.nlp import get_nlp

            nlp = get_nlp()
        self.nlp = nlp

    def extract(self, document: Document | str) -> list[Claim]:
        document = _as_document(document)
        return claims_of(self.nlp(document.text), document.id, document.date, document.text)

    def pipe(
        self,
        documents: Iterable[Document],
        *,
        n_process: int = 1,
        batch_size: int = 16,
        on_error: Callable[[Document, Exception], None] | None = None,
    ) -> Iterator[tuple[Document, list[Claim]]]:
        """Yield ``(document, claims)`` in input order, with ``n_process`` workers.

        Plain texts go to ``nlp.pipe`` and the documents wait in order beside it:
        with ``as_tuples=True`` spaCy would tokenise every text in this process and
        ship the Doc to a worker, which costs as much as a tenth of the parse.
        A document whose rules fail is passed to ``on_error`` and left out, so one bad
        article does not stop a batch (without ``on_error`` the error is raised).
        """
        waiting: deque[Document] = deque()

        def texts() -> Iterator[str]:
            for document in documents:
                waiting.append(document)
                yield document.text

        for doc in self.nlp.pipe(texts(), n_process=n_process, batch_size=batch_size):
            document = waiting.popleft()
            try:
                found = claims_of(doc, document.id, document.date, document.text)
            except Exception as error:  # a rule's bug must not end the batch
                if on_error is None:
                    raise
                on_error(document, error)
                continue
            yield document, found


def extract(document: Document | str, nlp: Language | None = None) -> list[Claim]:
    """Every claim in one article (a ``Document`` or plain text)."""
    return Extractor(nlp).extract(document)

"""Near-duplicate (syndicated copy) detection: MinHash signatures over word 5-gram shingles.

A wire story reprinted with a new headline and an agency sign-off is still the same
report; the ledger links it to its origin so it is not counted as independent.

Example:
    >>> index = NearDuplicateIndex()
    >>> story = " ".join(f"word{i}" for i in range(60))
    >>> index.add("origin", minhash_signature(story)) is None
    True
    >>> index.add("copy", minhash_signature(story + " Reporting by the agency."))
    'origin'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

#: Fixed so signatures made in different processes (and stored) stay comparable.
SEED = 1
#: datasketch's hashing scheme, named so a library default change cannot alter signatures.
SCHEME = "affine32"
SHINGLE_WORDS = 5
DEFAULT_NUM_PERM = 128
DEFAULT_THRESHOLD = 0.8

# Punctuation inside a word or number ("don't", "1,000", "U.S.") is dropped so it joins;
# anywhere else it separates words.
_INNER_PUNCT = re.compile(r"(?<=\w)[’'.,](?=\w)")
_PUNCT = re.compile(r"[^\w\s]+|_")


def normalise(text: str) -> str:
    """Casefolded words without punctuation, single-spaced.

    Example:
        >>> normalise("  The U.S. said: 1,000  KILLED! ")
        'the us said 1000 killed'
    """
    text = _PUNCT.sub(" ", _INNER_PUNCT.sub("", text.casefold()))
    return " ".join(text.split())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-grams of the normalised text; a text shorter than that is one shingle."""
    words = normalise(text).split()
    if len(words) < size:
        # Too short for n-grams: the whole text is the shingle, so only equal texts match.
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for copies that differ only in case,
    spacing or punctuation."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def minhash_signature(text: str, num_perm: int = DEFAULT_NUM_PERM) -> list[int]:
    """The MinHash of the text's shingles as plain ints (JSON-serialisable, stable)."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, permutations=_perms(num_perm))
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return [int(v) for v in minhash.hashvalues]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal slots)."""
    if len(a) != len(b):
        raise ValueError(f"signatures differ in length ({len(a)} and {len(b)})")
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a) if a else 0.0


@lru_cache(maxsize=4)
def _perms(num_perm: int) -> Any:
    """The permutation parameters for ``SEED``; drawing them is the costly part of a MinHash."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


class NearDuplicateIndex:
    """Documents added in order; each new one is matched to earlier near-duplicates.

    Candidates come from MinHashLSH and are confirmed by estimated Jaccard similarity
    of at least ``threshold``, so LSH's chance collisions do not link unrelated texts.
    """

    def __init__(
        self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM
    ) -> None:
        from datasketch import MinHashLSH

        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        # A lower LSH threshold for candidates: fewer missed pairs near the line, and the
        # exact check in query() drops the extra candidates.
        self._lsh = MinHashLSH(threshold=max(0.1, threshold * 0.8), num_perm=num_perm)
        self._signatures: dict[str, list[int]] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._signatures

    def add(self, doc_id: str, signature: Sequence[int]) -> str | None:
        """Index a document; return the earliest earlier document it nearly duplicates.

        Adding an id again changes nothing and answers as the first time did.
        """
        signature = self._check(signature)
        if doc_id in self._signatures:
            earlier = [d for d in self.query(self._signatures[doc_id]) if d != doc_id]
            return next((d for d in earlier if self._order[d] < self._order[doc_id]), None)
        matches = self.query(signature)
        self._lsh.insert(doc_id, self._minhash(signature))
        self._signatures[doc_id] = signature
        self._order[doc_id] = len(self._order)
        return matches[0] if matches else None

    def query(self, signature: Sequence[int]) -> list[str]:
        """Ids of indexed documents at least ``threshold`` similar, earliest added first."""
        signature = self._check(signature)
        found = [
            doc_id
            for doc_id in self._lsh.query(self._minhash(signature))
            if similarity(signature, self._signatures[doc_id]) >= self.threshold
        ]
        return sorted(found, key=self._order.__getitem__)

    def _check(self, signature: Sequence[int]) -> list[int]:
        values = [int(v) for v in signature]
        if len(values) != self.num_perm:
            raise ValueError(
                f"signature has {len(values)} values, the index expects {self.num_perm}"
            )
        return values

    def _minhash(self, signature: list[int]) -> Any:
        import numpy as np
        from datasketch import MinHash

        return MinHash(
            seed=SEED,
            scheme=SCHEME,
            hashvalues=np.array(signature, dtype=np.uint64),
            permutations=_perms(self.num_perm),
        )

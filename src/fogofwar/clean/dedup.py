"""Near-duplicate detection: MinHash over word 5-shingles, indexed with MinHashLSH.

Syndicated copies of one report must count once when claims are corroborated, but they are
still evidence of who spread it, so copies are linked (`duplicate_of`), never dropped. LSH
proposes candidates in sub-linear time; the MinHash Jaccard estimate confirms them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from .. import config

NUM_PERM = 128
#: datasketch's hashing scheme, pinned so fingerprints stored by one run compare with the next.
SCHEME = "affine32"
SHINGLE = 5
_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> MinHash | None:
    """MinHash of the text's word 5-shingles (lowercased); None for text without words."""
    words = _WORD.findall(text.casefold())
    if not words:
        return None
    width = min(SHINGLE, len(words))
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(
        " ".join(words[i:i + width]).encode("utf-8") for i in range(len(words) - width + 1))
    return minhash


def as_ints(minhash: MinHash | None) -> list[int]:
    return [int(v) for v in minhash.hashvalues] if minhash is not None else []


class DuplicateIndex:
    """Articles seen so far (stored or earlier in this run), in the order first seen."""

    def __init__(self, fingerprints: Iterable[tuple[str, list[int]]] = (),
                 threshold: float = config.DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        for article_id, values in fingerprints:
            if len(values) == NUM_PERM:
                hashes = np.array(values, dtype=np.uint64)
                self.add(article_id,
                         MinHash(num_perm=NUM_PERM, hashvalues=hashes, scheme=SCHEME))

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._order

    def add(self, article_id: str, minhash: MinHash | None) -> None:
        if article_id in self._order:
            return
        self._order[article_id] = len(self._order)
        if minhash is not None:
            self._lsh.insert(article_id, minhash)
            self._hashes[article_id] = minhash

    def original_of(self, article_id: str, minhash: MinHash | None) -> str | None:
        """The earliest other article whose estimated Jaccard similarity reaches the threshold."""
        if minhash is None:
            return None
        matches = [other for other in self._lsh.query(minhash)
                   if other != article_id
                   and self._hashes[other].jaccard(minhash) >= self.threshold]
        return min(matches, key=self._order.__getitem__, default=None)

"""Near-duplicate detection: MinHash over word 5-shingles, banded as MinHash LSH does.

Syndicated copies of one report must count once when claims are corroborated, but they are
still evidence of who spread it, so copies are linked (`duplicate_of`), never dropped. LSH
proposes candidates in sub-linear time; the MinHash Jaccard estimate confirms them.

The band keys of every stored article live in the store (table `article_bands`, indexed), so
the index held here is only the articles cleaned in this run and not yet stored: memory stays
flat however large the corpus (an in-memory MinHashLSH over every article cost ~7 KB each).
The bands are datasketch's own (`MinHashLSH(threshold, NUM_PERM)`'s b and r), so the
candidates are the ones an in-memory MinHashLSH would propose.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

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
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(
        " ".join(words[i:i + width]).encode("utf-8") for i in range(len(words) - width + 1))
    return minhash


@cache
def _permutations() -> np.ndarray:
    """The permutation parameters every MinHash of `NUM_PERM` and `SCHEME` draws from its
    default seed: datasketch seeds a fresh RandomState and draws them again for each MinHash
    made (about 0.7 ms, once per article), always the same numbers. Handed back read-only, so
    no fingerprint can change another's."""
    perms = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations
    perms.setflags(write=False)
    return perms


def as_ints(minhash: MinHash | None) -> list[int]:
    return [int(v) for v in minhash.hashvalues] if minhash is not None else []


@cache
def band_ranges(threshold: float = config.DUPLICATE_THRESHOLD) -> list[tuple[int, int]]:
    """The hash-value ranges of the LSH bands datasketch picks for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return [(i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b)]


def band_keys(values: Sequence[int] | np.ndarray,
              threshold: float = config.DUPLICATE_THRESHOLD) -> list[int]:
    """One signed 64-bit key per band (band number and its hash values hashed together), as
    stored and indexed; two fingerprints share a key exactly when they share a band."""
    if len(values) != NUM_PERM:
        return []
    hashes = np.asarray(values, dtype=np.uint64)
    return [int.from_bytes(hashlib.blake2b(i.to_bytes(2, "big") + hashes[a:b].tobytes(),
                                           digest_size=8).digest(), "big", signed=True)
            for i, (a, b) in enumerate(band_ranges(threshold))]


def as_minhash(values: Sequence[int]) -> MinHash | None:
    """A stored fingerprint back as a MinHash (None when it has no values)."""
    if len(values) != NUM_PERM:
        return None
    return MinHash(num_perm=NUM_PERM, hashvalues=np.array(values, dtype=np.uint64),
                   scheme=SCHEME, permutations=_permutations())


class StoredCopies(Protocol):
    """Where the articles of earlier batches and runs are looked up (the store, in a run)."""

    def copy_candidates(self, keys: Sequence[int]) -> list[tuple[str, list[int], tuple]]:
        """(id, fingerprint, rank) of stored articles sharing a band key; lower rank = earlier."""

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are stored."""


class MemoryCopies:
    """Fingerprints held in memory, for runs without a store (tests, tools): ranked in the
    order given (originals before copies, as Store.cleaner_state lists them)."""

    def __init__(self, fingerprints: Iterable[tuple[str, list[int]]] = ()) -> None:
        self._prints: dict[str, list[int]] = {}
        self._bands: dict[int, list[str]] = {}
        for article_id, values in fingerprints:
            if len(values) == NUM_PERM and article_id not in self._prints:
                self._prints[article_id] = list(values)
                for key in band_keys(values):
                    self._bands.setdefault(key, []).append(article_id)
        self._rank = {aid: i for i, aid in enumerate(self._prints)}

    def copy_candidates(self, keys: Sequence[int]) -> list[tuple[str, list[int], tuple]]:
        ids = dict.fromkeys(aid for k in keys for aid in self._bands.get(k, ()))
        return [(aid, self._prints[aid], (self._rank[aid],)) for aid in ids]

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        return {aid for aid in ids if aid in self._prints}


@dataclass
class _Pending:
    order: int
    minhash: MinHash | None
    keys: list[int]


class DuplicateIndex:
    """Articles seen so far: those stored (asked of `stored`), and those cleaned in this run
    and not yet stored (held here until `settle` finds them in the store)."""

    def __init__(self, stored: StoredCopies | None = None,
                 threshold: float = config.DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self._stored = stored if stored is not None else MemoryCopies()
        self._pending: dict[str, _Pending] = {}
        self._seen = 0

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._pending or bool(self._stored.stored_ids([article_id]))

    def add(self, article_id: str, minhash: MinHash | None) -> None:
        if article_id in self:
            return
        keys = band_keys(minhash.hashvalues, self.threshold) if minhash is not None else []
        self._pending[article_id] = _Pending(self._seen, minhash, keys)
        self._seen += 1

    def settle(self) -> None:
        """Forget the pending articles the store now holds: it answers for them from now on."""
        for article_id in self._stored.stored_ids(list(self._pending)):
            del self._pending[article_id]

    def original_of(self, article_id: str, minhash: MinHash | None) -> str | None:
        """The earliest other article whose estimated Jaccard similarity reaches the threshold:
        stored ones by the store's rank, then this run's pending ones in the order seen."""
        if minhash is None:
            return None
        keys = band_keys(minhash.hashvalues, self.threshold)
        wanted = set(keys)
        found: list[tuple[tuple, str]] = []
        for other, values, rank in self._stored.copy_candidates(keys):
            if other != article_id and other not in self._pending:
                theirs = as_minhash(values)
                if theirs is not None and theirs.jaccard(minhash) >= self.threshold:
                    found.append(((0, rank), other))
        for other, pending in self._pending.items():
            if (other != article_id and pending.minhash is not None
                    and wanted.intersection(pending.keys)
                    and pending.minhash.jaccard(minhash) >= self.threshold):
                found.append(((1, pending.order), other))
        return min(found)[1] if found else None

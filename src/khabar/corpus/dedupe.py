"""Near-duplicates and stories with MinHash + LSH (datasketch) over shingles of normalized tokens.

A document's signature is a MinHash of its word ``k``-shingles: the normalized text's word tokens
(punctuation dropped, Latin lower-cased) taken ``k`` at a time. Two thresholds on the estimated
Jaccard similarity of the shingle sets:

* ``near_duplicate`` (default 0.3): the same text, lightly edited — an agency report and a paper's
  copy of it (COUNTER's wholly and partly derived pairs);
* ``story`` (default 0.1): reports of the same story, rewritten.

The defaults were chosen on COUNTER (``benchmarks/corpus.py`` prints precision and recall on its 600
source/derived pairs). Signatures are stored with each document, so a later ingest finds duplicates
of documents stored earlier.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Permutations of the MinHash (accuracy of the Jaccard estimate ~ 1/sqrt(NUM_PERM)).
NUM_PERM = 128
SHINGLE_SIZE = 3
NEAR_DUPLICATE_THRESHOLD = 0.3
STORY_THRESHOLD = 0.1
_SEED = 1
#: datasketch's hashing scheme, pinned so stored signatures stay comparable across versions
_SCHEME = "affine32"


@dataclass(frozen=True, slots=True)
class DedupeConfig:
    num_perm: int = NUM_PERM
    shingle_size: int = SHINGLE_SIZE
    near_duplicate: float = NEAR_DUPLICATE_THRESHOLD
    story: float = STORY_THRESHOLD


@dataclass(frozen=True, slots=True)
class Match:
    """The best earlier document for a new one: its store id and the estimated Jaccard similarity."""

    id: int
    similarity: float


_WORDLIKE = re.compile(r"[^\W_]")  # a letter or a digit


def words(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[str]:
    """The word tokens of a tokenized normalized text (tokens with a letter or digit), Latin lower-cased."""
    return [w.lower() for w in map(text.__getitem__, map(slice, starts, ends)) if _WORDLIKE.search(w)]


def shingles(tokens: Sequence[str], k: int = SHINGLE_SIZE) -> set[bytes]:
    """The word ``k``-grams of ``tokens`` (the whole sequence when shorter than ``k``)."""
    if len(tokens) < k:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    return {" ".join(tokens[i:i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)}


def _hash32(b: bytes) -> int:
    """CRC-32 of a shingle: fast, and the same in every process (unlike ``hash``)."""
    return zlib.crc32(b)


class Deduper:
    """Holds the LSH indexes of stored signatures and finds the best earlier match of a new one."""

    def __init__(self, config: DedupeConfig | None = None) -> None:
        from datasketch import MinHashLSH

        self.config = config or DedupeConfig()
        c = self.config
        self._dup = MinHashLSH(threshold=c.near_duplicate, num_perm=c.num_perm)
        self._story = MinHashLSH(threshold=c.story, num_perm=c.num_perm)
        self._sigs: dict[int, np.ndarray] = {}
        self._template: Any = None

    def signature(self, tokens: Sequence[str]) -> np.ndarray:
        """The MinHash signature (uint64 array of ``num_perm`` values) of a document's words."""
        from datasketch import MinHash

        if self._template is None:
            self._template = MinHash(num_perm=self.config.num_perm, seed=_SEED, hashfunc=_hash32,
                                     scheme=_SCHEME)
        m = self._template.copy()
        sh = shingles(tokens, self.config.shingle_size)
        if sh:
            m.update_batch(list(sh))
        return np.asarray(m.hashvalues, dtype=np.uint64)

    def _minhash(self, sig: np.ndarray) -> object:
        """A cheap view of a stored signature for the LSH index (no permutations are generated)."""
        from datasketch import LeanMinHash

        return LeanMinHash(seed=_SEED, hashvalues=sig, scheme=_SCHEME)

    def add(self, doc_id: int, sig: np.ndarray) -> None:
        m = self._minhash(sig)
        key = str(doc_id)
        self._dup.insert(key, m, check_duplication=False)
        self._story.insert(key, m, check_duplication=False)
        self._sigs[doc_id] = sig

    def add_many(self, items: Iterable[tuple[int, np.ndarray]]) -> None:
        for doc_id, sig in items:
            self.add(doc_id, sig)

    def __len__(self) -> int:
        return len(self._sigs)

    def similarity(self, a: np.ndarray, b: np.ndarray) -> float:
        return float(np.count_nonzero(a == b)) / len(a)

    def best(self, sig: np.ndarray, *, story: bool = False) -> Match | None:
        """The most similar stored document above the near-duplicate (or story) threshold."""
        index = self._story if story else self._dup
        threshold = self.config.story if story else self.config.near_duplicate
        best: Match | None = None
        for key in index.query(self._minhash(sig)):
            other = int(key)
            sim = self.similarity(sig, self._sigs[other])
            if sim >= threshold and (best is None or sim > best.similarity
                                     or (sim == best.similarity and other < best.id)):
                best = Match(other, sim)
        return best

    def story_matches(self, sig: np.ndarray) -> list[int]:
        """Every stored document above the story threshold (to merge their stories)."""
        return sorted(int(k) for k in self._story.query(self._minhash(sig))
                      if self.similarity(sig, self._sigs[int(k)]) >= self.config.story)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)

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
    # the UTF-8 of a join is the join of the UTF-8s: encode each token once, not k times
    enc = [t.encode("utf-8") for t in tokens]
    return set(map(b" ".join, zip(*(enc[i:] for i in range(k)), strict=False)))


def _hash32(b: bytes) -> int:
    """CRC-32 of a shingle: fast, and the same in every process (unlike ``hash``)."""
    return zlib.crc32(b)


class _Bands:
    """An LSH index: the signature cut into ``b`` bands of ``r`` values; two documents are candidates
    when one band is equal. The bands (``b``, ``r``) are datasketch's ``MinHashLSH`` optimum for the
    threshold, so the candidates are exactly those of a ``MinHashLSH``; each band is looked up by the
    raw bytes of its values (one ``tobytes`` per signature, shared by every index, instead of
    datasketch's copy and byte swap per band, per index, per query and per insert)."""

    __slots__ = ("ranges", "tables")

    def __init__(self, threshold: float, num_perm: int) -> None:
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.ranges: list[tuple[int, int]] = [(8 * s, 8 * e) for s, e in lsh.hashranges]
        self.tables: list[dict[bytes, list[int]]] = [{} for _ in self.ranges]

    def keys(self, raw: bytes) -> list[bytes]:
        return [raw[s:e] for s, e in self.ranges]

    def insert(self, doc_id: int, keys: list[bytes]) -> None:
        for key, table in zip(keys, self.tables, strict=True):
            bucket = table.get(key)
            if bucket is None:
                table[key] = [doc_id]
            else:
                bucket.append(doc_id)

    def query(self, keys: list[bytes]) -> set[int]:
        out: set[int] = set()
        for key, table in zip(keys, self.tables, strict=True):
            bucket = table.get(key)
            if bucket is not None:
                out.update(bucket)
        return out


class Deduper:
    """Holds the LSH indexes of stored signatures and finds the best earlier match of a new one."""

    def __init__(self, config: DedupeConfig | None = None) -> None:
        self.config = config or DedupeConfig()
        c = self.config
        self._dup = _Bands(c.near_duplicate, c.num_perm)
        self._story = _Bands(c.story, c.num_perm)
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

    @staticmethod
    def _raw(sig: np.ndarray) -> bytes:
        return np.ascontiguousarray(sig, dtype=np.uint64).tobytes()

    def _check(self, sig: np.ndarray) -> None:
        if len(sig) != self.config.num_perm:
            raise ValueError(f"Expecting minhash with length {self.config.num_perm}, got {len(sig)}")

    def add(self, doc_id: int, sig: np.ndarray) -> None:
        self._check(sig)
        raw = self._raw(sig)
        self._dup.insert(doc_id, self._dup.keys(raw))
        self._story.insert(doc_id, self._story.keys(raw))
        self._sigs[doc_id] = sig

    def add_many(self, items: Iterable[tuple[int, np.ndarray]]) -> None:
        for doc_id, sig in items:
            self.add(doc_id, sig)

    def __len__(self) -> int:
        return len(self._sigs)

    def similarity(self, a: np.ndarray, b: np.ndarray) -> float:
        return float(np.count_nonzero(a == b)) / len(a)

    def _candidates(self, sig: np.ndarray, story: bool) -> set[int]:
        self._check(sig)
        index = self._story if story else self._dup
        return index.query(index.keys(self._raw(sig)))

    def best(self, sig: np.ndarray, *, story: bool = False) -> Match | None:
        """The most similar stored document above the near-duplicate (or story) threshold."""
        threshold = self.config.story if story else self.config.near_duplicate
        best: Match | None = None
        for other in self._candidates(sig, story):
            sim = self.similarity(sig, self._sigs[other])
            if sim >= threshold and (best is None or sim > best.similarity
                                     or (sim == best.similarity and other < best.id)):
                best = Match(other, sim)
        return best

    def story_matches(self, sig: np.ndarray) -> list[int]:
        """Every stored document above the story threshold (to merge their stories)."""
        return sorted(k for k in self._candidates(sig, True)
                      if self.similarity(sig, self._sigs[k]) >= self.config.story)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)

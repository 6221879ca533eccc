"""Distributional word clusters from unlabelled text, for tagger features.

Each word seen at least ``min_count`` times is described by how often each of the ``contexts`` most
frequent words occurs one and two positions to its left and right (4 x ``contexts`` counts), weighted
by positive pointwise mutual information, reduced to ``dims`` dimensions by a seeded randomized SVD
(Halko et al. 2011) and clustered twice by spherical k-means (cosine; ``coarse`` and ``fine``
clusters, seeded k-means++-free initialisation from distinct words). A word's cluster string is
``"coarse|fine"``.

Deterministic for the same sentences and seed (all randomness comes from ``numpy.random.default_rng``;
ties go to the lowest cluster id). Pure numpy, no file access.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from khabar.errors import ModelError

_PAD = "\x00"  # sentence padding, never a word


def cooccurrence(sentences: Sequence[Sequence[str]], *, min_count: int, contexts: int,
                 ) -> tuple[list[str], npt.NDArray[np.float64]]:
    """Words (count >= ``min_count``, most frequent first, ties by string) and their context counts
    at offsets -2, -1, +1, +2 over the ``contexts`` most frequent words."""
    counts = Counter(w for s in sentences for w in s)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    vocab = [w for w, c in ranked if c >= min_count]
    ctx = {w: k for k, (w, _) in enumerate(ranked[:contexts])}
    row = {w: k for k, w in enumerate(vocab)}
    n_ctx = len(ctx)
    m = np.zeros((len(vocab), 4 * n_ctx))
    for s in sentences:
        padded = [_PAD, _PAD, *s, _PAD, _PAD]
        for j in range(2, len(padded) - 2):
            r = row.get(padded[j])
            if r is None:
                continue
            for block, off in enumerate((-2, -1, 1, 2)):
                c = ctx.get(padded[j + off])
                if c is not None:
                    m[r, block * n_ctx + c] += 1.0
    return vocab, m


def ppmi(m: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    total = m.sum()
    if total == 0:
        return m
    rows = m.sum(axis=1, keepdims=True)
    cols = m.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(m * total / (rows @ cols))
    out: npt.NDArray[np.float64] = np.where(m > 0, np.maximum(pmi, 0.0), 0.0)
    return out


def randomized_svd(a: npt.NDArray[np.float64], dims: int, rng: np.random.Generator, *,
                   oversample: int = 20, power: int = 3) -> npt.NDArray[np.float64]:
    """Rows of ``a`` in the top ``dims`` singular directions, scaled by the singular values."""
    k = min(dims + oversample, *a.shape)
    q, _ = np.linalg.qr(a @ rng.standard_normal((a.shape[1], k)))
    for _ in range(power):
        q, _ = np.linalg.qr(a.T @ q)
        q, _ = np.linalg.qr(a @ q)
    u, s, _vt = np.linalg.svd(q.T @ a, full_matrices=False)
    d = min(dims, len(s))
    out: npt.NDArray[np.float64] = (q @ u[:, :d]) * s[:d]
    return out


def spherical_kmeans(x: npt.NDArray[np.float64], k: int, rng: np.random.Generator, *,
                     iterations: int) -> npt.NDArray[np.int64]:
    """Cluster id of each (unit-length) row of ``x``."""
    k = min(k, len(x))
    centres = x[np.sort(rng.choice(len(x), size=k, replace=False))].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        new = (x @ centres.T).argmax(axis=1)
        if np.array_equal(new, assign) and _ > 0:
            break
        assign = new
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) or 1.0)
    return assign


def word_clusters(sentences: Iterable[Sequence[str]], *, min_count: int = 3, contexts: int = 600,
                  dims: int = 50, coarse: int = 64, fine: int = 256, iterations: int = 25,
                  seed: int = 1) -> dict[str, str]:
    """``{word: "coarse|fine"}`` for the words seen at least ``min_count`` times (see the module
    docstring)."""
    sents = [list(s) for s in sentences]
    vocab, m = cooccurrence(sents, min_count=min_count, contexts=contexts)
    if len(vocab) < max(coarse, fine):
        raise ModelError(f"{len(vocab)} words seen {min_count}+ times: too few for {fine} clusters; "
                         "give more text or fewer clusters")
    rng = np.random.default_rng(seed)
    x = randomized_svd(ppmi(m), dims, rng)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    a = spherical_kmeans(x, coarse, rng, iterations=iterations)
    b = spherical_kmeans(x, fine, rng, iterations=iterations)
    return {w: f"{int(a[i])}|{int(b[i])}" for i, w in enumerate(vocab)}

"""Distributional word clusters: words used in the same contexts share a cluster, deterministically."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.errors import ModelError
from khabar.ml.clusters import cooccurrence, ppmi, spherical_kmeans, word_clusters

CITIES = ["لاہور", "کراچی", "پشاور", "کوئٹہ", "ملتان"]
VERBS = ["گیا", "آیا", "پہنچا", "لوٹا", "بھاگا"]
# cities follow میں/سے and precede the verb; verbs follow a city and precede ۔
SENTENCES = [["وہ", c, "میں", "تھا", "۔"] for c in CITIES] * 3 + \
    [["وہ", c, "سے", v, "۔"] for c in CITIES for v in VERBS] + \
    [["ہم", "کل", v, "۔"] for v in VERBS] * 3


def test_cooccurrence_counts_each_offset() -> None:
    vocab, m = cooccurrence([["وہ", "لاہور", "گیا"]], min_count=1, contexts=3)
    assert vocab == ["لاہور", "وہ", "گیا"]  # ties by string
    n = 3
    row = m[vocab.index("لاہور")]
    # offsets -2, -1, +1, +2 in blocks of `contexts` columns
    assert row[1 * n + vocab.index("وہ")] == 1  # وہ at -1
    assert row[2 * n + vocab.index("گیا")] == 1  # گیا at +1
    assert row.sum() == 2


def test_ppmi_is_zero_where_nothing_was_seen() -> None:
    m = np.array([[2.0, 0.0], [0.0, 1.0]])
    p = ppmi(m)
    assert p[0, 1] == 0.0
    assert p[1, 0] == 0.0
    assert p[0, 0] > 0.0


def test_cities_and_verbs_fall_into_different_clusters() -> None:
    table = word_clusters(SENTENCES, min_count=2, contexts=20, dims=4, coarse=2, fine=4, seed=1)
    coarse = {w: table[w].partition("|")[0] for w in CITIES + VERBS}
    assert len({coarse[c] for c in CITIES}) == 1
    assert len({coarse[v] for v in VERBS}) == 1
    assert coarse[CITIES[0]] != coarse[VERBS[0]]


def test_clusters_are_deterministic_for_a_seed() -> None:
    a = word_clusters(SENTENCES, min_count=2, contexts=20, dims=4, coarse=2, fine=4, seed=7)
    b = word_clusters(SENTENCES, min_count=2, contexts=20, dims=4, coarse=2, fine=4, seed=7)
    assert a == b


def test_too_little_text_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="too few"):
        word_clusters([["وہ", "گیا"]], min_count=1, coarse=4, fine=8)


def test_spherical_kmeans_separates_two_directions() -> None:
    x = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0], [0.14, 0.99]])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    a = spherical_kmeans(x, 2, np.random.default_rng(0), iterations=10)
    assert a[0] == a[1]
    assert a[2] == a[3]
    assert a[0] != a[2]

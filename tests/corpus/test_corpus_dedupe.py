"""Near-duplicate detection: the shingles, and the LSH band index against datasketch's MinHashLSH
(the candidates must be exactly the same, so the stored near-duplicate and story links are)."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import LeanMinHash, MinHashLSH

from khabar.corpus.dedupe import NUM_PERM, Deduper, _Bands, shingles, words


@pytest.mark.parametrize(("tokens", "k", "expected"), [
    (["وزیر", "اعظم", "نے", "کہا"], 3, {"وزیر اعظم نے".encode(), "اعظم نے کہا".encode()}),
    (["وزیر", "اعظم"], 3, {"وزیر اعظم".encode()}),
    (["پاکستان"], 1, {"پاکستان".encode()}),
    (["a", "b", "a", "b", "a"], 2, {b"a b", b"b a"}),
    ([], 3, set()),
])
def test_shingles_are_the_utf8_of_k_joined_words(tokens: list[str], k: int, expected: set[bytes]) -> None:
    assert shingles(tokens, k) == expected


def test_words_drop_punctuation_and_lower_latin() -> None:
    text = "وزیر اعظم، Imran Khan ۔ 2024"
    starts = [0, 5, 9, 11, 17, 22, 24]
    ends = [4, 9, 10, 16, 21, 23, 28]
    assert words(text, starts, ends) == ["وزیر", "اعظم", "imran", "khan", "2024"]


@pytest.mark.parametrize("threshold", [0.1, 0.3, 0.5])
def test_band_candidates_are_those_of_datasketch_minhashlsh(threshold: float) -> None:
    """Signatures that share some values (as near-copies do): the candidates of every query equal
    MinHashLSH's, and the best match is the most similar candidate above the threshold."""
    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**32, size=(20, NUM_PERM), dtype=np.uint64)
    sigs = []
    for k in range(200):
        s = base[k % 20].copy()
        mask = rng.random(NUM_PERM) < rng.uniform(0.05, 1.0)
        s[mask] = rng.integers(0, 2**32, size=int(mask.sum()), dtype=np.uint64)
        sigs.append(s)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    bands = _Bands(threshold, NUM_PERM)
    n_candidates = 0
    for i, s in enumerate(sigs):
        keys = bands.keys(s.tobytes())
        got = bands.query(keys)
        want = {int(x) for x in lsh.query(LeanMinHash(seed=1, hashvalues=s, scheme="affine32"))}
        assert got == want
        n_candidates += len(got)
        bands.insert(i, keys)
        lsh.insert(str(i), LeanMinHash(seed=1, hashvalues=s, scheme="affine32"))
    assert n_candidates > 0  # the test exercises collisions, not only empty answers


def test_best_match_and_story_members() -> None:
    rng = np.random.default_rng(3)
    a = rng.integers(0, 2**32, size=NUM_PERM, dtype=np.uint64)
    near = a.copy()
    near[:40] += 1  # 88/128 values equal: 0.6875
    story = a.copy()
    story[:110] += 1  # 18/128: 0.140625
    other = rng.integers(0, 2**32, size=NUM_PERM, dtype=np.uint64)
    ded = Deduper()
    ded.add(1, other)
    ded.add(2, story)
    ded.add(3, near)
    m = ded.best(a)
    assert m is not None
    assert (m.id, m.similarity) == (3, 0.6875)
    assert ded.story_matches(a) == [2, 3]
    itself = ded.best(other)
    assert itself is not None
    assert (itself.id, itself.similarity) == (1, 1.0)
    with pytest.raises(ValueError, match="length 128"):
        ded.best(a[:64])

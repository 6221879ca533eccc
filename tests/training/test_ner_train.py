"""NER training is reproducible: the same tiny data and seed give byte-identical model files."""

from __future__ import annotations

import hashlib

from khabar.ml.ner import Gazetteer, NerModel, TrainSentence, train_ner
from khabar.ml.perceptron import npz_bytes

TINY = [
    TrainSentence(("عمران", "خان", "نے", "لاہور", "میں", "کہا", "۔"),
                  ("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "O", "O")),
    TrainSentence(("کپتان", "مصباح", "نے", "دو", "رنز", "بنائے", "۔"),
                  ("B-TITLE", "B-PERSON", "O", "B-NUMBER", "O", "O", "O")),
    TrainSentence(("اقوام", "متحدہ", "نے", "کراچی", "کا", "ذکر", "کیا", "۔"),
                  ("B-ORGANIZATION", "I-ORGANIZATION", "O", "B-LOCATION", "O", "O", "O", "O")),
]


def _train() -> bytes:
    gaz = Gazetteer([(("لاہور",), "LOCATION")])
    model = train_ner(TINY, gaz, epochs=3, seed=7, memory_folds=2)
    return npz_bytes(model.to_arrays())


def test_training_twice_gives_identical_weights() -> None:
    a, b = _train(), _train()
    assert hashlib.sha256(a).hexdigest() == hashlib.sha256(b).hexdigest()


def test_trained_model_learns_and_round_trips() -> None:
    import io

    from khabar.ml.perceptron import load_npz

    model = NerModel.from_arrays(load_npz(io.BytesIO(_train())))
    assert model.tag(TINY[0].forms) == list(TINY[0].tags)


def test_constrain_tags_moves_starts_off_punctuation() -> None:
    from khabar.ml.ner import constrain_tags

    forms = ("(", "ن", ")", "لیگ", "نے", "،", "اکتوبر", "،", "2001")
    tags = ("B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O", "B-TIME", "O",
            "I-TIME", "I-TIME")
    assert constrain_tags(forms, tags) == [
        "O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O", "O", "O", "O", "B-TIME"]


def test_viterbi_finds_the_best_path() -> None:
    import itertools

    import numpy as np

    from khabar.ml.ner import BIO_LABELS, viterbi_batch

    rng = np.random.default_rng(3)
    k = len(BIO_LABELS)
    trans = rng.normal(size=(k + 1, k))
    ems = [rng.normal(size=(n, k)) for n in (3, 1, 2, 3)]
    paths = viterbi_batch(ems, trans)
    for em, path in zip(ems, paths, strict=True):
        def score(p: tuple[int, ...], em: np.ndarray = em) -> float:
            return float(trans[k, p[0]] + sum(em[i, y] for i, y in enumerate(p))
                         + sum(trans[a, b] for a, b in itertools.pairwise(p)))
        best = max(itertools.product(range(k), repeat=len(em)), key=score)
        assert tuple(path) == best


def test_cached_emissions_equal_the_training_features() -> None:
    import io

    import numpy as np

    from khabar.ml.ner import _NO_START, _zipf_table, can_start_entity, token_features
    from khabar.ml.perceptron import load_npz

    model = NerModel.from_arrays(load_npz(io.BytesIO(_train())))
    sents = [s.forms for s in TINY] + [("(", "عمران", "خان", ")", "لاہور")]
    index = {f: i for i, f in enumerate(model.model.features)}
    w = model.model.weights
    for forms, em in zip(sents, model.emissions_batch(sents), strict=True):
        gaz = model.gazetteer_matches(forms)
        for i, feats in enumerate(token_features(forms, gaz, _zipf_table())):
            expected = w[[index[f] for f in feats if f in index]].sum(axis=0)
            if not can_start_entity(forms[i]):
                expected = expected + _NO_START
            np.testing.assert_allclose(em[i], expected)

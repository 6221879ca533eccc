"""The averaged perceptron: learning, determinism, storage, pruning."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from khabar.errors import ModelError
from khabar.ml.perceptron import (
    AveragedPerceptron,
    decode_strings,
    encode_strings,
    load_npz,
    npz_bytes,
    save_npz,
)

# a toy task: the ending of an Urdu adjective/verb form tells its gender/number class
DATA = [
    (["bias", "last=ا", "word=اچھا"], "masc"), (["bias", "last=ی", "word=اچھی"], "fem"),
    (["bias", "last=ے", "word=اچھے"], "pl"), (["bias", "last=ا", "word=گیا"], "masc"),
    (["bias", "last=ی", "word=گئی"], "fem"), (["bias", "last=ے", "word=گئے"], "pl"),
    (["bias", "last=ا", "word=بڑا"], "masc"), (["bias", "last=ی", "word=بڑی"], "fem"),
    (["bias", "last=ے", "word=بڑے"], "pl"),
]


def _train(seed: int, epochs: int = 5) -> AveragedPerceptron:
    model = AveragedPerceptron(["masc", "fem", "pl"])
    ids = [model.feature_ids(f, add=True) for f, _ in DATA]

    def step(i: int) -> None:
        guess = model.predict_id(ids[i])
        model.update(model.label_id(DATA[i][1]), guess, ids[i])

    model.fit(len(DATA), step, epochs=epochs, seed=seed)
    return model


def test_learns_a_separable_task() -> None:
    model = _train(seed=1)
    for feats, label in DATA:
        assert model.predict(feats) == label
    assert model.predict(["bias", "last=ے", "word=unseen"]) == "pl"


def test_same_seed_same_weights_bit_for_bit() -> None:
    a, b = _train(seed=7), _train(seed=7)
    assert a.features == b.features
    assert np.array_equal(a.weights, b.weights)
    assert npz_bytes(a.to_arrays()) == npz_bytes(b.to_arrays())


def test_npz_round_trip_and_file_is_byte_identical(tmp_path) -> None:
    model = _train(seed=3)
    save_npz(tmp_path / "a.npz", model.to_arrays())
    save_npz(tmp_path / "b.npz", model.to_arrays())
    digest = [hashlib.sha256((tmp_path / n).read_bytes()).hexdigest() for n in ("a.npz", "b.npz")]
    assert digest[0] == digest[1]
    again = AveragedPerceptron.from_npz_arrays(load_npz(tmp_path / "a.npz"))
    assert again.labels == ("masc", "fem", "pl")
    assert again.features == model.features
    for feats, label in DATA:
        assert again.predict(feats) == label


def test_ties_go_to_the_first_label_and_unknown_features_are_ignored() -> None:
    model = AveragedPerceptron(["none", "space"])
    model.finalize()
    assert model.predict(["never-seen"]) == "none"
    assert model.feature_ids(["x", "y"]).tolist() == []


def test_feature_ids_are_unique_in_first_seen_order() -> None:
    model = AveragedPerceptron(["a", "b"])
    assert model.feature_ids(["f", "g", "f", "h"], add=True).tolist() == [0, 1, 2]
    assert model.feature_ids(["h", "f", "zz"]).tolist() == [2, 0]


def test_prune_drops_small_weights() -> None:
    model = AveragedPerceptron.from_arrays(["a", "b"], ["big", "tiny", "zero"],
                                           [[1.0, -1.0], [0.01, 0.0], [0.0, 0.0]])
    assert model.prune(0.05) == 2
    assert model.features == ["big"]
    assert model.weights.shape == (1, 2)


def test_corrupt_arrays_raise_model_error(tmp_path) -> None:
    with pytest.raises(ModelError, match="shape"):
        AveragedPerceptron.from_arrays(["a", "b"], ["f"], np.zeros((2, 2)))
    with pytest.raises(ModelError, match="labels"):
        AveragedPerceptron(["only"])
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="cannot read"):
        load_npz(bad)


def test_string_blobs_round_trip() -> None:
    words = ["فرمایا", "کہ", "a=ب", ""]
    assert decode_strings(encode_strings(words[:3])) == words[:3]
    assert decode_strings(encode_strings([])) == []
    with pytest.raises(ModelError):
        encode_strings(["two\nlines"])

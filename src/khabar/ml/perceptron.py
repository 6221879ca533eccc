"""A deterministic multi-class averaged perceptron over sparse string features.

Features are strings, indexed by a dictionary in first-seen order (no hashing: Python's ``hash`` is
salted per process, so a hashed index would not be reproducible). Weights live in one dense
``(n_features, n_labels)`` float array: scoring an instance is one fancy-index and a column sum, so
inference is cheap. Training uses the usual lazy averaging (Collins 2002; Daumé's timestamp trick):
each weight keeps a running total of its value over time, brought up to date only when it changes.

Determinism: given the same instances, seed and epochs, training performs the same float operations
in the same order, so the weights are bit-identical; :func:`save_npz` writes a zip with fixed
timestamps, so the file is byte-identical too. Nothing is pickled.

The learner is task-agnostic: callers turn their inputs into lists of feature strings (or ids from
:meth:`AveragedPerceptron.feature_ids`) and choose labels by name.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from khabar.errors import ModelError

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class AveragedPerceptron:
    """Multi-class averaged perceptron.

    ``labels`` are fixed at construction (their order is the column order of the weights; ties in
    :meth:`predict` go to the earliest label). During training the feature index grows; after
    :meth:`finalize` the weights are the averaged ones and the model is read-only.
    """

    __slots__ = (
        "_final",
        "_index",
        "_label_ids",
        "_labels",
        "_n",
        "_stamps",
        "_t",
        "_totals",
        "weights",
    )

    def __init__(self, labels: Sequence[str], *, capacity: int = 1 << 14) -> None:
        if len(labels) < 2 or len(set(labels)) != len(labels):
            raise ModelError(f"a perceptron needs two or more distinct labels, got {list(labels)!r}")
        self._labels = tuple(labels)
        self._label_ids = {lab: i for i, lab in enumerate(self._labels)}
        self._index: dict[str, int] = {}
        k = len(self._labels)
        self.weights: FloatArray = np.zeros((capacity, k))
        self._totals: FloatArray = np.zeros((capacity, k))
        self._stamps: FloatArray = np.zeros((capacity, k))
        self._n = 0
        self._t = 0
        self._final = False

    # -- construction from stored weights ------------------------------------------------------------
    @classmethod
    def from_arrays(cls, labels: Sequence[str], features: Sequence[str],
                    weights: npt.ArrayLike) -> AveragedPerceptron:
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != (len(features), len(labels)):
            raise ModelError(
                f"weights have shape {w.shape}, expected ({len(features)}, {len(labels)}): "
                "the model file is corrupted; reinstall khabar or retrain the model"
            )
        model = cls(labels, capacity=1)
        model._index = {f: i for i, f in enumerate(features)}
        if len(model._index) != len(features):
            raise ModelError("the model's feature list has duplicates: the model file is corrupted")
        model.weights = w
        model._n = len(features)
        model._final = True
        return model

    # -- properties -------------------------------------------------------------------------------------
    @property
    def labels(self) -> tuple[str, ...]:
        return self._labels

    @property
    def features(self) -> list[str]:
        """Feature strings in index order."""
        return list(self._index)

    @property
    def n_features(self) -> int:
        return self._n

    def label_id(self, label: str) -> int:
        try:
            return self._label_ids[label]
        except KeyError:
            raise ModelError(f"unknown label {label!r}; labels are {self._labels}") from None

    # -- features ---------------------------------------------------------------------------------------
    def feature_ids(self, features: Iterable[str], *, add: bool = False) -> IntArray:
        """Ids of ``features`` (unique, in first-seen order). Unknown features are dropped, or added
        to the index when ``add`` (training only)."""
        index = self._index
        ids: list[int] = []
        seen: set[int] = set()
        for f in features:
            i = index.get(f)
            if i is None:
                if not add:
                    continue
                if self._final:
                    raise ModelError("cannot add features to a finalized perceptron")
                i = self._add(f)
            if i not in seen:
                seen.add(i)
                ids.append(i)
        return np.asarray(ids, dtype=np.int64)

    def _add(self, feature: str) -> int:
        i = self._n
        if i == self.weights.shape[0]:
            grow = max(1, i)
            pad = np.zeros((grow, len(self._labels)))
            self.weights = np.concatenate([self.weights, pad])
            self._totals = np.concatenate([self._totals, pad])
            self._stamps = np.concatenate([self._stamps, pad])
        self._index[feature] = i
        self._n = i + 1
        return i

    # -- inference --------------------------------------------------------------------------------------
    def scores(self, ids: IntArray) -> FloatArray:
        """Score of each label for an instance given as feature ids."""
        if len(ids) == 0:
            return np.zeros(len(self._labels))
        result: FloatArray = self.weights[ids].sum(axis=0)
        return result

    def predict_id(self, ids: IntArray) -> int:
        return int(np.argmax(self.scores(ids)))

    def predict(self, features: Iterable[str]) -> str:
        return self._labels[self.predict_id(self.feature_ids(features))]

    # -- training ---------------------------------------------------------------------------------------
    def update(self, truth: int, guess: int, ids: IntArray) -> None:
        """One perceptron step: the instance (feature ids) had label ``truth`` but ``guess`` won."""
        self._t += 1
        if truth == guess or len(ids) == 0:
            return
        t = self._t
        for label, delta in ((truth, 1.0), (guess, -1.0)):
            col_w = self.weights[ids, label]
            self._totals[ids, label] += (t - self._stamps[ids, label]) * col_w
            self._stamps[ids, label] = t
            self.weights[ids, label] = col_w + delta

    def tick(self) -> None:
        """Count an instance that made no update (keeps the averaging clock right)."""
        self._t += 1

    def finalize(self) -> None:
        """Replace the weights by their averages over all training steps."""
        if self._final:
            return
        n = self._n
        t = max(self._t, 1)
        w = self.weights[:n]
        totals = self._totals[:n] + (t - self._stamps[:n]) * w
        self.weights = totals / t
        self._totals = np.zeros((0, len(self._labels)))
        self._stamps = np.zeros((0, len(self._labels)))
        self._final = True

    def prune(self, threshold: float) -> int:
        """Drop features whose largest absolute weight is below ``threshold``; returns how many."""
        if not self._final:
            raise ModelError("prune() needs finalized weights; call finalize() first")
        if threshold <= 0 or self._n == 0:
            return 0
        keep = np.abs(self.weights[: self._n]).max(axis=1) >= threshold
        features = [f for f, k in zip(self._index, keep, strict=True) if k]
        dropped = self._n - len(features)
        self.weights = self.weights[: self._n][keep]
        self._index = {f: i for i, f in enumerate(features)}
        self._n = len(features)
        return dropped

    def fit(self, n_instances: int, step: Callable[[int], None], *, epochs: int, seed: int,
            on_epoch: Callable[[int], None] | None = None) -> None:
        """Run ``epochs`` passes over instance numbers ``0..n_instances-1`` in an order shuffled by
        ``random.Random(seed)``; ``step(i)`` extracts, predicts and calls :meth:`update`.

        The caller owns instance extraction because structured tasks (greedy sequence labelling)
        build features from their own earlier predictions.
        """
        rng = random.Random(seed)
        order = list(range(n_instances))
        for epoch in range(epochs):
            rng.shuffle(order)
            for i in order:
                step(i)
            if on_epoch is not None:
                on_epoch(epoch)
        self.finalize()

    # -- storage ----------------------------------------------------------------------------------------
    def to_arrays(self, dtype: str = "float32") -> dict[str, np.ndarray]:
        """Arrays for :func:`save_npz`: labels and features as UTF-8 blobs, weights as ``dtype``."""
        if not self._final:
            raise ModelError("save the model after finalize()")
        return {
            "labels": encode_strings(self._labels),
            "features": encode_strings(list(self._index)),
            "weights": self.weights[: self._n].astype(dtype),
        }

    @classmethod
    def from_npz_arrays(cls, arrays: Mapping[str, np.ndarray]) -> AveragedPerceptron:
        try:
            return cls.from_arrays(decode_strings(arrays["labels"]), decode_strings(arrays["features"]),
                                   arrays["weights"])
        except KeyError as exc:
            raise ModelError(f"perceptron arrays lack {exc}: the model file is corrupted") from exc


# --- string blobs and deterministic npz ---------------------------------------------------------------
_SEP = "\n"


def encode_strings(items: Sequence[str]) -> np.ndarray:
    """Strings (without newlines) as one UTF-8 byte array, newline-separated: compact, no pickle."""
    for s in items:
        if _SEP in s:
            raise ModelError(f"a stored string may not contain a newline: {s!r}")
    return np.frombuffer(_SEP.join(items).encode("utf-8"), dtype=np.uint8).copy()


def decode_strings(blob: np.ndarray) -> list[str]:
    text = np.asarray(blob, dtype=np.uint8).tobytes().decode("utf-8")
    return text.split(_SEP) if text else []


def npz_bytes(arrays: Mapping[str, np.ndarray]) -> bytes:
    """``arrays`` as a compressed .npz whose bytes depend only on the arrays (``numpy.savez`` stamps
    the current time into the zip)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue(), compresslevel=9)
    return out.getvalue()


def save_npz(path: Path, arrays: Mapping[str, np.ndarray]) -> None:
    """Write :func:`npz_bytes` of ``arrays`` to ``path`` (atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(npz_bytes(arrays))
    tmp.replace(path)


def load_npz(source: Path | io.BytesIO) -> dict[str, np.ndarray]:
    """Read an .npz written by :func:`save_npz` (never unpickles)."""
    try:
        with np.load(source, allow_pickle=False) as data:
            return {k: data[k] for k in data.files}
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise ModelError(f"cannot read model weights ({exc}); reinstall khabar or retrain") from exc

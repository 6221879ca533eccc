"""Learned word segmentation: restore the spaces (word boundaries) and ZWNJs (sub-word boundaries) of
Urdu text written without them.

Every gap between two letters is classified as ``none``, ``space`` or ``zwnj`` by an averaged
perceptron (:mod:`khabar.ml.perceptron`), left to right, greedily, with features of

* the characters around the gap (n-grams up to 5 letters on each side; digits share one symbol),
* the joining class of the letter before the gap (after a non-joining letter a word may end without
  any visible sign, which is why such spaces go missing in real text),
* the vowel marks on the letter before the gap (a zer there is often the izafat ending a word),
* three lexicons — words and sub-words of the training split (compiled into the model; during
  training each sentence sees only the other folds' words, so the feature is as reliable as at run
  time) and the ``wordfreq`` Urdu list (:func:`khabar.urdu.lexicon.vocabulary`) —: the longest known
  word ending / starting at the gap, the longest one spanning it, and its frequency band,
* and the decisions already made: the previous labels, the distance to the last boundary and whether
  the letters since that boundary form a known word.

Decoding is greedy, left to right. On dev it already beats the published CRF by a wide margin
(word F1 0.988 vs 0.97, sub-word F1 0.900 vs 0.85; 0.987 / 0.886 with the dev text's vowel marks
stripped, as the normalizer does) and costs one pass; a beam was not tried, so whether it would
add anything is open.

Vowel marks never start a word: a mark belongs to the letter before it, so gaps exist only between
base characters. The model ships as ``khabar/models/wordseg/`` (``model.npz`` + ``meta.json`` with
the SHA-256 of each file, checked on load).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from khabar.errors import ModelError
from khabar.ml.modelfiles import read_model_folder
from khabar.ml.perceptron import (
    AveragedPerceptron,
    IntArray,
    decode_strings,
    encode_strings,
    load_npz,
)
from khabar.urdu import chars as C

#: Gap labels, in the perceptron's column order.
NONE, SPACE, ZWNJ = "none", "space", "zwnj"
LABELS: tuple[str, ...] = (NONE, SPACE, ZWNJ)
_L_NONE, _L_SPACE, _L_ZWNJ = 0, 1, 2
_SEPARATOR = {_L_SPACE: C.SPACE, _L_ZWNJ: C.ZWNJ}

#: Bumped whenever feature extraction changes: a model records the version it was trained with.
FEATURE_VERSION = 1
MODEL_FILE = "model.npz"
META_FILE = "meta.json"

_DIGIT_SYMBOL = "0"
_DIGITS = set(C.ASCII_DIGITS + C.ARABIC_INDIC_DIGITS + C.URDU_DIGITS)
_NON_JOINING = set(C.NON_JOINING)
_MAX_WORD = 12  # longest lexicon entry looked up, in letters
_CAP = 8  # lengths in features are capped here


@dataclass(frozen=True, slots=True)
class Boundary:
    """A boundary before ``text[offset]``: ``kind`` is ``"space"`` or ``"zwnj"``."""

    offset: int
    kind: str


# --- characters ------------------------------------------------------------------------------------------
def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _fold(ch: str) -> str:
    return _DIGIT_SYMBOL if ch in _DIGITS else ch


def skeleton(word: str) -> str:
    """``word`` without vowel marks and with every digit as one symbol: the form lexicons use."""
    if word.isalpha():
        return word  # letters only (no Unicode mark is alphabetic): already its own skeleton
    return "".join(_fold(ch) for ch in word if not _is_mark(ch))


@dataclass(frozen=True, slots=True)
class _Letters:
    """A chunk of text split into base letters (with their trailing marks)."""

    base: tuple[int, ...]  # text offset of each base letter
    sk: str  # skeleton: folded base letters
    marks: tuple[str, ...]  # marks attached to each base letter


def _letters(text: str) -> _Letters:
    base: list[int] = []
    sk: list[str] = []
    marks: list[str] = []
    for i, ch in enumerate(text):
        if _is_mark(ch) and base:
            marks[-1] += ch
            continue
        base.append(i)
        sk.append(_fold(ch))
        marks.append("")
    return _Letters(tuple(base), "".join(sk), tuple(marks))


# --- lexicons --------------------------------------------------------------------------------------------
class Lexicon:
    """Known words for the lexicon features: word and sub-word counts from the training split and
    zipf frequencies from ``wordfreq``. Keys are :func:`skeleton` forms."""

    __slots__ = ("_table", "subwords", "words")

    def __init__(self, words: Mapping[str, int], subwords: Mapping[str, int],
                 zipf: Mapping[str, float]) -> None:
        self.words = dict(words)
        self.subwords = dict(subwords)
        table: dict[str, tuple[int, int, int]] = {}
        for w, n in self.words.items():
            table[w] = (_count_band(n), 0, 0)
        for w, n in self.subwords.items():
            a, _, c = table.get(w, (0, 0, 0))
            table[w] = (a, _count_band(n), c)
        for w, z in zipf.items():
            if z <= 0:
                continue
            a, b, _ = table.get(w, (0, 0, 0))
            table[w] = (a, b, max(1, int(z)))
        self._table = table

    def get(self, word: str) -> tuple[int, int, int] | None:
        """(word band, sub-word band, zipf band) of ``word``; 0 = unknown in that lexicon."""
        return self._table.get(word)

    @classmethod
    def from_sentences(cls, sentences: Iterable[Sequence[tuple[str, ...]]],
                       zipf: Mapping[str, float]) -> Lexicon:
        """Build from gold sentences given as words, each word a tuple of its sub-words."""
        words: Counter[str] = Counter()
        subwords: Counter[str] = Counter()
        for sent in sentences:
            for parts in sent:
                words[skeleton("".join(parts))] += 1
                if len(parts) > 1:
                    for p in parts:
                        subwords[skeleton(p)] += 1
        return cls(words, subwords, zipf)


def _count_band(n: int) -> int:
    return 1 + min(4, int(math.log2(n))) if n > 0 else 0


@lru_cache(maxsize=1)
def wordfreq_zipf() -> dict[str, float]:
    """The ``wordfreq`` Urdu list as skeleton -> zipf (loaded on first use)."""
    from khabar.urdu import lexicon

    out: dict[str, float] = {}
    for w, f in lexicon.vocabulary().items():
        if f <= 0:
            continue
        k = skeleton(w)
        z = math.log10(f) + 9.0
        if z > out.get(k, 0.0):
            out[k] = z
    return out


# --- features --------------------------------------------------------------------------------------------
class _Matches:
    """For each skeleton position: the longest known word (per lexicon) ending / starting there, and
    the longest one strictly spanning each gap."""

    __slots__ = ("end_word", "ends", "spans", "start_word", "starts")

    def __init__(self, sk: str, lex: Lexicon) -> None:
        m = len(sk)
        # ends[i][k] / starts[i][k]: longest length of a lexicon-k word ending / starting at i
        self.ends = [[0, 0, 0] for _ in range(m + 1)]
        self.starts = [[0, 0, 0] for _ in range(m + 1)]
        self.spans = [[0, 0, 0] for _ in range(m + 1)]
        self.end_word = [(0, 0)] * (m + 1)  # (length, zipf band) of longest wordfreq word ending at i
        self.start_word = [(0, 0)] * (m + 1)
        get = lex.get
        for j in range(m):
            for length in range(1, min(_MAX_WORD, m - j) + 1):
                entry = get(sk[j:j + length])
                if entry is None:
                    continue
                e = j + length
                for k in range(3):
                    if entry[k]:
                        self.starts[j][k] = max(self.starts[j][k], length)
                        self.ends[e][k] = max(self.ends[e][k], length)
                        if length > 1:
                            for g in range(j + 1, e):
                                self.spans[g][k] = max(self.spans[g][k], length)
                if entry[2]:
                    self.start_word[j] = (length, entry[2])
                    if length > self.end_word[e][0]:
                        self.end_word[e] = (length, entry[2])


def static_features(letters: _Letters, lex: Lexicon) -> list[list[str]]:
    """Feature strings of every gap ``1..m-1`` (index ``g-1``) that do not depend on decisions."""
    sk = letters.sk
    m = len(sk)
    pad = "^^^^^" + sk + "$$$$$"
    match = _Matches(sk, lex)
    out: list[list[str]] = []
    for g in range(1, m):
        p = g + 5  # position of sk[g] in pad
        a = pad[p - 1]
        e, s, x = match.ends[g], match.starts[g], match.spans[g]
        el, ez = match.end_word[g]
        sl, sz = match.start_word[g]
        feats = [
            "b",
            "a=" + a, "c=" + pad[p], "a2=" + pad[p - 2], "c2=" + pad[p + 1],
            "l2=" + pad[p - 2:p], "r2=" + pad[p:p + 2], "m2=" + pad[p - 1:p + 1],
            "l3=" + pad[p - 3:p], "r3=" + pad[p:p + 3], "m3l=" + pad[p - 2:p + 1],
            "m3r=" + pad[p - 1:p + 2], "l4=" + pad[p - 4:p], "r4=" + pad[p:p + 4],
            "m4=" + pad[p - 2:p + 2], "l5=" + pad[p - 5:p], "r5=" + pad[p:p + 5],
            "nj=" + ("1" if a in _NON_JOINING else "0") + pad[p],
            "mk=" + letters.marks[g - 1],
            f"W={min(e[0], _CAP)},{min(s[0], _CAP)},{min(x[0], _CAP)}",
            f"S={min(e[1], _CAP)},{min(s[1], _CAP)},{min(x[1], _CAP)}",
            f"F={min(e[2], _CAP)},{min(s[2], _CAP)},{min(x[2], _CAP)}",
            f"We={min(e[0], _CAP)}", f"Ws={min(s[0], _CAP)}", f"Wx={min(x[0], _CAP)}",
            f"Se={min(e[1], _CAP)}", f"Ss={min(s[1], _CAP)}", f"Sx={min(x[1], _CAP)}",
            f"Fe={min(e[2], _CAP)}", f"Fs={min(s[2], _CAP)}", f"Fx={min(x[2], _CAP)}",
            f"Fz={ez},{sz}",
            f"WxS={int(x[0] > max(e[0], s[0]))},{int(e[0] > 0 and s[0] > 0)}",
            f"FxS={int(x[2] > max(e[2], s[2]))},{int(e[2] > 0 and s[2] > 0)}",
        ]
        if el:
            feats.append("Few=" + sk[g - el:g])
        if sl:
            feats.append("Fsw=" + sk[g:g + sl])
        out.append(feats)
    return out


def history_features(sk: str, g: int, labels: Sequence[int], last: int, last_space: int,  # noqa: PLR0917
                     lex: Lexicon) -> list[str]:
    """Features of gap ``g`` from the labels already chosen (``labels[h]`` for gap ``h < g``)."""
    p1 = labels[g - 1] if g >= 2 else 3
    p2 = labels[g - 2] if g >= 3 else 3
    d = g - last
    q = sk[last:g]
    entry = lex.get(q) or (0, 0, 0)
    qw = sk[last_space:g]
    entry_w = lex.get(qw) or (0, 0, 0) if last_space != last else entry
    dc = min(d, 12)
    feats = [
        f"p1={p1}", f"p12={p2},{p1}", f"d={dc}",
        "q={},{},{}".format(*entry), "qw={},{},{}".format(*entry_w),
        f"qd={dc},{int(entry[0] > 0)},{int(entry[2] > 0)}",
        f"qa={entry[2]},{sk[g - 1]}",
    ]
    if d <= 4:
        feats.append("qs=" + q)
    return feats


# --- the segmenter -----------------------------------------------------------------------------------------
class WordSegmenter:
    """Restores spaces and ZWNJs in Urdu written without them (see the module docstring)."""

    def __init__(self, model: AveragedPerceptron, lexicon: Lexicon, *,
                 meta: Mapping[str, Any] | None = None) -> None:
        if model.labels != LABELS:
            raise ModelError(f"a word segmenter needs labels {LABELS}, the model has {model.labels}")
        self.model = model
        self.lexicon = lexicon
        self.meta: dict[str, Any] = dict(meta or {})

    # -- loading ------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | Traversable | None = None) -> WordSegmenter:
        """The model in folder ``path`` (default: the one shipped in ``khabar/models/wordseg``),
        after checking each file against the SHA-256 recorded in its ``meta.json``."""
        folder: Path | Traversable = path if path is not None else default_model_dir()
        model = read_model_folder(folder, task="wordseg", feature_version=FEATURE_VERSION,
                                  required=(MODEL_FILE,), config_hint="configs/wordseg.json")
        import io

        arrays = load_npz(io.BytesIO(model.files[MODEL_FILE]))
        return cls.from_arrays(arrays, meta=model.meta)

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], *,
                    meta: Mapping[str, Any] | None = None) -> WordSegmenter:
        model = AveragedPerceptron.from_npz_arrays(arrays)
        try:
            words = decode_strings(arrays["lex_words"])
            word_counts = arrays["lex_word_counts"].tolist()
            subs = decode_strings(arrays["lex_subwords"])
            sub_counts = arrays["lex_subword_counts"].tolist()
        except KeyError as exc:
            raise ModelError(f"the word segmentation model lacks {exc}: the file is corrupted") from exc
        if len(words) != len(word_counts) or len(subs) != len(sub_counts):
            raise ModelError("the word segmentation lexicon is corrupted (length mismatch)")
        lexicon = Lexicon(dict(zip(words, word_counts, strict=True)),
                          dict(zip(subs, sub_counts, strict=True)), wordfreq_zipf())
        return cls(model, lexicon, meta=meta)

    def to_arrays(self) -> dict[str, np.ndarray]:
        arrays = self.model.to_arrays()
        words = sorted(self.lexicon.words)
        subs = sorted(self.lexicon.subwords)
        arrays["lex_words"] = encode_strings(words)
        arrays["lex_word_counts"] = np.asarray([self.lexicon.words[w] for w in words], dtype=np.int32)
        arrays["lex_subwords"] = encode_strings(subs)
        arrays["lex_subword_counts"] = np.asarray([self.lexicon.subwords[w] for w in subs],
                                                  dtype=np.int32)
        return arrays

    # -- inference ----------------------------------------------------------------------------------------
    def _label_gaps(self, letters: _Letters) -> list[int]:
        """Label of each skeleton gap ``1..m-1`` (list index ``g``; index 0 unused)."""
        sk = letters.sk
        m = len(sk)
        labels = [_L_NONE] * max(m, 1)
        if m < 2:
            return labels
        model = self.model
        static = [model.feature_ids(f) for f in static_features(letters, self.lexicon)]
        base_scores = _sum_rows(model.weights, static)
        last = last_space = 0
        for g in range(1, m):
            hist = model.feature_ids(history_features(sk, g, labels, last, last_space, self.lexicon))
            scores = base_scores[g - 1] + model.scores(hist)
            y = int(np.argmax(scores))
            labels[g] = y
            if y != _L_NONE:
                last = g
                if y == _L_SPACE:
                    last_space = g
        return labels

    def boundaries(self, text: str) -> list[Boundary]:
        """Predicted boundaries of ``text`` (written without spaces), as offsets into ``text``.

        Whitespace already in ``text`` is kept and each chunk between whitespace is segmented on its
        own; a ZWNJ already there is kept as it is (it is not part of the letters the model sees).
        """
        out: list[Boundary] = []
        for start, chunk in _chunks(text):
            letters = _letters(chunk)
            labels = self._label_gaps(letters)
            for g in range(1, len(letters.sk)):
                if labels[g] != _L_NONE:
                    out.append(Boundary(start + letters.base[g], LABELS[labels[g]]))
        return out

    def restore(self, text: str) -> str:
        """``text`` with the predicted spaces and ZWNJs inserted."""
        parts: list[str] = []
        pos = 0
        for b in self.boundaries(text):
            parts.append(text[pos:b.offset])
            parts.append(_SEPARATOR[LABELS.index(b.kind)])
            pos = b.offset
        parts.append(text[pos:])
        return "".join(parts)

    def split_points(self, word: str) -> list[int]:
        """Offsets in ``word`` (one whitespace token) where the model puts a word boundary (space):
        the repair of a run-together word such as فرمایاکہ → [6]."""
        return [b.offset for b in self.boundaries(word) if b.kind == SPACE]


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Maximal runs of text without whitespace or ZWNJ, with their offsets."""
    start = -1
    for i, ch in enumerate(text):
        sep = ch.isspace() or ch == C.ZWNJ
        if sep and start >= 0:
            yield start, text[start:i]
            start = -1
        elif not sep and start < 0:
            start = i
    if start >= 0:
        yield start, text[start:]


def _sum_rows(weights: np.ndarray, rows: Sequence[IntArray]) -> np.ndarray:
    """``weights[r].sum(0)`` for each id array in ``rows`` at once."""
    k = weights.shape[1]
    if not rows:
        return np.zeros((0, k))
    lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
    flat = np.concatenate(rows) if lengths.sum() else np.zeros(0, dtype=np.int64)
    out = np.zeros((len(rows), k))
    if len(flat):
        owner = np.repeat(np.arange(len(rows)), lengths)
        np.add.at(out, owner, weights[flat])
    return out


def default_model_dir() -> Traversable:
    return resources.files("khabar") / "models" / "wordseg"


_default: WordSegmenter | None = None


def default_segmenter() -> WordSegmenter:
    """The shipped model, loaded on first use and shared."""
    global _default
    if _default is None:
        _default = WordSegmenter.load()
    return _default


# --- training ----------------------------------------------------------------------------------------------
#: A gold sentence: its words, each word the tuple of its sub-words (one element when it has no ZWNJ).
GoldSentence = tuple[tuple[str, ...], ...]


def gold_gap_labels(sentence: GoldSentence) -> tuple[str, dict[int, int]]:
    """The sentence without separators and the label id of each boundary, keyed by text offset."""
    text: list[str] = []
    labels: dict[int, int] = {}
    pos = 0
    for wi, parts in enumerate(sentence):
        for pi, part in enumerate(parts):
            if pos > 0 and (wi > 0 or pi > 0):
                labels[pos] = _L_SPACE if pi == 0 else _L_ZWNJ
            text.append(part)
            pos += len(part)
    return "".join(text), labels


def train_segmenter(sentences: Sequence[GoldSentence], *, epochs: int, folds: int, seed: int,
                    prune: float = 0.0, zipf: Mapping[str, float] | None = None,
                    log: Any = None) -> WordSegmenter:
    """Train a :class:`WordSegmenter` on gold sentences.

    The training-split lexicon features of sentence ``i`` come from the other ``folds - 1`` folds
    (``i % folds``), so the model learns how far to trust a lexicon that does not contain every
    word; the shipped lexicon holds all training words. Deterministic for a given ``seed``.
    """
    zipf = wordfreq_zipf() if zipf is None else zipf
    if folds < 2:
        raise ModelError(f"folds must be >= 2 (jackknifed lexicon features), not {folds}")
    fold_lex = [
        Lexicon.from_sentences((s for i, s in enumerate(sentences) if i % folds != f), zipf)
        for f in range(folds)
    ]
    model = AveragedPerceptron(LABELS, capacity=1 << 16)
    data: list[tuple[str, list[int], np.ndarray, np.ndarray]] = []
    for i, sent in enumerate(sentences):
        text, gold = gold_gap_labels(sent)
        letters = _letters(text)
        pos_of = {b: g for g, b in enumerate(letters.base)}
        labels = [_L_NONE] * max(len(letters.sk), 1)
        for offset, y in gold.items():
            g = pos_of.get(offset)
            if g is not None and g > 0:
                labels[g] = y
        lex = fold_lex[i % folds]
        rows = [model.feature_ids(f, add=True) for f in static_features(letters, lex)]
        offs = np.zeros(len(rows) + 1, dtype=np.int64)
        if rows:
            offs[1:] = np.cumsum([len(r) for r in rows])
            flat = np.concatenate(rows).astype(np.int64)
        else:
            flat = np.zeros(0, dtype=np.int64)
        data.append((letters.sk, labels, flat, offs))
    if log is not None:
        log(f"features: {model.n_features} static over {len(sentences)} sentences")

    errors = [0, 0]

    def step(i: int) -> None:
        sk, gold_labels, flat, offs = data[i]
        lex = fold_lex[i % folds]
        m = len(sk)
        labels = [_L_NONE] * max(m, 1)
        last = last_space = 0
        for g in range(1, m):
            hist = model.feature_ids(history_features(sk, g, labels, last, last_space, lex), add=True)
            ids = np.concatenate((flat[offs[g - 1]:offs[g]], hist))
            guess = model.predict_id(ids)
            truth = gold_labels[g]
            model.update(truth, guess, ids)
            errors[0] += guess != truth
            errors[1] += 1
            labels[g] = guess
            if guess != _L_NONE:
                last = g
                if guess == _L_SPACE:
                    last_space = g

    def on_epoch(epoch: int) -> None:
        if log is not None:
            log(f"epoch {epoch + 1}: {errors[0]} errors in {errors[1]} gaps "
                f"({100 * errors[0] / max(errors[1], 1):.2f}%)")
        errors[0] = errors[1] = 0

    model.fit(len(data), step, epochs=epochs, seed=seed, on_epoch=on_epoch)
    model.prune(max(prune, 1e-12))
    lexicon = Lexicon.from_sentences(sentences, zipf)
    return WordSegmenter(model, lexicon)

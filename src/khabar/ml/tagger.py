"""Part-of-speech tagger (UPOS, XPOS, UD features) and lemmatizer for Urdu, trained on UD Urdu-UDTB.

Two averaged perceptrons (:mod:`khabar.ml.perceptron`) share one feature index:

1. **UPOS**, greedy left to right. Features of the token and its neighbours (normalized word,
   prefixes 1-3 and suffixes 1-4, shape, word-frequency band, two compiled lexicon classes) and
   the two previous predicted tags. The tag-history features do not combine with words, so at run
   time their weights are precomputed into two small tables and decoding a token is one table
   lookup plus an argmax.
2. **Morphology**, one pass over the UPOS-tagged sentence: one "head" per output (XPOS and each UD
   feature category: Case, Gender, Number, ...), all heads one weight matrix with column blocks.
   Features are the static ones plus UPOS of the token and its neighbours, alone and combined with
   words and suffixes. A head's value is chosen only among those seen with the token's UPOS in
   training (a mask), so a PUNCT never gets a Case. Heads whose gold value is unknown for a
   training token (the SIGMORPHON subset has no XPOS and only part of the features) are not updated
   for it.

The **lemmatizer** maps a word to its lemma by an edit script (strip ``k`` final characters, append
a string), computed on normalized forms: (1) the script of the (form, UPOS) pair in the training
lexicon, (2) else the form's most frequent script, (3) else the script most frequent for the longest
known suffix of the form under its UPOS. The script is applied to the token as written when the
normalized form has its length, so a token in the UD data's own spelling (مےں, ہےں) gets its lemma
in that spelling.

Every feature is built from the **normalized** form (khabar's normalizer: مےں and میں are one
word), so the model sees one spelling whatever the input's.

The model ships as ``khabar/models/tagger/`` (``model.npz`` + ``meta.json`` with the SHA-256 of each
file, checked on load). Nothing is read at import.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from khabar.errors import ModelError
from khabar.ml.perceptron import (
    AveragedPerceptron,
    FloatArray,
    IntArray,
    decode_strings,
    encode_strings,
    load_npz,
)
from khabar.urdu import chars as C

#: Bumped whenever feature extraction changes: a model records the version it was trained with.
FEATURE_VERSION = 1
MODEL_FILE = "model.npz"
META_FILE = "meta.json"
#: The value of a feature category a token does not have.
ABSENT = "-"
#: The head name of XPOS among the morphology heads (feature categories are capitalized).
XPOS_HEAD = "xpos"
_BOS = "<s>"
_EOS = "</s>"
_NO_TAG = "<none>"
_DIGITS = frozenset(C.ASCII_DIGITS + C.ARABIC_INDIC_DIGITS + C.URDU_DIGITS)
_LEMMA_SUFFIX = 5  # longest suffix the lemma backoff conditions on
_CACHE_LIMIT = 200_000


# --- values ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TagSentence:
    """A training sentence. ``None`` marks an unknown gold value.

    ``feats`` are UD FEATS strings (``""`` for none). ``feats_known`` says, per token, which feature
    categories of ``feats`` are gold (their absence included); ``None`` means all of them (a fully
    annotated UD sentence).
    """

    forms: tuple[str, ...]
    upos: tuple[str | None, ...]
    xpos: tuple[str | None, ...]
    feats: tuple[str | None, ...]
    lemmas: tuple[str | None, ...]
    feats_known: tuple[frozenset[str] | None, ...] | None = None

    def __post_init__(self) -> None:
        n = len(self.forms)
        if not all(len(c) == n for c in (self.upos, self.xpos, self.feats, self.lemmas)):
            raise ModelError("a tagged sentence's columns differ in length")
        if self.feats_known is not None and len(self.feats_known) != n:
            raise ModelError("feats_known differs in length from the sentence")

    def known_categories(self, i: int) -> frozenset[str] | None:
        return None if self.feats_known is None else self.feats_known[i]


@dataclass(frozen=True, slots=True)
class Analysis:
    """The tagger's output for one sentence: one value per token in each column."""

    upos: tuple[str, ...]
    xpos: tuple[str, ...]
    feats: tuple[str, ...]
    lemmas: tuple[str, ...]


def parse_feats(feats: str | None) -> dict[str, str]:
    """``"Case=Acc|Gender=Masc"`` -> ``{"Case": "Acc", "Gender": "Masc"}`` (``_``/empty -> {})."""
    if not feats or feats == "_":
        return {}
    out: dict[str, str] = {}
    for item in feats.split("|"):
        key, sep, value = item.partition("=")
        if sep and key:
            out[key] = value
    return out


def format_feats(values: Mapping[str, str]) -> str:
    """UD order: categories sorted case-insensitively; ``""`` when there are none."""
    return "|".join(f"{k}={values[k]}" for k in sorted(values, key=str.lower))


# --- normalization and edit scripts ----------------------------------------------------------------------
class WordNormalizer:
    """khabar's normalizer applied to one word at a time, cached."""

    def __init__(self) -> None:
        from khabar.urdu.normalize import Normalizer

        self._rules = Normalizer()
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        out = self._cache.get(word)
        if out is None:
            out = self._rules(word).text.strip() or word
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[word] = out
        return out


def edit_script(form: str, lemma: str) -> str:
    """The script turning ``form`` into ``lemma``: ``"k|suffix"`` = strip k final characters, append
    suffix (after the longest common prefix)."""
    n = min(len(form), len(lemma))
    p = 0
    while p < n and form[p] == lemma[p]:
        p += 1
    return f"{len(form) - p}|{lemma[p:]}"


def apply_script(form: str, script: str) -> str:
    k_text, _, suffix = script.partition("|")
    k = int(k_text)
    if k > len(form):
        return form
    return form[: len(form) - k] + suffix


# --- features --------------------------------------------------------------------------------------------
def shape(word: str) -> str:
    """A coarse character class of a word: digits, latin, punctuation, urdu, mixed."""
    if all(ch in _DIGITS or ch in ".,:/-%" for ch in word):
        return "num" if any(ch in _DIGITS for ch in word) else "punct"
    if word.isascii():
        return "latin" if any(ch.isalpha() for ch in word) else "punct"
    if not any(ch.isalpha() for ch in word):
        return "punct"
    if any(ch in _DIGITS for ch in word):
        return "mixed"
    return "urdu"


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Word classes compiled from external lexicons (normalized form -> class string), and the
    wordfreq zipf lookup. Built at training time; the classes ship inside the model."""

    classes: Mapping[str, str]
    zipf: Callable[[str], float]


def word_features(w: str, lex: Lexicons) -> list[str]:
    """Features of a normalized word on its own (cached per word at run time)."""
    f = ["b", "w=" + w, "sh=" + shape(w), "n=" + str(min(len(w), 8))]
    for k in range(1, 5):
        if len(w) > k:
            f.append(f"s{k}={w[-k:]}")
    for k in range(1, 4):
        if len(w) > k:
            f.append(f"p{k}={w[:k]}")
    z = lex.zipf(w)
    f.append("z=" + str(int(z)))
    cls = lex.classes.get(w)
    if cls is not None:
        f.append("lx=" + cls)
        f.append("lxs=" + cls + "|" + w[-2:])
    return f


def context_features(words: Sequence[str], i: int) -> list[str]:
    """Features of the neighbours of token ``i`` (``words`` are padded: index ``i + 2``)."""
    j = i + 2
    wm2, wm1, w, wp1, wp2 = words[j - 2], words[j - 1], words[j], words[j + 1], words[j + 2]
    return [
        "w-1=" + wm1, "w+1=" + wp1, "w-2=" + wm2, "w+2=" + wp2,
        "s2-1=" + wm1[-2:], "s2+1=" + wp1[-2:], "s3+1=" + wp1[-3:], "s3-1=" + wm1[-3:],
        "w-1w=" + wm1 + "|" + w, "ww+1=" + w + "|" + wp1, "w+1w+2=" + wp1 + "|" + wp2,
    ]


def history_features(p2: str, p1: str) -> list[str]:
    return ["t-1=" + p1, "t-2t-1=" + p2 + "|" + p1]


def morph_features(words: Sequence[str], tags: Sequence[str], i: int) -> list[str]:
    """UPOS-aware features of token ``i`` for the morphology heads (``words``/``tags`` padded by 2)."""
    j = i + 2
    u, um1, up1 = tags[j], tags[j - 1], tags[j + 1]
    w = words[j]
    return [
        "u=" + u, "u-1=" + um1, "u+1=" + up1, "u-2=" + tags[j - 2], "u+2=" + tags[j + 2],
        "uw=" + u + "|" + w, "us1=" + u + "|" + w[-1:], "us2=" + u + "|" + w[-2:],
        "us3=" + u + "|" + w[-3:], "uu+1=" + u + "|" + up1, "u-1u=" + um1 + "|" + u,
        "uw+1=" + u + "|" + words[j + 1], "uw-1=" + u + "|" + words[j - 1],
        "u+1w+1=" + up1 + "|" + words[j + 1], "uw+2=" + u + "|" + words[j + 2],
    ]


def _pad(items: Sequence[str], left: str, right: str) -> list[str]:
    return [left, left, *items, right, right]


# --- lemmatizer ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LemmaRules:
    """Edit scripts: by (normalized form, UPOS), by form, and by (UPOS, suffix) for unseen words."""

    by_form_upos: Mapping[str, str]  # key "form\tUPOS"
    by_form: Mapping[str, str]
    by_suffix: Mapping[str, str]  # key "UPOS\tsuffix" (suffix may be empty)

    def script(self, nform: str, upos: str) -> str:
        s = self.by_form_upos.get(nform + "\t" + upos)
        if s is not None:
            return s
        s = self.by_form.get(nform)
        if s is not None:
            return s
        for k in range(min(_LEMMA_SUFFIX, len(nform)), -1, -1):
            s = self.by_suffix.get(upos + "\t" + nform[len(nform) - k:])
            if s is not None:
                return s
        return "0|"

    def lemma(self, form: str, nform: str, upos: str) -> str:
        """The lemma of ``form`` (as written; ``nform`` its normalized spelling) under ``upos``."""
        script = self.script(nform, upos)
        if form != nform and len(form) == len(nform):
            return apply_script(form, script)
        return apply_script(nform, script)

    @classmethod
    def learn(cls, pairs: Iterable[tuple[str, str, str]], *, min_suffix_count: int) -> LemmaRules:
        """From (normalized form, UPOS, normalized lemma) triples (tokens, so frequent words weigh
        more)."""
        fu: dict[str, Counter[str]] = defaultdict(Counter)
        fo: dict[str, Counter[str]] = defaultdict(Counter)
        su: dict[str, Counter[str]] = defaultdict(Counter)
        seen_types: set[tuple[str, str, str]] = set()
        for nform, upos, lemma in pairs:
            script = edit_script(nform, lemma)
            fu[nform + "\t" + upos][script] += 1
            fo[nform][script] += 1
            # suffix statistics count word types, so one frequent word does not dominate a suffix
            if (nform, upos, script) in seen_types:
                continue
            seen_types.add((nform, upos, script))
            for k in range(min(_LEMMA_SUFFIX, len(nform)) + 1):
                su[upos + "\t" + nform[len(nform) - k:]][script] += 1

        def best(c: Counter[str]) -> str:
            return min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]

        by_suffix: dict[str, str] = {}
        for key, c in su.items():
            if sum(c.values()) >= min_suffix_count or key.endswith("\t"):
                by_suffix[key] = best(c)
        return cls({k: best(c) for k, c in sorted(fu.items())},
                   {k: best(c) for k, c in sorted(fo.items())}, dict(sorted(by_suffix.items())))


# --- the tagger ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Head:
    """One morphology output: its name and its column block ``[start, end)`` in the weights."""

    name: str
    start: int
    end: int


class Tagger:
    """UPOS + XPOS + FEATS tagger and lemmatizer (see the module docstring)."""

    def __init__(self, *, index: Mapping[str, int], upos_labels: Sequence[str], upos_weights: FloatArray,
                 morph_labels: Sequence[str], morph_weights: FloatArray, masks: Mapping[str, FloatArray],
                 lemma_rules: LemmaRules, classes: Mapping[str, str],
                 meta: Mapping[str, Any] | None = None) -> None:
        n = len(index)
        if upos_weights.shape != (n, len(upos_labels)) or morph_weights.shape != (n, len(morph_labels)):
            raise ModelError("the tagger's weights do not match its feature index: the model is corrupted")
        self.index = dict(index)
        self.upos_labels = tuple(upos_labels)
        self.upos_weights = upos_weights
        self.morph_labels = tuple(morph_labels)
        self.morph_weights = morph_weights
        self.heads = _heads(self.morph_labels)
        self.masks = dict(masks)
        self._zero_mask = np.zeros(len(self.morph_labels))
        self.lemma_rules = lemma_rules
        self.classes = dict(classes)
        self.meta: dict[str, Any] = dict(meta or {})
        self._norm = WordNormalizer()
        self._lex: Lexicons | None = None
        self._word_ids: dict[str, tuple[int, ...]] = {}
        # run-time views: one zero row at the end for unknown features
        self._lookup = _Index(self.index)
        self._wu = np.vstack([upos_weights, np.zeros((1, upos_weights.shape[1]))])
        self._wm = np.vstack([morph_weights, np.zeros((1, morph_weights.shape[1]))])
        self._head_values = [[lab.partition("=")[2] for lab in self.morph_labels[h.start:h.end]]
                             for h in self.heads]
        self._mask_rows = np.stack([self.masks.get(u, self._zero_mask) for u in self.upos_labels])
        # tag-history tables: t1[p1] and t2[p2 * (L + 1) + p1], index L meaning "no tag" (<s>)
        k = len(self.upos_labels)
        hist = [_NO_TAG, *self.upos_labels]  # position 0: sentence start
        self._t1 = np.zeros((k + 1, k))
        self._t2 = np.zeros(((k + 1) * (k + 1), k))
        for a, p2 in enumerate(hist):
            for b, p1 in enumerate(hist):
                f1, f2 = history_features(p2, p1)
                if a == 0:
                    i1 = self.index.get(f1)
                    if i1 is not None:
                        self._t1[b] = self.upos_weights[i1]
                i2 = self.index.get(f2)
                if i2 is not None:
                    self._t2[a * (k + 1) + b] = self.upos_weights[i2]

    # -- features -------------------------------------------------------------------------------------------
    @property
    def lexicons(self) -> Lexicons:
        if self._lex is None:
            from khabar.urdu.lexicon import zipf

            self._lex = Lexicons(self.classes, zipf)
        return self._lex

    def normalize(self, form: str) -> str:
        return self._norm(form)

    def _word_ids_of(self, w: str) -> tuple[int, ...]:
        ids = self._word_ids.get(w)
        if ids is None:
            ids = tuple(map(self._lookup.__getitem__, word_features(w, self.lexicons)))
            if len(self._word_ids) < _CACHE_LIMIT:
                self._word_ids[w] = ids
        return ids

    # -- inference ------------------------------------------------------------------------------------------
    def analyze(self, forms: Sequence[str]) -> Analysis:
        """Tags, features and lemmas of one sentence (its tokens as written)."""
        upos, xpos, feats = self.tag(forms)
        return Analysis(tuple(upos), tuple(xpos), tuple(feats), tuple(self.lemmatize(forms, upos)))

    def tag(self, forms: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
        """UPOS, XPOS and FEATS (``""`` for none) of one sentence's tokens (as written)."""
        n = len(forms)
        if n == 0:
            return [], [], []
        nforms = [self._norm(f) for f in forms]
        words = _pad(nforms, _BOS, _EOS)
        lookup = self._lookup.__getitem__  # unknown features -> the zero row
        flat: list[int] = []
        lengths: list[int] = []
        for i in range(n):
            ids = self._word_ids_of(nforms[i])
            flat.extend(ids)
            ctx = list(map(lookup, context_features(words, i)))
            flat.extend(ctx)
            lengths.append(len(ids) + len(ctx))
        flat_ids = np.array(flat, dtype=np.int64)
        starts = np.zeros(n, dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        base = np.add.reduceat(self._wu[flat_ids], starts, axis=0)
        k1 = len(self.upos_labels) + 1
        t1, t2 = self._t1, self._t2
        p2 = p1 = 0
        labels_u = self.upos_labels
        tag_ids: list[int] = []
        for i in range(n):
            y = int((base[i] + t1[p1] + t2[p2 * k1 + p1]).argmax())
            tag_ids.append(y)
            p2, p1 = p1, y + 1
        upos = [labels_u[y] for y in tag_ids]
        tags = _pad(upos, _BOS, _EOS)
        mflat: list[int] = []
        for i in range(n):
            mflat.extend(map(lookup, morph_features(words, tags, i)))
        wm = self._wm
        scores = np.add.reduceat(wm[flat_ids], starts, axis=0)
        scores += wm[np.array(mflat, dtype=np.int64)].reshape(n, -1, wm.shape[1]).sum(axis=1)
        scores += self._mask_rows[np.array(tag_ids, dtype=np.int64)]
        xpos: list[str] = [""] * n
        feats: list[dict[str, str]] = [{} for _ in range(n)]
        for head, values in zip(self.heads, self._head_values, strict=True):
            best = scores[:, head.start:head.end].argmax(axis=1).tolist()
            if head.name == XPOS_HEAD:
                xpos = [values[b] for b in best]
                continue
            name = head.name
            for i, b in enumerate(best):
                v = values[b]
                if v != ABSENT:
                    feats[i][name] = v
        return upos, xpos, [format_feats(f) for f in feats]

    def lemmatize(self, forms: Sequence[str], upos: Sequence[str]) -> list[str]:
        """Lemmas of tokens (as written) with their UPOS."""
        rules = self.lemma_rules
        norm = self._norm
        return [rules.lemma(f, norm(f), u) for f, u in zip(forms, upos, strict=True)]

    # -- storage --------------------------------------------------------------------------------------------
    def to_arrays(self, dtype: str = "float32") -> dict[str, np.ndarray]:
        features = [""] * len(self.index)
        for f, i in self.index.items():
            features[i] = f
        mask_upos = sorted(self.masks)
        rules = self.lemma_rules
        return {
            "features": encode_strings(features),
            "upos_labels": encode_strings(self.upos_labels),
            "upos_weights": self.upos_weights.astype(dtype),
            "morph_labels": encode_strings(self.morph_labels),
            "morph_weights": self.morph_weights.astype(dtype),
            "mask_upos": encode_strings(mask_upos),
            "masks": np.stack([self.masks[u] < 0 for u in mask_upos]).astype(np.uint8)
            if mask_upos else np.zeros((0, len(self.morph_labels)), dtype=np.uint8),
            **_table_arrays("lemma_fu", rules.by_form_upos),
            **_table_arrays("lemma_f", rules.by_form),
            **_table_arrays("lemma_s", rules.by_suffix),
            **_table_arrays("classes", self.classes),
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], *,
                    meta: Mapping[str, Any] | None = None) -> Tagger:
        try:
            features = decode_strings(arrays["features"])
            index = {f: i for i, f in enumerate(features)}
            if len(index) != len(features):
                raise ModelError("the tagger's feature list has duplicates: the model file is corrupted")
            morph_labels = decode_strings(arrays["morph_labels"])
            mask_upos = decode_strings(arrays["mask_upos"])
            mask_bits = np.asarray(arrays["masks"])
            if mask_bits.shape != (len(mask_upos), len(morph_labels)):
                raise ModelError("the tagger's label masks are corrupted")
            masks = {u: np.where(mask_bits[k] > 0, -1e9, 0.0) for k, u in enumerate(mask_upos)}
            rules = LemmaRules(_table("lemma_fu", arrays), _table("lemma_f", arrays),
                               _table("lemma_s", arrays))
            return cls(index=index, upos_labels=decode_strings(arrays["upos_labels"]),
                       upos_weights=np.asarray(arrays["upos_weights"], dtype=np.float64),
                       morph_labels=morph_labels,
                       morph_weights=np.asarray(arrays["morph_weights"], dtype=np.float64),
                       masks=masks, lemma_rules=rules, classes=_table("classes", arrays), meta=meta)
        except KeyError as exc:
            raise ModelError(f"the tagger model lacks {exc}: the file is corrupted; reinstall khabar "
                             "or retrain with `khabar train configs/tagger.json`") from exc

    @classmethod
    def load(cls, path: Path | Traversable | None = None) -> Tagger:
        """The model in folder ``path`` (default: the one shipped in ``khabar/models/tagger``), after
        checking each file against the SHA-256 recorded in its ``meta.json``."""
        folder: Path | Traversable = path if path is not None else default_model_dir()
        meta_file = folder / META_FILE
        if not meta_file.is_file():
            raise ModelError(f"no tagger model at {folder} ({META_FILE} missing); reinstall khabar or "
                             "train one with `khabar train configs/tagger.json`")
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{meta_file} is not valid JSON ({exc}); reinstall khabar or retrain") from exc
        if not isinstance(meta, dict) or meta.get("task") != "tagger" or \
                meta.get("feature_version") != FEATURE_VERSION:
            got = meta.get("task") if isinstance(meta, dict) else None
            raise ModelError(f"{meta_file} describes task {got!r}, not a tagger of feature version "
                             f"{FEATURE_VERSION}: retrain with `khabar train configs/tagger.json`")
        hashes = meta.get("files")
        if not isinstance(hashes, dict) or MODEL_FILE not in hashes:
            raise ModelError(f"{meta_file} records no hash for {MODEL_FILE}: the model is incomplete")
        f = folder / MODEL_FILE
        if not f.is_file():
            raise ModelError(f"model file {MODEL_FILE} listed in {meta_file} is missing; reinstall khabar")
        data = f.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != hashes[MODEL_FILE]:
            raise ModelError(f"model file {f} is corrupted: SHA-256 {actual} differs from "
                             f"{hashes[MODEL_FILE]} recorded in meta.json; reinstall khabar or retrain")
        return cls.from_arrays(load_npz(io.BytesIO(data)), meta=meta)


class _Index(dict[str, int]):
    """Feature -> row; an unknown feature maps to the last (all-zero) row."""

    def __init__(self, index: Mapping[str, int]) -> None:
        super().__init__(index)
        self.unknown = len(index)

    def __missing__(self, key: str) -> int:
        return self.unknown


def _heads(labels: Sequence[str]) -> list[Head]:
    heads: list[Head] = []
    start = 0
    for k in range(1, len(labels) + 1):
        if k == len(labels) or labels[k].partition("=")[0] != labels[start].partition("=")[0]:
            heads.append(Head(labels[start].partition("=")[0], start, k))
            start = k
    return heads


def _table_arrays(name: str, table: Mapping[str, str]) -> dict[str, np.ndarray]:
    keys = sorted(table)
    return {name + "_keys": encode_strings(keys), name + "_values": encode_strings([table[k] for k in keys])}


def _table(name: str, arrays: Mapping[str, np.ndarray]) -> dict[str, str]:
    keys = decode_strings(arrays[name + "_keys"])
    values = decode_strings(arrays[name + "_values"])
    if len(keys) != len(values):
        # an empty string value decodes to nothing when it is the only one
        if len(keys) == 1 and not values:
            values = [""]
        else:
            raise ModelError(f"the tagger's {name} table is corrupted (length mismatch)")
    return dict(zip(keys, values, strict=True))


def default_model_dir() -> Traversable:
    return resources.files("khabar") / "models" / "tagger"


_default: Tagger | None = None


def default_tagger() -> Tagger:
    """The shipped model, loaded on first use and shared."""
    global _default
    if _default is None:
        _default = Tagger.load()
    return _default


# --- training --------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TrainOptions:
    """Hyper-parameters of :func:`train_tagger`."""

    epochs: int = 10
    morph_epochs: int = 10
    prune: float = 0.0
    min_suffix_count: int = 2


def _morph_labels(sentences: Sequence[TagSentence]) -> tuple[list[str], dict[str, set[str]]]:
    """Head labels (``xpos=NN``, ``Case=-``, ``Case=Acc``, ...) and, per UPOS, the labels seen."""
    values: dict[str, set[str]] = defaultdict(set)
    cats: set[str] = set()
    for s in sentences:
        for i in range(len(s.forms)):
            if s.xpos[i] is not None:
                values[XPOS_HEAD].add(s.xpos[i] or ABSENT)
            cats.update(parse_feats(s.feats[i]))
    allowed: dict[str, set[str]] = defaultdict(set)
    for c in cats:
        values[c].add(ABSENT)
    for s in sentences:
        for i in range(len(s.forms)):
            u = s.upos[i]
            if u is None:
                continue
            x = s.xpos[i]
            if x is not None:
                allowed[u].add(f"{XPOS_HEAD}={x or ABSENT}")
            f = parse_feats(s.feats[i])
            known = s.known_categories(i)
            for c in cats:
                if c in f:
                    values[c].add(f[c])
                if known is None or c in known:
                    allowed[u].add(f"{c}={f.get(c, ABSENT)}")
    labels = [f"{XPOS_HEAD}={v}" for v in sorted(values.pop(XPOS_HEAD, set()))]
    for c in sorted(values, key=str.lower):
        labels.extend(f"{c}={v}" for v in sorted(values[c]))
    return labels, allowed


def _morph_gold(s: TagSentence, i: int, heads: Sequence[Head],
                label_ids: Mapping[str, int]) -> list[int | None]:
    """Gold column per head for token ``i`` (None: unknown)."""
    f = parse_feats(s.feats[i])
    known = s.known_categories(i)
    out: list[int | None] = []
    for h in heads:
        if h.name == XPOS_HEAD:
            x = s.xpos[i]
            out.append(None if x is None else label_ids.get(f"{XPOS_HEAD}={x or ABSENT}"))
        elif s.feats[i] is None or (known is not None and h.name not in known):
            out.append(None)
        else:
            out.append(label_ids.get(f"{h.name}={f.get(h.name, ABSENT)}"))
    return out


def train_tagger(sentences: Sequence[TagSentence], *, classes: Mapping[str, str], options: TrainOptions,
                 seed: int, log: Callable[[str], None] | None = None) -> Tagger:
    """Train UPOS, morphology heads and lemma rules on ``sentences`` (deterministic for a seed)."""
    from khabar.urdu.lexicon import zipf

    if not sentences:
        raise ModelError("no training sentences")
    lex = Lexicons(classes, zipf)
    norm = WordNormalizer()
    upos_labels = sorted({u for s in sentences for u in s.upos if u is not None})
    if len(upos_labels) < 2:
        raise ModelError(f"training data has fewer than two UPOS tags: {upos_labels}")
    upos_ids = {u: k for k, u in enumerate(upos_labels)}
    upos_model = AveragedPerceptron(upos_labels)
    # static features per token, computed once
    padded: list[list[str]] = []
    static: list[list[IntArray]] = []
    for s in sentences:
        nforms = [norm(f) for f in s.forms]
        words = _pad(nforms, _BOS, _EOS)
        padded.append(words)
        static.append([upos_model.feature_ids(word_features(nforms[i], lex) + context_features(words, i),
                                              add=True) for i in range(len(nforms))])
    errors = [0, 0]

    def step(si: int) -> None:
        s = sentences[si]
        p2 = p1 = _NO_TAG
        for i, base in enumerate(static[si]):
            hist = upos_model.feature_ids(history_features(p2, p1), add=True)
            ids = np.concatenate((base, hist))
            guess = upos_model.predict_id(ids)
            gold = s.upos[i]
            if gold is None:
                upos_model.tick()
                y = guess
            else:
                truth = upos_ids[gold]
                upos_model.update(truth, guess, ids)
                errors[0] += guess != truth
                errors[1] += 1
                y = guess
            p2, p1 = p1, upos_labels[y]

    def on_epoch(epoch: int) -> None:
        if log is not None:
            log(f"upos epoch {epoch + 1}: {errors[0]} errors in {errors[1]} tokens "
                f"({100 * errors[0] / max(errors[1], 1):.2f}%)")
        errors[0] = errors[1] = 0

    upos_model.fit(len(sentences), step, epochs=options.epochs, seed=seed, on_epoch=on_epoch)

    # morphology heads, trained on gold UPOS
    morph_labels, allowed = _morph_labels(sentences)
    heads = _heads(morph_labels)
    label_ids = {lab: k for k, lab in enumerate(morph_labels)}
    morph_model = AveragedPerceptron(morph_labels)
    tag_seqs: list[list[str]] = []
    for s in sentences:
        tag_seqs.append([u if u is not None else _NO_TAG for u in s.upos])
    mfeats: list[list[IntArray]] = []
    golds: list[list[list[int | None]]] = []
    for si, s in enumerate(sentences):
        tags = _pad(tag_seqs[si], _BOS, _EOS)
        words = padded[si]
        mfeats.append([morph_model.feature_ids(
            word_features(words[i + 2], lex) + context_features(words, i) + morph_features(words, tags, i),
            add=True) for i in range(len(s.forms))])
        golds.append([_morph_gold(s, i, heads, label_ids) for i in range(len(s.forms))])
    mask_vectors = _mask_vectors(morph_labels, allowed)
    zero = np.zeros(len(morph_labels))

    def mstep(si: int) -> None:
        s = sentences[si]
        for i, ids in enumerate(mfeats[si]):
            scores = morph_model.scores(ids) + mask_vectors.get(s.upos[i] or "", zero)
            for h, truth in zip(heads, golds[si][i], strict=True):
                if truth is None:
                    continue
                guess = h.start + int(np.argmax(scores[h.start:h.end]))
                morph_model.update(truth, guess, ids)
                errors[0] += guess != truth
                errors[1] += 1

    def on_morph_epoch(epoch: int) -> None:
        if log is not None:
            log(f"morph epoch {epoch + 1}: {errors[0]} errors in {errors[1]} decisions "
                f"({100 * errors[0] / max(errors[1], 1):.2f}%)")
        errors[0] = errors[1] = 0

    morph_model.fit(len(sentences), mstep, epochs=options.morph_epochs, seed=seed + 1,
                    on_epoch=on_morph_epoch)

    # lemma rules from normalized (form, UPOS, lemma)
    triples = [(norm(f), u, norm(lem)) for s in sentences
               for f, u, lem in zip(s.forms, s.upos, s.lemmas, strict=True)
               if u is not None and lem is not None]
    rules = LemmaRules.learn(triples, min_suffix_count=options.min_suffix_count)
    return _merge(upos_model, morph_model, mask_vectors, rules, classes, prune=options.prune)


def _mask_vectors(labels: Sequence[str], allowed: Mapping[str, set[str]]) -> dict[str, FloatArray]:
    out: dict[str, FloatArray] = {}
    heads = _heads(labels)
    for u, ok in sorted(allowed.items()):
        v = np.zeros(len(labels))
        for h in heads:
            if not any(labels[k] in ok for k in range(h.start, h.end)):
                continue  # nothing known for this head under u: leave it open
            for k in range(h.start, h.end):
                if labels[k] not in ok:
                    v[k] = -1e9
        out[u] = v
    return out


def _merge(upos_model: AveragedPerceptron, morph_model: AveragedPerceptron,
           masks: Mapping[str, FloatArray], rules: LemmaRules, classes: Mapping[str, str], *,
           prune: float) -> Tagger:
    """One feature index for both models (features with a weight above ``prune`` in either)."""
    threshold = max(prune, 1e-12)
    keep: dict[str, tuple[int, int]] = {}
    uw, mw = upos_model.weights, morph_model.weights
    for f, i in zip(upos_model.features, range(upos_model.n_features), strict=True):
        if np.abs(uw[i]).max() >= threshold:
            keep[f] = (i, -1)
    for f, i in zip(morph_model.features, range(morph_model.n_features), strict=True):
        if np.abs(mw[i]).max() >= threshold:
            keep[f] = (keep.get(f, (-1, -1))[0], i)
    features = sorted(keep)
    upos_w = np.zeros((len(features), uw.shape[1]))
    morph_w = np.zeros((len(features), mw.shape[1]))
    for r, f in enumerate(features):
        a, b = keep[f]
        if a >= 0:
            upos_w[r] = uw[a]
        if b >= 0:
            morph_w[r] = mw[b]
    # the stored weights are float32: round now so a trained and a loaded model agree exactly
    upos_w = upos_w.astype(np.float32).astype(np.float64)
    morph_w = morph_w.astype(np.float32).astype(np.float64)
    return Tagger(index={f: r for r, f in enumerate(features)}, upos_labels=upos_model.labels,
                  upos_weights=upos_w, morph_labels=morph_model.labels, morph_weights=morph_w,
                  masks=masks, lemma_rules=rules, classes=classes)


def lexicon_classes(spacy_lemmas: Mapping[str, str], unimorph: Iterable[tuple[str, str]],
                    normalize: Callable[[str], str]) -> dict[str, str]:
    """Word classes from the external lexicons, keyed by normalized form.

    spaCy's lookup (form -> lemma): ``v`` when the lemma is an infinitive (ends in نا, a verb form),
    ``i`` when the form is its own lemma, ``d`` otherwise. UniMorph (form, POS) pairs add ``V`` or
    ``N``. A word's class is the sorted set of its letters, e.g. ``Vv``.
    """
    infinitive = C.NOON + C.ALEF
    marks: dict[str, set[str]] = defaultdict(set)
    for form, lemma in spacy_lemmas.items():
        nf, nl = normalize(form), normalize(lemma)
        if " " in nf:
            continue
        marks[nf].add("v" if nl.endswith(infinitive) and nl != nf else ("i" if nl == nf else "d"))
    for form, pos in unimorph:
        nf = normalize(form)
        if " " not in nf:
            marks[nf].add(pos)
    return {w: "".join(sorted(m)) for w, m in sorted(marks.items())}

"""Part-of-speech tagger (UPOS, XPOS, UD features) and lemmatizer for Urdu, trained on UD Urdu-UDTB.

Two linear models share one feature index:

1. **UPOS**. Features of the token and its neighbours (normalized word, prefixes 1-3 and suffixes
   1-4, shape, word-frequency band, two compiled lexicon classes, distributional word clusters
   learned from unlabelled news text by :mod:`khabar.ml.clusters`, word pairs). Two learners:

   * ``perceptron`` (shipped): an averaged perceptron (:mod:`khabar.ml.perceptron`), greedy left
     to right with the two previous predicted tags as features. The tag-history features do not
     combine with words, so at run time their weights are precomputed into two small tables and
     decoding a token is one table lookup plus an argmax. ``decoder="viterbi"`` searches the best
     sequence under the same weights instead (second order, exact; measured worse, see the model
     card).
   * ``crf``: a first-order linear-chain CRF trained by python-crfsuite (a training-only
     dependency); its state and transition weights are copied into the same arrays and decoded by
     our own Viterbi (``decoder="crf"``), so run time needs numpy only.
2. **Morphology**, one pass over the UPOS-tagged sentence: one "head" per output (XPOS and each UD
   feature category: Case, Gender, Number, ...), all heads one weight matrix with column blocks.
   Features are the static ones plus UPOS of the token and its neighbours, alone and combined with
   words and suffixes. A head's value is chosen only among those seen with the token's UPOS in
   training (a mask), so a PUNCT never gets a Case. Heads whose gold value is unknown for a
   training token (the SIGMORPHON subset has no XPOS and only part of the features) are not updated
   for it.

The **lemmatizer** (:class:`LemmaRules`) looks the word up in tables learned from the training
sentences, keyed by the normalized form: (form, UPOS, next UPOS) where the context decides (کے
before a postposition), (form, UPOS), form; the stored lemma is spelled as the treebank spells it
(or "the token itself"). Unseen words get the edit script most frequent for their longest known
suffix under their UPOS.

Every feature is built from the **normalized** form (khabar's normalizer: مےں and میں are one
word), so the model sees one spelling whatever the input's.

The model ships as ``khabar/models/tagger/`` (``model.npz`` + ``meta.json`` with the SHA-256 of each
file, checked on load). Nothing is read at import. Run-time arithmetic is float32 (the stored
precision); per-word feature rows and per-(UPOS, word) rows are cached.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, cast

import numpy as np
import numpy.typing as npt

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
FEATURE_VERSION = 2
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
#: run-time scores (the tagger computes in float32, like its stored weights)
Scores = npt.NDArray[np.floating[Any]]
#: distinct words the tagger keeps summed weight rows for (see :meth:`Tagger._rows_of`)
_TABLE_WORDS = 1 << 14
#: UPOS decoders (see :attr:`Tagger.decoder`).
DECODERS = ("greedy", "viterbi", "crf")


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
    """khabar's normalizer applied to one word at a time, cached; ``settings``: normalizer settings
    over the defaults (a trainer's ``normalizer`` hyper-parameter: what its data is read with)."""

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        from khabar.urdu.normalize import Normalizer

        self._rules = Normalizer.with_settings(settings)
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
    #: word clusters from unlabelled news text: normalized word -> "coarse|fine" cluster ids
    clusters: Mapping[str, str] = field(default_factory=dict)

    def coarse_cluster(self, w: str) -> str:
        c = self.clusters.get(w)
        return "?" if c is None else c.partition("|")[0]


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
    if lex.clusters:
        c = lex.clusters.get(w)
        if c is None:
            f.append("c=?")
        else:
            coarse, _, fine = c.partition("|")
            f.append("c=" + coarse)
            f.append("cf=" + fine)
    return f


def neighbour_features(w: str, offset: int, lex: Lexicons) -> list[str]:
    """Features a token gets from its neighbour ``w`` at ``offset`` (-2, -1, +1 or +2) alone."""
    if offset in (-1, 1):
        side = "-1=" if offset < 0 else "+1="
        out = ["w" + side + w, "s2" + side + w[-2:], "s3" + side + w[-3:]]
        if lex.clusters:
            out.append("c" + side + lex.coarse_cluster(w))
        return out
    return ["w-2=" + w] if offset < 0 else ["w+2=" + w]


#: Names of the word-pair features of a token ``w``: the pair before it, its own pair with the next word,
#: and the next pair (each feature is the name, then ``first|second``).
PAIR_NAMES = ("w-1w=", "ww+1=", "w+1w+2=")


def pair_features(wm1: str, w: str, wp1: str, wp2: str) -> list[str]:
    """Features of adjacent word pairs around a token ``w``."""
    pairs = ((wm1, w), (w, wp1), (wp1, wp2))
    return [name + a + "|" + b for name, (a, b) in zip(PAIR_NAMES, pairs, strict=True)]


#: neighbour offsets in the order :func:`context_features` lists their features
OFFSETS = (-1, 1, -2, 2)


def context_features(words: Sequence[str], i: int, lex: Lexicons) -> list[str]:
    """Features of the neighbours of token ``i`` (``words`` are padded: index ``i + 2``)."""
    j = i + 2
    out: list[str] = []
    for off in OFFSETS:
        out.extend(neighbour_features(words[j + off], off, lex))
    out.extend(pair_features(words[j - 1], words[j], words[j + 1], words[j + 2]))
    return out


def static_features(words: Sequence[str], i: int, lex: Lexicons) -> list[str]:
    """Everything but tag history: the token's own features and its neighbours' (``words`` padded)."""
    return word_features(words[i + 2], lex) + context_features(words, i, lex)


def history_features(p2: str, p1: str) -> list[str]:
    return ["t-1=" + p1, "t-2t-1=" + p2 + "|" + p1]


def tag_context_features(um2: str, um1: str, u: str, up1: str, up2: str) -> list[str]:
    """Morphology features from the UPOS of a token and its neighbours alone."""
    return ["u=" + u, "u-1=" + um1, "u+1=" + up1, "u-2=" + um2, "u+2=" + up2,
            "uu+1=" + u + "|" + up1, "u-1u=" + um1 + "|" + u]


#: Morphology features of a (UPOS, word) pair, in :func:`morph_features` order after the context ones:
#: (name, word offset, tag offset, suffix length or 0 for the whole word). The tagger keeps one id per
#: (word, template, tag) at run time, so these are the single definition of both.
TAG_WORD_TEMPLATES: tuple[tuple[str, int, int, int], ...] = (
    ("uw=", 0, 0, 0), ("us1=", 0, 0, 1), ("us2=", 0, 0, 2), ("us3=", 0, 0, 3),
    ("uw+1=", 1, 0, 0), ("uw-1=", -1, 0, 0), ("u+1w+1=", 1, 1, 0), ("uw+2=", 2, 0, 0),
)


# run-time index helpers, offsets from a token's position in the padded words: the pairs that give it its
# pair features ("w-1w" of the pair starting before it, "ww+1" of its own, "w+1w+2" of the next) and
# the word and tag of each (word, tag) template
_PAIR_OFF = np.array([-1, 0, 1], dtype=np.int64)
_PAIR_COLS = np.arange(len(PAIR_NAMES), dtype=np.int64)
_TEMPLATE_WORD_OFF = np.array([dw for _, dw, _, _ in TAG_WORD_TEMPLATES], dtype=np.int64)
_TEMPLATE_TAG_OFF = np.array([du for _, _, du, _ in TAG_WORD_TEMPLATES], dtype=np.int64)
_TEMPLATE_COLS = np.arange(len(TAG_WORD_TEMPLATES), dtype=np.int64)


def tag_word_feature(template: int, u: str, w: str) -> str:
    """Feature ``template`` (an index into :data:`TAG_WORD_TEMPLATES`) of tag ``u`` with word ``w``."""
    name, _, _, suffix = TAG_WORD_TEMPLATES[template]
    return name + u + "|" + (w[-suffix:] if suffix else w)


def tag_word_features(u: str, w: str) -> list[str]:
    """Morphology features from a token's UPOS with its own word and suffixes."""
    return [tag_word_feature(t, u, w) for t in range(4)]


def tag_neighbour_features(words: Sequence[str], tags: Sequence[str], i: int) -> list[str]:
    """Morphology features from UPOS combined with neighbouring words (padded by 2)."""
    j = i + 2
    return [tag_word_feature(t, tags[j + du], words[j + dw])
            for t, (_, dw, du, _) in enumerate(TAG_WORD_TEMPLATES) if t >= 4]


def morph_features(words: Sequence[str], tags: Sequence[str], i: int) -> list[str]:
    """UPOS-aware features of token ``i`` for the morphology heads (``words``/``tags`` padded by 2)."""
    j = i + 2
    return (tag_context_features(tags[j - 2], tags[j - 1], tags[j], tags[j + 1], tags[j + 2])
            + tag_word_features(tags[j], words[j]) + tag_neighbour_features(words, tags, i))


def _pad(items: Sequence[str], left: str, right: str) -> list[str]:
    return [left, left, *items, right, right]


# --- lemmatizer ------------------------------------------------------------------------------------------
#: Stored lemma value meaning "the token as written is its own lemma" (ASCII unit separator: never
#: part of a word).
SAME = "\x1f"


@dataclass(frozen=True, slots=True)
class LemmaRules:
    """Lemma tables learned from the training sentences, in the treebank's own spelling.

    Lookups, first hit wins (keys use the normalized form, so any spelling of a seen word is found):

    1. ``by_context``: ``form\\tUPOS\\tnext UPOS`` for the (few) words whose lemma depends on the next
       word, learned where the context's majority lemma differs from the word's own majority lemma
       (seen at least twice, fully annotated UD sentences only): کے before a postposition is its own
       lemma (کے لئے, کے بعد), else کا.
    2. ``by_form_upos``: ``form\\tUPOS``; 3. ``by_form``: the form under any UPOS.
    4. ``by_suffix``: ``UPOS\\tsuffix`` (longest known suffix of the normalized form, at most
       :data:`_LEMMA_SUFFIX` letters, seen in at least ``min_suffix_count`` word types) -> the most
       frequent edit script, applied to the token as written.

    Table values are whole lemmas as the treebank spells them (دیا -> دےنا, ممالک -> مُلک), or
    :data:`SAME` when the token as written is its own lemma (مےں stays مےں, میں stays میں).
    """

    by_context: Mapping[str, str]
    by_form_upos: Mapping[str, str]
    by_form: Mapping[str, str]
    by_suffix: Mapping[str, str]  # values are edit scripts

    def value(self, nform: str, upos: str, next_upos: str) -> tuple[str, bool]:
        """The stored value for a token and whether it is an edit script."""
        v = self.by_context.get(nform + "\t" + upos + "\t" + next_upos)
        if v is None:
            v = self.by_form_upos.get(nform + "\t" + upos)
        if v is None:
            v = self.by_form.get(nform)
        if v is not None:
            return v, False
        for k in range(min(_LEMMA_SUFFIX, len(nform)), -1, -1):
            s = self.by_suffix.get(upos + "\t" + nform[len(nform) - k:])
            if s is not None:
                return s, True
        return SAME, False

    def lemma(self, form: str, nform: str, upos: str, next_upos: str = _EOS) -> str:
        """The lemma of ``form`` (as written; ``nform`` its normalized spelling) under ``upos``,
        followed by a token tagged ``next_upos``."""
        v, is_script = self.value(nform, upos, next_upos)
        if is_script:
            # a backoff script never replaces a whole unseen word (suppletion cannot be guessed)
            return apply_script(form, v) if int(v.partition("|")[0]) < len(form) else form
        return form if v == SAME else v

    def lemmas(self, forms: Sequence[str], nforms: Sequence[str], upos: Sequence[str]) -> list[str]:
        n = len(forms)
        return [self.lemma(forms[i], nforms[i], upos[i], upos[i + 1] if i + 1 < n else _EOS)
                for i in range(n)]

    @classmethod
    def learn(cls, sentences: Iterable[TagSentence], normalize: Callable[[str], str], *,
              min_suffix_count: int) -> LemmaRules:
        """From training sentences (tokens, so frequent words weigh more). Tokens without gold UPOS or
        lemma are skipped; context statistics come from fully annotated sentences only."""
        fu: dict[str, Counter[str]] = defaultdict(Counter)
        fo: dict[str, Counter[str]] = defaultdict(Counter)
        cx: dict[str, Counter[str]] = defaultdict(Counter)
        su: dict[str, Counter[str]] = defaultdict(Counter)
        seen_types: set[tuple[str, str, str]] = set()
        for s in sentences:
            n = len(s.forms)
            full = s.feats_known is None
            for i, (form, u, lemma) in enumerate(zip(s.forms, s.upos, s.lemmas, strict=True)):
                if u is None or lemma is None or lemma == "_":
                    continue
                nform = normalize(form)
                v = SAME if lemma == form else lemma
                fu[nform + "\t" + u][v] += 1
                fo[nform][v] += 1
                if full:
                    nxt = (s.upos[i + 1] or _NO_TAG) if i + 1 < n else _EOS
                    cx[nform + "\t" + u + "\t" + nxt][v] += 1
                # suffix statistics count word types, so one frequent word does not dominate a suffix
                script = edit_script(form, lemma)
                if (nform, u, script) in seen_types:
                    continue
                seen_types.add((nform, u, script))
                for k in range(min(_LEMMA_SUFFIX, len(nform)) + 1):
                    su[u + "\t" + nform[len(nform) - k:]][script] += 1

        def best(c: Counter[str]) -> str:
            return min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]

        by_form_upos = {k: best(c) for k, c in sorted(fu.items())}
        by_context: dict[str, str] = {}
        for key, c in sorted(cx.items()):
            b = best(c)
            if c[b] >= 2 and b != by_form_upos[key.rpartition("\t")[0]]:
                by_context[key] = b
        by_suffix = {k: best(c) for k, c in sorted(su.items())
                     if sum(c.values()) >= min_suffix_count or k.endswith("\t")}
        return cls(by_context, by_form_upos, {k: best(c) for k, c in sorted(fo.items())}, by_suffix)


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
                 clusters: Mapping[str, str] | None = None,
                 upos_trans: FloatArray | None = None, decoder: str | None = None,
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
        names = [h.name for h in self.heads if h.name != XPOS_HEAD]
        if names != sorted(names, key=str.lower):
            raise ModelError("the tagger's feature heads are not in UD order: the model is corrupted")
        self.masks = dict(masks)
        self._zero_mask = np.zeros(len(self.morph_labels))
        self.lemma_rules = lemma_rules
        self.classes = dict(classes)
        self.clusters = dict(clusters or {})
        self.meta: dict[str, Any] = dict(meta or {})
        k = len(upos_labels)
        #: label-to-label transition weights of a CRF UPOS model (None for the perceptron)
        self.upos_trans = upos_trans
        if upos_trans is not None and upos_trans.shape != (k, k):
            raise ModelError("the tagger's UPOS transition matrix does not match its labels: the model "
                             "is corrupted")
        #: UPOS decoding: "crf" (first-order Viterbi with the transition matrix), "greedy" (perceptron,
        #: left to right) or "viterbi" (perceptron, best sequence under the same weights)
        self.decoder = decoder or ("crf" if upos_trans is not None else "greedy")
        if self.decoder not in DECODERS or (self.decoder == "crf") != (upos_trans is not None):
            raise ModelError(f"decoder {self.decoder!r} does not fit this model (known: {DECODERS})")
        self._norm = WordNormalizer()
        self._lex: Lexicons | None = None
        # run-time tables (see _rows_of): per distinct word its summed static weight rows and its
        # (template, tag) feature ids; per word pair its pair-feature ids; per UPOS context its summed
        # morphology rows
        #: the tables are shared by the threads that tag with this model (a web server's workers):
        #: one tags at a time
        self._lock = threading.Lock()
        self._row: dict[str, int] = {}
        self._sums = np.zeros((0, 1 + len(OFFSETS), upos_weights.shape[1] + morph_weights.shape[1]),
                              dtype=np.float32)
        self._tw = np.zeros((0, len(TAG_WORD_TEMPLATES), len(upos_labels) + 3), dtype=np.int32)
        self._pairs: dict[tuple[str, str], tuple[int, int, int]] = {}
        #: UPOS context (the tag ids at offsets -2..+2 as the digits of one integer, base
        #: len(upos_labels) + 3) -> its row of _ctx_sums
        self._ctx: dict[int, int] = {}
        self._ctx_sums = np.zeros((0, morph_weights.shape[1]), dtype=np.float32)
        #: tag strings by tag id: the UPOS labels, the sentence-start and -end paddings, and <none> for
        #: a given tag the model does not know (no feature contains it)
        self._tag_names = (*upos_labels, _BOS, _EOS, _NO_TAG)
        # run-time views: one zero row at the end for unknown features
        self._unknown = len(self.index)  # the zero row of unknown features
        # run-time arithmetic is float32, like the stored weights: half the memory traffic
        self._wu = np.vstack([upos_weights, np.zeros((1, upos_weights.shape[1]))]).astype(np.float32)
        self._wm = np.vstack([morph_weights, np.zeros((1, morph_weights.shape[1]))]).astype(np.float32)
        self._head_values = [[lab.partition("=")[2] for lab in self.morph_labels[h.start:h.end]]
                             for h in self.heads]
        # (head, value) -> score column, padded to the widest head; padding scores -inf
        width = max((h.end - h.start for h in self.heads), default=1)
        self._head_cols = np.zeros(len(self.heads) * width, dtype=np.int64)
        self._head_pad = np.zeros((len(self.heads), width), dtype=np.float32)
        for k, h in enumerate(self.heads):
            for v in range(width):
                self._head_cols[k * width + v] = h.start + min(v, h.end - h.start - 1)
                if v >= h.end - h.start:
                    self._head_pad[k, v] = -np.inf
        self._out_cache: dict[int | tuple[int, ...], tuple[str, str]] = {}
        # a token's head values as one integer (mixed radix, one digit per head), where they fit in 62 bits
        radix = [1]
        for h in self.heads[:-1]:
            radix.append(radix[-1] * (h.end - h.start))
        fits = radix[-1] * (self.heads[-1].end - self.heads[-1].start) < 1 << 62 if self.heads else False
        self._head_code = np.array(radix, dtype=np.int64) if fits else None
        self._label_range = np.arange(len(self.upos_labels))
        self._mask_rows = np.stack([self.masks.get(u, self._zero_mask)
                                    for u in self.upos_labels]).astype(np.float32)
        # tag-history tables: t1[p1] and t2[p2 * (L + 1) + p1], index L meaning "no tag" (<s>)
        k = len(self.upos_labels)
        hist = [_NO_TAG, *self.upos_labels]  # position 0: sentence start
        self._t1 = np.zeros((k + 1, k), dtype=np.float32)
        self._t2 = np.zeros(((k + 1) * (k + 1), k), dtype=np.float32)
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

            self._lex = Lexicons(self.classes, zipf, self.clusters)
        return self._lex

    def normalize(self, form: str) -> str:
        return self._norm(form)

    def _rows_of(self, words: Sequence[str]) -> IntArray:
        """Each word's row in the per-word tables, adding the words not seen before.

        A row holds the word's static features summed per weight column (its own, and those it gives
        the token at each of :data:`OFFSETS`: one gather per neighbour instead of one per feature) and
        its :data:`TAG_WORD_TEMPLATES` ids per tag (-1 until first needed). Memory is bounded: the
        tables are cleared before a call whose new words would take them past :data:`_TABLE_WORDS`
        words (about 2.6 kB a word), so a long run over many distinct words costs recomputation, not
        memory. One call's words (a document's, see :meth:`tag_batch`) are always kept whole: the
        tables exceed the bound only for a single call with more distinct words than it.
        """
        row = self._row
        out = [row.get(w, -1) for w in words]
        if -1 in out:
            new = list(dict.fromkeys(w for w, r in zip(words, out, strict=True) if r < 0))
            if len(row) + len(new) > _TABLE_WORDS and row:
                self._clear_tables()
                new = list(dict.fromkeys(words))
            self._add_words(new)
            out = [row[w] for w in words]
        return np.array(out, dtype=np.int64)

    def _clear_tables(self) -> None:
        self._row.clear()
        self._pairs.clear()
        self._sums = self._sums[:0]
        self._tw = self._tw[:0]

    def _add_words(self, new: Sequence[str]) -> None:
        """Rows for words not in the tables: their feature groups summed in one pass."""
        r = len(self._row)
        if r + len(new) > self._sums.shape[0]:  # grow by doubling, up to the bound (or one sentence)
            cap = min(max(1024, 2 * (r + len(new))), max(_TABLE_WORDS, r + len(new)))
            sums = np.zeros((cap, *self._sums.shape[1:]), dtype=np.float32)
            sums[:r] = self._sums[:r]
            tw = np.full((cap, *self._tw.shape[1:]), -1, dtype=np.int32)
            tw[:r] = self._tw[:r]
            self._sums, self._tw = sums, tw
        get, unk, lex = self.index.get, self._unknown, self.lexicons
        flat: list[int] = []
        starts: list[int] = []
        for w in new:
            for feats in (word_features(w, lex), *(neighbour_features(w, off, lex) for off in OFFSETS)):
                starts.append(len(flat))  # no group is empty
                flat.extend([get(f, unk) for f in feats])
            self._row[w] = len(self._row)
        ids, at = np.array(flat, dtype=np.int64), np.array(starts, dtype=np.int64)
        k, m = self._wu.shape[1], len(new)
        upos, morph = np.add.reduceat(self._wu[ids], at, axis=0), np.add.reduceat(self._wm[ids], at, axis=0)
        self._sums[r:r + m, :, :k] = upos.reshape(m, -1, k)
        self._sums[r:r + m, :, k:] = morph.reshape(m, -1, morph.shape[1])
        self._tw[r:r + m] = -1

    @staticmethod
    def _token_positions(words: Sequence[str], at: IntArray | None) -> IntArray:
        """``at``, or when it is None the positions of the tokens of one padded sentence ``words``."""
        return np.arange(2, len(words) - 2, dtype=np.int64) if at is None else at

    def _static_scores(self, words: Sequence[str], rows: IntArray, at: IntArray | None = None) -> Scores:
        """Static feature scores (the features of :func:`static_features`) of the tokens at positions
        ``at`` of ``words``: UPOS columns, then morphology columns.

        ``words`` is one padded sentence (``at`` None: all its tokens) or several laid one after the
        other (:meth:`tag_batch`); each token's scores are the same sums either way.
        """
        at = self._token_positions(words, at)
        sums = self._sums
        scores: Scores = (sums[rows[at], 0] + sums[rows[at - 1], 1] + sums[rows[at + 1], 2]
                          + sums[rows[at - 2], 3] + sums[rows[at + 2], 4])
        # pair p is (words[p], words[p + 1]); those spanning two sentences (</s>, <s>) are never used
        pairs = self._pairs
        keys = list(itertools.pairwise(words))
        ids = [pairs.get(key) for key in keys]
        if None in ids:
            get, unk = self.index.get, self._unknown
            for p, cached in enumerate(ids):
                if cached is None:
                    a, b = keys[p]
                    got = (get(PAIR_NAMES[0] + a + "|" + b, unk), get(PAIR_NAMES[1] + a + "|" + b, unk),
                           get(PAIR_NAMES[2] + a + "|" + b, unk))
                    ids[p] = got
                    if len(pairs) < _CACHE_LIMIT:
                        pairs[keys[p]] = got
        pair_ids = np.array(ids, dtype=np.int64)[at[:, None] + _PAIR_OFF, _PAIR_COLS]
        k = self._wu.shape[1]
        scores[:, :k] += self._wu[pair_ids].sum(axis=1)
        scores[:, k:] += self._wm[pair_ids].sum(axis=1)
        return scores

    def _morph_scores(self, words: Sequence[str], rows: IntArray, tag_ids: Sequence[int] | IntArray,
                      at: IntArray | None = None, firsts: IntArray | None = None) -> Scores:
        """Scores of the UPOS-aware morphology features (:func:`morph_features`) of the tokens at
        positions ``at`` of ``words`` (as in :meth:`_static_scores`; ``firsts``: the position of each
        sentence's first token) given their tags ``tag_ids``."""
        at = self._token_positions(words, at)
        k = len(self.upos_labels)
        # tag ids at every position: </s> on the padding, <s> on the two positions before a sentence
        g = np.full(len(words), k + 1, dtype=np.int64)
        g[at] = tag_ids
        if firsts is None:
            firsts = at[:1]
        g[firsts - 1] = k
        g[firsts - 2] = k
        gl: list[int] = g.tolist()
        ctx = self._ctx
        if len(ctx) > _CACHE_LIMIT:
            ctx.clear()
        # each token's UPOS context as one integer (a cheaper dictionary key than a tuple)
        code = g[at - 2]
        for d in (-1, 0, 1, 2):
            code = code * (k + 3) + g[at + d]
        keys: list[int] = code.tolist()
        crow = [ctx.get(key, -1) for key in keys]
        if -1 in crow:
            self._add_contexts(list(dict.fromkeys(key for key, c in zip(keys, crow, strict=True) if c < 0)))
            crow = [ctx[key] for key in keys]
        scores = self._ctx_sums[np.array(crow, dtype=np.int64)]
        temps = TAG_WORD_TEMPLATES
        wr = rows[at[:, None] + _TEMPLATE_WORD_OFF]  # (token, template) -> the template's word row and tag
        tr = g[at[:, None] + _TEMPLATE_TAG_OFF]
        ids = self._tw[wr, _TEMPLATE_COLS, tr]
        missing = ids < 0
        if missing.any():  # first sight of a (word, template, tag): look its feature up once
            get, unk, names = self.index.get, self._unknown, self._tag_names
            mi, mt = np.nonzero(missing)
            wm, tm = wr[mi, mt], tr[mi, mt]
            # a word with a tag often recurs in a document: one lookup per distinct triple
            _, once, inverse = np.unique((wm * len(temps) + mt) * (k + 3) + tm, return_index=True,
                                         return_inverse=True)
            found = np.array(
                [get(tag_word_feature(t, names[gl[j + temps[t][2]]], words[j + temps[t][1]]), unk)
                 for j, t in zip(at[mi[once]].tolist(), mt[once].tolist(), strict=True)], dtype=np.int32)
            ids[mi, mt] = found[inverse.reshape(-1)]
            self._tw[wm[once], mt[once], tm[once]] = found
        scores += self._wm[ids].sum(axis=1)
        return scores

    def _add_contexts(self, new: Sequence[int]) -> None:
        """Summed morphology rows of UPOS contexts (coded as in :attr:`_ctx`) not seen before."""
        c, m = len(self._ctx), len(new)
        if c + m > self._ctx_sums.shape[0]:
            grown = np.zeros((max(256, 2 * (c + m)), self._wm.shape[1]), dtype=np.float32)
            grown[:c] = self._ctx_sums[:c]
            self._ctx_sums = grown
        get, unk, names = self.index.get, self._unknown, self._tag_names
        base = len(self.upos_labels) + 3
        digits = (base**4, base**3, base**2, base, 1)  # offsets -2 .. +2
        ids = [[get(f, unk) for f in tag_context_features(*(names[key // d % base] for d in digits))]
               for key in new]
        self._ctx_sums[c:c + m] = self._wm[np.array(ids, dtype=np.int64)].sum(axis=1)
        for key in new:
            self._ctx[key] = len(self._ctx)

    # -- inference ------------------------------------------------------------------------------------------
    def analyze(self, forms: Sequence[str]) -> Analysis:
        """Tags, features and lemmas of one sentence (its tokens as written)."""
        upos, xpos, feats = self.tag(forms)
        return Analysis(tuple(upos), tuple(xpos), tuple(feats), tuple(self.lemmatize(forms, upos)))

    def upos_tags(self, forms: Sequence[str]) -> list[str]:
        """UPOS only (for timing the UPOS decoder on its own)."""
        if not forms:
            return []
        words = _pad([self._norm(f) for f in forms], _BOS, _EOS)
        with self._lock:
            base = self._static_scores(words, self._rows_of(words))[:, :len(self.upos_labels)]
        return [self.upos_labels[y] for y in self._decode(base)]

    def tag(self, forms: Sequence[str], upos: Sequence[str] | None = None,
            ) -> tuple[list[str], list[str], list[str]]:
        """UPOS, XPOS and FEATS (``""`` for none) of one sentence's tokens (as written); with ``upos``
        given (e.g. from another UPOS tagger), only XPOS and FEATS are predicted."""
        return self.tag_batch([forms], None if upos is None else [upos])[0]

    def tag_batch(self, sentences: Sequence[Sequence[str]], upos: Sequence[Sequence[str]] | None = None,
                  ) -> list[tuple[list[str], list[str], list[str]]]:
        """:meth:`tag` of each sentence (a document's), in one pass over all their tokens.

        Sentences average under 30 tokens, so tagging them one call each spends most of its time on
        per-call and per-token numpy overhead: here the sentences are padded and laid one after the
        other, every stage is one array operation over all their tokens (greedy decoding too, see
        :meth:`_greedy_batch`), and the per-word, per-pair and per-context tables are consulted once per
        distinct key. A token's scores are the same sums in the same order as in a sentence of its own,
        so the outputs are exactly :meth:`tag`'s.
        """
        if upos is not None:
            if len(upos) != len(sentences):
                raise ModelError(f"UPOS tags given for {len(upos)} sentences, not {len(sentences)}")
            for forms, given in zip(sentences, upos, strict=True):
                if len(given) != len(forms):
                    raise ModelError(f"{len(given)} UPOS tags given for {len(forms)} tokens")
        out: list[tuple[list[str], list[str], list[str]]] = [([], [], []) for _ in sentences]
        live = [s for s, forms in enumerate(sentences) if forms]
        if not live:
            return out
        norm = self._norm
        words: list[str] = []
        firsts: list[int] = []  # position of each sentence's first token in words
        lengths: list[int] = []
        for s in live:
            words += (_BOS, _BOS)
            firsts.append(len(words))
            words.extend([norm(f) for f in sentences[s]])
            words += (_EOS, _EOS)
            lengths.append(len(sentences[s]))
        lens = np.array(lengths, dtype=np.int64)
        starts = np.cumsum(lens) - lens  # each sentence's first token among all tokens
        at = np.arange(int(lens.sum()), dtype=np.int64) + np.repeat(np.array(firsts, dtype=np.int64) - starts,
                                                                    lens)
        labels_u = self.upos_labels
        k = len(labels_u)
        with self._lock:
            rows = self._rows_of(words)
            static = self._static_scores(words, rows, at)
            if upos is None:
                tag_ids = self._decode_batch(static[:, :k], lengths)
                tags = [labels_u[y] for y in tag_ids.tolist()]
            else:
                ids_of = {u: i for i, u in enumerate(labels_u)}
                tags = [u for s in live for u in upos[s]]
                # a tag the model does not know has no features (its id names <none>), label 0's mask
                tag_ids = np.array([ids_of.get(u, k + 2) for u in tags], dtype=np.int64)
            scores = static[:, k:] + self._morph_scores(words, rows, tag_ids, at,
                                                        np.array(firsts, dtype=np.int64))
        scores += self._mask_rows[np.where(tag_ids < k, tag_ids, 0)]
        # every head's best value at once: scores gathered into (token, head, value) with padding
        best = scores[:, self._head_cols].reshape(len(at), len(self.heads), -1)
        best += self._head_pad
        # XPOS and FEATS strings cached by the heads' values, as one integer where they fit
        values = best.argmax(axis=2)
        keys: list[int] | list[tuple[int, ...]] = (
            (values @ self._head_code).tolist() if self._head_code is not None
            else [tuple(row) for row in values.tolist()])
        cache = self._out_cache
        got = [cache.get(key) for key in keys]
        if None in got:
            value_rows: list[list[int]] = values.tolist()
            for i, cached in enumerate(got):
                if cached is None:
                    got[i] = out_i = self._outputs(tuple(value_rows[i]))
                    if len(cache) < _CACHE_LIMIT:
                        cache[keys[i]] = out_i
        outputs = cast("list[tuple[str, str]]", got)
        xpos = [o[0] for o in outputs]
        feats = [o[1] for o in outputs]
        for s, a, n in zip(live, starts.tolist(), lengths, strict=True):
            out[s] = (tags[a:a + n], xpos[a:a + n], feats[a:a + n])
        return out

    def _outputs(self, best: tuple[int, ...]) -> tuple[str, str]:
        """XPOS and the FEATS string of one token from each head's best value. Heads are in UD
        order (categories sorted case-insensitively), so joining in head order is the UD order."""
        xpos = ""
        parts: list[str] = []
        for head, values, b in zip(self.heads, self._head_values, best, strict=True):
            if head.name == XPOS_HEAD:
                xpos = values[b]
            elif values[b] != ABSENT:
                parts.append(head.name + "=" + values[b])
        return xpos, "|".join(parts)

    def _decode(self, base: Scores) -> list[int]:
        if self.decoder == "crf":
            return self._viterbi1(base)
        return self._viterbi(base) if self.decoder == "viterbi" else self._greedy(base)

    def _decode_batch(self, base: Scores, lengths: Sequence[int]) -> IntArray:
        """Tag ids of several sentences whose token scores are stacked in ``base`` (``lengths`` tokens
        each, in order). Greedy decodes several sentences all together (:meth:`_greedy_batch`), a lone
        one left to right (:meth:`_greedy`, which has less set-up: same tags); the Viterbi decoders
        (evaluation only, not shipped) one sentence at a time."""
        if self.decoder == "greedy" and len(lengths) > 1:
            return self._greedy_batch(base, lengths)
        out: list[int] = []
        a = 0
        for n in lengths:
            if n:
                out.extend(self._decode(base[a:a + n]))
            a += n
        return np.array(out, dtype=np.int64)

    def _viterbi1(self, base: Scores) -> list[int]:
        """First-order Viterbi: state scores ``base[i]`` plus transitions ``upos_trans[prev, tag]``."""
        trans = self.upos_trans
        assert trans is not None
        n = base.shape[0]
        delta = base[0]
        back = np.zeros((n, base.shape[1]), dtype=np.int64)
        for i in range(1, n):
            cand = delta[:, None] + trans  # [prev, tag]
            arg = cand.argmax(axis=0)
            back[i] = arg
            delta = cand[arg, self._label_range] + base[i]
        y = int(delta.argmax())
        out = [y]
        for i in range(n - 1, 0, -1):
            y = int(back[i, y])
            out.append(y)
        out.reverse()
        return out

    def _greedy(self, base: Scores) -> list[int]:
        """Left to right, each token's best tag given the two tags chosen before it."""
        k1 = len(self.upos_labels) + 1
        t1, t2 = self._t1, self._t2
        p2 = p1 = 0
        tag_ids: list[int] = []
        for i in range(base.shape[0]):
            y = int((base[i] + t1[p1] + t2[p2 * k1 + p1]).argmax())
            tag_ids.append(y)
            p2, p1 = p1, y + 1
        return tag_ids

    def _greedy_batch(self, base: Scores, lengths: Sequence[int]) -> IntArray:
        """:meth:`_greedy` of several sentences (as in :meth:`_decode_batch`), all tokens at a time.

        A greedy tagging is a fixed point: each token's tag is its best given the tags of the two
        tokens before it. Every token is first decoded as if it began its sentence; then, round after
        round, the tokens whose previous two tags changed are decoded again from the current ones, all
        of them in one array operation, until no tag changes (2-3 rounds for a news article, instead of
        one Python step per token). After round r the first r tokens of each sentence hold their final
        tags, so this ends, at worst after as many rounds as the longest sentence has tokens. A token's
        final scores are the same additions in the same order as left to right (its own, the previous
        tag's, the two previous tags'), so the tags are exactly :meth:`_greedy`'s one sentence at a time.
        """
        lens = np.asarray(lengths, dtype=np.int64)
        n = int(lens.sum())
        k1 = len(self.upos_labels) + 1
        t1, t2 = self._t1, self._t2
        token = np.arange(n, dtype=np.int64)
        place = token - np.repeat(np.cumsum(lens) - lens, lens)  # each token's place in its sentence
        last = np.repeat(np.cumsum(lens) - 1, lens)  # the last token of each token's sentence
        prev1 = np.where(place >= 1, token - 1, n)  # n: before the sentence (tag -1, history 0)
        prev2 = np.where(place >= 2, token - 2, n)
        tags = np.full(n + 1, -1, dtype=np.int64)
        todo = token
        while todo.size:
            p1 = tags[prev1[todo]] + 1
            h = (tags[prev2[todo]] + 1) * k1 + p1
            new = (base[todo] + t1[p1] + t2[h]).argmax(axis=1)
            changed = todo[new != tags[todo]]
            tags[todo] = new
            ends = last[changed]
            redo = np.zeros(n + 2, dtype=np.bool_)
            redo[changed[changed + 1 <= ends] + 1] = True
            redo[changed[changed + 2 <= ends] + 2] = True
            todo = np.flatnonzero(redo)
        return tags[:n]

    def _viterbi(self, base: Scores) -> list[int]:
        """The best tag sequence under the same scores (second-order Viterbi over tag pairs)."""
        k = len(self.upos_labels)
        h = k + 1  # history states: 0 = sentence start, y + 1 = tag y
        t2 = self._t2.reshape(h, h, k)
        delta = np.full((h, h), -np.inf)  # delta[p2, p1]
        delta[0, 0] = 0.0
        back: list[IntArray] = []
        for i in range(base.shape[0]):
            cand = delta[:, :, None] + t2 + (self._t1 + base[i])[None, :, :]  # [p2, p1, y]
            arg = cand.argmax(axis=0)  # best p2 for (p1, y)
            new = np.full((h, h), -np.inf)
            new[:, 1:] = np.take_along_axis(cand, arg[None], axis=0)[0]
            back.append(arg)
            delta = new
        p1, y1 = np.unravel_index(int(delta.argmax()), delta.shape)
        out = [int(y1) - 1]
        cur_p1, cur_y = int(p1), int(y1)
        for i in range(base.shape[0] - 1, 0, -1):
            p2 = int(back[i][cur_p1, cur_y - 1])
            out.append(cur_p1 - 1)
            cur_p1, cur_y = p2, cur_p1
        out.reverse()
        return out

    def lemmatize(self, forms: Sequence[str], upos: Sequence[str], *, normalized: bool = False) -> list[str]:
        """Lemmas of one sentence's tokens (as written) with their UPOS.

        Lemmas are spelled as the treebank spells them (دیا -> دےنا) unless ``normalized``: then they
        go through khabar's normalizer, like the text of a normalized document (دیا -> دینا)."""
        norm = self._norm
        out = self.lemma_rules.lemmas(forms, [norm(f) for f in forms], upos)
        return [norm(lem) for lem in out] if normalized else out

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
            "upos_trans": (self.upos_trans if self.upos_trans is not None
                           else np.zeros((0, len(self.upos_labels)))).astype(dtype),
            "decoder": encode_strings([self.decoder]),
            "morph_labels": encode_strings(self.morph_labels),
            "morph_weights": self.morph_weights.astype(dtype),
            "mask_upos": encode_strings(mask_upos),
            "masks": np.stack([self.masks[u] < 0 for u in mask_upos]).astype(np.uint8)
            if mask_upos else np.zeros((0, len(self.morph_labels)), dtype=np.uint8),
            **_table_arrays("lemma_cx", rules.by_context),
            **_table_arrays("lemma_fu", rules.by_form_upos),
            **_table_arrays("lemma_f", rules.by_form),
            **_table_arrays("lemma_s", rules.by_suffix),
            **_table_arrays("classes", self.classes),
            **_table_arrays("clusters", self.clusters),
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
            trans = np.asarray(arrays["upos_trans"])
            rules = LemmaRules(_table("lemma_cx", arrays), _table("lemma_fu", arrays),
                               _table("lemma_f", arrays), _table("lemma_s", arrays))
            return cls(index=index, upos_labels=decode_strings(arrays["upos_labels"]),
                       upos_weights=np.asarray(arrays["upos_weights"], dtype=np.float64),
                       morph_labels=morph_labels,
                       morph_weights=np.asarray(arrays["morph_weights"], dtype=np.float64),
                       masks=masks, lemma_rules=rules, classes=_table("classes", arrays),
                       clusters=_table("clusters", arrays),
                       upos_trans=np.asarray(trans, dtype=np.float64) if trans.size else None,
                       decoder=decode_strings(arrays["decoder"])[0], meta=meta)
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
UPOS_LEARNERS = ("perceptron", "crf")

@dataclass(frozen=True, slots=True)
class TrainOptions:
    """Hyper-parameters of :func:`train_tagger`."""

    epochs: int = 10
    morph_epochs: int = 10
    prune: float = 0.0
    min_suffix_count: int = 2
    #: "perceptron" (averaged perceptron, greedy) or "crf" (linear-chain CRF, Viterbi)
    upos_learner: str = "perceptron"
    crf_c1: float = 0.05
    crf_c2: float = 0.01
    crf_iterations: int = 150
    #: whether the morphology heads use the word-cluster features too (UPOS always does)
    morph_clusters: bool = True

    def __post_init__(self) -> None:
        if self.upos_learner not in UPOS_LEARNERS:
            raise ModelError(f"unknown UPOS learner {self.upos_learner!r}; choose one of {UPOS_LEARNERS}")


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


def _train_perceptron(sentences: Sequence[TagSentence], padded: Sequence[Sequence[str]], lex: Lexicons,
                      upos_labels: Sequence[str], *, options: TrainOptions, seed: int,
                      log: Callable[[str], None] | None) -> AveragedPerceptron:
    """Greedy left-to-right UPOS perceptron with two tags of history."""
    upos_ids = {u: k for k, u in enumerate(upos_labels)}
    upos_model = AveragedPerceptron(upos_labels)
    # static features per token, computed once
    static: list[list[IntArray]] = []
    for words in padded:
        static.append([upos_model.feature_ids(static_features(words, i, lex),
                                              add=True) for i in range(len(words) - 4)])
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
            else:
                truth = upos_ids[gold]
                upos_model.update(truth, guess, ids)
                errors[0] += guess != truth
                errors[1] += 1
            p2, p1 = p1, upos_labels[guess]

    def on_epoch(epoch: int) -> None:
        if log is not None:
            log(f"upos epoch {epoch + 1}: {errors[0]} errors in {errors[1]} tokens "
                f"({100 * errors[0] / max(errors[1], 1):.2f}%)")
        errors[0] = errors[1] = 0

    upos_model.fit(len(sentences), step, epochs=options.epochs, seed=seed, on_epoch=on_epoch)
    return upos_model


def _train_crf(sentences: Sequence[TagSentence], padded: Sequence[Sequence[str]], lex: Lexicons,
               upos_labels: Sequence[str], *, options: TrainOptions,
               log: Callable[[str], None] | None) -> tuple[AveragedPerceptron, FloatArray]:
    """First-order linear-chain CRF over the same static features, trained by python-crfsuite
    (L-BFGS, elastic net; deterministic: no sampling, the sentences in their given order). Its
    weights are read back into our own arrays (state weights per feature and label, a label-to-label
    transition matrix): at run time khabar decodes them with its own Viterbi, crfsuite is not
    needed. Sentences with an unknown UPOS are left out."""
    import tempfile

    try:
        import pycrfsuite  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError as exc:
        raise ModelError("training the CRF UPOS learner needs python-crfsuite: "
                         "pip install 'khabar[bench]' (or set upos_learner to 'perceptron')") from exc
    trainer = pycrfsuite.Trainer(verbose=False)
    for s, words in zip(sentences, padded, strict=True):
        if any(u is None for u in s.upos):
            continue
        items = [static_features(words, i, lex) for i in range(len(s.forms))]
        trainer.append(items, list(s.upos))
    trainer.set_params({"c1": options.crf_c1, "c2": options.crf_c2,
                        "max_iterations": options.crf_iterations, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "upos.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    if log is not None:
        log(f"upos CRF: {len(info.state_features)} state weights, {options.crf_iterations} iterations")
    col = {u: k for k, u in enumerate(upos_labels)}
    rows: dict[str, int] = {}
    for attr, _label in info.state_features:
        rows.setdefault(attr, 0)
    features = sorted(rows)
    row_of = {f: r for r, f in enumerate(features)}
    weights = np.zeros((len(features), len(upos_labels)))
    for (attr, label), w in info.state_features.items():
        weights[row_of[attr], col[label]] = w
    trans = np.zeros((len(upos_labels), len(upos_labels)))
    for (a, b), w in info.transitions.items():
        trans[col[a], col[b]] = w
    return AveragedPerceptron.from_arrays(upos_labels, features, weights), trans


def train_tagger(sentences: Sequence[TagSentence], *, classes: Mapping[str, str], options: TrainOptions,
                 seed: int, log: Callable[[str], None] | None = None,
                 clusters: Mapping[str, str] | None = None,
                 normalize: Callable[[str], str] | None = None) -> Tagger:
    """Train UPOS, morphology heads and lemma rules on ``sentences`` (deterministic for a seed), their
    words read with ``normalize`` (the trainer's :class:`WordNormalizer`; the defaults' when None)."""
    from khabar.urdu.lexicon import zipf

    if not sentences:
        raise ModelError("no training sentences")
    lex = Lexicons(classes, zipf, dict(clusters or {}))
    # the morphology heads see the clusters only when asked: their weights for cluster features stay 0
    morph_lex = lex if options.morph_clusters else Lexicons(classes, zipf)
    norm = normalize or WordNormalizer()
    upos_labels = sorted({u for s in sentences for u in s.upos if u is not None})
    if len(upos_labels) < 2:
        raise ModelError(f"training data has fewer than two UPOS tags: {upos_labels}")
    padded = [_pad([norm(f) for f in s.forms], _BOS, _EOS) for s in sentences]
    upos_trans: FloatArray | None = None
    if options.upos_learner == "crf":
        upos_model, upos_trans = _train_crf(sentences, padded, lex, upos_labels, options=options, log=log)
    else:
        upos_model = _train_perceptron(sentences, padded, lex, upos_labels, options=options, seed=seed,
                                       log=log)
    errors = [0, 0]

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
            static_features(words, i, morph_lex) + morph_features(words, tags, i),
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

    rules = LemmaRules.learn(sentences, norm, min_suffix_count=options.min_suffix_count)
    return _merge(upos_model, morph_model, mask_vectors, rules, classes, prune=options.prune,
                  upos_trans=upos_trans, clusters=lex.clusters)


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
           prune: float, upos_trans: FloatArray | None = None,
           clusters: Mapping[str, str] | None = None) -> Tagger:
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
                  masks=masks, lemma_rules=rules, classes=classes, clusters=clusters,
                  upos_trans=None if upos_trans is None else upos_trans.astype(np.float32).astype(np.float64))


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

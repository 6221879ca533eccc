"""Named-entity recognition: a first-order BIO sequence labeller (structured averaged perceptron,
Viterbi decoding with BIO constraints).

Each sentence gets the best-scoring sequence of ``O``/``B-X``/``I-X`` labels (the eight labels of
:data:`ENTITY_LABELS`) under *emission* scores (sparse features of each token) plus *transition*
scores (label after label), found exactly by Viterbi. Training is Collins' (2002) structured
perceptron with averaging: decode a training sentence with the current weights, and where the best
sequence differs from the gold one, add the gold sequence's features and subtract the predicted's.

Emission features of token ``i`` (all strings, see :func:`word_rows`, :func:`pair_rows`):

* the word (normalized form, digits as ``0``, Latin lower-cased), its prefixes (1-3) and suffixes
  (1-4), its shape (Urdu letters, digits, Latin, punctuation), length, the last part of a ``_``-joined
  multi-word token, and how frequent it is in Urdu (``wordfreq`` zipf band: names are rare words);
* the words one and two places away, the suffixes and frequency bands of the next and previous word
  (a name is usually followed by a postposition: نے، کے، سے), and the four word bigrams around it;
* distributional word clusters (:mod:`khabar.ml.clusters`, learned from unlabelled news text and
  compiled into the model): the coarse and fine cluster of the word and of the words one place
  away, the coarse cluster of the words two places away (``?``: a word too rare to be clustered);
* gazetteers compiled into the model: the knowledge base's names by type (office titles and
  honorifics included) and the *entity memory* (names tagged in the training data), as ``B``/``I``
  position of the longest match covering the token, and the matches of the neighbours;
* the *name-part memory* (:func:`token_memory`, compiled into the model): for a word seen inside
  training entities, each label it was part of with how often (``h``: at least half its
  occurrences, ``m``: a tenth, ``l``: less), for the token and its two neighbours. A name never
  seen whole shares its parts with names that were (``علی``, ``سنگھ``, ``یونیورسٹی``).

Every feature except the gazetteer's depends on one word (at an offset) or one pair of adjacent
words, so at run time the model keeps each word's and each word pair's summed weight vectors in
bounded caches (and those of each combination of gazetteer matches around a token): the emission
scores of a sentence are a few dictionary look-ups and numpy gathers, and all the sentences of a
document are decoded together (:meth:`NerModel.predict_batch`). A cached vector is summed from the
same weights in the same order whenever it is (re)computed, so a sentence's scores are bit for bit
the same whatever the caches hold (whichever documents came before).

Constraints in decoding: ``I-X`` only after ``B-X``/``I-X``; a token without a letter or digit
(punctuation, brackets) never *starts* an entity, so every entity holds a letter or digit (it may
run through punctuation: ``اکتوبر ، 2001``). The model ships in ``khabar/models/ner/`` (one ``.npz``
per source + ``meta.json`` with file hashes, checked on load).
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from khabar.errors import ModelError
from khabar.ml.modelfiles import read_model_folder
from khabar.ml.perceptron import (
    AveragedPerceptron,
    FloatArray,
    IntArray,
    decode_strings,
    encode_strings,
    load_npz,
)
from khabar.urdu import chars as C

ENTITY_LABELS: tuple[str, ...] = (
    "PERSON", "LOCATION", "ORGANIZATION", "DATE", "TIME", "NUMBER", "TITLE", "ARTEFACT",
)
#: BIO labels in the weight matrix's column order.
BIO_LABELS: tuple[str, ...] = ("O", *(f"{p}-{lab}" for lab in ENTITY_LABELS for p in ("B", "I")))

FEATURE_VERSION = 3
MODEL_FILE = "model.npz"
META_FILE = "meta.json"

_DIGITS = set(C.ASCII_DIGITS + C.ARABIC_INDIC_DIGITS + C.URDU_DIGITS)
_MAX_GAZ = 6  # longest gazetteer entry, in tokens
_K = len(BIO_LABELS)
_NEG = -1e9  # a forbidden label or transition (finite: no inf - inf)
_START = "<s>"
_END = "</s>"
#: transition features: ``t=<previous label>`` (``t=<s>`` at the sentence start)
TRANSITION_FEATURES: tuple[str, ...] = tuple("t=" + p for p in (*BIO_LABELS, _START))
#: offsets of the word rows in :func:`word_rows` (the last row, ``nogaz``, has no offset)
OFFSETS: tuple[int, ...] = (-2, -1, 0, 1, 2)
#: Run-time cache caps (memory stays bounded; the caches are exact, so a reset changes no output):
#: at most ``_CACHE_LIMIT`` words (their table: 6 x 17 float64 = 816 bytes a word, 163 MB at the cap,
#: as its rows are allocated on first sight, doubling up to the cap), ``_PAIR_LIMIT`` adjacent word
#: pairs (an int key each, about 100 bytes: 50 MB; only the pairs that have a feature in the model
#: get a table row, 544 bytes) and ``_GAZ_LIMIT`` gazetteer contexts (a handful of match types: a few
#: hundred in practice). A cache at its cap is emptied and refilled on demand.
_CACHE_LIMIT = 200_000
_PAIR_LIMIT = 500_000
_GAZ_LIMIT = 10_000


# --- BIO helpers --------------------------------------------------------------------------------------------
def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity token ranges ``(start, end, LABEL)`` of BIO ``tags``; an ``I-X`` that does not continue an
    ``X`` starts a new entity (conlleval's reading)."""
    out: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    last = -1
    for i in [i for i, tag in enumerate(tags) if tag != "O"]:
        tag = tags[i]
        if tag.startswith("I-") and start >= 0 and last == i - 1 and tag[2:] == label:
            last = i
            continue
        if start >= 0:
            out.append((start, last + 1, label))
            start = -1
        if tag.startswith(("B-", "I-")):
            start, label, last = i, tag[2:], i
    if start >= 0:
        out.append((start, last + 1, label))
    return out


def tags_from_spans(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags of ``n`` tokens with the given (non-overlapping) entity ranges."""
    tags = ["O"] * n
    for s, e, lab in spans:
        if not 0 <= s < e <= n:
            raise ModelError(f"entity range [{s}, {e}) is outside 0..{n}")
        tags[s] = "B-" + lab
        for i in range(s + 1, e):
            tags[i] = "I-" + lab
    return tags


def can_start_entity(form: str) -> bool:
    """Whether a token may begin an entity: it holds a letter or a digit."""
    return any(map(str.isalnum, form))


def constrain_tags(forms: Sequence[str], tags: Sequence[str]) -> list[str]:
    """Gold ``tags`` made to obey the decoder's constraints: an entity that starts on punctuation
    starts at its first letter or digit instead (``( ن ) لیگ`` → ``ن ) لیگ``); one without any
    letter or digit is dropped."""
    spans: list[tuple[int, int, str]] = []
    for s, e, lab in spans_from_tags(tags):
        a = s
        while a < e and not can_start_entity(forms[a]):
            a += 1
        if a < e:
            spans.append((a, e, lab))
    return tags_from_spans(len(tags), spans)


# --- gazetteers ---------------------------------------------------------------------------------------------
class Gazetteer:
    """Multi-token names (tuples of normalized token forms) -> the types they are known as."""

    __slots__ = ("first", "max_len", "table")

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], str]]) -> None:
        table: dict[tuple[str, ...], set[str]] = {}
        for tokens, typ in entries:
            if tokens and len(tokens) <= _MAX_GAZ:
                table.setdefault(tuple(tokens), set()).add(typ)
        self.table: dict[tuple[str, ...], tuple[str, ...]] = {
            k: tuple(sorted(v)) for k, v in table.items()}
        self.max_len = max((len(k) for k in self.table), default=0)
        #: first token -> the longest entry starting with it (one look-up per token when matching)
        self.first: dict[str, int] = {}
        for k in self.table:
            if len(k) > self.first.get(k[0], 0):
                self.first[k[0]] = len(k)

    def __len__(self) -> int:
        return len(self.table)

    def matches(self, forms: Sequence[str]) -> list[list[str]]:
        """For each token: ``B:TYPE`` / ``I:TYPE`` features of the longest entries covering it
        (left to right; an entry starts where no earlier one covers)."""
        out: list[list[str]] = [[] for _ in forms]
        for i, feats in self.sparse_matches(forms).items():
            out[i] = feats
        return out

    def sparse_matches(self, forms: Sequence[str], candidates: Iterable[int] | None = None,
                       ) -> dict[int, list[str]]:
        """:meth:`matches` of the covered tokens only. ``candidates``: the places (ascending)
        where an entry may start, if known (a superset of those whose form begins one)."""
        return match_features(self.occurrences(forms, candidates))

    def occurrences(self, forms: Sequence[str], candidates: Iterable[int] | None = None,
                    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """The entries found in ``forms``: ``(start, length, types)``, longest first at each place,
        left to right, none overlapping (an entry starts where no earlier one covers)."""
        n = len(forms)
        out: list[tuple[int, int, tuple[str, ...]]] = []
        first, table = self.first, self.table
        covered = 0
        if candidates is None:
            candidates = [i for i, f in enumerate(forms) if f in first]
        for i in candidates:
            if forms[i] not in first:
                continue
            if i < covered:
                continue
            for length in range(min(first[forms[i]], n - i), 0, -1):
                types = table.get(tuple(forms[i:i + length]))
                if types:
                    out.append((i, length, types))
                    covered = i + length
                    break
        return out

    def to_strings(self) -> list[str]:
        return [t + "\t" + " ".join(k) for k, types in sorted(self.table.items()) for t in types]

    @classmethod
    def from_strings(cls, items: Iterable[str]) -> Gazetteer:
        entries = []
        for item in items:
            typ, _, name = item.partition("\t")
            entries.append((tuple(name.split(" ")), typ))
        return cls(entries)


def match_features(occurrences: Iterable[tuple[int, int, Sequence[str]]]) -> dict[int, list[str]]:
    """Per covered token: the ``B:TYPE`` / ``I:TYPE`` features of the entry occurrences
    (:meth:`Gazetteer.occurrences`) covering it."""
    out: dict[int, list[str]] = {}
    for i, length, types in occurrences:
        for t in types:
            out.setdefault(i, []).append("B:" + t)
            for j in range(i + 1, i + length):
                out.setdefault(j, []).append("I:" + t)
    return out


# --- features -----------------------------------------------------------------------------------------------
_TO_ZERO = str.maketrans(dict.fromkeys(_DIGITS, "0"))


def word_key(form: str) -> str:
    """The form as word features see it: digits folded to ``0``, Latin lower-cased."""
    return form.translate(_TO_ZERO).lower()


def shape(form: str) -> str:
    kinds: list[str] = []
    for ch in form:
        if ch in _DIGITS:
            k = "d"
        elif ch.isalpha():
            k = "l" if ch.isascii() else "u"
        elif ch == "_":
            k = "_"
        else:
            k = "p"
        if not kinds or kinds[-1] != k:
            kinds.append(k)
    return "".join(kinds[:4])


@lru_cache(maxsize=1)
def _zipf_table() -> dict[str, int]:
    from khabar.urdu import lexicon

    out: dict[str, int] = {}
    for w, f in lexicon.vocabulary().items():
        if f > 0:
            out[w] = max(1, int(math.log10(f) + 9.0))
    return out


def word_rows(form: str, zipf: Mapping[str, int],
              clusters: Mapping[str, str] | None = None,
              names: Mapping[str, Sequence[str]] | None = None) -> list[list[str]]:
    """The features one word gives token ``i`` when it stands at ``i + o``, one row per offset ``o``
    of :data:`OFFSETS` (rows 0-4: the word two and one places before the token, the token itself,
    one and two places after it), and row 5: the frequency band of a token no gazetteer entry
    covers. ``clusters`` (normalized form -> ``"coarse|fine"``; none: no cluster features) adds the
    word's clusters; ``names`` (:func:`token_memory`) adds its name-part memory."""
    pad = form in (_START, _END)
    if pad:
        w, z = form, -1
    else:
        w, z = word_key(form), zipf.get(form, 0)
    own = [
        "b", "w=" + w, "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3],
        "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:],
        "sh=" + shape(form), f"len={min(len(w), 10)}", f"z={z}",
    ]
    if "_" in w:
        own.append("last=" + w.rsplit("_", 1)[1])
    rows = [
        ["w-2=" + w],
        ["w-1=" + w, "s-1=" + w[-2:], f"z-1={z}"],
        own,
        ["w+1=" + w, "s+1=" + w[-2:], f"z+1={z}"],
        ["w+2=" + w],
        [f"gz={z}"],
    ]
    if clusters and not pad:
        coarse, _, fine = clusters.get(form, "?|?").partition("|")
        rows[0].append("c-2=" + coarse)
        rows[1].extend(("c-1=" + coarse, "cf-1=" + fine))
        own.extend(("c=" + coarse, "cf=" + fine))
        rows[3].extend(("c+1=" + coarse, "cf+1=" + fine))
        rows[4].append("c+2=" + coarse)
    if names and not pad:
        for x in names.get(form, ()):
            rows[1].append("<" + x)
            own.append(x)
            rows[3].append(">" + x)
    return rows


def pair_rows(a: str, b: str) -> list[str]:
    """Features the word-key pair ``(a, b)`` at tokens ``j, j+1`` gives tokens ``j-1 .. j+2``."""
    ab = a + "|" + b
    return ["w+1w+2=" + ab, "ww+1=" + ab, "w-1w=" + ab, "w-2w-1=" + ab]


def _pair_key(form: str) -> str:
    return form if form in (_START, _END) else word_key(form)


def gazetteer_rows(gaz: Sequence[Sequence[str]]) -> list[list[str]]:
    """Per token: its gazetteer features and its neighbours' (empty for most tokens)."""
    n = len(gaz)
    out: list[list[str]] = []
    for i in range(n):
        feats = ["g=" + x for x in gaz[i]]
        if i >= 1:
            feats.extend("g-1=" + x for x in gaz[i - 1])
        if i + 1 < n:
            feats.extend("g+1=" + x for x in gaz[i + 1])
        out.append(feats)
    return out


def token_features(forms: Sequence[str], gaz: Sequence[Sequence[str]], zipf: Mapping[str, int],
                   clusters: Mapping[str, str] | None = None,
                   names: Mapping[str, Sequence[str]] | None = None) -> list[list[str]]:
    """Every emission feature of every token (training; run time sums the same features from its
    caches)."""
    n = len(forms)
    padded = [_START, _START, *forms, _END, _END]
    rows = [word_rows(f, zipf, clusters, names) for f in padded]
    keys = [_pair_key(f) for f in padded]
    pairs = [pair_rows(keys[j], keys[j + 1]) for j in range(len(padded) - 1)]
    grows = gazetteer_rows(gaz)
    out: list[list[str]] = []
    for i in range(n):
        p = i + 2  # the token's place in ``padded``
        feats: list[str] = []
        for r, off in enumerate(OFFSETS):
            feats.extend(rows[p + off][r])
        if not gaz[i]:
            feats.extend(rows[p][5])
        # pair (j, j+1) gives row r to token j - 1 + r
        for r in range(4):
            feats.append(pairs[p + 1 - r][r])
        feats.extend(grows[i])
        out.append(feats)
    return out


def _transition_mask() -> FloatArray:
    """``mask[prev, y]`` (``prev`` = ``len(BIO_LABELS)`` is the sentence start): :data:`_NEG` where
    ``y`` may not follow ``prev`` (I-X after anything but X)."""
    mask = np.zeros((_K + 1, _K))
    for a, prev in enumerate((*BIO_LABELS, _START)):
        for b, lab in enumerate(BIO_LABELS):
            if lab.startswith("I-") and prev[2:] != lab[2:]:
                mask[a, b] = _NEG
    return mask


#: labels a token without a letter or digit may not take (every ``B-X``)
_NO_START = np.array([_NEG if lab.startswith("B-") else 0.0 for lab in BIO_LABELS])
_NO_PAIR = (None, None, None, None)


def _value_ids(index: Mapping[str, int], prefixes: Iterable[str], value: str) -> tuple[int, ...]:
    """The ids of the features ``prefix + value`` (-1: not in ``index``)."""
    return tuple(index.get(p + value, -1) for p in prefixes)


def _sum_flat(weights: FloatArray, flat: Sequence[int], lengths: Sequence[int]) -> FloatArray:
    """``weights[ids].sum(0)`` for each row of ids, the rows given as their ids one after another
    (``flat``, where -1 stands for no feature) and their ``lengths``: one gather and one
    ``np.add.reduceat`` of each row's weights in the row's order, so a row's sum is the same float
    whatever else is summed with it; an empty row is zero."""
    out = np.zeros((len(lengths), weights.shape[1]))
    if not flat:
        return out
    ids = np.array(flat, dtype=np.int64)
    n = np.array(lengths, dtype=np.int64)
    known = ids >= 0
    if not known.all():
        row = np.repeat(np.arange(len(n)), n)
        n = np.bincount(row[known], minlength=len(n))
        ids = ids[known]
    nonempty = n > 0
    if not len(ids):
        return out
    starts = np.zeros(int(nonempty.sum()), dtype=np.int64)
    np.cumsum(n[nonempty][:-1], out=starts[1:])
    out[nonempty] = np.add.reduceat(weights[ids], starts, axis=0)
    return out


def viterbi_batch(emissions: Sequence[FloatArray], trans: FloatArray, *, meet: bool = False,
                  ) -> list[list[int]]:
    """Best label ids of each sentence (``emissions[s]``: ``(n_s, K)``; ``trans``: ``(K + 1, K)``,
    last row the start). All sentences are decoded together, longest first: step ``t`` works on
    the sentences longer than ``t`` only.

    With ``meet``, each sentence is decoded from both ends at once and the halves meet in the
    middle: its first half forward from the start, its second half backward from its last token
    (the best score of each label with the best suffix after it), then the best pair of labels
    across the middle joins them. The path has the best score, as a forward pass's does, in about half
    the steps (a step costs numpy's call overhead, whatever the number of rows); only where two
    paths score exactly the same may it pick the other one. Training decodes forward only: there
    all weights start at zero, where every path ties."""
    fwd_step = np.ascontiguousarray(trans[:_K].T)  # [label, previous label]
    back_step = np.ascontiguousarray(trans[:_K])  # [label, next label]
    # pieces: (sentence, forward?, emissions in decoding order)
    pieces: list[tuple[int, bool, FloatArray]] = []
    for s, e in enumerate(emissions):
        half = (len(e) + 1) // 2 if meet else len(e)
        pieces.append((s, True, e[:half]))
        if half < len(e):
            pieces.append((s, False, e[half:][::-1]))
    order = sorted(range(len(pieces)), key=lambda k: -len(pieces[k][2]))
    lengths = [len(pieces[k][2]) for k in order]
    out: list[list[int]] = [[] for _ in emissions]
    if not lengths or lengths[0] == 0:
        return out
    width = lengths[0]
    rows = len(order)
    em = np.zeros((width, rows, _K))  # [step, piece, label]: step t's scores are contiguous
    forward = np.array([pieces[k][1] for k in order])
    for row, k in enumerate(order):
        em[:lengths[row], row] = pieces[k][2]
    # active[t]: how many pieces are longer than t (a prefix of the rows)
    active = np.searchsorted(-np.array(lengths), -np.arange(width + 1), side="left").tolist()
    # [piece, label, label before (forward) or after (backward)]
    step = (fwd_step[None, :, :] if forward.all()
            else np.where(forward[:, None, None], fwd_step[None], back_step[None]))
    flat = np.arange(0, rows * _K * _K, _K)  # where each (row, label)'s candidates start in cand
    back: list[IntArray] = [np.zeros((0, _K), dtype=np.intp)]  # back[t][row, y]: best label at t - 1
    delta = em[0] + np.where(forward[:, None], trans[_K][None, :], 0.0)
    final = delta.copy()
    for t in range(1, width):
        m = active[t]
        cand = delta[:m, None, :] + step[:m]
        best = cand.argmax(axis=2)
        back.append(best)
        # the best candidate's score picked by its index: the maximum without a second pass (it can
        # differ from cand.max only in the sign of a zero, which no comparison sees)
        delta = cand.reshape(-1)[flat[:m * _K] + best.reshape(-1)].reshape(m, _K)
        delta += em[t, :m]
        done = active[t + 1]
        if done < m:
            final[done:m] = delta[done:]
    # each row's label at its last step: the best final score, or for the two halves of a sentence
    # the best label pair across the middle (prefix + transition + suffix)
    row_of = [0] * rows
    for row, k in enumerate(order):
        row_of[k] = row
    start = final.argmax(axis=1)
    for k in range(len(pieces) - 1):
        if pieces[k + 1][0] == pieces[k][0] and len(pieces[k][2]):
            row, brow = row_of[k], row_of[k + 1]
            pair = final[row][:, None] + back_step + final[brow][None, :]
            start[row], start[brow] = divmod(int(pair.argmax()), _K)
    # backtrace of every row at once: labels[t, row], the row's label at step t
    labels = np.zeros((width, rows), dtype=np.intp)
    index = np.arange(rows)
    for t in range(width - 1, -1, -1):
        m, ends = active[t], active[t + 1]
        labels[t, ends:m] = start[ends:m]  # the rows whose last step is t
        if t:
            labels[t - 1, :m] = back[t][index[:m], labels[t, :m]]
    by_row = labels.T.tolist()
    for k, (s, is_forward, e) in enumerate(pieces):
        steps = by_row[row_of[k]][:len(e)]
        out[s].extend(steps if is_forward else steps[::-1])  # a backward half runs from the end
    return out


# --- the recognizer -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Prediction:
    """BIO tags of one sentence and, per token, the margin of its label's emission score over the
    best other label (a confidence)."""

    tags: tuple[str, ...]
    scores: tuple[float, ...]


class NerModel:
    """Viterbi BIO labeller (see the module docstring)."""

    def __init__(self, model: AveragedPerceptron, gazetteer: Gazetteer, *,
                 memory: Gazetteer | None = None, clusters: Mapping[str, str] | None = None,
                 names: Mapping[str, Sequence[str]] | None = None,
                 meta: Mapping[str, Any] | None = None) -> None:
        if model.labels != BIO_LABELS:
            raise ModelError(f"a NER model needs labels {BIO_LABELS}, the model has {model.labels}")
        self.model = model
        self.gazetteer = gazetteer
        self.memory = memory if memory is not None else Gazetteer([])
        #: word clusters (normalized form -> "coarse|fine"); empty: the model has no cluster features
        self.clusters: dict[str, str] = dict(clusters or {})
        #: name-part memory (:func:`token_memory`); empty: the model has no such features
        self.names: dict[str, tuple[str, ...]] = {w: tuple(f) for w, f in (names or {}).items()}
        self.meta: dict[str, Any] = dict(meta or {})
        self._mask = _transition_mask()
        self._index: dict[str, int] = {f: i for i, f in enumerate(model.features)}
        self._firsts = self.gazetteer.first.keys() | self.memory.first.keys()
        #: the caches are shared by the threads that tag with this model (a web server's workers):
        #: one scores at a time
        self._lock = threading.RLock()
        self.clear_cache()

    # -- run-time caches -----------------------------------------------------------------------------------
    def clear_cache(self) -> None:
        """Forget the cached word, pair and gazetteer scores (they are rebuilt on demand)."""
        with self._lock:
            self._clear_cache()

    def _clear_cache(self) -> None:
        #: word -> row of ``_word_table`` (its six summed feature rows), its key and punctuation flag
        self._words: dict[str, int] = {}
        self._word_keys: list[str] = []
        self._word_table = np.zeros((1024, 6, _K))
        self._word_blocked = np.zeros(1024, dtype=bool)
        #: per kind of shared value (a word's last two letters, frequency band, coarse and fine
        #: cluster, name part): value -> the ids of the features it makes (-1: not in the model)
        self._value_ids: dict[str, dict[Any, tuple[int, ...]]] = {
            k: {} for k in ("s2", "z", "c", "cf", "n")}
        self._clear_pairs()
        self._clear_gaz()
        self._trans: FloatArray | None = None

    def _clear_gaz(self) -> None:
        #: a token's, its left and its right neighbour's gazetteer matches -> row of ``_gaz_table``
        #: (the sum of their features' weights; -1: none of the features is in the model)
        self._gaz: dict[tuple[tuple[str, ...], ...], int] = {}
        self._gaz_table = np.zeros((64, _K))
        self._gaz_used = 0

    def _clear_pairs(self) -> None:
        #: word row << 32 | word row -> row of ``_pair_table``; row 0 stays zero (pairs with no feature)
        self._pairs: dict[int, int] = {}
        self._pair_table = np.zeros((1024, 4, _K))
        self._pair_used = 1

    def transitions(self) -> FloatArray:
        """``(K + 1, K)`` transition scores (last row: from the sentence start) with the BIO mask."""
        if self._trans is None:
            ids = [self._index.get(f, -1) for f in TRANSITION_FEATURES]
            w = self.model.weights
            t = np.array([w[i] if i >= 0 else np.zeros(_K) for i in ids])
            self._trans = t + self._mask
        return self._trans

    def _word_feature_ids(self, forms: Sequence[str]) -> tuple[list[int], list[int], list[str]]:
        """The ids of the features :func:`word_rows` gives each of ``forms``, in its order, -1 where
        the model lacks the feature: all words' rows one after another, each row's length (six rows
        a word), and each word's pair key. A value several features share (the last two letters,
        frequency band, clusters, name parts) is looked up once per value, not once per feature."""
        index = self._index
        get = index.get
        zipf, clusters, names = _zipf_table(), self.clusters, self.names
        memo = self._value_ids
        m_s2, m_z, m_c, m_cf, m_n = memo["s2"], memo["z"], memo["c"], memo["cf"], memo["n"]
        i_b = get("b", -1)
        flat: list[int] = []
        lengths: list[int] = []
        keys: list[str] = []
        for form in forms:
            pad = form in (_START, _END)
            if pad:
                w, z = form, -1
            else:
                w, z = word_key(form), zipf.get(form, 0)
            s2 = w[-2:]
            si = m_s2.get(s2)
            if si is None:
                si = m_s2[s2] = _value_ids(index, ("s-1=", "s2=", "s+1="), s2)
            zi = m_z.get(z)
            if zi is None:
                zi = m_z[z] = _value_ids(index, ("z-1=", "z=", "z+1=", "gz="), str(z))
            # the rows of word_rows, in its order
            r0 = [get("w-2=" + w, -1)]
            r1 = [get("w-1=" + w, -1), si[0], zi[0]]
            own = [i_b, get("w=" + w, -1), get("p1=" + w[:1], -1), get("p2=" + w[:2], -1),
                   get("p3=" + w[:3], -1), get("s1=" + w[-1:], -1), si[1], get("s3=" + w[-3:], -1),
                   get("s4=" + w[-4:], -1), get("sh=" + shape(form), -1),
                   get(f"len={min(len(w), 10)}", -1), zi[1]]
            if "_" in w:
                own.append(get("last=" + w.rsplit("_", 1)[1], -1))
            r3 = [get("w+1=" + w, -1), si[2], zi[2]]
            r4 = [get("w+2=" + w, -1)]
            if clusters and not pad:
                coarse, _, fine = clusters.get(form, "?|?").partition("|")
                ci = m_c.get(coarse)
                if ci is None:
                    ci = m_c[coarse] = _value_ids(index, ("c-2=", "c-1=", "c=", "c+1=", "c+2="), coarse)
                fi = m_cf.get(fine)
                if fi is None:
                    fi = m_cf[fine] = _value_ids(index, ("cf-1=", "cf=", "cf+1="), fine)
                r0.append(ci[0])
                r1 += (ci[1], fi[0])
                own += (ci[2], fi[1])
                r3 += (ci[3], fi[2])
                r4.append(ci[4])
            if names and not pad:
                for x in names.get(form, ()):
                    ni = m_n.get(x)
                    if ni is None:
                        ni = m_n[x] = _value_ids(index, ("<", "", ">"), x)
                    r1.append(ni[0])
                    own.append(ni[1])
                    r3.append(ni[2])
            flat += r0
            flat += r1
            flat += own
            flat += r3
            flat += r4
            flat.append(zi[3])
            lengths += (len(r0), len(r1), len(own), len(r3), len(r4), 1)
            keys.append(w)  # _pair_key(form)
        return flat, lengths, keys

    def _word_ids(self, forms: Sequence[str]) -> list[int]:
        """Rows of the word table for ``forms`` (computing the missing ones in one gather)."""
        words = self._words
        found = [words.get(f, -1) for f in forms]
        if -1 not in found:
            return found
        missing = [f for f in dict.fromkeys(forms) if f not in words]
        if len(words) + len(missing) > _CACHE_LIMIT:
            self.clear_cache()
            words = self._words
            missing = list(dict.fromkeys(forms))  # the batch's known words were forgotten too
        flat, lengths, keys = self._word_feature_ids(missing)
        sums = _sum_flat(self.model.weights, flat, lengths).reshape(len(missing), 6, _K)
        start = len(words)
        end = start + len(missing)
        if end > len(self._word_table):
            grow = max(end, min(2 * len(self._word_table), _CACHE_LIMIT)) - len(self._word_table)
            self._word_table = np.concatenate([self._word_table, np.zeros((grow, 6, _K))])
            self._word_blocked = np.concatenate([self._word_blocked, np.zeros(grow, dtype=bool)])
        self._word_table[start:end] = sums
        self._word_blocked[start:end] = [f not in (_START, _END) and not can_start_entity(f)
                                         for f in missing]
        words.update(zip(missing, range(start, end), strict=True))
        self._word_keys.extend(keys)
        return [words[f] for f in forms]

    def _pair_rows(self, wid: IntArray) -> IntArray:
        """Rows of the pair table for each adjacent pair of word rows ``wid``."""
        keys = ((wid[:-1] << 32) | wid[1:]).tolist()
        pairs = self._pairs
        found = [pairs.get(p, -1) for p in keys]
        if -1 in found:
            missing = [p for p in dict.fromkeys(keys) if p not in pairs]
            if len(pairs) + len(missing) > _PAIR_LIMIT:
                self._clear_pairs()
                pairs = self._pairs
                missing = list(dict.fromkeys(keys))  # the batch's known pairs were forgotten too
            self._add_pairs(missing)
            found = [pairs[p] for p in keys]
        return np.array(found, dtype=np.int64)

    def _add_pairs(self, missing: Sequence[int]) -> None:
        """Table rows for the word-row pairs ``missing``: the weights of the four features of
        :func:`pair_rows` (those in the model; none: row 0)."""
        get, keys, pairs = self._index.get, self._word_keys, self._pairs
        used = self._pair_used
        dst: list[int] = []
        src: list[int] = []
        for p in missing:
            ab = keys[p >> 32] + "|" + keys[p & 0xFFFFFFFF]
            # the features of pair_rows(a, b), in its order (row r of the pair's table entry)
            ids = (get("w+1w+2=" + ab), get("ww+1=" + ab), get("w-1w=" + ab), get("w-2w-1=" + ab))
            if ids == _NO_PAIR:
                pairs[p] = 0
                continue
            pairs[p] = used
            for r, i in enumerate(ids):
                if i is not None:
                    dst.append(4 * used + r)
                    src.append(i)
            used += 1
        if used > len(self._pair_table):
            grow = max(used, 2 * len(self._pair_table)) - len(self._pair_table)
            self._pair_table = np.concatenate([self._pair_table, np.zeros((grow, 4, _K))])
        if dst:
            self._pair_table.reshape(-1, _K)[dst] = self.model.weights[src]
        self._pair_used = used

    def _gaz_row(self, key: tuple[tuple[str, ...], ...]) -> int:
        """Row of the gazetteer table for a token whose own, left and right neighbour's gazetteer
        matches are ``key`` (-1: no feature of theirs is in the model)."""
        own, left, right = key
        get = self._index.get
        feats = [*("g=" + x for x in own), *("g-1=" + x for x in left), *("g+1=" + x for x in right)]
        ids = [i for i in map(get, feats) if i is not None]
        row = -1
        if ids:
            row = self._gaz_used
            if row >= len(self._gaz_table):
                self._gaz_table = np.concatenate([self._gaz_table, np.zeros_like(self._gaz_table)])
            self._gaz_table[row] = _sum_flat(self.model.weights, ids, [len(ids)])[0]
            self._gaz_used += 1
        self._gaz[key] = row
        return row

    def emissions_batch(self, sentences: Sequence[Sequence[str]]) -> list[FloatArray]:
        """``(n_s, K)`` emission scores of each sentence (from the caches), constraints included;
        all sentences are scored together (one gather per feature row)."""
        with self._lock:
            return self._emissions_batch(sentences)

    def _emissions_batch(self, sentences: Sequence[Sequence[str]]) -> list[FloatArray]:
        padded: list[str] = []
        positions: list[int] = []
        for s in sentences:
            base = len(padded) + 2
            padded.extend((_START, _START, *s, _END, _END))
            positions.extend(range(base, base + len(s)))
        if not positions:
            return [np.zeros((0, _K)) for _ in sentences]
        wid = np.array(self._word_ids(padded), dtype=np.int64)
        pos = np.array(positions, dtype=np.int64)
        # scores of every padded place 2 .. n-3 (contiguous slices; the padding rows are dropped
        # at the end): word row r comes from the word at offset OFFSETS[r]; pair (p, p+1) gives
        # row r to token p - 1 + r, so token p gets row r of pair p + 1 - r
        n = len(padded)
        w6 = wid * 6
        p4 = self._pair_rows(wid) * 4
        table = self._word_table.reshape(-1, _K)
        pt = self._pair_table.reshape(-1, _K)
        em_all = table.take(w6[0:n - 4], axis=0)
        for r, off in ((1, 1), (2, 2), (3, 3), (4, 4)):
            em_all += table.take(w6[off:n - 4 + off] + r, axis=0)
        for r in range(4):
            em_all += pt.take(p4[3 - r:n - 1 - r] + r, axis=0)
        em = em_all[pos - 2]
        tok = wid[pos]
        em[self._word_blocked[tok]] += _NO_START
        # gazetteers over the whole padded text: no entry holds a padding token, so no match
        # crosses a sentence boundary
        gaz = self.sparse_gazetteer_matches(padded)
        nogaz = np.ones(len(pos), dtype=bool)
        if gaz:
            row_of = {p: r for r, p in enumerate(positions)}
            hit = sorted({p + d for p in gaz for d in (-1, 0, 1)} & row_of.keys())
            matched = {p: tuple(feats) for p, feats in gaz.items()}
            if len(self._gaz) > _GAZ_LIMIT:  # (never while a batch holds rows of the table)
                self._clear_gaz()
            cache = self._gaz
            rows: list[int] = []
            vecs: list[int] = []
            none: tuple[str, ...] = ()
            for p in hit:
                key = (matched.get(p, none), matched.get(p - 1, none), matched.get(p + 1, none))
                g = cache.get(key)
                if g is None:
                    g = self._gaz_row(key)
                if p in matched:
                    nogaz[row_of[p]] = False
                if g >= 0:
                    rows.append(row_of[p])
                    vecs.append(g)
            if rows:
                em[rows] += self._gaz_table[vecs]
        em[nogaz] += self._word_table[tok[nogaz], 5]
        out: list[FloatArray] = []
        at = 0
        for s in sentences:
            out.append(em[at:at + len(s)])
            at += len(s)
        return out

    def emissions(self, forms: Sequence[str]) -> FloatArray:
        """``(n, K)`` emission scores of one sentence."""
        return self.emissions_batch([forms])[0]

    def gazetteer_matches(self, forms: Sequence[str], memory: Gazetteer | None = None,
                          ) -> list[list[str]]:
        """Per token: the knowledge-base gazetteer's and (``m``-prefixed) the entity memory's
        match features (``memory`` replaces the model's own, for cross-fold training)."""
        out: list[list[str]] = [[] for _ in forms]
        for i, feats in self.sparse_gazetteer_matches(forms, memory).items():
            out[i] = feats
        return out

    def sparse_gazetteer_matches(self, forms: Sequence[str], memory: Gazetteer | None = None,
                                 ) -> dict[int, list[str]]:
        """:meth:`gazetteer_matches` of the covered tokens only."""
        memory = memory if memory is not None else self.memory
        firsts = (self._firsts if memory is self.memory
                  else self.gazetteer.first.keys() | memory.first.keys())
        cands = [i for i, f in enumerate(forms) if f in firsts]
        if not cands:
            return {}
        gaz = self.gazetteer.sparse_matches(forms, cands)
        for i, feats in memory.sparse_matches(forms, cands).items():
            gaz.setdefault(i, []).extend("m" + x for x in feats)
        return gaz

    def predict_batch(self, sentences: Sequence[Sequence[str]]) -> list[Prediction]:
        """Tags for many sentences of normalized token forms, decoded together."""
        ems = self.emissions_batch(sentences)
        paths = viterbi_batch(ems, self.transitions(), meet=True)
        flat = [y for path in paths for y in path]
        if not flat:
            return [Prediction((), ()) for _ in sentences]
        em = np.concatenate(ems)
        rows = np.arange(len(flat))
        chosen = em[rows, flat]
        em[rows, flat] = -np.inf
        margins = (chosen - em.max(axis=1)).tolist()
        out: list[Prediction] = []
        at = 0
        for path in paths:
            n = len(path)
            out.append(Prediction(tuple([BIO_LABELS[k] for k in path]), tuple(margins[at:at + n])))
            at += n
        return out

    def predict(self, forms: Sequence[str]) -> Prediction:
        """Tags for one sentence of normalized token forms."""
        return self.predict_batch([forms])[0]

    def tag(self, forms: Sequence[str]) -> list[str]:
        return list(self.predict(forms).tags)

    def tag_batch(self, sentences: Sequence[Sequence[str]], batch: int = 256) -> list[list[str]]:
        out: list[list[str]] = []
        for k in range(0, len(sentences), batch):
            out.extend(list(p.tags) for p in self.predict_batch(sentences[k:k + batch]))
        return out

    # -- storage -------------------------------------------------------------------------------------------
    def to_arrays(self) -> dict[str, np.ndarray]:
        arrays = self.model.to_arrays()
        arrays["gazetteer"] = encode_strings(self.gazetteer.to_strings())
        arrays["memory"] = encode_strings(self.memory.to_strings())
        arrays["clusters"] = encode_strings([w + "\t" + c for w, c in sorted(self.clusters.items())])
        arrays["names"] = encode_strings([w + "\t" + " ".join(f) for w, f in sorted(self.names.items())])
        return arrays

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], *,
                    meta: Mapping[str, Any] | None = None) -> NerModel:
        model = AveragedPerceptron.from_npz_arrays(arrays)
        try:
            gaz = Gazetteer.from_strings(decode_strings(arrays["gazetteer"]))
            memory = Gazetteer.from_strings(decode_strings(arrays["memory"]))
        except KeyError as exc:
            raise ModelError(f"the NER model lacks {exc}: the file is corrupted") from exc
        clusters: dict[str, str] = {}
        # a model trained without clusters has no table (its features never use one)
        for item in decode_strings(arrays["clusters"]) if "clusters" in arrays else ():
            word, tab, cluster = item.partition("\t")
            if not tab:
                raise ModelError("the NER model's word-cluster table is corrupted (an entry without a "
                                 "tab); retrain with `khabar train configs/ner.json`")
            clusters[word] = cluster
        names: dict[str, tuple[str, ...]] = {}
        for item in decode_strings(arrays["names"]) if "names" in arrays else ():
            word, tab, feats = item.partition("\t")
            if not tab or not feats:
                raise ModelError("the NER model's name-part table is corrupted (an entry without "
                                 "features); retrain with `khabar train configs/ner.json`")
            names[word] = tuple(feats.split(" "))
        return cls(model, gaz, memory=memory, clusters=clusters, names=names, meta=meta)

    @classmethod
    def load(cls, path: Path | Traversable | None = None, *, source: str | None = None) -> NerModel:
        """The model for ``source`` (default: the folder's ``default_source``) in folder ``path``
        (default: the shipped ``khabar/models/ner``), after checking every file against the SHA-256
        recorded in its ``meta.json``."""
        folder: Path | Traversable = path if path is not None else default_model_dir()
        verified = read_model_folder(folder, task="ner", feature_version=FEATURE_VERSION, required=(),
                                     config_hint="configs/ner.json")
        meta, blobs = verified.meta, verified.files
        models = meta.get("models")
        if not isinstance(models, dict) or not models:
            raise ModelError(f"{folder / META_FILE} names no models: "
                             "rebuild with `khabar train configs/ner.json`")
        name = source or str(meta.get("default_source", ""))
        if name not in models:
            raise ModelError(f"no NER model for source {name!r} in {folder}; "
                             f"there are: {', '.join(sorted(models))}")
        file = str(models[name])
        if file not in blobs:
            raise ModelError(f"{folder / META_FILE} records no hash for {file}: the model is incomplete")
        return cls.from_arrays(load_npz(io.BytesIO(blobs[file])), meta=meta | {"source": name})


def default_model_dir() -> Traversable:
    return resources.files("khabar") / "models" / "ner"


@lru_cache(maxsize=4)
def default_ner(source: str | None = None) -> NerModel:
    """The shipped model (for ``source``, default the news model), loaded once per process."""
    return NerModel.load(source=source)


# --- training -----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TrainSentence:
    """A training sentence. ``unlabelled`` names entity labels its source does not annotate (a
    sentence borrowed from another source): its ``O`` tokens may be any of them, and the model learns
    towards its own best reading of them (a latent, partially labelled gold) rather than towards
    ``O``."""

    forms: tuple[str, ...]
    tags: tuple[str, ...]
    unlabelled: tuple[str, ...] = ()


def _closed_labels(tags: Sequence[str], unlabelled: Sequence[str]) -> npt.NDArray[np.float64]:
    """Per token of a partially labelled sentence, a penalty row that shuts out every label its gold
    reading may not take: an entity token keeps its tag alone; an ``O`` token may stay ``O`` or take
    any label in ``unlabelled``."""
    free = np.array([lab == "O" or lab[2:] in unlabelled for lab in BIO_LABELS])
    rows = np.zeros((len(tags), len(BIO_LABELS)))
    for i, tag in enumerate(tags):
        if tag == "O":
            rows[i, ~free] = _NEG
        else:
            rows[i] = _NEG
            rows[i, BIO_LABELS.index(tag)] = 0.0
    return rows


def entity_memory(sentences: Iterable[TrainSentence], min_count: int = 1) -> Gazetteer:
    """The entity names of training sentences with the labels they were given (``min_count`` times)."""
    counts: dict[tuple[tuple[str, ...], str], int] = {}
    for s in sentences:
        for a, b, lab in spans_from_tags(s.tags):
            key = (tuple(s.forms[a:b]), lab)
            counts[key] = counts.get(key, 0) + 1
    return Gazetteer(sorted(k for k, n in counts.items() if n >= min_count))


def token_memory(sentences: Iterable[TrainSentence]) -> dict[str, tuple[str, ...]]:
    """Name-part memory: each word seen inside a training entity -> ``t=LABEL:band`` per label it
    was part of, where the band says which share of the word's occurrences that was (``h`` >= 1/2,
    ``m`` >= 1/10, ``l`` below)."""
    total: dict[str, int] = {}
    inside: dict[str, dict[str, int]] = {}
    for s in sentences:
        for form, tag in zip(s.forms, s.tags, strict=True):
            total[form] = total.get(form, 0) + 1
            if tag != "O":
                counts = inside.setdefault(form, {})
                counts[tag[2:]] = counts.get(tag[2:], 0) + 1
    out: dict[str, tuple[str, ...]] = {}
    for form, counts in sorted(inside.items()):
        feats = []
        for label, n in sorted(counts.items()):
            share = n / total[form]
            feats.append(f"t={label}:" + ("h" if share >= 0.5 else "m" if share >= 0.1 else "l"))
        out[form] = tuple(feats)
    return out


class _Weights:
    """Growing weight matrix with Collins' averaging (``avg = w - acc / c``)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {f: i for i, f in enumerate(TRANSITION_FEATURES)}
        self.w = np.zeros((1 << 16, _K))
        self.acc = np.zeros((1 << 16, _K))
        self.c = 1

    def ids(self, feats: Iterable[str]) -> list[int]:
        index = self.index
        out: list[int] = []
        for f in feats:
            i = index.get(f)
            if i is None:
                i = index[f] = len(index)
                if i == len(self.w):
                    self.w = np.concatenate([self.w, np.zeros_like(self.w)])
                    self.acc = np.concatenate([self.acc, np.zeros_like(self.acc)])
            out.append(i)
        return out

    def add(self, ids: IntArray, label: int, delta: float) -> None:
        """``delta`` on the weights of ``ids`` (unique) for ``label``."""
        self.w[ids, label] += delta
        self.acc[ids, label] += delta * self.c

    def averaged(self) -> AveragedPerceptron:
        n = len(self.index)
        avg = self.w[:n] - self.acc[:n] / self.c
        return AveragedPerceptron.from_arrays(BIO_LABELS, list(self.index), avg)


def train_ner(sentences: Sequence[TrainSentence], gazetteer: Gazetteer, *, epochs: int, seed: int,
              memory_folds: int = 0, clusters: Mapping[str, str] | None = None,
              name_parts: bool = False, gazetteer_dropout: float = 0.0,
              log: Callable[[str], None] | None = None) -> NerModel:
    """Train a :class:`NerModel` (deterministic for the same sentences, gazetteer, epochs and seed).

    Gold tags are first made to obey the decoder's constraints (:func:`constrain_tags`). With
    ``memory_folds`` >= 2 the model also learns from an *entity memory* (the names tagged in the
    training data): each training sentence sees the memory of the other folds only (round robin), so
    the feature is as reliable in training as it is at run time on unseen text. ``clusters``
    (normalized form -> ``"coarse|fine"``, :func:`khabar.ml.clusters.word_clusters`) adds the word-
    cluster features and ships inside the model. ``name_parts`` adds the name-part memory
    (:func:`token_memory`), per fold like the entity memory when there are folds.
    ``gazetteer_dropout`` (0 <= p < 1): in every epoch each occurrence of a ``gazetteer`` entry in a
    training sentence is left out of that sentence's features with probability ``p`` (drawn from a
    generator seeded by ``seed``), so the model does not learn to hinge on whether a name is listed."""
    import random

    if not 0.0 <= gazetteer_dropout < 1.0:
        raise ModelError(f"gazetteer dropout must be in [0, 1), got {gazetteer_dropout}")
    sents = [TrainSentence(s.forms, tuple(constrain_tags(s.forms, s.tags)), s.unlabelled) for s in sentences]
    memory = entity_memory(sents) if memory_folds >= 2 else None
    folds: list[Gazetteer] = [Gazetteer([])]
    if memory_folds >= 2:
        folds = [entity_memory(s for k, s in enumerate(sents) if k % memory_folds != f)
                 for f in range(memory_folds)]
    names = token_memory(sents) if name_parts else {}
    name_folds: list[Mapping[str, Sequence[str]]] = [names]
    if name_parts and memory_folds >= 2:
        name_folds = [token_memory(s for k, s in enumerate(sents) if k % memory_folds != f)
                      for f in range(memory_folds)]
    label_id = {lab: i for i, lab in enumerate(BIO_LABELS)}
    weights = _Weights()
    zipf = _zipf_table()
    # per sentence: the knowledge-base gazetteer's and the fold memory's entry occurrences
    kb_found = [gazetteer.occurrences(s.forms) for s in sents]
    mem_found = [folds[k % len(folds)].occurrences(s.forms) for k, s in enumerate(sents)]

    def featurize(k: int, kb: Sequence[tuple[int, int, tuple[str, ...]]]) -> tuple[IntArray, IntArray]:
        """Sentence ``k``'s flat feature ids and per-token segment starts, with the gazetteer
        occurrences ``kb`` (and all of its fold memory's)."""
        forms = sents[k].forms
        gaz: list[list[str]] = [[] for _ in forms]
        for i, feats in match_features(kb).items():
            gaz[i] = feats
        for i, feats in match_features(mem_found[k]).items():
            gaz[i].extend("m" + x for x in feats)
        token_ids = [weights.ids(f) for f in token_features(forms, gaz, zipf, clusters,
                                                            name_folds[k % len(name_folds)])]
        return (np.array([i for r in token_ids for i in r], dtype=np.int64),
                np.cumsum([0, *(len(r) for r in token_ids[:-1])]).astype(np.int64))

    # per sentence: flat feature ids, per-token segment starts, and the "may not start" rows
    flat: list[IntArray] = []
    starts: list[IntArray] = []
    blocked: list[npt.NDArray[np.bool_]] = []
    for k, s in enumerate(sents):
        ids, st = featurize(k, kb_found[k])
        flat.append(ids)
        starts.append(st)
        blocked.append(np.array([not can_start_entity(f) for f in s.forms], dtype=bool))
    gold = [np.array([label_id[t] for t in s.tags], dtype=np.int64) for s in sents]
    # a partially labelled sentence: per token, the labels its gold reading may not take (its O
    # tokens may take the labels its source leaves unannotated; an entity token only its own tag)
    closed: list[npt.NDArray[np.float64] | None] = [
        _closed_labels(s.tags, s.unlabelled) if s.unlabelled else None for s in sents]
    mask = _transition_mask()
    t_ids = np.array([weights.index[f] for f in TRANSITION_FEATURES], dtype=np.int64)
    start_row = len(BIO_LABELS)
    rng = random.Random(seed)
    # its own generator, so that without dropout the sentence order is what it always was
    drop_rng = random.Random(f"gazetteer-dropout/{seed}")
    order = list(range(len(sents)))
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = 0
        for k in order:
            n = len(gold[k])
            if n == 0:
                continue
            fk, sk = flat[k], starts[k]
            if gazetteer_dropout and kb_found[k]:
                kept = [o for o in kb_found[k] if drop_rng.random() >= gazetteer_dropout]
                if len(kept) < len(kb_found[k]):
                    fk, sk = featurize(k, kept)
            w = weights.w
            em = np.add.reduceat(w[fk], sk, axis=0)
            em[blocked[k]] += _NO_START
            trans = w[t_ids] + mask
            path = np.array(viterbi_batch([em], trans)[0], dtype=np.int64)
            g = gold[k]
            ck = closed[k]
            if ck is not None:
                g = np.array(viterbi_batch([em + ck], trans)[0], dtype=np.int64)
            wrong = np.nonzero(path != g)[0]
            if len(wrong):
                errors += len(wrong)
                lengths = np.diff(np.append(sk, len(fk)))
                for i in wrong.tolist():
                    ids = fk[sk[i]:sk[i] + lengths[i]]
                    weights.add(ids, int(g[i]), 1.0)
                    weights.add(ids, int(path[i]), -1.0)
                gl, pl = g.tolist(), path.tolist()
                for i in range(n):
                    pg = gl[i - 1] if i else start_row
                    pp = pl[i - 1] if i else start_row
                    if pg != pp or gl[i] != pl[i]:
                        weights.add(t_ids[pg:pg + 1], gl[i], 1.0)
                        weights.add(t_ids[pp:pp + 1], pl[i], -1.0)
            weights.c += 1
        if log is not None:
            log(f"epoch {epoch + 1}/{epochs}: {errors} token errors")
    return NerModel(weights.averaged(), gazetteer, memory=memory, clusters=clusters, names=names)

"""Word segmentation data (Zia, Raza & Athar, COLING 2018 format), its scorer and its trainer.

Format: UTF-8, one sentence per line; a SPACE marks a word boundary, U+200C ZWNJ a sub-word boundary
inside a word. The task: given a line with every space and ZWNJ removed, put them back.

Scoring: each boundary is a gap index in the line without separators (the offset of the character
after it). Word boundaries (spaces) and sub-word boundaries (ZWNJs) are scored separately with
precision, recall and F1 over those positions; a ZWNJ predicted where gold has a space is a missed
word boundary *and* a spurious sub-word boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.errors import DataError
from khabar.ml.wordseg import GoldSentence, WordSegmenter
from khabar.urdu import chars as C

WORD, SUBWORD = "space", "zwnj"


# --- reading -------------------------------------------------------------------------------------------
def parse_line(line: str) -> GoldSentence:
    """One gold line as words, each the tuple of its sub-words (empty pieces dropped)."""
    words: list[tuple[str, ...]] = []
    for token in line.split(C.SPACE):
        parts = tuple(p for p in token.split(C.ZWNJ) if p)
        if parts:
            words.append(parts)
    return tuple(words)


def read_zia(path: Path) -> list[GoldSentence]:
    """Sentences of a Zia-format file (blank lines skipped, a leading BOM ignored)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read word segmentation data {path}: {exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            f"{path}:{bad_line}: not valid UTF-8 (byte {exc.start}); the Zia format is UTF-8"
        ) from exc
    text = text.removeprefix(C.BOM)
    out: list[GoldSentence] = []
    for n, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.rstrip("\r")
        if not line.strip():
            continue
        if "\t" in line:
            raise DataError(f"{path}:{n}: a tab in a word segmentation line; expected words separated "
                            "by single spaces")
        out.append(parse_line(line))
    if not out:
        raise DataError(f"{path} holds no sentences")
    return out


def boundary_labels(line: str) -> tuple[str, dict[int, str]]:
    """``line`` without spaces and ZWNJs, and each boundary's kind keyed by its gap index there.

    A run of separators counts once; a space anywhere in the run makes it a word boundary. Separators
    at the edges of the line mark nothing.
    """
    chars: list[str] = []
    labels: dict[int, str] = {}
    pending = ""
    for ch in line:
        if ch in (C.SPACE, C.ZWNJ):
            if pending != WORD:
                pending = WORD if ch == C.SPACE else SUBWORD
            continue
        if pending and chars:
            labels[len(chars)] = pending
        pending = ""
        chars.append(ch)
    return "".join(chars), labels


def strip_boundaries(line: str) -> str:
    """The task input: ``line`` with every space and ZWNJ removed."""
    return line.replace(C.SPACE, "").replace(C.ZWNJ, "")


# --- scoring -------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class WordsegScores:
    """Boundary precision/recall/F1 for words (spaces) and sub-words (ZWNJs)."""

    word_p: float
    word_r: float
    word_f1: float
    subword_p: float
    subword_r: float
    subword_f1: float
    sentences: int

    def to_json(self) -> dict[str, float | int]:
        return {
            "word_p": self.word_p, "word_r": self.word_r, "word_f1": self.word_f1,
            "subword_p": self.subword_p, "subword_r": self.subword_r, "subword_f1": self.subword_f1,
            "sentences": self.sentences,
        }


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_lines(gold: Iterable[str], predicted: Iterable[str]) -> WordsegScores:
    """Score predicted lines against gold lines (same order; each pair must hold the same letters)."""
    counts = {WORD: [0, 0, 0], SUBWORD: [0, 0, 0]}  # tp, predicted, gold
    n = 0
    for i, (g_line, p_line) in enumerate(zip(gold, predicted, strict=True)):
        g_text, g_labels = boundary_labels(g_line)
        p_text, p_labels = boundary_labels(p_line)
        if g_text != p_text:
            raise DataError(f"sentence {i + 1}: the prediction's letters differ from gold "
                            f"({p_text[:40]!r}… vs {g_text[:40]!r}…)")
        for kind, c in counts.items():
            g = {k for k, v in g_labels.items() if v == kind}
            p = {k for k, v in p_labels.items() if v == kind}
            c[0] += len(g & p)
            c[1] += len(p)
            c[2] += len(g)
        n += 1
    wp, wr, wf = _prf(*counts[WORD])
    sp, sr, sf = _prf(*counts[SUBWORD])
    return WordsegScores(round(wp, 6), round(wr, 6), round(wf, 6), round(sp, 6), round(sr, 6),
                         round(sf, 6), n)


def _gold_lines(path: Path) -> list[str]:
    return [C.SPACE.join(C.ZWNJ.join(parts) for parts in sent) for sent in read_zia(path)]


def evaluate_wordseg(gold: Path, segmenter: WordSegmenter | None = None) -> WordsegScores:
    """Strip every space and ZWNJ from each line of ``gold``, restore them with ``segmenter`` (the
    shipped model by default) and score the result."""
    from khabar.ml.wordseg import default_segmenter

    seg = segmenter if segmenter is not None else default_segmenter()
    lines = _gold_lines(gold)
    predicted = [seg.restore(strip_boundaries(line)) for line in lines]
    return score_lines(lines, predicted)


# --- training ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TaskOutput:
    """What a task trainer hands back to :func:`khabar.training.train.train`: file name -> bytes to
    write into the model folder, dev scores, and extra meta.json fields."""

    files: Mapping[str, bytes]
    scores: Mapping[str, float | int]
    meta: Mapping[str, Any]


def train_wordseg(files: Mapping[str, Path], hyper: Mapping[str, Any], seed: int,
                  log: Callable[[str], None]) -> TaskOutput:
    """Trainer for ``"task": "wordseg"``: needs data files ``train`` and ``dev``."""
    from khabar.ml.perceptron import npz_bytes
    from khabar.ml.wordseg import FEATURE_VERSION, MODEL_FILE, train_segmenter

    for key in ("train", "dev"):
        if key not in files:
            raise DataError(f"the wordseg config needs a {key!r} data file")
    allowed = {"epochs", "folds", "prune"}
    unknown = set(hyper) - allowed
    if unknown:
        raise DataError(f"unknown wordseg hyper-parameters {sorted(unknown)}; known: {sorted(allowed)}")
    sentences = read_zia(files["train"])
    log(f"train: {len(sentences)} sentences from {files['train']}")
    seg = train_segmenter(sentences, epochs=int(hyper.get("epochs", 8)), folds=int(hyper.get("folds", 5)),
                          seed=seed, prune=float(hyper.get("prune", 0.0)), log=log)
    scores = evaluate_wordseg(files["dev"], seg)
    log(f"dev: word F1 {scores.word_f1:.4f}, sub-word F1 {scores.subword_f1:.4f}")
    data = npz_bytes(seg.to_arrays())
    return TaskOutput(
        files={MODEL_FILE: data},
        scores=scores.to_json(),
        meta={"feature_version": FEATURE_VERSION, "features": seg.model.n_features,
              "labels": list(seg.model.labels)},
    )


__all__: Sequence[str] = (
    "TaskOutput", "WordsegScores", "boundary_labels", "evaluate_wordseg", "parse_line", "read_zia",
    "score_lines", "strip_boundaries", "train_wordseg",
)

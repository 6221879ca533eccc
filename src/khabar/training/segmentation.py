"""Tokenization and sentence-splitting scores with the CoNLL 2018 shared-task definitions.

Gold and system both describe the same characters: the text with all whitespace removed. A token
(or a sentence: first token's start to last token's end) is a half-open span over those characters;
a system span counts as correct when a gold span has exactly the same start and end. Precision,
recall and F1 are over these spans (as ``conll18_ud_eval.py`` computes "Tokens" and "Sentences").

The gold raw text is the ``# text`` lines of a UD CoNLL-U file joined by single spaces, analysed as
one document. The system tokens are mapped back to RAW offsets through the document's alignment
(normalization changes, inserts and deletes characters), so both sides are compared in the user's
coordinates; characters normalization deleted are given to a neighbouring token
(:func:`khabar.doc.conllu.raw_token_spans`), as the official script would see them in raw FORMs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.doc.conllu import raw_token_spans, read_conllu
from khabar.doc.model import Document
from khabar.errors import DataError

if TYPE_CHECKING:
    from khabar.pipeline import Pipeline

Spans = Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class SegmentationScores:
    """Span counts for tokens and sentences; precision, recall and F1 (percent) derive from them."""

    gold_tokens: int
    system_tokens: int
    correct_tokens: int
    gold_sentences: int
    system_sentences: int
    correct_sentences: int

    @property
    def tokens_precision(self) -> float:
        return _ratio(self.correct_tokens, self.system_tokens)

    @property
    def tokens_recall(self) -> float:
        return _ratio(self.correct_tokens, self.gold_tokens)

    @property
    def tokens_f1(self) -> float:
        return _f1(self.correct_tokens, self.gold_tokens, self.system_tokens)

    @property
    def sentences_precision(self) -> float:
        return _ratio(self.correct_sentences, self.system_sentences)

    @property
    def sentences_recall(self) -> float:
        return _ratio(self.correct_sentences, self.gold_sentences)

    @property
    def sentences_f1(self) -> float:
        return _f1(self.correct_sentences, self.gold_sentences, self.system_sentences)

    def to_json(self) -> dict[str, float | int]:
        """Scores in percent (rounded to 4 decimals) and the counts they come from."""
        return {
            "tokens_precision": round(self.tokens_precision, 4),
            "tokens_recall": round(self.tokens_recall, 4),
            "tokens_f1": round(self.tokens_f1, 4),
            "sentences_precision": round(self.sentences_precision, 4),
            "sentences_recall": round(self.sentences_recall, 4),
            "sentences_f1": round(self.sentences_f1, 4),
            "gold_tokens": self.gold_tokens,
            "system_tokens": self.system_tokens,
            "correct_tokens": self.correct_tokens,
            "gold_sentences": self.gold_sentences,
            "system_sentences": self.system_sentences,
            "correct_sentences": self.correct_sentences,
        }


def _ratio(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def _f1(correct: int, gold: int, system: int) -> float:
    return 200.0 * correct / (gold + system) if gold + system else 0.0


def score_spans(gold_tokens: Spans, gold_sentences: Spans, system_tokens: Spans,
                system_sentences: Spans) -> SegmentationScores:
    """Scores of system spans against gold spans (all over the same whitespace-free characters)."""
    gt = set(gold_tokens)
    gs = set(gold_sentences)
    return SegmentationScores(
        gold_tokens=len(gold_tokens), system_tokens=len(system_tokens),
        correct_tokens=sum(1 for s in set(system_tokens) if s in gt),
        gold_sentences=len(gold_sentences), system_sentences=len(system_sentences),
        correct_sentences=sum(1 for s in set(system_sentences) if s in gs),
    )


def nonspace_offsets(text: str) -> list[int]:
    """``out[i]`` = how many non-whitespace characters ``text[:i]`` holds (length ``len(text) + 1``)."""
    return [0, *accumulate(0 if ch.isspace() else 1 for ch in text)]


@dataclass(frozen=True, slots=True)
class SegmentationCase:
    """Gold and system spans over the whitespace-free characters of one raw text."""

    raw_text: str
    chars: str  # the raw text without whitespace
    gold_tokens: list[tuple[int, int]]
    gold_sentences: list[tuple[int, int]]
    system_tokens: list[tuple[int, int]]
    system_sentences: list[tuple[int, int]]

    def scores(self) -> SegmentationScores:
        return score_spans(self.gold_tokens, self.gold_sentences, self.system_tokens,
                           self.system_sentences)

    def differences(self, *, what: str = "tokens", context: int = 12) -> Iterator[str]:
        """Readable lines for gold spans the system missed and system spans gold does not have."""
        gold, system = ((self.gold_tokens, self.system_tokens) if what == "tokens"
                        else (self.gold_sentences, self.system_sentences))
        gs, ss = set(gold), set(system)
        c = self.chars
        for tag, spans, other in (("missed", gold, ss), ("extra", system, gs)):
            for a, b in spans:
                if (a, b) not in other:
                    shown = c[a:b] if what == "tokens" else (c[a:a + context] + " … " + c[b - context:b])
                    yield f"{tag} {what[:-1]} [{a}, {b}): {shown!r} in …{c[max(0, a - context):b + context]}…"


def conllu_spans(source: str | Path) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Characters (FORMs without whitespace, concatenated), token spans and sentence spans of a
    CoNLL-U file or text: what ``conll18_ud_eval.py`` reads from it."""
    chars: list[str] = []
    tokens: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    pos = 0
    for doc in read_conllu(source):
        first = pos
        for tok in doc.tokens:
            form = "".join(tok.text.split())
            chars.append(form)
            tokens.append((pos, pos + len(form)))
            pos += len(form)
        sentences.append((first, pos))
    return "".join(chars), tokens, sentences


def score_conllu(gold: str | Path, system: str | Path) -> SegmentationScores:
    """Tokens and sentences scores of a system CoNLL-U file against a gold one, as the official
    CoNLL 2018 script computes them: both must spell the same characters (whitespace aside)."""
    g_chars, g_tokens, g_sentences = conllu_spans(gold)
    s_chars, s_tokens, s_sentences = conllu_spans(system)
    if g_chars != s_chars:
        k = next((i for i, (a, b) in enumerate(zip(g_chars, s_chars, strict=False)) if a != b),
                 min(len(g_chars), len(s_chars)))
        raise DataError(
            f"the system FORMs do not spell the gold text: first difference at character {k} "
            f"(gold {g_chars[k:k + 20]!r}, system {s_chars[k:k + 20]!r}); write the system file "
            "with raw FORMs (write_conllu(..., raw_forms=True))"
        )
    return score_spans(g_tokens, g_sentences, s_tokens, s_sentences)


def system_spans(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Token and sentence spans of an analysed document over its raw text without whitespace."""
    rs, re_ = raw_token_spans(doc)
    off = nonspace_offsets(doc.raw_text)
    tokens = [(off[a], off[b]) for a, b in zip(rs, re_, strict=True)]
    sentences = []
    for s in doc.sentences:
        if s.token_end > s.token_start:
            sentences.append((tokens[s.token_start][0], tokens[s.token_end - 1][1]))
    return tokens, sentences


def segmentation_case(gold: Path, nlp: Pipeline | None = None) -> SegmentationCase:
    """Analyse the raw text of ``gold`` (its ``# text`` lines joined by spaces) as one document and
    line both segmentations up over the same characters."""
    sentences = read_conllu(Path(gold))
    if not sentences:
        raise DataError(f"{gold} holds no sentences")
    texts: list[str] = []
    gold_tokens: list[tuple[int, int]] = []
    gold_sentences: list[tuple[int, int]] = []
    pos = 0
    for doc in sentences:
        meta = doc.meta.get("conllu", {})
        text = meta.get("text") if isinstance(meta, dict) else None
        if text is None:
            text = doc.text
        first = pos
        for tok in doc.tokens:
            n = len("".join(tok.text.split()))
            gold_tokens.append((pos, pos + n))
            pos += n
        if "".join(text.split()) != "".join(doc.text.split()):
            raise DataError(
                f"{gold}: sentence {doc.id}: '# text' differs from its FORMs (whitespace aside); fix "
                "the file or remove the '# text' line"
            )
        gold_sentences.append((first, pos))
        texts.append(text)
    raw = " ".join(texts)
    if nlp is None:
        from khabar.loading import load

        nlp = load()
    doc = nlp(raw, id=Path(gold).name)
    sys_tokens, sys_sentences = system_spans(doc)
    chars = "".join(raw.split())
    return SegmentationCase(raw, chars, gold_tokens, gold_sentences, sys_tokens, sys_sentences)


def evaluate_segmentation(gold: Path, nlp: Pipeline | None = None) -> SegmentationScores:
    """Tokens and sentences P/R/F1 of ``nlp`` (default: ``khabar.load()``) on the raw text of a UD
    CoNLL-U file, against its gold tokens and sentences (CoNLL 2018 definitions)."""
    return segmentation_case(gold, nlp).scores()

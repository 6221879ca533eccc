"""Extractive summary component: ``doc.summary`` = indices of the chosen sentences in reading order.

Methods (:func:`khabar.urdu.salience.summarize`): ``textrank`` (PageRank over sentence similarity,
the default) and ``lead`` (the first sentences). docs/summary.md gives the method and how it was
measured on the COUNTER source/derived pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from khabar.doc.model import Document
from khabar.errors import ConfigError

METHODS = ("textrank", "lead")


@dataclass(frozen=True, kw_only=True)
class SummaryConfig:
    #: number of sentences
    sentences: int = 3
    #: "textrank" or "lead"
    method: str = "textrank"

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ConfigError(f"summary method {self.method!r} is not one of {', '.join(METHODS)}")
        if self.sentences < 1:
            raise ConfigError(f"summary sentences must be at least 1, got {self.sentences}")


class Summarizer:
    name: ClassVar[str] = "summary"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "tokens", "pos", "lemma")
    provides: ClassVar[tuple[str, ...]] = ("summary",)

    def __init__(self, config: SummaryConfig | None = None) -> None:
        self.config = config or SummaryConfig()

    def __call__(self, doc: Document) -> Document:
        from khabar.urdu.news import lexicon
        from khabar.urdu.salience import sentence_vectors, summarize

        text = doc.text
        forms = [text[s:e] for s, e in zip(doc.token_starts, doc.token_ends, strict=True)]
        n = len(forms)
        upos = doc.token_attr("upos") or [None] * n
        lemmas = doc.token_attr("lemma") or [None] * n
        ranges = [(max(0, s.token_start), max(0, s.token_end)) for s in doc.sentences]
        vectors = sentence_vectors(ranges, forms, upos, lemmas, lexicon().stopwords)
        doc.summary = summarize(vectors, self.config.sentences, self.config.method)
        return doc

"""Tokenizer and sentence splitter components (rules from ``khabar.urdu``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from khabar.doc.model import Document, Span
from khabar.urdu.sentences import split_sentences
from khabar.urdu.tokens import tokenize


@dataclass(frozen=True, kw_only=True)
class TokenizerConfig:
    pass


class Tokenizer:
    name: ClassVar[str] = "tokenizer"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    provides: ClassVar[tuple[str, ...]] = ("tokens",)

    def __init__(self, config: TokenizerConfig | None = None) -> None:
        self.config = config or TokenizerConfig()

    def __call__(self, doc: Document) -> Document:
        starts, ends = tokenize(doc.text)
        # one finditer of a pattern that never matches empty: sorted, disjoint, non-empty
        doc.set_tokens(starts, ends, check=False)
        return doc


@dataclass(frozen=True, kw_only=True)
class SentencizerConfig:
    pass


class Sentencizer:
    name: ClassVar[str] = "sentencizer"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("sentences",)

    def __init__(self, config: SentencizerConfig | None = None) -> None:
        self.config = config or SentencizerConfig()

    def __call__(self, doc: Document) -> Document:
        starts, ends = doc.token_starts, doc.token_ends
        doc.sentences = [
            Span(starts[a], ends[b - 1], a, b) for a, b in split_sentences(doc.text, starts, ends)
        ]
        return doc

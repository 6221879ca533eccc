"""Normalizer component: the only step that rewrites ``Document.text``."""

from __future__ import annotations

from typing import ClassVar

from khabar.doc.model import Document
from khabar.errors import PipelineError
from khabar.urdu.normalize import Normalizer as _Rules
from khabar.urdu.normalize import NormalizerConfig


class Normalizer:
    name: ClassVar[str] = "normalizer"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ("text",)

    def __init__(self, config: NormalizerConfig | None = None) -> None:
        self.config = config or NormalizerConfig()
        self._rules = _Rules(self.config)

    def __call__(self, doc: Document) -> Document:
        if doc.text != doc.raw_text or doc.is_tokenized:
            raise PipelineError("the normalizer must run first, on a document nobody has changed")
        result = self._rules(doc.raw_text)
        doc.text = result.text
        doc.alignment = result.alignment
        return doc

"""Quote extractor component: direct and indirect quotes with their cue, content and speaker (and,
for a passive quote of a statement, the body that issued it).

The rules are :func:`khabar.urdu.news.find_quotes` (data: ``urdu/data/speech_verbs.tsv``,
``news_words.tsv``). Speakers are entity indices: run the recognizer and linker first so titles
resolve to the people who hold them and pronoun speakers to the person they refer to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from khabar.doc.model import Document


@dataclass(frozen=True, kw_only=True)
class QuotesConfig:
    #: keep quotes whose speaker could not be resolved (speaker None) and that no named body issued
    #: (issuer None)
    keep_unattributed: bool = True


class QuoteExtractor:
    name: ClassVar[str] = "quotes"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "tokens", "pos", "entities")
    provides: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(self, config: QuotesConfig | None = None) -> None:
        self.config = config or QuotesConfig()

    def __call__(self, doc: Document) -> Document:
        from khabar.urdu.news import find_quotes

        quotes = find_quotes(doc)
        if not self.config.keep_unattributed:
            quotes = [q for q in quotes if q.speaker is not None or q.issuer is not None]
        doc.quotes = quotes
        return doc

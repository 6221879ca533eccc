"""Quote extractor component: direct and indirect quotes with their cue, content and speaker (and,
for a passive quote of a statement, the body that issued it), and claims the report attributes to a
source (``X کے مطابق``: according to X; kind ``sourced``), which the annotation guidelines keep apart
from quotes: no statement event is made of them and the quote scorer leaves them out.

The rules are :func:`khabar.urdu.news.find_quotes` and :func:`khabar.urdu.news.find_sourced` (data:
``urdu/data/speech_verbs.tsv``, ``news_words.tsv``). Speakers are entity indices: run the recognizer
and linker first so titles resolve to the people who hold them and pronoun speakers to the person they
refer to.
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
    #: add the claims attributed to a source (ذرائع کے مطابق, پولیس کے مطابق: kind ``sourced``)
    sourced: bool = True


class QuoteExtractor:
    name: ClassVar[str] = "quotes"
    version: ClassVar[str] = "3"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "tokens", "pos", "entities")
    provides: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(self, config: QuotesConfig | None = None) -> None:
        self.config = config or QuotesConfig()

    def __call__(self, doc: Document) -> Document:
        from khabar.urdu.news import find_quotes

        quotes = find_quotes(doc, sourced=self.config.sourced)
        if not self.config.keep_unattributed:
            quotes = [q for q in quotes if q.speaker is not None or q.issuer is not None]
        doc.quotes = quotes
        return doc

"""Date and time component: absolute and relative date expressions resolved to calendar dates.

The rules are :func:`khabar.urdu.dates.find_dates` (data: ``urdu/data/date_words.tsv``). Relative
expressions (آج, گزشتہ روز, پیر کی شام, پچھلے بارہ برسوں) are resolved against the publication date
``doc.meta["published"]`` (ISO ``2014-12-01`` or COUNTER's ``01.12.14``) when there is one, else
against the configured reference. The expressions go to ``Document.dates`` as
:class:`~khabar.doc.model.Timex` values (span, kind, value, end, part, source = the rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from khabar.doc.model import Document, Span, Timex


@dataclass(frozen=True, kw_only=True)
class DatesConfig:
    #: the reference date (ISO) when the document has no ``published`` metadata; "" for none
    reference: str = ""


class DateExtractor:
    name: ClassVar[str] = "dates"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("dates",)

    def __init__(self, config: DatesConfig | None = None) -> None:
        self.config = config or DatesConfig()

    def __call__(self, doc: Document) -> Document:
        from khabar.urdu.dates import find_dates, parse_published

        given = doc.meta.get("published")
        published = parse_published(given)
        if published is None and given not in (None, ""):
            # COUNTER's 0109.xml is dated 31.09.14: say so rather than leave آج and گزشتہ روز unresolved
            # without a word
            doc.notice("dates.published", f"the publication date {given!r} is no calendar date (ISO "
                       "2014-12-01 or dd.mm.yy); relative dates (آج, گزشتہ روز, پیر کو) are resolved "
                       + (f"against the configured reference {self.config.reference}"
                          if parse_published(self.config.reference) else "against nothing: no value"),
                       self.name)
        published = published or parse_published(self.config.reference)
        text = doc.text
        starts, ends = doc.token_starts, doc.token_ends
        forms = [text[s:e] for s, e in zip(starts, ends, strict=True)]
        doc.dates = [
            Timex(Span(starts[m.token_start], ends[m.token_end - 1], m.token_start, m.token_end),
                  m.kind, m.value, m.end, m.part, f"rule:{m.rule}" if m.rule else "rule:date")
            for m in find_dates(forms, published)
        ]
        return doc

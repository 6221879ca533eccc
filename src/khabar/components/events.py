"""Event extractor component: coded events (CAMEO code, PLOVER category) with their actors.

The rules are :func:`khabar.urdu.news.find_events` (data: ``urdu/data/event_lexicon.tsv``,
``actor_nouns.tsv``); every quote also gives a statement event (CAMEO 010), but not a claim
attributed to a source (``sourced``: X کے مطابق). An actor is an entity
index (``Event.actor1``/``actor2``) or, when the text names it by a common noun phrase (سکیورٹی
فورسز, مظاہرین, پولیس), the phrase's words (``Event.actor1_span``/``actor2_span``).

The component also fills :attr:`Entity.role <khabar.doc.model.Entity.role>`, the CAMEO actor role of
every entity whose linked id — or the id of a title in its linker group — ``urdu/data/actor_roles.tsv``
lists (رہبر انقلاب اسلامی → GOV, and so the person holding the office); the linker fills
``Entity.country``. It runs after ``dates`` so that :func:`khabar.urdu.news.event_date` gives each
event the resolved date of its sentence: ``Event.date``, an index into ``Document.dates``. An event
told inside a quote or a sourced claim is that source's account: ``Event.quote``, an index into
``Document.quotes`` (:func:`khabar.urdu.news.reporting_quote`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from khabar.doc.model import SOURCED, Document


@dataclass(frozen=True, kw_only=True)
class EventsConfig:
    #: add a statement event (CAMEO 010) for every quote
    statements: bool = True
    #: drop events below this confidence
    min_confidence: float = 0.0
    #: fill ``Entity.role`` from actor_roles.tsv
    roles: bool = True


class EventExtractor:
    name: ClassVar[str] = "events"
    version: ClassVar[str] = "3"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "tokens", "lemma", "entities", "quotes")
    provides: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, config: EventsConfig | None = None) -> None:
        self.config = config or EventsConfig()

    def __call__(self, doc: Document) -> Document:
        from khabar.urdu.news import entity_roles, event_date, find_events, reporting_quote

        if self.config.roles:
            roles = entity_roles(doc)
            if roles:
                doc.entities = [replace(e, role=roles[k][0]) if k in roles and e.role is None else e
                                for k, e in enumerate(doc.entities)]
        # a claim attributed to a source (X کے مطابق) is sourcing, no statement (docs/annotation.md)
        quotes = [q for q in doc.quotes if q.kind != SOURCED] if self.config.statements else []
        events = [e for e in find_events(doc, quotes) if e.confidence >= self.config.min_confidence]
        # whose account: the quote or sourced claim that holds the event (Event.quote)
        events = [replace(e, quote=k) if (k := reporting_quote(doc, e)) is not None else e for e in events]
        if doc.dates:  # when: the resolved date expression of each event (Event.date)
            index = {id(tx): k for k, tx in enumerate(doc.dates)}
            events = [replace(e, date=index[id(tx)]) if (tx := event_date(doc, e)) is not None else e
                      for e in events]
        doc.events = events
        return doc

"""View values for the pages, built from a Document: the user's own text cut into segments with the
entity mentions marked, and the quotes, events, keyphrases, summary, tokens and notices as rows.

Everything here is plain data; the templates escape every string (Jinja2 autoescape), so no HTML is
ever built from user text in Python.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from khabar.doc.jsonio import to_dict
from khabar.doc.model import Document, Span
from khabar.urdu.romanize import romanize_name

#: The Document JSON keys shown by the panels below; any other key is shown as JSON ("other layers").
KNOWN_KEYS = frozenset(
    {
        "schema",
        "id",
        "meta",
        "raw_text",
        "text",
        "alignment",
        "tokens",
        "sentences",
        "entities",
        "quotes",
        "events",
        "dates",
        "keyphrases",
        "summary",
        "notices",
        "provenance",
    }
)


@dataclass(frozen=True, slots=True)
class EntityMark:
    index: int
    label: str
    key: str
    text: str
    english: str | None
    canonical: str | None


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    entity: EntityMark | None = None


@dataclass(frozen=True, slots=True)
class QuoteView:
    kind: str
    content: str
    cue: str
    speaker: EntityMark | None
    speaker_text: str
    #: the body whose statement a passive quote reports (Quote.issuer), as the speaker is shown
    issuer: EntityMark | None = None
    issuer_text: str = ""


@dataclass(frozen=True, slots=True)
class EventView:
    code: str
    label: str
    trigger: str
    confidence: float
    actor1: EntityMark | None
    actor2: EntityMark | None
    location: EntityMark | None
    time: EntityMark | None
    #: the actors' text when they are not entities (a span of the text)
    actor1_text: str = ""
    actor2_text: str = ""
    #: what each actor is in CAMEO's actor coding: ``IND MIL`` (country and role, where known)
    actor1_code: str = ""
    actor2_code: str = ""
    #: whose account the event is: the quote or sourced claim that tells it (Event.quote)
    account: QuoteView | None = None


@dataclass(frozen=True, slots=True)
class DateView:
    text: str
    kind: str
    value: str
    part: str


@dataclass(frozen=True, slots=True)
class TokenRow:
    i: int
    text: str
    raw: str
    upos: str
    xpos: str
    lemma: str
    feats: str


@dataclass(frozen=True, slots=True)
class Keyphrase:
    text: str
    score: str


@dataclass(frozen=True, slots=True)
class EntityGroup:
    key: str
    text: str
    label: str
    english: str | None
    romanized: str
    count: int


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: str
    segments: tuple[Segment, ...]
    entities: tuple[EntityGroup, ...]
    labels: tuple[str, ...]
    quotes: tuple[QuoteView, ...]
    events: tuple[EventView, ...]
    dates: tuple[DateView, ...]
    keyphrases: tuple[Keyphrase, ...]
    summary: tuple[str, ...]
    tokens: tuple[TokenRow, ...]
    token_columns: tuple[str, ...]
    n_sentences: int
    notices: tuple[tuple[str, str], ...]
    provenance: tuple[tuple[str, str], ...]
    other_layers: tuple[tuple[str, str], ...]


def entity_key(kb_id: str | None, text: str) -> str:
    """How pages and the API address an entity: its knowledge-base id, else its text."""
    return kb_id or text


def view(doc: Document, data: dict[str, Any] | None = None) -> DocumentView:
    """The view of an analyzed document (its raw text, with every annotation layer it has); ``data``
    is its JSON form when the caller has it (layers this page has no panel for are shown as JSON)."""
    raw = doc.raw_text

    def raw_of(span: Span) -> str:
        s, e = doc.raw_span(span)
        return raw[s:e]

    marks = [
        EntityMark(
            k, e.label, entity_key(e.kb_id, doc.span_text(e.span)), raw_of(e.span), e.english, e.canonical
        )
        for k, e in enumerate(doc.entities)
    ]

    def mark(idx: int | None) -> EntityMark | None:
        return marks[idx] if idx is not None and 0 <= idx < len(marks) else None

    segments: list[Segment] = []
    pos = 0
    for k in sorted(
        range(len(doc.entities)), key=lambda k: (doc.entities[k].span.start, -doc.entities[k].span.end)
    ):
        s, e = doc.raw_span(doc.entities[k].span)
        if s < pos or e <= s:  # nested or overlapping mentions: the outer one is shown
            continue
        if s > pos:
            segments.append(Segment(raw[pos:s]))
        segments.append(Segment(raw[s:e], marks[k]))
        pos = e
    if pos < len(raw):
        segments.append(Segment(raw[pos:]))

    groups: dict[str, list[EntityMark]] = {}
    for m in marks:
        groups.setdefault(m.key, []).append(m)
    entities = tuple(
        sorted(
            (
                EntityGroup(
                    key,
                    ms[0].canonical or ms[0].text,
                    ms[0].label,
                    ms[0].english,
                    romanize_name(ms[0].canonical or ms[0].text),
                    len(ms),
                )
                for key, ms in groups.items()
            ),
            key=lambda g: (-g.count, g.label, g.key),
        )
    )

    quotes = tuple(
        QuoteView(
            q.kind,
            raw_of(q.content),
            raw_of(q.cue),
            mark(q.speaker),
            raw_of(q.speaker_span) if q.speaker_span is not None else "",
            mark(q.issuer),
            raw_of(q.issuer_span) if q.issuer_span is not None else "",
        )
        for q in doc.quotes
    )

    def span_text(span: Span | None) -> str:
        return raw_of(span) if span is not None else ""

    events = tuple(
        EventView(
            e.code,
            e.label,
            raw_of(e.trigger),
            e.confidence,
            mark(e.actor1),
            mark(e.actor2),
            mark(e.location),
            mark(e.time),
            span_text(getattr(e, "actor1_span", None)),
            span_text(getattr(e, "actor2_span", None)),
            " ".join(x for x in (e.actor1_country, e.actor1_role) if x),
            " ".join(x for x in (e.actor2_country, e.actor2_role) if x),
            quotes[e.quote] if e.quote is not None and 0 <= e.quote < len(quotes) else None,
        )
        for e in doc.events
    )
    dates = tuple(
        DateView(raw_of(x.span), x.kind, (x.value or "") + (f" .. {x.end}" if x.end else ""), x.part or "")
        for x in getattr(doc, "dates", ())
    )
    keyphrases = tuple(_keyphrase(k) for k in doc.keyphrases)
    summary = tuple(raw_of(doc.sentences[i]) for i in doc.summary if 0 <= i < len(doc.sentences))

    columns = tuple(c for c in ("upos", "xpos", "lemma", "feats") if doc.token_attr(c) is not None)
    tokens = tuple(
        TokenRow(
            t.i, t.text, doc.raw_token_text(t.i), t.upos or "", t.xpos or "", t.lemma or "", t.feats or ""
        )
        for t in doc.tokens
    )
    return DocumentView(
        doc.id,
        tuple(segments),
        entities,
        tuple(sorted({m.label for m in marks})),
        quotes,
        events,
        dates,
        keyphrases,
        summary,
        tokens,
        columns,
        len(doc.sentences),
        tuple((n.code, n.message) for n in doc.notices),
        tuple(sorted(doc.provenance.items())),
        other_layers(data if data is not None else to_dict(doc)),
    )


def other_layers(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """Keys of a Document JSON that no panel shows (a layer newer than this page), as JSON text."""
    return tuple(
        (k, json.dumps(v, ensure_ascii=False, indent=1)[:5000])
        for k, v in data.items()
        if k not in KNOWN_KEYS
    )


def _keyphrase(item: dict[str, Any]) -> Keyphrase:
    text = next((str(item[k]) for k in ("text", "phrase", "lemma", "key") if item.get(k)), None)
    if text is None:
        text = next(
            (str(v) for v in item.values() if isinstance(v, str)), json.dumps(item, ensure_ascii=False)
        )
    score = item.get("score", item.get("weight"))
    return Keyphrase(text, f"{score:.3g}" if isinstance(score, int | float) else "")

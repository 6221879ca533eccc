"""Pydantic models of the REST API.

The Document models mirror :func:`khabar.doc.jsonio.to_dict` (schema ``khabar.document/1``; a test
checks it equals :data:`khabar.doc.jsonio.SCHEMA`): ``tests/web/test_models.py`` checks that every key
``to_dict`` writes is a field here and every field is a key it writes, that real ``to_dict`` output
validates, and that another schema version is rejected. Unknown keys are allowed (``extra="allow"``)
so a server keeps answering while a newer layer is added; the test makes CI notice the drift.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


def iso_day(value: str | None) -> str | None:
    """``value`` when it is a calendar day written YYYY-MM-DD (2024-02-29; not 2024-02-30 or
    2024-13-01), else a ValueError naming it: a query parameter's validator and the pages' check."""
    import datetime as dt

    if value is not None:
        try:
            if len(value) != 10:
                raise ValueError
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"not a day written YYYY-MM-DD: {value!r}") from None
    return value

#: A span: ``[start, end, token_start, token_end]`` (character offsets of the normalized text, half
#: open; token range -1 when not tokenized).
SpanJson = Annotated[list[int], Field(min_length=4, max_length=4)]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class TokenModel(_Open):
    start: int
    end: int
    text: str
    space_after: bool = True
    upos: str | None = None
    xpos: str | None = None
    feats: str | None = None
    lemma: str | None = None
    norm: str | None = None


class EntityModel(_Open):
    span: SpanJson
    label: str
    kb_id: str | None = None
    canonical: str | None = None
    english: str | None = None
    group: int | None = None
    score: float | None = None
    source: str = ""
    country: str | None = None
    #: CAMEO actor role where known (GOV, MIL, REL, OPP, BUS, MED, ...)
    role: str | None = None


class QuoteModel(_Open):
    cue: SpanJson
    content: SpanJson
    kind: str
    speaker: int | None = None
    speaker_span: SpanJson | None = None
    source: str = ""
    #: a passive quote's statement issuer (وزارت خارجہ کے بیان میں کہا گیا): an entity, else its words
    issuer: int | None = None
    issuer_span: SpanJson | None = None


class EventModel(_Open):
    trigger: SpanJson
    code: str
    label: str
    sentence: int
    actor1: int | None = None
    actor2: int | None = None
    location: int | None = None
    time: int | None = None
    confidence: float = 1.0
    source: str = ""
    actor1_span: SpanJson | None = None
    actor2_span: SpanJson | None = None
    #: index into ``dates``: the event's resolved date expression
    date: int | None = None
    #: each actor's CAMEO country (ISO 3166-1 alpha-3) and role (GOV, MIL, COP, ...), where known
    actor1_country: str | None = None
    actor1_role: str | None = None
    actor2_country: str | None = None
    actor2_role: str | None = None
    #: index into ``quotes``: the quote or sourced claim whose account the event is
    quote: int | None = None


class TimexModel(_Open):
    """A date or time expression (``value``: ISO day, month, year or week; ``end``: last day of a range)."""

    span: SpanJson
    kind: str
    value: str | None = None
    end: str | None = None
    part: str | None = None
    source: str = ""


class NoticeModel(_Open):
    code: str
    message: str
    component: str = ""


class DocumentModel(_Open):
    """A Document as JSON (``khabar.document/1``)."""

    schema_: Literal["khabar.document/1"] = Field(alias="schema")
    id: str = ""
    meta: dict[str, Any] = Field(default_factory=dict)
    raw_text: str
    text: str
    alignment: list[Annotated[list[int], Field(min_length=4, max_length=4)]] = Field(default_factory=list)
    tokens: list[TokenModel] = Field(default_factory=list)
    sentences: list[SpanJson] = Field(default_factory=list)
    entities: list[EntityModel] = Field(default_factory=list)
    quotes: list[QuoteModel] = Field(default_factory=list)
    events: list[EventModel] = Field(default_factory=list)
    dates: list[TimexModel] = Field(default_factory=list)
    keyphrases: list[dict[str, Any]] = Field(default_factory=list)
    summary: list[int] = Field(default_factory=list)
    notices: list[NoticeModel] = Field(default_factory=list)
    provenance: dict[str, str] = Field(default_factory=dict)


# --- requests -----------------------------------------------------------------------------------------
class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        description="The article: plain text, or HTML given as text (analyzed as text, "
        "with an input.html notice; no URL is ever fetched)."
    )
    id: str = Field("", max_length=200, description="An id for the document.")
    published: str | None = Field(
        None, max_length=40, description="Publication date (ISO 8601, e.g. 2014-10-15): relative dates "
        "in the text (آج, گزشتہ روز, پیر کی شام) resolve against it; without it they stay unresolved.")


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    id: str | None = Field(None, max_length=500)
    title: str = Field("", max_length=2000)
    url: str = Field("", max_length=2000)
    published: str | None = Field(None, max_length=40, description="ISO 8601 date or date-time.")
    source: str = Field("", max_length=200)
    author: str = Field("", max_length=200)


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)


# --- responses ----------------------------------------------------------------------------------------
class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error answer: ``{"error": {"code": ..., "message": ...}}``."""

    error: ErrorDetail


class DocumentSummary(BaseModel):
    id: int
    doc_id: str
    title: str
    source: str
    published: str | None
    url: str
    n_tokens: int
    n_entities: int
    n_quotes: int
    n_events: int
    near_duplicate_of: int | None
    story_id: int


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    total: int
    page: int
    size: int


class StoredDocument(BaseModel):
    summary: DocumentSummary
    document: DocumentModel


class Hit(BaseModel):
    id: int
    doc_id: str
    title: str
    source: str
    published: str | None
    url: str
    score: float
    snippet: str
    snippet_start: int
    highlighted: str
    matches: list[list[int]]


class FacetValue(BaseModel):
    value: str
    label: str
    count: int


class Facets(BaseModel):
    sources: list[FacetValue]
    entities: list[FacetValue]
    events: list[FacetValue]


class SearchResponse(BaseModel):
    results: list[Hit]
    #: how many documents match
    total: int
    page: int
    size: int
    query: str
    fts_query: str
    #: how many matches were ranked (BM25): ``total``, or the most recently ingested
    #: ``khabar.corpus.search.RANK_LIMIT`` when more match
    ranked: int
    facets: Facets | None = None


class EntityRef(BaseModel):
    key: str | None = Field(description="The entity's key; null for an event actor that is no entity "
                                        "(its own words, e.g. مظاہرین).")
    text: str
    label: str
    english: str | None = None
    count: int = 0
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 code, where known.")
    role: str | None = Field(None, description="CAMEO actor role (GOV, MIL, ...), where known.")


class QuoteRow(BaseModel):
    document: int
    title: str
    published: str | None
    kind: str
    content: str
    speaker: EntityRef | None
    #: a passive quote's statement issuer (وزارت خارجہ کے بیان میں کہا گیا), where no one speaks
    issuer: EntityRef | None = None


class EventRow(BaseModel):
    document: int
    title: str
    published: str | None
    code: str
    label: str
    trigger: str
    actor1: EntityRef | None
    actor2: EntityRef | None
    location: EntityRef | None
    time: EntityRef | None
    date: str | None = Field(None, description="The event's resolved date (ISO day, month, year or week).")
    account: EntityRef | None = Field(
        None, description="Whose account the event is, when it is told inside a quote or a sourced claim: "
                          "the quote's speaker (a claim's source), else the body that issued a passive "
                          "statement; null for the report's own voice.")
    account_kind: str | None = Field(None, description="The kind of that quote (direct, indirect, sourced); "
                                                       "null for the report's own voice.")


class Mention(BaseModel):
    document: int
    title: str
    published: str | None
    before: str
    text: str
    after: str


class TimelinePoint(BaseModel):
    date: str
    count: int


class ActorPair(BaseModel):
    actor1: EntityRef
    actor2: EntityRef
    events: int = Field(description="Events in which actor 1 acted on actor 2.")
    documents: int
    codes: list[tuple[str, str, int]] = Field(
        description="[event code, label, events], the most frequent first.")
    first_day: str | None = Field(None, description="The first day the events cover (their dates, else their "
                                                    "articles' publication days).")
    last_day: str | None = None
    directed: bool = Field(True, description="False: the events of either actor on the other (undirected).")


class PairPage(BaseModel):
    items: list[ActorPair]
    total: int
    page: int
    size: int


class EntityResponse(BaseModel):
    key: str
    label: str
    urdu: str
    english: str | None
    romanized: str
    kb_id: str | None
    n_mentions: int
    n_documents: int
    timeline: list[TimelinePoint]
    cooccurring: list[EntityRef]
    quotes: list[QuoteRow]
    events: list[EventRow]
    mentions: list[Mention]
    pairs: list[ActorPair] = Field(
        default_factory=list,
        description="Whom it acted on and who acted on it (as /api/network), the most events first.")


class EventPage(BaseModel):
    items: list[EventRow]
    total: int
    page: int
    size: int


class EntityPage(BaseModel):
    items: list[EntityRef]
    total: int
    page: int
    size: int


class QuotePage(BaseModel):
    items: list[QuoteRow]
    total: int
    page: int
    size: int


class IngestFailure(BaseModel):
    origin: str
    reason: str


class IngestResponse(BaseModel):
    added: int
    duplicates: int
    near_duplicates: int
    failed: int
    failures: list[IngestFailure]
    seconds: float

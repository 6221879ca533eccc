"""The REST API under ``/api`` (OpenAPI document at ``/openapi.json``, Swagger UI at ``/docs``).

Each route reads its parameters, calls the library or :mod:`khabar.web.queries` in a worker thread
(with the request timeout), and returns a model of :mod:`khabar.web.models`. The two hot routes,
search and analyze, answer the library's JSON as it is (a ``JSONResponse``), not validated a second
time; their models stay in the OpenAPI document, and tests/web/test_fast_paths.py checks that the
answers are exactly those models.
"""

# no `from __future__ import annotations`: FastAPI reads the route annotations, which use local aliases

import dataclasses
import hashlib
import hmac
import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator

from khabar.corpus import listing
from khabar.corpus.errors import QueryError
from khabar.corpus.search import Filters
from khabar.doc.jsonio import to_dict
from khabar.doc.model import EventVoice, QuoteKind
from khabar.web import models as m
from khabar.web import queries
from khabar.web.app import run_limited
from khabar.web.backend import Backend
from khabar.web.errors import NotFound, Unauthorized, WritesDisabled
from khabar.web.models import iso_day
from khabar.web.settings import Settings

DATE = r"^\d{4}-\d{2}-\d{2}$"
#: The event filters of /api/events and /api/network.
EventsFrom = Annotated[
    str | None, Query(alias="from", pattern=DATE, description="Events on or after this day (YYYY-MM-DD)."),
    AfterValidator(iso_day),
]
EventsTo = Annotated[
    str | None, Query(alias="to", pattern=DATE, description="Events on or before this day (YYYY-MM-DD)."),
    AfterValidator(iso_day),
]
ActorCode = Annotated[
    str | None,
    Query(max_length=16, description="Only events with an actor of this CAMEO actor code: a country (IND), a "
                                     "role (MIL) or both (INDMIL)."),
]
Voice = Annotated[
    EventVoice | None,
    Query(description="Only the events the report tells in its own voice (own), or those told inside a quote "
                      "or a sourced claim (reported), each item's `account` naming whose."),
]
#: Deepest page served (SQLite's OFFSET reads every skipped row).
MAX_PAGE = 1000
_ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": m.ErrorBody, "description": d}
    for s, d in (
        (400, "Bad input or query"),
        (404, "Not found"),
        (413, "Body too large"),
        (422, "Invalid parameters"),
        (503, "Store or model unavailable"),
        (504, "Timed out"),
    )
}


async def _backend(request: Request) -> Backend:
    # async: FastAPI runs a plain `def` dependency in the thread pool, one more thread hop per request
    backend: Backend = request.app.state.backend
    return backend


def _asdict(value: Any) -> Any:
    return dataclasses.asdict(value)


def router(settings: Settings) -> APIRouter:
    r = APIRouter(prefix="/api", responses=_ERRORS)
    Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")]  # noqa: N806 - a type alias, named as one
    Size = Annotated[int, Query(ge=1, le=settings.max_page_size, description="Items per page.")]  # noqa: N806 - a type alias, named as one
    Key = Annotated[str, Query(max_length=settings.max_query_chars)]  # noqa: N806 - a type alias, named as one
    BackendDep = Annotated[Backend, Depends(_backend)]  # noqa: N806 - a type alias, named as one

    def require_token(
        authorization: Annotated[str | None, Header()] = None,
        x_api_token: Annotated[str | None, Header()] = None,
    ) -> None:
        if settings.api_token is None:
            raise WritesDisabled(
                "writing is disabled on this server: start it with KHABAR_API_TOKEN set "
                "to enable POST /api/ingest"
            )
        given = x_api_token
        if authorization and authorization.lower().startswith("bearer "):
            given = authorization[7:].strip()
        if not given or not hmac.compare_digest(given.encode(), settings.api_token.encode()):
            raise Unauthorized("this endpoint needs the API token: send `Authorization: Bearer TOKEN`")

    @r.get("/health", tags=["meta"])
    async def health() -> dict[str, str]:
        """Liveness: answers as soon as the server is up."""
        return {"status": "ok"}

    @r.post("/analyze", response_model=m.DocumentModel, tags=["analyze"])
    async def analyze(request: Request, body: m.AnalyzeRequest, backend: BackendDep) -> Response:
        """Analyze one article; the answer is the Document JSON (``khabar.document/1``) with every layer
        the server's pipeline produces. HTML given as text is analyzed as text with an ``input.html``
        notice; nothing is fetched."""
        doc = await run_limited(request, backend.analyze, body.text, body.id, body.published)
        # to_dict is the schema the model mirrors (tests/web/test_models.py): answered as it is, not
        # validated again field by field (a few milliseconds for an article's hundreds of tokens)
        return JSONResponse(to_dict(doc))

    @r.get("/documents", response_model=m.DocumentPage, tags=["corpus"])
    async def documents(
        request: Request,
        backend: BackendDep,
        page: Page = 1,
        size: Size = settings.page_size,
        source: Key | None = None,
    ) -> dict[str, Any]:
        """The stored documents, newest first."""

        def work() -> tuple[int, tuple[queries.DocSummary, ...]]:
            with backend.store() as store:
                return queries.list_documents(store.conn, offset=(page - 1) * size, limit=size, source=source)

        total, items = await run_limited(request, work)
        return {"items": [_asdict(i) for i in items], "total": total, "page": page, "size": size}

    @r.get("/documents/{id}", response_model=m.StoredDocument, tags=["corpus"])
    async def document(
        request: Request, backend: BackendDep, id: Annotated[int, Path(ge=1)]
    ) -> dict[str, Any]:
        """One stored document: its summary and its Document JSON with all annotations."""

        def work() -> tuple[queries.DocSummary, dict[str, Any]] | None:
            with backend.store() as store:
                return queries.document(store.conn, id)

        found = await run_limited(request, work)
        if found is None:
            raise NotFound(f"no document with id {id}")
        return {"summary": _asdict(found[0]), "document": found[1]}

    @r.get("/search", response_model=m.SearchResponse, tags=["corpus"])
    async def search(
        request: Request,
        *,
        backend: BackendDep,
        q: Annotated[
            str,
            Query(
                min_length=1,
                max_length=settings.max_query_chars,
                description='Words, "phrases", AND/OR/NOT, (brackets), prefix*.',
            ),
        ],
        since: Annotated[
            str | None, Query(alias="from", pattern=DATE, description="Published on or after."),
            AfterValidator(iso_day),
        ] = None,
        until: Annotated[
            str | None, Query(alias="to", pattern=DATE, description="Published on or before."),
            AfterValidator(iso_day),
        ] = None,
        source: Key | None = None,
        entity: Key | None = None,
        event: Key | None = None,
        page: Page = 1,
        size: Size = settings.page_size,
        facets: Annotated[
            bool, Query(description="Also count matches by source, entity and event type.")
        ] = False,
    ) -> Response:
        """Full-text search (BM25); snippets are windows of the original text with the matches marked
        «so» and their raw offsets."""
        filters = Filters(since, until, source, entity, event)

        def work() -> tuple[Any, queries.Facets | None]:
            results = backend.search(q, filters, limit=size, offset=(page - 1) * size)
            counted = None
            if facets:
                with backend.store() as store:
                    counted = queries.facets(store.conn, results.fts_query, filters)
            return results, counted

        results, counted = await run_limited(request, work)
        # the hot path: built from the library's own JSON, which matches m.SearchResponse (a test
        # checks every answer against it), and answered without a second validation
        body: dict[str, Any] = results.to_json() | {"page": page, "size": size}
        body["facets"] = _asdict(counted) if counted is not None else None
        return JSONResponse(body)

    @r.get("/entities", response_model=m.EntityPage, tags=["corpus"])
    async def entities(
        request: Request,
        *,
        backend: BackendDep,
        label: Annotated[
            str | None,
            Query(pattern="^(PERSON|LOCATION|ORGANIZATION|TITLE|ARTEFACT)$",
                  description="Only entities of this label."),
        ] = None,
        since: Annotated[
            str | None,
            Query(alias="from", pattern=DATE, description="Count documents published on or after."),
            AfterValidator(iso_day),
        ] = None,
        until: Annotated[
            str | None,
            Query(alias="to", pattern=DATE, description="Count documents published on or before."),
            AfterValidator(iso_day),
        ] = None,
        page: Page = 1,
        size: Size = settings.page_size,
    ) -> dict[str, Any]:
        """The entities of the corpus, the most named first: `count` is how many documents (published in
        from/to) name each; numbers, dates and times are values, not entities."""

        def work() -> tuple[int, tuple[listing.EntityRef, ...]]:
            with backend.store() as store:
                return listing.top_entities(store.conn, offset=(page - 1) * size, limit=size, label=label,
                                            since=since, until=until)

        total, items = await run_limited(request, work)
        return {"items": [_asdict(i) for i in items], "total": total, "page": page, "size": size}

    @r.get("/entities/{key:path}", response_model=m.EntityResponse, tags=["corpus"])
    async def entity(
        request: Request,
        backend: BackendDep,
        key: Annotated[
            str,
            Path(
                max_length=settings.max_query_chars,
                description="A knowledge-base id (Q1234), else the mention text; an English or Urdu name, "
                            "or a name in Roman Urdu, finds the entity it names.",
            ),
        ],
    ) -> dict[str, Any]:
        """An entity: its names, mentions per day, co-occurring entities, its quotes and events."""

        def work() -> listing.EntityProfile | None:
            with backend.store() as store:
                return listing.named_entity_profile(store.conn, key)

        profile = await run_limited(request, work)
        if profile is None:
            raise NotFound(f"no entity {key!r} in the corpus (give a knowledge-base id, a mention's text "
                           "or a name)")
        from khabar.urdu.romanize import romanize_name

        data: dict[str, Any] = _asdict(profile)
        data["timeline"] = [{"date": d, "count": n} for d, n in data.pop("per_day")]
        data["romanized"] = romanize_name(profile.urdu)
        return data

    @r.get("/events", response_model=m.EventPage, tags=["corpus"])
    async def events(
        request: Request,
        *,
        backend: BackendDep,
        code: Key | None = None,
        entity: Key | None = None,
        since: EventsFrom = None,
        until: EventsTo = None,
        actor: ActorCode = None,
        who: Annotated[str | None, Query(max_length=settings.max_query_chars,
                                         description="Only events whose actor 1 is this entity or these "
                                                     "words.")] = None,
        whom: Annotated[str | None, Query(max_length=settings.max_query_chars,
                                          description="Only events whose actor 2 is this entity or these "
                                                      "words.")] = None,
        voice: Voice = None,
        told_by: Annotated[str | None, Query(max_length=settings.max_query_chars,
                                             description="Only the events a quote or a sourced claim of "
                                                         "this entity tells: what it says happened.")
                           ] = None,
        page: Page = 1,
        size: Size = settings.page_size,
    ) -> dict[str, Any]:
        """Events (who did what to whom), optionally of one type, involving one entity, with an actor of
        one CAMEO code (`actor`: each actor's `country` and `role` are what it is in the event), in a
        period (from/to): the days of the event's own date (`date`: a day, month, ISO week or year
        overlaps the period), or its article's publication day when it has no date, or by whose voice
        tells them (`voice`). An event told inside a quote or a sourced claim is that source's account:
        `account` is its speaker (or the body that issued a passive statement), `account_kind` the
        quote's kind; both null for the report's own voice; `told_by` keeps one source's account."""
        if actor:
            listing.actor_code(actor)  # a bad code is a 400 before any work

        def work() -> tuple[int, tuple[listing.EventRow, ...]]:
            with backend.store() as store:
                return listing.list_events(
                    store.conn, offset=(page - 1) * size, limit=size, code=code, entity=entity,
                    since=since, until=until, actor=actor, who=who, whom=whom, voice=voice,
                    told_by=told_by,
                )

        total, items = await run_limited(request, work)
        return {"items": [_asdict(i) for i in items], "total": total, "page": page, "size": size}

    def network_pairs(
        *,
        code: Key | None = None,
        entity: Key | None = None,
        since: EventsFrom = None,
        until: EventsTo = None,
        actor: ActorCode = None,
        named: Annotated[bool, Query(description="Only actors that are entities.")] = False,
        undirected: Annotated[bool, Query(description="The events of either actor on the other as one pair "
                                                      "(who met whom).")] = False,
        quotes: Annotated[bool, Query(description="Who said something about whom instead: each quote's "
                                                  "speaker and the entities its words name (code, actor, "
                                                  "named, undirected and voice are for events).")] = False,
        voice: Voice = None,
    ) -> Callable[[sqlite3.Connection, int, int], tuple[int, tuple[listing.ActorPair, ...]]]:
        """The listing of pairs /network and /network.graphml read, with the request's filters, as a
        function of (connection, offset, limit; -1: all) (a bad actor code, or an event filter with
        quotes, is a 400 before any work)."""
        if quotes:
            if code or actor or named or undirected or voice:
                raise QueryError("code, actor, named, undirected and voice are for events; quotes lists "
                                 "quotes")
            return lambda conn, offset, limit: listing.quote_pairs(
                conn, offset=offset, limit=limit, entity=entity, since=since, until=until)
        if actor:
            listing.actor_code(actor)
        return lambda conn, offset, limit: listing.actor_pairs(
            conn, offset=offset, limit=limit, code=code, entity=entity, since=since, until=until, actor=actor,
            named=named, undirected=undirected, voice=voice)

    NetworkPairs = Annotated[  # noqa: N806 - a type alias
        Callable[[sqlite3.Connection, int, int], tuple[int, tuple[listing.ActorPair, ...]]],
        Depends(network_pairs)]

    @r.get("/network", response_model=m.PairPage, tags=["corpus"])
    async def network(
        request: Request,
        *,
        backend: BackendDep,
        pairs: NetworkPairs,
        page: Page = 1,
        size: Size = settings.page_size,
    ) -> dict[str, Any]:
        """Who did what to whom: the pairs of actors of the events, the pair with the most events first,
        with their event codes and the days they cover. An entity, or an unnamed actor's words, is one
        actor whatever its role; a place acts with its role in the event (India's military, IND MIL,
        apart from India). `code`, `from`, `to`, `actor` and `voice` filter the events as `/events` does;
        `entity` keeps the pairs that entity is one of; `named` keeps the actors that are entities;
        `quotes` lists who spoke of whom instead (each quote's speaker and the entities its words
        name)."""

        def work() -> tuple[int, tuple[listing.ActorPair, ...]]:
            with backend.store() as store:
                return pairs(store.conn, (page - 1) * size, size)

        total, items = await run_limited(request, work)
        return {"items": [_asdict(i) for i in items], "total": total, "page": page, "size": size}

    @r.get("/network.graphml", tags=["corpus"],
           responses={200: {"content": {"application/graphml+xml": {}}, "description": "A GraphML file."}})
    async def network_graphml(request: Request, *, backend: BackendDep, pairs: NetworkPairs) -> Response:
        """The whole network `/network` pages through, as one directed GraphML graph for Gephi, Cytoscape
        or networkx (a node per actor, an edge per pair: docs/cli.md, `khabar network --graphml`)."""

        def work() -> bytes:
            import io

            from khabar.corpus.export import write_graphml

            with backend.store() as store:
                out = io.BytesIO()
                write_graphml(pairs(store.conn, 0, -1)[1], out)
                return out.getvalue()

        body = await run_limited(request, work)
        return Response(body, media_type="application/graphml+xml",
                        headers={"Content-Disposition": 'attachment; filename="khabar-network.graphml"'})

    @r.get("/quotes", response_model=m.QuotePage, tags=["corpus"])
    async def quotes(
        request: Request,
        *,
        backend: BackendDep,
        speaker: Key | None = None,
        since: Annotated[
            str | None,
            Query(alias="from", pattern=DATE, description="Quotes of articles published on or after."),
            AfterValidator(iso_day),
        ] = None,
        until: Annotated[
            str | None,
            Query(alias="to", pattern=DATE, description="Quotes of articles published on or before."),
            AfterValidator(iso_day),
        ] = None,
        about: Key | None = None,
        kind: Annotated[
            list[QuoteKind] | None,
            Query(description="Only quotes of these kinds (repeat the parameter): direct, indirect, or "
                              "sourced (claims the article attributes to a source: X کے مطابق)."),
        ] = None,
        page: Page = 1,
        size: Size = settings.page_size,
    ) -> dict[str, Any]:
        """Quotes (who said what), optionally by one speaker (an entity key, English or canonical name),
        about one entity (`about`: its name is in the quote's words, whoever said them), of some kinds
        (`kind`) or of articles published in a period (from/to)."""

        def work() -> tuple[int, tuple[listing.QuoteRow, ...]]:
            with backend.store() as store:
                return listing.list_quotes(store.conn, offset=(page - 1) * size, limit=size, speaker=speaker,
                                           since=since, until=until, about=about,
                                           kinds=tuple(k.value for k in kind or ()))

        total, items = await run_limited(request, work)
        return {"items": [_asdict(i) for i in items], "total": total, "page": page, "size": size}

    @r.get("/stats", tags=["corpus"])
    async def stats(request: Request, backend: BackendDep) -> dict[str, Any]:
        """Counts of the corpus (as ``khabar stats --json``)."""

        def work() -> dict[str, Any]:
            with backend.store() as store:
                data: dict[str, Any] = store.stats().to_json()
            data.pop("path", None)  # the server's file system is not the client's business
            return data

        return await run_limited(request, work)

    @r.post(
        "/ingest",
        response_model=m.IngestResponse,
        tags=["corpus"],
        dependencies=[Depends(require_token)],
        responses={401: {"model": m.ErrorBody}, 403: {"model": m.ErrorBody}},
    )
    async def ingest(request: Request, body: m.IngestRequest, backend: BackendDep) -> dict[str, Any]:
        """Add articles to the corpus (needs the API token): analyzed, deduplicated, stored, indexed.
        An article that cannot be stored is reported in ``failures``; the others are still added."""
        from khabar.corpus.records import Article, parse_date

        articles = [
            Article(
                a.text,
                a.id or a.url or "api:" + hashlib.sha256(a.text.encode()).hexdigest()[:16],
                f"request#{k}",
                a.title,
                a.url,
                parse_date(a.published),
                a.source,
                a.author,
            )
            for k, a in enumerate(body.articles, 1)
        ]
        summary = await run_limited(request, backend.ingest, articles)
        data = summary.to_json()
        return {
            k: data[k] for k in ("added", "duplicates", "near_duplicates", "failed", "failures", "seconds")
        }

    return r

"""Server-rendered pages (Jinja2 templates in ``khabar/web/templates``): home, analyze, search,
entity, document list and document. Right-to-left, Urdu labels (``data/labels.tsv``), no script.

Every string from a user or a document reaches HTML only through the templates, which escape it
(autoescape is on for every template); URLs are built with :func:`urllib.parse.quote`/``urlencode``.
"""

# no `from __future__ import annotations`: FastAPI reads the route annotations, which use local aliases

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from khabar.corpus import listing
from khabar.corpus.errors import QueryError
from khabar.corpus.search import Filters, Hit
from khabar.doc.model import EVENT_VOICES, QUOTE_KINDS
from khabar.errors import KhabarError
from khabar.web import queries
from khabar.web.app import run_limited
from khabar.web.backend import Backend
from khabar.web.charts import network_svg, timeline_svg
from khabar.web.errors import NotFound
from khabar.web.models import iso_day
from khabar.web.render import view
from khabar.web.settings import Settings

MAX_PAGE = 1000


@cache
def labels() -> dict[str, tuple[str, str]]:
    """key -> (English, Urdu) from ``data/labels.tsv`` (read on first use)."""
    text = (resources.files("khabar.web") / "data" / "labels.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines()[1:]:
        if line.strip():
            key, en, ur = line.split("\t")
            out[key] = (en, ur)
    return out


def t(key: str) -> str:
    """The Urdu label ``key`` (a missing key is a bug: KeyError)."""
    return labels()[key][1]


def t_en(key: str) -> str:
    return labels()[key][0]


def label_name(label: str) -> str:
    return labels().get(f"label_{label}", (label, label))[1]


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("khabar.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # the voices of the events' filter (EventVoice), in every events form
    env.globals.update(t=t, t_en=t_en, label_name=label_name, event_voices=EVENT_VOICES)
    env.filters["path"] = lambda s: quote(str(s), safe="")
    # a query string of the non-empty values of a mapping
    env.filters["urlquery"] = lambda d: urlencode({k: v for k, v in d.items() if v})
    return env


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status_code)


def error_page(status: int, message: str) -> HTMLResponse:
    return render("error.html", status, status=status, message=message, nav="")


@dataclass(frozen=True, slots=True)
class Pager:
    page: int
    pages: int
    prev_url: str | None
    next_url: str | None


def pager(base: str, params: dict[str, Any], page: int, size: int, total: int) -> Pager:
    pages = max(1, min(MAX_PAGE, math.ceil(total / size)))

    def url(p: int) -> str:
        return (
            base + "?" + urlencode({k: v for k, v in (params | {"page": p}).items() if v not in (None, "")})
        )

    return Pager(page, pages, url(page - 1) if page > 1 else None, url(page + 1) if page < pages else None)


def snippet_parts(hit: Hit) -> list[tuple[str, bool]]:
    """The snippet cut into (text, is_match) parts."""
    parts, pos = [], hit.snippet_start
    end = hit.snippet_start + len(hit.snippet)
    for s, e in hit.matches:
        if s < pos or e > end:
            continue
        if s > pos:
            parts.append((hit.snippet[pos - hit.snippet_start : s - hit.snippet_start], False))
        parts.append((hit.snippet[s - hit.snippet_start : e - hit.snippet_start], True))
        pos = e
    if pos < end:
        parts.append((hit.snippet[pos - hit.snippet_start :], False))
    return parts


#: The entity types the entities page filters by.
ENTITY_PAGE_LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "TITLE", "ARTEFACT")


def _event_form(since: str, until: str, entity: str, code: str, *, actor: str,
                voice: str) -> tuple[dict[str, str | None], dict[str, str | None], str | None]:
    """The events form's fields (it sends empty fields for unused filters: empty means no filter) as
    the page's parameters, the listing's filters and the error to show (a day not YYYY-MM-DD, a bad
    CAMEO actor code, a voice that is neither own nor reported), None when there is none."""
    params = {"from": since or None, "to": until or None, "entity": entity or None, "code": code or None,
              "actor": actor or None, "voice": voice or None}
    filters = {"code": code or None, "entity": entity or None, "since": since or None, "until": until or None,
               "actor": actor or None, "voice": voice or None}
    error = _date_error(since, until)
    try:
        if not error and actor:
            listing.actor_code(actor)
        if not error and voice:
            listing.voice_condition(voice)
    except QueryError as exc:
        error = str(exc)
    return params, filters, error


def _date_error(*values: str) -> str | None:
    """The message for the first of the form's date fields that is not empty and not a calendar day
    written YYYY-MM-DD, or None when they all are."""
    for d in values:
        if d:
            try:
                iso_day(d)
            except ValueError:
                return f"not a date (YYYY-MM-DD): {d}"
    return None


def _backend(request: Request) -> Backend:
    backend: Backend = request.app.state.backend
    return backend


def router(settings: Settings) -> APIRouter:
    r = APIRouter(include_in_schema=False)
    QueryText = Annotated[str, Query(max_length=settings.max_query_chars)]  # noqa: N806 - a type alias, named as one
    From = Annotated[str, Query(alias="from", max_length=10)]  # noqa: N806 - a type alias, named as one
    To = Annotated[str, Query(alias="to", max_length=10)]  # noqa: N806 - a type alias, named as one
    Actor = Annotated[str, Query(max_length=16)]  # noqa: N806 - a type alias, named as one
    Voice = Annotated[str, Query(max_length=16)]  # noqa: N806 - a type alias, named as one
    Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]  # noqa: N806 - a type alias, named as one

    @r.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> HTMLResponse:
        backend = _backend(request)

        def work() -> tuple[Any, tuple[queries.DocSummary, ...]]:
            with backend.store() as store:
                return store.stats(), queries.list_documents(store.conn, offset=0, limit=10)[1]

        stats, recent = await run_limited(request, work)
        return render("home.html", nav="home", stats=stats, recent=recent)

    @r.get("/analyze", response_class=HTMLResponse)
    async def analyze_form() -> HTMLResponse:
        return render(
            "analyze.html", nav="analyze", text="", published="", v=None, error=None,
            max_chars=settings.max_text_chars,
        )

    @r.post("/analyze", response_class=HTMLResponse)
    async def analyze(
        request: Request, text: Annotated[str, Form(max_length=settings.max_text_chars)],
        published: Annotated[str, Form(max_length=40)] = "",
    ) -> HTMLResponse:
        backend = _backend(request)
        try:
            doc = await run_limited(request, backend.analyze, text, "", published or None)
        except KhabarError as exc:
            if isinstance(exc, NotFound):
                raise
            from khabar.web.errors import status_of

            status, _ = status_of(exc)
            return render(
                "analyze.html",
                status,
                nav="analyze",
                text=text,
                published=published,
                v=None,
                error=str(exc),
                max_chars=settings.max_text_chars,
            )
        return render(
            "analyze.html",
            nav="analyze",
            text=text,
            published=published,
            v=view(doc),
            error=None,
            max_chars=settings.max_text_chars,
            link_entities=False,
        )

    @r.get("/search", response_class=HTMLResponse)
    async def search(
        request: Request,
        *,
        q: QueryText = "",
        since: From = "",
        until: To = "",
        source: QueryText = "",
        entity: QueryText = "",
        event: QueryText = "",
        page: Page = 1,
    ) -> HTMLResponse:
        # the form sends empty fields for unused filters: empty means no filter
        backend = _backend(request)
        size = settings.page_size
        params = {
            "q": q,
            "from": since or None,
            "to": until or None,
            "source": source or None,
            "entity": entity or None,
            "event": event or None,
        }
        error = _date_error(since, until)
        if not q.strip() or error:
            return render(
                "search.html",
                422 if error else 200,
                nav="search",
                params=params,
                results=None,
                facets=None,
                error=error,
            )
        filters = Filters(since or None, until or None, source or None, entity or None, event or None)

        def work() -> tuple[Any, queries.Facets]:
            results = backend.search(q, filters, limit=size, offset=(page - 1) * size)
            with backend.store() as store:
                return results, queries.facets(store.conn, results.fts_query, filters)

        try:
            results, facets = await run_limited(request, work)
        except KhabarError as exc:
            from khabar.web.errors import status_of

            status, _ = status_of(exc)
            if status >= 500:
                raise
            return render(
                "search.html", status, nav="search", params=params, results=None, facets=None, error=str(exc)
            )

        def with_param(key: str, value: str | None) -> str:
            return "/search?" + urlencode({k: v for k, v in (params | {key: value}).items() if v})

        hits = [(h, snippet_parts(h)) for h in results.hits]
        return render(
            "search.html",
            nav="search",
            params=params,
            results=results,
            hits=hits,
            facets=facets,
            error=None,
            pager=pager("/search", params, page, size, results.total),
            with_param=with_param,
        )

    @r.get("/events", response_class=HTMLResponse)
    async def events(
        request: Request,
        *,
        since: From = "",
        until: To = "",
        entity: QueryText = "",
        code: QueryText = "",
        actor: Actor = "",
        voice: Voice = "",
        who: QueryText = "",
        whom: QueryText = "",
        told_by: QueryText = "",
        page: Page = 1,
    ) -> HTMLResponse:
        backend = _backend(request)
        size = settings.page_size * 2
        params, filters, error = _event_form(since, until, entity, code, actor=actor, voice=voice)
        # the events behind one pair of the network page, and one source's account of events
        params |= {"who": who or None, "whom": whom or None, "told_by": told_by or None}
        filters |= {"who": who or None, "whom": whom or None, "told_by": told_by or None}
        if error:
            return render("events.html", 422, nav="events", params=params, items=None, error=error)

        def work() -> tuple[int, tuple[listing.EventRow, ...], tuple[tuple[str, int], ...]]:
            with backend.store() as store:
                total, items = listing.list_events(store.conn, offset=(page - 1) * size, limit=size,
                                                   **filters)
                return total, items, listing.event_days(store.conn, **filters)

        total, items, days = await run_limited(request, work)
        # a timeline once the events fall on two days or more
        chart = timeline_svg(days, title=t_en("events_timeline"), what="events") if len(days) > 1 else ""
        return render("events.html", nav="events", params=params, items=items, total=total, error=None,
                      chart=chart, pager=pager("/events", params, page, size, total))

    @r.get("/network", response_class=HTMLResponse)
    async def network(
        request: Request,
        *,
        since: From = "",
        until: To = "",
        entity: QueryText = "",
        code: QueryText = "",
        actor: Actor = "",
        voice: Voice = "",
        named: Annotated[str, Query(max_length=8)] = "",
        quotes: Annotated[str, Query(max_length=8)] = "",
        undirected: Annotated[str, Query(max_length=8)] = "",
        page: Page = 1,
    ) -> HTMLResponse:
        backend = _backend(request)
        size = settings.page_size * 2
        params, filters, error = _event_form(since, until, entity, code, actor=actor, voice=voice)
        params |= {"named": "1" if named else None, "quotes": "1" if quotes else None,
                   "undirected": "1" if undirected else None}
        if not error and quotes and (code or actor or named or undirected or voice):
            error = t_en("network_quotes_filters")
        if error:
            return render("network.html", 422, nav="network", params=params, items=None, error=error)

        def work() -> tuple[int, tuple[listing.ActorPair, ...]]:
            with backend.store() as store:
                if quotes:  # who said something about whom
                    return listing.quote_pairs(store.conn, offset=(page - 1) * size, limit=size,
                                               entity=filters["entity"], since=filters["since"],
                                               until=filters["until"])
                return listing.actor_pairs(store.conn, offset=(page - 1) * size, limit=size,
                                           code=filters["code"], entity=filters["entity"],
                                           since=filters["since"], until=filters["until"],
                                           actor=filters["actor"], named=bool(named),
                                           undirected=bool(undirected), voice=filters["voice"])

        total, items = await run_limited(request, work)
        # the page's pairs as a graph, once there are two
        graph = network_svg(items, title=t_en("network_title")) if len(items) > 1 else ""
        return render("network.html", nav="network", params=params, items=items, total=total, error=None,
                      pager=pager("/network", params, page, size, total), graph=graph)

    @r.get("/quotes", response_class=HTMLResponse)
    async def quotes(
        request: Request,
        *,
        since: From = "",
        until: To = "",
        speaker: QueryText = "",
        about: QueryText = "",
        kind: Annotated[str, Query(max_length=16)] = "",
        page: Page = 1,
    ) -> HTMLResponse:
        backend = _backend(request)
        size = settings.page_size * 2
        params = {"from": since or None, "to": until or None, "speaker": speaker or None,
                  "about": about or None, "kind": kind or None}
        error = _date_error(since, until)
        if not error and kind and kind not in QUOTE_KINDS:
            error = f"not a kind of quote: {kind}"
        if error:
            return render("quotes.html", 422, nav="quotes", params=params, items=None, error=error,
                          kinds=QUOTE_KINDS)

        def work() -> tuple[int, tuple[listing.QuoteRow, ...]]:
            with backend.store() as store:
                return listing.list_quotes(store.conn, offset=(page - 1) * size, limit=size,
                                           speaker=speaker or None, since=since or None, until=until or None,
                                           about=about or None, kinds=(kind,) if kind else ())

        total, items = await run_limited(request, work)
        return render("quotes.html", nav="quotes", params=params, items=items, total=total, error=None,
                      kinds=QUOTE_KINDS, pager=pager("/quotes", params, page, size, total))

    @r.get("/entities", response_class=HTMLResponse)
    async def entities(
        request: Request,
        *,
        since: From = "",
        until: To = "",
        label: Annotated[str, Query(max_length=16)] = "",
        page: Page = 1,
    ) -> HTMLResponse:
        backend = _backend(request)
        size = settings.page_size * 2
        params = {"from": since or None, "to": until or None, "label": label or None}
        error = _date_error(since, until)
        if not error and label and label not in ENTITY_PAGE_LABELS:
            error = f"not an entity type: {label}"
        if error:
            return render("entities.html", 422, nav="entities", params=params, items=None, error=error,
                          labels=ENTITY_PAGE_LABELS)

        def work() -> tuple[int, tuple[listing.EntityRef, ...]]:
            with backend.store() as store:
                return listing.top_entities(store.conn, offset=(page - 1) * size, limit=size,
                                            label=label or None, since=since or None, until=until or None)

        total, items = await run_limited(request, work)
        return render("entities.html", nav="entities", params=params, items=items, total=total, error=None,
                      labels=ENTITY_PAGE_LABELS, offset=(page - 1) * size,
                      pager=pager("/entities", params, page, size, total))

    @r.get("/entities/{key:path}", response_class=HTMLResponse)
    async def entity(request: Request, key: str) -> HTMLResponse:
        if len(key) > settings.max_query_chars:
            raise NotFound("no such entity (the name is too long)")
        backend = _backend(request)

        def work() -> listing.EntityProfile | None:
            with backend.store() as store:
                return listing.named_entity_profile(store.conn, key)

        profile = await run_limited(request, work)
        if profile is None:
            raise NotFound(f"no entity {key!r} in the corpus")
        from khabar.urdu.romanize import romanize_name

        chart = timeline_svg(profile.per_day, title=f"{t_en('timeline')}: {profile.english or profile.urdu}")
        return render("entity.html", nav="", e=profile, romanized=romanize_name(profile.urdu), chart=chart)

    @r.get("/documents", response_class=HTMLResponse)
    async def documents(request: Request, page: Page = 1, source: QueryText | None = None) -> HTMLResponse:
        backend = _backend(request)
        size = settings.page_size * 2

        def work() -> tuple[int, tuple[queries.DocSummary, ...]]:
            with backend.store() as store:
                return queries.list_documents(store.conn, offset=(page - 1) * size, limit=size, source=source)

        total, items = await run_limited(request, work)
        return render(
            "documents.html",
            nav="documents",
            items=items,
            total=total,
            pager=pager("/documents", {"source": source}, page, size, total),
        )

    @r.get("/documents/{id}", response_class=HTMLResponse)
    async def document(request: Request, id: int) -> HTMLResponse:
        backend = _backend(request)

        def work() -> tuple[queries.DocSummary, Any] | None:
            from khabar.doc.jsonio import from_dict

            with backend.store() as store:
                found = queries.document(store.conn, id)
            if found is None:
                return None
            summary, data = found
            return summary, view(from_dict(data), data)

        found = await run_limited(request, work)
        if found is None:
            raise NotFound(f"no document with id {id}")
        summary, v = found
        return render("document.html", nav="documents", d=summary, v=v, link_entities=True)

    @r.get("/api", include_in_schema=False)
    async def api_home() -> RedirectResponse:
        return RedirectResponse("/docs")

    return r

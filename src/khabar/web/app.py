"""The FastAPI application: :func:`create_app` (the factory), its middleware and error handlers, and
:func:`serve` (uvicorn), which ``python -m khabar.web`` and ``khabar serve`` run.

Limits (see :class:`~khabar.web.settings.Settings`): a body larger than ``max_body_bytes`` is refused
with 413 (from its Content-Length before it is read, or as soon as a streamed body passes the limit),
a query string longer than ``max_query_string_bytes`` with 414, a search query longer than
``max_query_chars`` with 422, and a request that runs longer than ``timeout_s`` is answered 504.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar import __version__
from khabar.errors import ConfigError, KhabarError
from khabar.web.backend import Backend
from khabar.web.errors import RequestTimeout, error_body, status_of
from khabar.web.fonts import find_fonts
from khabar.web.settings import Settings

log = logging.getLogger("khabar.web")
T = TypeVar("T")

#: Content-Security-Policy of every page: no script at all, styles, fonts and images from this server.
CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: The API docs page (Swagger UI, served from the swagger-ui-bundle package) needs its own scripts.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "too_many_requests",
}


class LimitsMiddleware:
    """Refuse oversized bodies and query strings before the app sees them; add security headers."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        s = self.settings
        path = str(scope.get("path", ""))

        async def send_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"content-security-policy", (DOCS_CSP if path == "/docs" else CSP).encode()),
                ]
                message = {**message, "headers": headers}
            await send(message)

        if len(scope.get("query_string", b"")) > s.max_query_string_bytes:
            await _plain_error(
                scope,
                send_headers,
                414,
                "uri_too_long",
                f"the query string is longer than {s.max_query_string_bytes} bytes",
            )
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _plain_error(scope, send_headers, 400, "bad_request", "Content-Length is not a number")
                return
            if declared > s.max_body_bytes:
                await _plain_error(
                    scope,
                    send_headers,
                    413,
                    "too_large",
                    f"the request body is {declared:,} bytes, over the limit of "
                    f"{s.max_body_bytes:,} bytes; send one article at a time",
                )
                return
        received = 0
        refused = False  # a streamed body passed the limit: 413 is sent, the app's answer dropped

        async def counting_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > s.max_body_bytes:
                    refused = True
                    await _plain_error(
                        scope,
                        send_headers,
                        413,
                        "too_large",
                        f"the request body is over the limit of {s.max_body_bytes:,} bytes; "
                        "send one article at a time",
                    )
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send_headers(message)

        await self.app(scope, counting_receive, guarded_send)


async def _plain_error(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    response = JSONResponse(error_body(code, message), status_code=status)

    async def no_body() -> Message:  # pragma: no cover - a refused request's body is never read
        return {"type": "http.disconnect"}

    await response(scope, no_body, send)


def wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith(("/api", "/openapi", "/fonts", "/static")))


async def run_limited(request: Request, fn: Callable[..., T], *args: Any) -> T:
    """Run blocking ``fn(*args)`` in a worker thread; answer 504 when it takes longer than the timeout
    (the thread finishes its work in the background)."""
    settings: Settings = request.app.state.settings
    try:
        with anyio.fail_after(settings.timeout_s):
            return await anyio.to_thread.run_sync(lambda: fn(*args), abandon_on_cancel=True)
    except TimeoutError:
        raise RequestTimeout(
            f"the request took longer than {settings.timeout_s:g} s; send a shorter text or a narrower query"
        ) from None


def create_app(settings: Settings | None = None) -> FastAPI:
    """The application for ``settings`` (default: :meth:`Settings.from_env`)."""
    settings = settings or Settings.from_env()
    backend = Backend(settings)
    backend.create_store()
    fonts = find_fonts(settings.font_dirs)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.preload:
            try:
                await anyio.to_thread.run_sync(lambda: backend.nlp)
            except KhabarError as exc:  # search and browsing still work; analyze answers 503/500
                log.error("pipeline %r cannot be loaded: %s", settings.pipeline, exc)
        yield
        backend.close()

    app = FastAPI(
        title="khabar",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        description="Urdu news analysis and corpus search: analyze an article (Document JSON, schema "
        "khabar.document/1), browse and search a corpus built by `khabar ingest`, its "
        'entities, quotes and events. Every error is `{"error": {"code", "message"}}`.',
    )
    app.state.settings = settings
    app.state.backend = backend
    app.state.fonts = fonts
    app.state.fonts_css = fonts.css()

    from khabar.web.api import router as api_router
    from khabar.web.pages import router as pages_router
    from khabar.web.static import router as static_router

    app.include_router(api_router(settings))
    app.include_router(static_router(fonts))
    app.include_router(pages_router(settings))
    _errors(app)
    app.add_middleware(LimitsMiddleware, settings=settings)
    return app


def _errors(app: FastAPI) -> None:
    def respond(
        request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> Response:
        if wants_html(request):
            from khabar.web.pages import error_page

            return error_page(status, message)
        return JSONResponse(error_body(code, message), status_code=status, headers=headers)

    async def khabar_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, KhabarError)
        status, code = status_of(exc)
        if status >= 500:
            log.error("%s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return respond(request, status, code, str(exc), headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        return respond(request, exc.status_code, code, str(exc.detail))

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "request"
            problems.append(f"{where}: {e.get('msg', 'invalid')}")
        return respond(request, 422, "invalid_request", "; ".join(problems))

    async def unexpected(request: Request, _exc: Exception) -> Response:
        ref = uuid.uuid4().hex[:12]
        log.exception("unexpected error %s in %s %s", ref, request.method, request.url.path)
        return respond(
            request,
            500,
            "internal",
            f"an unexpected error occurred (reference {ref}); the server log has the details",
        )

    app.add_exception_handler(KhabarError, khabar_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected)


#: The environment variable that hands the settings to the worker processes of a server with
#: ``workers > 1`` (uvicorn starts each worker as a new process that builds its own app).
WORKER_SETTINGS_ENV = "KHABAR_WEB_WORKER_SETTINGS"


def worker_app() -> FastAPI:
    """The app of one worker process of a multi-process server (uvicorn's factory; see :func:`serve`)."""
    text = os.environ.get(WORKER_SETTINGS_ENV)
    if not text:
        raise ConfigError(
            f"{WORKER_SETTINGS_ENV} is not set: worker processes are started by `khabar serve --workers N`"
        )
    return create_app(Settings.from_json(text))


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Serve the app with uvicorn until interrupted: in this process when ``settings.workers`` is 1,
    else in that many worker processes (each with its own pipeline and read-only connections) that
    share the listening socket."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="khabar: %(levelname)s: %(message)s")
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": log_level,
        "access_log": log_level in ("info", "debug", "trace"),
        "server_header": False,
        "timeout_keep_alive": 5,
    }
    if settings.workers == 1:
        uvicorn.run(create_app(settings), **options)
        return
    Backend(settings).create_store()  # once, before the workers open it
    os.environ[WORKER_SETTINGS_ENV] = settings.to_json()
    uvicorn.run(f"{__name__}:worker_app", factory=True, workers=settings.workers, **options)


__all__ = ["WORKER_SETTINGS_ENV", "create_app", "run_limited", "serve", "worker_app"]

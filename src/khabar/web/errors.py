"""Errors of the web layer and the HTTP status of every :class:`~khabar.errors.KhabarError`.

Every error answer has the body ``{"error": {"code": CODE, "message": MESSAGE}}`` (an HTML page for
the pages); the message is the KhabarError's own (what, where, what to do). Anything else is logged
with its traceback on the server and answered ``500 internal`` with no detail.
"""

from __future__ import annotations

from khabar.corpus.errors import QueryError, StoreError, StoreLockedError, StoreSchemaError
from khabar.errors import (
    ConfigError,
    InputError,
    InputTooLargeError,
    KhabarError,
    ModelError,
    PipelineError,
    SchemaError,
)


class NotFound(KhabarError):
    """A document or entity the request names does not exist."""


class Unauthorized(KhabarError):
    """A write endpoint was called without the right API token."""


class WritesDisabled(KhabarError):
    """A write endpoint was called on a server started without an API token."""


class RequestTimeout(KhabarError):
    """The request took longer than the configured timeout."""


#: (class, HTTP status, code), most specific first.
STATUS: tuple[tuple[type[KhabarError], int, str], ...] = (
    (NotFound, 404, "not_found"),
    (Unauthorized, 401, "unauthorized"),
    (WritesDisabled, 403, "writes_disabled"),
    (RequestTimeout, 504, "timeout"),
    (InputTooLargeError, 413, "too_large"),
    (StoreLockedError, 503, "store_locked"),
    (StoreSchemaError, 503, "store_schema"),
    (StoreError, 503, "store_unavailable"),
    (QueryError, 400, "bad_query"),
    (InputError, 400, "bad_input"),
    (ConfigError, 400, "bad_request"),
    (SchemaError, 422, "bad_document"),
    (ModelError, 503, "model_unavailable"),
    (PipelineError, 500, "pipeline_failed"),
    (KhabarError, 500, "error"),
)


def status_of(exc: KhabarError) -> tuple[int, str]:
    for cls, status, code in STATUS:
        if isinstance(exc, cls):
            return status, code
    return 500, "error"  # pragma: no cover - KhabarError is the last row


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}

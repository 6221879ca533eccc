"""Settings of the web app: one frozen value, read from the environment by :meth:`Settings.from_env`.

| variable | setting | default |
|---|---|---|
| ``KHABAR_DB`` | ``db``: the corpus database (created empty when missing) | user data folder |
| ``KHABAR_API_TOKEN`` | ``api_token``: the token of ``POST /api/ingest`` | none: writes disabled |
| ``KHABAR_PIPELINE`` | ``pipeline``: the named pipeline of ``/api/analyze`` and ingest | ``default`` |
| ``KHABAR_MAX_BODY`` | ``max_body_bytes``: the largest request body | 2 MiB |
| ``KHABAR_MAX_TEXT`` | ``max_text_chars``: the longest text to analyze | 100,000 |
| ``KHABAR_MAX_QUERY`` | ``max_query_chars``: the longest search query | 500 |
| ``KHABAR_TIMEOUT`` | ``timeout_s``: seconds before a request is answered 504 | 30 |
| ``KHABAR_FONT_DIRS`` | ``font_dirs``: folders with the Urdu fonts (``:``-separated) | Debian's |
| ``KHABAR_WORKERS`` | ``workers``: server processes (uvicorn workers) | 1 |
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from khabar.errors import ConfigError

#: Where Debian's fonts-noto-core / fonts-noto-extra (and a user's own fonts) install the Urdu fonts.
DEFAULT_FONT_DIRS: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the app needs to know; invalid values are a :class:`~khabar.errors.ConfigError`."""

    db: Path
    api_token: str | None = None
    pipeline: str = "default"
    max_body_bytes: int = 2 * 1024 * 1024
    max_text_chars: int = 100_000
    max_query_chars: int = 500
    #: the longest raw query string of any request (URL-encoded Urdu takes 6 bytes a letter)
    max_query_string_bytes: int = 8192
    timeout_s: float = 30.0
    page_size: int = 10
    max_page_size: int = 100
    font_dirs: tuple[Path, ...] = field(default=DEFAULT_FONT_DIRS)
    #: load the pipeline when the server starts (not on the first request)
    preload: bool = True
    #: server processes (uvicorn workers), each with its own pipeline and read-only connections
    workers: int = 1

    def __post_init__(self) -> None:
        for name in (
            "max_body_bytes",
            "max_text_chars",
            "max_query_chars",
            "max_query_string_bytes",
            "page_size",
            "max_page_size",
            "workers",
        ):
            if int(getattr(self, name)) <= 0:
                raise ConfigError(f"web setting {name} must be positive, got {getattr(self, name)!r}")
        if self.timeout_s <= 0:
            raise ConfigError(f"web setting timeout_s must be positive, got {self.timeout_s!r}")
        if self.page_size > self.max_page_size:
            raise ConfigError(f"page_size {self.page_size} is larger than max_page_size {self.max_page_size}")
        if self.api_token is not None and len(self.api_token) < 16:
            raise ConfigError(
                "KHABAR_API_TOKEN is shorter than 16 characters; use a long random token, "
                "e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``KHABAR_*`` variables (see the module docstring); ``overrides`` win."""
        env = os.environ if environ is None else environ

        def number(name: str, kind: type[int] | type[float]) -> dict[str, Any]:
            key = {
                "max_body_bytes": "KHABAR_MAX_BODY",
                "max_text_chars": "KHABAR_MAX_TEXT",
                "max_query_chars": "KHABAR_MAX_QUERY",
                "timeout_s": "KHABAR_TIMEOUT",
                "workers": "KHABAR_WORKERS",
            }[name]
            if not env.get(key):
                return {}
            try:
                return {name: kind(env[key])}
            except ValueError:
                raise ConfigError(f"{key}={env[key]!r} is not a number") from None

        values: dict[str, Any] = {}
        if env.get("KHABAR_DB"):
            values["db"] = Path(env["KHABAR_DB"])
        if env.get("KHABAR_API_TOKEN"):
            values["api_token"] = env["KHABAR_API_TOKEN"]
        if env.get("KHABAR_PIPELINE"):
            values["pipeline"] = env["KHABAR_PIPELINE"]
        if env.get("KHABAR_FONT_DIRS"):
            values["font_dirs"] = tuple(Path(p) for p in env["KHABAR_FONT_DIRS"].split(os.pathsep) if p)
        for name, kind in (
            ("max_body_bytes", int),
            ("max_text_chars", int),
            ("max_query_chars", int),
            ("timeout_s", float),
            ("workers", int),
        ):
            values |= number(name, kind)
        values |= overrides
        if "db" not in values or values["db"] is None:
            from khabar.corpus.store import default_db_path

            values["db"] = default_db_path()
        values["db"] = Path(values["db"])
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def to_json(self) -> str:
        """These settings as JSON (:meth:`from_json` reads them back): how the worker processes of a
        server started with ``workers > 1`` receive them."""
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["db"] = str(self.db)
        data["font_dirs"] = [str(p) for p in self.font_dirs]
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> Settings:
        try:
            data = json.loads(text)
            data["db"] = Path(data["db"])
            data["font_dirs"] = tuple(Path(p) for p in data["font_dirs"])
            return cls(**data)
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"the web settings handed to a worker process are not valid: {exc}") from None

"""Errors of the corpus layer: each a :class:`~khabar.errors.KhabarError` with a documented exit code.

* :class:`StoreError` (exit 3, the store cannot be read or written: not a khabar database, locked,
  unwritable) and its :class:`StoreLockedError`;
* :class:`StoreSchemaError` (exit 4): the database was written by a newer khabar (schema version
  higher than this one knows);
* :class:`QueryError` (exit 2, a usage error): a search query that is not valid syntax, or a listing
  filter that is not valid (an actor code);
* :class:`FetchError` (exit 3): a page or feed could not be fetched (timeout, HTTP error, too large).
"""

from __future__ import annotations

from khabar.errors import ConfigError, InputError, SchemaError


class StoreError(InputError):
    """The corpus database cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the write lock of the database for longer than the busy timeout."""


class StoreSchemaError(SchemaError):
    """The database's schema version is newer than this khabar knows (or the version table is broken)."""


class QueryError(ConfigError):
    """A search query or a listing filter is not valid (unbalanced quotes or brackets, an operator
    without a term, an actor code that is no CAMEO code, ...)."""


class FetchError(InputError):
    """A URL could not be fetched: timeout, connection refused, HTTP error status, too large."""

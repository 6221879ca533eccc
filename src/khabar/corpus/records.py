"""Values that cross the corpus layer's boundaries: an article read from a source, a failure with its
reason, the progress of an ingest and its final summary."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from khabar.errors import InputError

if TYPE_CHECKING:
    from khabar.doc.model import Document


@dataclass(frozen=True, slots=True)
class Article:
    """One article read from a source, before analysis.

    ``doc_id`` is the external id (a JSONL ``id``, a feed entry id, a URL, a file path); ``origin``
    says where it was read (``file.jsonl:12``) for messages. ``published`` is ISO 8601 (``2014-12-01``
    or ``2014-12-01T10:30:00+00:00``) or None. ``document_json`` is set when the source already holds
    the analyzed Document (Parquet written by ``khabar analyze --out``): the pipeline is not run again.
    """

    text: str
    doc_id: str
    origin: str
    title: str = ""
    url: str = ""
    published: str | None = None
    source: str = ""
    author: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    document_json: str | None = None

    def to_document(self, *, published: str | None = None) -> Document:
        """A Document of this article's text whose ``meta`` carries its metadata (the dates component
        resolves گزشتہ روز against ``published``); ``published``, when given, replaces the article's."""
        from khabar.doc.model import Document

        known = {"title": self.title, "url": self.url, "published": published or self.published,
                 "author": self.author}
        return Document(self.text, id=self.doc_id,
                        meta={"source": self.source, "origin": self.origin,
                              **{k: v for k, v in known.items() if v}, **self.meta})


@dataclass(frozen=True, slots=True)
class Failure:
    """A document (or a whole source) that could not be ingested, and why."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Progress:
    """Counts so far, reported after every item (``current`` is the origin of the last item)."""

    done: int
    added: int
    duplicates: int
    failed: int
    elapsed_s: float
    current: str = ""

    @property
    def rate(self) -> float:
        """Items per second so far."""
        return self.done / self.elapsed_s if self.elapsed_s > 0 else 0.0


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What an ingest did: ``added`` new documents, ``duplicates`` skipped (same content hash as a
    stored document), ``near_duplicates`` among the added ones, ``failures`` with their reasons, and
    where the time went (reading, the analysis pipeline, the store)."""

    added: int
    duplicates: int
    near_duplicates: int
    failures: tuple[Failure, ...]
    seconds: float
    seconds_read: float
    seconds_pipeline: float
    seconds_store: float

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added, "duplicates": self.duplicates, "near_duplicates": self.near_duplicates,
            "failed": self.failed,
            "failures": [{"origin": f.origin, "reason": f.reason} for f in self.failures],
            "seconds": round(self.seconds, 3), "seconds_read": round(self.seconds_read, 3),
            "seconds_pipeline": round(self.seconds_pipeline, 3),
            "seconds_store": round(self.seconds_store, 3),
        }


_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_TZ_NAME = re.compile(r"\s+(?:GMT|UTC|Z)$", re.IGNORECASE)


def published_date(value: str | None) -> str | None:
    """A user's publication date as ISO 8601 (None when none is given), or an :class:`InputError`
    that names the value and the forms read, when it cannot be read as a date."""
    if value is None or not value.strip():
        return None
    date_ = parse_date(value)
    if date_ is None:
        raise InputError(f"the publication date {value!r} is not a date: give it as 2014-10-15, "
                         "2014-10-15T09:30:00+05:00, 15.10.14 or an RFC 2822 date")
    return date_


def parse_date(value: object) -> str | None:
    """An ISO 8601 string for a date as sources write it, or None when it cannot be read.

    Accepts ISO 8601 (``2014-12-01``, ``2017-03-22T03:45:15``, with ``Z``/offset or a trailing
    ``GMT``), RFC 2822 (feeds: ``Mon, 01 Dec 2014 10:00:00 +0500``), ``dd.mm.yy`` / ``dd.mm.yyyy``
    (COUNTER), and :class:`datetime`/:class:`date` values. A date alone stays a date; a time is kept
    with its offset (naive times are kept naive)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    m = _DMY.match(s)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if year < 100:
            year += 2000 if year < 70 else 1900
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    iso = _TZ_NAME.sub("+00:00", s) if "T" in s or " " in s.strip() else s
    try:
        if len(iso) == 10:
            return date.fromisoformat(iso).isoformat()
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def struct_time_iso(value: Any) -> str | None:
    """ISO 8601 (UTC) from feedparser's ``*_parsed`` time tuple, or None."""
    if not value:
        return None
    try:
        y, mo, d, h, mi, sec = (int(v) for v in value[:6])
        return datetime(y, mo, d, h, mi, sec, tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None

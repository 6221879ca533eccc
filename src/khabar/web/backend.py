"""What the routes call: the pipeline (loaded once), a read-only connection to the store per worker
thread, the search normalizer, and the one ingester (one writer at a time).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from khabar.corpus.search import Filters, Results, Searcher, store_normalizer
from khabar.corpus.store import Store
from khabar.inputs import decode_bytes
from khabar.web.settings import Settings

if TYPE_CHECKING:
    from khabar.corpus.ingest import Ingester
    from khabar.corpus.records import Article, IngestSummary
    from khabar.doc.model import Document
    from khabar.pipeline import Pipeline


#: Bytes of the database each read-only connection maps into memory (SQLite's ``mmap_size``): pages
#: are read from the OS page cache without a copy; facets read thousands of rows a request.
MMAP_BYTES = 1 << 30


class Backend:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._nlp: Pipeline | None = None
        self._normalize: tuple[str | None, Callable[[str], str]] | None = None
        self._ingester: Ingester | None = None
        self._local = threading.local()
        self._stores: list[Store] = []
        #: the last document whose signature this process's ingester has (see :meth:`ingest`)
        self._seen = 0

    def create_store(self) -> None:
        """Create (and migrate) the database when it does not exist yet, so a new server works."""
        with Store(self.settings.db):
            pass

    # -- pipeline ------------------------------------------------------------------------------------
    @property
    def nlp(self) -> Pipeline:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    from khabar.loading import load

                    self._nlp = load(self.settings.pipeline)
        return self._nlp

    def analyze(self, text: str, doc_id: str = "", published: str | None = None) -> Document:
        """Analyze ``text`` as a user's input: empty/binary text is refused, HTML gets its notice;
        ``published`` (a date as :func:`~khabar.corpus.records.parse_date` reads it) is the date
        relative expressions (آج, گزشتہ روز) resolve against."""
        from khabar.corpus.records import published_date
        from khabar.errors import InputTooLargeError

        if len(text) > self.settings.max_text_chars:
            raise InputTooLargeError(
                f"the text has {len(text):,} characters, over the limit of "
                f"{self.settings.max_text_chars:,}; send one article at a time"
            )
        date = published_date(published)
        item = decode_bytes(text.encode("utf-8"), source="request")
        return self.nlp(item.to_document(id=doc_id or "request", published=date))

    # -- reading -------------------------------------------------------------------------------------
    @contextmanager
    def store(self) -> Iterator[Store]:
        """This thread's read-only connection (opened on first use, kept for the next request)."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.settings.db, readonly=True)
            store.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        yield store

    def _normalizer(self, store: Store) -> Callable[[str], str]:
        """The normalizer the store's index was built with. The first ingest into an empty store
        records it and no later ingest may change it (``Ingester`` refuses another config), so once
        recorded it is read once, not once a request; an empty store is asked again each time."""
        cached = self._normalize
        if cached is not None and cached[0] is not None:
            return cached[1]
        config = store.get_meta("normalizer")
        if cached is None or cached[0] != config:
            cached = (config, store_normalizer(store))
            self._normalize = cached
        return cached[1]

    def search(self, query: str, filters: Filters, *, limit: int, offset: int) -> Results:
        with self.store() as store:
            return Searcher(store, self._normalizer(store)).search(
                query, filters=filters, limit=limit, offset=offset
            )

    # -- writing -------------------------------------------------------------------------------------
    def ingest(self, articles: list[Article]) -> IngestSummary:
        """Add ``articles`` through this process's ingester (one writer at a time). With several
        worker processes the ingests of all of them take turns (a lock file next to the database),
        and each first adds to its near-duplicate index the signatures the others stored since."""
        from khabar.corpus.ingest import Ingester

        with self._write_lock, self._workers_lock():
            if self._ingester is None:
                self._ingester = Ingester(Store(self.settings.db), self.nlp)
            elif self.settings.workers > 1:
                self._catch_up(self._ingester)
            summary = self._ingester.run(articles)
            self._seen = self._last_signature(self._ingester.store)
            return summary

    @staticmethod
    def _last_signature(store: Store) -> int:
        return int(store.conn.execute("SELECT coalesce(max(document), 0) FROM signatures").fetchone()[0])

    def _catch_up(self, ingester: Ingester) -> None:
        """Signatures stored by other worker processes since this one's last ingest, into its index."""
        from khabar.corpus.dedupe import from_blob

        rows = ingester.store.conn.execute(
            "SELECT document, minhash FROM signatures WHERE document > ? ORDER BY document", (self._seen,)
        )
        ingester.deduper.add_many((int(i), from_blob(b)) for i, b in rows)

    @contextmanager
    def _workers_lock(self) -> Iterator[None]:
        """An exclusive lock shared by the worker processes of one server (``workers > 1``)."""
        if self.settings.workers == 1:
            yield
            return
        import fcntl

        lock = self.settings.db.with_name(self.settings.db.name + ".ingest-lock")
        with lock.open("a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def close(self) -> None:
        with self._lock:
            for s in self._stores:
                s.close()
            self._stores.clear()
            if self._ingester is not None:
                self._ingester.store.close()
                self._ingester = None

"""Ingest: read sources, analyze the new articles with the pipeline (a window of them together),
store them (a window in one transaction, each article in a savepoint of its own).

Idempotent and resumable: a document is keyed by the hash of its normalized text
(:func:`~khabar.corpus.store.content_hash`), checked *before* the pipeline runs, so re-running an
ingest (after a crash, or on a grown folder) skips what is stored at the cost of one normalization
per article. One bad article never aborts the batch: it is reported as a
:class:`~khabar.corpus.records.Failure` and the rest go on.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from khabar.corpus.dedupe import DedupeConfig, Deduper, from_blob, to_blob, words
from khabar.corpus.fetch import Fetcher
from khabar.corpus.readers import read_sources
from khabar.corpus.records import Article, Failure, IngestSummary, Progress
from khabar.corpus.search import recorded_normalizer_config
from khabar.corpus.store import Store, content_hash
from khabar.errors import ConfigError, KhabarError
from khabar.inputs import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from khabar.doc.model import Document
    from khabar.pipeline import Pipeline

ProgressFn = Callable[[Progress], None]
#: the new articles of a window of this many items are analyzed together (``Pipeline.pipe``)
BATCH = 32


def _normalizer_config(nlp: Pipeline) -> dict[str, object]:
    comp = nlp.get("normalizer")
    config = getattr(comp, "config")  # noqa: B009 - components are a Protocol without config
    out: dict[str, object] = dataclasses.asdict(config)
    return out


class Ingester:
    """Adds articles to a store through a pipeline; keeps the near-duplicate index in memory."""

    def __init__(self, store: Store, nlp: Pipeline, *, dedupe: DedupeConfig | None = None) -> None:
        self.store = store
        self.nlp = nlp
        config = json.dumps(_normalizer_config(nlp), sort_keys=True)
        here = json.loads(config)  # (as the store reads it back: lists, not tuples)
        stored = recorded_normalizer_config(store)
        if stored is None:
            store.set_meta("normalizer", config)
            store.set_meta("pipeline", nlp.name)
        elif stored != here:
            moved = ", ".join(f"{k}: {stored.get(k)!r} in the corpus, {here.get(k)!r} here"
                              for k in sorted(set(stored) | set(here)) if stored.get(k) != here.get(k))
            raise ConfigError(
                f"{store.path}: the corpus was built with another normalizer config ({moved}); its "
                f"search index would not match this pipeline ({nlp.name!r}): use the same --pipeline, "
                "or another --db")
        self.normalizer = nlp.get("normalizer")
        self.deduper = Deduper(dedupe)
        self.deduper.add_many((i, from_blob(b)) for i, b in store.signatures())

    def _hash(self, text: str) -> str:
        return content_hash(self.normalizer.normalize(text)[0])  # type: ignore[attr-defined]

    def add(self, article: Article) -> tuple[str, int | None, float, float]:
        """Store one article: ("added" | "near-duplicate" | "duplicate", store id, pipeline seconds,
        store seconds).
        Raises a KhabarError with the reason when it cannot be stored."""
        h = self._check(article)
        if h is None:
            return "duplicate", None, 0.0, 0.0
        t0 = time.perf_counter()
        doc = self._analyze(article)
        outcome, new, t_store = self._store(article, h, doc)
        return outcome, new, time.perf_counter() - t0 - t_store, t_store

    def _check(self, article: Article) -> str | None:
        """The article's content hash, or None when a stored document has it (a duplicate); raises
        a KhabarError when its id is another stored document's."""
        h = self._hash(article.text)
        if self.store.has_hash(h):
            return None
        self._check_id(article)
        return h

    def _check_id(self, article: Article) -> None:
        """Raises a KhabarError when the article's id is a stored document's."""
        existing = self.store.id_for(article.doc_id)
        if existing is not None:
            raise KhabarError(
                f"duplicate id {article.doc_id!r}: document {existing[0]} has this id with another text; "
                "give each article its own id (JSONL \"id\" field), or use another --db")

    def _store(self, article: Article, h: str, doc: Document) -> tuple[str, int, float]:
        """Store an analyzed article: ("added" | "near-duplicate", store id, seconds)."""
        t0 = time.perf_counter()
        if not doc.text.strip():
            raise KhabarError("the document is empty after normalization; nothing to store")
        title_norm = self.normalizer.normalize(article.title)[0] if article.title else ""  # type: ignore[attr-defined]
        sig = self.deduper.signature(words(doc.text, doc.token_starts, doc.token_ends))
        dup = self.deduper.best(sig)
        story = self.deduper.story_matches(sig)
        new = self.store.add(doc, doc_id=article.doc_id, content_hash=h, title=article.title,
                             title_norm=title_norm, url=article.url, source=article.source,
                             author=article.author, published=article.published, origin=article.origin,
                             signature=to_blob(sig), near_duplicate_of=dup.id if dup else None,
                             similarity=dup.similarity if dup else None, story_of=story)
        self.deduper.add(new, sig)
        return "near-duplicate" if dup else "added", new, time.perf_counter() - t0

    def _analyze(self, article: Article) -> Document:
        if article.document_json is not None:
            from khabar.doc.jsonio import loads

            return loads(article.document_json)
        return self.nlp(article.to_document())

    def _analyze_many(self, articles: list[Article]) -> list[Document | KhabarError]:
        """The articles analyzed together (:meth:`Pipeline.pipe_isolated`: an error is its own
        article's); those with a stored analysis (Parquet rows) are read, not analyzed."""
        fresh = [a for a in articles if a.document_json is None]
        done = iter(self.nlp.pipe_isolated([a.to_document() for a in fresh]))
        out: list[Document | KhabarError] = []
        for a in articles:
            if a.document_json is None:
                out.append(next(done))
                continue
            try:
                out.append(self._analyze(a))
            except KhabarError as exc:
                out.append(exc)
        return out

    def run(self, items: Iterable[Article | Failure], *, progress: ProgressFn | None = None,
            batch: int = BATCH) -> IngestSummary:
        """Ingest ``items`` in order, analyzing up to ``batch`` new articles together. Each outcome is
        what adding the articles one by one gives: an article whose text an earlier one of its window
        has is checked again once that one is stored."""
        tally = _Tally(progress)
        it = iter(items)
        window: list[Article | Failure] = []
        while True:
            r0 = time.perf_counter()
            item = next(it, None)
            tally.t_read += time.perf_counter() - r0
            if item is not None:
                window.append(item)
            if window and (item is None or len(window) >= batch):
                self._window(window, tally)
                window = []
            if item is None:
                break
        return tally.summary()

    def _window(self, items: list[Article | Failure], tally: _Tally) -> None:
        """Check, analyze together and store a window of items, in their order."""
        checked: list[str | KhabarError | None] = []  # the hash to store under; None: a duplicate
        first: set[str] = set()
        todo: list[tuple[int, Article]] = []  # the articles to analyze: each new text's first
        for k, item in enumerate(items):
            h: str | KhabarError | None = None
            if isinstance(item, Article):
                try:
                    h = self._check(item)
                except KhabarError as exc:
                    h = exc
                if isinstance(h, str) and h not in first:
                    first.add(h)
                    todo.append((k, item))
            checked.append(h)
        t0 = time.perf_counter()
        analyzed = dict(zip([k for k, _ in todo], self._analyze_many([a for _, a in todo]), strict=True))
        tally.t_pipe += time.perf_counter() - t0
        t0, pipe0, progress0 = time.perf_counter(), tally.t_pipe, tally.t_progress
        try:
            with self.store.batch():  # one commit for the window; each article still stored or not alone
                self._store_window(items, checked, analyzed, tally)
            # the store's time: the window's writes and their commit (not an analysis or a report in it)
            tally.t_store += (time.perf_counter() - t0 - (tally.t_pipe - pipe0)
                              - (tally.t_progress - progress0))
        except BaseException:
            # the window's documents were rolled back: forget their signatures
            self.deduper = Deduper(self.deduper.config)
            self.deduper.add_many((i, from_blob(b)) for i, b in self.store.signatures())
            raise

    def _store_window(self, items: list[Article | Failure], checked: list[str | KhabarError | None],
                      analyzed: dict[int, Document | KhabarError], tally: _Tally) -> None:
        """Store the analyzed articles of a window, in order, and report each item."""
        for k, item in enumerate(items):
            if isinstance(item, Failure):
                tally.failures.append(item)
                tally.step(item.origin)
                continue
            h = checked[k]
            try:
                if isinstance(h, KhabarError):
                    raise h
                if h is not None and k not in analyzed:  # an earlier article of this window has its text
                    if self.store.has_hash(h):
                        h = None
                    else:  # that one was not stored: this one goes on its own
                        t0 = time.perf_counter()
                        analyzed[k] = self._analyze(item)
                        tally.t_pipe += time.perf_counter() - t0
                if h is None:
                    tally.duplicates += 1
                else:
                    doc = analyzed[k]
                    if isinstance(doc, KhabarError):
                        raise doc
                    self._check_id(item)  # an earlier article of this window may have taken its id
                    outcome, _, _ = self._store(item, h, doc)
                    tally.added += 1
                    tally.near += outcome == "near-duplicate"
            except KhabarError as exc:
                from khabar.corpus.errors import StoreLockedError

                if isinstance(exc, StoreLockedError):
                    raise
                tally.failures.append(Failure(item.origin, str(exc)))
            tally.step(item.origin)


class _Tally:
    """The running counts and times of an ingest, and its progress reports."""

    def __init__(self, progress: ProgressFn | None) -> None:
        self.progress = progress
        self.start = time.perf_counter()
        self.done = self.added = self.duplicates = self.near = 0
        self.failures: list[Failure] = []
        self.t_read = self.t_pipe = self.t_store = self.t_progress = 0.0

    def step(self, origin: str) -> None:
        self.done += 1
        if self.progress is not None:
            t0 = time.perf_counter()
            self.progress(Progress(self.done, self.added, self.duplicates, len(self.failures),
                                   t0 - self.start, origin))
            self.t_progress += time.perf_counter() - t0

    def summary(self) -> IngestSummary:
        return IngestSummary(self.added, self.duplicates, self.near, tuple(self.failures),
                             time.perf_counter() - self.start, self.t_read, self.t_pipe, self.t_store)


def ingest(sources: Iterable[str], store: Store, *, nlp: Pipeline | None = None,
           progress: ProgressFn | None = None, fetcher: Fetcher | None = None, follow_links: bool = True,
           max_bytes: int = DEFAULT_MAX_BYTES, dedupe: DedupeConfig | None = None) -> IngestSummary:
    """Ingest every article of ``sources`` (files, directories, URLs) into ``store``."""
    if nlp is None:
        from khabar.loading import load

        nlp = load()
    ingester = Ingester(store, nlp, dedupe=dedupe)
    items = read_sources(list(sources), fetcher=fetcher, follow_links=follow_links, max_bytes=max_bytes)
    return ingester.run(items, progress=progress)

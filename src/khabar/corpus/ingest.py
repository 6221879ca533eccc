"""Ingest: read sources, analyze each article with the pipeline, store it (one transaction each).

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
from khabar.corpus.store import Store, content_hash
from khabar.errors import ConfigError, KhabarError
from khabar.inputs import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from khabar.doc.model import Document
    from khabar.pipeline import Pipeline

ProgressFn = Callable[[Progress], None]


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
        stored = store.get_meta("normalizer")
        if stored is None:
            store.set_meta("normalizer", config)
            store.set_meta("pipeline", nlp.name)
        elif stored != config:
            raise ConfigError(
                f"{store.path}: the corpus was built with another normalizer config ({stored}); its "
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
        h = self._hash(article.text)
        if self.store.has_hash(h):
            return "duplicate", None, 0.0, 0.0
        existing = self.store.id_for(article.doc_id)
        if existing is not None:
            raise KhabarError(
                f"duplicate id {article.doc_id!r}: document {existing[0]} has this id with another text; "
                "give each article its own id (JSONL \"id\" field), or use another --db")
        t0 = time.perf_counter()
        doc = self._analyze(article)
        t1 = time.perf_counter()
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
        return "near-duplicate" if dup else "added", new, t1 - t0, time.perf_counter() - t1

    def _analyze(self, article: Article) -> Document:
        if article.document_json is not None:
            from khabar.doc.jsonio import loads

            return loads(article.document_json)
        return self.nlp(article.to_document())

    def run(self, items: Iterable[Article | Failure], *, progress: ProgressFn | None = None) -> IngestSummary:
        added = dups = near = 0
        failures: list[Failure] = []
        t_pipe = t_store = 0.0
        start = time.perf_counter()
        done = 0
        it = iter(items)
        t_read = 0.0
        while True:
            r0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                break
            t_read += time.perf_counter() - r0
            done += 1
            if isinstance(item, Failure):
                failures.append(item)
            else:
                try:
                    outcome, _, tp, ts = self.add(item)
                    t_pipe += tp
                    t_store += ts
                    if outcome != "duplicate":
                        added += 1
                        near += outcome == "near-duplicate"
                    else:
                        dups += 1
                except KhabarError as exc:
                    from khabar.corpus.errors import StoreLockedError

                    if isinstance(exc, StoreLockedError):
                        raise
                    failures.append(Failure(item.origin, str(exc)))
            if progress is not None:
                progress(Progress(done, added, dups, len(failures), time.perf_counter() - start,
                                  item.origin))
        return IngestSummary(added, dups, near, tuple(failures), time.perf_counter() - start, t_read,
                             t_pipe, t_store)


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

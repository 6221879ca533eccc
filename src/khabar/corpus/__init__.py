"""The corpus: ingest articles (files, JSONL, HTML, feeds, COUNTER XML, Parquet), find near-duplicates
and stories, store documents and annotations in SQLite, search them (FTS5) and export them.

Nothing is imported at package import; use the modules: :mod:`.store` (Store), :mod:`.ingest`
(ingest), :mod:`.search` (Searcher), :mod:`.export`, :mod:`.readers`, :mod:`.dedupe`.
"""

"""Read-only queries of the corpus store that the web pages and the API need beyond
:mod:`khabar.corpus.search`: document listings and search facets (the event, quote and entity
listings and entity profiles, which the CLI shares: :mod:`khabar.corpus.listing`).

All values returned are frozen dataclasses. An entity is addressed by its *key*: the knowledge-base
id when the linker found one (``Q1234``), else the mention's text.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from khabar.corpus.listing import ENTITY_KEY as _KEY
from khabar.corpus.search import Filters, matching_ids
from khabar.corpus.store import VALUE_LABELS, document_json


@dataclass(frozen=True, slots=True)
class DocSummary:
    id: int
    doc_id: str
    title: str
    source: str
    published: str | None
    url: str
    n_tokens: int
    n_entities: int
    n_quotes: int
    n_events: int
    near_duplicate_of: int | None
    story_id: int


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    sources: tuple[FacetValue, ...]
    entities: tuple[FacetValue, ...]
    events: tuple[FacetValue, ...]


_SUMMARY = (
    "SELECT d.id, d.doc_id, d.title, d.source, d.published, d.url, d.n_tokens, "
    "(SELECT count(*) FROM entities WHERE document = d.id), "
    "(SELECT count(*) FROM quotes WHERE document = d.id), "
    "(SELECT count(*) FROM events WHERE document = d.id), d.near_duplicate_of, d.story_id "
    "FROM documents d"
)


def list_documents(
    conn: sqlite3.Connection, *, offset: int, limit: int, source: str | None = None
) -> tuple[int, tuple[DocSummary, ...]]:
    """(total, one page of documents, newest first)."""
    where, params = (" WHERE d.source = ?", [source]) if source else ("", [])
    total = int(conn.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()[0])
    rows = conn.execute(
        f"{_SUMMARY}{where} ORDER BY d.published DESC, d.id DESC LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    return total, tuple(DocSummary(*r) for r in rows)


def document(conn: sqlite3.Connection, id: int) -> tuple[DocSummary, dict[str, Any]] | None:
    """The summary and the Document JSON of document ``id`` (None when there is none)."""
    row = conn.execute(f"{_SUMMARY} WHERE d.id = ?", (id,)).fetchone()
    if row is None:
        return None
    data = document_json(conn, id)
    return None if data is None else (DocSummary(*row), data)


#: Facets count at most this many matching documents, the most recently ingested.
FACET_LIMIT = 5000


def facets(conn: sqlite3.Connection, fts_query: str, filters: Filters, *, limit: int = 10) -> Facets:
    """Counts of matching documents by source, entity and event type (the top ``limit`` of each).

    One statement: the matching ids (the most recent :data:`FACET_LIMIT`; a common word matches most
    documents) are found once, kept in a materialized table, and the three counts are taken over it;
    the full-text query is not run once per facet."""
    matching, args = matching_ids(fts_query, filters, newest=FACET_LIMIT)
    labels = ",".join(f"'{v}'" for v in VALUE_LABELS)
    rows = conn.execute(
        f"WITH m(id) AS MATERIALIZED ({matching}) "
        "SELECT * FROM (SELECT 0, d.source, d.source, count(*) AS n FROM m JOIN documents d ON d.id = m.id "
        "WHERE d.source != '' GROUP BY d.source ORDER BY n DESC, d.source LIMIT ?) "
        f"UNION ALL SELECT * FROM (SELECT 1, {_KEY} AS k, max(coalesce(e.canonical, e.text)), "
        "count(DISTINCT e.document) AS n FROM m JOIN entities e ON e.document = m.id "
        f"WHERE e.label NOT IN ({labels}) GROUP BY k ORDER BY n DESC, k LIMIT ?) "
        # an event type is shown with its code: two codes may share a label (030, 033: AGREE)
        "UNION ALL SELECT * FROM (SELECT 2, ev.code, ev.code || ' ' || max(ev.label), "
        "count(DISTINCT ev.document) AS n "
        "FROM m JOIN events ev ON ev.document = m.id GROUP BY ev.code ORDER BY n DESC, ev.code LIMIT ?)",
        (*args, limit, limit, limit),
    ).fetchall()
    out: tuple[list[FacetValue], list[FacetValue], list[FacetValue]] = ([], [], [])
    for facet, value, label, n in rows:
        out[facet].append(FacetValue(value, label, int(n)))
    return Facets(tuple(out[0]), tuple(out[1]), tuple(out[2]))



"""Read-only queries of the corpus store that the web pages and the API need beyond
:mod:`khabar.corpus.search`: document listings, search facets, entity profiles (mentions, timeline,
co-occurring entities, quotes, events), (the event and quote listings: :mod:`khabar.corpus.listing`).

All values returned are frozen dataclasses. An entity is addressed by its *key*: the knowledge-base
id when the linker found one (``Q1234``), else the mention's text.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from khabar.corpus.listing import ENTITY_KEY as _KEY
from khabar.corpus.listing import EVENT_COLUMNS as _EVENT_COLS
from khabar.corpus.listing import MATCH_KEY as _MATCH
from khabar.corpus.listing import QUOTE_COLUMNS as _QUOTE_COLS
from khabar.corpus.listing import EntityRef, EventRow, QuoteRow
from khabar.corpus.listing import event_rows as _events
from khabar.corpus.listing import quote_rows as _quotes
from khabar.corpus.search import Filters, matching_ids

#: Labels that are not things with a page of their own (numbers, dates and times are values).
VALUE_LABELS = ("NUMBER", "DATE", "TIME")
#: Characters of context on each side of a mention.
MENTION_CONTEXT = 60


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
class Mention:
    """A mention with the raw text around it (``before`` + ``text`` + ``after``)."""

    document: int
    title: str
    published: str | None
    before: str
    text: str
    after: str


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


@dataclass(frozen=True, slots=True)
class EntityProfile:
    key: str
    label: str
    urdu: str
    english: str | None
    kb_id: str | None
    n_mentions: int
    n_documents: int
    #: mentions per day: (YYYY-MM-DD, count), dated documents only, in date order
    per_day: tuple[tuple[str, int], ...]
    cooccurring: tuple[EntityRef, ...]
    quotes: tuple[QuoteRow, ...]
    events: tuple[EventRow, ...]
    mentions: tuple[Mention, ...]


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
    doc = conn.execute("SELECT document FROM documents WHERE id = ?", (id,)).fetchone()[0]
    data: dict[str, Any] = json.loads(doc)
    return DocSummary(*row), data


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
        "UNION ALL SELECT * FROM (SELECT 2, ev.code, max(ev.label), count(DISTINCT ev.document) AS n "
        "FROM m JOIN events ev ON ev.document = m.id GROUP BY ev.code ORDER BY n DESC, ev.code LIMIT ?)",
        (*args, limit, limit, limit),
    ).fetchall()
    out: tuple[list[FacetValue], list[FacetValue], list[FacetValue]] = ([], [], [])
    for facet, value, label, n in rows:
        out[facet].append(FacetValue(value, label, int(n)))
    return Facets(tuple(out[0]), tuple(out[1]), tuple(out[2]))


def entity_profile(conn: sqlite3.Connection, key: str, *, limit: int = 10) -> EntityProfile | None:
    """Everything the entity page shows about the entity ``key`` (None when no mention has it)."""
    p = {"key": key, "limit": limit}
    head = conn.execute(
        f"SELECT count(*), count(DISTINCT e.document), max(e.kb_id), max(e.english) FROM entities e "
        f"WHERE {_MATCH}",
        p,
    ).fetchone()
    if not head or not head[0]:
        return None
    n_mentions, n_docs, kb_id, english = int(head[0]), int(head[1]), head[2], head[3]
    names = Counter(
        {
            (label, name): int(n)
            for label, name, n in conn.execute(
                f"SELECT e.label, coalesce(e.canonical, e.text), count(*) FROM entities e WHERE {_MATCH} "
                "GROUP BY 1, 2",
                p,
            )
        }
    )
    (label, urdu), _ = names.most_common(1)[0]
    per_day = tuple(
        (str(d), int(n))
        for d, n in conn.execute(
            f"SELECT substr(d.published, 1, 10) AS day, count(*) FROM entities e JOIN documents d "
            f"ON d.id = e.document WHERE {_MATCH} AND d.published IS NOT NULL GROUP BY day ORDER BY day",
            p,
        )
    )
    labels = ",".join(f"'{v}'" for v in VALUE_LABELS)
    co = tuple(
        EntityRef(k, name, lab, eng, int(n))
        for k, name, lab, eng, n in conn.execute(
            f"SELECT {_KEY} AS k, max(coalesce(e.canonical, e.text)), max(e.label), max(e.english), "
            f"count(DISTINCT e.document) AS n FROM entities e WHERE e.document IN "
            f"(SELECT e.document FROM entities e WHERE {_MATCH}) AND NOT {_MATCH} "
            f"AND e.label NOT IN ({labels}) GROUP BY k ORDER BY n DESC, k LIMIT :limit",
            p,
        )
    )
    quotes = _quotes(
        conn,
        f"{_QUOTE_COLS} JOIN entities e ON e.document = q.document AND e.idx = q.speaker "
        f"WHERE {_MATCH} ORDER BY d.published DESC, q.document DESC LIMIT :limit",
        p,
    )
    events = _events(
        conn,
        f"{_EVENT_COLS} WHERE EXISTS (SELECT 1 FROM entities e WHERE e.document = "
        f"ev.document AND e.idx IN (ev.actor1, ev.actor2, ev.location, ev.time) AND {_MATCH}) "
        "ORDER BY d.published DESC, ev.document DESC LIMIT :limit",
        p,
    )
    mentions = []
    for doc, title, published, raw_start, raw_end, raw_text in conn.execute(
        f"SELECT e.document, d.title, d.published, e.raw_start, e.raw_end, d.raw_text FROM entities e "
        f"JOIN documents d ON d.id = e.document WHERE {_MATCH} GROUP BY e.document "
        "ORDER BY d.published DESC, e.document DESC LIMIT :limit",
        p,
    ):
        lo, hi = max(0, raw_start - MENTION_CONTEXT), min(len(raw_text), raw_end + MENTION_CONTEXT)
        mentions.append(
            Mention(
                doc,
                title,
                published,
                " ".join(raw_text[lo:raw_start].split()),
                raw_text[raw_start:raw_end],
                " ".join(raw_text[raw_end:hi].split()),
            )
        )
    return EntityProfile(
        key, label, urdu, english, kb_id, n_mentions, n_docs, per_day, co, quotes, events, tuple(mentions)
    )

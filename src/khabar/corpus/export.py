"""Export a store: JSONL (one Document JSON with its corpus metadata per line), CSV (one table: documents,
entities, quotes, events, events-resolved or network) and Parquet (``khabar.parquet/1``, documented in
docs/corpus.md; the same columns ``khabar analyze --out`` writes, plus the store's own)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from khabar.corpus.errors import StoreError
from khabar.corpus.store import Store, document_json
from khabar.doc.jsonio import unpack
from khabar.errors import ConfigError

if TYPE_CHECKING:
    from khabar.corpus.listing import ActorPair, EntityRef

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("documents", "entities", "quotes", "events", "events-resolved", "network")
#: ``events-resolved``: one row per event, its actors, place and time named (the table an analysis of
#: who did what to whom starts from); an actor that is no entity has its own words and no kb id.
_ROLES = ("actor1", "actor2", "location")
_PARTS = ("", "_english", "_kb_id", "_label", "_country", "_role")
EVENTS_RESOLVED_COLUMNS = (
    "document", "doc_id", "title", "url", "source", "published", "event", "code", "label", "trigger",
    "date", "first_day", "last_day", *(f"{role}{part}" for role in _ROLES for part in _PARTS),
    "time", "confidence", "component", "sentence",
)
#: Columns of the Parquet export, in order (all strings unless noted); see docs/corpus.md.
PARQUET_COLUMNS = (
    "schema", "doc_id", "title", "url", "source", "author", "published", "origin", "raw_text", "text",
    "n_tokens", "n_sentences", "document", "error", "id", "content_hash", "story_id", "near_duplicate_of",
    "similarity",
)
PARQUET_SCHEMA_NAME = "khabar.parquet/1"
_DOC_COLUMNS = ("id", "doc_id", "content_hash", "title", "url", "source", "author", "published", "origin",
                "n_tokens", "n_sentences", "story_id", "near_duplicate_of", "similarity", "added_at", "text")


def export_jsonl(store: Store, out: IO[str]) -> int:
    """One line per document: the Document JSON with a ``corpus`` object (store id, hash, story...)."""
    n = 0
    for row in store.conn.execute(
            "SELECT id, doc_id, content_hash, title, url, source, author, published, story_id, "
            "near_duplicate_of, similarity, document FROM documents ORDER BY id"):
        doc = unpack(row[-1])
        doc["corpus"] = dict(zip(("id", "doc_id", "content_hash", "title", "url", "source", "author",
                                  "published", "story_id", "near_duplicate_of", "similarity"), row[:-1],
                                 strict=True))
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_csv(store: Store, out: IO[str], *, table: str = "documents") -> int:
    """One table as CSV with a header row (``documents`` without the raw text and Document JSON)."""
    if table not in TABLES:
        raise ConfigError(f"no table {table!r} to export; choose one of {', '.join(TABLES)}")
    if table == "events-resolved":
        return _events_resolved(store, out)
    if table == "network":
        return _network(store, out)
    sql = (f"SELECT {', '.join(_DOC_COLUMNS)} FROM documents ORDER BY id" if table == "documents"
           else f"SELECT * FROM {table} ORDER BY document, idx")
    cur = store.conn.execute(sql)
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cur.description])
    n = 0
    for row in cur:
        writer.writerow(row)
        n += 1
    return n


def export_parquet(store: Store, path: str | os.PathLike[str], *, batch_size: int = 2000) -> int:
    """All documents as one Parquet file with the ``khabar.parquet/1`` columns."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is in the [scale] and [dev] extras
        raise StoreError("Parquet export needs pyarrow: pip install 'khabar[scale]'") from None
    schema = parquet_schema(pa)
    n = 0
    with pq.ParquetWriter(Path(path), schema, compression="zstd") as writer:
        cur = store.conn.execute(
            "SELECT doc_id, title, url, source, author, published, origin, raw_text, text, n_tokens, "
            "n_sentences, document, id, content_hash, story_id, near_duplicate_of, similarity "
            "FROM documents ORDER BY id")
        while rows := cur.fetchmany(batch_size):
            cols = list(zip(*rows, strict=True))
            # the Document JSON as text, as khabar.parquet/1 has it (the store packs it: jsonio.pack)
            cols[11] = tuple(d if isinstance(d, str) else json.dumps(unpack(d), ensure_ascii=False,
                                                                     separators=(",", ":")) for d in cols[11])
            data = [[PARQUET_SCHEMA_NAME] * len(rows), *cols[:12], [None] * len(rows), *cols[12:]]
            names = list(PARQUET_COLUMNS)
            ordered = dict(zip([*names[:13], "error", *names[14:]], data, strict=True))
            writer.write_table(pa.table({k: ordered[k] for k in names}, schema=schema))
            n += len(rows)
    return n


def parquet_schema(pa: object) -> object:
    """The ``khabar.parquet/1`` Arrow schema of an export (``pa`` is the pyarrow module)."""
    p = pa
    s, i64, i32, f64 = p.string(), p.int64(), p.int32(), p.float64()  # type: ignore[attr-defined]
    types = {"n_tokens": i32, "n_sentences": i32, "id": i64, "story_id": i64, "near_duplicate_of": i64,
             "similarity": f64}
    return p.schema([(name, types.get(name, s)) for name in PARQUET_COLUMNS])  # type: ignore[attr-defined]


def _events_resolved(store: Store, out: IO[str]) -> int:
    """The ``events-resolved`` table (:data:`EVENTS_RESOLVED_COLUMNS`): each event's article, its
    actors' and place's names, kb ids, labels, countries and roles, its time's words and the text of
    its sentence (from the stored Document JSON)."""
    def entity(alias: str, words: str = "NULL", coded: str = "") -> str:
        """An entity's columns; an event actor's country and role are what it is in the event
        (``ev.actor1_country``: بھارتی فوج is IND, MIL), else the entity's own."""
        country, role = ((f"coalesce(ev.{coded}_country, {alias}.country)", f"coalesce(ev.{coded}_role, "
                          f"{alias}.role)") if coded else (f"{alias}.country", f"{alias}.role"))
        return (f"coalesce({alias}.canonical, {alias}.text, {words}), {alias}.english, {alias}.kb_id, "
                f"{alias}.label, {country}, {role}")

    join = " ".join(f"LEFT JOIN entities {a} ON {a}.document = ev.document AND {a}.idx = ev.{col}"
                    for a, col in (("a1", "actor1"), ("a2", "actor2"), ("loc", "location"), ("tm", "time")))
    cur = store.conn.execute(
        "SELECT ev.document, d.doc_id, d.title, d.url, d.source, d.published, ev.idx, ev.code, ev.label, "
        f"ev.trigger, ev.date, ev.first_day, ev.last_day, {entity('a1', 'ev.actor1_text', 'actor1')}, "
        f"{entity('a2', 'ev.actor2_text', 'actor2')}, {entity('loc')}, tm.text, ev.confidence, ev.component, "
        f"ev.sentence FROM events ev JOIN documents d ON d.id = ev.document {join} "
        "ORDER BY ev.document, ev.idx")
    writer = csv.writer(out)
    writer.writerow(EVENTS_RESOLVED_COLUMNS)
    sentences: tuple[int, list[str]] = (-1, [])
    n = 0
    for row in cur:
        if sentences[0] != row[0]:
            sentences = (row[0], _sentence_texts(store, row[0]))
        k = row[-1]
        writer.writerow([*row[:-1], sentences[1][k] if 0 <= k < len(sentences[1]) else ""])
        n += 1
    return n


def _sentence_texts(store: Store, document: int) -> list[str]:
    """The text of each sentence of a stored document (its Document JSON's spans)."""
    data = document_json(store.conn, document) or {}
    text = data.get("text", "")
    return [text[s[0]:s[1]] for s in data.get("sentences", [])]


_PAIR_SIDE = ("_key", "", "_english", "_label", "_country", "_role")
#: ``network``: one row per pair of actors (:func:`khabar.corpus.listing.actor_pairs`), the pair with
#: the most events first; ``codes``: each event code, label and count, the most frequent first.
NETWORK_COLUMNS = (*(f"actor1{p}" for p in _PAIR_SIDE), *(f"actor2{p}" for p in _PAIR_SIDE), "events",
                   "documents", "codes", "first_day", "last_day")


def _codes_text(pair: ActorPair) -> str:
    """A pair's event codes as the ``network`` table and GraphML write them: ``code label count`` each,
    ``; `` between, the most frequent first."""
    return "; ".join(f"{c} {lab} {n}" for c, lab, n in pair.codes)


def _network(store: Store, out: IO[str]) -> int:
    """The ``network`` table (:data:`NETWORK_COLUMNS`): every pair of the corpus's event actors."""
    from khabar.corpus.listing import actor_pairs

    _, pairs = actor_pairs(store.conn, limit=-1)
    writer = csv.writer(out)
    writer.writerow(NETWORK_COLUMNS)
    for p in pairs:
        sides = [(a.key, a.text, a.english, a.label, a.country, a.role) for a in (p.actor1, p.actor2)]
        writer.writerow([*sides[0], *sides[1], p.events, p.documents,
                         _codes_text(p), p.first_day, p.last_day])
    return len(pairs)


#: GraphML attributes of a network's actors and of its pairs: (id, for, name, type).
GRAPHML_KEYS = (
    ("n_name", "node", "name", "string"), ("n_english", "node", "english", "string"),
    ("n_label", "node", "label", "string"), ("n_key", "node", "key", "string"),
    ("n_country", "node", "country", "string"), ("n_role", "node", "role", "string"),
    ("e_events", "edge", "events", "int"), ("e_documents", "edge", "documents", "int"),
    ("e_code", "edge", "code", "string"), ("e_codes", "edge", "codes", "string"),
    ("e_first_day", "edge", "first_day", "string"), ("e_last_day", "edge", "last_day", "string"),
)


def write_graphml(pairs: Sequence[ActorPair], out: IO[bytes]) -> tuple[int, int]:
    """The pairs of actors (:func:`khabar.corpus.listing.actor_pairs`) as a GraphML graph (directed, but
    undirected for undirected pairs), for Gephi, Cytoscape or networkx: a node per actor (its name,
    English name, entity label, key, CAMEO country and role as its first pair has them), an edge per
    pair (its events, documents, most frequent event code, every code with its count, first and last
    day). Returns (nodes, edges)."""
    import xml.etree.ElementTree as ET

    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    for key, kind, name, typ in GRAPHML_KEYS:
        ET.SubElement(root, "key", {"id": key, "for": kind, "attr.name": name, "attr.type": typ})
    directed = all(p.directed for p in pairs)  # undirected pairs: A met B and B met A are one edge
    graph = ET.SubElement(root, "graph", {"id": "khabar-network",
                                          "edgedefault": "directed" if directed else "undirected"})

    def data(parent: ET.Element, key: str, value: object) -> None:
        if value is not None and value != "":
            ET.SubElement(parent, "data", {"key": key}).text = str(value)

    nodes: dict[tuple[str, str | None], str] = {}

    def node(ref: EntityRef) -> str:
        # one node per actor as actor_pairs tells them apart: a place with its role, any other
        # entity or an actor's words whatever its role
        ident = (ref.key or ref.text, ref.role if ref.label == "LOCATION" else None)
        if ident not in nodes:
            nodes[ident] = f"n{len(nodes)}"
            el = ET.SubElement(graph, "node", {"id": nodes[ident]})
            for key, value in (("n_name", ref.text), ("n_english", ref.english), ("n_label", ref.label),
                               ("n_key", ref.key), ("n_country", ref.country), ("n_role", ref.role)):
                data(el, key, value)
        return nodes[ident]

    for k, p in enumerate(pairs):
        source, target = node(p.actor1), node(p.actor2)
        el = ET.SubElement(graph, "edge", {"id": f"e{k}", "source": source, "target": target})
        for key, value in (("e_events", p.events), ("e_documents", p.documents),
                           ("e_code", " ".join(p.codes[0][:2]) if p.codes else None),
                           ("e_codes", _codes_text(p)),
                           ("e_first_day", p.first_day), ("e_last_day", p.last_day)):
            data(el, key, value)
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
    out.write(b"\n")
    return len(nodes), len(pairs)

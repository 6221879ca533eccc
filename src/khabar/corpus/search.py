"""Full-text search over a :class:`~khabar.corpus.store.Store`: FTS5 with BM25 ranking over the
normalized text, queries normalized by the same normalizer, filters, and snippets in the user's own
characters (mapped back through each document's alignment).

Query syntax (docs/corpus.md): words (all must occur), ``"a phrase"``, ``AND``, ``OR``, ``NOT``
(binary: ``a NOT b``), parentheses, and a trailing ``*`` for a prefix (``پاکستان*``). Operators are
written in capitals. Every word and phrase goes through the store's normalizer before it reaches
FTS5, so ``كراچي`` finds ``کراچی``. A query that is not valid is a :class:`QueryError` that says
where, never an SQLite exception.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from khabar.corpus.errors import QueryError
from khabar.corpus.store import Store
from khabar.doc.alignment import Alignment

OPERATORS = ("AND", "OR", "NOT")
#: Highlight markers handed to FTS5 (private-use characters that never occur in normalized text).
_OPEN, _CLOSE = "\ue000", "\ue001"
_LEXEME = re.compile(r'\s+|"(?P<phrase>[^"]*)"(?P<pstar>\*)?|(?P<open>\()|(?P<close>\))|(?P<word>[^\s"()]+)')
SNIPPET_CONTEXT = 80
#: A query matching more documents than this ranks (BM25) only the most recently ingested this many
#: matches: ranking every match of a word that occurs in most documents costs ~15 ms per 10,000 and
#: says little (its IDF is near zero). ``Results.ranked`` tells how many were ranked.
RANK_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: ``snippet`` is a window of the raw text; ``matches`` are the raw
    ``[start, end)`` offsets (in ``raw_text`` of the document) of the matched words."""

    id: int
    doc_id: str
    title: str
    source: str
    published: str | None
    url: str
    score: float
    snippet: str
    snippet_start: int
    matches: tuple[tuple[int, int], ...]

    def snippet_marked(self, open_: str = "[", close: str = "]") -> str:
        """The snippet with each match wrapped in ``open_`` ... ``close``."""
        out, pos = [], self.snippet_start
        end = self.snippet_start + len(self.snippet)
        for s, e in self.matches:
            if s < pos or e > end:
                continue
            out += [self.snippet[pos - self.snippet_start:s - self.snippet_start], open_,
                    self.snippet[s - self.snippet_start:e - self.snippet_start], close]
            pos = e
        out.append(self.snippet[pos - self.snippet_start:])
        return "".join(out)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "doc_id": self.doc_id, "title": self.title, "source": self.source,
                "published": self.published, "url": self.url, "score": round(self.score, 4),
                "snippet": self.snippet, "snippet_start": self.snippet_start,
                "highlighted": self.snippet_marked("«", "»"),
                "matches": [list(m) for m in self.matches]}


@dataclass(frozen=True, slots=True)
class Results:
    hits: tuple[Hit, ...]
    total: int
    query: str
    fts_query: str
    seconds: float
    #: how many matches were ranked: ``total``, or :data:`RANK_LIMIT` (the most recently ingested)
    ranked: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"results": [h.to_json() for h in self.hits], "total": self.total, "query": self.query,
                "fts_query": self.fts_query, "ranked": self.ranked}


@dataclass(frozen=True, slots=True)
class Filters:
    """``since``/``until``: ISO dates (inclusive) on ``published``; ``source``: exact source name;
    ``entity``: a kb id, English name (any case) or canonical name of an entity in the document;
    ``event``: an event code or label in the document."""

    since: str | None = None
    until: str | None = None
    source: str | None = None
    entity: str | None = None
    event: str | None = None


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


#: Urdu spellings an English or Roman-Urdu name in a query is searched as, at most (most used first).
NAME_SPELLINGS = 32


def _latin(text: str) -> bool:
    """Whether a query term is written in Latin letters (an English or Roman-Urdu name: Nawaz Sharif)."""
    return any("a" <= ch.lower() <= "z" for ch in text) and all(ch.isascii() for ch in text)


def compile_query(query: str, normalize: Callable[[str], str],
                  names: Callable[[str], Sequence[str]] | None = None) -> str:
    """The FTS5 query for a user's ``query``: each word and phrase normalized and quoted, operators and
    parentheses checked and kept. With ``names`` (a name -> the Urdu spellings it was written in), a
    run of words in Latin letters, or a phrase, is a name: it matches its own letters or any of those
    spellings (``nawaz sharif`` → ``("nawaz sharif" OR "نواز شریف" OR "محمد نواز شریف" …)``)."""
    if not query.strip():
        raise QueryError("the search query is empty; give one or more words")
    if query.count('"') % 2:
        raise QueryError(f"unbalanced quote in the query at character {query.rfind(chr(34)) + 1}: "
                         "close the phrase with \"")
    out: list[str] = []
    depth = 0
    prev = "start"  # start | term | op | open | close
    latin: list[str] = []  # the Latin words of a name being read

    def term(text: str) -> None:
        nonlocal prev
        if prev in ("term", "close"):
            out.append("AND")
        out.append(text)
        prev = "term"

    def name(words: list[str]) -> None:
        """A name in Latin letters: its words as they are, or an Urdu spelling of it; no name has
        them all: each word a name of its own (president obama: صدر … and اوباما …)."""
        literal = " ".join(normalize(" ".join(words)).split())
        spellings = [s for s in (names(" ".join(words)) if names is not None else ()) if s != literal]
        if spellings:
            term("(" + " OR ".join(_quote(x) for x in [literal, *spellings[:NAME_SPELLINGS]]) + ")")
        elif len(words) > 1:
            for w in words:
                name([w])
        else:
            term(_quote(literal))

    for m in _LEXEME.finditer(query):
        if all(v is None for v in m.groupdict().values()):
            continue  # white space
        where = f"at character {m.start() + 1}"
        word = m.group("word")
        if latin and not (word and word not in OPERATORS and not word.endswith("*") and _latin(word)):
            name(latin)
            latin = []
        if m.group("open"):
            if prev in ("term", "close"):
                out.append("AND")
            out.append("(")
            depth += 1
            prev = "open"
        elif m.group("close"):
            depth -= 1
            if depth < 0:
                raise QueryError(f"a ')' without its '(' {where}")
            if prev in ("op", "open"):
                raise QueryError(f"empty brackets or an operator before ')' {where}")
            out.append(")")
            prev = "close"
        elif word in OPERATORS:
            if prev in ("start", "op", "open"):
                what = "NOT is binary in this syntax: write `a NOT b`" if word == "NOT" else \
                    "an operator needs a term on each side"
                raise QueryError(f"{word} {where} has no term before it; {what}")
            out.append(word)
            prev = "op"
        elif m.group("phrase") is not None or word:
            raw = m.group("phrase") if m.group("phrase") is not None else word
            prefix = bool(m.group("pstar")) or (word or "").endswith("*")
            if names is not None and not prefix and _latin(raw) and any(ch.isalnum() for ch in raw):
                if word:
                    latin.append(raw)
                else:
                    name([raw])  # a phrase is one name
                continue
            raw = raw.rstrip("*") if word else raw
            norm = " ".join(normalize(raw).split())
            if not any(ch.isalnum() for ch in norm):
                continue  # punctuation only: nothing to find
            term(_quote(norm) + ("*" if prefix else ""))
    if latin:
        name(latin)
    if depth:
        raise QueryError("a '(' in the query is never closed; add ')'")
    if prev == "op":
        raise QueryError(f"the query ends with the operator {out[-1]}; add a term after it")
    if not any(t.startswith(('"', '("')) for t in out):
        raise QueryError("the query has no words to search for (only punctuation or operators)")
    return " ".join(out)


def name_spellings(conn: sqlite3.Connection, name: str) -> list[str]:
    """The Urdu words the entities whose English name holds ``name`` (:func:`matching_names`) were
    written in, most used first."""
    fitting = matching_names(conn, name)
    if not fitting:
        return []
    having, params = english_in(fitting)
    return [s for (s,) in conn.execute(
        f"SELECT text FROM entities e WHERE {having} GROUP BY text ORDER BY count(*) DESC, text LIMIT ?",
        (*params, NAME_SPELLINGS))]


def english_in(names: Sequence[str]) -> tuple[str, list[str]]:
    """A condition on ``entities e`` that its English name is one of ``names`` exactly, which the
    ``entities_english`` index (NOCASE) serves, and its parameters."""
    marks = ",".join("?" * len(names))
    return f"e.english COLLATE NOCASE IN ({marks}) AND e.english IN ({marks})", [*names, *names]


def matching_names(conn: sqlite3.Connection, name: str) -> list[str]:
    """The English names of the corpus's entities (a knowledge-base name, or the linker's
    romanization of a name it lacks) that hold ``name``'s words in a row — as written (any case:
    ``sharif`` is Nawaz, Shehbaz and Raheel Sharif), else as Roman Urdu folds them
    (:func:`~khabar.urdu.romanize.name_keys`: ``Nawaz Shareef`` and ``navaz sharif`` are Nawaz
    Sharif; so is Tiger Shroff ``sharif``'s, but only when no name has the word as written)."""
    from khabar.urdu.romanize import name_keys

    keys = name_keys(name)
    if not keys:
        return []
    having = " INTERSECT ".join(["SELECT english FROM name_words WHERE key = ?"] * len(keys))
    fitting = [en for (en,) in conn.execute(f"{having} LIMIT 1000", keys) if _in_a_row(keys, name_keys(en))]
    words = name.replace("-", " ").lower().split()
    exact = [en for en in fitting if _in_a_row(words, en.replace("-", " ").lower().split())]
    return exact or fitting


def _in_a_row(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether ``part`` is a run of ``whole``."""
    n, part = len(part), tuple(part)
    return any(tuple(whole[i:i + n]) == part for i in range(len(whole) - n + 1))


class Searcher:
    """Search a store. The query normalizer is the one the store's index was built with."""

    def __init__(self, store: Store, normalize: Callable[[str], str] | None = None) -> None:
        self.store = store
        self._normalize = normalize

    @property
    def normalize(self) -> Callable[[str], str]:
        if self._normalize is None:
            self._normalize = store_normalizer(self.store)
        return self._normalize

    def search(self, query: str, *, filters: Filters | None = None, limit: int = 10,
               offset: int = 0) -> Results:
        """Documents matching ``query`` (see :func:`compile_query`; a name in Latin letters matches
        its Urdu spellings the corpus knows: :func:`name_spellings`), best first."""
        t0 = time.perf_counter()
        fts = compile_query(query, self.normalize, lambda name: name_spellings(self.store.conn, name))
        cond, params = filter_condition(filters or Filters())
        c = self.store.conn
        match = f"FROM documents_fts WHERE documents_fts MATCH ?{cond}"
        args = (fts, *params)
        try:
            total = int(c.execute(f"SELECT count(*) {match}", args).fetchone()[0])
            score = "bm25(documents_fts, 2.0, 1.0)"
            if total <= RANK_LIMIT:
                ranked = total
                sql = f"SELECT rowid, {score} AS r {match} ORDER BY r LIMIT ? OFFSET ?"
            else:  # rank the newest RANK_LIMIT matches only (see RANK_LIMIT)
                ranked = RANK_LIMIT
                sql = (f"SELECT id, r FROM (SELECT rowid AS id, {score} AS r {match} "
                       f"ORDER BY rowid DESC LIMIT {RANK_LIMIT}) ORDER BY r LIMIT ? OFFSET ?")
            top = c.execute(sql, (*args, limit, offset)).fetchall()
            hits = self._hits(fts, top)
        except sqlite3.OperationalError as exc:
            raise QueryError(f"the query {query!r} (as FTS5: {fts}) is not valid: {exc}") from None
        return Results(hits, total, query, fts, time.perf_counter() - t0, ranked)

    def _hits(self, fts: str, top: list[tuple[int, float]]) -> tuple[Hit, ...]:
        """The hits for ranked ``(rowid, bm25)`` pairs: documents and highlights fetched in one query
        each, snippets cut from the raw text through each document's alignment."""
        if not top:
            return ()
        c = self.store.conn
        ids = [int(i) for i, _ in top]
        marks = ",".join("?" * len(ids))
        rows = {int(r[0]): r[1:] for r in c.execute(
            "SELECT id, doc_id, title, source, published, url, raw_text, text, alignment "
            f"FROM documents WHERE id IN ({marks})", ids)}
        marked = dict(c.execute(
            f"SELECT rowid, highlight(documents_fts, 1, '{_OPEN}', '{_CLOSE}') FROM documents_fts "
            f"WHERE documents_fts MATCH ? AND rowid IN ({marks})", (fts, *ids)).fetchall())
        hits = []
        for id_, rank in top:
            doc_id, title, source, published, url, raw_text, text, alignment = rows[int(id_)]
            spans = _marked_spans(marked.get(id_, ""))
            align = Alignment.from_json(len(raw_text), len(text), json.loads(alignment))
            raw = tuple(align.span_to_raw(s, e) for s, e in spans)
            snippet, start = _window(raw_text, raw)
            hits.append(Hit(int(id_), doc_id, title, source, published, url, -float(rank), snippet, start,
                            raw))
        return tuple(hits)


def filter_condition(f: Filters) -> tuple[str, list[Any]]:
    """An ``AND ...`` condition on ``documents_fts.rowid`` (empty without filters) and its parameters.

    The filters select document ids through the small indexes of the documents table; ``+rowid``
    keeps SQLite from probing the full-text index once per filtered id (500x slower on a common word).
    """
    where, params = _filters(f)
    if not where:
        return "", []
    return f" AND +documents_fts.rowid IN (SELECT d.id FROM documents d WHERE {where})", params


def matching_ids(fts: str, filters: Filters, *, newest: int | None = None) -> tuple[str, list[Any]]:
    """SQL (and parameters) selecting the ids of documents matching FTS5 query ``fts`` and ``filters``;
    ``newest`` keeps only that many most recently ingested matches."""
    cond, params = filter_condition(filters)
    sql = f"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?{cond}"
    if newest is not None:
        sql += f" ORDER BY rowid DESC LIMIT {int(newest)}"
    return sql, [fts, *params]


def _marked_spans(marked: str) -> list[tuple[int, int]]:
    spans, pos, start = [], 0, 0
    for ch in marked:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            spans.append((start, pos))
        else:
            pos += 1
    return spans


def _window(raw: str, matches: tuple[tuple[int, int], ...]) -> tuple[str, int]:
    """A window of ``raw`` around the first match, cut at whitespace."""
    if not matches:
        end = min(len(raw), 2 * SNIPPET_CONTEXT)
        cut = raw.rfind(" ", 0, end) if end < len(raw) else end
        return raw[:cut if cut > 0 else end], 0
    s, e = matches[0]
    lo, hi = max(0, s - SNIPPET_CONTEXT), min(len(raw), e + SNIPPET_CONTEXT)
    if lo > 0:
        sp = raw.find(" ", lo, s)
        lo = sp + 1 if sp >= 0 else lo
    if hi < len(raw):
        sp = raw.rfind(" ", e, hi)
        hi = sp if sp >= 0 else hi
    return raw[lo:hi], lo


def _filters(f: Filters) -> tuple[str, list[Any]]:
    """The filters as a condition on ``documents d`` joined by AND ("" for none). Dates compare as ISO
    strings so the ``published`` index serves them: ``until`` includes the whole day."""
    where, params = [], []
    if f.since:
        where.append("d.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("d.published < ?")
        params.append(f.until + "\uffff")
    if f.source:
        where.append("d.source = ?")
        params.append(f.source)
    if f.entity:
        where.append("d.id IN (SELECT document FROM entities WHERE kb_id = ? OR english = ? COLLATE NOCASE "
                     "OR canonical = ?)")
        params += [f.entity] * 3
    if f.event:
        where.append(f"d.id IN (SELECT document FROM events WHERE {event_code_match('', '?')})")
        params += [f.event] * 4
    return " AND ".join(where), params


def event_code_match(prefix: str, param: str) -> str:
    """SQL: the event (its columns ``{prefix}code`` and ``{prefix}label``) is of what the parameter
    ``param`` (which appears four times) names: its code (040), its CAMEO root (04: 040 to 046) or its
    label in any case (Consult)."""
    return (f"({prefix}code = {param} OR {prefix}label = {param} COLLATE NOCASE OR "
            f"(length({param}) = 2 AND substr({prefix}code, 1, 2) = {param}))")


def recorded_normalizer_config(store: Store) -> dict[str, Any] | None:
    """The normalizer config the store's text was normalized with, as recorded at its first ingest
    (None for a store nothing was ingested into). A switch the record lacks was added to the
    normalizer after the corpus was built, so its rule did not run on the stored text: it reads
    False (a corpus of 2026-11 records no ``fix_waw_hamza``: its رہنمائوں stayed as typed)."""
    import dataclasses

    from khabar.components.normalizer import NormalizerComponentConfig

    raw = store.get_meta("normalizer")
    if raw is None:
        return None
    config: dict[str, Any] = json.loads(raw)
    for f in dataclasses.fields(NormalizerComponentConfig):
        if f.type in (bool, "bool") and f.name not in config:
            config[f.name] = False
    return config


def store_normalizer(store: Store) -> Callable[[str], str]:
    """The normalizer the store's text was normalized with (recorded at ingest), as a function."""
    from khabar.components.registry import create

    config = recorded_normalizer_config(store) or {}
    component = create("normalizer", **config)
    normalize = component.normalize  # type: ignore[attr-defined]

    def run(text: str) -> str:
        out: str = normalize(text)[0]
        return out

    return run

"""The SQLite corpus store: one file, WAL, schema migrations, documents + annotations as tables,
FTS5 over the normalized text.

Tables (see docs/corpus.md for every column): ``schema_version`` (one row per applied migration),
``meta`` (key/value: the normalizer config the index was built with), ``documents`` (one row per
stored article: raw and normalized text, alignment, metadata, content hash, near-duplicate and story
links, the full Document JSON), ``entities``, ``quotes``, ``events`` and ``notices`` (one row per
annotation, mapped generically from the Document JSON so the store needs no change when the entity,
quote and event layers arrive), ``signatures`` (MinHash per document) and ``documents_fts`` (FTS5,
external content: normalized title and text).

Writing is one transaction per document (:meth:`Store.add`), or, inside :meth:`Store.batch`, one
savepoint per document in one transaction for all of them: a crash (even ``kill -9``) leaves either
the whole document with its annotations, index entry and signature, or nothing of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from khabar.corpus.errors import StoreError, StoreLockedError, StoreSchemaError
from khabar.doc.jsonio import pack, unpack
from khabar.doc.model import LOCAL_ID_PREFIX, Document, Entity, Event, Span
from khabar.urdu import chars as C
from khabar.urdu.dates import period
from khabar.urdu.romanize import name_keys

#: The schema this khabar writes; a database with a higher version is refused.
SCHEMA_VERSION = 10
DEFAULT_BUSY_TIMEOUT_S = 5.0
#: WAL pages between automatic checkpoints (SQLite's default: 1000). A document row is ~40 KB (10+
#: pages with its FTS and index pages), so the default checkpoints every ~80 documents, each time
#: copying hot index pages again and syncing; 4000 pages (16 MiB of WAL at 4 KiB pages) cut the
#: store's time per document by ~8 % on COUNTER. Commits stay atomic and durable as before (the
#: checkpoint interval changes neither), and the WAL is checkpointed and removed on the last close.
WAL_AUTOCHECKPOINT_PAGES = 4000
#: FTS5 tokenizer: unicode61 splits at every character that is not a letter or digit, so a ZWNJ
#: (دہشت‌گردی) and the combining vowel marks (when the normalizer keeps them) are made token characters.
FTS_TOKENCHARS = C.ZWNJ + C.DIACRITICS
_WS = re.compile(r"\s+")


def default_db_path() -> Path:
    """``$KHABAR_DB``, else ``corpus.sqlite`` in the user data directory (platformdirs: e.g.
    ``~/.local/share/khabar`` on Linux, following ``$XDG_DATA_HOME``)."""
    env = os.environ.get("KHABAR_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("khabar", appauthor=False)) / "corpus.sqlite"


def content_hash(normalized_text: str) -> str:
    """SHA-256 of the normalized text with whitespace runs collapsed: the document's identity."""
    return hashlib.sha256(_WS.sub(" ", normalized_text).strip().encode("utf-8")).hexdigest()


def _fts_tokenizer() -> str:
    chars = FTS_TOKENCHARS.replace("'", "''")
    return f"unicode61 remove_diacritics 0 tokenchars '{chars}'"


def _fill_actors(c: sqlite3.Connection) -> None:
    """Migration 4's rows: entity countries and roles, events' actor words, from the Document JSON."""
    # one document's JSON in memory at a time: a corpus's JSON can be gigabytes
    for (doc_id,) in c.execute("SELECT id FROM documents ORDER BY id").fetchall():
        data = json.loads(c.execute("SELECT document FROM documents WHERE id = ?", (doc_id,)).fetchone()[0])
        text = data.get("text", "")
        c.executemany("UPDATE entities SET country = ?, role = ? WHERE document = ? AND idx = ?",
                      [(e.get("country"), e.get("role"), doc_id, k)
                       for k, e in enumerate(data.get("entities", [])) if e.get("country") or e.get("role")])
        c.executemany("UPDATE events SET actor1_text = ?, actor2_text = ? WHERE document = ? AND idx = ?",
                      [(_words(text, e.get("actor1_span")), _words(text, e.get("actor2_span")), doc_id, k)
                       for k, e in enumerate(data.get("events", []))
                       if e.get("actor1_span") or e.get("actor2_span")])


def _stored_documents(c: sqlite3.Connection, ids: str) -> Iterator[tuple[int, Document]]:
    """The stored Documents of the ids the SQL ``ids`` selects, one in memory at a time (a corpus's
    JSON can be gigabytes), for a migration that derives rows as a new analysis would. A JSON that is
    not a whole Document (never written by khabar) is left out: its rows keep the new columns NULL."""
    from khabar.doc.jsonio import from_dict
    from khabar.errors import SchemaError

    for (doc_id,) in c.execute(ids).fetchall():
        try:
            doc = from_dict(unpack(c.execute("SELECT document FROM documents WHERE id = ?",
                                             (doc_id,)).fetchone()[0]))
        except SchemaError:
            continue
        yield doc_id, doc


def _fill_actor_codes(c: sqlite3.Connection) -> None:
    """Migration 5's rows: each event actor's CAMEO country and role, coded from the Document JSON
    (:func:`khabar.urdu.news.coded_events`) as a new analysis codes them."""
    from khabar.urdu.news import coded_events

    for doc_id, doc in _stored_documents(c, "SELECT DISTINCT document FROM events ORDER BY document"):
        c.executemany("UPDATE events SET actor1_country = ?, actor1_role = ?, actor2_country = ?, "
                      "actor2_role = ? WHERE document = ? AND idx = ?",
                      [(e.actor1_country, e.actor1_role, e.actor2_country, e.actor2_role, doc_id, k)
                       for k, e in enumerate(coded_events(doc))
                       if e.actor1_country or e.actor1_role or e.actor2_country or e.actor2_role])


def _fill_event_quotes(c: sqlite3.Connection) -> None:
    """Migration 10's rows: the quote or sourced claim each stored event is told in, found from the
    Document JSON (:func:`khabar.urdu.news.reporting_quote`) as a new analysis finds it, in the events
    table and in the stored Document JSON (the document page reads its events there). Only the
    documents with both events and quotes are read: in the others every event is the report's own."""
    from khabar.urdu.news import reporting_quote

    for doc_id, doc in _stored_documents(c, "SELECT DISTINCT document FROM events WHERE document IN "
                                            "(SELECT document FROM quotes) ORDER BY document"):
        told = [reporting_quote(doc, e) for e in doc.events]
        if not any(q is not None for q in told):
            continue
        c.executemany("UPDATE events SET quote = ? WHERE document = ? AND idx = ?",
                      [(q, doc_id, k) for k, q in enumerate(told) if q is not None])
        doc.events = [replace(e, quote=q) for e, q in zip(doc.events, told, strict=True)]
        c.execute("UPDATE documents SET document = ? WHERE id = ?", (pack(doc), doc_id))


def _fill_names(c: sqlite3.Connection) -> None:
    """Migration 6's rows: the search key of each word of the English names already stored."""
    names = [en for (en,) in c.execute("SELECT DISTINCT english FROM entities WHERE english != ''")]
    c.executemany("INSERT OR IGNORE INTO name_words VALUES (?, ?)",
                  [(k, en) for en in names for k in name_keys(en)])


#: Entity labels that are values, not things with a page or a count of their own.
VALUE_LABELS = ("NUMBER", "DATE", "TIME")


def _entity_groups(where: str) -> str:
    """The rows of ``entity_counts`` for the entity rows ``where`` selects: one per entity key and
    label, and one per key for all its labels (label ''); ``documents`` the documents naming it. The
    other columns are the greatest value of the mentions, as the listing shows them."""
    values = ",".join(f"'{v}'" for v in VALUE_LABELS)
    cols = ("max(coalesce(canonical, text)) AS name, max(label) AS shown, max(english) AS english, "
            "max(country) AS country, max(role) AS role, count(DISTINCT document) AS documents")
    rows = f"FROM entities WHERE {where} AND label NOT IN ({values})"
    return (f"SELECT coalesce(kb_id, text) AS key, label, {cols} {rows} GROUP BY 1, 2 "
            f"UNION ALL SELECT coalesce(kb_id, text), '', {cols} {rows} GROUP BY 1")


def _greater(column: str) -> str:
    """The greater of the stored and the new value, NULL counting as none (max() of two is NULL when
    one is)."""
    return f"{column} = coalesce(max({column}, excluded.{column}), {column}, excluded.{column})"


#: Counts a new document's entity groups (:func:`_count_rows`) into ``entity_counts``.
COUNT_ENTITIES = (
    "INSERT INTO entity_counts VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (key, label) DO UPDATE SET "
    "documents = documents + 1, "
    + ", ".join(_greater(c) for c in ("name", "shown", "english", "country", "role")))


def _count_rows(rows: list[tuple[str, str, str | None, str | None, str | None, str | None, str | None]]
                ) -> list[tuple[str | None, ...]]:
    """A new document's rows of ``entity_counts`` (before its count), from its entities as
    ``(label, text, kb_id, canonical, english, country, role)``: what :func:`_entity_groups` selects
    for one document, grouped here (Python orders strings by code point as SQLite orders UTF-8 text
    by bytes, so ``max`` agrees)."""
    groups: dict[tuple[str, str], list[str | None]] = {}
    for label, text, kb_id, canonical, english, country, role in rows:
        if label in VALUE_LABELS:
            continue
        values = (canonical if canonical is not None else text, label, english, country, role)
        entity = kb_id if kb_id is not None else text
        for key in ((entity, label), (entity, "")):
            old = groups.get(key)
            groups[key] = list(values) if old is None else [
                b if a is None else a if b is None else max(a, b) for a, b in zip(old, values, strict=True)]
    return [(*key, *values) for key, values in groups.items()]


def _words(text: str, span: list[int] | None) -> str | None:
    """The text of a Document JSON span ([start, end, ...]), None for none."""
    return text[span[0]:span[1]] if span else None


#: Migrations: version -> statements (SQL, or a function of the connection for rows that need
#: Python). Add a new version at the end; never edit an applied one.
MIGRATIONS: dict[int, tuple[str | Callable[[sqlite3.Connection], None], ...]] = {
    1: (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            title_norm TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            published TEXT,
            origin TEXT NOT NULL DEFAULT '',
            raw_text TEXT NOT NULL,
            text TEXT NOT NULL,
            alignment TEXT NOT NULL,
            n_tokens INTEGER NOT NULL,
            n_sentences INTEGER NOT NULL,
            near_duplicate_of INTEGER REFERENCES documents(id),
            similarity REAL,
            story_id INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            document TEXT NOT NULL
        )""",
        "CREATE INDEX documents_published ON documents(published)",
        "CREATE INDEX documents_source ON documents(source)",
        "CREATE INDEX documents_story ON documents(story_id)",
        """CREATE TABLE entities (
            document INTEGER NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            label TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL, text TEXT NOT NULL,
            kb_id TEXT, canonical TEXT, english TEXT, grp INTEGER, score REAL, component TEXT,
            PRIMARY KEY (document, idx))""",
        "CREATE INDEX entities_kb ON entities(kb_id)",
        "CREATE INDEX entities_english ON entities(english COLLATE NOCASE)",
        "CREATE INDEX entities_canonical ON entities(canonical)",
        """CREATE TABLE quotes (
            document INTEGER NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            kind TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
            content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content TEXT NOT NULL,
            speaker INTEGER, speaker_start INTEGER, speaker_end INTEGER, component TEXT,
            PRIMARY KEY (document, idx))""",
        """CREATE TABLE events (
            document INTEGER NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            code TEXT NOT NULL, label TEXT NOT NULL, sentence INTEGER NOT NULL,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger TEXT NOT NULL,
            actor1 INTEGER, actor2 INTEGER, location INTEGER, time INTEGER, confidence REAL,
            component TEXT, PRIMARY KEY (document, idx))""",
        "CREATE INDEX events_code ON events(code)",
        "CREATE TABLE notices (document INTEGER NOT NULL REFERENCES documents(id), code TEXT NOT NULL,"
        " message TEXT NOT NULL, component TEXT)",
        "CREATE TABLE signatures (document INTEGER PRIMARY KEY REFERENCES documents(id), "
        "minhash BLOB NOT NULL)",
        "CREATE VIEW fts_source AS SELECT id, title_norm AS title, text FROM documents",
        "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='fts_source', "
        f"content_rowid='id', tokenize=\"{_fts_tokenizer()}\")",
    ),
    # 2: when an event happened, the resolved value of its date expression (Event.date); NULL for
    # events stored before, whose Document JSON did not have it
    2: ("ALTER TABLE events ADD COLUMN date TEXT",),
    # 3: the days an event's date covers (:func:`khabar.urdu.dates.period`), so that "when" filters compare
    # ISO days with an index: a month's or a week's event falls in a range that overlaps it. Rows of
    # version 2 are filled from their ``date`` (a range's end was not stored: its first period only).
    3: ("ALTER TABLE events ADD COLUMN first_day TEXT",
        "ALTER TABLE events ADD COLUMN last_day TEXT",
        "UPDATE events SET first_day = khabar_period(date, 0), last_day = khabar_period(date, 1) "
        "WHERE date IS NOT NULL",
        "CREATE INDEX events_days ON events(first_day, last_day)",
        # a document-local id (local:3) named different things in different documents, yet the
        # corpus keyed entities by kb_id: keep knowledge-base ids only
        f"UPDATE entities SET kb_id = NULL WHERE kb_id LIKE '{LOCAL_ID_PREFIX}%'"),
    # 4: what an event's actors are when the tables alone are read: an entity's country and CAMEO
    # role, and an actor's own words where it is no entity (مظاہرین, سکیورٹی فورسز: half the
    # targets of COUNTER's events), which the tables dropped; filled from each Document JSON
    4: ("ALTER TABLE entities ADD COLUMN country TEXT",
        "ALTER TABLE entities ADD COLUMN role TEXT",
        "ALTER TABLE events ADD COLUMN actor1_text TEXT",
        "ALTER TABLE events ADD COLUMN actor2_text TEXT",
        _fill_actors),
    # 5: what each event actor is in CAMEO's actor coding, where known (Event.actor1_country ...):
    # بھارتی فوج is India's military (IND, MIL), not India; coded again from each Document JSON
    5: ("ALTER TABLE events ADD COLUMN actor1_country TEXT",
        "ALTER TABLE events ADD COLUMN actor1_role TEXT",
        "ALTER TABLE events ADD COLUMN actor2_country TEXT",
        "ALTER TABLE events ADD COLUMN actor2_role TEXT",
        _fill_actor_codes),
    # 6: Roman-Urdu and English name search (khabar.corpus.search): the search key of each word of each
    # English name (a knowledge-base name or the linker's romanization; khabar.urdu.romanize.name_keys)
    # -> the name, whose Urdu words the entities table gives (entities_english)
    6: ("CREATE TABLE name_words (key TEXT NOT NULL, english TEXT NOT NULL, PRIMARY KEY (key, english)) "
        "WITHOUT ROWID",
        _fill_names),
    # 7: the entity listing without grouping every mention (khabar entities, /api/entities): per entity
    # key, the number of documents naming it, per label and for all labels (''), kept as documents are
    # added (the store never deletes one); and the rows of one entity key found through one index
    # (kb_id, text), where the kb_id index alone read every unlinked mention for an unlinked name
    7: ("CREATE TABLE entity_counts (key TEXT NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, "
        "shown TEXT NOT NULL, english TEXT, country TEXT, role TEXT, documents INTEGER NOT NULL, "
        "PRIMARY KEY (key, label)) WITHOUT ROWID",
        "CREATE INDEX entity_counts_rank ON entity_counts(label, documents DESC, key)",
        "INSERT INTO entity_counts " + _entity_groups("1"),
        "CREATE INDEX entities_key ON entities(kb_id, text)",
        "DROP INDEX entities_kb"),
    # 8: documents.document holds the Document JSON packed (khabar.doc.jsonio.pack: tokens as columns,
    # zlib), a sixth of the plain JSON that was most of a corpus's size; rows written before stay plain
    # JSON text, which khabar.doc.jsonio.unpack reads too. (No statement: the version keeps an older
    # khabar, which reads plain JSON only, from opening the corpus.)
    8: (),
    # 9: the body whose statement a passive quote reports (Quote.issuer: وزارت خارجہ کے بیان میں کہا
    # گیا), an entity or its words; NULL for quotes stored before, whose Document JSON did not have it
    9: ("ALTER TABLE quotes ADD COLUMN issuer INTEGER",
        "ALTER TABLE quotes ADD COLUMN issuer_start INTEGER",
        "ALTER TABLE quotes ADD COLUMN issuer_end INTEGER"),
    # 10: whose account an event is (Event.quote): the idx, in the same document's quotes, of the quote
    # or sourced claim whose content holds the trigger (پولیس کے مطابق … فائرنگ کی: the police's
    # account), NULL for an event the report tells in its own voice; filled from each Document JSON
    10: ("ALTER TABLE events ADD COLUMN quote INTEGER",
         _fill_event_quotes),
}



def _period_part(value: str | None, which: int) -> str | None:
    """SQL function ``khabar_period(value, 0|1)``: the first (0) or last (1) day of a date value."""
    days = period(value)
    return None if days is None else days[which]


#: JSON without the spaces after separators: smaller rows, faster to write and to read back.
_COMPACT = (",", ":")


def document_json(conn: sqlite3.Connection, id: int) -> dict[str, Any] | None:
    """The Document JSON (``to_dict``'s, unpacked) of stored document ``id``; None when there is none."""
    row = conn.execute("SELECT document FROM documents WHERE id = ?", (id,)).fetchone()
    return None if row is None else unpack(row[0])


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A row of ``documents`` (without the Document JSON; see :meth:`Store.document`)."""

    id: int
    doc_id: str
    title: str
    url: str
    source: str
    author: str
    published: str | None
    origin: str
    near_duplicate_of: int | None
    story_id: int


@dataclass(frozen=True, slots=True)
class Compacted:
    """What :meth:`Store.compact` did: documents packed, documents left as they were (their JSON is not
    a whole Document), and the database file's size before and after, in bytes."""

    packed: int
    left: int
    bytes_before: int
    bytes_after: int

    def to_json(self) -> dict[str, int]:
        return {"packed": self.packed, "left": self.left, "bytes_before": self.bytes_before,
                "bytes_after": self.bytes_after}


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of a store: ``khabar stats``."""

    path: str
    schema_version: int
    documents: int
    near_duplicates: int
    stories: int
    entities: int
    quotes: int
    events: int
    sources: dict[str, int] = field(default_factory=dict)
    first_published: str | None = None
    last_published: str | None = None
    #: events per type (code and label: ``040 CONSULT``), most frequent first
    event_types: dict[str, int] = field(default_factory=dict)
    #: event actors per CAMEO actor code (country and role: ``PAKGOV``, ``COP``, ``IND``), both actors of
    #: every event counted, most frequent first (:data:`STATS_TOP` of them)
    actors: dict[str, int] = field(default_factory=dict)
    #: the database file's size (its write-ahead log not counted)
    bytes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "schema_version": self.schema_version, "documents": self.documents,
                "duplicates": self.near_duplicates, "near_duplicates": self.near_duplicates,
                "stories": self.stories, "entities": self.entities, "quotes": self.quotes,
                "events": self.events, "sources": self.sources,
                "date_range": {"first": self.first_published, "last": self.last_published},
                "event_types": self.event_types, "actors": self.actors, "bytes": self.bytes}


#: How many event types and actor codes ``khabar stats`` lists.
STATS_TOP = 10


def _locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


class Store:
    """A corpus database. Open with ``Store(path)`` (created and migrated when needed); use as a
    context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
                 readonly: bool = False) -> None:
        self.path = Path(path)
        self.busy_timeout_s = busy_timeout_s
        if readonly and not self.path.exists():
            raise StoreError(f"{self.path}: no such corpus database; create it with `khabar ingest "
                             f"SOURCE --db {self.path}`")
        if not readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot create its folder: {exc.strerror or exc}") from None
        try:
            if readonly:
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=busy_timeout_s,
                                            isolation_level=None, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None,
                                            check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from None
        #: the English names whose word keys this process has written to ``name_words`` and seen
        #: committed: a corpus names the same people again and again
        self._indexed_names: set[str] = set()
        self._pending_names: set[str] = set()  # written, not committed yet
        self._batch = False  # inside batch(): a write is a savepoint of its transaction
        try:
            self._setup(readonly)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if isinstance(exc, sqlite3.OperationalError) and _locked(exc):
                raise self._locked_error("open") from None
            raise StoreError(f"{self.path}: not a khabar corpus database ({exc}); give another --db "
                             "path") from None
        except BaseException:
            self.conn.close()
            raise

    def _locked_error(self, what: str) -> StoreLockedError:
        return StoreLockedError(
            f"{self.path}: the database is locked by another process (waited {self.busy_timeout_s:g} s to "
            f"{what} it); wait for the other khabar ingest to finish, or use another --db"
        )

    # -- schema ------------------------------------------------------------------------------------
    def _setup(self, readonly: bool) -> None:
        c = self.conn
        c.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # pragma: no cover - e.g. a network file system
                raise StoreError(f"{self.path}: cannot use write-ahead logging (journal mode {mode})")
            c.execute("PRAGMA synchronous = NORMAL")
            c.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreSchemaError(
                f"{self.path}: the database has schema version {version}, newer than this khabar knows "
                f"({SCHEMA_VERSION}); upgrade khabar (pip install -U khabar) to read it"
            )
        if version < SCHEMA_VERSION:
            if readonly:
                raise StoreError(f"{self.path}: the database has schema version {version}; open it once "
                                 f"for writing to migrate it: khabar compact --db {self.path} (which also "
                                 "packs its documents), or khabar ingest")
            self._migrate(version)

    def schema_version(self) -> int:
        c = self.conn
        has = c.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
                        ).fetchone()
        if not has:
            tables = c.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise StoreError(f"{self.path}: an SQLite database, but not a khabar corpus (it has no "
                                 "schema_version table); give another --db path")
            return 0
        row = c.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self, current: int) -> None:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                      "applied_at TEXT NOT NULL)")
            current = int(c.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0])
            c.create_function("khabar_period", 2, _period_part, deterministic=True)
            for version in sorted(v for v in MIGRATIONS if v > current):
                for stmt in MIGRATIONS[version]:
                    if callable(stmt):
                        stmt(c)
                    else:
                        c.execute(stmt)
                c.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _now()))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    # -- meta --------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._write(lambda c: c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value)),
                    "write to")

    def _write(self, fn: Any, what: str) -> Any:
        """``fn(conn)`` in a transaction of its own, or, inside :meth:`batch`, in a savepoint of the
        batch's transaction (rolled back alone should it fail)."""
        c = self.conn
        if self._batch:
            pending = set(self._pending_names)
            c.execute("SAVEPOINT khabar_write")
            try:
                result = fn(c)
            except BaseException:
                c.execute("ROLLBACK TO khabar_write")
                c.execute("RELEASE khabar_write")
                self._pending_names = pending
                raise
            c.execute("RELEASE khabar_write")
            return result
        self._begin(what)
        try:
            result = fn(c)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            self._pending_names.clear()
            raise
        self._indexed_names |= self._pending_names
        self._pending_names.clear()
        return result

    def _begin(self, what: str) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise self._locked_error(what) from None
            raise StoreError(f"{self.path}: cannot write: {exc}") from None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """The documents added inside are committed together, each in a savepoint of its own (a
        document that fails to store leaves the others): one commit and one full-text segment for
        many documents instead of one each. A crash leaves whole documents, as one at a time does:
        the batch's are all there or none. Nested batches are one."""
        if self._batch:
            yield
            return
        self._begin("write to")
        self._batch = True
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._pending_names.clear()
            raise
        finally:
            self._batch = False
        self._indexed_names |= self._pending_names
        self._pending_names.clear()

    # -- reading -----------------------------------------------------------------------------------
    def has_hash(self, h: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (h,)).fetchone()
        return row is not None

    def id_for(self, doc_id: str) -> tuple[int, str] | None:
        """(store id, content hash) of the document with external id ``doc_id``."""
        row = self.conn.execute("SELECT id, content_hash FROM documents WHERE doc_id = ?", (doc_id,)
                                ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def get(self, id: int) -> StoredDocument:
        row = self.conn.execute(
            "SELECT id, doc_id, title, url, source, author, published, origin, near_duplicate_of, "
            "story_id FROM documents WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no document with id {id}")
        return StoredDocument(*row)

    def document(self, id: int) -> Document:
        """The stored Document (all its annotations) of document ``id``."""
        from khabar.doc.jsonio import from_dict

        data = document_json(self.conn, id)
        if data is None:
            raise StoreError(f"{self.path}: no document with id {id}")
        return from_dict(data)

    def signatures(self) -> Iterator[tuple[int, bytes]]:
        yield from self.conn.execute("SELECT document, minhash FROM signatures ORDER BY document")

    def stats(self) -> Stats:
        c = self.conn

        def one(sql: str) -> Any:
            return c.execute(sql).fetchone()[0]

        first, last = c.execute("SELECT min(published), max(published) FROM documents").fetchone()
        sources = dict(c.execute("SELECT source, count(*) FROM documents GROUP BY source "
                                 "ORDER BY count(*) DESC, source").fetchall())
        types = dict(c.execute("SELECT code || ' ' || label AS t, count(*) FROM events GROUP BY t "
                               "ORDER BY count(*) DESC, t LIMIT ?", (STATS_TOP,)).fetchall())
        coded = [f"SELECT coalesce({a}_country, '') || coalesce({a}_role, '') AS code FROM events"
                 for a in ("actor1", "actor2")]
        actors = dict(c.execute(
            f"SELECT code, count(*) FROM ({' UNION ALL '.join(coded)}) WHERE code != '' GROUP BY code "
            "ORDER BY count(*) DESC, code LIMIT ?", (STATS_TOP,)).fetchall())
        return Stats(str(self.path), self.schema_version(), one("SELECT count(*) FROM documents"),
                     one("SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL"),
                     one("SELECT count(DISTINCT story_id) FROM documents"),
                     one("SELECT count(*) FROM entities"), one("SELECT count(*) FROM quotes"),
                     one("SELECT count(*) FROM events"), sources, first, last, types, actors,
                     self._file_size())

    def compact(self, *, batch: int = 500) -> Compacted:
        """Pack the Document JSON of the documents stored before schema 8 (plain JSON text; packed
        rows are left alone), ``batch`` documents a transaction, then ``VACUUM`` the file so the space
        they freed goes back to the disk. A row whose JSON is not a whole Document stays as it is."""
        from khabar.doc.jsonio import from_dict
        from khabar.errors import SchemaError

        self._checkpoint()
        before = self._file_size()
        packed = left = 0
        last = 0
        while True:
            rows = self.conn.execute("SELECT id, document FROM documents WHERE id > ? AND typeof(document) = "
                                     "'text' ORDER BY id LIMIT ?", (last, batch)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            updates = []
            for doc_id, text in rows:
                try:
                    updates.append((pack(from_dict(unpack(text))), doc_id))
                except SchemaError:
                    left += 1
            self._write(lambda c, u=updates: c.executemany(
                "UPDATE documents SET document = ? WHERE id = ?", u), "compact")
            packed += len(updates)
        try:
            self.conn.execute("VACUUM")
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise self._locked_error("compact") from None
            raise
        self._checkpoint()
        return Compacted(packed, left, before, self._file_size())

    def _checkpoint(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _file_size(self) -> int:
        return self.path.stat().st_size if self.path.exists() else 0

    def integrity_problems(self) -> list[str]:
        """Consistency checks (SQLite's own, the FTS index, one signature per document, and the entity
        counts against the entity rows)."""
        c = self.conn
        problems = [r[0] for r in c.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            c.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc}")
        n_docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        n_sigs = c.execute("SELECT count(*) FROM signatures").fetchone()[0]
        if n_docs != n_sigs:
            problems.append(f"{n_docs} documents but {n_sigs} signatures")
        groups = f"SELECT * FROM ({_entity_groups('1')})"
        drift = c.execute(f"SELECT count(*) FROM (SELECT key, label FROM (SELECT * FROM entity_counts EXCEPT "
                          f"{groups}) UNION SELECT key, label FROM ({groups} EXCEPT SELECT * FROM "
                          "entity_counts))").fetchone()[0]
        if drift:
            problems.append(f"the counts of {drift} entity keys and labels differ from the entity rows")
        return problems

    # -- writing -----------------------------------------------------------------------------------
    def add(self, doc: Document, *, doc_id: str, content_hash: str, title: str = "", title_norm: str = "",
            url: str = "", source: str = "", author: str = "", published: str | None = None,
            origin: str = "", signature: bytes = b"", near_duplicate_of: int | None = None,
            similarity: float | None = None, story_of: list[int] | None = None) -> int:
        """Store ``doc`` and all its annotations in one transaction (a savepoint inside :meth:`batch`);
        return its store id. ``story_of`` lists stored documents of the same story: the new document
        joins (and merges) their stories."""

        assert doc.alignment is not None
        alignment = json.dumps(doc.alignment.to_json(), separators=_COMPACT)

        def write(c: sqlite3.Connection) -> int:
            # the id is chosen here (we hold the write lock) so the story is known before the row is
            # written: updating the fresh row afterwards would rewrite its whole Document JSON
            new = int(c.execute("SELECT coalesce(max(id), 0) + 1 FROM documents").fetchone()[0])
            story = new
            stories: list[int] = []
            if story_of:
                stories = sorted({r[0] for r in c.execute(
                    f"SELECT story_id FROM documents WHERE id IN ({','.join('?' * len(story_of))})",
                    story_of)})
                story = min([new, *stories])
            c.execute(
                "INSERT INTO documents (id, doc_id, content_hash, title, title_norm, url, source, author, "
                "published, origin, raw_text, text, alignment, n_tokens, n_sentences, near_duplicate_of, "
                "similarity, story_id, added_at, document) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new, doc_id, content_hash, title, title_norm, url, source, author, published, origin,
                 doc.raw_text, doc.text, alignment,
                 len(doc.token_starts),
                 len(doc.sentences), near_duplicate_of, similarity, story, _now(),
                 pack(doc)))
            for s in stories:
                if s != story:
                    c.execute("UPDATE documents SET story_id = ? WHERE story_id = ?", (story, s))
            self._annotations(c, new, doc)
            c.execute("INSERT INTO signatures VALUES (?, ?)", (new, signature))
            c.execute("INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)",
                      (new, title_norm, doc.text))
            return new

        try:
            return int(self._write(write, "write to"))
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise self._locked_error("write to") from None
            raise StoreError(f"{self.path}: cannot write document {doc_id!r}: {exc}") from None

    def _annotations(self, c: sqlite3.Connection, new: int, doc: Document) -> None:
        def raw(span: Span) -> tuple[int, int]:
            return doc.raw_span(span)

        def kb_id(e: Entity) -> str | None:
            """A knowledge-base id; not a document-local one, which names another thing in each
            document (the Document JSON keeps it; ``grp`` groups the document's mentions)."""
            return None if e.kb_id is None or e.kb_id.startswith(LOCAL_ID_PREFIX) else e.kb_id

        named = [(e, doc.span_text(e.span), kb_id(e)) for e in doc.entities]
        c.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      [(new, k, e.label, e.span.start, e.span.end, *raw(e.span), text, kb, e.canonical,
                        e.english, e.group, e.score, e.source, e.country, e.role)
                       for k, (e, text, kb) in enumerate(named)])
        c.executemany(COUNT_ENTITIES, _count_rows(
            [(e.label, text, kb, e.canonical, e.english, e.country, e.role) for e, text, kb in named]))
        c.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(new, k, q.kind, q.cue.start, q.cue.end, q.content.start, q.content.end,
              doc.span_text(q.content), q.speaker,
              q.speaker_span.start if q.speaker_span else None,
              q.speaker_span.end if q.speaker_span else None, q.source, q.issuer,
              q.issuer_span.start if q.issuer_span else None,
              q.issuer_span.end if q.issuer_span else None) for k, q in enumerate(doc.quotes)])
        def when(e: Event) -> tuple[str | None, str | None, str | None]:
            """The event's date value and the first and last day it covers."""
            tx = doc.dates[e.date] if e.date is not None and e.date < len(doc.dates) else None
            days = period(tx.value, tx.end) if tx is not None else None
            return (tx.value if tx else None, *(days or (None, None)))

        def words(span: Span | None) -> str | None:
            return doc.span_text(span) if span is not None else None

        c.executemany(
            f"INSERT INTO events VALUES ({', '.join('?' * 24)})",
            [(new, k, e.code, e.label, e.sentence, e.trigger.start, e.trigger.end, doc.span_text(e.trigger),
              e.actor1, e.actor2, e.location, e.time, e.confidence, e.source, *when(e),
              words(e.actor1_span), words(e.actor2_span), e.actor1_country, e.actor1_role,
              e.actor2_country, e.actor2_role, e.quote)
             for k, e in enumerate(doc.events)])
        c.executemany("INSERT INTO notices VALUES (?, ?, ?, ?)",
                      [(new, n.code, n.message, n.component) for n in doc.notices])
        # Roman-Urdu and English name search: the keys of the English names this process has not indexed
        names = {e.english for e in doc.entities if e.english} - self._indexed_names - self._pending_names
        if names:
            c.executemany("INSERT OR IGNORE INTO name_words VALUES (?, ?)",
                          [(k, en) for en in names for k in name_keys(en)])
            self._pending_names |= names  # indexed once committed

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

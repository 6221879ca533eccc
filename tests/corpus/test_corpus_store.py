"""The SQLite store: schema and migrations, clear errors for a newer schema, a locked database and a
file that is not a khabar corpus; one transaction per document; annotations as tables."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from khabar.corpus.errors import StoreError, StoreLockedError, StoreSchemaError
from khabar.corpus.ingest import Ingester
from khabar.corpus.records import Article
from khabar.corpus.store import (
    SCHEMA_VERSION,
    WAL_AUTOCHECKPOINT_PAGES,
    Store,
    content_hash,
    default_db_path,
)
from khabar.doc.jsonio import dumps
from khabar.doc.model import Entity, Event, Quote, Timex
from khabar.pipeline import Pipeline


def test_a_new_store_is_migrated_to_the_current_version_in_wal_mode(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: never OFF
    assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_AUTOCHECKPOINT_PAGES
    rows = store.conn.execute("SELECT version FROM schema_version").fetchall()
    assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "entities", "quotes", "events", "notices", "signatures", "meta",
            "documents_fts"} <= tables


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    Store(tmp_path / "c.sqlite").close()
    with Store(tmp_path / "c.sqlite") as s:
        assert s.conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_a_database_from_a_newer_schema_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as c:
        c.execute("INSERT INTO schema_version VALUES (99, 'later')")
    with pytest.raises(StoreSchemaError, match=r"schema version 99, newer than this khabar knows "
                                               rf"\({SCHEMA_VERSION}\); "
                                               r"upgrade khabar"):
        Store(path)


def test_a_version_1_database_gains_the_events_date_column_and_keeps_its_rows(tmp_path: Path) -> None:
    from khabar.corpus.store import MIGRATIONS

    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as c:  # a corpus written by a khabar of schema version 1
        c.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        for stmt in MIGRATIONS[1]:
            c.execute(stmt)
        c.execute("INSERT INTO schema_version VALUES (1, 'then')")
    with pytest.raises(StoreError, match=r"schema version 1; open it once for writing to migrate it: "
                                         r"khabar compact --db \S+c\.sqlite \(which also packs"):
        Store(path, readonly=True)
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        columns = [r[1] for r in s.conn.execute("PRAGMA table_info(events)")]
        assert columns[-11:] == ["component", "date", "first_day", "last_day", "actor1_text", "actor2_text",
                                 "actor1_country", "actor1_role", "actor2_country", "actor2_role", "quote"]


def test_a_version_2_database_gains_the_days_of_its_event_dates(tmp_path: Path) -> None:
    """Migration 3 fills ``first_day``/``last_day`` of the events already stored from their ``date``:
    a day, a month (leap February), an ISO week, a year; none for none."""
    from khabar.corpus.store import MIGRATIONS

    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as c:  # a corpus written by a khabar of schema version 2
        c.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        for version in (1, 2):
            for stmt in MIGRATIONS[version]:
                c.execute(stmt)
            c.execute("INSERT INTO schema_version VALUES (?, 'then')", (version,))
        c.execute("INSERT INTO documents (id, doc_id, content_hash, raw_text, text, alignment, n_tokens, "
                  "n_sentences, story_id, added_at, document) VALUES (1, 'd', 'h', '', '', '[]', 0, 0, 1, "
                  "'then', '{}')")
        for k, date in enumerate(("2024-03-04", "2024-02", "2014-W49", "2014", None)):
            c.execute("INSERT INTO events VALUES (1, ?, '040', 'Consult', 0, 0, 1, 'x', NULL, NULL, NULL, "
                      "NULL, NULL, NULL, ?)", (k, date))
        for k, kb_id in enumerate(("Q1362", "local:0")):
            c.execute("INSERT INTO entities VALUES (1, ?, 'PERSON', 0, 1, 0, 1, 'x', ?, NULL, NULL, 0, NULL, "
                      "NULL)", (k, kb_id))
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        # a document-local id is not a key across documents: cleared
        assert s.conn.execute("SELECT kb_id FROM entities ORDER BY idx").fetchall() == [("Q1362",), (None,)]
        assert s.conn.execute("SELECT date, first_day, last_day FROM events ORDER BY idx").fetchall() == [
            ("2024-03-04", "2024-03-04", "2024-03-04"), ("2024-02", "2024-02-01", "2024-02-29"),
            ("2014-W49", "2014-12-01", "2014-12-07"), ("2014", "2014-01-01", "2014-12-31"),
            (None, None, None)]


@contextmanager
def _old_store(path: Path, version: int, raw_text: str, text: str,
               document: dict[str, Any]) -> Iterator[sqlite3.Connection]:
    """A corpus database of schema ``version`` (its migrations' SQL applied) holding one document with
    the Document JSON ``document``; the caller adds the rows of its tables."""
    from khabar.corpus.store import MIGRATIONS

    with sqlite3.connect(path) as c:
        c.create_function("khabar_period", 2, lambda *_: None)  # (no event rows yet)
        c.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        for v in range(1, version + 1):
            for stmt in MIGRATIONS[v]:
                if isinstance(stmt, str):
                    c.execute(stmt)
            c.execute("INSERT INTO schema_version VALUES (?, 'then')", (v,))
        c.execute("INSERT INTO documents (id, doc_id, content_hash, raw_text, text, alignment, n_tokens, "
                  "n_sentences, story_id, added_at, document) VALUES (1, 'd', 'h', ?, ?, '[]', 0, 0, 1, "
                  "'then', ?)", (raw_text, text, json.dumps(document, ensure_ascii=False)))
        yield c


def test_a_version_3_database_gains_its_actors_countries_roles_and_words(tmp_path: Path) -> None:
    """Migration 4 fills, from each stored Document JSON, the entities' country and role and the
    words of the events' actors that are no entity (the tables had dropped them)."""


    text = "پولیس نے لاہور میں مظاہرین کو گرفتار کر لیا۔"
    document = {"text": text,
                "entities": [{"country": None, "role": None}, {"country": "PAK", "role": None}],
                "events": [{"actor1_span": [0, 5, 0, 1], "actor2_span": [19, 26, 4, 5]}]}
    path = tmp_path / "c.sqlite"
    with _old_store(path, 3, text, text, document) as c:  # a corpus written by a khabar of schema version 3
        for k, word in enumerate(("پولیس", "لاہور")):
            c.execute("INSERT INTO entities VALUES (1, ?, 'LOCATION', 0, 1, 0, 1, ?, NULL, NULL, NULL, 0, "
                      "NULL, NULL)", (k, word))
        c.execute("INSERT INTO events VALUES (1, 0, '173', 'COERCE', 0, 30, 39, 'گرفتار کر', NULL, NULL, 1, "
                  "NULL, NULL, NULL, NULL, NULL, NULL)")
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.conn.execute("SELECT text, country, role FROM entities ORDER BY idx").fetchall() == [
            ("پولیس", None, None), ("لاہور", "PAK", None)]
        assert s.conn.execute("SELECT actor1, actor1_text, actor2, actor2_text FROM events").fetchall() == [
            (None, "پولیس", None, "مظاہرین")]


def test_a_locked_database_is_a_clear_error(tmp_path: Path, nlp: Pipeline) -> None:
    path = tmp_path / "c.sqlite"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        with Store(path, busy_timeout_s=0.1) as s, pytest.raises(StoreLockedError, match=(
                r"locked by another process \(waited 0.1 s to write to it\); wait for the other khabar "
                "ingest to finish, or use another --db")):
            Ingester(s, nlp).add(Article("پاکستان میں بارش ہوئی۔", doc_id="a", origin="a"))
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database at all, just text " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a khabar corpus database"):
        Store(bad)


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a khabar corpus"):
        Store(path)


def test_reading_a_missing_database_says_how_to_create_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such corpus database; create it with `khabar ingest"):
        Store(tmp_path / "missing.sqlite", readonly=True)


def test_default_path_is_in_the_user_data_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KHABAR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "khabar" / "corpus.sqlite"
    monkeypatch.setenv("KHABAR_DB", str(tmp_path / "x.sqlite"))
    assert default_db_path() == tmp_path / "x.sqlite"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("پاکستان  میں\nبارش", "پاکستان میں بارش", True),     # whitespace runs collapse
    ("پاکستان میں بارش", "پاکستان میں برف", False),
])
def test_content_hash_is_of_the_whitespace_collapsed_text(a: str, b: str, same: bool) -> None:
    assert (content_hash(a) == content_hash(b)) is same


def test_annotations_of_the_document_json_become_rows(store: Store, nlp: Pipeline) -> None:
    """Entities, quotes and events are mapped from the Document generically: when the layers arrive,
    the store needs no change."""
    doc = nlp("عمران خان نے کہا کہ انتخابات ہوں گے۔ لاہور میں جلسہ ہوا۔")

    def at(word: str) -> tuple[int, int]:
        start = doc.text.index(word)
        return start, start + len(word)

    assert at("لاہور") == (37, 42)
    assert at("انتخابات ہوں گے") == (20, 35)
    doc.entities.append(Entity(doc.char_span(0, 9), "PERSON", kb_id="Q312", canonical="عمران خان",
                               english="Imran Khan", score=0.9, source="ner@1", country="PAK", role="OPP"))
    doc.entities.append(Entity(doc.char_span(*at("لاہور")), "LOCATION", kb_id="Q11739", english="Lahore",
                               country="PAK"))
    doc.entities.append(Entity(doc.char_span(*at("جلسہ")), "ORGANIZATION", kb_id="local:2", group=2,
                               canonical="جلسہ", english="Jalsa"))  # document-local: not stored as a key
    doc.quotes.append(Quote(doc.char_span(*at("کہا")), doc.char_span(*at("انتخابات ہوں گے")), "indirect",
                            speaker=0))
    doc.dates.append(Timex(doc.char_span(*at("لاہور")), "absolute", "2014-12-01"))  # a date, for the test
    doc.events.append(Event(doc.char_span(*at("جلسہ")), "ASSEMBLE", "rally", sentence=1, location=1, date=0,
                            actor1_span=doc.char_span(*at("لاہور"))))  # an actor's words, for the test
    ing = Ingester(store, nlp)
    outcome, new, _, _ = ing.add(Article(doc.raw_text, doc_id="x", origin="x", document_json=dumps(doc)))
    assert new is not None
    assert outcome == "added"
    rows = store.conn.execute("SELECT idx, label, start, \"end\", raw_start, raw_end, text, kb_id, english "
                              "FROM entities WHERE document = ?", (new,)).fetchall()
    assert rows == [(0, "PERSON", 0, 9, 0, 9, "عمران خان", "Q312", "Imran Khan"),
                    (1, "LOCATION", 37, 42, 37, 42, "لاہور", "Q11739", "Lahore"),
                    (2, "ORGANIZATION", 47, 51, 47, 51, "جلسہ", None, "Jalsa")]
    assert store.conn.execute("SELECT kind, content, speaker FROM quotes").fetchall() == [
        ("indirect", "انتخابات ہوں گے", 0)]
    assert store.conn.execute("SELECT code, label, trigger, location, date, first_day, last_day, "
                              "actor1_text, actor2_text FROM events").fetchall() == [
        ("ASSEMBLE", "rally", "جلسہ", 1, "2014-12-01", "2014-12-01", "2014-12-01", "لاہور", None)]
    assert store.conn.execute("SELECT country, role FROM entities ORDER BY idx").fetchall() == [
        ("PAK", "OPP"), ("PAK", None), (None, None)]
    st = store.stats()
    assert (st.documents, st.entities, st.quotes, st.events) == (1, 3, 1, 1)
    assert store.document(new).entities[0].english == "Imran Khan"


def test_a_failed_write_leaves_nothing_of_the_document(store: Store, nlp: Pipeline) -> None:
    ing = Ingester(store, nlp)
    doc = nlp("پاکستان میں بارش ہوئی۔")
    doc.entities.append(Entity(doc.char_span(0, 7), "LOCATION"))
    store.conn.execute("CREATE TRIGGER boom BEFORE INSERT ON signatures "
                       "BEGIN SELECT RAISE(ABORT, 'disk'); END")
    with pytest.raises(sqlite3.DatabaseError):
        ing.add(Article(doc.raw_text, doc_id="a", origin="a", document_json=dumps(doc)))
    counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "entities", "signatures", "entity_counts")]
    assert counts == [0, 0, 0, 0]
    assert store.integrity_problems() == []


def test_a_batch_commits_together_and_a_failed_document_leaves_the_others(store: Store,
                                                                        nlp: Pipeline) -> None:
    """Inside ``Store.batch()`` each document is a savepoint: one that fails to store is rolled back
    alone (here: a trigger refuses its signature), the others commit together; a batch that raises
    leaves none of its documents, and a name it indexed is indexed again by the next write."""
    def add(doc_id: str, text: str, english: str | None = None) -> None:
        doc = nlp(text)
        doc.entities.append(Entity(doc.char_span(0, 7), "LOCATION", english=english))
        store.add(doc, doc_id=doc_id, content_hash=content_hash(doc.text), signature=doc_id.encode())

    store.conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON signatures WHEN NEW.minhash = x'62' "
                       "BEGIN SELECT RAISE(ABORT, 'disk'); END")
    with store.batch():
        add("a", "پاکستان میں بارش ہوئی۔")
        with pytest.raises(sqlite3.DatabaseError):
            add("b", "پاکستان میں اجلاس ہوا۔")  # its signature is refused
        add("c", "پاکستان میں جلسہ ہوا۔")
        assert store.conn.in_transaction
    assert [r[0] for r in store.conn.execute("SELECT doc_id FROM documents ORDER BY id")] == ["a", "c"]
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 2
    assert store.integrity_problems() == []
    def stopped_batch() -> None:
        with store.batch():
            add("d", "پاکستان میں سیلاب آیا۔", english="Pakistan")
            raise RuntimeError("the ingest stops")

    with pytest.raises(RuntimeError):
        stopped_batch()
    assert len(store) == 2
    assert store.conn.execute("SELECT count(*) FROM name_words").fetchone()[0] == 0
    add("e", "پاکستان میں سردی ہوئی۔", english="Pakistan")  # the name's keys are written now
    assert store.conn.execute("SELECT * FROM name_words").fetchall() == [("pkstn", "Pakistan")]


def test_the_normalizer_config_is_recorded_and_a_mismatch_refused(store: Store, nlp: Pipeline) -> None:
    import khabar
    from khabar.errors import ConfigError

    Ingester(store, nlp)
    assert json.loads(store.get_meta("normalizer") or "")["strip_diacritics"] is True
    with pytest.raises(ConfigError, match=r"built with another normalizer config \(digits: 'ascii' in the "
                                          r"corpus, 'urdu' here\)"):
        Ingester(store, khabar.load("text", normalizer={"digits": "urdu"}))


def test_a_corpus_recorded_before_a_normalizer_switch_is_read_without_its_rule(store: Store,
                                                                            nlp: Pipeline) -> None:
    """A corpus built before ``fix_waw_hamza`` existed normalized رہنمائوں as typed: its search must
    normalize a query the same way (the switch reads False), and an ingest with the rule says so."""
    from khabar.corpus.search import recorded_normalizer_config, store_normalizer
    from khabar.errors import ConfigError

    Ingester(store, nlp)
    config = json.loads(store.get_meta("normalizer") or "")
    assert recorded_normalizer_config(store) == config
    assert store_normalizer(store)("پارٹی رہنمائوں") == "پارٹی رہنماؤں"
    del config["fix_waw_hamza"]  # as the khabar of 2026-11 recorded it
    store.set_meta("normalizer", json.dumps(config, sort_keys=True))
    assert recorded_normalizer_config(store) == {**config, "fix_waw_hamza": False}
    assert store_normalizer(store)("پارٹی رہنمائوں") == "پارٹی رہنمائوں"
    with pytest.raises(ConfigError, match="fix_waw_hamza: False in the corpus, True here"):
        Ingester(store, nlp)


def test_a_version_4_database_gains_its_event_actors_cameo_codes(tmp_path: Path) -> None:
    """Migration 5 codes the actors of the events already stored, from each Document JSON, as a new
    analysis codes them: بھارتی فوج is India's military (IND, MIL), not India."""

    import khabar
    from khabar.doc.jsonio import to_dict

    doc = khabar.load("news")("بھارتی فوج نے کنٹرول لائن پر فائرنگ کی۔")
    assert [(e.actor1_country, e.actor1_role) for e in doc.events] == [("IND", "MIL")]
    old = to_dict(doc)
    for e in old["events"]:  # as a khabar of schema version 4 wrote it
        for key in ("actor1_country", "actor1_role", "actor2_country", "actor2_role"):
            del e[key]
    path = tmp_path / "c.sqlite"
    with _old_store(path, 4, doc.raw_text, doc.text, old) as c:  # as a khabar of schema version 4 left it
        c.execute("INSERT INTO events (document, idx, code, label, sentence, trigger_start, trigger_end, "
                  "trigger, actor1) VALUES (1, 0, '190', 'ASSAULT', 0, 29, 38, 'فائرنگ کی', ?)",
                  (doc.events[0].actor1,))
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.conn.execute("SELECT actor1_country, actor1_role, actor2_country, actor2_role FROM events"
                              ).fetchall() == [("IND", "MIL", None, None)]


def test_a_version_5_database_gains_its_name_index(tmp_path: Path) -> None:
    """Migration 6 indexes the English names of the entities already stored (the search key of each
    word) for Roman-Urdu and English name search; the entities give the Urdu words, most used first."""
    from khabar.corpus.search import name_spellings

    text = "نواز شریف اور محمد نواز شریف"
    path = tmp_path / "c.sqlite"
    with _old_store(path, 5, text, text, {}) as c:
        mentions = (("نواز شریف", "Nawaz Sharif"), ("محمد نواز شریف", "Nawaz Sharif"),
                    ("نواز شریف", "Nawaz Sharif"), ("اور", None))
        for k, (word, english) in enumerate(mentions):
            c.execute("INSERT INTO entities (document, idx, label, start, end, raw_start, raw_end, text, "
                      "english) VALUES (1, ?, 'PERSON', 0, 1, 0, 1, ?, ?)", (k, word, english))
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.conn.execute("SELECT * FROM name_words ORDER BY key").fetchall() == [
            ("Srf", "Nawaz Sharif"), ("nvz", "Nawaz Sharif")]
        assert name_spellings(s.conn, "nawaz shareef") == ["نواز شریف", "محمد نواز شریف"]  # most used first


def _with_entities(nlp: Pipeline, text: str, *entities: tuple[str, str, str | None, str | None]) -> str:
    """The Document JSON of ``text`` with the entities (words, label, kb_id, English name) given."""
    doc = nlp(text)
    for words, label, kb_id, english in entities:
        start = doc.text.index(words)
        doc.entities.append(Entity(doc.char_span(start, start + len(words)), label, kb_id=kb_id,
                                   canonical=words, english=english))
    return dumps(doc)


def test_entity_counts_are_kept_as_documents_are_added(store: Store, nlp: Pipeline) -> None:
    """entity_counts (schema 7): per entity key the documents naming it, per label and for all labels
    (''), the greatest English name seen; numbers, dates and times are not counted; what the listing
    reads instead of grouping every mention, and what the integrity check compares with the mentions."""
    ing = Ingester(store, nlp)
    docs = [
        ("a", "عمران خان نے لاہور میں کہا کہ عمران خان جلسہ کریں گے۔",
         [("عمران خان", "PERSON", "Q312", None), ("لاہور", "LOCATION", "Q11739", "Lahore")]),
        ("b", "لاہور میں 12 افراد زخمی ہوئے اور عمران خان نے مذمت کی۔",
         [("لاہور", "LOCATION", "Q11739", "Lahore"), ("12", "NUMBER", None, None),
          ("عمران خان", "PERSON", "Q312", "Imran Khan")]),
        ("c", "لاہور کی ایک تنظیم لاہور نے احتجاج کیا۔",
         [("لاہور", "LOCATION", "Q11739", "Lahore"), ("تنظیم لاہور", "ORGANIZATION", None, None)]),
    ]
    for doc_id, text, ents in docs:
        outcome, *_ = ing.add(Article(text, doc_id=doc_id, origin=doc_id,
                                      document_json=_with_entities(nlp, text, *ents)))
        assert outcome == "added"
    rows = store.conn.execute("SELECT key, label, name, shown, english, documents FROM entity_counts "
                              "ORDER BY key, label").fetchall()
    assert rows == [
        ("Q11739", "", "لاہور", "LOCATION", "Lahore", 3),
        ("Q11739", "LOCATION", "لاہور", "LOCATION", "Lahore", 3),
        ("Q312", "", "عمران خان", "PERSON", "Imran Khan", 2),  # the English name of document b
        ("Q312", "PERSON", "عمران خان", "PERSON", "Imran Khan", 2),
        ("تنظیم لاہور", "", "تنظیم لاہور", "ORGANIZATION", None, 1),
        ("تنظیم لاہور", "ORGANIZATION", "تنظیم لاہور", "ORGANIZATION", None, 1),
    ]
    assert store.integrity_problems() == []
    store.conn.execute("UPDATE entity_counts SET documents = 5 WHERE key = 'Q312' AND label = ''")
    assert store.integrity_problems() == [
        "the counts of 1 entity keys and labels differ from the entity rows"]


def test_a_version_6_database_gains_its_entity_counts_and_key_index(tmp_path: Path) -> None:
    """Migration 7 counts the stored mentions and indexes entities by (kb_id, text), so an unlinked
    name's rows are found without reading every unlinked mention."""
    text = "لاہور اور کراچی میں بارش ہوئی۔ لاہور میں سیلاب آیا۔"
    path = tmp_path / "c.sqlite"
    with _old_store(path, 6, text, text, {"text": text}) as c:
        rows = (("لاہور", "Q11739", "LOCATION"), ("کراچی", None, "LOCATION"), ("لاہور", "Q11739", "LOCATION"),
                ("2", None, "NUMBER"))
        for k, (word, kb_id, label) in enumerate(rows):
            c.execute("INSERT INTO entities VALUES (1, ?, ?, 0, 1, 0, 1, ?, ?, NULL, NULL, 0, NULL, NULL, "
                      "NULL, NULL)", (k, label, word, kb_id))
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        counts = s.conn.execute("SELECT key, label, documents FROM entity_counts ORDER BY key, label")
        assert counts.fetchall() == [
            ("Q11739", "", 1), ("Q11739", "LOCATION", 1), ("کراچی", "", 1), ("کراچی", "LOCATION", 1)]
        plan = " ".join(r[3] for r in s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM entities e WHERE e.kb_id IS NULL AND e.text = 'کراچی'"))
        assert "entities_key (kb_id=? AND text=?)" in plan


def test_documents_are_stored_packed_and_plain_json_of_older_stores_still_reads(
        tmp_path: Path, nlp: Pipeline) -> None:
    """Schema 8: the Document JSON is stored packed (khabar.doc.jsonio.pack), a fraction of its plain
    size; a corpus written before holds plain JSON text, which the store, the JSONL and Parquet
    exports and the document lookup all read as before."""
    import io

    import pyarrow.parquet as pq

    from khabar.corpus.export import export_jsonl, export_parquet
    from khabar.doc.jsonio import to_dict

    doc = nlp("پاکستان کے وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے۔ لاہور میں بارش ہوئی۔")
    plain = json.dumps(to_dict(doc), ensure_ascii=False, separators=(",", ":"))
    with Store(tmp_path / "new.sqlite") as s:
        Ingester(s, nlp).add(Article(doc.raw_text, doc_id="d", origin="d"))
        (stored,) = s.conn.execute("SELECT document FROM documents").fetchone()
        assert isinstance(stored, bytes)
        assert len(stored) < len(plain.encode("utf-8")) / 2
        again = to_dict(s.document(1))
        assert (again["text"], again["tokens"], again["sentences"]) == (
            doc.text, to_dict(doc)["tokens"], to_dict(doc)["sentences"])
    path = tmp_path / "old.sqlite"
    with _old_store(path, 7, doc.raw_text, doc.text, to_dict(doc)):
        pass
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert isinstance(s.conn.execute("SELECT document FROM documents").fetchone()[0], str)
        assert dumps(s.document(1)) == dumps(doc)
        out = io.StringIO()
        assert export_jsonl(s, out) == 1
        line = json.loads(out.getvalue())
        assert line["tokens"] == to_dict(doc)["tokens"]
        assert export_parquet(s, tmp_path / "old.parquet") == 1
    with Store(tmp_path / "new.sqlite") as s:
        assert export_parquet(s, tmp_path / "new.parquet") == 1
        stored_plain = json.dumps(to_dict(s.document(1)), ensure_ascii=False, separators=(",", ":"))
    old_text = json.dumps(to_dict(doc), ensure_ascii=False)  # as _old_store wrote it: passed on as it is
    assert pq.read_table(tmp_path / "old.parquet").column("document").to_pylist() == [old_text]
    assert pq.read_table(tmp_path / "new.parquet").column("document").to_pylist() == [stored_plain]


def test_compact_packs_the_plain_json_of_an_older_corpus(tmp_path: Path, nlp: Pipeline) -> None:
    """Store.compact (khabar compact) packs the rows an older khabar wrote as plain JSON text, leaves
    a JSON that is not a whole Document as it is, and VACUUMs; a second run has nothing to do."""
    from khabar.doc.jsonio import to_dict

    doc = nlp("پاکستان کے وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے۔ " * 40)
    path = tmp_path / "old.sqlite"
    with _old_store(path, 7, doc.raw_text, doc.text, to_dict(doc)) as c:
        c.execute("INSERT INTO documents (id, doc_id, content_hash, raw_text, text, alignment, n_tokens, "
                  "n_sentences, story_id, added_at, document) VALUES (2, 'e', 'h2', 'x', 'x', '[]', 0, 0, 2, "
                  "'then', ?)", (json.dumps({"text": "x"}),))  # not a whole Document
    with Store(path) as s:
        done = s.compact()
        assert (done.packed, done.left) == (1, 1)
        assert done.bytes_after < done.bytes_before
        kinds = s.conn.execute("SELECT typeof(document) FROM documents ORDER BY id").fetchall()
        assert kinds == [("blob",), ("text",)]
        assert dumps(s.document(1)) == dumps(doc)
        again = s.compact()
        assert (again.packed, again.left) == (0, 1)


def test_a_version_8_database_gains_the_quotes_issuer_and_keeps_its_rows(tmp_path: Path) -> None:
    """Migration 9 adds the body whose statement a passive quote reports (Quote.issuer); quotes stored
    before have none (their Document JSON did not say), and they still list."""
    from khabar.corpus.listing import list_quotes

    text = "پولیس نے کہا کہ حالات قابو میں ہیں۔"
    path = tmp_path / "c.sqlite"
    with _old_store(path, 8, text, text, {"text": text}) as c:
        c.execute("INSERT INTO quotes VALUES (1, 0, 'indirect', 9, 12, 16, 33, 'حالات قابو میں ہیں', NULL, "
                  "0, 5, 'rule:x')")
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        row = s.conn.execute("SELECT content, issuer, issuer_start, issuer_end FROM quotes").fetchone()
        assert row == ("حالات قابو میں ہیں", None, None, None)
        total, rows = list_quotes(s.conn, offset=0, limit=10)
        assert total == 1
        assert (rows[0].speaker.text if rows[0].speaker else None, rows[0].issuer) == ("پولیس", None)


def test_quotes_list_by_kind_and_an_unknown_kind_is_named(tmp_path: Path) -> None:
    """``list_quotes(kinds=...)`` keeps the quotes of those kinds; a kind that is none of direct,
    indirect and sourced is a QueryError naming it."""
    from khabar.corpus.errors import QueryError
    from khabar.corpus.ingest import Ingester
    from khabar.corpus.listing import list_quotes
    from khabar.corpus.records import Article
    from khabar.loading import load

    text = "پولیس کے مطابق حملہ آوروں نے فائرنگ کی۔ وزیر نے کہا کہ ملزم پکڑے جائیں گے۔"
    with Store(tmp_path / "c.sqlite") as s:
        Ingester(s, load("news")).run([Article(text=text, doc_id="a", origin="test")])
        assert list_quotes(s.conn, offset=0, limit=10)[0] == 2
        total, rows = list_quotes(s.conn, offset=0, limit=10, kinds=("sourced",))
        assert (total, [r.content for r in rows]) == (1, ["حملہ آوروں نے فائرنگ کی"])
        said = list_quotes(s.conn, offset=0, limit=10, kinds=("indirect",))[1]
        assert [r.kind for r in said] == ["indirect"]
        with pytest.raises(QueryError, match="unknown quote kind 'rumour'"):
            list_quotes(s.conn, offset=0, limit=10, kinds=("rumour",))


#: Two events: the police's account of a shooting (a sourced claim, quote 0), and the army's attack the
#: report tells in its own voice.
CLAIMED = "پولیس کے مطابق حملہ آوروں نے بازار میں فائرنگ کی۔ فوج نے دشمن پر حملہ کیا۔"


def test_a_version_9_database_gains_whose_account_each_event_is(tmp_path: Path) -> None:
    """Migration 10 adds events.quote and finds it for the events stored before, from each Document
    JSON as a new analysis finds it — plain JSON (before schema 8) or packed alike; a JSON that is not
    a whole Document leaves it NULL."""
    import khabar
    from khabar.corpus.listing import list_events
    from khabar.doc.jsonio import from_dict, pack, to_dict

    doc = khabar.load("news")(CLAIMED)
    assert [(e.code, doc.span_text(e.trigger), e.quote) for e in doc.events] == [
        ("180", "فائرنگ کی", 0), ("190", "حملہ کیا", None)]
    old = to_dict(doc)
    for e in old["events"]:  # as a khabar of schema version 9 wrote it
        del e["quote"]
    path = tmp_path / "c.sqlite"
    with _old_store(path, 9, doc.raw_text, doc.text, old) as c:
        c.execute("INSERT INTO documents (id, doc_id, content_hash, raw_text, text, alignment, n_tokens, "
                  "n_sentences, story_id, added_at, document) VALUES "
                  "(2, 'packed', 'h2', ?, ?, '[]', 0, 0, 2, 'then', ?), "
                  "(3, 'no document', 'h3', ?, ?, '[]', 0, 0, 3, 'then', ?)",
                  (doc.raw_text, doc.text, pack(from_dict(old)), doc.text, doc.text,
                   json.dumps({"text": doc.text}, ensure_ascii=False)))
        (q,) = doc.quotes
        for d in (1, 2, 3):
            c.execute("INSERT INTO quotes (document, idx, kind, cue_start, cue_end, content_start, "
                      "content_end, content, speaker) VALUES (?, 0, 'sourced', ?, ?, ?, ?, ?, ?)",
                      (d, q.cue.start, q.cue.end, q.content.start, q.content.end, doc.span_text(q.content),
                       q.speaker))
            c.executemany("INSERT INTO events (document, idx, code, label, sentence, trigger_start, "
                          "trigger_end, trigger) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          [(d, k, e.code, e.label, e.sentence, e.trigger.start, e.trigger.end,
                            doc.span_text(e.trigger)) for k, e in enumerate(doc.events)])
        c.execute("INSERT INTO entities VALUES (1, 0, 'ORGANIZATION', 0, 5, 0, 5, 'پولیس', NULL, NULL, "
                  "'Police', 0, NULL, NULL, NULL, NULL)")
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        stored = s.conn.execute("SELECT document, idx, quote FROM events ORDER BY document, idx").fetchall()
        assert stored == [(1, 0, 0), (1, 1, None), (2, 0, 0), (2, 1, None), (3, 0, None), (3, 1, None)]
        total, rows = list_events(s.conn, offset=0, limit=10, voice="reported")
        assert total == 2
        assert [(r.document, r.trigger, r.account.text if r.account else None, r.account_kind)
                for r in rows] == [(2, "فائرنگ کی", None, "sourced"),  # no entity row names its source
                                   (1, "فائرنگ کی", "پولیس", "sourced")]
        # the stored Document JSON, which the document page reads, says it too (plain JSON is packed)
        from khabar.corpus.store import document_json

        for d in (1, 2):
            stored_doc = document_json(s.conn, d)
            assert stored_doc is not None
            assert [e.get("quote") for e in stored_doc["events"]] == [0, None]


def test_events_list_by_whose_voice_tells_them_and_name_the_source(tmp_path: Path) -> None:
    """``voice="own"`` keeps the events the report tells itself, ``"reported"`` those told inside a quote
    or a sourced claim, and each of those names its source (a claim's source, a passive statement's
    issuer) and the quote's kind; the day counts and the actor pairs filter alike; another voice is a
    QueryError naming the two."""
    from khabar.corpus.errors import QueryError
    from khabar.corpus.listing import actor_pairs, event_days, list_events
    from khabar.loading import load

    text = CLAIMED + " وزارت خارجہ کے بیان میں کہا گیا ہے کہ بھارت نے سرحد پر فائرنگ کی۔"
    with Store(tmp_path / "c.sqlite") as s:
        Ingester(s, load("news")).run([Article(text=text, doc_id="a", origin="test", published="2024-03-05")])

        def events(voice: str | None) -> list[tuple[str, str, str | None, str | None]]:
            return [(r.code, r.trigger, r.account.english if r.account else None, r.account_kind)
                    for r in list_events(s.conn, offset=0, limit=10, voice=voice)[1]]

        police = ("180", "فائرنگ کی", "Police", "sourced")
        ministry = ("190", "فائرنگ کی", "Ministry of Foreign Affairs", "indirect")  # its statement's issuer
        own = [("190", "حملہ کیا", None, None), ("010", "کہا گیا ہے", None, None)]
        assert events(None) == [police, own[0], own[1], ministry]
        assert events("own") == own
        assert events("reported") == [police, ministry]
        assert event_days(s.conn, voice="reported") == (("2024-03-05", 2),)
        pairs = {v: [(p.actor1.text, p.actor2.text) for p in actor_pairs(s.conn, voice=v)[1]]
                 for v in ("own", "reported")}
        assert pairs == {"own": [("فوج", "دشمن")], "reported": [("بھارت", "سرحد")]}
        with pytest.raises(QueryError, match="unknown voice 'quoted': one of own, reported"):
            list_events(s.conn, offset=0, limit=10, voice="quoted")
        # one source's account: the claims of the police (by English or Urdu name), the ministry's
        # statement (its issuer), and nothing for an actor that tells no event
        told = {name: [(r.code, r.trigger) for r in list_events(s.conn, offset=0, limit=10, told_by=name)[1]]
                for name in ("Police", "پولیس", "Ministry of Foreign Affairs", "دشمن")}
        assert told == {"Police": [("180", "فائرنگ کی")], "پولیس": [("180", "فائرنگ کی")],
                        "Ministry of Foreign Affairs": [("190", "فائرنگ کی")], "دشمن": []}
        assert event_days(s.conn, told_by="Police") == (("2024-03-05", 1),)

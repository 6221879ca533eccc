"""Search: FTS5 over normalized text, queries normalized the same way, ZWNJ and diacritics, boolean
operators and phrases, filters, BM25 order, snippets in the raw text, clear errors for bad queries."""

from __future__ import annotations

import sqlite3

import pytest

from khabar.corpus.errors import QueryError
from khabar.corpus.ingest import Ingester
from khabar.corpus.records import Article
from khabar.corpus.search import Filters, Searcher, compile_query
from khabar.corpus.store import FTS_TOKENCHARS, Store
from khabar.doc.jsonio import dumps
from khabar.doc.model import Entity, Event
from khabar.pipeline import Pipeline

ARTICLES = [
    # raw text with Arabic yeh/kaf (ي ك), a ZWNJ compound and a diacritic
    ("a", "كراچي ميں دہشت‌گردی کے خلاف کارروائی۔ وزیر اعظم نے کہا کہ امن ہوگا۔", "Dawn", "2024-01-05"),
    ("b", "لاہور میں بارش ہوئی اور وزیر اعلیٰ نے دورہ کیا۔", "Jang", "2024-02-10"),
    ("c", "کراچی میں بارش۔ کراچی کی سڑکیں ڈوب گئیں۔ کراچی میں کاروبار بند رہا۔", "Dawn", "2024-03-15"),
    ("d", "اسلام آباد میں اجلاس ہوا۔ وزیر خارجہ نے دورہ کیا۔", "Jang", None),
]


@pytest.fixture
def corpus(store: Store, nlp: Pipeline) -> Searcher:
    ing = Ingester(store, nlp)
    for doc_id, text, source, date in ARTICLES:
        doc = nlp(text)
        if doc_id == "b":
            s = doc.text.index("لاہور")
            doc.entities.append(Entity(doc.char_span(s, s + 5), "LOCATION", kb_id="Q11739", english="Lahore",
                                       canonical="لاہور"))
            t = doc.text.index("دورہ")
            doc.events.append(Event(doc.char_span(t, t + 4), "VISIT", "visit", sentence=0))
        ing.add(Article(text, doc_id=doc_id, origin=doc_id, source=source, published=date,
                        document_json=dumps(doc)))
    return Searcher(store)


def ids(s: Searcher, q: str, **filters: str) -> list[str]:
    return [h.doc_id for h in s.search(q, filters=Filters(**filters), limit=50).hits]


def test_unicode61_splits_urdu_at_zwnj_and_diacritics_without_tokenchars() -> None:
    """Why the store configures tokenchars: the default tokenizer breaks these words apart."""
    c = sqlite3.connect(":memory:")
    c.execute("CREATE VIRTUAL TABLE plain USING fts5(t)")
    c.execute(f"CREATE VIRTUAL TABLE ours USING fts5(t, tokenize=\"unicode61 remove_diacritics 0 "
              f"tokenchars '{FTS_TOKENCHARS}'\")")
    for table in ("plain", "ours"):
        c.execute(f"INSERT INTO {table} VALUES ('دہشت‌گردی'), ('عِلم')")  # ZWNJ compound; zer on ain
    plain = {q: c.execute("SELECT count(*) FROM plain WHERE plain MATCH ?", (q,)).fetchone()[0]
             for q in ('"گردی"', '"لم"')}
    ours = {q: c.execute("SELECT count(*) FROM ours WHERE ours MATCH ?", (q,)).fetchone()[0]
            for q in ('"گردی"', '"لم"', '"دہشت‌گردی"', '"عِلم"')}
    assert plain == {'"گردی"': 1, '"لم"': 1}          # split: a part of a word matches
    assert ours == {'"گردی"': 0, '"لم"': 0, '"دہشت‌گردی"': 1, '"عِلم"': 1}


@pytest.mark.parametrize(("query", "expected"), [
    ("کراچی", ["c", "a"]),                 # BM25: three mentions rank above one
    ("كراچي", ["c", "a"]),                 # the query is normalized too (Arabic yeh/kaf)
    ("دہشت‌گردی", ["a"]),                 # a ZWNJ compound is one word
    ("گردی", []),                          # ... so its second part alone is not a word
    ("کراچی بارش", ["c"]),                 # all words must occur
    ("کراچی OR لاہور", ["c", "a", "b"]),
    ("بارش NOT لاہور", ["c"]),
    ('"وزیر اعظم"', ["a"]),                # a phrase
    ("وزیر", ["a", "b", "d"]),
    ("(لاہور OR اسلام) AND دورہ", ["b", "d"]),
    ("کار*", ["a", "c"]),                  # prefix: کارروائی, کاروبار
    ("کارو*", ["c"]),
])
def test_search(corpus: Searcher, query: str, expected: list[str]) -> None:
    got = ids(corpus, query)
    assert sorted(got) == sorted(expected)
    if query == "کراچی":
        assert got == expected


@pytest.mark.parametrize(("filters", "expected"), [
    ({"since": "2024-02-01"}, ["b", "c"]),
    ({"until": "2024-02-10"}, ["a", "b"]),
    ({"source": "Jang"}, ["b", "d"]),
    ({"entity": "Q11739"}, ["b"]),
    ({"entity": "lahore"}, ["b"]),         # by English name, any case
    ({"event": "VISIT"}, ["b"]),
])
def test_filters(corpus: Searcher, filters: dict[str, str], expected: list[str]) -> None:
    assert sorted(ids(corpus, "میں OR دورہ", **filters)) == expected


def test_snippets_are_the_raw_text_with_matches_mapped_through_the_alignment(corpus: Searcher) -> None:
    res = corpus.search("کراچی میں")
    hit = next(h for h in res.hits if h.doc_id == "a")
    raw = ARTICLES[0][1]
    assert [raw[s:e] for s, e in hit.matches] == ["كراچي", "ميں"]   # the user's own characters
    assert hit.snippet == raw
    assert hit.snippet_start == 0
    assert hit.snippet_marked().startswith("[كراچي] [ميں] دہشت")
    assert res.total == 2
    assert set(hit.to_json()) >= {"id", "doc_id", "title", "score", "snippet", "matches"}


@pytest.mark.parametrize(("query", "message"), [
    ("", "the search query is empty"),
    ('"وزیر اعظم', "unbalanced quote"),
    ("(کراچی OR لاہور", r"'\(' in the query is never closed"),
    ("کراچی)", r"a '\)' without its '\('"),
    ("NOT کراچی", "NOT is binary in this syntax"),
    ("کراچی AND", "ends with the operator AND"),
    ("کراچی OR OR لاہور", "has no term before it"),
    ("۔ ، ؟", "no words to search for"),
])
def test_a_bad_query_is_a_clear_error(corpus: Searcher, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        corpus.search(query)


def test_compiled_queries_quote_every_term() -> None:
    assert compile_query('a OR "b c" d*', str) == '"a" OR "b c" AND "d"*'
    assert compile_query("(a)b", str) == '( "a" ) AND "b"'


def test_a_very_common_word_ranks_only_the_newest_matches(corpus: Searcher,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.corpus import search

    full = corpus.search("میں", limit=10)
    assert (full.total, full.ranked) == (4, 4)
    monkeypatch.setattr(search, "RANK_LIMIT", 2)
    capped = corpus.search("میں", limit=10)
    # all four still count, but only the two most recently ingested (c, d) were ranked
    assert (capped.total, capped.ranked) == (4, 2)
    assert sorted(h.doc_id for h in capped.hits) == ["c", "d"]
    assert capped.to_json()["ranked"] == 2


def test_date_filters_include_the_whole_until_day(corpus: Searcher) -> None:
    hits = corpus.search("بارش", filters=Filters(since="2024-02-10", until="2024-03-15")).hits
    assert sorted(h.doc_id for h in hits) == ["b", "c"]
    assert [h.doc_id for h in corpus.search("بارش", filters=Filters(until="2024-02-09")).hits] == []


@pytest.mark.parametrize(("code", "parsed"), [
    ("IND", ("IND", None)), ("MIL", (None, "MIL")), ("INDMIL", ("IND", "MIL")), ("ind/mil", ("IND", "MIL")),
    (" PAK GOV ", ("PAK", "GOV")), ("REL", (None, "REL")),
])
def test_cameo_actor_codes_are_a_country_a_role_or_both(code: str,
                                                        parsed: tuple[str | None, str | None]) -> None:
    from khabar.corpus.listing import actor_code

    assert actor_code(code) == parsed


@pytest.mark.parametrize("code", ["INDIA", "IN", "INDXYZ", "12", "بھارت"])
def test_a_code_that_is_no_cameo_actor_code_is_a_clear_error(code: str) -> None:
    from khabar.corpus.errors import QueryError
    from khabar.corpus.listing import actor_code

    with pytest.raises(QueryError, match=r"not a CAMEO actor code: .*give a country \(IND\), a role \(.*MIL"):
        actor_code(code)


NAMES = {"nawaz sharif": ["نواز شریف", "محمد نواز شریف"], "obama": ["اوباما"], "president": ["صدر"]}


@pytest.mark.parametrize(("query", "fts"), [
    # a run of Latin words is one name: its letters, or its Urdu spellings
    ("nawaz sharif", '("nawaz sharif" OR "نواز شریف" OR "محمد نواز شریف")'),
    ('"nawaz sharif" کراچی', '("nawaz sharif" OR "نواز شریف" OR "محمد نواز شریف") AND "کراچی"'),
    ("کراچی nawaz sharif OR obama", '"کراچی" AND ("nawaz sharif" OR "نواز شریف" OR "محمد نواز شریف") '
                                    'OR ("obama" OR "اوباما")'),
    # no name has all the words: each word a name of its own, else a word
    ("president obama", '("president" OR "صدر") AND ("obama" OR "اوباما")'),
    ("xyz obama", '"xyz" AND ("obama" OR "اوباما")'),
    ("obama*", '"obama"*'),  # a prefix is letters, not a name
    ("(obama)", '( ("obama" OR "اوباما") )'),
])
def test_a_name_in_latin_letters_matches_its_urdu_spellings(query: str, fts: str) -> None:
    assert compile_query(query, str.strip, lambda name: NAMES.get(name.lower(), [])) == fts


def test_english_and_roman_urdu_names_find_the_urdu_text(store: Store, nlp: Pipeline) -> None:
    """Searching a corpus by a person's English or Roman-Urdu name: the linker's English names index
    the Urdu words each was written in (any spelling the corpus has), the query folds Roman Urdu
    (Shareef = Sharif), and a name's word as written beats a fold (sharif is not Tiger Shroff)."""
    ing = Ingester(store, nlp)
    people = [("n1", "وزیر اعظم نواز شریف نے کہا کہ ملک ترقی کرے گا۔", "نواز شریف", "Nawaz Sharif"),
              ("n2", "محمد نواز شریف لاہور پہنچ گئے۔", "محمد نواز شریف", "Nawaz Sharif"),
              ("s1", "شہباز شریف نے اجلاس کی صدارت کی۔", "شہباز شریف", "Shehbaz Sharif"),
              ("t1", "اداکار ٹائیگر شروف نے نئی فلم سائن کر لی۔", "ٹائیگر شروف", "Tiger Shrof")]
    for doc_id, text, name, english in people:
        doc = nlp(text)
        s = doc.text.index(name)
        doc.entities.append(Entity(doc.char_span(s, s + len(name)), "PERSON", english=english))
        ing.add(Article(text, doc_id=doc_id, origin=doc_id, document_json=dumps(doc)))
    search = Searcher(store)

    def found(q: str) -> list[str]:
        return sorted(h.doc_id for h in search.search(q, limit=50).hits)

    assert found("nawaz sharif") == ["n1", "n2"]  # both spellings, the longer one too
    assert found("Nawaz Shareef") == ["n1", "n2"]  # Roman Urdu, folded
    assert found("sharif") == ["n1", "n2", "s1"]  # as written: the Sharifs, not Shroff
    assert found("shroff") == ["n1", "n2", "s1", "t1"]  # no Shroff as written: folded, all alike
    assert found("nawaz sharif NOT لاہور") == ["n1"]
    hit = search.search("shehbaz sharif").hits[0]
    assert hit.snippet_marked() == "[شہباز شریف] نے اجلاس کی صدارت کی۔"  # the Urdu words highlighted

"""The REST API through FastAPI's test client, over the gold corpus of tests/web/web_corpus.py."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_corpus import SHEHBAZ

from conftest import TOKEN, client_for, settings_for
from khabar.web.models import DocumentModel

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_ur.txt"


def error_of(r: object) -> tuple[int, str]:
    body = r.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message"}, body
    return r.status_code, body["error"]["code"]  # type: ignore[attr-defined]


# --- analyze ------------------------------------------------------------------------------------------
def test_analyze_returns_the_document_json_of_the_text(client: TestClient) -> None:
    r = client.post(
        "/api/analyze", json={"text": "وزیر نے کہا کہ حکومـــت كی ترجيح صاف پانی ہے۔ کام جاری ہے۔"}
    )
    assert r.status_code == 200
    data = r.json()
    DocumentModel.model_validate(data)
    assert data["schema"] == "khabar.document/1"
    assert data["text"] == "وزیر نے کہا کہ حکومت کی ترجیح صاف پانی ہے۔ کام جاری ہے۔"
    assert data["raw_text"] == "وزیر نے کہا کہ حکومـــت كی ترجيح صاف پانی ہے۔ کام جاری ہے۔"
    assert [t["text"] for t in data["tokens"]][:5] == ["وزیر", "نے", "کہا", "کہ", "حکومت"]
    assert data["sentences"] == [[0, 42, 0, 11], [43, 55, 11, 15]]


def test_analyze_the_sample_article(client: TestClient) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    data = client.post("/api/analyze", json={"text": text, "id": "sample"}).json()
    assert data["id"] == "sample"
    assert data["raw_text"] == text
    assert "لاہور میں ماحولیاتی کانفرنس" in data["text"]
    assert len(data["sentences"]) == 9  # the text pipeline of the test settings


def test_analyze_resolves_relative_dates_against_the_published_date(
    gold_db: tuple[Path, dict[str, int]],
) -> None:
    text = "گزشتہ روز وزیر اعظم نے کہا کہ آج اجلاس ہوگا۔"
    with client_for(settings_for(gold_db[0], pipeline="default")) as c:
        data = c.post("/api/analyze", json={"text": text, "published": "2014-10-15"}).json()
        assert data["meta"]["published"] == "2014-10-15"
        assert [d["value"] for d in data["dates"]] == ["2014-10-14", "2014-10-15"]
        undated = c.post("/api/analyze", json={"text": text}).json()
        assert [d["value"] for d in undated["dates"]] == [None, None]
        r = c.post("/api/analyze", json={"text": text, "published": "yesterday"})
        assert error_of(r) == (400, "bad_input")
        assert "the publication date 'yesterday' is not a date" in r.json()["error"]["message"]
        page = c.post("/analyze", data={"text": text, "published": "2014-10-15"})
        assert page.status_code == 200
        assert "2014-10-14" in page.text
        assert 'value="2014-10-15"' in page.text


def test_a_statements_issuer_is_in_the_json_and_on_the_page(gold_db: tuple[Path, dict[str, int]]) -> None:
    """A passive quote of a ministry's statement: no speaker, the issuer (Quote.issuer) in the JSON,
    and the analyze page names it, linked like a speaker."""
    text = "وزارت خارجہ کے بیان میں کہا گیا ہے کہ افغان حکام سرحد پر حملے روکیں۔"
    with client_for(settings_for(gold_db[0], pipeline="news")) as c:
        data = c.post("/api/analyze", json={"text": text}).json()
        (q,) = data["quotes"]
        assert (q["speaker"], q["speaker_span"]) == (None, None)
        assert data["entities"][q["issuer"]]["kb_id"] == "khabar:org/ministry-of-foreign-affairs"
        page = c.post("/analyze", data={"text": text})
        assert page.status_code == 200
        issuer = '<span class="issuer">بیان از <span class="ent ent-organization">وزارت خارجہ</span></span>'
        assert issuer in page.text


def _one_article_corpus(tmp_path: Path, text: str) -> Path:
    """A corpus database holding ``text`` analyzed by the news pipeline, published 2014-08-19."""
    from khabar.corpus.ingest import Ingester
    from khabar.corpus.records import Article
    from khabar.corpus.store import Store
    from khabar.loading import load

    db = tmp_path / "c.sqlite"
    with Store(db) as store:
        Ingester(store, load("news")).run([Article(text=text, doc_id="a", origin="test",
                                                    published="2014-08-19")])
    return db


def test_the_quotes_page_and_api_name_a_statements_issuer(tmp_path: Path) -> None:
    """A corpus quote with no speaker that a ministry's statement holds: /api/quotes gives its issuer
    and the quotes page names it, linked to the ministry's entity page."""
    db = _one_article_corpus(tmp_path, "نئی دہلی (اے پی پی) بھارتی وزارت خارجہ کے بیان میں کہا گیا ہے "
                                       "کہ مذاکرات منسوخ کر دیے گئے ہیں۔")
    with client_for(settings_for(db)) as c:
        (q,) = c.get("/api/quotes").json()["items"]
        assert (q["speaker"], q["issuer"]["key"]) == (None, "khabar:org/ministry-of-foreign-affairs@IND")
        page = c.get("/quotes").text
        assert ('<span class="issuer">بیان از <a class="ent ent-organization" href="/entities/khabar%3Aorg%2F'
                'ministry-of-foreign-affairs%40IND">بھارتی وزارت خارجہ</a></span>') in page
        # an untitled document's link still has words to click
        assert '<a href="/documents/1">بلا عنوان خبر 1</a>' in page


def test_the_quotes_api_lists_sourced_claims_and_filters_by_kind(tmp_path: Path) -> None:
    """پولیس کے مطابق … is stored as a quote of kind sourced: /api/quotes lists it with the police as its
    speaker, `kind` selects it or the quotes proper, and an unknown kind is a 422."""
    db = _one_article_corpus(tmp_path, "پولیس کے مطابق حملہ آوروں نے بازار میں فائرنگ کی۔ وزیر داخلہ نے "
                                       "کہا کہ ملزموں کو پکڑا جائے گا۔")
    with client_for(settings_for(db)) as c:
        every = c.get("/api/quotes").json()
        assert sorted(i["kind"] for i in every["items"]) == ["indirect", "sourced"]
        (claim,) = c.get("/api/quotes", params={"kind": "sourced"}).json()["items"]
        assert (claim["speaker"]["text"], claim["content"]) == ("پولیس", "حملہ آوروں نے بازار میں فائرنگ کی")
        said = c.get("/api/quotes", params=[("kind", "direct"), ("kind", "indirect")]).json()
        assert [i["content"] for i in said["items"]] == ["ملزموں کو پکڑا جائے گا"]
        assert error_of(c.get("/api/quotes", params={"kind": "rumour"})) == (422, "invalid_request")
        assert "بحوالہ" in c.get("/quotes").text
        # the quotes page's kind select: the claim alone, the quotes alone, and an unknown kind a 422
        claims = c.get("/quotes", params={"kind": "sourced"}).text
        assert "حملہ آوروں نے بازار میں فائرنگ کی" in claims
        assert "ملزموں کو پکڑا جائے گا" not in claims
        quotes = c.get("/quotes", params={"kind": "indirect"}).text
        assert "ملزموں کو پکڑا جائے گا" in quotes
        assert "حملہ آوروں نے بازار میں فائرنگ کی" not in quotes
        assert c.get("/quotes", params={"kind": "rumour"}).status_code == 422
        # the shooting is the police's account: the document's events name it in their source column
        page = c.get("/documents/1").text
        assert ('<td class="account"><small>بحوالہ</small> <a class="ent ent-organization" '
                'href="/entities/local%3A0">پولیس</a></td>') in page


def test_an_analyzed_event_points_at_the_claim_that_tells_it(tmp_path: Path) -> None:
    with client_for(settings_for(tmp_path / "c.sqlite", pipeline="news")) as c:
        claim = "پولیس کے مطابق حملہ آوروں نے بازار میں فائرنگ کی۔"
        data = c.post("/api/analyze", json={"text": claim}).json()
    assert [q["kind"] for q in data["quotes"]] == ["sourced"]
    assert [(e["code"], e["quote"]) for e in data["events"]] == [("180", 0)]


def test_events_name_whose_account_they_are_and_filter_by_voice(tmp_path: Path) -> None:
    """/api/events: each event told inside a quote or a sourced claim carries its account (the source
    and the quote's kind), `voice` keeps the report's own events or the reported ones (another value:
    422), as /api/network does; the events page has the source column (بحوالہ before a claim's
    source) and a select for the voice, the entity page's events the column, and the network page's
    pair links keep the voice."""
    db = _one_article_corpus(tmp_path, "پولیس کے مطابق حملہ آوروں نے بازار میں فائرنگ کی۔ فوج نے دشمن پر "
                                       "حملہ کیا۔ وزیر داخلہ نے کہا کہ بھارت نے سرحد پر فائرنگ کی۔")
    police = {"key": "پولیس", "text": "پولیس", "label": "ORGANIZATION", "english": "Police", "count": 0,
              "country": None, "role": None}
    with client_for(settings_for(db)) as c:
        every = c.get("/api/events").json()["items"]
        assert [(i["trigger"], i["account"] and i["account"]["text"], i["account_kind"]) for i in every] == [
            ("فائرنگ کی", "پولیس", "sourced"), ("حملہ کیا", None, None), ("کہا", None, None),
            ("فائرنگ کی", "وزیر داخلہ", "indirect")]  # the minister's words
        assert every[0]["account"] == police
        for voice, triggers in (("own", ["حملہ کیا", "کہا"]), ("reported", ["فائرنگ کی", "فائرنگ کی"])):
            got = c.get("/api/events", params={"voice": voice}).json()
            assert [i["trigger"] for i in got["items"]] == triggers, voice
        assert error_of(c.get("/api/events", params={"voice": "quoted"})) == (422, "invalid_request")
        told_by = c.get("/api/events", params={"told_by": "Police"}).json()
        assert (told_by["total"], [i["trigger"] for i in told_by["items"]]) == (1, ["فائرنگ کی"])
        own = c.get("/api/network", params={"voice": "own"}).json()["items"]
        assert [(p["actor1"]["text"], p["actor2"]["text"]) for p in own] == [("فوج", "دشمن")]
        told = c.get("/api/network", params={"voice": "reported"}).json()["items"]
        assert [(p["actor1"]["text"], p["actor2"]["text"]) for p in told] == [("بھارت", "سرحد")]
        assert error_of(c.get("/api/network", params={"voice": "quoted"})) == (422, "invalid_request")
        with_quotes = c.get("/api/network", params={"voice": "own", "quotes": "true"})
        assert error_of(with_quotes) == (400, "bad_query")
        # the events page: the source column and the voice select
        page = c.get("/events", params={"voice": "reported"}).text
        assert "<th>ماخذ</th>" in page
        assert ('<td class="account"><small>بحوالہ</small> <a class="ent ent-organization" '
                'href="/entities/%D9%BE%D9%88%D9%84%DB%8C%D8%B3">پولیس</a></td>') in page
        assert "حملہ کیا" not in page  # the army's attack is the report's own
        assert ('<label>کس کی زبانی <select name="voice"><option value="">سب</option><option value="own">'
                'خبر کی اپنی زبانی</option><option value="reported" selected>کسی بیان یا ماخذ کی زبانی'
                '</option></select></label>') in page
        assert '<td class="account"></td>' in c.get("/events", params={"voice": "own"}).text
        # one source's account on the events page, as /api/events?told_by= gives it
        police = c.get("/events", params={"told_by": "Police"}).text
        field = '<label>کس کے بیان میں <input type="text" name="told_by" value="Police" dir="auto"></label>'
        assert field in police
        assert "فائرنگ کی" in police
        assert "حملہ کیا" not in police
        assert '<p class="count"><span dir="ltr">1</span>' in police
        assert "فائرنگ کی" not in c.get("/events", params={"told_by": "فوج"}).text
        india = c.get("/entities/Q668").text  # India's shooting, as the minister tells it
        assert ('<td class="account"><a class="ent ent-title" href="/entities/khabar%3Atitle%2F'
                'interior-minister">وزیر داخلہ</a></td>') in india
        wrong = c.get("/events", params={"voice": "quoted"})
        assert wrong.status_code == 422
        assert "unknown voice &#39;quoted&#39;: one of own, reported" in wrong.text
        network = c.get("/network", params={"voice": "own"}).text
        assert '<option value="own" selected>' in network
        # the pair's events, and the GraphML, keep the voice
        army_on_foe = "who=%D9%81%D9%88%D8%AC&amp;whom=%D8%AF%D8%B4%D9%85%D9%86"  # فوج -> دشمن
        assert f'href="/events?{army_on_foe}&amp;voice=own"' in network
        assert 'href="/api/network.graphml?voice=own"' in network


def test_html_given_as_text_is_analyzed_with_a_notice_and_nothing_is_fetched(client: TestClient) -> None:
    html = "<html><body><p>لاہور میں بارش</p><a href='http://example.com/x'>خبر</a></body></html>"
    data = client.post("/api/analyze", json={"text": html}).json()
    assert [n["code"] for n in data["notices"]] == ["input.html"]
    assert data["raw_text"] == html


@pytest.mark.parametrize(("text", "code"), [("", "bad_input"), ("  \n\t ", "bad_input")])
def test_empty_text_is_a_clear_400(client: TestClient, text: str, code: str) -> None:
    r = client.post("/api/analyze", json={"text": text})
    assert error_of(r) == (400, code)
    assert "empty" in r.json()["error"]["message"] or "whitespace" in r.json()["error"]["message"]


def test_a_request_that_is_not_the_documented_shape_is_422(client: TestClient) -> None:
    assert error_of(client.post("/api/analyze", json={"txt": "x"})) == (422, "invalid_request")
    assert error_of(
        client.post("/api/analyze", content=b"not json", headers={"content-type": "application/json"})
    ) == (422, "invalid_request")


# --- limits -------------------------------------------------------------------------------------------
def test_text_over_the_character_limit_is_413(gold_db: tuple[Path, dict[str, int]]) -> None:
    with client_for(settings_for(gold_db[0], max_text_chars=100)) as c:
        r = c.post("/api/analyze", json={"text": "کراچی " * 30})
        assert error_of(r) == (413, "too_large")
        assert "180 characters, over the limit of 100" in r.json()["error"]["message"]


def test_a_body_over_the_limit_is_refused_from_its_length_and_when_streamed(
    gold_db: tuple[Path, dict[str, int]],
) -> None:
    with client_for(settings_for(gold_db[0], max_body_bytes=1000)) as c:
        body = ('{"text": "' + "بارش " * 200 + '"}').encode()
        assert error_of(
            c.post("/api/analyze", content=body, headers={"content-type": "application/json"})
        ) == (413, "too_large")

        def chunks() -> Iterator[bytes]:  # no Content-Length: the body is counted as it arrives
            for _ in range(20):
                yield b"x" * 100

        r = c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert error_of(r) == (413, "too_large")


def test_query_length_limits(client: TestClient) -> None:
    assert error_of(client.get("/api/search", params={"q": "ب" * 501})) == (422, "invalid_request")
    assert error_of(client.get("/api/search?q=" + "x" * 9000)) == (414, "uri_too_long")


def test_a_slow_request_is_answered_504(
    gold_db: tuple[Path, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with client_for(settings_for(gold_db[0], timeout_s=0.2)) as c:
        backend = c.app.state.backend  # type: ignore[attr-defined]
        monkeypatch.setattr(backend, "analyze", lambda _text, _doc_id="", _published=None: time.sleep(1.5))
        t0 = time.perf_counter()
        r = c.post("/api/analyze", json={"text": "کراچی"})
        assert error_of(r) == (504, "timeout")
        assert time.perf_counter() - t0 < 1.2


def test_an_unexpected_error_is_500_without_a_traceback(
    gold_db: tuple[Path, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with client_for(settings_for(gold_db[0]), raise_server_exceptions=False) as c:
        backend = c.app.state.backend  # type: ignore[attr-defined]

        def boom(*args: object, **kwargs: object) -> None:
            raise RuntimeError("secret path /etc/khabar in a stack frame")

        monkeypatch.setattr(backend, "search", boom)
        r = c.get("/api/search", params={"q": "بارش"})
        assert error_of(r) == (500, "internal")
        assert "secret" not in r.text
        assert "Traceback" not in r.text
        assert "RuntimeError" not in r.text
        page = c.get("/search", params={"q": "بارش"})
        assert page.status_code == 500
        assert "secret" not in page.text
        assert "Traceback" not in page.text


# --- documents ----------------------------------------------------------------------------------------
def test_documents_are_paged_newest_first(client: TestClient, ids: dict[str, int]) -> None:
    r = client.get("/api/documents", params={"page": 1, "size": 4}).json()
    assert r["total"] == 6
    assert r["page"] == 1
    assert r["size"] == 4
    assert [d["id"] for d in r["items"]] == [ids["a5"], ids["a4"], ids["a3"], ids["a2"]]
    r2 = client.get("/api/documents", params={"page": 2, "size": 4}).json()
    assert [d["id"] for d in r2["items"]] == [ids["a1"], ids["a6"]]
    first = r["items"][1]
    assert (first["title"], first["source"], first["n_entities"], first["n_quotes"], first["n_events"]) == (
        "سیاسی اختلافات",
        "Dawn",
        3,
        0,
        0,
    )
    dawn = client.get("/api/documents", params={"source": "Dawn"}).json()
    assert [d["id"] for d in dawn["items"]] == [ids["a4"], ids["a2"]]
    assert error_of(client.get("/api/documents", params={"size": 1000})) == (422, "invalid_request")


def test_one_document_with_every_annotation(client: TestClient, ids: dict[str, int]) -> None:
    r = client.get(f"/api/documents/{ids['a1']}").json()
    assert r["summary"]["doc_id"] == "a1"
    doc = r["document"]
    DocumentModel.model_validate(doc)
    assert [(e["label"], e["kb_id"]) for e in doc["entities"]] == [
        ("PERSON", "khabar:person/shehbaz-sharif"),
        ("LOCATION", "Q1362"),
        ("PERSON", "khabar:person/xi-jinping"),
        ("LOCATION", "Q843"),
        ("LOCATION", "Q148"),
    ]
    assert doc["quotes"][0]["speaker"] == 0
    assert doc["events"][0]["code"] == "040"
    assert doc["keyphrases"][0] == {"text": "دوستی", "score": 0.8}
    assert doc["summary"] == [0]
    assert error_of(client.get("/api/documents/999")) == (404, "not_found")
    assert error_of(client.get("/api/documents/abc")) == (422, "invalid_request")


# --- search -------------------------------------------------------------------------------------------
def test_search_with_snippets_facets_and_paging(client: TestClient, ids: dict[str, int]) -> None:
    r = client.get("/api/search", params={"q": "بارش", "facets": "true"}).json()
    assert r["total"] == 3
    assert {h["id"] for h in r["results"]} == {ids["a2"], ids["a4"], ids["a5"]}
    a2 = next(h for h in r["results"] if h["id"] == ids["a2"])
    assert "«بارش»" in a2["highlighted"]
    s, e = a2["matches"][0]
    assert a2["snippet"][s - a2["snippet_start"] : e - a2["snippet_start"]] == "بارش"
    f = r["facets"]
    assert f["sources"] == [
        {"value": "Dawn", "label": "Dawn", "count": 2},
        {"value": "Express", "label": "Express", "count": 1},
    ]
    entity_counts = {v["value"]: v["count"] for v in f["entities"]}
    assert entity_counts == {
        "Q8660": 1,
        "Q11739": 1,
        "Q843": 1,
        "khabar:person/shehbaz-sharif": 2,
        "khabar:person/imran-khan": 1,
    }
    assert f["events"] == []
    met = client.get("/api/search", params={"q": "ملاقات", "facets": "true"}).json()["facets"]
    assert met["events"] == [{"value": "040", "label": "040 Consult", "count": 1}]  # its code: labels repeat
    page2 = client.get("/api/search", params={"q": "بارش", "size": 2, "page": 2}).json()
    assert len(page2["results"]) == 1
    assert page2["total"] == 3
    assert page2["facets"] is None


def test_search_filters(client: TestClient, ids: dict[str, int]) -> None:
    def found(**params: str) -> set[int]:
        return {h["id"] for h in client.get("/api/search", params={"q": "بارش", **params}).json()["results"]}

    assert found(**{"from": "2024-04-01"}) == {ids["a4"], ids["a5"]}
    assert found(to="2024-04-10") == {ids["a2"], ids["a4"]}
    assert found(source="Dawn") == {ids["a2"], ids["a4"]}
    assert found(entity="Shehbaz Sharif") == {ids["a2"], ids["a4"]}
    assert found(entity="Q8660") == {ids["a5"]}
    meet = client.get("/api/search", params={"q": "ملاقات", "event": "040"}).json()
    assert [h["id"] for h in meet["results"]] == [ids["a1"]]
    assert error_of(client.get("/api/search", params={"q": "بارش", "from": "4/1/2024"})) == (
        422,
        "invalid_request",
    )


def test_search_by_an_english_name(client: TestClient, ids: dict[str, int]) -> None:
    """A name in Latin letters finds the documents that write it in Urdu, on the API and the page."""
    r = client.get("/api/search", params={"q": "shehbaz sharif"}).json()
    assert {h["id"] for h in r["results"]} == {ids["a1"], ids["a2"], ids["a4"]}
    assert r["fts_query"] == '("shehbaz sharif" OR "شہباز شریف")'
    page = client.get("/search", params={"q": "Xi Jinping"}).text
    assert f'href="/documents/{ids["a1"]}"' in page
    assert "<mark>شی جن پنگ</mark>" in page


def test_a_bad_query_is_400_saying_where(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "بارش AND"})
    assert error_of(r) == (400, "bad_query")
    assert "ends with the operator AND" in r.json()["error"]["message"]


# --- entities, events, quotes -------------------------------------------------------------------------
def test_entity_profile(client: TestClient, ids: dict[str, int]) -> None:
    r = client.get("/api/entities/khabar:person/shehbaz-sharif")
    assert r.status_code == 200
    e = r.json()
    assert (e["label"], e["urdu"], e["english"], e["kb_id"]) == (
        "PERSON",
        "شہباز شریف",
        "Shehbaz Sharif",
        "khabar:person/shehbaz-sharif",
    )
    assert (e["n_mentions"], e["n_documents"]) == (3, 3)
    assert e["timeline"] == [
        {"date": "2024-03-04", "count": 1},
        {"date": "2024-03-05", "count": 1},
        {"date": "2024-04-10", "count": 1},
    ]
    co = {c["key"]: c["count"] for c in e["cooccurring"]}
    assert co == {
        "Q843": 2,
        "khabar:person/imran-khan": 1,
        "Q1362": 1,
        "khabar:person/xi-jinping": 1,
        "Q148": 1,
        "Q11739": 1,
    }
    assert [q["content"] for q in e["quotes"]] == [
        "متاثرین کی مدد کی جائے گی",
        "پاکستان اور چین کی دوستی مضبوط ہے",
    ]
    assert [
        (ev["code"], ev["actor1"]["key"], ev["actor2"]["key"], ev["location"]["text"]) for ev in e["events"]
    ] == [("040", "khabar:person/shehbaz-sharif", "khabar:person/xi-jinping", "اسلام آباد")]
    m = next(m for m in e["mentions"] if m["document"] == ids["a2"])
    assert m["text"] == "شہباز شریف"
    assert m["before"].endswith("وزیر اعظم")
    assert m["after"].startswith("نے کہا")


def test_the_most_named_entities(client: TestClient) -> None:
    """/api/entities and the entities page: the entities by how many documents name them, of a type,
    in a period; a type that is none is refused."""
    r = client.get("/api/entities", params={"label": "PERSON"}).json()
    assert [(i["english"], i["count"]) for i in r["items"]][:2] == [("Shehbaz Sharif", 3), ("Imran Khan", 2)]
    april = client.get("/api/entities", params={"label": "PERSON", "from": "2024-04-01"}).json()
    assert [(i["english"], i["count"]) for i in april["items"]] == [("Imran Khan", 1), ("Shehbaz Sharif", 1)]
    assert error_of(client.get("/api/entities", params={"label": "PEOPLE"})) == (422, "invalid_request")
    page = client.get("/entities", params={"label": "LOCATION", "from": "", "to": ""})
    assert page.status_code == 200
    assert 'href="/entities/Q8660"' in page.text  # Karachi
    assert 'href="/entities/khabar%3Aperson%2Fshehbaz-sharif"' not in page.text
    assert client.get("/entities", params={"label": "PEOPLE"}).status_code == 422


def test_an_entity_is_found_by_its_english_or_roman_urdu_name(client: TestClient) -> None:
    """/api/entities/… and the entity page take a name as well as a key: English in any case, or Roman
    Urdu as the search folds it."""
    assert client.get("/api/entities/shehbaz sharif").json()["key"] == "khabar:person/shehbaz-sharif"
    page = client.get("/entities/Imran Khaan")
    assert page.status_code == 200
    assert "Imran Khan" in page.text
    assert error_of(client.get("/api/entities/Nobody Atall")) == (404, "not_found")


def test_an_unlinked_entity_is_addressed_by_its_text(client: TestClient, ids: dict[str, int]) -> None:
    e = client.get("/api/entities/اسلام آباد").json()
    assert (e["kb_id"], e["n_mentions"], e["timeline"]) == (None, 1, [])
    assert error_of(client.get("/api/entities/Q0")) == (404, "not_found")


def test_events_in_a_period(client: TestClient, ids: dict[str, int]) -> None:
    """An event is in a period when the days of its date overlap it (a3's speech: February 2024,
    though reported on 2024-03-20); one without a date falls on its article's publication day (a1's
    meeting: 2024-03-04)."""

    def when(**period: str) -> list[int]:
        return [i["document"] for i in client.get("/api/events", params=period).json()["items"]]

    assert when(**{"from": "2024-02-10", "to": "2024-02-12"}) == [ids["a3"]]
    assert when(**{"from": "2024-02-29"}) == [ids["a3"], ids["a1"]]
    assert when(**{"from": "2024-03-01"}) == [ids["a1"]]
    assert when(**{"from": "2024-03-05"}) == []
    assert when(to="2024-03-04") == [ids["a3"], ids["a1"]]
    assert when(to="2024-01-31") == []
    assert when(**{"from": "2024-03-01", "to": "2024-03-31", "code": "010"}) == []
    assert client.get("/api/events", params={"from": "2024-03-01"}).json()["total"] == 1
    assert error_of(client.get("/api/events", params={"to": "March"})) == (422, "invalid_request")
    # a day the calendar does not have is no day either, on every date filter and on the pages
    for url in ("/api/events", "/api/network", "/api/quotes", "/api/entities"):
        assert error_of(client.get(url, params={"from": "2024-02-30"})) == (422, "invalid_request"), url
    assert client.get("/api/events", params={"from": "2024-02-29"}).status_code == 200
    bad_day = client.get("/events", params={"from": "2024-13-01"})
    assert bad_day.status_code == 422
    assert "not a date (YYYY-MM-DD): 2024-13-01" in bad_day.text


def test_the_events_page_filters_by_period_and_entity(client: TestClient, ids: dict[str, int]) -> None:
    page = client.get("/events", params={"from": "2024-02-01", "to": "2024-02-29", "entity": "", "code": ""})
    assert page.status_code == 200
    assert '<span dir="ltr">1</span>' in page.text
    assert "خطاب کیا" in page.text
    assert "ملاقات کی" not in page.text
    assert f'href="/documents/{ids["a3"]}"' in page.text
    assert '<td class="day" dir="ltr">2024-02</td>' in page.text  # a3's own date, not its publication day
    assert '<span class="ent ent-">جلسے</span>' in page.text  # no entity: no link
    meet = client.get("/events", params={"entity": "Xi Jinping"}).text
    assert "ملاقات کی" in meet
    assert '<td class="day" dir="ltr">2024-03-04</td>' in meet
    # each actor's CAMEO country and role: Shehbaz Sharif is Pakistan's government, Xi China's
    assert meet.count('<small class="code" lang="en" dir="ltr" title="CAMEO">') == 2
    assert 'title="CAMEO">PAK GOV</small>' in meet
    assert 'title="CAMEO">CHN GOV</small>' in meet
    whole = client.get("/events").text  # the timeline: a3's February on its first day, a1's 2024-03-04
    assert whole.count('class="bar"') == 33  # 2024-02-01 .. 2024-03-04, per day
    assert "<title>2024-02-01: 1</title>" in whole
    assert "events per day" in whole
    assert 'class="bar"' not in page.text  # one day: no timeline
    pak = client.get("/events", params={"actor": "pakgov"}).text  # the form's CAMEO actor filter
    assert '<span dir="ltr">1</span>' in pak
    assert "ملاقات کی" in pak
    assert 'name="actor" value="pakgov"' in pak
    wrong = client.get("/events", params={"actor": "PAKISTAN"})
    assert wrong.status_code == 422
    assert "not a CAMEO actor code: &#39;PAKISTAN&#39;" in wrong.text
    bad = client.get("/events", params={"from": "2024-2-1"})
    assert bad.status_code == 422
    assert "not a date (YYYY-MM-DD): 2024-2-1" in bad.text


def test_the_quotes_page_filters_by_speaker_and_period(client: TestClient, ids: dict[str, int]) -> None:
    page = client.get("/quotes", params={"speaker": "Imran Khan", "from": "", "to": ""})
    assert page.status_code == 200
    assert '<span dir="ltr">1</span>' in page.text
    assert "<p>انتخابات شفاف ہونے چاہئیں</p>" in page.text
    assert 'href="/entities/khabar%3Aperson%2Fimran-khan"' in page.text  # the speaker's page
    april = client.get("/quotes", params={"from": "2024-04-01"}).text
    assert '<span dir="ltr">0</span>' in april
    bad = client.get("/quotes", params={"to": "2024/4/1"})
    assert bad.status_code == 422
    assert "not a date (YYYY-MM-DD): 2024/4/1" in bad.text


def test_a_place_acting_with_its_role_links_to_its_coded_events(tmp_path: Path) -> None:
    """India's army (IND MIL) is an actor of its own on the network page; its pair's events link
    keeps the events where an actor has that code."""
    from khabar.corpus.ingest import Ingester
    from khabar.corpus.records import Article
    from khabar.corpus.store import Store
    from khabar.loading import load

    db = tmp_path / "c.sqlite"
    with Store(db) as store:
        ing = Ingester(store, load("news"))
        for k, text in enumerate(["بھارتی فوج نے سرینگر میں مظاہرین پر فائرنگ کی۔",
                                  "بھارت نے سرینگر میں مظاہرین پر پابندی لگا دی۔"]):
            ing.add(Article(text, doc_id=str(k), origin=str(k)))
    with client_for(settings_for(db)) as c:
        page = c.get("/network").text
        whom = "%D9%85%D8%B8%D8%A7%DB%81%D8%B1%DB%8C%D9%86"  # مظاہرین
        assert f'href="/events?who=Q668&amp;whom={whom}&amp;actor=INDMIL"' in page
        events = c.get("/api/events", params={"who": "Q668", "whom": "مظاہرین", "actor": "INDMIL"}).json()
        assert [i["trigger"] for i in events["items"]] == ["فائرنگ کی"]


def test_the_network_of_who_acted_on_whom(client: TestClient) -> None:
    """/api/network and /network: the pairs of the events' actors, the most events first; an actor
    that is no entity by its words (a3's جلسے); the events' filters; --named's entities only."""
    net = client.get("/api/network").json()
    assert (net["total"], net["page"]) == (2, 1)
    assert [(i["actor1"]["text"], i["actor2"]["text"], i["events"], i["codes"], i["first_day"], i["last_day"])
            for i in net["items"]] == [
        ("عمران خان", "جلسے", 1, [["010", "Make statement", 1]], "2024-02-01", "2024-02-29"),
        ("شہباز شریف", "شی جن پنگ", 1, [["040", "Consult", 1]], "2024-03-04", "2024-03-04"),
    ]
    assert net["items"][1]["actor1"] == {"key": SHEHBAZ, "text": "شہباز شریف", "label": "PERSON",
                                         "english": "Shehbaz Sharif", "count": 0, "country": "PAK",
                                         "role": "GOV"}
    assert net["items"][0]["actor2"]["key"] is None  # جلسے: no entity
    for params in ({"named": "true"}, {"code": "04"}, {"entity": "shahbaz shareef"}, {"actor": "CHNGOV"},
                   {"from": "2024-03-01"}):
        got = client.get("/api/network", params=params).json()
        assert [i["actor2"]["english"] for i in got["items"]] == ["Xi Jinping"], params
    assert error_of(client.get("/api/network", params={"actor": "CHINA"})) == (400, "bad_query")
    assert error_of(client.get("/api/network", params={"to": "March"})) == (422, "invalid_request")
    page = client.get("/network", params={"named": "1", "entity": "", "code": "", "actor": ""})
    assert page.status_code == 200
    assert '<a href="/network" aria-current="page">' in page.text
    assert '<span dir="ltr">1</span>' in page.text
    assert "040 Consult 1" in page.text
    assert 'href="/entities/khabar%3Aperson%2Fshehbaz-sharif"' in page.text
    assert "جلسے" not in page.text  # not a named actor
    every = client.get("/network").text
    assert "جلسے" in every
    assert 'class="network" viewBox' in every  # the page's pairs as a graph, from two pairs on
    assert 'class="network" viewBox' not in page.text
    wrong = client.get("/network", params={"actor": "CHINA"})
    assert wrong.status_code == 422
    assert "not a CAMEO actor code" in wrong.text
    # each pair's events: the page links to them; /api/events takes the pair
    link = 'href="/events?who=khabar%3Aperson%2Fshehbaz-sharif&amp;whom=khabar%3Aperson%2Fxi-jinping"'
    assert link in page.text
    behind = client.get("/api/events", params={"who": SHEHBAZ, "whom": "Xi Jinping"}).json()
    assert [i["trigger"] for i in behind["items"]] == ["ملاقات کی"]
    assert client.get("/api/events", params={"who": "Xi Jinping", "whom": SHEHBAZ}).json()["total"] == 0
    assert client.get("/api/events", params={"whom": "جلسے"}).json()["total"] == 1  # words, no entity
    events_page = client.get("/events", params={"who": SHEHBAZ, "whom": "Xi Jinping"}).text
    assert '<span dir="ltr">1</span>' in events_page
    assert f'name="who" value="{SHEHBAZ}"' in events_page
    # either way: one pair, not linked to one direction's events; with quotes a 400
    either = client.get("/api/network", params={"undirected": "true", "named": "true"}).json()
    assert [(i["actor1"]["english"], i["actor2"]["english"], i["directed"]) for i in either["items"]] == [
        ("Shehbaz Sharif", "Xi Jinping", False)]
    either_page = client.get("/network", params={"undirected": "1", "named": "1"}).text
    assert 'href="/events?who=' not in either_page  # one direction's events are not the pair's
    assert error_of(client.get("/api/network", params={"quotes": "true", "undirected": "true"})) == (
        400, "bad_query")
    # who spoke of whom: a1's quote by Shehbaz Sharif names Pakistan and China
    spoke = client.get("/api/network", params={"quotes": "true"}).json()
    assert [(i["actor1"]["english"], i["actor2"]["english"], i["events"], i["codes"])
            for i in spoke["items"]] == [
        ("Shehbaz Sharif", "China", 1, [["QUOTE", "indirect", 1]]),
        ("Shehbaz Sharif", "Pakistan", 1, [["QUOTE", "indirect", 1]])]
    assert error_of(client.get("/api/network", params={"quotes": "true", "code": "04"})) == (400, "bad_query")
    spoke_page = client.get("/network", params={"quotes": "1"})
    assert "QUOTE indirect 1" in spoke_page.text
    assert client.get("/network", params={"quotes": "1", "named": "1"}).status_code == 422
    # the whole network as GraphML, linked from the page with the page's filters
    import io

    import networkx as nx

    graph = client.get("/api/network.graphml", params={"named": "true"})
    assert graph.status_code == 200
    assert graph.headers["content-type"] == "application/graphml+xml"
    assert graph.headers["content-disposition"] == 'attachment; filename="khabar-network.graphml"'
    g = nx.read_graphml(io.BytesIO(graph.content))
    edges = [(g.nodes[a]["english"], g.nodes[b]["english"], d["events"]) for a, b, d in g.edges(data=True)]
    assert edges == [("Shehbaz Sharif", "Xi Jinping", 1)]
    assert nx.read_graphml(io.BytesIO(client.get("/api/network.graphml").content)).number_of_edges() == 2
    assert 'href="/api/network.graphml?named=1" download' in page.text
    assert error_of(client.get("/api/network.graphml", params={"actor": "CHINA"})) == (400, "bad_query")
    # an entity's profile and page: whom it acted on, and who on it
    pairs = client.get(f"/api/entities/{SHEHBAZ}").json()["pairs"]
    assert [(i["actor1"]["english"], i["actor2"]["english"], i["events"]) for i in pairs] == [
        ("Shehbaz Sharif", "Xi Jinping", 1)]
    assert client.get("/api/entities/Q8660").json()["pairs"] == []  # Karachi: a place, no actor
    entity_page = client.get(f"/entities/{SHEHBAZ}").text
    assert '<section class="panel" id="pairs">' in entity_page
    assert "040 Consult 1" in entity_page


def test_events_and_quotes(client: TestClient, ids: dict[str, int]) -> None:
    ev = client.get("/api/events").json()
    assert ev["total"] == 2
    assert [(i["document"], i["trigger"]) for i in ev["items"]] == [
        (ids["a3"], "خطاب کیا"),
        (ids["a1"], "ملاقات کی"),
    ]
    assert [i["date"] for i in ev["items"]] == ["2024-02", None]  # a3's event: گزشتہ ماہ
    # an actor that is no entity: its own words, without a key
    assert ev["items"][0]["actor2"] == {"key": None, "text": "جلسے", "label": "", "english": None, "count": 0,
                                        "country": None, "role": None}
    # an actor's CAMEO country and role in this event
    assert [(i["actor1"]["country"], i["actor1"]["role"]) for i in ev["items"]][1] == ("PAK", "GOV")
    doc_page = client.get(f"/documents/{ids['a1']}").text
    assert 'title="CAMEO">PAK GOV</small>' in doc_page
    assert 'title="CAMEO">CHN GOV</small>' in doc_page
    assert client.get("/api/events", params={"code": "Consult"}).json()["total"] == 1
    by_actor = client.get("/api/events", params={"actor": "CHNGOV"}).json()  # Xi, actor 2 of a1's meeting
    assert [i["document"] for i in by_actor["items"]] == [ids["a1"]]
    assert client.get("/api/events", params={"actor": "MIL"}).json()["total"] == 0
    assert error_of(client.get("/api/events", params={"actor": "CHINA"})) == (400, "bad_query")
    assert [i["document"] for i in client.get("/api/events", params={"entity": "Q8660"}).json()["items"]] == [
        ids["a3"]
    ]
    q = client.get("/api/quotes").json()
    assert q["total"] == 3
    # what was said about an entity: a1's quote names پاکستان and چین
    about = client.get("/api/quotes", params={"about": "China"}).json()
    assert [i["content"] for i in about["items"]] == ["پاکستان اور چین کی دوستی مضبوط ہے"]
    assert "پاکستان اور چین کی دوستی" in client.get("/quotes", params={"about": "Q148"}).text
    assert [i["speaker"]["text"] for i in q["items"]] == ["عمران خان", "شہباز شریف", "شہباز شریف"]
    imran = client.get("/api/quotes", params={"speaker": "khabar:person/imran-khan"}).json()
    assert [i["content"] for i in imran["items"]] == ["انتخابات شفاف ہونے چاہئیں"]
    by_name = client.get("/api/quotes", params={"speaker": "Imran Khan"}).json()  # an English name too
    assert [i["content"] for i in by_name["items"]] == ["انتخابات شفاف ہونے چاہئیں"]
    roman = client.get("/api/quotes", params={"speaker": "imran khaan"}).json()  # Roman Urdu, folded
    assert [i["content"] for i in roman["items"]] == ["انتخابات شفاف ہونے چاہئیں"]
    march = client.get("/api/quotes", params={"from": "2024-03-05", "to": "2024-03-31"}).json()
    assert [i["document"] for i in march["items"]] == [ids["a3"], ids["a2"]]  # by publication day
    assert error_of(client.get("/api/quotes", params={"from": "5 March"})) == (422, "invalid_request")


# --- ingest (token) -----------------------------------------------------------------------------------
ARTICLE = {
    "articles": [
        {
            "text": "پشاور میں نئی سڑک کا افتتاح کر دیا گیا۔",
            "title": "نئی سڑک",
            "source": "API",
            "published": "2024-05-01",
        }
    ]
}


def test_ingest_needs_the_token(writable_db: Path) -> None:
    with client_for(settings_for(writable_db)) as c:
        assert error_of(c.post("/api/ingest", json=ARTICLE)) == (401, "unauthorized")
        r = c.post("/api/ingest", json=ARTICLE, headers={"Authorization": "Bearer wrong-token-0123456789"})
        assert error_of(r) == (401, "unauthorized")
        assert r.headers["www-authenticate"] == "Bearer"
    with client_for(settings_for(writable_db, api_token=None)) as c:
        r = c.post("/api/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
        assert error_of(r) == (403, "writes_disabled")


def test_ingest_adds_once_and_the_article_is_searchable(writable_db: Path) -> None:
    with client_for(settings_for(writable_db)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        first = c.post("/api/ingest", json=ARTICLE, headers=auth).json()
        assert (first["added"], first["duplicates"], first["failed"]) == (1, 0, 0)
        again = c.post("/api/ingest", json=ARTICLE, headers={"X-API-Token": TOKEN}).json()
        assert (again["added"], again["duplicates"]) == (0, 1)
        hits = c.get("/api/search", params={"q": "پشاور"}).json()
        assert [h["title"] for h in hits["results"]] == ["نئی سڑک"]
        bad = c.post("/api/ingest", json={"articles": [{"text": "   "}]}, headers=auth).json()
        assert bad["failed"] == 1
        assert bad["failures"][0]["origin"] == "request#1"


# --- the app around the API ---------------------------------------------------------------------------
def test_an_empty_database_is_created_and_served(tmp_path: Path) -> None:
    with client_for(settings_for(tmp_path / "new" / "corpus.sqlite")) as c:
        assert c.get("/api/documents").json()["total"] == 0
        assert c.get("/api/search", params={"q": "کراچی"}).json()["total"] == 0
        assert c.get("/api/stats").json()["documents"] == 0
        for page in ("/", "/search?q=کراچی", "/documents", "/analyze", "/events", "/quotes"):
            assert c.get(page).status_code == 200, page


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/api/analyze",
        "/api/documents",
        "/api/documents/{id}",
        "/api/search",
        "/api/entities/{key}",
        "/api/events",
        "/api/quotes",
        "/api/ingest",
    } <= set(spec["paths"])
    assert "DocumentModel" in spec["components"]["schemas"]
    docs = client.get("/docs")
    if docs.status_code == 200:  # swagger-ui-bundle installed ([web] extra)
        assert "/docs-assets/swagger-ui-bundle.js" in docs.text
        assert "cdn" not in docs.text
        assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_security_headers(client: TestClient) -> None:
    r = client.get("/search")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "path",
    [
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/static/app.py",
        "/fonts/..%2f..%2f..%2fetc%2fpasswd",
        "/fonts/%2e%2e/%2e%2e/etc/passwd",
        "/fonts/passwd",
        "/docs-assets/..%2findex.html",
        "/docs-assets/index.html",
    ],
)
def test_no_path_traversal(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "root:" not in r.text
    assert "import" not in r.text


def test_static_files_and_fonts_are_served(client: TestClient) -> None:
    css = client.get("/static/app.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")
    fonts = client.app.state.fonts  # type: ignore[attr-defined]
    for name in fonts.files:
        r = client.get(f"/fonts/{name}")
        assert r.status_code == 200
        assert r.content[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true")
    assert ("@font-face" in client.get("/fonts.css").text) == bool(fonts.files)

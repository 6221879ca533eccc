"""Ingest: every source format, idempotence, and each kind of bad input reported with a clear reason
while the rest of the batch goes on. Feeds and pages are served from 127.0.0.1 (no internet)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from khabar.corpus.fetch import Fetcher
from khabar.corpus.ingest import Ingester, ingest
from khabar.corpus.records import Article, Failure, Progress, parse_date
from khabar.corpus.store import Store
from khabar.doc.jsonio import unpack
from khabar.doc.model import Document
from khabar.errors import KhabarError
from khabar.pipeline import Pipeline

BODY = "وزیر اعظم نے کہا کہ حکومت نئی پالیسی لائے گی اور اس پر عمل جلد شروع ہوگا۔"


def page(title: str, body: str, date: str = "2024-03-05") -> bytes:
    paras = "".join(f"<p>{body} {k}</p>" for k in range(3))
    return (f"<html><head><title>{title}</title><meta name=\"author\" content=\"نمائندہ خصوصی\">"
            f"<meta property=\"article:published_time\" content=\"{date}T10:00:00+05:00\"></head>"
            f"<body><nav><a href='/'>home</a></nav><article><h1>{title}</h1>{paras}</article>"
            "<footer>copyright</footer></body></html>").encode()


def test_text_jsonl_html_and_counter_files(tmp_path: Path, store: Store, nlp: Pipeline) -> None:
    (tmp_path / "a.txt").write_text("لاہور میں بارش ہوئی۔", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({
        "id": "j1", "text": "کراچی میں اجلاس ہوا۔", "title": "اجلاس", "url": "http://x/1",
        "published": "Mon, 01 Dec 2014 10:00:00 +0500", "source": "Dawn"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (tmp_path / "c.html").write_bytes(page("نئی پالیسی", BODY))
    (tmp_path / "0001.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><COUNTER_document classification="PD" domain="sports" '
        'filename="0001.xml" newsdate="01.12.14" newspaper="APP"><headline>سرخی</headline>'
        "<body>ڈھاکہ ۔ بنگلہ دیش نے میچ جیت لیا۔</body></COUNTER_document>", encoding="utf-8")
    seen: list[Progress] = []
    summary = ingest([str(tmp_path)], store, nlp=nlp, progress=seen.append)
    assert (summary.added, summary.duplicates, summary.failures) == (4, 0, ())
    assert [p.done for p in seen] == [1, 2, 3, 4]
    assert seen[-1].added == 4
    rows = store.conn.execute("SELECT doc_id, title, source, published, author FROM documents ORDER BY id"
                              ).fetchall()
    assert rows == [
        ("counter:0001.xml", "سرخی", "APP", "2014-12-01", ""),
        (str(tmp_path / "a.txt"), "", "", None, ""),
        ("j1", "اجلاس", "Dawn", "2014-12-01T10:00:00+05:00", ""),
        (str(tmp_path / "c.html"), "نئی پالیسی", "", "2024-03-05", "نمائندہ خصوصی"),
    ]


def test_rerunning_adds_nothing_twice(tmp_path: Path, store: Store, nlp: Pipeline) -> None:
    (tmp_path / "a.txt").write_text("لاہور میں بارش ہوئی۔", encoding="utf-8")
    (tmp_path / "b.txt").write_text("لاہور  میں   بارش ہوئی۔\n", encoding="utf-8")  # same after normalizing
    first = ingest([str(tmp_path)], store, nlp=nlp)
    again = ingest([str(tmp_path)], store, nlp=nlp)
    assert (first.added, first.duplicates) == (1, 1)
    assert (again.added, again.duplicates) == (0, 2)
    assert len(store) == 1


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("bad.txt", b"\xd9\x84\xd8\xa7\xff\xfe", "not valid UTF-8 at byte 4"),
    ("empty.txt", b"", "the input is empty"),
    ("blank.txt", b"  \n\t ", "only whitespace"),
    ("nav.html", b"<html><body><nav><a href='/'>x</a></nav></body></html>", "no main text found in the HTML"),
    ("broken.xml", b"<?xml version='1.0'?><COUNTER_document><body>", "not well-formed XML"),
    ("feed.rss", b"<rss><channel><item><title>x</title>", "not a valid RSS/Atom feed"),
    ("x.xml", b"<?xml version='1.0'?><inventory><item/></inventory>", "not a COUNTER document nor an RSS"),
    ("bad.parquet", b"PAR1 not really", "not a readable Parquet file"),
])
def test_bad_input_is_reported_and_the_batch_goes_on(tmp_path: Path, store: Store, nlp: Pipeline, *,
                                                     name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz_good.txt").write_text("لاہور میں بارش ہوئی۔", encoding="utf-8")
    summary = ingest([str(tmp_path)], store, nlp=nlp)
    assert summary.added == 1
    assert [f.origin for f in summary.failures] == [str(tmp_path / name)]
    assert reason in summary.failures[0].reason


def test_bad_jsonl_lines_are_reported_with_their_line_numbers(tmp_path: Path, store: Store,
                                                              nlp: Pipeline) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "1", "text": "لاہور میں بارش ہوئی۔"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "2", "title": "no text"}),
        json.dumps({"id": "1", "text": "کراچی میں اجلاس ہوا۔"}, ensure_ascii=False),  # duplicate id
        json.dumps(["a list"]),
        json.dumps({"id": "3", "text": "۔۔۔"}, ensure_ascii=False) if False else
        json.dumps({"id": "3", "text": "کوئٹہ میں برف باری ہوئی۔"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    summary = ingest([str(src)], store, nlp=nlp)
    assert summary.added == 2
    reasons = {f.origin.rsplit(":", 1)[1]: f.reason for f in summary.failures}
    assert sorted(reasons) == ["2", "3", "4", "5"]
    assert reasons["2"].startswith("not valid JSON")
    assert "has no text" in reasons["3"]
    assert reasons["4"].startswith("duplicate id '1': document 1 has this id with another text")
    assert "must be a JSON object" in reasons["5"]


def test_an_unreadable_file_is_reported(tmp_path: Path, store: Store, nlp: Pipeline,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("لاہور میں بارش ہوئی۔", encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    summary = ingest([str(f)], store, nlp=nlp)
    assert summary.failures[0].reason == f"{f}: permission denied; check the file's permissions"


@pytest.mark.parametrize(("value", "iso"), [
    ("01.12.14", "2014-12-01"),
    ("2017-03-22T03:45:15 GMT", "2017-03-22T03:45:15+00:00"),
    ("2024-03-05", "2024-03-05"),
    ("Mon, 01 Dec 2014 10:00:00 +0500", "2014-12-01T10:00:00+05:00"),
    ("yesterday", None),
    ("31.02.14", None),
])
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


# --- feeds and pages from a local server ---------------------------------------------------------
class _Site(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(1.0)
        status, ctype, body = self.pages.get(self.path, (404, "text/plain", b"not found"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    items = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><guid>{p}</guid>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 +0500</pubDate><description>{d}</description></item>"
        for t, p, d in [("پالیسی", "/a", ""), ("بارش", "/slow", BODY + " " + BODY),
                        ("غائب", "/missing", ""), ("خالی", "/nav", "")])
    _Site.pages = {
        "/feed.xml": (200, "application/rss+xml",
                      f"<?xml version='1.0'?><rss version='2.0'><channel><title>خبریں</title>{items}"
                      "</channel></rss>".encode()),
        "/a": (200, "text/html", page("نئی پالیسی", BODY)),
        "/slow": (200, "text/html", page("بارش", "لاہور میں بارش ہوئی اور سڑکیں ڈوب گئیں۔")),
        "/nav": (200, "text/html", b"<html><body><nav>x</nav></body></html>"),
        "/broken.xml": (200, "application/rss+xml", b"<rss><channel><item><title>x"),
    }
    _Site.agents = []
    yield base
    server.shutdown()
    server.server_close()


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_feed_from_a_url_follows_its_links_politely(site: str, store: Store, nlp: Pipeline) -> None:
    fetcher = Fetcher(timeout_s=0.3, delay_s=0.0)
    summary = ingest([f"{site}/feed.xml"], store, nlp=nlp, fetcher=fetcher)
    # /a: the page; /slow: timed out, the item's own description stands in; /missing: 404 and no
    # description; /nav: no main text and no description
    assert summary.added == 2
    reasons = [f.reason for f in summary.failures]
    assert "HTTP 404" in reasons[0]
    assert "content is too short" in reasons[0]
    assert reasons[1].startswith("the linked page has no main text")
    rows = store.conn.execute("SELECT doc_id, title, source, published, url FROM documents ORDER BY id"
                              ).fetchall()
    assert rows == [("/a", "پالیسی", "خبریں", "2024-03-05T05:00:00+00:00", f"{site}/a"),
                    ("/slow", "بارش", "خبریں", "2024-03-05T05:00:00+00:00", f"{site}/slow")]
    assert all(a.startswith("khabar/") for a in _Site.agents)


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_feed_url_that_times_out_or_is_malformed_is_reported(site: str, store: Store,
                                                               nlp: Pipeline) -> None:
    fetcher = Fetcher(timeout_s=0.3, delay_s=0.0)
    summary = ingest([f"{site}/slow", f"{site}/broken.xml"], store, nlp=nlp, fetcher=fetcher)
    assert summary.added == 0
    assert "no answer within 0.3 s (timed out)" in summary.failures[0].reason
    assert "not a valid RSS/Atom feed" in summary.failures[1].reason


@pytest.mark.data
def test_counter_pairs_are_found_as_near_duplicates(data_dir: Path, tmp_path: Path, nlp: Pipeline) -> None:
    """A handful of COUNTER pairs: a wholly derived copy is marked as a near-duplicate of its source;
    the full precision/recall is measured by benchmarks/corpus.py."""
    xml = data_dir / "news" / "counter" / "xml"
    files = sorted(str(f) for pattern in ("004*.xml", "006*.xml", "016*.xml") for f in xml.glob(pattern))
    with Store(tmp_path / "c.sqlite") as s:
        summary = ingest(files, s, nlp=nlp)
        assert summary.failed == 0
        pairs = s.conn.execute(
            "SELECT a.doc_id, b.doc_id FROM documents a JOIN documents b ON a.near_duplicate_of = b.id"
        ).fetchall()
    found = {(x.removeprefix("counter:")[:4], y.removeprefix("counter:")[:4]) for x, y in pairs}
    assert {("0043", "0043"), ("0064", "0064"), ("0166", "0166"), ("0168", "0168")} <= found
    assert all(x == y for x, y in found)  # no false positive among these 60 documents


class _FailsOn:
    """A component that refuses documents holding ``word`` (a stand-in for a component's error)."""

    name: ClassVar[str] = "fails_on"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ()
    config = None

    def __init__(self, word: str) -> None:
        self.word = word

    def __call__(self, doc: Document) -> Document:
        if self.word in doc.text:
            raise KhabarError(f"cannot read {self.word}")
        return doc


def _stored(s: Store) -> list[tuple[str, str, str, int | None]]:
    return s.conn.execute("SELECT doc_id, text, document, near_duplicate_of FROM documents ORDER BY id"
                          ).fetchall()


def test_a_window_of_articles_is_stored_as_one_at_a_time_stores_it(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest analyzes the new articles of a window together (the recognizer decodes them at once);
    what it stores and reports is what adding them one by one gives: a text an earlier article of the
    window has is a duplicate, an id it took is refused, an article that fails fails alone, an
    article whose text failed before it is tried on its own, a near-duplicate of an article of the
    window is marked, and the documents are identical."""
    import khabar

    base = khabar.load()
    nlp = Pipeline([*base.components, _FailsOn("خرابی")], name="default")
    items: list[Article | Failure] = [
        Article("عمران خان نے لاہور میں کہا کہ انتخابات وقت پر ہوں گے۔", doc_id="a", origin="1"),
        Article("عمران خان نے لاہور میں کہا کہ انتخابات وقت پر ہوں گے۔", doc_id="b", origin="2"),
        Article("نواز شریف نے اسلام آباد میں وزیر اعظم سے ملاقات کی۔", doc_id="a", origin="3"),
        Failure("4", "binary data, not text"),
        Article("کراچی میں خرابی کے باعث بجلی بند رہی۔", doc_id="c", origin="5"),
        Article("وزیر خارجہ شاہ محمود قریشی نے کابل کا دورہ کیا۔", doc_id="d", origin="6"),
        Article("کراچی میں خرابی کے باعث بجلی بند رہی۔", doc_id="e", origin="7"),
        Article("عمران خان نے لاہور میں کہا کہ انتخابات وقت پر ہوں گے ۔", doc_id="f", origin="8"),
    ]
    results = []
    piped: list[int] = []
    pipe = nlp.pipe

    def counted(docs: Iterable[Document]) -> Iterator[Document]:
        out = list(pipe(docs))
        piped.append(len(out))
        return iter(out)

    monkeypatch.setattr(nlp, "pipe", counted)
    for batch in (1, 4, 32):
        seen: list[Progress] = []
        with Store(tmp_path / f"{batch}.sqlite") as s:
            summary = Ingester(s, nlp).run(items, progress=seen.append, batch=batch)
            results.append((summary.added, summary.duplicates, summary.near_duplicates,
                            [(f.origin, f.reason) for f in summary.failures], _stored(s)))
        assert [p.done for p in seen] == list(range(1, 9))
        assert seen[-1].added == 3
    # batch 4: items 1 and 3 are analyzed together (2 has 1's text); 5, 6 and 8 fail together (5 does),
    # then go one by one, as the eight do with batch 32
    assert piped == [2]
    one, four, window = results
    assert four == one
    assert window == one
    added, dups, near, failures, stored = window
    assert (added, dups, near) == (3, 1, 1)
    assert [origin for origin, _ in failures] == ["3", "4", "5", "7"]
    assert "duplicate id 'a'" in failures[0][1]
    assert failures[2][1] == "fails_on on document c: cannot read خرابی"
    assert failures[3][1] == "fails_on on document e: cannot read خرابی"
    assert [(row[0], row[3]) for row in stored] == [("a", None), ("d", None), ("f", 1)]  # f: a's words
    # analyzed by the whole pipeline, the recognizer included
    assert "PERSON" in {e["label"] for e in unpack(stored[1][2])["entities"]}

"""Reading articles from sources: text files, directories, JSONL, HTML pages, RSS/Atom feeds (from
a file or a URL), the COUNTER XML format and Parquet written by ``khabar analyze --out``.

:func:`read_sources` yields one :class:`~khabar.corpus.records.Article` per article, or a
:class:`~khabar.corpus.records.Failure` for an article (or a whole source) that cannot be read —
one bad document never stops the others. Files are read through :mod:`khabar.inputs` (encodings,
binary data, size limits, each with its own message).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from khabar.corpus.errors import FetchError
from khabar.corpus.fetch import Fetcher
from khabar.corpus.records import Article, Failure, parse_date, struct_time_iso
from khabar.errors import KhabarError
from khabar.inputs import DEFAULT_MAX_BYTES, decode_bytes, read_path

#: File name endings read from a directory, and the reader each gets.
SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".xml", ".rss", ".atom", ".parquet")
#: Main text shorter than this (in letters) is "no main text" (a navigation page, an error page).
MIN_MAIN_TEXT_LETTERS = 25
#: JSONL fields of an article; ``text`` is required, the others optional.
JSONL_FIELDS = ("id", "text", "title", "url", "published", "source", "author")

Item = Article | Failure
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Files and URLs named by ``sources``: a directory becomes its readable files (recursively,
    sorted, by :data:`SUFFIXES`). A path that does not exist is an error, raised before anything is
    read (almost always a typo)."""
    from khabar.errors import InputError

    out: list[str] = []
    for src in sources:
        if is_url(src):
            out.append(src)
            continue
        p = Path(src)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                raise InputError(f"{p}: the directory holds no file khabar can ingest "
                                 f"({', '.join(SUFFIXES)})")
            out.extend(found)
        elif p.exists():
            out.append(src)
        else:
            raise InputError(f"{p}: no such file or directory; check the path")
    return out


def read_sources(sources: Iterable[str], *, fetcher: Fetcher | None = None, follow_links: bool = True,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every article of every source (see :func:`expand_sources`), in order."""
    for src in expand_sources(sources):
        yield from read_source(src, fetcher=fetcher, follow_links=follow_links, max_bytes=max_bytes)


def read_source(src: str, *, fetcher: Fetcher | None = None, follow_links: bool = True,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The articles of one file or URL (the format is told by the file name ending, and for ``.xml``
    and URLs by the content)."""
    if is_url(src):
        fetcher = fetcher or Fetcher()
        try:
            got = fetcher.fetch(src)
        except FetchError as exc:
            yield Failure(src, str(exc))
            return
        if _looks_like_feed(got.body):
            yield from read_feed(got.body, origin=src, fetcher=fetcher, follow_links=follow_links)
        else:
            yield _html_item(got.body, origin=src, url=got.url)
        return
    suffix = Path(src).suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(src, max_bytes=max_bytes)
        elif suffix == ".parquet":
            yield from read_parquet(src)
        elif suffix in (".html", ".htm"):
            yield _html_item(_read_bytes(src, max_bytes), origin=src, url="")
        elif suffix in (".xml", ".rss", ".atom"):
            data = _read_bytes(src, max_bytes)
            root = _root_tag(data)
            if root.lower() == "counter_document":
                yield read_counter(data, origin=src)
            elif _looks_like_feed(data) or suffix != ".xml":
                yield from read_feed(data, origin=src, fetcher=fetcher, follow_links=follow_links)
            else:
                what = f"its root element is <{root}>" if root else "no root element was found"
                yield Failure(src, f"not a COUNTER document nor an RSS/Atom feed ({what}); khabar reads "
                                   "those XML formats only")
        else:
            text = read_path(src, max_bytes=max_bytes)
            yield Article(text.text, doc_id=src, origin=src, meta={"encoding": text.encoding})
    except KhabarError as exc:
        yield Failure(src, str(exc))


def _read_bytes(src: str, max_bytes: int) -> bytes:
    """The bytes of a file, with :func:`khabar.inputs.read_path`'s checks (size, permissions)."""
    from khabar.errors import InputError

    p = Path(src)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{src}: the file is {size:,} bytes, over the limit of {max_bytes:,} for one "
                             "source; raise it with --max-bytes")
        return p.read_bytes()
    except PermissionError:
        raise InputError(f"{src}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{src}: cannot read: {exc.strerror or exc}") from None


# --- JSONL -----------------------------------------------------------------------------------------
def read_jsonl(src: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One article per line: ``{"text": ..., "title", "url", "published", "source", "author", "id"}``.
    A bad line is reported with its line number and the others are still read."""
    from khabar.errors import InputError

    try:
        fh = open(src, "rb")  # noqa: SIM115 - closed below; streamed line by line
    except OSError as exc:
        raise InputError(f"{src}: cannot read: {exc.strerror or exc}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            origin = f"{src}:{n}"
            if not line.strip():
                continue
            if len(line) > max_bytes:
                yield Failure(origin, f"the line is {len(line):,} bytes, over the limit of {max_bytes:,}")
                continue
            try:
                decoded = decode_bytes(line, source=origin).text
                obj = json.loads(decoded)
            except KhabarError as exc:
                yield Failure(origin, str(exc))
                continue
            except json.JSONDecodeError as exc:
                yield Failure(origin, f"not valid JSON ({exc.msg} at column {exc.colno}); each line must "
                                      "be one JSON object")
                continue
            yield _jsonl_article(obj, origin)


def _jsonl_article(obj: Any, origin: str) -> Item:
    if not isinstance(obj, dict):
        return Failure(origin, "a line must be a JSON object with a \"text\" field, not "
                               f"{type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(origin, "the article has no text (the \"text\" field is missing or empty)")
    doc_id = obj.get("id") or obj.get("url") or origin
    meta = {k: v for k, v in obj.items() if k not in JSONL_FIELDS}
    return Article(text, doc_id=str(doc_id), origin=origin, title=str(obj.get("title") or ""),
                   url=str(obj.get("url") or ""), published=parse_date(obj.get("published")),
                   source=str(obj.get("source") or ""), author=str(obj.get("author") or ""), meta=meta)


# --- HTML ------------------------------------------------------------------------------------------
def extract_html(data: bytes | str, *, url: str = "") -> dict[str, Any] | None:
    """trafilatura's main text and metadata (title, author, date) of a web page, or None."""
    import trafilatura

    out = trafilatura.extract(data, output_format="json", with_metadata=True, url=url or None,
                              include_comments=False)
    if not out:
        return None
    result: dict[str, Any] = json.loads(out)
    return result


def _html_item(data: bytes, *, origin: str, url: str) -> Item:
    if not data.strip():
        return Failure(origin, "the page is empty (0 bytes of HTML)")
    found = extract_html(data, url=url)
    text = (found or {}).get("text") or ""
    if sum(ch.isalpha() for ch in text) < MIN_MAIN_TEXT_LETTERS:
        return Failure(origin, "no main text found in the HTML (a navigation, index or error page?); "
                               "give the article's own page")
    assert found is not None
    return Article(text, doc_id=url or origin, origin=origin, title=found.get("title") or "", url=url,
                   published=parse_date(found.get("date")), author=found.get("author") or "",
                   source=found.get("sitename") or found.get("hostname") or "")


# --- feeds -----------------------------------------------------------------------------------------
def _root_tag(data: bytes) -> str:
    m = re.search(rb"<([A-Za-z_][\w:.-]*)[\s>/]", re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"",
                                                           data[:4096], flags=re.DOTALL))
    return m.group(1).decode("ascii", "replace").split(":")[-1] if m else ""


def _looks_like_feed(data: bytes) -> bool:
    return _root_tag(data) in ("rss", "feed", "RDF")


def read_feed(data: bytes, *, origin: str, fetcher: Fetcher | None = None,
              follow_links: bool = True) -> Iterator[Item]:
    """The items of an RSS/Atom feed. With ``follow_links`` each item's link is fetched (politely)
    and its main text extracted; when the page cannot be fetched or has no main text the item's own
    content is used if it has enough text, else the item is reported as failed."""
    import xml.sax

    import feedparser

    parsed = feedparser.parse(data)
    exc = parsed.get("bozo_exception")
    # feedparser recovers what it can from broken XML; a feed that is not well-formed is refused
    # (its items may be cut off), an encoding mismatch it could decode is not
    if parsed.get("bozo") and (isinstance(exc, xml.sax.SAXException) or not parsed.entries):
        yield Failure(origin, f"not a valid RSS/Atom feed ({exc}); check the address or the file")
        return
    if not parsed.entries:
        yield Failure(origin, "the feed has no items")
        return
    feed_title = str(parsed.feed.get("title") or "")
    for k, entry in enumerate(parsed.entries):
        yield _feed_item(entry, k, origin, feed_title, fetcher if follow_links else None)


def _entry_text(entry: Any) -> str:
    parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    html = "\n".join(p for p in parts if p)
    if "<" in html:
        found = extract_html(f"<html><body><article>{html}</article></body></html>")
        return (found or {}).get("text") or ""
    return html


def _feed_item(entry: Any, k: int, origin: str, feed_title: str, fetcher: Fetcher | None) -> Item:
    link = str(entry.get("link") or "")
    item_origin = f"{origin}#{k + 1}" + (f" ({link})" if link else "")
    title = str(entry.get("title") or "")
    published = struct_time_iso(entry.get("published_parsed") or entry.get("updated_parsed")) \
        or parse_date(entry.get("published"))
    doc_id = str(entry.get("id") or link or item_origin)
    text, author, why = "", str(entry.get("author") or ""), ""
    if fetcher is not None and link:
        try:
            page = fetcher.fetch(link)
            found = extract_html(page.body, url=page.url)
            text = (found or {}).get("text") or ""
            if found:
                title = title or found.get("title") or ""
                author = author or found.get("author") or ""
                published = published or parse_date(found.get("date"))
            if sum(ch.isalpha() for ch in text) < MIN_MAIN_TEXT_LETTERS:
                text, why = "", "the linked page has no main text"
        except FetchError as exc:
            why = str(exc)
    if not text:
        text = _entry_text(entry)
        if sum(ch.isalpha() for ch in text) < MIN_MAIN_TEXT_LETTERS:
            reason = why or ("its linked page was not fetched (links are followed by khabar ingest, not "
                             "by khabar analyze)" if link else "the item has no link to follow")
            return Failure(item_origin, f"{reason}, and the item's own content is too short to stand for "
                                        "the article")
    return Article(text, doc_id=doc_id, origin=item_origin, title=title, url=link, published=published,
                   source=feed_title, author=author)


# --- COUNTER ---------------------------------------------------------------------------------------
def read_counter(data: bytes, *, origin: str) -> Item:
    """One COUNTER document (``<COUNTER_document newsdate="dd.mm.yy" newspaper=... domain=...
    classification=...><headline/><body/>``); the attributes go to ``meta``."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return Failure(origin, f"not well-formed XML ({exc}); is the file complete?")
    body = (root.findtext("body") or "").strip()
    if not body:
        return Failure(origin, "the COUNTER document has an empty <body>")
    name = root.get("filename") or Path(origin).name
    meta = {k: root.get(k) for k in ("classification", "domain") if root.get(k)}
    title = (root.findtext("headline") or "").strip()
    return Article(body, doc_id=f"counter:{name}", origin=origin, title=title,
                   published=parse_date(root.get("newsdate")), source=root.get("newspaper") or "",
                   meta=meta)


# --- Parquet ---------------------------------------------------------------------------------------
def read_parquet(src: str) -> Iterator[Item]:
    """Rows of a ``khabar.parquet/1`` file (``khabar analyze --out``, ``khabar export --format
    parquet``): a row with a ``document`` (Document JSON) is stored as analyzed; a row with an
    ``error`` is reported as failed. A directory ``DIR.parquet`` of part files is read in order."""
    from khabar.errors import InputError

    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is in the [scale] and [dev] extras
        raise InputError(f"{src}: reading Parquet needs pyarrow: pip install 'khabar[scale]'") from None
    try:
        pf = pq.ParquetFile(src)
    except Exception as exc:  # pyarrow raises its own ArrowInvalid/OSError family
        raise InputError(f"{src}: not a readable Parquet file ({exc})") from None
    names = set(pf.schema_arrow.names)
    if "text" not in names and "raw_text" not in names and "document" not in names:
        raise InputError(f"{src}: the Parquet file has none of the columns document, raw_text, text; "
                         "it was not written by khabar (see docs/corpus.md for the schema)")
    row = 0
    for batch in pf.iter_batches(batch_size=512):
        for rec in batch.to_pylist():
            row += 1
            yield _parquet_article(rec, f"{src}:row {row}")


def _parquet_article(rec: dict[str, Any], origin: str) -> Item:
    if rec.get("error"):
        return Failure(origin, f"analysis failed: {rec['error']}")
    doc_json = rec.get("document")
    text = rec.get("raw_text") or rec.get("text") or ""
    if doc_json:
        try:
            text = json.loads(doc_json)["raw_text"]
        except (ValueError, KeyError, TypeError):
            return Failure(origin, "the document column is not khabar.document/1 JSON")
    if not text or not str(text).strip():
        return Failure(origin, "the row has no text")
    return Article(str(text), doc_id=str(rec.get("doc_id") or origin), origin=origin,
                   title=str(rec.get("title") or ""), url=str(rec.get("url") or ""),
                   published=parse_date(rec.get("published")), source=str(rec.get("source") or ""),
                   author=str(rec.get("author") or ""), document_json=doc_json or None)



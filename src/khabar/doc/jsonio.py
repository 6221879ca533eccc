"""Document <-> JSON (``"schema": "khabar.document/1"``)."""

from __future__ import annotations

import json
import zlib
from typing import Any

from khabar.doc.alignment import Alignment
from khabar.doc.model import TOKEN_ATTRS, Document, Entity, Event, Notice, Quote, Span, Timex
from khabar.errors import AnnotationError, SchemaError

SCHEMA = "khabar.document/1"


def _span(data: Any, where: str) -> Span:
    try:
        return Span.from_json(data)
    except (TypeError, ValueError, AnnotationError) as exc:
        raise SchemaError(f"{where}: not a span [start, end, token_start, token_end]: {exc}") from exc


def _token_rows(text: str, columns: dict[str, Any]) -> list[dict[str, Any]]:
    """Token objects (``start``, ``end``, ``text``, ``space_after`` only when False, the attributes that
    are not None) from token columns (``start``, ``end``, ``space_after`` when any is False, one list
    per attribute present)."""
    starts, ends = columns["start"], columns["end"]
    after = columns.get("space_after") or [True] * len(starts)
    tokens: list[dict[str, Any]] = [
        {"start": s, "end": e, "text": text[s:e]} if sa else {"start": s, "end": e, "text": text[s:e],
                                                               "space_after": False}
        for s, e, sa in zip(starts, ends, after, strict=True)
    ]
    for k in TOKEN_ATTRS:
        col = columns.get(k)
        if col is not None:
            for t, v in zip(tokens, col, strict=True):
                if v is not None:
                    t[k] = v
    return tokens


def _token_columns(doc: Document) -> dict[str, Any]:
    cols = doc._tok
    out: dict[str, Any] = {"start": list(cols.starts), "end": list(cols.ends)}
    if not all(doc.space_after):
        out["space_after"] = list(doc.space_after)
    for k in TOKEN_ATTRS:
        col = cols.attrs.get(k)
        if col is not None:
            out[k] = list(col)
    return out


def to_dict(doc: Document, *, token_columns: bool = False) -> dict[str, Any]:
    """The JSON-ready form of ``doc`` (stable key order). ``token_columns``: the tokens as one list per
    field, without their text (:func:`pack`'s form), not one object per token."""
    assert doc.alignment is not None
    cols = _token_columns(doc)
    tokens = cols if token_columns else _token_rows(doc.text, cols)
    return {
        "schema": SCHEMA,
        "id": doc.id,
        "meta": doc.meta,
        "raw_text": doc.raw_text,
        "text": doc.text,
        "alignment": doc.alignment.to_json(),
        "tokens": tokens,
        "sentences": [s.to_json() for s in doc.sentences],
        "entities": [
            {"span": e.span.to_json(), "label": e.label, "kb_id": e.kb_id, "canonical": e.canonical,
             "english": e.english, "group": e.group, "score": e.score, "source": e.source,
             "country": e.country, "role": e.role}
            for e in doc.entities
        ],
        "quotes": [
            {"cue": q.cue.to_json(), "content": q.content.to_json(), "kind": q.kind,
             "speaker": q.speaker,
             "speaker_span": q.speaker_span.to_json() if q.speaker_span else None,
             "source": q.source, "issuer": q.issuer,
             "issuer_span": q.issuer_span.to_json() if q.issuer_span else None}
            for q in doc.quotes
        ],
        "events": [
            {"trigger": e.trigger.to_json(), "code": e.code, "label": e.label,
             "sentence": e.sentence, "actor1": e.actor1, "actor2": e.actor2,
             "location": e.location, "time": e.time, "confidence": e.confidence, "source": e.source,
             "actor1_span": e.actor1_span.to_json() if e.actor1_span else None,
             "actor2_span": e.actor2_span.to_json() if e.actor2_span else None, "date": e.date,
             "actor1_country": e.actor1_country, "actor1_role": e.actor1_role,
             "actor2_country": e.actor2_country, "actor2_role": e.actor2_role, "quote": e.quote}
            for e in doc.events
        ],
        "dates": [
            {"span": t.span.to_json(), "kind": t.kind, "value": t.value, "end": t.end, "part": t.part,
             "source": t.source}
            for t in doc.dates
        ],
        "keyphrases": doc.keyphrases,
        "summary": doc.summary,
        "notices": [n.to_json() for n in doc.notices],
        "provenance": doc.provenance,
    }


def from_dict(data: Any) -> Document:
    """Rebuild a Document; an unknown schema or a broken invariant is a :class:`SchemaError`."""
    if not isinstance(data, dict):
        raise SchemaError("a document must be a JSON object")
    schema = data.get("schema")
    if schema != SCHEMA:
        raise SchemaError(
            f"unknown document schema {schema!r}: this khabar reads {SCHEMA!r}; "
            "upgrade khabar or re-export the document"
        )
    try:
        text = data["text"]
        raw = data.get("raw_text", text)
        if not isinstance(text, str) or not isinstance(raw, str):
            raise SchemaError("text and raw_text must be strings")
        alignment = Alignment.from_json(len(raw), len(text), data.get("alignment", []))
        doc = Document(text=text, raw_text=raw, alignment=alignment, id=data.get("id", ""),
                       meta=dict(data.get("meta") or {}))
        toks = data.get("tokens") or []
        if toks:
            doc.set_tokens([t["start"] for t in toks], [t["end"] for t in toks],
                           [bool(t.get("space_after", True)) for t in toks])
            for k in TOKEN_ATTRS:
                if any(k in t for t in toks):
                    doc.set_token_attr(k, [t.get(k) for t in toks])
            for i, t in enumerate(toks):
                if "text" in t and t["text"] != text[t["start"]:t["end"]]:
                    raise SchemaError(f"token {i}: text {t['text']!r} does not match its offsets")
        doc.sentences = [_span(s, f"sentence {i}") for i, s in enumerate(data.get("sentences", []))]
        doc.entities = [
            Entity(_span(e["span"], f"entity {i}"), e["label"], e.get("kb_id"), e.get("canonical"),
                   e.get("english"), e.get("group"), e.get("score"), e.get("source", ""),
                   e.get("country"), e.get("role"))
            for i, e in enumerate(data.get("entities", []))
        ]
        doc.quotes = [
            Quote(_span(q["cue"], f"quote {i} cue"), _span(q["content"], f"quote {i} content"),
                  q["kind"], q.get("speaker"),
                  _span(q["speaker_span"], f"quote {i} speaker") if q.get("speaker_span") else None,
                  q.get("source", ""), q.get("issuer"),
                  _span(q["issuer_span"], f"quote {i} issuer") if q.get("issuer_span") else None)
            for i, q in enumerate(data.get("quotes", []))
        ]
        doc.events = [
            Event(_span(e["trigger"], f"event {i}"), e["code"], e["label"], e["sentence"],
                  e.get("actor1"), e.get("actor2"), e.get("location"), e.get("time"),
                  e.get("confidence", 1.0), e.get("source", ""),
                  _span(e["actor1_span"], f"event {i} actor1") if e.get("actor1_span") else None,
                  _span(e["actor2_span"], f"event {i} actor2") if e.get("actor2_span") else None,
                  e.get("date"), e.get("actor1_country"), e.get("actor1_role"), e.get("actor2_country"),
                  e.get("actor2_role"), e.get("quote"))
            for i, e in enumerate(data.get("events", []))
        ]
        doc.dates = [
            Timex(_span(t["span"], f"date {i}"), t["kind"], t.get("value"), t.get("end"), t.get("part"),
                  t.get("source", ""))
            for i, t in enumerate(data.get("dates", []))
        ]
        doc.keyphrases = list(data.get("keyphrases", []))
        doc.summary = list(data.get("summary", []))
        doc.notices = [Notice(n["code"], n["message"], n.get("component", ""))
                       for n in data.get("notices", [])]
        doc.provenance = dict(data.get("provenance", {}))
        doc.validate()
    except SchemaError:
        raise
    except (KeyError, TypeError, ValueError, AnnotationError) as exc:
        raise SchemaError(f"malformed document JSON: {type(exc).__name__}: {exc}") from exc
    return doc


def pack(doc: Document) -> bytes:
    """The Document JSON compact for storage: its tokens as columns without their text, zlib level 1.
    :func:`unpack` gives :func:`to_dict`'s form back. Over COUNTER articles about a sixth of the
    plain JSON's size, in less time than writing the plain JSON."""
    data = json.dumps(to_dict(doc, token_columns=True), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(data.encode("utf-8"), 1)


def unpack(data: bytes | str) -> dict[str, Any]:
    """:func:`to_dict`'s form of a stored Document: :func:`pack`'s bytes, or plain Document JSON (text)."""
    try:
        out = json.loads(zlib.decompress(data) if isinstance(data, bytes) else data)
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaError(f"not a stored Document: {exc}") from exc
    if not isinstance(out, dict):
        raise SchemaError("a stored Document must be a JSON object")
    tokens = out.get("tokens")
    if isinstance(tokens, dict):
        try:
            out["tokens"] = _token_rows(out["text"], tokens)
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"malformed token columns: {type(exc).__name__}: {exc}") from exc
    return out


def dumps(doc: Document, *, indent: int | None = None) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def loads(text: str) -> Document:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"not JSON: {exc}") from exc
    return from_dict(data)

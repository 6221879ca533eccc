"""Document invariants, token columns, spans, JSON round trip and schema versioning."""

from __future__ import annotations

import json

import pytest

import khabar
from khabar.doc import (
    SCHEMA,
    Document,
    Entity,
    Event,
    Quote,
    Span,
    Timex,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from khabar.errors import AnnotationError, SchemaError

RAW = "رہبر انقلاب نے فرمایاكہ  امریکی پابندیاں ناکام ہوئیں۔ انھوں نے کہا کہ ہم مضبوط ہیں۔"


@pytest.fixture
def doc() -> Document:
    return khabar.load()(RAW)


def test_tokens_match_their_offsets(doc):
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text
    assert [t.text for t in doc.tokens][:6] == ["رہبر", "انقلاب", "نے", "فرمایا", "کہ", "امریکی"]


def test_token_raw_span_is_the_users_characters(doc):
    # the raw فرمایاكہ (Arabic kaf, no space) became فرمایا کہ: a space was inserted at raw 21, the
    # kaf was mapped, and the double space after it is one space in the text
    assert doc.text.startswith("رہبر انقلاب نے فرمایا کہ امریکی")
    spans = [((t.start, t.end), doc.raw_span((t.start, t.end))) for t in doc.tokens[3:6]]
    assert spans == [((15, 21), (15, 21)), ((22, 24), (21, 23)), ((25, 31), (25, 31))]
    assert doc.raw_token_text(3) == "فرمایا"
    assert doc.raw_token_text(4) == "كہ"
    assert doc.raw_text[25:31] == "امریکی"


def test_sentences_are_token_ranges(doc):
    assert [doc.span_text(s) for s in doc.sentences] == [
        "رہبر انقلاب نے فرمایا کہ امریکی پابندیاں ناکام ہوئیں۔",
        "انھوں نے کہا کہ ہم مضبوط ہیں۔",
    ]
    assert [(s.token_start, s.token_end) for s in doc.sentences] == [(0, 10), (10, 18)]


def test_changes_record_every_difference(doc):
    assert [(c.raw_start, c.raw_end, c.before, c.after) for c in doc.changes()] == [
        (21, 21, "", " "),
        (21, 22, "ك", "ک"),
        (23, 25, "  ", " "),
    ]


def test_bad_token_offsets_are_refused():
    d = Document("اردو خبر")
    with pytest.raises(AnnotationError, match="overlaps the previous one"):
        d.set_tokens([0, 3], [4, 8])
    with pytest.raises(AnnotationError, match="leaves the text"):
        d.set_tokens([0], [99])
    d.set_tokens([0, 5], [4, 8])
    with pytest.raises(AnnotationError, match="2 tokens"):
        d.set_token_attr("upos", ["NOUN"])
    with pytest.raises(AnnotationError, match="unknown token attribute"):
        d.set_token_attr("colour", ["x", "y"])


def test_raw_text_without_alignment_is_refused():
    with pytest.raises(AnnotationError, match="no alignment"):
        Document("ی", raw_text="ي\u200c")


def test_span_invariants():
    with pytest.raises(AnnotationError):
        Span(3, 1)
    with pytest.raises(AnnotationError):
        Span(0, 1, 2, -1)
    d = khabar.load()("وزیر اعظم نے ملاقات کی")
    assert d.char_span(0, 9) == Span(0, 9, 0, 2)
    assert d.token_span(2, 4) == Span(10, 19, 2, 4)


def test_json_round_trip_keeps_every_layer(doc):
    doc.set_token_attr("upos", ["NOUN"] * len(doc.tokens))
    doc.entities = [Entity(doc.token_span(0, 2), "PERSON", kb_id="Q57336", english="Ali Khamenei")]
    doc.quotes = [Quote(doc.token_span(12, 17), doc.token_span(13, 17), "indirect", speaker=0,
                        speaker_span=doc.token_span(10, 11)),
                  Quote(doc.token_span(12, 17), doc.token_span(13, 17), "indirect", issuer=0,
                        issuer_span=doc.token_span(10, 11))]
    doc.events = [Event(doc.token_span(3, 4), "010", "make statement", 0, actor1=0,
                        actor2_span=doc.token_span(5, 6))]
    doc.dates = [Timex(doc.token_span(0, 1), "relative", "2024-05-13", part="evening", source="rule:x")]
    doc.notice("input.test", "a note")
    text = dumps(doc)
    again = loads(text)
    assert dumps(again) == text
    assert (again.quotes[1].speaker, again.quotes[1].issuer, again.quotes[1].issuer_span) == (
        None, 0, doc.token_span(10, 11))
    doc.quotes = [Quote(doc.token_span(12, 17), doc.token_span(13, 17), "indirect", issuer=3)]
    with pytest.raises(AnnotationError, match="quote 0 names issuer 3 of 1 entities"):
        doc.validate()
    assert json.loads(text)["schema"] == SCHEMA
    assert again.tokens[0].upos == "NOUN"
    assert again.raw_text == RAW
    assert again.events[0].actor2_span == doc.token_span(5, 6)
    assert again.dates[0].value == "2024-05-13"


def test_unknown_schema_is_a_clear_error(doc):
    data = to_dict(doc)
    data["schema"] = "khabar.document/99"
    with pytest.raises(SchemaError, match=r"unknown document schema 'khabar\.document/99'"):
        from_dict(data)


def test_json_with_broken_offsets_is_a_clear_error(doc):
    data = to_dict(doc)
    data["tokens"][0]["end"] = 999
    with pytest.raises(SchemaError, match="malformed document JSON"):
        from_dict(data)
    data = to_dict(doc)
    data["tokens"][0]["text"] = "غلط"
    with pytest.raises(SchemaError, match="does not match its offsets"):
        from_dict(data)
    with pytest.raises(SchemaError, match="not JSON"):
        loads("{")


def test_validate_checks_references(doc):
    n = len(doc.entities)
    doc.quotes = [Quote(Span(0, 1), Span(0, 1), "direct", speaker=n + 2)]
    with pytest.raises(AnnotationError, match=f"speaker {n + 2} of {n} entities"):
        doc.validate()


def test_validate_checks_an_events_date_index(doc):
    doc.quotes = []
    doc.events = [Event(Span(0, 1), "040", "CONSULT", 0, date=len(doc.dates))]
    with pytest.raises(AnnotationError, match=f"event 0 date={len(doc.dates)} is not one of"):
        doc.validate()


def test_a_packed_document_unpacks_to_the_same_json(doc):
    """jsonio.pack (the corpus store's form: token columns without their text, zlib) unpacks to
    to_dict's form, key order included; plain Document JSON text unpacks too (rows of older stores)."""
    from khabar.doc.jsonio import pack, unpack

    doc.set_token_attr("upos", ["NOUN"] * (len(doc.tokens) - 1) + [None])
    doc.entities = [Entity(doc.token_span(0, 2), "PERSON", kb_id="Q57336", english="Ali Khamenei")]
    assert not all(doc.space_after)  # ہوئیں۔: a token with no space after it
    packed = pack(doc)
    assert isinstance(packed, bytes)
    plain = dumps(doc)
    assert json.dumps(unpack(packed), ensure_ascii=False) == plain
    assert len(packed) < len(plain.encode("utf-8")) / 2
    assert dumps(from_dict(unpack(packed))) == plain
    assert unpack(plain) == to_dict(doc)
    for bad in (b"not zlib", "{", "[1, 2]", pack(doc)[:-4]):
        with pytest.raises(SchemaError, match="stored Document"):
            unpack(bad)

"""Alignment: mapping, composition of successive rewrites, and the change record."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc.alignment import Alignment, Change, Edit
from khabar.urdu.normalize import _sub_with_edits


def rewrite(text: str, pattern: str, repl: str) -> tuple[str, list[Edit]]:
    return _sub_with_edits(regex.compile(pattern), repl, text)


def check_consistent(raw: str, text: str, al: Alignment) -> None:
    """Outside the edits, raw and text are the same characters, in order."""
    r = n = 0
    for e in (*al.edits, Edit(len(raw), len(raw), len(text), len(text))):
        assert raw[r:e.r_start] == text[n:e.n_start]
        r, n = e.r_end, e.n_end


def test_identity_maps_every_offset_to_itself():
    al = Alignment.identity(5)
    assert [al.to_raw(i) for i in range(6)] == [0, 1, 2, 3, 4, 5]
    assert al.span_to_raw(1, 3) == (1, 3)


def test_deletion_inside_a_word_widens_the_raw_span():
    # "کتـاب" (tatweel at raw 2) -> "کتاب"
    raw = "کتـاب ہے"
    text, edits = rewrite(raw, "ـ", "")
    al = Alignment.identity(len(raw)).then(edits, len(text))
    assert text == "کتاب ہے"
    assert al.edits == (Edit(2, 3, 2, 2),)
    assert al.span_to_raw(0, 4) == (0, 5)
    assert raw[slice(*al.span_to_raw(5, 7))] == "ہے"


def test_deleted_characters_at_span_edges_stay_outside():
    raw = "\u200cمیں\u200c"  # ZWNJ on both sides of the word
    text, edits = rewrite(raw, "\u200c", "")
    al = Alignment.identity(len(raw)).then(edits, len(text))
    assert text == "میں"
    assert al.span_to_raw(0, 3) == (1, 4)


def test_insertion_maps_to_an_empty_raw_range():
    raw = "فرمایاکہ"
    text, edits = rewrite(raw, "(?<=فرمایا)(?=کہ)", " ")
    al = Alignment.identity(len(raw)).then(edits, len(text))
    assert text == "فرمایا کہ"
    assert al.edits == (Edit(6, 6, 6, 7),)
    assert al.span_to_raw(0, 6) == (0, 6)
    assert al.span_to_raw(7, 9) == (6, 8)
    assert al.span_to_raw(6, 7) == (6, 6)


def test_composition_of_two_steps():
    raw = "اےک  کتـاب"
    t1, e1 = rewrite(raw, "ـ", "")  # delete tatweel
    a1 = Alignment.identity(len(raw)).then(e1, len(t1))
    t2, e2 = rewrite(t1, " {2,}", " ")  # collapse spaces
    a2 = a1.then(e2, len(t2))
    assert t2 == "اےک کتاب"
    assert a2.edits == (Edit(3, 5, 3, 4), Edit(7, 8, 6, 6))
    assert raw[slice(*a2.span_to_raw(4, 8))] == "کتـاب"
    check_consistent(raw, t2, a2)


def test_overlapping_steps_merge_into_one_region():
    raw = "aXYb"
    t1, e1 = rewrite(raw, "XY", "Z")
    a1 = Alignment.identity(4).then(e1, len(t1))
    t2, e2 = rewrite(t1, "Zb", "")
    a2 = a1.then(e2, len(t2))
    assert t2 == "a"
    assert a2.edits == (Edit(1, 4, 1, 1),)


def test_changes_lists_replacements_and_substitutions():
    raw = "ي  ك"
    al = Alignment(4, 3, [Edit(1, 3, 1, 2)])
    assert list(al.changes(raw, "ی ک")) == [
        Change(0, 1, 0, 1, "ي", "ی"),
        Change(1, 3, 1, 2, "  ", " "),
        Change(3, 4, 2, 3, "ك", "ک"),
    ]


def test_from_raw_and_json_round_trip():
    al = Alignment(6, 5, [Edit(1, 3, 1, 2)])
    assert [al.from_raw(i) for i in range(7)] == [0, 1, 1, 2, 3, 4, 5]
    assert Alignment.from_json(6, 5, al.to_json()) == al


_REWRITES = st.lists(
    st.sampled_from([("b", ""), ("a", "xy"), ("ab", "Q"), ("  +", " "), ("^ | $", ""), ("(?=c)", "-"),
                     ("xy", "z"), ("-c", "C"), ("[bc]{2}", ""), ("y", ""), ("x", "ww"), ("zw", "")]),
    min_size=1, max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc ", max_size=24), _REWRITES)
def test_composed_alignment_is_consistent_with_any_rewrite_sequence(raw, steps):
    text = raw
    al = Alignment.identity(len(raw))
    for pattern, repl in steps:
        text, edits = rewrite(text, pattern, repl)
        al = al.then(edits, len(text))
    assert (al.raw_length, al.length) == (len(raw), len(text))
    check_consistent(raw, text, al)
    # mapping is monotone and covers the whole input
    mapped = [al.to_raw(i) for i in range(len(text) + 1)]
    assert mapped == sorted(mapped)
    assert al.span_to_raw(0, len(text))[0] >= 0

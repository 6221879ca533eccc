"""Tokenization rules (khabar.urdu.tokens): one table row per rule, exact token strings and offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.urdu.tokens import KINDS, token_kind, tokenize

# (rule, text, [(token, start), ...])
CASES = [
    ("punct", "انہوں نے کہا: ''یہ ٹھیک ہے۔''",
     [("انہوں", 0), ("نے", 6), ("کہا", 9), (":", 12), ("''", 14), ("یہ", 16), ("ٹھیک", 19), ("ہے", 24),
      ("۔", 26), ("''", 27)]),
    ("arabic_comma", "فوج، پولیس اور عوام؟",
     [("فوج", 0), ("،", 3), ("پولیس", 5), ("اور", 11), ("عوام", 15), ("؟", 19)]),
    ("ascii_decimal", "کل صبح 9.30 بجے 17.26 کروڑ",
     [("کل", 0), ("صبح", 3), ("9.30", 7), ("بجے", 12), ("17.26", 16), ("کروڑ", 22)]),
    ("urdu_digits", "قیمت ۱۲۵ روپے اور ٢٠ فیصد",
     [("قیمت", 0), ("۱۲۵", 5), ("روپے", 9), ("اور", 14), ("٢٠", 18), ("فیصد", 21)]),
    ("date_slash", "تاریخ 12/05/2024 کو",
     [("تاریخ", 0), ("12/05/2024", 6), ("کو", 17)]),
    ("date_iso", "اجلاس 2024-05-12 کو ہوا",
     [("اجلاس", 0), ("2024-05-12", 6), ("کو", 17), ("ہوا", 20)]),
    ("time", "دوسرے دن 4:10 بجے صبح",
     [("دوسرے", 0), ("دن", 6), ("4:10", 9), ("بجے", 14), ("صبح", 18)]),
    ("percent", "نتیجہ 27.82% اور %5 رہا",
     [("نتیجہ", 0), ("27.82%", 6), ("اور", 13), ("%5", 17), ("رہا", 20)]),
    ("thousands", "1,000 روپے اور 2,50,000 ووٹ",
     [("1,000", 0), ("روپے", 6), ("اور", 11), ("2,50,000", 15), ("ووٹ", 24)]),
    ("urdu_full_stop_between_digits", "شرح 6۔30 فیصد رہی۔",
     [("شرح", 0), ("6۔30", 4), ("فیصد", 9), ("رہی", 14), ("۔", 17)]),
    ("spaced_range", "2001 - 2002 ء سے",
     [("2001", 0), ("-", 5), ("2002", 7), ("ء", 12), ("سے", 14)]),
    ("url_without_final_stop", "ویب سائٹ https://www.dawn.com/news/123.html۔ دیکھیں",
     [("ویب", 0), ("سائٹ", 4), ("https://www.dawn.com/news/123.html", 9), ("۔", 43), ("دیکھیں", 45)]),
    ("www", "تفصیل www.bbc.com/urdu پر",
     [("تفصیل", 0), ("www.bbc.com/urdu", 6), ("پر", 23)]),
    ("email", "رابطہ info@jang.com.pk پر کریں",
     [("رابطہ", 0), ("info@jang.com.pk", 6), ("پر", 23), ("کریں", 26)]),
    ("hashtag", "ٹرینڈ #پاکستان_زندہ_باد اور @ImranKhan",
     [("ٹرینڈ", 0), ("#پاکستان_زندہ_باد", 6), ("اور", 24), ("@ImranKhan", 28)]),
    ("latin_words", "سے orders دے کر Supreme Court نے",
     [("سے", 0), ("orders", 3), ("دے", 10), ("کر", 13), ("Supreme", 16), ("Court", 24), ("نے", 30)]),
    ("latin_apostrophe", "انہوں نے don't کہا",
     [("انہوں", 0), ("نے", 6), ("don't", 9), ("کہا", 15)]),
    ("alnum", "تاہم 2G اسپیکٹرم اور ڈبہ s-1 اور COVID-19 کے",
     [("تاہم", 0), ("2G", 5), ("اسپیکٹرم", 8), ("اور", 17), ("ڈبہ", 21), ("s-1", 25), ("اور", 29),
      ("COVID-19", 33), ("کے", 42)]),
    ("alnum_hyphens", "ہیلی کاپٹر AS - B350-B-3 مےں",
     [("ہیلی", 0), ("کاپٹر", 5), ("AS", 11), ("-", 14), ("B350-B-3", 16), ("مےں", 25)]),
    ("latin_initials", "DOMA P.D ورنگل اور U.S. کے",
     [("DOMA", 0), ("P.D", 5), ("ورنگل", 9), ("اور", 15), ("U.S.", 19), ("کے", 24)]),
    ("latin_titles", "Mr. Smith اور Dr. Khan",
     [("Mr.", 0), ("Smith", 4), ("اور", 10), ("Dr.", 14), ("Khan", 18)]),
    ("zwnj_joined", "ٹیلی\u200cویژن پر",
     [("ٹیلی\u200cویژن", 0), ("پر", 10)]),
    ("underscore_joined", "کریں_گے۔",
     [("کریں_گے", 0), ("۔", 7)]),
    ("doubled_quotes", "’’سیاست‘‘ اور ‘‘خبر’’",
     [("’’", 0), ("سیاست", 2), ("‘‘", 7), ("اور", 10), ("‘‘", 14), ("خبر", 16), ("’’", 19)]),
    ("ellipsis_runs", "اور پھر... خاموشی۔۔۔",
     [("اور", 0), ("پھر", 4), ("...", 7), ("خاموشی", 11), ("۔۔۔", 17)]),
    ("brackets", "(ایس ایس اے) پر",
     [("(", 0), ("ایس", 1), ("ایس", 5), ("اے", 9), (")", 11), ("پر", 13)]),
    ("mark_before_latin", "سے ٔorders دے",
     [("سے", 0), ("ٔorders", 3), ("دے", 11)]),
    ("other_scripts", "ہندی میں नमस्ते दुनिया اور café",
     [("ہندی", 0), ("میں", 5), ("नमस्ते", 9), ("दुनिया", 16), ("اور", 23), ("café", 27)]),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_tokenize(rule: str, text: str, expected: list[tuple[str, int]]) -> None:
    starts, ends = tokenize(text)
    assert [(text[s:e], s) for s, e in zip(starts, ends, strict=True)] == expected
    for (tok, s), e in zip(expected, ends, strict=True):
        assert e == s + len(tok)


@pytest.mark.parametrize(("token", "kind"), [
    ("پاکستان", "word"), ("https://x.pk/a", "url"), ("a@b.pk", "email"), ("#خبر", "hashtag"),
    ("U.S.", "abbrev"), ("2G", "alnum"), ("12/05/2024", "number"), ("Court", "latin"),
    ("नमस्ते", "letters"), ("۔", "punct"), ("''", "punct"),
])
def test_token_kind(token: str, kind: str) -> None:
    assert kind in KINDS
    assert token_kind(token) == kind


def test_tokenize_a_slice_keeps_text_offsets() -> None:
    text = "پہلا جملہ۔ دوسرا جملہ۔"
    starts, ends = tokenize(text, 11)
    assert [(text[s:e], s) for s, e in zip(starts, ends, strict=True)] == [
        ("دوسرا", 11), ("جملہ", 17), ("۔", 21)]


def test_empty_and_blank_text() -> None:
    assert tokenize("") == ([], [])
    assert tokenize(" \n ") == ([], [])


@given(st.text(alphabet=st.sampled_from(list("اب پ۔،؟!.'12٣abc-_ \n\u200c%@#:/")), max_size=40))
def test_tokens_cover_every_non_space_character_once(text: str) -> None:
    starts, ends = tokenize(text)
    covered = "".join(text[s:e] for s, e in zip(starts, ends, strict=True))
    assert covered == "".join(ch for ch in text if not ch.isspace())
    assert all(not any(ch.isspace() for ch in text[s:e]) for s, e in zip(starts, ends, strict=True))

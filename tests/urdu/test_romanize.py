"""Romanization of Urdu names and Roman-Urdu search keys (scheme: docs/romanization.md)."""

from __future__ import annotations

import pytest

from khabar.urdu.romanize import from_phones, roman_key, romanize, romanize_name


@pytest.mark.parametrize(("urdu", "latin"), [
    ("لوکاشنکوو", "Lokashnko"),
    ("خامنہ ای", "Khamna I"),
    ("علی", "Ali"),
    ("وزیر", "Wazir"),
    ("ملاقات", "Malaqat"),
    ("ایران", "Iran"),
    ("کراچی", "Karachi"),
    ("نواز شریف", "Nawaz Sharif"),
    ("اوباما", "Obama"),
    ("بھٹو", "Bhato"),
    ("لاہور", "Lahor"),
    # an Arabic article: joined to عبد as Pakistani names spell it, assimilated to a sun letter; alone
    # before a consonant (or ع) as English writes Arab names; never before another vowel letter
    ("عبدالقادر", "Abdul Qadr"),
    ("عبدالرزاق", "Abdur Razaq"),
    ("عبدالستار", "Abdus Satar"),
    ("عمر البشیر", "Amr Al Bashir"),  # without the lexicon, which knows عمر as umar
    ("العربیہ", "Al Arbih"),
    ("الیاس", "Alyas"),
])
def test_romanize_name(urdu: str, latin: str) -> None:
    assert romanize_name(urdu) == latin


def test_vowel_marks_are_spelled() -> None:
    assert romanize("مُحَمَّد") == "muhammad"


def test_lexicon_wins() -> None:
    assert romanize("پاکستان") == "pakstan"
    assert romanize("پاکستان", {"پاکستان": "pakistan"}) == "pakistan"


#: a lexicon as the knowledge base compiles it (name_spellings.tsv): the article's halves of names
LEXICON = {"عمر": "umar", "الحق": "ul haq", "اللہ": "ullah", "الدین": "ud din", "الرحمن": "ur rehman",
           "شمس": "shams", "ظفر": "zafar"}


@pytest.mark.parametrize(("urdu", "latin"), [
    ("ظفرالحق", "Zafar Ul Haq"),  # the lexicon's second half, typed joined
    ("ضیاءاللہ", "Zaya Ullah"),
    ("نورالحق", "Nor Ul Haq"),  # a first half it lacks: by the letters
    ("عمرالبشیر", "Umar Al Bashir"),  # a first half it knows, before an Arab article
    ("شمس‌الدین", "Shams Ud Din"),  # joined by a ZWNJ
    ("سیف‌الرحمن", "Sif Ur Rehman"),
    ("عبدالرحمن", "Abdur Rehman"),  # عبد + article: one given name, as before
    ("جلال", "Jalal"),  # no article: no split
    ("کمالات", "Kamalat"),
    ("عمرالیاس", "Amralyas"),  # ال before a vowel letter is no article
])
def test_a_name_typed_as_one_word_is_split_at_its_article(urdu: str, latin: str) -> None:
    assert romanize_name(urdu, LEXICON) == latin


def test_from_phones() -> None:
    assert from_phones("p aa . k i . s t aa n") == "pakistan"
    assert from_phones("k a . r aa . c ii") == "karachi"


@pytest.mark.parametrize(("a", "b"), [
    ("Lukashenko", "lokashnko"),
    ("Khamenei", "khamna"),
    ("Qureshi", "kureshi"),
    ("Wazir", "vazeer"),
])
def test_roman_keys_meet(a: str, b: str) -> None:
    assert roman_key(a) == roman_key(b)


def test_roman_key_of_romanization_meets_english() -> None:
    assert roman_key(romanize("لوکاشنکوو")) == roman_key("Lukashenko") == "lkSnk"


@pytest.mark.parametrize(("urdu", "latin"), [
    ("ایف آئی اے", "FIA"),  # letters spelled out: an abbreviation
    ("بی بی سی اردو", "BBC Urdu"),
    ("سی ٹی ڈی", "CTD"),
    ("ن", "N"),  # one letter alone stays a word
    ("نیشنل بینک آف پاکستان", "National Bank of Pakistan"),  # English function words after the first
    ("پارلیمنٹ ہاؤس", "Parliament House"),
])
def test_abbreviations_english_words_and_function_words_in_names(urdu: str, latin: str) -> None:
    lexicon = {"نیشنل": "national", "بینک": "bank", "آف": "of", "پاکستان": "pakistan",
               "پارلیمنٹ": "parliament", "ہاؤس": "house", "اردو": "urdu"}
    assert romanize_name(urdu, lexicon) == latin


@pytest.mark.parametrize(("urdu", "latin"), [
    ("پولیس", "Police"),  # loanword_spellings.tsv: English words in Urdu script
    ("لاہور ہائی کورٹ", "Lahore High Court"),  # a place the knowledge base spells in English
    ("سندھ ہائیکورٹ", "Sindh High Court"),  # a value of two words
    ("کراچی پریس کلب", "Karachi Press Club"),
    ("پاکستان ہاکی فیڈریشن", "Pakistan Hockey Federation"),
    ("شام", "Sham"),  # Syria is a translation, not a spelling of شام: not in the lexicon
    ("عمر آفریدی", "Umar Afridi"),  # name_spellings.tsv as before
])
def test_the_shipped_lexicon_spells_english_words_and_places(urdu: str, latin: str) -> None:
    from khabar.ml.kb import default_kb

    assert romanize_name(urdu, default_kb().roman) == latin

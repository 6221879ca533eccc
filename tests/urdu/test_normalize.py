"""Every normalization rule, as a table of real Urdu (input, expected text, expected edits)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from khabar.doc.alignment import Edit
from khabar.errors import ConfigError
from khabar.urdu.normalize import RULES, Normalizer, NormalizerConfig, normalize

# rule name -> [(raw, expected text, expected edits as (r_start, r_end, n_start, n_end))]
CASES: dict[str, list[tuple[str, str, list[tuple[int, int, int, int]]]]] = {
    "nfc": [
        ("گي\u0654ے", "گئے", [(1, 3, 1, 2)]),  # yeh + hamza above composes to ئ, then ي→ی is not needed
        ("ا\u0653پ", "آپ", [(0, 2, 0, 1)]),  # alef + madda → آ
        ("ہو\u0654ا", "ہؤا", [(1, 3, 1, 2)]),
    ],
    "invisible_controls": [
        ("\ufeffخبر", "خبر", [(0, 1, 0, 0)]),
        ("پاکستان\u200f میں", "پاکستان میں", [(7, 8, 7, 7)]),
        ("\u202bاردو\u202c", "اردو", [(0, 1, 0, 0), (5, 6, 4, 4)]),
        ("پاک\u00adستان", "پاکستان", [(3, 4, 3, 3)]),  # soft hyphen
        ("خبر\ufe0f", "خبر", [(3, 4, 3, 3)]),  # variation selector
    ],
    "presentation_forms": [
        ("ﭘﺎﮐﺴﺘﺎﻥ", "پاکستان", []),
        ("ﻻﮨﻮﺭ", "لاہور", [(0, 1, 0, 2)]),  # the lam-alef ligature is two letters
        ("ﺑﮭﯽ", "بھی", []),
        ("محمد ﷺ", "محمد ﷺ", []),  # a word ligature stays as written
    ],
    "line_breaks": [
        ("پہلی سطر\r\nدوسری", "پہلی سطر\nدوسری", [(8, 10, 8, 9)]),
        ("ایک\rدو", "ایک\nدو", []),
    ],
    "tatweel": [
        ("کتـــاب", "کتاب", [(2, 5, 2, 2)]),
        ("اللـہ", "اللہ", [(3, 4, 3, 3)]),
    ],
    "diacritics": [
        ("مِسٹر", "مسٹر", [(1, 2, 1, 1)]),
        ("قُرآنِ پاک", "قرآن پاک", [(1, 2, 1, 1), (5, 6, 4, 4)]),
        ("اعلیٰ", "اعلی", [(4, 5, 4, 4)]),
        ("محمدﷺ", "محمدﷺ", []),  # a ligature is a word, not a mark
    ],
    "yeh_hamza": [
        ("مسی\u0654لہ", "مسئلہ", [(2, 4, 2, 3)]),
        # Arabic yeh + hamza above that NFC could not compose (a kashida stood between them)
        ("مسي\u0640\u0654لہ", "مسئلہ", [(2, 5, 2, 3)]),
    ],
    "yeh_barree_hamza": [
        ("گۓ", "گئے", [(1, 2, 1, 3)]),
        ("ہوۓ ہیں", "ہوئے ہیں", [(2, 3, 2, 4)]),
        ("جاے\u0654", "جائے", [(2, 4, 2, 4)]),  # decomposed: ے + hamza above
    ],
    "arabic_letters": [
        ("امريكي", "امریکی", []),
        ("على", "علی", []),
        ("صلوة", "صلوۃ", []),
        ("مسئلۀ کشمیر", "مسئلۂ کشمیر", []),
        ("بٱلخیر", "بالخیر", []),
    ],
    "arabic_heh": [
        ("بهی", "بھی", []),  # aspirate digraph
        ("بهت", "بہت", []),  # بہت is far more frequent than بھت
        ("که", "کہ", []),
        ("هم", "ہم", []),  # word-initial heh is always choti he
        ("شهر", "شہر", []),  # after a letter that takes no aspiration
        ("گهر", "گھر", []),
    ],
    "yeh_barree_medial": [
        ("مےں", "میں", []),
        ("اےک", "ایک", []),
        ("ہےں۔", "ہیں۔", []),
        ("بےروزگار", "بےروزگار", []),  # the prefix بے keeps its ے
        ("جائےگا", "جائےگا", []),  # a joined future ending is a missing space, not a typo
        ("رائےدہی", "رائےدہی", []),  # compound of رائے: the word list does not back ی
    ],
    "yeh_hamza_final": [
        ("فرد جرم عائد کر دی گئ۔", "فرد جرم عائد کر دی گئی۔", [(20, 21, 20, 22)]),
        ("سرینگر/ نئ دہلی", "سرینگر/ نئی دہلی", [(9, 10, 9, 11)]),
        ("کئ افراد", "کئی افراد", [(1, 2, 1, 3)]),
        ("وزرائ نے کہا", "وزراء نے کہا", []),  # the hamza of an Arabic plural, one letter for one
        ("2013ئ میں", "2013ء میں", []),  # a year's ء
        ("کے لئ", "کے لئ", []),  # لئے or لئی: the word lists back no completion
        ("مسئلہ", "مسئلہ", []),  # ئ inside a word stays
        ("کئ\u0654 افراد", "کئ\u0654 افراد", []),  # a mark after ئ: not word-final (kept idempotent)
    ],
    "waw_hamza_lost": [
        ("وزیر اعظم ہاو¿س", "وزیر اعظم ہاؤس", [(12, 14, 12, 13)]),  # a font converter's ¿ for the hamza
        ("وبا کا پھیلاو¿ روکا", "وبا کا پھیلاؤ روکا", [(12, 14, 12, 13)]),  # at a word's end too
        ("¿کیا", "¿کیا", []),  # not after و: no hamza was lost
    ],
    "waw_hamza": [
        ("پارٹی رہنمائوں نے", "پارٹی رہنماؤں نے", [(11, 13, 11, 12)]),
        ("حکومت پر دبائو", "حکومت پر دباؤ", [(12, 14, 12, 13)]),
        ("ہندوئوں اور دعوئوں", "ہندوؤں اور دعوؤں", [(4, 6, 4, 5), (15, 17, 14, 15)]),
        ("سیئول میں", "سیئول میں", []),  # Seoul: ئ and و are two letters, as the word lists write it
        ("گئو رکشا", "گئو رکشا", []),  # the word lists back no گؤ
    ],
    "digits": [
        ("۲۰۲۴ میں", "2024 میں", []),
        ("٣٥٪", "35%", []),
        ("۳٫۵", "3.5", []),
    ],
    "space_variants": [
        ("خامنہ\u00a0ای", "خامنہ ای", []),
        ("اردو\tزبان", "اردو زبان", []),
        ("اسلام\u200bآباد", "اسلام آباد", []),
    ],
    "zwnj_redundant": [
        ("بات\u200c چیت", "بات چیت", [(3, 4, 3, 3)]),
        ("\u200cخبر", "خبر", [(0, 1, 0, 0)]),
    ],
    "zwj": [
        ("پی\u200dایچ", "پیایچ", [(2, 3, 2, 2)]),
    ],
    "zwnj_policy": [
        ("بات\u200cچیت", "بات\u200cچیت", []),  # kept by default: a sub-word boundary
    ],
    "nfc_again": [
        ("ه\u0654", "ۂ", [(0, 2, 0, 1)]),  # heh + hamza: ه→ہ leaves ہ+ٔ, composed to ۂ
    ],
    "whitespace": [
        ("وزیر  اعظم", "وزیر اعظم", [(4, 6, 4, 5)]),
        ("  خبر ", "خبر", [(0, 2, 0, 0), (5, 6, 3, 3)]),
        ("سطر \n دوسری", "سطر\nدوسری", [(3, 6, 3, 4)]),
        ("الف\n\n\n\nب", "الف\n\nب", [(3, 7, 3, 5)]),
        ("الف\n\nب", "الف\n\nب", []),
    ],
}


def test_every_rule_has_cases():
    assert {r.name for r in RULES} == set(CASES)


def test_every_rule_has_a_reason():
    for rule in RULES:
        assert rule.reason, rule.name
        assert "\n" not in rule.reason, rule.name


@pytest.mark.parametrize(
    ("rule", "raw", "expected", "edits"),
    [(name, raw, exp, ed) for name, cases in CASES.items() for raw, exp, ed in cases],
)
def test_rule(rule, raw, expected, edits):
    result = normalize(raw)
    assert result.text == expected
    assert [(e.r_start, e.r_end, e.n_start, e.n_end) for e in result.alignment.edits] == edits
    # offsets outside the edits correspond one to one
    r = n = 0
    for e in (*result.alignment.edits, Edit(len(raw), len(raw), len(expected), len(expected))):
        assert e.r_start - r == e.n_start - n, e
        r, n = e.r_end, e.n_end


def test_only_the_named_rule_fires_alone():
    # Each rule can run on its own (rules are data: a tuple of Rule values)
    yeh = next(r for r in RULES if r.name == "yeh_barree_medial")
    assert Normalizer(rules=(yeh,))("مےں  گۓ").text == "میں  گۓ"


@pytest.mark.parametrize(
    ("config", "raw", "expected"),
    [
        ({"digits": "urdu"}, "2024 میں 35%", "۲۰۲۴ میں ۳۵٪"),
        ({"digits": "keep"}, "۲۰۲۴ اور 2024", "۲۰۲۴ اور 2024"),
        ({"strip_diacritics": False}, "مِسٹر", "مِسٹر"),
        ({"zwnj": "remove"}, "بات\u200cچیت", "باتچیت"),
        ({"zwnj": "space"}, "بات\u200cچیت", "بات چیت"),
        ({"fix_yeh_barree": False}, "مےں", "مےں"),
        ({"fix_final_yeh_hamza": False}, "دی گئ", "دی گئ"),
        ({"fix_waw_hamza": False}, "رہنمائوں کا دبائو ہاو¿س", "رہنمائوں کا دبائو ہاو¿س"),
    ],
)
def test_config(config, raw, expected):
    assert normalize(raw, NormalizerConfig(**config)).text == expected


def test_bad_config_is_a_clear_error():
    with pytest.raises(ConfigError, match="digits must be one of"):
        NormalizerConfig(digits="roman")


def test_design_example_sentence():
    raw = "رہبر انقلاب اسلامی آيت اللہ العظمی سید علی خامنہ ای\u00a0نے فرمایاكہ"
    result = normalize(raw)
    assert result.text == "رہبر انقلاب اسلامی آیت اللہ العظمی سید علی خامنہ ای نے فرمایاکہ"
    assert result.alignment.is_identity  # every change kept the length
    assert [(c.raw_start, c.before, c.after) for c in
            result.alignment.changes(raw, result.text)] == [
        (20, "ي", "ی"), (51, "\u00a0", " "), (61, "ك", "ک")]


_URDUISH = st.text(
    alphabet=[*"اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئؤ",
              "ي", "ك", "ه", "ى", "ة", "ۀ", "ۓ", "ـ", "\u064e", "\u0650", "\u0654", "\u0653", " ",
              "\u00a0", "\u200c", "\u200d", "\n", "\r", "۔", "،", "۱", "٢", "3", "\ufeff"],
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_URDUISH)
@example("\u0627\u0626\u0654")  # ائٔ: the final-ئ rule once added ی before the hamza mark
def test_normalization_is_idempotent(raw):
    once = normalize(raw).text
    assert normalize(once).text == once


@settings(max_examples=300, deadline=None)
@given(_URDUISH)
def test_raw_input_is_rebuilt_from_text_and_changes(raw):
    result = normalize(raw)
    al = result.alignment
    assert (al.raw_length, al.length) == (len(raw), len(result.text))
    parts, pos = [], 0
    for c in al.changes(raw, result.text):
        assert result.text[c.start:c.end] == c.after
        parts += [result.text[pos:c.start], c.before]
        pos = c.end
    parts.append(result.text[pos:])
    assert "".join(parts) == raw

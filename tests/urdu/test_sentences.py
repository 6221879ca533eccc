"""Sentence rules (khabar.urdu.sentences): one table row per rule, exact sentence strings."""

from __future__ import annotations

import pytest

import khabar
from khabar.urdu.sentences import split_sentences
from khabar.urdu.tokens import tokenize


def sentences(text: str) -> list[str]:
    starts, ends = tokenize(text)
    return [text[starts[a]:ends[b - 1]] for a, b in split_sentences(text, starts, ends)]


# (rule, text, expected sentences)
CASES = [
    ("terminators", "یہ پہلا جملہ ہے۔ کیا یہ دوسرا ہے؟ واہ! آخری بات",
     ["یہ پہلا جملہ ہے۔", "کیا یہ دوسرا ہے؟", "واہ!", "آخری بات"]),
    ("closing_quote_stays", "انہوں نے کہا: ''یہ ٹھیک ہے۔'' پھر وہ چلے گئے۔",
     ["انہوں نے کہا: ''یہ ٹھیک ہے۔''", "پھر وہ چلے گئے۔"]),
    ("closing_bracket_stays", "(یہ خبر غلط ہے۔) حکومت نے وضاحت کی۔",
     ["(یہ خبر غلط ہے۔)", "حکومت نے وضاحت کی۔"]),
    ("opening_quote_goes_next", "وہ آ گئے ہیں۔ ''اب کام شروع ہوگا'' انہوں نے کہا۔",
     ["وہ آ گئے ہیں۔", "''اب کام شروع ہوگا'' انہوں نے کہا۔"]),
    ("line_break_headline", "وزیراعظم کا دورہ چین\nوزیراعظم آج چین روانہ ہوں گے۔",
     ["وزیراعظم کا دورہ چین", "وزیراعظم آج چین روانہ ہوں گے۔"]),
    ("line_break_list", "اہم نکات:\n- مہنگائی\n- بے روزگاری",
     ["اہم نکات:", "- مہنگائی", "- بے روزگاری"]),
    ("decimal_is_not_a_stop", "شرح 6.5 فیصد رہی۔ اگلے سال 7.2 فیصد ہوگی۔",
     ["شرح 6.5 فیصد رہی۔", "اگلے سال 7.2 فیصد ہوگی۔"]),
    ("latin_initials_are_not_a_stop", "انہیں DOMA P.D ورنگل مقرر کیا گیا۔ وہ خوش ہیں۔",
     ["انہیں DOMA P.D ورنگل مقرر کیا گیا۔", "وہ خوش ہیں۔"]),
    ("stop_after_abbreviation_dot", "یہ کمپنی Apple Inc.۔ اس کا دفتر کیلیفورنیا میں ہے۔",
     ["یہ کمپنی Apple Inc.۔", "اس کا دفتر کیلیفورنیا میں ہے۔"]),
    ("verb_dash", "تلاش کیا جا رہا ہے - گھنے جنگلات میں فوج بھیجی گئی۔",
     ["تلاش کیا جا رہا ہے -", "گھنے جنگلات میں فوج بھیجی گئی۔"]),
    ("verb_dash_after_quote", "شاعر نے کہا تھا کہ ''سحر ہوتی ہے'' - اس کے بعد خاموشی تھی۔",
     ["شاعر نے کہا تھا کہ ''سحر ہوتی ہے'' -", "اس کے بعد خاموشی تھی۔"]),
    ("verb_dash_joined_future", "اجلاس کل ہوگا - وزیر بھی آئیں گے۔",
     ["اجلاس کل ہوگا -", "وزیر بھی آئیں گے۔"]),
    ("dash_between_numbers", "اسکیم پر 2001 - 2002 ء سے عمل جاری ہے۔",
     ["اسکیم پر 2001 - 2002 ء سے عمل جاری ہے۔"]),
    ("dash_between_names", "ہند - پاک مذاکرات آج ہوئے۔",
     ["ہند - پاک مذاکرات آج ہوئے۔"]),
    ("comma_follows", "کیوں؟، انہوں نے پوچھا۔",
     ["کیوں؟، انہوں نے پوچھا۔"]),
    ("initial", "شاعر ن۔ م۔ راشد جدید نظم کے بانی تھے۔ ان کا انتقال لندن میں ہوا۔",
     ["شاعر ن۔ م۔ راشد جدید نظم کے بانی تھے۔", "ان کا انتقال لندن میں ہوا۔"]),
    ("year_sign_is_not_an_initial", "پہلا ایڈیشن 1947ء۔ دوسرا ایڈیشن 1950ء۔",
     ["پہلا ایڈیشن 1947ء۔", "دوسرا ایڈیشن 1950ء۔"]),
    ("letter_abbreviation", "علاقے کے ایس۔ ایچ۔ او نے مقدمہ درج کیا۔ ملزم فرار ہے۔",
     ["علاقے کے ایس۔ ایچ۔ او نے مقدمہ درج کیا۔", "ملزم فرار ہے۔"]),
    ("combining_name", "صدر نے آج ہند۔ ماریشیس تعاون پر زور دیا۔ دونوں ملک متفق ہیں۔",
     ["صدر نے آج ہند۔ ماریشیس تعاون پر زور دیا۔", "دونوں ملک متفق ہیں۔"]),
    ("dateline", "حیدرآباد۔ 12 مئی (سیاست نیوز) وزیر اعلیٰ نے اجلاس طلب کیا۔",
     ["حیدرآباد۔ 12 مئی (سیاست نیوز) وزیر اعلیٰ نے اجلاس طلب کیا۔"]),
    ("dateline_two_words", "نئی دہلی۔ حکومت نے بجٹ پیش کیا۔",
     ["نئی دہلی۔ حکومت نے بجٹ پیش کیا۔"]),
    ("list_number", "1۔ مہنگائی پر قابو پایا جائے۔ 2۔ تعلیم عام کی جائے۔",
     ["1۔ مہنگائی پر قابو پایا جائے۔", "2۔ تعلیم عام کی جائے۔"]),
    ("short_sentence_ending_in_verb", "ٹھیک ہے۔ اب چلیں۔",
     ["ٹھیک ہے۔", "اب چلیں۔"]),
    ("short_question_stays", "کیوں؟ اس نے پوچھا۔",
     ["کیوں؟", "اس نے پوچھا۔"]),
    ("dateline_on_its_own_line", "حیدرآباد۔\nوزیر اعلیٰ نے اجلاس طلب کیا۔",
     ["حیدرآباد۔", "وزیر اعلیٰ نے اجلاس طلب کیا۔"]),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_split_sentences(rule: str, text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_token_ranges_are_contiguous_and_complete() -> None:
    text = "پہلا جملہ ہے۔ دوسرا جملہ ہے!\nتیسرا"
    starts, ends = tokenize(text)
    assert split_sentences(text, starts, ends) == [(0, 4), (4, 8), (8, 9)]


def test_no_tokens_no_sentences() -> None:
    assert split_sentences("", [], []) == []


def test_pipeline_sentence_spans_use_normalized_offsets() -> None:
    doc = khabar.load()("یہ خبر\u00a0ہے۔  دوسری خبر ہے۔")
    assert doc.text == "یہ خبر ہے۔ دوسری خبر ہے۔"
    assert [(s.start, s.end, s.token_start, s.token_end) for s in doc.sentences] == [
        (0, 10, 0, 4), (11, 24, 4, 8)]
    assert [doc.span_text(s) for s in doc.sentences] == ["یہ خبر ہے۔", "دوسری خبر ہے۔"]

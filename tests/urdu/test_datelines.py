"""Datelines read from the tokens of a line: places, date, listed agencies and outlets, bylines."""

from __future__ import annotations

import pytest
import regex

from khabar.loading import load
from khabar.urdu.datelines import Dateline, dateline_sources, find_dateline, parse_dateline_sources

DATE_WORDS = ("اگست", "نومبر", "اکتوبر", "یکم", "منگل", "صبح")


def forms(text: str) -> list[str]:
    doc = load("text")(text)
    return [doc.text[s:e] for s, e in zip(doc.token_starts, doc.token_ends, strict=True)]


@pytest.mark.parametrize(("text", "expected"), [
    # place + full stop + date + (agency): بیجنگ ۔ 02 اگست ( اے پی پی ) چین
    ("بیجنگ ۔02 اگست (اے پی پی) چین نے کہا",
     Dateline(places=((0, 1),), organizations=((5, 8, "agency"),), bylines=(), date=(2, 4), bracket=(5, 8),
              end=9)),
    # a run of full stops is one token
    ("اسلام آباد۔۔۔۔۔حکومت نے فیصلہ کیا",
     Dateline(places=((0, 2),), organizations=(), bylines=(), date=None, bracket=None, end=3)),
    # two places; a byline of news agencies names no organisation
    ("بغداد،پیرس (نیوز ایجنسیاں) عراق میں",
     Dateline(places=((0, 1), (2, 3)), organizations=(), bylines=((4, 6),), date=None, bracket=(4, 6),
              end=7)),
    # a desk and an agency
    ("ڈھاکہ (سپورٹس ڈیسک/اے ایف پی ) تیج الاسلام نے",
     Dateline(places=((0, 1),), organizations=((5, 8, "agency"),), bylines=((2, 4),), date=None,
              bracket=(2, 8), end=9)),
    # a newspaper's own report names the newspaper
    ("لاہور (نوائے وقت رپورٹ) وزیراعظم",
     Dateline(places=((0, 1),), organizations=((2, 4, "outlet"),), bylines=((2, 5),), date=None,
              bracket=(2, 5), end=6)),
    # a weekday and a part of the day joined by کی; a correspondent is a byline
    ("لاہور ۔ منگل کی صبح (نمائندہ خصوصی) صوبائی وزیر",
     Dateline(places=((0, 1),), organizations=(), bylines=((6, 8),), date=(2, 5), bracket=(6, 8), end=9)),
    # no mark between the place and the date
    ("واشنگٹن 23 نومبر (اے پی پی) امریکی",
     Dateline(places=((0, 1),), organizations=((4, 7, "agency"),), bylines=(), date=(1, 3), bracket=(4, 7),
              end=8)),
])
def test_datelines(text: str, expected: Dateline) -> None:
    assert find_dateline(forms(text), 0, months=DATE_WORDS) == expected


@pytest.mark.parametrize("text", [
    "شکریہ۔ آپ نے کہا",  # one full stop after a word that is no known place
    "وزیراعظم نواز شریف (فائل فوٹو) نے کہا",  # brackets that name no listed source
    "سوات: عمران خان نے کہا",  # a colon, after a place nobody said was one
    "28 سال بعد انگلینڈ نے",  # digits are no place
])
def test_no_dateline(text: str) -> None:
    assert find_dateline(forms(text), 0, months=DATE_WORDS) is None


def test_a_single_mark_counts_after_a_known_place() -> None:
    f = forms("سوات: عمران خان نے کہا")
    assert find_dateline(f, 0, is_place=lambda a, b: f[a:b] == ["سوات"]) == Dateline(
        places=((0, 1),), organizations=(), bylines=(), date=None, bracket=None, end=2)


def test_the_date_words_come_from_the_date_lexicon() -> None:
    from khabar.urdu.datelines import date_words_of_datelines

    assert {"اگست", "یکم", "منگل", "صبح", "ربیع"} - date_words_of_datelines() == {"ربیع"}


def test_the_sources_lexicon() -> None:
    lex = dateline_sources()
    assert lex.sources[("اے", "پی", "پی")] == "agency"
    assert lex.sources[("نیٹ", "نیوز")] == "byline"
    assert {"ڈیسک", "رپورٹر", "نگار"} <= lex.byline_words
    from khabar.errors import ConfigError

    with pytest.raises(ConfigError, match="kind 'paper'"):
        parse_dateline_sources("source\tkind\tlink\tnote\nجنگ\tpaper\t-\tx\n")
    with pytest.raises(ConfigError, match="only agencies and outlets link"):
        parse_dateline_sources("source\tkind\tlink\tnote\nڈیسک\tbyline word\tkhabar:org/x\tx\n")
    assert lex.links[("آن", "لائن")] == "khabar:org/online"


def test_every_dateline_link_is_a_knowledge_base_entry() -> None:
    from khabar.ml.kb import default_kb

    kb = default_kb()
    assert dateline_sources().links
    for source, kb_id in dateline_sources().links.items():
        entry = kb.get(kb_id)
        assert entry is not None, (source, kb_id)
        assert entry.type == "ORGANIZATION", (source, kb_id)


def test_line_firsts_are_the_first_token_and_each_first_after_a_line_break() -> None:
    from khabar.urdu.datelines import line_firsts

    text = "لاہور (اے پی پی)\nوزیراعظم نے کہا۔\n\nکراچی۔۔۔ بارش\n"
    starts = [m.start() for m in regex.finditer(r"\S+", text)]
    firsts = [text[starts[i]:].split(maxsplit=1)[0] for i in line_firsts(text, starts)]
    assert firsts == ["لاہور", "وزیراعظم", "کراچی۔۔۔"]
    assert line_firsts(text, starts) == [0, 4, 7]
    assert line_firsts("", []) == []

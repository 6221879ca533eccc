"""Urdu date expressions, resolved against a publication date (Tuesday 2 December 2014)."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.loading import load
from khabar.urdu.dates import find_dates, hijri_to_gregorian, parse_published, period

PUB = dt.date(2014, 12, 2)
CASES = [
    ("آیت اللہ نے پیر کی شام ملاقات کی", [("weekday", "پیر کی شام", "2014-12-01", None, "evening")]),
    ("گزشتہ روز اجلاس ہوا", [("relative", "گزشتہ روز", "2014-12-01", None, None)]),
    ("ڈھاکہ ۔ یکم دسمبر (اے پی پی)", [("absolute", "یکم دسمبر", "2014-12-01", None, None)]),
    ("12 دسمبر 2014ء کو", [("absolute", "12 دسمبر 2014 ء", "2014-12-12", None, None)]),
    ("10 محرم 1436ھ کو", [("hijri", "10 محرم 1436 ھ", "2014-11-03", None, None)]),
    ("پچھلے بارہ برسوں میں", [("range", "پچھلے بارہ برسوں", "2002-12-02", "2014-12-02", None)]),
    ("آج صبح", [("relative", "آج صبح", "2014-12-02", None, "morning")]),
    ("رواں سال", [("relative", "رواں سال", "2014", None, None)]),
    ("تین روز قبل", [("relative", "تین روز قبل", "2014-11-29", None, None)]),
    ("اتوار کے روز", [("weekday", "اتوار کے روز", "2014-11-30", None, None)]),
    ("اگلے پیر کو", [("weekday", "اگلے پیر کو", "2014-12-08", None, None)]),
    # سنیچر: BBC Urdu spells Saturday so
    ("مظاہرین نے سنیچر کو مارچ کیا", [("weekday", "سنیچر کو", "2014-11-29", None, None)]),
    # جمعے: Friday's oblique form (جمعے کو ہونے والے حملے)
    ("سوسہ میں جمعے کو ہونے والے حملے", [("weekday", "جمعے کو", "2014-11-28", None, None)]),
    ("12/11/2014", [("absolute", "12/11/2014", "2014-11-12", None, None)]),
    ("دسمبر 2014 میں", [("absolute", "دسمبر 2014", "2014-12", None, None)]),
    ("اجلاس 2014-11-20 کو ہوا", [("absolute", "2014-11-20", "2014-11-20", None, None)]),  # ISO
    # the Nth of a month (تاریخ: date): of a named month in its nearest year, or of this/last month
    ("ستمبر کی 30 تاریخ کو معاہدہ ہوا", [("absolute", "ستمبر کی 30 تاریخ", "2014-09-30", None, None)]),
    ("رواں ماہ کی 15 تاریخ کو", [("relative", "رواں ماہ کی 15 تاریخ", "2014-12-15", None, None)]),
    ("گزشتہ ماہ کی 5 تاریخ کو", [("relative", "گزشتہ ماہ کی 5 تاریخ", "2014-11-05", None, None)]),
    # a month of the year before, this year or the next: that month, not the year
    ("گزشتہ سال دسمبر میں حملہ ہوا", [("relative", "گزشتہ سال دسمبر", "2013-12", None, None)]),
    ("رواں سال جون میں انتخابات ہوئے", [("relative", "رواں سال جون", "2014-06", None, None)]),
    ("اگلے سال مارچ میں", [("relative", "اگلے سال مارچ", "2015-03", None, None)]),
    # a Hijri day and month without a year: in the Hijri year nearest the publication date
    ("یکم محرم کو جلوس نکلا", [("hijri", "یکم محرم", "2014-10-25", None, None)]),
    ("ہفتہ وار اجلاس", []),  # ہفتہ without کو/کی/کے is not a date
    # --- the date gold set's lessons (docs/dates_annotation.md; thirty-eighth session) ---
    # a year alone: with its era (typed onto the postposition too), or before a postposition of time;
    # not a count (2000 سے زائد: more than 2000)
    ("افغان فورسز 2017ء تک لڑیں گی", [("absolute", "2017 ء", "2017", None, None)]),
    ("انہوں نے 1957ءمیں تعلیم کا آغاز کیا", [("absolute", "1957 ءمیں", "1957", None, None)]),
    ("انہوں نے 2011 میں ورلڈ کپ جیتا", [("absolute", "2011", "2011", None, None)]),
    ("2000 سے زائد افراد", []),
    # a month alone: before a postposition of time or after a word of time, in the year nearest the
    # publication, or the year a stretch it begins names; مارچ alone is a march (لانگ مارچ)
    ("ٹیکساس کروڈ کے اگست کیلئے سودے", [("absolute", "اگست", "2014-08", None, None)]),
    ("ماہ جنوری میں انتخابات ہوں گے", [("absolute", "جنوری", "2015-01", None, None)]),
    ("جون سے اگست 2014ء تک", [("absolute", "جون", "2014-06", None, None),
                              ("absolute", "اگست 2014 ء", "2014-08", None, None)]),
    ("لانگ مارچ میں شرکت", []),
    ("گزشتہ دسمبر میں", [("relative", "گزشتہ دسمبر", "2013-12", None, None)]),
    ("آئندہ مارچ میں", [("relative", "آئندہ مارچ", "2015-03", None, None)]),
    # a unit's plural with no count is "recently" (گزشتہ دنوں), no day; ہفتہ without کو is a week
    ("حفیظ گذشتہ دنوں انجرڈ ہوئے", []),
    ("شوٹنگ آئندہ ہفتہ سے شروع ہوگی", [("relative", "آئندہ ہفتہ", "2014-W50", None, None)]),
    ("گزشتہ ایک ہفتہ سے گولہ باری جاری ہے", [("range", "گزشتہ ایک ہفتہ", "2014-11-25", "2014-12-02", None)]),
    ("جاری سال کے آخر میں", [("relative", "جاری سال", "2014", None, None)]),
    ("آئندہ 9 سالوں میں", [("range", "آئندہ 9 سالوں", "2014-12-02", "2023-12-02", None)]),
    # counted from another time than publication, or a count left unstated: no value
    ("اپنی وفات سے ایک روز قبل پریس کانفرنس کی", [("relative", "ایک روز قبل", None, None, None)]),
    ("گزشتہ کئی ماہ سے نگرانی", [("range", "گزشتہ کئی ماہ", None, None, None)]),
    ("چند دن پہلے انہوں نے", [("relative", "چند دن پہلے", None, None, None)]),
    ("یہ دن ہر سال 25 نومبر کو منایا جاتا ہے", [("absolute", "25 نومبر", None, None, None)]),
    # the first day of a stretch takes its last day's month; آج before a date is that date
    ("15 سے 18 دسمبر تک میچ ہوں گے", [("absolute", "15", "2014-12-15", None, None),
                                       ("absolute", "18 دسمبر", "2014-12-18", None, None)]),
    ("آج 3 دسمبر کو عالمی دن منایا جائے گا", [("relative", "آج", "2014-12-03", None, None),
                                             ("absolute", "3 دسمبر", "2014-12-03", None, None)]),
    # a bare weekday in a clause of what will happen (or is scheduled) is that day ahead, today included
    ("جمعہ کو اجلاس ہوگا", [("weekday", "جمعہ کو", "2014-12-05", None, None)]),
    ("منگل کو میچ کھیلا جائے گا", [("weekday", "منگل کو", "2014-12-02", None, None)]),
    ("سیریز کا آغاز جمعرات سے ہو رہا ہے", [("weekday", "جمعرات", "2014-12-04", None, None)]),
    ("ہفتہ کی شب واپس پہنچیں گے", [("weekday", "ہفتہ کی شب", "2014-12-06", None, "night")]),
    ("بروز منگل منایا جائے گا", [("weekday", "بروز منگل", "2014-12-02", None, None)]),
    # … but not past a نے (روانگی is no future; what he said is not when he said it)
    ("پیر کو روانگی سے قبل انہوں نے کہا کہ وہ آئیں گے", [("weekday", "پیر کو", "2014-12-01", None, None)]),
    ("پیر سے ملاقات ہوئی", []),  # a pir, not Monday
    # (آج) or (کل) before a weekday: the day named, nearest the publication date (a day off for آج, the
    # paper being dated the day after it was written; two for کل); کل alone is no date (کل تعداد: all)
    ("میچ (کل) بدھ کو کھیلا جائے گا", [("relative", "کل", "2014-12-03", None, None),
                                      ("weekday", "بدھ کو", "2014-12-03", None, None)]),
    ("آج پیر کو اجلاس ہوا", [("relative", "آج", "2014-12-01", None, None),
                             ("weekday", "پیر کو", "2014-12-01", None, None)]),
    ("آج جمعہ کو اجلاس ہوا", [("relative", "آج", "2014-12-02", None, None),  # no Friday that near
                              ("weekday", "جمعہ کو", "2014-11-28", None, None)]),
    ("کل تعداد پانچ ہے", []),
    ("سولہ دسمبر کو", [("absolute", "سولہ دسمبر", "2014-12-16", None, None)]),  # every day-number word
    ("شام میں جنگ", []),  # شام (Syria) alone is not evening
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dates(text: str, expected: list[tuple[str, str, str | None, str | None, str | None]]) -> None:
    doc = load("text")(text)
    forms = [doc.text[s:e] for s, e in zip(doc.token_starts, doc.token_ends, strict=True)]
    got = [(m.kind, " ".join(forms[m.token_start:m.token_end]), m.value, m.end, m.part)
           for m in find_dates(forms, PUB)]
    assert got == expected


def test_without_publication_date_relative_values_stay_unknown() -> None:
    forms = ["گزشتہ", "روز", "اور", "12", "دسمبر", "2014"]
    assert [(m.value, m.kind) for m in find_dates(forms, None)] == [(None, "relative"),
                                                                    ("2014-12-12", "absolute")]


def test_hijri_and_published() -> None:
    assert hijri_to_gregorian(1436, 1, 1) == dt.date(2014, 10, 25)
    assert parse_published("01.12.14") == dt.date(2014, 12, 1)
    assert parse_published("2014-12-01T10:00:00") == dt.date(2014, 12, 1)
    assert parse_published("soon") is None


@pytest.mark.parametrize(("value", "end", "days"), [
    ("2014-12-01", None, ("2014-12-01", "2014-12-01")),
    ("2014-12", None, ("2014-12-01", "2014-12-31")),
    ("2016-02", None, ("2016-02-01", "2016-02-29")),  # a leap February
    ("2015-02", None, ("2015-02-01", "2015-02-28")),
    ("2014-W49", None, ("2014-12-01", "2014-12-07")),  # Monday to Sunday
    ("2015-W01", None, ("2014-12-29", "2015-01-04")),  # an ISO week across the year's end
    ("2014", None, ("2014-01-01", "2014-12-31")),
    ("2002-11-28", "2014-11-28", ("2002-11-28", "2014-11-28")),  # پچھلے بارہ برسوں: a range
    (None, None, None), ("", None, None), ("2014-13", None, None), ("2014-W54", None, None),
    ("کل", None, None),
])
def test_the_days_a_resolved_date_covers(value: str | None, end: str | None,
                                         days: tuple[str, str] | None) -> None:
    """What a corpus "when" filter compares: the first and last day of a date value."""
    assert period(value, end) == days


def test_a_relative_period_covers_its_days() -> None:
    """From Urdu text to the days: گزشتہ ہفتے is the ISO week before publication, پچھلے بارہ برسوں the
    twelve years up to it."""
    forms = ["گزشتہ", "ہفتے", "اور", "پچھلے", "بارہ", "برسوں"]
    found = find_dates(forms, dt.date(2014, 12, 10))
    assert [(m.value, m.end) for m in found] == [("2014-W49", None), ("2002-12-10", "2014-12-10")]
    assert [period(m.value, m.end) for m in found] == [("2014-12-01", "2014-12-07"),
                                                       ("2002-12-10", "2014-12-10")]


def test_an_impossible_publication_date_is_reported() -> None:
    """COUNTER's 0109.xml is dated 31.09.14: the dates component says the date is none, and leaves
    relative dates without a value instead of resolving them against nothing in silence."""
    from khabar.components.registry import create
    from khabar.doc.model import Document

    doc = create("dates")(load("text")(Document("گزشتہ روز اجلاس ہوا۔", meta={"published": "2014-09-31"})))
    assert [(d.value, d.source) for d in doc.dates] == [(None, "rule:date.relative-day")]
    assert [(n.code, n.component) for n in doc.notices if n.code.startswith("dates")] == [
        ("dates.published", "dates")]
    assert "'2014-09-31' is no calendar date" in doc.notices[-1].message
    ok = create("dates")(load("text")(Document("گزشتہ روز اجلاس ہوا۔", meta={"published": "2014-09-30"})))
    assert not [n for n in ok.notices if n.code.startswith("dates")]
    assert [d.value for d in ok.dates] == ["2014-09-29"]

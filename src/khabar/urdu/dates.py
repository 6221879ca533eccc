"""Urdu date and time expressions: find them in a token sequence and resolve them to calendar dates.

The words (Gregorian and Hijri months, weekdays, parts of the day, relative words, number words)
are reviewed data in ``data/date_words.tsv``, read on first use. :func:`find_dates` works on token
forms (the pipeline's normalized tokens) and returns :class:`DateMention` values with token ranges.

Resolution against the publication date ``published`` (when known):

* absolute dates (``12 دسمبر 2014``, ``یکم دسمبر``, ``12/12/2014``, ``2014-12-12``, ``10 محرم
  1436ھ``) are exact; a day and month without a year (``ستمبر کی 30 تاریخ``, ``یکم محرم``) take the
  (Gregorian or Hijri) year that puts the date nearest to ``published``;
* ``آج`` is ``published``; ``گزشتہ روز`` / ``گزشتہ رات`` the day before;
* a weekday (``پیر کو``, ``پیر کی شام``, ``گزشتہ پیر``) is the most recent such day on or before
  ``published`` (news reports what happened); ``آئندہ/اگلے پیر`` the next one after it;
* ``گزشتہ/رواں/آئندہ ہفتے|ماہ|سال`` is the week (ISO, Monday first), month or year before, of, or
  after ``published``, ``رواں ماہ کی 15 تاریخ`` that month's day and ``گزشتہ سال دسمبر`` that year's
  month; ``N روز قبل`` is N days before;
* ``پچھلے بارہ برسوں`` (``پچھلے/گزشتہ N unit``) is the range from N units before ``published`` to it.

Hijri dates are converted with the arithmetic (tabular) Islamic calendar, which can differ by a day
or two from the sighting-based dates Pakistan uses; the value says so through its ``kind``.
Without ``published`` only absolute dates with a year get a value; the rest keep ``value=None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.errors import ConfigError
from khabar.urdu import chars as C

DATE_WORDS_FILE = "date_words.tsv"
#: A numeric date dd/mm/yyyy, dd-mm-yyyy or dd.mm.yyyy, or ISO yyyy-mm-dd (ASCII digits after
#: normalization).
_SEPARATORS = "/-."


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time expression: tokens ``[token_start, token_end)``; ``value`` an ISO date
    (``2014-12-01``), month (``2014-12``), year (``2014``) or ISO week (``2014-W49``) or None when it
    cannot be resolved; ``end`` the last day of a range; ``part`` the part of the day (``evening``);
    ``kind`` absolute, hijri, relative, weekday, range; ``rule`` which pattern found it."""

    token_start: int
    token_end: int
    kind: str
    value: str | None
    end: str | None = None
    part: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class DateWords:
    """The lexicon: type -> {word tuple -> value}."""

    by_type: dict[str, dict[tuple[str, ...], str]]
    max_len: int
    #: first words of the entries an expression can begin with (:data:`_STARTING`; a token that is
    #: none of them and no number starts no date)
    starters: frozenset[str] = frozenset()

    def match(self, forms: Sequence[str], i: int, kind: str) -> tuple[int, str] | None:
        """(length, value) of the longest ``kind`` entry starting at ``forms[i]``."""
        table = self.by_type.get(kind, {})
        for n in range(min(self.max_len, len(forms) - i), 0, -1):
            v = table.get(tuple(forms[i:i + n]))
            if v is not None:
                return n, v
        return None


def parse_date_words(text: str, name: str = DATE_WORDS_FILE) -> DateWords:
    by_type: dict[str, dict[tuple[str, ...], str]] = {}
    header_seen = False
    max_len = 1
    for n, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            if cols != ["word", "type", "value"]:
                raise ConfigError(f"{name}:{n}: the header must be word<TAB>type<TAB>value")
            header_seen = True
            continue
        if len(cols) != 3 or not all(cols):
            raise ConfigError(f"{name}:{n}: expected 3 non-empty tab-separated columns")
        key = tuple(cols[0].split(" "))
        table = by_type.setdefault(cols[1], {})
        if key in table:
            raise ConfigError(f"{name}:{n}: {cols[0]!r} is listed twice as {cols[1]}")
        table[key] = cols[2]
        max_len = max(max_len, len(key))
    starters = frozenset(k[0] for kind, table in by_type.items() if kind in _STARTING for k in table)
    return DateWords(by_type, max_len, starters)


#: The word types an expression can begin with (a number, a month, آج, کل, گزشتہ, چند, بروز, a
#: weekday); the others (postpositions, auxiliaries, units, parts of the day) only follow or precede
#: one, so :func:`find_dates` need not try a match at them.
_STARTING = frozenset({"number", "month", "hijri", "offset", "named_day", "direction", "some", "on_before",
                       "weekday"})


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    text = (resources.files("khabar.urdu") / "data" / DATE_WORDS_FILE).read_text(encoding="utf-8")
    return parse_date_words(text)


# --- calendars ------------------------------------------------------------------------------------
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The arithmetic Islamic calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
    29; epoch 16 July 622 Julian) to a Gregorian date. 1 Muharram 1436 -> 2014-10-25."""
    days = (day + ((59 * (month - 1) + 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
            + 1948439)
    return _jdn_to_date(days)


def _jdn_to_date(jdn: int) -> dt.date:
    # Julian day number -> proleptic Gregorian date (Fliegel & Van Flandern)
    a = jdn + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    return dt.date(year, month, day)


def _number(s: str, words: DateWords) -> int | None:
    if s.isdigit():
        return int(s)
    hit = words.by_type.get("number", {}).get((s,))
    return int(hit) if hit is not None else None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    best: dt.date | None = None
    for y in (published.year - 1, published.year, published.year + 1):
        cand = _safe_date(y, month, day)
        if cand is not None and (best is None or abs((cand - published).days) < abs((best - published).days)):
            best = cand
    return best


def _shift(published: dt.date, unit: str, n: int) -> tuple[str, str | None]:
    """The period ``n`` units from ``published``: (value, end)."""
    if unit == "day":
        return (published + dt.timedelta(days=n)).isoformat(), None
    if unit == "week":
        d = published + dt.timedelta(weeks=n)
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}", None
    if unit == "month":
        k = published.year * 12 + published.month - 1 + n
        return f"{k // 12}-{k % 12 + 1:02d}", None
    return str(published.year + n), None


def _ago(published: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return published - dt.timedelta(days=n)
    if unit == "week":
        return published - dt.timedelta(weeks=n)
    if unit == "month":
        k = published.year * 12 + published.month - 1 - n
        y, m = divmod(k, 12)
        return _safe_date(y, m + 1, min(published.day, 28)) or published
    return _safe_date(published.year - n, published.month, min(published.day, 28)) or published


# --- finding --------------------------------------------------------------------------------------
def find_dates(forms: Sequence[str], published: dt.date | None = None) -> list[DateMention]:
    """Every date or time expression in ``forms`` (token texts), left to right, not overlapping."""
    words = date_words()
    out: list[DateMention] = []
    i = 0
    n = len(forms)
    starters = words.starters
    while i < n:
        f = forms[i]
        if f not in starters and not (f and f[0].isdigit()):
            i += 1
            continue
        m = _match_at(forms, i, published, words)
        if m is None:
            i += 1
            continue
        before = out[-1] if out else None
        if (before is not None and m.rule == "date.weekday" and before.rule == "date.today"
                and m.token_start - before.token_end <= 1 and _same_weekday(before.value, m.value)):
            # (آج) جمعرات کو: the weekday is the day آج or کل named (see _match_at)
            m = DateMention(m.token_start, m.token_end, m.kind, before.value, m.end, m.part, m.rule)
        out.append(m)
        i = m.token_end
    return out


def _same_weekday(a: str | None, b: str | None) -> bool:
    """Whether two resolved days (ISO) fall on the same weekday."""
    return bool(a and b and len(a) == len(b) == 10
                and dt.date.fromisoformat(a).weekday() == dt.date.fromisoformat(b).weekday())


def _part_after(forms: Sequence[str], j: int, words: DateWords) -> tuple[int, str | None]:
    """A part of the day after token ``j`` (``کی شام``, ``صبح``): (tokens used, part)."""
    if j + 1 < len(forms) and forms[j] in _markers(words):
        hit = words.match(forms, j + 1, "part")
        if hit is not None:
            return 1 + hit[0], hit[1]
    hit = words.match(forms, j, "part")
    if hit is not None:
        return hit[0], hit[1]
    return 0, None


def _markers(words: DateWords) -> set[str]:
    return {k[0] for k in words.by_type.get("marker", {})}


def _match_at(forms: Sequence[str], i: int, published: dt.date | None, words: DateWords,
              ) -> DateMention | None:
    n = len(forms)
    tok = forms[i]
    # numeric dd/mm/yyyy, and ISO yyyy-mm-dd
    for sep in _SEPARATORS:
        parts = tok.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            d = _safe_date(int(parts[2]), int(parts[1]), int(parts[0]))
            if d is not None:
                return DateMention(i, i + 1, "absolute", d.isoformat(), rule="date.numeric")
        if sep == "-" and len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
            d = _safe_date(int(parts[0]), int(parts[1]), int(parts[2]))
            if d is not None:
                return DateMention(i, i + 1, "absolute", d.isoformat(), rule="date.iso")
    # day month [year] (Gregorian or Hijri)
    day = _number(tok, words)
    if day is not None and 1 <= day <= 31 and i + 1 < n:
        for kind in ("month", "hijri"):
            hit = words.match(forms, i + 1, kind)
            if hit is None:
                continue
            j = i + 1 + hit[0]
            month = int(hit[1])
            year: int | None = None
            if j < n and forms[j].isdigit() and len(forms[j]) == 4:
                year = int(forms[j])
                j += 1
                if j < n and (forms[j],) in words.by_type.get("era", {}):
                    j += 1
            value: str | None = None
            if i >= 2 and (forms[i - 2],) in words.by_type.get("every", {}) and words.match(
                    forms, i - 1, "unit") is not None:
                # ہر سال 25 نومبر کو: every year on that day, no one date
                return DateMention(i, j, "absolute" if kind == "month" else "hijri", None,
                                   rule=f"date.{'day-month' if kind == 'month' else 'hijri'}")
            if kind == "month":
                if year is not None:
                    d = _safe_date(year, month, day)
                    value = d.isoformat() if d else None
                elif published is not None:
                    d = _nearest_year(month, day, published)
                    value = d.isoformat() if d else None
                return DateMention(i, j, "absolute", value, rule="date.day-month")
            if year is not None:
                value = hijri_to_gregorian(year, month, day).isoformat()
            elif published is not None:
                value = _nearest_hijri(month, day, published).isoformat()
            return DateMention(i, j, "hijri", value, rule="date.hijri")
    if day is not None and 1 <= day <= 31 and i + 3 < n and _from(words, forms[i + 1]) and (
            end_day := _number(forms[i + 2], words)) is not None and day < end_day <= 31:
        # 15 سے 18 اکتوبر تک: the first day of a stretch takes the month (and year) of its last
        closing = _match_at(forms, i + 2, published, words)
        if closing is not None and closing.rule == "date.day-month" and closing.value:
            first = f"{closing.value[:8]}{day:02d}" if len(closing.value) == 10 else None
            return DateMention(i, i + 1, "absolute", first, rule="date.day-month")
    # month year; ستمبر کی 30 تاریخ (the 30th of September)
    hit = words.match(forms, i, "month")
    if hit is not None:
        j = i + hit[0]
        nth = _nth_day(forms, j, words)
        if nth is not None:
            d = _nearest_year(int(hit[1]), nth, published) if published else None
            return DateMention(i, j + 3, "absolute", d.isoformat() if d else None, rule="date.month-nth")
        if j < n and forms[j].isdigit() and len(forms[j]) == 4:
            end = j + 1
            if end < n and (forms[end],) in words.by_type.get("era", {}):
                end += 1
            return DateMention(i, end, "absolute", f"{forms[j]}-{int(hit[1]):02d}", rule="date.month-year")
        if _bare_month(forms, i, j, words):
            # اگست کیلئے سودے, ماہ اپریل کے دوران, جون سے اگست 2014ء تک: the month of the year a later
            # month-year of the same stretch names, else of the year nearest the publication date
            year = _stretch_year(forms, j, words)
            value = f"{year}-{int(hit[1]):02d}" if year else (
                _nearest_month(int(hit[1]), published) if published else None)
            return DateMention(i, j, "absolute", value, rule="date.month")
    # آج [صبح]; (آج) or (کل) before the day it names
    hit = words.match(forms, i, "offset")
    apposed = hit is None and words.match(forms, i, "named_day") is not None
    if hit is not None or apposed:
        j = i + (hit[0] if hit is not None else 1)
        used, part = _part_after(forms, j, words) if hit is not None else (0, None)
        value = (published + dt.timedelta(days=int(hit[1]))).isoformat() if published and hit else None
        k = j + used + (1 if j + used < n and forms[j + used] == C.RIGHT_PARENTHESIS else 0)
        named = _match_at(forms, k, published, words) if k < n else None
        wd = words.match(forms, k, "weekday") if named is not None and named.rule == "date.weekday" else None
        if named is not None and named.rule == "date.day-month" and named.value:
            value = named.value  # آج 25 نومبر: the text names the day (the paper may be dated a day later)
        elif wd is not None and published:
            # (آج) جمعرات کو, (کل) اتوار کو: the named weekday nearest the publication date — within a
            # day for آج (the paper may be dated the day after it was written), two for کل (yesterday
            # or tomorrow, of the writer's day); find_dates gives the weekday the same day
            reach = 2 if apposed else 1
            named_day = next((published + dt.timedelta(days=d) for d in (0, 1, -1, 2, -2) if abs(d) <= reach
                              and (published + dt.timedelta(days=d)).weekday() == int(wd[1])), None)
            if named_day is not None:
                value = named_day.isoformat()
            elif apposed:
                return None
        elif apposed:
            return None
        return DateMention(i, j + used, "relative", value, part=part, rule="date.today")
    # direction + (weekday | unit | N unit)
    hit = words.match(forms, i, "direction")
    if hit is not None and i + 1 < n:
        direction = int(hit[1])
        j = i + hit[0]
        if words.match(forms, j, "plural") is not None:
            # گزشتہ دنوں, گزشتہ برسوں: "recently", "in past years" — a stretch needs its count
            return None
        wd = words.match(forms, j, "weekday")
        unit = words.match(forms, j, "unit")
        mh = words.match(forms, j, "month")
        if mh is not None:
            # گزشتہ دسمبر میں, آئندہ مارچ: the last such month before publication's (the next after it;
            # this year's)
            value = _month_of(int(mh[1]), direction, published) if published else None
            return DateMention(i, j + mh[0], "relative", value, rule="date.relative-month")
        if (unit is not None and unit[1] == "day") or (
                wd is None and unit is None and words.match(forms, j, "part") is not None):
            # گزشتہ روز / گزشتہ رات: the day before (or after)
            k = j + (unit[0] if unit is not None else 0)
            used, part = _part_after(forms, k, words)
            value = (published + dt.timedelta(days=direction)).isoformat() if published else None
            return DateMention(i, k + used, "relative", value, part=part, rule="date.relative-day")
        if wd is not None and (unit is None or (forms[j + 1:j + 2] and forms[j + 1] in _markers(words))):
            k = j + wd[0]
            used, part = _part_after(forms, k, words)
            if not used and k < n and (forms[k],) == _on(words):
                used = 1
            value = _weekday(published, int(wd[1]), direction) if published else None
            return DateMention(i, k + used, "weekday", value, part=part, rule="date.relative-weekday")
        if unit is not None and unit[1] == "year" and (
                mh := words.match(forms, j + unit[0], "month")) is not None:
            # گزشتہ سال دسمبر میں: that month of the year before (this, the next)
            year_value = _shift(published, "year", direction)[0] if published else None
            return DateMention(i, j + unit[0] + mh[0], "relative",
                               f"{year_value}-{int(mh[1]):02d}" if year_value else None,
                               rule="date.relative-year-month")
        if unit is not None:
            nth = _nth_day(forms, j + unit[0], words) if unit[1] == "month" else None
            if nth is not None:  # رواں ماہ کی 15 تاریخ: that day of this (last, next) month
                month_value = _shift(published, "month", direction)[0] if published else None
                d = _safe_date(int(month_value[:4]), int(month_value[5:]), nth) if month_value else None
                return DateMention(i, j + unit[0] + 3, "relative", d.isoformat() if d else None,
                                   rule="date.relative-month-nth")
            value, last = _shift(published, unit[1], direction) if published else (None, None)
            return DateMention(i, j + unit[0], "relative", value, last, rule="date.relative-period")
        if j + 1 < n and (forms[j],) in words.by_type.get("some", {}) and (
                unit := words.match(forms, j + 1, "unit")) is not None and direction < 0:
            # گزشتہ کئی ماہ: a stretch back whose count the text leaves unstated, no value
            return DateMention(i, j + 1 + unit[0], "range", None, None, rule="date.last-n")
        count = _number(forms[j], words) if j < n else None
        if count is not None and j + 1 < n:
            unit = words.match(forms, j + 1, "unit")
            if unit is not None and direction < 0:
                if published:
                    value, last = _ago(published, unit[1], count).isoformat(), published.isoformat()
                else:
                    value, last = None, None
                return DateMention(i, j + 1 + unit[0], "range", value, last, rule="date.last-n")
            if unit is not None and direction > 0:
                # آئندہ 9 سالوں میں: from publication to N units after it
                if published:
                    value, last = published.isoformat(), _ago(published, unit[1], -count).isoformat()
                else:
                    value, last = None, None
                return DateMention(i, j + 1 + unit[0], "range", value, last, rule="date.next-n")
    # N unit ago (چند دن پہلے: a few, no value)
    count = _number(tok, words)
    some = (tok,) in words.by_type.get("some", {})
    if (count is not None or some) and i + 2 < n:
        unit = words.match(forms, i + 1, "unit")
        if unit is not None:
            j = i + 1 + unit[0]
            ago = words.match(forms, j, "ago")
            if ago is not None:
                # … سے ایک روز قبل (a day before his death), اس سے ایک برس پہلے: counted from another
                # time than the publication, which the words before سے name — no value from here
                anchored = i > 0 and _from(words, forms[i - 1])
                value = (_ago(published, unit[1], count).isoformat()
                         if published and count is not None and not anchored else None)
                return DateMention(i, j + ago[0], "relative", value, rule="date.ago")
    # a year alone: 2016ء, 2017ء تک, 2011 میں (not 2000 سے زائد: a count)
    alone = _bare_year(forms, i, words)
    if alone is not None:
        return alone
    # بروز منگل: on Tuesday
    if words.match(forms, i, "on_before") is not None and i + 1 < n and (
            wd := words.match(forms, i + 1, "weekday")) is not None:
        end = i + 1 + wd[0]
        value = _bare_weekday(published, int(wd[1]), forms, end, words)
        return DateMention(i, end, "weekday", value, rule="date.weekday")
    # weekday followed by کو / کی شام / کے روز / a part of the day
    wd = words.match(forms, i, "weekday")
    if wd is not None:
        j = i + wd[0]
        if j < n and forms[j] in _markers(words):
            used, part = _part_after(forms, j, words)
            end = j + used
            if not used:
                unit = words.match(forms, j + 1, "unit") if j + 1 < n else None
                if (forms[j],) == _on(words):
                    end = j + 1  # weekday + کو
                elif unit is not None and unit[1] == "day":
                    end = j + 1 + unit[0]  # weekday + کے روز
                else:
                    return None
            value = _bare_weekday(published, int(wd[1]), forms, end, words)
            return DateMention(i, end, "weekday", value, part=part, rule="date.weekday")
        used, part = _part_after(forms, j, words)
        if used:
            value = _bare_weekday(published, int(wd[1]), forms, j + used, words)
            return DateMention(i, j + used, "weekday", value, part=part, rule="date.weekday")
        if j < n and _from(words, forms[j]) and words.match(forms, i, "title_weekday") is None:
            # منگل سے (from Tuesday: the series starts then); not پیر سے, a pir's
            value = _bare_weekday(published, int(wd[1]), forms, j + 1, words)
            return DateMention(i, j, "weekday", value, rule="date.weekday")
    return None


def _bare_weekday(published: dt.date | None, weekday: int, forms: Sequence[str], j: int,
                  words: DateWords) -> str | None:
    """The day a weekday named without a direction (پیر کو, بروز منگل) is: the last one on or before
    publication, or the first on or after it when the clause after token ``j`` tells what will happen
    (:func:`_tense`); None without a publication date."""
    return _weekday(published, weekday, _tense(forms, j, words)) if published else None


def _tense(forms: Sequence[str], j: int, words: DateWords) -> int:
    """:data:`_AHEAD` when the clause after token ``j`` tells what will happen (its first auxiliary is
    گا, گی, گے: ہوگا, کھیلا جائے گا, پہنچیں گے; or the progressive of what is scheduled: ہو رہا ہے),
    else 0 (what happened): a bare weekday is then that day on or after publication, not the last."""
    future, past = words.by_type.get("future", {}), words.by_type.get("past", {})
    ongoing = words.by_type.get("ongoing", {})
    for t in range(j, min(len(forms), j + 15)):
        f = forms[t]
        if f in _SENTENCE_END or (f,) in past:
            return 0
        if (f,) in future or (len(f) > 2 and (f[-2:],) in future and f[:-2].endswith(_BEFORE_FUTURE)) or (
                (f,) in ongoing and t + 1 < len(forms) and forms[t + 1] in _PRESENT):
            return _AHEAD
    return 0


#: :func:`_weekday`'s direction for a day on or after the publication date (what will happen).
_AHEAD = 2
#: The present copula after a progressive (ہو رہا ہے, کھیلے جا رہے ہیں).
_PRESENT = frozenset({C.HEH_GOAL + C.YEH_BARREE, C.HEH_GOAL + C.FARSI_YEH + C.NOON_GHUNNA})


#: Sentence ends, where a weekday's clause ends.
_SENTENCE_END = frozenset({"۔", "؟", "!", "?", "."})
#: What a fused future auxiliary follows (ہوگا, کریگا, رہےگا, ہونگے, کرینگے): a verb's ending, not a
#: noun's (زندگی, آگے, روانگی, دنگا).
_BEFORE_FUTURE = (C.WAW, C.YEH_BARREE, C.FARSI_YEH, C.FARSI_YEH + C.NOON, C.WAW + C.NOON,
                  C.FARSI_YEH + C.NOON_GHUNNA, C.WAW + C.NOON_GHUNNA)


def _bare_year(forms: Sequence[str], i: int, words: DateWords) -> DateMention | None:
    """A year written alone (1900-2099): with its era (2016ء, 2014 عیسوی) or before a postposition of
    time (2011 میں, 2017 تک) that no count word follows (2000 سے زائد افراد: more than 2000)."""
    tok = forms[i]
    if not (len(tok) == 4 and tok.isdigit() and 1900 <= int(tok) <= 2099):
        return None
    n = len(forms)
    eras, after = words.by_type.get("era", {}), words.by_type.get("year_after", {})
    nxt = forms[i + 1] if i + 1 < n else ""
    if (nxt,) in eras or ((nxt[:1],) in eras and (nxt[1:],) in after):
        # 2016ء, and 1957ءمیں: the era typed onto the postposition, one token
        return DateMention(i, i + 2, "absolute", tok, rule="date.year")
    if (nxt,) in after and not (
            i + 2 < n and (forms[i + 2],) in words.by_type.get("not_a_year", {})):
        return DateMention(i, i + 1, "absolute", tok, rule="date.year")
    return None


def _bare_month(forms: Sequence[str], i: int, j: int, words: DateWords) -> bool:
    """Whether a month name at tokens ``[i, j)`` with no day or year is a date: after a word of time
    (ماہ اپریل, سال مارچ, وسط ستمبر) or, but for مارچ (a march: لانگ مارچ, آزادی مارچ میں), before a
    postposition of time (اگست میں, جون سے)."""
    if i > 0 and (forms[i - 1],) in words.by_type.get("month_before", {}):
        return True
    return (j < len(forms) and (forms[j],) in words.by_type.get("month_after", {})
            and words.match(forms, i, "month_noun") is None)


def _from(words: DateWords, form: str) -> bool:
    """Whether ``form`` is سے (from), the postposition that begins a stretch or a count back."""
    return words.by_type.get("year_after", {}).get((form,)) == "from"


def _stretch_year(forms: Sequence[str], j: int, words: DateWords) -> int | None:
    """The year of ``[month] سے|تا month YEAR``, the stretch a bare month at ``j`` begins, else None."""
    if j + 2 < len(forms) and _from(words, forms[j]):
        hit = words.match(forms, j + 1, "month")
        if hit is not None:
            k = j + 1 + hit[0]
            if k < len(forms) and len(forms[k]) == 4 and forms[k].isdigit():
                return int(forms[k])
    return None


def _nearest_month(month: int, published: dt.date) -> str:
    """``month`` in the year that puts it nearest the publication month."""
    here = published.year * 12 + published.month - 1
    best = min((published.year + d for d in (-1, 0, 1)), key=lambda y: abs(y * 12 + month - 1 - here))
    return f"{best}-{month:02d}"


def _month_of(month: int, direction: int, published: dt.date) -> str:
    """``month`` of this year (direction 0), or the last one before the publication month (-1), or
    the next one after it (1)."""
    year = published.year
    if direction < 0 and month >= published.month:
        year -= 1
    elif direction > 0 and month <= published.month:
        year += 1
    return f"{year}-{month:02d}"


#: تاریخ: a day of the month counted (ستمبر کی 30 تاریخ: the 30th of September)
_DATE_NOUN = C.TEH + C.ALEF + C.REH + C.FARSI_YEH + C.KHAH
_GENITIVE_FEMININE = C.KEHEH + C.FARSI_YEH


def _nth_day(forms: Sequence[str], j: int, words: DateWords) -> int | None:
    """The day N of ``کی N تاریخ`` at token ``j``, or None."""
    if j + 2 < len(forms) and forms[j] == _GENITIVE_FEMININE and forms[j + 2] == _DATE_NOUN:
        day = _number(forms[j + 1], words)
        if day is not None and 1 <= day <= 31:
            return day
    return None


def _nearest_hijri(month: int, day: int, published: dt.date) -> dt.date:
    """The Gregorian date of Hijri ``day month`` in the Hijri year nearest ``published`` (یکم محرم
    with no year, in news of 2014-09-10: 1 Muharram 1436 = 2014-10-25)."""
    approx = round((published.year - 622) * 33 / 32)
    cands = [hijri_to_gregorian(y, month, min(day, 30)) for y in (approx - 1, approx, approx + 1, approx + 2)]
    return min(cands, key=lambda d: abs((d - published).days))


def _on(words: DateWords) -> tuple[str, ...]:
    """The marker whose value is ``on`` (کو): a weekday followed by it is a date."""
    for key, v in words.by_type.get("marker", {}).items():
        if v == "on":
            return key
    return ()


def _weekday(published: dt.date, weekday: int, direction: int) -> str:
    """The most recent ``weekday`` on or before ``published`` (direction 0 or -1), the next one after
    it (direction 1), or the first on or after it (:data:`_AHEAD`: a clause that tells what will
    happen, as a paper dated Friday announces جمعہ کو اجلاس ہوگا for that day)."""
    if direction == _AHEAD:
        return (published + dt.timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
    if direction > 0:
        delta = (weekday - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=delta)).isoformat()
    delta = (published.weekday() - weekday) % 7
    if direction < 0 and delta == 0:
        delta = 7
    return (published - dt.timedelta(days=delta)).isoformat()


def period(value: str | None, end: str | None = None) -> tuple[str, str] | None:
    """The first and last day (ISO) that a resolved date covers: a day itself, a month's or a
    year's first and last day, an ISO week's Monday and Sunday; through ``end`` when the date is a
    range. None when ``value`` is not one of those forms."""
    if not value:
        return None
    try:
        if len(value) == 4 and value.isdigit():
            first, last = dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        elif len(value) == 7 and value[4] == "-":
            first = dt.date(int(value[:4]), int(value[5:]), 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        elif len(value) == 8 and value[4:6] == "-W":
            first = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            last = first + dt.timedelta(days=6)
        else:
            first = last = dt.date.fromisoformat(value)
        if end:
            last = max(last, dt.date.fromisoformat(end))
    except ValueError:
        return None
    return first.isoformat(), last.isoformat()


def parse_published(value: object) -> dt.date | None:
    """A publication date from document metadata: a ``date``, or an ISO string (``2014-12-01``, a
    datetime's date part), or ``dd.mm.yy`` as COUNTER writes it; None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value:
        return None
    s = value.strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    parts = s.split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        y = int(parts[2])
        y += 2000 if y < 100 else 0
        return _safe_date(y, int(parts[1]), int(parts[0]))
    return None

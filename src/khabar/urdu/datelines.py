"""News datelines: the place (or places) an article was filed from and the agency or desk that filed it,
written at the start of a line before the report itself.

    لاہور (اے پی پی) وزیراعظم …          place + (source)
    بیجنگ ۔02 اگست (اے پی پی) چین …      place + full stop + date + (source)
    ماسکو(مانیٹرنگ ڈیسک)روس …            no space around the brackets
    اسلام آباد۔۔۔۔۔حکومت نے …            place + a run of full stops
    بغداد،پیرس (نیوز ایجنسیاں) …          several places
    اسلام آباد: وزیراعظم …               place + colon (only a place the caller knows)

:func:`find_dateline` reads one from the tokens of a line. The shape alone decides where the sources
stand in brackets and at least one part of them is a listed source or holds a byline word
(``dateline_sources.tsv``: agencies and outlets are organisations; desks, reporters and "news agencies"
are bylines, no entity), or where a run of two or more full stops follows; a single full stop, a colon
or a dash counts only after places the caller's ``is_place`` knows (``شکریہ۔`` at a line's start is no
dateline). Places are one to three words of letters; a date (digits, number words, month names) may
stand between them and the sources (``02 اگست``, ``یکم دسمبر``, ``منگل کی صبح``: the caller's date words).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from khabar.urdu import chars as C

DATELINE_FILE = "dateline_sources.tsv"
#: the source of the entities the recognizer marks in a dateline (its places, date and agency)
DATELINE_SOURCE = "rule:dateline"
#: source kinds that name an organisation (an entity); ``byline`` names none
ORGANIZATION_KINDS = frozenset({"agency", "outlet"})
_KINDS = ORGANIZATION_KINDS | {"byline"}
#: what separates the places of a dateline (بغداد،پیرس; لاہور + اسلام آباد)
_PLACE_SEPARATORS = frozenset({C.ARABIC_COMMA, C.COMMA, "+", "/", "اور"})
#: what separates the sources in its brackets (سپورٹس ڈیسک/اے ایف پی; نامہ نگار+ ایجنسیاں)
_SOURCE_SEPARATORS = frozenset({"/", C.ARABIC_COMMA, C.COMMA, "+"})
#: marks after the places that make a dateline only of places the caller knows
_WEAK_MARKS = frozenset({C.URDU_FULL_STOP, ":", "-", "\u2013", "\u2014"})
#: the genitive between date words (منگل کی صبح)
_GENITIVE = C.KEHEH + C.FARSI_YEH
_MAX_PLACE_WORDS = 3
_MAX_PLACES = 3
_MAX_DATE_WORDS = 4
_MAX_SOURCE_TOKENS = 16
_LINE_BREAK = re.compile("\n")


@dataclass(frozen=True, slots=True)
class DatelineSources:
    """``dateline_sources.tsv``: source (token tuple) -> kind, and the byline words."""

    sources: dict[tuple[str, ...], str]
    #: words that make a bracketed part a byline wherever they stand in it (ڈیسک، رپورٹر، نگار)
    byline_words: frozenset[str]
    max_len: int
    #: source (token tuple) -> the knowledge-base id it links to (آن لائن → khabar:org/online)
    links: dict[tuple[str, ...], str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Dateline:
    """Token ranges (half-open, in the tokens given to :func:`find_dateline`)."""

    places: tuple[tuple[int, int], ...]
    #: listed agencies and outlets: (start, end, kind)
    organizations: tuple[tuple[int, int, str], ...]
    #: the bracketed parts that are bylines (مانیٹرنگ ڈیسک, نیٹ نیوز, نمائندہ جنگ): no entity but
    #: the outlet they may name
    bylines: tuple[tuple[int, int], ...]
    #: its date (digits, number words and month names: 02 اگست, یکم دسمبر), when it has one
    date: tuple[int, int] | None
    #: the brackets' inside, when the sources are bracketed
    bracket: tuple[int, int] | None
    #: the first token after the dateline
    end: int


def parse_dateline_sources(text: str, name: str = DATELINE_FILE) -> DatelineSources:
    from khabar.errors import ConfigError
    from khabar.urdu.news import parse_tsv

    sources: dict[tuple[str, ...], str] = {}
    links: dict[tuple[str, ...], str] = {}
    words: set[str] = set()
    for source, kind, link, _ in parse_tsv(text, name, ("source", "kind", "link", "note")):
        if kind == "byline word":
            words.add(source)
        elif kind in _KINDS:
            sources[tuple(source.split())] = kind
        else:
            raise ConfigError(f"{name}: {source!r} has kind {kind!r}; expected one of "
                              f"{', '.join(sorted(_KINDS | {'byline word'}))}")
        if link != "-":
            if kind not in ORGANIZATION_KINDS:
                raise ConfigError(f"{name}: {source!r} is a {kind}; only agencies and outlets link")
            links[tuple(source.split())] = link
    return DatelineSources(sources, frozenset(words), max((len(k) for k in sources), default=0), links)


@lru_cache(maxsize=1)
def dateline_sources() -> DatelineSources:
    text = (resources.files("khabar.urdu") / "data" / DATELINE_FILE).read_text(encoding="utf-8")
    return parse_dateline_sources(text)


@lru_cache(maxsize=1)
def date_words_of_datelines() -> frozenset[str]:
    """The words a dateline's date may hold besides digits (``date_words.tsv``): month names, number
    words, weekdays and parts of the day (یکم دسمبر, منگل کی صبح)."""
    from khabar.urdu.dates import date_words

    words = date_words().by_type
    return frozenset(w for kind in ("month", "number", "weekday", "part") for key in words.get(kind, {})
                     for w in key)


def _is_word(form: str) -> bool:
    return form.isalpha()


def _places(forms: Sequence[str], i: int) -> tuple[list[tuple[int, int]], int]:
    """The places from ``i`` on: groups of one to three words of letters between separators, and the
    token after the last."""
    places: list[tuple[int, int]] = []
    while len(places) < _MAX_PLACES:
        start = i
        while i < len(forms) and i - start < _MAX_PLACE_WORDS + 1 and _is_word(forms[i]) and (
                forms[i] not in _PLACE_SEPARATORS):
            i += 1
        if i == start or i - start > _MAX_PLACE_WORDS:
            return [], start
        places.append((start, i))
        if i < len(forms) and forms[i] in _PLACE_SEPARATORS:
            i += 1
            continue
        break
    return places, i


def _sources(forms: Sequence[str], a: int, b: int, lex: DatelineSources,
             ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The listed organisations in ``forms[a:b]`` (longest match) and its byline parts (between
    separators: a listed byline, or a part that holds a byline word; an outlet inside one is still
    an organisation)."""
    found: list[tuple[int, int, str]] = []
    bylines: list[tuple[int, int]] = []
    part_start = a
    for j in range(a, b + 1):
        if j < b and forms[j] not in _SOURCE_SEPARATORS:
            continue
        part = forms[part_start:j]
        if any(w in lex.byline_words for w in part) or lex.sources.get(tuple(part)) == "byline":
            bylines.append((part_start, j))  # its outlet is still named: نمائندہ جنگ, نوائے وقت رپورٹ
        k = part_start
        while k < j:
            for n in range(min(lex.max_len, j - k), 0, -1):
                kind = lex.sources.get(tuple(forms[k:k + n]))
                if kind in ORGANIZATION_KINDS:
                    found.append((k, k + n, kind))
                    k += n
                    break
            else:
                k += 1
        part_start = j + 1
    return found, bylines


def line_firsts(text: str, starts: Sequence[int]) -> list[int]:
    """The first token of each line of ``text`` (``starts``: its tokens' start offsets): the first
    token, and the first after each line break; a dateline begins at one of them."""
    return sorted({0, *(bisect_left(starts, m.end()) for m in _LINE_BREAK.finditer(text))} - {len(starts)})


def find_dateline(forms: Sequence[str], start: int, *, months: Collection[str] = (),
                  is_place: Callable[[int, int], bool] = lambda _a, _b: False,
                  lex: DatelineSources | None = None) -> Dateline | None:
    """The dateline that begins at token ``start`` (the first token of a line), or None. ``months``:
    month names and number words a date in it may hold; ``is_place``: whether the tokens ``[a, b)`` name
    a known place."""
    lex = lex or dateline_sources()
    places, i = _places(forms, start)
    if not places or i >= len(forms):
        return None
    stops = 0
    while i < len(forms) and forms[i] and set(forms[i]) == {C.URDU_FULL_STOP}:  # ۔ or a run: ۔۔۔۔۔
        stops += len(forms[i])
        i += 1
    weak = stops == 1 or (stops == 0 and forms[i] in _WEAK_MARKS)
    if stops == 0 and forms[i] in _WEAK_MARKS:
        i += 1
    # a date may follow: 02 اگست, یکم دسمبر, 04اکتوبر (واشنگٹن 23 نومبر (اے پی پی) has no mark before it)
    j = i
    while j < len(forms) and j - i < _MAX_DATE_WORDS and (
            forms[j].isdigit() or forms[j] in months or (forms[j][:1].isdigit() and any(
                forms[j].endswith(m) and forms[j][:-len(m)].isdigit() for m in months)) or (
                forms[j] == _GENITIVE and j > i and j + 1 < len(forms) and forms[j + 1] in months)):
        j += 1
    date = (i, j) if j > i else None
    dated = date is not None
    i = j
    bracket = None
    orgs: list[tuple[int, int, str]] = []
    bylines: list[tuple[int, int]] = []
    if i < len(forms) and forms[i] == C.LEFT_PARENTHESIS:
        close = next((j for j in range(i + 1, min(len(forms), i + 2 + _MAX_SOURCE_TOKENS))
                      if forms[j] == C.RIGHT_PARENTHESIS), None)
        if close is None:
            return None
        orgs, bylines = _sources(forms, i + 1, close, lex)
        if not orgs and not bylines:
            return None
        bracket = (i + 1, close)
        i = close + 1
    elif stops < 2 and not (weak and (dated or all(is_place(a, b) for a, b in places))):
        return None
    return Dateline(tuple(places), tuple(orgs), tuple(bylines), date, bracket, i)

"""Entity recognizer component: fills ``doc.entities`` sentence by sentence.

1. The shipped model (:class:`khabar.ml.ner.NerModel`, the news model trained on UNER by default)
   labels each sentence's tokens (source ``model:ner/<source>``).
2. Titles and honorifics are separated from names (source ``rule:title``), with the knowledge base's
   office titles and honorifics (longest match): a PERSON that starts with titles is split
   (جناب لوکاشنکوو → TITLE جناب + PERSON لوکاشنکوو; آیت اللہ العظمی سید علی خامنہ ای → TITLE
   آیت اللہ العظمی + PERSON سید علی خامنہ ای — سید stays in the name, as Urdu news writes it), titles
   written just before a PERSON become TITLE mentions (رہبر انقلاب اسلامی before آیت اللہ …), and so
   does a title after a genitive of a place or organisation with no name after it (بیلاروس کے صدر);
   an office's jurisdiction after its title is a place (گورنر | سندھ | عشرت العباد, وزیراعلی | پنجاب).
3. Demonyms and country adjectives of the knowledge base (امریکی، ایرانی) outside other entities are
   LOCATION mentions (source ``rule:demonym``) that the linker ties to their country.
4. Names of two or more words of people, places and organisations in the knowledge base (سلامتی
   کونسل، عالمی ادارہ صحت، نئی دہلی) outside other entities are entities of the entry's type (source
   ``rule:kb-name``): the model misses some that the linker knows.
5. A span the model labelled a person, place or organisation whose words the knowledge base knows as
   another of the three takes the knowledge base's type (source ``rule:kb-type``: داعش is an
   organisation wherever the model read a place).
6. A span the model ran through a bracket whose partner it does not hold is cut there (``ماسکو (`` →
   ``ماسکو``), and a dateline at a line's start (``بیجنگ ۔02 اگست (اے پی پی)``,
   :mod:`khabar.urdu.datelines`) gives its places as LOCATION, its date as DATE and its agencies and
   outlets as ORGANIZATION (source ``rule:dateline``) in place of what the model read there; its
   bylines (مانیٹرنگ ڈیسک) are no entities.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, ClassVar

from khabar.components.tagger import sentence_ranges, token_forms
from khabar.doc.model import Document, Entity
from khabar.ml.ner import Prediction, can_start_entity, spans_from_tags
from khabar.urdu import chars as C
from khabar.urdu.entity_sources import (
    DEMONYM_SOURCE,
    GIVEN_NAME_SOURCE,
    KB_NAME_SOURCE,
    KB_TYPE_SOURCE,
    SAME_NAME_SOURCE,
    SURNAME_SOURCE,
    TITLE_NAME_SOURCE,
    TITLE_SOURCE,
)

if TYPE_CHECKING:
    from khabar.ml.kb import KnowledgeBase
    from khabar.ml.ner import NerModel

#: Genitive postpositions (کا، کی، کے) that tie a title to the place it belongs to.
GENITIVES = frozenset({C.KEHEH + C.ALEF, C.KEHEH + C.FARSI_YEH, C.KEHEH + C.YEH_BARREE})


#: knowledge-base entry types whose names of several words are entities where the model missed them
NAME_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
_ERGATIVE = C.NOON + C.YEH_BARREE  # نے
_DATIVE = C.KEHEH + C.WAW  # کو
_SAYING = "کہنا"  # X کا کہنا تھا: X's saying was
#: "for": an office's remit follows its title (مشیر برائے قومی سلامتی و امور خارجہ سرتاج عزیز)
REMIT = "برائے"


@cache
def former_words() -> frozenset[str]:
    """Words before a title that make it a past holder's (سابق چیف جسٹس), not the office's current
    one: news_words.tsv role ``former``, which the linker and the event actor codes read too (a former
    holder is ELI). Read on first use: importing the news rules at start-up would cost every command."""
    from khabar.urdu.news import lexicon

    return lexicon().words("former")


#: Given names and honorifics Pakistani news writes before a person's usual name (میاں محمد نواز
#: شریف is نواز شریف): the linker reads a PERSON that is one of them followed by a known name of two or
#: more words as that person — only these: a first name such as مریم before نواز شریف is another
#: person. They begin names of many people, so alone they name no one.
NAME_PREFIXES = frozenset({"محمد", "میاں", "سید", "چوہدری", "چودھری", "حاجی", "مولانا"})
#: The second halves of Arabic compound given names (صدر الدین, امیر الحق, ولی اللہ): the word before
#: one is the first half of a name, never a title, though صدر and امیر alone are titles.
NAME_COMPOUND_ENDS = frozenset({"الدین", "الحق", "اللہ", "الرحمن", "الرحمان", "الملک"})


@dataclass(frozen=True, kw_only=True)
class NerConfig:
    #: which source's model: "uner" (news, the default) or "il-ner"
    source: str = "uner"
    #: separate titles from names and find title-only mentions
    titles: bool = True
    #: mark demonyms (امریکی) as LOCATION mentions
    demonyms: bool = True
    #: a knowledge-base title followed by proper nouns the model left untagged names a person
    titled_names: bool = True
    #: a knowledge-base name of two or more words the model left untagged is an entity of its type
    kb_names: bool = True
    #: a dateline at a line's start (لاہور (اے پی پی)) gives its places and agencies, not the model
    datelines: bool = True


def _confidence(margins: tuple[float, ...], a: int, b: int) -> float:
    m = min(margins[a:b]) if b > a and len(margins) >= b else 0.0
    return round(1.0 / (1.0 + math.exp(-m)), 4)


def _longest_by_first(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """First token -> length of the longest key that starts with it."""
    out: dict[str, int] = {}
    for k in keys:
        out[k[0]] = max(len(k), out.get(k[0], 0))
    return out


class TitleMatcher:
    """Longest-match lookup of title and demonym token sequences in the knowledge base (the tables
    are fixed at construction)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.titles: set[tuple[str, ...]] = set()
        self.demonyms: set[tuple[str, ...]] = set()
        for key, m in kb.names():
            if m.entry.type == "TITLE":
                self.titles.add(key)
            if m.how == "demonym":
                self.demonyms.add(key)
        #: English words written in Urdu script (loanword_spellings.tsv: ہاؤس, house), no parts of a name
        from khabar.ml.kb import reviewed_rows

        self.loanwords = frozenset(row["urdu"] for row in reviewed_rows("loanword_spellings.tsv"))
        #: honorifics (جناب, مسٹر: titles of kind ``honorific``), which a name follows
        self.honorifics: set[tuple[str, ...]] = {
            key for key, m in kb.names() if m.entry.type == "TITLE" and m.entry.kind == "honorific"}
        self.max_len = max((len(k) for k in self.titles | self.demonyms), default=0)
        #: first token -> longest demonym (title) starting with it
        self.demonym_first = _longest_by_first(self.demonyms)
        self.title_first = _longest_by_first(self.titles)
        #: names of several words of people, places and organisations -> their type (سلامتی کونسل,
        #: عالمی ادارہ صحت, نئی دہلی: found where the model missed them)
        self.names: dict[tuple[str, ...], str] = {}
        #: one-word names of people, places and organisations -> their type (نیپرا, ہیراتھ): found where
        #: the model missed them only on a proper noun (:func:`single_names`), as one word is often a
        #: common word too
        self.single_names: dict[str, str] = {}
        for key, m in kb.names():
            if m.how == "name" and m.entry.type in NAME_TYPES:
                if len(key) >= 2:
                    self.names.setdefault(key, m.entry.type)
                else:
                    self.single_names.setdefault(key[0], m.entry.type)
        self.name_first = _longest_by_first(self.names)
        #: names of organisations, one word or more (نادرا, حزب اللہ): a span the model labelled PERSON
        #: that begins with one is that organisation
        self.organizations: set[tuple[str, ...]] = {
            key for key, m in kb.names() if m.how == "name" and m.entry.type == "ORGANIZATION"}
        self.organization_first = _longest_by_first(self.organizations)
        #: names of people, places and organisations whose every typed entry has the same type (داعش:
        #: ORGANIZATION; an untyped seed item leaves a name out)
        types: dict[tuple[str, ...], set[str]] = {}
        #: (and whether each entry is a place, for :attr:`places`)
        kinds: dict[tuple[str, ...], set[str]] = {}
        for key, m in kb.names():
            if m.how == "name":
                e = m.entry
                types.setdefault(key, set()).add(e.type if e.type in NAME_TYPES else "")
                kinds.setdefault(key, set()).add(
                    "other" if (e.type and e.type != "LOCATION") or e.links not in ("", "LOCATION")
                    else "place" if e.type == "LOCATION" or e.country else "unknown")
        self.name_type: dict[tuple[str, ...], str] = {
            key: next(iter(t)) for key, t in types.items() if len(t) == 1 and "" not in t}
        #: names of places: every entry of the words a place, or a seed item nobody typed that has a
        #: country (پنجاب, سندھ: kb_place_countries.tsv): an office's jurisdiction after its title
        #: (وزیراعلی پنجاب شہباز شریف)
        self.places: set[tuple[str, ...]] = {
            key for key, t in kinds.items() if "place" in t and "other" not in t}
        #: names of a known country's regions (پنجاب, سندھ: Pakistan's), an office's jurisdiction even
        #: with no name after it (وزیراعلی پنجاب نے); not a country (وزیراعظم کیمرون is Cameron)
        country_of = {e.country: e.english for e in kb if e.kind == "country" and e.country}
        self.regions: set[tuple[str, ...]] = {
            key for key, m in kb.names() if m.how == "name" and key in self.places
            and m.entry.country in country_of and m.entry.english != country_of[m.entry.country]}

    def after_honorific(self, forms: Sequence[str], i: int) -> bool:
        """Whether the one or two words before token ``i`` are an honorific (جناب, مسٹر), which
        announces a person's name."""
        return any(tuple(forms[i - w:i]) in self.honorifics for w in range(1, min(i, 2) + 1))

    def match(self, forms: list[str], i: int, table: Container[tuple[str, ...]], end: int) -> int:
        """Length of the longest entry of ``table`` starting at ``forms[i]`` (ending by ``end``)."""
        if i >= end or i >= len(forms):
            return 0
        # titles and demonyms: only as long as the longest entry that starts with this word (most
        # words start none: one look-up)
        if table is self.titles:
            longest = self.title_first.get(forms[i], 0)
        elif table is self.demonyms:
            longest = self.demonym_first.get(forms[i], 0)
        elif table is self.names:
            longest = self.name_first.get(forms[i], 0)
        elif table is self.organizations:
            longest = self.organization_first.get(forms[i], 0)
        else:
            longest = self.max_len
        for length in range(min(longest, end - i), 0, -1):
            if tuple(forms[i:i + length]) in table:
                after = forms[i + length] if i + length < len(forms) else ""
                if table is self.titles and after in NAME_COMPOUND_ENDS:
                    continue  # صدر الدین: a name's first half
                return length
        return 0


#: closing bracket -> its opening bracket
_BRACKET_PAIRS = {C.RIGHT_PARENTHESIS: C.LEFT_PARENTHESIS, C.RIGHT_SQUARE_BRACKET: C.LEFT_SQUARE_BRACKET}
_OPENING = frozenset(_BRACKET_PAIRS.values())


def bracketed_spans(forms: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` cut where they hold a bracket whose partner is not in them (``ماسکو (`` of a dateline,
    ``ممبئی ( اے پی پی`` → ``ممبئی`` + ``اے پی پی``, ``اے پی پی )``), each piece trimmed of words
    without a letter or digit at its ends (a closing bracket whose partner it holds stays: ``انڈین
    انسٹی ٹیوٹ آف ٹیکنالوجی ( آئی آئی ٹی )``) and kept with the span's label when a letter or digit is
    left. The decoder keeps punctuation from starting an entity, not from running through one."""
    out: list[tuple[int, int, str]] = []
    for a, b, lab in spans:
        if not any(f in _OPENING or f in _BRACKET_PAIRS for f in forms[a:b]):
            out.append((a, b, lab))
            continue
        opened: list[int] = []
        cuts: list[int] = []
        for i in range(a, b):
            if forms[i] in _OPENING:
                opened.append(i)
            elif forms[i] in _BRACKET_PAIRS:
                if opened and forms[opened[-1]] == _BRACKET_PAIRS[forms[i]]:
                    opened.pop()
                else:
                    cuts.append(i)
        cuts = sorted(cuts + opened)
        for lo, hi in zip([a, *[c + 1 for c in cuts]], [*cuts, b], strict=True):
            s, e = lo, hi
            while s < e and not can_start_entity(forms[s]):
                s += 1
            while e > s and not can_start_entity(forms[e - 1]) and forms[e - 1] not in _BRACKET_PAIRS:
                e -= 1
            if s < e:
                out.append((s, e, lab))
    return out


def compound_names(forms: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` (sorted, not overlapping) with each PERSON that begins with the second half of a
    compound name (:data:`NAME_COMPOUND_ENDS`) widened over the word before it, its first half: from
    outside every span, or from the end of a TITLE span (the model reads صدر in پیر صدر الدین شاہ
    راشدی as the title; the name is صدر الدین شاہ راشدی)."""
    out: list[tuple[int, int, str]] = []
    for a, b, lab in spans:
        start = a
        if lab == "PERSON" and a > 0 and forms[a] in NAME_COMPOUND_ENDS and forms[a - 1].isalpha():
            if out and out[-1][1] == a:
                pa, pb, plab = out[-1]
                if plab == "TITLE":
                    out.pop()
                    if pb - 1 > pa:
                        out.append((pa, pb - 1, plab))
                    start = a - 1
            else:
                start = a - 1
        out.append((start, b, lab))
    return out


def title_spans(forms: list[str], spans: list[tuple[int, int, str]], matcher: TitleMatcher,
                ) -> list[tuple[int, int, str, str]]:
    """``spans`` (token ranges with labels) with titles separated; each span gets a source tag
    (``model`` or ``rule:title``)."""
    out: list[tuple[int, int, str, str]] = []
    spans = _extend_titles(forms, spans, matcher)
    taken = [False] * len(forms)
    for a, b, _ in spans:
        for i in range(a, b):
            taken[i] = True
    for orig_a, b, lab in spans:
        a = orig_a
        if lab == "PERSON":
            while a < b:
                n = matcher.match(forms, a, matcher.titles, b)
                if not n:
                    break
                out.append((a, a + n, "TITLE", TITLE_SOURCE))
                a += n
            if a > orig_a:
                # وزیراعلی پنجاب شہباز شریف: the office's jurisdiction after its title is a place
                # (only with a name after it: وزیراعظم کیمرون is Cameron, not the country Cameroon)
                place = next((m for m in range(min(3, b - a - 1), 0, -1)
                              if tuple(forms[a:a + m]) in matcher.places), 0)
                if place:
                    out.append((a, a + place, "LOCATION", TITLE_SOURCE))
                    a += place
            if a == b:  # the "name" was titles only (and a place)
                continue
            # titles written just before the name (right to left from the name)
            pre: list[tuple[int, int]] = []
            j = orig_a
            while j > 0:
                found = 0
                for start in range(max(0, j - matcher.max_len), j):
                    if not any(taken[start:j]) and tuple(forms[start:j]) in matcher.titles:
                        found = j - start
                        break
                if not found:
                    break
                pre.append((j - found, j))
                for k in range(j - found, j):
                    taken[k] = True
                j -= found
            out.extend((s, e, "TITLE", TITLE_SOURCE) for s, e in pre)
        out.append((a, b, lab, "model"))
    # a title after a genitive of a named place or organisation, with no name after it
    labels_at = {a: (b, lab) for a, b, lab, _ in out}
    ends = {b: (a, lab) for a, b, lab, _ in out}
    for i in sorted(ends):
        if i >= len(forms) or forms[i] not in GENITIVES or ends[i][1] not in ("LOCATION", "ORGANIZATION"):
            continue
        j = i + 1
        if j >= len(forms) or taken[j] or j in labels_at:
            continue
        n = matcher.match(forms, j, matcher.titles, len(forms))
        if n and not any(taken[j:j + n]):
            out.append((j, j + n, "TITLE", TITLE_SOURCE))
            for k in range(j, j + n):
                taken[k] = True
    return sorted(out)


def _extend_titles(forms: list[str], spans: list[tuple[int, int, str]], matcher: TitleMatcher,
                   ) -> list[tuple[int, int, str]]:
    """A TITLE the model found on the first word(s) of a longer knowledge-base title covers the
    whole title when the rest is outside other entities (رہبر → رہبر انقلاب اسلامی), or when the
    entities there lie wholly inside the title (صدر | مملکت, which the model read as a title and a
    name, is the title صدر مملکت: they are dropped). A PERSON right after the title that begins
    with the title's last words gives them up (صدر جمہوریہ | ہند پرتیبھا | پاٹل: the title صدر
    جمہوریہ ہند and the name پرتیبھا)."""
    out: list[tuple[int, int, str]] = []
    spans = list(spans)
    swallowed = 0
    for k, (a, b, lab) in enumerate(spans):
        if a < swallowed:
            continue
        end = b
        if lab == "TITLE":
            full = a + matcher.match(forms, a, matcher.titles, len(forms))
            nxt = k + 1
            while nxt < len(spans) and spans[nxt][0] < full and spans[nxt][1] <= full:
                nxt += 1
            if (nxt == k + 1 < len(spans) and spans[nxt][2] == "PERSON"
                    and b <= spans[nxt][0] < full < spans[nxt][1]):
                spans[nxt] = (full, spans[nxt][1], "PERSON")
            limit = spans[nxt][0] if nxt < len(spans) else len(forms)
            if nxt > k + 1 and full <= limit:
                end = swallowed = full
            else:
                limit = spans[k + 1][0] if k + 1 < len(spans) else len(forms)
                end = max(b, a + matcher.match(forms, a, matcher.titles, limit))
        out.append((a, end, lab))
    return out


def office_jurisdictions(forms: list[str], found: list[tuple[int, int, str, str]], matcher: TitleMatcher,
                         upos: Sequence[str | None] | None = None) -> list[tuple[int, int, str, str]]:
    """``found`` with the jurisdiction an office title names right after it (a province or country,
    ``kb_place_countries.tsv``) set apart as a LOCATION (source ``rule:title``) — out of a PERSON the
    model ran over it (وزیراعلی | پنجاب read as a person; گورنر | سندھ عشرت العباد: the place, then the
    name; but a person read as a country's name alone is a name: وزیراعظم کیمرون), or out of a place
    the model ran over the holder's name, proper nouns by the tagger's ``upos`` (کمشنر پولیس | حیدرآباد
    پرساد راؤ: Hyderabad, then the person, as Indian Urdu writes office, city, name) — and a one- or
    two-word office title the model left out before such a place made a TITLE (گورنر پنجاب نے). A
    name after an honorific (جناب, مسٹر) is a name: an honorific has no jurisdiction."""
    out: list[tuple[int, int, str, str]] = []
    covered = {t for a, b, _, _ in found for t in range(a, b)}
    for a, b, lab, src in sorted(found):
        if lab not in ("PERSON", "LOCATION") or matcher.after_honorific(forms, a):
            # (an honorific is no office: جناب ریاض is Mr Riaz, not the Saudi capital)
            out.append((a, b, lab, src))
            continue
        titled = bool(out) and out[-1][1] == a and out[-1][2] == "TITLE"
        bare = 0 if titled else next(
            (n for n in (2, 1) if a - n >= 0 and not covered & set(range(a - n, a))
             and matcher.match(forms, a - n, matcher.titles, a) == n), 0)
        place = next((m for m in range(min(3, b - a), 0, -1) if tuple(forms[a:a + m]) in matcher.places), 0)
        if place and titled and lab == "LOCATION" and a + place < b and upos is not None and all(
                upos[t] == "PROPN" for t in range(a + place, b)) and tuple(forms[a + place:b]) not in (
                    matcher.names):
            out.append((a, a + place, "LOCATION", TITLE_SOURCE))
            out.append((a + place, b, "PERSON", TITLE_SOURCE))
            continue
        if not place or not (titled or bare) or (lab == "LOCATION" and not bare) or (
                lab == "PERSON" and place == b - a and tuple(forms[a:b]) not in matcher.regions):
            # (وزیراعظم کیمرون: a country's name alone after the title is a person's, Cameron)
            out.append((a, b, lab, src))
            continue
        if bare:
            out.append((a - bare, a, "TITLE", TITLE_SOURCE))
        out.append((a, a + place, "LOCATION", TITLE_SOURCE))
        if a + place < b:
            out.append((a + place, b, lab, src))
    return out


#: parts of speech that may follow a titled name (a postposition, punctuation, a verb ...)
_AFTER_NAME = frozenset({"ADP", "PUNCT", "AUX", "VERB", "CCONJ", "SCONJ", "NUM", "PART"})


def titled_names(forms: list[str], upos: Sequence[str | None] | None, found: list[tuple[int, int, str, str]],
                 matcher: TitleMatcher, max_name: int = 3) -> list[tuple[int, int, str, str]]:
    """``found`` plus a TITLE and a PERSON (source ``rule:title-name``) wherever a knowledge-base
    title outside every span is followed by one to ``max_name`` proper nouns (the tagger's PROPN)
    outside every span and then by a postposition, punctuation or verb: the recognizer missed a name
    that its title announces (پوپ فرانزک 5 روزہ دورے پر …). A title of two or more words outside
    every span is a TITLE even with no name after it (the model missed وزیر اعظم, رہبر انقلاب
    اسلامی), and so is one whose words hold only model spans inside it (ضلع | کلکٹر read as a
    place). A TITLE span of the model that runs on past a knowledge-base title over proper nouns is
    split the same way, and the name after a TITLE span the model found is added by
    :func:`_names_after_titles`. Without parts of speech (``upos`` None) only the titles are added."""
    if upos is None:
        upos = [None] * len(forms)
    split: list[tuple[int, int, str, str]] = []
    for a, b, lab, src in found:
        t = matcher.match(forms, a, matcher.titles, b) if lab == "TITLE" else 0
        if 0 < t < b - a and tuple(forms[a + t:b]) in matcher.places:
            # وزیراعلی پنجاب read as one title: the office and its jurisdiction
            split.extend(((a, a + t, "TITLE", src), (a + t, b, "LOCATION", TITLE_SOURCE)))
        elif 0 < t < b - a and matcher.match(forms, a + t, matcher.titles, b) == b - a - t:
            # وزیر خزانہ سینیٹر (اسحق ڈار) read as one title: two titles, the name after them
            split.extend(((a, a + t, "TITLE", src), (a + t, b, "TITLE", src)))
        elif 0 < t < b - a and all(upos[k] == "PROPN" for k in range(a + t, b)):
            split.extend(((a, a + t, "TITLE", src), (a + t, b, "PERSON", TITLE_NAME_SOURCE)))
        else:
            split.append((a, b, lab, src))
    found = _persons_after_honorifics(forms, split, matcher)
    taken = [False] * len(forms)
    for a, b, _, _ in found:
        for i in range(a, b):
            taken[i] = True
    added: list[tuple[int, int, str, str]] = []
    n = len(forms)
    first = matcher.title_first
    resume = 0  # left to right; a title (and its name) found ends at ``resume``
    dropped: set[int] = set()  # model spans a title of several words covers (ضلع | کلکٹر read as a place)
    for i in [k for k, form in enumerate(forms) if form in first]:  # only where a title may start
        if i < resume:
            continue
        t = 0 if taken[i] else matcher.match(forms, i, matcher.titles, n)
        if t >= 2 and any(taken[i:i + t]):
            inside = [m for m, (a, b, lab, _) in enumerate(found)
                      if a < i + t and b > i and lab != "TITLE"]
            if inside and all(i <= found[m][0] and found[m][1] <= i + t for m in inside):
                dropped.update(inside)
                for u in range(i, i + t):
                    taken[u] = False
        if not t or any(taken[i:i + t]):
            continue
        j = i + t
        while (j < n and j - (i + t) < max_name and not taken[j] and upos[j] == "PROPN"
               and not matcher.match(forms, j, matcher.titles, n)):
            j += 1
        inner = next((m for m, (a, _, lab, _) in enumerate(found) if a == j and lab == "PERSON"), None)
        if j > i + t and j < n and inner is not None:
            # مولانا محمد | امجد علی | قاسمی نے: the model's PERSON inside the name the title announces
            # is the whole name, with the proper nouns before it and after it
            end = found[inner][1]
            while end < n and end - found[inner][1] < 2 and not taken[end] and upos[end] == "PROPN":
                end += 1
            dropped.add(inner)
            added.extend(((i, i + t, "TITLE", TITLE_SOURCE), (i + t, end, "PERSON", TITLE_NAME_SOURCE)))
            j = end
        elif j > i + t and (j == n or upos[j] in _AFTER_NAME or tuple(forms[i:i + t]) in matcher.honorifics):
            # (an honorific announces a name whatever follows it: جناب دھرم سنگھ سابق وزیر اعلی …)
            added.extend(((i, i + t, "TITLE", TITLE_SOURCE), (i + t, j, "PERSON", TITLE_NAME_SOURCE)))
        elif t >= 2 or (i + t < n and forms[i + t] == REMIT) or (i > 0 and forms[i - 1] in former_words()):
            # a title of several words is a title wherever it stands (رہبر انقلاب اسلامی), and so is one
            # with its remit after it (وزیراعظم کے مشیر برائے امور خارجہ سرتاج عزیز) or former before it
            # (سابق صدر پر زور دیا: a past holder)
            added.append((i, i + t, "TITLE", TITLE_SOURCE))
            j = i + t
        resume = max(j, i + 1)
    if dropped:
        found = [x for m, x in enumerate(found) if m not in dropped]
    found = sorted([*found, *added]) if added else found
    return _names_after_titles(forms, upos, found, matcher, max_name)


#: Zipf frequency (wordfreq's scale) from which a word is too common to be read as part of a name the
#: recognizer missed after a title (کانفرنس, رپورٹ, جمعہ are 4.9-5.3; پرکاش 4.0, منیشا 3.1)
NAME_PART_MAX_ZIPF = 4.5
#: the most initials (English letters spelled in Urdu: بی ایچ, سی ایچ) before a name after a title
_MAX_INITIALS = 3


def _names_after_titles(forms: list[str], upos: Sequence[str | None], found: list[tuple[int, int, str, str]],
                        matcher: TitleMatcher, max_name: int) -> list[tuple[int, int, str, str]]:
    """``found`` plus a PERSON (source ``rule:title-name``) where a TITLE span that begins with a
    knowledge-base title is followed by one to ``max_name`` proper nouns (the tagger's PROPN) outside
    every span — after up to three initials, English letters spelled in Urdu (جسٹس بی ایچ مارلا پلے)
    —, none of them a common word (:data:`NAME_PART_MAX_ZIPF`), an English one (وزیر اعظم ہائوس: the
    house) or a known place or name, and then by a postposition, punctuation or verb: the name the
    recognizer missed after a title it found (سی پی آئی ایم جنرل سکریٹری پرکاش کرت نے, سیکرٹری جنرل بان
    ک مون نے)."""
    from khabar.urdu.lexicon import zipf
    from khabar.urdu.romanize import LETTER_NAMES

    taken = {t for a, b, _, _ in found for t in range(a, b)}
    n = len(forms)
    added: list[tuple[int, int, str, str]] = []
    for a, b, lab, _ in found:
        if lab != "TITLE" or not matcher.match(forms, a, matcher.titles, b):
            continue
        # the initials an Indian name often begins with: common words, but a name's part here
        h = b
        while (h < n and h - b < _MAX_INITIALS and h not in taken and upos[h] == "PROPN"
               and forms[h] in LETTER_NAMES):
            h += 1
        j = h
        while (j < n and j - h < max_name and j not in taken and upos[j] == "PROPN"
               and zipf(forms[j]) < NAME_PART_MAX_ZIPF
               and forms[j] not in matcher.loanwords
               and not matcher.match(forms, j, matcher.titles, n)):
            j += 1
        if j == h or j >= n or upos[j] not in _AFTER_NAME or any(
                tuple(forms[b:k]) in matcher.places or tuple(forms[b:k]) in matcher.name_type
                for k in range(b + 1, j + 1)):
            continue
        added.append((b, j, "PERSON", TITLE_NAME_SOURCE))
    return sorted([*found, *added]) if added else found


def _persons_after_honorifics(forms: list[str], found: list[tuple[int, int, str, str]],
                     matcher: TitleMatcher) -> list[tuple[int, int, str, str]]:
    """``found`` with a place or an organisation the model read right after an honorific (جناب ریاض,
    مسٹر X: the honorific, a TITLE span or a bare word, announces a person) read as a PERSON. Only the
    label changes; :func:`honorific_names`, which runs after :func:`titled_names`, changes spans."""
    out = []
    for a, b, lab, src in found:
        if lab in ("LOCATION", "ORGANIZATION") and matcher.after_honorific(forms, a):
            out.append((a, b, "PERSON", TITLE_NAME_SOURCE))
        else:
            out.append((a, b, lab, src))
    return out


def honorific_names(forms: list[str], upos: Sequence[str | None] | None,
                    found: list[tuple[int, int, str, str]], matcher: TitleMatcher,
                    max_gap: int = 3) -> list[tuple[int, int, str, str]]:
    """``found`` with the names an honorific announces (مسٹر, جناب), as the Indian Urdu press writes
    its officials (چیف منسٹر مسٹر این کرن کمار ریڈی):

    * a span that holds a one-word honorific followed to its end by proper nouns is cut there — the
      words before it a TITLE when a knowledge-base title begins them (else they keep their label), the
      honorific a TITLE, the proper nouns a PERSON (the model read وزیر انفارمیشن ٹیکنالوجی مسٹر پی
      لکشمیا as one organisation);
    * a PERSON the model began late, right after an honorific, takes back the one to ``max_gap``
      proper nouns between them (the initials the model left out: مسٹر | این کرن | کمار ریڈی; after an
      office the words between are often its unit: اے آئی جی | بم ڈسپوزل سکواڈ | شفقت ملک).

    Without parts of speech (``upos`` None) ``found`` is returned as it is."""
    if upos is None or not matcher.honorifics:
        return found
    cut: list[tuple[int, int, str, str]] = []
    for a, b, lab, src in found:
        h = next((k for k in range(a + 1, b - 1) if (forms[k],) in matcher.honorifics
                  and all(upos[u] == "PROPN" for u in range(k + 1, b))), -1)
        if h < 0:
            cut.append((a, b, lab, src))
            continue
        before = "TITLE" if matcher.match(forms, a, matcher.titles, h) else lab
        cut.extend(((a, h, before, TITLE_SOURCE if before != lab else src), (h, h + 1, "TITLE", TITLE_SOURCE),
                    (h + 1, b, "PERSON", TITLE_NAME_SOURCE)))
    out: list[tuple[int, int, str, str]] = []
    for a, b, lab, src in cut:
        start = a
        if lab == "PERSON" and out and out[-1][2] == "TITLE" and (
                tuple(forms[out[-1][0]:out[-1][1]]) in matcher.honorifics):
            end = out[-1][1]
            if 0 < a - end <= max_gap and all(upos[u] == "PROPN" for u in range(end, a)):
                start = end
        out.append((start, b, lab, src))
    return out


#: the most initials a PERSON span takes from before it (جے | ناگیشور راو): three letters before a
#: name are more often an office the knowledge base lacks (ایم این اے, اے ایس آئی)
_MAX_INITIALS_BEFORE = 2


def initial_names(forms: list[str], upos: Sequence[str | None] | None,
                  found: list[tuple[int, int, str, str]], matcher: TitleMatcher,
                  max_name: int = 3) -> list[tuple[int, int, str, str]]:
    """``found`` with the names the Indian Urdu press writes after initials, English letters spelled in
    Urdu (:data:`~khabar.urdu.romanize.LETTER_NAMES`), made whole where the model cut them:

    * a PERSON span of initials alone takes the rest of the name after it: further initials and one to
      ``max_name`` proper nouns outside every span, followed by a postposition, punctuation or verb
      (مسٹر بی | پرساد راؤ نے, وزیر دفاع اے | کے انٹونی) — or the PERSON span right after it (ڈاکٹر
      پی | سی شیکھر);
    * a PERSON span takes the one or two initials right before it outside every span (45 سالہ جے |
      ناگیشور راو) — not when the first is کے, the genitive, nor when they are a name or a title of the
      knowledge base (ایس پی: an office).

    Without parts of speech (``upos`` None) ``found`` is returned as it is."""
    from khabar.urdu.romanize import LETTER_NAMES

    if upos is None:
        return found
    n = len(forms)
    spans = sorted(found)
    starts = {a: m for m, (a, _, _, _) in enumerate(spans)}
    taken = {t for a, b, _, _ in spans for t in range(a, b)}
    known = (matcher.names, matcher.titles)

    def initials(a: int, b: int) -> bool:
        return all(forms[t] in LETTER_NAMES for t in range(a, b))

    def rest_of_name(m: int) -> tuple[int, int, str, str] | None:
        """Span ``m`` of initials with the rest of its name after it, or None (a PERSON span it takes
        in whole is dropped at the end)."""
        a, b, lab, _ = spans[m]
        titled = m > 0 and spans[m - 1][2] == "TITLE" and spans[m - 1][1] == a
        if not (initials(a, b) and b - a <= _MAX_INITIALS) or not (lab == "PERSON" or (
                titled and not any(matcher.match(forms, a, table, b) for table in known))):
            return None
        h = b
        while h < n and h - a < _MAX_INITIALS and h not in taken and forms[h] in LETTER_NAMES:
            h += 1
        nxt = starts.get(h)
        if nxt is not None and spans[nxt][2] == "PERSON" and nxt != m:
            return a, spans[nxt][1], "PERSON", TITLE_NAME_SOURCE  # ڈاکٹر پی | سی شیکھر: cut in two
        j = h
        while (j < n and j - h < max_name and j not in taken and upos[j] == "PROPN"
               and forms[j] not in LETTER_NAMES and not matcher.match(forms, j, matcher.titles, n)):
            j += 1
        if j > h and (j == n or upos[j] in _AFTER_NAME or j in taken):
            return a, j, "PERSON", TITLE_NAME_SOURCE
        return None

    def initials_before(a: int) -> int:
        """The first of the one or two initials right before token ``a`` that begin its name, else ``a``."""
        g = a
        while g - 1 >= 0 and a - g < _MAX_INITIALS_BEFORE and g - 1 not in taken and (
                forms[g - 1] in LETTER_NAMES):
            g -= 1
        if g == a or (g - 1 >= 0 and forms[g - 1] in LETTER_NAMES) or forms[g] == "کے" or any(
                matcher.match(forms, g, table, a) for table in known):
            return a  # (more letters before them: an abbreviation, ایم این اے; کے: the genitive)
        return g

    out: list[tuple[int, int, str, str]] = []
    for m, span in enumerate(spans):
        whole = rest_of_name(m)
        if whole is not None:
            out.append(whole)
        elif span[2] == "PERSON" and (g := initials_before(span[0])) < span[0]:
            out.append((g, span[1], "PERSON", TITLE_NAME_SOURCE))
        else:
            out.append(span)
    # (a span the name took in whole is dropped)
    return [x for x in out if not any(y is not x and y[0] < x[0] and x[1] <= y[1] for y in out)]


#: Documents whose sentences :meth:`NerComponent.pipe` decodes together.
PIPE_BATCH = 32


class NerComponent:
    name: ClassVar[str] = "ner"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, config: NerConfig | None = None, *, model: NerModel | None = None,
                 kb: KnowledgeBase | None = None) -> None:
        from khabar.ml.kb import default_kb
        from khabar.ml.ner import default_ner

        self.config = config or NerConfig()
        self.model = model if model is not None else default_ner(self.config.source)
        self.kb = kb if kb is not None else default_kb()
        self.matcher = TitleMatcher(self.kb)
        self._model_id = f"model:ner/{self.model.meta.get('source', self.config.source)}"

    def __call__(self, doc: Document) -> Document:
        forms = token_forms(doc)
        ranges = sentence_ranges(doc)
        return self._annotate(doc, forms, ranges, self.model.predict_batch([forms[a:b] for a, b in ranges]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The documents of ``docs`` annotated as :meth:`__call__` does, the model decoding the
        sentences of :data:`PIPE_BATCH` documents at a time: one Viterbi over all of them (its
        per-step cost is numpy's call overhead, whatever the number of sentences), the same entities."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == PIPE_BATCH:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, docs: list[Document]) -> Iterator[Document]:
        forms = [token_forms(d) for d in docs]
        ranges = [sentence_ranges(d) for d in docs]
        preds = self.model.predict_batch([f[a:b] for f, rs in zip(forms, ranges, strict=True) for a, b in rs])
        at = 0
        for doc, f, rs in zip(docs, forms, ranges, strict=True):
            yield self._annotate(doc, f, rs, preds[at:at + len(rs)])
            at += len(rs)

    def _annotate(self, doc: Document, forms: list[str], ranges: list[tuple[int, int]],
                  preds: Sequence[Prediction]) -> Document:
        """``doc`` with the entities of the model's ``preds`` for its sentences ``ranges`` and the
        rules'."""
        upos = doc.token_attr("upos")
        entities: list[Entity] = []
        for (a, b), pred in zip(ranges, preds, strict=True):
            sent = forms[a:b]
            sent_upos = None if upos is None else upos[a:b]
            spans = (compound_names(sent, bracketed_spans(sent, spans_from_tags(pred.tags)))
                     if pred.tags.count("O") < len(pred.tags) else [])
            found = (title_spans(sent, spans, self.matcher) if self.config.titles and spans
                     else [(s, e, lab, "model") for s, e, lab in spans])
            if self.config.titled_names:
                found = titled_names(sent, sent_upos, found, self.matcher)
                found = honorific_names(sent, sent_upos, found, self.matcher)
                found = initial_names(sent, sent_upos, found, self.matcher)
            if self.config.titles:
                found = office_jurisdictions(sent, found, self.matcher, sent_upos)
            found = known_types(sent, organization_heads(sent, found, self.matcher), self.matcher)
            if self.config.demonyms:
                found = self._kb_matches(sent, found, self.matcher.demonyms, self.matcher.demonym_first,
                                         source=DEMONYM_SOURCE, label_of=lambda _: "LOCATION")
                # a place span of the model that is a demonym word for word (اسرائیلی, بنگلہ دیشی) is
                # that demonym, as the rules read it: a people's adjective, not a place
                found = [(a, b, lab, DEMONYM_SOURCE) if src == "model" and lab == "LOCATION"
                         and tuple(sent[a:b]) in self.matcher.demonyms else (a, b, lab, src)
                         for a, b, lab, src in found]
            if self.config.kb_names:
                # a span a name begins takes the whole name (the model's خیبر پی of خیبر پی کے), then the
                # names outside every span are added
                names, name_first = self.matcher.names, self.matcher.name_first
                found = self._extended(sent, found, names, name_first, source=KB_NAME_SOURCE,
                                       label_of=names.__getitem__)
                found = self._kb_matches(sent, found, names, name_first, source=KB_NAME_SOURCE,
                                         label_of=names.__getitem__, swallow=True)
                if sent_upos is not None:
                    found = single_names(sent, sent_upos, found, self.matcher.single_names)
            for s, e, lab, src in found:
                source = self._model_id if src == "model" else src
                score = _confidence(pred.scores, s, e) if src == "model" else 1.0
                entities.append(Entity(doc.token_span(a + s, a + e), lab, score=score, source=source))
        if self.config.datelines:
            entities = self._datelines(doc, forms, entities)
        entities = _without_weekdays(forms, _with_letters(forms, entities))
        if self.config.titles:
            entities = _repeated_mentions(doc, forms, entities, self.matcher)
            entities = _surnames(doc, forms, entities, self.matcher.title_first, upos)
        doc.entities = entities
        return doc

    def _datelines(self, doc: Document, forms: list[str], entities: list[Entity]) -> list[Entity]:
        """``entities`` with each dateline's places as LOCATION and its listed agencies and outlets
        as ORGANIZATION and its date as DATE (source ``rule:dateline``, where the model agreed too: the
        quote and event rules take no speaker or actor from a dateline), in place of what the model read
        there (``ماسکو`` as an organisation, ``ابوجا`` missed, ``02`` of ``02 ستمبر`` a number); its
        bylines (مانیٹرنگ ڈیسک) are no entities."""
        from khabar.urdu.datelines import DATELINE_SOURCE, date_words_of_datelines, find_dateline, line_firsts

        text = doc.text
        out = entities
        located = {(e.span.token_start, e.span.token_end) for e in entities if e.label == "LOCATION"}

        def is_place(a: int, b: int) -> bool:  # the model read it as a place, or the knowledge base knows it
            return (a, b) in located or any(m.entry.type == "LOCATION" and m.how == "name"
                                            for m in self.kb.lookup(forms[a:b]))

        for i in line_firsts(text, doc.token_starts):
            d = find_dateline(forms, i, months=date_words_of_datelines(), is_place=is_place)
            if d is None:
                continue
            spans = [(a, b, "LOCATION") for a, b in d.places] + [(a, b, "ORGANIZATION")
                                                                for a, b, _ in d.organizations]
            if d.date is not None:
                spans.append((*d.date, "DATE"))
            claimed = {t for a, b, _ in spans for t in range(a, b)}
            claimed.update(t for a, b in d.bylines for t in range(a, b))
            if d.bracket is not None:
                claimed.update((d.bracket[0] - 1, d.bracket[1]))
            out = [e for e in out if not claimed.intersection(range(e.span.token_start, e.span.token_end))]
            out += [Entity(doc.token_span(a, b), lab, score=1.0, source=DATELINE_SOURCE)
                    for a, b, lab in spans]
            out.sort(key=lambda e: (e.span.token_start, e.span.token_end))
        return out

    def _kb_matches(self, sent: list[str], found: list[tuple[int, int, str, str]],
                    table: Container[tuple[str, ...]], first: Mapping[str, int], *, source: str,
                    label_of: Callable[[tuple[str, ...]], str], swallow: bool = False,
                    ) -> list[tuple[int, int, str, str]]:
        """``found`` with the knowledge-base sequences of ``table`` outside its spans added (longest
        match), each labelled by ``label_of`` (demonyms LOCATION, names their entry's type); with
        ``swallow``, also a sequence that begins outside every span and holds spans whole, none a
        title, in their place (آزاد جموں و کشمیر where the model found کشمیر alone)."""
        if first.keys().isdisjoint(sent):
            return found
        starts = [i for i, f in enumerate(sent) if f in first]
        taken = {i for s, e, _, _ in found for i in range(s, e)}
        covered = 0
        added = False
        for i in starts:
            if i < covered or i in taken:
                continue
            end = min(len(sent), i + first[sent[i]])
            n = self.matcher.match(sent, i, table, end)
            if not n:
                continue
            held = _held_whole(found, i, i + n)
            if held is None or (held and not swallow):
                continue
            for j in reversed(held):
                a, b, _, _ = found.pop(j)
                taken.difference_update(range(a, b))
            found.append((i, i + n, label_of(tuple(sent[i:i + n])), source))
            covered = i + n
            added = True
        return sorted(found) if added else found


    def _extended(self, sent: list[str], found: list[tuple[int, int, str, str]],
                  table: Container[tuple[str, ...]], first: Mapping[str, int], *, source: str,
                  label_of: Callable[[tuple[str, ...]], str]) -> list[tuple[int, int, str, str]]:
        """``found`` with each span that a sequence of ``table`` begins and runs past replaced by that
        sequence (``source``, labelled by ``label_of``): up to the next span, or over the next spans
        when the sequence holds them whole and none is a title (تحریک طالبان + پاکستان is تحریک طالبان
        پاکستان)."""
        out = list(found)
        swallowed: set[int] = set()
        for k, (s, e, lab, _) in enumerate(found):
            if sent[s] not in first or k in swallowed:
                continue
            n = self.matcher.match(sent, s, table, min(len(sent), s + first[sent[s]]))
            # a span the sequence would cut, or a title (سردار of سردار ایاز صادق stays a title, as
            # titles are split from names): up to it
            inside = None if lab == "TITLE" else _held_whole(found, s, s + n, skip=k)
            if inside is None:
                limit = min((s2 for s2, _, _, _ in found if s2 > s), default=len(sent))
                n, inside = self.matcher.match(sent, s, table, min(limit, s + first[sent[s]])), []
            if s + n > e:
                out[k] = (s, s + n, label_of(tuple(sent[s:s + n])), source)
                swallowed.update(inside)
        return [x for j, x in enumerate(out) if j not in swallowed] if swallowed else out


def _held_whole(found: list[tuple[int, int, str, str]], lo: int, hi: int,
                skip: int = -1) -> list[int] | None:
    """The indices of the spans of ``found`` (``skip`` aside) that overlap ``[lo, hi)`` when each lies
    wholly inside it and none is a title — spans a knowledge-base name there may replace; None when
    one runs out of it or is a title."""
    held = [j for j, (a, b, _, _) in enumerate(found) if j != skip and a < hi and lo < b]
    if any(found[j][0] < lo or found[j][1] > hi or found[j][2] == "TITLE" for j in held):
        return None
    return held


def organization_heads(forms: list[str], found: list[tuple[int, int, str, str]],
                       matcher: TitleMatcher) -> list[tuple[int, int, str, str]]:
    """``found`` with each span labelled PERSON that begins with a knowledge-base organisation split
    into that organisation (``rule:kb-name``) and, when words follow, a PERSON: چیئرمین نادرا عثمان
    مبین is NADRA's chairman Usman Mobin, not a person named نادرا عثمان مبین; a lone حزب اللہ is
    Hezbollah. A span labelled ORGANIZATION that is such an organisation and then an office title
    is the two, and a name after the title a PERSON: بالی وڈ اداکار is Bollywood and an actor
    (``rule:title``), بالی وڈ اداکارہ ریکھا Bollywood, an actress and Rekha, نادرا چیئرمین NADRA and
    its chairman."""
    out: list[tuple[int, int, str, str]] = []
    for s, e, label, source in found:
        n = matcher.match(forms, s, matcher.organizations, e) if label in ("PERSON", "ORGANIZATION") else 0
        title = matcher.match(forms, s + n, matcher.titles, e) if n and s + n < e else 0
        if not n or (label == "ORGANIZATION" and not title):
            out.append((s, e, label, source))
            continue
        out.append((s, s + n, "ORGANIZATION", KB_NAME_SOURCE))
        if label == "ORGANIZATION":
            out.append((s + n, s + n + title, "TITLE", TITLE_SOURCE))
            if s + n + title < e:
                out.append((s + n + title, e, "PERSON", TITLE_SOURCE))
        elif s + n < e and not (e - s - n == 1 and forms[e - 1].endswith(C.OBLIQUE_PLURAL)):
            out.append((s + n, e, label, source))  # (داعش جنگجووں: the organisation's fighters, no one)
    return out


def known_types(forms: list[str], found: list[tuple[int, int, str, str]],
                matcher: TitleMatcher) -> list[tuple[int, int, str, str]]:
    """``found`` with each span the model labelled a person, place or organisation relabelled to the
    type the knowledge base gives its words where that is another of the three (source
    ``rule:kb-type``): داعش read as a place is the organisation, ملالہ یوسفزئی read as one the person;
    and a span that is a knowledge-base title and no name of a person, place or organisation is that
    title (ایڈمرل read as an organisation) — as is a span the model labelled a date or a time that holds
    no digit and no date word (اداکارہ نے کہا read as a date: six times in COUNTER)."""
    out = found
    for i, (s, e, label, source) in enumerate(found):
        if source != "model" or (label not in NAME_TYPES and label not in _TIME_LABELS) or (
                label == "PERSON" and matcher.after_honorific(forms, s)):
            continue  # (a person an honorific announces stays one: جناب ریاض is no place)
        words = tuple(forms[s:e])
        if label in _TIME_LABELS and not _timeless(words):
            continue
        known = matcher.name_type.get(words)
        if known is None and words in matcher.titles and words not in matcher.names and (
                words not in matcher.organizations):
            known = "TITLE"
        if known is not None and known != label:
            if out is found:
                out = list(found)
            out[i] = (s, e, known, KB_TYPE_SOURCE)
    return out


#: Labels of the model's dates and times, which :func:`known_types` relabels when they hold no date.
_TIME_LABELS = frozenset({"DATE", "TIME"})


@cache
def _date_forms() -> frozenset[str]:
    """Every one-word date or time word of :func:`khabar.urdu.dates.date_words`, of any kind (months,
    weekdays, units, numbers, markers)."""
    from khabar.urdu.dates import date_words

    return frozenset(key[0] for table in date_words().by_type.values() for key in table if len(key) == 1)


def _timeless(words: tuple[str, ...]) -> bool:
    """Whether a span's words hold no digit and no date or time word (:func:`_date_forms`)."""
    dated = _date_forms()
    return not any(ch.isdigit() for w in words for ch in w) and not any(w in dated for w in words)


#: Labels of names: an entity of one holds a letter (a score 6-4 or a date 2014-09-29 is no place).
_NAME_LABELS = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "ARTEFACT", "TITLE"})


def _with_letters(forms: list[str], entities: list[Entity]) -> list[Entity]:
    """``entities`` less the names (:data:`_NAME_LABELS`) with no letter in any of their words: the
    model tags a tennis score (6-4, 7-5) as a place now and then."""
    keep = [e for e in entities if e.label not in _NAME_LABELS or any(
        ch.isalpha() for i in range(e.span.token_start, e.span.token_end) for ch in forms[i])]
    return keep if len(keep) < len(entities) else entities


def single_names(forms: list[str], upos: Sequence[str | None], found: list[tuple[int, int, str, str]],
                 names: Mapping[str, str]) -> list[tuple[int, int, str, str]]:
    """``found`` plus each one-word knowledge-base name (``names``: form -> type) outside every span
    that the tagger reads as a proper noun (PROPN) and that is no date word (شام: evening, and Syria):
    the model missed نیپرا in نیپرا کے بجلی کی قیمتوں میں کمی, and ہیراتھ, a bowler, eleven times in
    COUNTER. Source ``rule:kb-name``."""
    taken = {t for a, b, _, _ in found for t in range(a, b)}
    dated = _date_forms()
    added = [(i, i + 1, names[f], KB_NAME_SOURCE) for i, f in enumerate(forms)
             if f in names and i not in taken and upos[i] == "PROPN" and f not in dated]
    return sorted([*found, *added]) if added else found


def _without_weekdays(forms: list[str], entities: list[Entity]) -> list[Entity]:
    """``entities`` less the one-word names that are a weekday before its postposition (وزیراعظم
    جمعہ کو …: on Friday, not a person جمعہ; پیر کو: on Monday), which the model sometimes tags
    after a title."""
    from khabar.urdu.dates import date_words

    words = date_words().by_type
    weekdays, markers = words.get("weekday", {}), words.get("marker", {})
    keep = [e for e in entities if not (
        e.span.token_end - e.span.token_start == 1 and (forms[e.span.token_start],) in weekdays
        and e.span.token_end < len(forms) and (forms[e.span.token_end],) in markers)]
    return keep if len(keep) < len(entities) else entities


#: words that refer back to a person named before (موصوف: the said, the aforementioned): after a
#: title (وزیر موصوف نے کہا) they are no name, though the model reads them as one
REFERRING_WORDS = frozenset({"موصوف", "موصوفہ"})


def _repeated_mentions(doc: Document, forms: list[str], entities: list[Entity],
                       matcher: TitleMatcher) -> list[Entity]:
    """``entities`` with an office the article named as a TITLE of several words read the same way
    wherever its words recur (source ``rule:title``): the model, which read وزیر انفارمیشن ٹیکنالوجی
    مسٹر پی لکشمیا right once, reads a later وزیر انفارمیشن ٹیکنالوجی نے کہا as a title and a person
    named انفارمیشن ٹیکنالوجی. A recurrence is taken only where every entity on its words lies wholly
    inside them (not where a name runs on past them), and only for titles that begin with a
    knowledge-base title. So is a PERSON of several words wherever its words recur outside every
    entity (source ``rule:same-name``: وائی ایس جگن موہن ریڈی نے, missed in an article's first
    sentence, is the جگن موہن ریڈی the model found in its second). A one-word PERSON of
    :data:`REFERRING_WORDS` is dropped."""
    kept = [e for e in entities if not (
        e.label == "PERSON" and e.span.token_end - e.span.token_start == 1
        and forms[e.span.token_start] in REFERRING_WORDS)]
    titles: dict[str, set[tuple[str, ...]]] = {}
    names: dict[str, set[tuple[str, ...]]] = {}
    for e in kept:
        a, b = e.span.token_start, e.span.token_end
        if e.label == "TITLE" and b - a >= 2 and matcher.match(forms, a, matcher.titles, b) > 0:
            titles.setdefault(forms[a], set()).add(tuple(forms[a:b]))
        elif e.label == "PERSON" and b - a >= 2:
            names.setdefault(forms[a], set()).add(tuple(forms[a:b]))
    if not titles and not names:
        return kept if len(kept) < len(entities) else entities
    covering: list[int | None] = [None] * len(forms)  # token -> the entity on it
    for k, e in enumerate(kept):
        for t in range(e.span.token_start, e.span.token_end):
            covering[t] = k
    dropped: set[int] = set()
    added: list[Entity] = []
    i = 0
    while i < len(forms):
        if forms[i] not in titles and forms[i] not in names:  # (most tokens begin no title or name)
            i += 1
            continue
        n = max((len(w) for w in titles.get(forms[i], ()) if tuple(forms[i:i + len(w)]) == w), default=0)
        inside = {c for c in covering[i:i + n] if c is not None}
        spans = {(kept[k].span.token_start, kept[k].span.token_end) for k in inside}
        if n and spans != {(i, i + n)} and all(i <= a and b <= i + n for a, b in spans):
            dropped.update(inside)
            added.append(Entity(doc.token_span(i, i + n), "TITLE", score=1.0, source=TITLE_SOURCE))
            i += n
            continue
        n = max((len(w) for w in names.get(forms[i], ()) if tuple(forms[i:i + len(w)]) == w
                 and all(covering[t] is None for t in range(i, i + len(w)))), default=0)
        if n:  # جگن موہن ریڈی, which the model missed in one sentence and found in the next
            added.append(Entity(doc.token_span(i, i + n), "PERSON", score=1.0, source=SAME_NAME_SOURCE))
        i += max(n, 1)
    if not added:
        return kept if len(kept) < len(entities) else entities
    return sorted([*(e for k, e in enumerate(kept) if k not in dropped), *added], key=lambda e: e.span.start)


def _surnames(doc: Document, forms: list[str], entities: list[Entity],
              titles: Container[str] = (), upos: Sequence[str | None] | None = None) -> list[Entity]:
    """A later lone mention of the last word of a multi-word PERSON (a surname) is a PERSON too
    (source ``rule:surname``): news names a person in full once, then by surname. So is a later lone
    mention of the first word of exactly one such name as an agent, an object or a speaker, right
    before نے, کو or کا کہنا (ملالہ یوسفزئی … ملالہ نے کہا, پریانکا چوپڑا … پریانکا کو: source
    ``rule:given-name``; جان کیری … جان کی حفاظت is life, not John). A word that begins names of two
    people, or a name prefix (محمد, سید), names no one alone; nor does the first word of a title
    (``titles``: صدر نے کہا is a TITLE mention), nor a given name right after a proper noun (``upos``,
    where tagged: ارسلان افتخار کو is Arsalan, not the افتخار محمد چوہدری named earlier). A surname
    after a proper noun the recognizer left out is another person of the family, named in full: the
    two words are that PERSON (صولت مرزا … اہلیہ نگہت مرزا: Nighat Mirza, his wife)."""
    taken = [False] * len(forms)
    for e in entities:
        for i in range(e.span.token_start, e.span.token_end):
            taken[i] = True
    surnames: dict[str, int] = {}
    given: dict[str, tuple[int, tuple[str, ...]]] = {}
    ambiguous: set[str] = set()
    for e in entities:
        if e.label == "PERSON" and e.source == TITLE_NAME_SOURCE:  # پوپ فرانزک … فرانزک
            surnames.setdefault(forms[e.span.token_end - 1], e.span.token_end)
        elif e.label == "PERSON" and e.span.token_end - e.span.token_start >= 2:
            last = forms[e.span.token_end - 1]
            if len(last) >= 3:
                surnames.setdefault(last, e.span.token_end)
            name = tuple(forms[e.span.token_start:e.span.token_end])
            # (one name spelt with and without a space inside is one person: ملالہ یوسفزئی, ملالہ یوسف زئی)
            if (len(name[0]) >= 3 and name[0] not in NAME_PREFIXES and name[0] not in titles
                    and "".join(given.setdefault(name[0], (e.span.token_end, name))[1]) != "".join(name)):
                ambiguous.add(name[0])
    for word in ambiguous | surnames.keys():
        given.pop(word, None)
    if not surnames and not given:
        return entities
    person_at = {e.span.token_end: k for k, e in enumerate(entities) if e.label == "PERSON"}
    entities = list(entities)  # (a given name that takes its surname is replaced in place)
    added: list[Entity] = []
    for i in [i for i, form in enumerate(forms) if form in surnames]:
        if taken[i] or i < surnames[forms[i]]:
            continue
        if i in person_at:  # پرتیبھا | پاٹل: the given name the model ended before its surname
            old = entities[k := person_at.pop(i)]
            entities[k] = Entity(doc.token_span(old.span.token_start, i + 1), "PERSON", score=old.score,
                                 source=old.source)
            continue
        if upos is not None and i > 0 and upos[i - 1] == "PROPN" and not taken[i - 1]:
            # صولت مرزا کی اہلیہ نگہت مرزا: a proper noun before the surname is a given name, and the
            # two another person of the family, not the one named in full before
            added.append(Entity(doc.token_span(i - 1, i + 1), "PERSON", score=1.0, source=SURNAME_SOURCE))
            continue
        added.append(Entity(doc.token_span(i, i + 1), "PERSON", score=1.0, source=SURNAME_SOURCE))
    added += [Entity(doc.token_span(i, i + 1), "PERSON", score=1.0, source=GIVEN_NAME_SOURCE)
              for i, form in enumerate(forms[:-1])
              if form in given and not taken[i] and i >= given[form][0]
              and not (upos is not None and i > 0 and upos[i - 1] == "PROPN")
              and (forms[i + 1] in (_ERGATIVE, _DATIVE)
                   or (forms[i + 1] in GENITIVES and forms[i + 2:i + 3] == [_SAYING]))]
    return sorted([*entities, *added], key=lambda e: e.span.start) if added else entities

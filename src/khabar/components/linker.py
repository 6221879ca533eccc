"""Entity linker component: ties each mention to a knowledge-base entry or a document-local id, and
groups mentions of the same referent.

Linking: a mention's token forms are looked up exactly among the knowledge base's names and
demonyms (:meth:`khabar.ml.kb.KnowledgeBase.lookup`); an entry links when its type agrees with the
mention's label (an untyped Wikidata seed item links to a LOCATION, ORGANIZATION or PERSON). A linked
mention gets the entry's id, canonical Urdu name and English name.

Grouping (``Entity.group``, numbered in order of first appearance):

* mentions linked to the same entry share a group;
* a PERSON whose tokens are the end of an earlier PERSON's (a surname: لوکاشنکوو after
  الیگزینڈر لوکاشنکوو), or equal to them, joins that PERSON's group; a full name ending in an earlier
  lone surname joins it only when no other full name is in that group (ضیاء الدین یوسفزئی is not
  ملالہ یوسفزئی); a given name the recognizer found alone (ملالہ نے کہا, ``rule:given-name``)
  joins the one PERSON named in full with it;
* a TITLE written right before a PERSON (possibly through other titles) joins the PERSON's group and
  makes the person the holder of that office *for that country* — the title's own country
  (رہبر انقلاب اسلامی → IRN) or the country of the place in ``X کے TITLE`` (بیلاروس کے صدر → BLR);
* a later title-only mention of the same office and country (بیلاروس کے صدر نے کہا) joins the
  holder's group; one before any holder of the office is named joins the holder named next. A title
  after سابق (former) names a past holder: it joins the name it precedes and no one else. A place
  that is no country (a province, a region) qualifies an office as itself, before the title or after
  it (وزیراعظم آزاد کشمیر), and so does a qualifier shared down a list of holders: a bare وزیراعظم
  is not the region's;
* a title-only mention that no holder named with the title reaches joins the person who held the
  office on the document's publication date, when the document names that person, and one after
  سابق the one past holder it names (``kb_office_holders.tsv``; a bare title two named holders
  share stays apart). An organisation's head is listed by the organisation: the title after it
  (تحریک انصاف کے چیئرمین) is its head's, a bare چیئرمین or سربراہ no organisation's.

A body every country has (a ministry, ``kb_national_bodies.tsv``) links to the body of the country the
text names (بھارتی وزارت خارجہ → ``khabar:org/ministry-of-foreign-affairs@IND``; see
:meth:`Linker._national_bodies`), and a title right after an organisation of one country takes that
country (بھارتی وزارت خارجہ کے ترجمان).

Unlinked PERSON, LOCATION, ORGANIZATION and ARTEFACT mentions get a stable document-local id
(``local:<group>``), the group's longest mention as canonical name and its romanization
(:mod:`khabar.urdu.romanize`, with the knowledge base's pronunciation lexicon) as English name.

Countries (ISO 3166-1 alpha-3) of linked places, and of office-holders where known, go into
``Entity.country``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, ClassVar

from khabar.components.ner import GENITIVES, NAME_PREFIXES, REMIT, former_words
from khabar.doc.model import LOCAL_ID_PREFIX, Document, Entity
from khabar.errors import ConfigError
from khabar.ml.kb import NATIONAL, national_body
from khabar.urdu import chars as C
from khabar.urdu.datelines import DATELINE_SOURCE
from khabar.urdu.dates import parse_published
from khabar.urdu.entity_sources import GIVEN_NAME_SOURCE
from khabar.urdu.romanize import romanize_name

if TYPE_CHECKING:
    from khabar.ml.kb import KbEntry, KbMatch, KnowledgeBase

NAMED = ("PERSON", "LOCATION", "ORGANIZATION", "ARTEFACT")
_COMPATIBLE = {
    "PERSON": ("PERSON", ""), "LOCATION": ("LOCATION", ""), "ORGANIZATION": ("ORGANIZATION", ""),
    "TITLE": ("TITLE",), "ARTEFACT": ("",),
}


def _may_link(entry: KbEntry, label: str) -> bool:
    """Whether a mention labelled ``label`` may link to ``entry``: a typed entry by its type, an
    untyped seed item by its ``links`` (kb_seed_links.tsv: one label, or none for a common word or
    given name such as منیر), else as any person, place or organisation."""
    if entry.links:
        return entry.links == label
    return entry.type in _COMPATIBLE.get(label, ())


@dataclass(frozen=True, kw_only=True)
class LinkerConfig:
    #: give unknown entities a romanized English name
    romanize: bool = True


class Linker:
    name: ClassVar[str] = "linker"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "entities")
    provides: ClassVar[tuple[str, ...]] = ("links",)

    def __init__(self, config: LinkerConfig | None = None, *, kb: KnowledgeBase | None = None) -> None:
        from khabar.ml.kb import default_kb

        self.config = config or LinkerConfig()
        self.kb = kb if kb is not None else default_kb()
        self._roman: dict[str, str] = {}
        #: ISO code -> the country's entry (for the bodies of kb_national_bodies.tsv)
        self._countries = {e.country: e for e in self.kb if e.kind == "country" and e.country}
        #: the organisations whose heads kb_office_holders.tsv lists (its place is the organisation:
        #: تحریک انصاف's chairman), whose office a title names only with the organisation before it
        self._organisation_offices = frozenset(
            term[2] for term in office_terms()
            if (entry := self.kb.get(term[2])) is not None and entry.type == "ORGANIZATION")
        #: names of two or more words with their spaces removed -> their matches (a joined typing)
        self._joined: dict[str, list[KbMatch]] = {}
        for key, m in self.kb.names():
            if len(key) >= 2 and m.how == "name":
                self._joined.setdefault("".join(key), []).append(m)

    def romanized(self, canonical: str) -> str:
        """The romanization of a name (cached: a name recurs across documents)."""
        out = self._roman.get(canonical)
        if out is None:
            if len(self._roman) > 100_000:
                self._roman.clear()
            out = self._roman[canonical] = romanize_name(canonical, self.kb.roman)
        return out

    def _dateline_link(self, forms: tuple[str, ...], source: str) -> KbEntry | None:
        """The entry a dateline's agency or outlet links to by ``dateline_sources.tsv`` (آن لائن is the
        agency Online only there, so the knowledge base cannot list it as a name)."""
        if source != DATELINE_SOURCE:
            return None
        from khabar.urdu.datelines import dateline_sources

        kb_id = dateline_sources().links.get(forms)
        return self.kb.get(kb_id) if kb_id is not None else None

    def link(self, forms: tuple[str, ...], label: str) -> KbEntry | None:
        for m in self.kb.lookup(forms):
            if _may_link(m.entry, label):
                return m.entry
        # نوازشریف: a name of several words typed without its spaces
        for m in self._joined.get("".join(forms), ()):
            if _may_link(m.entry, label):
                return m.entry
        if label == "PERSON" and len(forms) >= 2 and forms[0] in NAME_PREFIXES and (
                len(forms) >= 3 or forms[1] in self._joined):
            # محمد نواز شریف: news prefixes محمد or میاں to a known person's name of two words or more
            return self.link(forms[1:], label)
        if "(" in forms and forms[-1] == ")" and 0 < forms.index("(") < len(forms) - 2:
            # پاکستان مسلم لیگ (ن): the name with its bracketed part as a word; پاکستان کرکٹ بورڈ (پی سی
            # بی): the name before the brackets, else the abbreviation in them
            at = forms.index("(")
            for part in (forms[:at] + forms[at + 1:-1], forms[:at], forms[at + 1:-1]):
                if ")" not in part and (entry := self.link(part, label)) is not None:
                    return entry
        return None

    def _places_in_context(self, ents: Sequence[Entity], forms: Sequence[tuple[str, ...]],
                           entries: list[KbEntry | None]) -> list[KbEntry | None]:
        """``entries`` with each place whose name places of different countries share (حیدرآباد in
        Sindh and in India; گجرات: Gujarat, India, and Gujrat, Pakistan) linked to the one in the
        country the document's other places name most, where it names one country most and one of
        the places is in it; else the first, as :meth:`link` gives it."""
        votes: Counter[str] = Counter()
        shared: dict[int, list[KbEntry]] = {}
        for k, e in enumerate(ents):
            if e.label != "LOCATION":
                continue
            places = [m.entry for m in self.kb.lookup(forms[k]) if _may_link(m.entry, e.label)]
            if len({p.country for p in places}) > 1:
                shared[k] = places
            elif (entry := entries[k]) is not None and entry.country:
                votes[entry.country] += 1
        if not shared or not votes:
            return entries
        (first, most), *rest = votes.most_common(2)
        if rest and rest[0][1] == most:
            return entries  # two countries named as often: no telling
        out = list(entries)
        for k, places in shared.items():
            out[k] = next((p for p in places if p.country == first), out[k])
        return out

    def _national_bodies(self, doc: Document, entries: list[KbEntry | None],
                         countries: dict[int, str]) -> None:
        """Link each mention of a body every country has (وزارت خارجہ, kind ``national``) to the body of
        the country the text names, in place in ``entries`` and ``countries``: the place or demonym
        right before it (بھارتی وزارت خارجہ, ایران کی وزارت خارجہ) or a country right after it (وزارت دفاع
        پاکستان); else the country of the same body's last such mention (وزارت خارجہ کے ترجمان after
        اسرائیلی وزارت خارجہ); else the country of the dateline's first place (تہران (اے پی پی)). A mention
        none of them qualifies, or one owned by a place of no known country or by no place (لٹویا کی وزارت
        خارجہ, with لٹویا unknown or not found), keeps the body without a country."""
        ents = doc.entities
        dateline = next((countries[k] for k, e in enumerate(ents)
                         if e.source == DATELINE_SOURCE and e.label == "LOCATION" and k in countries), "")
        last: dict[str, str] = {}  # body -> the country of its last qualified mention
        for k, e in enumerate(ents):
            entry = entries[k]
            if entry is None or entry.kind != NATIONAL or e.label != "ORGANIZATION":
                continue
            before = _qualifier(doc, k)
            if before is not None or _genitive_before(doc, e.span.token_start):
                # (a place of no known country, or a genitive of no place: لٹویا کی وزارت خارجہ, none)
                country = last[entry.id] = countries.get(before, "") if before is not None else ""
            elif (k + 1 < len(ents) and ents[k + 1].span.token_start == e.span.token_end
                  and ents[k + 1].label == "LOCATION" and (after := entries[k + 1]) is not None
                  and after.kind == "country"):
                country = last[entry.id] = after.country
            else:
                country = last.get(entry.id, dateline)
            place = self._countries.get(country)
            if place is not None:
                entries[k] = national_body(entry, place)
                countries[k] = country

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        starts, ends = doc.token_starts, doc.token_ends
        ents = doc.entities
        n = len(ents)
        forms = [tuple(text[starts[i]:ends[i]] for i in range(e.span.token_start, e.span.token_end))
                 for e in ents]
        entries = [self.link(forms[k], e.label) or self._dateline_link(forms[k], e.source)
                   for k, e in enumerate(ents)]
        entries = self._places_in_context(ents, forms, entries)
        countries: dict[int, str] = {}
        for k, entry in enumerate(entries):
            if entry is not None and entry.country and ents[k].label != "TITLE":
                countries[k] = entry.country
        self._national_bodies(doc, entries, countries)
        # union-find over mentions
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        first_by_id: dict[str, int] = {}
        for k, entry in enumerate(entries):
            if entry is not None and ents[k].label != "TITLE":
                if entry.id in first_by_id:
                    union(first_by_id[entry.id], k)
                else:
                    first_by_id[entry.id] = k
        persons: list[int] = []
        # a person's words by their romanization, so that two spellings of one name are one (باک اوباما
        # … اوبامہ, آصف سندھیلا … آصف سندھیلہ: Obama, Sandhila)
        said: dict[int, tuple[str, ...]] = {}
        for k, e in enumerate(ents):
            if e.label != "PERSON":
                continue
            said[k] = tuple(self.romanized(w).lower() for w in forms[k])
            for p in persons:
                f, g = said[k], said[p]
                if len(g) < len(f) and f[-len(g):] == g and any(
                        len(said[q]) > 1 and said[q] != f[-len(said[q]):] and find(q) == find(p)
                        for q in persons):
                    # ضیاء الدین یوسفزئی after ملالہ یوسفزئی … یوسفزئی: a full name ending in a surname
                    # already used for someone named in full is another person of that family
                    continue
                lk, sk = (k, p) if len(forms[k]) > len(forms[p]) else (p, k)
                longer, shorter, known, whole = forms[lk], forms[sk], entries[sk], entries[lk]
                if (len(shorter) > 1 and len(longer) > len(shorter) and known is not None
                        and known.type == "PERSON" and (whole is None or whole.id != known.id)
                        and not all(w in NAME_PREFIXES for w in longer[:len(longer) - len(shorter)])):
                    # کلثوم نواز شریف after نواز شریف: a given name before the full name of a person the
                    # knowledge base knows, who has no such name there, is a family member named after
                    # him (wife, son), not him (محمد نواز شریف is; لوئز فلپ سکولاری after فلپ سکولاری,
                    # whom it does not know, is the same man named more fully)
                    continue
                given = e.source == GIVEN_NAME_SOURCE and len(g) > 1 and g[0] == f[0]
                if given or f == g or (len(f) < len(g) and g[-len(f):] == f) or (
                        len(g) < len(f) and f[-len(g):] == g):
                    union(p, k)
                    short, full = (k, p) if len(f) < len(g) else (p, k)
                    own, whole = entries[short], entries[full]
                    if (len(forms[short]) < len(forms[full]) and own is not None and own.type != "PERSON"
                            and (whole is None or whole.type == "PERSON")):
                        # شاہد آفریدی … آفریدی: the surname matched only an untyped item (the Afridi
                        # tribe); it is the person named in full, known to the knowledge base or not
                        entries[short] = whole
                    break
            persons.append(k)
        # titles: the office's country, the person they precede, title-only mentions
        holders: dict[tuple[str, str], int] = {}
        #: office -> the holder of it (of any country) named last
        latest: dict[str, int] = {}
        named: list[tuple[int, tuple[str, str]]] = []  # (title mention, office) of each title before a name
        #: title-only mentions before any holder: (mention, office, the organisation that qualifies it)
        waiting: list[tuple[int, tuple[str, str], str]] = []
        formers: list[tuple[int, tuple[str, str]]] = []  # title-only mentions of a past holder (سابق صدر)
        #: holder -> (where, country) of the office the title before the name gave
        held_where: dict[int, tuple[str, str]] = {}
        #: the knowledge-base people the text names as past holders (سابق صدر آصف زرداری)
        past_named: set[str] = set()

        def jurisdiction(place: int) -> tuple[str, str]:
            # (where, country) a place gives an office: a country's code, both; another place (a
            # province, a region: پنجاب, آزاد کشمیر) is itself where, so that its office is not the
            # country's own
            entry = entries[place]
            if entry is not None and entry.kind == "country":
                code = countries.get(place, entry.id)
                return code, countries.get(place, "")
            return (entry.id if entry is not None else " ".join(forms[place])), ""

        for k, e in enumerate(ents):
            if e.label != "TITLE":
                continue
            title = entries[k]
            # one office, however its title is spelled: وزیر اعظم and وزیراعظم are two entries
            # (prime-minister, prime-minister-2) with one English name
            office = (title.english or title.id) if title is not None else " ".join(forms[k])
            country = title.country if title is not None else ""
            # the office's holders are told apart by where: the country, or the place that qualifies it
            where = country
            organisation = ""  # the knowledge-base organisation the office is of (تحریک انصاف کے چیئرمین)
            ts = e.span.token_start
            if not country and (before := _qualifier(doc, k, ("LOCATION", "ORGANIZATION"))) is not None:
                # بیلاروس کے صدر, بھارتی وزیراعظم: the place or demonym right before names the country, and
                # so does an organisation of one country (بھارتی وزارت خارجہ کے ترجمان: India's)
                country = countries.get(before, "")
                where = country if ents[before].label != "LOCATION" else jurisdiction(before)[0]
                if ents[before].label == "ORGANIZATION" and (org := entries[before]) is not None:
                    organisation = org.id
            elif (not country and k > 0 and ents[k - 1].label == "PERSON"
                  and ents[k - 1].span.token_end == ts - 1 and k - 1 in held_where
                  and text[starts[ts - 1]:ends[ts - 1]] in _list_joints()):
                # آزاد کشمیر کے صدر سردار یعقوب ‘ وزیراعظم چودھری عبدالمجید: a title listed after a holder
                # named with a qualified title shares its qualifier (AJK's prime minister, not Pakistan's)
                where, country = held_where[k - 1]
            j = k + 1
            while j < n and ents[j].label == "TITLE" and _next_to(ents[j - 1], ents[j], text, starts, ends):
                j += 1
            adjacent = (j < n and ents[j].label == "PERSON"
                        and (_next_to(ents[j - 1], ents[j], text, starts, ends)
                             # یو این ایچ سی آر کی ترجمان دنیا اسلم خان: a first name left out between
                             or _name_follows(ents[j - 1], ents[j], text, starts, ends)))
            if not adjacent and (held := _after_remit(ents, j - 1, text, starts, ends)) is not None:
                j, adjacent = held, True  # خصوصی نمائندے برائے پاکستان و افغانستان ڈینئل فیلڈمین
            m = j + 1  # وزیر زراعت پنجاب ڈاکٹر فرخ جاوید: titles of the person after the jurisdiction
            while m < n and ents[m].label == "TITLE" and _next_to(ents[m - 1], ents[m], text, starts, ends):
                m += 1
            if (not adjacent and m < n and ents[j].label == "LOCATION" and ents[m].label == "PERSON"
                    and ents[j].span.token_start == ents[j - 1].span.token_end
                    and _name_follows(ents[m - 1], ents[m], text, starts, ends)):
                # وزیر اعلیٰ پنجاب محمد شہباز شریف: the office's jurisdiction stands between
                place, j, adjacent = j, m, True
                if not where:  # (so a bare وزیراعظم later is not وزیراعظم آزاد کشمیر's holder)
                    where, country = jurisdiction(place)
            elif (not adjacent and not where and j < n and ents[j].label == "LOCATION"
                  and ents[j].span.token_start == ents[j - 1].span.token_end):
                # وزیراعلیٰ پنجاب سے اپیل: the office of that place, its holder named later
                where, country = jurisdiction(j)
            # سابق صدر آصف زرداری, سابق چیف جسٹس: a past holder's title names him, not the office's holder
            former = ts > 0 and text[starts[ts - 1]:ends[ts - 1]] in former_words()
            if adjacent:
                union(k, j)
                if former and (held_entry := entries[j]) is not None:
                    past_named.add(held_entry.id)
                if not former:
                    holders[(office, where)] = j
                    latest[office] = j
                    named.append((k, (office, where)))
                    if where:
                        held_where[j] = (where, country)
                if country and j not in countries:
                    countries[j] = country
            elif former:
                formers.append((k, (office, where)))
            elif (office, where) in holders:
                union(k, holders[(office, where)])
            elif country and (office, "") in holders and countries.get(holders[(office, "")]) == country:
                union(k, holders[(office, "")])  # پاکستانی وزیراعظم after وزیراعظم نواز شریف (PAK)
            elif not where and office in latest:
                union(k, latest[office])  # صدر نے کہا after یوکرائن کے صدر پیٹرو پوروشنکو: the one named last
            else:
                waiting.append((k, (office, where), organisation))
            if country:
                countries.setdefault(k, country)
        kb_held = _kb_holders(doc, ents, entries, not_now=past_named) if waiting else {}
        for k, post, organisation in waiting:
            # وزیر داخلہ کے خلاف نعرے … وزیر داخلہ چودھری نثار علی خان نے کہا: a title-only mention before
            # the office's holder is named joins the holder named next; with no holder named with the
            # title anywhere, the one who held the office when the article appeared, if it names him
            # (وزیراعظم نے کہا in a 2014 report that names نواز شریف: kb_office_holders.tsv)
            later = next((t for t, o in named if t > k and o == post), None)
            if later is None and organisation in self._organisation_offices:
                # پی ٹی آئی کے چیئرمین نے کہا in a 2014 report that names عمران خان: the organisation's head
                later = _holder_of(kb_held, (post[0], organisation))
            if later is None:
                later = _holder_of(kb_held, post, not_bare=self._organisation_offices)
            if later is not None:
                union(k, later)
        past = _kb_holders(doc, ents, entries, past=True) if formers else {}
        for k, post in formers:
            # سابق صدر پر زور دیا in a 2014 report that names آصف علی زرداری: the one past holder named
            earlier = _holder_of(past, post, not_bare=self._organisation_offices)
            if earlier is not None:
                union(k, earlier)
        # number the groups in order of first appearance; fill ids and names
        group_no: dict[int, int] = {}
        members: dict[int, list[int]] = {}
        for k in range(n):
            r = find(k)
            group_no.setdefault(r, len(group_no))
            members.setdefault(r, []).append(k)
        out: list[Entity] = []
        for k, e in enumerate(ents):
            r = find(k)
            group = group_no[r]
            entry = entries[k]
            if entry is None and e.label != "TITLE":  # a mention linked through its group
                entry = next((entries[m] for m in members[r] if entries[m] is not None
                              and ents[m].label == e.label), None)
            code = countries.get(k, e.country)
            kb_id: str | None
            if entry is not None:
                if entry.country and e.label != "TITLE":
                    code = countries.setdefault(k, entry.country)
                kb_id, canonical, english = entry.id, entry.canonical, entry.english or None
            elif e.label in NAMED:
                same = [m for m in members[r] if ents[m].label == e.label]
                longest = max(same, key=lambda m: (len(forms[m]), -m))
                canonical = " ".join(forms[longest])
                kb_id = f"{LOCAL_ID_PREFIX}{group}"
                english = (self.romanized(canonical) if self.config.romanize else None) or None
            else:
                kb_id, canonical, english = e.kb_id, " ".join(forms[k]), e.english
            # (a new Entity, not dataclasses.replace, which inspects the fields on every call)
            out.append(Entity(e.span, e.label, kb_id, canonical, english, group, e.score, e.source, code,
                              e.role))
        doc.entities = out
        return doc


@cache
def _list_joints() -> frozenset[str]:
    """The words that join the items of a list of office-holders (، ‘ اور): news_words.tsv roles
    ``separator`` and ``and``, and the commas."""
    from khabar.urdu.news import lexicon

    lx = lexicon()
    return lx.words("separator") | lx.words("and") | {C.ARABIC_COMMA, ","}


#: one term of an office: (office's English name, country, the place that qualifies it or "", holder's
#: knowledge-base id, first day, last day or None while held)
OfficeTerm = tuple[str, str, str, str, dt.date, dt.date | None]


@cache
def office_terms() -> tuple[OfficeTerm, ...]:
    """The terms of office of ``kb_office_holders.tsv`` (who held an office of ``kb_titles.tsv``, in
    which country, from when to when). Read on first use, as :func:`khabar.components.ner.former_words` is."""
    from khabar.urdu.news import read_data_tsv

    name = "kb_office_holders.tsv"
    out: list[OfficeTerm] = []
    for office, country, place, holder, start, end in read_data_tsv(
            name, ("office", "country", "place", "holder", "start", "end"), key_cols=5):
        try:
            first = dt.date.fromisoformat(start)
            last = None if end == "-" else dt.date.fromisoformat(end)
        except ValueError as exc:
            raise ConfigError(f"{name}: {holder}'s term as {office}: {exc}") from exc
        out.append((office, country, "" if place == "-" else place, holder, first, last))
    return tuple(out)


def _kb_holders(doc: Document, ents: Sequence[Entity], entries: Sequence[KbEntry | None], *,
                past: bool = False, not_now: Set[str] = frozenset()) -> dict[tuple[str, str], set[int]]:
    """(office, where) -> the first mention of each person who held that office on the document's
    publication date (``doc.meta["published"]``), or with ``past`` whose term had ended by then, for
    each holder the document names. With no date, each holder the document names who ever held the
    office (the list covers the years of the news read) but those it calls former (``not_now``:
    سابق صدر آصف زرداری): :func:`_holder_of` takes one only when the document names no other, so an
    undated برطانوی وزیرِ اعظم is the David Cameron it names; a past holder needs the date. ``where``
    is the office's place where one qualifies it (a province), else its country, as the linker tells
    an office's holders apart."""
    day = parse_published(doc.meta.get("published"))
    if day is None and past:
        return {}
    first: dict[str, int] = {}
    for k, entry in enumerate(entries):
        if entry is not None and ents[k].label == "PERSON":
            first.setdefault(entry.id, k)
    out: dict[tuple[str, str], set[int]] = {}
    for office, country, place, holder, start, end in office_terms():
        if holder not in first:
            continue
        if day is None:
            if holder not in not_now:
                out.setdefault((office, place or country), set()).add(first[holder])
            continue
        ended = end is not None and end < day
        if ended if past else (start <= day and not ended):
            out.setdefault((office, place or country), set()).add(first[holder])
    return out


def _holder_of(held: dict[tuple[str, str], set[int]], post: tuple[str, str], *,
               not_bare: Set[str] = frozenset()) -> int | None:
    """The one mention :func:`_kb_holders` gives for an office ``post`` = (office, where) — for an
    office no place qualifies (a bare وزیراعظم), of any country but not of the organisations in
    ``not_bare`` (a bare چیئرمین is not تحریک انصاف's) — else None (none, or two people)."""
    office, where = post
    found: set[int] = set()
    for (o, w), ks in held.items():
        if o == office and (w == where or (not where and w not in not_bare)):
            found |= ks
    return found.pop() if len(found) == 1 else None


def _qualifier(doc: Document, k: int, labels: tuple[str, ...] = ("LOCATION",)) -> int | None:
    """The place or demonym (or other mention of ``labels``) right before mention ``k``, or before it
    through a genitive (بیلاروس کے صدر, بھارتی وزیراعظم, ایران کی وزارت خارجہ); None where there is none."""
    ents = doc.entities
    if k == 0 or ents[k - 1].label not in labels:
        return None
    ts = ents[k].span.token_start
    prev_end = ents[k - 1].span.token_end
    if prev_end == ts or (prev_end == ts - 1 and _genitive_before(doc, ts)):
        return k - 1
    return None


def _genitive_before(doc: Document, t: int) -> bool:
    """Whether token ``t`` follows a genitive postposition (کا, کی, کے)."""
    return t > 0 and doc.text[doc.token_starts[t - 1]:doc.token_ends[t - 1]] in GENITIVES


def _next_to(a: Entity, b: Entity, text: str, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether entity ``b`` follows ``a`` directly, or after the rest of a ministry's title that the
    knowledge base does not hold: words joined by ``و`` (and), up to six (وزیر اطلاعات و نشریات و
    قومی ورثہ سینیٹر پرویز رشید; ونشریات; وزیرمملکت پانی وبجلی عابد شیرعلی), or a comma and such a
    list (وزیر اطلاعات، نشریات و قومی ورثہ سینیٹر پرویز رشید)."""
    gap = b.span.token_start - a.span.token_end
    if gap == 0:
        return True
    if gap > 6:
        return False
    words = [text[starts[i]:ends[i]] for i in range(a.span.token_end, b.span.token_start)]
    if words[0] == C.ARABIC_COMMA:
        rest = words[1:]
        return (len(rest) >= 3 and C.WAW in rest
                and all(w.isalpha() and w not in _FUNCTION_WORDS for w in rest))
    # the rest may begin with the conjunction (… و نشریات) or with a word it joins (وزیرمملکت پانی
    # وبجلی عابد شیرعلی: water and power)
    return (any(w == C.WAW or (w[0] == C.WAW and len(w) > 2) for w in words[:3])
            and all(w.isalpha() and w not in _FUNCTION_WORDS for w in words))


def _after_remit(ents: Sequence[Entity], k: int, text: str, starts: Sequence[int],
                 ends: Sequence[int]) -> int | None:
    """The PERSON named after the remit of title ``k`` (برائے and up to six words of the office's
    field, places and و / اور among them: مشیر برائے قومی سلامتی و امور خارجہ سرتاج عزیز, خصوصی
    نمائندے برائے پاکستان و افغانستان ڈینئل فیلڈمین), or None."""
    t = ents[k].span.token_end
    if t >= len(starts) or text[starts[t]:ends[t]] != REMIT:
        return None
    for m in range(k + 1, len(ents)):
        e = ents[m]
        if e.span.token_start - t > 7:
            return None
        if e.label == "PERSON":
            words = [text[starts[i]:ends[i]] for i in range(t + 1, e.span.token_start)]
            fits = bool(words) and all(w.isalpha() and (w not in _FUNCTION_WORDS or w == "اور")
                                       for w in words)
            return m if fits else None
        if e.label not in ("LOCATION", "ORGANIZATION"):
            return None
    return None


def _name_follows(a: Entity, b: Entity, text: str, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether PERSON ``b`` follows ``a`` (an office's place, or its title) directly or after one word
    the recognizer left out of the name (پنجاب محمد شہباز شریف: محمد; ترجمان دنیا اسلم خان: دنیا), not
    a postposition."""
    gap = b.span.token_start - a.span.token_end
    if gap == 0:
        return True
    if gap != 1:
        return False
    word = text[starts[a.span.token_end]:ends[a.span.token_end]]
    return word.isalpha() and word not in _FUNCTION_WORDS


#: Postpositions and the ergative: a title's rest never holds them.
_FUNCTION_WORDS = frozenset({"کا", "کی", "کے", "نے", "کو", "سے", "میں", "پر", "تک", "اور"})

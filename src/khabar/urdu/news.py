"""News understanding rules: who said what (quotes) and who did what to whom (events).

Pure functions over an analyzed :class:`~khabar.doc.model.Document` (tokens, sentences, UPOS,
lemmas and entities); the language knowledge is reviewed data in ``data/``:

* ``speech_verbs.tsv``: speech cues (کہا, بتایا, زور دے کر کہا, کا کہنا تھا ...);
* ``news_words.tsv``: the function words the rules look for, by role (نے ergative, کہ complementizer,
  کا/کی/کے genitive, pronouns, auxiliaries);
* ``event_lexicon.tsv``: event triggers (light-verb constructions) with CAMEO code, PLOVER category
  and the postpositions that mark the second actor;
* ``actor_roles.tsv``: CAMEO actor roles of office titles and organisations;
* ``actor_nouns.tsv``: common nouns that name actors (پولیس, فورسز, مظاہرین) with their roles;
* ``stopwords.tsv``: the stop-word list (keyphrases, summary).

Speakers and agents: the noun phrase before نے (or before the genitive of ``X کا کہنا تھا``) is the
speaker; the entity that ends there (allowing up to two more noun-phrase tokens the recognizer left
out) is taken, and a TITLE is resolved through its linker group to the PERSON who holds it
(بیلاروس کے صدر → الیگزینڈر لوکاشنکوو), or through an earlier mention of the same office. A phrase
the recognizer did not tag is the same person as a PERSON mention with the same words, or as the
person it stood right before earlier (a title used alone). A pronoun speaker (انہوں / انھوں / ان /
وہ) is the most recent PERSON named as an agent or speaker before it — so a new person introduced
as a speaker takes over — and, when nobody has spoken yet, the most recent PERSON mentioned.

Event actors are entity indices, or the words of a common-noun phrase (:class:`Actor`); see
docs/events.md for the rules and docs/annotation.md for what they are measured against.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources

from khabar.doc.model import SOURCED, Document, Event, Quote, Span, Timex, body_id
from khabar.errors import ConfigError
from khabar.urdu import chars as C
from khabar.urdu.datelines import DATELINE_SOURCE
from khabar.urdu.entity_sources import DEMONYM_SOURCE, TITLE_SOURCE
from khabar.urdu.joined import joined_words

#: Quotation marks: opening -> closing.
QUOTE_PAIRS = {
    C.LEFT_DOUBLE_QUOTE: C.RIGHT_DOUBLE_QUOTE,
    C.LEFT_SINGLE_QUOTE: C.RIGHT_SINGLE_QUOTE,
    C.LEFT_GUILLEMET: C.RIGHT_GUILLEMET,
    C.RIGHT_GUILLEMET: C.LEFT_GUILLEMET,  # right-to-left texts often type » first
    C.RIGHT_DOUBLE_QUOTE: C.LEFT_DOUBLE_QUOTE,
    '"': '"',
}
#: Doubled single marks as Urdu newspapers type them, in either order: ’’مستی زادے‘‘ or ‘‘…’’
#: (a lone ‘ is also their clause separator, so single marks pair only as written above), and two
#: typewriter apostrophes as Indian Urdu papers type them (اس نے پوچھا'' آپ کون ہیں؟'').
DOUBLED_QUOTE_PAIRS = {
    C.RIGHT_SINGLE_QUOTE * 2: C.LEFT_SINGLE_QUOTE * 2,
    C.LEFT_SINGLE_QUOTE * 2: C.RIGHT_SINGLE_QUOTE * 2,
    "''": "''",
}
#: Every quotation mark, opening or closing (right-to-left text types them either way round), the
#: doubled ones as the tokenizer keeps them too (’’دولتِ اسلامیہ‘‘ نے: one token each side).
_QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values()) | frozenset(DOUBLED_QUOTE_PAIRS)
#: Every character a quotation mark is written with (the typewriter apostrophe only doubled).
_MARK_CHARS = "".join(sorted({m[0] for m in _QUOTE_MARKS}))
#: Any quotation mark: the only characters a direct quote can start at.
_MARK_RE = re.compile("[" + re.escape(_MARK_CHARS) + "]")
#: Longest direct quote searched for (characters).
MAX_QUOTE_CHARS = 1500
#: ``تاہم`` (however), which ends a quote only after a future (:func:`_narrator_resumes`).
_HOWEVER = "تاہم"
#: ``پر`` (on, at, about): the postposition of a thing praised or thanked for, of a place captured, of
#: an accusation's or a ban's content.
_ON = "پر"
#: ``سے`` and ``کے ساتھ`` (with): the postpositions of the other side of a meeting, talks, a clash.
_WITH_ABL = "سے"
_WITH = ("کے", "ساتھ")
#: Tokens that end a sentence's content (not part of a quote's content).
FINAL_PUNCT = frozenset({C.URDU_FULL_STOP, C.FULL_STOP, C.QUESTION, C.ARABIC_QUESTION, C.EXCLAMATION})
#: The commas that end a clause or part a list: Urdu's and the Latin one (Indian Urdu copy types
#: ایران, پاکستان اور افغانستان with the Latin comma).
_COMMAS = frozenset({C.ARABIC_COMMA, C.COMMA})
#: What may follow a symmetric quotation mark (" or '') that closes a quote and so opens none.
_CLOSING_NEXT = FINAL_PUNCT | _COMMAS | {"\n"}
#: Separators that may stand between a cue and its content instead of کہ.
CUE_SEPARATORS = frozenset({":", *_COMMAS, "-"})
#: Parts of speech that may extend a noun phrase the recognizer cut short.
NP_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: Entity labels that can be actors and speakers.
ACTOR_LABELS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "TITLE"})
#: A trigger word standing for one to MAX_GAP tokens (the place visited in دورے پر * پہنچنا).
EVENT_GAP = "*"
#: A trigger word standing for a verb's oblique infinitive, the act asked for in ``~ کا کہا`` (حل کرنے
#: کا کہا: asked to settle).
EVENT_INFINITIVE = "~"
#: The event lexicon's target column ends in this when the construction is an event only with an
#: actor as its second actor.
EVENT_NEEDS_ACTOR2 = "!"
#: generic_refs.tsv: a generic noun with this head stands for any organisation named before it
ANY_HEAD = "*"
MAX_GAP = 4
#: The infinitive ending of a verb (کرنا, پکڑنا): a lexicon trigger's verbs are written in it.
INFINITIVE = "نا"
#: endings of marked masculine nouns, whose plural and oblique end in ے (دھماکہ → دھماکے, دورہ → دورے)
_MARKED_ENDINGS = (C.HEH_GOAL, C.ALEF)
_FEM_PLURAL_I = "یاں"  # کارروائی → کارروائیاں
_FEM_PLURAL = "یں"  # جھڑپ → جھڑپیں


def _oblique_plural(form: str) -> bool:
    """Whether a noun form is in the oblique plural (دہشت گردوں, رہنماؤں): a group, never one person."""
    return form.endswith(C.OBLIQUE_PLURAL) and len(form) > len(C.OBLIQUE_PLURAL) + 1


def _singulars(form: str) -> tuple[str, ...]:
    """The singulars a noun's plural (or masculine oblique) may have: دھماکے → دھماکہ, دھماکا;
    کارروائیاں → کارروائی; جھڑپیں → جھڑپ (for trigger nouns the lemmatizer leaves as written) — and
    the other spelling of a marked masculine singular written with its final alef (دھماکا, نشانا,
    چھاپا: دھماکہ, نشانہ, چھاپہ; COUNTER writes دھماکا 7 times, نشانا 4)."""
    if len(form) < 4:
        return ()
    if form.endswith(C.YEH_BARREE):
        return tuple(form[:-1] + end for end in _MARKED_ENDINGS)
    if form.endswith(C.ALEF):
        return (form[:-1] + C.HEH_GOAL,)
    if form.endswith((_FEM_PLURAL_I, _FEM_PLURAL)):
        return (form[:-2],)
    return ()


# --- lexicons -------------------------------------------------------------------------------------
def read_data_tsv(name: str, header: tuple[str, ...], key_cols: int = 1) -> list[tuple[str, ...]]:
    """The rows of ``khabar/urdu/data/<name>`` (:func:`parse_tsv`)."""
    text = (resources.files("khabar.urdu") / "data" / name).read_text(encoding="utf-8")
    return parse_tsv(text, name, header, key_cols)


def parse_tsv(text: str, name: str, header: tuple[str, ...], key_cols: int = 1) -> list[tuple[str, ...]]:
    """Rows after ``#`` comments and the header; every column non-empty, keys (the first
    ``key_cols`` columns) unique."""
    rows: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    header_seen = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        cols = tuple(line.split("\t"))
        if not header_seen:
            if cols != header:
                raise ConfigError(f"{name}:{n}: the header must be {' <TAB> '.join(header)}")
            header_seen = True
            continue
        if len(cols) != len(header) or not all(cols):
            raise ConfigError(f"{name}:{n}: expected {len(header)} non-empty tab-separated columns")
        key = cols[:key_cols]
        if key in seen:
            raise ConfigError(f"{name}:{n}: {' '.join(key)!r} is listed twice")
        seen.add(key)
        rows.append(cols)
    if not header_seen:
        raise ConfigError(f"{name}: no header line")
    return rows


@dataclass(frozen=True, slots=True)
class EventEntry:
    """One event trigger of the lexicon."""

    trigger: tuple[str, ...]
    code: str
    plover: str
    name: str
    targets: tuple[tuple[str, ...], ...]
    #: an event only with an actor as its second actor (target column ending in ``!``: X پر زور دیا
    #: urges X; ضرورت پر زور دیا only stresses a need)
    needs_actor2: bool = False


@dataclass(frozen=True, slots=True)
class ActorNoun:
    """A common noun that names an actor (پولیس, فوج, مظاہرین): CAMEO role code and reading."""

    word: str
    role: str
    name: str


@dataclass(frozen=True, slots=True)
class NewsLexicon:
    speech: dict[tuple[str, ...], str]
    speech_max: int
    events: dict[tuple[str, ...], EventEntry]
    events_max: int
    roles: dict[str, frozenset[str]]
    actor_roles: dict[str, tuple[str, str]]
    stopwords: frozenset[str]
    light_verbs: dict[str, str]
    #: common nouns that name actors, by form and by lemma
    actor_nouns: dict[str, ActorNoun] = field(default_factory=dict)
    #: event entries by the first word of their trigger
    by_first: dict[str, tuple[EventEntry, ...]] = field(default_factory=dict)
    #: generic nouns for an organisation named earlier -> words its name holds (عدالت -> کورٹ ...)
    generic_refs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: knowledge-base ids of countries (kb_countries.tsv): a place that is a state, not a town
    countries: frozenset[str] = frozenset()
    #: one-word office titles and honorifics of the knowledge base (kb_titles.tsv: سفیر, صدر): names
    #: of actors, never event nouns, though a trigger may begin with one (سفیر کو … واپس بلانا)
    title_words: frozenset[str] = frozenset()

    def words(self, role: str) -> frozenset[str]:
        return self.roles.get(role, frozenset())


def _spellings(post: tuple[str, ...], variants: set[str]) -> tuple[tuple[str, ...], ...]:
    """A target postposition in each spelling of its word that has several (کے لیے, کے لئے, کے لیئے:
    ``benefactive`` in news_words.tsv), the lexicon's own first."""
    hit = [i for i, w in enumerate(post) if w in variants]
    if not hit:
        return (post,)
    i = hit[0]
    others = sorted(variants - {post[i]})
    return (post, *((*post[:i], v, *post[i + 1:]) for v in others))


def _benefactive_spellings(trigger: tuple[str, ...], variants: set[str]) -> list[tuple[str, ...]]:
    """A trigger with the compound postposition کے لیے in every spelling news uses for it: its
    ``benefactive`` word's variants (لیے, لئے, لیئے) and the joined spellings (کیلئے, کےلیے:
    ``joined_words.tsv``); the trigger as written first."""
    out = list(_spellings(trigger, variants))
    i = next((i for i in range(len(trigger) - 1) if trigger[i] == "کے" and trigger[i + 1] in variants), -1)
    if i >= 0:
        head, tail = trigger[:i], trigger[i + 2:]
        out += [(*head, joined, *tail) for joined, expansion in sorted(joined_words().items())
                if tuple(expansion.split(" ")) in {("کے", v) for v in variants}]
    return list(dict.fromkeys(out))


def event_targets(trigger: str, field: str, benefactive: set[str],
                  ) -> tuple[tuple[tuple[str, ...], ...], bool]:
    """An event entry's target column: its postpositions (``|`` between alternatives, each in its
    spellings; ``-`` none) and whether actor 2 is required (``!`` at the end, for the whole column).
    A ``!`` anywhere else would make one alternative a word no text has: a :class:`ConfigError`."""
    needs = field.endswith(EVENT_NEEDS_ACTOR2)
    spec = field.removesuffix(EVENT_NEEDS_ACTOR2)
    if EVENT_NEEDS_ACTOR2 in spec:
        raise ConfigError(f"event_lexicon.tsv: {trigger!r}: target {field!r}: '{EVENT_NEEDS_ACTOR2}' "
                          "(actor 2 required) goes once, at the end of the column, and applies to every "
                          "alternative")
    targets = () if spec == "-" else tuple(
        spelt for t in spec.split("|") for spelt in _spellings(tuple(t.split(" ")), benefactive))
    return targets, needs


@lru_cache(maxsize=1)
def lexicon() -> NewsLexicon:
    speech = {tuple(r[0].split(" ")): r[1]
              for r in read_data_tsv("speech_verbs.tsv", ("phrase", "kind", "gloss"))}
    roles: dict[str, set[str]] = {}
    for r in read_data_tsv("news_words.tsv", ("word", "role", "gloss"), key_cols=2):
        roles.setdefault(r[1], set()).add(r[0])
    events: dict[tuple[str, ...], EventEntry] = {}
    for r in read_data_tsv("event_lexicon.tsv", ("trigger", "code", "plover", "name", "target", "source")):
        targets, needs = event_targets(r[0], r[4], roles["benefactive"])
        key = tuple(r[0].split(" "))
        for spelt in _benefactive_spellings(key, roles["benefactive"]):
            # مدد کے لیے تیار: also مدد کے لئے تیار, مدد کیلئے تیار
            events.setdefault(spelt, EventEntry(spelt, r[1], r[2], r[3], targets, needs))
    actor_roles = {r[0]: (r[1], r[2]) for r in read_data_tsv("actor_roles.tsv", ("kb_id", "role", "name"))}
    stop = frozenset(r[0] for r in read_data_tsv("stopwords.tsv", ("word", "class")))
    light = {r[0]: r[1] for r in read_data_tsv("light_verbs.tsv", ("form", "lemma"))}
    for lemma in sorted(set(light.values())):
        # یرغمال بنالیا, ہلاک ہوگیا: a light verb's stem typed joined to the vector verb after it
        # (بنا + لیا) is that light verb, as کرلیا and کردیا in the table are
        for vector in sorted(roles.get("vector", ())):
            light.setdefault(lemma.removesuffix(INFINITIVE) + vector, lemma)
    nouns = {r[0]: ActorNoun(r[0], r[1], r[2])
             for r in read_data_tsv("actor_nouns.tsv", ("word", "role", "name", "source"))}
    by_first: dict[str, tuple[EventEntry, ...]] = {}
    for entry in events.values():
        by_first[entry.trigger[0]] = (*by_first.get(entry.trigger[0], ()), entry)
    generic = {r[0]: frozenset(r[1].split("|"))
               for r in read_data_tsv("generic_refs.tsv", ("generic", "heads", "source"))}
    countries = _country_ids()
    return NewsLexicon(speech, max(map(len, speech)), events, max(map(len, events)),
                       {k: frozenset(v) for k, v in roles.items()}, actor_roles, stop, light, nouns,
                       by_first, generic, countries, _title_words())


def pronoun_only(doc: Document, span: Span) -> bool:
    """Whether a speaker's or actor's words are a third-person pronoun alone (انہوں, ان, وہ): words
    that name no one until resolved."""
    words = doc.text[span.start:span.end].split()
    pronouns = lexicon().words("pronoun")
    return bool(words) and all(w in pronouns for w in words)


@lru_cache(maxsize=1)
def light_verb_pairs() -> frozenset[tuple[str, str]]:
    """(noun, inflected light verb) of every reviewed construction of the event and speech lexicons
    (اغوا کرنا: اغوا + کر, کیا, کی …; استدعا کی): space repair splits a rare token made of exactly such
    a pair (اغواکر → اغوا کر), whatever the noun's frequency and the segmenter's opinion."""
    lx = lexicon()
    forms: dict[str, set[str]] = {}
    for form, lemma in lx.light_verbs.items():
        forms.setdefault(lemma, set()).add(form)
    pairs: set[tuple[str, str]] = set()
    phrases = [(e.trigger[-2], e.trigger[-1]) for e in lx.events.values() if len(e.trigger) > 1]
    phrases += [(p[-2], lx.light_verbs.get(p[-1], "")) for p in lx.speech if len(p) > 1]
    for noun, lemma in phrases:
        if noun != EVENT_GAP and lemma in forms:
            pairs.update((noun, form) for form in forms[lemma])
    return frozenset(pairs)


def _kb_rows(name: str, header: list[str]) -> list[list[str]]:
    """The rows after the header of a knowledge-base TSV of ``khabar/urdu/data`` (compiled into the
    KB by ``khabar train configs/kb.json``; read here for one column), its header starting ``header``."""
    text = (resources.files("khabar.urdu") / "data" / name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not rows or rows[0][:len(header)] != header:
        raise ConfigError(f"{name}: expected a header starting {'<TAB>'.join(header)}")
    return rows[1:]


def _title_words() -> frozenset[str]:
    """The one-word titles of kb_titles.tsv (its first column)."""
    return frozenset(r[0] for r in _kb_rows("kb_titles.tsv", ["urdu"]) if r[0] and " " not in r[0])


def _country_ids() -> frozenset[str]:
    """The Wikidata ids of kb_countries.tsv (its second column; other columns may be empty)."""
    return frozenset(r[1] for r in _kb_rows("kb_countries.tsv", ["iso3", "wikidata"]) if len(r) > 1 and r[1])


# --- the reader: token views and entity helpers ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class Actor:
    """An actor found by the rules: an entity index, or the words of a common-noun phrase."""

    entity: int | None = None
    span: Span | None = None

    @property
    def null(self) -> bool:
        return self.entity is None and self.span is None


NO_ACTOR = Actor()
#: Parts of speech that end a name in a list (a comma, a postposition, a verb).
_NOT_IN_NAMES = frozenset({"ADP", "PUNCT", "VERB", "AUX", "SCONJ", "CCONJ", "PRON", "NUM"})


class NewsReader:
    """Token columns and entity indexes of one document, shared by the quote and event rules."""

    def __init__(self, doc: Document, lex: NewsLexicon | None = None) -> None:
        self.doc = doc
        self.lex = lex or lexicon()
        lx = self.lex
        text = doc.text
        self.starts = doc.token_starts
        self.ends = doc.token_ends
        self.forms = [text[s:e] for s, e in zip(self.starts, self.ends, strict=True)]
        n = len(self.forms)
        self.upos: Sequence[str | None] = doc.token_attr("upos") or [None] * n
        self.lemmas: Sequence[str | None] = doc.token_attr("lemma") or [None] * n
        self.feats: Sequence[str | None] = doc.token_attr("feats") or [None] * n
        self.ents = doc.entities
        #: token_end -> entity indices ending there
        self.ending: dict[int, list[int]] = {}
        for k, e in enumerate(self.ents):
            if e.span.token_start >= 0:
                self.ending.setdefault(e.span.token_end, []).append(k)
        self.persons_by_group: dict[int, int] = {}
        #: the text of every PERSON mention -> its first entity (a mention the recognizer missed
        #: elsewhere in the article is the same person: string-match coreference)
        self.person_text: dict[str, int] = {}
        for k, e in enumerate(self.ents):
            if e.label == "PERSON":
                if e.group is not None:
                    self.persons_by_group.setdefault(e.group, k)
                self.person_text.setdefault(text[e.span.start:e.span.end], k)
        self.ergative = lx.words("ergative")
        self.pronouns = lx.words("pronoun")
        self.first_person = lx.words("pronoun1")
        #: first-person agents before نے: ہم, and میں (elsewhere the postposition)
        self.agent1 = self.first_person | lx.words("pronoun1_erg")
        #: the first person's oblique form (مجھ پر, مجھ سے): a target, never a subject
        self.first_person_obl = lx.words("pronoun1_obl")
        #: words in the first person (ہم, ہمیں, مجھے, میرے, ہمارے, مجھ پر): a speaker's own voice
        self.own_voice = (self.first_person | lx.words("dative1") | lx.words("possessive1")
                          | self.first_person_obl)
        self.aux = lx.words("auxiliary")
        self.genitive = lx.words("genitive")
        self.particles = lx.words("particle")
        #: particles that may stand inside a light-verb construction (دورہ بھی کیا)
        self.focus = self.particles | lx.words("focus")
        #: forms whose lemma's trigger sense they do not share (عزائم: designs, not عزم)
        self.lemma_apart = lx.words("lemma_apart")
        self.clause_conj = lx.words("clause")
        self.sent_starts = [s.token_start for s in doc.sentences]
        self._agents: list[tuple[int, int]] | None = None
        #: first tokens of the agent phrases that name no person (انہوں نے, سماجی ورکرز نے), sorted
        self._unnamed_agents: list[int] = []
        #: CAMEO roles of the entities (:func:`entity_roles`), computed when first needed
        self.roles: dict[int, tuple[str, str]] | None = None
        # run-together tokens the normalizer left whole: X+نے (an agent with its ergative), نے+کہا
        # (ergative and cue) and کہا+کہ (cue and complementizer)
        speech_first = {p[0] for p in lx.speech}
        cue_words = speech_first | set(lx.by_first)
        comp = lx.words("complementizer")
        self.cue_forms = list(self.forms)
        self.erg_glued: set[int] = set()  # X+نے: the agent ends inside the token
        self.erg_prefix: set[int] = set()  # نے+cue
        self.comp_glued: set[int] = set()  # cue+کہ
        erg_any, comp_any = tuple(self.ergative), tuple(comp)  # one C-level test for most tokens
        for i, f in enumerate(self.forms):
            if f in self.ergative or f in cue_words or len(f) < 3:
                continue
            if not (f.endswith(erg_any) or f.startswith(erg_any) or f.endswith(comp_any)):
                continue
            for erg in self.ergative:
                if f.endswith(erg) and len(f) > len(erg) + 1 and (
                        any(self.ents[k].label in ACTOR_LABELS for k in self.ending.get(i + 1, ()))
                        # ڈیوڈ وارڈنے کہا: the recognizer stopped before the glued surname, and a
                        # speech cue follows
                        or (i + 1 < len(self.forms) and self.forms[i + 1] in speech_first
                            and any(self.ents[k].label == "PERSON" for k in self.ending.get(i, ())))):
                    self.erg_glued.add(i)
                elif f.startswith(erg) and f[len(erg):] in cue_words:
                    self.erg_prefix.add(i)
                    self.cue_forms[i] = f[len(erg):]
            for c in comp:
                if f.endswith(c) and f[:-len(c)] in cue_words:
                    self.comp_glued.add(i)
                    self.cue_forms[i] = f[:-len(c)]

    def title_ends(self, end: int) -> bool:
        """Whether a TITLE entity ends right before token ``end`` (its last word is ``end - 1``)."""
        return any(self.ents[k].label == "TITLE" for k in self.ending.get(end, []))

    def missed_name(self, t: int) -> bool:
        """Whether token ``t`` reads as a word of a name the recognizer missed: tagged PROPN, and not a
        bare number (رپورٹ برائے 2014)."""
        return self.upos[t] == "PROPN" and not self.forms[t].isdigit()

    def entities_from(self, t: int) -> list[int]:
        """The entities that begin at token ``t``."""
        return self._starting.get(t, [])

    @cached_property
    def _starting(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for k, e in enumerate(self.ents):
            if e.span.token_start >= 0:
                out.setdefault(e.span.token_start, []).append(k)
        return out

    @cached_property
    def entity_starts(self) -> frozenset[int]:
        """The first token of every entity."""
        return frozenset(self._starting)

    @cached_property
    def timex_tokens(self) -> frozenset[int]:
        """Tokens of the date and time expressions."""
        return frozenset(t for x in self.doc.dates if x.span.token_start >= 0
                         for t in range(x.span.token_start, x.span.token_end))

    @cached_property
    def in_timex(self) -> frozenset[int]:
        """Tokens of the date and time expressions, with the token after each (its postposition) —
        but a genitive after a year alone, which ends a name the year is part of (بہاولپور ڈویلپمنٹ
        فورم کے وژن 2040 کی تعریف کی: the vision is praised)."""
        return frozenset(t for x in self.doc.dates if x.span.token_start >= 0
                         for t in range(x.span.token_start, x.span.token_end + (
                             0 if x.source == "rule:date.year" and x.span.token_end < len(self.forms)
                             and self.forms[x.span.token_end] in self.genitive else 1)))

    def sentence_of(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, i) - 1)

    def is_erg(self, i: int) -> bool:
        return self.forms[i] in self.ergative or i in self.erg_glued or i in self.erg_prefix

    def agent_end(self, marker: int) -> int:
        """Where the agent phrase of the ergative at ``marker`` ends (the token after it)."""
        return marker + 1 if marker in self.erg_glued else marker

    def sentence_start(self, t: int) -> int:
        """The first token of the sentence token ``t`` is in (0 for a document without sentences)."""
        return self.sent_starts[self.sentence_of(t)] if self.sent_starts else 0

    def same(self, a: int | None, b: int | None) -> bool:
        """Whether entities ``a`` and ``b`` (resolved) are one: the same mention, or two mentions the
        linker grouped (سراج الحق … سراج الحق)."""
        if a is None or b is None:
            return False
        a, b = self.resolve(a), self.resolve(b)
        ga, gb = self.ents[a].group, self.ents[b].group
        return a == b or (ga is not None and ga == gb)

    def resolve(self, k: int) -> int:
        """A TITLE -> the PERSON of its linker group; a title-only mention the linker left alone ->
        the person an earlier mention of the same office (same kb_id, or same words) belongs to."""
        e = self.ents[k]
        if e.label != "TITLE":
            return k
        if e.group is not None and e.group in self.persons_by_group:
            return self.persons_by_group[e.group]
        words = self.doc.text[e.span.start:e.span.end]
        country = self.title_country(k)
        for m in range(k - 1, -1, -1):
            o = self.ents[m]
            other = self.doc.text[o.span.start:o.span.end]
            # the same office: same id, same words, or its first word (صدر after صدر مملکت)
            if o.label == "TITLE" and o.group is not None and o.group in self.persons_by_group and (
                    (e.kb_id is not None and o.kb_id == e.kb_id) or other == words
                    or (e.english is not None and o.english == e.english)
                    or other.startswith(words + " ") or self._same_head(k, m)):
                person = self.persons_by_group[o.group]
                # بھارتی وزیراعظم is not the وزیراعظم named before without a country (or with another)
                if country is None or country in (self.title_country(m), self.ents[person].country):
                    return person
        return k

    def _same_head(self, k: int, m: int) -> bool:
        """Whether titles ``k`` and ``m`` both name the head of one body by two of its names
        (تحریک انصاف کے سربراہ after پاکستان تحریک انصاف کے چیرمین عمران خان: news_words role
        ``head_title``), their owners, right before a genitive, one entity group."""
        heads = self.lex.words("head_title")
        owners = []
        for t in (k, m):
            e = self.ents[t]
            if e.span.token_end - e.span.token_start != 1 or self.forms[e.span.token_start] not in heads:
                return False
            g = e.span.token_start - 1
            owner = next((o for o in self.ending.get(g, []) if self.ents[o].label == "ORGANIZATION"),
                         None) if g >= 1 and self.forms[g] in self.genitive else None
            if owner is None:
                return False
            owners.append(owner)
        return self.same(owners[0], owners[1])

    def title_country(self, k: int) -> str | None:
        """The country that qualifies the title ``k`` in the text: a demonym or place right before it
        (بھارتی وزیراعظم) or before its genitive (بیلاروس کے صدر)."""
        ts = self.ents[k].span.token_start
        end = ts - 1 if ts >= 1 and self.forms[ts - 1] in self.genitive else ts
        for q in self.ending.get(end, []):
            if self.ents[q].label == "LOCATION" and self.ents[q].country:
                return self.ents[q].country
        return None

    def is_person(self, k: int) -> bool:
        return self.ents[k].label == "PERSON"

    def np_before(self, j: int, floor: int) -> tuple[int | None, int, bool]:
        """The noun phrase that ends just before token ``j`` (a postposition): (entity index or None,
        first token of the phrase, whether it is a pronoun). ``floor`` is the first token allowed.
        ``X بشمول Y`` (X including Y) is X's phrase: 7 افراد بشمول اےک خاتون کو گرفتار کیا."""
        k, first, pron = self._np_before(j, floor)
        if pron or first >= j:
            return k, first, pron
        inc = first - 1
        while inc > floor and first - inc < 3 and self.upos[inc] in ("NUM", "DET", "ADJ"):
            inc -= 1  # بشمول اےک خاتون: a numeral or an adjective before the member's noun
        if inc - 1 >= floor and self.forms[inc] in self.lex.words("including_before"):
            k2, first2, pron2 = self._np_before(inc, floor)
            if first2 < inc:
                return k2, first2, pron2
        return k, first, pron

    def including_end(self, first: int, end: int) -> int:
        """The end of the phrase ``[first, end)`` that :meth:`np_before` found: its ``بشمول`` when it
        holds one (X بشمول Y نے / کو: X's words end there), else ``end``."""
        including = self.lex.words("including_before")
        return next((t for t in range(first + 1, end) if self.forms[t] in including), end)

    def _np_before(self, j: int, floor: int) -> tuple[int | None, int, bool]:
        """:meth:`np_before` before its ``بشمول`` rule."""
        if j - 1 < floor:
            return None, j, False
        f = self.forms[j - 1]
        if f in _QUOTE_MARKS and j - 2 >= floor:
            # ’کانگریسنل ریسرچ سروس‘ نے بتایا: a name in quotation marks before its postposition
            k, first, pron = self.np_before(j - 1, floor)
            if first < j - 1:
                return k, first, pron
        if f == C.RIGHT_PARENTHESIS and j - 2 >= floor and not any(
                self.ents[k].label in ACTOR_LABELS for k in self.ending.get(j, [])):
            # کرکٹ ساؤتھ افریقہ (سی ایس اے) نے: an acronym in brackets after the name, or a name the
            # recognizer ended inside the brackets
            k, first, pron = self.np_before(j - 1, floor)
            if k is not None:
                return k, first, pron
            opening = next((t for t in range(j - 2, max(floor, j - 8) - 1, -1)
                            if self.forms[t] == C.LEFT_PARENTHESIS), -1)
            if opening > floor:
                k, first, pron = self.np_before(opening, floor)
                if first < opening:
                    return k, first, pron
        if f in self.pronouns or f in self.first_person or f in self.first_person_obl or any(
                f.endswith(p) and len(p) >= 4 for p in self.pronouns):  # ہوئےانہوں نے: run together
            return None, j - 1, True
        for back in range(3):  # the entity may stop up to two noun-phrase tokens early
            end = j - back
            if end <= floor:
                break
            if back and self.upos[end] not in NP_POS:
                break
            cands = [k for k in self.ending.get(end, []) if self.ents[k].label in ACTOR_LABELS
                     and self.ents[k].span.token_start >= floor]
            if cands:
                k = min(cands, key=lambda c: self.ents[c].span.token_start)
                return k, self.ents[k].span.token_start, False
        # no entity: the bare noun phrase (up to four tokens)
        i = j - 1
        if f in self.lex.words("agentive_noun") and i - 1 >= floor and self.upos[i - 1] in ("VERB", "AUX"):
            # دھرنا دینے والوں: those who stage sit-ins — the infinitive and its object belong to it
            i -= 1
            while i - 1 >= floor and j - i < 5 and self.upos[i - 1] in NP_POS:
                i -= 1
            return None, i, False
        while i - 1 >= floor and j - i < 4 and self.upos[i - 1] in NP_POS:
            if self.upos[i] in ("ADJ", "NUM", "DET") and self.actor_noun_at(i - 1) is not None:
                break  # جنگجو | متعدد شہروں پر: an actor noun ends the phrase before (the subject)
            i -= 1
        if (i - 2 >= floor and self.forms[i - 1] in self.lex.words("name_and")
                and self.upos[i - 2] in NP_POS and self.upos[j - 1] in NP_POS):
            # وزارت پانی و بجلی کو: و joins the words of one name (اور joins phrases)
            i -= 2
            while i - 1 >= floor and j - i < 6 and self.upos[i - 1] in NP_POS:
                i -= 1
        if i - 1 >= floor and i < j and f"{self.forms[i - 1]} {self.forms[i]}" in self.lex.words("compound"):
            i -= 1  # خود کش بمبار: خود (self-), tagged a pronoun, begins the compound
        nouns = self.lex.actor_nouns
        if i - 1 >= floor and (f"{self.forms[i - 1]} {self.forms[i]}" in nouns
                               or f"{self.forms[i - 1]} {self.lemmas[i] or ''}" in nouns):
            i -= 1  # شدت پسند: a two-word actor noun is one word, however its first word is tagged
        if self.upos[j - 1] in NP_POS or self.upos[j - 1] == "NUM" or (
                f in self.lex.words("agentive_noun") and i < j - 1):
            # (گھر والوں نے: the family — والوں after a noun ends a noun phrase, however it is tagged)
            return None, i, False
        return None, j, False

    def by_text(self, first: int, end: int) -> int | None:
        """A PERSON entity elsewhere in the article with the words of tokens ``[first, end)`` (or of
        their last two or three tokens): the same person, where the recognizer missed this mention."""
        text = self.doc.text
        for a in range(first, max(first, end - 3) + 1):
            if a < end:
                k = self.person_text.get(text[self.starts[a]:self.ends[end - 1]])
                if k is not None:
                    return self.resolve(k)
        return None

    def by_reference(self, first: int, end: int) -> int | None:
        """What a one-word bare reference stands for: a title for its person (:meth:`title_ref`), else
        a generic noun for its organisation (:meth:`generic_ref`)."""
        k = self.title_ref(first, end)
        return k if k is not None else self.generic_ref(first, end)

    def title_ref(self, first: int, end: int) -> int | None:
        """The person a one-word bare title at ``first`` refers to (وزیر نے بتایا after وزیر اطلاعات
        پرویز رشید): the latest earlier TITLE that begins with that word and belongs to a person, or
        the latest PERSON the word stood right before (اداکارہ سوناکشی سنہا … 27 سالہ اداکارہ نے). An
        adjective before the word (وفاقی وزیر: federal minister) is passed over, and a title typed
        without its spaces (وزیرخزانہ) matches the words it joins (وزیر خزانہ اسحاق ڈار). A word in the
        oblique plural stands for a group, never one person (دہشت گردوں اسرار الرحمان اور اظہار اﷲ نے …۔
        … دہشت گردوں نے انکشاف کیا: the terrorists, not the first of them)."""
        while end - first > 1 and self.upos[first] == "ADJ":
            first += 1
        if end - first != 1:
            return None
        word = self.forms[first]
        if _oblique_plural(word):
            return None
        best: int | None = None
        for k, e in enumerate(self.ents):
            if e.span.token_end > first:
                continue
            if e.label == "PERSON" and e.span.token_start > 0 and self.forms[e.span.token_start - 1] == word:
                # 27 سالہ اداکارہ نے after بالی وڈ اداکارہ سوناکشی سنہا: the word stood before the name
                # as its description though the recognizer left it out
                best = self.resolve(k)
                continue
            if e.label != "TITLE" or e.group not in self.persons_by_group:
                continue
            words = self.forms[e.span.token_start:e.span.token_end]
            head = e.span.token_start  # خصوصی نمائندے: the title's noun after its adjectives
            while head < e.span.token_end - 1 and self.upos[head] == "ADJ":
                head += 1
            if (words[0] == word or any("".join(words[:m]) == word for m in range(2, len(words) + 1))
                    or (head > e.span.token_start and self._same_word(head, first))):
                best = self.persons_by_group[e.group]
        return best

    def titled_demonym(self, k: int, end: int) -> int | None:
        """The person a place or demonym (entity ``k``) before the noun of a title ending at ``end``
        stands for: the one named with that title, of that country (امریکی نمائندے after امریکہ کے
        خصوصی نمائندے … ڈینئل فیلڈمین), whether the phrase speaks, acts or is acted on; else None. The
        title is one word, or two in the other order than the one it was named with (امریکی نمائندہ
        خصوصی: the Persian order of خصوصی نمائندے)."""
        e = self.ents[k]
        at = e.span.token_end
        if e.label != "LOCATION" or not 1 <= end - at <= 2:
            return None
        ref = self.title_ref(at, end) if end - at == 1 else self._swapped_title(at)
        return ref if ref is not None and self.ents[ref].country in (None, e.country) else None

    def _swapped_title(self, first: int) -> int | None:
        """The person named with the latest earlier two-word TITLE that the two words at ``first`` are
        in the other order, by form or lemma (نمائندہ خصوصی after خصوصی نمائندے … ڈینئل فیلڈمین)."""
        best: int | None = None
        for e in self.ents:
            a = e.span.token_start
            if (e.span.token_end <= first and e.span.token_end - a == 2 and e.label == "TITLE"
                    and e.group in self.persons_by_group and self._same_word(a, first + 1)
                    and self._same_word(a + 1, first)):
                best = self.persons_by_group[e.group]
        return best

    def word_in(self, t: int, words: Container[str]) -> bool:
        """Whether token ``t`` is one of ``words`` by its form or by its lemma."""
        return self.forms[t] in words or (self.lemmas[t] or "") in words

    def _same_word(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` and ``b`` are one word, by form or lemma, or a noun's masculine oblique
        and its direct form where the lemmatizer left the oblique as written (نمائندے, نمائندہ)."""
        fa, fb = self.forms[a], self.forms[b]
        return fa == fb or (self.lemmas[a] is not None and self.lemmas[a] == self.lemmas[b]) or (
            fa in _singulars(fb) or fb in _singulars(fa))

    def generic_heads(self, first: int, end: int) -> frozenset[str] | None:
        """The head words a one-word generic noun at ``first`` (عدالت, کمیٹی) stands for
        (``generic_refs.tsv``, by form or lemma), else None. An adjective or a demonstrative before
        it is passed over (فاضل عدالت: the learned court, news_words role ``epithet``; اس تنظیم:
        this organisation)."""
        while end - first > 1 and (self.upos[first] in ("ADJ", "DET")
                                   or self.forms[first] in self.lex.words("demonstrative")
                                   or self.forms[first] in self.lex.words("epithet")):
            first += 1
        if end - first != 1:
            return None
        return self.lex.generic_refs.get(self.forms[first]) or self.lex.generic_refs.get(
            self.lemmas[first] or "")

    def generic_ref(self, first: int, end: int) -> int | None:
        """The organisation a one-word generic noun at ``first`` refers to (عدالت نے after سپریم
        کورٹ): the latest earlier ORGANIZATION whose name holds one of its head words — any
        ORGANIZATION for a noun whose heads include ``*`` (تنظیم نے after ایمنسٹی انٹرنیشنل); of
        those, the latest that acted in the noun's sentence or the one before, if one did."""
        heads = self.generic_heads(first, end)
        if not heads or _oblique_plural(self.forms[end - 1]):
            return None  # (تمام سیاسی جماعتوں نے: many bodies, not the one named before)
        best: int | None = None
        acting: int | None = None  # the latest that acted (X نے): عدالت is the court hearing the case,
        # not one whose ruling it cited (سپریم کورٹ نے … لاہور ہائی کورٹ کے فیصلہ … فاضل عدالت نے) — in
        # this sentence or the one before: one that acted further back is passed over for a later
        # mention (… وزارت داخلہ نے … گرفتار کیا۔ … دولت اسلامیہ کا … قبضہ ہے اور … جو اس تنظیم کے خلاف)
        near = self.sentence_of(first) - 1
        for k, e in enumerate(self.ents):
            if e.span.token_end > first or e.label != "ORGANIZATION" or e.source == DATELINE_SOURCE:
                continue  # (not the agency that filed the report: بغداد۔ یکم جولائی (اے پی پی))
            # (its name as written or as the knowledge base has it: ایم کیو ایم is متحدہ قومی موومنٹ)
            words = {*self.forms[e.span.token_start:e.span.token_end], *(e.canonical or "").split()}
            if ANY_HEAD in heads or heads & words:
                best = k
                if (self.marks_agent(e.span.token_end, by=True)
                        and self.sentence_of(e.span.token_start) >= near):
                    acting = k  # (X نے, X کا کہنا ہے, X کی جانب سے)
        return acting if acting is not None else best

    def agents_before(self, pos: int) -> Iterator[tuple[int, int | None, int, bool]]:
        """Every ergative before token ``pos``, nearest first, with its agent phrase inside its
        sentence: (token of نے, entity or None, first token of the phrase, via a pronoun)."""
        for m in range(pos - 1, 0, -1):
            if self.is_erg(m):
                floor = self.sentence_start(m)
                yield (m, *self.np_before(self.agent_end(m), floor))

    def generic_phrase(self, first: int, end: int) -> Span | None:
        """The words of the latest earlier agent that a one-word generic noun at ``first`` stands for
        when no organisation entity does (کمیٹی نے کہا after چین کے نیشنل پیپلز کانگرس کی سٹینڈنگ
        کمیٹی نے …, a name the recognizer missed): an agent phrase of two words or more whose last
        word is one of the noun's heads."""
        heads = self.generic_heads(first, end)
        if not heads:
            return None
        for m, k, f, pron in self.agents_before(first):
            if self.forms[m - 1] not in heads:
                continue
            if not pron and k is None and f < m - 1:
                return self.doc.token_span(f, m)
            return None
        return None

    def titled_place(self, k: int, first: int, end: int) -> int | None:
        """A title phrase ending in a place (وزیر اعلیٰ پنجاب نے: the Chief Minister of Punjab) whose
        words stood right before a PERSON earlier: that person, not the place. A one-word title before
        an organisation (سپیکر قومی اسمبلی نے, after قومی اسمبلی کے سپیکر سردار ایاز صادق) is the
        person an earlier title beginning with that word belonged to (:meth:`title_ref`)."""
        label = self.ents[k].label
        if label not in ("LOCATION", "ORGANIZATION"):
            return None
        start = self.ents[k].span.token_start
        if label == "LOCATION":
            i = start
            while i - 1 >= 0 and i - 1 >= first - 3 and self.upos[i - 1] in NP_POS and not self.ending.get(i):
                i -= 1
            found = self.by_apposition(i, end) if i < start else None
            if found is not None:
                return found
            # سریش کمار کلکٹر ضلع میدک نے: a person, his office and its district — the person, not
            # the district, when a title or a place's kind (ضلع) stands between them
            before = next(iter(self.ending.get(i, [])), None) if i < start else None
            kinds = self.lex.words("place_noun")
            if before is not None and self.ents[before].label == "TITLE":
                person = next((p for p in self.ending.get(self.ents[before].span.token_start, [])
                               if self.is_person(self.resolve(p))), None)
                if person is not None:
                    return self.resolve(person)
            elif before is not None and self.is_person(self.resolve(before)) and any(
                    self.forms[t] in kinds for t in range(i, start)):
                return self.resolve(before)
        title = next((t for t in self.ending.get(start, []) if self.ents[t].label == "TITLE"
                      and self.ents[t].span.token_start >= first - 3), None)
        if title is None:
            return None
        held = self.resolve(title)  # وزیر اعلیٰ پنجاب after وزیر اعلیٰ … شہباز شریف: same office
        if held != title and self.is_person(held):
            return held
        return self.title_ref(self.ents[title].span.token_start, start)

    def office_of(self, k: int, floor: int) -> int | None:
        """The TITLE written right before place or organisation ``k`` (from ``floor`` on) that makes
        the two one office (وزیر اعلی پنجاب, ترجمان دفتر خارجہ), else None; a demonym is no place of an
        office (امریکی صدر is written the other way round)."""
        e = self.ents[k]
        if e.label not in ("LOCATION", "ORGANIZATION") or e.source == DEMONYM_SOURCE:
            return None
        return next((t for t in self.ending.get(e.span.token_start, []) if self.ents[t].label == "TITLE"
                     and self.ents[t].span.token_start >= floor), None)

    def by_apposition(self, first: int, end: int) -> int | None:
        """The PERSON that the words of tokens ``[first, end)`` stood right before earlier in the
        article (کیوبا کے انقلابی رہنما فیڈل کاسترو … انقلابی رہنما کا کہنا تھا): a title-only
        mention the recognizer did not tag refers to the person it was the title of. Words of three or
        more (an office with its owner) may also have stood before the name with its remit between
        (:meth:`_described`). Words ending in the oblique plural describe a group, never one person
        (:meth:`title_ref`)."""
        words = self.forms[first:end]
        n = len(words)
        if not n or _oblique_plural(words[-1]):
            return None
        best: int | None = None
        for k, e in enumerate(self.ents):
            ts = e.span.token_start
            if ts >= first or e.label != "PERSON":
                continue
            if (ts - n >= 0 and self.forms[ts - n:ts] == words) or (n >= 3 and self._described(words, ts)):
                best = k
        return self.resolve(best) if best is not None else None

    def _described(self, words: Sequence[str], ts: int) -> bool:
        """Whether ``words`` (an office with its owner: وزیراعظم کے مشیر) stood before the name at
        ``ts`` with only the office's remit between them (وزیراعظم کے مشیر برائے قومی سلامتی و امور
        خارجہ سرتاج عزیز): nouns, adjectives and the words of :data:`office_link`, six at most."""
        n = len(words)
        link = self.lex.words("office_link")
        for gap in range(1, 7):
            p = ts - gap
            if p - n < 0 or not (self.upos[p] in NP_POS or self.forms[p] in link):
                return False
            if self.forms[p - n:p] == list(words):
                return True
        return False

    @cached_property
    def relatives(self) -> frozenset[str]:
        """The relative pronouns of a clause's subject or agent (جو, جن; جس, جنہوں before نے)."""
        return self.lex.words("relative") | self.lex.words("relative_erg")

    @cached_property
    def joining(self) -> frozenset[str]:
        """The conjunctions that join one clause to the one before (اور, لیکن, تاہم)."""
        return self.lex.words("and") | self.lex.words("contrast")

    @cached_property
    def opinion(self) -> frozenset[str]:
        """The first words of the speech cues of the opinion kind (کہنا of X کا کہنا ہے)."""
        return frozenset(p[0] for p, kind in self.lex.speech.items() if kind in OPINION_KINDS)

    def marks_agent(self, t: int, *, by: bool = False, source: bool = False) -> bool:
        """Whether token ``t`` marks the phrase before it as an agent or speaker: نے, or the genitive
        of ``X کا کہنا ہے`` — with ``by`` that of ``X کی جانب سے`` (by X) too, and with ``source``
        that of ``X کے مطابق`` (according to X)."""
        if self.is_erg(t):
            return True
        after = self.forms[t + 1] if t + 1 < len(self.forms) else ""
        return self.forms[t] in self.genitive and (
            after in self.opinion or (by and after in self.lex.words("agentive"))
            or (source and after in self.lex.words("sourcing")))

    @property
    def agents(self) -> list[tuple[int, int]]:
        """(token of نے or of the genitive, resolved PERSON entity — or a TITLE no person holds in the
        text, an office named alone) for every explicit person agent, speaker or source (X کے مطابق), in
        text order: the antecedents of pronoun speakers (:meth:`antecedent`). Filled with it: the first
        tokens of such phrases that name no person (:meth:`_in_unnamed_agents_sentence`)."""
        if self._agents is None:
            out: list[tuple[int, int]] = []
            for i in range(len(self.forms)):
                # (کرنل وارن کے مطابق …۔ انھوں نے بتایا: a person named as the source speaks too)
                if not self.marks_agent(i, source=True):
                    continue
                floor = self.sentence_start(i)
                end = self.agent_end(i)
                k, first, pron = self.np_before(end, floor)
                if pron:
                    self._unnamed_agents.append(first)
                    continue
                r = self._agent_referent(k, first, end)
                # X، Y سمیت دیگر سماجی ورکرز نے: the first member named, the list's start; میر واعظ، سید
                # علی گیلانی، شبیر شاہ، فاروق احمد ڈار نے: a list of people is its first, as it speaks
                k1, f1 = self._first_conjunct(k, first, floor)
                if k1 is not None and k1 != k and self.is_person(self.resolve(k1)) and (
                        r is None or self.is_person(r)):
                    r, first = self.resolve(k1), f1
                if r is not None and (self.is_person(r) or self.ents[r].label == "TITLE"):
                    out.append((i, r))
                else:
                    self._unnamed_agents.append(first)
            self._agents = out
            self._unnamed_agents.sort()
        return self._agents

    def _agent_referent(self, k: int | None, first: int, end: int) -> int | None:
        """Who the agent phrase ``[first, end)`` (entity ``k``) names, for :attr:`agents`: its entity
        resolved, or the person a demonym before a title stands for (امریکی نمائندے کا کہنا تھا); without
        an entity, a person named by the same words, in apposition or by a bare title (وفاقی وزیر نے after
        وزیر خزانہ سینیٹر اسحق ڈار). None when it names no one."""
        if k is not None:
            titled = self.titled_demonym(k, end)
            return titled if titled is not None else self.resolve(k)
        if first >= end:
            return None
        found = self.by_text(first, end)
        if found is None:
            found = self.by_apposition(first, end)
        return found if found is not None else self.title_ref(first, end)

    def antecedent(self, i: int, exclude: int | None = None, *, subject: bool = True) -> int | None:
        """The person a pronoun at token ``i`` refers to (other than ``exclude``); ``subject``: the
        pronoun is an agent or a speaker, not an object (انہیں)."""
        pos = [a for a, _ in self.agents]
        j = bisect.bisect_left(pos, i)
        while j > 0:
            at, who = self.agents[j - 1]
            if not self.same(who, exclude):
                if self.is_person(who):
                    return who
                # an office named by its title alone (رہبر انقلاب اسلامی نے …۔ انھوں نے کہا): its holder —
                # unless a person is named after it, whom the pronoun more likely takes up, or a group
                # acts or speaks after it (سعودی حکام کا کہنا ہے کہ انھوں نے: those officials)
                named = self._last_person(i, exclude, subject=subject, after=at)
                if named is not None or any(at < u < i for u in self._unnamed_agents):
                    return named
                return who
            j -= 1
        # no person agent before it: the last person named — for an agent or a speaker, not one named
        # in or after an agent phrase that names no person, in its sentence (انھوں نے … شکست دی، جبکہ
        # کانگریس کے چمو سنگھ گسیمال تیسرے نمبر پر رہے): that sentence tells what its agent did, and a
        # later pronoun agent goes on with that agent, not with a rival, an object or a name inside
        # the agent's words (:attr:`agents` lists those phrases as it lists the person agents)
        return self._last_person(i, exclude, subject=subject)

    def _last_person(self, i: int, exclude: int | None, *, subject: bool, after: int = -1) -> int | None:
        """The last PERSON named before token ``i`` (and after token ``after``), resolved, other than
        ``exclude`` — for a ``subject`` pronoun, not one named in an agent phrase's sentence that names
        no person (:meth:`_in_unnamed_agents_sentence`)."""
        best: int | None = None
        for k, e in enumerate(self.ents):
            if e.label == "PERSON" and after < e.span.token_start and e.span.token_end <= i and not self.same(
                    k, exclude) and not (subject and self._in_unnamed_agents_sentence(e.span.token_start)):
                best = k
        return self.resolve(best) if best is not None else None

    def _in_unnamed_agents_sentence(self, t: int) -> bool:
        """Whether token ``t`` stands in or after an agent phrase that names no person (انہوں نے,
        سماجی ورکرز نے), in that phrase's sentence (:attr:`agents` must have been read)."""
        j = bisect.bisect_right(self._unnamed_agents, t)
        return j > 0 and self._unnamed_agents[j - 1] >= self.sentence_start(t)

    def subject(self, marker: int, floor: int) -> tuple[int | None, Span | None, bool]:
        """The agent of the ergative at ``marker`` (or before a genitive): (entity, the agent's words,
        via a pronoun)."""
        end = self.agent_end(marker)
        if end - 1 >= floor and self.forms[end - 1] in self.lex.words("pronoun1_erg") and self.is_erg(end):
            return None, self.doc.token_span(end - 1, end), True  # میں نے: I (the speaker)
        k, first, pron = self.np_before(end, floor)
        end = self.including_end(first, end)  # X بشمول Y نے: X
        if k is None and not pron and marker in self.erg_glued:
            k2, first2, _ = self.np_before(marker, floor)  # ڈیوڈ وارڈنے: the name ends before it
            if k2 is not None:
                k, first = k2, first2
        if pron:
            if self.forms[first] in self.first_person:
                return None, self.doc.token_span(first, end), True
            return self.antecedent(first), self.doc.token_span(first, end), True
        if first < end and (k is None or self.ents[k].label != "PERSON"):
            start = self.ents[k].span.token_start if k is not None else first
            described = self.described_person(start, floor)
            if described is not None:
                named_at = self.ents[described].span.token_start
                return self.resolve(described), self.doc.token_span(named_at, end), False
        if first >= end:
            others = end - 2 > floor and self.forms[end - 1] in self.lex.words("others") and (
                self.forms[end - 2] in self.lex.words("and"))
            k0, f0, pron0 = self.np_before(end - 2, floor) if others else (None, end, False)
            if k0 is not None and not pron0 and self.ents[k0].label in ACTOR_LABELS:
                # X، Y، Z اور دیگر نے (X, Y, Z and others): the list's first named item
                k0, f0 = self._first_conjunct(k0, f0, floor)
                if k0 is not None:
                    return self.resolve(k0), self.doc.token_span(f0, end), False
            return self._before_relative(marker, floor)
        if k is not None and (ref := self.titled_demonym(k, end)) is not None:
            return ref, self.doc.token_span(first, end), False
        named = k
        lead = first
        if k is not None and self.ents[k].label in ("LOCATION", "ORGANIZATION"):
            # X اور چیف سیکرٹری پنجاب نے: a title before a place is one conjunct with it, and the
            # coordination before it starts at the title
            start = self.ents[k].span.token_start
            lead = next((self.ents[t].span.token_start for t in self.ending.get(start, [])
                         if self.ents[t].label == "TITLE" and self.ents[t].span.token_start >= first - 3),
                        first)
        k1, f1 = self._first_conjunct(k, lead, floor)
        if (k1, f1) != (k, lead):
            k, first = k1, f1
        if named is not None and k is None:  # an unnamed first conjunct: its words end at اور
            end = self.conjunct_end(first, end)
        if (k is None and named is None and first - 2 >= floor
                and self.forms[first - 1] in self.lex.words("and")):
            # … والدہ کوثر جہاں اور بڑے بھائی نے: a first conjunct whose words are all names the
            # recognizer missed is the coded one, as a named first conjunct is
            v = first - 1
            while v - 1 >= floor and first - 1 - v < 3 and self.missed_name(v - 1):
                v -= 1
            if v < first - 1:
                first, end = v, first - 1
        span = self.doc.token_span(first, end)
        if k is not None:
            titled = self.titled_place(k, first, end)
            if titled is not None:
                return titled, span, False
            office = self.office_of(k, floor)
            if office is not None:  # وزیر اعلی پنجاب نے: the Chief Minister speaks, not Punjab
                office_start = self.ents[office].span.token_start
                office_span = self.doc.token_span(office_start, end)
                held = self.resolve(office)
                if not self.is_person(held):
                    # چیئرمین نادرا نے after چیئرمین نادرا عثمان مبین: the person the office stood before
                    named = self.by_apposition(office_start, end)
                    if named is not None:
                        return named, office_span, False
                return held, office_span, False
            return self.resolve(k), span, False
        named = self.by_text(first, end)
        if named is None:
            named = self.by_apposition(first, end)
        if named is None:
            named = self.owned_office(first, end, floor)
        if named is None:
            named = self.titled_remit(first, end)
        if named is None:
            named = self.by_reference(first, end)
        if named is None:
            span = self.generic_phrase(first, end) or span
        return named, span, False

    def described_person(self, first: int, floor: int) -> int | None:
        """The person named before a description that runs on to ``first``, the start of the phrase
        before an ergative: ``جناب دھرم سنگھ | سابق وزیر اعلی کرناٹک و رکن پارلیمنٹ | بیدر نے``, as the
        Indian Urdu press writes name then office. The words between the name and ``first`` are nouns,
        adjectives, names or و, among them an office title; None otherwise."""
        titled = False
        u = first - 1
        while u >= floor and first - u <= 10:
            people = [k for k in self.ending.get(u + 1, []) if self.ents[k].label == "PERSON"]
            if people and titled:
                return people[0]
            if self.forms[u] in self.lex.title_words or self.title_ends(u + 1):
                titled = True
            elif not (self.upos[u] in NP_POS or self.forms[u] in self.lex.words("name_and")):
                return None
            u -= 1
        return None

    def titled_remit(self, first: int, end: int) -> int | None:
        """The person whose office opens the phrase ``[first, end)`` and whose remit the words after it
        name (مشیر پانی و بجلی نے after وزیراعظم کے مشیر برائے توانائی مصدق ملک): the holder the linker
        gave the title to, when the words after it are nouns, adjectives or و alone."""
        for k in (m for t in range(first + 1, end) for m in self.ending.get(t, [])):
            e = self.ents[k]
            if e.label != "TITLE" or e.span.token_start != first:
                continue
            held = self.resolve(k)
            if self.is_person(held) and all(
                    self.upos[u] in NP_POS or self.forms[u] in self.lex.words("name_and")
                    for u in range(e.span.token_end, end)):
                return held
        return None

    def owned_office(self, first: int, end: int, floor: int) -> int | None:
        """The person an office with its owner names (وزیراعظم کے مشیر نے after وزیراعظم کے مشیر برائے
        … سرتاج عزیز): the phrase from the owner on, matched by :meth:`by_apposition`."""
        if first - 2 < floor or self.forms[first - 1] not in self.genitive:
            return None
        _, owner, pron = self.np_before(first - 1, floor)
        if pron or owner >= first - 1:
            return None
        return self.by_apposition(owner, end)

    def _first_conjunct(self, k: int | None, first: int, floor: int) -> tuple[int | None, int]:
        """The first named conjunct of a coordinated agent (پاکستان اور اس کی عوام نے, X، Y اور Z
        نے), which the event is coded with: (entity, first token); else ``(k, first)`` unchanged."""
        conj = self.lex.words("and")
        f, best = first, (k, first)
        # X، Y، Z سمیت دیگر سماجی ورکرز نے: a list before سمیت (including) names the agent's members
        including = self.lex.words("including")
        if f - 1 > floor and self.forms[f - 1] in including:
            k0, f0, pron0 = self.np_before(f - 1, floor)
            if not pron0 and f0 < f - 1 and k0 is not None and self.ents[k0].label in ACTOR_LABELS:
                best = (k0, f0)
                f = f0
            elif not pron0 and f0 < f - 1 and f0 - 1 > floor and self.forms[f0 - 1] in _COMMAS:
                # کالعدم تحریک طالبان ، ازبک، چیچن سمیت دیگر گروہوں: the last item before سمیت a name
                # the recognizer missed, the list goes on back to its first named item
                f = f0
        joined = False  # an اور seen in the list
        cur = k  # the entity of the conjunct that starts at f

        def people_joined(sep: int) -> bool:
            # X اور سپریم کورٹ کے جج Y, X اور دو کارکنوں Y: an اور between two named people
            return (sep > floor and self.forms[sep] in conj and cur is not None
                    and self.is_person(self.resolve(cur))
                    and any(self.is_person(self.resolve(k1)) for k1 in self.ending.get(sep, [])))

        def owned_alike(sep: int) -> bool:
            # عمران خان کی پاکستان تحریک انصاف اور طاہر القادری کی پاکستان عوامی تحریک: an اور between
            # two named conjuncts of one kind, each after its own owner (a title may stand between)
            if not (sep > floor and self.forms[sep] in conj and cur is not None):
                return False
            for k1 in self.ending.get(sep, []):
                if self.ents[k1].label != self.ents[cur].label:
                    continue
                s1 = self.ents[k1].span.token_start
                s1 = next((self.ents[t].span.token_start for t in self.ending.get(s1, [])
                           if self.ents[t].label == "TITLE"), s1)
                if s1 - 1 > floor and self.forms[s1 - 1] in self.genitive:
                    return True
            return False

        for _ in range(16):  # a list of names may run long (14 social workers in blind16)
            g = f
            if g - 2 >= floor and self.forms[g - 1] in self.genitive and self.forms[g - 2] in self.pronouns:
                g -= 2  # اس کی عوام: the possessive belongs to the conjunct
            elif g - 2 > floor and self.forms[g - 1] in self.genitive:
                # X، تحریک انصاف کے چیئرمین عمران خان، …: a list item's owner belongs to it — after a
                # comma only (پاکستان اور بھارت کے وزرائے اعظم: the owner is coordinated, not the item)
                _, owner, pron = self.np_before(g - 1, floor)
                if not pron and floor < owner - 1 < g - 2 and g - 1 - owner <= 3 and (
                        self.forms[owner - 1] in _COMMAS or owned_alike(owner - 1)):
                    g = owner  # (or after اور, when the conjunct before has its own owner too)
            h = g
            while (h - 1 > floor and g - h < 4 and self.upos[h - 1] in (*NP_POS, "NUM")
                   and self.forms[h - 1] not in conj):
                h -= 1
            if h < g and ((self.forms[h - 1] in _COMMAS and self.upos[h - 2] == "PROPN")
                          or people_joined(h - 1)):
                # X ،بزرگ کشمیری حریت رہنماء Y اور Z نے: a description after a comma belongs to its
                # conjunct; after اور only when a named person stands before it (جہانگیر ڈوگر اور دو
                # کارکنوں محمد افضل): else it is the name's own (کپتان اور سینئر بلے باز مصباح الحق)
                g = h
            elif (h < g and h - 3 > floor and self.forms[h - 1] in self.genitive
                  and self.forms[h - 2] in self.pronouns and self.forms[h - 3] in conj):
                g = h - 2  # جماعت اور اس کے سربراہ الطاف حسین: the head of the one named before اور
            elif h < g and h - 2 > floor and self.forms[h - 1] in self.genitive:
                # X، قومی سلامتی کے مشیر Y کے ساتھ: an office with its owner before a listed name
                # (after اور between two named people too, when the owner is a body or a place: X اور
                # سپریم کورٹ کے جج Y نے; a person owner is the second owner of one office: X اور Y کے
                # مشترکہ وکیل Z)
                ko, owner, pron = self.np_before(h - 1, floor)
                if not pron and floor < owner - 1 and h - 1 - owner <= 3 and (
                        self.forms[owner - 1] in _COMMAS or (people_joined(owner - 1) and (
                            ko is None or not self.is_person(self.resolve(ko))))):
                    g = owner
            if g - 1 <= floor or not (self.forms[g - 1] in conj or self.forms[g - 1] in _COMMAS):
                break
            k0, f0, pron0 = self.np_before(g - 1, floor)
            if pron0 or f0 >= g - 1:
                break
            if self.forms[g - 1] in _COMMAS:
                # a name in a comma list the tagger read as another part of speech (شبانہ: ADV) is
                # still part of the item, back to the comma before it (two words at most)
                while (f0 - 1 > floor and g - 1 - f0 < 3 and self.upos[f0 - 1] not in _NOT_IN_NAMES
                       and self.forms[f0 - 1] not in conj):
                    f0 -= 1
            if (self.forms[g - 1] in _COMMAS and not joined and k0 is not None and f0 == floor
                    and self.ents[k0].label == "LOCATION" and floor == self.sentence_start(f0)):
                break  # سرینگر، بھارتی فوجی نے: a headline's place before a comma, no list
            joined = joined or self.forms[g - 1] in conj
            cur = k0
            if k0 is not None and self.ents[k0].label in ACTOR_LABELS:
                best = (k0, f0)
            elif k0 is None and any(self.actor_noun_at(t) is not None for t in range(f0, g - 1)):
                best = (None, f0)  # محکمہ صحت اور عالمی ادارہ صحت کا کہنا ہے: an unnamed first conjunct
            elif k0 is None and self.forms[g - 1] in conj and all(
                    self.upos[t] == "PROPN" for t in range(f0, g - 1)):
                best = (None, f0)  # ایڈ اور پاولا کاسنگ نے: a name the recognizer missed before اور
            f = f0
        return best

    def conjunct_end(self, first: int, end: int) -> int:
        """The end of the conjunct that starts a coordination at ``first`` (before ``end``): its first
        اور or comma."""
        conj = self.lex.words("and")
        return next((t for t in range(first + 1, end)
                     if self.forms[t] in conj or self.forms[t] in _COMMAS), end)

    def _before_relative(self, marker: int, floor: int) -> tuple[int | None, Span | None, bool]:
        """The agent of an ergative that follows a relative clause describing it: ``X جو آج کل …
        مصروف ہیں نے … کہا`` (X, who is busy these days, said): the entity right before جو."""
        relative = self.relatives
        t = marker - 1
        if t > floor and self.forms[t] in self.lex.words("relative_erg"):
            # عسکریت پسندوں جنہوں نے … قبضہ کر لیا: the phrase before جنہوں (or جس) is the agent
            end = t - 1 if self.forms[t - 1] in self.lex.words("separator") else t
            if end - 1 > floor and ((self.upos[end - 1] == "AUX" and self.forms[end - 1] in self.aux) or (
                    self.upos[end - 1] == "VERB" and self.forms[end - 1] not in self.aux)):
                # شیعہ افراد بھی شامل ہیں جنھوں نے …, ان کے حمایتی … موجود تھے جنھوں نے …: a relative
                # clause after the copula of the clause it describes — or after its verb (… وفد سے
                # گفتگو کرتے ہوئے کیا جس نے … ملاقات کی) — its agent is that clause's nearest actor
                # (the sentence's, back from the verb)
                lo = max(floor, self.sentence_start(end))
                # (that clause only: not past a comma, ذمہ دار پاکستان نہیں، وہ عناصر ہیں جنہوں نے)
                lo = max([lo] + [u + 1 for u in range(lo, end - 1) if self.upos[u] == "PUNCT"
                                 or self.forms[u] in self.lex.words("separator")])
                hit = _nearest_mention(self, end - 1, lo, lambda k: self.ents[k].source != DEMONYM_SOURCE)
                if hit is not None:
                    u, found = hit
                    if isinstance(found, int):
                        return self.resolve(found), self.ents[found].span, False
                    _, f2, p2 = self.np_before(u + 1, lo)
                    if not p2:
                        return None, self.doc.token_span(min(f2, u), u + 1), False
                return None, None, False
            k, first, pron = self.np_before(end, floor)
            if k is not None:
                return self.resolve(k), self.ents[k].span, False
            if not pron and first < end:
                span = self.doc.token_span(first, end)
                if any(self.actor_noun_at(u) is not None for u in range(first, end)):
                    return None, span, False
            return None, None, False
        separator = self.lex.words("separator")
        start = marker - 1
        if start > floor and self.forms[start] in separator:
            start -= 1  # شاہد کپور، جو … مشغول ہیں، کا کہنا ہے: the clause between commas
        for t in range(start, max(floor, marker - 32) - 1, -1):  # a clause of up to 30 words
            if self.forms[t] in self.ergative and t - 1 > floor and self.forms[t - 1] in relative:
                continue  # وزیراعظم، جنہوں نے … قیام کیا، نے کہا: the relative clause's own agent
            if self.forms[t] in self.ergative or self.forms[t] in separator:
                break
            if self.forms[t] in relative:
                end = t - 1 if t - 1 > floor and self.forms[t - 1] in separator else t
                cands = [k for k in self.ending.get(end, []) if self.ents[k].label in ACTOR_LABELS]
                if cands:
                    k = cands[0]
                    return self.resolve(k), self.ents[k].span, False
                break
        return None, None, False

    def match(self, i: int, table: dict[tuple[str, ...], str], max_len: int) -> int:
        """Length of the longest ``table`` key equal to the token forms at ``i`` (0: none); run-together
        cues (نےکہا, کہاکہ) match by the cue's own words."""
        n = len(self.forms)
        forms = self.cue_forms
        for length in range(min(max_len, n - i), 0, -1):
            if tuple(forms[i:i + length]) in table:
                return length
        return 0

    def speech_cue(self, i: int) -> tuple[int, str] | None:
        """(tokens, kind) of the longest speech cue at token ``i`` — also with one focus particle
        between two of its words (انکشاف بھی کیا, توقع کا اظہار بھی کیا, امید بھی ظاہر کی), as the
        event triggers allow it (:meth:`_spanned`) — else None."""
        speech = self.lex.speech
        n = self.match(i, speech, self.lex.speech_max)
        if n:
            return n, speech[tuple(self.cue_forms[i:i + n])]
        if self.cue_forms[i] not in self._cue_heads:
            return None
        forms = self.cue_forms
        for length in range(min(self.lex.speech_max + 1, len(forms) - i), 2, -1):
            window = forms[i:i + length]
            for j in range(1, length - 1):
                if window[j] in self.focus:
                    kind = speech.get((*window[:j], *window[j + 1:]))
                    if kind is not None:
                        return length, kind
        return None

    @cached_property
    def _cue_heads(self) -> frozenset[str]:
        """The first words of the speech cues of two words or more."""
        return frozenset(p[0] for p in self.lex.speech if len(p) > 1)

    def _word_at(self, w: str, t: int, *, stem: bool = True) -> bool:
        """Whether trigger word ``w`` is token ``t``: its form, its lemma, the infinitive of the light
        verb it is a form of, or — for an infinitive ``w`` with ``stem`` — its bare stem, the form a
        verb takes before a vector verb (پکڑ لیا, دھاوا بول دیا, موت کے گھاٹ اتار دیا: پکڑنا, بولنا,
        اتارنا) or the past progressive (نعرے لگا رہے تھے; the present one, الزامات لگا رہے ہیں, is a
        stance the annotators split on). ``stem`` is for a construction's last word, its verb: the
        noun دھرنا of دھرنا دینا (a sit-in) is neither the stem nor the lemma of دھر دیے (الزامات … پر
        دھر دیے: laid the blame on)."""
        lx = self.lex
        if w == EVENT_INFINITIVE:
            return self._oblique_infinitive(t)
        form = self.cue_forms[t]
        lemma = None if form in self.lemma_apart else self.lemmas[t]  # عزائم is not عزم
        if not stem and w.endswith(INFINITIVE) and form == w[:-len(INFINITIVE)]:
            lemma = None  # دھر (lemma دھرنا, to lay) is no sit-in
        return w in (form, lemma, lx.light_verbs.get(form)) or (
            stem and w.endswith(INFINITIVE) and len(w) > len(INFINITIVE) + 1 and form == w[:-len(INFINITIVE)]
            and t + 1 < len(self.forms) and (self.forms[t + 1] in lx.light_verbs or (
                self.forms[t + 1] in lx.words("progressive") and t + 2 < len(self.forms)
                and self.forms[t + 2] in lx.words("past")))) or (
            # دو دھماکے کئے, کارروائیاں, جھڑپیں: a noun's plural where the lemmatizer left the form
            not w.endswith(INFINITIVE) and w in _singulars(form))

    def _oblique_infinitive(self, t: int) -> bool:
        """Whether token ``t`` is a verb's oblique infinitive (حل کرنے, آنے, پہنچنے): the ے form of
        :func:`_infinitive` (the ending tested first: match_event asks this of every token)."""
        return self.forms[t].endswith("ے") and _infinitive(self, t)

    def match_event(self, i: int) -> tuple[EventEntry, int, tuple[int, int] | None] | None:
        """The longest event trigger at token ``i``: each trigger word equals the token's form or
        its lemma, or is the infinitive of the light verb the token is a form of; a trigger word
        :data:`EVENT_GAP` stands for one to :data:`MAX_GAP` tokens without punctuation (the place in
        ``دورے پر * پہنچنا``) and a first trigger word :data:`EVENT_INFINITIVE` for a verb's oblique
        infinitive (``~ کا کہا``, matched as written); a construction of two words or more also
        matches with an inceptive (``news_words.tsv`` role ``inceptive``: شروع) before its verb
        (فائرنگ شروع کر دی, مذاکرات شروع ہوئے), with a continuative after its noun
        (:meth:`_continued`) and with a place or time in میں between its noun and verb
        (:meth:`_placed_inside`). No trigger ends in a genitive
        before a noun (سیل فون کی بدولت) or in its verb's bare stem before a noun (چھاپہ مار حملے, a
        guerrilla attack). (entry, tokens matched, the gap's token range or None)."""
        lx = self.lex
        forms, lemmas = self.cue_forms, self.lemmas
        first = (lx.by_first.get(forms[i], ()) + lx.by_first.get(lemmas[i] or "", ())
                 + lx.by_first.get(lx.light_verbs.get(forms[i], ""), ()))
        for single in _singulars(forms[i]):  # دھماکے: دھماکہ's plural
            first += tuple(e for e in lx.by_first.get(single, ()) if e not in first)
        if self._oblique_infinitive(i):
            first += lx.by_first.get(EVENT_INFINITIVE, ())
        n = len(forms)
        inceptive = lx.words("inceptive")
        best: tuple[EventEntry, int, tuple[int, int] | None] | None = None
        for entry in first:
            key = entry.trigger
            if key[0] == EVENT_INFINITIVE:
                # (an act asked for matches as written: no inceptive, continuative or place inside)
                length = self._spanned(i, key)
                if length and (best is None or length > best[1]):
                    best = (entry, length, None)
                continue
            if EVENT_GAP not in key:
                last = len(key) - 1
                length = self._spanned(i, key)
                if length:
                    if best is None or length > best[1]:
                        best = (entry, length, None)
                elif (last >= 1 and i + last + 1 < n and forms[i + last] in inceptive
                      and (best is None or len(key) + 1 > best[1])
                      and all(self._word_at(w, i + t, stem=False) for t, w in enumerate(key[:last]))
                      and self._word_at(key[-1], i + last + 1)):
                    best = (entry, len(key) + 1, None)
                elif last >= 1 and best is None:
                    length, gap = self._continued(i, key[:last]), None
                    if not length:
                        length, gap = self._placed_inside(i, entry)
                    if not length:
                        length = self._named_operation(i, key)
                    if length:
                        best = (entry, length, gap)
                continue
            g = key.index(EVENT_GAP)
            head, tail = key[:g], key[g + 1:]
            if i + len(head) > n or not all(self._word_at(w, i + t, stem=False) for t, w in enumerate(head)):
                continue
            gs = i + len(head)
            for ge in range(gs + 1, min(n, gs + MAX_GAP) + 1):
                if self.upos[ge - 1] == "PUNCT":
                    break
                if ge + len(tail) <= n and all(self._word_at(w, ge + t, stem=t == len(tail) - 1)
                                               for t, w in enumerate(tail)):
                    length = ge + len(tail) - i
                    if best is None or length > best[1]:
                        best = (entry, length, (gs, ge))
                    break
        if best is not None:
            end = i + best[1]
            if forms[end - 1] in self.genitive and end < n and forms[end] not in self.aux and (
                    self.upos[end] in ("NOUN", "PROPN", "ADP") or (
                        self.upos[end - 1] == "ADP" and self.upos[end] == "ADV")):
                return None  # سیل فون کی بدولت: the light verb's form is the genitive before a noun
            verb = best[0].trigger[-1]
            if (end < n and verb.endswith(INFINITIVE) and forms[end - 1] == verb[:-len(INFINITIVE)]
                    and forms[end - 1] not in lx.words("conjunctive_stem")
                    and self.upos[end] == "NOUN" and forms[end] not in lx.light_verbs):
                # چھاپہ مار حملے: the verb's bare stem compounds a noun (a guerrilla attack); کر before
                # a noun is the participle's (شہید کر ڈالااور: a glued word the tagger calls a noun)
                return None
        return best

    def _named_operation(self, i: int, key: tuple[str, ...]) -> int:
        """Tokens from ``i`` that an operation's construction (``news_words.tsv`` role
        ``operation_noun``: آپریشن کرنا) covers with the operation's name between its noun and an
        inceptive verb: ``آپریشن ضرب عضب شروع کیا`` (launched Operation Zarb-e-Azb). One to three
        nouns or proper nouns, then شروع and the verb; 0 when they do not match."""
        lx = self.lex
        n = len(self.forms)
        if len(key) != 2 or not self._word_at(key[0], i, stem=False) or (
                self.forms[i] not in lx.words("operation_noun")):
            return 0
        for t in range(i + 1, min(n - 1, i + 4)):
            if self.upos[t] not in ("NOUN", "PROPN") or self.forms[t] in lx.light_verbs:
                return 0
            if t > i + 1 and self.forms[t] in lx.words("inceptive") and self._word_at(key[1], t + 1):
                return t + 2 - i
        return 0

    def _spanned(self, i: int, key: tuple[str, ...]) -> int:
        """Tokens from ``i`` that trigger words ``key`` cover, one focus particle allowed between two
        of them (دورہ بھی کیا, عزم کا بھی اظہار کیا, ملاقات ہی کی) and one count after a genitive
        (ورکنگ باؤنڈری کی 224 خلاف ورزیاں کیں); 0 when they do not match."""
        n = len(self.forms)
        if len(key) == 1 and key[0].endswith(INFINITIVE) and (self.upos[i] not in ("VERB", "AUX") or (
                self.forms[i] == key[0][:-len(INFINITIVE)]
                and not (i + 1 < n and self.lemmas[i + 1] in ("دینا", "ڈالنا", "جانا")))):
            # a verb alone is a trigger only as a verb, its bare stem only before a vector: not مار
            # دھاڑ, شالا مار ہسپتال, فضا میں مار کرنے والے میزائل; مار دیا, مار ڈالا, مار گیا
            return 0
        t = i
        for k, w in enumerate(key):
            if k and t + 1 < n and (self.forms[t] in self.focus or (
                    key[k - 1] in self.genitive and self.upos[t] == "NUM")):
                t += 1  # … کی 224 خلاف ورزیاں کی ہیں: a count after the genitive
            if t >= n or not self._word_at(w, t, stem=k == len(key) - 1):
                return 0
            t += 1
        return t - i

    def joined_parts(self, t: int) -> tuple[str, ...]:
        """The words of token ``t`` when it is a known joined spelling (کیخلاف → کے خلاف,
        ``joined_words.tsv``), else ``()``."""
        expansion = joined_words().get(self.forms[t])
        return tuple(expansion.split(" ")) if expansion else ()

    def _placed_inside(self, i: int, entry: EventEntry) -> tuple[int, tuple[int, int] | None]:
        """Tokens from ``i`` that a construction ``entry`` covers with a phrase told between its noun
        and its verb: a place or time in میں or a day in کو (حملہ ایسے وقت میں کیا, بمباری سرحدی گاؤں
        ہاور میں کی, آپریشن جنوبی وزیرستان میں بھی شروع کیا, امداد 15 اگست کو دی) or, for a
        construction whose target takes کو, its target (درخواست اسلام آباد انتظامیہ کو دے دی: the
        target's tokens are returned with the count, as a gap). One to :data:`MAX_GAP` tokens with no
        punctuation, verb or postposition before that میں or کو, then a focus particle and an
        inceptive at most; (0, None) when they do not match."""
        lx = self.lex
        n = len(self.forms)
        noun, verb = entry.trigger[:-1], entry.trigger[-1]
        if i + len(noun) > n or not all(self._word_at(w, i + t, stem=False) for t, w in enumerate(noun)):
            return 0, None
        gs = i + len(noun)
        for t in range(gs, min(n - 1, gs + MAX_GAP)):
            if self.upos[t] in ("PUNCT", "VERB", "AUX") or self.forms[t] in lx.light_verbs:
                return 0, None
            to = self.forms[t] in lx.words("object")
            day = to and t - 1 in self.timex_tokens  # امداد 15 اگست کو دی
            target = to and not day and (self.forms[t],) in entry.targets
            if self.forms[t] not in lx.words("locative_in") and not target and not day:
                if self.upos[t] == "ADP" or self.forms[t] in self.genitive:
                    return 0, None
                continue
            if t == gs:
                return 0, None
            v = t + 1
            if v < n and self.forms[v] in self.focus:
                v += 1
            if v < n and self.forms[v] in lx.words("inceptive"):
                v += 1
            if v < n and self._word_at(verb, v):
                if not target:
                    return v + 1 - i, None
                first = next(k for k in range(gs, t + 1) if k == t or k not in self.timex_tokens)
                return (v + 1 - i, (first, t)) if first < t else (0, None)
            return 0, None
        return 0, None

    def _continued(self, i: int, noun: tuple[str, ...]) -> int:
        """Tokens from ``i`` to a continuative after a construction's ``noun`` words (گولہ باری
        گزشتہ ایک ہفتہ سے جاری ہے, کریک ڈاؤن جاری ہے, حملے جاری رکھے: the act is under way), up to
        :data:`MAX_GAP` tokens between them without punctuation; 0 when there is none."""
        lx = self.lex
        n = len(self.forms)
        if i + len(noun) > n or not all(self._word_at(w, i + t, stem=False) for t, w in enumerate(noun)):
            return 0
        going, going_on = lx.words("continuative"), lx.words("continuing")
        for t in range(i + len(noun), min(n - 1, i + len(noun) + MAX_GAP + 1)):
            if self.upos[t] == "PUNCT" or (t > i + len(noun) and self.forms[t] in lx.light_verbs):
                return 0
            if self.forms[t] in going:
                return t + 1 - i if self.forms[t + 1] in going_on else 0
        return 0

    def actor_noun_at(self, t: int) -> ActorNoun | None:
        """The actor-noun entry that token ``t`` is (by form or lemma) or ends (two-word entries:
        سکیورٹی فورسز → فورسز, شدت پسند); the longest entry wins (خبر رساں ادارے is the press, not
        an institution of the state)."""
        nouns = self.lex.actor_nouns
        f = self.forms[t]
        # the oblique plural's stem as well (دہشت گردوں → گرد, which the lemmatizer may miss: گردہ)
        stem = f[:-len(C.OBLIQUE_PLURAL)] if f.endswith(C.OBLIQUE_PLURAL) and len(f) > 4 else ""
        hit: ActorNoun | None = None
        if t > 1:  # موٹر سائیکل سواروں: three-word entries
            hit = nouns.get(f"{self.forms[t - 2]} {self.forms[t - 1]} {self.lemmas[t] or self.forms[t]}")
        if hit is None and t > 0:
            hit = (nouns.get(f"{self.forms[t - 1]} {f}")
                   or nouns.get(f"{self.forms[t - 1]} {self.lemmas[t] or ''}")
                   or (nouns.get(f"{self.forms[t - 1]} {stem}") if stem else None))
        if hit is None:
            hit = nouns.get(f) or nouns.get(self.lemmas[t] or "") or (nouns.get(stem) if stem else None)
        if hit is None and f.startswith(C.WAW) and len(f) > 4 and f not in nouns:
            # افسران وجوانوں: the conjunction و (and) typed onto the noun after it
            hit = nouns.get(f[1:]) or (nouns.get(stem[1:]) if stem else None)
        return hit

    def np_after(self, i: int, limit: int) -> int:
        """The end of the noun phrase (with genitive links) that starts at ``i``, before ``limit``."""
        j = i
        while j < limit and (self.upos[j] in NP_POS or self.upos[j] in ("NUM", "DET")
                             or (j > i and self.forms[j] in self.genitive)):
            j += 1
        while j > i and self.forms[j - 1] in self.genitive:
            j -= 1
        return j

    def clause_start(self, first: int, floor: int) -> int:
        """Where the clause whose subject phrase begins at ``first`` begins: back over the rest of the
        subject phrase (titles, genitive links: پراسیکوٹر ٹیم کے سربراہ اکرم شیخ) and the conjunction
        or punctuation that joins it to what comes before."""
        j = first
        while j - 1 >= floor and (self.upos[j - 1] in NP_POS or self.upos[j - 1] in ("NUM", "DET")
                                  or (self.forms[j - 1] in self.genitive
                                      and j - 2 >= floor and self.upos[j - 2] in NP_POS)):
            j -= 1
        while j - 1 >= floor and (self.upos[j - 1] in ("CCONJ", "SCONJ", "PUNCT")
                                  or self.forms[j - 1] in self.clause_conj):
            j -= 1
        return j


# --- quotes ---------------------------------------------------------------------------------------
#: Cue kinds whose content may follow without کہ (کہا: …, بتایا …, کا کہنا تھا …).
FREE_CUES = frozenset({"say", "stress", "inform", "opinion"})
#: Cue kinds whose speaker is the genitive before them (X کا کہنا ہے; X کا موقف ہے کہ, a stance told as
#: a noun: ``position``, a quote only with کہ).
OPINION_KINDS = frozenset({"opinion", "position"})


def _closed_complement(r: NewsReader, lo: int, marker: int, a: int) -> int:
    """The کہ that opens a clause holding the ergative at ``marker`` and closed before the cue at ``a``
    (a comma after it, then the main clause's verb and اور before the cue); -1 when there is none."""
    if marker < 0:
        return -1
    comp = r.lex.words("complementizer")
    c = next((t for t in range(marker - 1, lo - 1, -1) if r.forms[t] in comp or r.is_erg(t)), -1)
    if c < 0 or r.forms[c] not in comp:
        return -1
    comma = next((t for t in range(marker + 1, a) if r.forms[t] in _COMMAS), -1)
    if comma < 0:
        return -1
    and_ = r.lex.words("and")
    joined = any(r.forms[t] in and_ and r.upos[t - 1] in ("VERB", "AUX") for t in range(comma + 2, a))
    return c if joined else -1


def _cue_end(r: NewsReader, b: int, s1: int) -> int:
    """The end of a cue whose words end at ``b``, with the auxiliaries after them (کہا ہے, کہا گیا)."""
    e = b
    # کہا جا رہا ہے کہ: the passive in progress belongs to the cue as well
    going = r.lex.words("passive_going") | r.lex.words("progressive")
    while e < s1 and (r.forms[e] in r.aux or r.forms[e] in going) and (e - 1) not in r.comp_glued:
        e += 1
    return e


def _owner_genitive(r: NewsReader, a: int, lo: int) -> int:
    """The genitive right before an opinion cue's noun at ``a`` (X کا کہنا تھا), or before the
    determiner it takes (بی جے پی کا یہ مطالبہ ہے کہ: BJP's demand), not before ``lo``; -1 if none."""
    if a - 1 >= lo and r.forms[a - 1] in r.genitive:
        return a - 1
    if a - 2 >= lo and r.forms[a - 2] in r.genitive and r.forms[a - 1] in r.lex.words("determiner"):
        return a - 2
    return -1


def _opinion_marker(r: NewsReader, a: int, s0: int) -> int:
    """The genitive of an opinion cue at ``a`` (X کا کہنا تھا), also across an adverbial phrase that
    ends in a postposition (پولیس حکام کا اس حوالہ سے کہنا ہے, X کا تازہ انٹرویو میں کہنا ہے) — the
    phrase's own genitive passed over (مظاہرین کا چین کی حکومت سے مطالبہ ہے: the protesters'); -1 if
    none."""
    g = _owner_genitive(r, a, s0)
    if g >= 0:
        return g
    if a - 1 < s0 or r.upos[a - 1] != "ADP":
        return -1
    found = -1
    for t in range(a - 2, max(s0, a - 6) - 1, -1):
        if r.upos[t] in ("VERB", "AUX", "PUNCT") or r.is_erg(t):
            break
        if r.forms[t] in r.genitive:
            found = t
    return found


def _content_start(r: NewsReader, e: int, s1: int) -> int | None:
    """The first token of the content after a cue ending at ``e`` (:func:`_cue_end`) when کہ or a
    separator introduces it (or کہ is glued to the cue: کہاکہ), else None."""
    comp = r.lex.words("complementizer")
    if (e - 1) in r.comp_glued:
        return e
    if e < s1 and e > 0 and r.forms[e] in r.genitive and r.upos[e - 1] in ("VERB", "AUX"):
        # درخواست کی ہے کے …, کہا کی: after a finite verb a genitive postposition is no genitive —
        # it is کہ misspelt (docs/annotation.md)
        return e + 1
    if e < s1 and (r.forms[e] in comp or r.forms[e] in CUE_SEPARATORS):
        e += 1
        if e < s1 and r.forms[e] in CUE_SEPARATORS:
            e += 1
        return e
    return None


def _content_end(r: NewsReader, b: int, sent_end: int) -> int:
    e = sent_end
    while e > b and (r.forms[e - 1] in FINAL_PUNCT or (r.upos[e - 1] == "PUNCT"
                                                       and r.forms[e - 1] not in QUOTE_PAIRS)):
        e -= 1
    return e


#: A reporter's question that frames the next answer (ایک سوال کے جواب میں, اس سوال پر کہ): the narrator's
#: words, which end the quote before them.
_QUESTION = "سوال"
_QUESTION_DET = frozenset({"ایک", "اس"})
_QUESTION_NEXT = frozenset({"کے", _ON})


def _narrator_resumes(r: NewsReader, c0: int, c1: int, speaker: int | None = None) -> int:
    """The end of a quote's content ``[c0, c1)`` where the narrator takes over: a clause joined by a
    narrator's conjunction (جبکہ, ادھر: whereas, meanwhile) whose agent is a named third party
    (X نے ..., ``… کی ہے جبکہ وفاقی کابینہ نے … منظوری دی``) or whose subject is a named entity other
    than the speaker in a clause of the narrator's (:func:`_narrators_clause`: ``… جبکہ نوائے وقت رپورٹ
    کے مطابق …``), a narrator's aside (``…، واضح رہے کہ …``: it should be noted that), or a comma and a
    plural pronoun agent after words that name no one (``… ضرورت ہے،انہوں نے … کا اعلان بھی کیا``: the
    speaker's next act). (تاہم, however, is left out: sources use it in their own voice, ``… تشویش ہے
    تاہم کشمیر بارے ان کے ملک کا موقف …`` — but after a future, what the source said would happen, it
    turns to what did: ``… سبکدوش ہو جائیں گے تاہم وہ بات کو بدلنے میں …``.)"""
    narr = r.lex.words("narrator")
    asides = r.lex.words("aside")
    future = r.lex.words("future")

    def end_at(t: int) -> int:
        e = t
        while e > c0 and r.upos[e - 1] == "PUNCT":
            e -= 1
        return e

    for t in range(c0 + 2, c1):
        if t + 1 < c1 and f"{r.forms[t]} {r.forms[t + 1]}" in asides:
            return end_at(t)
        if t + 2 < c1 and r.forms[t + 1] == _QUESTION and r.forms[t] in _QUESTION_DET and (
                r.forms[t + 2] in _QUESTION_NEXT):
            return end_at(t)  # … بات چیت کی اس سوال پر کہ …, ایک سوال کے جواب میں: the reporter's question
        if r.forms[t] == _HOWEVER and (r.forms[t - 1] in future or _joined_future(r.forms[t - 1])):
            return end_at(t)
        if (r.forms[t] in _COMMAS and t + 2 < c1 and r.forms[t + 1] in r.pronouns and r.is_erg(t + 2)
                and r.forms[t + 1] not in r.lex.words("singular_agent") and not any(
                    c0 <= e.span.token_start < t for e in r.ents if e.label in ACTOR_LABELS)):
            # …، انہوں نے … کا اعلان بھی کیا: with no one named in the words before, the pronoun is the
            # speaker, whose next act the narrator tells (not عمران خان … دھرنے دے رہے ہیں، انہوں نے
            # صوبے کو اکیلا چھوڑ دیا: of someone the speaker named, his words go on)
            return end_at(t)
        if r.forms[t] not in narr:
            continue
        j = r.np_after(t + 1, c1)
        if j > t + 1 and j < c1 and r.is_erg(j) and r.forms[t + 1] not in r.first_person:
            return end_at(t)
        named = [k for k in r.entities_from(t + 1) if r.ents[k].label in ACTOR_LABELS
                 and r.ents[k].span.token_end < c1
                 and r.upos[r.ents[k].span.token_end] != "ADP"]  # a subject: no postposition after it
        if named and (speaker is None or r.resolve(named[0]) != speaker) and _narrators_clause(r, t + 1, c1):
            return end_at(t)
    return c1


def _narrators_clause(r: NewsReader, first: int, c1: int) -> bool:
    """Whether the clause at ``first`` after a narrator's conjunction is the narrator's own: before its
    first verb it has an agent with نے (a list of names too long for one phrase: جبکہ وزیر داخلہ …،
    وزیراعلی پنجاب …، عمران خان … نے تعزیت کا اظہار کیا) or a sourcing (جبکہ نوائے وقت رپورٹ کے مطابق …).
    Else it goes on with what the source said (… کوشاں ہے جبکہ پاک فوج بھی … جاری رکھے ہوئے ہے)."""
    for u in range(first, c1):
        if r.is_erg(u) or r.forms[u] in r.lex.words("sourcing"):
            return True
        if r.upos[u] in ("VERB", "AUX"):
            return False
    return False


def find_quotes(doc: Document, lex: NewsLexicon | None = None, *, sourced: bool = False) -> list[Quote]:
    """Direct and indirect quotes of an analyzed document, in the order of their words; with
    ``sourced``, also the claims the report attributes to a source (:func:`find_sourced`)."""
    r = NewsReader(doc, lex)
    lx = r.lex
    # کہا گیا, and the passive in progress or habitual (کہا جا رہا ہے, بتایا جاتا ہے): no speaker's cue
    passive_words = lx.words("passive") | lx.words("passive_going")
    out: list[Quote] = []
    direct = _direct_spans(doc)
    used_direct: set[int] = set()
    for sk, sent in enumerate(doc.sentences):
        s0, s1 = sent.token_start, sent.token_end
        if s0 < 0:
            continue
        back = _said_before(r, sk)
        if back is not None:  # (content)۔ یہ بات X نے … کہی۔
            out.append(back)
            continue
        cues: list[tuple[int, int, str]] = []
        i = s0
        while i < s1:
            hit = r.speech_cue(i)
            n = hit[0] if hit else 0
            if hit and not _inside_direct(r.starts[i], direct):
                cues.append((i, i + n, hit[1]))
                i += n
            else:
                i += 1
        # میں نے کسی کو مداری نہیں کہا: a denied statement is no quote, but it still ends the
        # content of the quote before it (… تاہم انہوں نے … کچھ نہیں بتایا)
        negation = lx.words("negation")
        denied = {c[0] for c in cues if c[0] > s0 and r.forms[c[0] - 1] in negation}

        # a denial in the source's own voice (میں نے … نہیں کہا) stays inside its quote
        cues = [c for c in cues if c[0] not in denied or not _first_person_agent(r, c[0], s0)]
        # عدالت کو بتایا جائے کہ …, وضاحت کی جا سکتی: a cue in the subjunctive or with a modal asks for
        # speech or allows it; nobody has said anything (and the quote around it goes on)
        irrealis = lx.words("subjunctive") | lx.words("modal")
        cues = [c for c in cues if not (c[1] < s1 and r.forms[c[1]] in irrealis)]
        # صولت مرزا کو ہی مجرم کہا جا رہا ہے: X is being called Y — a passive in progress with no کہ
        # names someone, it reports no speech (کہا جا رہا ہے کہ … does)
        comp = lx.words("complementizer")
        cues = [c for c in cues if not (c[1] < s1 and r.forms[c[1]] in lx.words("passive_going") and not (
            (e := _cue_end(r, c[1], s1)) < s1 and r.forms[e] in comp))]
        # X نے خط کو جعلی قرار دیا اور کہا کہ …: a cue that needs کہ (قرار دیا, مطالبہ کیا) and has
        # none introduces no speech — it neither makes a quote nor ends the one around it, and its
        # agent may be the next cue's speaker
        # … کو ہاتھ اوپر کرنے کا کہا لیکن …: a free cue after an infinitive's genitive asks for the act
        # the infinitive names, its content before it; it needs کہ as well
        cues = [c for c in cues
                if (c[2] in FREE_CUES and not (c[0] - 2 >= s0 and r.forms[c[0] - 1] in r.genitive
                                              and _infinitive(r, c[0] - 2)))
                or _content_start(r, _cue_end(r, c[1], s1), s1) is not None]
        # سرجری کا مشورہ دیا گیا، وہ …, بیٹنگ جاری رکھنے کا اشارہ دیا ،…: a cue noun after a genitive
        # has its content in that genitive, and a comma after it goes on to another clause
        # … کو مین آف دی میچ قرار دیا گیا، …: a claim (قرار دیا, رائے دی) is a quote only with کہ or a
        # colon; after a comma the sentence goes on to another clause
        cues = [c for c in cues if c[2] in FREE_CUES or not (
            (c[2] == "claim" or (c[0] - 1 >= s0 and r.forms[c[0] - 1] in r.genitive))
            and (e := _cue_end(r, c[1], s1)) < s1 and r.forms[e] in (*_COMMAS, "-"))]
        # X کا موقف ہے کہ: a stance told as a noun is a cue only with the genitive of its holder (ہمارا
        # بس یہ ہی مطالبہ ہے کہ, inside a speaker's words, is that speaker going on)
        cues = [c for c in cues if c[2] != "position" or _opinion_marker(r, c[0], s0) >= 0]
        prev_end = s0
        for ci, (a, b, kind) in enumerate(cues):
            if a in denied:
                prev_end = b
                continue
            e = _cue_end(r, b, s1)
            passive = any(r.forms[t] in passive_words for t in range(b, e))
            # speaker: a passive cue (کہا گیا) has none; else the agent of نے, the genitive of
            # کا کہنا تھا, or the clause's first noun phrase (present tense)
            if passive:
                marker = -1
            elif kind in OPINION_KINDS:
                marker = _opinion_marker(r, a, s0)
            elif a in r.erg_prefix:
                marker = a
            else:
                marker = next((t for t in range(a - 1, prev_end - 1, -1) if r.is_erg(t)), -1)
                opened = _closed_complement(r, prev_end, marker, a)
                if opened >= 0:
                    # انھوں نے اس دعویٰ کو کہ … ارکان پارلیمنٹ نے رپورٹ مسترد کر دی ہے، غیردستوری قرار دیا
                    # اور کہا تھا کہ: the agent inside a closed کہ clause is not the cue's
                    marker = next((t for t in range(opened - 1, prev_end - 1, -1) if r.is_erg(t)), -1)
                if marker >= 0 and _unmarked_we(r, marker + 1, a):
                    marker = -1  # … افراد نے گھر بار چھوڑا، … تاہم ہم انہیں یقین دلاتے ہیں کہ: ہم speaks
            speaker: int | None
            sspan: Span | None
            issuer = NO_ACTOR
            if marker >= 0:
                speaker, sspan, _pron = r.subject(marker, prev_end)
                if _pron and r.forms[marker - 1] not in r.agent1:
                    speaker = _pronoun_speaker(r, out, marker, speaker)
                    one = any(r.forms[t] in lx.words("singular1") for t in range(e, s1))
                    speaker, sspan = _unnamed_antecedent(r, out, marker, speaker, sspan, one_person=one)
                    if speaker is not None and _talked_about(r, speaker, marker, e, s1):
                        speaker = None
                    if speaker is None and sspan is not None and r.forms[sspan.token_start] in r.pronouns:
                        # no person to refer to: the last agent named in words (فلم کی پروڈیوسر سارہ
                        # ترین نے …, a name the recognizer missed), else the last speaker, named in
                        # words too (اداکارہ ریکھا کا کہنا ہے کہ … ۔ انہوں نے … کہا)
                        words = _last_agent_words(r, marker, people=r.forms[marker - 1] not in lx.words(
                            "singular_agent"))
                        last = _latest_quote(out, marker)
                        if words is None and last is not None:
                            speaker, words = last.speaker, last.speaker_span
                        sspan = (words or sspan) if speaker is None else None
                elif _pron and speaker is None:
                    # میں نے وزیراعظم سے کہا تھا کہ …: a speaker's own earlier words, inside what
                    # they are saying (the sentence goes on with their words, or a quote holds it)
                    speaker, sspan = _preceding_speaker(r, out, a, first_person=True)
            elif passive:
                # صدر کے دفتر کی طرف سے … کہا گیا تھا کہ: a passive cue with its agent named by کی
                # طرف سے / کی جانب سے has that speaker; else none — but X کی جانب سے جاری بیان میں کہا
                # گیا reports X's statement, which X issued (no speaker)
                issuer = _statement_source(r, prev_end - 1, a, report=True)
                agent = _agentive(r, prev_end, a) if issuer.null else NO_ACTOR
                speaker, sspan = agent.entity, (agent.span if agent.entity is None else None)
                if agent.null and issuer.null:
                    issuer = _issuer(r, out, prev_end, a)
            else:
                speaker, sspan = (None, None) if _unmarked_we(r, prev_end, a) else _clause_subject(
                    r, prev_end, a)
                if (speaker is None and sspan is None and prev_end >= a
                        and (around := _quote_floor(s0, r.starts[a], out)[1]) is not None
                        and around.cue.token_start < a and r.sentence_of(around.cue.token_start) == sk
                        and not _perfective(r, b - 1)
                        and not any(r.forms[t] in lx.words("aux1") for t in range(a, e))):
                    # قطر نے کہا کہ وہ … کو پیغام دینا چاہتے ہیں کہ: a cue in the present inside the words
                    # of the sentence's speaker has its pronoun subject there — a person it refers to,
                    # else (a state, a body; ہم) that speaker
                    lo = around.content.token_start
                    sub, sub_span = _clause_subject(r, lo, a)
                    pronoun = sub_span is not None and r.forms[sub_span.token_start] in r.pronouns
                    if _unmarked_we(r, lo, a) or (pronoun and sub is None):
                        speaker = around.speaker
                        sspan = around.speaker_span if around.speaker is None else None
                    elif pronoun:
                        speaker, sspan = sub, sub_span
                if speaker is not None and sspan is not None and r.forms[sspan.token_start] in r.pronouns:
                    # وہ کہتے ہیں کہ …: a pronoun subject refers as a pronoun agent does
                    speaker = _pronoun_speaker(r, out, sspan.token_start, speaker)
                if speaker is None and sspan is None and _perfective(r, b - 1) and not any(
                        r.forms[t] in lx.words("passive_going") for t in range(b, e)):
                    # انٹرپول سے مطالبہ کیا ہے کہ …: a perfective cue without its نے has dropped the
                    # subject, which continues the preceding speaker — unless that speaker is named in
                    # the clause as its partner (صدر سے کہا کہ: said to the president)
                    speaker, sspan = _preceding_speaker(r, out, a)
                    if speaker is not None and any(
                            r.ents[k].span.token_start >= prev_end and r.resolve(k) == speaker
                            for t in range(prev_end + 1, a + 1) for k in r.ending.get(t, [])):
                        speaker, sspan = None, None
                elif speaker is None and sspan is None and (
                        any(r.forms[t] in lx.words("aux1") for t in range(a, e))
                        or _first_person_word(r, prev_end, a)
                        # … طلباء سے درخواست ہے کہ: a request told as a noun with its copula, no one
                        # named as asking, is the words of the one speaking — when no one else acted
                        # since (… کی گورنر نے … درخواست کی ہے کے …: another source, whose cue was missed)
                        or (kind == "demand" and r.forms[b - 1] in lx.words("present")
                            and not any(r.upos[t] == "VERB" for t in range(a, b))
                            and (last := _latest_quote(out, a)) is not None
                            and not any(r.is_erg(t) for t in range(last.cue.token_end, a)))):
                    # دھرنے والوں سے کہتا ہوں …, میری مداحوں سے درخواست ہے کہ …: a cue in the first
                    # person inside a speaker's words is that speaker's
                    speaker, sspan = _preceding_speaker(r, out, a, first_person=True)
            cue = doc.token_span(a, e)
            # content: after کہ / a separator, up to the next cue's speaker or the sentence end
            c0 = _content_start(r, e, s1)
            if c0 is None:  # a cue that may go without کہ (کہا, بتایا): the content follows it
                c0 = e
            while c0 < s1 and not r.forms[c0].strip(_MARK_CHARS) and not any(
                    r.ends[c0] <= ds <= r.ends[c0] + 1 for ds, _ in direct):
                c0 += 1  # کہا'' اے نور نظر! …: a quotation mark that closes nowhere opens the words
            nxt = s1
            if ci + 1 < len(cues):
                na, _, nkind = cues[ci + 1]
                seps = lx.words("separator")
                speaker_at = -1  # where the next cue's speaker phrase starts
                if nkind in OPINION_KINDS:
                    # … لیا تاہم ان کا کہنا تھا کہ: the speaker is the genitive's phrase; an agent with نے
                    # before it is inside this quote (وزیراعلیٰ نے انہیں … نہیں لیا)
                    g = _owner_genitive(r, na, c0 + 1)
                    if g >= 0:
                        speaker_at = r.np_before(g, c0)[1]
                else:
                    m2 = na if na in r.erg_prefix else next(
                        (t for t in range(na - 1, c0 - 1, -1) if r.is_erg(t) or r.forms[t] in seps), -1)
                    if m2 >= 0 and not r.is_erg(m2):
                        m2 = -1  # … کر دی ہے، میری … سے اپیل ہے کہ: an agent before a separator is done
                    if m2 >= 0:
                        speaker_at = min(r.np_before(r.agent_end(m2), c0)[1], m2)
                if speaker_at < 0:
                    # … ہے، عدالت کہتی ہے کہ …: a next cue with no agent marked (a present tense, a
                    # first-person request) — the content ends at the last clause separator before it
                    sep = next((t for t in range(na - 1, c0, -1) if r.forms[t] in seps), -1)
                    if sep > c0:
                        nxt = sep
                else:
                    nxt = r.clause_start(speaker_at, c0)
                    # … بہتر ہے، [پارلیمنٹ … کے دوران] انہوں نے کہا: the new clause starts after the
                    # last clause separator before its speaker
                    sep = -1
                    participle = lx.words("participle")
                    for t in range(speaker_at - 1, c0, -1):
                        if r.forms[t] in seps:
                            sep = t
                            break
                        if r.upos[t] in ("VERB", "AUX") and not (
                                r.forms[t] in participle
                                or (t + 1 < speaker_at and r.forms[t + 1] in participle)):
                            # … اجازت دے ، … مسترد کر دیا ہے تاہم X نے: a finite clause between; a
                            # participle (… کا حوالہ دیتے ہوئے انہوں نے کہا) is the next speaker's
                            break
                    if sep > c0:
                        nxt = min(nxt, sep)
            c1 = _narrator_resumes(r, c0, _content_end(r, c0, nxt), speaker)
            nested = ci + 1 < len(cues) and c0 < s1 and nxt < s1 and not any(
                r.upos[t] in ("VERB", "AUX") for t in range(c0, c1))
            if nested:
                # X نے کہا کہ عمران خان نے … دعوی کیا ہے کہ … (or … کہنا تھا کہ 19نومبر کو Y نے … لکھا
                # کہ …): the content opens with another source's report, which it holds; it runs to
                # the sentence end, and the report's own cue still finds its agent inside it
                c1 = _narrator_resumes(r, c0, _content_end(r, c0, s1), speaker)
            if c1 - c0 < 2:
                prev_end = e
                continue
            cstart, cend = r.starts[c0], r.ends[c1 - 1]
            # … کہا کہ “...”: a direct quote that opens the content and runs (nearly) to its end; a
            # quoted maxim at its start (’’جان کے بدلے جان‘‘ کے قصاص قانون …) leaves it indirect
            dk = next((k for k, (ds, de) in enumerate(direct) if cstart - 1 <= ds
                       and not doc.text[cstart:ds].strip(_MARK_CHARS + " ") and de >= cend - 3), None)
            if dk is not None:  # انہوں نے کہا کہ “...”: the direct quote takes this cue
                used_direct.add(dk)
                ds, de = direct[dk]
                out.append(Quote(cue, doc.char_span(ds, de), "direct", speaker, sspan, "rule:quote.direct",
                                 issuer.entity, issuer.span))
            else:
                out.append(Quote(cue, doc.char_span(cstart, cend), "indirect", speaker, sspan,
                                 f"rule:quote.indirect.{kind}", issuer.entity, issuer.span))
            prev_end = c0 if nested else c1
    # direct quotes with the cue after them (“...” X نے کہا) or before them without کہ; marks inside
    # a quote already found are quotation within the quote, and a short span without a verb is a
    # quoted name or scare quote (امن مشن " یونا میڈ")
    for dk, (ds, de) in enumerate(direct):
        if dk in used_direct or any(q.content.start <= ds and de <= q.content.end for q in out):
            continue
        inner = doc.char_span(ds, de)
        if inner.token_end - inner.token_start <= 4 and not any(
                r.upos[t] in ("VERB", "AUX") for t in range(inner.token_start, inner.token_end)):
            continue
        q = _attach_direct(doc, r, ds, de)
        if q is not None:
            out.append(q)
    out = _named_after(r, out)
    out += _credited(r, out)
    if sourced:
        out += _sourced(r, out)
    out.sort(key=lambda q: (q.content.start, q.content.end))
    return out


#: the most words a credit after a sentence's last comma has (ترجمان چینی وزارت خارجہ)
_CREDIT_WORDS = 5


def _credited(r: NewsReader, quotes: Sequence[Quote]) -> list[Quote]:
    """Words credited to a speaker named after the sentence's last comma, as headlines and wire
    summaries put it: ``… ترقی کی حمایت کی، ترجمان چینی وزارت خارجہ``, ``… کام پیدا کرنا ہوگا، فواد
    خان`` — an indirect quote whose cue is that comma and whose content is the clause before it. The
    credit is one to :data:`_CREDIT_WORDS` words with no verb, number or postposition but a genitive
    that name a person, an organisation, a title or a country, or end in an actor or source noun
    (ترجمان, ایف بی آر حکام, رپورٹ; not تحقیقات شروع, a predicate); the content holds a verb and does
    not end a list (… جن میں X، Y). None in a sentence that already holds a quote's cue or lies in
    another quote's words."""
    doc, lx = r.doc, r.lex
    source_nouns = lx.words("source_noun")
    out: list[Quote] = []
    for sent in doc.sentences:
        s0, s1 = sent.token_start, sent.token_end
        if s0 < 0:
            continue
        end = s1
        while end > s0 and r.upos[end - 1] == "PUNCT":
            end -= 1
        c = next((t for t in range(end - 1, max(s0, end - _CREDIT_WORDS - 1) - 1, -1)
                  if r.forms[t] in _COMMAS), -1)
        if c - s0 < 3 or any(s0 <= q.cue.token_start < s1 or q.content.token_start <= c < q.content.token_end
                             for q in quotes):
            continue
        if any(r.upos[t] in ("VERB", "AUX", "NUM") or (r.upos[t] == "ADP" and r.forms[t] not in r.genitive)
               or r.forms[t] in lx.words("and") for t in range(c + 1, end)):
            continue
        if not any(r.upos[t] in ("VERB", "AUX") for t in range(s0, c)):
            continue  # سال کی بہترین ٹیم، پاکستان نظرانداز: no clause to credit
        if any(r.ents[k].label in ACTOR_LABELS for k in r.ending.get(c, [])):
            continue  # … جن میں وزیر داخلہ، وزیر خزانہ: a list of names, not a credit
        k = next((k for k in r.ending.get(end, []) if r.ents[k].label in ACTOR_LABELS
                  and r.ents[k].span.token_start > c), None)
        span = doc.token_span(c + 1, end)
        who = _actor_np(r, c + 1, end, k)
        if who.entity is not None and r.ents[who.entity].label == "LOCATION" and (
                k is None or r.ents[k].span.token_start != c + 1):
            who = Actor(None, span)  # امریکی ماہرین, بومن ایرانی: a demonym qualifies the credit
        head = end - 1  # words name the speaker by their last: ایف بی آر حکام, not تحقیقات شروع
        if who.entity is None and not (r.actor_noun_at(head) is not None or r.word_in(head, source_nouns)):
            continue
        c0 = s0
        while c0 < c and r.upos[c0] == "PUNCT":
            c0 += 1
        out.append(Quote(doc.token_span(c, c + 1), doc.token_span(c0, c), "indirect", who.entity,
                         None if who.entity is not None else span, "rule:quote.credited"))
    return out


def _issuer(r: NewsReader, quotes: Sequence[Quote], lo: int, a: int) -> Actor:
    """The body whose statement a passive cue at ``a`` reports when its clause ``[lo, a)`` names none
    (``X کے جاری کردہ بیان میں کہا گیا`` is :func:`_statement_source`'s, which the caller asks first): a
    statement named bare at the clause's start (۔ بیان میں مزید کہا گیا ہے کہ), or a passive cue inside
    the words of the statement quoted last with its issuer, is that statement. None (:data:`NO_ACTOR`)
    for any other passive (… کہا گیا ہے کہ)."""
    lx = r.lex
    last = next((q for q in reversed(quotes) if q.issuer is not None or q.issuer_span is not None), None)
    if last is None:
        return NO_ACTOR
    bare = (lo + 1 < a and r.forms[lo] in lx.words("statement_noun")
            and r.forms[lo + 1] in lx.words("locative_in"))
    # … کے بیان میں کہا گیا ہے کہ افغان حکام پر … زور دیا گیا ہے کہ …: a passive cue inside the words of
    # an issued statement is that statement's too
    inside = last.content.start <= r.starts[a] < last.content.end
    return Actor(last.issuer, last.issuer_span) if bare or inside else NO_ACTOR


def _said_before(r: NewsReader, sk: int) -> Quote | None:
    """The wire-copy attribution ``(content)۔ یہ بات X نے … کہی۔`` (this was said by X): sentence
    ``sk`` opens with یہ بات and holds a speech cue with an agent; the content is the sentence before
    it, after its dateline (``کابل ۔ 20ستمبر (اے پی پی)``)."""
    doc = r.doc
    sent = doc.sentences[sk]
    s0, s1 = sent.token_start, sent.token_end
    if sk == 0 or s1 - s0 < 4 or f"{r.forms[s0]} {r.forms[s0 + 1]}" not in r.lex.words("retrospective"):
        return None
    lx = r.lex
    retro = lx.words("retrospective_cue")
    for i in range(s0 + 2, s1):
        hit = r.speech_cue(i)
        n = hit[0] if hit else (1 if r.cue_forms[i] in retro else 0)
        if not n:
            continue
        marker = next((t for t in range(i - 1, s0 + 1, -1) if r.is_erg(t)), -1)
        if marker < 0:
            return None
        speaker, sspan, _ = r.subject(marker, s0 + 2)
        prev = doc.sentences[sk - 1]
        c0, c1 = prev.token_start, _content_end(r, prev.token_start, prev.token_end)
        closing = [t for t in range(c0, min(c1, c0 + 12)) if r.forms[t] == C.RIGHT_PARENTHESIS]
        if closing:
            c0 = closing[-1] + 1
        if c1 - c0 < 2:
            return None
        kind = hit[1] if hit else "inform"
        return Quote(doc.token_span(i, i + n), doc.char_span(r.starts[c0], r.ends[c1 - 1]), "indirect",
                     speaker, sspan, f"rule:quote.retrospective.{kind}")
    return None


#: How many sentences of pronoun speakers' words a later ``X نے یہ بات کہی`` reaches back over.
_NAMED_AFTER_REACH = 3


def _named_after(r: NewsReader, quotes: Sequence[Quote]) -> list[Quote]:
    """A pronoun speaker that the next sentence names: ``انہوں نے کہا کہ …۔ ایک سوال کا جواب دیتے
    ہوئے مسٹر پلم راجو نے یہ بات کہی۔`` (Palam Raju said this). A sentence whose agent, named with نے
    and no pronoun, said or told "this" (یہ بات … کہی / بتائی) is the speaker of the quotes of the
    sentences right before it (up to :data:`_NAMED_AFTER_REACH`, back to one with another speaker)
    whose agent is a third-person pronoun (انہوں نے, انھوں نے): the report names its source after the
    words, as UDTB's Indian news often does.
    A sentence that opens with یہ بات is :func:`_said_before`'s."""
    doc, lx = r.doc, r.lex
    retro, retro_cue = lx.words("retrospective"), lx.words("retrospective_cue")
    out = list(quotes)
    for sk, sent in enumerate(doc.sentences):
        s0, s1 = sent.token_start, sent.token_end
        if sk == 0 or s0 < 0:
            continue
        j = next((j for j in range(s0 + 2, s1 - 2) if f"{r.forms[j]} {r.forms[j + 1]}" in retro), -1)
        if j < 0 or not any(r.cue_forms[i] in retro_cue for i in range(j + 2, s1)):
            continue
        marker = next((t for t in range(j - 1, s0, -1) if r.is_erg(t)), -1)
        if marker < 0:
            continue
        speaker, sspan, pron = r.subject(marker, s0)
        if pron or (speaker is None and sspan is None):
            continue
        for back in range(sk - 1, max(-1, sk - 1 - _NAMED_AFTER_REACH), -1):
            p0, p1 = doc.sentences[back].token_start, doc.sentences[back].token_end
            held = [qi for qi, q in enumerate(out) if p0 <= q.cue.token_start < p1]
            if not all(_third_person_agent(r, out[qi], p0) for qi in held):
                break  # (a sentence without a cue may be the words' own: … تاہم ہم اپنی۔ پہلے …)
            for qi in held:
                out[qi] = replace(out[qi], speaker=speaker, speaker_span=sspan if speaker is None else None)
    return out


def _third_person_agent(r: NewsReader, quote: Quote, floor: int) -> bool:
    """The agent of ``quote``'s cue (the last ergative before it, from ``floor`` on) is a third-person
    pronoun: انہوں نے, انھوں نے, اس نے."""
    a = quote.cue.token_start
    marker = next((t for t in range(a - 1, floor, -1) if r.is_erg(t)), -1)
    return (marker > floor and r.forms[marker - 1] in r.pronouns
            and r.forms[marker - 1] not in r.agent1 and r.forms[marker - 1] not in r.first_person)


def _unnamed_antecedent(r: NewsReader, quotes: Sequence[Quote], marker: int, speaker: int | None,
                        sspan: Span | None, *, one_person: bool = False) -> tuple[int | None, Span | None]:
    """A pronoun speaker (انہوں نے کہا) whose most recent speaker was named by a common noun phrase
    (چینی سفارتخانہ کے ایک سینئر عہدیدار نے کہا): that phrase, when no person spoke after it and it
    did not speak inside a person's report in its own sentence. With ``one_person`` (the words say
    میرے, مجھے: one person speaks) a phrase that names no person (ہنگامی کمیٹی) is passed over."""
    # a quote without a speaker (a passive کہا گیا, an agent not found) changes no one's reference
    last = next((q for q in reversed(quotes) if q.cue.token_start < marker
                 and (q.speaker is not None or q.speaker_span is not None)), None)
    if last is None or last.speaker is not None or last.speaker_span is None:
        return speaker, sspan
    first, end = last.speaker_span.token_start, last.speaker_span.token_end
    if first < 0 or r.forms[first] in r.pronouns or r.forms[first] in r.first_person:
        return speaker, sspan
    if one_person and _names_no_person(r, last.speaker_span):
        return speaker, sspan
    if not (end < len(r.forms) and r.is_erg(end)) and (end - 1) not in r.erg_glued:
        return speaker, sspan  # فوج کہتی ہے کہ …: a subject, not an agent, is not what انہوں نے takes up
    sent = r.sentence_of(last.cue.token_start)
    if any(q is not last and q.speaker is not None and q.content.token_start <= first
           and r.sentence_of(q.cue.token_start) == sent for q in quotes):
        # انہوں نے کہا کہ بھارت نے … تو … تمام وزراء خارجہ نے کہا کہ …: the phrase spoke inside a
        # person's report of the same sentence; that person goes on speaking
        return speaker, sspan
    after = [t for t, person in r.agents if person == speaker and first < t < marker]
    return (speaker, sspan) if after else (None, last.speaker_span)


def _pronoun_speaker(r: NewsReader, quotes: Sequence[Quote], marker: int, speaker: int | None) -> int | None:
    """The person a pronoun speaker at ``marker`` refers to, ``speaker`` being its antecedent: the
    last speaker instead of a person quoted as acting in that speaker's words
    (:func:`_speaker_over_quoted_agent`), and no one instead of a person only talked about as a
    genitive owner (:func:`_owner_only`)."""
    speaker = _speaker_over_quoted_agent(r, quotes, marker, speaker)
    return None if speaker is not None and _owner_only(r, speaker, marker) else speaker


def _owner_only(r: NewsReader, person: int, marker: int) -> bool:
    """Whether ``person``, the antecedent found for a pronoun speaker at ``marker``, was never an
    agent or speaker before it and was last named as the genitive owner of something else
    (رضوان الرحمن کی والدہ اور بڑے بھائی نے …, ٹریور بیلس کی جگہ, برہان الدین کے … سالگرہ): someone
    talked about, whom the pronoun does not take up — unless the genitive makes them a source or a
    speaker (منصور ترکی کے مطابق, X کا کہنا ہے) or is a compound postposition (حسن روحانی کے لیے)."""
    if any(r.same(p, person) for t, p in r.agents if t < marker):
        return False
    last = max((k for k, e in enumerate(r.ents) if e.span.token_end <= marker and r.same(k, person)),
               key=lambda k: r.ents[k].span.token_start, default=None)
    if last is None:
        return False
    t = r.ents[last].span.token_end
    if t + 1 >= len(r.forms) or r.forms[t] not in r.genitive:
        return False
    after = r.forms[t + 1]
    return not (after in r.lex.words("sourcing") or after in r.opinion
                or after in r.lex.words("benefactive") or r.speech_cue(t + 1) is not None)


def _talked_about(r: NewsReader, person: int, marker: int, lo: int, hi: int) -> bool:
    """Whether ``person``, the antecedent found for a pronoun speaker at ``marker``, was named before
    only in passing (no agent, no speaker) and the words after the cue (tokens ``[lo, hi)``) name them
    again: انہوں نے کہا کہ راج شیکھر ریڈی کا دور … is not said by راج شیکھر ریڈی, named in the
    sentence before as the one in whose time something began."""
    if any(r.same(p, person) for t, p in r.agents if t < marker):
        return False
    return any(r.same(k, person) for t in range(lo + 1, hi + 1) for k in r.ending.get(t, ())
               if r.ents[k].span.token_start >= lo)


def _names_no_person(r: NewsReader, span: Span) -> bool:
    """Whether a speaker phrase is headed by a generic noun of an organisation (generic_refs.tsv:
    کمیٹی, عدالت, تنظیم …), not a person (عہدیدار, an official, is a person though a government
    actor)."""
    t = span.token_end - 1
    return r.generic_heads(t, t + 1) is not None


def _speaker_over_quoted_agent(r: NewsReader, quotes: Sequence[Quote], marker: int,
                               speaker: int | None) -> int | None:
    """A pronoun speaker (انہوں نے کہا) whose antecedent was found as an agent inside the content of
    an earlier quote (صالح الشیخ نے کہا کہ شاہ عبداللہ نے ہمیں … ہدایت کی ہے۔ انہوں نے کہا …): the
    person who spoke last goes on speaking, not the person quoted as acting — nor one whose words
    are reported inside that person's (پرویز رشید: … عمران نے … سے کہا کہ …۔ انہوں نے کہا …)."""
    before = [q for q in quotes if q.cue.token_start < marker]
    last = max((q for q in before if not any(
        o is not q and o.content.token_start <= q.cue.token_start < o.content.token_end for o in before)),
        key=lambda q: q.cue.token_start, default=None)
    if last is None or last.speaker is None or speaker is None or last.speaker == speaker:
        return speaker
    if not (r.is_person(last.speaker) or r.ents[last.speaker].label == "ORGANIZATION"):
        return speaker  # (a party speaks on as انہوں نے too: تحریک انصاف … انھوں نے یہ بھی الزام عائد کیا)
    pos = max((t for t, person in r.agents if person == speaker and t < marker), default=-1)
    if pos < 0:  # not an agent: its latest mention (the antecedent rule's fallback)
        pos = max((e.span.token_start for k, e in enumerate(r.ents)
                   if e.span.token_end <= marker and r.resolve(k) == speaker), default=-1)
    inside = any(q.content.token_start <= pos < q.content.token_end and q.speaker != speaker
                 for q in quotes if q.cue.token_start < marker)
    return last.speaker if inside or _in_uncued_words(r, quotes, last, pos, marker) else speaker


def _in_uncued_words(r: NewsReader, quotes: Sequence[Quote], last: Quote, pos: int, marker: int) -> bool:
    """Whether token ``pos`` lies in the sentences right after ``last``'s words that go on in its
    speaker's voice without a cue: none of the sentences from the quote's end to the pronoun at
    ``marker`` holds a quote, and one of them speaks in the first person (ضیاء الدین یوسفزئی نے کہا کہ
    …۔ میں عدم تشدد کا قائل ہوں …۔ ملالہ نے تو … سکھایا ہے۔ انہوں نے کہا: Malala is named inside her
    father's words, which go on, and انہوں is him). Without a first-person word an uncued sentence is
    the report's own (COUNTER 0525's briefing: the pronoun takes the agent the report names), and a
    source named on the way (X کے مطابق) ends the speaker's words."""
    end = last.content.token_end
    if not end <= pos < marker:
        return False
    s_end = r.sentence_of(max(end - 1, 0)) + 1
    s_pron = r.sentence_of(marker)
    if r.sentence_of(pos) < s_end or s_pron <= s_end:
        return False
    lo, hi = r.doc.sentences[s_end].token_start, r.doc.sentences[s_pron].token_start
    if any(lo <= q.cue.token_start < hi for q in quotes) or any(
            r.forms[t] in r.lex.words("sourcing") for t in range(lo, hi)):
        return False  # (کرنل وارن کے مطابق …: another source speaks)
    return _first_person_word(r, lo, hi)


def _last_agent_words(r: NewsReader, before: int, *, people: bool = False) -> Span | None:
    """The words of the latest agent of نے before token ``before`` that is neither a pronoun nor an
    entity (a pronoun with no person antecedent most likely refers to it); with ``people`` (the
    pronoun is an honorific or plural one, انہوں, ان), only when those words name people."""
    mine = r.lex.words("possessive1")
    for m, k, first, pron in r.agents_before(before):
        if not pron and k is None and first < r.agent_end(m) and not (
                r.forms[first] in mine or (first > 0 and r.forms[first - 1] in mine)):
            # (میرے والدین نے: someone's own people, inside their words, refer to no one outside)
            span = r.doc.token_span(first, r.agent_end(m))
            # (سائنس نے ترقی کی ہے, ان تمام نے: انہوں نے کہا is no science's and no "all"'s; a singular
            # اس may be a body's: بیورو نے … اس کا کہنا ہے)
            return span if not people or _names_people(r, span) else None
    return None


def _first_person_agent(r: NewsReader, a: int, s0: int) -> bool:
    """Whether the nearest ergative before token ``a`` (in its sentence from ``s0``) has a first-person
    agent (ہم نے, میں نے)."""
    m = next((t for t in range(a - 1, s0 - 1, -1) if r.is_erg(t)), -1)
    return m > s0 and r.forms[m - 1] in r.agent1


def _clause_subject(r: NewsReader, floor: int, a: int) -> tuple[int | None, Span | None]:
    """The subject of a clause without نے: its first pronoun, or its first actor entity that no
    postposition marks (انٹرپول سے is a partner, not the subject), else an actor noun right before
    the cue (فوج کہتی ہے کہ)."""
    between = r.lex.words("between")
    compound = r.lex.words("relation_post") | r.lex.words("including") | r.lex.words("including_before")
    past = floor  # tokens before this belong to a between phrase already passed
    for t in range(floor, a):
        if t < past:
            continue
        if r.forms[t] in r.pronouns and r.upos[t] != "DET":  # اس عزم کا اظہار: a determiner
            return r.antecedent(t), r.doc.token_span(t, t + 1)
        ks = [k for k in r.ending.get(t + 1, []) if r.ents[k].label in ACTOR_LABELS
              and r.ents[k].span.token_start >= floor and not _bracketed(r, k) and not _dateline(r, k)]
        if ks and t + 1 < a and r.upos[t + 1] == "ADP" and r.forms[t + 1] not in r.genitive:
            continue
        if ks and t + 2 < a and r.forms[t + 1] in r.genitive and r.forms[t + 2] in compound:
            continue  # کونڈا سریکھا کے بشمول … کے سوال کا جواب دیتے ہوئے کہا: a compound postposition's
            # object, not the subject
        if ks and all(r.ents[k].label == "TITLE" for k in ks) and any(
                r.ents[p].label == "PERSON" for p in r.entities_from(t + 1)):
            continue  # چیف جسٹس ناصر الملک سے: a title before its name, which decides (here a partner)
        if ks and t + 2 < a and r.forms[t + 1] in r.lex.words("and"):
            j = r.np_after(t + 2, a)
            if j + 1 < a and r.forms[j] in r.genitive and r.forms[j + 1] in between:
                past = j + 2
                continue  # پاکستان اور بھارت کے درمیان …: the sides of a between, not the subject
        if ks:
            k = ks[0]
            if t + 1 < a and r.forms[t + 1] in r.genitive:
                # بی بی سی کے ایڈیٹر سیبسٹیئن کہتے ہیں: the owner's person speaks — the name in the
                # phrase, else its title (as docs/annotation.md annotates a speaker)
                k = _owned_speaker(r, t + 2, a) or k
            return r.resolve(k), r.ents[k].span
    if a - 1 >= floor and r.actor_noun_at(a - 1) is not None:
        # … تشویش ہوتی ہے، فوج کہتی ہے کہ: an actor noun right before a cue in the present is
        # its subject
        _, first, _ = r.np_before(a, floor)
        return None, r.doc.token_span(first, a)
    return None, None


def _owned_speaker(r: NewsReader, lo: int, a: int) -> int | None:
    """The person a phrase owned by a genitive names, in ``[lo, a)`` up to its first postposition
    other than a genitive (برطانیہ کے کینسر ریسرچ کے پروفیسر کیورلین ڈائیو: the professor): its PERSON,
    else its TITLE; None when it names neither."""
    title = None
    for u in range(lo, a):
        if r.upos[u] == "ADP" and r.forms[u] not in r.genitive:
            break
        if r.upos[u] in ("VERB", "AUX", "PUNCT", "SCONJ"):
            break
        for k in r.ending.get(u + 1, []):
            e = r.ents[k]
            if e.span.token_start < lo:
                continue
            if e.label == "PERSON":
                return k
            if e.label == "TITLE" and title is None:
                title = k
    return title


def _perfective(r: NewsReader, t: int) -> bool:
    """Whether token ``t`` (a trigger's or cue's verb) is a perfective participle of a verb that takes
    نے (مطالبہ کیا, کہا): without نے in its clause, its subject was dropped."""
    return (r.upos[t] == "VERB" and "Aspect=Perf" in (r.feats[t] or "")
            and r.forms[t] not in r.lex.words("intransitive")
            and (r.lemmas[t] or "") not in r.lex.words("intransitive"))


#: ready (the last word of a readiness offer: مدد کے لیے تیار) and the plural copula
_READY = "تیار"
_ARE = "ہیں"
#: How many sentences back a dropped subject may find the speaker it continues.
DROPPED_SUBJECT_REACH = 2


def _latest_quote(quotes: Sequence[Quote], a: int) -> Quote | None:
    """The latest quote whose cue comes before token ``a``, however far back."""
    return max((q for q in quotes if 0 <= q.cue.token_start < a), key=lambda q: q.cue.start, default=None)


def _preceding_quote(r: NewsReader, quotes: Sequence[Quote], a: int, *,
                     first_person: bool = False) -> Quote | None:
    """The latest quote whose cue comes before token ``a``, at most :data:`DROPPED_SUBJECT_REACH`
    sentences back: whose speaker a dropped subject, or a first-person word in a sentence that goes
    on with the speaker's words without a cue of its own, stands for. A ``first_person`` cue (دعوت
    دیتا ہوں) reaches further, as long as no agent named in words comes between with نے: the
    sentences between are the speaker's own words (ہم … کام کرتے رہیں گے; … شہید جوان ہمارے ہیرو
    ہیں۔ انہوں نے … اپنا آج قربان کیا۔ … جوانوں کو مبارکباد دیتا ہوں: a pronoun agent is someone the
    speaker talks of). A first person is someone: a quote with no speaker (a passive یہ کہا جاتا ہے
    among the speaker's words) is passed over for the one before it."""
    if first_person:
        quotes = [q for q in quotes if q.speaker is not None or q.speaker_span is not None]
    last = _latest_quote(quotes, a)
    if last is None:
        return None
    if r.sentence_of(a) - r.sentence_of(last.cue.token_start) > DROPPED_SUBJECT_REACH and not (
            first_person and not any(r.is_erg(t) and r.forms[t - 1] not in r.pronouns
                                     and r.forms[t - 1] not in r.agent1
                                     for t in range(last.cue.token_end, a))):
        return None
    return last


def _preceding_speaker(r: NewsReader, quotes: Sequence[Quote], a: int, *,
                       first_person: bool = False) -> tuple[int | None, Span | None]:
    """The speaker of :func:`_preceding_quote` (entity, or its words when it is no entity)."""
    last = _preceding_quote(r, quotes, a, first_person=first_person)
    if last is None:
        return None, None
    return last.speaker, (last.speaker_span if last.speaker is None else None)


def _dateline(r: NewsReader, k: int) -> bool:
    """Whether entity ``k`` is a dateline's place: followed by a full stop, a dash or an opening
    bracket (اسلام آباد ۔ 25 جولائی (اے پی پی), لندن (این این آئی)) — where the report was filed, not
    who speaks. The recognizer marks the places, agencies and outlets of a dateline at a line's start
    (source ``rule:dateline``); the marks catch one run into a line."""
    if r.ents[k].source == DATELINE_SOURCE:
        return True
    end = r.ents[k].span.token_end
    return end < len(r.forms) and r.forms[end] in _DATELINE_MARKS


#: What follows the place of a dateline.
_DATELINE_MARKS = frozenset({C.URDU_FULL_STOP, C.LEFT_PARENTHESIS, "-", "–", "—", "+"})


def _direct_spans(doc: Document) -> list[tuple[int, int]]:
    """Character ranges between matching quotation marks (the marks excluded)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    n = len(text)
    found = _MARK_RE.search(text)
    while found is not None:
        i = found.start()
        found = _MARK_RE.search(text, i + 1)
        ch = text[i]
        close = DOUBLED_QUOTE_PAIRS.get(text[i:i + 2])
        width = 2
        if close is None or text.find(close, i + 2, min(n, i + 2 + MAX_QUOTE_CHARS)) < 0:
            close, width = QUOTE_PAIRS.get(ch), 1
            if ch == C.LEFT_SINGLE_QUOTE and i + 1 < n and text[i + 1].isspace():
                close = None  # پارلیمنٹ ‘ عدالت: a lone ‘ between spaces separates clauses, it opens nothing
        if close is None or (close == text[i:i + width] and text[i + width:i + width + 1] in _CLOSING_NEXT):
            continue  # ہوگی"۔: a symmetric mark before a full stop closes a quote, it opens none
        j = text.find(close, i + width, min(n, i + width + MAX_QUOTE_CHARS))
        if j < 0 or j - i < 1 + width:
            continue
        start, end = i + width, j
        while start < end and text[start].isspace():  # کہا'' ریاست میں …'': the words, not the space
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
        found = _MARK_RE.search(text, j + width)
    return out


def _inside_direct(pos: int, direct: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in direct)


def _attach_direct(doc: Document, r: NewsReader, ds: int, de: int) -> Quote | None:
    """A direct quote whose cue follows it in the same sentence (“...” X نے کہا), or precedes it."""
    te = bisect.bisect_left(r.starts, de)
    ts = bisect.bisect_left(r.starts, ds)
    if ts >= len(r.forms):
        return None
    sk = r.sentence_of(min(te, len(r.forms) - 1))
    sent = doc.sentences[sk] if doc.sentences else None
    s1 = sent.token_end if sent else len(r.forms)
    s0 = doc.sentences[r.sentence_of(ts)].token_start if doc.sentences else 0
    for lo, hi in ((te, s1), (s0, ts)):
        for i in range(lo, hi):
            hit = r.speech_cue(i)
            if not hit:
                continue
            n, kind = hit
            marker = i if i in r.erg_prefix else next(
                (t for t in range(i - 1, lo - 1, -1) if r.is_erg(t)), -1)
            if kind in OPINION_KINDS:
                marker = _owner_genitive(r, i, lo)
            speaker, sspan = (None, None)
            if marker >= 0:
                speaker, sspan, _ = r.subject(marker, lo)
            e = i + n
            while e < len(r.forms) and r.forms[e] in r.aux:
                e += 1
            return Quote(doc.token_span(i, e), doc.char_span(ds, de), "direct", speaker, sspan,
                         "rule:quote.direct")
    return None


#: The genitive of ``کے مطابق`` / ``کے بموجب`` (according to; news_words role ``sourcing``)
_ACCORDING = "کے"


def find_sourced(doc: Document, quotes: Sequence[Quote] = (), lex: NewsLexicon | None = None,
                 ) -> list[Quote]:
    """Claims the report attributes to a source: ``X کے مطابق …`` (ذرائع کے مطابق, پولیس کے مطابق, اقوام
    متحدہ کی رپورٹ کے مطابق), each a :class:`Quote` of kind ``sourced`` — sourcing, which the annotation
    guidelines keep apart from quotes (docs/annotation.md) — whose cue is ``کے مطابق``,
    whose content is the rest of its sentence and whose speaker is X: an entity (a report's named owner:
    the UN), else the words that name the source when they hold a source noun (news_words role
    ``source_noun``: ذرائع, رپورٹ, عینی شاہدین) or an actor noun (پولیس, حکام), or when the tagger reads
    them all as a name the recognizer missed (اے این این, سریکانت); a pronoun (ان کے مطابق)
    refers as a pronoun speaker does. A norm followed (قانون کے مطابق, پلان کے مطابق, تفصیلات کے مطابق,
    a relative's جس کے مطابق) names no source and gives none. None inside another quote's words (the
    speaker cites it), and none in a sentence whose rest holds a quote's cue (the quote reports it)."""
    return _sourced(NewsReader(doc, lex), quotes)


def _sourced(r: NewsReader, quotes: Sequence[Quote]) -> list[Quote]:
    """:func:`find_sourced` over a reader already built (the quote rules' own)."""
    doc = r.doc
    lx = r.lex
    source_nouns = lx.words("source_noun")
    relative = r.relatives
    out: list[Quote] = []
    for sent in doc.sentences:
        s0, s1 = sent.token_start, sent.token_end
        if s0 < 0:
            continue
        for t in range(s0 + 1, s1 - 3):
            if (r.forms[t] != _ACCORDING or r.forms[t + 1] not in lx.words("sourcing")
                    or r.forms[t - 1] in relative):
                continue  # (کے مطابق, and Indian papers' کے بموجب)
            c0, c1 = t + 2, s1
            while c0 < c1 and r.upos[c0] == "PUNCT":  # کے مطابق، …
                c0 += 1
            while c1 > c0 and r.upos[c1 - 1] == "PUNCT":
                c1 -= 1
            if c1 - c0 < 3 or any(q.content.token_start <= t < q.content.token_end
                                  or c0 <= q.cue.token_start < s1 for q in quotes):
                continue
            k, first, pron = r.np_before(t, s0)
            if first >= t:
                continue
            span = doc.token_span(first, t)
            if pron:
                if r.forms[first] in r.agent1 or r.forms[first] in r.first_person_obl:
                    continue  # ہمارے مطابق: the speaker's own view, inside their words
                found = Actor(r.antecedent(first), span)
            else:
                found = _actor_np(r, first, t, k)
                whole = k is not None and (r.ents[k].span.token_start, r.ents[k].span.token_end) == (first, t)
                if found.entity is not None and r.ents[found.entity].label == "LOCATION" and not whole:
                    # بھارتی ذرائع ابلاغ, کشمیر میڈیا سروس: a place or demonym inside the source's
                    # words qualifies it, it is not the source
                    found = Actor(None, span)
                if found.entity is None:
                    # آئی سی سی کی طرف سے جاری کردہ بیان کے مطابق: the body that issued the statement
                    issued = _agentive(r, s0, t, deed=True)
                    if issued.entity is None:
                        issued = _sourced_issuer(r, s0, t)
                    if issued.entity is not None or issued.span is not None:
                        found, span = issued, issued.span or span
                words = range(first, t)
                if found.entity is None and not (
                        any(r.word_in(u, source_nouns) for u in words)
                        or actor_noun(r, span) is not None
                        # اے این این کے مطابق, سریکانت کے بموجب: a name the recognizer missed
                        or all(r.missed_name(u) for u in words)):
                    continue
            if found.entity is None and (owned := _owned_start(r, first, s0)) < first:
                # مہر خبررساں ایجنسی کی رپورٹ: the words name the source with the report's owner
                span = doc.token_span(owned, t)
            words_of = None if found.entity is not None else span
            out.append(Quote(doc.token_span(t, t + 2), doc.token_span(c0, c1), SOURCED, found.entity,
                             words_of, "rule:quote.sourced"))
    return out


#: جاری (issued), the word that makes a statement's phrase name its issuer (X سے جاری بیان).
_ISSUED = "جاری"


def _sourced_issuer(r: NewsReader, s0: int, t: int) -> Actor:
    """The body that issued the statement a claim is sourced to, the words before کے مطابق (at ``t``)
    ending in a statement noun (بیان, اعلامیہ): ``حکام کی طرف سے جاری ایک بیان``, ``دفتر خارجہ سے
    جاری بیان``, ``صدر ڈیلما روزیف کے دفتر سے جاری بیان`` — an actor, a name or an office's words
    before کی طرف سے / کی جانب سے, or before سے right before the issued words (جاری, جاری کردہ, جاری
    ہونے والے, a day between them: سے منگل کو جاری). NO_ACTOR when the statement names no issuer."""
    lx = r.lex
    if r.forms[t - 1] not in lx.words("statement_noun"):
        return NO_ACTOR
    g = t - 2
    while g > s0 and r.forms[g] in lx.words("issued"):
        g -= 1  # جاری ایک, جاری ہونے والے, جاری کردہ
    if _ISSUED not in r.forms[g + 1:t - 1]:
        return NO_ACTOR  # no جاری: بیان alone, or a statement's owner (X کے بیان: the sourced words)
    while g > s0 and g in r.in_timex:
        g -= 1  # سے منگل کو جاری
    if g - 1 <= s0 or r.forms[g] not in lx.words("ablative"):
        return NO_ACTOR
    if g - 2 > s0 and r.forms[g - 1] in lx.words("agentive") and r.forms[g - 2] in r.genitive:
        k, f, pron = r.np_before(g - 2, s0)
        if pron or f >= g - 2:
            return NO_ACTOR
        found = _first_conjunct_actor(r, k, f, g - 2, s0)
        return found if found.entity is not None or _is_actor(r, found) else NO_ACTOR
    k, f, pron = r.np_before(g, s0)
    if pron or f >= g or (f > 0 and r.upos[f - 1] == "PUNCT" and not r.doc.tokens[f - 1].space_after):
        return NO_ACTOR  # (…ہاو¿س سے: a mark glued to the phrase broke a word, whose end is no name)
    if (owned := _owned_start(r, f, s0)) < f:
        return Actor(None, r.doc.token_span(owned, g))  # صدر ڈیلما روزیف کے دفتر: the office's words
    return Actor(r.resolve(k) if k is not None else None, r.doc.token_span(f, g))


def _owned_start(r: NewsReader, first: int, lo: int) -> int:
    """Where the phrase that starts at ``first`` begins with the genitive owner named in words before
    it (مہر خبررساں ایجنسی کی رپورٹ, صدر ڈیلما روزیف کے دفتر), after ``lo``; ``first`` when there is
    none."""
    if first - 2 > lo and r.forms[first - 1] in r.genitive:
        _, owner, pron = r.np_before(first - 1, lo)
        if not pron and owner < first - 1:
            return owner
    return first


# --- events ---------------------------------------------------------------------------------------
#: CAMEO code and label of the statement events made from quotes (PLOVER has no such category).
STATEMENT = ("010", "STATEMENT")
#: Actor roles of state armed force (CAMEO 19x FIGHT rather than 18x ASSAULT).
STATE_FORCE_ROLES = frozenset({"MIL", "GOV", "COP", "IGO", "SPY"})
#: CAMEO roots of violence: ASSAULT (18) and FIGHT (19).
VIOLENT_ROOTS = frozenset({"18", "19"})
#: CAMEO code of a bombing (183: دھماکہ ہوا, دھماکے سے اڑا دیا)
BOMBING_CODE = "183"
#: CAMEO code of praise, thanks and congratulation (051: سراہا, شکریہ ادا کیا, مبارکباد دی)
PRAISE_CODE = "051"
#: CAMEO root of accusations and criticism (111 criticize, 112 accuse): DISAPPROVE
DISAPPROVE_ROOT = "11"
#: CAMEO root of demands (100 demand, 101 demand information)
DEMAND_ROOT = "10"
#: CAMEO root of protest
PROTEST_ROOT = "14"
#: CAMEO's root of conventional fighting (a clash, a battle: جھڑپ, لڑائی)
FIGHT_ROOT = "19"
#: CAMEO root of consultations: meetings, talks, visits (040 …)
CONSULT_ROOT = "04"
#: CAMEO root of intents to cooperate, promises and offers (030 express intent, 033 offer aid)
INTENT_ROOT = "03"
#: CAMEO root of arrest and detention
ARREST_ROOT = "17"
#: CAMEO visits (make, host, meet at a third place): actor 2 that is a place is where it happened
VISIT_CODES = frozenset({"042", "043", "044"})
#: CAMEO roots of material acts (aid, sanctions, arrests, violence): in the habitual present a trait,
#: not an event; verbal acts in the present (praise, demands) are performed as they are said
MATERIAL_ROOTS = frozenset({"07", "16", "17", "18", "19"})
#: CAMEO roots of force: coercion, assault and fighting
FORCE_ROOTS = frozenset({"17", "18", "19"})


def _actor_np(r: NewsReader, first: int, end: int, k: int | None) -> Actor:
    """An actor from a noun phrase ``[first, end)``: its entity (resolved), else the same person
    named elsewhere, else the phrase's own words when it is a noun phrase (سکیورٹی فورسز)."""
    if k is not None:
        if r.ents[k].span.token_end < end and _event_head(r, end - 1):
            if r.ents[k].source == DEMONYM_SOURCE and r.ents[k].span.token_end == end - 1:
                # غزہ پر اسرائیلی بمباری کی مذمت: the demonym before the act names its doer, as a
                # genitive owner does (بھارت کی جارحیت کی مذمت)
                return Actor(r.resolve(k))
            return NO_ACTOR  # … کے حملے کی مذمت: the phrase names an act, not its actor
        titled = r.titled_demonym(k, end)
        if titled is not None:  # امریکی نمائندے کے ساتھ ملاقات کی: the envoy, not his country
            return Actor(titled)
        if r.ents[k].label == "LOCATION" and r.ents[k].source == TITLE_SOURCE:
            # (a place the recognizer set apart as an office's jurisdiction: وزیراعلی | پنجاب)
            # وزیراعلی پنجاب سے اپیل: an office before its jurisdiction is its holder, not the province
            office = next((j for j in r.ending.get(r.ents[k].span.token_start, [])
                           if r.ents[j].label == "TITLE"), None)
            if office is not None:
                return Actor(r.resolve(office))
        return Actor(r.resolve(k))
    if first >= end or all(r.upos[t] == "NUM" for t in range(first, end)):
        return NO_ACTOR  # 70 سے 80: a number is not an actor
    named = r.by_text(first, end)
    if named is None:
        named = r.owned_office(first, end, r.sentence_start(first))
    if named is None:
        named = r.by_reference(first, end)
    if named is None:
        # وفاقی ٹیکس محتسب کو after وفاقی ٹیکس محتسب عبدالرؤف چوہدری: an office the knowledge base lacks,
        # written before a name earlier, is that person
        named = r.by_apposition(first, end)
    if named is not None:
        return Actor(named)
    earlier = _phrase_referred_to(r, first, end)
    if earlier is not None:
        return earlier
    # a genitive owner names the actor: نیٹو کے قافلے (NATO's convoy), داعش کے ٹھکانوں, ٹیم کے 8 ارکان
    g = first
    while g - 1 >= 0 and r.upos[g - 1] == "NUM":
        g -= 1
    # نواز شریف کے مخالفین are not Nawaz, nor is وزیراعلی کے بھتیجے the chief minister: the phrase
    other = r.lex.words("opponent") | r.lex.words("relation")
    opposed = r.word_in(end - 1, other)
    if g >= 2 and r.forms[g - 1] in r.genitive:
        k2, f2, pron = r.np_before(g - 1, max(0, g - 5))
        if k2 is None and not pron and f2 - 2 >= 0 and r.forms[f2 - 1] in r.lex.words("and") and (
                r.word_in(end - 1, r.lex.words("region_noun") | r.lex.words("place_noun"))
                or r.actor_noun_at(end - 1) is not None):
            # سکھر اور گڈو کے مختلف علاقوں: owners of places or of a group coordinated, the last one a
            # name the recognizer missed; the first, named, is coded, as in any coordination (not the
            # two sides of پاکستان اور ایشیائی ترقیاتی بینک کے تعلقات)
            k0, _, pron0 = r.np_before(f2 - 1, max(0, f2 - 5))
            if k0 is not None and not pron0 and r.ents[k0].label in ACTOR_LABELS:
                k2 = k0
        if k2 is not None and r.ents[k2].source == DEMONYM_SOURCE and (
                r.ents[k2].span.token_end < g - 1):
            k2 = None  # ایک امریکی یرغمال کے والدین: the demonym modifies the owner, it is not it
        head = r.actor_noun_at(end - 1)
        # معمر قذافی کی فوج: a leader's army is the state's force, the phrase, not the person
        army = k2 is not None and r.ents[k2].label == "PERSON" and head is not None and (
            head.role in ("MIL", "COP"))
        if k2 is not None and not opposed and not army and not any(
                r.upos[t] == "PROPN" for t in range(first, end)):
            # سعودی عرب، امریکہ اور متحدہ عرب امارات کے جنگی طیاروں نے: coordinated owners of one
            # group are coded with the first, as any coordinated actor
            k2, _ = r._first_conjunct(k2, r.ents[k2].span.token_start, r.sentence_start(g - 1))
            if k2 is not None:
                return Actor(r.resolve(k2))
        if k2 is not None:
            f2 = r.ents[k2].span.token_start
        if not pron and f2 < g - 1:
            first = f2
    if _event_head(r, end - 1):
        return NO_ACTOR  # حملے کی مذمت: the thing condemned is an event, not an actor
    return _named_before(r, first, end) or Actor(None, r.doc.token_span(_doers_clause(r, first), end))


def _named_before(r: NewsReader, first: int, end: int) -> Actor | None:
    """The one a phrase ``[first, end)`` that holds or follows نامی (named) names: the entity or the
    name words (up to three nouns or adjectives) before نامی — the first of two joined by اور (عباس
    ملہ اور منظور ملک نامی نوجوانوں: Abbas Malla, عمر کونزالز نامی ایک شخص); None without نامی or
    a name before it."""
    lo = r.sentence_start(first)
    b = first - 1
    while b > lo and r.upos[b] in ("DET", "NUM"):  # عمر کونزالز نامی ایک شخص
        b -= 1
    n = next((t for t in range(max(lo, b), end) if r.forms[t] == _NAMED), -1)
    if n - 1 < lo:
        return None

    def name_ending(e: int) -> Actor | None:
        k = next((k for k in r.ending.get(e, []) if r.ents[k].label in ACTOR_LABELS), None)
        if k is not None:
            return Actor(r.resolve(k))
        t = e
        while t - 1 >= lo and e - t < 3 and r.upos[t - 1] in ("PROPN", "NOUN", "ADJ"):
            t -= 1
        return Actor(None, r.doc.token_span(t, e)) if t < e else None

    named = name_ending(n)
    if named is None:
        return None
    start = r.ents[named.entity].span.token_start if named.entity is not None else (
        named.span.token_start if named.span is not None else n)
    if start - 1 > lo and r.forms[start - 1] in r.lex.words("and"):
        return name_ending(start - 1) or named
    return named


#: the participle of an agent noun phrase: X کرنے والے (those who do X)
_DOERS = frozenset({"والے", "والوں", "والی", "والا"})
#: X نامی Y: a Y named X
_NAMED = "نامی"
#: N سالہ Y: a Y aged N years
_AGED = "سالہ"
#: the relative pronoun of a clause told inside a letter or a statement (خط لکھا جس میں …)
_WHICH = "جس"


def _doers_clause(r: NewsReader, first: int) -> int:
    """Where a phrase that begins with والے begins with its verb and the verb's object: ضرب عضب میں
    حصہ لینے والے جوانوں, not والے جوانوں (the verb, then up to three nouns or adjectives before it
    within the sentence); one that begins with سالہ, with its age (10 سالہ)."""
    lo = r.sentence_start(first)
    if r.forms[first] == _AGED and first - 1 >= lo and r.upos[first - 1] == "NUM":
        return first - 1  # 10 سالہ خودکش حملہ آور: the age is the phrase's
    if r.forms[first] not in _DOERS or first - 1 < lo or r.upos[first - 1] not in ("VERB", "AUX"):
        return first
    t = first - 1
    while t - 1 >= lo and first - t < 4 and r.upos[t - 1] in NP_POS:
        t -= 1
    return t


def _event_head(r: NewsReader, t: int) -> bool:
    """Whether token ``t`` is an event noun (the first word of a trigger: حملہ, بمباری), not an actor
    noun or a title (سفیر begins سفیر کو … واپس بلانا, but چینی سفیر سے ملاقات met an ambassador)."""
    head = r.lemmas[t] or r.forms[t]
    return ((head in r.lex.by_first or r.forms[t] in r.lex.by_first) and r.actor_noun_at(t) is None
            and r.forms[t] not in r.lex.title_words)


def _nearest_mention(r: NewsReader, t: int, floor: int, keep: Callable[[int], bool],
                     ) -> tuple[int, int | ActorNoun] | None:
    """Walking back from token ``t - 1`` to ``floor``: the first place where an entity of an actor type
    that ``keep`` accepts ends — (its last token, the entity) — or where an actor noun stands — (its
    token, the noun); None when there is neither. The shared step of :func:`_relative_antecedent` and
    :func:`_nearest_actor`, which build their actor from it each in their own way."""
    for u in range(t - 1, floor - 1, -1):
        ks = [k for k in r.ending.get(u + 1, []) if r.ents[k].label in ACTOR_LABELS and keep(k)]
        if ks:
            return u, ks[0]
        noun = r.actor_noun_at(u)
        if noun is not None:
            return u, noun
    return None


def _relative_antecedent(r: NewsReader, t: int, actor1: Actor) -> Actor:
    """What the relative pronoun at ``t`` (جنہیں, جسے: whom) describes: the nearest actor before it in
    its sentence — an entity other than actor 1, or an actor-noun phrase."""
    s0 = r.sent_starts[r.sentence_of(t)] if r.sent_starts else 0
    hit = _nearest_mention(r, t, s0, lambda k: not r.same(r.resolve(k), actor1.entity))
    if hit is None:
        return NO_ACTOR
    return _mention_actor(r, *hit, s0)


def _mention_actor(r: NewsReader, u: int, found: int | ActorNoun, floor: int) -> Actor:
    """The actor of a mention :func:`_nearest_mention` found at token ``u``: its entity, resolved, or
    the phrase of its actor noun back to ``floor`` (NO_ACTOR when that phrase is a pronoun)."""
    if isinstance(found, int):
        return Actor(r.resolve(found))
    k, first, pron = r.np_before(u + 1, floor)
    return NO_ACTOR if pron else _actor_np(r, min(first, u), u + 1, k)


def _adjunct_before(r: NewsReader, x: int, lo: int) -> tuple[str, int] | None:
    """The adjunct that ends right before token ``x`` (from ``lo`` on): ("time", its first token) for
    a date with its postposition (4 دسمبر کو), ("place", …) for a named place with میں (شمالی عراق
    میں); None otherwise."""
    if x - 1 >= lo and x - 1 in r.in_timex:
        a = x - 1
        while a - 1 >= lo and a - 1 in r.in_timex and r.forms[a - 1] not in r.lex.words("and"):
            a -= 1
        return "time", a
    if x - 2 >= lo and r.forms[x - 1] in r.lex.words("locative_in"):
        place = [k for k in r.ending.get(x - 1, []) if r.ents[k].label == "LOCATION"
                 and r.ents[k].span.token_start >= lo]
        if place:
            return "place", r.ents[place[0]].span.token_start
    return None


def _and_past_adjunct(r: NewsReader, first: int, lo: int) -> int:
    """The اور of a coordinated target whose last conjunct, at ``first`` (or its owner before it), has
    an adjunct of its own between اور and its words, as the conjunct before اور has one of the same kind:
    ``شام میں دولت اسلامیہ اور شمالی عراق میں کرد جنگجوؤں کے ٹھکانوں پر``, ``2 دسمبر 2013ء کو وزارت قانون
    اور 4 دسمبر کو Y کو``. Each adjunct is its conjunct's, and the first conjunct is coded; without the
    earlier one the اور may join the adjuncts (پاکستان اور افغانستان میں شدت پسندوں پر: two places). The
    index of اور, else -1."""
    conj = r.lex.words("and")
    starts = [first]
    if first - 2 > lo and r.forms[first - 1] in r.genitive:
        _, owner, pron = r.np_before(first - 1, lo)
        if not pron and owner < first - 1:
            starts.append(owner)  # کرد جنگجوؤں کے ٹھکانوں: the owner is the conjunct's
    for g0 in starts:
        # (a title may stand before the name: 4 دسمبر کو سیکرٹری کابینہ ڈویژن سراج احمد صدیقی کو)
        g = g0
        adj = _adjunct_before(r, g, lo)
        while adj is None and g - 1 > lo and g0 - g < 3 and r.upos[g - 1] in NP_POS:
            g -= 1
            adj = _adjunct_before(r, g, lo)
        if adj is None:
            continue
        kind, a = adj
        c = a - 1
        if c <= lo or r.forms[c] not in conj:
            continue
        _, f0, pron0 = r.np_before(c, lo)
        if pron0 or f0 >= c:
            continue
        for x in range(f0, max(lo, f0 - 3) - 1, -1):  # (a description may stand before its name)
            earlier = _adjunct_before(r, x, lo)
            if earlier is not None and earlier[0] == kind:
                return c
            if x - 1 <= lo or r.upos[x - 1] not in NP_POS:
                break
    return -1


def _target(r: NewsReader, targets: tuple[tuple[str, ...], ...], lo: int, hi: int, *,
            actor1: Actor, quote: Quote | None, addressed: bool = False,
            banned: bool = False) -> tuple[Actor, int]:
    """The second actor: the phrase before the last target postposition in ``[lo, hi)`` that is not
    actor 1 (a pronoun there refers to someone other than actor 1). With ``addressed`` (directions,
    urging: the entry's target ends in ``!``; acts done to someone, 17-19) an infinitive between that
    phrase and the trigger makes it the infinitive's object, and an earlier target phrase is the
    addressee or the one the act was done to. (actor, token of the
    postposition)."""
    dative = r.lex.words("dative")
    takes_object = any(post in targets for post in _object_markers(r))
    for t in range(hi - 1, lo - 1, -1):
        if t in r.in_timex:  # جمعرات کو (on Thursday): a date's postposition marks no object
            continue
        if takes_object and r.forms[t] in r.lex.words("dative1"):  # ہمیں, مجھے inside a quote: the speaker
            return _speaker_actor(quote), t
        if takes_object and r.forms[t] in r.lex.words("relative_object"):
            # … لڑکیوں کا انتظار ہے جنھیں بوکو حرام نے اغوا کیا تھا: whom, the actor it describes
            return _relative_antecedent(r, t, actor1), t
        if takes_object and r.forms[t] in dative:  # انہیں = ان کو
            met = _met_before(r, t, actor1)
            if met.null:
                met = _chained_object(r, t, lo)
            if not met.null:
                return met, t
            ante = r.antecedent(t, exclude=actor1.entity, subject=False)
            return (Actor(ante) if ante is not None else NO_ACTOR), t
        joined = r.joined_parts(t)  # کیخلاف = کے خلاف
        if r.forms[t] in r.lex.words("possessive1") and any(
                len(post) > 1 and post[0] in r.genitive and tuple(r.forms[t + 1:t + len(post)]) == post[1:]
                for post in targets):
            return _speaker_actor(quote), t  # میرے خلاف (= میرا کے خلاف): the speaker
        for post in targets:
            if (t + len(post) <= hi and tuple(r.forms[t:t + len(post)]) == post) or (
                    len(post) > 1 and joined == post):
                k, first, pron = r.np_before(t, lo)
                if not pron and first < t and r.word_in(t - 1, r.lex.words("manner")):
                    continue  # تیزی سے, سختی سے, تحریری طور پر: a manner adverb, not a partner
                if banned and t > lo and post == (_ON,) and _infinitive(r, t - 1):
                    continue  # نارائن پر باؤلنگ کرنے پر پابندی: what is banned; the one banned is before
                u = t + len(post)
                if (u < hi and r.forms[u] in r.lex.words("relation_post")
                        and (*post, r.forms[u]) not in targets):
                    # امریکی سفیر سے 35 پنکچر سے متعلق بات کی: سے متعلق (concerning) is a compound
                    # postposition of the topic, not the partner's سے — the partner is the earlier phrase
                    continue
                # ان سے اور ان کے بھائی … سے ملاقات: a coordinated target is coded with its first conjunct
                c = first - 1 if first - 1 > lo and r.forms[first - 1] in r.lex.words("and") else -1
                if c < 0 and not pron:
                    # … اور ان کے بھائی پیر X سے: a possessive and the noun in apposition before the last
                    # conjunct's name belong to it
                    h = first
                    while h - 1 > lo and first - h < 3 and (
                            r.upos[h - 1] in (*NP_POS, "NUM") or r.title_ends(h)):
                        h -= 1  # (a numeral too: … اور ان کے تین پوتوں کو; a title: مسٹر, tagged PART)
                    if (h < first and h - 1 > lo and r.forms[h - 1] in r.lex.words("and")
                            and not r.title_ends(h - 1)):
                        # حکومت اور … مسٹر عزیز پاشاہ سے: a title or a description in apposition before
                        # the last conjunct's name belongs to it, and the list starts before اور (but
                        # titles joined before one name are that name's: کپتان اور سینئر بلے باز مصباح الحق)
                        c = h - 1
                    elif (h - 3 > lo and r.forms[h - 1] in r.genitive and r.forms[h - 2] in r.pronouns
                            and r.forms[h - 3] in r.lex.words("and")):
                        c = h - 3
                    elif h - 2 > lo and r.forms[h - 1] in r.genitive:
                        # X اور پیپلز پارٹی پارلیمینٹرین کے صدر Y کے وارنٹ: a named owner and the title
                        # before the last conjunct's name belong to it, when a person came before اور
                        o = h - 1
                        while o - 1 > lo and h - 1 - o < 5 and r.upos[o - 1] in NP_POS:
                            o -= 1
                        if o - 1 > lo and r.forms[o - 1] in r.lex.words("and") and any(
                                r.is_person(r.resolve(k1)) for k1 in r.ending.get(o - 1, [])) and (
                                k is not None and r.is_person(r.resolve(k))):
                            # (both conjuncts are named people: in X اور Y کے مشترکہ وکیل کو the اور
                            # joins the owners of an unnamed lawyer)
                            c = o - 1
                if c < 0 and not pron:
                    c = _and_past_adjunct(r, first, lo)
                end = t
                if c > lo and not pron and tuple(r.forms[c - len(post):c]) == post:
                    k, first, pron = r.np_before(c - len(post), lo)
                elif c > lo:
                    k0, f0, p0 = r.np_before(c, lo)
                    doer = actor1.span is not None and (
                        f0 < actor1.span.token_end and actor1.span.token_start < c)
                    if f0 < c and not doer and (p0 or k0 is not None or (k is None and (
                            r.actor_noun_at(c - 1) is not None or r.upos[c - 1] == "PROPN"
                            or r.forms[c - 1] in r.lex.words("relation"))) or (
                            # حکومت اور … مسٹر عزیز پاشاہ سے: an unnamed actor first, before a named
                            # last conjunct, when the two are the whole list
                            not (f0 - 1 > lo and r.forms[f0 - 1] in _COMMAS)
                            and (r.actor_noun_at(c - 1) is not None
                                 or r.generic_heads(c - 1, c) is not None))):
                        # X اور Y کو: the first conjunct, when it names an actor other than the doer —
                        # with no name after اور also an actor noun or a name the recognizer missed
                        # (پاکستان کی حکومت اور عوام کو: the government's words end at اور; اعتزاز احسن اور
                        # دیگر ساتھیوں سے); a named last conjunct leaves the list to _first_conjunct
                        k, first, pron, end = k0, f0, p0, c
                if not pron and k is not None:  # X، Y اور Z کا دورہ: a list's first named item
                    k, first = r._first_conjunct(k, first, r.sent_starts[r.sentence_of(first)])
                    if k is None:  # … an unnamed one: its words end at اور
                        end = r.conjunct_end(first, end)
                elif not pron and first - 1 > lo and (
                        r.forms[first - 1] in r.lex.words("and") or r.forms[first - 1] in _COMMAS):
                    # وزیر مملکت X، صوبائی انتظامیہ، ریلیف ٹیموں اور کارکنوں کا شکریہ: a list that ends
                    # in unnamed items is coded with its first item when that one is named
                    k1, f1 = r._first_conjunct(None, first, r.sent_starts[r.sentence_of(first)])
                    if k1 is not None:
                        k, first, end = k1, f1, r.ents[k1].span.token_end
                elif not pron and first - 1 > lo and r.forms[first - 1] in r.lex.words("including"):
                    # اسفندیار ولی خان سمیت دیگر رہنماؤں پر حملے: the one named before سمیت (including)
                    k1, f1 = r._first_conjunct(None, first, lo)
                    if k1 is not None:
                        k, first, end = k1, f1, r.ents[k1].span.token_end
                if pron and r.forms[first] in r.lex.words("demonstrative"):
                    return NO_ACTOR, t  # اس کی مذمت کی: "it", the act just reported, not a person
                if pron:
                    if r.forms[first] in r.first_person or r.forms[first] in r.first_person_obl:
                        return _speaker_actor(quote), t  # ہم پر, مجھ پر: the speaker
                    met = _met_before(r, first, actor1)
                    if not met.null:
                        return met, t
                    if r.forms[first] in r.lex.words("plural_pronoun"):
                        group = _group_antecedent(r, first, actor1)
                        if not group.null:
                            return group, t
                    ante = r.antecedent(first, exclude=actor1.entity, subject=False)
                    return (Actor(ante) if ante is not None else NO_ACTOR), t
                b1 = actor1.span
                if (b1 is not None and not pron and first < b1.token_end < end
                        and (k is None or r.ents[k].span.token_end <= b1.token_end)):
                    # مظاہرین حکومت کے خلاف احتجاج کر رہے تھے: an unmarked subject the phrase ran on from
                    # is not part of the target, nor are the words before it that hold the name the
                    # phrase found (جرمنی کے مختلف حلقے سکولاری سے: the circles' owner)
                    first = b1.token_end
                    k, _, _ = r.np_before(end, first)
                elif (k is not None and not pron and actor1.entity is not None and r.same(k, actor1.entity)
                      and first <= r.ents[k].span.token_start and r.ents[k].span.token_end < end):
                    # امریکہ سیلاب متاثرین کو امداد فراہم کر رہا ہے: the unmarked subject's name and the
                    # object after it ran into one phrase; the target is the words after the name
                    first = r.ents[k].span.token_end
                    k, _, _ = r.np_before(end, first)
                if not pron and any(r.ents[q].label in ("NUMBER", "DATE") for q in r.ending.get(end, ())):
                    # دس ہزار سے کم آمدنی والے: a number (compared: سے کم) is no one, nor is one the
                    # recognizer read as a date (ماہانہ دس ہزار)
                    return NO_ACTOR, t
                end = r.including_end(first, end)
                a = _actor_np(r, first, end, k)  # (7 افراد بشمول اےک خاتون کو: the seven)
                if r.same(a.entity, actor1.entity):
                    continue
                if post[-1] in r.lex.words("benefactive") and not _is_actor(r, a):
                    return NO_ACTOR, t  # زراعت کی بحالی کے لیے پیکج: a purpose, not whom aid is for
                if addressed and first > lo and any(_infinitive(r, v) for v in range(t + 1, hi)):
                    # X نے Y کو … Z کو دینے کی ہدایت کی: Z is the infinitive's object; the act's
                    # target is the earlier phrase, where there is one
                    earlier, te = _target(r, targets, lo, first, actor1=actor1, quote=quote)
                    if te >= 0 and not earlier.null:
                        return earlier, te
                return a, t
    return NO_ACTOR, -1


def _met_before(r: NewsReader, pron: int, actor1: Actor) -> Actor:
    """Whom an object pronoun at ``pron`` refers to when its clause is joined by اور to one of the same
    doer's in the same sentence, where that earlier clause named someone other than the doer: the
    nearest such actor before the pronoun (… عبداللہ عبداللہ سے بھی ملاقات کی اور انہیں … دعوت دی; … فوجی
    جوانوں سے ملاقات کی اور ان کی کارکردگی کو سراہا). A pronoun object cannot be its own clause's
    subject (that is اپنے), so the earlier object is the one meant. NO_ACTOR otherwise."""
    if actor1.null or not r.sent_starts:
        return NO_ACTOR
    s0 = r.sent_starts[r.sentence_of(pron)]
    ends = [actor1.span.token_end] if actor1.span is not None else [
        e.span.token_end for k, e in enumerate(r.ents) if r.same(k, actor1.entity)]
    doer = max((x for x in ends if s0 < x < pron), default=-1)  # the doer named in this sentence
    if doer < 0:
        return NO_ACTOR
    conj = r.lex.words("and")
    joined = next((u for u in range(pron - 1, doer - 1, -1) if r.forms[u] in conj), -1)
    if joined < 0 or not any(r.upos[v] in ("VERB", "AUX") for v in range(doer, joined)):
        return NO_ACTOR  # no clause of the doer's before an اور
    hit = _nearest_mention(r, joined, doer, lambda k: r.ents[k].source != DEMONYM_SOURCE
                           and not r.same(r.resolve(k), actor1.entity))
    if hit is None:
        return NO_ACTOR
    u, found = hit
    if (u + 1 >= joined or r.upos[u + 1] != "ADP" or r.is_erg(u + 1)
            or r.forms[u + 1] in r.lex.words("locative_in")):
        return NO_ACTOR  # the earlier clause's object is marked by its postposition (میں: a setting)
    return _mention_actor(r, u, found, doer)


def _chained_object(r: NewsReader, pron: int, lo: int) -> Actor:
    """Whom an object pronoun right after a conjunctive participle refers to: the one the participle's
    own act was done to, in the same clause (``متعدد کارکنوں کیخلاف مقدمات درج کرکے انہیں گرفتار کر
    لیا``: the workers) — a named or described actor marked by کو, پر or کے خلاف after ``lo``."""
    if pron - 1 <= lo or r.forms[pron - 1] not in (
            r.lex.words("conjunctive") | r.lex.words("conjunctive_stem")):
        return NO_ACTOR  # (کرکے, کر کے, روک کر)
    marks = {*r.lex.words("object"), _ON}
    for t in range(pron - 2, lo, -1):
        joined = r.joined_parts(t)
        against = (bool(joined) and joined[-1] == "خلاف") or (
            r.forms[t] == "خلاف" and r.forms[t - 1] in r.genitive)
        if r.forms[t] not in marks and not against:
            continue
        u = t - 1 if r.forms[t] == "خلاف" else t
        k, first, pron0 = r.np_before(u, lo)
        if pron0 or first >= u:
            return NO_ACTOR
        found = _actor_np(r, first, u, k)
        return found if _is_actor(r, found) else NO_ACTOR
    return NO_ACTOR


def _group_antecedent(r: NewsReader, pron: int, actor1: Actor) -> Actor:
    """What a plural pronoun object at ``pron`` (ان پر) refers to when a group was named after the
    last person: the nearest phrase of an actor noun or an oblique plural, in this sentence or the one
    before, marked by a postposition other than نے (اپنے ساتھیوں کو زہر دیا اور پھر ان پر فائر کھول
    دیا; طلبا کا یہ گروہ … گیا تھا۔ پولیس نے ان پر گولیاں چلا دیں)."""
    floor = r.sent_starts[max(0, r.sentence_of(pron) - 1)] if r.sent_starts else 0
    # (a title names a person too: … وزیراعظم کے چیمبر میں ان سے ملاقات کی)
    last_person = max((e.span.token_end for e in r.ents
                       if e.label in ("PERSON", "TITLE") and e.span.token_end <= pron), default=-1)
    for t in range(pron - 1, max(floor, last_person) - 1, -1):
        if r.upos[t] not in NP_POS or t + 1 >= pron or r.upos[t + 1] != "ADP" or r.is_erg(t + 1):
            continue
        if r.actor_noun_at(t) is None and not r.forms[t].endswith(C.OBLIQUE_PLURAL):
            continue
        k, first, was_pron = r.np_before(t + 1, floor)
        if was_pron or first > t:
            continue
        found = _actor_np(r, first, t + 1, k)
        if found.null or r.same(found.entity, actor1.entity):
            continue
        return found
    return NO_ACTOR


def _speaker_actor(quote: Quote | None) -> Actor:
    """The speaker of the quote a first-person word (ہم, ہمیں) stands in: an entity, else the words
    that name them (اہلیہ نگہت مرزا)."""
    if quote is None:
        return NO_ACTOR
    return Actor(quote.speaker) if quote.speaker is not None else Actor(None, quote.speaker_span)


def _realis(r: NewsReader, a: int, b: int, s1: int) -> bool:
    """Whether the construction ``[a, b)`` reports something that happened or is happening: not an
    infinitive, subjunctive, future, modal or negated form, and not a genitive homograph of the light
    verb (مذاکرات کی میز: the negotiating table)."""
    lx = r.lex
    last = r.forms[b - 1]
    if (last in lx.words("irrealis") or _infinitive(r, b - 1)) and not (b < s1 and (
            _vector_after(r, b) or r.forms[b] in lx.words("conjunctive_stem"))) and not (
            # نشانہ بنانا شروع کیا (began to strike): an infinitive before a realis شروع کرنا
            _infinitive(r, b - 1) and b + 1 < s1 and r.forms[b] in lx.words("inceptive")
            and r.forms[b + 1] in lx.light_verbs and _realis(r, b + 1, b + 2, s1)) and not (
            last in _PERFECTIVE_TOO and b - 2 >= a and _agent_in_clause(r, a)
            and r.forms[b - 2].endswith((_FEM_PLURAL_I, _FEM_PLURAL))):
        # کنٹرول حاصل کر چکے ہیں (have taken), دباؤ بڑھانے لگے (began to press): a stem before چکنا
        # or an infinitive before لگنا reports the act
        return False
    if last in r.genitive and b < s1 and r.forms[b] not in lx.words("passive") and (
            r.upos[b] in ("NOUN", "ADJ", "DET", "NUM", "PROPN", "ADP")
            or (r.upos[b] == "PART" and _noun_follows(r, b, s1))  # بات چیت کی بھی منظوری
            or r.forms[b] in _CLAUSE_NOUNS  # حملے کی بجائے (instead of an attack): بجائے, not a verb
            or (r.upos[b] == "PRON" and r.forms[b] not in lx.words("relative")
                and (_noun_follows(r, b + 1, s1) or (b + 1 < s1 and r.is_erg(b + 1))))):
        # مذاکرات کی میز, ملاقات کی کوئی دعوت, حملے کی جتنی بھی مذمت: a genitive, not the light verb,
        # and so is one before an agent (ان حملوں کی کسی نے بھی ذمہ داری قبول نہیں کی); a relative
        # pronoun after it opens a clause (تقریب میں شرکت کی جو پیر … منعقد ہوئی: all 20 such after a
        # lexicon noun in COUNTER)
        return False
    if b < s1 and _infinitive(r, b) and r.lemmas[b] == "جانا":
        return False  # میزبانی کئے جانے پر: a passive infinitive names the act, it reports none
    if b < s1 and r.forms[b] in lx.words("without") and not (
            b + 2 < s1 and r.forms[b + 1] in lx.words("negation") and r.lemmas[b + 2] == "رہنا"):
        return False  # فرد جرم عائد کیے بغیر: without doing it (but تعریف کئے بغیر نہیں رہ سکا: did)
    for x in range(a - 1, max(0, a - 20), -1):
        if r.upos[x] == "PUNCT":
            break
        if r.forms[x] in lx.words("complementizer") and r.forms[x - 1] in lx.words("modal"):
            return False  # پی سی بی کو چاہئے کہ وہ … سے بات کر کے …: what one should do, not done
    t = b
    while t < s1 and r.forms[t] in lx.words("passive"):
        t += 1
    if t > b and t < s1 and (r.upos[t] in ("NOUN", "PROPN", "ADJ", "DET")
                             or (r.lemmas[t] or "") in lx.words("reflexive")):
        return False  # اغوا کئے گئے اپنے شہری: a participle describing a noun
    if any(r.forms[t] in lx.words("negation") and not (
            t + 1 < len(r.forms) and r.forms[t + 1] in lx.words("not_only"))
           for t in range(max(0, a - 2), b)):
        return False  # (not بھارت نے نہ صرف مذاکرات منسوخ کئے بلکہ …: نہ صرف is "not only")
    u = b
    while u < s1 and r.forms[u] in r.aux:
        u += 1  # استعفیٰ کی پیشکش کی ہے نہ مستعفی ہوں گا: the auxiliaries before the second نہ
    if u < s1 and ((r.forms[u] in lx.words("negation") and not (
            u + 1 < s1 and r.forms[u + 1] in lx.words("complementizer"))) or (
            u + 1 < s1 and r.forms[u] in lx.words("and") and r.forms[u + 1] in lx.words("negation"))):
        # کوئی ملاقات ہوئی نہ …, کسی ملک پر حملہ کیا اور نہ …: neither … nor, the first نہ dropped
        # (but X ہے نہ کہ Y: X rather than Y)
        return False
    for x in range(a - 1, max(-1, a - 10), -1):  # نہ ہی … کی حمایت کرتے ہیں: a negated clause
        if r.upos[x] in ("PUNCT", "CCONJ") or r.forms[x] in lx.words("separator"):
            break
        if r.forms[x] in lx.words("negation") and x + 1 < a and r.forms[x + 1] in lx.words("focus"):
            return False
    if t > b:  # passive: a relative clause describing a noun (… جنہیں … اغواء کیا گیا تھا)
        for x in range(a - 1, max(-1, a - 20), -1):
            if r.upos[x] == "PUNCT" or r.forms[x] in lx.words("separator"):
                break
            if r.forms[x] in lx.words("relative_object"):
                return False
    stop = lx.words("future") | lx.words("modal") | lx.words("subjunctive")
    if _joined_future(last):
        return False  # مذاکرات کرینگے: a future typed as one word
    # a relative word opens a clause of its own, whose verb tells nothing of the trigger's mood (…
    # سے 35 پنکچر سے متعلق بات کی جو ٹوئٹ ہو گیا: the talk happened; ہو is the relative clause's)
    opens = r.relatives | lx.words("relative_object") | lx.words("relative_place")
    for t in range(b, min(s1, b + 4)):
        f = r.forms[t]
        if f in stop or _joined_future(f) or _JOINED_MODAL.match(f) or (
                f in _PERFECTIVE_TOO and not _agent_in_clause(r, a)):
            # … کھلاڑیوں کو معاف کر دیں: دیں with no agent marked by نے is a subjunctive
            return False
        if r.upos[t] in ("PUNCT", "CCONJ", "SCONJ") or f in lx.words("complementizer") or f in opens:
            break
    conj = lx.words("conjunctive") | lx.words("conjunctive_stem")
    # آغاز کر دیا ہے: a stem before a vector verb is a compound verb, not a conjunctive participle
    compound = b < s1 and _vector_after(r, b)
    participle = lx.words("participle")
    if (last in conj and not compound) or (b < s1 and (r.forms[b] in conj or r.forms[b] in participle)):
        # دورہ کر کے … ملاقات کریں گے: a conjunctive participle takes the mood of the main verb, as an
        # imperfective one does (تمام منڈلس کا دورہ کرتے ہوئے … اقدامات کریں گی: not yet done)
        for t in range(b + 1, min(s1, b + 14)):
            if r.upos[t] == "PUNCT":
                break
            if r.upos[t] == "VERB" and t + 1 < s1 and r.forms[t + 1] in participle:
                continue  # (جائزہ لیتے ہوئے: another participle before the main verb)
            if r.upos[t] == "VERB" and r.forms[t] not in conj:
                governed = t + 1 < s1 and (
                    (r.upos[t + 1] == "ADP" and (r.forms[t] in lx.words("irrealis") or _infinitive(r, t)))
                    or (_infinitive(r, t) and r.upos[t + 1] not in ("VERB", "AUX")))
                if governed:
                    # دستخط کر کے … تسلیم کرنے کا اعلان کیا: an infinitive the main verb governs (… کام
                    # کرانے اےک کمیٹی قائم کرنے پر زور دیا گیا: its postposition dropped too)
                    continue
                if r.forms[t] in lx.words("irrealis") and not (t + 1 < s1 and _vector_after(r, t + 1)):
                    return False  # (but قبضے میں لے لیا: a stem before a vector verb)
                return not any(r.forms[u] in stop for u in range(t + 1, min(s1, t + 4)))
    return True


#: subjunctive forms that are also feminine plural perfectives, after a feminine plural object in
#: یاں or یں (دھمکیاں دیں: threatened)
_PERFECTIVE_TOO = frozenset({"دیں", "لیں"})


def _agent_in_clause(r: NewsReader, a: int) -> bool:
    """Whether an agent marked by نے stands in the clause before token ``a`` (no punctuation or verb
    between): with a feminine plural object the verb is then perfective (طالبان نے حکومت کو دھمکیاں
    دیں), since a subjunctive never takes نے (… نے دھرنا دیا ہے وہ دھرنا دیں: another clause's)."""
    for t in range(a - 1, max(-1, a - 16), -1):
        if r.upos[t] in ("PUNCT", "VERB", "AUX") or r.forms[t] in r.lex.words("separator"):
            return False
        if r.is_erg(t):
            return True
    return False


def _vector_after(r: NewsReader, b: int) -> bool:
    """Whether token ``b`` completes the verb before it as a vector, progressive or completive verb
    (کر دیا, کر رہے, کر چکے) or as رکھنا (کر رکھا ہے, درخواست دے رکھی تھی: has done, and it stands)."""
    lx = r.lex
    f = r.forms[b]
    return (f in lx.words("vector") or f in lx.words("progressive") or f in lx.words("completive")
            or r.lemmas[b] == "رکھنا")


def _imperfective(r: NewsReader, t: int) -> bool:
    """Whether token ``t`` is a verb's imperfective participle (سراہتے, لگاتے: the stem and تا/تی/تے),
    which before a present auxiliary makes a habit or a stance."""
    lemma = r.lemmas[t] or ""
    form = r.forms[t]
    return (r.upos[t] in ("VERB", "AUX") and len(lemma) > 3 and lemma.endswith("نا")
            and form[:-2] == lemma[:-2] and form[-2:] in ("تا", "تی", "تے"))


def _noun_follows(r: NewsReader, t: int, s1: int) -> bool:
    """Whether a noun stands at ``t``, after any particles (جتنی بھی مذمت)."""
    while t < s1 and r.upos[t] == "PART":
        t += 1
    return t < s1 and r.upos[t] == "NOUN"


def _infinitive(r: NewsReader, t: int) -> bool:
    """Whether token ``t`` is a verb's infinitive (پہنچنا, پہنچنے, پہنچنی): its lemma with نا, ``ے``
    or ``ی`` for the last letter — an infinitive the irrealis list does not hold."""
    lemma = r.lemmas[t] or ""
    return (r.upos[t] in ("VERB", "AUX") and len(lemma) > 2 and lemma.endswith("نا")
            and r.forms[t] in (lemma, lemma[:-1] + "ے", lemma[:-1] + "ی"))


#: A future typed as one word: the subjunctive ending and گا/گی/گے joined (کرینگے, کریگا, جائےگی,
#: ہوگی, ہونگے).
_JOINED_FUTURE = re.compile("(?:[یےو]|ین|یں|ون|وں)(?:گا|گی|گے)$")


def _joined_future(form: str) -> bool:
    return len(form) >= 4 and _JOINED_FUTURE.search(form) is not None


#: The passive auxiliary and سکنا typed as one word (نشانہ بنایا جاسکتا ہے: could be targeted).
_JOINED_MODAL = re.compile("^جا(?:سکتا|سکتی|سکتے|سکیں|سکے)$")


def _passive(r: NewsReader, b: int, s1: int) -> bool:
    """The light verb is followed by the passive auxiliary (گرفتار کیا گیا, نشانہ بنایا گیا)."""
    lx = r.lex
    passive = lx.words("passive") | lx.words("passive_going")  # نشانہ بنایا جا رہا ہے: in progress
    t = b
    while t < s1 and r.forms[t] in lx.words("vector") and r.forms[t] not in passive:
        t += 1
    return t < s1 and r.forms[t] in passive


def _conjoined_agent(r: NewsReader, floor: int, a: int) -> tuple[Actor, int]:
    """The agent of a passive act at ``a`` whose clause is joined by اور or جبکہ to the clause before
    it in the same sentence, where that clause's agent (X نے) did a finite act: news copy goes on
    in the passive with the same doer (سکیورٹی اہلکاروں نے علاقے کو گھیرے میں لے لیا اور … متعدد افراد
    گرفتار کر لیا گیا; فوج نے میران شاہ کو خالی کرا لیا تھا جبکہ … علاقوں کو بھی کلیئر کرا لیا گیا).
    Not across a speech cue's کہ (what was said is no act of the speaker's) nor a second agent. (the
    agent, the token of the conjunction), or (NO_ACTOR, -1)."""
    joins = r.lex.words("and") | r.lex.words("narrator")
    comp = r.lex.words("complementizer")
    j = next((t for t in range(a - 1, floor, -1) if r.forms[t] in joins or r.is_erg(t)
              or r.forms[t] in comp), -1)
    if j <= floor or r.forms[j] not in joins or r.upos[j - 1] not in ("AUX", "VERB") or any(
            r.upos[t] in ("VERB", "AUX") or r.forms[t] in r.relatives for t in range(j + 1, a)):
        return NO_ACTOR, -1  # (the passive clause must follow the conjunction: … تھا جہاں سے اسے …)
    for t in range(j - 1, floor - 1, -1):
        if r.forms[t] in comp or r.upos[t] == "PUNCT":
            return NO_ACTOR, -1
        if r.is_erg(t):
            k, sspan, pron = r.subject(t, floor)
            if pron:
                ante = r.antecedent(sspan.token_start) if sspan is not None else None
                agent = Actor(ante) if ante is not None else NO_ACTOR
            elif k is not None:
                agent = Actor(k)
            else:
                agent = _actor_np(r, sspan.token_start, r.agent_end(t), None) if sspan else NO_ACTOR
            return agent, (j if not agent.null else -1)
    return NO_ACTOR, -1


#: Word classes that a writer doubles across a comma to say "each" (پانچ، پانچ لاکھ; ایک، ایک; اپنے، اپنے),
#: unlike a list's items that end and begin with one word (آرمی چیف ،چیف جسٹس).
_DISTRIBUTIVE = frozenset({"NUM", "DET", "PRON", "ADJ"})


def _clause_floor(r: NewsReader, lo: int, a: int, *, participle: bool = False) -> int:
    """The first token of the clause that ends at the trigger ``a``: after the last clause separator
    (، ‘ ؛) or narrator conjunction (جبکہ, ادھر) in ``[lo, a)`` — and, with ``participle``, after a
    conjunctive participle or a contrastive conjunction (مذمت کرتے ہوئے … مطالبہ کیا, … کو نشانہ بنایا
    تاہم … 20 جنگجو مارے گئے: the objects of each verb stay apart; not after an intransitive one, which has
    no object: ان پر … جاتے ہوئے حملہ کیا گیا) — but there a comma ends no clause
    when no verb or relative stands before it since the last separator (اسے ناجائز تنگ، غیر قانونی
    حراست میں لے کر: the object comes before a list of manners). The commas around a relative clause
    (``، جس میں … تھا،``) and a list's commas end no clause."""
    seps = r.lex.words("separator") | r.lex.words("narrator")
    if participle:
        seps = seps | r.lex.words("participle") | r.lex.words("contrast")
    conj = r.lex.words("and")
    t = a
    while t > lo:
        t -= 1
        if r.forms[t] in seps:
            if (participle and t > lo and r.forms[t] in r.lex.words("participle")
                    and (r.lemmas[t - 1] or "") in r.lex.words("intransitive")):
                # ان پر … اسونگو جاتے ہوئے حملہ کیا گیا: going has no object; the one before is the act's
                continue
            if lo < t < a - 1 and r.forms[t - 1] == r.forms[t + 1] and r.upos[t - 1] in _DISTRIBUTIVE:
                continue  # ورثاء کو پانچ، پانچ لاکھ روپے امداد: a distributive doubled word, one phrase
            opened = -1
            if r.forms[t] in _COMMAS:
                opened = next((u for u in range(t - 1, lo - 1, -1) if r.forms[u] in seps), -1)
            head = r.forms[opened + 1] if opened > lo else ""
            if opened > lo and r.forms[opened] in _COMMAS and (
                    head in r.relatives or head in r.lex.words("relative_object")):
                # … یگال پالمر کے بیان، جس میں برازیل کو … قرار دیا گیا تھا، پر معذرت کی: a relative
                # clause between two commas is parenthetical; the main clause runs on around it
                t = opened
                continue
            if (r.forms[t] in _COMMAS and t > lo and r.upos[t - 1] in NP_POS
                    and any(r.forms[u] in conj for u in range(t + 1, a))
                    and all(r.upos[u] in NP_POS or r.forms[u] in conj or r.forms[u] in _COMMAS
                            for u in range(t + 1, a))):
                continue  # … کو خیمے، خوراک اور غیر خوردنی اشیاء فراہم کیں: the comma of a list of nouns
            if participle and r.forms[t] in _COMMAS and not any(
                    r.upos[u] in ("VERB", "AUX") or r.forms[u] in r.relatives
                    for u in range(max(lo, opened + 1), t)):
                # امیگریشن افسروں نے اسے ناجائز تنگ، غیر قانونی حراست میں لے کر: a comma with no verb
                # and no relative before it since the last separator ends no clause for the objects
                continue
            return t + 1
        if r.forms[t] in _DASHES and t > lo and r.forms[t - 1] in r.aux:
            return t + 1  # … موصول نہیں ہوئی ہے-یہ مظاہرین: a dash after a finite verb ends a sentence
    return lo


def _list_start(r: NewsReader, floor: int, lo: int, t: int) -> int:
    """``lo``, or where the list of nouns that runs from before it to ``t`` begins when a clause
    separator before ``lo`` is that list's comma (… کی ہمت، جذبے اور صبر کے مظاہرے کو)."""
    while (lo - 2 >= floor and r.forms[lo - 1] in _COMMAS and r.upos[lo - 2] in NP_POS
           and _noun_list(r, lo, t)):
        lo = _clause_floor(r, floor, lo - 1)
    return lo


def _noun_list(r: NewsReader, lo: int, a: int) -> bool:
    """``[lo, a)`` ends a list of nouns begun before ``lo``: nouns, commas and postpositions only, with
    اور among the nouns before the first postposition."""
    conj = r.lex.words("and")
    listed = False
    for u in range(lo, a):
        if r.upos[u] == "ADP":
            if not listed:
                return False
        elif r.forms[u] in conj:
            listed = True
        elif r.upos[u] not in NP_POS and r.forms[u] not in _COMMAS:
            return False
    return listed


#: Dashes that some papers type for the full stop after a finite verb.
_DASHES = frozenset({"-", "–", "—"})


def _between(r: NewsReader, lo: int, a: int, *, fight: bool = False) -> tuple[Actor, Actor] | None:
    """Reciprocal actors ``X اور Y کے درمیان`` (between X and Y) in ``[lo, a)`` — with ``fight`` (a
    clash, a battle) also ``X اور Y میں`` right before the trigger (مظاہرین اور حکومت کے حامیوں میں
    جھڑپیں ہوئیں: between them, not in them)."""
    between = r.lex.words("between")
    conj = r.lex.words("and")
    # (a genitive modifier may come between: … کی افواج میں گھمسان کی لڑائی)
    m = a - 1 if a - 1 > lo and r.forms[a - 1] not in r.genitive else a - 3
    if fight and m > lo + 2 and r.forms[m] in r.lex.words("locative_in"):
        # read as X اور Y کے درمیان: the postposition stands where the genitive's noun would
        c = next((u for u in range(m - 2, max(lo, m - 8) - 1, -1) if r.forms[u] in conj), -1)
        if c > lo:
            return _between_pair(r, lo, c, m)
    for t in range(lo + 2, a):
        if r.forms[t] in between and r.forms[t - 1] in r.genitive:
            # Y runs from the nearest اور back to the genitive, however many words it has (چینی
            # نیوکلیئر پاور انجینئرنگ کمپنی کے درمیان)
            c = next((u for u in range(t - 3, max(lo, t - 10) - 1, -1) if r.forms[u] in conj), -1)
            if c <= lo:
                # دونوں ممالک کے درمیان … دستخط کئے گئے: between "both" of one phrase, the phrase is both
                # sides, actor 1, and there is no second
                k, first, pron = r.np_before(t - 1, lo)
                if not pron and lo <= first - 1 and r.forms[first - 1] in r.lex.words("both"):
                    first -= 1
                if not pron and first < t - 1 and r.forms[first] in r.lex.words("both"):
                    return _actor_np(r, first, t - 1, k), NO_ACTOR
                continue
            return _between_pair(r, lo, c, t - 1)
    return None


def _between_pair(r: NewsReader, lo: int, c: int, y_end: int) -> tuple[Actor, Actor]:
    """X and Y of ``X اور Y``, split by ``c`` (the token of اور), where Y ends at ``y_end``."""
    ks = [k for k in r.ending.get(y_end, []) if r.ents[k].label in ACTOR_LABELS
          and r.ents[k].span.token_start > c]
    k2 = min(ks, key=lambda k: r.ents[k].span.token_start) if ks else None
    k1, f1, _ = r.np_before(c, lo)
    if k1 is None:  # ایس ایم سی لیوا لین اور: a bare name of any length
        while f1 - 1 >= lo and c - f1 < 8 and r.upos[f1 - 1] in NP_POS:
            f1 -= 1
    return _actor_np(r, f1, c, k1), _actor_np(r, c + 1, y_end, k2)


def find_events(doc: Document, quotes: Sequence[Quote] = (), lex: NewsLexicon | None = None,
                ) -> list[Event]:
    """Coded events: one per lexicon trigger reported as happening (with its actors) and one
    statement per quote."""
    r = NewsReader(doc, lex)
    lx = r.lex
    out: list[Event] = []
    conj = lx.words("conjunctive")  # کر کے, کرکے
    conj_stem = lx.words("conjunctive_stem")  # a verb stem + کر (مار کر)
    for sk, sent in enumerate(doc.sentences):
        s0, s1 = sent.token_start, sent.token_end
        if s0 < 0:
            continue
        i = s0
        #: end of the last violent trigger when a conjunctive participle (کر کے) follows it, and the
        #: event it made (index in ``out``; -1: none)
        chained = chain_event = -1
        violent_end = -1  # end of the last violent event coded in this sentence
        # a headline: the document's first sentence, unless a dateline opens it (a report's lead,
        # which the body tells again: کابل (نیوز ایجنسیاں) … نیٹو کے قافلے پر خود کش حملہ، …)
        title = sk == 0 and not any(e.source == DATELINE_SOURCE and e.span.token_start == s0 for e in r.ents)
        while i < s1:
            found = r.match_event(i)
            headline = found is None and title and (found := _headline_predicate(r, i, s0, s1)) is not None
            titled = found is None and title and (found := _headline_noun(r, i, s0, s1)) is not None
            if found is None:
                i += 1
                continue
            entry, length, gap = found
            a, b = i, i + length
            i = b
            if entry.code[:2] in VIOLENT_ROOTS and chained >= 0 and a - chained <= 8:
                # حملہ کر کے قتل کر دیا: one act told in two verbs; the first codes it, and the
                # second verb's object (ٹیم کے ارکان کو … قتل) is its target when it named none
                if chain_event >= 0:
                    out[chain_event] = _with_chained_target(r, out[chain_event], entry, (a, b), s0=s0,
                                                            s1=s1, quotes=quotes)
                chained = chain_event = -1
                continue
            chained = b if entry.code[:2] in VIOLENT_ROOTS and (
                r.forms[b - 1] in conj or (b < s1 and (r.forms[b] in conj or r.forms[b] in conj_stem))
            ) else -1
            if not _realis(r, a, b, s1):
                # نشانہ بنانے کے بعد … پر فائرنگ کی: an act that did not happen (an infinitive's کے
                # is no conjunctive participle) leaves the next one its own event
                chained = -1
                continue
            floor, quote = _quote_floor(s0, r.starts[a], quotes)
            if quote is None and _first_person_word(r, s0, b):
                # … لیکن عمران خان نے میرے خلاف مقدمہ کر رکھا ہے: a sentence that goes on with the
                # speaker's words without a cue of its own speaks in their first person
                quote = _preceding_quote(r, quotes, a, first_person=True)
            # a participle or a progressive (بات چیت کرتے ہوئے, بات چیت کر رہے تھے) may be a statement's
            # setting with no partner named — but not a talk that went on (… کے درمیان بات چیت آخری
            # لمحے تک جاری رہی: رہی after the continuative جاری is the main verb, not a progressive)
            setting = b < s1 and (r.forms[b] in lx.words("participle") or (
                r.forms[b] in lx.words("progressive") and r.forms[b - 1] not in lx.words("continuative")))
            if entry.code.startswith("04") and _press_talk(r, entry, a, floor, untargeted=setting):
                continue  # صحافیوں سے بات چیت کرتے ہوئے کہا: the setting of a statement, not a meeting
            g = a - 1
            while g > s0 and a - g < 3 and r.upos[g] == "ADJ":
                g -= 1  # تعصب کا عملی مظاہرہ: a quality between the genitive and the noun
            if entry.trigger[0] in lx.words("display") and g >= s0 and r.forms[g] in r.genitive:
                continue  # بیٹنگ کا مظاہرہ کیا: displayed (batting), not a demonstration
            if entry.trigger[0] in lx.words("slogan") and any(
                    f in lx.words("acclaim") for f in r.forms[max(s0, a - 8):a]):
                continue  # نواز شریف زندہ باد کے نعرے لگائے: cheers, not a protest
            if entry.code[:2] in VIOLENT_ROOTS and _intangible_object(r, s0, a):
                continue  # جنگوں نے پاکستان کی معیشت کو تباہ کر دیا: the economy ruined, no attack
            if entry.code[:2] in VIOLENT_ROOTS and _verbal_attack(r, b, s1):
                continue  # شیوسینا کو نشانہ بناتے ہوئے … الزام عائد کیا: words, not violence
            if entry.code == "192" and a - 2 >= s0 and r.forms[a - 1] == _ON and r.word_in(
                    a - 2, lx.words("property")):
                continue  # 73 پلاٹوں پر قبضہ کیا گیا: land grabbed, no territory occupied by force
            if entry.code in _STANDING and b < s1 and (
                    (r.forms[b] in lx.words("progressive") and _present_after(r, b, s1))
                    or r.lemmas[b] == "رکھنا"):
                # … کے ساتھ تعاون کر رہے ہیں, … پر قبضہ کر رکھا ہے: a standing relationship or occupation,
                # no act reported (docs/annotation.md) — kept up in the past too (شہر پر دو مہینے سے
                # قبضہ کر رکھا تھا)
                continue
            if entry.code.startswith("13") and any(f in lx.words("hazard") for f in r.forms[s0:s1]):
                # … کو سیلاب کے خطرے سے خبردار کیا, محکمہ موسمیات نے خبردار کیا ہے کہ … برفانی طوفان …
                # سیلاب آنے کا خطرہ ہے: a warning of a flood, before or after the verb, threatens no one
                continue
            if entry.code == BOMBING_CODE and entry.trigger[-1] == "ہونا" and not any(
                    f in lx.words("explosive") for f in r.forms[s0:s1]):
                continue  # فیکٹری میں پالش کے دوران دھماکہ ہوا: a blast is a bombing only with a bomb in view
            if entry.code.startswith("07") and a > s0 and r.forms[a - 1] in lx.words("treatment") and any(
                    f in lx.words("treated") for f in r.forms[s0:s1]):
                # زخمیوں کو طبی امداد دی جا رہی ہے, ہسپتال … جہاں انہیں طبی امداد دی جا رہی ہے: the injured
                # treated, no aid (but medical aid to flood victims, متاثرین کو طبی امداد فراہم کی, is)
                continue
            if a - 2 >= s0 and r.forms[a - 1] in r.genitive and (
                    r.forms[a - 2] in lx.words("play") or r.forms[a - 2] in lx.words("medical")):
                # a game's or medicine's X: آسٹریلیا کو بیٹنگ کی دعوت دی (the toss winner's choice, not
                # an invitation), اس کے سر کا آپریشن کیا گیا, آرام کا مشورہ دیا (surgery, a doctor's advice)
                continue
            # … پر دھاندلی کا الزام لگاتے رہے ہیں, ترکی پر … تنقید کی جاتی رہی ہے: an accusation or a
            # criticism in the present perfect continuous (رہا ہے: has been) was made, again and again
            # up to now — the gold sets code it, while a stance so told is none (حمایت کرتا رہا ہے)
            repeated = entry.code[:2] in _REPEATED_ROOTS and (_perfect_continuous(r, b, s1) or (
                b < s1 and r.forms[b] in lx.words("habitual_passive") and _perfect_continuous(r, b + 1, s1)))
            if (_habitual_present(r, b, s1) and not repeated
                    and (entry.code[:2] in MATERIAL_ROOTS or r.lemmas[b] == "رہنا"
                         or not (_first_person_clause(r, floor, a)
                                 or _performed_in_quote(r, entry, quote or _preceding_quote(r, quotes, a),
                                                        floor, a)))):
                # ہر کسی کی مدد کرتے ہیں, امریکا جمہوری عمل کی حمایت کرتا ہے: a habit or a stance, not
                # a reported act — but a verbal act in the first person (ہم … خراج تحسین پیش کرتے
                # ہیں) is performed as it is said, unless one keeps doing it (کرتے رہتے ہیں)
                continue
            # (after a vector verb too: … کو تین ماہ کے لیے جیل بھیج دیا جاتا ہے)
            hab = b + 1 if b + 1 < s1 and r.forms[b] in lx.words("vector") else b
            if (hab + 1 < s1 and r.forms[hab] in lx.words("habitual_passive")
                    and _present_after(r, hab + 1, s1) and not repeated):
                continue  # ڈرون حملوں میں شدت پسند ہی نشانہ بنائے جاتے ہیں: what is done as a rule
            if b < s1 and (r.forms[b - 1] in lx.words("habitual") or _imperfective(r, b - 1)) and (
                    r.forms[b] in lx.words("past")):
                continue  # جو لوگ مجھ پر تنقید کرتے تھے, والد سے مشاورت کرتی تھی: what one used to do
            if entry.code[:2] in VIOLENT_ROOTS and entry.code != BOMBING_CODE and _to_oneself(
                    r, floor, a, b, s1):
                continue  # بھتیجے نے گھر میں خود کو گولی مار لی: a suicide attempt, no attack on anyone
            if entry.code[:2] == ARREST_ROOT and _casualties(r, s0, a):
                continue  # زخمیوں اور نعشوں کو تحویل میں لے کر ہسپتال پہنچایا: the injured and dead carried
            violent_passive = entry.code[:2] in VIOLENT_ROOTS and _passive(r, b, s1)
            attacker = _toll_attacker(r, s0, a) if violent_passive else NO_ACTOR
            if violent_passive and (
                    (violent_end >= 0 and _consequence(r, violent_end, a)) or (
                        _toll(r, s0, a) and not lx.words("targeting") & set(entry.trigger)
                        and attacker.null)):
                # … پر بمباری کی جس کے نتیجے میں 18 دہشت گرد مارے گئے, پیرس حملوں میں 130 لوگ مارے
                # گئے: the toll of an attack, no second act (but جسے حملے میں نشانہ بنایا گیا: the
                # attack's target, the attack itself)
                continue
            ev = _headline_actors(r, entry, a, s0) if titled else _event_actors(
                r, entry, (a, b), s1, floor, quote=quote, quotes=quotes,
                chain_passive=headline or (chained >= 0 and _next_act_passive(r, b, s1)))
            if ev is None:
                continue
            if gap is not None:  # دورے پر [جنوبی کوریا] پہنچ گئے: the gap holds actor 2
                ev = (ev[0], _gap_actor(r, *gap), ev[2])
            whom = ev[1].span
            if entry.code[:2] in VIOLENT_ROOTS and ev[0].null and whom is not None and any(
                    r.forms[t] in lx.words("suicide") for t in range(whom.token_start, whom.token_end)):
                continue  # خودکش حملہ آور بھی مارا گیا: the bomber died by his own blast, no one's act
            if entry.needs_actor2 and not (_is_actor(r, ev[1]) or (
                    whom is not None and r.forms[whom.token_end - 1] in lx.words("agentive_noun")) or (
                    entry.code[:2] in VIOLENT_ROOTS
                    and _military_operation(r, (s0, s1), (a, b), ev[0], ev[1]))):
                continue  # ضرورت پر زور دیا: stressed a need, urged no one (حملہ کرنے والوں: people)
            actor1, actor2, confidence = ev
            if lx.speech.get(entry.trigger) == "position":
                # مظاہرین کا چین کی حکومت سے مطالبہ ہے کہ …: a demand told as a noun with the copula is
                # its holder's act only as the holder's quote (a genitive owner and a کہ clause), and the
                # holder is the quote's speaker; without one it is no act (عوام کا اہم مطالبہ ہے اور …)
                held = next((q for q in quotes if q.cue.token_start == a), None)
                if held is None:
                    continue
                actor1 = _speaker_actor(held)
            if actor1.null and not attacker.null and not r.same(attacker.entity, actor2.entity):
                actor1 = attacker  # ناٹو کے فضائی حملوں میں … کو ہلاک کر دیا گیا: the attacks' owner killed
            if _hazard(r, actor1):
                continue  # سیلاب نے فصلیں تباہ کیں: a flood, a storm is no actor
            if _hazard(r, actor2):
                actor2 = NO_ACTOR  # سیلاب سے … نقصان کی رپورٹ طلب کر لی: not asked of the flood
            if r.same(actor1.entity, actor2.entity):
                # مجھے دھمکایا inside بومن ایرانی's words: the target is the speaker, so the one who
                # acted is not — a dropped subject that continued him was wrong
                actor1 = NO_ACTOR
            code, plover = _code_in_context(r, entry, (a, b), s1, actor2)
            code = _assault_or_fight(r, code, actor1, actor2, in_operation=(
                entry.code[:2] in VIOLENT_ROOTS and _in_operation(r, s0, a)), military_object=(
                    entry.code[:2] in VIOLENT_ROOTS and (
                        _military_object(r, s0, a) or _state_casualties(r, b, s1))))
            if code == "145":  # a riot is PLOVER's PROTEST, and its objects (کئی کاروں کو نذر آتش کیا)
                actor2, plover = NO_ACTOR, "PROTEST"  # are no actor
            location, time = _place_and_time(r, s0, s1, code=code, actor1=actor1, actor2=actor2)
            out.append(Event(doc.token_span(a, b), code, plover, sk, actor1.entity,
                             actor2.entity, location, time, round(confidence, 2),
                             f"rule:event.{entry.code}", actor1.span, actor2.span))
            chain_event = len(out) - 1 if chained >= 0 else -1
            if entry.code[:2] in VIOLENT_ROOTS:
                violent_end = b
    out = _one_demand(r, out)
    for q in quotes:
        ts = q.cue.token_start
        sk = r.sentence_of(ts) if ts >= 0 else 0
        # the statement is its speaker's, else that of the body that issued it (a passive quote of
        # وزارت خارجہ کے بیان میں کہا گیا: the ministry made the statement, as the guidelines code acts)
        said = _speaker_actor(q)
        if said.null:
            said = Actor(q.issuer, q.issuer_span)
        out.append(Event(q.cue, STATEMENT[0], STATEMENT[1], sk, said.entity, None, None, None,
                         0.8 if said.entity is not None else 0.5, "rule:event.statement",
                         said.span if said.entity is None else None))
    out.sort(key=lambda ev: (ev.trigger.start, ev.code))
    return [_coded(r, ev) for ev in out]


def _one_demand(r: NewsReader, events: list[Event]) -> list[Event]:
    """``events`` less each demand (CAMEO 10) told in a participle (کرتے ہوئے) that a later demand of
    its sentence goes on with, made by the same actor on the same one: ``سپریم کورٹ نے اٹارنی جنرل کو
    نوٹس جاری کرتے ہوئے … جواب طلب کر لیا`` is one demand, coded by its main verb (blind9, blind17).
    Other acts told twice so stay two (… خراج تحسین پیش کرتے ہوئے … تعریف کی: blind6, blind36 code
    both)."""
    def same_actor(k1: int | None, span1: Span | None, k2: int | None, span2: Span | None) -> bool:
        # one entity group (resolved), else the same words, else both none
        return r.same(k1, k2) if k1 is not None or k2 is not None else span1 == span2

    participle = r.lex.words("participle")
    keep: list[Event] = []
    for i, ev in enumerate(events):
        b = ev.trigger.token_end
        if ev.code[:2] == DEMAND_ROOT and b < len(r.forms) and r.forms[b] in participle and any(
                later.sentence == ev.sentence and later.code[:2] == ev.code[:2]
                and later.trigger.token_start > b
                and same_actor(later.actor1, later.actor1_span, ev.actor1, ev.actor1_span)
                and same_actor(later.actor2, later.actor2_span, ev.actor2, ev.actor2_span)
                for later in events[i + 1:]):
            continue
        keep.append(ev)
    return keep


def _verbal_attack(r: NewsReader, b: int, s1: int) -> bool:
    """Whether a violent trigger ending at ``b`` is a participle (… ہوئے) whose main clause accuses,
    criticises or speaks: ``شیوسینا کو نشانہ بناتے ہوئے زعفرانی پارٹی پر … الزام عائد کیا``, ``بی جے پی
    پر وار کرتے ہوئے سنگھ نے الزام عائد کیا`` — a verbal attack (udtb_blind5), while ``اس عمارت کو
    نشانہ بناتے ہوئے تین میزائیل داغے گئے`` goes on to a violent act. The first trigger, cue or verb
    after the participle decides."""
    if not (b < s1 and r.forms[b] in r.lex.words("participle")):
        return False
    for t in range(b + 1, s1):
        if r.speech_cue(t) is not None:
            return True
        found = r.match_event(t)
        if found is not None:
            return found[0].code[:2] == DISAPPROVE_ROOT
        if r.upos[t] == "VERB":
            return False
    return False


def _intangible_object(r: NewsReader, s0: int, a: int) -> bool:
    """Whether the object right before a trigger at ``a`` (``X کو`` or a bare ``X``), in a sentence
    from ``s0``, is a thing no attack strikes: the economy, trust, a game, a life (``intangible``
    in news_words.tsv)."""
    o = a - 1
    if o > s0 and r.forms[o] in r.lex.words("object"):
        o -= 1
    return o >= s0 and r.word_in(o, r.lex.words("intangible"))


def _headline_predicate(r: NewsReader, i: int, s0: int, s1: int,
                        ) -> tuple[EventEntry, int, tuple[int, int] | None] | None:
    """A headline's act told by its participle alone, the passive's verb left out: ``… میں مطلوب ملزم
    گرفتار`` (arrested), ``… تاجر اغوا`` — a word of news_words role ``headline_predicate`` that ends
    its clause (the sentence, or before a comma) in a clause with no verb, read as the construction
    it begins with a light verb (گرفتار کرنا). The caller asks only in a document's first sentence when no
    dateline opens it: its headline. (entry, 1, None), else None."""
    lx = r.lex
    if r.forms[i] not in lx.words("headline_predicate") or _verbless_clause(r, i, s0, s1) < 0:
        return None
    return _bare_construction(r, (r.forms[i],))


#: CAMEO roots whose act a headline names by its noun alone, its doer the genitive before it
#: (… کی … سے ملاقات, … کی … پر بمباری, کاشتکاروں کا احتجاج); a demand's or a threat's genitive is
#: what is demanded or threatened (احتجاج کی دھمکی), so those are left out
_HEADLINE_NOUN_ROOTS = frozenset({"04", "14", "18", "19"})


def _after_punctuation(r: NewsReader, i: int, s0: int) -> int:
    """The first token after the last punctuation or comma before token ``i`` (``s0`` if none)."""
    return next((t + 1 for t in range(i - 1, s0 - 1, -1)
                 if r.upos[t] == "PUNCT" or r.forms[t] in _COMMAS), s0)


def _casualties(r: NewsReader, lo: int, a: int) -> bool:
    """Whether the ones a custody construction at ``a`` takes (the phrase before the کو right before
    it) are the injured or the dead (news_words role ``casualty``): زخمیوں اور نعشوں کو تحویل میں لے
    کر ہسپتال پہنچایا carries them to hospital, it arrests no one."""
    if a - 1 <= lo or r.forms[a - 1] not in r.lex.words("object"):
        return False
    first = r.np_before(a - 1, lo)[1]
    return any(r.forms[t] in r.lex.words("casualty") for t in range(max(lo, first - 3), a - 1))


def _verbless_clause(r: NewsReader, i: int, s0: int, s1: int) -> int:
    """The first token of the clause that token ``i`` ends (the sentence, or before a comma) when
    that clause has no verb and ``i`` is its last word; -1 otherwise."""
    if i + 1 < s1 and not (r.upos[i + 1] == "PUNCT" or r.forms[i + 1] in _COMMAS):
        return -1
    lo = _after_punctuation(r, i, s0)
    if i - lo < 1 or any(r.upos[t] in ("VERB", "AUX") for t in range(lo, i)):
        return -1
    return lo


def _headline_noun(r: NewsReader, i: int, s0: int, s1: int,
                   ) -> tuple[EventEntry, int, tuple[int, int] | None] | None:
    """A headline's act named by its noun alone, the light verb left out: ``وسط ایشیائی وزرا کی وزیر
    تجارت سے ملاقات``, ``اسرائیلی طیاروں کی غزہ میں … ہیڈ کوارٹر پر بمباری``, ``ایم کیو ایم رہنما پر
    حملہ`` — a noun of news_words role ``headline_noun_ka``, ``_ki`` or ``_ke`` (by the genitive that
    agrees with it) that begins a one-noun construction of a root in :data:`_HEADLINE_NOUN_ROOTS` and
    ends a verbless clause. The caller asks only in a headline (see :func:`_headline_predicate`). (entry, 1,
    None), else None."""
    if _doer_genitive(r, r.forms[i]) is None or _verbless_clause(r, i, s0, s1) < 0:
        return None  # (not ہلاک: طوفانی بگولوں سے 14 افراد ہلاک names no act, nor دورہ: whose visit?)
    return _bare_construction(r, (r.forms[i], *_singulars(r.forms[i])), _HEADLINE_NOUN_ROOTS)


def _bare_construction(r: NewsReader, words: Sequence[str], roots: frozenset[str] | None = None,
                       ) -> tuple[EventEntry, int, tuple[int, int] | None] | None:
    """The first construction (of a root in ``roots``, if given) that is one of ``words`` (in their
    order) and a light verb — what a headline names when it leaves the verb out (گرفتار for گرفتار
    کرنا, حملہ for حملہ کرنا): (entry, 1, None), else None."""
    light = set(r.lex.light_verbs.values())
    return next(((e, 1, None) for w in words for e in r.lex.by_first.get(w, ())
                 if len(e.trigger) == 2 and e.trigger[1] in light
                 and (roots is None or e.code[:2] in roots)), None)


def _doer_genitive(r: NewsReader, noun: str) -> str | None:
    """The genitive that agrees with a headline's act noun (حملہ: کا, فائرنگ: کی, حملے: کے), None for
    a noun no headline names an act by."""
    lx = r.lex
    return next((gen for gen, role in (("کا", "headline_noun_ka"), ("کی", "headline_noun_ki"),
                                       ("کے", "headline_noun_ke")) if noun in lx.words(role)), None)


def _headline_actors(r: NewsReader, entry: EventEntry, a: int, s0: int) -> tuple[Actor, Actor, float]:
    """Actors of a headline's act named by its noun (:func:`_headline_noun`): actor 2 the phrase its
    construction's postposition marks (سے, پر), actor 1 the phrase of the first genitive before that
    one when the genitive agrees with the noun (or right before the noun when none is marked:
    کاشتکاروں کا احتجاج; or after the one met: صدر سے X کی ملاقات)."""
    lo = _after_punctuation(r, a, s0)
    actor2, t2 = _target(r, entry.targets, lo, a, actor1=NO_ACTOR, quote=None)
    # the doer's genitive agrees with the noun: داعش کا … پر حملہ (not عملے کی بس پر حملہ: the bus's)
    agrees = _doer_genitive(r, r.forms[a])
    g = next((t for t in range(lo + 1, t2 if t2 >= 0 else a) if r.forms[t] in r.genitive), -1)
    right_before = a - 2 if a - 2 > lo and r.upos[a - 1] == "ADJ" else a - 1  # کا شدید احتجاج
    if g >= 0 and (r.forms[g] != agrees or (t2 < 0 and g != right_before)):
        g = -1
    if g < 0 and t2 >= 0:
        # صدر سے چیئرمین … کی بھی ملاقات: the doer's genitive after the one met, right before the noun
        h = a - 1
        if h - 1 > t2 and (r.forms[h] in r.focus or r.upos[h] == "ADJ"):
            h -= 1  # … کی بھی ملاقات, … عوام کا شدید احتجاج
        if h > t2 + 1 and r.forms[h] == agrees:
            k, first, pron = r.np_before(h, t2 + 1)
            return (NO_ACTOR if pron or first >= h else _actor_np(r, first, h, k)), actor2, 0.6
    actor1 = NO_ACTOR
    if g > lo:
        k, first, pron = r.np_before(g, lo)
        if not pron and first < g:
            actor1 = _actor_np(r, first, g, k)
        if g < t2:
            # the genitive is the doer's, not the owner of the one met (… وزرا کی وزیر تجارت سے)
            k2 = next((k for k in r.ending.get(t2, []) if r.ents[k].label in ACTOR_LABELS
                       and r.ents[k].span.token_start > g), None)
            actor2 = Actor(r.resolve(k2)) if k2 is not None else Actor(None, r.doc.token_span(g + 1, t2))
    return actor1, actor2, 0.6


def coded_events(doc: Document, lex: NewsLexicon | None = None) -> list[Event]:
    """The document's events with their actors' CAMEO country and role (:func:`actor_code`) as
    :func:`find_events` gives them: for documents analyzed before events carried them."""
    if not doc.events:
        return []
    r = NewsReader(doc, lex)
    return [_coded(r, ev) for ev in doc.events]


def _hazard(r: NewsReader, actor: Actor) -> bool:
    """Whether an actor is only the words of a natural force (news_words role ``hazard``: سیلاب,
    طوفان), which neither acts nor is acted on — no people are named in them (متاثرین سیلاب are)."""
    span = actor.span
    return actor.entity is None and span is not None and (
        r.forms[span.token_end - 1] in r.lex.words("hazard")) and all(
        r.actor_noun_at(t) is None for t in range(span.token_start, span.token_end))


def _coded(r: NewsReader, ev: Event) -> Event:
    """``ev`` with its actors' CAMEO country and role (:func:`actor_code`)."""
    c1, r1 = actor_code(r, ev, ev.actor1, ev.actor1_span)
    c2, r2 = actor_code(r, ev, ev.actor2, ev.actor2_span)
    if c1 is r1 is c2 is r2 is None:
        return ev
    return replace(ev, actor1_country=c1, actor1_role=r1, actor2_country=c2, actor2_role=r2)


def actor_code(r: NewsReader, ev: Event, k: int | None, span: Span | None) -> tuple[str | None, str | None]:
    """What an actor of ``ev`` is in CAMEO's actor coding: (country, role), each None where unknown.

    An entity has its own country (the linker's: the place's, or the country an office-holder
    serves) and role (:func:`_actor_role`: باراک اوباما USA, GOV); but when its mention in the
    event's sentence heads a phrase that ends in an actor noun (``actor_nouns.tsv``), the noun says
    what the actor is (بھارتی فوج: IND, MIL; سندھ حکومت: PAK, GOV; پاکستان کی مسلح افواج: PAK, MIL).
    An actor given by its words has its phrase's role (:func:`actor_noun`) and the country of the
    first entity inside it that has one (پاکستانی سکیورٹی فورسز: PAK, MIL; سکیورٹی فورسز: MIL)."""
    if k is not None:
        e = r.ents[k]
        country, role = e.country, None
        mention = _mention_near(r, k, ev)
        if mention is not None:
            head = _head_noun_after(r, r.ents[mention].span.token_end, r.doc.sentences[ev.sentence].token_end)
            role = head.role if head is not None else None
            if head is not None and head.word in r.lex.words("member_noun"):
                # بوکوحرام کے عناصر, امریکہ کے سیاسی حلقے: an actor's elements or circles are of its
                # kind, known or not — the word says nothing of it
                role = _actor_role(r, Actor(k))
            country = country or r.ents[mention].country
        return country, role or _actor_role(r, Actor(k))
    if span is None or span.token_start < 0:
        return None, None
    noun = actor_noun(r, span)
    country = next((x.country for x in r.ents if x.country and span.token_start <= x.span.token_start
                    and x.span.token_end <= span.token_end), None)
    return country, noun.role if noun is not None else None


def _mention_near(r: NewsReader, k: int, ev: Event) -> int | None:
    """The mention of entity ``k`` in ``ev``'s sentence: itself when it stands there, else the mention
    of its linker group nearest the trigger (a pronoun's antecedent named earlier, whose group is named
    again); None when the sentence has none."""
    if not 0 <= ev.sentence < len(r.doc.sentences):
        return None
    sent = r.doc.sentences[ev.sentence]
    group = r.ents[k].group
    at = ev.trigger.token_start
    if sent.token_start <= r.ents[k].span.token_start < sent.token_end:
        return k
    best: tuple[int, int] | None = None
    for m, x in enumerate(r.ents):
        if not (m == k or (group is not None and x.group == group)):
            continue
        if not sent.token_start <= x.span.token_start < sent.token_end:
            continue
        d = abs(at - x.span.token_start)
        if best is None or d < best[0]:
            best = (d, m)
    return None if best is None else best[1]


def _head_noun_after(r: NewsReader, j: int, limit: int) -> ActorNoun | None:
    """The actor noun (:func:`actor_noun`) of the phrase a name heads when it ends at ``j``: up to
    three nouns and adjectives after it (after a genitive link: پاکستان کی فوج), no other name."""
    if j < limit and r.forms[j] in r.genitive:
        j += 1
    end = j
    while end < min(limit, j + 3) and r.upos[end] in NP_POS and end not in r.entity_starts:
        end += 1
    return actor_noun(r, r.doc.token_span(j, end)) if end > j else None


#: invitations (036: to visit, to talks) that carry a clause of what is asked (دھرنے والوں کو دعوت دیتا
#: ہوں کہ … آگے آئیں) are appeals (020), as every annotator coded them
_APPEAL_WITH_CLAUSE = frozenset({("دعوت", "دینا")})
#: a welcome (051) given to a person (آمد پر وزیراعظم کا خیرمقدم کیا) receives a visitor (043); a welcome
#: of a decision or an investment stays praise
_HOSTING_A_PERSON = frozenset({("خیر", "مقدم", "کرنا"), ("خیرمقدم", "کرنا")})


def _code_in_context(r: NewsReader, entry: EventEntry, span: tuple[int, int], s1: int, actor2: Actor,
                     ) -> tuple[str, str]:
    """The CAMEO code and PLOVER category of ``entry``'s trigger at tokens ``span``, as what follows
    it and what it is done to make it: (code, category)."""
    a, b = span
    if entry.trigger in _APPEAL_WITH_CLAUSE:
        comp = r.lex.words("complementizer")
        # … کو امن مذاکرات میں شامل ہونے کی دعوت دیتے ہوئے کہا کہ …: an invitation that names what it
        # invites to (a genitive before it) and a speech cue after it — the کہ is the cue's
        named = a - 1 >= 0 and r.forms[a - 1] in r.genitive
        for t in range(b, min(s1, b + 5)):
            if r.forms[t] in comp:
                return "020", "REQUEST"
            if r.upos[t] == "PUNCT" or (named and r.speech_cue(t) is not None):
                break
    if (entry.trigger in _HOSTING_A_PERSON and actor2.entity is not None
            and r.ents[actor2.entity].label == "PERSON"):
        return "043", "CONSULT"
    return entry.code, entry.plover


def _habitual_present(r: NewsReader, b: int, s1: int) -> bool:
    """Whether the trigger ending at ``b`` is in the habitual present: a habitual form or an
    imperfective participle, then a present auxiliary (حمایت کرتا ہے, سراہتے ہیں)."""
    return b < s1 and (r.forms[b - 1] in r.lex.words("habitual") or _imperfective(r, b - 1)) and (
        _present_after(r, b, s1))


#: Roots whose acts told in the present perfect continuous were done (الزام لگاتے رہے ہیں: has
#: been accusing): accusations and criticism, each one made as it is told.
_REPEATED_ROOTS = frozenset({"11"})


def _perfect_continuous(r: NewsReader, b: int, s1: int) -> bool:
    """A perfective form of رہنا (رہا, رہی, رہے) at ``b`` and a present auxiliary after it: with the
    imperfective before it, the present perfect continuous (تنقید کرتے رہے ہیں: have been criticising),
    not the habitual رہتے ہیں (keep doing)."""
    lx = r.lex
    return b + 1 < s1 and r.forms[b] in lx.words("progressive") and r.forms[b + 1] in lx.words("present")


def _present_after(r: NewsReader, b: int, s1: int) -> bool:
    """A present auxiliary at ``b``, or after a progressive one or a form of رہنا (حمایت کرتا رہا ہے:
    has always supported, a stance like حمایت کرتا ہے; بات چیت کرتے رہتے ہیں: keep talking)."""
    lx = r.lex
    if b < s1 and (r.forms[b] in lx.words("progressive") or r.lemmas[b] == "رہنا"):
        b += 1
    return b < s1 and r.forms[b] in lx.words("present")


def _performed_in_quote(r: NewsReader, entry: EventEntry, quote: Quote | None, floor: int, a: int) -> bool:
    """Whether the present-tense trigger at ``a`` is a verbal act voiced inside reported speech
    (پاکستان اس اقدام کی حمایت کرتا ہے, یہ ایوان … کی مذمت کرتا ہے): performed as it is said, as a
    first-person one is — but not a meeting (… سے بات کرتی ہیں: a habit), a condition (اگر آپ … کی
    بات کرتے ہیں) or what one does as a rule (ہر روز نیا الزام لگاتے ہیں)."""
    if quote is None or entry.code[:2] == "04":
        return False
    not_done = r.lex.words("conditional") | r.lex.words("frequency")
    return not any(r.forms[t] in not_done for t in range(_clause_floor(r, floor, a), a))


def _first_person_clause(r: NewsReader, lo: int, a: int) -> bool:
    """Whether a first-person pronoun (ہم, ہمیں ...) stands in ``[lo, a)``."""
    return any(r.forms[t] in r.first_person for t in range(lo, a))


def _opens_in_first_person(r: NewsReader, clause: int, a: int) -> bool:
    """Whether the clause ``[clause, a)`` opens with a first-person subject: ہم, or میں right after
    the complementizer (کہا کہ میں … دھرنے والوں کے پاس جاتا رہا: "I", since the postposition میں
    never opens a clause)."""
    if clause >= a:
        return False
    f = r.forms[clause]
    return f in r.first_person or (f in r.lex.words("pronoun1_erg") and clause > 0
                                   and r.forms[clause - 1] in r.lex.words("complementizer"))


def _first_person_word(r: NewsReader, lo: int, a: int) -> bool:
    """Whether any first-person word (ہم, ہمیں, مجھے, میرے, ہمارے, میں نے) stands in ``[lo, a)``."""
    return any(r.forms[t] in r.own_voice or (r.forms[t] in r.lex.words("pronoun1_erg") and t + 1 < a
                                             and r.is_erg(t + 1)) for t in range(lo, a))


def _quote_floor(s0: int, pos: int, quotes: Sequence[Quote]) -> tuple[int, Quote | None]:
    """The first token a trigger at character ``pos`` may look back to, and the quote it stands in."""
    floor, quote = s0, None
    for q in quotes:  # inside reported speech the agent is inside it too
        if q.content.start <= pos < q.content.end:
            floor, quote = max(floor, q.content.token_start), q
    return floor, quote


def _with_chained_target(r: NewsReader, ev: Event, entry: EventEntry, span: tuple[int, int], *,
                         s0: int, s1: int, quotes: Sequence[Quote]) -> Event:
    """``ev`` with the target of the second verb of its chain (… کو قتل کر دیا) when it has none."""
    if ev.actor2 is not None or ev.actor2_span is not None:
        return ev
    floor, quote = _quote_floor(s0, r.starts[span[0]], quotes)
    found = _event_actors(r, entry, span, s1, floor, quote=quote)
    if found is None or found[1].null:
        return ev
    target = found[1]
    code = _assault_or_fight(r, ev.code, Actor(ev.actor1, ev.actor1_span), target)
    return replace(ev, code=code, actor2=target.entity, actor2_span=target.span)


def _agent_marker(r: NewsReader, floor: int, a: int) -> int:
    """The ergative (نے) of the trigger at ``a``: the nearest one before it, not past a finite
    auxiliary (… چھوڑ دیا ہے‘ پاک فوج کو ہم …: that ہے ends the clause before) or a narrator's
    conjunction."""
    stop = r.aux | r.lex.words("narrator")
    coordinating = r.lex.words("and")
    t = a - 1
    while t >= floor:
        if r.is_erg(t):
            if t >= 1 and r.forms[t - 1] in r.lex.words("relative_erg") and any(
                    r.upos[v] == "VERB" for v in range(t + 1, a)):
                return -1  # جس نے قتل کا حکم دیا، … دھمکیاں دے رہے: a relative clause ended before
            return t
        if r.forms[t] in _PASSIVE_GO and t + 1 < a and (r.upos[t + 1] in ("NOUN", "PROPN") or (
                r.upos[t + 1] == "ADJ" and t + 2 < a and r.upos[t + 2] in ("NOUN", "PROPN"))):
            t -= 1
            # … کیلئے لکھے گئے خط پر, … کی جانب سے دیئے گئے سرکاری عشائیہ: a passive participle
            # describing the noun after it (an adjective between)
            continue
        if r.forms[t] in stop:
            # X نے … تنقید کی تھی اور … واپس بلا لیا: a clause joined by اور keeps the agent before
            if t + 1 < a and r.forms[t + 1] in coordinating and not _has_subject(r, t + 2, a):
                t -= 1
                continue
            opener = _relative_opener(r, floor, t)
            if opener < 0:
                return -1
            t = opener  # … علاقے میں جہاں فرانسیسی فوج … ملوث ہے کی … مدد: a relative clause inside
        t -= 1
    return -1


#: How far back a relative clause that a finite auxiliary ends may open (the relative word).
_MAX_RELATIVE = 12


def _relative_opener(r: NewsReader, floor: int, aux: int) -> int:
    """The relative word (جو, جن, جہاں: ``news_words.tsv`` roles ``relative``, ``relative_place``)
    that opens the clause a finite auxiliary at ``aux`` ends, right after the phrase it describes (X
    میں جہاں … ملوث ہے): that clause is embedded, and the agent of the act after it is found before it;
    -1 when none opens within :data:`_MAX_RELATIVE` words, or punctuation, an ergative or another
    auxiliary comes first."""
    opening = r.lex.words("relative") | r.lex.words("relative_place")
    for v in range(aux - 1, max(floor, aux - _MAX_RELATIVE) - 1, -1):
        if r.upos[v] == "PUNCT" or r.is_erg(v) or r.forms[v] in r.aux:
            return -1
        if r.forms[v] in opening:
            return v if v > floor and (r.upos[v - 1] in NP_POS or r.upos[v - 1] == "ADP") else -1
    return -1


#: The forms of جانا that make a passive (کیا گیا) — and, before a noun, a participle (لکھے گئے خط).
_PASSIVE_GO = frozenset({"گیا", "گئی", "گئے"})


def _has_subject(r: NewsReader, lo: int, a: int) -> bool:
    """Whether ``[lo, a)`` opens with a subject of its own: a pronoun, or an entity starting there,
    that no postposition but نے follows (… اور ان سے خواہش کی: ان سے is whom, not who)."""
    if lo >= a:
        return False
    if r.forms[lo] in r.pronouns or r.forms[lo] in r.first_person:
        return not (lo + 1 < a and r.upos[lo + 1] == "ADP" and not r.is_erg(lo + 1))
    for k in r.entities_from(lo):
        if r.ents[k].label in ACTOR_LABELS:
            end = r.ents[k].span.token_end
            return not (end < a and r.upos[end] == "ADP")
    return False


def _press_talk(r: NewsReader, entry: EventEntry, a: int, floor: int, *, untargeted: bool = True,
                ) -> bool:
    """Whether a conversation (… سے بات چیت کرتے ہوئے, میڈیا سے بات چیت کر رہے تھے) is with the press
    or a crowd: the phrase before its postposition is a media noun (صحافی, اخبار نویس, میڈیا) or an
    audience (لوگوں) addressed in a participle — or, with ``untargeted`` (a participle), there is no
    such phrase."""
    actor, post = _target(r, entry.targets, _clause_floor(r, floor, a, participle=True), a,
                          actor1=NO_ACTOR, quote=None)
    if actor.null:
        return untargeted
    if actor.entity is not None and (r.ents[actor.entity].role or _entity_role(r, actor.entity)) == "MED":
        return True  # نوائے وقت سے بات چیت کرتے ہوئے: an outlet the knowledge base knows as media
    # a named outlet (اخبار دی نیو یارک ٹائمز سے, پاکستان ٹیلی ویژن سے): a media noun just before
    # the name or between it and the postposition
    where = actor.span if actor.span is not None else (
        r.ents[actor.entity].span if actor.entity is not None else None)
    if where is not None:
        # (only a short gap: a resolved entity's mention may stand far from this phrase)
        after = range(where.token_end, post) if 0 <= post - where.token_end <= 3 else range(0)
        for t in [*range(max(0, where.token_start - 3), where.token_start), *after]:
            noun = r.actor_noun_at(t)
            if noun is not None and noun.role == "MED":
                return True
    if actor.span is None:
        return False
    audience = r.lex.words("audience")
    if untargeted and any(r.word_in(t, audience)
                          for t in range(actor.span.token_start, actor.span.token_end)):
        # … لوگوں سے گفتگو کرتے ہوئے کہا: a crowd addressed, the setting of a statement — while a
        # finite talk with them (علاقے کے لوگوں سے گفتگو کی اور …) is a meeting
        return True
    return any((n := r.actor_noun_at(t)) is not None and n.role == "MED"
               for t in range(actor.span.token_start, actor.span.token_end))


def _event_actors(r: NewsReader, entry: EventEntry, span: tuple[int, int], s1: int, floor: int, *,
                  quote: Quote | None, quotes: Sequence[Quote] = (),
                  chain_passive: bool = False) -> tuple[Actor, Actor, float] | None:
    """Actor 1, actor 2 and a confidence for the trigger ``span`` (token range); ``quotes``, the
    document's, give a dropped subject the speaker it continues. ``chain_passive``: the trigger is the
    first of a violent act told in two verbs whose second is passive (جنھیں فائرنگ کرکے قتل کیا گیا),
    so the act is passive."""
    a, b = span
    clause = _clause_floor(r, floor, a)
    tclause = _clause_floor(r, floor, a, participle=True)
    # X کو گرفتار کیا گیا: no agent (unless X کی جانب سے); the patient is actor 2. After an
    # intransitive verb گئے is the vector جانا (پہنچ گئے), not a passive.
    if (_passive(r, b, s1) or chain_passive) and (
            entry.trigger[-1] not in r.lex.words("intransitive")) and _mixed_ergative(r, clause, a) < 0:
        agent = _agentive(r, clause, a)
        if agent.null:
            agent = _statement_source(r, clause, a, violent=entry.code[:2] in _DONE_TO_SUBJECT)
        if agent.null:
            agent, joined = _conjoined_agent(r, floor, a)
            tclause = max(tclause, joined + 1)  # (its patient is in the passive clause, after the join)
        if agent.null:
            # وزارت خارجہ کی طرف سے جاری بیان میں کہا گیا کہ افغان حکام پر … زور دیا گیا ہے کہ: a passive
            # trigger that is also the cue of a quote a body issued is that body's act
            issued = next((q for q in quotes if q.cue.token_start < b and a < q.cue.token_end
                           and (q.issuer is not None or q.issuer_span is not None)), None)
            if issued is not None:
                agent = Actor(issued.issuer, issued.issuer_span)
        actor2, t2 = NO_ACTOR, -1  # a construction without a target (عزم کا اعادہ کیا گیا) has no patient
        if entry.targets:
            # a pronoun patient is someone other than the agent named (X نے … خط لکھا جس میں ان سے …)
            actor2, t2 = _target(r, entry.targets, tclause, a, actor1=agent, quote=quote,
                                 banned=entry.code[:2] == SANCTION_ROOT)
            actor2, _ = _past_reason(r, entry, tclause, actor2, t2, actor1=agent, quote=quote)
            if actor2.null:
                actor2, _ = _target(r, _object_markers(r), tclause, a, actor1=agent, quote=quote)
            if actor2.null and entry.code[:2] in _DONE_TO_SUBJECT:
                actor2 = _passive_subject(r, tclause, a)
                if actor2.null:
                    # لامی ماریہ اور ہاجرہ اپریل میں … سکول سے اغوا کیا گیا: the clause's unmarked opening
                    # actor, with more adjuncts between it and the verb than _passive_subject passes
                    actor2 = _opening_subject(r, tclause, a)
        if agent.null and actor2.null:
            # X اور Y کے درمیان ہونے والی ملاقات میں … تبادلہ خیال کیا گیا: the two sides named by
            # کے درمیان (between) are the actors of an act with no agent
            pair = _between(r, clause, a, fight=entry.code[:2] == FIGHT_ROOT)
            if pair is not None:
                return pair[0], pair[1], 0.7
        if agent.null and entry.code[:2] == CONSULT_ROOT:
            agent = _meeting_owner(r, clause, a, actor2)
        actor2 = _after_target(r, entry, agent, actor2, t2, floor=floor, marker=-1, lo=tclause, a=a, b=b,
                               s1=s1, quote=quote, passive=True)
        return agent, actor2, 0.7
    # an intransitive construction (سڑکوں پر نکلے, روانہ ہو گئے) has no agent marked by نے
    intransitive = entry.trigger[-1] in r.lex.words("intransitive")
    marker = a if a in r.erg_prefix else (-1 if intransitive else _agent_marker(r, floor, a))
    if marker < 0 and b < s1 and r.forms[b] in r.lex.words("participle"):
        # … کے ساتھ بات چیت کرتے ہوئے X نے …: a conjunctive participle shares the main clause's agent
        marker = next((t for t in range(b + 1, min(s1, b + 12)) if r.is_erg(t)), -1)
        if marker >= 0:
            k, sspan, pron = r.subject(marker, b + 1)
            if pron:  # … کی تعریف کرتے ہوئے انہوں نے کہا: the one who speaks on, as for any agent
                k = _speaker_over_quoted_agent(r, quotes, marker, k)
            actor1 = Actor(k) if pron or k is not None else (
                _actor_np(r, sspan.token_start, r.agent_end(marker), None) if sspan else NO_ACTOR)
            actor2, _ = _target(r, entry.targets, tclause, a, actor1=actor1, quote=quote)
            return actor1, actor2, 0.75
    confidence = 0.9
    relative = _relative_doer(r, clause, floor, a)
    if relative is not None:
        # … ٹیمیں بھی تعینات کیں جو لوگوں کو … معاونت فراہم کر رہی ہیں: the act of a relative clause
        # whose subject is جو is its antecedent's, not the main clause's agent's
        actor1, rel = relative
        marker = -1
        confidence = 0.75
        lo = max(rel + 1, tclause)
    elif marker >= 0:
        k, sspan, pron = r.subject(marker, floor)
        first = sspan.token_start if sspan is not None else r.agent_end(marker)
        if pron and r.forms[first] in r.agent1:  # ہم نے, میں نے … inside a quote: the speaker
            actor1 = _speaker_actor(quote)
            confidence = 0.75
        elif k is None and r.forms[r.agent_end(marker) - 1] in r.lex.words("singular_agent") and (
                sspan is None or sspan.token_start == r.agent_end(marker) - 1):
            # … بھارت کو پہل کرنی چاہئے کیونکہ اسی نے مذاکرات منسوخ کئے: a singular demonstrative agent
            # refers to the nearest actor before it — in news a country, a team, a force as often as a
            # person (whom news names with the plural انہوں نے)
            actor1 = _nearest_actor(r, first)
            confidence = 0.6
        elif pron and first >= 2 and r.forms[first - 2] == _WHICH and (
                r.forms[first - 1] in r.lex.words("locative_in")) and (
                owner := _letter_owner(r, floor, _written_noun(r, floor, first - 2))) is not None:
            # … کو چینی صدر کا خط پہنچایا جس میں انہوں نے … سراہا: the letter's writer
            actor1 = owner
            confidence = 0.75
        elif pron:
            mate = _earlier_agent(r, first, floor)
            if mate.null:
                mate = _earlier_subject(r, first, floor)
            k = _pronoun_speaker(r, quotes, marker, k)  # (as a pronoun speaker: لی کی … موجودگی is none)
            actor1 = mate if not mate.null else (Actor(k) if k is not None else NO_ACTOR)
            if quote is not None and actor1.entity is not None and actor1.entity == quote.speaker and (
                    _in_own_voice(r, quote, first)):
                # X نے بتایا کہ پلےئرز … رضا مند نہیں تھے تاہم میرے اصرار پر انھوں نے …: words in the
                # speaker's own voice call the speaker میں, so انھوں is someone they named before it
                other = _nearest_mention(r, first, quote.content.token_start,
                                         lambda k: not r.same(r.resolve(k), quote.speaker))
                if other is not None:
                    u, found = other
                    if isinstance(found, int):
                        actor1 = Actor(r.resolve(found))
                    else:
                        kk, f0, p0 = r.np_before(u + 1, quote.content.token_start)
                        actor1 = actor1 if p0 else _actor_np(r, min(f0, u), u + 1, kk)
            if actor1.null and quote is not None and not (
                    quote.speaker is not None and r.is_person(quote.speaker)):
                # سعودی حکام کا کہنا ہے کہ انھوں نے … گرفتار کیا: with no person to refer to, the
                # group that speaks tells of itself
                actor1 = _speaker_actor(quote)
            confidence = 0.75
        else:
            actor1 = _actor_np(r, first, sspan.token_end if sspan is not None else r.agent_end(marker), k)
        lo = max(marker + 1, tclause)
    else:
        pair = _between(r, clause, a, fight=entry.code[:2] == FIGHT_ROOT)
        if pair is not None:
            return pair[0], pair[1], 0.7
        # (… ہر ممکن امداد کے لیے تیار ہیں with no subject, among the speaker's words: "we are ready" —
        # a readiness offer with a bare plural copula speaks in the first person, COUNTER 0566p)
        first_person = any(r.forms[t] in r.lex.words("aux1") for t in range(b, min(s1, b + 2))) or (
            entry.trigger[-1] == _READY and b < s1 and r.forms[b] == _ARE) or (
            intransitive and _opens_in_first_person(r, clause, a))
        # میں اپنی طرف، جنرل راحیل شریف اور پوری قوم کی طرف سے فوج کو مبارکباد دیتا ہوں: in the first
        # person the speaker acts, and X کی طرف سے is on whose behalf, not the agent
        actor1 = NO_ACTOR
        if (intransitive and entry.code[:2] == PROTEST_ROOT and not first_person
                and not _noun_happens(r, entry, a)):
            # ہزاروں افراد چین کی طرف سے … فیصلے کے خلاف سڑکوں پر نکل آئے: the one who goes out is the
            # unmarked subject; X کی طرف سے there tells whose decision it was (but Y کو X کی جانب سے
            # دھمکیاں ملیں: X threatened)
            actor1 = _unmarked_subject(r, clause, a, quote)
        if actor1.null and not first_person:
            actor1 = _agentive(r, clause, a)
        if actor1.null and not first_person:
            # X کی جانب سے جاری ہونے والے بیان میں … مذمت کرتے ہوئے … مطالبہ کیا ہے: the body whose
            # statement tells the act
            actor1 = _statement_source(r, clause, a)
        if actor1.null and not first_person:
            actor1 = _noun_owner(r, entry, clause, a,
                                 continued=entry.code[:2] in VIOLENT_ROOTS and r.forms[b - 1] in (
                                     r.lex.words("continuative")))
        if actor1.null and not first_person and not _noun_happens(r, entry, a):
            actor1 = _unmarked_subject(r, clause, a, quote)
        if actor1.null and not first_person and not intransitive:
            actor1 = _coordinated_agent(r, floor, a)
        if actor1.null:
            # … کونسل نےایبولا … تمام ممالک پر زور ڈالا کہ: a trigger that is also a quote's cue has
            # that quote's speaker, found by the quote rules where the agent rules found none (a named
            # one: a speaker in words or a demonym is too often the addressee or a determiner)
            cued = next((q for q in quotes if q.cue.token_start < b and a < q.cue.token_end
                         and q.speaker is not None and r.ents[q.speaker].source != DEMONYM_SOURCE), None)
            if cued is not None:
                actor1 = _speaker_actor(cued)
        perfective = actor1.null and not intransitive and (_perfective(r, b - 1) or (
            b < s1 and _vector_after(r, b) and _perfective(r, b)))  # معاف کر دیا ہے: the vector's aspect
        if actor1.null and quote is not None and _habitual_present(r, b, s1):
            actor1 = _speaker_actor(quote)  # … کی پرزور مذمت کرتے ہیں in a quote: the speaker's side
        if actor1.null and (perfective or first_person) and quote is not None and quote.cue.token_start >= b:
            # … ترقی کی حمایت کی، ترجمان چینی وزارت خارجہ: inside words credited after them, the one
            # credited acts
            actor1 = _speaker_actor(quote)
        if actor1.null and (perfective or first_person):
            # انٹرپول سے مدد طلب کی ہے: a perfective act without نے continues the preceding speaker;
            # so does an act in the first person, performed as it is said (… کو مبارکباد دیتا ہوں), as
            # a first-person cue does, across the speaker's own sentences
            k, sspan = _preceding_speaker(r, quotes, a, first_person=not perfective)
            actor1 = Actor(k) if k is not None else Actor(None, sspan)
        confidence = 0.6
        lo = tclause
    # directions and urging, and acts done to someone (سنگسار کر کے ہلاک کر دیا): a target phrase before
    # an infinitive is the infinitive's object (ایک خاتون کو ریپ کرنے کے الزام میں), an earlier one the act's
    addressed = entry.needs_actor2 or entry.code[:2] in _DONE_TO_SUBJECT
    actor2, t2 = _target(r, entry.targets, lo, a, actor1=actor1, quote=quote, addressed=addressed,
                         banned=entry.code[:2] == SANCTION_ROOT)
    if t2 < 0 and marker > clause:  # X سے … Y نے ملاقات کی: the target before the agent
        first = r.np_before(r.agent_end(marker), clause)[1]
        actor2, t2 = _target(r, entry.targets, clause, first, actor1=actor1, quote=quote)
    if t2 < 0 and marker >= 0 and entry.code[:2] in MUTUAL_ROOTS and entry.code not in ONE_SIDED_CODES:
        actor2 = _other_conjunct(r, marker, floor, actor1)
        if not actor2.null:
            t2 = marker
    if t2 < 0 and entry.code[:2] in _ADDRESSED_ROOTS and tclause > clause:
        # X کو نوٹس جاری کرتے ہوئے … جواب طلب کر لیا: a request or a demand with no addressee of its own
        # is addressed to whom the participle clause before it was (the notice's addressee)
        actor2, t2 = _target(r, entry.targets + _object_markers(r), max(clause, marker + 1), tclause,
                             actor1=actor1, quote=quote)
        if entry.code[:2] == DISAPPROVE_ROOT and not _is_actor(r, actor2):
            # اردو کو نظرانداز کرتے ہوئے … بیانر تنقید کا نشانہ بنا: a thing the participle was done to
            # is not whom the criticism is addressed to
            actor2, t2 = NO_ACTOR, -1
    actor2, t2 = _past_reason(r, entry, lo, actor2, t2, actor1=actor1, quote=quote)
    actor2 = _after_target(r, entry, actor1, actor2, t2, floor=floor, marker=marker, lo=lo, a=a, b=b,
                           s1=s1, quote=quote)
    if actor1.null:
        confidence -= 0.2
    return actor1, actor2, confidence


def _after_target(r: NewsReader, entry: EventEntry, actor1: Actor, actor2: Actor, t2: int, *, floor: int,
                  marker: int, lo: int, a: int, b: int, s1: int, quote: Quote | None,
                  passive: bool = False) -> Actor:
    """Actor 2 after the target search, in either voice: whom an act is about when the target phrase
    names a deed, a thing or nobody (the doer of a condemned deed, a struck place, a beneficiary, a
    praised deed's owner). ``passive``: the act is told in the passive, whose praise step is its own
    (the deed's named owner, not across a purpose) and whose toll clause names no target."""
    # (a passive's patient found without a target phrase has t2 < 0: it stays)
    if t2 < 0 and actor2.null and entry.code[:2] == DEMAND_ROOT:
        actor2 = _to_be_removed(r, lo, a, actor1)
    if t2 < 0 and actor2.null and entry.code[:2] == DISAPPROVE_ROOT:  # X نے الزام لگایا کہ Y نے: Y accused
        actor2 = _accused(r, b, s1, actor1)
    if entry.code[:2] in (DISAPPROVE_ROOT, PROTEST_ROOT) and t2 >= 0 and (actor2.null or (
            actor2.entity is None and actor2.span is not None and _killing(r, actor2.span.token_end - 1))):
        # داعش کے ہاتھوں برطانوی شہری کے قتل کی مذمت: a killing condemned (or protested) is the
        # killer's, named by کے ہاتھوں; the killed are no actor 2 (کارکنوں کی ہلاکت پر احتجاج)
        doer = _by_hand(r, lo, t2)
        actor2 = doer if doer.entity is None or doer.entity != actor1.entity else NO_ACTOR
    if entry.code[:2] == DISAPPROVE_ROOT and actor2.entity is None and actor2.span is not None and (
            _thing(r, actor2.span.token_end - 1)):
        # فیصلے کی مذمت: a decision, a statement condemned is no actor — its named owner is
        actor2 = _owner(r, max(floor, marker + 1), lo, t2) if t2 >= 0 else NO_ACTOR
    about_deed = (entry.code[:2] == DISAPPROVE_ROOT and t2 >= 0) or entry.code[:2] == PROTEST_ROOT
    if about_deed and not _is_actor(r, actor2):
        # بھارت کی جانب سے … منسوخی پر خفگی: a deed condemned or protested is its doer's, named by
        # کی جانب سے (not its owner: دہشت گردوں کے حملے کی مذمت leaves actor 2 null in the gold sets); a
        # protest's deed needs no target phrase (… کی طرف سے کی جانے والی فائرنگ پر شدید احتجاج کیا)
        doer = _agentive(r, lo, a, deed=True)
        if not doer.null and doer.entity != actor1.entity:
            actor2 = doer
        elif (entry.code[:2] == DISAPPROVE_ROOT and actor2.entity is None and actor2.span is not None
              and not _names_people(r, actor2.span)
              and r.generic_heads(actor2.span.token_end - 1, actor2.span.token_end) is None):
            # قانون کی مخالفت, کارروائی پر تنقید: a law, an act criticised is no actor (but a body named
            # by its kind is: کرکٹ بورڈ پر تنقید, generic_refs.tsv)
            actor2 = NO_ACTOR
    if entry.code[:2] in VIOLENT_ROOTS and actor2.null:
        actor2 = _struck_place(r, lo, a, actor1)
        if actor2.null:
            actor2 = _stronghold_owner(r, lo, _before_adjuncts(r, lo, a)) or NO_ACTOR
        if actor2.null and not passive:
            # (the toll of a passive act with no agent names no target: سڑک کنارے … دو دھماکے کئے گئے جس
            # میں دس ایف سی اہلکار زخمی ہو گئے — the gold sets code the thing struck, never the toll)
            actor2 = _harmed_after(r, b, s1)
    if entry.code[:2] in FORCE_ROOTS and actor2.null:
        actor2 = _dispersed(r, lo, b, s1)
    if entry.code.startswith("07") and actor2.null:
        actor2 = _beneficiary(r, lo, a, actor1)
    if entry.code[:2] == INTENT_ROOT and actor2.null:
        actor2 = _intended_for(r, lo, a, actor1, quote)
    if passive:
        if entry.code.startswith("05") and t2 >= 0 and not _is_actor(r, actor2):
            # پاکستان نیوی کی … مشقوں میں شرکت کو سراہا گیا: a deed praised is its doer's, its
            # named owner
            deed_owner = _owner(r, lo, lo, t2, actor1, quote=quote)
            named = r.ents[deed_owner.entity].span if deed_owner.entity is not None else deed_owner.span
            if not deed_owner.null and not r.same(deed_owner.entity, actor1.entity) and not any(
                    r.forms[u] in r.lex.words("benefactive") or (
                        (parts := r.joined_parts(u)) and parts[-1] in r.lex.words("benefactive"))
                    for u in range(named.token_end if named is not None else t2, t2)):
                # (not across a purpose: ملک کی معیشت کی ترقی کیلئے حکومتی کوششوں کو سراہا گیا —
                # the economy is what the efforts are for, not whose they are)
                actor2 = deed_owner
    elif entry.code.startswith("05") and not _is_actor(r, actor2):
        # praise or thanks for a deed (بھارتی وزیراعظم کی طرف سے … لکھے گئے خط پر تشکر): its doer
        doer = _agentive(r, lo, a, deed=True)
        if doer.null and t2 >= 0:
            doer = _owner(r, max(floor, marker + 1), lo, t2, actor1, quote=quote)
        elif doer.null and actor2.null and t2 < 0 and entry.code == PRAISE_CODE:
            # امریکی امداد پر شکریہ ادا کیا: thanks or praise for a thing (پر) with no one named as
            # thanked goes to the thing's owner
            on = next((t for t in range(a - 1, lo, -1) if r.forms[t] == _ON), -1)
            if on > lo:
                doer = _owner(r, max(floor, marker + 1), lo, on, actor1, quote=quote)
        if not doer.null and doer.entity != actor1.entity:
            actor2 = doer
        elif actor2.entity is None and actor2.span is not None and not _names_people(r, actor2.span):
            actor2 = NO_ACTOR  # قانون اورآئین کی حکمرانی کی حمایت: the rule of law is no actor
    if entry.code.startswith("03") and t2 >= 0 and not _is_actor(r, actor2):
        # وزیراعظم کے وژن سے اتفاق کیا: agreeing with a plan or a vision is agreeing with its owner
        owner = _owner(r, max(floor, marker + 1), lo, t2)
        if not owner.null and owner.entity != actor1.entity:
            actor2 = owner
    return actor2


#: How many tokens after a force's trigger the crowd it dispersed may be named (… کا سپرے کر کے
#: مظاہرین کو منتشر کر دیا).
_DISPERSED_AFTER = 8


def _dispersed(r: NewsReader, lo: int, b: int, s1: int) -> Actor:
    """Whom force with no target named was used on: the crowd its clause says it dispersed, before the
    trigger as a purpose (پولیس نے مظاہرین کو منتشر کرنے کے لیے ربر کی گولیاں برسائیں) or just after
    it (مرچوں کا سپرے کر کے جمہوریت نواز مظاہرین کو منتشر کر دیا); news_words role ``dispersal``."""
    dispersal, objects = r.lex.words("dispersal"), r.lex.words("object")
    for t in range(lo + 2, min(s1, b + _DISPERSED_AFTER)):
        if r.forms[t] in dispersal and r.forms[t - 1] in objects:
            floor = lo if t < b else b
            k, first, pron = r.np_before(t - 1, floor)
            if not pron and first < t - 1:
                found = _actor_np(r, first, t - 1, k)
                return found if _is_actor(r, found) else NO_ACTOR
    return NO_ACTOR


def _mixed_ergative(r: NewsReader, clause: int, a: int) -> int:
    """The ergative of a passive told with its agent, as news copy often mixes the voices: ``ایک
    اسلامی عدالت نے ایک خاتون کو … سنگسار کر کے ہلاک کر دیا گیا``, ``انہوں نے … کو … خط لکھے گئے`` —
    the agent named with نے did the act. The ergative is the trigger's own (:func:`_agent_marker` in
    ``[clause, a)``) with no verb between but an infinitive or a conjunctive participle (… نے کہا کہ
    … گرفتار کیا گیا: کہا has it); -1 when there is none."""
    m = _agent_marker(r, clause, a)
    if m < 0:
        return -1
    # (a conjunctive participle between: سنگسار کر کے ہلاک کر دیا)
    conj = r.lex.words("conjunctive") | r.lex.words("conjunctive_stem")
    for v in range(m + 1, a):
        if r.upos[v] in ("VERB", "AUX") and not _infinitive(r, v) and r.forms[v] not in conj and not (
                v + 1 < a and r.forms[v + 1] in conj):
            return -1
    return m


#: The relative pronoun that is its clause's unmarked subject (جو: who, which).
_WHO = "جو"
#: How far before the relative pronoun its antecedent may end (an extraposed clause follows the verb).
_MAX_ANTECEDENT = 10


def _relative_doer(r: NewsReader, clause: int, floor: int, a: int) -> tuple[Actor, int] | None:
    """The doer of an act told in a relative clause whose unmarked subject is جو, and where جو stands:
    the nearest actor before جو — the phrase it follows, or, when the clause comes after the main verb,
    that clause's last actor (… ماہر ٹیمیں بھی تعینات کیں جو لوگوں کو … معاونت فراہم کر رہی ہیں: the
    teams; سعودی عرب ان ملکوں کے اتحاد میں شامل ہے جو … فضائی حملے کر رہا ہے: those countries). None
    when the trigger's clause ``[clause, a)`` has no such جو (an ergative, a finite auxiliary or a
    complementizer comes first; جو has a subject of its own after it: جو ہم کر رہے ہیں, جو لوگ …; or it
    opens the sentence, a correlative), or no actor stands between it and the main clause's agent (X نے
    قرارداد منظور کی جو …: the agent rules answer then)."""
    that = r.lex.words("complementizer")
    t = a - 1
    while t >= clause:
        f = r.forms[t]
        if f == _WHO:
            break
        if r.is_erg(t) or r.upos[t] == "PUNCT" or f in r.aux or (
                f in that and not (t - 1 >= clause and r.forms[t - 1] == _WHO)):
            return None
        t -= 1
    else:
        return None
    after = t + 1
    if after < a and r.forms[after] in that:
        after += 1  # جو کہ
    s0 = max(floor, r.sentence_start(t))
    if t - 1 < s0 or r.upos[t - 1] == "PUNCT" or after >= a or r.upos[after] == "ADP":
        return None
    f = r.forms[after]
    if (f in r.pronouns or f in r.first_person) and r.upos[after] != "DET":
        if not (after + 1 < a and r.upos[after + 1] == "ADP"):
            return None  # جو ہم کر رہے ہیں: the pronoun is the subject, جو the object
    else:
        j = r.np_after(after, a)
        if not (j < a and r.upos[j] == "ADP") and any(
                r.actor_noun_at(u) is not None or any(
                    r.ents[k].label in ACTOR_LABELS for k in r.ending.get(u + 1, []))
                for u in range(after, j)):
            return None  # جو لوگ … احتجاج کر رہے ہیں: جو determines the subject after it
    stop = max(s0, t - _MAX_ANTECEDENT)
    for u in range(t - 1, stop - 1, -1):
        if r.is_erg(u) or r.forms[u] in that:
            stop = u + 1  # the main clause's agent: no phrase between names the antecedent
            break
    hit = _nearest_mention(r, t, stop, lambda _: True)
    if hit is None:
        return None
    found = _mention_actor(r, *hit, stop)
    return (found, t) if not found.null else None


def _consequence(r: NewsReader, since: int, a: int) -> bool:
    """The clause of the trigger at ``a`` tells the result of the act that ended at ``since``: it
    begins with a relative (جس, جن) and میں or کے نتیجے میں, with no clause break before ``a``
    (بمباری کی جس کے نتیجے میں … مارے گئے; not … جس کے نتیجے میں دو اہلکار ہلاک ہوگئے، فورسز کی
    کارروائی میں نو حملہ آور مارے گئے, a second act)."""
    lx = r.lex
    for t in range(a - 1, since - 1, -1):
        f = r.forms[t]
        if f in lx.words("clause") or r.upos[t] == "PUNCT":
            return False
        if f in lx.words("relative") or f in lx.words("relative_erg"):
            return _result_clause(r, t, a)
    return False


def _result_clause(r: NewsReader, t: int, end: int) -> bool:
    """Whether the relative at token ``t`` opens a clause of result (before ``end``): میں right after
    it (جس میں) or نتیجے / نتیجہ among the next four words (جس کے نتیجے میں)."""
    after = r.forms[t + 1:min(end, t + 5)]
    return bool(after) and (after[0] == "میں" or "نتیجے" in after or "نتیجہ" in after)


def _past_reason(r: NewsReader, entry: EventEntry, lo: int, actor2: Actor, t2: int, *, actor1: Actor,
                 quote: Quote | None) -> tuple[Actor, int]:
    """Actor 2 of an accusation whose target postposition at ``t2`` follows an infinitive: that پر
    is the reason (… معاملہ اٹھانے پر تنقید کی: for doing it), and whom it blames is the پر phrase
    before it (کرکٹ بورڈ پر)."""
    if entry.code[:2] == DISAPPROVE_ROOT and t2 > lo and r.forms[t2] == _ON and _infinitive(r, t2 - 1):
        return _target(r, entry.targets, lo, t2 - 1, actor1=actor1, quote=quote)
    return actor2, t2


def _to_be_removed(r: NewsReader, lo: int, a: int, actor1: Actor) -> Actor:
    """Actor 2 of a demand with no addressee that asks for someone's resignation or removal: the
    genitive phrase before the resignation (``news_words.tsv`` role ``removal_noun``) in the thing
    the trigger's genitive follows, an adverb allowed between (صدر صالح کی برطرفی کا مطالبہ, شانتی
    اور پرشانت بھوشن کے استعفوں کا راست مطالبہ: the demand is made on them), read as a target is."""
    g = next((t for t in range(a - 1, max(lo, a - 3) - 1, -1) if r.forms[t] in r.genitive), -1)
    removal = r.lex.words("removal_noun")
    noun = next((t for t in range(g - 1, max(lo, g - 4), -1) if r.word_in(t, removal)), -1)
    if noun - 1 <= lo or r.forms[noun - 1] not in r.genitive:
        return NO_ACTOR
    return _target(r, ((r.forms[noun - 1],),), lo, noun, actor1=actor1, quote=None)[0]


def _coordinated_agent(r: NewsReader, floor: int, a: int) -> Actor:
    """The agent of the clause this one is coordinated with by اور, with no subject of its own in
    between (تحریک انصاف نے … ریلی نکالی تھی اور اسلام آباد پہنچ کر دھرنا دیا تھا: the party again)."""
    s0 = max(floor, r.sentence_start(a))
    joined = False
    for t in range(a - 1, s0, -1):
        if r.upos[t] == "PUNCT" or r.forms[t] in r.lex.words("complementizer"):
            return NO_ACTOR
        if r.forms[t] in r.lex.words("and") and r.upos[t] == "CCONJ":
            joined = True
        if r.is_erg(t):
            got = _subject_actor(r, t, s0) if joined else None
            return got if got is not None else NO_ACTOR
    return NO_ACTOR


def _next_act_passive(r: NewsReader, b: int, s1: int) -> bool:
    """The next act after a conjunctive participle at ``b`` (کرکے, مار کر) is violent and passive
    (… فائرنگ کرکے قتل کیا گیا): the chain it ends tells a passive act."""
    for u in range(b, min(s1, b + 9)):
        found = r.match_event(u)
        if found is not None:
            nxt, length, _ = found
            return nxt.code[:2] in VIOLENT_ROOTS and _passive(r, u + length, s1)
    return False


#: The postpositions after an attack noun that tell a toll (حملوں میں, فائرنگ سے).
TOLL_POSTS = ("میں", "سے")


def _toll(r: NewsReader, lo: int, a: int) -> bool:
    """The clause before the trigger at ``a`` names an attack as a noun with میں or سے (حملوں میں,
    فائرنگ سے): the passive act after it is the attack's toll."""
    return _noun_in_clause(r, lo, a, "attack_noun", TOLL_POSTS)


def _toll_attacker(r: NewsReader, lo: int, a: int) -> Actor:
    """Whose attack a passive violent act at ``a`` is told in, when the attack noun before it names
    its owner: ``X کے (فضائی) حملوں میں … کو ہلاک کر دیا گیا`` — X, an entity or an actor noun phrase
    (NO_ACTOR otherwise: پیرس حملوں میں 130 لوگ مارے گئے is a toll, no second act). Only a patient
    marked by کو is acted on (the act's own target); a bare count of the dead stays a toll."""
    if not any(r.forms[t] in r.lex.words("object") for t in range(max(lo, a - 12), a)):
        return NO_ACTOR
    noun = _noun_before(r, lo, a, "attack_noun", TOLL_POSTS, across_and=True)
    u = noun - 1
    while u > lo and r.upos[u] == "ADJ":
        u -= 1  # فضائی حملوں: the kind of attack
    if noun < 0 or u <= lo or r.forms[u] not in r.genitive:
        return NO_ACTOR
    k, first, pron = r.np_before(u, lo)
    if pron or first >= u:
        return NO_ACTOR
    found = _actor_np(r, first, u, k)
    return found if (found.entity is not None or _is_actor(r, found)) else NO_ACTOR


def _in_operation(r: NewsReader, lo: int, a: int) -> bool:
    """The clause before the trigger at ``a`` places the act in an operation (آپریشن میں, کارروائی
    میں): its unnamed agent is a state's force."""
    return _noun_in_clause(r, lo, a, "operation_noun", ("میں",))


def _noun_in_clause(r: NewsReader, lo: int, a: int, role: str, posts: tuple[str, ...]) -> bool:
    """A noun of news_words ``role`` right before one of ``posts`` in the clause before ``a``."""
    return _noun_before(r, lo, a, role, posts) >= 0


def _noun_before(r: NewsReader, lo: int, a: int, role: str, posts: tuple[str, ...], *,
                 across_and: bool = False) -> int:
    """The token of the nearest noun of news_words ``role`` right before one of ``posts`` in the
    clause before ``a``, else -1; with ``across_and`` an اور does not end the clause (it joins the
    phrases of one clause: X کے ایک بیٹے اور ان کے تین پوتوں کو)."""
    lx = r.lex
    for t in range(a - 1, lo, -1):
        f = r.forms[t]
        if (f in lx.words("clause") and not (across_and and f in lx.words("and"))) or r.upos[t] == "PUNCT":
            return -1
        if f in posts and r.forms[t - 1] in lx.words(role):
            return t - 1
    return -1


def _noun_owner(r: NewsReader, entry: EventEntry, lo: int, a: int, *, continued: bool = False) -> Actor:
    """The one whose meeting, talks or clash it was: a noun trigger with ہونا whose other side is
    marked by سے or کے ساتھ (ملاقات ہونا, مذاکرات ہونا, جھڑپ ہونا) takes its genitive owner, before
    the other side's phrase or right before the noun (وزیراعظم کی چینی صدر سے ملاقات ہوئی, پولیس کے
    ساتھ احتجاجیوں کی جھڑپ جاری ہے: the prime minister's, the protesters'); so does an act told by its
    noun as under way (``continued``: داعش کے ٹھکانوں پر اتحادی فوج کے فضائی حملے بدستور جاری ہیں: the
    coalition's). NO_ACTOR otherwise."""
    if continued:
        if r.upos[a] not in ("NOUN", "ADJ"):
            return NO_ACTOR
    elif (len(entry.trigger) != 2 or entry.trigger[-1] != "ہونا" or r.upos[a] != "NOUN"
            or not any(post in entry.targets for post in ((_WITH_ABL,), _WITH))):
        return NO_ACTOR
    g = a - 1
    for post in (_WITH, (_WITH_ABL,)):
        n = len(post)
        if g - n >= lo and tuple(r.forms[g - n + 1:g + 1]) == post:
            g = r.np_before(g - n + 1, lo)[1] - 1  # past the other side: X کی [Y سے] ملاقات
            while g > lo and r.upos[g] in NP_POS:
                g -= 1  # (its modifiers too: X کی چینی صدر سے)
            break
    if g - 1 < lo or r.forms[g] not in r.genitive:
        return NO_ACTOR
    k, first, pron = r.np_before(g, lo)
    if pron or first >= g:
        return NO_ACTOR
    found = _actor_np(r, first, g, k)
    return found if found.entity is not None or _is_actor(r, found) else NO_ACTOR


def _noun_happens(r: NewsReader, entry: EventEntry, a: int) -> bool:
    """The trigger is a noun of violence with ہونا (پیرس پر حملہ ہوا, دھماکہ ہوا) or a noun with the
    present copula (X پر الزام ہے): the noun is the subject, so a noun phrase before it is no agent
    (فوجی قافلے پر حملہ ہوا: no soldier attacked)."""
    return len(entry.trigger) == 2 and r.upos[a] == "NOUN" and (
        (entry.trigger[-1] == "ہونا" and entry.code[:2] in VIOLENT_ROOTS)
        or entry.trigger[-1] in r.lex.words("present"))  # ان پر الزام ہے: a charge stands, no one acts


#: roots whose passive subject is the one acted on (arrested, attacked); in other passives it is the
#: thing given or said (نقد امداد تقسیم کی گئی: the cash, not a party)
_DONE_TO_SUBJECT = frozenset({"17", "18", "19"})
#: sanctions (16: پابندی عائد کی): a ban on doing something (کھیلنے پر پابندی) names what is banned with
#: the same پر as the one banned
SANCTION_ROOT = "16"
#: codes whose act in the present progressive (تعاون کر رہے ہیں) or kept up (قبضہ کر رکھا ہے) is a
#: standing state, not an act: cooperation (050) and occupation (192)
_STANDING = frozenset({"050", "192"})
#: requests and demands (02, 10), assurances (03), praise and apologies (05), criticism (11): addressed
#: to someone, like the participle clause before them (… سے فون پر بات کرتے ہوئے … معافی مانگی: to whom
#: he spoke; سندھ حکومت کی کارکردگی پر عدم اطمینان کا اظہار کرتے ہوئے شدید تنقید کی: whom he faulted)
_ADDRESSED_ROOTS = frozenset({"02", "10", "03", "05", "11"})


#: Postpositions of a place or time phrase between a passive's subject and its verb (موصل میں, جوابی
#: کارروائی کے دوران): after a noun phrase, or after a genitive (the compound ones).
_ADJUNCT_POSTS = frozenset({"میں", _ON})
_ADJUNCT_COMPOUND = frozenset({"دوران", "قریب"})


def _before_adjuncts(r: NewsReader, lo: int, a: int) -> int:
    """Where the words before the trigger at ``a`` end once focus particles, dates and up to three
    place or time phrases are passed (عبدالقدیر حکیم بھی دو روز قبل عراق کے شہر موصل میں | مارا گیا)."""
    places = r.lex.words("place_noun")
    j = a
    for _ in range(6):
        if j - 1 <= lo:
            break
        f = r.forms[j - 1]
        if f in r.focus or (j - 1) in r.timex_tokens:
            j -= 1
            continue
        if f in _ADJUNCT_POSTS:
            end = j - 1
        elif f in _ADJUNCT_COMPOUND and j - 2 > lo and r.forms[j - 2] in r.genitive:
            end = j - 2
        else:
            break
        _, first, pron = r.np_before(end, lo)
        if pron or first >= end:
            break
        while first - 1 > lo:  # عراق کے شہر موصل میں: the place's kind and its genitives
            if r.forms[first - 1] in places:
                first -= 1
            elif r.forms[first - 1] in r.genitive:
                _, first, pron = r.np_before(first - 1, lo)
                if pron:
                    return a
            else:
                break
        j = first
    return j


def _passive_subject(r: NewsReader, lo: int, a: int) -> Actor:
    """The unmarked subject of a passive right before its trigger at ``a`` (a focus particle between):
    the one acted on (سرچ آپریشن کے دوران متعدد افراد گرفتار کر لئے گئے), when it is an actor, or the
    owner of a stronghold struck (:func:`_stronghold_owner`)."""
    j = _before_adjuncts(r, lo, a)
    if r.forms[a] in r.lex.words("operation_noun"):
        while j - 1 >= lo and r.forms[j - 1] in r.lex.words("operation_manner"):
            j -= 1  # فوجی آپریشن کیا گیا: the operation's adjective, no one acted on
    owner = _stronghold_owner(r, lo, j)
    if owner is not None:
        return owner
    if j - 1 < lo or r.upos[j - 1] not in NP_POS:
        return NO_ACTOR
    return _actor_before(r, j, lo)


def _stronghold_owner(r: NewsReader, lo: int, j: int) -> Actor | None:
    """The owner of a stronghold (``news_words.tsv`` role ``stronghold``) struck as the unmarked object
    of a violent act, the phrase that ends before ``j`` (the trigger, or the focus particle before it):
    دہشت گردوں کے 9 ٹھکانے بھی تباہ کئے گئے, فوج نے دہشت گردوں کے ٹھکانے تباہ کر دیے — the ones struck,
    as the gold sets code a force's hideouts or bases (NO_ACTOR when none is named); None when the
    phrase is no stronghold."""
    held = r.lex.words("stronghold")
    if j - 1 < lo or not (r.forms[j - 1] in held or (
            j - 2 >= lo and f"{r.forms[j - 2]} {r.forms[j - 1]}" in held)):  # (پناہ گاہیں: two words)
        return None
    return _owner(r, lo, lo, j)


def _actor_before(r: NewsReader, j: int, lo: int) -> Actor:
    """The noun phrase that ends before token ``j`` (no earlier than ``lo``) as an actor: its entity,
    or its words when they name an actor; NO_ACTOR for a pronoun, no phrase, or a non-actor."""
    k, first, pron = r.np_before(j, lo)
    if pron or first >= j:
        return NO_ACTOR
    found = _actor_np(r, first, j, k)
    return found if _is_actor(r, found) else NO_ACTOR


def _in_own_voice(r: NewsReader, quote: Quote, t: int) -> bool:
    """Whether token ``t`` lies in the quote's words and its sentence there is in the speaker's own
    voice before it: a first-person pronoun or possessive (میرے, ہمیں, مجھے), or ہوں before کہ (ممنون
    ہوں کہ: I am grateful that)."""
    if not quote.content.token_start <= t < quote.content.token_end:
        return False
    lx = r.lex
    that = lx.words("complementizer")
    return any(r.forms[u] in r.own_voice or (r.forms[u] in lx.words("aux1") and r.forms[u + 1] in that)
               for u in range(max(quote.content.token_start, r.sentence_start(t)), t))


def _earlier_agent(r: NewsReader, pron: int, floor: int) -> Actor:
    """What a pronoun agent at ``pron`` (انھوں نے) refers to when the same sentence named a group as
    the agent of an earlier clause (داعش کے شدت پسندوں نے … کارروائیاں شروع کر رکھی ہیں اور …
    انھوں نے … قبضہ کر لیا): that group. NO_ACTOR when the nearest earlier agent is a person or a
    pronoun (the person antecedent rule answers then)."""
    s0 = max(floor, r.sentence_start(pron))
    for t in range(pron - 1, s0, -1):
        if not r.is_erg(t):
            continue
        got = _subject_actor(r, t, s0)
        if got is None or (got.entity is not None and r.is_person(got.entity)):
            return NO_ACTOR
        return got
    return NO_ACTOR


#: How far before a pronoun agent the conjunction that joins its clause to the one before may stand
#: (… فکر مند تھے اور اس کی جلد رہائی کیلئے انہوں نے: an adjunct between).
_MAX_JOIN = 8


def _earlier_subject(r: NewsReader, pron: int, floor: int) -> Actor:
    """What a pronoun agent at ``pron`` (انہوں نے) refers to when the clause just before its own, joined
    to it by a conjunction after a verb, has an unmarked subject that is a noun phrase or a name:
    ``امریکی حکام فکر مند تھے اور … انہوں نے … معاہدہ کیا`` (those officials), ``ہم چاہتے تھے کہ تحریک
    انصاف … جلسہ کرے تاہم انہوں نے … درخواست کی`` (the party). NO_ACTOR when no such clause is there,
    or its subject is a pronoun (the antecedent rules answer then)."""
    s0 = max(floor, r.sentence_start(pron))
    joining = r.joining
    c = next((t for t in range(pron - 1, max(s0, pron - _MAX_JOIN) - 1, -1)
              if r.forms[t] in joining and t - 1 >= s0 and r.upos[t - 1] in ("VERB", "AUX")), -1)
    if c < 0 or any(r.is_erg(t) or r.upos[t] == "PUNCT" for t in range(c + 1, pron)):
        return NO_ACTOR
    start = s0
    for t in range(c - 1, s0 - 1, -1):
        if r.forms[t] in r.lex.words("complementizer") or r.upos[t] == "PUNCT" or r.is_erg(t) or (
                r.forms[t] in joining and r.upos[t - 1] in ("VERB", "AUX")):
            start = t + 1
            break
    if any((r.forms[t] in r.pronouns and r.upos[t] != "DET") or r.forms[t] in r.first_person
           or r.forms[t] in r.first_person_obl for t in range(start, c)):
        return NO_ACTOR
    return _first_actor(r, start, c, None)


def _subject_actor(r: NewsReader, marker: int, floor: int) -> Actor | None:
    """The agent of the ergative at ``marker`` as an actor: its entity, or its words when they name
    an actor (else NO_ACTOR); None when the agent is a pronoun or there is none."""
    k, span, pron = r.subject(marker, floor)
    if pron or span is None:
        return None
    if k is not None:
        return Actor(k)
    found = _actor_np(r, span.token_start, span.token_end, None)
    return found if _is_actor(r, found) else NO_ACTOR


def _nearest_actor(r: NewsReader, pron: int) -> Actor:
    """The nearest actor before token ``pron`` in its sentence or the one before: an entity of an
    actor type (resolved) or an actor-noun phrase; NO_ACTOR when there is none."""
    floor = r.sent_starts[max(0, r.sentence_of(pron) - 1)] if r.sent_starts else 0
    hit = _nearest_mention(r, pron, floor, lambda k: r.ents[k].source != DEMONYM_SOURCE
                           and r.ents[k].span.token_start >= floor)
    if hit is None:
        return NO_ACTOR
    t, found = hit
    if isinstance(found, int):
        return Actor(r.resolve(found))
    return _actor_np(r, max(floor, t - found.word.count(" ")), t + 1, None)


#: Event roots whose two sides may be named as one coordinated agent (X اور Y نے ملاقات کی, … معاہدے
#: پر دستخط کیے): consult and meet, cooperate — but praise, apology or forgiveness (051-056) is done by
#: both to someone else (… جم اونیل اور بی بی سی نے اس اعتماد کا اظہار کیا: BBC is no partner).
MUTUAL_ROOTS = frozenset({"04", "05"})
ONE_SIDED_CODES = frozenset({"051", "052", "053", "054", "055", "056"})


def _other_conjunct(r: NewsReader, marker: int, floor: int, actor1: Actor) -> Actor:
    """The last conjunct of a coordinated agent (امریکی صدر اوباما اور افریقی سربراہان نے مذاکرات کا
    آغاز کیا → the African leaders) when actor 1 is the first: the other side of a mutual act."""
    end = r.agent_end(marker)
    k, first, pron = r.np_before(end, floor)
    conj = r.lex.words("and")
    g = first  # … اور لٹویا کے سٹیٹ سیکرٹری انڈریاس نے: the conjunct's owner and title before its name
    while (k is not None and g - 1 > floor and first - g < 6 and r.forms[g - 1] not in conj
           and (r.upos[g - 1] in NP_POS or r.forms[g - 1] in r.genitive)):
        g -= 1
    if pron or first >= end or g - 1 <= floor or r.forms[g - 1] not in conj:
        return NO_ACTOR
    found = _actor_np(r, first, end, k)
    # a co-agent is an actor whatever its noun (سربراہان, وفود)
    if r.same(found.entity, actor1.entity):
        return NO_ACTOR
    a, b = found.span, actor1.span
    if a is not None and b is not None and a.token_start < b.token_end and b.token_start < a.token_end:
        return NO_ACTOR  # the same words as actor 1
    return found


def _struck_place(r: NewsReader, lo: int, a: int, actor1: Actor) -> Actor:
    """The place struck by an attack with no other target: ``X میں`` right before the trigger, or
    before the number of strikes (غزہ میں 15 فضائی حملے کیے, اسرائیلی علاقے میں 16 راکٹ فائر کیے) —
    not where an operation was carried out (علاقے میں آپریشن, شمالی وزیرستان میں کامیاب آپریشن) or an
    object was hit (شمالی عراق میں ایک فوجی ہیلی کاپٹر مار گرایا)."""
    loc = r.lex.words("locative")
    if r.forms[a] in r.lex.words("operation_noun"):
        return NO_ACTOR  # علاقے میں آپریشن شروع کر دیا: where the operation was, not a target
    t = a - 1
    while t > lo and r.upos[t] == "NUM":
        t -= 1
    if t <= lo or r.forms[t] not in loc:
        return NO_ACTOR
    k, first, pron = r.np_before(t, lo)
    if pron or first >= t:
        return NO_ACTOR
    if k is not None and r.ents[k].label == "LOCATION":
        found = _actor_np(r, first, t, k)
    elif k is None and r.word_in(t - 1, r.lex.words("place_noun")):
        found = _actor_np(r, first, t, None)
    else:
        return NO_ACTOR
    return NO_ACTOR if r.same(found.entity, actor1.entity) else found


def _thing(r: NewsReader, t: int) -> bool:
    """Whether token ``t`` is a noun for a decision, a statement or another act's product (فیصلہ,
    بیان, اقدام: ``thing_noun`` in news_words.tsv), which no event has as its actor."""
    return r.word_in(t, r.lex.words("thing_noun"))


def _killing(r: NewsReader, t: int) -> bool:
    """Whether token ``t`` names an attack or a killing (حملے, دھماکے: ``attack_noun``; قتل, ہلاکت:
    ``killing_noun`` in news_words.tsv)."""
    lx = r.lex
    return r.forms[t] in lx.words("attack_noun") or r.forms[t] in lx.words("killing_noun")


def _by_hand(r: NewsReader, lo: int, t: int) -> Actor:
    """The doer named by ``X کے ہاتھوں`` (at X's hands) in ``[lo, t)``, an entity or an actor-noun
    phrase; the one nearest ``t``."""
    for u in range(t - 1, lo + 1, -1):
        if r.forms[u] == "ہاتھوں" and r.forms[u - 1] in r.genitive:
            return _actor_before(r, u - 1, lo)
    return NO_ACTOR


def _owner(r: NewsReader, floor: int, lo: int, t: int, actor1: Actor = NO_ACTOR, *,
           quote: Quote | None = None) -> Actor:
    """The named owner of the thing before the postposition at ``t`` (امریکی معاونت کو سراہا,
    عالمی بینک کے کردار کی تعریف, حکومت کے رویے پر برہمی): a demonym right before the thing, or the
    entity or actor-noun phrase before a genitive, at most six words back — in ``[lo, t)``, or from
    as far back as ``floor`` when the thing is the end of a list of nouns whose comma ``lo`` follows.
    An owner that is a pronoun (ان کی کارکردگی کو سراہا) is whom the doer's clause before met
    (:func:`_met_before`, given ``actor1``); a first-person one inside a ``quote`` (ہماری بہتر معاشی
    صورتحال کی تعریف کی) is its speaker."""
    lo = _list_start(r, floor, lo, t)
    relation = r.lex.words("relation_post")  # اسرائیلی جارحیت کے خلاف ریلی: against, not whose
    u, floor = t - 1, max(lo, t - 7)
    while u >= floor:
        for k in r.ending.get(u, []):
            e = r.ents[k]
            if e.label in ACTOR_LABELS and e.span.token_start >= lo and e.source == DEMONYM_SOURCE:
                return Actor(r.resolve(k))
        if quote is not None and r.forms[u] in r.lex.words("possessive1"):
            return _speaker_actor(quote)
        if u > lo and r.forms[u] in r.genitive:
            owner, first, pron = r.np_before(u, lo)
            if pron and r.forms[first] in r.pronouns:
                return _met_before(r, first, actor1)
            if pron or first >= u:
                return NO_ACTOR
            found = _actor_np(r, first, u, owner)
            if (found.entity is not None or _is_actor(r, found)) and r.forms[u + 1] not in relation:
                # (coordinated owners are coded with the first: … انسٹیٹیوٹ اور … اسٹیفنگ کی تعریف)
                return _first_conjunct_actor(r, owner, first, u, lo)
            if any(r.upos[v] in ("VERB", "AUX") for v in range(first, t)):
                return NO_ACTOR  # … کی خاطر جانوں کا نذرانہ پیش کرنے والوں کو: a deed's doers, not a thing
            # سیلاب متاثرین کی ہمت، جذبے اور صبر کے مظاہرے کو: a thing's own genitive — its owner
            # may come before it
            u, floor = first - 1, max(lo, first - 7)
            continue
        u -= 1
    return NO_ACTOR


def _meeting_owner(r: NewsReader, lo: int, a: int, actor2: Actor) -> Actor:
    """Who held the meeting a passive consultation at ``a`` is told in: ``وزیراعظم سے ایم کیو ایم کے
    وفد کی ملاقات میں … تبادلہ خیال کیا گیا`` — the genitive owner of a meeting noun (the first word of
    a consultation's trigger: ملاقات, مذاکرات) followed by میں, in ``[lo, a)``; the one met is the
    target already found (actor 2), so an owner that is it is none."""
    nouns = {e.trigger[0] for e in r.lex.events.values() if e.code[:2] == CONSULT_ROOT and len(e.trigger) > 1}
    inside = r.lex.words("locative_in")
    for t in range(lo + 2, a - 1):
        if r.forms[t] in nouns and r.forms[t - 1] in r.genitive and r.forms[t + 1] in inside:
            k, first, pron = r.np_before(t - 1, lo)
            if pron or first >= t - 1:
                return NO_ACTOR
            owner = _actor_np(r, first, t - 1, k)
            if owner.null or (owner.entity is not None and r.same(owner.entity, actor2.entity)):
                return NO_ACTOR
            return owner
    return NO_ACTOR


#: How far after a violent act's verb its result clause may begin (… فائرنگ شروع کر دی جس سے).
_RESULT_REACH = 4
#: How many words the harmed phrase of a result clause may have (… جن سے 4 سکیورٹی اہلکار زخمی).
_HARMED_WORDS = 6


def _harmed_after(r: NewsReader, b: int, s1: int) -> Actor:
    """Whom a violent act with no target named hit, told in the result clause right after its verb
    (ending at ``b``): ``فورسز نے … فائرنگ شروع کر دی جس سے کئی لوگ زخمی ہو گئے``, ``گولیاں چلائیں جن سے
    بچہ ہلاک ہو گیا``, ``… جس کے نتیجے میں`` — the phrase before a word of harm (news_words ``harmed``:
    ہلاک, زخمی, جاں بحق) that opens the clause. NO_ACTOR otherwise."""
    harmed = r.lex.words("harmed")
    for rel in range(b, min(s1 - 2, b + _RESULT_REACH)):
        if r.forms[rel] in _COMMAS or r.upos[rel] == "PUNCT":
            return NO_ACTOR
        if r.forms[rel] not in r.lex.words("relative_result"):
            continue
        if r.forms[rel + 1] == _WITH_ABL:
            start = rel + 2
        elif _result_clause(r, rel, s1):
            start = next((t + 1 for t in range(rel + 1, min(s1, rel + 5)) if r.forms[t] in r.lex.words(
                "locative_in")), -1)
        else:
            return NO_ACTOR
        if start < 0:
            return NO_ACTOR
        h = next((t for t in range(start, min(s1, start + _HARMED_WORDS + 1)) if r.forms[t] in harmed), -1)
        if h <= start or not all(r.upos[t] in (*NP_POS, "NUM", "DET", "ADJ") for t in range(start, h)):
            return NO_ACTOR
        k, _, pron = r.np_before(h, start)
        return NO_ACTOR if pron else _actor_np(r, start, h, k)
    return NO_ACTOR


def _intended_for(r: NewsReader, lo: int, a: int, actor1: Actor, quote: Quote | None) -> Actor:
    """Whom an intent, a promise or an offer with no partner of its own is for: the object of the
    infinitive it is told with, ``Y کو … کرنے کا وعدہ / ارادہ`` (عوام کو مفت گیس تقسیم کرنے کا وعدہ: the
    public; ٹی این سی کو تسلیم کرنے کا ارادہ: the TNC) — an actor named in words, not a pronoun,
    before an infinitive that comes before the trigger at ``a``."""
    found, t = _target(r, _object_markers(r), lo, a, actor1=actor1, quote=quote)
    if t < 0 or found.null or not _is_actor(r, found) or not any(_infinitive(r, v) for v in range(t + 1, a)):
        return NO_ACTOR
    if r.forms[t] not in r.lex.words("object") or r.np_before(t, lo)[2]:
        return NO_ACTOR  # انھیں روانہ کرنے کا وعدہ: a pronoun's referent is too far a guess
    return found


def _beneficiary(r: NewsReader, lo: int, a: int, actor1: Actor) -> Actor:
    """Who aid is for, named before its trigger in ``[lo, a)``: ``X کی امداد کے لیے / کے طور پر``
    (لاکھوں مہاجرین کی امداد کیلئے … رقم فراہم کی) or ``X کے لیے`` where X is an entity or has an
    actor noun (متاثرین کے لیے)."""
    for t in range(a - 1, lo, -1):
        joined = r.joined_parts(t)
        if joined[-2:] == ("کے", "لیے"):
            end = t
        elif r.forms[t - 1] == "کے" and (r.forms[t] in r.lex.words("benefactive") or (
                t + 1 < a and r.forms[t] == "طور" and r.forms[t + 1] == _ON)):
            end = t - 1  # کے لئے, کے طور پر
        else:
            continue
        k, first, pron = r.np_before(end, lo)
        if pron or first >= end:
            return NO_ACTOR
        head = r.lemmas[end - 1] or r.forms[end - 1]
        if (k is None and head in r.lex.words("aid_noun") and first == end - 1 and first - 1 > lo
                and r.forms[first - 1] in r.genitive):
            g = first - 1  # X کی امداد کے لیے: X is the one helped
            k, first, pron = r.np_before(g, lo)
            if pron or first >= g:
                return NO_ACTOR
            found = _actor_np(r, first, g, k)
        else:
            found = _actor_np(r, first, end, k)
            if found.entity is None and not _is_actor(r, found):
                return NO_ACTOR
        return NO_ACTOR if r.same(found.entity, actor1.entity) else found
    return NO_ACTOR


def _military_operation(r: NewsReader, sent: tuple[int, int], span: tuple[int, int], actor1: Actor,
                        actor2: Actor) -> bool:
    """Whether the armed act ``span`` (tokens) in the sentence ``sent`` is an army's operation, an
    event though no opponent is named: its doer is a military actor (فوج نے شمالی وزیرستان میں کامیاب
    آپریشن کیا, سکیورٹی فورسز نے آپریشن شروع کر دیا), the act is called military (فوجی آپریشن), or an
    operation is told in the passive with neither doer nor target (سوات میں راہ حق آپریشن شروع کیا گیا
    تھا, 2200 سے زائد انٹیلی جنس آپریشن کئے جا چکے ہیں: the state's forces', unnamed as a passive
    leaves them — blind34 and uner_blind3 code all three) where the sentence tells of no surgery
    (``news_words.tsv`` roles ``medical``, ``treatment``, ``treated``). A search or a rescue (role
    ``unarmed_operation``: سرچ آپریشن, ریسکیو آپریشن) is none."""
    (s0, s1), (a, b) = sent, span
    lx = r.lex
    if a > s0 and r.forms[a - 1] in lx.words("unarmed_operation"):
        return False
    noun = r.actor_noun_at(a - 1) if a > s0 else None
    if _actor_role(r, actor1) == "MIL" or (noun is not None and noun.role == "MIL"):
        return True
    medical = lx.words("medical") | lx.words("treatment") | lx.words("treated")
    return (actor1.null and actor2.null and r.forms[a] in lx.words("operation_noun") and _passive(r, b, s1)
            and not any(f in medical for f in r.forms[s0:s1]))


def _is_actor(r: NewsReader, actor: Actor) -> bool:
    """An entity, or a phrase with an actor noun (پولیس, ممالک is not one: only listed nouns) or
    headed by a relative or supporter (صلاح الدین کا بیٹا, news_words role ``relation``)."""
    if actor.entity is not None:
        return True
    return actor.span is not None and (actor_noun(r, actor.span) is not None
                                       or r.forms[actor.span.token_end - 1] in r.lex.words("relation"))


def _names_people(r: NewsReader, span: Span) -> bool:
    """Whether words with no entity still name people: an actor noun, a name the recognizer missed
    (PROPN), a one-word office title of the knowledge base (سفیر), or an agentive phrase (جنگ لڑنے
    والوں: those who fought)."""
    words = range(span.token_start, span.token_end)
    return (actor_noun(r, span) is not None or any(r.upos[u] == "PROPN" for u in words)
            or any(r.forms[u] in r.lex.title_words for u in words)
            or r.forms[span.token_end - 1] in r.lex.words("agentive_noun"))


def _gap_actor(r: NewsReader, gs: int, ge: int) -> Actor:
    """The actor in a trigger's gap ``[gs, ge)``: the entity that ends it, else its words."""
    for k in r.ending.get(ge, []):
        if r.ents[k].label in ACTOR_LABELS and r.ents[k].span.token_start >= gs:
            return Actor(r.resolve(k))
    return _actor_np(r, gs, ge, None)


def _first_conjunct_actor(r: NewsReader, k: int | None, first: int, end: int, lo: int) -> Actor:
    """The actor of the phrase ``[first, end)`` (entity ``k``) before a genitive that marks a doer (X
    کی جانب سے, X کے بیان میں): when the phrase ends a coordination (جرمنی اور بھارت کی طرف سے, بھارتی
    فوج اور پولیس کی جانب سے), its first conjunct, as the guideline codes a coordinated actor."""
    k1, f1 = r._first_conjunct(k, first, lo)
    if (k1, f1) != (k, first):
        end = r.ents[k1].span.token_end if k1 is not None else r.conjunct_end(f1, end)
        k, first = k1, f1
    actor = _actor_np(r, first, end, k)
    s = actor.span.token_start if actor.entity is None and actor.span is not None else first
    if s < first and s - 1 > lo and r.forms[s - 1] in r.lex.words("and"):
        # X اور حریت کانفرنس کے رہنماؤں کی قیادت میں: a phrase taken with its owner (the leaders of
        # the Hurriyat) after اور is the last conjunct; the named first one codes the coordination
        named = [j for j in r.ending.get(s - 1, []) if r.ents[j].label in ACTOR_LABELS]
        if named:
            k2, _ = r._first_conjunct(named[0], r.ents[named[0]].span.token_start, lo)
            return Actor(r.resolve(k2 if k2 is not None else named[0]))
    return actor


def _agentive(r: NewsReader, lo: int, a: int, *, deed: bool = False) -> Actor:
    """The agent named by ``X کی جانب سے`` / ``X کی طرف سے`` (by X) in ``[lo, a)``, for a clause
    without نے (a passive, or Y کو X کی جانب سے دھمکیاں ملیں) — or by ``X کی قیادت میں`` (led by X:
    … کی قیادت میں احتجاجی ریلی نکالی گئی; ``کی سربراہی میں``; but not ``X کی زیر قیادت Y``, X-led
    Y, where Y is the agent) — or, with ``deed``, the doer of the deed that is praised or thanked for
    (بینک کی طرف سے … فنڈز فراہم کرنے کی تعریف کی)."""
    lx = r.lex
    agentive, leading = lx.words("agentive"), lx.words("leadership")
    for t in range(lo + 1, a - 1):
        if not deed and any(r.upos[v] == "VERB" and not _complement_verb(r, v) and not (
                v + 1 < a and r.forms[v + 1] in lx.words("participle")) for v in range(t + 2, a)):
            # the phrase belongs to an earlier verb (X کی جانب سے دھمکیاں ملنے کے بعد …) — not to a
            # conjunctive participle, whose doer is the act's (X کی جانب سے … چیلنج کرتے ہوئے درخواست
            # داخل کی گئی)
            continue
        led = not deed and r.forms[t] in leading and r.forms[t + 1] in lx.words("locative_in")
        if r.forms[t - 1] in r.genitive and (
                led or (r.forms[t] in agentive and r.forms[t + 1] in lx.words("ablative"))):
            k, first, pron = r.np_before(t - 1, lo)
            if pron:
                ante = r.antecedent(first)
                return Actor(ante) if ante is not None else NO_ACTOR
            return _first_conjunct_actor(r, k, first, t - 1, lo)  # جرمنی اور بھارت کی طرف سے
    return NO_ACTOR


#: Postpositional nouns after an infinitive's کے that make it a clause of time or concession (ملنے کے
#: بعد), not a complement of the act.
_CLAUSE_NOUNS = frozenset({"بعد", "دوران", "باوجود", "بجائے", "علاوہ"})
#: Postpositions besides the genitive that attach an infinitive to the act (نہ دینے پر: for not giving).
_COMPLEMENT_MARKERS = frozenset({_ON, "میں"})


def _complement_verb(r: NewsReader, v: int) -> bool:
    """Whether verb ``v`` is an infinitive inside the act's own complement (… جرمانہ کرنے کی دھمکی
    دی گئی, … معلومات نہ دینے پر): marked by a genitive or پر, not opening a clause of time (ملنے کے
    بعد)."""
    if not _infinitive(r, v) or v + 2 >= len(r.forms):
        return False
    return (r.forms[v + 1] in r.genitive or r.forms[v + 1] in _COMPLEMENT_MARKERS) and (
        r.forms[v + 2] not in _CLAUSE_NOUNS)


def _statement_source(r: NewsReader, lo: int, a: int, *, violent: bool = False,
                      report: bool = False) -> Actor:
    """The body whose statement reports a passive act: ``X کے (جاری کردہ) بیان میں … خبردار کیا
    گیا`` (in the statement X issued, … was warned) — X acted; with ``violent``, also the force whose
    operation did a violent passive act: ``X کی (جوابی) کارروائی میں … ہلاک کر دیا گیا``. With
    ``report`` (a passive speech cue) also the body whose report says it (``X کی جانب سے جاری ایک
    تازہ رپورٹ میں بتایا گیا``): a report speaks for its writer, but the deeds it tells are others'."""
    lx = r.lex
    nouns = (lx.words("statement_noun") | (lx.words("operation_noun") if violent else frozenset())
             | (lx.words("report_noun") if report else frozenset()))
    skip = lx.words("issued") | (lx.words("operation_manner") if violent else frozenset())
    for t in range(lo + 1, a - 1):
        if r.forms[t] not in nouns or r.forms[t + 1] not in lx.words("locative_in"):
            continue
        g = t - 1
        while g > lo and r.forms[g] in skip:
            g -= 1  # جاری, جاری کردہ, جاری ہونے والے; جوابی, فوری
        if g - 2 > lo and r.forms[g] in lx.words("ablative") and r.forms[g - 1] in lx.words("agentive") and (
                r.forms[g - 2] in r.genitive):
            g -= 2  # X کی جانب سے جاری ہونے والے بیان میں: the statement X issued
        if g > lo and r.forms[g] in r.genitive:
            k, first, pron = r.np_before(g, lo)
            if pron:
                ante = r.antecedent(first)
                return Actor(ante) if ante is not None else NO_ACTOR
            found = _first_conjunct_actor(r, k, first, g, lo)  # X اور Y کے مشترکہ بیان میں: X
            return found if not violent or _is_actor(r, found) else NO_ACTOR
    return NO_ACTOR if violent else _writer(r, lo, a)


def _writer(r: NewsReader, lo: int, a: int) -> Actor:
    """The one who wrote or issued the letter, statement or message, or ran the campaign, that a
    relative جس میں in ``[lo, a)`` opens: ``X نے … کو خط لکھا جس میں … اپیل کی گئی`` — X appealed in it;
    ``X نے مہم چلائی تھی جس میں خواتین پر زور دیا گیا``; a letter's named owner over the one who
    brought it (:func:`_letter_owner`)."""
    lx = r.lex
    for t in range(a - 2, lo, -1):
        if r.forms[t] != _WHICH or r.forms[t + 1] not in lx.words("locative_in"):
            continue
        noun = _written_noun(r, lo, t)
        if noun < 0:
            return NO_ACTOR
        owner = _letter_owner(r, lo, noun)
        if owner is not None:
            return owner
        for m in range(noun - 1, lo - 1, -1):
            if r.is_erg(m):
                # (the agent's name may run back past the clause's opening: ’ ویمن ٹو ڈرائیو ‘ نے)
                k, first, pron = r.np_before(r.agent_end(m), min(lo, max(0, r.sentence_start(m))))
                if pron:
                    ante = r.antecedent(first)
                    return Actor(ante) if ante is not None else NO_ACTOR
                return _actor_np(r, first, r.agent_end(m), k)
        return NO_ACTOR
    return NO_ACTOR


def _written_noun(r: NewsReader, lo: int, which: int) -> int:
    """The letter, statement, message or campaign noun (``news_words.tsv`` roles ``statement_noun``,
    ``letter_noun``, ``campaign_noun``) that the relative جس at ``which`` follows, up to four words
    before it (خط پہنچایا جس میں, مہم چلائی تھی جس میں); -1 when there is none."""
    lx = r.lex
    written = lx.words("statement_noun") | lx.words("letter_noun") | lx.words("campaign_noun")
    return next((u for u in range(which - 1, max(lo, which - 5) - 1, -1) if r.forms[u] in written), -1)


def _letter_owner(r: NewsReader, lo: int, noun: int) -> Actor | None:
    """The owner a genitive names for the letter or message at ``noun``: ``… کو چینی صدر کا خط پہنچایا
    جس میں انہوں نے … سراہا`` — the president wrote it, the ambassador only brought it; None when no
    genitive owner that names an actor stands before it."""
    if noun - 1 <= lo or r.forms[noun] not in r.lex.words("letter_noun") or (
            r.forms[noun - 1] not in r.genitive):
        return None
    k, first, pron = r.np_before(noun - 1, lo)
    if pron or first >= noun - 1:
        return None
    if k is not None and r.ents[k].source == DEMONYM_SOURCE and r.ents[k].span.token_end < noun - 1:
        k = None  # چینی صدر کا خط: the demonym qualifies the office, whose holder wrote it
    found = _actor_np(r, first, noun - 1, k)
    titled = found.span is not None and r.forms[found.span.token_end - 1] in r.lex.title_words
    return found if titled or _is_actor(r, found) else None


def _accused(r: NewsReader, b: int, s1: int, actor1: Actor) -> Actor:
    """The agent of the clause an accusation introduces (الزام لگایا کہ سوڈانی فوجیوں نے …)."""
    t = b
    while t < s1 and r.forms[t] in r.aux:
        t += 1
    if t >= s1 or r.forms[t] not in r.lex.words("complementizer"):
        return NO_ACTOR
    for m in range(t + 1, min(s1, t + 16)):
        if r.is_erg(m):
            k, first, pron = r.np_before(r.agent_end(m), t + 1)
            if pron:
                return NO_ACTOR
            end = r.agent_end(m)
            k1, f1 = r._first_conjunct(k, first, t + 1)  # X اور Y نے: the first named conjunct
            if k1 is not None and k1 != k:
                k, first, end = k1, f1, r.ents[k1].span.token_end
            found = _actor_np(r, first, end, k)
            # … کے فیصلے کرنے کے انداز نے: a manner, a thing is no one accused
            return NO_ACTOR if r.same(found.entity, actor1.entity) or not _is_actor(r, found) else found
    found = _opening_subject(r, t + 1, s1)
    return NO_ACTOR if r.same(found.entity, actor1.entity) else found


def _opening_subject(r: NewsReader, first: int, s1: int) -> Actor:
    """The actor that opens the clause at ``first`` with no postposition after it: its subject (شکایت
    کی کہ گریٹر بلدیہ … لاپرواہی کا مظاہرہ کر رہا ہے, الزام عائد کیا کہ یہ عناصر … بانٹنا چاہتے ہیں); a
    determiner before it is passed over. An entity or an actor noun, else no one."""
    while first + 1 < s1 and r.upos[first] in ("DET", "PRON") and r.upos[first + 1] in ("NOUN", "PROPN"):
        first += 1  # یہ عناصر: these elements (a pronoun before a noun is its determiner)
    named = r.entities_from(first)
    k = next((k for k in named if r.ents[k].label in ACTOR_LABELS), None)
    if k is not None:
        end = r.ents[k].span.token_end
    elif not named:
        # گریٹر بلدیہ: the phrase's first actor noun, up to its third word, ends it (سکیورٹی فورسز:
        # a two-word one at its second)
        head = next((u for u in range(first, min(s1, first + 3)) if r.actor_noun_at(u) is not None), -1)
        if head < 0 or any(r.upos[u] not in ("NOUN", "PROPN", "ADJ") for u in range(first, head + 1)):
            return NO_ACTOR
        end = head + 1
    else:
        return NO_ACTOR
    if end >= s1 or r.upos[end] in ("ADP", "PUNCT") or r.forms[end] in r.genitive:
        return NO_ACTOR  # … کہ ضلع میں, … کہ پولیس کا راج: no subject
    found = _actor_np(r, first, end, k)
    return found if _is_actor(r, found) else NO_ACTOR


def _to_oneself(r: NewsReader, floor: int, a: int, b: int, s1: int) -> bool:
    """Whether the object of the act at ``[a, b)`` is its doer himself: the last object marker (کو, or
    پر: خود پر فائرنگ کر دی) in ``[floor, a)`` comes right after a reflexive (news_words role ``self``:
    خود کو), or the conjunctive participle that ends the act goes on with one (فائرنگ کر کے خود کو
    زخمی کر دیا: COUNTER 0587)."""
    objects, own = r.lex.words("object"), r.lex.words("self")
    markers = objects | {_ON}
    t = next((u for u in range(a - 1, floor, -1) if r.forms[u] in markers), -1)
    if t > floor and r.forms[t - 1] in own:
        return True
    conj = r.lex.words("conjunctive")
    u = b
    while u < min(s1, b + 2) and r.forms[u] in conj:
        u += 1
    joined = r.forms[b - 1] in conj or u > b
    return joined and u + 1 < s1 and r.forms[u] in own and r.forms[u + 1] in objects


def _object_markers(r: NewsReader) -> tuple[tuple[str, ...], ...]:
    """The object marker (کو) as a target pattern."""
    return tuple((w,) for w in sorted(r.lex.words("object")))


def _bracketed(r: NewsReader, k: int) -> bool:
    """Whether entity ``k`` stands in brackets: a dateline's news agency (اے پی پی), an abbreviation
    after a name — a label, not the clause's subject."""
    e = r.ents[k]
    inside = r.forms[e.span.token_start:e.span.token_end]
    if C.LEFT_PARENTHESIS in inside or C.RIGHT_PARENTHESIS in inside:
        return True
    before = r.forms[e.span.token_start - 1] if e.span.token_start > 0 else ""
    after = r.forms[e.span.token_end] if e.span.token_end < len(r.forms) else ""
    return before == C.LEFT_PARENTHESIS and after == C.RIGHT_PARENTHESIS


def _unmarked_we(r: NewsReader, lo: int, a: int) -> bool:
    """Whether an unmarked first-person pronoun (ہم, no postposition after it) stands in ``[lo, a)``:
    the subject of the clause ending at ``a``, whatever an unpunctuated sentence named before it (… کی
    حمایت نہیں کر رہے ہم قانون کی حمایت کرتے ہیں; … گزر رہے ہیں تاہم ہم انہیں یقین دلاتے ہیں کہ)."""
    return any(r.forms[t] in r.first_person and not (t + 1 < a and r.upos[t + 1] == "ADP")
               for t in range(lo, a))


def _subject_since_agent(r: NewsReader, pron: int) -> int | None:
    """The person an unmarked pronoun subject at ``pron`` (وہ) continues when its sentence named one as
    an unmarked subject after the last agent or speaker: X نے کہا کہ شہباز شریف … متاثرین کے ساتھ ہیں،
    وہ خود … دورہ کر رہے ہیں (Shahbaz, not the speaker X). The person heads a clause of its own: no
    postposition follows its mention."""
    since = max((p for p, _ in r.agents if p < pron), default=-1)
    floor = max(since + 1, r.sentence_start(pron))
    for end in range(pron, floor, -1):  # the mention nearest the pronoun first
        for k in r.ending.get(end, []):
            e = r.ents[k]
            if e.span.token_start >= floor and e.label == "PERSON" and not (
                    end < pron and r.upos[end] == "ADP"):
                return r.resolve(k)
    return None


def _first_actor(r: NewsReader, lo: int, a: int, quote: Quote | None) -> Actor:
    """The subject of a clause without نے (present tense, intransitive): its first pronoun, entity or
    actor noun phrase."""
    if _unmarked_we(r, lo, a):
        return _speaker_actor(quote)
    for t in range(lo, a):
        f = r.forms[t]
        if f in r.first_person:
            return _speaker_actor(quote)
        if f in r.pronouns and r.upos[t] != "DET":  # اس اندوہناک واقعے: a determiner, no subject
            if t + 1 < a and r.upos[t + 1] == "ADP" and r.forms[t + 1] not in r.genitive:
                continue  # اس سے قبل داعش … قتل کر چکی ہے: an oblique pronoun before سے/کو/پر is no subject
            ante = _subject_since_agent(r, t)
            if ante is None:
                ante = r.antecedent(t)
            return Actor(ante) if ante is not None else NO_ACTOR
        ks = [k for k in r.ending.get(t + 1, []) if r.ents[k].label in ACTOR_LABELS
              and r.ents[k].span.token_start >= lo and not _bracketed(r, k) and not _dateline(r, k)
              and not _source_of(r, t + 1, a)]
        if ks and r.ents[ks[0]].source == DEMONYM_SOURCE:
            if t + 1 in r.entity_starts:
                continue  # اسرائیلی صدر ریوین ایولین: the demonym modifies the title and name after it
            j = r.np_after(t + 1, a)
            if j > t + 1 and j < a and r.upos[j] == "ADP":
                continue  # امریکی صحافی کو: the demonym modifies an object
        if ks and t + 2 < a and r.forms[t + 1] in r.lex.words("and"):
            # تحریک انصاف اور عوامی تحریک کے کارکنوں کیخلاف: the first of two conjuncts that a
            # postposition follows is part of that phrase too
            j = r.np_after(t + 2, a)
            if j > t + 2 and j < a and r.upos[j] == "ADP" and r.forms[j] not in r.genitive:
                continue
            if j > t + 2 and j + 1 < a and r.forms[j] in r.genitive:
                j2 = r.np_after(j + 1, a)
                if j2 < a and r.upos[j2] == "ADP":
                    continue
        # the subject is unmarked: a phrase followed by a postposition (پاک فوج کو) is not it
        if ks and t + 2 < a and r.forms[t + 1] in r.lex.words("place_noun") and r.upos[t + 2] == "ADP":
            continue  # بنوں شہر میں: a place named with its kind is where, not who
        if ks and t + 1 < a and r.ents[ks[0]].label == "LOCATION" and r.upos[t + 1] == "VERB" and (
                (r.lemmas[t + 1] or "") in r.lex.words("intransitive")):
            continue  # اسلام آباد پہنچ کر دھرنا دیا: a place before a verb of motion is where one went
        if t + 2 < a and r.forms[t + 1] in r.lex.words("throughout") and r.upos[t + 2] == "ADP" and (
                ks or r.actor_noun_at(t) is not None):
            # X بھر میں, X بھر کے Y (all over X): X, a name or an actor noun (ملک), is where, not who;
            # the search goes on to Y (ملک بھر کے عوام احتجاج کر رہے ہیں), which an object's postposition
            # passes by as any other (پنجاب بھر کے تمام اضلاع کو وفاقی حکومت … فراہم کر رہی ہے)
            continue
        if ks and not (t + 1 < a and r.upos[t + 1] == "ADP"):
            j = r.np_after(t + 1, a) if t + 1 in r.entity_starts else a
            if (j < a and not r.is_person(r.resolve(ks[0]))
                    and r.upos[j] == "ADP" and r.forms[j] not in r.genitive
                    and any(f in r.genitive for f in r.forms[t + 1:j])):
                # تحریک انصاف سمیت راولپنڈی اسلام آباد کی تمام عوام کو … دعوت دی: two places named side
                # by side own a phrase a postposition marks, no subject (but a person named before a
                # phrase, جنرل راحیل شریف انڈونیشیاکے دفاعی حکام کی دعوت پر دورہ کر رہے ہیں, is one)
                continue
            return Actor(r.resolve(ks[0]))
        if ks and t + 2 < a and r.forms[t + 1] in r.genitive:
            # بوکو حرام کے سینکڑوں جنگجو … حملہ آور ہوئے: the owner of an unmarked subject acts —
            # unless the head names a person (بری فوج کے سربراہ جنرل راحیل شریف … دورے پر ہیں)
            j = _head_end(r, t + 2, a)
            if j > t + 2 and not (j < a and r.upos[j] == "ADP"):
                head = next((k for u in range(t + 3, j + 1) for k in r.ending.get(u, [])
                             if r.ents[k].span.token_start >= t + 2 and r.is_person(r.resolve(k))), None)
                return Actor(r.resolve(head if head is not None else ks[0]))
        noun = r.actor_noun_at(t)
        if noun is not None:
            # a two-word entry (ارکان اسمبلی) is found at its last word; the phrase starts at its first
            start = max(lo, t - noun.word.count(" "))
            if t > lo and r.forms[t - 1] in r.lex.words("determiner"):
                # یہ ایوان میڈیا کے نمائندوں پر حملوں کی مذمت کرتا ہے: a determined noun is a whole
                # phrase, and the words after it begin the object
                found = _actor_np(r, t, t + 1, None)
                if not found.null:
                    return found
            j = _head_end(r, t, a)
            # طالبان مذاکرات پر رضامند: an unmarked subject runs into the event noun after it
            j = next((u for u in range(t + 1, j) if _event_head(r, u)), j)
            # مظاہرین اس وقت سڑکوں پر نکلے: a demonstrative opens the next phrase (a time here)
            j = next((u for u in range(t + 1, j) if r.upos[u] == "DET"), j)
            if not (j < a and r.upos[j] == "ADP"):
                while j - 1 > start and r.forms[j - 1] in r.genitive:
                    j -= 1  # رکن ممالک کا یہ اتفاق رائے ہے: the owner's words end before its genitive
                return Actor(None, r.doc.token_span(start, j))
            after = r.actor_noun_at(t + 1)
            if j > t + 1 and r.upos[t + 1] in ("NOUN", "PROPN") and not _source_of(r, t + 1, a) and not (
                    after is not None and " " in after.word):
                # ہزاروں افراد حکومت کے خلاف سڑکوں پر نکل آئے: the subject ends at its noun, and
                # the phrase after it is the postposition's — unless the next word goes on with the
                # same actor (پولیس اہلکار کو: one phrase, the object)
                return Actor(None, r.doc.token_span(start, t + 1))
    return NO_ACTOR


def _unmarked_subject(r: NewsReader, clause: int, a: int, quote: Quote | None) -> Actor:
    """The unmarked subject of the trigger at ``a`` (:func:`_first_actor`), looked for first in the
    clause that follows the last finite verb before it — the verb ends a clause, whether اور follows
    (… جھکا ہوا ہے اور شدت پسند اس کا سر قلم کر رہے ہیں) or nothing (… دنیا خاموش ہے اسرائیل معصوم
    فلسطینیوں کو … نشانہ بنا رہا ہے) — and, when that clause names none (its subject is shared: … جا
    رہے ہیں اور حکومت سے مطالبہ کر رہے ہیں), in the whole clause from ``clause``."""
    since = _after_finite(r, clause, a)
    if since > clause:
        found = _first_actor(r, since, a, quote)
        if not found.null:
            return found
    return _first_actor(r, clause, a, quote)


def _after_finite(r: NewsReader, clause: int, a: int) -> int:
    """Where the clause after the last finite auxiliary (``news_words.tsv`` role ``auxiliary``: ہے,
    تھے, گیا) in ``[clause, a)`` begins, past a conjunction after it (اور, لیکن); ``clause`` when none
    stands there."""
    joining = r.joining
    for t in range(a - 2, clause - 1, -1):
        if r.upos[t] == "AUX" and r.forms[t] in r.aux and r.forms[t + 1] not in r.aux and (
                r.upos[t + 1] != "AUX"):
            u = t + 1
            while u < a and (r.forms[u] in joining or r.upos[u] in ("CCONJ", "PUNCT")):
                u += 1
            return u
    return clause


def _phrase_referred_to(r: NewsReader, first: int, end: int) -> Actor | None:
    """What a one-word actor phrase refers back to, within the three sentences before: with a
    determiner, the earlier phrase that named the same noun (ان رہنماؤں کی جانب سے after جرمنی، فرانس
    اور روس کے رہنماؤں کے ساتھ: those leaders, in those words); a house, with or without one (یہ ایوان …
    مذمت کرتا ہے in a resolution moved in قومی اسمبلی), the legislature named last."""
    if end - first != 1 or first == 0 or r.upos[first] not in ("NOUN", "PROPN"):
        return None
    lo = r.sent_starts[max(0, r.sentence_of(first) - 3)] if r.sent_starts else 0
    determiner = r.lex.words("determiner")
    if r.forms[first - 1] in determiner:
        for t in range(first - 2, lo - 1, -1):
            if r.forms[t] == r.forms[first] and (t == 0 or r.forms[t - 1] not in determiner):
                _, start, pron = r.np_before(t + 1, lo)
                return Actor(None, r.doc.token_span(t if pron else min(start, t), t + 1))
    house = r.lex.words("legislature")
    if r.forms[first] in house:  # (also bare: ایوان کی تجاویز کا خیر مقدم)
        named = [k for k, e in enumerate(r.ents) if e.label == "ORGANIZATION" and lo <= e.span.token_start
                 and e.span.token_end <= first - 1 and r.forms[e.span.token_end - 1] in house]
        if named:
            return Actor(r.resolve(named[-1]))
    return None


def _head_end(r: NewsReader, i: int, a: int) -> int:
    """The end of the noun phrase that starts at ``i`` (:meth:`NewsReader.np_after`), cut after its
    first actor noun (and the actor nouns right after it: پولیس اہلکاروں) when a new phrase follows
    it unmarked — بوکو حرام کے جنگجو | متعدد شہروں پر: the object's words are not the subject's."""
    j = r.np_after(i, a)
    while j + 1 < a and r.forms[j] in r.lex.words("and") and r.upos[j - 1] == "ADJ" and (
            r.upos[j + 1] == "ADJ"):
        j = r.np_after(j + 1, a)  # حکومت کے معاشی اور ترقیاتی ایجنڈے کی: two adjectives of one noun
    for u in range(i, j):
        if r.actor_noun_at(u) is not None:
            v = u + 1
            while v < j and r.actor_noun_at(v) is not None:
                v += 1
            # a quantifier, number, name or determiner after the head opens the next phrase; a plain
            # noun makes a compound with it (میڈیا رپورٹس: media reports)
            return v if v < j and r.upos[v] in ("ADJ", "NUM", "DET", "PROPN") else j
    return j


def _source_of(r: NewsReader, end: int, a: int) -> bool:
    """Whether the phrase that runs on from token ``end`` is a report's source (کشمیر میڈیا سروس کے
    مطابق: according to …), which names no actor of the event."""
    j = r.np_after(end, a) if end < a else end
    return j + 1 < a and r.forms[j] in r.genitive and r.forms[j + 1] in r.lex.words("sourcing")


def actor_noun(r: NewsReader, span: Span) -> ActorNoun | None:
    """The actor-noun lexicon entry of a phrase (its last listed word), if any; a personnel noun
    (``personnel`` in news_words.tsv: اہلکار, افسران, حکام) or a member noun (``member_noun``: عناصر)
    right after another listed word, or after it and a genitive, is that word's kind (پولیس افسران: COP;
    فوجی حکام: MIL; شرپسند عناصر: REB; طالبان کے کمانڈر: REB)."""
    for t in range(span.token_end - 1, span.token_start - 1, -1):
        hit = r.actor_noun_at(t)
        if hit is not None:
            if t - 1 >= span.token_start and (
                    r.word_in(t, r.lex.words("personnel")) or r.word_in(t, r.lex.words("member_noun"))):
                # (or with a genitive between: طالبان کے کمانڈر, فوج کے افسران)
                u = t - 2 if t - 2 >= span.token_start and r.forms[t - 1] in r.genitive else t - 1
                before = r.actor_noun_at(u)
                if before is not None and before.role != hit.role:
                    return before
            return hit
    return None


def _is_state(r: NewsReader, actor: Actor) -> bool | None:
    """Whether an actor is a state (a country, or an armed force, police or government actor);
    None when its kind is not known."""
    if actor.entity is not None:
        e = r.ents[actor.entity]
        if e.label == "LOCATION" and e.source == DEMONYM_SOURCE:
            # بھارتی فوجیوں: a state force; جاپانی شہریوں: people, not the state
            end = e.span.token_end
            # the noun after it, or a two-word one found at its last word (اسرائیلی جنگی طیاروں,
            # ہندوستانی سیکورٹی فورسز)
            noun = next((hit for t in range(end, min(len(r.forms), end + 2))
                         if (hit := r.actor_noun_at(t)) is not None), None)
            if noun is None and any(r.forms[t] in r.lex.words("state_post")
                                    for t in range(end, min(len(r.forms), end + 2))):
                return True  # پاکستانی سرحدی چوکی: a country's border post is the state
            return None if noun is None else noun.role in STATE_FORCE_ROLES
        if e.label == "LOCATION":
            # a country is a state; a town or district (بورنو شہر) is where people live, not a side —
            # unless the name is a force's place (جی ایچ کیو, … ایئر بیس)
            if e.kb_id in r.lex.countries:
                return True
            noun = actor_noun(r, e.span)
            return True if noun is not None and noun.role in STATE_FORCE_ROLES else None
        role = e.role or _entity_role(r, actor.entity)
        if role is None:  # پولیس, فوج tagged as an organisation: the actor noun says what it is
            noun = actor_noun(r, e.span)
            role = noun.role if noun is not None else None
        if role is None and e.label == "PERSON" and not _titled(r, actor.entity):
            return False  # a person named without office or title: a private individual
        if role is None:
            return None
        return role in STATE_FORCE_ROLES  # a known non-state role (REB: بوکو حرام) is no state
    if actor.span is not None:
        noun = actor_noun(r, actor.span)
        return None if noun is None else noun.role in STATE_FORCE_ROLES
    return None


def _actor_role(r: NewsReader, actor: Actor) -> str | None:
    """The CAMEO role of an actor: its entity's (linked, or its actor noun's: طالبان), or its common
    noun phrase's (دہشت گرد); None when not known."""
    if actor.entity is not None:
        e = r.ents[actor.entity]
        role = e.role or _entity_role(r, actor.entity)
        if role is not None:
            return role
        noun = actor_noun(r, e.span)
        if noun is None and e.label == "PERSON" and e.span.token_start > 0:
            noun = r.actor_noun_at(e.span.token_start - 1)  # شدت پسند عبدالقدیر حکیم: the noun in apposition
        return noun.role if noun is not None else None
    if actor.span is not None:
        noun = actor_noun(r, actor.span)
        return noun.role if noun is not None else None
    return None


def _titled(r: NewsReader, k: int) -> bool:
    """Whether a PERSON has a TITLE in its linker group (an office-holder, an officer)."""
    g = r.ents[k].group
    return g is not None and any(e.group == g and e.label == "TITLE" for e in r.ents)


def _assault_or_fight(r: NewsReader, code: str, actor1: Actor, actor2: Actor, *,
                      in_operation: bool = False, military_object: bool = False) -> str:
    """CAMEO separates ASSAULT (18x: unconventional violence) from FIGHT (19x: conventional force):
    violence where either side is a state (a country, its forces, police or government) is 19x, and
    so is violence with no agent named on militants or inside an operation (``in_operation``:
    آپریشن میں … نشانہ بنایا جا رہا ہے); violence by a known non-state actor (civilians, protesters,
    militants), or by an unnamed one, on a named target that is no state (پیرس, ایئرپورٹ) is 18x;
    otherwise the lexicon's code stands. Abduction (181) stays ASSAULT, as CAMEO has it."""
    if code == "140" and _is_state(r, actor1):
        # شمالی کوریا نے شدید احتجاج کیا: a state protests officially (CAMEO 114); a rally or a
        # demonstration (141: … کی قیادت میں ریلی نکالی گئی) is one whoever leads it
        return "114"
    if code[:2] not in VIOLENT_ROOTS:
        return code
    if code == "181":  # abduction, hostage-taking: ASSAULT whoever is taken (… پولیس اہلکاروں کو اغوا)
        return code
    if code.startswith("18") and not _is_actor(r, actor2) and _actor_role(r, actor1) == "OPP":
        # مظاہرین نے پتھرائو کیا اور کئی کاروں کو نذر آتش کردیا: protesters' violence on no one is a
        # riot, CAMEO 145 protest violently (on a state's force it stays 19: blind6)
        return "145"
    s1, s2 = _is_state(r, actor1), _is_state(r, actor2)
    if actor2.null and military_object:
        s2 = True  # داعش نے … ایک فوجی ہیلی کاپٹر مار گرایا: a force's aircraft, no actor but the state's
    if (s1 or s2) and code.startswith("18"):
        return "190"
    if actor1.null and (in_operation or _actor_role(r, actor2) == "REB"):
        # چار دہشت گرد مارے گئے, آپریشن میں … نشانہ بنایا: militants killed with no killer named,
        # or anyone struck in an operation, fall to the state's force (CAMEO 19), as the gold sets code them
        return "190" if code.startswith("18") else code
    # a known non-state attacker, or an unknown one on a named target that is no state (a town, an
    # airport, a party: UNER's annotators and blind6, 10); only the generic code: 192 (occupy
    # territory) and 195 (air strikes) keep their meaning
    if (s1 is False or (s1 is None and (s2 is False or (s2 is None and not actor2.null)))) and (
            not s2 and code == "190"):
        return "180"
    return code


def _military_object(r: NewsReader, s0: int, a: int) -> bool:
    """Whether the words right before a violent trigger at ``a`` name a state force's thing or people
    (ایک فوجی ہیلی کاپٹر مار گرایا, فوجی قافلے پر حملہ کیا): an actor noun of a state force among the
    three words before it, with no ergative among them (فوج نے حملہ کیا names the attacker)."""
    window = range(max(s0, a - 3), a)
    if any(r.is_erg(t) for t in window):
        return False
    return any((hit := r.actor_noun_at(t)) is not None and hit.role in STATE_FORCE_ROLES for t in window)


def _state_casualties(r: NewsReader, b: int, s1: int) -> bool:
    """Whether the clause that tells the toll of a violent trigger ending at ``b`` counts a state
    force's people among it: a relative with میں or کے نتیجے میں right after the trigger (جس میں, جس
    کے نتیجے میں) and an actor noun of a state force in that clause (… سڑک کنارے نصب بارودی مواد کے
    دو دھماکے کئے گئے جس میں دس ایف سی اہلکار زخمی ہو گئے: the blasts struck the force)."""
    lx = r.lex
    relative = r.relatives
    for t in range(b, min(s1, b + 4)):
        if r.upos[t] == "PUNCT":
            return False
        if r.forms[t] in relative:
            if not _result_clause(r, t, s1):
                return False
            for u in range(t + 1, s1):  # up to that clause's verb (… زخمی ہو گئے)
                if r.upos[u] in ("PUNCT", "VERB", "AUX", "CCONJ", "SCONJ") or r.is_erg(u) or (
                        r.forms[u] in lx.words("narrator")):
                    return False
                hit = r.actor_noun_at(u)
                if hit is not None and hit.role in STATE_FORCE_ROLES:
                    return True
            return False
    return False


def _entity_role(r: NewsReader, k: int) -> str | None:
    if r.roles is None:
        r.roles = entity_roles(r.doc, r.lex)
    return r.roles[k][0] if k in r.roles else None


def _place_and_time(r: NewsReader, s0: int, s1: int, *, code: str, actor1: Actor, actor2: Actor,
                    ) -> tuple[int | None, int | None]:
    """Where and when the event coded ``code`` in the sentence ``[s0, s1)`` happened (entity indices):
    the first place before میں (or before a genitive and a part of it) and the first DATE/TIME, neither
    an actor; else, for a visit, the place visited and, for violence, a town or region struck (actor
    2: کابل کا دورہ کیا, بورنو پر حملہ کیا — a country struck is a side, not a place: بھارت کو منہ توڑ
    جواب دیا)."""
    location = time = filed = None
    actors = {actor1.entity, actor2.entity}
    for k, e in enumerate(r.ents):
        ts = e.span.token_start
        if not s0 <= ts < s1 or k in actors:
            continue
        if e.label in ("DATE", "TIME") and e.source == DATELINE_SOURCE:
            filed = k if filed is None else filed  # the day the report was filed: when nothing else says
        elif e.label in ("DATE", "TIME") and time is None:
            time = k
        elif e.label == "LOCATION" and location is None and e.span.token_end < s1 and (
                r.forms[e.span.token_end] in r.lex.words("locative")
                or _part_of_place(r, e.span.token_end, s1)):
            location = k
    if location is None and actor2.entity is not None and _a_place(r, actor2.entity) and (
            code in VISIT_CODES or (code[:2] in VIOLENT_ROOTS
                                    and r.ents[actor2.entity].kb_id not in r.lex.countries)):
        location = actor2.entity
    if filed is not None:
        # a dateline's day (the day the report was filed) gives way to a day the sentence names up to
        # the day after it (… نے پیر کو ملاقات کی), not to a year, a month or a later day (a deadline)
        fs = r.ents[filed].span
        day = next((x.value for x in r.doc.dates if _overlaps(x.span, fs)), None)
        if time is not None:
            own = r.ents[time].span
            named = any(_overlaps(x.span, own) and _names_filed_day(x.value, day) for x in r.doc.dates)
            time = time if named else filed
        elif any(s0 <= x.span.token_start < s1 and not _overlaps(x.span, fs)
                 and _names_filed_day(x.value, day) for x in r.doc.dates):
            filed = None  # the date reader's Monday (a weekday is no DATE entity): event_date gives it
    return location, time if time is not None else filed


def _a_place(r: NewsReader, k: int) -> bool:
    """Whether entity ``k`` names a place as a place: a LOCATION that is no demonym (ایک امریکی صحافی
    is a person's nationality, not where he was)."""
    return r.ents[k].label == "LOCATION" and r.ents[k].source != DEMONYM_SOURCE


def _part_of_place(r: NewsReader, t: int, s1: int) -> bool:
    """Whether a place ending before token ``t`` is named as the whole whose part the event happened
    in: ``X کے (شمال مشرق | سرحدی علاقے | مختلف علاقوں) میں`` — a genitive, one to three words that name
    a part of a place, and میں."""
    if r.forms[t] not in r.genitive:
        return False
    parts = r.lex.words("region_noun") | r.lex.words("place_noun")
    u = t + 1
    while u < min(s1, t + 4) and r.forms[u] in parts:
        u += 1
    return u > t + 1 and u < s1 and r.forms[u] in r.lex.words("locative")


def entity_roles(doc: Document, lex: NewsLexicon | None = None) -> dict[int, tuple[str, str]]:
    """CAMEO actor role (code, reading) of every entity whose linked id — or the id of a title or
    organisation in its linker group — is in ``actor_roles.tsv`` (رہبر انقلاب اسلامی → GOV supreme
    leader, and so the person who holds the office)."""
    lx = lex or lexicon()
    by_group: dict[int, tuple[str, str]] = {}
    own: dict[int, tuple[str, str]] = {}
    ending = {e.span.token_end: k for k, e in enumerate(doc.entities) if e.label == "ORGANIZATION"}
    for k, e in enumerate(doc.entities):
        if e.kb_id and (base := body_id(e.kb_id)) in lx.actor_roles:
            role: tuple[str, str] | None = lx.actor_roles[base]
            t = e.span.token_start
            if e.label == "TITLE" and t >= 2 and doc.text[doc.token_starts[t - 1]:doc.token_ends[t - 1]] in (
                    lx.words("genitive")) and (org := ending.get(t - 1)) is not None:
                # صحافیوں کی تنظیم کے سیکریٹری جنرل: the office of an organisation is its kind of office —
                # the organisation's role if it has one (اقوام متحدہ کے سیکرٹری جنرل: IGO), else none
                org_id = doc.entities[org].kb_id
                role = lx.actor_roles.get(body_id(org_id)) if org_id else None
            if role is not None and e.label == "TITLE" and t >= 1 and doc.text[
                    doc.token_starts[t - 1]:doc.token_ends[t - 1]] in lx.words("former"):
                # سابق نائب وزیر اعظم لارڈ پریسکاٹ: a former office-holder is no longer the state —
                # CAMEO's elites (ELI) are former government officials
                role = ("ELI", f"former {role[1]}")
            if role is None:
                continue
            own[k] = role
            if e.group is not None:
                by_group.setdefault(e.group, role)
    out: dict[int, tuple[str, str]] = {}
    for k, e in enumerate(doc.entities):
        # a place takes no office's role from its group (گورنر پنجاب: the governor is GOV, Punjab is not)
        grouped = by_group.get(e.group) if e.group is not None and e.label != "LOCATION" else None
        role = own.get(k) or grouped
        if role is not None and e.label in ACTOR_LABELS:
            out[k] = role
    return out


def reporting_quote(doc: Document, ev: Event) -> int | None:
    """Whose account an event is (:attr:`Event.quote`): the index of the quote or sourced claim in
    ``doc.quotes`` whose content holds the event's trigger, the innermost where quotes nest (X نے کہا
    کہ Y کا کہنا ہے کہ …: Y's); None when no quote holds it, the report telling it in its own voice."""
    t = ev.trigger
    held = [(q.content.end - q.content.start, k) for k, q in enumerate(doc.quotes)
            if q.content.start <= t.start and t.end <= q.content.end]
    return min(held)[1] if held else None


def event_date(doc: Document, ev: Event) -> Timex | None:
    """The resolved date of an event: the date expression (``Document.dates``) that its ``time``
    entity covers, else the first resolved date expression in its sentence. A dateline's date
    (اسلام آباد ۔ 24 جولائی (اے پی پی)), the day the report was filed, gives way to a day the sentence
    names (… نے پیر کو ملاقات کی: Monday) up to the day after it — not to a year, a month or a later
    day, which date something else (a deadline, a hearing, a past war)."""
    filed = [e.span for e in doc.entities if e.source == DATELINE_SOURCE and e.label == "DATE"]

    def of_dateline(tx: Timex) -> bool:
        return any(_overlaps(tx.span, s) for s in filed)

    if ev.time is not None:
        span = doc.entities[ev.time].span
        for tx in doc.dates:
            if _overlaps(tx.span, span) and not of_dateline(tx):
                return tx
    if not doc.sentences:
        return None
    sent = doc.sentences[ev.sentence]
    dated = [tx for tx in doc.dates if sent.start <= tx.span.start < sent.end and tx.value]
    dateline = next((tx for tx in dated if of_dateline(tx)), None)
    if dateline is None:
        return dated[0] if dated else None
    return next((tx for tx in dated if not of_dateline(tx) and _names_filed_day(tx.value, dateline.value)),
                dateline)


def _overlaps(a: Span, b: Span) -> bool:
    """Whether two character spans share a character."""
    return a.start < b.end and b.start < a.end


def _names_filed_day(value: str | None, filed: str | None) -> bool:
    """Whether a resolved date is a day no later than the day after ``filed``, a dateline's day: the
    day an event of the report happened (the paper may be dated the day after it was written)."""
    return bool(value and filed and len(value) == len(filed) == 10
                and value <= (dt.date.fromisoformat(filed) + dt.timedelta(days=1)).isoformat())

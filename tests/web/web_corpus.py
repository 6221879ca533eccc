"""A small corpus for the web tests: six real Urdu news sentences analyzed by the rules-only text
pipeline, with entities, quotes, events, keyphrases and summaries annotated by hand (gold values, not
model output, so the expected pages and API answers are exact), stored through the real ingester."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import khabar
from khabar.corpus.ingest import Ingester
from khabar.corpus.records import Article
from khabar.corpus.store import Store
from khabar.doc.jsonio import dumps
from khabar.doc.model import Document, Entity, Event, Quote, Timex
from khabar.pipeline import Pipeline

SHEHBAZ = "khabar:person/shehbaz-sharif"
IMRAN = "khabar:person/imran-khan"
XI = "khabar:person/xi-jinping"
XSS_TITLE = "<script>window.__xss = 1</script> خبر"
XSS_TEXT = 'کراچی میں "><img src=x onerror="window.__xss = 2"> بارش ہوئی۔'


@dataclass
class Gold:
    id: str
    title: str
    source: str
    published: str | None
    text: str
    #: (word, occurrence, label, kb_id, english)
    entities: list[tuple[str, int, str, str | None, str | None]]
    #: (cue, content, kind, speaker entity index)
    quotes: list[tuple[str, str, str, int | None]] = field(default_factory=list)
    #: (trigger, code, label, actor1, actor2, location)
    events: list[tuple[str, str, str, int | None, int | None, int | None]] = field(default_factory=list)
    #: (words, value): date expressions, as the dates component records them
    dates: list[tuple[str, str]] = field(default_factory=list)
    #: event index -> index into ``dates``: the event's date (Event.date)
    event_dates: dict[int, int] = field(default_factory=dict)
    #: event index -> the words of its actor 2 when that is no entity (Event.actor2_span)
    event_targets: dict[int, str] = field(default_factory=dict)
    #: event index -> its actors' CAMEO (country, role, country, role) (Event.actor1_country ...)
    event_codes: dict[int, tuple[str | None, ...]] = field(default_factory=dict)
    keyphrases: list[dict[str, Any]] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)


ARTICLES = [
    Gold(
        "a1",
        "وزیر اعظم کی چینی صدر سے ملاقات",
        "Express",
        "2024-03-04",
        "وزیر اعظم شہباز شریف نے اسلام آباد میں چینی صدر شی جن پنگ سے ملاقات کی۔ "
        "انہوں نے کہا کہ پاکستان اور چین کی دوستی مضبوط ہے۔",
        [
            ("شہباز شریف", 0, "PERSON", SHEHBAZ, "Shehbaz Sharif"),
            ("اسلام آباد", 0, "LOCATION", "Q1362", "Islamabad"),
            ("شی جن پنگ", 0, "PERSON", XI, "Xi Jinping"),
            ("پاکستان", 0, "LOCATION", "Q843", "Pakistan"),
            ("چین", 0, "LOCATION", "Q148", "China"),
        ],
        quotes=[("کہا کہ", "پاکستان اور چین کی دوستی مضبوط ہے", "indirect", 0)],
        events=[("ملاقات کی", "040", "Consult", 0, 2, 1)],
        event_codes={0: ("PAK", "GOV", "CHN", "GOV")},
        keyphrases=[{"text": "دوستی", "score": 0.8}, {"text": "ملاقات", "score": 0.5}],
        summary=[0],
    ),
    Gold(
        "a2",
        "لاہور میں بارش",
        "Dawn",
        "2024-03-05",
        "لاہور میں شدید بارش کے بعد کئی علاقے زیر آب آ گئے۔ "
        "وزیر اعظم شہباز شریف نے کہا کہ متاثرین کی مدد کی جائے گی۔",
        [
            ("لاہور", 0, "LOCATION", "Q11739", "Lahore"),
            ("شہباز شریف", 0, "PERSON", SHEHBAZ, "Shehbaz Sharif"),
        ],
        quotes=[("کہا کہ", "متاثرین کی مدد کی جائے گی", "indirect", 1)],
        summary=[0],
    ),
    Gold(
        "a3",
        "کراچی میں جلسہ",
        "Express",
        "2024-03-20",
        "کراچی میں عمران خان نے گزشتہ ماہ جلسے سے خطاب کیا۔ انہوں نے کہا کہ انتخابات شفاف ہونے چاہئیں۔",
        [("کراچی", 0, "LOCATION", "Q8660", "Karachi"), ("عمران خان", 0, "PERSON", IMRAN, "Imran Khan")],
        quotes=[("کہا کہ", "انتخابات شفاف ہونے چاہئیں", "indirect", 1)],
        events=[("خطاب کیا", "010", "Make statement", 1, None, 0)],
        dates=[("گزشتہ ماہ", "2024-02")],  # the month before publication
        event_dates={0: 0},
        event_targets={0: "جلسے"},  # addressed the rally: no entity
    ),
    Gold(
        "a4",
        "سیاسی اختلافات",
        "Dawn",
        "2024-04-10",
        "شہباز شریف اور عمران خان کے درمیان سیاسی اختلافات برقرار ہیں۔ پاکستان میں بارش کا سلسلہ جاری ہے۔",
        [
            ("شہباز شریف", 0, "PERSON", SHEHBAZ, "Shehbaz Sharif"),
            ("عمران خان", 0, "PERSON", IMRAN, "Imran Khan"),
            ("پاکستان", 0, "LOCATION", "Q843", "Pakistan"),
        ],
    ),
    Gold("a5", XSS_TITLE, "Express", "2024-04-12", XSS_TEXT, [("کراچی", 0, "LOCATION", "Q8660", "Karachi")]),
    Gold(
        "a6",
        "موسم",
        "",
        None,
        "اسلام آباد میں موسم خوشگوار رہا۔",
        [("اسلام آباد", 0, "LOCATION", None, None)],
    ),
]


def find(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    """[start, end) of the ``nth`` occurrence of ``word`` as a whole word (not inside a longer one)."""
    spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return spans[nth]


def annotate(nlp: Pipeline, gold: Gold) -> Document:
    doc = nlp(Document(gold.text, id=gold.id))
    t = doc.text

    def sentence_of(start: int) -> int:
        return next(k for k, s in enumerate(doc.sentences) if s.start <= start < s.end)

    doc.entities = []
    for w, n, label, kb, english in gold.entities:
        span = doc.char_span(*find(t, w, n))
        doc.entities.append(
            Entity(span, label, kb, doc.span_text(span) if kb else None, english, source="gold")
        )
    doc.quotes = [
        Quote(doc.char_span(*find(t, cue)), doc.char_span(*find(t, content)), kind, speaker, source="gold")
        for cue, content, kind, speaker in gold.quotes
    ]
    doc.dates = [Timex(doc.char_span(*find(t, w)), "relative", value, source="gold")
                 for w, value in gold.dates]
    doc.events = []
    for k, (trigger, code, label, a1, a2, loc) in enumerate(gold.events):
        span = doc.char_span(*find(t, trigger))
        words = gold.event_targets.get(k)
        c1, r1, c2, r2 = gold.event_codes.get(k, (None, None, None, None))
        doc.events.append(Event(span, code, label, sentence_of(span.start), a1, a2, loc, source="gold",
                                date=gold.event_dates.get(k),
                                actor2_span=doc.char_span(*find(t, words)) if words else None,
                                actor1_country=c1, actor1_role=r1, actor2_country=c2, actor2_role=r2))
    doc.keyphrases = list(gold.keyphrases)
    doc.summary = list(gold.summary)
    doc.provenance |= {"entities": "gold", "quotes": "gold", "events": "gold"}
    doc.validate()
    return doc


def build(path: Path) -> dict[str, int]:
    """Store the articles in a new database at ``path``; return article id -> store id."""
    nlp = khabar.load("text")
    ids: dict[str, int] = {}
    with Store(path) as store:
        ingester = Ingester(store, nlp)
        for g in ARTICLES:
            article = Article(
                g.text,
                g.id,
                f"gold:{g.id}",
                g.title,
                published=g.published,
                source=g.source,
                document_json=dumps(annotate(nlp, g)),
            )
            outcome, new, _, _ = ingester.add(article)
            assert outcome == "added", (g.id, outcome)
            assert new is not None
            ids[g.id] = new
    return ids

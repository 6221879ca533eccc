"""Quotes, events, dates, keyphrases and summary on real Urdu with hand-set tags and entities.

The documents are tokenized by the rules-only ``text`` pipeline; UPOS, lemmas and entities are set
by hand (as the tagger and the recognizer/linker would), so these tests pin the rules, not models.
"""

from __future__ import annotations

import pytest

from khabar.components.registry import create
from khabar.doc.model import Document, Entity, Span
from khabar.loading import load
from khabar.urdu.news import event_date, find_events, find_quotes

# word -> (UPOS, lemma); words not listed are NOUN with their own form as lemma
TAGS = {
    "نے": ("ADP", "نے"),
    "کہ": ("SCONJ", "کہ"),
    "کا": ("ADP", "کا"),
    "کی": ("ADP", "کا"),
    "کے": ("ADP", "کا"),
    "سے": ("ADP", "سے"),
    "پر": ("ADP", "پر"),
    "کو": ("ADP", "کو"),
    "میں": ("ADP", "میں"),
    "کہا": ("VERB", "کہنا"),
    "فرمایا": ("VERB", "فرمانا"),
    "انھوں": ("PRON", "وہ"),
    "انہوں": ("PRON", "وہ"),
    "ان": ("PRON", "وہ"),
    "۔": ("PUNCT", "۔"),
    "،": ("PUNCT", "،"),
    "اور": ("CCONJ", "اور"),
    "ہے": ("AUX", "ہے"),
    "تھا": ("AUX", "ہے"),
    "بھی": ("PART", "بھی"),
    "ہیں": ("AUX", "ہے"),
    "عائد": ("ADJ", "عائد"),
    "گرفتار": ("ADJ", "گرفتار"),
    "پابندیاں": ("NOUN", "پابندی"),
    "کیں": ("VERB", "کرنا"),
    "کیا": ("VERB", "کرنا"),
    "کر": ("VERB", "کرنا"),
    "لیا": ("VERB", "لینا"),
    "اسلامی": ("ADJ", "اسلامی"),
    "امریکی": ("ADJ", "امریکی"),
    "کریں": ("VERB", "کرنا"),
    "تو": ("SCONJ", "تو"),
    "اگر": ("SCONJ", "اگر"),
    "چاہیے": ("AUX", "چاہیے"),
    "کہنا": ("VERB", "کہنا"),
    "کرتے": ("VERB", "کرنا"),
    "ہوئے": ("AUX", "ہونا"),
    "جھڑپیں": ("NOUN", "جھڑپ"),
    "ہوئیں": ("VERB", "ہونا"),
    "گیا": ("AUX", "جانا"),
    "جائے": ("AUX", "جانا"),
    "گی": ("AUX", "گا"),
    "لگایا": ("VERB", "لگانا"),
    "جبکہ": ("SCONJ", "جبکہ"),
    "جس": ("PRON", "جو"),
    "صحافیوں": ("NOUN", "صحافی"),
    "فوجیوں": ("NOUN", "فوجی"),
    "نہیں": ("PART", "نہیں"),
}


def make_doc(
    text: str, entities: list[tuple[str, int, str, int | None, str | None]], published: str | None = None
) -> Document:
    """``entities``: (surface, occurrence, label, group, kb_id) — the n-th occurrence of ``surface``."""
    doc = load("text", normalizer={"repair_spaces": True})(
        Document(text, meta={"published": published} if published else {})
    )
    forms = [doc.text[s:e] for s, e in zip(doc.token_starts, doc.token_ends, strict=True)]
    doc.set_token_attr("upos", [TAGS.get(f, ("NOUN", f))[0] for f in forms])
    doc.set_token_attr("lemma", [TAGS.get(f, ("NOUN", f))[1] for f in forms])
    ents = []
    for surface, occ, label, group, kb in entities:
        start = -1
        for _ in range(occ + 1):
            start = doc.text.index(surface, start + 1)
        ents.append(Entity(doc.char_span(start, start + len(surface)), label, kb_id=kb, group=group))
    doc.entities = sorted(ents, key=lambda e: e.span.start)
    return doc


DESIGN = (
    "رہبر معظم انقلاب اسلامی نے فرمایاکہ اگر امریکی پابندیوں کے شکار ممالک آپس میں تعاون کریں تو "
    "پابندیوں کو بے اثر بنایا جا سکتا ہے۔ مہر خبررساں ایجنسی کی رپورٹ کے مطابق، رہبر انقلاب اسلامی "
    "آيت اللہ العظمی سید علی خامنہ ای نے پیر کی شام بیلاروس کے صدر الیگزینڈر لوکاشنکوو سے ملاقات "
    "کی۔ انھوں نے کہا کہ ایران اور بیلاروس کے تعلقات کو مزید فروغ دینا چاہیے۔ بیلاروس کے صدر نے بھی "
    "کہا کہ ہم ایران کے ساتھ تعاون بڑھانا چاہتے ہیں۔ انھوں نے کہا کہ دونوں ملک مل کر کام کریں گے۔"
)
DESIGN_ENTS: list[tuple[str, int, str, int | None, str | None]] = [
    ("رہبر معظم انقلاب اسلامی", 0, "TITLE", 0, "khabar:title/leader-of-the-islamic-revolution-2"),
    ("رہبر انقلاب اسلامی", 0, "TITLE", 0, "khabar:title/leader-of-the-islamic-revolution"),
    ("سید علی خامنہ ای", 0, "PERSON", 0, "khabar:person/ali-khamenei"),
    ("بیلاروس", 0, "LOCATION", 1, "Q184"),
    ("صدر", 0, "TITLE", 2, "khabar:title/president"),
    ("الیگزینڈر لوکاشنکوو", 0, "PERSON", 2, "khabar:person/alexander-lukashenko"),
    ("بیلاروس", 2, "LOCATION", 1, "Q184"),
    ("صدر", 1, "TITLE", 2, "khabar:title/president"),
]


def test_design_example_quotes_with_title_pronoun_and_switching_speakers() -> None:
    doc = make_doc(DESIGN, DESIGN_ENTS)
    quotes = find_quotes(doc)
    t = doc.text
    got = [
        (
            q.kind,
            t[q.cue.start : q.cue.end],
            t[q.content.start : q.content.end],
            doc.entities[q.speaker].kb_id if q.speaker is not None else None,
            t[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None,
        )
        for q in quotes
    ]
    assert got == [
        (
            "indirect",
            "فرمایا",
            "اگر امریکی پابندیوں کے شکار ممالک آپس میں تعاون کریں تو پابندیوں کو بے اثر بنایا جا سکتا ہے",
            "khabar:person/ali-khamenei",
            "رہبر معظم انقلاب اسلامی",
        ),
        (
            "indirect",
            "کہا",
            "ایران اور بیلاروس کے تعلقات کو مزید فروغ دینا چاہیے",
            "khabar:person/ali-khamenei",
            "انھوں",
        ),
        (
            "indirect",
            "کہا",
            "ہم ایران کے ساتھ تعاون بڑھانا چاہتے ہیں",
            "khabar:person/alexander-lukashenko",
            "صدر",
        ),
        # a new speaker took over: the next انھوں is Lukashenko
        ("indirect", "کہا", "دونوں ملک مل کر کام کریں گے", "khabar:person/alexander-lukashenko", "انھوں"),
    ]
    first = quotes[0]
    assert (first.cue.start, first.cue.end, first.content.start) == (27, 33, 37)
    assert first.source == "rule:quote.indirect.say"


def test_design_example_meeting_event_with_actors_and_statements() -> None:
    doc = make_doc(DESIGN, DESIGN_ENTS)
    doc.quotes = find_quotes(doc)
    events = find_events(doc, doc.quotes)
    t = doc.text
    non_statements = [
        (
            e.code,
            e.label,
            t[e.trigger.start : e.trigger.end],
            doc.entities[e.actor1].kb_id if e.actor1 is not None else None,
            doc.entities[e.actor2].kb_id if e.actor2 is not None else None,
            e.sentence,
        )
        for e in events
        if e.code != "010"
    ]
    # تعاون کریں (a condition, subjunctive) is not an event; ملاقات کی is
    assert non_statements == [
        ("040", "CONSULT", "ملاقات کی", "khabar:person/ali-khamenei", "khabar:person/alexander-lukashenko", 1)
    ]
    assert [e.code for e in events].count("010") == 4
    assert all(t[e.trigger.start : e.trigger.end] for e in events)


def test_news_pipeline_components_fill_their_layers() -> None:
    doc = make_doc(DESIGN, DESIGN_ENTS, published="2014-12-02")
    for name in ("dates", "quotes", "events", "keyphrases", "summary"):
        doc = create(name)(doc)
    # four quotes and the report the second sentence is attributed to (مہر خبررساں ایجنسی کی رپورٹ کے
    # مطابق): a sourced claim, which makes no statement event
    assert [q.kind for q in doc.quotes] == ["indirect", "sourced", "indirect", "indirect", "indirect"]
    sourced = doc.quotes[1]
    assert (doc.span_text(sourced.cue), doc.span_text(sourced.speaker_span)) == (
        "کے مطابق", "مہر خبررساں ایجنسی کی رپورٹ")
    assert doc.span_text(sourced.content).startswith("رہبر انقلاب اسلامی")
    assert len(doc.events) == 5
    # Entity.role from actor_roles.tsv: the titles and, through the linker group, their holders
    assert [(doc.span_text(e.span), e.role) for e in doc.entities if e.role] == [
        ("رہبر معظم انقلاب اسلامی", "GOV"),
        ("رہبر انقلاب اسلامی", "GOV"),
        ("سید علی خامنہ ای", "GOV"),
        ("صدر", "GOV"),
        ("الیگزینڈر لوکاشنکوو", "GOV"),
        ("صدر", "GOV"),
    ]
    assert "actors" not in doc.meta
    assert "dates" not in doc.meta
    assert [(doc.span_text(d.span), d.kind, d.value, d.part, d.source) for d in doc.dates] == [
        ("پیر کی شام", "weekday", "2014-12-01", "evening", "rule:date.weekday")
    ]
    (meet,) = [e for e in doc.events if e.code == "040"]
    when = event_date(doc, meet)
    assert when is not None
    assert (when.value, doc.span_text(when.span)) == ("2014-12-01", "پیر کی شام")
    assert meet.date is not None
    assert doc.dates[meet.date] == when  # Event.date: the same date expression, by index
    assert doc.summary == sorted(doc.summary)
    assert len(doc.summary) == 3
    assert doc.keyphrases
    assert all(" " in k["text"] or k["count"] > 1 for k in doc.keyphrases[:3])


def test_document_json_round_trip_keeps_roles_actor_spans_and_dates() -> None:
    from khabar.doc.jsonio import dumps, loads

    doc = make_doc("پولیس نے ملزم کو گرفتار کر لیا۔ گزشتہ روز اجلاس ہوا۔", [], published="2014-12-02")
    for name in ("dates", "quotes", "events"):
        doc = create(name)(doc)
    back = loads(dumps(doc))
    assert back.events == doc.events
    assert back.dates == doc.dates
    assert [e.date for e in back.events] == [None]  # گزشتہ روز dates the meeting, not the arrest
    (ev,) = back.events
    assert ev.actor1_span is not None
    assert back.span_text(ev.actor1_span) == "پولیس"
    codes = (ev.actor1_country, ev.actor1_role, ev.actor2_country, ev.actor2_role)
    assert codes == (None, "COP", None, "CVL")
    assert [(back.span_text(d.span), d.value) for d in back.dates] == [("گزشتہ روز", "2014-12-01")]


def actor_text(doc: Document, k: int | None, span: object) -> str | None:
    """An event actor as text: the entity's words, or the actor's own words (a common noun)."""
    if k is not None:
        return doc.span_text(doc.entities[k].span)
    return doc.span_text(span) if span is not None else None  # type: ignore[arg-type]


CASES = [
    # (text, entities, expected events: (code, trigger, actor1, actor2))
    (
        "امریکہ نے ایران پر پابندیاں عائد کیں۔",
        [("امریکہ", 0, "LOCATION", 0, "Q30"), ("ایران", 0, "LOCATION", 1, "Q794")],
        [("163", "پابندیاں عائد کیں", "امریکہ", "ایران")],
    ),
    # common-noun actors: the words before نے and before کو (Event.actor1_span / actor2_span)
    ("پولیس نے ملزم کو گرفتار کر لیا۔", [], [("173", "گرفتار کر", "پولیس", "ملزم")]),
    (
        "وزیر اعظم نواز شریف نے چین کا دورہ کیا۔",
        [
            ("وزیر اعظم", 0, "TITLE", 0, None),
            ("نواز شریف", 0, "PERSON", 0, None),
            ("چین", 0, "LOCATION", 1, None),
        ],
        [("042", "دورہ کیا", "نواز شریف", "چین")],
    ),
    # passive: no agent; the patient before کو is actor 2
    ("ترکی میں درجنوں پولیس اہلکاروں کو گرفتار کر لیا گیا۔", [("ترکی", 0, "LOCATION", 0, None)],
     [("173", "گرفتار کر", None, "درجنوں پولیس اہلکاروں")]),
    # a genitive owner names the target; armed forces attacking: FIGHT (19x)
    ("سکیورٹی فورسز نے دہشت گردوں کے ٹھکانوں پر حملہ کیا۔", [],
     [("190", "حملہ کیا", "سکیورٹی فورسز", "دہشت گردوں کے ٹھکانوں")]),
    # civilians attacking a non-state target: ASSAULT (18x)
    ("مقامی افراد نے ٹیم پر حملہ کیا۔", [], [("180", "حملہ کیا", "مقامی افراد", "ٹیم")]),
    # reciprocal: X اور Y کے درمیان; police on one side keeps it FIGHT
    ("مظاہرین اور پولیس کے درمیان جھڑپیں ہوئیں۔", [], [("190", "جھڑپیں ہوئیں", "مظاہرین", "پولیس")]),
    # not events: a genitive homograph of the light verb, a subjunctive passive, a meeting that is
    # only the setting of a statement (… سے بات چیت کرتے ہوئے کہا)
    ("حکومت نے مذاکرات کی میز پر آنے سے انکار کیا۔", [], []),
    ("اجلاس میں اس حوالے سے بات چیت کی جائے گی۔", [], []),
    ("صحافیوں سے بات چیت کرتے ہوئے وزیر نے کہا۔", [], []),
    # … but a conversation with a named actor or a delegation is a consultation
    ("وزیراعظم نے متحدہ کے وفد سے گفتگو کرتے ہوئے کہا۔", [("وزیراعظم", 0, "TITLE", 0, None)],
     [("040", "گفتگو کرتے", "وزیراعظم", "متحدہ کے وفد")]),
    # a conjunctive participle shares the agent of the main clause after it
    ("سرتاج عزیز کے ساتھ ٹیلی فون پر بات چیت کرتے ہوئے بان کی مون نے امن پر زور دیا۔",
     [("سرتاج عزیز", 0, "PERSON", 0, None), ("بان کی مون", 0, "PERSON", 1, None)],
     [("040", "بات چیت کرتے", "بان کی مون", "سرتاج عزیز")]),
    # a title phrase ending in a place (وزیر اعلیٰ پنجاب) is the person it stood before earlier
    ("وزیر اعلیٰ پنجاب محمد شہباز شریف نے اجلاس کیا۔ وزیر اعلیٰ پنجاب نے سیلاب زدگان کی مدد کی۔",
     [("پنجاب", 0, "LOCATION", 0, None), ("محمد شہباز شریف", 0, "PERSON", 1, None),
      ("پنجاب", 1, "LOCATION", 0, None)],
     [("070", "مدد کی", "محمد شہباز شریف", "سیلاب زدگان")]),
    # the accused is the agent of the clause the accusation introduces
    ("یونامیڈ نے الزام لگایا کہ سوڈانی فوجیوں نے خواتین پر تشدد کیا۔",
     [("یونامیڈ", 0, "ORGANIZATION", 0, None)],
     [("112", "الزام لگایا", "یونامیڈ", "سوڈانی فوجیوں"),
      # the act alleged is an event too; soldiers are a state force: FIGHT (19x)
      ("190", "تشدد کیا", "سوڈانی فوجیوں", "خواتین")]),
    # an agent run together with نے (عمرالبشیرنے) is still the agent
    ("سوڈان کے صدر عمرالبشیرنے امن مشن کی مذمت کی۔",
     [("سوڈان", 0, "LOCATION", 0, None), ("صدر", 0, "TITLE", 1, None),
      ("عمرالبشیرنے", 0, "PERSON", 1, None)],
     [("111", "مذمت کی", "عمرالبشیرنے", "امن مشن")]),
]


def test_event_table() -> None:
    for text, ents, expected in CASES:
        doc = make_doc(text, ents)
        got = [
            (e.code, doc.span_text(e.trigger), actor_text(doc, e.actor1, e.actor1_span),
             actor_text(doc, e.actor2, e.actor2_span))
            for e in find_events(doc)
        ]
        assert got == expected, text


def test_first_person_agent_inside_a_quote_is_the_speaker() -> None:
    doc = make_doc("زرداری نے کہا کہ پاک فوج کو ہم خراج تحسین پیش کرتے ہیں۔",
                   [("زرداری", 0, "PERSON", 0, None)])
    doc.quotes = find_quotes(doc)
    got = [(e.code, actor_text(doc, e.actor1, e.actor1_span), actor_text(doc, e.actor2, e.actor2_span))
           for e in find_events(doc, doc.quotes)]
    assert got == [("010", "زرداری", None), ("051", "زرداری", "پاک فوج")]


QUOTE_CASES = [
    # (text, entities, expected quotes: (kind, content, speaker entity text or speaker words))
    # a passive cue has no speaker, even after an agent in the same sentence
    ("ان کے وکیل نے جواب جمع کرایا جس میں کہا گیا کہ عمران خان قانون پر یقین رکھتے ہیں۔",
     [("عمران خان", 0, "PERSON", 0, None)],
     [("indirect", "عمران خان قانون پر یقین رکھتے ہیں", None)]),
    # a title-only speaker the recognizer missed: the person it stood before earlier
    ("کیوبا کے انقلابی رہنما فیڈل کاسترو نے کہا کہ امن ضروری ہے۔ انقلابی رہنما کا کہنا تھا کہ جنگ بری ہے۔",
     [("کیوبا", 0, "LOCATION", 0, None), ("فیڈل کاسترو", 0, "PERSON", 1, None)],
     [("indirect", "امن ضروری ہے", "فیڈل کاسترو"), ("indirect", "جنگ بری ہے", "فیڈل کاسترو")]),
    # content ends at the clause separator before the next speaker's clause
    ("وزیر اعظم نواز شریف نے کہا کہ ایک ہونا بہتر ہے، اجلاس کے دوران انہوں نے کہا کہ جمہوریت مضبوط ہے۔",
     [("نواز شریف", 0, "PERSON", 0, None)],
     [("indirect", "ایک ہونا بہتر ہے", "نواز شریف"), ("indirect", "جمہوریت مضبوط ہے", "نواز شریف")]),
    # … and where the narrator takes over (جبکہ X نے …)
    ("وزیراعظم نے کہا کہ حکومت تیار ہے جبکہ وفاقی کابینہ نے معاہدے کی منظوری دی۔",
     [("وزیراعظم", 0, "TITLE", 0, None)],
     [("indirect", "حکومت تیار ہے", "وزیراعظم")]),
    # tokens the normalizer leaves run together: نے+cue and cue+کہ
    ("جاپان کے وزیراعظم شینزوایبے نےکہا ہے کہ پابندیاں ختم ہوں گی۔ "
     "ایک بیان میں انہوں نے کہاکہ ملک کو خطرہ ہے۔",
     [("شینزوایبے", 0, "PERSON", 0, None)],
     [("indirect", "پابندیاں ختم ہوں گی", "شینزوایبے"), ("indirect", "ملک کو خطرہ ہے", "شینزوایبے")]),
    # a denied statement is not a quote
    ("انہوں نے کہا کہ میں نے کسی کو مداری نہیں کہا، غلط طور پر منسوب کیا گیا۔",
     [], [("indirect", "میں نے کسی کو مداری نہیں کہا، غلط طور پر منسوب کیا گیا", None)]),
    # quoted names are not quotes
    ('امن مشن " یونا میڈ" اور حکومت میں اختلافات ہوئے جب یونامیڈ نے کہا کہ فوج نے زیادتی کی ہے۔',
     [("یونامیڈ", 0, "ORGANIZATION", 0, None)],
     [("indirect", "فوج نے زیادتی کی ہے", "یونامیڈ")]),
]


def test_quote_table() -> None:
    for text, ents, expected in QUOTE_CASES:
        doc = make_doc(text, ents)
        got = [
            (q.kind, doc.span_text(q.content),
             doc.span_text(doc.entities[q.speaker].span) if q.speaker is not None else None)
            for q in find_quotes(doc)
        ]
        assert got == expected, text


def test_direct_quote_takes_the_cue_and_speaker() -> None:
    text = "وزیر خارجہ نے کہا کہ “ہم امن چاہتے ہیں”۔"
    doc = make_doc(text, [("وزیر خارجہ", 0, "TITLE", 0, None)])
    (q,) = find_quotes(doc)
    assert (q.kind, doc.span_text(q.content), doc.span_text(q.cue), q.speaker) == (
        "direct",
        "ہم امن چاہتے ہیں",
        "کہا",
        0,
    )
    assert (q.content.start, q.content.end) == (22, 38)


def test_opinion_cue_speaker_before_genitive() -> None:
    text = "وزیر اطلاعات پرویز رشید کا کہنا ہے کہ دھرنے سے معیشت کو نقصان پہنچا۔"
    doc = make_doc(text, [("پرویز رشید", 0, "PERSON", 0, None)])
    (q,) = find_quotes(doc)
    assert (doc.span_text(q.cue), doc.span_text(q.content), q.speaker) == (
        "کہنا ہے",
        "دھرنے سے معیشت کو نقصان پہنچا",
        0,
    )


def test_keyphrases_read_entities_dates_and_the_dateline() -> None:
    doc = load("news")("اسلام آباد (اے پی پی) وزیراعظم محمد نواز شریف نے پیر کی شام چینی صدر شی جن پنگ سے "
                       "ملاقات کی اور دونوں ممالک کے درمیان اقتصادی راہداری کے معاہدے پر دستخط کیے۔")
    texts = [k["text"] for k in doc.keyphrases]
    # شی جن پنگ holds جن, a stop word the tagger reads as a pronoun: a name's words are content words
    assert texts[:3] == ["صدر شی جن پنگ", "اقتصادی راہداری", "وزیراعظم محمد نواز شریف"]
    assert not {"اسلام آباد", "اے پی پی", "شام", "پنگ"} & set(texts)
    assert not any("شام" in t.split() or "پیر" in t.split() for t in texts)


@pytest.mark.parametrize(("text", "dateline", "first"), [
    # a desk is a byline, no entity: the phrases used to take it (138 of the COUNTER top tens)
    ("لاہور (سپورٹس ڈیسک) پاکستان نے سری لنکا کو ون ڈے سیریز میں شکست دے دی۔", (0, 5), "ون ڈے سیریز"),
    ("ماسکو(مانیٹرنگ ڈیسک)روس نے یوکرین پر نئی پابندیاں عائد کر دیں۔", (0, 5), "یوکرین"),
    ("بیجنگ ( نیوز ایجنسیاں ، مانیٹرنگ ڈیسک ) چین کی فیکٹری میں دھماکہ ہوا۔", (0, 8), "دھماکہ"),
])
def test_keyphrases_take_no_word_of_a_dateline_byline_included(text: str, dateline: tuple[int, int],
                                                               first: str) -> None:
    from khabar.components.keyphrases import dateline_ranges
    from khabar.components.tagger import token_forms

    doc = load("news")(text)
    assert dateline_ranges(doc, token_forms(doc)) == [dateline]
    texts = [k["text"] for k in doc.keyphrases]
    assert texts[0] == first
    assert not any(dateline[0] <= s[2] < dateline[1] for k in doc.keyphrases for s in k["spans"])


def test_the_result_of_a_compound_postposition_is_no_keyphrase() -> None:
    # کے نتیجے میں (as a result of): 96% of نتیجے in COUNTER stand between کے and میں, and the word was
    # a top-ten phrase of 34 articles; نتیجہ (a result, a score) stays a content word
    doc = load("news")("صوبہ جیانگسو کی ایک فیکٹری میں دھماکے کے نتیجے میں 65 افراد ہلاک ہو گئے۔ "
                       "میچ کا نتیجہ کل آئے گا۔")
    texts = [k["text"] for k in doc.keyphrases]
    assert "نتیجے" not in texts
    assert "نتیجہ" in texts
    assert {"فیکٹری", "دھماکے"} <= set(texts)


@pytest.mark.parametrize(("text", "expected"), [
    # حاصل کرنا, کردار ادا کرنا: the nominal half of a conjunct verb names no topic (it was وکٹیں حاصل,
    # برتری حاصل, حاصل and یادگار کردار ادا)
    ("سری لنکا کے سپنر رنگنا ہیراتھ نے نو وکٹیں حاصل کیں اور ٹیم کو برتری حاصل ہو گئی۔ "
     "اداکارہ نے فلم میں یادگار کردار ادا کیا۔",
     ["سپنر رنگنا ہیراتھ", "سری لنکا", "برتری", "وکٹیں", "یادگار کردار", "اداکارہ", "ٹیم", "فلم"]),
    # اظہار کرنا, جاری کردہ (issued), شروع کرنا (it was جاری کردہ اعدادوشمار, امدادی کارروائیاں شروع, اظہار)
    ("حکومت نے سیلاب کی صورتحال پر تشویش کا اظہار کیا اور جاری کردہ اعدادوشمار کے مطابق امدادی "
     "کارروائیاں شروع کر دی گئیں۔",
     ["امدادی کارروائیاں", "اعدادوشمار", "تشویش", "سیلاب", "صورتحال", "حکومت"]),
])
def test_a_conjunct_verbs_noun_is_in_no_keyphrase(text: str, expected: list[str]) -> None:
    assert [k["text"] for k in load("news")(text).keyphrases] == expected


def test_a_compound_that_begins_with_a_stop_word_is_a_keyphrase_whole() -> None:
    # خود کش (suicide), بات چیت (talks), خلاف ورزی (violation): خود, بات and خلاف are stop words, and
    # the phrases were کش حملے, چیت and ورزی
    doc = load("news")("پشاور میں خود کش حملے میں پانچ افراد ہلاک ہو گئے۔ حکومت نے طالبان سے بات چیت معطل "
                       "کر دی اور کہا کہ خود کش حملہ جنگ بندی کی خلاف ورزی ہے۔")
    texts = [k["text"] for k in doc.keyphrases]
    assert {"خود کش حملے", "خلاف ورزی", "بات چیت"} <= set(texts)
    assert not [t for t in texts if t.split()[0] in ("کش", "چیت", "ورزی")]


def test_an_event_points_at_the_date_of_its_sentence() -> None:
    doc = make_doc("گزشتہ روز پولیس نے ملزم کو گرفتار کر لیا۔", [], published="2014-12-02")
    for name in ("dates", "quotes", "events"):
        doc = create(name)(doc)
    (ev,) = doc.events
    assert ev.date == 0
    assert (doc.span_text(doc.dates[ev.date].span), doc.dates[ev.date].value) == ("گزشتہ روز", "2014-12-01")


def test_event_actors_carry_their_cameo_country_and_role() -> None:
    """What each actor is in CAMEO's actor coding, with the shipped models: a name heading a phrase
    that ends in an actor noun is that noun's kind of actor (بھارتی فوج: India's military; پاکستان
    کی مسلح افواج through the genitive); an actor given by its words has its phrase's role and the
    country of a name inside it; a personnel noun takes the kind of the word before it (پولیس
    افسران: police, not government); an office-holder has his office's role and country."""
    nlp = load("news")

    def coded(text: str) -> list[tuple[str, str, str | None, str | None, str, str | None, str | None]]:
        doc = nlp(text)
        t = doc.text

        def words(k: int | None, span: Span | None) -> str:
            if k is not None:
                return t[doc.entities[k].span.start:doc.entities[k].span.end]
            return t[span.start:span.end] if span is not None else ""

        return [(e.code, words(e.actor1, e.actor1_span), e.actor1_country, e.actor1_role,
                 words(e.actor2, e.actor2_span), e.actor2_country, e.actor2_role) for e in doc.events]

    assert coded("بھارتی فوج نے کنٹرول لائن پر فائرنگ کی۔") == [
        ("190", "بھارتی", "IND", "MIL", "", None, None)]
    assert coded("پاکستان کی مسلح افواج نے بھارت کو منہ توڑ جواب دیا۔") == [
        ("190", "پاکستان", "PAK", "MIL", "بھارت", "IND", None)]
    assert coded("پاکستانی سکیورٹی فورسز نے دہشت گردوں پر حملہ کیا۔") == [
        ("190", "پاکستانی", "PAK", "MIL", "دہشت گردوں", None, "REB")]
    assert coded("سکیورٹی فورسز نے شمالی وزیرستان میں شدت پسندوں کے خلاف آپریشن کیا۔") == [
        ("190", "سکیورٹی فورسز", None, "MIL", "شدت پسندوں", None, "REB")]
    assert coded("حکومت نے 33 پولیس افسران کو گرفتار کر لیا۔") == [
        ("173", "حکومت", None, "GOV", "پولیس افسران", None, "COP")]
    assert coded("امریکی صدر باراک اوباما نے ایران پر پابندیاں عائد کیں۔") == [
        ("163", "باراک اوباما", "USA", "GOV", "ایران", "IRN", None)]
    # Indian Urdu spellings of forces and police, and India's insurgents (UDTB): a force's attack on
    # them is a fight, not an assault
    assert coded("سیکورٹی فورسیس نے ماؤسٹوں پر حملہ کیا۔") == [
        ("190", "سیکورٹی فورسیس", None, "MIL", "ماؤسٹوں", None, "REB")]
    assert coded("پولس نے نکسلائٹس کو گرفتار کر لیا۔") == [
        ("173", "پولس", None, "COP", "نکسلائٹس", None, "REB")]
    # a counterpart met is an office-holder of the country the demonym before the title names
    # (COUNTER 0229p, 0552p), and a name after the title is the person it announces
    assert coded("وزیر خارجہ سشما سوراج نے نیو یارک میں اپنے چینی ہم منصب سے ملاقات کی۔") == [
        ("040", "سشما سوراج", "IND", "GOV", "ہم منصب", "CHN", "GOV")]
    assert coded("وزیر خارجہ سشما سوراج نے چینی ہم منصب وانگ یی سے ملاقات کی۔") == [
        ("040", "سشما سوراج", "IND", "GOV", "وانگ یی", "CHN", "GOV")]
    # elements and circles (عناصر, حلقے) are actors of the kind the word before them says, or of their
    # owner's kind, known or not — not civilians by default (COUNTER 0008p, 0242p)
    assert coded("شرپسند عناصر نے پولیس پر حملہ کیا۔") == [
        ("190", "شرپسند عناصر", None, "REB", "پولیس", None, "COP")]
    # a commander is of the kind of the force named before him, after a genitive too; unqualified, in
    # news mostly the army's (blind43 0525: local commanders directed to save lives)
    assert coded("سیکیورٹی فورسز نے طالبان کے کمانڈر کو گرفتار کر لیا۔") == [
        ("173", "سیکیورٹی فورسز", None, "MIL", "طالبان کے کمانڈر", None, "REB")]
    assert coded("فوج نے مقامی کمانڈروں کو امدادی کارروائیاں تیز کرنے کی ہدایت کی۔") == [
        ("100", "فوج", None, "MIL", "مقامی کمانڈروں", None, "MIL")]
    assert coded("جرمنی کے مختلف حلقے ورلڈ کپ میں شکست کے بعد سکولاری سے استعفے کا مطالبہ کر رہے تھے۔") == [
        ("100", "جرمنی", "DEU", None, "سکولاری", None, None)]
    # ... and when the name the recognizer missed follows them (سکولاری, tagged a noun), the circles'
    # owner is theirs, not the one met: the target is the words after the subject
    assert coded("جرمنی کے مختلف حلقے سکولاری سے ملاقات کر رہے ہیں۔") == [
        ("040", "حلقے", None, "CVL", "سکولاری", None, None)]
    # the actor's own mention in the sentence says what it is, not a nearer mention of its group
    # (COUNTER 0183p: امریکی فوجی is a soldier's, not Congress's; 0097: پاکستان کے عوام)
    assert coded("امریکی کانگریس نے امریکی فوجی کے بدلے طالبان کو رہا کرنے پر صدر اوباما کے خلاف "
                 "قرارداد منظور کر لی۔") == [("111", "امریکی", "USA", None, "اوباما", "USA", "GOV")]
    assert coded("حکومت پاکستان نے پاکستان کے عوام کا معیار زندگی بہتر بنانے کا تہیہ کر رکھا ہے۔") == [
        ("030", "پاکستان", "PAK", None, "", None, None)]
    # خود (self-), tagged a pronoun, begins a compound written apart: the phrase is the bomber (COUNTER
    # 0098: it was کش بمبار, with no role)
    assert coded("ایک خود کش بمبار نے نیٹو قافلے پر حملہ کیا۔") == [
        ("190", "خود کش بمبار", None, "REB", "نیٹو", None, "IGO")]
    # organisations of the knowledge base have their CAMEO role (actor_roles.tsv): an insurgency, an
    # international body, a rights group, a state agency, a political party (COUNTER 0008p, 0513p,
    # 0165p, 0430, 0502)
    assert coded("بوکو حرام نے بورنو پر حملہ کیا۔") == [
        ("180", "بوکو حرام", "NGA", "REB", "بورنو", None, None)]
    assert coded("اسحاق ڈار نے عالمی بینک کی تعریف کی۔") == [
        ("051", "اسحاق ڈار", "PAK", None, "عالمی بینک", None, "IGO")]
    assert coded("ایمنسٹی انٹرنیشنل نے فیصلے کا خیرمقدم کیا۔") == [
        ("051", "ایمنسٹی انٹرنیشنل", None, "NGO", "", None, None)]
    assert coded("پرویز مشرف نے نادرا کو درخواست دی۔") == [
        ("020", "پرویز مشرف", "PAK", None, "نادرا", "PAK", "GOV")]
    assert coded("سپیکر نے تحریک انصاف کو نوٹس جاری کیا۔") == [
        ("100", "سپیکر", None, "LEG", "تحریک انصاف", "PAK", "PTY")]
    # an office of one kind has its role: an attorney general is the government's (COUNTER 0237)
    assert coded("سپریم کورٹ نے اٹارنی جنرل کو نوٹس جاری کیا۔") == [
        ("100", "سپریم کورٹ", "PAK", "JUD", "اٹارنی جنرل", None, "GOV")]


def test_a_warning_of_a_natural_hazard_threatens_no_one() -> None:
    """خبردار کیا is a threat (130) between actors, but a warning of a flood or a storm is none,
    whether the hazard is named before the verb (… کو سیلاب کے خطرے سے خبردار کیا) or in what was
    said after it (the weather service's warning of COUNTER 0062p, which no annotator coded)."""
    nlp = load("news")

    def codes(text: str) -> list[str]:
        return [e.code for e in nlp(text).events]

    assert "130" not in codes("امریکی محکمہ موسمیات نے خبردار کیا ہے کہ شمال مشرقی علاقے میں شدید "
                              "برفانی طوفان کے بعد سیلاب آنے کا خطرہ ہے۔")
    assert "130" not in codes("محکمہ موسمیات نے شہریوں کو سیلاب کے خطرے سے خبردار کیا۔")
    assert "130" in codes("شمالی کوریا نے امریکہ کو خبردار کیا ہے کہ وہ جوابی کارروائی کرے گا۔")


def test_a_place_takes_no_office_role_from_its_group() -> None:
    """The linker may put a place in an office's group (گورنر پنجاب: the recognizer read پنجاب as the
    governor's name, and the later پنجاب joined them by its id); the office's role (GOV) is the
    governor's, not Punjab's."""
    from khabar.urdu.news import entity_roles

    doc = make_doc("گورنر پنجاب نے کہا کہ پنجاب میں امن ہے۔", [
        ("گورنر", 0, "TITLE", 0, "khabar:title/governor"), ("پنجاب", 0, "PERSON", 0, "Q22424"),
        ("پنجاب", 1, "LOCATION", 0, "Q22424")])
    roles = entity_roles(doc)
    assert {k: r[0] for k, r in roles.items()} == {0: "GOV", 1: "GOV"}  # not 2, the place


def test_keyphrases_count_the_mentions_of_one_entity_together() -> None:
    """داعش and دولت اسلامیہ link to the Islamic State: one keyphrase, by the linker's name, with both
    mentions (they were two phrases)."""
    text = ("امریکہ نے عراق میں داعش کے ٹھکانوں پر بمباری کی۔ دولت اسلامیہ نے موصل میں جوابی حملہ کیا۔")
    doc = load("news")(text)
    isis = [k for k in doc.keyphrases if k["lemma"] == "داعش"]
    assert [(k["text"], k["count"], [s[:2] for s in k["spans"]]) for k in isis] == [
        ("داعش", 2, [[text.index("داعش"), text.index("داعش") + 4],
                     [text.index("دولت اسلامیہ"), text.index("دولت اسلامیہ") + 12]])]
    assert "دولت اسلامیہ" not in [k["text"] for k in doc.keyphrases]

"""Keyphrases take a name whole or none of it, and no word of a date."""

from __future__ import annotations

from khabar.urdu.salience import keyphrases

# پیر کی شام چینی صدر شی جن پنگ سے ملاقات کی (tags as the tagger gives them)
FORMS = ["پیر", "کی", "شام", "چینی", "صدر", "شی", "جن", "پنگ", "سے", "ملاقات", "کی"]
UPOS = ["PROPN", "ADP", "NOUN", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "ADP", "NOUN", "VERB"]
KW = {"sentence_of": [0] * len(FORMS), "stopwords": frozenset({"کی", "سے"}), "top": 20}


def test_without_names_a_phrase_runs_through_them() -> None:
    found = keyphrases(FORMS, UPOS, [None] * len(FORMS), **KW)  # type: ignore[arg-type]
    assert [k.text for k in found] == ["صدر شی جن پنگ", "شام چینی صدر شی", "چینی صدر شی جن", "پیر", "ملاقات"]


def test_names_are_whole_and_dates_are_no_topic() -> None:
    # entities: چینی LOCATION, صدر TITLE, شی جن پنگ PERSON; date: پیر کی شام
    found = keyphrases(FORMS, UPOS, [None] * len(FORMS), units=[(3, 4), (4, 5), (5, 8)],  # type: ignore[arg-type]
                       blocked=[(0, 3)], **KW)
    assert [(k.text, k.occurrences) for k in found] == [
        ("صدر شی جن پنگ", ((4, 8),)), ("چینی صدر", ((3, 5),)), ("ملاقات", ((9, 10),))]



def test_a_phrase_ends_with_its_noun() -> None:
    # امریکہ نے ایران پر نئی پابندیاں عائد کر دیں: عائد belongs to the light verb, not the phrase
    forms = ["امریکہ", "نے", "ایران", "پر", "نئی", "پابندیاں", "عائد", "کر", "دیں"]
    upos = ["PROPN", "ADP", "PROPN", "ADP", "ADJ", "NOUN", "ADJ", "VERB", "VERB"]
    kw = {"sentence_of": [0] * len(forms), "stopwords": frozenset({"نے", "پر"}), "top": 20}
    lemmas = [None] * len(forms)
    assert [k.text for k in keyphrases(forms, upos, lemmas, **kw)] == [  # type: ignore[arg-type]
        "نئی پابندیاں", "ایران", "امریکہ"]
    from khabar.urdu.salience import CONTENT_POS

    assert [k.text for k in keyphrases(forms, upos, lemmas, heads=CONTENT_POS, **kw)] == [  # type: ignore[arg-type]
        "نئی پابندیاں عائد", "ایران", "امریکہ"]


def test_the_mentions_of_one_entity_are_one_keyphrase_by_its_name() -> None:
    # افغان حکام نے افغانستان کی سرحد پر داعش کی کارروائی روکی۔ دولت اسلامیہ نے افغان علاقے میں حملہ کیا:
    # افغان and افغانستان are Afghanistan, داعش and دولت اسلامیہ the Islamic State (the linker's names)
    forms = ["افغان", "حکام", "نے", "افغانستان", "کی", "سرحد", "پر", "داعش", "کی", "کارروائی", "روکی", "۔",
             "دولت", "اسلامیہ", "نے", "افغان", "علاقے", "میں", "حملہ", "کیا"]
    upos = ["PROPN", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "VERB", "PUNCT",
            "PROPN", "PROPN", "ADP", "PROPN", "NOUN", "ADP", "NOUN", "VERB"]
    kw = {"sentence_of": [0] * 12 + [1] * 8, "stopwords": frozenset({"نے", "کی", "پر", "میں"}), "top": 20}
    units = [(0, 1), (3, 4), (7, 8), (12, 14), (15, 16)]
    names = ["افغانستان", "افغانستان", "داعش", "داعش", "افغانستان"]
    found = keyphrases(forms, upos, [None] * len(forms), units=units, unit_names=names,  # type: ignore[arg-type]
                       **kw)
    by_text = {k.text: k.occurrences for k in found}
    assert by_text["افغانستان"] == ((0, 1), (3, 4), (15, 16))
    assert by_text["داعش"] == ((7, 8), (12, 14))
    assert "دولت اسلامیہ" not in by_text
    assert "افغان" not in by_text
    # without the names, each spelling is a phrase of its own
    plain = {k.text for k in keyphrases(forms, upos, [None] * len(forms), units=units, **kw)}  # type: ignore[arg-type]
    assert {"افغان", "افغانستان", "داعش", "دولت اسلامیہ"} <= plain

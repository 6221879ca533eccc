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

"""Keyphrases take a name whole or none of it, and no word of a date."""

from __future__ import annotations

from khabar.urdu.salience import keyphrases

# پیر کی شام چینی صدر شی جن پنگ سے ملاقات کی (tags as the tagger gives them)
FORMS = ["پیر", "کی", "شام", "چینی", "صدر", "شی", "جن", "پنگ", "سے", "ملاقات", "کی"]
UPOS = ["PROPN", "ADP", "NOUN", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "ADP", "NOUN", "VERB"]
KW = {"sentence_of": [0] * len(FORMS), "stopwords": frozenset({"کی", "سے"}), "top": 20}


def test_without_names_a_phrase_runs_through_them() -> None:
    found = keyphrases(FORMS, UPOS, [None] * len(FORMS), **KW)  # type: ignore[arg-type]
    # (چینی صدر شی and the like head no noun phrase: a noun follows them in the run)
    assert [k.text for k in found] == ["صدر شی جن پنگ", "پیر", "ملاقات", "شام"]


def test_names_are_whole_and_dates_are_no_topic() -> None:
    # entities: چینی LOCATION, صدر TITLE, شی جن پنگ PERSON; date: پیر کی شام
    found = keyphrases(FORMS, UPOS, [None] * len(FORMS), units=[(3, 4), (4, 5), (5, 8)],  # type: ignore[arg-type]
                       blocked=[(0, 3)], **KW)
    # (چینی صدر is no phrase: the name it qualifies follows it, and a phrase heads its noun phrase)
    assert [(k.text, k.occurrences) for k in found] == [("صدر شی جن پنگ", ((4, 8),)), ("ملاقات", ((9, 10),))]



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
    assert {"افغان حکام", "افغانستان", "داعش", "دولت اسلامیہ"} <= plain


# آل راؤنڈر محمد حفیظ فٹنس مسائل کے باعث باہر۔ تجربہ کار بلے باز یونس خان شامل۔ بلے بازوں نے پریکٹس کی
CRICKET = ["آل", "راؤنڈر", "محمد", "حفیظ", "فٹنس", "مسائل", "کے", "باعث", "باہر", "۔",
           "تجربہ", "کار", "بلے", "باز", "یونس", "خان", "شامل", "۔", "بلے", "بازوں", "نے", "پریکٹس", "کی"]
CRICKET_UPOS = ["NOUN", "NOUN", "PROPN", "PROPN", "NOUN", "NOUN", "ADP", "ADP", "ADV", "PUNCT",
                "NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "ADJ", "PUNCT", "NOUN", "NOUN", "ADP",
                "NOUN", "VERB"]
CRICKET_LEMMAS = [None] * 19 + ["باز", None, None, None]
CRICKET_KW = {"sentence_of": [0] * 10 + [1] * 8 + [2] * 5, "top": 20,
              "stopwords": frozenset({"کے", "باعث", "نے", "کی"}), "units": [(2, 4), (14, 16)]}


def test_a_phrase_heads_its_noun_phrase_somewhere() -> None:
    # بلے (bat) is only ever the first word of بلے باز (batsman), کار only of تجربہ کار: neither heads
    # a noun phrase, so neither is a phrase alone (بلے was a top-ten phrase of 22 COUNTER articles)
    found = keyphrases(CRICKET, CRICKET_UPOS, CRICKET_LEMMAS, **CRICKET_KW)  # type: ignore[arg-type]
    texts = [k.text for k in found]
    assert "بلے" not in texts
    assert "تجربہ" not in texts
    assert texts[:2] == ["محمد حفیظ فٹنس مسائل", "بلے باز"]
    assert next(k.occurrences for k in found if k.text == "بلے باز") == ((12, 14), (18, 20))


def test_a_persons_name_ends_the_phrases_that_hold_it() -> None:
    # محمد حفیظ فٹنس مسائل (Hafeez fitness problems) runs from the subject into the next noun phrase;
    # a person's name takes no noun after it without a genitive
    found = keyphrases(CRICKET, CRICKET_UPOS, CRICKET_LEMMAS, last=[(2, 4), (14, 16)],  # type: ignore[arg-type]
                       **CRICKET_KW)
    texts = [k.text for k in found]
    assert not [t for t in texts if "حفیظ" in t.split() and not t.endswith("حفیظ")]
    assert texts[:4] == ["آل راؤنڈر محمد حفیظ", "بلے باز", "فٹنس مسائل", "بلے باز یونس خان"]


def test_a_title_before_a_better_name_is_no_phrase_of_its_own() -> None:
    # اداکارہ پریانکا چوپڑا نے فلم سائن کی۔ پریانکا چوپڑا خوش ہیں: the name is the phrase, not its title
    # too (اداکارہ پریانکا چوپڑا, once, after the name, twice), and the title alone heads nothing
    forms = ["اداکارہ", "پریانکا", "چوپڑا", "نے", "فلم", "سائن", "کی", "۔", "پریانکا", "چوپڑا", "خوش", "ہیں"]
    upos = ["PROPN", "PROPN", "PROPN", "ADP", "NOUN", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "ADJ", "AUX"]
    kw = {"sentence_of": [0] * 8 + [1] * 4, "stopwords": frozenset({"نے", "کی", "ہیں"}), "top": 20,
          "units": [(1, 3), (8, 10)], "unit_names": ["پریانکا چوپڑا", "پریانکا چوپڑا"]}
    found = keyphrases(forms, upos, [None] * len(forms), **kw)  # type: ignore[arg-type]
    assert [(k.text, k.occurrences) for k in found] == [
        ("پریانکا چوپڑا", ((1, 3), (8, 10))), ("فلم سائن", ((4, 6),))]


def test_a_name_is_a_phrase_whatever_its_words_are_tagged() -> None:
    # بان کی مون نے کہا۔ بان کی مون نیویارک پہنچے: کی is a stop word (and a postposition's tag), yet
    # the name is whole; the key is the name it goes by
    forms = ["بان", "کی", "مون", "نے", "کہا", "۔", "بان", "کی", "مون", "نیویارک", "پہنچے"]
    upos = ["PROPN", "ADP", "PROPN", "ADP", "VERB", "PUNCT", "PROPN", "ADP", "PROPN", "PROPN", "VERB"]
    kw = {"sentence_of": [0] * 6 + [1] * 5, "stopwords": frozenset({"کی", "نے"}), "top": 20,
          "units": [(0, 3), (6, 9), (9, 10)], "unit_names": ["بان کی مون", "بان کی مون", "نیو یارک"],
          "last": [(0, 3), (6, 9)]}
    found = keyphrases(forms, upos, [None] * len(forms), **kw)  # type: ignore[arg-type]
    assert [(k.text, k.key, k.occurrences) for k in found] == [
        ("بان کی مون", "بان کی مون", ((0, 3), (6, 9))), ("نیو یارک", "نیو یارک", ((9, 10),))]


def test_a_longer_phrase_over_the_same_mentions_takes_the_place_of_a_better_one() -> None:
    # چین کے صوبہ ہوبی میں سیلاب آیا۔ سیلاب سے نقصان ہوا: ہوبی (rare, so it scores first) is only ever
    # said as صوبہ ہوبی; the phrase in full stands where ہوبی stood, not after it
    forms = ["چین", "کے", "صوبہ", "ہوبی", "میں", "سیلاب", "آیا", "۔", "سیلاب", "سے", "نقصان", "ہوا"]
    upos = ["PROPN", "ADP", "NOUN", "PROPN", "ADP", "NOUN", "VERB", "PUNCT", "NOUN", "ADP", "NOUN", "VERB"]
    kw = {"sentence_of": [0] * 8 + [1] * 4, "stopwords": frozenset({"کے", "میں", "سے"}), "top": 20}
    found = keyphrases(forms, upos, [None] * len(forms), **kw)  # type: ignore[arg-type]
    assert [(k.text, k.occurrences) for k in found] == [
        ("صوبہ ہوبی", ((2, 4),)), ("سیلاب", ((5, 6), (8, 9))), ("چین", ((0, 1),)), ("نقصان", ((10, 11),))]

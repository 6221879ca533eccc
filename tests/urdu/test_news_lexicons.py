"""Every news lexicon entry is normalized, unique and tokenizes to the words it lists."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from khabar.loading import load
from khabar.urdu.dates import date_words
from khabar.urdu.news import lexicon, parse_tsv

FILES = {
    "speech_verbs.tsv": (("phrase", "kind", "gloss"), 1),
    "news_words.tsv": (("word", "role", "gloss"), 2),
    "event_lexicon.tsv": (("trigger", "code", "plover", "name", "target", "source"), 1),
    "actor_nouns.tsv": (("word", "role", "name", "source"), 1),
    "stopwords.tsv": (("word", "class"), 1),
    "light_verbs.tsv": (("form", "lemma"), 1),
    "date_words.tsv": (("word", "type", "value"), 2),
    "actor_roles.tsv": (("kb_id", "role", "name"), 1),
    "generic_refs.tsv": (("generic", "heads", "source"), 1),
    "dateline_sources.tsv": (("source", "kind", "link", "note"), 1),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_entries_are_normalized_unique_and_single_spaced(name: str) -> None:
    header, keys = FILES[name]
    text = (resources.files("khabar.urdu") / "data" / name).read_text(encoding="utf-8")
    rows = parse_tsv(text, name, header, keys)  # raises on a duplicate key
    nlp = load("text")
    for row in rows:
        word = row[0]
        if word.startswith("khabar:") or word[0].isascii():
            continue
        doc = nlp(word)
        assert doc.text == word, f"{name}: {word!r} is not normalized (-> {doc.text!r})"
        forms = [doc.text[s:e] for s, e in zip(doc.token_starts, doc.token_ends, strict=True)]
        assert " ".join(forms) == word, f"{name}: {word!r} tokenizes as {forms}"


def test_stopwords_are_single_words_and_unique() -> None:
    stop = lexicon().stopwords
    assert len(stop) >= 150
    assert all(" " not in w for w in stop)
    assert {"کا", "کی", "کے", "نے", "ہے", "اور"} <= stop


def test_event_lexicon_codes_and_targets() -> None:
    events = lexicon().events
    meet = events[("ملاقات", "کرنا")]
    assert (meet.code, meet.plover, meet.targets) == ("040", "CONSULT", (("سے",), ("کے", "ساتھ")))
    assert events[("پابندی", "عائد", "کرنا")].code == "163"
    assert all(len(e.code) == 3 and e.code.isdigit() for e in events.values())
    urge = events[("زور", "دینا")]  # target column "پر!": an event only with an actor as actor 2
    assert (urge.targets, urge.needs_actor2, meet.needs_actor2) == ((("پر",),), True, False)
    gap = events[("دورے", "پر", "*", "پہنچنا")]  # "*": the actor's place inside the trigger
    assert (gap.code, gap.targets) == ("042", ())


def test_new_light_verb_constructions_and_actor_nouns() -> None:
    lx = lexicon()
    assert lx.events[("نشانہ", "بنانا")].code == "190"
    assert lx.events[("تنقید", "کا", "نشانہ", "بنانا")].code == "111"
    assert lx.events[("سراہنا",)].targets == (("کو",),)
    assert lx.light_verbs["ہوئیں"] == "ہونا"
    assert (lx.actor_nouns["پولیس"].role, lx.actor_nouns["مظاہرین"].role) == ("COP", "OPP")
    assert lx.actor_nouns["شدت پسند"].name == "militants"
    roles = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "EDU", "MED", "IGO", "REL", "BUS", "LAB"}
    assert {n.role for n in lx.actor_nouns.values()} <= roles


def test_duplicate_key_is_an_error() -> None:
    from khabar.errors import ConfigError

    with pytest.raises(ConfigError, match="listed twice"):
        parse_tsv("word\tclass\nکا\tx\nکا\ty\n", "x.tsv", ("word", "class"))


def test_actor_2_required_goes_at_the_end_of_the_target_column() -> None:
    from khabar.errors import ConfigError
    from khabar.urdu.news import event_targets

    assert event_targets("زور دینا", "پر|سے!", set()) == ((("پر",), ("سے",)), True)
    assert event_targets("دھماکہ ہونا", "پر", set()) == ((("پر",),), False)
    # after one alternative, '!' would make that postposition a word no text has
    with pytest.raises(ConfigError, match=re.escape("'دھماکہ ہونا': target 'میں!|پر'")):
        event_targets("دھماکہ ہونا", "میں!|پر", set())


def test_date_words_have_both_calendars() -> None:
    w = date_words()
    assert w.by_type["month"][("دسمبر",)] == "12"
    assert w.by_type["hijri"][("ربیع", "الاول")] == "3"
    assert w.by_type["weekday"][("پیر",)] == "0"

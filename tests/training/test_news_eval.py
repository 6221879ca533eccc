"""The quote and event scorers on hand-made cases with exact numbers."""

from __future__ import annotations

import pytest

from khabar.training.news_eval import (
    GoldEvent,
    GoldQuote,
    NewsRecords,
    PredEvent,
    PredQuote,
    Speaker,
    same_referent,
    score_events,
    score_quotes,
)


def test_quote_scores() -> None:
    gold = [GoldQuote((10, 50), (0, 5), "اوباما"), GoldQuote((60, 100), (0, 5), "اوباما", pronoun=True),
            GoldQuote((120, 150), None)]
    pred = [PredQuote((10, 50), Speaker(((0, 5),))),          # exact, right speaker
            PredQuote((62, 100), Speaker(((200, 210),))),     # overlapping, wrong speaker
            PredQuote((300, 320), Speaker())]                 # spurious
    s = score_quotes(gold, pred)
    assert s["matched"] == 2
    assert (s["span_precision"], s["span_recall"], s["span_f1"]) == (0.6667, 0.6667, 0.6667)
    assert s["exact_f1"] == 0.3333
    assert s["speaker_accuracy"] == 0.5
    assert (s["pronoun_speakers"], s["pronoun_speaker_accuracy"]) == (1, 0.0)


def test_low_overlap_is_no_match() -> None:
    s = score_quotes([GoldQuote((0, 100), None)], [PredQuote((0, 40), Speaker())])
    assert (s["matched"], s["span_f1"]) == (0, 0.0)


def test_same_referent_by_span_text_or_null() -> None:
    assert same_referent(None, "", Speaker())
    assert not same_referent(None, "", Speaker(((1, 2),)))
    assert not same_referent((0, 5), "x", Speaker())
    assert same_referent((0, 5), "نواز شریف", Speaker(((90, 99),), frozenset({"نواز شریف"})))


def test_event_scores_need_type_and_both_actors() -> None:
    gold = [GoldEvent((10, 20), "04", (0, 5), (30, 35)), GoldEvent((50, 60), "17", None, (40, 45))]
    pred = [PredEvent((10, 20), "040", Speaker(((0, 5),)), Speaker(((30, 35),))),   # right
            PredEvent((50, 60), "173", Speaker(((70, 75),)), Speaker(((40, 45),))),  # actor1 wrong
            PredEvent((80, 90), "190")]                                             # spurious
    s = score_events(gold, pred)
    assert (s["correct"], s["precision"], s["recall"], s["f1"]) == (1, 0.3333, 0.5, 0.4)
    assert s["type_only_f1"] == 0.8
    assert s["by_type"] == {"04": {"gold": 1, "predicted": 1, "correct": 1, "f1": 1.0},
                            "17": {"gold": 1, "predicted": 1, "correct": 0, "f1": 0.0},
                            "19": {"gold": 0, "predicted": 1, "correct": 0, "f1": 0.0}}


def test_event_actor_matches_by_its_own_words() -> None:
    from khabar.doc.model import Document, Event, Span
    from khabar.training.news_eval import _predictions

    text = "پولیس نے ملزم کو گرفتار کیا۔"
    doc = Document(text)
    trigger = Span(text.index("گرفتار"), text.index("۔"))
    doc.events = [Event(trigger, "173", "COERCE", 0, actor1_span=Span(0, 5),
                        actor2_span=Span(text.index("ملزم"), text.index("ملزم") + 4))]
    _, (pe,) = _predictions(doc, (0, len(text)))
    assert pe.actor1 == Speaker(((0, 5),), frozenset({"پولیس"}))
    gold = GoldEvent((trigger.start, trigger.end), "17", (0, 5), (9, 13), "پولیس", "ملزم")
    assert score_events([gold], [pe])["correct"] == 1
    # null in gold: the words are a wrong actor
    assert score_events([GoldEvent(gold.trigger, "17", None, (9, 13))], [pe])["correct"] == 0


def test_heldout_split_is_every_fourth_article() -> None:
    from khabar.training.news_eval import GoldArticle, split_articles

    arts = [GoldArticle(f"{k:04d}.xml", "", (0, 1), (), ()) for k in range(9)]
    assert [a.file for a in split_articles(arts, "heldout")] == ["0003.xml", "0007.xml"]
    assert len(split_articles(arts, "dev")) == 7
    assert len(split_articles(arts, "all")) == 9


def test_annotator_agreement_is_the_scorer_on_two_annotations(data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An annotation agrees fully with itself; dropping one event of the second costs exactly that
    event's recall; only the articles both files hold are compared."""
    import json
    from pathlib import Path

    from khabar.training.news_eval import annotator_agreement

    gold = Path(__file__).parents[1] / "data" / "news_gold" / "counter_gold.jsonl"
    root = data_dir / "news" / "counter" / "xml"
    assert annotator_agreement(gold, gold, "events", root=root)["f1"] == 1.0
    assert annotator_agreement(gold, gold, "quotes", root=root)["speaker_accuracy"] == 1.0
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    first = next(k for k, r in enumerate(records) if r["events"])
    n_events = sum(len(r["events"]) for r in records[: first + 3])
    records[first]["events"] = records[first]["events"][1:]
    second = tmp_path / "second.jsonl"
    second.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records[: first + 3]) + "\n",
                      encoding="utf-8")
    got = annotator_agreement(gold, second, "events", root=root)
    assert got["articles"] == first + 3
    assert (got["gold_events"], got["predicted_events"], got["correct"]) == (n_events, n_events - 1,
                                                                            n_events - 1)


def _gold_in_two(tmp_path):  # type: ignore[no-untyped-def]
    """The gold set, and its first 20 and other lines as two files: (gold, first, second, lines)."""
    from pathlib import Path

    gold = Path(__file__).parents[1] / "data" / "news_gold" / "counter_gold.jsonl"
    lines = gold.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(lines[:20]), encoding="utf-8")
    second.write_text("".join(lines[20:]), encoding="utf-8")
    return gold, first, second, lines


def test_several_gold_files_score_as_one_pooled_set(data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The gold set cut in two files scores exactly as the whole file."""
    from khabar.training.news_eval import evaluate_news

    gold, first, second, lines = _gold_in_two(tmp_path)
    root = data_dir / "news" / "counter" / "xml"
    for task in ("events", "quotes"):
        whole = evaluate_news(gold, task, root=root)
        pooled = evaluate_news([first, second], task, root=root)
        assert pooled["gold_files"] == 2
        assert pooled["articles"] == whole["articles"] == len(lines)
        drop = {"gold_files"}
        assert {k: v for k, v in pooled.items() if k not in drop} == {
            k: v for k, v in whole.items() if k not in drop}


def test_records_of_two_sets_pool_as_one_set(data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Records made per file, with disjoint article numbers, pool by concatenation to the scores of
    the files run as one set (benchmarks/news_sets.py pools its sets this way)."""
    from khabar.training.news_eval import NewsRecords, news_records

    gold, first, second, lines = _gold_in_two(tmp_path)
    root = data_dir / "news" / "counter" / "xml"
    a = news_records(first, root=root)
    b = news_records(second, root=root, first_article=a.articles)
    whole = news_records(gold, root=root)
    pooled = NewsRecords.pooled([a, b])
    assert pooled.articles == whole.articles == len(lines)
    for task in ("quotes", "events"):
        assert pooled.score(task) == whole.score(task)


def test_uner_passages_rebuild_the_original_order(data_dir) -> None:  # type: ignore[no-untyped-def]
    """UNER lines come back in their original order from the round-robin split (SPLIT.md): line i is
    train line (i // 10) * 8 + i % 10 when i % 10 < 8, dev line i // 10 when it is 8, held out at 9."""
    from khabar.errors import DataError
    from khabar.training.ner import UNER, read_ner
    from khabar.training.news_eval import source_text, uner_lines

    lines = uner_lines(data_dir)
    folder = data_dir / "ner" / "uner_mirfan899"
    train = read_ner(folder / "uner-train.txt", UNER)
    dev = read_ner(folder / "uner-dev.txt", UNER)
    assert len(lines) == len(train) + 2 * len(dev) == 1637
    assert [i for i, x in enumerate(lines) if x is None][:3] == [9, 19, 29]
    assert lines[0] == train[0].text
    assert lines[8] == dev[0].text
    assert lines[10] == train[8].text
    assert lines[1636] == train[-1].text
    text, published = source_text("uner:0")
    assert published == ""
    assert text == "\n".join(x.strip() for x in lines[:9] if x is not None)
    assert source_text("uner:163")[0].count("\n") == 6  # the last passage: 7 lines
    with pytest.raises(DataError, match="no such UNER passage"):
        source_text("uner:164")
    with pytest.raises(DataError, match="is named uner:<number>"):
        source_text("uner:x")


def test_udtb_passages_are_ten_dev_sentences_with_spaces_for_the_joiner(data_dir) -> None:  # type: ignore[no-untyped-def]
    """``udtb:N`` is UDTB dev sentences 10N to 10N+9, one a line, the treebank's ``_`` read as a space."""
    from khabar.errors import DataError
    from khabar.training.news_eval import source_text, udtb_sentences

    sents = udtb_sentences(data_dir)
    assert len(sents) == 552
    assert sents[0].endswith("پر اےک بےروزگار شخص کے چپل کے ذریعہ حملہ کا ذکر کریں گے۔")  # کریں_گے
    assert not any("_" in x for x in sents)
    text, published = source_text("udtb:0")
    assert published == ""
    assert text.split("\n") == sents[:10]
    assert source_text("udtb:55")[0].split("\n") == sents[550:]  # the last passage: 2 sentences
    with pytest.raises(DataError, match="no such UDTB passage"):
        source_text("udtb:56")
    with pytest.raises(DataError, match="is named udtb:<number>"):
        source_text("udtb:x")


def test_udtb_train_passages_are_ten_subset_sentences_in_sent_id_order(data_dir) -> None:  # type: ignore[no-untyped-def]
    """``udtbtrain:N`` is sentences 10N to 10N+9 of the SIGMORPHON subset of UDTB train, ordered by
    their ``train-sN`` id (the file mixes them), one a line, the treebank's ``_`` read as a space."""
    from khabar.errors import DataError
    from khabar.training.news_eval import source_text, udtb_train_sentences

    sents = udtb_train_sentences(data_dir)
    assert len(sents) == 822
    assert sents[0] == "اس اجلاس کی صدارت مولانا سید رابع حسنی ندوی صدر بورڈ کریں گے۔"  # train-s2, کریں_گے
    assert sents[1] == "اس کے علاوہ مزید چار اپیلیں زیر سماعت ہےں۔"  # train-s5
    assert not any("_" in x for x in sents)
    text, published = source_text("udtbtrain:0")
    assert published == ""
    assert text.split("\n") == sents[:10]
    assert source_text("udtbtrain:82")[0].split("\n") == sents[820:]  # the last passage: 2 sentences
    with pytest.raises(DataError, match="no such UDTB train passage"):
        source_text("udtbtrain:83")
    with pytest.raises(DataError, match="is named udtbtrain:<number>"):
        source_text("udtbtrain:x")


def test_an_unresolved_pronoun_speaker_is_scored_as_no_speaker() -> None:
    """انہوں نے کہا with no one before it keeps the pronoun as its speaker's words in the document, but
    names no one: the guidelines annotate such a speaker null, and the scorer reads it so."""
    import khabar
    from khabar.doc.model import Document
    from khabar.training.news_eval import _predictions

    nlp = khabar.load("news")
    text = "انہوں نے کہا کہ ملک ترقی کرے گا۔"
    doc = nlp(Document(text))
    assert doc.quotes[0].speaker is None
    assert doc.span_text(doc.quotes[0].speaker_span) == "انہوں"
    quotes, _ = _predictions(doc, (0, len(text)))
    assert quotes[0].speaker == Speaker()
    named = nlp(Document("ججز نے کہا کہ فیصلہ محفوظ ہے۔"))  # an unresolved speaker in words still counts
    quotes, _ = _predictions(named, (0, len(named.text)))
    assert quotes[0].speaker.texts == frozenset({"ججز"})


def test_a_sourced_claim_is_no_quote_to_the_scorer() -> None:
    """ذرائع کے مطابق … is sourcing, which the guidelines do not annotate as a quote: the document keeps
    it (kind ``sourced``), the quote scorer leaves it out and no statement event is made of it."""
    import khabar
    from khabar.doc.model import Document
    from khabar.training.news_eval import _predictions

    text = "پولیس کے مطابق حملہ آوروں نے بازار میں فائرنگ کی۔ وزیر داخلہ نے کہا کہ ملزموں کو پکڑا جائے گا۔"
    doc = khabar.load("news")(Document(text))
    assert [q.kind for q in doc.quotes] == ["sourced", "indirect"]
    quotes, _ = _predictions(doc, (0, len(text)))
    assert [q.content for q in quotes] == [doc.raw_span(doc.quotes[1].content)]
    assert [doc.span_text(e.trigger) for e in doc.events if e.code == "010"] == ["کہا"]


MEETING = "وزیراعظم نواز شریف نے چینی صدر شی جن پنگ سے ملاقات کی۔"


def _span(text: str, words: str) -> list[int]:
    start = text.index(words)
    return [start, start + len(words)]


def _meeting_event(**type_field: object) -> dict[str, object]:
    return {"trigger": _span(MEETING, "ملاقات کی"), "actor1": _span(MEETING, "نواز شریف"),
            "actor2": _span(MEETING, "شی جن پنگ"), **type_field}


@pytest.mark.parametrize("type_field", [{"type": "04"}, {"type": "040"}, {"type": 4}, {"code": "040"}])
def test_a_gold_record_may_hold_its_text_and_any_form_of_cameo_code(tmp_path, type_field) -> None:  # type: ignore[no-untyped-def]
    """An independent gold set need not name COUNTER files nor give a scope: a record's own ``text``
    is the article, no ``scope`` is all of it, and an event's type may be a root or a full CAMEO code,
    a string or a number, under ``type`` or ``code``."""
    import json

    from khabar.training.news_eval import evaluate_news

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": MEETING, "events": [_meeting_event(**type_field)]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    scores = evaluate_news(gold, "events")
    assert (scores["gold_events"], scores["correct"], scores["f1"]) == (1, 1, 1.0)


def test_a_gold_file_is_found_beside_the_gold_set(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from khabar.training.news_eval import evaluate_news

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "meeting.txt").write_text(MEETING, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"file": "articles/meeting.txt", "published": "2014-08-07",
                                "events": [_meeting_event(type="04")]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    assert evaluate_news(gold, "events")["correct"] == 1


@pytest.mark.parametrize(("record", "why"), [
    ({"events": []}, "file (or text)"),
    ({"text": MEETING, "events": [_meeting_event(type="CONSULT")]}, "'CONSULT' is no CAMEO code"),
    ({"text": MEETING, "events": [{"type": "04"}]}, "'trigger'"),
])
def test_a_bad_gold_record_is_an_error_naming_its_line(tmp_path, record, why) -> None:  # type: ignore[no-untyped-def]
    import json
    import re

    from khabar.errors import DataError
    from khabar.training.news_eval import read_gold

    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=f"gold.jsonl:2: not a gold article record .*{re.escape(why)}"):
        read_gold(gold)


def test_statement_events_are_scored_when_the_gold_set_annotates_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """docs/annotation.md leaves statements (CAMEO 01) out of the events; a gold set that annotates
    them has the extractor's statement events (one per quote, its cue the trigger) scored too."""
    import json

    from khabar.training.news_eval import evaluate_news

    text = MEETING + " انہوں نے کہا کہ دونوں ملک دوست ہیں۔"
    meeting = {"trigger": _span(text, "ملاقات کی"), "type": "04", "actor1": _span(text, "نواز شریف"),
               "actor2": _span(text, "شی جن پنگ")}
    said = {"trigger": _span(text, "کہا"), "type": "010", "actor1": _span(text, "نواز شریف"), "actor2": None}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": text, "events": [meeting, said]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    scores = evaluate_news(gold, "events")
    assert (scores["gold_events"], scores["predicted_events"], scores["correct"]) == (2, 2, 2)
    gold.write_text(json.dumps({"text": text, "events": [meeting]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    scores = evaluate_news(gold, "events")
    assert (scores["gold_events"], scores["predicted_events"], scores["correct"]) == (1, 1, 1)


def test_a_gold_actor_or_speaker_may_be_given_by_its_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A gold set may name an actor or a speaker by its words instead of a span: it matches a
    prediction that names it so (an entity's mention or the actor's own words), and no other."""
    import json

    from khabar.training.news_eval import evaluate_news, same_referent

    assert same_referent(None, "نواز شریف", Speaker(((5, 14),), frozenset({"نواز شریف"})))
    assert not same_referent(None, "نواز شریف", Speaker(((5, 14),), frozenset({"شی جن پنگ"})))
    assert not same_referent(None, "نواز شریف", Speaker())
    text = MEETING + " انہوں نے کہا کہ دونوں ملک دوست ہیں۔"
    record = {"text": text,
              "events": [{"trigger": _span(text, "ملاقات کی"), "type": "04", "actor1": "نواز شریف",
                          "actor2": "شی جن پنگ"}],
              "quotes": [{"cue": _span(text, "کہا"), "content": _span(text, "دونوں ملک دوست ہیں"),
                          "speaker": "نواز شریف", "pronoun": True}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert evaluate_news(gold, "events")["correct"] == 1
    assert evaluate_news(gold, "quotes")["speaker_accuracy"] == 1.0
    record["events"][0]["actor2"] = "چینی صدر"  # type: ignore[index]
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert evaluate_news(gold, "events")["correct"] == 0


def test_event_counts_tell_how_each_gold_event_fares() -> None:
    gold = (GoldEvent((0, 10), "04", (20, 25), (30, 35)),     # found right
            GoldEvent((40, 50), "17", (60, 65), None),        # found, actor 1 left empty
            GoldEvent((70, 80), "11", (90, 95), (96, 99)),    # found, actor 2 wrong
            GoldEvent((100, 110), "19", None, None))          # missed (only a 18 there)
    pred = (PredEvent((0, 8), "040", Speaker(((20, 25),)), Speaker(((30, 35),))),
            PredEvent((40, 50), "173"),
            PredEvent((70, 80), "112", Speaker(((90, 95),)), Speaker(((200, 205),))),
            PredEvent((100, 110), "180"),
            PredEvent((300, 310), "051"))
    counts = NewsRecords(1, (), (), gold, pred).event_counts()
    assert counts == {"right": 1, "missed": 1, "actor1": 1, "actor1_empty": 1, "actor2": 1,
                      "actor2_empty": 0, "false": 2}

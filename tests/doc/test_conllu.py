"""CoNLL-U export and import (khabar.doc.conllu)."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar
from khabar.doc.conllu import raw_token_spans, read_conllu, write_conllu
from khabar.errors import AnnotationError, DataError, SchemaError

NLP = khabar.load("text")


def test_write_conllu_columns_sentences_and_space_after() -> None:
    doc = NLP("وزیراعظم نے کہا۔ اجلاس کل ہوگا۔", id="news-1")
    doc.set_token_attr("upos", ["NOUN", "ADP", "VERB", "PUNCT", "NOUN", "NOUN", "AUX", "PUNCT"])
    assert write_conllu(doc) == (
        "# newdoc id = news-1\n"
        "# sent_id = news-1-s1\n"
        "# text = وزیراعظم نے کہا۔\n"
        "1\tوزیراعظم\t_\tNOUN\t_\t_\t_\t_\t_\t_\n"
        "2\tنے\t_\tADP\t_\t_\t_\t_\t_\t_\n"
        "3\tکہا\t_\tVERB\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "4\t۔\t_\tPUNCT\t_\t_\t_\t_\t_\t_\n"
        "\n"
        "# sent_id = news-1-s2\n"
        "# text = اجلاس کل ہوگا۔\n"
        "1\tاجلاس\t_\tNOUN\t_\t_\t_\t_\t_\t_\n"
        "2\tکل\t_\tNOUN\t_\t_\t_\t_\t_\t_\n"
        "3\tہوگا\t_\tAUX\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "4\t۔\t_\tPUNCT\t_\t_\t_\t_\t_\t_\n"
        "\n"
    )


# BOM, ZWNJ before a space, Arabic kaf/heh/yeh (ك ه ي), quotes, NBSP, tatweel, a zer diacritic,
# a ZWNJ before a spaced full stop, a line break, repeated spaces and a trailing ZWNJ.
RAW = ("\ufeffپاکستان\u200c نے كها: ''یہ ٹھیک ہے۔''\u00a0علامہ نے كہا\u0640\u0640 کہ کِتاب اچھی"
       " ہے\u200c ۔\nدوسری   سطر\u200c")


def _forms(conllu: str) -> list[str]:
    return [line.split("\t")[1] for line in conllu.split("\n") if line and not line.startswith("#")]


def test_raw_forms_are_the_users_characters() -> None:
    doc = NLP(RAW)
    assert doc.text == "پاکستان نے کہا: ''یہ ٹھیک ہے۔'' علامہ نے کہا کہ کتاب اچھی ہے ۔\nدوسری سطر"
    out = write_conllu(doc, raw_forms=True)
    assert _forms(out) == [
        "\ufeffپاکستان\u200c", "نے", "كها", ":", "''", "یہ", "ٹھیک", "ہے", "۔", "''",
        "علامہ", "نے", "كہاــ", "کہ", "کِتاب", "اچھی", "ہے\u200c", "۔", "دوسری", "سطر\u200c",
    ]
    # what conll18_ud_eval.py requires: the FORMs spell the raw text without whitespace
    assert "".join(_forms(out)) == "".join(RAW.split())
    texts = [line[len("# text = "):] for line in out.split("\n") if line.startswith("# text = ")]
    assert texts == ["\ufeffپاکستان\u200c نے كها: ''یہ ٹھیک ہے۔''",
                     "علامہ نے كہاــ کہ کِتاب اچھی ہے\u200c ۔", "دوسری سطر\u200c"]
    assert _forms(write_conllu(doc))[0] == "پاکستان"  # without raw_forms: the normalized text


def test_raw_token_spans_give_deleted_characters_to_a_neighbour() -> None:
    doc = NLP("الف \u200c ب\u0640")  # a ZWNJ alone between spaces, a tatweel at the end
    assert doc.text == "الف ب"
    assert raw_token_spans(doc) == ([0, 6], [5, 8])


def test_raw_forms_line_up_with_gold_on_arabic_digits_and_diacritics() -> None:
    raw = "قیمت ۱۲۵ روپےً ہے۔"
    doc = NLP(raw)
    assert doc.text == "قیمت 125 روپے ہے۔"
    assert _forms(write_conllu(doc, raw_forms=True)) == ["قیمت", "۱۲۵", "روپےً", "ہے", "۔"]


def test_write_requires_tokens() -> None:
    from khabar.doc.model import Document

    with pytest.raises(AnnotationError, match="not tokenized"):
        write_conllu(Document("کچھ متن"))
    assert write_conllu([]) == ""


GOLD = """# newdoc id = test
# sent_id = t-1
# text = وہ گھر گئے۔
1\tوہ\tوہ\tPRON\tPRP\tNumber=Sing|Person=3\t3\tnsubj\t_\t_
2\tگھر\tگھر\tNOUN\tNN\tCase=Acc|Gender=Masc\t3\tobl\t_\tTranslit=ghar
3\tگئے\tجا\tVERB\tVM\t_\t0\troot\t_\tSpaceAfter=No
4\t۔\t۔\tPUNCT\tSYM\t_\t3\tpunct\t_\t_

# sent_id = t-2
# text = ہم نےدیکھا
1\tہم\tہم\tPRON\tPRP\t_\t3\tnsubj\t_\t_
2-3\tنےدیکھا\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
2\tنے\tنے\tADP\tPSP\t_\t1\tcase\t_\t_
3\tدیکھا\tدیکھ\tVERB\tVM\t_\t0\troot\t_\t_
3.1\tکچھ\tکچھ\tPRON\t_\t_\t_\t_\t3:obj\t_

"""


def test_read_conllu_keeps_gold_tokens_and_columns() -> None:
    docs = read_conllu(GOLD)
    assert [d.id for d in docs] == ["t-1", "t-2"]
    d = docs[0]
    assert d.text == "وہ گھر گئے۔"
    assert [(t.text, t.start, t.end, t.space_after) for t in d.tokens] == [
        ("وہ", 0, 2, True), ("گھر", 3, 6, True), ("گئے", 7, 10, False), ("۔", 10, 11, False)]
    assert d.token_attr("upos") == ["PRON", "NOUN", "VERB", "PUNCT"]
    assert d.token_attr("lemma") == ["وہ", "گھر", "جا", "۔"]
    assert d.token_attr("feats") == ["Number=Sing|Person=3", "Case=Acc|Gender=Masc", None, None]
    assert [(s.start, s.end, s.token_start, s.token_end) for s in d.sentences] == [(0, 11, 0, 4)]
    assert d.meta["conllu"]["head"] == ["3", "3", "0", "3"]
    # a multiword token is one surface token; its words are kept for export
    d2 = docs[1]
    assert [t.text for t in d2.tokens] == ["ہم", "نےدیکھا"]
    assert d2.text == "ہم نےدیکھا"
    assert len(d2.meta["conllu"]["words"]["1"]) == 2
    assert d2.meta["conllu"]["empty"] == {"1": ["3.1\tکچھ\tکچھ\tPRON\t_\t_\t_\t_\t3:obj\t_"]}


def test_round_trip_is_exact() -> None:
    assert write_conllu(read_conllu(GOLD)) == GOLD


def test_read_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "gold.conllu"
    path.write_text(GOLD, encoding="utf-8")
    assert [d.text for d in read_conllu(path)] == [d.text for d in read_conllu(str(path))]
    with pytest.raises(DataError, match="does not exist"):
        read_conllu(tmp_path / "missing.conllu")
    bad = tmp_path / "bad.conllu"
    bad.write_bytes(b"1\t\xff\n")
    with pytest.raises(DataError, match="not UTF-8 at byte 2"):
        read_conllu(bad)


@pytest.mark.parametrize(("text", "message"), [
    ("1\tوہ\tوہ\tPRON\n", r"<string>, line 1: 4 tab-separated columns, CoNLL-U has 10"),
    ("# sent_id = x\n1\tوہ\t_\t_\t_\t_\t_\t_\t_\t_\n3\tگھر\t_\t_\t_\t_\t_\t_\t_\t_\n",
     r"line 3: bad word ID '3': expected 2"),
    ("a\tوہ\t_\t_\t_\t_\t_\t_\t_\t_\n", r"line 1: bad word ID 'a'"),
    ("2-1\tوہ\t_\t_\t_\t_\t_\t_\t_\t_\n", r"line 1: bad multiword token ID '2-1'"),
    ("1-2\tوہ\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\t_\t_\t_\t_\t_\t_\t_\t_\n",
     r"line 2: multiword token runs to word 2 but the sentence ends at word 1"),
    ("1\tوہ\t_\t_\t_\t_\t_\t_\t_\t_\n1.2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", r"line 2: bad empty node ID '1.2'"),
    ("1\tوہ\t_\t_\t_\t_\tx\t_\t_\t_\n", r"line 1: HEAD 'x' is not a word ID"),
    ("1\t\t_\t_\t_\t_\t_\t_\t_\t_\n", r"line 1: empty FORM"),
])
def test_malformed_input_names_the_line(text: str, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        read_conllu(text)


def test_malformed_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.conllu"
    path.write_text("# text = وہ\n1 وہ وہ PRON\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"broken\.conllu, line 2: 1 tab-separated columns"):
        read_conllu(path)


def test_analysed_document_survives_export_and_import() -> None:
    doc = NLP("پہلی خبر آئی۔ دوسری خبر (اہم) ہے۔")
    back = read_conllu(write_conllu(doc))
    assert [d.text for d in back] == ["پہلی خبر آئی۔", "دوسری خبر (اہم) ہے۔"]
    assert [[t.text for t in d.tokens] for d in back] == [
        [doc.text[s:e] for s, e in zip(doc.token_starts[a:b], doc.token_ends[a:b], strict=True)]
        for a, b in ((0, 4), (4, 11))
    ]

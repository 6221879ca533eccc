"""NER readers, label table, writers and the exact-match span scorer, on hand-made files."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import DataError
from khabar.ml.ner import spans_from_tags, tags_from_spans
from khabar.training.ner import (
    parse_uner_line,
    project_tags,
    read_conll_ner,
    read_uner,
    repair_il_tag,
    score_spans,
    write_conll_ner,
    write_uner,
)


@pytest.mark.parametrize(("tag", "token", "previous", "expected"), [
    ("B-NEL", "بھارت", "O", "B-NEL"),
    ("-NEL", "برطانیہ", "O", "B-NEL"),
    ("-NEL", "،", "B-NEL", "O"),
    ("-NEP", "غالب", "B-NEP", "I-NEP"),
    ("-", "قاضی", "O", "O"),
])
def test_repair_il_tag(tag: str, token: str, previous: str, expected: str) -> None:
    assert repair_il_tag(tag, token, previous) == expected


def test_read_conll_ner_maps_labels_and_normalizes(tmp_path: Path) -> None:
    f = tmp_path / "il.txt"
    f.write_text("نريندر\tB-NEP\nمودی\tI-NEP\nنے\tO\nدہلی\t-NEL\nمیں\tO\nایک\tB-NEN\n\nکل\tB-NETI\n",
                 encoding="utf-8")
    ex = read_conll_ner(f)
    assert ex[0].raw[0] == "نريندر"
    assert ex[0].forms[0] == "نریندر"  # Arabic yeh -> Urdu yeh
    assert ex[0].tags == ("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "B-NUMBER")
    assert ex[1].tags == ("B-TIME",)
    out = write_conll_ner(ex, [list(e.tags) for e in ex])
    assert out.splitlines()[:4] == ["نريندر\tB-NEP", "مودی\tI-NEP", "نے\tO", "دہلی\tB-NEL"]


@pytest.mark.parametrize(("line", "plain", "spans"), [
    ("<PERSON>ریحانہ جباری</PERSON> کو", "ریحانہ جباری کو", [(0, 12, "PERSON")]),
    ("<LOCATION>بنگلہ دیش</LOCATION>اور", "بنگلہ دیش اور", [(0, 9, "LOCATION")]),
    ("<NUMBER>دو/<NUMBER> ارکان", "دو ارکان", [(0, 2, "NUMBER")]),
    ("<DESIGNATION>کپتان</DESIGNATION><PERSON>مصباح</PERSON>", "کپتان مصباح",
     [(0, 5, "DESIGNATION"), (6, 11, "PERSON")]),
])
def test_parse_uner_line(line: str, plain: str, spans: list[tuple[int, int, str]]) -> None:
    assert parse_uner_line(line) == (plain, spans)


def test_read_uner_utf16_and_write_back(tmp_path: Path) -> None:
    f = tmp_path / "u.txt"
    text = ("<DESIGNATION>کپتان</DESIGNATION><PERSON>مصباح الحق</PERSON> نے "
            "<NUMBER>11</NUMBER>ویں سنچری بنائی۔\r\n")
    f.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (ex,) = read_uner(f)
    assert ex.forms == ("کپتان", "مصباح", "الحق", "نے", "11", "ویں", "سنچری", "بنائی", "۔")
    assert ex.tags == ("B-TITLE", "B-PERSON", "I-PERSON", "O", "B-NUMBER", "O", "O", "O", "O")
    assert write_uner([ex], [list(ex.tags)]) == (
        "<DESIGNATION>کپتان</DESIGNATION> <PERSON>مصباح الحق</PERSON> نے "
        "<NUMBER>11</NUMBER> ویں سنچری بنائی۔\n")


def test_bad_file_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("\n\n", encoding="utf-8")
    with pytest.raises(DataError, match="holds no sentences"):
        read_conll_ner(f)


def test_spans_from_tags_reads_bio_like_conlleval() -> None:
    assert spans_from_tags(["B-PERSON", "I-PERSON", "O", "I-LOCATION", "B-LOCATION", "I-PERSON"]) == [
        (0, 2, "PERSON"), (3, 4, "LOCATION"), (4, 5, "LOCATION"), (5, 6, "PERSON")]
    assert tags_from_spans(3, [(1, 3, "TITLE")]) == ["O", "B-TITLE", "I-TITLE"]


def test_score_spans_exact_match() -> None:
    gold = [["B-PERSON", "I-PERSON", "O", "B-LOCATION"], ["B-NUMBER", "O"]]
    pred = [["B-PERSON", "O", "O", "B-LOCATION"], ["B-NUMBER", "B-DATE"]]
    s = score_spans(gold, pred)
    assert (s.overall.tp, s.overall.predicted, s.overall.gold) == (2, 4, 3)
    assert s.overall.precision == 0.5
    assert s.overall.recall == pytest.approx(2 / 3)
    assert s.overall.f1 == pytest.approx(4 / 7)
    assert s.per_label["PERSON"].f1 == 0.0
    assert s.per_label["LOCATION"].f1 == 1.0
    assert s.per_label["DATE"].precision == 0.0
    assert s.subset(["PERSON", "LOCATION"]).f1 == 0.5  # tp 1, predicted 2, gold 2


def test_project_tags_onto_il_ner() -> None:
    assert project_tags(["B-TITLE", "B-PERSON", "B-DATE", "I-DATE"], "il-ner") == [
        "O", "B-PERSON", "B-TIME", "I-TIME"]

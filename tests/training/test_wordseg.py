"""Zia-format reading and the word segmentation scorer, on hand-made cases with exact numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import DataError
from khabar.training.wordseg import (
    WordsegScores,
    boundary_labels,
    evaluate_wordseg,
    parse_line,
    read_zia,
    score_lines,
    strip_boundaries,
)

Z = "\u200c"


@pytest.mark.parametrize(
    ("line", "text", "labels"),
    [
        ("انہوں نے کہا", "انہوںنےکہا", {5: "space", 7: "space"}),
        (f"ہنر{Z}مندی ہے", "ہنرمندیہے", {3: "zwnj", 7: "space"}),
        (" کہا  کہ ", "کہاکہ", {3: "space"}),  # edges mark nothing, a run counts once
        (f"کہا{Z} کہ", "کہاکہ", {3: "space"}),  # a space in the run makes it a word boundary
        ("کہا", "کہا", {}),
    ],
)
def test_boundary_labels(line: str, text: str, labels: dict[int, str]) -> None:
    assert boundary_labels(line) == (text, labels)


def test_parse_and_strip() -> None:
    line = f"ہڈسن جنرل جو{Z}کہ"
    assert parse_line(line) == (("ہڈسن",), ("جنرل",), ("جو", "کہ"))
    assert strip_boundaries(line) == "ہڈسنجنرلجوکہ"


def test_scores_exact_numbers() -> None:
    gold = [f"انہوں نے کہا کہ ہنر{Z}مندی"]
    # spaces: gold {5, 7, 10, 12}; predicted {5, 10, 12} and 12 is... see each case
    pred = ["انہوں نےکہا کہ ہنر مندی"]
    s = score_lines(gold, pred)
    # word: predicted {5, 10, 12, 15}, gold {5, 7, 10, 12}: tp 3 -> p 3/4, r 3/4
    # sub-word: predicted {}, gold {15}: p = 0 (nothing predicted, something missed), r 0
    assert s == WordsegScores(0.75, 0.75, 0.75, 0.0, 0.0, 0.0, 1)


def test_a_zwnj_where_gold_has_a_space_is_wrong_for_both() -> None:
    s = score_lines(["کہا کہ"], [f"کہا{Z}کہ"])
    assert (s.word_p, s.word_r, s.word_f1) == (0.0, 0.0, 0.0)
    assert (s.subword_p, s.subword_r, s.subword_f1) == (0.0, 0.0, 0.0)


def test_perfect_and_empty_cases() -> None:
    s = score_lines([f"کہا کہ ہنر{Z}مند"], [f"کہا کہ ہنر{Z}مند"])
    assert s.to_json() == {"word_p": 1.0, "word_r": 1.0, "word_f1": 1.0, "subword_p": 1.0,
                           "subword_r": 1.0, "subword_f1": 1.0, "sentences": 1}
    # no boundaries anywhere: nothing to find, nothing wrongly found
    assert score_lines(["کہا"], ["کہا"]).word_f1 == 1.0


def test_two_sentences_pool_counts() -> None:
    # sentence 1: word tp 1 of gold 1, pred 2; sentence 2: tp 1 of gold 2, pred 1
    s = score_lines(["کہا کہ", "وہ کہا کہ"], ["کہا کہ", "وہ کہاکہ"])
    assert s == WordsegScores(1.0, 0.666667, 0.8, 1.0, 1.0, 1.0, 2)
    s = score_lines(["کہا کہ"], ["ک ہا کہ"])
    assert (s.word_p, s.word_r, s.word_f1) == (0.5, 1.0, 0.666667)


def test_letters_must_match() -> None:
    with pytest.raises(DataError, match="sentence 1"):
        score_lines(["کہا کہ"], ["کہا کے"])


def test_read_zia(tmp_path: Path) -> None:
    f = tmp_path / "g.txt"
    f.write_text(f"\ufeffکہا کہ\n\nہنر{Z}مندی\n", encoding="utf-8")
    assert read_zia(f) == [(("کہا",), ("کہ",)), (("ہنر", "مندی"),)]
    f.write_bytes(b"\xff\xfe")
    with pytest.raises(DataError, match="UTF-8"):
        read_zia(f)
    with pytest.raises(DataError, match="cannot read"):
        read_zia(tmp_path / "missing.txt")


def test_shipped_model_meets_the_dev_targets(data_dir: Path) -> None:
    dev = data_dir / "wordseg/urdu_word_segmentation_zia2018/data_diacritized-dev.txt"
    s = evaluate_wordseg(dev)
    assert s.sentences == 432
    assert s.word_f1 >= 0.97
    assert s.subword_f1 >= 0.85
    assert set(s.to_json()) == {"word_p", "word_r", "word_f1", "subword_p", "subword_r",
                                "subword_f1", "sentences"}

"""The date scorer (docs/dates_annotation.md) on hand-made cases with exact numbers, and its gold
reader's errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from khabar.errors import DataError
from khabar.training.dates_eval import (
    DateRecord,
    date_reader,
    match_dates,
    read_gold_dates,
    score_dates,
)


def test_scores_span_and_value() -> None:
    gold = [DateRecord((0, 9), "2014-07-24"), DateRecord((20, 29), "2014-07-23"),
            DateRecord((40, 47), "2014-07-21"), DateRecord((60, 70), "2002-12-02", "2014-12-02")]
    pred = [DateRecord((0, 9), "2014-07-24", rule="rule:a"),       # right
            DateRecord((20, 32), "2014-07-24", rule="rule:b"),     # overlaps, wrong value
            DateRecord((60, 70), "2002-12-02", None, "rule:a"),   # a stretch without its end: wrong
            DateRecord((80, 85), "2014", rule="rule:b")]           # spurious
    s = score_dates([(gold, pred)])
    assert (s["gold_dates"], s["predicted_dates"], s["matched"]) == (4, 4, 3)
    assert (s["span_precision"], s["span_recall"], s["span_f1"]) == (0.75, 0.75, 0.75)
    assert s["value_accuracy"] == 0.3333
    assert (s["precision"], s["recall"], s["f1"]) == (0.25, 0.25, 0.25)
    assert s["by_rule"] == {"rule:a": {"predicted": 2, "matched": 2, "value_right": 1},
                            "rule:b": {"predicted": 2, "matched": 1, "value_right": 0}}


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    gold = [DateRecord((0, 10), None), DateRecord((12, 20), None)]
    pred = [DateRecord((5, 15), None), DateRecord((14, 20), None)]
    assert match_dates(gold, pred) == [(0, 0), (1, 1)]
    assert match_dates([DateRecord((0, 4), None)], [DateRecord((4, 8), None)]) == []  # touching only


def test_nothing_to_score() -> None:
    s = score_dates([([], [])])
    assert (s["span_f1"], s["value_accuracy"], s["f1"]) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(("record", "problem"), [
    ({"dates": []}, "file (or text)"),
    ({"text": "آج", "dates": [{"span": [2, 1], "value": None}]}, "empty or reversed"),
    ({"text": "آج", "dates": [{"span": [0, 2], "value": "24-07-2014"}]}, "not an ISO"),
    ({"text": "آج", "dates": [{"value": "2014"}]}, "span"),
])
def test_bad_gold_records_name_the_line(tmp_path: Path, record: dict[str, object], problem: str) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"g\.jsonl:2: not a date gold record .*{re.escape(problem)}"):
        read_gold_dates(gold)


def test_reader_gives_raw_offsets() -> None:
    """Offsets are the user's characters, though the pipeline rewrites text before the dates (the
    joined کیلئے becomes کے لیے, two characters longer; a no-break space becomes a space)."""
    text = "امداد کیلئے\u00a0اپیل ۔ 24 جولائی (اے پی پی) وزیراعظم نے گزشتہ روز کہا"
    got = date_reader()(text, "2014-07-24")
    assert [(text[a:b], r.value, r.rule) for r in got for a, b in [r.span]] == [
        ("24 جولائی", "2014-07-24", "rule:date.day-month"),
        ("گزشتہ روز", "2014-07-23", "rule:date.relative-day")]

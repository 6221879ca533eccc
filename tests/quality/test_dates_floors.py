"""Quality gate and integrity checks for the date gold sets (tests/data/dates_gold,
docs/dates_annotation.md)."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from khabar.training.dates_eval import SECOND_SUFFIX, doubled_set, evaluate_dates, read_gold_dates
from khabar.training.news_eval import article_text

GOLD = Path(__file__).parents[1] / "data" / "dates_gold"
FLOORS = json.loads((Path(__file__).parent / "dates_floors.json").read_text(encoding="utf-8"))
SETS = sorted(GOLD.glob("*.jsonl"))
#: second, independent annotations of a set (how far two annotators agree: benchmarks/dates.py)
SECOND = sorted((GOLD / "agreement").glob(f"*{SECOND_SUFFIX}"))


def test_every_set_has_floors() -> None:
    assert [p.stem for p in SETS] == sorted(FLOORS["floors"])
    # a second annotation reads the very articles of the set it doubles
    for second in SECOND:
        first = doubled_set(second)
        assert first.parent == GOLD
        assert [a.file for a in read_gold_dates(second)] == [a.file for a in read_gold_dates(first)]


@pytest.mark.parametrize("gold", [*SETS, *SECOND], ids=[p.stem for p in (*SETS, *SECOND)])
def test_gold_spans_lie_in_their_article_on_words(data_dir: Path, gold: Path) -> None:
    articles = read_gold_dates(gold)
    assert len(articles) >= 20
    for art in articles:
        text, published = article_text(art, data_dir / "news" / "counter" / "xml")
        assert published == art.published, art.file
        for d in art.dates:
            s, e = d.span
            assert 0 <= s < e <= len(text), (art.file, d)
            assert not text[s].isspace(), (art.file, d)
            assert not text[e - 1].isspace(), (art.file, d)
        spans = sorted(d.span for d in art.dates)
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), art.file  # no overlaps


@pytest.mark.parametrize("gold", SETS, ids=[p.stem for p in SETS])
def test_date_scores_stay_above_floors(data_dir: Path, gold: Path) -> None:
    scores = evaluate_dates(gold, root=data_dir / "news" / "counter" / "xml")
    for key, floor in FLOORS["floors"][gold.stem].items():
        assert scores[key] >= floor, f"{gold.stem} {key} {scores[key]} fell below the floor {floor}"

"""Quality gate and integrity checks for the news gold set (tests/data/news_gold, docs/annotation.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.training.news_eval import evaluate_news, read_gold, source_text

GOLD = Path(__file__).parents[1] / "data" / "news_gold" / "counter_gold.jsonl"
FLOORS = json.loads((Path(__file__).parent / "news_floors.json").read_text(encoding="utf-8"))


def test_gold_set_size() -> None:
    articles = read_gold(GOLD)
    assert len(articles) >= 40
    assert sum(len(a.quotes) for a in articles) >= 70
    assert sum(len(a.events) for a in articles) >= 30
    # no text is annotated twice: a file in two sets (blind15 annotates the sentences after a lead
    # annotated in blind5-13) has scopes that do not overlap
    seen: dict[str, list[tuple[int, int]]] = {}
    for path in (GOLD, FRESH, *BLIND):
        for a in read_gold(path):
            for lo, hi in seen.get(a.file, []):
                assert a.scope[1] <= lo or hi <= a.scope[0], (path.name, a.file)
            seen.setdefault(a.file, []).append(a.scope)


FRESH = GOLD.with_name("counter_fresh.jsonl")
#: sets annotated blind, after the rules existed, by annotators who had not seen them (docs/annotation.md),
#: in their numbers' order; then the blind sets of UNER passages
BLIND = sorted(GOLD.parent.glob("counter_blind*.jsonl"),
               key=lambda p: int(p.stem.removeprefix("counter_blind")))
UNER_SETS = sorted(GOLD.parent.glob("uner_*.jsonl"))
#: the blind sets of UD Urdu-UDTB passages (dev and train sentences)
UDTB_SETS = sorted(GOLD.parent.glob("udtb_*.jsonl"))


#: second, independent annotations of a blind set (inter-annotator agreement)
SECOND = sorted((GOLD.parent / "agreement").glob("*_second.jsonl"))


@pytest.mark.parametrize("gold", [GOLD, FRESH, *BLIND, *UNER_SETS, *UDTB_SETS, *SECOND],
                         ids=["gold", "fresh", *(p.stem for p in (*BLIND, *UNER_SETS, *UDTB_SETS, *SECOND))])
def test_gold_offsets_lie_in_scope_on_word_boundaries(data_dir: Path, gold: Path) -> None:
    root = data_dir / "news" / "counter" / "xml"
    for art in read_gold(gold):
        text, published = source_text(art.file, root)
        assert published == art.published, art.file
        assert 0 <= art.scope[0] < art.scope[1] <= len(text)
        spans = [q[k] for q in art.quotes for k in ("cue", "content", "speaker") if q.get(k)]
        spans += [e[k] for e in art.events for k in ("trigger", "actor1", "actor2") if e.get(k)]
        for s, e in spans:
            assert 0 <= s < e <= len(text), (art.file, s, e)
            assert not text[s].isspace(), (art.file, s, e)
            assert not text[e - 1].isspace(), (art.file, s, e)
        for q in art.quotes:
            assert art.scope[0] <= q["cue"][0] < art.scope[1], (art.file, q)


@pytest.mark.parametrize("task", ["quotes", "events"])
def test_news_scores_stay_above_floors(data_dir: Path, task: str) -> None:
    floors = FLOORS["floors"][task]
    if not floors:
        pytest.skip(f"no {task} floors measured yet (see news_floors.json)")
    scores = evaluate_news(GOLD, task, root=data_dir / "news" / "counter" / "xml")
    for key, floor in floors.items():
        assert scores[key] >= floor, f"{task} {key} {scores[key]} fell below the floor {floor}"


@pytest.mark.parametrize("task", ["quotes", "events"])
def test_news_scores_on_the_uner_sets_stay_above_floors(data_dir: Path, task: str) -> None:
    """The same gate on another source: the UNER news passages, pooled (docs/annotation.md)."""
    scores = evaluate_news(UNER_SETS, task, root=data_dir / "news" / "counter" / "xml")
    for key, floor in FLOORS["uner_floors"][task].items():
        assert scores[key] >= floor, f"UNER {task} {key} {scores[key]} fell below the floor {floor}"


@pytest.mark.parametrize("task", ["quotes", "events"])
def test_news_scores_on_the_udtb_sets_stay_above_floors(data_dir: Path, task: str) -> None:
    """The same gate on a third source: the UD Urdu-UDTB Indian Urdu news passages, pooled."""
    scores = evaluate_news(UDTB_SETS, task, root=data_dir / "news" / "counter" / "xml")
    for key, floor in FLOORS["udtb_floors"][task].items():
        assert scores[key] >= floor, f"UDTB {task} {key} {scores[key]} fell below the floor {floor}"

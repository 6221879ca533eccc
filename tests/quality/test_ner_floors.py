"""Quality gate: the shipped NER models on the dev splits they did not train on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.training.ner import evaluate_ner, scores_summary
from khabar.training.train import sha256_path

FLOORS = json.loads((Path(__file__).parent / "ner_floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("source", ["il-ner", "uner"])
def test_ner_dev_scores_stay_above_floors(data_dir: Path, source: str) -> None:
    entry = FLOORS["data"][source]
    path = data_dir / entry["path"]
    assert sha256_path(path) == entry["sha256"], f"{path} changed: the floors were set on other data"
    summary = scores_summary(evaluate_ner(path, source))
    for key, floor in FLOORS["floors"][source].items():
        assert summary[key] >= floor, f"{source} {key} {summary[key]} fell below the floor {floor}"


def test_meta_records_the_same_scores() -> None:
    from khabar.ml.ner import default_model_dir

    meta = json.loads((default_model_dir() / "meta.json").read_text(encoding="utf-8"))
    for source, floors in FLOORS["floors"].items():
        for key, floor in floors.items():
            assert meta["dev"][f"{source}_{key}"] >= floor

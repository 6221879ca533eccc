"""Reproducibility gate: ``khabar train`` reads today what the shipped models were trained on.

The tagger and the NER models record in their meta.json (``inputs``) fingerprints of what they
trained on: the normalized training sentences, the lexicon classes or the knowledge base, and the
news text their word clusters come from. A change to the normalizer, the tokenizer or a word list
that changes any of it means the shipped weights can no longer be rebuilt from the code: these
tests fail and name the model to retrain. (Word clusters are k-means over a vocabulary: one word
more or less reshuffles every cluster and so every weight, which is how 1.1.0 of the tagger and
1.23.0 of the NER silently stopped being reproducible.) The knowledge base, plain text processing,
is rebuilt whole and compared byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from khabar.training.train import TrainConfig, resolve_data, sha256_path, train

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "src" / "khabar" / "models"


def _config(name: str, data_dir: Path) -> tuple[TrainConfig, dict[str, Path]]:
    config = TrainConfig.read(ROOT / "configs" / f"{name}.json")
    return config, resolve_data(config, data_dir)


def _meta(task: str) -> dict[str, object]:
    meta: dict[str, object] = json.loads((MODELS / task / "meta.json").read_text(encoding="utf-8"))
    return meta


def _same(task: str, got: Mapping[str, str]) -> None:
    shipped = _meta(task)["inputs"]
    assert isinstance(shipped, dict)
    moved = sorted(k for k in set(shipped) | set(got) if shipped.get(k) != got.get(k))
    assert not moved, (f"the {task} model's training inputs {moved} are no longer what it was trained "
                       f"on: retrain it (khabar train configs/{task}.json) and check its scores")


@pytest.fixture(scope="module")
def news(data_dir: Path) -> list[list[str]]:
    from khabar.training.tagging import TaggerHyper, news_sentences

    config, files = _config("tagger", data_dir)
    spec = TaggerHyper.from_json(config.hyper).clusters
    assert spec is not None
    return news_sentences(files, spec)


def test_the_tagger_trains_on_what_it_was_trained_on(data_dir: Path, news: list[list[str]]) -> None:
    from khabar.ml.tagger import WordNormalizer
    from khabar.training.tagging import load_data, tagger_inputs, tokens_sha256

    config, files = _config("tagger", data_dir)
    norm = WordNormalizer(config.hyper.get("normalizer"))
    data = load_data(files, norm)  # without clusters: their text is fingerprinted on its own
    _same("tagger", tagger_inputs(data, norm) | {"clusters": tokens_sha256(news)})


def test_the_ner_models_train_on_what_they_were_trained_on(data_dir: Path, news: list[list[str]]) -> None:
    from khabar.training.ner import IL_NER, UNER, build_knowledge_base, ner_inputs, read_ner
    from khabar.training.tagging import ClusterSpec

    config, files = _config("ner", data_dir)
    assert ClusterSpec.from_json(config.hyper["clusters"]) == ClusterSpec.from_json(
        TrainConfig.read(ROOT / "configs" / "tagger.json").hyper["clusters"]), \
        "the tagger and the NER read their clusters' news text alike (one fixture serves both)"
    settings = config.hyper.get("normalizer")
    train_sets = {IL_NER: read_ner(files["il_ner_train"], IL_NER, settings),
                  UNER: read_ner(files["uner_train"], UNER, settings)}
    _same("ner", ner_inputs(train_sets, build_knowledge_base(files["wikidata"]), news))


def test_the_knowledge_base_rebuilds_byte_for_byte(data_dir: Path, tmp_path: Path) -> None:
    result = train(ROOT / "configs" / "kb.json", data=data_dir, out=tmp_path)
    shipped = _meta("kb")["files"]
    assert isinstance(shipped, dict)
    assert dict(result.files) == shipped, "the knowledge base no longer rebuilds: retrain configs/kb.json"
    for name, digest in shipped.items():
        assert sha256_path(MODELS / "kb" / name) == digest

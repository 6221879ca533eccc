"""train(): config checks, data hashes, and byte-identical weights for the same data and seed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from khabar.errors import ConfigError, DataError
from khabar.ml.wordseg import WordSegmenter
from khabar.training.train import TRAINERS, train

Z = "\u200c"
TRAIN = "\n".join([
    "انہوں نے کہا کہ وہ کل آئیں گے",
    f"وزیر{Z}اعظم نے کہا کہ ملک ترقی کرے گا",
    "صدر نے فرمایا کہ ہم تیار ہیں",
    f"حکومت نے بات{Z}چیت کا اعلان کیا",
    "انہوں نے کہا کہ کام ہو گا",
    "عوام نے حکومت کا ساتھ دیا",
]) + "\n"
DEV = "انہوں نے کہا کہ ہم تیار ہیں\nصدر نے بات کی\n"


def _setup(tmp_path: Path, *, epochs: int = 2) -> Path:
    data = tmp_path / "data" / "tiny"
    data.mkdir(parents=True)
    (data / "train.txt").write_text(TRAIN, encoding="utf-8")
    (data / "dev.txt").write_text(DEV, encoding="utf-8")
    config = {
        "task": "wordseg", "version": "0.0.1", "seed": 3,
        "data": {
            role: {"path": f"tiny/{role}.txt",
                   "sha256": hashlib.sha256((data / f"{role}.txt").read_bytes()).hexdigest()}
            for role in ("train", "dev")
        },
        "hyper": {"epochs": epochs, "folds": 2},
        "licence": "CC BY-NC-SA 4.0",
        "sources": [{"name": "made-up test sentences", "licence": "CC0"}],
    }
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return path


def test_same_data_and_seed_give_byte_identical_files(tmp_path: Path) -> None:
    config = _setup(tmp_path)
    a = train(config, data=tmp_path / "data", out=tmp_path / "a")
    b = train(config, data=tmp_path / "data", out=tmp_path / "b")
    assert dict(a.files) == dict(b.files)
    for name in ("model.npz", "meta.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    meta = json.loads(a.meta_path.read_text(encoding="utf-8"))
    assert meta["files"]["model.npz"] == hashlib.sha256((tmp_path / "a/model.npz").read_bytes()).hexdigest()
    assert meta["training"]["seed"] == 3
    assert meta["licence"] == "CC BY-NC-SA 4.0"
    assert set(meta["dev"]) >= {"word_f1", "subword_f1"}
    assert a.scores["sentences"] == 2
    # the written model loads (hashes checked) and segments
    seg = WordSegmenter.load(tmp_path / "a")
    assert seg.restore("انہوںنےکہا").replace(" ", "") == "انہوںنےکہا"


def test_changed_data_is_refused(tmp_path: Path) -> None:
    config = _setup(tmp_path)
    (tmp_path / "data/tiny/train.txt").write_text(TRAIN + "ایک اور جملہ\n", encoding="utf-8")
    with pytest.raises(DataError, match="differs"):
        train(config, data=tmp_path / "data", out=tmp_path / "a")
    (tmp_path / "data/tiny/train.txt").unlink()
    with pytest.raises(DataError, match="missing"):
        train(config, data=tmp_path / "data", out=tmp_path / "a")


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"task": "parser"}, "task 'parser'"),
        ({"seed": "1"}, "seed"),
        ({"data": {"train": {"path": "x"}}}, "sha256"),
        ({"extra": 1}, "unknown keys"),
        ({"hyper": {"epochs": 1, "learning_rate": 0.1}}, None),
    ],
)
def test_bad_configs(tmp_path: Path, patch: dict[str, object], message: str | None) -> None:
    path = _setup(tmp_path)
    config = json.loads(path.read_text(encoding="utf-8"))
    config.update(patch)
    path.write_text(json.dumps(config), encoding="utf-8")
    if message is None:  # an unknown hyper-parameter is the trainer's to refuse
        with pytest.raises(DataError, match="learning_rate"):
            train(path, data=tmp_path / "data", out=tmp_path / "a")
    else:
        with pytest.raises(ConfigError, match=message):
            train(path, data=tmp_path / "data", out=tmp_path / "a")


def test_dispatch_is_a_table_and_the_shipped_config_matches_the_data(data_dir: Path) -> None:
    assert "wordseg" in TRAINERS
    config = json.loads((Path(__file__).parents[2] / "configs/wordseg.json").read_text(encoding="utf-8"))
    for entry in config["data"].values():
        digest = hashlib.sha256((data_dir / entry["path"]).read_bytes()).hexdigest()
        assert digest == entry["sha256"]


def test_khabar_data_none_runs_as_a_fresh_clone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """KHABAR_DATA=none finds no data even where ../shared/data exists (CI runs the tests so, as a fresh
    clone would); a data folder given by name is used; a required one that is absent is a clear error."""
    from khabar.training.data import data_dir

    monkeypatch.setenv("KHABAR_DATA", "none")
    assert data_dir(required=False) is None
    with pytest.raises(DataError, match="KHABAR_DATA=none"):
        data_dir()
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path))
    assert data_dir() == tmp_path

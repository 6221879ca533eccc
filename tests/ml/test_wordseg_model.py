"""The shipped word segmentation model: restoring spaces/ZWNJs, split points, load checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from khabar.errors import ModelError
from khabar.ml.wordseg import (
    Boundary,
    WordSegmenter,
    default_model_dir,
    default_segmenter,
    skeleton,
)

ZWNJ = "\u200c"


@pytest.fixture(scope="module")
def seg() -> WordSegmenter:
    return default_segmenter()


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        ("فرمایاکہ", "فرمایا کہ"),
        ("انہوںنے", "انہوں نے"),
        ("پاکستان", "پاکستان"),
        ("وزیراعظمنےکہاکہ", f"وزیر{ZWNJ}اعظم نے کہا کہ"),
        ("ہڈسنجنرلجوکہہوائیجہازکیتنظیموںاورہوائیاڈوںکیدیکھبھالکرتیہے",
         f"ہڈسن جنرل جو{ZWNJ}کہ ہوائی{ZWNJ}جہاز کی تنظیموں اور ہوائی اڈوں کی دیکھ{ZWNJ}بھال کرتی ہے"),
    ],
)
def test_restore(seg: WordSegmenter, text: str, restored: str) -> None:
    assert seg.restore(text) == restored


def test_boundaries_are_offsets_into_the_input(seg: WordSegmenter) -> None:
    assert seg.boundaries("وزیراعظمنےکہاکہ") == [
        Boundary(4, "zwnj"), Boundary(8, "space"), Boundary(10, "space"), Boundary(13, "space"),
    ]


def test_split_points_of_a_run_together_word(seg: WordSegmenter) -> None:
    assert seg.split_points("فرمایاکہ") == [6]
    assert seg.split_points("انہوںنے") == [5]
    assert seg.split_points("پاکستان") == []
    # ZWNJ-level boundaries are not word splits
    assert seg.split_points("وزیراعظم") == []


def test_existing_whitespace_is_kept_and_chunks_segmented_alone(seg: WordSegmenter) -> None:
    assert seg.restore("انہوںنے  فرمایاکہ") == "انہوں نے  فرمایا کہ"
    assert seg.restore("") == ""
    assert seg.restore("ک") == "ک"


def test_vowel_marks_stay_with_their_letter(seg: WordSegmenter) -> None:
    # zer (U+0650, the izafat) on the last letter of حکومت: the boundary comes after the mark
    assert seg.boundaries("حکومتِپاکستاننے") == [Boundary(6, "space"), Boundary(13, "space")]
    assert seg.restore("حکومتِپاکستاننے") == "حکومتِ پاکستان نے"
    assert skeleton("وزیرِ۲۰") == "وزیر00"


def test_meta_records_sources_licence_and_scores(seg: WordSegmenter) -> None:
    meta = seg.meta
    assert meta["task"] == "wordseg"
    assert meta["licence"] == "CC BY-NC-SA 4.0"
    assert "Zia" in meta["sources"][0]["citation"]
    assert meta["dev"]["word_f1"] >= 0.97
    assert meta["dev"]["subword_f1"] >= 0.85


def _copy_model(tmp_path: Path) -> Path:
    src = Path(str(default_model_dir()))
    dst = tmp_path / "wordseg"
    shutil.copytree(src, dst)
    return dst


def test_corrupted_copy_raises_model_error(tmp_path: Path) -> None:
    folder = _copy_model(tmp_path)
    assert WordSegmenter.load(folder).restore("فرمایاکہ") == "فرمایا کہ"
    data = bytearray((folder / "model.npz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "model.npz").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="corrupted"):
        WordSegmenter.load(folder)


def test_missing_files_raise_model_error(tmp_path: Path) -> None:
    folder = _copy_model(tmp_path)
    (folder / "model.npz").unlink()
    with pytest.raises(ModelError, match="missing"):
        WordSegmenter.load(folder)
    with pytest.raises(ModelError, match=r"meta\.json"):
        WordSegmenter.load(tmp_path / "nowhere")

"""Reading a shipped model folder: ``meta.json`` plus the files whose SHA-256 it records.

Every trained component (word segmenter, tagger, entity recognizer) ships as a folder under
``khabar/models/<task>/``; loading one goes through :func:`read_model_folder`, which refuses a folder
whose meta describes another task or feature version, lists no file hashes, or holds a file that is
missing or differs from its recorded hash. The messages say how to recover (reinstall or retrain).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from khabar.errors import ModelError

META_FILE = "meta.json"


@dataclass(frozen=True, slots=True)
class ModelFolder:
    """A verified model folder: its meta and the bytes of every file the meta lists."""

    meta: dict[str, Any]
    files: dict[str, bytes]


def read_model_folder(folder: Path | Traversable, *, task: str, feature_version: int,
                      required: tuple[str, ...], config_hint: str) -> ModelFolder:
    """Read and verify the model in ``folder``.

    ``task`` and ``feature_version`` must match the meta; every name in ``required`` must be listed
    with a hash; ``config_hint`` is the training config named in messages (``configs/wordseg.json``).
    """
    retrain = f"`khabar train {config_hint}`"
    meta_file = folder / META_FILE
    if not meta_file.is_file():
        raise ModelError(f"no {task} model at {folder} ({META_FILE} missing); reinstall khabar or "
                         f"train one with {retrain}")
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{meta_file} is not valid JSON ({exc}); reinstall khabar or retrain") from exc
    if not isinstance(meta, dict) or meta.get("task") != task or \
            meta.get("feature_version") != feature_version:
        got = (meta.get("task"), meta.get("feature_version")) if isinstance(meta, dict) else None
        raise ModelError(f"{meta_file} describes (task, feature version) {got!r}; this khabar needs a "
                         f"{task} model of feature version {feature_version}: retrain with {retrain}")
    hashes = meta.get("files")
    missing = [name for name in required if not isinstance(hashes, dict) or name not in hashes]
    if missing or not isinstance(hashes, dict):
        raise ModelError(f"{meta_file} records no hash for {', '.join(missing)}: the model is incomplete")
    files: dict[str, bytes] = {}
    for name, expected in sorted(hashes.items()):
        f = folder / name
        if not f.is_file():
            raise ModelError(f"model file {name} listed in {meta_file} is missing; reinstall khabar")
        data = f.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected:
            raise ModelError(f"model file {f} is corrupted: SHA-256 {actual} differs from {expected} "
                             "recorded in meta.json; reinstall khabar or retrain the model")
        files[name] = data
    return ModelFolder(meta, files)

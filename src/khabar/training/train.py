"""``train(config)``: train a model from a JSON config and write it, with its model card, into the
package (``khabar/models/<task>/``) or another folder.

A config looks like ``configs/wordseg.json``::

    {"task": "wordseg", "version": "1.0.0", "seed": 1,
     "data": {"train": {"path": "wordseg/.../train.txt", "sha256": "..."}, "dev": {...}},
     "hyper": {"epochs": 8},
     "licence": "CC BY-NC-SA 4.0",
     "sources": [{"name": ..., "url": ..., "licence": ..., "citation": ...}]}

Data paths are relative to the data folder (``KHABAR_DATA``, default ``../shared/data``, or the
``data`` argument). Each file's SHA-256 must match the config: training on different data is refused
with a message saying which file changed. The same config, data and seed give byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import MappingProxyType
from typing import Any

from khabar.errors import ConfigError, DataError
from khabar.training.data import data_dir
from khabar.training.ner import train_kb_task, train_ner_task
from khabar.training.tagging import train_tagger_task
from khabar.training.wordseg import TaskOutput, train_wordseg

log = logging.getLogger("khabar.training")

#: A task trainer: (data files by role, hyper-parameters, seed, log) -> files, scores and meta.
Trainer = Callable[[Mapping[str, Path], Mapping[str, Any], int, Callable[[str], None]], TaskOutput]

#: Task name -> trainer. Later tasks (tagger, ner, ...) add themselves here.
TRAINERS: dict[str, Trainer] = {
    "wordseg": train_wordseg,
    "tagger": train_tagger_task,
    "ner": train_ner_task,
    "kb": train_kb_task,
}

META_FILE = "meta.json"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class TrainResult:
    """What training wrote: the model folder, its files (name -> SHA-256) and the dev scores."""

    task: str
    out: Path
    files: Mapping[str, str]
    scores: Mapping[str, float | int] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def meta_path(self) -> Path:
        return self.out / META_FILE


@dataclass(frozen=True, slots=True)
class DataFile:
    role: str
    path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """A checked training config (see the module docstring)."""

    task: str
    seed: int
    version: str
    data: tuple[DataFile, ...]
    hyper: Mapping[str, Any]
    licence: str
    sources: tuple[Mapping[str, Any], ...]

    @classmethod
    def read(cls, path: Path) -> TrainConfig:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read training config {path}: {exc}") from exc
        except ValueError as exc:
            raise ConfigError(f"training config {path} is not valid JSON: {exc}") from exc
        return cls.from_json(raw, where=str(path))

    @classmethod
    def from_json(cls, raw: Any, *, where: str = "config") -> TrainConfig:
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: a training config is a JSON object")
        allowed = {"task", "seed", "version", "data", "hyper", "licence", "sources", "comment"}
        unknown = set(raw) - allowed
        if unknown:
            raise ConfigError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
        task = raw.get("task")
        if task not in TRAINERS:
            raise ConfigError(f"{where}: task {task!r} is not one of {sorted(TRAINERS)}")
        seed = raw.get("seed")
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise ConfigError(f"{where}: seed must be an integer, not {seed!r}")
        data = raw.get("data")
        if not isinstance(data, dict) or not data:
            raise ConfigError(f'{where}: "data" maps a role (train, dev) to {{"path", "sha256"}}')
        files: list[DataFile] = []
        for role, entry in sorted(data.items()):
            if not (isinstance(entry, dict) and isinstance(entry.get("path"), str)
                    and isinstance(entry.get("sha256"), str) and _SHA256.match(entry["sha256"])):
                raise ConfigError(f'{where}: data.{role} needs "path" and a 64-hex-digit "sha256"')
            files.append(DataFile(role, entry["path"], entry["sha256"]))
        hyper = raw.get("hyper", {})
        if not isinstance(hyper, dict):
            raise ConfigError(f"{where}: hyper must be an object")
        sources = raw.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
            raise ConfigError(f"{where}: sources must be a list of objects (name, url, licence, citation)")
        return cls(task=task, seed=seed, version=str(raw.get("version", "0")), data=tuple(files),
                   hyper=MappingProxyType(dict(hyper)), licence=str(raw.get("licence", "")),
                   sources=tuple(MappingProxyType(dict(s)) for s in sources))


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_path(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def default_out(task: str) -> Path:
    """The package's own model folder for ``task`` (in a source checkout: src/khabar/models/<task>)."""
    return Path(__file__).resolve().parents[1] / "models" / task


def resolve_data(config: TrainConfig, root: Path) -> dict[str, Path]:
    """The config's data files under ``root``, each checked against its recorded SHA-256."""
    out: dict[str, Path] = {}
    for f in config.data:
        path = root / f.path
        if not path.is_file():
            raise DataError(f"data file {f.role} = {f.path} is missing under {root}; set KHABAR_DATA "
                            "or pass the data folder")
        actual = sha256_path(path)
        if actual != f.sha256:
            raise DataError(
                f"data file {f.role} = {path} has SHA-256 {actual}, but the config was written for "
                f"{f.sha256}: the data differs. Train on the recorded data, or update the hash in the "
                "config on purpose (and say why in the commit)."
            )
        out[f.role] = path
    return out


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def train(config_path: Path, *, data: Path | None = None, out: Path | None = None) -> TrainResult:
    """Train the model a config describes and write it (weights + ``meta.json``) to ``out``
    (default: the package's ``khabar/models/<task>/``)."""
    config = TrainConfig.read(config_path)
    root = data if data is not None else data_dir()
    assert root is not None
    files = resolve_data(config, root)
    target = out if out is not None else default_out(config.task)
    log.info("training %s (seed %d) from %s into %s", config.task, config.seed, root, target)
    result = TRAINERS[config.task](files, config.hyper, config.seed, log.info)
    hashes = {name: sha256_bytes(blob) for name, blob in sorted(result.files.items())}
    meta: dict[str, Any] = {
        "name": config.task,
        "task": config.task,
        "version": config.version,
        "licence": config.licence,
        "sources": [dict(s) for s in config.sources],
        "training": {
            "seed": config.seed,
            "hyper": dict(config.hyper),
            "data": {f.role: {"path": f.path, "sha256": f.sha256} for f in config.data},
            "wordfreq": _version("wordfreq"),
            "numpy": _version("numpy"),
        },
        "dev": dict(result.scores),
        **dict(result.meta),
        "files": hashes,
    }
    target.mkdir(parents=True, exist_ok=True)
    for name, blob in sorted(result.files.items()):
        tmp = target / (name + ".tmp")
        tmp.write_bytes(blob)
        tmp.replace(target / name)
    meta_text = json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    tmp = target / (META_FILE + ".tmp")
    tmp.write_text(meta_text, encoding="utf-8")
    tmp.replace(target / META_FILE)
    return TrainResult(task=config.task, out=target, files=MappingProxyType(hashes),
                       scores=MappingProxyType(dict(result.scores)))

"""Fixtures of the corpus tests: a fresh store, the rules-only text pipeline (fast to load)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import khabar
from khabar.corpus.store import Store
from khabar.pipeline import Pipeline


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    return khabar.load("text")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "corpus.sqlite") as s:
        yield s

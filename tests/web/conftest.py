"""Fixtures of the web tests: the gold corpus (tests/web/corpus.py) in a database, and apps over it."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web tests need the [web] extra (pip install -e '.[web]')")

import web_corpus as corpus
from fastapi.testclient import TestClient

from khabar.web.app import create_app
from khabar.web.settings import Settings

TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="session")
def gold_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("web") / "gold.sqlite"
    ids = corpus.build(path)
    return path, ids


@pytest.fixture(scope="session")
def ids(gold_db: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return gold_db[1]


def settings_for(db: Path, **changes: object) -> Settings:
    return Settings(db=db, pipeline="text", preload=False, api_token=TOKEN).with_(**changes)


def client_for(settings: Settings, *, raise_server_exceptions: bool = True) -> TestClient:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return TestClient(create_app(settings), raise_server_exceptions=raise_server_exceptions)


@pytest.fixture(scope="session")
def client(gold_db: tuple[Path, dict[str, int]]) -> Iterator[TestClient]:
    with client_for(settings_for(gold_db[0])) as c:
        yield c


@pytest.fixture
def writable_db(gold_db: tuple[Path, dict[str, int]], tmp_path: Path) -> Path:
    """A copy of the gold database that a test may write to."""
    path = tmp_path / "copy.sqlite"
    shutil.copy(gold_db[0], path)
    return path

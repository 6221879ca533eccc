"""Shared fixtures. Tests that need ../shared/data use the ``data_dir`` fixture: they skip with a reason
on a fresh clone, and fail when KHABAR_REQUIRE_DATA=1 (CI) and the data is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from khabar.training.data import data_dir as _find_data


@pytest.fixture(scope="session")
def data_dir() -> Path:
    found = _find_data(required=False)
    if found is None:
        if os.environ.get("KHABAR_REQUIRE_DATA") == "1":
            pytest.fail("KHABAR_REQUIRE_DATA=1 but ../shared/data (or $KHABAR_DATA) is missing")
        pytest.skip("needs ../shared/data (set KHABAR_DATA); not present in this checkout")
    return found

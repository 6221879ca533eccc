"""Shared fixtures. Tests that need ../shared/data use the ``data_dir`` fixture: they skip with a reason
on a fresh clone, and fail when KHABAR_REQUIRE_DATA=1 (CI) and the data is absent."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
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


@pytest.fixture
def in_threads() -> Callable[[Callable[[int], None], int], None]:
    """Run ``work(k)`` in ``n`` threads at once with a microsecond switch interval (races show)."""

    def run(work: Callable[[int], None], n: int) -> None:
        old = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)
        try:
            threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            sys.setswitchinterval(old)

    return run

"""Tests run offline: pytest-socket blocks every internet socket (``--disable-socket`` in pyproject's
addopts), so a test or a library that tries to download fails loudly instead of passing on a laptop
with a network and failing in CI without one."""

from __future__ import annotations

import socket
import tomllib
from pathlib import Path

import pytest

pytest_socket = pytest.importorskip("pytest_socket", reason="pytest-socket is a [dev] dependency")

ROOT = Path(__file__).resolve().parents[1]
#: pytest-socket warns each time it blocks a socket; here blocking is the point
blocked = pytest.mark.filterwarnings("ignore:A test tried to use socket")


def test_pyproject_disables_sockets_for_every_run() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = config["tool"]["pytest"]["ini_options"]["addopts"].split()
    assert "--disable-socket" in addopts


@blocked
@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_an_internet_socket_cannot_be_opened(family: socket.AddressFamily) -> None:
    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.socket(family, socket.SOCK_STREAM)


@blocked
def test_a_connection_attempt_is_blocked_before_it_leaves() -> None:
    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.5)


@blocked
def test_an_http_request_is_blocked() -> None:
    import urllib.request

    with pytest.raises(pytest_socket.SocketBlockedError):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=0.5)


def test_the_text_pipeline_runs_with_sockets_blocked() -> None:
    """khabar.load() builds from package resources only: nothing downloads at run time."""
    import khabar

    doc = khabar.load("text")("ملاقات ہوئی۔ انھوں نے کہا کہ")
    assert [t.text for t in doc.tokens] == ["ملاقات", "ہوئی", "۔", "انھوں", "نے", "کہا", "کہ"]
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 12), (13, 28)]

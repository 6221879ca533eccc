"""What the speed work changed: search and analyze answer without a second validation (the answers
must still be exactly the documented models), facets in one statement (the same counts as one query
per facet), settings handed to worker processes, ``--workers``, and ingest across workers."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from conftest import settings_for
from khabar.corpus.search import Filters, compile_query, matching_ids, store_normalizer
from khabar.corpus.store import Store
from khabar.errors import ConfigError
from khabar.web import models as m
from khabar.web import queries
from khabar.web.app import WORKER_SETTINGS_ENV, worker_app
from khabar.web.backend import Backend
from khabar.web.settings import Settings


def _fields(model: type[BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()}


def _exactly(data: dict[str, Any], model: type[BaseModel]) -> None:
    """``data`` validates against ``model`` and has exactly its fields (no more, no fewer)."""
    model.model_validate(data)
    assert set(data) == _fields(model), (model.__name__, set(data) ^ _fields(model))


# --- answers are the documented models ----------------------------------------------------------------
@pytest.mark.parametrize(
    "params",
    [
        {"q": "بارش", "facets": "true"},
        {"q": "بارش"},
        {"q": "بارش", "size": "2", "page": "2"},
        {"q": "بارش", "source": "Dawn", "facets": "true"},
        {"q": "ملاقات", "event": "040", "facets": "true"},
        {"q": "کوئیایسالفظنہیں", "facets": "true"},  # nothing matches
    ],
)
def test_search_answers_are_exactly_the_documented_model(client: TestClient, params: dict[str, str]) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    data = r.json()
    _exactly(data, m.SearchResponse)
    for hit in data["results"]:
        _exactly(hit, m.Hit)
    if params.get("facets"):
        _exactly(data["facets"], m.Facets)
        for values in data["facets"].values():
            for v in values:
                _exactly(v, m.FacetValue)
    else:
        assert data["facets"] is None
    assert data["ranked"] == min(data["total"], 2000)
    assert (data["page"], data["size"]) == (int(params.get("page", 1)), int(params.get("size", 10)))


def test_analyze_answers_the_documented_model(client: TestClient) -> None:
    data = client.post(
        "/api/analyze", json={"text": "کراچی میں بارش ہوئی۔ شہباز شریف نے کہا کہ کام جاری ہے۔"}
    ).json()
    _exactly(data, m.DocumentModel)
    for token in data["tokens"]:
        assert set(token) <= _fields(m.TokenModel)


def test_the_openapi_document_still_declares_the_models(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()

    def ok_schema(path: str, method: str) -> str:
        ref: str = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"][
            "$ref"
        ]
        return ref.rsplit("/", 1)[1]

    assert ok_schema("/api/search", "get") == "SearchResponse"
    assert ok_schema("/api/analyze", "post") == "DocumentModel"
    assert "ranked" in spec["components"]["schemas"]["SearchResponse"]["required"]


# --- facets in one statement --------------------------------------------------------------------------
def _facets_per_query(
    conn: sqlite3.Connection, fts: str, filters: Filters, limit: int = 10
) -> queries.Facets:
    """The reference: one query per facet, each over the same newest FACET_LIMIT matching ids."""
    matching, args = matching_ids(fts, filters, newest=queries.FACET_LIMIT)
    sources = conn.execute(
        f"SELECT d.source, count(*) FROM documents d WHERE d.id IN ({matching}) AND d.source != '' "
        "GROUP BY d.source ORDER BY count(*) DESC, d.source LIMIT ?",
        (*args, limit),
    ).fetchall()
    entities = conn.execute(
        "SELECT coalesce(e.kb_id, e.text) AS k, max(coalesce(e.canonical, e.text)), "
        f"count(DISTINCT e.document) FROM entities e WHERE e.document IN ({matching}) "
        "AND e.label NOT IN ('NUMBER', 'DATE', 'TIME') "
        "GROUP BY k ORDER BY count(DISTINCT e.document) DESC, k LIMIT ?",
        (*args, limit),
    ).fetchall()
    events = conn.execute(
        f"SELECT ev.code, ev.code || ' ' || max(ev.label), count(DISTINCT ev.document) FROM events ev "
        f"WHERE ev.document IN ({matching}) GROUP BY ev.code "
        "ORDER BY count(DISTINCT ev.document) DESC, ev.code LIMIT ?",
        (*args, limit),
    ).fetchall()
    return queries.Facets(
        tuple(queries.FacetValue(s, s, n) for s, n in sources),
        tuple(queries.FacetValue(k, name, n) for k, name, n in entities),
        tuple(queries.FacetValue(c, label, n) for c, label, n in events),
    )


@pytest.mark.parametrize(
    ("query", "filters", "limit"),
    [
        ("بارش", Filters(), 10),
        ("بارش", Filters(), 2),
        ("بارش", Filters(source="Dawn"), 10),
        ("بارش", Filters(since="2024-04-01"), 10),
        ("ملاقات", Filters(), 10),
        ("ملاقات OR بارش", Filters(), 10),
        ("ملاقات OR بارش", Filters(entity="Shehbaz Sharif"), 3),
        ("کوئیایسالفظنہیں", Filters(), 10),
    ],
)
def test_facets_in_one_statement_are_the_counts_of_one_query_per_facet(
    gold_db: tuple[Path, dict[str, int]], query: str, filters: Filters, limit: int
) -> None:
    with Store(gold_db[0], readonly=True) as store:
        fts = compile_query(query, store_normalizer(store))
        got = queries.facets(store.conn, fts, filters, limit=limit)
        assert got == _facets_per_query(store.conn, fts, filters, limit)
    if query == "ملاقات OR بارش" and limit == 10:
        assert got.sources  # every facet is exercised
        assert got.entities
        assert got.events


# --- settings for worker processes, --workers -----------------------------------------------------------
def test_workers_from_the_environment_and_the_settings_round_trip(tmp_path: Path) -> None:
    s = Settings.from_env({"KHABAR_DB": str(tmp_path / "c.sqlite"), "KHABAR_WORKERS": "3"})
    assert s.workers == 3
    assert Settings.from_env({"KHABAR_WORKERS": "3"}, db=tmp_path / "c.sqlite", workers=2).workers == 2
    full = Settings(
        db=tmp_path / "c.sqlite",
        api_token="t" * 20,
        pipeline="text",
        max_body_bytes=1234,
        timeout_s=2.5,
        font_dirs=(tmp_path, Path("/nowhere")),
        preload=False,
        workers=4,
    )
    assert Settings.from_json(full.to_json()) == full
    with pytest.raises(ConfigError, match="workers must be positive"):
        Settings(db=tmp_path / "c.sqlite", workers=0)
    with pytest.raises(ConfigError, match="KHABAR_WORKERS='two' is not a number"):
        Settings.from_env({"KHABAR_WORKERS": "two"}, db=tmp_path / "c.sqlite")
    with pytest.raises(ConfigError, match="handed to a worker process are not valid"):
        Settings.from_json('{"db": "x"}')


def test_the_workers_option_reaches_the_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import khabar.web.app as app_module
    from khabar.web.__main__ import main

    seen: list[tuple[Settings, int]] = []
    monkeypatch.setattr(app_module, "serve", lambda s, **kw: seen.append((s, kw["port"])))
    monkeypatch.delenv("KHABAR_WORKERS", raising=False)
    db = tmp_path / "c.sqlite"
    assert main(["--db", str(db), "--port", "8123", "--workers", "3", "--pipeline", "text"]) == 0
    assert main(["--db", str(db)]) == 0
    assert [(s.workers, s.db, port) for s, port in seen] == [(3, db, 8123), (1, db, 8000)]
    assert seen[0][0].pipeline == "text"


def test_a_worker_builds_its_app_from_the_handed_settings(
    monkeypatch: pytest.MonkeyPatch, gold_db: tuple[Path, dict[str, int]]
) -> None:
    monkeypatch.delenv(WORKER_SETTINGS_ENV, raising=False)
    with pytest.raises(ConfigError, match=WORKER_SETTINGS_ENV):
        worker_app()
    settings = settings_for(gold_db[0], workers=2)
    monkeypatch.setenv(WORKER_SETTINGS_ENV, settings.to_json())
    app = worker_app()
    assert app.state.settings == settings
    with TestClient(app) as c:
        assert c.get("/api/search", params={"q": "بارش"}).json()["total"] == 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                out.append(int(entry.name))
    return out


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts the worker processes in /proc")
def test_a_server_with_two_workers_answers(gold_db: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    db = tmp_path / "gold.sqlite"
    shutil.copy(gold_db[0], db)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("KHABAR_API_TOKEN", WORKER_SETTINGS_ENV)}
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "khabar.web",
            "--db",
            str(db),
            "--port",
            str(port),
            "--pipeline",
            "text",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, (tmp_path / "server.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)
        with httpx.Client(base_url=base, timeout=30) as c:
            for _ in range(6):  # new connections: the workers take turns accepting them
                r = httpx.get(base + "/api/search", params={"q": "بارش", "facets": "true"}, timeout=30)
                assert r.status_code == 200
                assert r.json()["total"] == 3
            assert c.get("/api/documents/999").json()["error"]["code"] == "not_found"
        assert len(_children(proc.pid)) >= 2  # uvicorn's supervisor and its two workers
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


# --- ingest across workers ----------------------------------------------------------------------------
STORY = (
    "پشاور میں صوبائی حکومت نے شہر کی سب سے بڑی سڑک کی تعمیر کا کام مکمل کر لیا ہے اور وزیر اعلیٰ نے "
    "آج صبح اس کا افتتاح کیا۔ حکام کے مطابق اس منصوبے پر تین سال کام ہوا اور اس سے روزانہ ہزاروں "
    "مسافروں کا سفر آسان ہو جائے گا۔ شہریوں نے منصوبے کی تکمیل پر خوشی کا اظہار کیا۔"
)


def test_ingest_in_one_worker_sees_the_documents_another_worker_added(writable_db: Path) -> None:
    from khabar.corpus.records import Article

    settings = settings_for(writable_db, workers=2)
    first, second = Backend(settings), Backend(settings)  # two worker processes' backends
    try:
        unrelated = Article("کوئٹہ میں آج موسم سرد رہا اور بارش کا امکان ہے۔", "w2-1", "test")
        assert second.ingest([unrelated]).added == 1  # the second worker's ingester exists now
        assert first.ingest([Article(STORY, "w1-1", "test")]).added == 1
        edited = STORY.replace("تین سال", "چار سال")
        summary = second.ingest([Article(edited, "w2-2", "test")])
        assert (summary.added, summary.near_duplicates) == (1, 1)
    finally:
        first.close()
        second.close()
    assert not (writable_db.parent / (writable_db.name + ".ingest-lock")).read_text()

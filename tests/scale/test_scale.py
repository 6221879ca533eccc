"""Scale-out: the same per-article function in every executor (local, process pool, a real Dask
LocalCluster), Parquet output with the documented columns, and ``khabar ingest`` loading it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.errors import ConfigError, InputError
from khabar.scale.analyze import COLUMNS, analyze_record, run

TEXTS = ["لاہور میں بارش ہوئی۔", "كراچي ميں اجلاس ہوا۔ وزیر نے خطاب کیا۔", "", "کوئٹہ میں برف باری ہوئی۔",
         "پشاور میں جلسہ ہوا۔"]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"n{k}", "text": t, "title": f"خبر {k}", "source": "test",
                         "published": f"2024-01-0{k + 1}"}, ensure_ascii=False)
             for k, t in enumerate(TEXTS)]
    path.write_text("\n".join([*lines, "{broken"]) + "\n", encoding="utf-8")
    return path


def _rows(out: Path) -> list[dict[str, object]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, object]] = []
    for part in sorted(out.glob("part-*.parquet")):
        table = pq.read_table(part)
        assert tuple(table.column_names) == COLUMNS
        rows += table.to_pylist()
    return rows


def test_analyze_record_is_one_pure_function() -> None:
    row = analyze_record({"doc_id": "x", "text": "كراچي ميں اجلاس ہوا۔"}, "text")
    assert row["text"] == "کراچی میں اجلاس ہوا۔"
    assert row["n_tokens"] == 5
    assert row["error"] is None
    assert json.loads(str(row["document"]))["raw_text"] == "كراچي ميں اجلاس ہوا۔"
    assert analyze_record({"doc_id": "y", "text": "  "}, "text")["error"] == "the article has no text"


def test_the_records_metadata_reaches_the_pipeline() -> None:
    """گزشتہ روز resolves against the record's ``published``: before, the pipeline never saw it and
    every relative date of an archive stayed unresolved."""
    text = "وزیر اعظم نے گزشتہ روز لاہور کا دورہ کیا۔"
    row = analyze_record({"doc_id": "x", "text": text, "published": "2024-03-05", "title": "دورہ"},
                         "default")
    doc = json.loads(str(row["document"]))
    assert (doc["meta"]["title"], doc["meta"]["published"]) == ("دورہ", "2024-03-05")
    assert [(d["kind"], d["value"]) for d in doc["dates"]] == [("relative", "2024-03-04")]
    bare = json.loads(str(analyze_record({"doc_id": "y", "text": text}, "default")["document"]))
    assert [d["value"] for d in bare["dates"]] == [None]


def test_a_partition_is_analyzed_together_with_the_rows_of_one_record_at_a_time() -> None:
    from khabar.scale.analyze import analyze_partition

    records = [{"doc_id": f"n{k}", "text": t, "published": "2024-01-02"} for k, t in enumerate(TEXTS)]
    rows = analyze_partition(records, "default")
    assert [r["doc_id"] for r in rows] == ["n0", "n1", "n2", "n3", "n4"]
    assert [r["error"] for r in rows] == [None, None, "the article has no text", None, None]
    assert rows == [analyze_record(r, "default") for r in records]


#: Dask talks to its scheduler over sockets: allowed on the loopback interface only
_LOOPBACK = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1", "localhost", "::1"])]


@pytest.mark.parametrize("executor", ["local", "process", pytest.param("dask", marks=_LOOPBACK)])
def test_every_executor_writes_the_same_rows(articles: Path, tmp_path: Path, executor: str) -> None:
    out = tmp_path / f"{executor}.parquet"
    summary = run([str(articles)], out, executor=executor, workers=2, pipeline="text", partition_size=2,
                  processes=False)
    assert (summary.records, summary.failed, summary.partitions) == (6, 2, 3)
    rows = _rows(out)
    assert [r["doc_id"] for r in rows] == ["n0", "n1", "n2", "n3", "n4", f"{articles}:6"]
    assert rows[1]["text"] == "کراچی میں اجلاس ہوا۔ وزیر نے خطاب کیا۔"
    assert rows[2]["error"] == "the article has no text"
    assert str(rows[5]["error"]).startswith("Expecting property name")
    local = tmp_path / "ref.parquet"
    run([str(articles)], local, executor="local", pipeline="text", partition_size=2)
    assert [r["document"] for r in _rows(local)] == [r["document"] for r in rows]


def test_ingest_loads_the_parquet_without_analyzing_again(articles: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import khabar
    from khabar.corpus.ingest import ingest
    from khabar.corpus.store import Store
    from khabar.pipeline import Pipeline

    out = tmp_path / "out.parquet"
    run([str(articles)], out, executor="local", pipeline="text", partition_size=10)
    # the documents came analyzed: ingest must not run the pipeline on any of them (counted, not timed)
    analyzed: list[object] = []
    call, pipe_isolated = Pipeline.__call__, Pipeline.pipe_isolated
    monkeypatch.setattr(Pipeline, "__call__", lambda self, doc, *a, **k: (
        analyzed.append(doc), call(self, doc, *a, **k))[1])
    monkeypatch.setattr(Pipeline, "pipe_isolated", lambda self, docs, *a, **k: (
        analyzed.extend(docs), pipe_isolated(self, docs, *a, **k))[1])
    with Store(tmp_path / "c.sqlite") as store:
        summary = ingest([str(out)], store, nlp=khabar.load("text"))
        assert (summary.added, summary.failed) == (4, 2)
        assert "analysis failed: the article has no text" in summary.failures[0].reason
        assert analyzed == []
        row = store.conn.execute("SELECT title, source, published FROM documents WHERE doc_id = 'n1'"
                                 ).fetchone()
        assert row == ("خبر 1", "test", "2024-01-02")


def test_bad_arguments_are_clear_errors(articles: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown executor 'spark'"):
        run([str(articles)], tmp_path / "o", executor="spark")
    with pytest.raises(ConfigError, match="--scheduler needs --executor dask"):
        run([str(articles)], tmp_path / "o", executor="local", scheduler="tcp://x:1")
    with pytest.raises(InputError, match="no such file or directory"):
        run([str(tmp_path / "missing.jsonl")], tmp_path / "o", executor="local")
    (tmp_path / "exists").mkdir()
    with pytest.raises(ConfigError, match="already exists"):
        run([str(articles)], tmp_path / "exists", executor="local")

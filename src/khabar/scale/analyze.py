"""Run the pipeline over a large input in partitions and write Parquet.

:func:`analyze_record` is the one per-article function: a pure function of the record (and the
pipeline name), so the same code runs in every executor:

* ``local``: in this process;
* ``process``: a :class:`concurrent.futures.ProcessPoolExecutor`;
* ``dask``: a Dask ``distributed`` client — a :class:`LocalCluster` by default (``workers`` worker
  processes, one thread each), or any scheduler (``scheduler="tcp://host:8786"``).

Input: JSONL files (one article per line: text, title, url, published, source, author, id), text
files (``*.txt``), directories of them, and Parquet with a ``text`` or ``raw_text`` column. Output: a
directory ``OUT.parquet`` with one ``part-NNNNN.parquet`` per partition, in input order; the columns
are ``khabar.parquet/1`` (docs/corpus.md). A record that fails is written with its ``error`` and no
``document``; one bad record never stops the run.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.errors import ConfigError, InputError, KhabarError

if TYPE_CHECKING:
    from khabar.doc.model import Document

EXECUTORS = ("local", "process", "dask")
SCHEMA_NAME = "khabar.parquet/1"
#: Output columns (a prefix of the store export's columns: see docs/corpus.md).
COLUMNS = ("schema", "doc_id", "title", "url", "source", "author", "published", "origin", "raw_text", "text",
           "n_tokens", "n_sentences", "document", "error")
META_FIELDS = ("doc_id", "title", "url", "source", "author", "published", "origin")
DEFAULT_PARTITION_SIZE = 500

_PIPELINES: dict[str, Any] = {}


def _pipeline(name: str) -> Any:
    """The pipeline ``name``, built once per process (a worker keeps it between records)."""
    nlp = _PIPELINES.get(name)
    if nlp is None:
        from khabar.loading import load

        nlp = _PIPELINES[name] = load(name)
    return nlp


def analyze_record(record: dict[str, Any], pipeline: str = "default") -> dict[str, Any]:
    """Analyze one article record (``text`` plus optional metadata) into one output row (a dict with
    :data:`COLUMNS`). Never raises for a bad article: the row carries the ``error``."""
    row, doc = _row(record)
    if doc is None:
        return row
    try:
        return _analyzed(row, _pipeline(pipeline)(doc))
    except KhabarError as exc:
        row["error"] = str(exc)
        return row


def analyze_partition(records: list[dict[str, Any]], pipeline: str = "default") -> list[dict[str, Any]]:
    """The rows of a partition's records, analyzed together (``Pipeline.pipe_isolated``: the
    recognizer decodes many articles' sentences at once; should an article fail, each is analyzed
    alone so that the error stays in its own row)."""
    started = [_row(r) for r in records]
    analyzed = iter(_pipeline(pipeline).pipe_isolated([doc for _, doc in started if doc is not None]))
    out = []
    for row, doc in started:
        if doc is not None:
            done = next(analyzed)
            if isinstance(done, KhabarError):
                row["error"] = str(done)
            else:
                _analyzed(row, done)
        out.append(row)
    return out


def _row(record: dict[str, Any]) -> tuple[dict[str, Any], Document | None]:
    """A record's output row before analysis, and the Document to analyze (None: the row has its
    ``error``). The record's metadata goes to the pipeline: the dates component resolves گزشتہ روز
    against ``published``."""
    from khabar.doc.model import Document

    row: dict[str, Any] = {k: (str(record[k]) if record.get(k) is not None else None) for k in META_FIELDS}
    row.update(schema=SCHEMA_NAME, raw_text=None, text=None, n_tokens=None, n_sentences=None, document=None,
               error=None)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        row["error"] = "the article has no text"
        return row, None
    row["raw_text"] = text
    meta = {k: row[k] for k in META_FIELDS if k != "doc_id" and row[k]}
    return row, Document(text, id=row["doc_id"] or "", meta=meta)


def _analyzed(row: dict[str, Any], doc: Document) -> dict[str, Any]:
    from khabar.doc.jsonio import dumps

    row.update(text=doc.text, n_tokens=len(doc.token_starts), n_sentences=len(doc.sentences),
               document=dumps(doc))
    return row


# --- input -----------------------------------------------------------------------------------------
def _files(inputs: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in inputs:
        p = Path(name)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file()
                           and f.suffix.lower() in (".txt", ".jsonl", ".parquet"))
            if not found:
                raise InputError(f"{p}: the directory holds no .txt, .jsonl or .parquet file")
            out += found
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or directory; check the path")
    return out


def read_records(inputs: list[str]) -> Iterator[dict[str, Any]]:
    """Article records from JSONL, text and Parquet inputs (a bad JSONL line becomes a record whose
    ``error`` is written to the output)."""
    from khabar.inputs import read_path

    for path in _files(inputs):
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            with path.open("rb") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    origin = f"{path}:{n}"
                    try:
                        obj = json.loads(line.decode("utf-8"))
                        if not isinstance(obj, dict):
                            raise ValueError("not a JSON object")
                    except (UnicodeDecodeError, ValueError) as exc:
                        yield {"origin": origin, "doc_id": origin, "text": None, "_error": str(exc)}
                        continue
                    obj = {**obj, "origin": origin, "doc_id": obj.get("id") or obj.get("url") or origin}
                    yield obj
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            pf = pq.ParquetFile(path)
            n = 0
            for batch in pf.iter_batches(batch_size=1024):
                for rec in batch.to_pylist():
                    n += 1
                    origin = f"{path}:row {n}"
                    yield {**rec, "text": rec.get("raw_text") or rec.get("text"), "origin": origin,
                           "doc_id": rec.get("doc_id") or origin}
        else:
            try:
                text = read_path(path).text
            except KhabarError as exc:
                yield {"origin": str(path), "doc_id": str(path), "text": None, "_error": str(exc)}
                continue
            yield {"origin": str(path), "doc_id": str(path), "text": text}


def _partitions(records: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    part: list[dict[str, Any]] = []
    for r in records:
        part.append(r)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def _write_partition(records: list[dict[str, Any]], pipeline: str, path: str) -> tuple[int, int]:
    """Analyze one partition and write its Parquet part file where it ran (a worker writes its own
    output, as Dask's ``to_parquet`` does: the results never travel back through the driver).
    Returns (records, failed)."""
    rows = _run_partition(records, pipeline)
    _write_part(rows, Path(path))
    return len(rows), sum(1 for r in rows if r.get("error"))


def _run_partition(records: list[dict[str, Any]], pipeline: str) -> list[dict[str, Any]]:
    rows = []
    for r in records:
        if r.get("_error"):
            rows.append({**{k: r.get(k) for k in META_FIELDS}, "schema": SCHEMA_NAME, "raw_text": None,
                         "text": None, "n_tokens": None, "n_sentences": None, "document": None,
                         "error": str(r["_error"])})
        else:
            rows.append(analyze_record(r, pipeline))
    return rows


# --- output ----------------------------------------------------------------------------------------
def _write_part(rows: list[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"n_tokens": pa.int32(), "n_sentences": pa.int32()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    table = pa.table({c: [r.get(c) for r in rows] for c in COLUMNS}, schema=schema)
    pq.write_table(table, path, compression="zstd")


@dataclass(frozen=True, slots=True)
class RunSummary:
    out: str
    executor: str
    partitions: int
    records: int
    failed: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"out": self.out, "executor": self.executor, "partitions": self.partitions,
                "records": self.records, "failed": self.failed, "seconds": round(self.seconds, 3),
                "records_per_s": round(self.rate, 1)}


def run(inputs: list[str], out: str | os.PathLike[str], *, executor: str = "dask",
        scheduler: str | None = None, workers: int = 2, pipeline: str = "default",
        partition_size: int = DEFAULT_PARTITION_SIZE, processes: bool = True,
        overwrite: bool = False) -> RunSummary:
    """Analyze every article of ``inputs`` and write ``out`` (a directory of Parquet part files)."""
    if executor not in EXECUTORS:
        raise ConfigError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
    if scheduler and executor != "dask":
        raise ConfigError("--scheduler needs --executor dask")
    if partition_size < 1 or workers < 1:
        raise ConfigError("partition size and workers must be at least 1")
    from khabar.loading import PIPELINES

    if pipeline not in PIPELINES:
        raise ConfigError(f"no pipeline {pipeline!r}; known: {', '.join(sorted(PIPELINES))}")
    out_dir = Path(out)
    if out_dir.exists():
        if not overwrite:
            raise ConfigError(f"{out_dir}: already exists; choose another --out or remove it")
        if out_dir.is_dir():
            shutil.rmtree(out_dir)
        else:
            out_dir.unlink()
    _files(inputs)  # check every path before starting
    out_dir.mkdir(parents=True)
    t0 = time.perf_counter()
    parts = ((rows, str(out_dir / f"part-{k:05d}.parquet"))
             for k, rows in enumerate(_partitions(read_records(inputs), partition_size)))
    n_parts = n_rec = n_fail = 0
    for records, failed in _execute(parts, executor, scheduler, workers=workers, pipeline=pipeline,
                                    processes=processes):
        n_parts += 1
        n_rec += records
        n_fail += failed
    return RunSummary(str(out_dir), executor, n_parts, n_rec, n_fail, time.perf_counter() - t0)


Part = tuple[list[dict[str, Any]], str]  # a partition's records and the part file it goes to


def _execute(parts: Iterator[Part], executor: str, scheduler: str | None, *,
             workers: int, pipeline: str, processes: bool) -> Iterator[tuple[int, int]]:
    """(records, failed) of each partition, in input order; each partition's part file is written by
    whoever analyzed it."""
    if executor == "local":
        for rows, path in parts:
            yield _write_partition(rows, pipeline, path)
    elif executor == "process":
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers, initializer=_one_thread_numerics) as pool:
            pending: list[Any] = []
            for rows, path in parts:
                pending.append(pool.submit(_write_partition, rows, pipeline, path))
                if len(pending) >= 2 * workers:
                    yield pending.pop(0).result()
            for f in pending:
                yield f.result()
    else:
        yield from _dask(parts, scheduler, workers, pipeline, processes)


def _one_thread_numerics() -> None:
    """Worker processes share the cores: one BLAS/OpenMP thread each (numpy would otherwise start
    one per core in every worker and oversubscribe the machine)."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _dask(parts: Iterator[Part], scheduler: str | None, workers: int, pipeline: str,
          processes: bool) -> Iterator[tuple[int, int]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - dask is in the [scale] and [dev] extras
        raise ConfigError("--executor dask needs Dask: pip install 'khabar[scale]'") from None
    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the "
                                  "address (tcp://host:8786) and that the scheduler runs") from None
        else:
            _one_thread_numerics()  # inherited by the worker processes the cluster starts
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1,  # type: ignore[no-untyped-call]
                                   processes=processes, dashboard_address=None, silence_logs=40)
            client = Client(cluster)  # type: ignore[no-untyped-call]
        with client:
            # a bounded window of partitions in flight keeps memory flat on a large input
            window = max(2, 2 * workers)
            pending: list[Any] = []
            for rows, path in parts:
                pending.append(client.submit(_write_partition, rows, pipeline, path, pure=False))
                if len(pending) >= window:
                    yield pending.pop(0).result()
            while pending:
                yield pending.pop(0).result()
    finally:
        if cluster is not None:
            cluster.close()

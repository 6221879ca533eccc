"""Corpus benchmark: ingest docs/s, store overhead, search latency, near-duplicate quality on COUNTER,
scaling of ``analyze`` from 1 to 2 Dask workers, peak memory.

    .venv/bin/python benchmarks/corpus.py [--headlines N] [--queries 200] [--scale-docs 1200]

Data: COUNTER (1,200 articles, CC BY-NC-SA 4.0) and the Express headlines set (~72k rows, .xlsx, no
licence stated: read here only, never stored in the repository). Everything is written to a temporary
folder that is removed at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import khabar
from khabar.corpus.ingest import Ingester
from khabar.corpus.readers import read_counter
from khabar.corpus.records import Article, parse_date
from khabar.corpus.search import Searcher
from khabar.corpus.store import Store
from khabar.training.data import data_dir


def headlines(folder: Path, limit: int | None) -> list[Article]:
    import openpyxl

    out: list[Article] = []
    for xlsx in sorted(folder.glob("*.xlsx")):
        wb = openpyxl.load_workbook(xlsx, read_only=True)
        rows = wb.active.iter_rows(values_only=True)
        header = [str(h).strip().lower() for h in next(rows)]
        col = {name: header.index(name) for name in ("category", "date", "link", "summery", "title")}
        for k, row in enumerate(rows):
            title, summary = row[col["title"]] or "", row[col["summery"]] or ""
            text = f"{title}۔ {summary}".strip()
            out.append(
                Article(
                    text,
                    doc_id=f"{xlsx.stem}:{k}",
                    origin=f"{xlsx.name}:{k + 2}",
                    title=str(title),
                    url=str(row[col["link"]] or ""),
                    published=parse_date(row[col["date"]]),
                    source=f"express/{row[col['category']]}",
                )
            )
            if limit and len(out) >= limit:
                return out
    return out


def counter_eval(store: Store, files: list[Path]) -> dict[str, float]:
    """Near-duplicate precision/recall on COUNTER pairs. Gold: (NNNN, NNNNp) is positive when its
    classification is WD or PD; documents with identical text are one node (they are stored once)."""
    cls = {}
    for f in files:
        stem = f.stem.lower()
        if not stem.endswith("p"):
            cls[stem] = read_counter(f.read_bytes(), origin=str(f)).meta.get("classification")
    node = {}
    for doc_id, h in store.conn.execute(
        "SELECT doc_id, content_hash FROM documents WHERE doc_id LIKE 'counter:%'"
    ):
        node[doc_id.removeprefix("counter:").removesuffix(".xml").lower()] = h
    # documents skipped as exact duplicates share the hash of the stored one
    names = {f.stem.lower(): f for f in files}
    from khabar.corpus.store import content_hash

    nz = khabar.load("text").get("normalizer")
    for stem, f in names.items():
        if stem not in node:
            a = read_counter(f.read_bytes(), origin=str(f))
            node[stem] = content_hash(nz.normalize(a.text)[0])  # type: ignore[attr-defined]
    found = {
        frozenset((a, b))
        for a, b in store.conn.execute(
            "SELECT a.content_hash, b.content_hash FROM documents a "
            "JOIN documents b ON a.near_duplicate_of = b.id"
        )
    }
    story_pairs = {
        frozenset((a, b))
        for a, b in store.conn.execute(
            "SELECT a.content_hash, b.content_hash FROM documents a "
            "JOIN documents b ON a.story_id = b.story_id "
            "AND a.id < b.id"
        )
    }
    gold = {k: frozenset((node[k], node[k + "p"])) for k in cls if k + "p" in node}
    pos = {g for k, g in gold.items() if cls[k] in ("WD", "PD") and len(g) == 2}
    anyp = {g for g in gold.values() if len(g) == 2}
    out = {
        "found_pairs": len(found),
        "precision": len(found & pos) / max(1, len(found)),
        "recall_wd_pd": len(found & pos) / len(pos),
    }
    for c in ("WD", "PD", "ND"):
        gs = {g for k, g in gold.items() if cls[k] == c and len(g) == 2}
        out[f"recall_{c}"] = len(found & gs) / max(1, len(gs))
    out["story_pairs"] = len(story_pairs)
    out["story_precision_any_pair"] = len(story_pairs & anyp) / max(1, len(story_pairs))
    out["story_recall_any_pair"] = len(story_pairs & anyp) / len(anyp)
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}


def _db_size(store: Store) -> int:
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store.path.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--headlines", type=int, default=0, help="limit the headline rows (0: all)")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--scale-docs", type=int, default=2400,
                    help="articles for the 1 vs 2 worker run (enough to amortize worker start-up)")
    ap.add_argument("--partition-size", type=int, default=100, help="articles per Dask partition")
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--pipeline", default="default", help="pipeline for COUNTER and the Dask run")
    ap.add_argument("--headlines-pipeline", default=None,
                    help="pipeline for the headlines (default: --pipeline); `text` fills a search-scale "
                         "corpus in minutes")
    args = ap.parse_args()
    data = data_dir(required=True)
    assert data is not None
    counter = sorted((data / "news" / "counter" / "xml").glob("*.xml"))
    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    nlp = khabar.load(args.pipeline)
    print(f"pipeline: {nlp!r}; python {sys.version.split()[0]}")
    report: dict[str, object] = {}
    with Store(tmp / "c.sqlite") as store:
        ing = Ingester(store, nlp)
        # 1. COUNTER, full analysis
        arts = [read_counter(f.read_bytes(), origin=str(f)) for f in counter]
        s = ing.run(arts)
        report["counter_ingest"] = {
            "docs": len(arts),
            "added": s.added,
            "duplicates": s.duplicates,
            "failed": s.failed,
            "seconds": round(s.seconds, 2),
            "docs_per_s": round(len(arts) / s.seconds, 1),
            "pipeline_s": round(s.seconds_pipeline, 2),
            "store_s": round(s.seconds_store, 2),
            "store_share": round(s.seconds_store / (s.seconds_store + s.seconds_pipeline), 3),
            # the database file after COUNTER (the WAL checkpointed into it first)
            "db_mb": round(_db_size(store) / 1e6, 1),
        }
        print("COUNTER ingest:", report["counter_ingest"])
        report["counter_near_duplicates"] = counter_eval(store, counter)
        print("COUNTER near-duplicates:", report["counter_near_duplicates"])
        # 2. headlines
        t = time.perf_counter()
        heads = headlines(data / "news" / "express_news_headlines", args.headlines or None)
        read_s = time.perf_counter() - t
        if args.headlines_pipeline and args.headlines_pipeline != args.pipeline:
            # the store records one normalizer config; the text pipeline shares the default's
            ing = Ingester(store, khabar.load(args.headlines_pipeline,
                                              normalizer=dataclasses.asdict(nlp.get("normalizer").config)))
        s = ing.run(heads)
        report["headlines_ingest"] = {
            "pipeline": args.headlines_pipeline or args.pipeline,
            "docs": len(heads),
            "read_xlsx_s": round(read_s, 1),
            "added": s.added,
            "duplicates": s.duplicates,
            "failed": s.failed,
            "seconds": round(s.seconds, 1),
            "docs_per_s": round(len(heads) / s.seconds, 1),
            "pipeline_s": round(s.seconds_pipeline, 1),
            "store_s": round(s.seconds_store, 1),
            "store_share": round(s.seconds_store / (s.seconds_store + s.seconds_pipeline), 3),
        }
        print("headlines ingest:", report["headlines_ingest"])
        # 3. search latency at this size: words drawn from the corpus, plus phrases and ORs
        n_docs = len(store)
        vocab = store.conn.execute("SELECT text FROM documents ORDER BY id LIMIT 2000").fetchall()
        toks = [w for (t,) in vocab for w in t.split() if len(w) > 2 and w.isalpha()]
        import random

        rnd = random.Random(7)
        queries = []
        for k in range(args.queries):
            a, b = rnd.choice(toks), rnd.choice(toks)
            queries.append([a, f"{a} {b}", f'"{a} {b}"', f"{a} OR {b}"][k % 4])
        searcher = Searcher(store)
        searcher.search("پاکستان")  # warm up (builds the query normalizer)
        lat = []
        for q in queries:
            t = time.perf_counter()
            searcher.search(q, limit=10)
            lat.append((time.perf_counter() - t) * 1000)
        lat.sort()
        report["search_ms"] = {
            "documents": n_docs,
            "queries": len(lat),
            "p50": round(statistics.median(lat), 2),
            "p95": round(lat[int(0.95 * (len(lat) - 1))], 2),
            "max": round(lat[-1], 2),
        }
        print("search latency (ms):", report["search_ms"])
    # 4. analyze scaling 1 -> 2 Dask workers (processes), same input
    if not args.skip_scale:
        from khabar.scale.analyze import run

        src = tmp / "scale.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for a in itertools.islice(itertools.cycle(arts), args.scale_docs):
                fh.write(json.dumps({"id": a.doc_id, "text": a.text}, ensure_ascii=False) + "\n")
        rates = {}
        for w in (1, 2):
            r = run([str(src)], tmp / f"out{w}.parquet", executor="dask", workers=w,
                    partition_size=args.partition_size,
                    pipeline=args.pipeline)
            rates[w] = r.rate
            print(
                f"analyze --executor dask, {w} worker(s): {r.records} docs in {r.seconds:.1f} s "
                f"({r.rate:.1f} docs/s)"
            )
        report["dask_scaling"] = {
            "docs": args.scale_docs,
            "docs_per_s_1": round(rates[1], 1),
            "docs_per_s_2": round(rates[2], 1),
            "ratio": round(rates[2] / rates[1], 2),
        }
        print("dask scaling:", report["dask_scaling"])
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print("peak RSS (MB, this process):", report["peak_rss_mb"])
    print(json.dumps(report, ensure_ascii=False))
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

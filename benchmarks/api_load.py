"""Load benchmark of the REST API: requests/s, latency percentiles (p50/p90/p99) and errors of
``GET /api/search`` (with and without facets) and ``POST /api/analyze`` (a 3,000-character article)
under a bounded concurrent load on loopback.

    .venv/bin/python benchmarks/api_load.py [--db PATH] [--headlines N] [--connections 20]
        [--seconds 20] [--workers 2] [--pipeline default] [--client auto|wrk|httpx]

The corpus: the Express headlines set (../shared/data/news/express_news_headlines, ~72k rows, no
licence stated: read here only, never stored in the repository), ingested with the rules-only
``text`` pipeline (the default pipeline's tagger and NER would take far longer than a benchmark run)
into ``--db`` (reused when it already holds documents). The server is ``python -m khabar.web
--workers N`` in its own processes, its analyze pipeline ``--pipeline``.

The load: ``--connections`` keep-alive connections, each sending its next request as soon as the last
is answered, for ``--seconds`` per endpoint, to 127.0.0.1 only. The client is ``wrk`` (Debian package
``wrk``) when it is installed: a C client that costs little CPU, so on a small machine the figures
are the server's and not the load generator's; its Lua script (written to a temporary folder) takes
the request paths, in turn, from a list of real queries (words drawn, seeded, from the stored titles)
and counts every answer outside 2xx as an error. Without wrk (or with ``--client httpx``) the same
load comes from asyncio httpx clients in this process. Latencies are wrk's (``--latency``): from a
request's first byte written to its answer's last byte read.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def build_corpus(db: Path, limit: int | None) -> dict[str, float]:
    import khabar
    from khabar.corpus.ingest import Ingester
    from khabar.corpus.store import Store
    from khabar.training.data import data_dir

    with Store(db) as store:
        if len(store):
            return {"documents": len(store), "ingest_s": 0.0, "reused": 1}
        from corpus import headlines  # benchmarks/corpus.py: the xlsx reader

        data = data_dir()
        if data is None:
            raise SystemExit("no training data folder (set KHABAR_DATA) to build the corpus from")
        folder = data / "news" / "express_news_headlines"
        t0 = time.perf_counter()
        articles = headlines(folder, limit)
        read_s = time.perf_counter() - t0
        summary = Ingester(store, khabar.load("text")).run(articles)
        return {
            "documents": len(store),
            "read_s": round(read_s, 1),
            "ingest_s": round(summary.seconds, 1),
            "ingest_docs_per_s": round(summary.added / summary.seconds, 1),
            "failed": summary.failed,
        }


def queries(db: Path, n: int, seed: int = 7) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    titles = [r[0] for r in conn.execute("SELECT title_norm FROM documents ORDER BY id LIMIT 5000")]
    conn.close()
    words = [w for t in titles for w in t.split() if len(w) >= 3 and any(ch.isalpha() for ch in w)]
    rng = random.Random(seed)
    return [rng.choice(words) for _ in range(n)]


def article(chars: int = 3000) -> str:
    sample = (ROOT / "examples" / "sample_ur.txt").read_text(encoding="utf-8")
    text = (sample + "\n\n") * (chars // len(sample) + 1)
    cut = text.rfind(" ", 0, chars)
    return text[:cut]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, pipeline: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "KHABAR_API_TOKEN"}
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
            pipeline,
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.3)
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit("the server did not start")


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str  # with its query string
    body: bytes | None = None  # JSON


# -- wrk ------------------------------------------------------------------------------------------
#: The Lua script of wrk: request paths in turn from the file args[1] (one a line; each thread starts
#: at its own offset), the method args[2] and the JSON body in the file args[3] when given; counts
#: answers outside 2xx; prints one JSON line of figures at the end.
WRK_LUA = r"""
local paths, method, body, counter = {}, "GET", nil, 0
local threads, nthreads = {}, 0
errors = 0 -- a global: done() reads each thread's with thread:get
function setup(thread)
  nthreads = nthreads + 1
  thread:set("id", nthreads)
  table.insert(threads, thread)
end
function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if args[2] then method = args[2] end
  if args[3] then
    local f = assert(io.open(args[3], "rb")); body = f:read("*a"); f:close()
  end
  counter = (id or 0) * 7919
end
function request()
  counter = counter + 1
  local path = paths[(counter - 1) % #paths + 1]
  if body then
    return wrk.format(method, path, {["Content-Type"] = "application/json"}, body)
  end
  return wrk.format(method, path)
end
function response(status, headers, body)
  if status < 200 or status > 299 then errors = errors + 1 end
end
function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + t:get("errors") end
  local e = summary.errors
  io.write(string.format(
    'KHABAR_WRK {"requests": %d, "duration_us": %d, "non2xx": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "mean_us": %.1f, ' ..
    '"max_us": %d}\n',
    summary.requests, summary.duration, non2xx, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
"""


def run_wrk(
    base: str, reqs: list[Request], connections: int, seconds: float, work: Path
) -> dict[str, object]:
    """``wrk`` with ``connections`` connections (one thread: it needs a fraction of a core) for
    ``seconds``; every request of ``reqs`` has the same method and body, only the paths differ."""
    script = work / "api_load.lua"
    script.write_text(WRK_LUA, encoding="utf-8")
    paths = work / "paths.txt"
    paths.write_text("".join(r.path + "\n" for r in reqs), encoding="utf-8")
    extra: list[str] = []
    if reqs[0].method != "GET" or reqs[0].body is not None:
        extra = [reqs[0].method]
        if reqs[0].body is not None:
            body = work / "body.json"
            body.write_bytes(reqs[0].body)
            extra.append(str(body))
    cmd = [
        "wrk",
        "--threads",
        "1",
        "--connections",
        str(connections),
        "--duration",
        f"{max(1, round(seconds))}s",
        "--timeout",
        "30s",
        "--latency",
        "--script",
        str(script),
        base,
        "--",
        str(paths),
        *extra,
    ]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, check=False)
    out = run.stdout
    if run.returncode != 0 or "KHABAR_WRK " not in out:
        raise SystemExit(f"wrk failed (exit {run.returncode}): {run.stderr.strip() or out[-2000:]}")
    print(out, file=sys.stderr)  # wrk's own report, with its latency distribution
    line = next(x for x in out.splitlines() if x.startswith("KHABAR_WRK "))
    w = json.loads(line.removeprefix("KHABAR_WRK "))
    socket_errors = {k: w[k] for k in ("connect", "read", "write", "timeout") if w[k]}
    errors = w["non2xx"] + sum(socket_errors.values())
    return {
        "client": "wrk",
        "connections": connections,
        "requests": w["requests"],
        "errors": errors,
        "error_kinds": ({"non-2xx": w["non2xx"]} if w["non2xx"] else {}) | socket_errors,
        "rps": round(w["requests"] / (w["duration_us"] / 1e6), 1),
        "p50_ms": round(w["p50_us"] / 1000, 1),
        "p90_ms": round(w["p90_us"] / 1000, 1),
        "p99_ms": round(w["p99_us"] / 1000, 1),
        "mean_ms": round(w["mean_us"] / 1000, 1),
        "max_ms": round(w["max_us"] / 1000, 1),
    }


# -- httpx (the fallback) ---------------------------------------------------------------------------
async def run_httpx(base: str, reqs: list[Request], connections: int, seconds: float) -> dict[str, object]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    stop = time.perf_counter() + seconds
    counter = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal counter
        while time.perf_counter() < stop:
            req = reqs[counter % len(reqs)]
            counter += 1
            headers = {"content-type": "application/json"} if req.body is not None else None
            t0 = time.perf_counter()
            try:
                r = await client.request(req.method, base + req.path, content=req.body, headers=headers)
                ok = 200 <= r.status_code <= 299
                key = str(r.status_code)
            except httpx.HTTPError as exc:
                ok, key = False, type(exc).__name__
            latencies.append(time.perf_counter() - t0)
            if not ok:
                errors[key] = errors.get(key, 0) + 1

    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(connections)))
        wall = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)

    return {
        "client": "httpx",
        "connections": connections,
        "requests": len(latencies),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": pct(0.50),
        "p90_ms": pct(0.90),
        "p99_ms": pct(0.99),
        "mean_ms": round(1000 * statistics.fmean(latencies), 1),
        "max_ms": round(1000 * latencies[-1], 1),
    }


def measure(
    client: str,
    base: str,
    reqs: list[Request],
    *,
    connections: int,
    seconds: float,
    work: Path,
    server: int,
) -> dict[str, object]:
    """One measurement, with the server's CPU time per request (its processes, ``server`` the parent's
    pid): a figure that other load on the machine disturbs less than the latencies."""
    cpu0 = server_cpu_s(server)
    if client == "wrk":
        out = run_wrk(base, reqs, connections, seconds, work)
    else:
        out = asyncio.run(run_httpx(base, reqs, connections, seconds))
    cpu1 = server_cpu_s(server)
    if cpu0 is not None and cpu1 is not None and out["requests"]:
        out["server_cpu_ms_per_request"] = round(1000 * (cpu1 - cpu0) / int(out["requests"]), 2)  # type: ignore[call-overload]
    out["load_average"] = load_average()
    return out


def server_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) used so far by process ``pid`` and its child processes (the
    workers), from /proc; None where there is no /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        pids = [pid]
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                fields = stat[stat.rindex(")") + 2 :].split()
                if int(fields[1]) == pid:  # the parent pid
                    pids.append(int(entry.name))
        for p in pids:
            stat = (Path("/proc") / str(p) / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    except OSError:
        return None
    return total


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # pragma: no cover - not on Linux
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/khabar-bench/express.sqlite"))
    ap.add_argument("--headlines", type=int, default=None, help="ingest at most N headlines (all by default)")
    ap.add_argument("--connections", "--clients", type=int, default=20, help="concurrent connections")
    ap.add_argument("--seconds", type=float, default=20.0, help="duration of each measurement")
    ap.add_argument("--workers", type=int, default=2, help="server worker processes")
    ap.add_argument("--pipeline", default="default", help="the server's analyze pipeline")
    ap.add_argument(
        "--client",
        choices=["auto", "wrk", "httpx"],
        default="auto",
        help="load generator (auto: wrk when installed, else httpx)",
    )
    ap.add_argument(
        "--only",
        choices=["search", "facets", "analyze"],
        action="append",
        help="measure only these endpoints (repeatable; default: all)",
    )
    args = ap.parse_args()
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "httpx"
    elif client == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk); use --client httpx")
    only = set(args.only or ["search", "facets", "analyze"])
    args.db.parent.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {
        "corpus": build_corpus(args.db, args.headlines),
        "client": client,
        "connections": args.connections,
        "seconds": args.seconds,
        "workers": args.workers,
        "pipeline": args.pipeline,
        "cpus": os.cpu_count(),
        "load_average_before": load_average(),
    }
    port = free_port()
    server = start_server(args.db, args.pipeline, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        text = article()
        report["article_chars"] = len(text)
        body = json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")
        qs = queries(args.db, 500)

        async def warm() -> None:  # every worker: the pipeline warm, the page cache filled
            async with httpx.AsyncClient(timeout=120) as c:
                for _ in range(3):
                    rs = await asyncio.gather(
                        *(
                            c.post(
                                base + "/api/analyze",
                                content=body,
                                headers={"content-type": "application/json"},
                            )
                            for _ in range(2 * args.workers)
                        ),
                        *(c.get(base + "/api/search", params={"q": q, "facets": "true"}) for q in qs[:50]),
                    )
                    for r in rs:
                        r.raise_for_status()

        asyncio.run(warm())
        search = [Request("GET", "/api/search?" + urllib.parse.urlencode({"q": q})) for q in qs]
        facets = [
            Request("GET", "/api/search?" + urllib.parse.urlencode({"q": q, "facets": "true"})) for q in qs
        ]
        analyze = [Request("POST", "/api/analyze", body)]
        with tempfile.TemporaryDirectory(prefix="khabar-load-") as tmp:
            work = Path(tmp)
            if "search" in only:
                report["search"] = measure(
                    client,
                    base,
                    search,
                    connections=args.connections,
                    seconds=args.seconds,
                    work=work,
                    server=server.pid,
                )
            if "facets" in only:
                report["search_with_facets"] = measure(
                    client,
                    base,
                    facets,
                    connections=args.connections,
                    seconds=args.seconds,
                    work=work,
                    server=server.pid,
                )
            if "analyze" in only:
                report["analyze"] = measure(
                    client,
                    base,
                    analyze,
                    connections=args.connections,
                    seconds=args.seconds,
                    work=work,
                    server=server.pid,
                )
                report["analyze_1_client"] = measure(
                    client,
                    base,
                    analyze,
                    connections=1,
                    seconds=args.seconds / 2,
                    work=work,
                    server=server.pid,
                )
        report["load_average_after"] = load_average()
    finally:
        server.terminate()
        server.wait(20)
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

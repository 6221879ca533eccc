"""Throughput of khabar's text layer against peer tools, on one core, on real news text.

The text layer is ``khabar.load("text")``: normalization with its alignment, tokenization and
sentence splitting. The input is the body text of the COUNTER news articles (1,200 XML files under
``$KHABAR_DATA/news/counter/xml``), one document per article. In the same run, each peer tool that is
installed in a separate virtual environment (../shared/peers.md: /tmp/peers/*/bin/python, or
``--peer-python PATH``) runs in a subprocess pinned to the same core, on the same texts; only the work
is timed (imports, model construction and a warm-up pass are not).

Rows are compared on one basis: "tokens/s" is khabar's token count of the corpus divided by each
tool's seconds, so a ratio is the inverse ratio of the times on identical input. Each peer's own unit
count (whitespace words of its output, or spaCy tokens) is shown too.

    .venv/bin/python benchmarks/text_speed.py                 # everything found
    .venv/bin/python benchmarks/text_speed.py --no-peers --profile 15
    .venv/bin/python benchmarks/text_speed.py --peer-python /tmp/peers/light/bin/python --limit 200

Targets (issue 2): text layer >= 500,000 tokens/s on one core, faster than urdunorm, at least half of
urduhack's bare normalize.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

RUNNER = Path(__file__).with_name("_peer_runner.py")
PEER_TOOLS = {
    "urdunorm": "urdunorm normalize (eval mode)",
    "urduhack": "urduhack normalize",
    "spacy": 'spaCy blank("ur") tokenizer',
}
TARGET_TOKENS_PER_S = 500_000


@dataclass(frozen=True, slots=True)
class Row:
    """One timed tool on the corpus."""

    name: str
    version: str
    seconds: float
    units: int
    unit_name: str

    def tokens_per_s(self, reference_tokens: int) -> float:
        return reference_tokens / self.seconds


# --- input ----------------------------------------------------------------------------------------


def counter_dir(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    from khabar.training.data import data_dir

    base = data_dir()
    assert base is not None
    path = base / "news" / "counter" / "xml"
    if not path.is_dir():
        sys.exit(f"text_speed: {path} is missing; set KHABAR_DATA to the folder holding news/counter/")
    return path


def read_bodies(folder: Path, limit: int | None) -> list[str]:
    """The <body> text of each COUNTER article, in file-name order."""
    bodies: list[str] = []
    for path in sorted(folder.glob("*.xml"))[:limit]:
        body = ET.parse(path).getroot().find("body")
        if body is not None and body.text and body.text.strip():
            bodies.append(body.text)
    if not bodies:
        sys.exit(f"text_speed: no <body> text found in {folder}/*.xml")
    return bodies


# --- khabar ---------------------------------------------------------------------------------------


def best_of(repeat: int, work: Callable[[], int]) -> tuple[float, int]:
    times: list[float] = []
    units = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        units = work()
        times.append(time.perf_counter() - t0)
    return min(times), units


def khabar_rows(texts: Sequence[str], repeat: int) -> tuple[list[Row], int]:
    import khabar
    from khabar.urdu.normalize import Normalizer
    from khabar.urdu.sentences import split_sentences
    from khabar.urdu.tokens import tokenize

    nlp = khabar.load("text")
    repairing = khabar.load("text", normalizer={"repair_spaces": True})
    normalizer = Normalizer()

    def pipeline() -> int:
        return sum(len(nlp(t).tokens) for t in texts)

    def pipeline_with_repair() -> int:
        return sum(len(repairing(t).tokens) for t in texts)

    def normalize_only() -> int:
        return sum(len(normalizer(t).text) for t in texts)

    normalized = [normalizer(t).text for t in texts]

    def tokenize_only() -> int:
        return sum(len(tokenize(t)[0]) for t in normalized)

    tokenized = [(t, *tokenize(t)) for t in normalized]

    def sentences_only() -> int:
        return sum(len(split_sentences(t, s, e)) for t, s, e in tokenized)

    pipeline()  # warm-up: word lists, compiled patterns
    pipeline_with_repair()
    version = khabar.__version__
    rows = []
    seconds, tokens = best_of(repeat, pipeline)
    rows.append(Row('khabar load("text") (normalize+align+tokens+sentences)', version, seconds, tokens,
                    "tokens"))
    s, n = best_of(repeat, pipeline_with_repair)
    rows.append(Row("  + learned space repair (as in load())", version, s, n, "tokens"))
    for name, work, unit in (("  of which: normalize + alignment", normalize_only, "chars"),
                             ("  of which: tokenize", tokenize_only, "tokens"),
                             ("  of which: sentence split", sentences_only, "sentences")):
        s, n = best_of(repeat, work)
        rows.append(Row(name, version, s, n, unit))
    return rows, tokens


def khabar_memory(texts: Sequence[str]) -> tuple[int, int, int]:
    """Peak traced Python allocation (bytes) of a streaming pass (one Document at a time) and of a pass
    that keeps every Document, and the process's peak RSS (KiB)."""
    import khabar

    nlp = khabar.load("text")
    nlp(texts[0])
    tracemalloc.start()
    for t in texts:
        nlp(t)
    _, streaming = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    kept = [nlp(t) for t in texts]
    _, holding = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return streaming, holding, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def khabar_profile(texts: Sequence[str], top: int) -> None:
    import khabar

    nlp = khabar.load("text")
    nlp(texts[0])
    profile = cProfile.Profile()
    profile.enable()
    for t in texts:
        nlp(t)
    profile.disable()
    stats = pstats.Stats(profile)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    entries = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]
    print(f"\ncProfile of khabar text layer: {total:.2f} s in total (profiled, so slower); "
          f"top {top} by own time")
    print(f"{'own %':>6} {'cum %':>6} {'calls':>9}  function")
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in entries[:top]:
        where = _short(filename)
        print(f"{100 * tottime / total:6.1f} {100 * cumtime / total:6.1f} {ncalls:9d}  "
              f"{where}:{line}:{func}")


def _short(filename: str) -> str:
    marker = f"{os.sep}khabar{os.sep}"
    if marker in filename:
        return "khabar/" + filename.split(marker, 1)[1]
    if filename.startswith(("~", "<")):
        return filename
    return os.path.basename(filename)


# --- peers ----------------------------------------------------------------------------------------


def discover_pythons(explicit: Sequence[str]) -> list[str]:
    found = list(explicit) or sorted(glob.glob("/tmp/peers/*/bin/python"))
    return [p for p in found if os.access(p, os.X_OK)]


def _pin(cpu: int | None) -> Callable[[], None] | None:
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        return None
    return lambda: os.sched_setaffinity(0, {cpu})


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "TF_NUM_INTRAOP_THREADS",
                "TF_NUM_INTEROP_THREADS"):
        env[var] = "1"
    env["TF_CPP_MIN_LOG_LEVEL"] = "3"
    env.pop("PYTHONPATH", None)
    return env


def find_peer(tool: str, pythons: Sequence[str], cpu: int | None) -> tuple[str, str] | None:
    """(python, version) of the first peer environment that imports ``tool``."""
    for python in pythons:
        probe = subprocess.run([python, str(RUNNER), "--tool", tool, "--probe"], capture_output=True,
                               text=True, env=_child_env(), preexec_fn=_pin(cpu), check=False,
                               timeout=300)
        if probe.returncode == 0 and probe.stdout.strip():
            info = json.loads(probe.stdout.strip().splitlines()[-1])
            return python, str(info["version"])
    return None


def run_peer(tool: str, python: str, texts_file: str, *, repeat: int, cpu: int | None,
             urdunorm_mode: str) -> Row | str:
    cmd = [python, str(RUNNER), "--tool", tool, "--texts", texts_file, "--repeat", str(repeat),
           "--urdunorm-mode", urdunorm_mode]
    done = subprocess.run(cmd, capture_output=True, text=True, env=_child_env(), preexec_fn=_pin(cpu),
                          check=False, timeout=1800)
    if done.returncode != 0 or not done.stdout.strip():
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return f"failed (exit {done.returncode}): {tail[0]}"
    info = json.loads(done.stdout.strip().splitlines()[-1])
    unit = "spaCy tokens" if tool == "spacy" else "words out"
    return Row(PEER_TOOLS[tool], str(info["version"]), float(info["seconds"]), int(info["units"]), unit)


# --- report ---------------------------------------------------------------------------------------


def print_table(rows: Sequence[Row], ref_tokens: int, nbytes: int, khabar_s: float) -> None:
    head = (f"{'tool':58} {'version':>8} {'seconds':>8} {'MB/s':>7} {'tokens/s':>11} "
            f"{'own units/s':>12} {'khabar/peer':>11}")
    print(head)
    print("-" * len(head))
    for r in rows:
        ratio = "" if r.name.startswith(("khabar", "  ")) else f"{r.seconds / khabar_s:10.2f}x"
        print(f"{r.name:58} {r.version:>8} {r.seconds:8.3f} {nbytes / r.seconds / 1e6:7.2f} "
              f"{r.tokens_per_s(ref_tokens):11,.0f} {r.units / r.seconds:12,.0f} {ratio:>11}"
              f"   ({r.unit_name})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counter", help="folder of COUNTER *.xml (default: $KHABAR_DATA/news/counter/xml)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    parser.add_argument("--peer-python", action="append", default=[], metavar="PATH",
                        help="a peer venv's python (repeatable); default: /tmp/peers/*/bin/python")
    parser.add_argument("--no-peers", action="store_true", help="time khabar only")
    parser.add_argument("--urdunorm-mode", default="eval", help="urdunorm protocol (eval|display|...)")
    parser.add_argument("--cpu", type=int, default=None,
                        help="core to pin every process to (default: the lowest allowed core)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also print khabar's top N functions by own time (cProfile)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)

    cpu = args.cpu
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0)) if cpu is None else cpu
        os.sched_setaffinity(0, {cpu})
    texts = read_bodies(counter_dir(args.counter), args.limit)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(t.split()) for t in texts)
    print(f"input: {len(texts)} COUNTER article bodies, {nbytes / 1e6:.2f} MB UTF-8, {words:,} whitespace "
          f"words; pinned to cpu {cpu}; best of {args.repeat}; Python {sys.version.split()[0]}\n")

    rows, ref_tokens = khabar_rows(texts, args.repeat)
    khabar_s = rows[0].seconds
    notes: list[str] = []
    if not args.no_peers:
        pythons = discover_pythons(args.peer_python)
        if not pythons:
            notes.append("no peer environments found (/tmp/peers/*/bin/python); see ../shared/peers.md")
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
            json.dump(texts, f, ensure_ascii=False)
            texts_file = f.name
        try:
            for tool in PEER_TOOLS:
                where = find_peer(tool, pythons, cpu) if pythons else None
                if where is None:
                    notes.append(f"{tool}: not importable from {', '.join(pythons) or 'any peer venv'}")
                    continue
                result = run_peer(tool, where[0], texts_file, repeat=args.repeat, cpu=cpu,
                                  urdunorm_mode=args.urdunorm_mode)
                if isinstance(result, str):
                    notes.append(f"{tool} ({where[0]}): {result}")
                else:
                    rows.append(result)
        finally:
            os.unlink(texts_file)

    print(f"tokens/s = {ref_tokens:,} khabar tokens / each tool's seconds on the same texts\n")
    print_table(rows, ref_tokens, nbytes, khabar_s)
    for note in notes:
        print(f"note: {note}")

    peak, holding, maxrss = khabar_memory(texts)
    print(f"\nkhabar memory (tracemalloc peak of Python allocations): {peak / 1e6:.1f} MB streaming one "
          f"Document at a time, {holding / 1e6:.1f} MB holding all {len(texts)} Documents "
          f"({nbytes / 1e6:.2f} MB of input); process peak RSS {maxrss / 1024:.0f} MB (getrusage, "
          "includes the interpreter and word lists)")

    rate = ref_tokens / khabar_s
    print("\ntargets (issue 2):")
    print(f"  text layer >= {TARGET_TOKENS_PER_S:,} tokens/s on one core: {rate:,.0f} -> "
          f"{'met' if rate >= TARGET_TOKENS_PER_S else 'NOT met'}")
    by_tool = {r.name: r for r in rows}
    urdunorm = by_tool.get(PEER_TOOLS["urdunorm"])
    urduhack = by_tool.get(PEER_TOOLS["urduhack"])
    if urdunorm:
        ok = khabar_s < urdunorm.seconds
        print(f"  faster than urdunorm: khabar/urdunorm = {urdunorm.seconds / khabar_s:.2f}x -> "
              f"{'met' if ok else 'NOT met'}")
    else:
        print("  faster than urdunorm: not measured (urdunorm not available)")
    if urduhack:
        ratio = urduhack.seconds / khabar_s
        print(f"  >= half of urduhack normalize: khabar/urduhack = {ratio:.2f}x -> "
              f"{'met' if ratio >= 0.5 else 'NOT met'}")
    else:
        print("  >= half of urduhack normalize: not measured (urduhack not available)")

    if args.profile:
        khabar_profile(texts, args.profile)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "articles": len(texts), "bytes": nbytes, "khabar_tokens": ref_tokens, "cpu": cpu,
            "rows": [asdict(r) for r in rows], "notes": notes, "peak_traced_bytes": peak,
            "holding_all_traced_bytes": holding,
            "max_rss_kib": maxrss,
        }, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Times one peer tool on a list of texts; run by ``text_speed.py`` with the peer's own Python.

Standard library only and no khabar import: it runs inside a peer's separate virtual environment
(see ../shared/peers.md). Start-up (imports, model construction) and a warm-up pass are excluded;
only the calls on the texts are timed. Prints one JSON object on the last line of stdout.

    /tmp/peers/light/bin/python benchmarks/_peer_runner.py --tool urdunorm --texts texts.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable


def _urdunorm(mode: str) -> Callable[[str], int]:
    from urdunorm import normalize

    def run(text: str) -> int:
        return len(normalize(text, mode).split())

    return run


def _urduhack() -> Callable[[str], int]:
    # urduhack imports TensorFlow at package import; keep its logging quiet
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from urduhack.normalization import normalize

    def run(text: str) -> int:
        return len(normalize(text).split())

    return run


def _spacy() -> Callable[[str], int]:
    import spacy

    nlp = spacy.blank("ur")
    tokenizer = nlp.tokenizer

    def run(text: str) -> int:
        return len(tokenizer(text))

    return run


TOOLS: dict[str, Callable[[argparse.Namespace], Callable[[str], int]]] = {
    "urdunorm": lambda a: _urdunorm(a.urdunorm_mode),
    "urduhack": lambda _: _urduhack(),
    "spacy": lambda _: _spacy(),
}

VERSIONS = {"urdunorm": "urdunorm", "urduhack": "urduhack", "spacy": "spacy"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tool", choices=sorted(TOOLS), required=True)
    parser.add_argument("--texts", help="JSON file: a list of strings")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--urdunorm-mode", default="eval")
    parser.add_argument("--probe", action="store_true", help="only check that the tool imports")
    args = parser.parse_args()

    from importlib.metadata import version

    t0 = time.perf_counter()
    run = TOOLS[args.tool](args)
    startup = time.perf_counter() - t0
    tool_version = version(VERSIONS[args.tool])
    if args.probe:
        print(json.dumps({"tool": args.tool, "version": tool_version, "startup_s": startup}))
        return 0
    with open(args.texts, encoding="utf-8") as f:
        texts: list[str] = json.load(f)

    for text in texts[: max(1, len(texts) // 10)]:  # warm-up: lazily built tables, caches
        run(text)
    times: list[float] = []
    units = 0
    for _ in range(args.repeat):
        units = 0
        t0 = time.perf_counter()
        for text in texts:
            units += run(text)
        times.append(time.perf_counter() - t0)
    print(json.dumps({
        "tool": args.tool, "version": tool_version, "startup_s": startup, "seconds": min(times),
        "all_seconds": times, "units": units, "python": sys.version.split()[0],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Dev scores of khabar's segmentation, against the issue's targets.

- Tokenization and sentence splitting on UD Urdu-UDTB dev (the ``# text`` lines joined by single
  spaces as one document, scored with the CoNLL 2018 definitions):
  ``khabar.training.segmentation.evaluate_segmentation``.
- Word and sub-word boundary restoration on the Zia et al. (2018) dev split (every space and ZWNJ
  removed, then restored): ``khabar.training.wordseg.evaluate_wordseg``.

Data comes from ``$KHABAR_DATA`` (default ``../shared/data``). A part whose module or data is missing
is reported as unavailable, and the exit status is 1 when any part could not run.

    .venv/bin/python benchmarks/segmentation.py
    .venv/bin/python benchmarks/segmentation.py --json scores.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

UD_DEV = "ud_urdu_udtb/ur_udtb-ud-dev.conllu"
ZIA_DEV = "wordseg/urdu_word_segmentation_zia2018/data_diacritized-dev.txt"

#: (score key, target): segmentation reports percent, wordseg a fraction (0..1)
TARGETS: dict[str, list[tuple[str, float]]] = {
    "segmentation": [("tokens_f1", 99.9), ("sentences_f1", 99.0)],
    "wordseg": [("word_f1", 0.97), ("subword_f1", 0.85)],
}
PUBLISHED = {
    "segmentation": "published systems ~98.3-98.9 sentences F1 on UD Urdu test; naive split on ۔ ؟ ! ~98",
    "wordseg": "published CRF (Zia et al. 2018): word 0.97, sub-word 0.85",
}


def _load(module: str, name: str) -> Callable[[Path], Any] | str:
    try:
        mod = __import__(module, fromlist=[name])
    except Exception as exc:  # any import failure means: this part is not available yet
        return f"{module} cannot be imported ({type(exc).__name__}: {exc})"
    fn = getattr(mod, name, None)
    if not callable(fn):
        return f"{module} has no function {name}()"
    return fn  # type: ignore[no-any-return]


def run_part(part: str, module: str, func: str, relative: str, base: Path | None) -> dict[str, Any]:
    if base is None:
        return {"part": part, "error": "data folder not found: set KHABAR_DATA (see ../shared/data)"}
    path = base / relative
    if not path.is_file():
        return {"part": part, "error": f"{path} is missing"}
    fn = _load(module, func)
    if isinstance(fn, str):
        return {"part": part, "error": fn}
    t0 = time.perf_counter()
    try:
        scores = fn(path)
        values = scores.to_json()
    except Exception as exc:
        return {"part": part, "error": f"{module}.{func}({path.name}) failed: {type(exc).__name__}: {exc}"}
    return {"part": part, "gold": str(path), "seconds": round(time.perf_counter() - t0, 2),
            "scores": values}


def print_part(result: dict[str, Any]) -> bool:
    part = result["part"]
    title = {"segmentation": "UD Urdu-UDTB dev: tokens and sentences (percent)",
             "wordseg": "Zia et al. 2018 dev: word / sub-word boundaries (0..1)"}[part]
    print(f"== {title}")
    if "error" in result:
        print(f"   UNAVAILABLE: {result['error']}\n")
        return False
    print(f"   gold: {result['gold']}  ({result['seconds']} s)")
    scores: dict[str, Any] = result["scores"]
    for key, value in scores.items():
        print(f"   {key:22} {value}")
    print(f"   reference: {PUBLISHED[part]}")
    for key, target in TARGETS[part]:
        got = scores.get(key)
        if got is None:
            print(f"   target {key} >= {target}: not reported")
            continue
        print(f"   target {key} >= {target}: {got} -> {'met' if float(got) >= target else 'NOT met'}")
    print()
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="data folder (default: $KHABAR_DATA or ../shared/data)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)

    base: Path | None
    if args.data:
        base = Path(args.data)
    else:
        from khabar.training.data import data_dir

        base = data_dir(required=False)
    results = [
        run_part("segmentation", "khabar.training.segmentation", "evaluate_segmentation", UD_DEV, base),
        run_part("wordseg", "khabar.training.wordseg", "evaluate_wordseg", ZIA_DEV, base),
    ]
    ok = [print_part(r) for r in results]
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())

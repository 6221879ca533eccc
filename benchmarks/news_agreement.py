"""Inter-annotator agreement on quotes and events: two independent annotations of the same COUNTER
leads or passages, scored with the extractor's own scorer (the second annotation stands where
predictions stand). The figure is the ceiling an extractor can hope to reach against a single
annotator, and it says how much of the gap between the extractor and the gold sets is the task's
own ambiguity.

Run: .venv/bin/python benchmarks/news_agreement.py [FIRST SECOND] [--pooled] [--sets SET ...]
(needs ../shared/data or KHABAR_DATA). Without files: every
``tests/data/news_gold/agreement/<set>_second.jsonl`` against ``tests/data/news_gold/<set>.jsonl``
(only the named ``--sets``); with ``--pooled``, also all those pairs as one (their articles pooled:
an article two sets share is an error).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from khabar.training.news_eval import annotator_agreement

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "news_gold"


def pairs(args: list[str]) -> list[tuple[Path, Path]]:
    if args:
        return [(Path(args[0]), Path(args[1]))]
    return [(GOLD / (p.name.removesuffix("_second.jsonl") + ".jsonl"), p)
            for p in sorted((GOLD / "agreement").glob("*_second.jsonl"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="FIRST SECOND (two gold JSONL files)")
    parser.add_argument("--pooled", action="store_true", help="also score all the pairs as one")
    parser.add_argument("--sets", nargs="+", metavar="SET", help="only these sets (counter_blind38 ...)")
    args = parser.parse_args()
    if len(args.files) not in (0, 2):
        parser.error("give two gold files, or none")
    todo = [(a, b) for a, b in pairs(args.files) if not args.sets or a.stem in args.sets]
    for first, second in todo:
        for task in ("quotes", "events"):
            print(json.dumps(annotator_agreement(first, second, task), ensure_ascii=False))
    if args.pooled:
        with tempfile.TemporaryDirectory() as tmp:
            pooled = [Path(tmp) / "first.jsonl", Path(tmp) / "second.jsonl"]
            for side, out in enumerate(pooled):
                lines = [ln for pair in todo for ln in pair[side].read_text(encoding="utf-8").splitlines()
                         if ln.strip()]
                files = [json.loads(ln)["file"] for ln in lines]
                if len(files) != len(set(files)):
                    parser.error("two of the sets share an article: they cannot be pooled")
                out.write_text("\n".join(lines) + "\n", encoding="utf-8")
            for task in ("quotes", "events"):
                print(json.dumps({"pooled": len(todo), **annotator_agreement(*pooled, task)},
                                 ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Inter-annotator agreement on quotes and events: two independent annotations of the same COUNTER
leads or passages, scored with the extractor's own scorer (the second annotation stands where
predictions stand). The figure is the ceiling an extractor can hope to reach against a single
annotator, and it says how much of the gap between the extractor and the gold sets is the task's
own ambiguity.

Run: .venv/bin/python benchmarks/news_agreement.py [FIRST SECOND]  (needs ../shared/data or
KHABAR_DATA). Without arguments: every ``tests/data/news_gold/agreement/<set>_second.jsonl`` against
``tests/data/news_gold/<set>.jsonl``.
"""

from __future__ import annotations

import argparse
import json
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
    args = parser.parse_args()
    if len(args.files) not in (0, 2):
        parser.error("give two gold files, or none")
    for first, second in pairs(args.files):
        for task in ("quotes", "events"):
            print(json.dumps(annotator_agreement(first, second, task), ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Quotes and events of the shipped ``news`` pipeline on every annotated set (COUNTER's, then UNER's
news passages), one line a set, and pooled over the hard-news blind sets: the figures docs/events.md
and the README quote, from one command.

Each line: quote span F1 / speaker accuracy; event F1 (type + both actors), type-only F1, precision
and recall — :func:`khabar.training.news_eval.evaluate_news`, as ``khabar evaluate --task
quotes|events`` prints them. Which sets were scored blind, and when, is in docs/events.md: a set
whose errors were read is development data from then on, and its figure here is no longer a test.

Run: .venv/bin/python benchmarks/news_sets.py [--json]  (needs ../shared/data or KHABAR_DATA).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from khabar.training.news_eval import evaluate_news

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "news_gold"
#: The blind sets of hard news (docs/annotation.md): pooled as one figure.
HARD_NEWS = tuple(f"counter_blind{k}" for k in range(5, 14))


def sets() -> list[tuple[str, list[Path]]]:
    """(label, gold files): each set in order, then the hard-news sets pooled."""
    def order(p: Path) -> tuple[int, int]:
        m = re.search(r"(\d+)$", p.stem)
        return (0 if p.stem == "counter_gold" else 1 if p.stem == "counter_fresh" else 2,
                int(m.group(1)) if m else 0)

    files = sorted(GOLD.glob("counter_*.jsonl"), key=order)
    out = [(p.stem.removeprefix("counter_"), [p]) for p in files]
    # the sets of another source: UNER's BBC-style news passages (uner_blind1, …)
    out += [(p.stem, [p]) for p in sorted(GOLD.glob("uner_*.jsonl"), key=order)]
    # and of the UD Urdu-UDTB treebank's Indian Urdu news passages (udtb_blind1, …: dev and train)
    out += [(p.stem, [p]) for p in sorted(GOLD.glob("udtb_*.jsonl"), key=order)]
    pooled = [GOLD / f"{name}.jsonl" for name in HARD_NEWS if (GOLD / f"{name}.jsonl").exists()]
    out.append((f"hard news pooled ({len(pooled)} sets)", pooled))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object a set")
    args = parser.parse_args()
    for label, paths in sets():
        q = evaluate_news(paths, "quotes")
        e = evaluate_news(paths, "events")
        if args.json:
            print(json.dumps({"set": label, "quotes": q, "events": e}, ensure_ascii=False))
            continue
        print(f"{label:28} leads {q['articles']:4}  quotes {q['span_f1']:.4f} / {q['speaker_accuracy']:.4f}  "
              f"events {e['f1']:.4f} (type only {e['type_only_f1']:.4f}; P {e['precision']:.3f} "
              f"R {e['recall']:.3f}; gold {e['gold_events']})")


if __name__ == "__main__":
    main()

"""Quotes and events of the shipped ``news`` pipeline on every annotated set (COUNTER's, then UNER's
news passages, then UDTB's), one line a set, then the pools docs/events.md and the README quote: the
hard-news blind sets, the UDTB development sets, every development set, and the held-out sets whose
errors were never read (:data:`HELD_OUT`) — from one command, each article run once.

Each line: quote span F1 / speaker accuracy; event F1 (type + both actors), type-only F1, precision
and recall — :func:`khabar.training.news_eval.evaluate_news`, as ``khabar evaluate --task
quotes|events`` prints them. Which sets were scored blind, and when, is in docs/events.md: a set
whose errors were read is development data from then on, and its figure here is no longer a test.

With ``--counts``, then the held-out sets' events by counts only (:meth:`NewsRecords.event_counts`).

Run: .venv/bin/python benchmarks/news_sets.py [--json] [--counts]  (needs ../shared/data or KHABAR_DATA).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from khabar.training.news_eval import NewsRecords, news_records

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "news_gold"
#: The blind sets of hard news (docs/annotation.md): pooled as one figure.
HARD_NEWS = tuple(f"counter_blind{k}" for k in range(5, 14))
#: The sets held out: scored by counts only, their errors never read (docs/events.md); every other set
#: is development data.
HELD_OUT = ("uner_blind4", "udtb_blind2", "counter_blind39", "counter_blind40")


def sets() -> list[Path]:
    """The gold files in order: COUNTER's (gold, fresh, blind2, ...), UNER's, UDTB's."""
    def order(p: Path) -> tuple[int, int]:
        m = re.search(r"(\d+)$", p.stem)
        return (0 if p.stem == "counter_gold" else 1 if p.stem == "counter_fresh" else 2,
                int(m.group(1)) if m else 0)

    return (sorted(GOLD.glob("counter_*.jsonl"), key=order) + sorted(GOLD.glob("uner_*.jsonl"), key=order)
            + sorted(GOLD.glob("udtb_*.jsonl"), key=order))


def pools(names: list[str]) -> list[tuple[str, list[str]]]:
    """(label, set names) of each pool, from the sets present."""
    dev = [n for n in names if n not in HELD_OUT]
    return [
        (f"hard news pooled ({sum(n in names for n in HARD_NEWS)} sets)",
         [n for n in HARD_NEWS if n in names]),
        ("UDTB development sets", [n for n in dev if n.startswith("udtb_")]),
        (f"every development set ({len(dev)})", dev),
        (f"held out ({len(HELD_OUT)} sets)",
         [n for n in HELD_OUT if n in names]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object a set")
    parser.add_argument("--counts", action="store_true",
                        help="then the held-out sets' event counts (right, missed, wrong actor, false)")
    args = parser.parse_args()
    records: dict[str, NewsRecords] = {}
    first = 0
    for path in sets():
        records[path.stem] = news_records(path, first_article=first)
        first += records[path.stem].articles
    rows = [(name.removeprefix("counter_"), records[name]) for name in records]
    rows += [(label, NewsRecords.pooled([records[n] for n in members]))
             for label, members in pools(list(records)) if members]
    for label, rec in rows:
        q, e = rec.score("quotes"), rec.score("events")
        if args.json:
            print(json.dumps({"set": label, "articles": rec.articles, "quotes": q, "events": e},
                             ensure_ascii=False))
            continue
        print(f"{label:28} leads {rec.articles:4}  quotes {q['span_f1']:.4f} / {q['speaker_accuracy']:.4f}  "
              f"events {e['f1']:.4f} (type only {e['type_only_f1']:.4f}; P {e['precision']:.3f} "
              f"R {e['recall']:.3f}; gold {e['gold_events']})")
    if args.counts:
        held = [(n, records[n]) for n in HELD_OUT if n in records]
        for label, rec in [*held, ("held out pooled", NewsRecords.pooled([r for _, r in held]))]:
            counts = rec.event_counts()
            print(json.dumps({"set": label, **counts}) if args.json else
                  f"{label:28} " + "  ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()

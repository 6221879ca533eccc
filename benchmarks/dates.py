"""Date expressions in the COUNTER articles: how many the date reader finds, how many it resolves to a
calendar value (each article's own date as the publication date), and how many each rule found; then
its accuracy on the date gold sets (tests/data/dates_gold, docs/dates_annotation.md: span F1, value
accuracy, and F1 of dates right in span and value), and how far a second annotator agrees with the first.

    KHABAR_DATA=../shared/data .venv/bin/python benchmarks/dates.py

tests/urdu/test_dates.py pins the rules; tests/quality/dates_floors.json the gold sets' floors.
"""

from __future__ import annotations

import sys
from collections import Counter


def main() -> int:
    from pathlib import Path

    from khabar.training import news_eval as ne
    from khabar.training.dates_eval import (
        SECOND_SUFFIX,
        date_reader,
        doubled_set,
        evaluate_dates,
        read_gold_dates,
        score_dates,
    )

    read = date_reader()  # the tokens of the full pipelines (space repair), then the dates component
    found = resolved = 0
    rules: Counter[str] = Counter()
    files = sorted(ne.counter_dir().glob("*.xml"))
    for f in files:
        for tx in read(*ne.counter_text(f)):
            found += 1
            resolved += tx.value is not None
            rules[tx.rule] += 1
    print(f"{len(files)} COUNTER articles: {found} date expressions, {resolved} with a value "
          f"({100 * resolved / max(found, 1):.1f}%)")
    for rule, n in rules.most_common():
        print(f"  {n:>5}  {rule}")

    gold = sorted((Path(__file__).parents[1] / "tests" / "data" / "dates_gold").glob("*.jsonl"))
    for path in gold:
        s = evaluate_dates(path)
        print(f"{path.stem:<24} {s['articles']} articles, {s['gold_dates']} dates: "
              f"span P {s['span_precision']:.3f} R {s['span_recall']:.3f} F1 {s['span_f1']:.3f}; "
              f"value accuracy {s['value_accuracy']:.3f}; "
              f"span and value P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
    # a second annotator's independent reading of a set: how far two people agree
    for second in sorted((gold[0].parent / "agreement").glob(f"*{SECOND_SUFFIX}")) if gold else []:
        first = {a.file: a.dates for a in read_gold_dates(doubled_set(second))}
        pairs = [(first[a.file], a.dates) for a in read_gold_dates(second)]
        s = score_dates(pairs)
        print(f"agreement {second.stem}: span F1 {s['span_f1']:.3f}, value agreement "
              f"{s['value_accuracy']:.3f}, F1 {s['f1']:.3f} "
              f"({s['gold_dates']} and {s['predicted_dates']} dates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

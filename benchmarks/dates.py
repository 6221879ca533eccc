"""Date expressions in the COUNTER articles: how many the date reader finds, how many it resolves to a
calendar value (each article's own date as the publication date), and how many each rule found.

    KHABAR_DATA=../shared/data .venv/bin/python benchmarks/dates.py

Coverage, not accuracy: no gold dates exist for COUNTER (tests/urdu/test_dates.py pins the rules).
"""

from __future__ import annotations

import sys
from collections import Counter


def main() -> int:
    from khabar.components.registry import create
    from khabar.doc.model import Document
    from khabar.loading import load
    from khabar.training import news_eval as ne

    text_layer = load("text")
    dates = create("dates")
    found = resolved = 0
    rules: Counter[str] = Counter()
    files = sorted(ne.counter_dir().glob("*.xml"))
    for f in files:
        text, published = ne.counter_text(f)
        doc = dates(text_layer(Document(text, meta={"published": published})))
        for tx in doc.dates:
            found += 1
            resolved += tx.value is not None
            rules[tx.source] += 1
    print(f"{len(files)} COUNTER articles: {found} date expressions, {resolved} with a value "
          f"({100 * resolved / max(found, 1):.1f}%)")
    for rule, n in rules.most_common():
        print(f"  {n:>5}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

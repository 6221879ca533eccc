"""Entity linking coverage on the COUNTER articles: the share of PERSON, LOCATION and ORGANIZATION
mentions the linker ties to a knowledge-base entry (the rest get a document-local id and a romanized
name), the share of TITLE mentions (office titles and honorifics), and the most frequent names left
unlinked — the list to grow the knowledge base from.

    KHABAR_DATA=../shared/data .venv/bin/python benchmarks/linking.py [--top 40]

Coverage, not accuracy: no gold links exist for COUNTER; a wrong link counts as linked.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=40, help="how many unlinked names to list")
    args = ap.parse_args()

    from khabar.loading import load
    from khabar.training import news_eval as ne

    nlp = load("news")
    total: Counter[str] = Counter()
    linked: Counter[str] = Counter()
    unlinked: Counter[tuple[str, str, str]] = Counter()  # (label, name, romanized) -> articles
    files = sorted(ne.counter_dir().glob("*.xml"))
    for f in files:
        text, _ = ne.counter_text(f)
        doc = nlp(text)
        seen: set[tuple[str, str, str]] = set()
        for e in doc.entities:
            if e.label not in ("PERSON", "LOCATION", "ORGANIZATION", "TITLE"):
                continue
            total[e.label] += 1
            if e.kb_id and not e.kb_id.startswith("local:"):
                linked[e.label] += 1
            else:
                seen.add((e.label, doc.span_text(e.span), e.english or ""))
        unlinked.update(seen)
    print(f"{len(files)} COUNTER articles: mentions linked to the knowledge base")
    names = ("PERSON", "LOCATION", "ORGANIZATION")
    for label in names:
        share = 100 * linked[label] / max(total[label], 1)
        print(f"  {label:<13} {linked[label]:>6} of {total[label]:>6} ({share:.1f}%)")
    n, t = sum(linked[x] for x in names), sum(total[x] for x in names)
    print(f"  {'P/L/O':<13} {n:>6} of {t:>6} ({100 * n / max(t, 1):.1f}%)")
    share = 100 * linked["TITLE"] / max(total["TITLE"], 1)
    print(f"  {'TITLE':<13} {linked['TITLE']:>6} of {total['TITLE']:>6} ({share:.1f}%)")
    print("most frequent unlinked names (articles, label, name, romanized):")
    for (label, name, roman), count in unlinked.most_common(args.top):
        print(f"  {count:>4}  {label:<13} {name}  {roman}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

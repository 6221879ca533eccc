"""Keyphrases on the COUNTER articles: how many of each article's top phrases cut through a name (hold
part of an entity, not all of it) or hold a word of a date, time, number or dateline, and how many end
with an adjective (a predicate or a light verb's part: تجارت دگنی, پابندیاں عائد) — with the component's
name and date boundaries and noun heads (shipped) and without them (phrases from part-of-speech runs
alone, as before).

    KHABAR_DATA=../shared/data .venv/bin/python benchmarks/keyphrases.py [--every N]

No gold keyphrases exist for Urdu news that we may use (docs/summary.md); this counts a defect a
reader sees (``شام چینی صدر شی`` for the meeting with شی جن پنگ on پیر کی شام), not quality.
"""

from __future__ import annotations

import argparse
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--every", type=int, default=1, help="read every N-th article (default: all)")
    args = ap.parse_args()

    from khabar.components.tagger import token_forms
    from khabar.loading import load
    from khabar.training import news_eval as ne
    from khabar.urdu.news import lexicon
    from khabar.urdu.salience import CONTENT_POS, keyphrases

    nlp = load("news")
    files = sorted(ne.counter_dir().glob("*.xml"))[::args.every]
    stop = lexicon().stopwords
    shown = {"with boundaries (shipped)": [0, 0, 0], "without": [0, 0, 0]}
    for f in files:
        text, _ = ne.counter_text(f)
        doc = nlp(text)
        n = len(doc.token_starts)
        sentence_of = [0] * n
        for k, s in enumerate(doc.sentences):
            for t in range(max(0, s.token_start), max(0, s.token_end)):
                sentence_of[t] = k
        names = [(e.span.token_start, e.span.token_end) for e in doc.entities
                 if e.label not in ("DATE", "TIME", "NUMBER") and e.source != "rule:dateline"]
        other = [(e.span.token_start, e.span.token_end) for e in doc.entities
                 if e.label in ("DATE", "TIME", "NUMBER") or e.source == "rule:dateline"]
        other += [(tx.span.token_start, tx.span.token_end) for tx in doc.dates]

        def bad(a: int, b: int, names: list[tuple[int, int]] = names,
                other: list[tuple[int, int]] = other) -> bool:
            cut = any(s < b and a < e and not (a <= s and e <= b) for s, e in names)
            return cut or any(s < b and a < e for s, e in other)

        upos = doc.token_attr("upos") or [None] * n
        plain = keyphrases(token_forms(doc), upos, doc.token_attr("lemma") or [None] * n,
                           sentence_of=sentence_of, stopwords=stop, heads=CONTENT_POS)
        for name, spans in (("with boundaries (shipped)", [(k["spans"][0][2], k["spans"][0][3])
                                                           for k in doc.keyphrases]),
                            ("without", [kp.occurrences[0] for kp in plain])):
            shown[name][0] += len(spans)
            shown[name][1] += sum(bad(a, b) for a, b in spans)
            shown[name][2] += sum(upos[b - 1] == "ADJ" for _, b in spans)
    print(f"{len(files)} COUNTER articles, top 10 keyphrases each")
    for name, (total, wrong, adjective) in shown.items():
        print(f"  {name:<26} {total:>6} phrases, {wrong:>5} cut a name or hold a date/number/dateline word "
              f"({100 * wrong / max(total, 1):.1f}%), {adjective:>5} end with an adjective "
              f"({100 * adjective / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

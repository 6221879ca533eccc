"""Keyphrases on the COUNTER articles: how many of each article's top phrases cut through a name (hold
part of an entity, not all of it) or hold a word of a date, time, number or dateline, and how many end
with an adjective (a predicate or a light verb's part: تجارت دگنی, پابندیاں عائد) — with the component's
name and date boundaries and noun heads (shipped) and without them (phrases from part-of-speech runs
alone, as before).

    KHABAR_DATA=../shared/data .venv/bin/python benchmarks/keyphrases.py [--every N]

No gold keyphrases exist for Urdu news that we may use (docs/summary.md); this counts a defect a
reader sees (``شام چینی صدر شی`` for the meeting with شی جن پنگ on پیر کی شام), not quality.

It also measures agreement with each article's headline, which its editor wrote and the body does not
contain (the component never sees it): a phrase agrees when every word of one of its occurrences is a
content word of the headline (form or lemma: NOUN, PROPN or ADJ, no stop word); ``P@5`` is the share of
the top five phrases that agree, ``R@10`` the share of the headline's content words that a word of the
top ten phrases covers. The floor beside it: the ten commonest content lemmas of the body, one word
each. A weak signal (a headline names two or three topics), but the same for every version.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--every", type=int, default=1, help="read every N-th article (default: all)")
    args = ap.parse_args()

    from khabar.components.keyphrases import dateline_ranges
    from khabar.components.tagger import token_forms
    from khabar.loading import load
    from khabar.training import news_eval as ne
    from khabar.urdu.news import lexicon
    from khabar.urdu.salience import CONTENT_POS, keyphrases

    nlp = load("news")
    files = sorted(ne.counter_dir().glob("*.xml"))[::args.every]
    stop = lexicon().stopwords
    shown = {"with boundaries (shipped)": [0, 0, 0], "without": [0, 0, 0]}
    agree = {"shipped": [0, 0, 0, 0], "commonest lemmas": [0, 0, 0, 0]}  # P@5 hits, of, R@10 hits, of
    for f in files:
        text, _ = ne.counter_text(f)
        doc = nlp(text)
        n = len(doc.token_starts)
        _headline_agreement(agree, nlp, _headline(f), doc, stop=stop, content=CONTENT_POS)
        sentence_of = [0] * n
        for k, s in enumerate(doc.sentences):
            for t in range(max(0, s.token_start), max(0, s.token_end)):
                sentence_of[t] = k
        names = [(e.span.token_start, e.span.token_end) for e in doc.entities
                 if e.label not in ("DATE", "TIME", "NUMBER") and e.source != "rule:dateline"]
        other = [(e.span.token_start, e.span.token_end) for e in doc.entities
                 if e.label in ("DATE", "TIME", "NUMBER") or e.source == "rule:dateline"]
        other += [(tx.span.token_start, tx.span.token_end) for tx in doc.dates]
        other += dateline_ranges(doc, token_forms(doc))  # the whole dateline: a desk's byline too

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
            # (a name may end with a word tagged an adjective: ہاکی ورلڈ کپ ... جونیئر)
            shown[name][2] += sum(upos[b - 1] == "ADJ" and not any(s < b <= e for s, e in names)
                                  for _, b in spans)
    print(f"{len(files)} COUNTER articles, top 10 keyphrases each")
    for name, (total, wrong, adjective) in shown.items():
        print(f"  {name:<26} {total:>6} phrases, {wrong:>5} cut a name or hold a date/number/dateline word "
              f"({100 * wrong / max(total, 1):.1f}%), {adjective:>5} end with an adjective "
              f"({100 * adjective / max(total, 1):.1f}%)")
    print("agreement with the headline (the article's own, unseen by the component)")
    for name, (p_hit, p_of, r_hit, r_of) in agree.items():
        print(f"  {name:<26} P@5 {p_hit / max(p_of, 1):.4f} ({p_hit}/{p_of})   "
              f"R@10 {r_hit / max(r_of, 1):.4f} ({r_hit}/{r_of})")
    return 0


def _headline(path: Path) -> str:
    root = ET.parse(path).getroot()
    head = root.find("headline")
    return head.text if head is not None and head.text else ""


def _content_words(doc: Any, stop: frozenset[str], content: frozenset[str]) -> list[tuple[str, str]]:
    """(form, lemma) of each content token of ``doc`` (no stop words, no digits or punctuation)."""
    starts, ends = doc.token_starts, doc.token_ends
    upos = doc.token_attr("upos") or [None] * len(starts)
    lemmas = doc.token_attr("lemma") or [None] * len(starts)
    out = []
    for t in range(len(starts)):
        form = doc.text[starts[t]:ends[t]]
        if upos[t] in content and form.isalpha() and form not in stop:
            out.append((form, lemmas[t] or form))
    return out


def _headline_agreement(agree: dict[str, list[int]], nlp: Any, headline: str, doc: Any, *,
                        stop: frozenset[str], content: frozenset[str]) -> None:
    if not headline.strip():
        return
    head = [set(pair) for pair in _content_words(nlp(headline), stop, content)]
    if not head:
        return
    words = set().union(*head)
    # each phrase as the words (form and lemma) of each token of each of its occurrences
    lemmas = doc.token_attr("lemma") or [None] * len(doc.token_starts)

    def words_of(t: int) -> set[str]:
        form = doc.text[doc.token_starts[t]:doc.token_ends[t]]
        return {form, lemmas[t] or form}

    shipped = [[[words_of(t) for t in range(s[2], s[3])] for s in kp["spans"]] for kp in doc.keyphrases]
    counts = Counter(lemma for _, lemma in _content_words(doc, stop, content))
    common = [[[{lemma}]] for lemma, _ in counts.most_common(10)]
    for name, phrases in (("shipped", shipped), ("commonest lemmas", common)):
        top5 = phrases[:5]
        hit = sum(any(all(tok & words for tok in occ) for occ in phrase) for phrase in top5)
        covered: set[str] = set()
        for phrase in phrases[:10]:
            for occ in phrase:
                for tok in occ:
                    covered |= tok
        row = agree[name]
        row[0] += hit
        row[1] += len(top5)
        row[2] += sum(bool(tok & covered) for tok in head)
        row[3] += len(head)


if __name__ == "__main__":
    sys.exit(main())

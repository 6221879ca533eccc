"""Would a learned trigger model find the events the rules miss? The project's averaged multiclass
perceptron (:mod:`khabar.ml.perceptron`) labels each candidate — the first verb of a verb group,
with the noun before it when there is one (a light verb's: ملاقات کی, حملہ کیا) — with the CAMEO
root of the gold event whose trigger overlaps it, or none, from the candidate's words: the verb's
lemma and form, the noun before it and the pair, the two words after it (auxiliaries: گیا, ہے, تھا),
whether نے precedes it in its sentence, which postpositions stand in the four words before it,
whether a quote holds it, and — unless left out — the root the rules coded there.

Scored on the candidates, type only (the root; actors are the rules' business, see
``news_actor_ranker.py``): the rules alone, the model, and the rules with the model filling in where
they coded nothing, by leave-sets-out cross-validation over the development sets (6 folds, seeded).
With ``--held-out`` it is also trained on every development set and scored on the held-out sets
(uner_blind4, udtb_blind2, counter_blind39, counter_blind40) — counts only, so their errors stay
unread. Each line: true positives, false positives, false negatives, precision, recall, F1.

Run: .venv/bin/python benchmarks/news_trigger_model.py [--held-out]  (needs ../shared/data or
KHABAR_DATA; about a minute and a half).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from khabar.doc.model import Document
from khabar.loading import load
from khabar.ml.perceptron import AveragedPerceptron
from khabar.training.news_eval import overlap, read_gold, source_text

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "news_gold"
HELD_OUT = ("uner_blind4", "udtb_blind2", "counter_blind39", "counter_blind40")
NONE = "--"
RULE = "rule="
#: postpositions whose presence just before a candidate is a feature
MARKERS = frozenset({"کو", "پر", "سے", "کی", "کا", "کے"})


@dataclass(frozen=True)
class Candidate:
    set: str
    features: tuple[str, ...]
    gold: str  # the root of the gold event there, or NONE
    rules: str  # the root the rules coded there, or NONE

    def without_rules(self) -> tuple[str, ...]:
        return tuple(f for f in self.features if not f.startswith(RULE))


def candidates(paths: Iterable[Path]) -> list[Candidate]:
    """Every candidate inside the gold sets' scopes, with its gold root and the rules' root."""
    nlp = load("news")
    out: list[Candidate] = []
    for path in paths:
        for art in read_gold(path):
            text, published = source_text(art.file)
            doc = nlp(Document(text, id=art.file, meta={"published": art.published or published}))
            lo, hi = art.scope or (0, len(text))
            forms = [doc.text[t.start:t.end] for t in doc.tokens]
            upos = [t.upos for t in doc.tokens]
            lemmas = [t.lemma or forms[i] for i, t in enumerate(doc.tokens)]
            coded = [(doc.raw_span(e.trigger), e.code[:2]) for e in doc.events if not e.code.startswith("01")]
            quoted = [(q.content.token_start, q.content.token_end) for q in doc.quotes]
            for sent in doc.sentences:
                s0, s1 = sent.token_start, sent.token_end
                for t in range(max(s0, 0), s1):
                    if upos[t] != "VERB" or (t > s0 and upos[t - 1] in ("VERB", "AUX")):
                        continue
                    a = t - 1 if t > s0 and upos[t - 1] in ("NOUN", "ADJ", "PROPN") else t
                    raw = doc.raw_span(doc.token_span(a, t + 1))
                    if not lo <= raw[0] < hi:
                        continue
                    gold = next((str(e["type"])[:2] for e in art.events
                                 if overlap((e["trigger"][0], e["trigger"][1]), raw) > 0), NONE)
                    rules = next((root for span, root in coded if overlap(span, raw) > 0), NONE)
                    noun = forms[a] if a < t else "-"
                    before = upos[t - 1] if t > s0 else "^"
                    before2 = forms[t - 2] if t - 2 >= s0 else "^"
                    after = forms[t + 1] if t + 1 < s1 else "$"
                    after2 = forms[t + 2] if t + 2 < s1 else "$"
                    feats = ["bias", f"v={lemmas[t]}", f"vf={forms[t]}", f"n={noun}",
                             f"nv={lemmas[a] if a < t else '-'}|{lemmas[t]}",
                             f"np={before}", f"n2={before2}", f"a1={after}", f"a2={after2}",
                             "erg" if "نے" in forms[s0:t] else "no-erg",
                             "quoted" if any(x <= t < y for x, y in quoted) else "told",
                             *sorted(f"pp={w}" for w in set(forms[max(s0, a - 4):a]) if w in MARKERS),
                             f"{RULE}{rules}"]
                    out.append(Candidate(path.stem, tuple(feats), gold, rules))
    return out


#: (predicted, gold) roots of the candidates
Pairs = list[tuple[str, str]]


def train(data: list[tuple[tuple[str, ...], str]], *, epochs: int = 8, seed: int = 1) -> AveragedPerceptron:
    """The project's averaged multiclass perceptron over (features, label) pairs."""
    model = AveragedPerceptron(sorted({label for _, label in data} | {NONE}))
    ids = [model.feature_ids(feats, add=True) for feats, _ in data]

    def step(i: int) -> None:
        model.update(model.label_id(data[i][1]), model.predict_id(ids[i]), ids[i])

    model.fit(len(data), step, epochs=epochs, seed=seed)
    return model


def line(label: str, pairs: Pairs) -> str:
    """(predicted, gold) roots scored type only: a right root is a true positive."""
    tp = sum(1 for p, g in pairs if p != NONE and p == g)
    fp = sum(1 for p, g in pairs if p not in (NONE, g))
    fn = sum(1 for p, g in pairs if g not in (NONE, p))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f"{label:44} TP {tp:4} FP {fp:4} FN {fn:4}  P {prec:.3f} R {rec:.3f} F1 {f1:.3f}"


def report(title: str, train_set: list[Candidate], test_set: list[Candidate]) -> list[tuple[str, Pairs]]:
    """(line label, (predicted, gold) roots) of the rules, the model and the two combined."""
    with_rules = train([(c.features, c.gold) for c in train_set])
    no_rules = train([(c.without_rules(), c.gold) for c in train_set])
    model = [with_rules.predict(c.features) for c in test_set]
    blind = [no_rules.predict(c.without_rules()) for c in test_set]
    gold = [c.gold for c in test_set]
    rules = [c.rules for c in test_set]
    return [
        (f"{title}: rules alone", list(zip(rules, gold, strict=True))),
        (f"{title}: model (sees the rules' root)", list(zip(model, gold, strict=True))),
        (f"{title}: rules, else that model",
         [(r if r != NONE else m, g) for r, m, g in zip(rules, model, gold, strict=True)]),
        (f"{title}: rules, else a model without them",
         [(r if r != NONE else b, g) for r, b, g in zip(rules, blind, gold, strict=True)]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", action="store_true", help="also train on all dev sets, score held out")
    args = parser.parse_args()
    files = sorted(GOLD.glob("*.jsonl"))
    dev = candidates(p for p in files if p.stem not in HELD_OUT)
    print(f"development candidates {len(dev)}, {sum(c.gold != NONE for c in dev)} with a gold event")
    sets = sorted({c.set for c in dev})
    pooled: dict[str, Pairs] = defaultdict(list)
    for fold in (sets[i::6] for i in range(6)):
        for label, pairs in report("6-fold CV", [c for c in dev if c.set not in fold],
                                   [c for c in dev if c.set in fold]):
            pooled[label] += pairs
    for label, pairs in pooled.items():
        print(line(label, pairs))
    if args.held_out:
        held = candidates(GOLD / f"{s}.jsonl" for s in HELD_OUT)
        for label, pairs in report("held out", dev, held):
            print(line(label, pairs))


if __name__ == "__main__":
    main()

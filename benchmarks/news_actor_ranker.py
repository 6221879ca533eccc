"""Would a learned actor model beat the rules? A ranking perceptron picks each event's actor 1 and
actor 2 among candidates — no actor, the rules' own picks, every person, place, organisation or title
of the event's sentence and the two before it (one candidate per linker group), every actor noun
(پولیس, مظاہرین) of the sentence — from features of the candidate's nearest mention (side of the
trigger, distance, the postposition after it, a verb, comma, نے or conjunction between, whether the
trigger's lexicon entry expects that postposition for its target, the CAMEO root, the entity's label,
country and role) and, unless ``--no-rules``, whether the rules picked it.

It is scored where the rules are: on the events whose trigger and CAMEO root the extractor matched
(the actors decide the rest of event F1), by leave-sets-out cross-validation over the development
sets (6 folds; seeded), and with ``--held-out`` trained on every development set and scored on the
held-out sets (uner_blind4, udtb_blind2, counter_blind39, counter_blind40) — counts only, so their
errors stay unread. Each line: events, right actor 1, right actor 2, both right, rules vs model.

Run: .venv/bin/python benchmarks/news_actor_ranker.py [--no-rules] [--held-out]  (needs ../shared/data
or KHABAR_DATA; about a minute).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.doc.model import Document, Span
from khabar.loading import load
from khabar.training.news_eval import (
    Speaker,
    entity_groups,
    gold_referent,
    overlap,
    predicted_referent,
    read_gold,
    same_referent,
    source_text,
)
from khabar.urdu.news import ACTOR_LABELS, NewsReader

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "news_gold"
HELD_OUT = ("uner_blind4", "udtb_blind2", "counter_blind39", "counter_blind40")
#: words after (or before) a mention that say its part in the clause
MARKERS = frozenset({"نے", "کو", "سے", "کا", "کی", "کے", "پر", "میں", "اور", "،", "ساتھ", "کیلئے", "لیے",
                     "خلاف", "جانب", "طرف", "مطابق", "بھی"})
BETWEEN = {"verb": ("VERB", "AUX"), "punct": ("،", ",", "۔"), "erg": ("نے",),
           "conj": ("کہ", "جو", "جس", "جنہوں", "جبکہ", "اور")}
WINDOW = 2  # sentences before the event's that hold candidates


@dataclass
class Slot:
    """One actor of one event: each candidate's features and whether it is the gold actor."""
    rows: list[tuple[list[str], bool]]
    rule_right: bool


def _bucket(d: int) -> str:
    return next((str(b) for b in (1, 2, 3, 5, 8, 12, 20, 40) if d <= b), "far")


def _mark(word: str) -> str:
    return word if word in MARKERS else "X"


def _features(r: NewsReader, ev: Any, slot: int, cand: tuple[int | None, Span | None, set[str]], *,
              picked: tuple[bool, bool]) -> list[str]:
    """The features of one candidate ``cand`` (entity, words, kinds) for actor ``slot`` of ``ev``;
    ``picked``: whether the rules chose it for this actor, and for the other."""
    k, span, kinds = cand
    doc = r.doc
    t0, t1 = ev.trigger.token_start, ev.trigger.token_end
    s0 = doc.sentences[ev.sentence].token_start
    base = []
    if k is None and span is None:
        base.append("null")
    else:
        if k is not None:
            e = doc.entities[k]
            mentions = [x.span for m, x in enumerate(doc.entities)
                        if m == k or (e.group is not None and x.group == e.group)]
            base += [f"label={e.label}"] + ["country"] * bool(e.country) + ["role"] * bool(e.role)
        elif span is not None:
            mentions = [span]
            base.append("noun")
        before = [x for x in mentions if s0 <= x.token_start and x.token_end <= t0]
        after = [x for x in mentions if x.token_start >= t1 and r.sentence_of(x.token_start) == ev.sentence]
        earlier = [x for x in mentions if x.token_end <= s0]
        m, pos, d = None, "none", 0
        if before:
            m = max(before, key=lambda x: x.token_end)
            pos, d = "B", t0 - m.token_end
        elif after:
            m = min(after, key=lambda x: x.token_start)
            pos, d = "A", m.token_start - t1
        elif earlier:
            m = max(earlier, key=lambda x: x.token_end)
            pos = f"P{min(2, ev.sentence - r.sentence_of(m.token_start))}"
        base.append(f"pos={pos}")
        if m is not None:
            n = len(r.forms)
            nxt = r.forms[m.token_end] if m.token_end < n else "</s>"
            nxt2 = r.forms[m.token_end + 1] if m.token_end + 1 < n else "</s>"
            prv = r.forms[m.token_start - 1] if m.token_start > 0 else "<s>"
            base += [f"pos={pos}|next={_mark(nxt)}", f"pos={pos}|next2={_mark(nxt)} {_mark(nxt2)}",
                     f"prev={_mark(prv)}"]
            if pos in ("A", "B"):
                base.append(f"pos={pos}|d={_bucket(d)}")
                mid = range(m.token_end, t0) if pos == "B" else range(t1, m.token_start)
                for name, words in BETWEEN.items():
                    if any(r.forms[x] in words or r.upos[x] in words for x in mid):
                        base.append(f"pos={pos}|{name}_between")
                entry = r.match_event(t0)
                if entry is not None:
                    after_mention = tuple(r.forms[m.token_end:m.token_end + 3])
                    hit = any(after_mention[:len(t)] == tuple(t) for t in entry[0].targets if t)
                    base.append(f"pos={pos}|target_marker={int(hit)}")
    base.append("kind=" + "+".join(sorted(kinds)))
    rule, other = picked
    feats = [f"s{slot}|R={int(rule)}", f"s{slot}|R={int(rule)}|root={ev.code[:2]}",
             f"s{slot}|R={int(rule)}|src={ev.source.split(':')[0]}", f"s{slot}|O={int(other)}|R={int(rule)}"]
    for b in base:
        feats += [f"s{slot}|{b}", f"s{slot}|root={ev.code[:2]}|{b}", f"s{slot}|R={int(rule)}|{b}"]
    return feats


def instances(paths: list[Path], *, rules: bool) -> Iterator[tuple[str, Slot, Slot]]:
    """(set, actor-1 slot, actor-2 slot) of every event whose trigger and root the extractor matched."""
    nlp = load("news")
    for path in paths:
        for art in read_gold(path):
            text, published = source_text(art.file)
            doc = nlp(Document(text, id=art.file, meta={"published": art.published or published}))
            r = NewsReader(doc)
            for ev in doc.events:
                raw = doc.raw_span(ev.trigger)
                lo, hi = art.scope or (0, len(text))
                if ev.code.startswith("01") or not lo <= raw[0] < hi:
                    continue
                gold = next((g for g in art.events if overlap((g["trigger"][0], g["trigger"][1]), raw) > 0
                             and g["type"] == ev.code[:2]), None)
                if gold is None:
                    continue
                yield (path.stem, _slot(r, ev, gold, text, 1, rules=rules),
                       _slot(r, ev, gold, text, 2, rules=rules))


def _slot(r: NewsReader, ev: Any, gold: dict[str, Any], text: str, slot: int, *, rules: bool) -> Slot:
    doc = r.doc
    sents = doc.sentences
    lo = sents[max(0, ev.sentence - WINDOW)].token_start
    hi = sents[min(len(sents) - 1, ev.sentence + 1)].token_end
    cands: dict[Any, tuple[int | None, Span | None, set[str]]] = {"null": (None, None, {"null"})}

    def add(key: Any, k: int | None, span: Span | None, kind: str) -> None:
        cands.setdefault(key, (k, span, set()))[2].add(kind)

    picks = {1: (ev.actor1, ev.actor1_span), 2: (ev.actor2, ev.actor2_span)}
    for s, (k, span) in picks.items():
        if k is not None and span is None and doc.entities[k].label in ACTOR_LABELS:
            g = doc.entities[k].group
            add(("group", g) if g is not None else ("entity", k), k, None, f"rule{s}")
        elif k is not None or span is not None:
            add(("rule", s), k, span, f"rule{s}")
    for k, e in enumerate(doc.entities):
        if e.label in ACTOR_LABELS and lo <= e.span.token_start < hi:
            add(("group", e.group) if e.group is not None else ("entity", k), k, None, "entity")
    for t in range(sents[ev.sentence].token_start, sents[ev.sentence].token_end):
        if r.actor_noun_at(t):
            add(("noun", t), None, Span(r.starts[t], r.ends[t], t, t + 1), "noun")

    gspan, gtext = gold_referent(gold.get(f"actor{slot}"), text)
    groups = entity_groups(doc)
    mine, theirs = (predicted_referent(doc, *picks[s], groups) for s in (slot, 3 - slot))

    def same(a: Speaker, b: Speaker) -> bool:
        return bool(a.spans) and any(overlap(x, y) > 0 for x in a.spans for y in b.spans)

    rows = []
    for k, span, kinds in cands.values():
        me = predicted_referent(doc, k, span, groups)
        rule = (me.null and mine.null) or same(me, mine)
        seen = kinds if rules else {x for x in kinds if not x.startswith("rule")} or {"rule-only"}
        feats = _features(r, ev, slot, (k, span, seen), picked=(rules and rule, rules and same(me, theirs)))
        rows.append((feats, same_referent(gspan, gtext, me)))
    return Slot(rows, same_referent(gspan, gtext, mine))


def _score(w: dict[str, float], feats: list[str]) -> float:
    return sum(w.get(f, 0.0) for f in feats)


def train(data: list[tuple[str, Slot, Slot]], *, epochs: int = 10, seed: int = 1) -> dict[str, float]:
    """An averaged ranking perceptron: the gold candidate's features up, the wrong winner's down."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    t = 0

    def update(f: str, delta: float) -> None:
        total[f] += (t - stamp[f]) * w[f]
        stamp[f] = t
        w[f] += delta

    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            for slot in data[i][1:]:
                if not any(ok for _, ok in slot.rows):
                    continue
                t += 1
                scores = [_score(w, f) for f, _ in slot.rows]
                guess = max(range(len(scores)), key=scores.__getitem__)
                if slot.rows[guess][1]:
                    continue
                right = max((j for j, (_, ok) in enumerate(slot.rows) if ok), key=scores.__getitem__)
                for f in slot.rows[right][0]:
                    update(f, 1.0)
                for f in slot.rows[guess][0]:
                    update(f, -1.0)
    return {f: (total[f] + (t - stamp[f]) * w[f]) / max(t, 1) for f in w}


def evaluate(w: dict[str, float], data: list[tuple[str, Slot, Slot]]) -> Counter[str]:
    c: Counter[str] = Counter()
    for _, *slots in data:
        model = []
        for n, slot in enumerate(slots, 1):
            best = max(slot.rows, key=lambda row: _score(w, row[0]))
            model.append(best[1])
            c[f"actor{n} rules"] += slot.rule_right
            c[f"actor{n} model"] += best[1]
        c["both rules"] += all(s.rule_right for s in slots)
        c["both model"] += all(model)
        c["events"] += 1
    return c


def line(label: str, c: Counter[str]) -> str:
    pairs = "  ".join(f"{name} {c[key + ' rules']:4} / {c[key + ' model']:4}"
                      for name, key in (("actor 1", "actor1"), ("actor 2", "actor2"), ("both", "both")))
    return f"{label:24} events {c['events']:4}  {pairs}  (rules / model)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-rules", action="store_true", help="the model does not see the rules' picks")
    parser.add_argument("--held-out", action="store_true", help="also train on all dev sets, score held out")
    args = parser.parse_args()
    files = sorted(GOLD.glob("*.jsonl"))
    dev = list(instances([p for p in files if p.stem not in HELD_OUT], rules=not args.no_rules))
    sets = sorted({s for s, *_ in dev})
    folds = [sets[i::6] for i in range(6)]
    cv: Counter[str] = Counter()
    for fold in folds:
        w = train([x for x in dev if x[0] not in fold])
        cv += evaluate(w, [x for x in dev if x[0] in fold])
    print(line("development, 6-fold CV", cv))
    if args.held_out:
        held = list(instances([GOLD / f"{s}.jsonl" for s in HELD_OUT], rules=not args.no_rules))
        print(line("held out", evaluate(train(dev), held)))


if __name__ == "__main__":
    main()

"""NER benchmark: dev F1 per dataset and entities/s, LughaatNLP's NER on the same sentences, and the
share NER + linking add to the whole default pipeline.

Run: .venv/bin/python benchmarks/ner.py [--articles N]  (needs ../shared/data or KHABAR_DATA)

* **khabar**: the shipped model for each source tags the dev split (sentences it did not train on)
  in one pass; entities/s = entities that pass produced / its wall time (scoring is not timed).
* **LughaatNLP** 1.3.1 (BiLSTM, the peer in ../shared/peers.md) runs in its own venv
  (``/tmp/peers/lughaat``, never a khabar dependency) in a subprocess, on the *same tokens* (the
  dev files' tokens as given, fed straight to its model: its own tokenizer would change the token
  count and its ``ner_tags_urdu`` returns a dict keyed by word, which loses repeated words). Its
  BILOU tags map to ours: ``B-X``/``U-X`` → ``B-X``, ``I-X``/``L-X`` → ``I-X``, ``DESIGNATION`` →
  TITLE (the UNER label table), ``-`` → O; predictions are projected onto each source's labels like
  khabar's. Sentences longer than its ``max_length`` are cut by its preprocessing; the cut tokens
  count as O. Its entities/s is timed the same way (model calls only, model load excluded and
  reported apart). LughaatNLP's tag set is UNER's: it was very likely trained on UNER, possibly
  on the sentences of our dev split, so its UNER figure may not be held-out.
* **Pipeline share**: what ``ner`` + ``linker`` add to the default pipeline on COUNTER news
  articles: their CPU time over the other components' (the components after them need entities,
  so a pipeline without them cannot run whole), each component timed in the pipeline's order,
  pinned to one core, in CPU time of this process (``time.process_time``: the machine is shared,
  and wall time swings with the other workers' load); once from cold caches (the first pass over
  the articles) and as the best of three warm passes; and as the best of three warm passes in batch
  (``Pipeline.pipe``: each component over all the articles, the ner component decoding 32 articles'
  sentences in one Viterbi), the way ``khabar analyze --executor`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import time
from pathlib import Path

import khabar
from khabar.doc.model import Document
from khabar.errors import KhabarError
from khabar.ml.ner import default_ner, spans_from_tags
from khabar.training.data import data_dir
from khabar.training.ner import UNER, NerExample, project_tags, read_ner, score_spans

PEER = Path("/tmp/peers/lughaat/bin/python")
DEV = {"il-ner": "ner/il_ner_urdu/Urdu-dev.txt", "uner": "ner/uner_mirfan899/uner-dev.txt"}

#: Runs inside LughaatNLP's venv: JSON lists of tokens on stdin -> JSON tags, timings on stdout.
PEER_CODE = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
t0 = time.perf_counter()
import torch
torch.set_num_threads(1)
from LughaatNLP.NER_Urdu import NER_Urdu
ner = NER_Urdu()
load = time.perf_counter() - t0
sents = json.load(sys.stdin)
t1 = time.perf_counter()
out = []
with torch.no_grad():
    for toks in sents:
        pred = ner.model(ner.preprocess_sentence(toks)).argmax(dim=2).squeeze(0).tolist()
        out.append([str(ner.tag2label.get(p, "O")) for p in pred[:len(toks)]]
                   + ["O"] * max(0, len(toks) - len(pred)))
tag = time.perf_counter() - t1
json.dump({"tags": out, "load_s": load, "tag_s": tag, "max_length": int(ner.max_length)}, sys.stdout)
"""


def peer_bio(tags: list[str]) -> list[str]:
    """LughaatNLP's BILOU tags as khabar BIO tags (see the module docstring)."""
    out: list[str] = []
    for tag in tags:
        if tag in ("O", "-", "-PAD-") or "-" not in tag:
            out.append("O")
            continue
        prefix, typ = tag.split("-", 1)
        label = "TITLE" if typ == "DESIGNATION" else typ
        out.append(("B-" if prefix in ("B", "U") else "I-") + label)
    return out


def run_peer(examples: dict[str, list[NerExample]]) -> dict[str, object] | str:
    """LughaatNLP's predictions for every dev set, or why it could not run."""
    if not PEER.exists():
        return f"its venv {PEER} is not installed (recipe: ../shared/peers.md)"
    order = list(examples)
    sents = [list(ex.raw) for src in order for ex in examples[src]]
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    try:
        proc = subprocess.run([str(PEER), "-c", PEER_CODE], input=json.dumps(sents), capture_output=True,
                              text=True, check=False, timeout=900, env=env)
    except subprocess.TimeoutExpired:
        return "it did not finish within 15 minutes"
    if proc.returncode != 0:
        return f"it failed (exit {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}"
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=60,
                        help="COUNTER articles for the pipeline share")
    args = parser.parse_args()
    root = data_dir()
    if root is None:
        raise SystemExit("no training data: set KHABAR_DATA or put the data in ../shared/data")
    examples = {src: read_ner(root / path, src) for src, path in DEV.items()}
    print("dev splits (not trained on); exact-match span F1; entities/s = entities found / tagging time")
    for src, exs in examples.items():
        model = default_ner(src)
        model.clear_cache()  # a cold pass: no word of the dev set is cached yet
        t = time.perf_counter()
        tags = model.tag_batch([ex.forms for ex in exs])
        dt = time.perf_counter() - t
        n_ent = sum(len(spans_from_tags(tg)) for tg in tags)
        scores = score_spans([ex.tags for ex in exs], [project_tags(tg, src) for tg in tags])
        plo = scores.subset(("PERSON", "LOCATION", "ORGANIZATION"))
        tokens = sum(len(ex.forms) for ex in exs)
        print(f"  khabar     {src:7s} F1 {scores.overall.f1:.4f}  "
              f"PERSON/LOCATION/ORGANIZATION F1 {plo.f1:.4f}  {n_ent} entities in {dt:.3f}s: "
              f"{n_ent / dt:,.0f} entities/s, {tokens / dt:,.0f} tokens/s")
    peer = run_peer(examples)
    if isinstance(peer, str):
        print(f"  LughaatNLP: not run: {peer}")
    else:
        raw = peer["tags"]
        assert isinstance(raw, list)
        at = 0
        n_all = 0
        for src, exs in examples.items():
            tags = [peer_bio(t) for t in raw[at:at + len(exs)]]
            at += len(exs)
            n_ent = sum(len(spans_from_tags(t)) for t in tags)
            n_all += n_ent
            scores = score_spans([ex.tags for ex in exs], [project_tags(t, src) for t in tags])
            plo = scores.subset(("PERSON", "LOCATION", "ORGANIZATION"))
            note = " (its training data is very likely UNER: may not be held-out)" if src == UNER else ""
            print(f"  LughaatNLP {src:7s} F1 {scores.overall.f1:.4f}  PERSON/LOCATION/ORGANIZATION F1 "
                  f"{plo.f1:.4f}  {n_ent} entities{note}")
        tag_s = float(str(peer["tag_s"]))
        print(f"  LughaatNLP all dev sentences: {n_all} entities in {tag_s:.3f}s: {n_all / tag_s:,.0f} "
              f"entities/s (one torch thread; model load {float(str(peer['load_s'])):.1f}s, "
              f"max_length {peer['max_length']})")
    try:
        pipeline_share(root, args.articles)
    except KhabarError as exc:
        print(f"pipeline share: not measured: the default pipeline does not load ({exc})")


def pipeline_share(root: Path, n_articles: int) -> None:
    """What NER + linking add to the default pipeline: their CPU time over the other components'.

    The components after them need entities, so there is no whole pipeline without them to time;
    each component is timed on its own, in the pipeline's order, over the same articles. The first
    pass starts from caches that hold only the warm-up article's words (a fresh process reading new
    articles), the next three from warm caches (best of three)."""
    files = sorted((root / "news/counter/xml").glob("[0-9][0-9][0-9][0-9].xml"))[:n_articles]
    texts = []
    for f in files:
        body = f.read_text(encoding="utf-8").split("?>", 1)[-1]
        texts.append(re.sub(r"<[^>]+>", "\n", body).strip())
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    full = khabar.load()
    full("پاکستان کے وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے۔")  # warm-up: loads every lazy resource

    def per_component(batched: bool) -> dict[str, float]:
        per: dict[str, float] = dict.fromkeys(full.component_names, 0.0)
        if batched:  # Pipeline.pipe: each component over all the documents, its own pipe() if it has one
            docs = [Document(text) for text in texts]
            for c in full.components:
                pipe = getattr(c, "pipe", None)
                t = time.process_time()
                docs = list(pipe(docs)) if callable(pipe) else [c(d) for d in docs]
                per[c.name] += time.process_time() - t
            return per
        for text in texts:
            doc = Document(text)
            for c in full.components:
                t = time.process_time()
                doc = c(doc)
                per[c.name] += time.process_time() - t
        return per

    for label, runs, batched in (("first pass (cold caches)", 1, False), ("warm caches, best of 3", 3, False),
                                 ("batched (Pipeline.pipe), warm caches, best of 3", 3, True)):
        per = min((per_component(batched) for _ in range(runs)), key=lambda p: sum(p.values()))
        ner = per["ner"] + per["linker"]
        rest = sum(per.values()) - ner
        print(f"default pipeline, {len(texts)} COUNTER articles, {label}: ner {per['ner']:.3f}s + linker "
              f"{per['linker']:.3f}s over the other components' {rest:.3f}s CPU: NER + linking add "
              f"{ner / rest:.1%} (target <= 30%)")
        if runs > 1:
            print("  CPU per component: " + ", ".join(f"{k} {v:.3f}s" for k, v in per.items()))


if __name__ == "__main__":
    main()

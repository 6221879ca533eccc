"""Tagger benchmark: k-fold cross-validation accuracy on the available gold, throughput (tokens/s, one
core, process CPU time) of the whole default pipeline and of each component, and LughaatNLP's POS
tagger on the same sentences in the same run where it is installed (../shared/peers.md).

    .venv/bin/python benchmarks/tagging.py              # 5-fold CV (about 2 minutes) + speed + peer
    .venv/bin/python benchmarks/tagging.py --folds-only 0   # one fold only (about 25 s)
    .venv/bin/python benchmarks/tagging.py --learners       # learner comparison, 5-fold CV (~8 min)
    .venv/bin/python benchmarks/tagging.py --no-cv          # speed and the peer only

``--learners`` compares UPOS learners in the same CV (same folds, training sentences and static
features): the shipped averaged perceptron with greedy decoding, the same weights decoded by
second-order Viterbi, and a first-order linear-chain CRF (python-crfsuite, L-BFGS with elastic net;
the ``bench`` extra: ``pip install -e '.[bench]'``). Each learner's UPOS feeds the same morphology
heads and lemma tables, so every metric is comparable; speed is UPOS decoding alone (features
included), tokens/s of CPU time on the held-out sentences.

LughaatNLP tags with its own (CLE) tagset and tokenizer: its tags are mapped to UPOS with the coarse
table ``CLE_TO_UPOS`` below and scored only on sentences where its tokens equal the gold tokens, so
its figure is indicative, not a like-for-like UD score. Its speed is timed inside its own virtual
environment (``--peer-python``) on the same sentences, model loading excluded.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PEER = Path("/tmp/peers/lughaat/bin/python")

#: LughaatNLP (CLE Urdu tagset) -> UPOS, coarse and many-to-one; "?" where no UPOS fits.
CLE_TO_UPOS = {
    "NN": "NOUN", "PN": "PROPN", "VB": "VERB", "TA": "AUX", "AA": "AUX", "ADJ": "ADJ", "ADV": "ADV",
    "P": "ADP", "SE": "ADP", "G": "ADP", "KER": "ADP", "WALA": "ADP", "CC": "CCONJ", "SC": "SCONJ",
    "PP": "PRON", "KP": "PRON", "AKP": "PRON", "AP": "PRON", "RD": "PRON", "GR": "PRON", "REP": "PRON",
    "QW": "PRON", "PD": "DET", "AD": "DET", "KD": "DET", "Q": "DET", "CA": "NUM", "FR": "NUM",
    "MUL": "NUM", "OR": "ADJ", "DATE": "NUM", "I": "PART", "NEG": "PART", "RP": "PART", "INT": "INTJ",
    "SM": "PUNCT", "PM": "PUNCT", "EXP": "PUNCT", "U": "X",
}


def _peer_worker(path: str) -> None:
    """Runs under LughaatNLP's Python: tags each sentence, prints JSON (tags + CPU seconds)."""
    from LughaatNLP import POS_urdu  # type: ignore[import-not-found]

    sentences = json.loads(Path(path).read_text(encoding="utf-8"))
    t0 = time.process_time()
    tagger = POS_urdu()
    load = time.process_time() - t0
    tagger.pos_tags_urdu(sentences[0])
    t0 = time.process_time()
    out = [[(d["Word"], d["POS_Tag"]) for d in tagger.pos_tags_urdu(s)] for s in sentences]
    print(json.dumps({"load_s": load, "cpu_s": time.process_time() - t0, "tags": out}, ensure_ascii=False))


def _counter_texts(data: Path, n: int) -> list[str]:
    import re

    files = sorted((data / "news" / "counter").rglob("*.xml"))[:n]
    return [re.sub(r"<[^>]+>", " ", f.read_text(encoding="utf-8")) for f in files]


def compare_learners(tagging: object, hyper: object, seed: int, folds: list[int] | None) -> None:
    """Perceptron greedy vs Viterbi vs CRF in the same CV (see the module docstring)."""
    from dataclasses import replace

    from khabar.ml.tagger import Analysis, WordNormalizer, train_tagger
    from khabar.training.tagging import (
        fold_of,
        gold_columns,
        predicted_columns,
        score,
        training_set,
    )

    norm = WordNormalizer()
    k = hyper.folds  # type: ignore[attr-defined]
    opts = hyper.options  # type: ignore[attr-defined]
    learners = ("perceptron-greedy", "perceptron-viterbi", "crf")
    gold_all: list[object] = []
    pred: dict[str, list[object]] = {name: [] for name in learners}
    cpu = dict.fromkeys(learners, 0.0)
    train_s = dict.fromkeys(learners, 0.0)
    for f in folds if folds is not None else range(k):
        train_ud = [s for i, s in enumerate(tagging.ud) if fold_of(i, k) != f]  # type: ignore[attr-defined]
        test_ud = [s for i, s in enumerate(tagging.ud) if fold_of(i, k) == f]  # type: ignore[attr-defined]
        sents = training_set(tagging, train_ud, hyper, norm)  # type: ignore[arg-type]
        gold_all.extend(gold_columns(test_ud))
        models = {}
        for learner in ("perceptron", "crf"):
            t0 = time.process_time()
            models[learner] = train_tagger(sents, classes=tagging.classes,  # type: ignore[attr-defined]
                                           options=replace(opts, upos_learner=learner), seed=seed,
                                           clusters=tagging.clusters)  # type: ignore[attr-defined]
            train_s["crf" if learner == "crf" else "perceptron-greedy"] += time.process_time() - t0
        for name in learners:
            model = models["crf" if name == "crf" else "perceptron"]
            model.decoder = "crf" if name == "crf" else name.split("-")[1]
            t0 = time.process_time()
            upos = [model.upos_tags(s.forms) for s in test_ud]
            cpu[name] += time.process_time() - t0
            analyses = []
            for s, u in zip(test_ud, upos, strict=True):
                _, x, fe = model.tag(s.forms, upos=u)
                analyses.append(Analysis(tuple(u), tuple(x), tuple(fe), tuple(model.lemmatize(s.forms, u))))
            got = predicted_columns(analyses)
            pred[name].extend(got)
            print(f"fold {f}: {name}: " + ", ".join(
                f"{m} {v}" for m, v in score(gold_columns(test_ud), got).to_json().items()), flush=True)
    n = len(gold_all)
    print("\n| learner | UPOS | XPOS | UFeats | AllTags | Lemmas | UPOS tokens/s | train CPU s |")
    print("|---|---|---|---|---|---|---|---|")
    for name in learners:
        sc = score(gold_all, pred[name]).to_json()  # type: ignore[arg-type]
        print(f"| {name} | " + " | ".join(str(sc[m]) for m in ("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas"))
              + f" | {n / max(cpu[name], 1e-9):,.0f} | {train_s[name]:.0f} |")
    print(f"(CRF: c1 {opts.crf_c1}, c2 {opts.crf_c2}, {opts.crf_iterations} L-BFGS iterations, trained by "
          "python-crfsuite, decoded by khabar's own Viterbi; train time includes the morphology heads; "
          "perceptron Viterbi reuses the greedy-trained weights; XPOS/UFeats/Lemmas all come from the "
          "same morphology heads and lemma tables fed with each learner's UPOS)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds-only", type=int, nargs="*", help="score only these CV folds")
    ap.add_argument("--peer-python", type=Path, default=DEFAULT_PEER)
    ap.add_argument("--peer-worker", help=argparse.SUPPRESS)
    ap.add_argument("--learners", action="store_true", help="compare UPOS learners in the same CV")
    ap.add_argument("--no-cv", action="store_true", help="speed (and the peer) only")
    ap.add_argument("--pipelines", nargs="+", default=["tagging", "default"],
                    help="named pipelines to time (tagging = normalize -> lemma, issue 3's 'whole pipeline')")
    args = ap.parse_args()
    if args.peer_worker:
        _peer_worker(args.peer_worker)
        return 0

    import khabar
    from khabar.ml.tagger import WordNormalizer
    from khabar.training.data import data_dir
    from khabar.training.tagging import TaggerHyper, cross_validate, fold_of, load_data
    from khabar.training.train import TrainConfig, resolve_data

    data = data_dir()
    assert data is not None
    config = TrainConfig.read(ROOT / "configs" / "tagger.json")
    hyper = TaggerHyper.from_json(config.hyper)
    tagging = load_data(resolve_data(config, data), WordNormalizer(), clusters=hyper.clusters,
                        seed=config.seed)

    if args.learners:
        compare_learners(tagging, hyper, config.seed, args.folds_only)
        return 0

    # 1. accuracy
    if not args.no_cv:
        t0 = time.perf_counter()
        cv = cross_validate(tagging, hyper, config.seed, log=print, only_folds=args.folds_only)
        print(f"CV ({hyper.folds} folds, scored {args.folds_only or 'all'}): "
              + ", ".join(f"{k} {v}" for k, v in cv["pooled"].items())
              + f"  [{time.perf_counter() - t0:.0f} s]")

    # 2. throughput, one core, CPU time
    texts = _counter_texts(data, 150)
    nlp = None
    for name in args.pipelines:
        t0 = time.perf_counter()
        nlp = khabar.load(name)
        print(f"khabar.load({name!r}): {time.perf_counter() - t0:.3f} s")
        nlp(texts[0])
        t0 = time.process_time()
        docs = [nlp(t) for t in texts]
        whole = time.process_time() - t0
        n_tok = sum(len(d.token_starts) for d in docs)
        print(f"pipeline {name!r}: {n_tok / whole:,.0f} tokens/s ({n_tok} tokens, {len(texts)} articles; "
              "first pass, per-word caches cold)")
        t0 = time.process_time()
        docs = [nlp(t) for t in texts]
        again = time.process_time() - t0
        print(f"pipeline {name!r}, same articles again (caches warm): {n_tok / again:,.0f} tokens/s")
        from khabar.doc.model import Document

        # each stage alone, its caches warm (the articles went through twice), then cold: a freshly
        # loaded pipeline, one first pass stage by stage (where the first pass's time goes)
        cold = khabar.load(name)
        cold(texts[0])
        for label, components in (("warm", nlp.components), ("cold", cold.components)):
            stage = [Document(t) for t in texts]
            for c in components:
                t0 = time.process_time()
                stage = [c(d) for d in stage]
                el = time.process_time() - t0
                print(f"  {c.name:<12} {n_tok / max(el, 1e-9):>12,.0f} tokens/s ({label})")
    nlp = khabar.load("tagging")

    # 3. LughaatNLP on the held-out sentences of fold 0, same run
    fold0 = [s for i, s in enumerate(tagging.ud) if fold_of(i, hyper.folds) == 0]
    khabar_tok = sum(len(s.forms) for s in fold0)
    model = nlp.get("tagger").model  # type: ignore[attr-defined]
    t0 = time.process_time()
    for s in fold0:
        model.tag(s.forms)
    print(f"khabar tagger on UD fold 0 (gold tokens): {khabar_tok / (time.process_time() - t0):,.0f} "
          "tokens/s")
    if not args.peer_python.exists():
        print(f"LughaatNLP: not installed ({args.peer_python} missing; see ../shared/peers.md)")
        return 0
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump([" ".join(s.forms) for s in fold0], f, ensure_ascii=False)
    proc = subprocess.run([str(args.peer_python), __file__, "--peer-worker", f.name], capture_output=True,
                          text=True, check=False, env={"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                                                       "PATH": "/usr/bin:/bin"})
    Path(f.name).unlink()
    if proc.returncode != 0:
        print("LughaatNLP: failed to run:", proc.stderr.strip().splitlines()[-1:])
        return 0
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    n_peer = sum(len(t) for t in result["tags"])
    same = right = 0
    for s, tags in zip(fold0, result["tags"], strict=True):
        if [w for w, _ in tags] != list(s.forms):
            continue
        same += len(tags)
        right += sum(CLE_TO_UPOS.get(t, "?") == g for (_, t), g in zip(tags, s.upos, strict=True))
    print(f"LughaatNLP POS: load {result['load_s']:.1f} s CPU, {n_peer / result['cpu_s']:,.0f} tokens/s; "
          f"UPOS via CLE->UPOS map on {same} of {khabar_tok} fold-0 words with identical tokens: "
          f"{100 * right / max(same, 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tagging data, scorer, cross-validation and trainer (UPOS, XPOS, UD features, lemmas).

Data:

* UD Urdu-UDTB **dev** (full gold) is read with :func:`khabar.doc.conllu.read_conllu`.
* The SIGMORPHON 2019 **train subset** (UD train sentences with lemma + UniMorph, no UPOS) is
  converted by :class:`SigmorphonConverter`, learned from the UD sentences used for training only
  (so cross-validation never sees the held-out fold through it): UPOS from the UniMorph category
  (N -> NOUN, ...; V -> VERB or AUX and CONJ -> CCONJ or SCONJ by a form lexicon with the previous
  word's category as context), verb lemmas from the old stem convention to the dev split's (stem +
  نا, except the lemmas the dev split itself keeps uninflected: ہے, تھا, چاہئے), and UniMorph
  features mapped to UD FEATS for the categories where the mapping agrees with the dev split (the
  ``sound_categories`` of the config; the others count as unknown, never as absent).

Scorer (:func:`score`): the CoNLL 2018 shared task definitions on gold tokenization — every word is
aligned, so each metric is an accuracy: UPOS, XPOS, UFeats (the universal features only, order
ignored), AllTags (UPOS, XPOS and UFeats all right), Lemmas (right, or gold lemma ``_``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.doc.model import Document
from khabar.errors import DataError, ModelError
from khabar.ml.tagger import (
    Analysis,
    Tagger,
    TagSentence,
    TrainOptions,
    WordNormalizer,
    format_feats,
    lexicon_classes,
    train_tagger,
)
from khabar.training.wordseg import TaskOutput
from khabar.urdu import chars as C

#: Features the CoNLL 2018 evaluation counts in UFeats (others, e.g. AdpType, are ignored).
UNIVERSAL_FEATURES = frozenset({
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case",
    "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity",
    "Person", "Polite",
})

METRICS = ("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas")


# --- scorer ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TaggingScores:
    """Accuracies in percent (CoNLL 2018 on gold tokenization) and the number of words scored."""

    words: int
    upos: float
    xpos: float
    ufeats: float
    alltags: float
    lemmas: float

    def to_json(self) -> dict[str, float | int]:
        return {"words": self.words, "UPOS": self.upos, "XPOS": self.xpos, "UFeats": self.ufeats,
                "AllTags": self.alltags, "Lemmas": self.lemmas}


def universal_feats(feats: str | None) -> str:
    """FEATS as the CoNLL 2018 script compares them: universal features only, sorted."""
    if not feats or feats == "_":
        return ""
    return "|".join(sorted(f for f in feats.split("|") if f.split("=", 1)[0] in UNIVERSAL_FEATURES))


#: One word's columns: (UPOS, XPOS, FEATS, LEMMA); None or "_" where absent.
Columns = tuple[str | None, str | None, str | None, str | None]


def score(gold: Iterable[Columns], predicted: Iterable[Columns]) -> TaggingScores:
    """Score predicted word columns against gold ones (same words, same order)."""
    n = 0
    right = [0, 0, 0, 0, 0]
    for g, p in zip(gold, predicted, strict=True):
        n += 1
        gu, gx, gf, gl = (v or "_" for v in g)
        pu, px, pf, pl = (v or "_" for v in p)
        u, x, f = gu == pu, gx == px, universal_feats(gf) == universal_feats(pf)
        right[0] += u
        right[1] += x
        right[2] += f
        right[3] += u and x and f
        right[4] += gl in ("_", pl)
    if n == 0:
        raise DataError("nothing to score: the gold data holds no words")

    def pct(c: int) -> float:
        return round(100.0 * c / n, 2)

    return TaggingScores(n, *(pct(c) for c in right))


def document_columns(doc: Document) -> list[Columns]:
    cols = [doc.token_attr(a) for a in ("upos", "xpos", "feats", "lemma")]
    n = len(doc.token_starts)
    return [tuple(c[i] if c is not None else None for c in cols) for i in range(n)]  # type: ignore[misc]


def score_documents(gold: Sequence[Document], predicted: Sequence[Document]) -> TaggingScores:
    """Score tagged documents against gold ones with the same tokens (e.g. from ``annotate``)."""
    if len(gold) != len(predicted):
        raise DataError(f"{len(predicted)} predicted sentences for {len(gold)} gold ones")
    g_all: list[Columns] = []
    p_all: list[Columns] = []
    for k, (g, p) in enumerate(zip(gold, predicted, strict=True)):
        gf = [g.text[s:e] for s, e in zip(g.token_starts, g.token_ends, strict=True)]
        pf = [p.text[s:e] for s, e in zip(p.token_starts, p.token_ends, strict=True)]
        if gf != pf:
            raise DataError(f"sentence {k + 1} ({g.id}): the predicted tokens differ from gold; this "
                            "scorer works on gold tokenization")
        g_all.extend(document_columns(g))
        p_all.extend(document_columns(p))
    return score(g_all, p_all)


# --- data ------------------------------------------------------------------------------------------------
def sentence_from_document(doc: Document) -> TagSentence:
    """A fully annotated training sentence from a gold CoNLL-U sentence."""
    forms = tuple(doc.text[s:e] for s, e in zip(doc.token_starts, doc.token_ends, strict=True))
    n = len(forms)

    def col(name: str) -> tuple[str | None, ...]:
        c = doc.token_attr(name)
        return tuple(c) if c is not None else (None,) * n

    feats = tuple("" if f is None else f for f in col("feats"))
    return TagSentence(forms, col("upos"), tuple("" if x is None else x for x in col("xpos")), feats,
                       col("lemma"))


def read_ud(path: Path) -> list[TagSentence]:
    from khabar.doc.conllu import read_conllu

    return [sentence_from_document(d) for d in read_conllu(path)]


@dataclass(frozen=True, slots=True)
class UniMorphSentence:
    forms: tuple[str, ...]
    lemmas: tuple[str, ...]
    bundles: tuple[frozenset[str], ...]  # empty for punctuation ("_")


def read_unimorph_conllu(path: Path) -> list[UniMorphSentence]:
    """The SIGMORPHON 2019 task 2 CoNLL-U (FORM, LEMMA, UniMorph bundle in column 6)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {path}: {exc}") from exc
    out: list[UniMorphSentence] = []
    forms: list[str] = []
    lemmas: list[str] = []
    bundles: list[frozenset[str]] = []
    for lineno, line in enumerate([*text.split("\n"), ""], start=1):
        if not line.strip():
            if forms:
                out.append(UniMorphSentence(tuple(forms), tuple(lemmas), tuple(bundles)))
                forms, lemmas, bundles = [], [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise DataError(f"{path}:{lineno}: {len(cols)} columns, expected 10")
        forms.append(cols[1])
        lemmas.append(cols[2])
        bundles.append(frozenset() if cols[5] == "_" else frozenset(cols[5].split(";")))
    return out


#: UniMorph feature -> (UD category, value).
UNIMORPH_TO_UD: Mapping[str, tuple[str, str]] = {
    "NOM": ("Case", "Nom"), "ACC": ("Case", "Acc"), "{ACC/DAT}": ("Case", "Acc,Dat"),
    "{ACC/GEN}": ("Case", "Acc,Gen"), "{ACC/ERG}": ("Case", "Acc,Erg"),
    "MASC": ("Gender", "Masc"), "FEM": ("Gender", "Fem"), "SG": ("Number", "Sing"), "PL": ("Number", "Plur"),
    "1": ("Person", "1"), "2": ("Person", "2"), "3": ("Person", "3"),
    "PFV": ("Aspect", "Perf"), "IPFV": ("Aspect", "Imp"),
    "IND": ("Mood", "Ind"), "SBJV": ("Mood", "Sub"), "IMP": ("Mood", "Imp"),
    "PRS": ("Tense", "Pres"), "PST": ("Tense", "Past"), "FUT": ("Tense", "Fut"),
    "FIN": ("VerbForm", "Fin"), "NFIN": ("VerbForm", "Inf"), "V.PTCP": ("VerbForm", "Part"),
    "ACT": ("Voice", "Act"), "PASS": ("Voice", "Pass"),
    "FORM": ("Polite", "Form"), "INFM": ("Polite", "Infm"), "NEG": ("Polarity", "Neg"),
}
#: UniMorph part of speech -> UPOS where the mapping is one-to-one.
UNIMORPH_POS: Mapping[str, str] = {
    "N": "NOUN", "PROPN": "PROPN", "PRO": "PRON", "DET": "DET", "ADJ": "ADJ", "ADV": "ADV", "ADP": "ADP",
    "NUM": "NUM", "PART": "PART",
}
_VERBAL = frozenset({"VERB", "AUX"})


class SigmorphonConverter:
    """Converts SIGMORPHON sentences to :class:`TagSentence` with conventions learned from UD
    sentences (see the module docstring)."""

    def __init__(self, ud: Sequence[TagSentence], *, sound_categories: Iterable[str],
                 normalize: Callable[[str], str]) -> None:
        self._norm = normalize
        self.sound = frozenset(sound_categories)
        self._v_ctx: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
        self._v: dict[str, Counter[str]] = defaultdict(Counter)
        self._conj: dict[str, Counter[str]] = defaultdict(Counter)
        self._keep_lemmas: set[str] = set()
        for s in ud:
            prev_verbal = False
            for form, u, lem in zip(s.forms, s.upos, s.lemmas, strict=True):
                nf = normalize(form)
                if u in _VERBAL:
                    self._v_ctx[(nf, prev_verbal)][u] += 1
                    self._v[nf][u] += 1
                    if lem is not None and not normalize(lem).endswith(C.NOON + C.ALEF):
                        self._keep_lemmas.add(normalize(lem))
                elif u in ("CCONJ", "SCONJ"):
                    self._conj[nf][u] += 1
                prev_verbal = u in _VERBAL

    @staticmethod
    def _best(c: Counter[str] | None, default: str) -> str:
        if not c:
            return default
        return min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def convert(self, s: UniMorphSentence) -> TagSentence:
        upos: list[str] = []
        lemmas: list[str] = []
        feats: list[str] = []
        known: list[frozenset[str]] = []
        prev_verbal = False
        for form, stem_lemma, bundle in zip(s.forms, s.lemmas, s.bundles, strict=True):
            lemma = stem_lemma
            nf = self._norm(form)
            if not bundle:
                u = "PUNCT"
            elif "V" in bundle:
                ctx = self._v_ctx.get((nf, prev_verbal))
                u = self._best(ctx, self._best(self._v.get(nf), "VERB"))
            elif "CONJ" in bundle:
                u = self._best(self._conj.get(nf), "CCONJ")
            else:
                u = next((UNIMORPH_POS[p] for p in sorted(bundle) if p in UNIMORPH_POS), "X")
            prev_verbal = u in _VERBAL
            if u in _VERBAL and self._norm(lemma) not in self._keep_lemmas:
                lemma = lemma + C.NOON + C.ALEF
            values = {UNIMORPH_TO_UD[f][0]: UNIMORPH_TO_UD[f][1] for f in bundle if f in UNIMORPH_TO_UD}
            values = {k: v for k, v in values.items() if k in self.sound}
            upos.append(u)
            lemmas.append(lemma)
            feats.append(format_feats(values))
            known.append(self.sound)
        n = len(s.forms)
        return TagSentence(s.forms, tuple(upos), (None,) * n, tuple(feats), tuple(lemmas), tuple(known))


def read_spacy_lookup(path: Path) -> dict[str, str]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the spaCy lemma lookup {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a JSON object form -> lemma")
    return {str(k): str(v) for k, v in data.items()}


def read_unimorph_table(path: Path) -> list[tuple[str, str]]:
    """(form, POS) of the single-word forms of the UniMorph table (lemma TAB form TAB features)."""
    out: list[tuple[str, str]] = []
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read the UniMorph table {path}: {exc}") from exc
    for line in lines:
        cols = line.split("\t")
        if len(cols) != 3 or " " in cols[1].strip():
            continue
        pos = cols[2].split(";")[0]
        out.append((cols[1].strip(), pos))
    return out


def folder_manifest_sha256(folder: Path, pattern: str = "*.xml") -> str:
    """One SHA-256 for a folder of files: of the sorted lines ``name TAB sha256-of-file``."""
    import hashlib

    lines = [f"{p.relative_to(folder).as_posix()}\t{hashlib.sha256(p.read_bytes()).hexdigest()}\n"
             for p in sorted(folder.rglob(pattern))]
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def read_news_sentences(folder: Path, normalizer: Mapping[str, Any] | None = None) -> list[list[str]]:
    """Tokens of every sentence of the COUNTER news articles (``*.xml``: headline and body) under
    ``folder``, normalized and tokenized by khabar's rules-only text pipeline (its normalizer with
    the settings in ``normalizer`` over its own)."""
    import xml.etree.ElementTree as ET

    from khabar.loading import load

    files = sorted(folder.rglob("*.xml"))
    if not files:
        raise DataError(f"no *.xml news articles under {folder}")
    nlp = load("text", normalizer=dict(normalizer or {}))
    out: list[list[str]] = []
    for f in files:
        try:
            root = ET.fromstring(f.read_bytes())
        except ET.ParseError as exc:
            raise DataError(f"{f}: not valid XML ({exc})") from exc
        for tag in ("headline", "body"):
            node = root.find(tag)
            if node is None or not (node.text or "").strip():
                continue
            doc = nlp(node.text or "")
            text = doc.text
            for sent in doc.sentences:
                out.append([text[doc.token_starts[i]:doc.token_ends[i]]
                            for i in range(sent.token_start, sent.token_end)])
    return out


# --- training and cross-validation -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TaggingData:
    """Everything a training run reads."""

    ud: tuple[TagSentence, ...]
    extra: tuple[UniMorphSentence, ...]
    classes: Mapping[str, str]
    #: word clusters from unlabelled news text (empty when the config asks for none)
    clusters: Mapping[str, str] = field(default_factory=dict)
    #: :func:`tokens_sha256` of the news sentences the clusters were computed from ("" for none)
    clusters_input: str = ""


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """Word clusters from the COUNTER news articles: ``folder`` (relative to the folder of the
    config's ``news_note`` data file) with the manifest SHA-256 of its ``*.xml`` files
    (:func:`folder_manifest_sha256`), and the clustering's parameters (:func:`word_clusters`)."""

    folder: str
    sha256: str
    min_count: int = 3
    contexts: int = 600
    dims: int = 50
    coarse: int = 64
    fine: int = 256
    #: normalizer settings the articles are read with, over the text pipeline's own (``{}``: as it
    #: is). k-means over the vocabulary is chaotic: one word more or less reshuffles every cluster and
    #: so every weight of the models that use them, so a table records the normalizer it was built with
    #: and a later normalizer rule changes the models only when the config says so.
    normalizer: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, spec: Mapping[str, Any]) -> ClusterSpec:
        allowed = {"folder", "sha256", "min_count", "contexts", "dims", "coarse", "fine", "normalizer"}
        unknown = set(spec) - allowed
        if unknown or "folder" not in spec or "sha256" not in spec:
            raise DataError(f"'clusters' needs 'folder' and 'sha256' (and only {sorted(allowed)}); "
                            f"got {sorted(spec)}")
        normalizer = normalizer_settings(spec.get("normalizer", {}), "'clusters'")
        return cls(str(spec["folder"]), str(spec["sha256"]), int(spec.get("min_count", 3)),
                   int(spec.get("contexts", 600)), int(spec.get("dims", 50)), int(spec.get("coarse", 64)),
                   int(spec.get("fine", 256)), normalizer)


def normalizer_settings(raw: Any, where: str) -> dict[str, Any]:
    """Normalizer settings a trainer reads its data with (a ``normalizer`` hyper-parameter: the
    settings over the defaults), checked. A model records them so that a normalizer rule added after
    it was trained leaves its inputs, so its weights, as they were until its config switches the rule
    on and it is retrained (retraining on a few changed tokens moves every weight: k-means clusters
    reshuffle, averaged perceptrons drift)."""
    from khabar.errors import ConfigError
    from khabar.urdu.normalize import NormalizerConfig

    if not isinstance(raw, Mapping):
        raise DataError(f"{where} 'normalizer' is an object of normalizer settings, got {raw!r}")
    try:
        NormalizerConfig(**raw)
    except (TypeError, ConfigError) as exc:
        raise DataError(f"{where} 'normalizer': {exc}") from exc
    return dict(raw)


def tokens_sha256(sentences: Iterable[Sequence[str]]) -> str:
    """SHA-256 of token sentences (tokens joined by tabs, one sentence a line): the fingerprint of
    what a trainer read, recorded in its model's meta.json (``inputs``) and recomputed by the
    reproducibility gate (tests/quality/test_reproducible.py), so a change to the text pipeline that
    would change a shipped model's training shows before anyone retrains it."""
    h = hashlib.sha256()
    for sent in sentences:
        h.update(("\t".join(sent) + "\n").encode("utf-8"))
    return h.hexdigest()


def news_sentences(files: Mapping[str, Path], spec: ClusterSpec) -> list[list[str]]:
    """The sentences of the COUNTER news articles in ``spec.folder`` next to the ``news_note`` data
    file, read with the spec's normalizer settings, after checking the folder's manifest hash."""
    if "news_note" not in files:
        raise DataError("word clusters need a 'news_note' data file (the COUNTER licence note) next to "
                        "the news folder")
    folder = files["news_note"].parent / spec.folder
    actual = folder_manifest_sha256(folder)
    if actual != spec.sha256:
        raise DataError(f"the news articles under {folder} have manifest SHA-256 {actual}, but the "
                        f"config was written for {spec.sha256}: the data differs")
    return read_news_sentences(folder, spec.normalizer)


def news_clusters(files: Mapping[str, Path], spec: ClusterSpec, seed: int,
                  sentences: Sequence[Sequence[str]] | None = None) -> dict[str, str]:
    """Word clusters (:func:`khabar.ml.clusters.word_clusters`) of :func:`news_sentences` (or of
    ``sentences`` already read so). Shared by every trainer that uses clusters (tagger, NER)."""
    from khabar.ml.clusters import word_clusters

    sents = news_sentences(files, spec) if sentences is None else sentences
    return word_clusters(sents, min_count=spec.min_count, contexts=spec.contexts, dims=spec.dims,
                         coarse=spec.coarse, fine=spec.fine, seed=seed)


def load_data(files: Mapping[str, Path], normalize: Callable[[str], str], *,
              clusters: ClusterSpec | None = None, seed: int = 1) -> TaggingData:
    for key in ("ud", "sigmorphon", "spacy_lookup", "unimorph"):
        if key not in files:
            raise DataError(f"the tagger config needs a {key!r} data file")
    ud = tuple(read_ud(files["ud"]))
    extra = tuple(read_unimorph_conllu(files["sigmorphon"]))
    classes = lexicon_classes(read_spacy_lookup(files["spacy_lookup"]),
                              read_unimorph_table(files["unimorph"]), normalize)
    news = news_sentences(files, clusters) if clusters is not None else []
    table = news_clusters(files, clusters, seed, news) if clusters is not None else {}
    return TaggingData(ud, extra, classes, table, tokens_sha256(news) if clusters is not None else "")


def tagger_inputs(data: TaggingData, normalize: Callable[[str], str]) -> dict[str, str]:
    """Fingerprints (:func:`tokens_sha256`) of what the tagger trains on: the normalized forms and
    lemmas of the UD and SIGMORPHON sentences, the lexicon classes, and the clusters' news text."""
    rows = [[normalize(f) for f in s.forms] + [normalize(x) for x in s.lemmas if x is not None]
            for s in data.ud]
    rows += [[normalize(f) for f in s.forms] + [normalize(x) for x in s.lemmas] for s in data.extra]
    return {"train": tokens_sha256(rows),
            "classes": tokens_sha256([k, v] for k, v in sorted(data.classes.items())),
            "clusters": data.clusters_input}


@dataclass(frozen=True, slots=True)
class TaggerHyper:
    folds: int = 5
    use_extra: bool = True
    sound_categories: tuple[str, ...] = ()
    options: TrainOptions = field(default_factory=TrainOptions)
    clusters: ClusterSpec | None = None
    #: normalizer settings the UD sentences and the lexicon are read with (:func:`normalizer_settings`)
    normalizer: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, hyper: Mapping[str, Any]) -> TaggerHyper:
        allowed = {"folds", "use_extra", "sound_categories", "epochs", "morph_epochs", "prune",
                   "min_suffix_count", "upos_learner", "crf_c1", "crf_c2", "crf_iterations", "clusters",
                   "morph_clusters", "normalizer"}
        unknown = set(hyper) - allowed
        if unknown:
            raise DataError(f"unknown tagger hyper-parameters {sorted(unknown)}; known: {sorted(allowed)}")
        try:
            opts = TrainOptions(epochs=int(hyper.get("epochs", 10)),
                                morph_epochs=int(hyper.get("morph_epochs", 10)),
                                prune=float(hyper.get("prune", 0.0)),
                                min_suffix_count=int(hyper.get("min_suffix_count", 2)),
                                upos_learner=str(hyper.get("upos_learner", "perceptron")),
                                crf_c1=float(hyper.get("crf_c1", 0.05)),
                                crf_c2=float(hyper.get("crf_c2", 0.01)),
                                crf_iterations=int(hyper.get("crf_iterations", 150)),
                                morph_clusters=bool(hyper.get("morph_clusters", True)))
        except ModelError as exc:
            raise DataError(f"tagger hyper-parameters: {exc}") from exc
        spec = hyper.get("clusters")
        return cls(folds=int(hyper.get("folds", 5)), use_extra=bool(hyper.get("use_extra", True)),
                   sound_categories=tuple(hyper.get("sound_categories", ())), options=opts,
                   clusters=None if spec is None else ClusterSpec.from_json(spec),
                   normalizer=normalizer_settings(hyper.get("normalizer", {}), "tagger"))


def training_set(data: TaggingData, ud: Sequence[TagSentence], hyper: TaggerHyper,
                 normalize: Callable[[str], str]) -> list[TagSentence]:
    """``ud`` plus, when configured, the SIGMORPHON subset converted with conventions from ``ud``."""
    out = list(ud)
    if hyper.use_extra and data.extra:
        conv = SigmorphonConverter(ud, sound_categories=hyper.sound_categories, normalize=normalize)
        out.extend(conv.convert(s) for s in data.extra)
    return out


def gold_columns(sentences: Iterable[TagSentence]) -> list[Columns]:
    return [(s.upos[i], s.xpos[i], s.feats[i], s.lemmas[i]) for s in sentences for i in range(len(s.forms))]


def predicted_columns(analyses: Iterable[Analysis]) -> list[Columns]:
    return [(a.upos[i], a.xpos[i], a.feats[i], a.lemmas[i]) for a in analyses for i in range(len(a.upos))]


def fold_of(index: int, folds: int) -> int:
    """Round-robin fold assignment of UD sentence ``index``."""
    return index % folds


def cross_validate(data: TaggingData, hyper: TaggerHyper, seed: int, *,
                   log: Callable[[str], None] | None = None,
                   only_folds: Sequence[int] | None = None) -> dict[str, Any]:
    """k-fold CV: train on the other UD folds (+ the converted subset), score on the held-out UD fold.
    Returns per-fold and pooled (micro-averaged over all held-out words) scores."""
    norm = WordNormalizer(hyper.normalizer)
    k = hyper.folds
    if k < 2:
        raise DataError(f"cross-validation needs at least 2 folds, not {k}")
    per_fold: list[dict[str, float | int]] = []
    gold_all: list[Columns] = []
    pred_all: list[Columns] = []
    for f in only_folds if only_folds is not None else range(k):
        train_ud = [s for i, s in enumerate(data.ud) if fold_of(i, k) != f]
        test_ud = [s for i, s in enumerate(data.ud) if fold_of(i, k) == f]
        model = train_tagger(training_set(data, train_ud, hyper, norm), classes=data.classes,
                             options=hyper.options, seed=seed, clusters=data.clusters, normalize=norm)
        analyses = [model.analyze(s.forms) for s in test_ud]
        g, p = gold_columns(test_ud), predicted_columns(analyses)
        scores = score(g, p)
        if log is not None:
            log(f"fold {f + 1}/{k}: " + ", ".join(f"{m} {v}" for m, v in scores.to_json().items()))
        per_fold.append(scores.to_json())
        gold_all.extend(g)
        pred_all.extend(p)
    pooled = score(gold_all, pred_all).to_json()
    return {"folds": k, "pooled": pooled, "per_fold": per_fold}


def train_tagger_task(files: Mapping[str, Path], hyper: Mapping[str, Any], seed: int,
                      log: Callable[[str], None]) -> TaskOutput:
    """Trainer for ``"task": "tagger"`` (:data:`khabar.training.train.TRAINERS`): cross-validates
    (scores go into meta.json), then trains the shipped model on all the data."""
    from khabar.ml.perceptron import npz_bytes
    from khabar.ml.tagger import FEATURE_VERSION, MODEL_FILE

    h = TaggerHyper.from_json(hyper)
    norm = WordNormalizer(h.normalizer)
    data = load_data(files, norm, clusters=h.clusters, seed=seed)
    log(f"UD: {len(data.ud)} sentences; SIGMORPHON subset: {len(data.extra)} sentences; "
        f"lexicon classes: {len(data.classes)}; word clusters: {len(data.clusters)}")
    cv = cross_validate(data, h, seed, log=log)
    log("CV pooled: " + ", ".join(f"{m} {v}" for m, v in cv["pooled"].items()))
    model = train_tagger(training_set(data, data.ud, h, norm), classes=data.classes, options=h.options,
                         seed=seed, log=log, clusters=data.clusters, normalize=norm)
    blob = npz_bytes(model.to_arrays())
    return TaskOutput(
        files={MODEL_FILE: blob},
        scores={f"cv_{k}": v for k, v in cv["pooled"].items()},
        meta={"feature_version": FEATURE_VERSION, "features": len(model.index),
              "inputs": tagger_inputs(data, norm),
              "upos_learner": h.options.upos_learner, "decoder": model.decoder,
              "word_clusters": len(model.clusters),
              "lemma_tables": {"context": len(model.lemma_rules.by_context),
                               "form_upos": len(model.lemma_rules.by_form_upos),
                               "form": len(model.lemma_rules.by_form),
                               "suffix": len(model.lemma_rules.by_suffix)},
              "upos_labels": list(model.upos_labels), "morph_heads": [hd.name for hd in model.heads],
              "cv": cv, "evaluation": "k-fold cross-validation over UD Urdu-UDTB dev sentences "
              "(round-robin folds); each fold's model trains on the other folds plus the converted "
              "SIGMORPHON subset and is scored on the held-out UD fold only (CoNLL 2018 definitions, "
              "gold tokenization)"},
    )


# --- evaluation and annotation of CoNLL-U files ----------------------------------------------------------
def annotate_documents(docs: Sequence[Document], tagger: Tagger | None = None) -> list[Document]:
    """Replace UPOS, XPOS, FEATS and LEMMA of gold-tokenized documents (from ``read_conllu``) with
    the tagger's predictions (the tagger and lemmatizer components, run on each document; lemmas in
    the treebank's spelling, as UD gold writes them)."""
    from khabar.components.lemmatizer import Lemmatizer, LemmatizerConfig
    from khabar.components.tagger import TaggerComponent

    tag = TaggerComponent(model=tagger)
    lem = Lemmatizer(LemmatizerConfig(orthography="treebank"), model=tagger)
    return [lem(tag(d)) for d in docs]


def annotate_conllu(path: Path, tagger: Tagger | None = None) -> str:
    """The CoNLL-U file at ``path`` with predicted UPOS, XPOS, FEATS and LEMMA (other columns,
    comments and tokenization unchanged)."""
    from khabar.doc.conllu import read_conllu, write_conllu

    return write_conllu(annotate_documents(read_conllu(path), tagger))


def evaluate_tagging(gold: Path, tagger: Tagger | None = None) -> TaggingScores:
    """Tag the gold file's words (gold tokenization) with ``tagger`` (default: the shipped model)
    and score UPOS, XPOS, UFeats, AllTags and Lemmas."""
    from khabar.doc.conllu import read_conllu

    gold_docs = read_conllu(gold)
    predicted = annotate_documents(read_conllu(gold), tagger)
    return score_documents(gold_docs, predicted)


def format_scores(scores: Mapping[str, float | int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in scores.items())


__all__ = [
    "METRICS", "SigmorphonConverter", "TaggerHyper", "TaggingData", "TaggingScores", "annotate_conllu",
    "annotate_documents", "cross_validate", "evaluate_tagging", "load_data", "read_ud", "score",
    "score_documents", "train_tagger_task", "training_set", "universal_feats",
]

"""Named-entity data (IL-NER CoNLL and UNER inline tags), the one label table, the span scorer, the
annotate/evaluate helpers and the trainer for ``"task": "ner"``.

Formats:

* **IL-NER** (``conll-ner``): UTF-8, ``TOKEN<TAB>TAG`` per line, a blank line between sentences, BIO
  tags over NEP/NEL/NEO/NEN/NETI/NEAR. Malformed tags (``-``, ``-NEL``, ...) are repaired in code by
  :func:`repair_il_tag`: a bare ``-`` is ``O``; ``-X`` is ``B-X`` (``I-X`` right after an ``X``
  token), except on punctuation, which is never an entity.
* **UNER** (``uner``): UTF-16 with BOM (UTF-8 accepted), one sentence per line, entities inline as
  ``<TYPE>...</TYPE>``. A malformed closing tag ``/<TYPE>`` (it occurs) closes the open entity. A tag
  glued between two letters (``دیش</LOCATION>اور``) is a token boundary: the plain text gets a space
  there. The plain text is normalized and tokenized by khabar's own rules, and each token takes the
  label of the entity its raw characters fall in (through the normalizer's alignment), so the
  model trains on exactly the forms it sees at run time.

Labels of both sources map to one label set through :data:`LABEL_TABLE` (DESIGN: one table).

Scoring (:func:`score_spans`): exact-match spans — an entity counts when its token range *and* label
both equal a gold entity's; precision, recall and F1 overall and per label. BIO is read as conlleval
reads it: an ``I-X`` that does not continue an ``X`` starts a new entity.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import DataError
from khabar.ml.kb import FEATURE_VERSION as KB_VERSION
from khabar.ml.kb import (
    KB_FILE,
    ROMAN_FILE,
    KnowledgeBase,
    build_kb,
    kb_bytes,
    read_seed,
    reviewed_bytes,
    reviewed_data,
)
from khabar.ml.ner import (
    BIO_LABELS,
    ENTITY_LABELS,
    FEATURE_VERSION,
    Gazetteer,
    NerModel,
    TrainSentence,
    spans_from_tags,
    tags_from_spans,
    train_ner,
)
from khabar.training.tagging import (
    ClusterSpec,
    news_clusters,
    news_sentences,
    normalizer_settings,
    tokens_sha256,
)
from khabar.training.wordseg import TaskOutput
from khabar.urdu import chars as C


def sha256_bytes(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()

# --- the label table ----------------------------------------------------------------------------------------
IL_NER = "il-ner"
UNER = "uner"
FORMATS = (IL_NER, UNER)

#: (source, source tag type) -> khabar label; a type missing here (IL-NER test's rare NIMI) is ``O``.
LABEL_TABLE: Mapping[str, Mapping[str, str]] = {
    IL_NER: {
        "NEP": "PERSON", "NEL": "LOCATION", "NEO": "ORGANIZATION", "NEN": "NUMBER",
        "NETI": "TIME", "NET": "TIME", "NEAR": "ARTEFACT",
    },
    UNER: {
        "PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION", "DATE": "DATE",
        "NUMBER": "NUMBER", "TIME": "TIME", "DESIGNATION": "TITLE",
    },
}

#: khabar label -> the source's type when writing predictions back in the source's format. Labels a
#: source has no type for are projected: IL-NER tags dates as NETI and has no titles.
WRITE_TABLE: Mapping[str, Mapping[str, str | None]] = {
    IL_NER: {"PERSON": "NEP", "LOCATION": "NEL", "ORGANIZATION": "NEO", "NUMBER": "NEN",
             "TIME": "NETI", "DATE": "NETI", "ARTEFACT": "NEAR", "TITLE": None},
    UNER: {"PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION",
           "DATE": "DATE", "NUMBER": "NUMBER", "TIME": "TIME", "TITLE": "DESIGNATION",
           "ARTEFACT": None},
}

#: What each source can express: predictions are projected onto it before scoring.
SOURCE_LABELS: Mapping[str, frozenset[str]] = {
    src: frozenset(v for v in table.values()) for src, table in LABEL_TABLE.items()
}


def project_label(label: str, source: str) -> str | None:
    """``label`` as ``source`` would tag it (None: the source does not annotate it)."""
    typ = WRITE_TABLE[source].get(label)
    return None if typ is None else LABEL_TABLE[source][typ]


def project_tags(tags: Sequence[str], source: str) -> list[str]:
    """BIO tags with every entity relabelled by :func:`project_label` (dropped when None)."""
    out = ["O"] * len(tags)
    for s, e, lab in spans_from_tags(tags):
        p = project_label(lab, source)
        if p is not None:
            out[s] = "B-" + p
            for i in range(s + 1, e):
                out[i] = "I-" + p
    return out


# --- examples -----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NerExample:
    """One gold sentence: the tokens as given (``raw``), their normalized ``forms`` (what the model
    sees) and BIO ``tags`` over khabar labels. UNER sentences also keep their plain ``text`` (tags
    removed) and each token's raw character offsets in it, to write predictions back inline."""

    raw: tuple[str, ...]
    forms: tuple[str, ...]
    tags: tuple[str, ...]
    source: str
    text: str = ""
    offsets: tuple[tuple[int, int], ...] = field(default=())

    def __post_init__(self) -> None:
        if not len(self.raw) == len(self.forms) == len(self.tags):
            raise DataError("a NER example needs as many forms and tags as tokens")


class TokenNormalizer:
    """khabar's rule normalizer applied to single gold tokens (cached; a token that normalizes to
    nothing, such as a lone vowel mark, keeps its own form); ``settings`` over the defaults."""

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        from khabar.urdu.normalize import Normalizer

        self._rules = Normalizer.with_settings(settings)
        self._cache: dict[str, str] = {}

    def __call__(self, token: str) -> str:
        out = self._cache.get(token)
        if out is None:
            out = self._rules(token).text.replace(C.SPACE, "_") or token
            self._cache[token] = out
        return out


def _is_punct(token: str) -> bool:
    return not any(ch.isalnum() for ch in token)


def repair_il_tag(tag: str, token: str, previous: str) -> str:
    """An IL-NER tag as a well-formed ``O``/``B-X``/``I-X`` (see the module docstring)."""
    if tag == "O" or tag[:2] in ("B-", "I-"):
        return tag
    if tag.startswith("-") and len(tag) > 1 and not _is_punct(token):
        typ = tag[1:]
        return ("I-" if previous[2:] == typ else "B-") + typ
    return "O"


def read_text(path: Path, *, utf16: bool) -> str:
    """The text of an NER data file: UTF-16 when it starts with a byte-order mark, else UTF-8 (its
    BOM dropped); a :class:`DataError` naming the file and line when it is neither."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read NER data {path}: {exc}") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8").removeprefix(C.BOM)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = "UTF-16 with a BOM or UTF-8" if utf16 else "UTF-8"
        raise DataError(f"{path}:{line}: not valid text (byte {exc.start}); expected {hint}") from exc


def _il_label(tag: str, where: str) -> str:
    if tag == "O":
        return "O"
    prefix, typ = tag[:2], tag[2:]
    label = LABEL_TABLE[IL_NER].get(typ)
    if label is None:
        return "O"
    if prefix not in ("B-", "I-"):
        raise DataError(f"{where}: tag {tag!r} is not BIO")
    return prefix + label


def read_conll_ner(path: Path, normalize: Callable[[str], str] | None = None) -> list[NerExample]:
    """Sentences of an IL-NER style file (``TOKEN<TAB>TAG``; a line without a tag reads as ``O``, so
    plain token-per-line files can be annotated too)."""
    norm = normalize or TokenNormalizer()
    text = read_text(path, utf16=False)
    out: list[NerExample] = []
    raw: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if raw:
            out.append(NerExample(tuple(raw), tuple(norm(t) for t in raw), tuple(tags), IL_NER))
            raw.clear()
            tags.clear()

    for n, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.rstrip("\r")
        if not line.strip():
            flush()
            continue
        token, _, tag = line.partition("\t")
        token = token.strip()
        tag = tag.strip() or "O"
        if not token:
            raise DataError(f"{path}:{n}: an empty token; expected TOKEN<TAB>TAG")
        fixed = repair_il_tag(tag, token, tags[-1] if tags else "O")
        tags.append(_il_label(fixed, f"{path}:{n}"))
        raw.append(token)
    flush()
    if not out:
        raise DataError(f"{path} holds no sentences")
    return out


_TAG = re.compile(r"</?([A-Z]+)>|/<([A-Z]+)>")


def parse_uner_line(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """A UNER line as its plain text and entity character spans ``(start, end, TYPE)`` in it."""
    plain = ""
    spans: list[tuple[int, int, str]] = []
    open_type: str | None = None
    open_at = 0

    def close() -> None:
        start, end = open_at, len(plain.rstrip())
        while start < end and plain[start].isspace():
            start += 1
        if open_type is not None and end > start:
            spans.append((start, end, open_type))

    pos = 0
    for m in _TAG.finditer(line):
        plain += line[pos:m.start()]
        pos = m.end()
        if m.group(0).startswith(("</", "/<")):
            close()
            open_type = None
        else:
            close()  # an entity opened inside another closes the first
            open_type = m.group(1) or m.group(2)
            open_at = len(plain)
        # a tag glued between two non-space characters is a token boundary
        if plain and not plain[-1].isspace() and pos < len(line) and not line[pos].isspace():
            plain += C.SPACE
            if open_type is not None and open_at == len(plain) - 1:
                open_at += 1
    plain += line[pos:]
    close()
    return plain, spans


def read_uner(path: Path, settings: Mapping[str, Any] | None = None) -> list[NerExample]:
    """Sentences of a UNER file (see the module docstring), normalized with ``settings`` over the
    normalizer's defaults."""
    from khabar.urdu.normalize import Normalizer
    from khabar.urdu.tokens import tokenize

    rules = Normalizer.with_settings(settings)
    text = read_text(path, utf16=True).removeprefix(C.BOM)
    out: list[NerExample] = []
    for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        plain, spans = parse_uner_line(line)
        normalized = rules(plain)
        starts, ends = tokenize(normalized.text)
        if not starts:
            continue
        raw_offsets: list[tuple[int, int]] = []
        raw_tokens: list[str] = []
        forms: list[str] = []
        labels: list[tuple[int, int, str]] = []
        for k, (s, e) in enumerate(zip(starts, ends, strict=True)):
            rs, re_ = normalized.alignment.span_to_raw(s, e)
            raw_offsets.append((rs, re_))
            raw_tokens.append(plain[rs:re_] or normalized.text[s:e])
            forms.append(normalized.text[s:e])
            del k
        for es, ee, typ in spans:
            label = LABEL_TABLE[UNER].get(typ)
            if label is None:
                raise DataError(f"{path}:{n}: unknown UNER type <{typ}>; known: "
                                f"{', '.join(LABEL_TABLE[UNER])}")
            toks = [k for k, (rs, re_) in enumerate(raw_offsets) if rs < ee and re_ > es]
            if toks:
                labels.append((toks[0], toks[-1] + 1, label))
        out.append(NerExample(tuple(raw_tokens), tuple(forms), tuple(tags_from_spans(len(forms), labels)),
                              UNER, plain, tuple(raw_offsets)))
    if not out:
        raise DataError(f"{path} holds no sentences")
    return out


def read_ner(path: Path, fmt: str, settings: Mapping[str, Any] | None = None) -> list[NerExample]:
    """A NER data file's sentences; ``settings``: normalizer settings over the defaults (a model's
    training data is read with its config's, :class:`NerHyper`; text to tag as at run time)."""
    if fmt == IL_NER:
        return read_conll_ner(path, TokenNormalizer(settings))
    if fmt == UNER:
        return read_uner(path, settings)
    raise DataError(f"unknown NER format {fmt!r}; known: {', '.join(FORMATS)}")


# --- writing ------------------------------------------------------------------------------------------------
def write_conll_ner(examples: Iterable[NerExample], predicted: Iterable[Sequence[str]]) -> str:
    """``TOKEN<TAB>TAG`` lines with the IL-NER tag set (the tokens as given)."""
    lines: list[str] = []
    for ex, tags in zip(examples, predicted, strict=True):
        out = ["O"] * len(ex.raw)
        for s, e, lab in spans_from_tags(tags):
            typ = WRITE_TABLE[IL_NER].get(lab)
            if typ is None:
                continue
            out[s] = "B-" + typ
            for i in range(s + 1, e):
                out[i] = "I-" + typ
        lines.extend(f"{tok}\t{tag}" for tok, tag in zip(ex.raw, out, strict=True))
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def write_uner(examples: Iterable[NerExample], predicted: Iterable[Sequence[str]]) -> str:
    """Each sentence's plain text with ``<TYPE>...</TYPE>`` around the predicted entities (UTF-8)."""
    lines: list[str] = []
    for ex, tags in zip(examples, predicted, strict=True):
        text = ex.text
        inserts: list[tuple[int, int, str]] = []  # (offset, order, tag): closing before opening
        for s, e, lab in spans_from_tags(tags):
            typ = WRITE_TABLE[UNER].get(lab)
            if typ is None:
                continue
            inserts.append((ex.offsets[s][0], 1, f"<{typ}>"))
            inserts.append((ex.offsets[e - 1][1], 0, f"</{typ}>"))
        parts: list[str] = []
        pos = 0
        for off, _, tag in sorted(inserts):
            parts.append(text[pos:off])
            parts.append(tag)
            pos = off
        parts.append(text[pos:])
        lines.append("".join(parts))
    return "".join(line + "\n" for line in lines)


# --- scoring ------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PRF:
    """Exact-match span counts and scores."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 6), "recall": round(self.recall, 6),
                "f1": round(self.f1, 6), "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


@dataclass(frozen=True, slots=True)
class NerScores:
    """Overall and per-label exact-match span scores over ``sentences`` sentences."""

    overall: PRF
    per_label: Mapping[str, PRF]
    sentences: int

    def subset(self, labels: Iterable[str]) -> PRF:
        """Micro-averaged scores over some labels (e.g. PERSON/LOCATION/ORGANIZATION)."""
        want = [self.per_label[lab] for lab in labels if lab in self.per_label]
        return PRF(sum(p.tp for p in want), sum(p.predicted for p in want), sum(p.gold for p in want))

    def to_json(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            **self.overall.to_json(),
            "per_label": {lab: prf.to_json() for lab, prf in sorted(self.per_label.items())},
        }


def score_spans(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> NerScores:
    """Exact-match span P/R/F1 of predicted BIO tag sequences against gold ones (same order)."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n = 0
    for i, (g, p) in enumerate(zip(gold, predicted, strict=True)):
        if len(g) != len(p):
            raise DataError(f"sentence {i + 1}: {len(p)} predicted tags for {len(g)} gold tokens")
        gs = set(spans_from_tags(g))
        ps = set(spans_from_tags(p))
        for _, _, lab in gs:
            n_gold[lab] += 1
        for _, _, lab in ps:
            n_pred[lab] += 1
        for _, _, lab in gs & ps:
            tp[lab] += 1
        n += 1
    labels = sorted(set(n_gold) | set(n_pred))
    per = {lab: PRF(tp[lab], n_pred[lab], n_gold[lab]) for lab in labels}
    overall = PRF(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return NerScores(overall, per, n)


# --- knowledge base and gazetteers --------------------------------------------------------------------------
def _normalizer() -> Callable[[str], str]:
    from khabar.urdu.normalize import Normalizer

    rules = Normalizer()
    return lambda s: rules(s).text


def build_knowledge_base(seed: Path) -> KnowledgeBase:
    """The knowledge base from the Wikidata seed file and our reviewed data (see :mod:`khabar.ml.kb`)."""
    return build_kb(read_seed(seed), reviewed_data(), _normalizer())


def kb_gazetteer(kb: KnowledgeBase, leave_out: Container[str] = ()) -> Gazetteer:
    """Gazetteer entries of every KB name by type (untyped seed items as ``KB``, demonyms as ``DEM``),
    but the names in ``leave_out`` (their tokens joined by a space)."""
    return Gazetteer(
        (key, "DEM" if m.how == "demonym" else (m.entry.type or "KB")) for key, m in kb.names()
        if C.SPACE.join(key) not in leave_out
    )


def kb_memory(kb: KnowledgeBase, memory: Gazetteer) -> Gazetteer:
    """``memory`` (an entity memory) with every name of the KB's typed entries added as a name of its
    type (demonyms and untyped items left out)."""
    entries = [(k, t) for k, types in memory.table.items() for t in types]
    entries.extend((key, m.entry.type) for key, m in kb.names()
                   if m.how == "name" and m.entry.type in ENTITY_LABELS)
    return Gazetteer(entries)


def read_pronunciations(path: Path) -> dict[str, str]:
    """Urdu word -> readable spelling from google/language-resources' ``hi_ur_pron.tsv``
    (Hindi word, Urdu word, phones)."""
    from khabar.urdu.romanize import from_phones

    norm = _normalizer()
    out: dict[str, str] = {}
    for n, line in enumerate(read_text(path, utf16=False).split("\n"), start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise DataError(f"{path}:{n}: expected Hindi<TAB>Urdu<TAB>phones")
        word = norm(cells[1].strip())
        if word and C.SPACE not in word and word not in out:
            out[word] = from_phones(cells[2])
    return out


def train_kb_task(files: Mapping[str, Path], hyper: Mapping[str, Any], seed: int,
                  log: Callable[[str], None]) -> TaskOutput:
    """Trainer for ``"task": "kb"``: compiles ``kb.tsv`` (data file ``wikidata``) and the romanization
    lexicon ``roman.tsv`` (data file ``pronunciations``). Nothing is learned; ``seed`` is unused."""
    del seed
    for key in ("wikidata", "pronunciations"):
        if key not in files:
            raise DataError(f"the kb config needs a {key!r} data file")
    if hyper:
        raise DataError(f"the kb task takes no hyper-parameters, got {sorted(hyper)}")
    kb = build_knowledge_base(files["wikidata"])
    roman = read_pronunciations(files["pronunciations"])
    # a place of one word whose English name of one word spells the Urdu one (their search keys are
    # equal: Lahore, Karachi; not Syria for شام) is spelled so inside the names of bodies the
    # knowledge base lacks (لاہور ہائی کورٹ: Lahore High Court, not Lahaur); English words in Urdu
    # script (پارلیمنٹ: parliament), then the reviewed spellings of frequent name words, win
    from khabar.urdu.romanize import roman_key, romanize

    for e in kb:
        if (e.type == "LOCATION" or (not e.type and e.country)) and e.english.isalpha():
            roman.update({n: e.english.lower() for n in e.names
                          if " " not in n and roman_key(romanize(n)) == roman_key(e.english)})
    data = reviewed_data()
    for name in ("loanword_spellings.tsv", "name_spellings.tsv"):
        roman.update({r["urdu"]: r["latin"] for r in data[name]})
    log(f"knowledge base: {len(kb)} entries; romanization lexicon: {len(roman)} words")
    roman_text = "urdu\tlatin\n" + "".join(f"{w}\t{r}\n" for w, r in sorted(roman.items()))
    types = Counter(e.type or "untyped" for e in kb)
    return TaskOutput(
        files={KB_FILE: kb_bytes(kb), ROMAN_FILE: roman_text.encode("utf-8")},
        scores={"entries": len(kb), "romanized_words": len(roman)},
        meta={"feature_version": KB_VERSION, "types": dict(sorted(types.items())),
              "reviewed_data": {name: sha256_bytes(blob) for name, blob in reviewed_bytes().items()}},
    )


# --- training and evaluation --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SourceHyper:
    """Per-source choices: ``name_parts`` turns on the name-part memory features; ``borrow`` lists
    labels the model also learns from the *other* source's training sentences (every other label
    there is read as ``O``; with ``partial``, an ``O`` there may be any of the model's other labels,
    which that sentence is not read as annotating: a latent gold, :class:`TrainSentence`)."""

    name_parts: bool = False
    borrow: tuple[str, ...] = ()
    partial: bool = False

    @classmethod
    def from_json(cls, source: str, raw: Mapping[str, Any]) -> SourceHyper:
        allowed = {"name_parts", "borrow", "partial"}
        unknown = set(raw) - allowed
        if unknown:
            raise DataError(f"unknown ner hyper-parameters for {source}: {sorted(unknown)}; "
                            f"known: {sorted(allowed)}")
        borrow = tuple(str(x) for x in raw.get("borrow", ()))
        bad = [lab for lab in borrow if lab not in SOURCE_LABELS[source]]
        if bad:
            raise DataError(f"{source} cannot borrow {bad}: it has no such labels")
        partial = bool(raw.get("partial", False))
        if partial and not borrow:
            raise DataError(f"{source}: 'partial' applies to borrowed sentences; name the labels to borrow")
        return cls(bool(raw.get("name_parts", False)), borrow, partial)


@dataclass(frozen=True, slots=True)
class NerHyper:
    epochs: int = 8
    memory_folds: int = 5
    #: word clusters from the COUNTER news articles (the tagger's spec; None: no cluster features)
    clusters: ClusterSpec | None = None
    sources: Mapping[str, SourceHyper] = field(default_factory=dict)
    #: probability that an occurrence of a knowledge-base name in a training sentence is left out
    #: of its features in an epoch (:func:`khabar.ml.ner.train_ner`); 0: never
    gazetteer_dropout: float = 0.0
    #: ``features``: the knowledge base is a gazetteer the model trains on; ``memory``: the model
    #: trains on none, and the knowledge base's names join its entity memory at run time
    kb: str = "features"
    #: knowledge-base names (tokens joined by a space) the weights are not fitted on: they are in
    #: the model's run-time gazetteer only, so adding them leaves the weights as they were
    kb_run_time_only: tuple[str, ...] = ()
    #: normalizer settings the training sentences are read with
    #: (:func:`khabar.training.tagging.normalizer_settings`)
    normalizer: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> NerHyper:
        allowed = {"epochs", "memory_folds", "clusters", "sources", "gazetteer_dropout", "kb",
                   "kb_run_time_only", "normalizer"}
        unknown = set(raw) - allowed
        if unknown:
            raise DataError(f"unknown ner hyper-parameters {sorted(unknown)}; known: {sorted(allowed)}")
        spec = raw.get("clusters")
        sources = dict(raw.get("sources", {}))
        strange = set(sources) - set(FORMATS)
        if strange:
            raise DataError(f"ner hyper-parameters for unknown sources {sorted(strange)}; "
                            f"known: {list(FORMATS)}")
        if raw.get("kb", "features") not in ("features", "memory"):
            raise DataError(f"ner hyper-parameter kb must be features or memory, got {raw['kb']!r}")
        if raw.get("kb") == "memory" and raw.get("kb_run_time_only"):
            raise DataError("ner hyper-parameters kb = memory and kb_run_time_only exclude each other: "
                            "with kb = memory the model trains on no knowledge-base name")
        dropout = float(raw.get("gazetteer_dropout", 0.0))
        if not 0.0 <= dropout < 1.0:
            raise DataError(f"ner hyper-parameter gazetteer_dropout must be in [0, 1), got {dropout}")
        return cls(int(raw.get("epochs", 8)), int(raw.get("memory_folds", 5)),
                   None if spec is None else ClusterSpec.from_json(spec),
                   {src: SourceHyper.from_json(src, sources.get(src, {})) for src in FORMATS},
                   dropout, str(raw.get("kb", "features")),
                   tuple(str(x) for x in raw.get("kb_run_time_only", ())),
                   normalizer_settings(raw.get("normalizer", {}), "ner"))

    def source(self, name: str) -> SourceHyper:
        return self.sources.get(name, SourceHyper())


def borrowed(examples: Iterable[NerExample], source: str, labels: Sequence[str], *,
             partial: bool = False) -> list[TrainSentence]:
    """Training sentences of another source for ``source``'s model: its entities projected onto
    ``source``'s labels, only ``labels`` kept; with ``partial``, each sentence's ``O`` may be any of
    ``source``'s other labels (its gold reading of them is latent)."""
    keep = frozenset(labels)
    unlabelled = tuple(sorted(SOURCE_LABELS[source] - keep)) if partial else ()
    out: list[TrainSentence] = []
    for ex in examples:
        tags = project_tags(ex.tags, source)
        out.append(TrainSentence(ex.forms, tuple(t if t[2:] in keep else "O" for t in tags), unlabelled))
    return out


def predict_tags(model: NerModel, examples: Sequence[NerExample]) -> list[list[str]]:
    """Predicted BIO tags of each example, projected onto its source's label set."""
    tagged = model.tag_batch([ex.forms for ex in examples])
    return [project_tags(tags, ex.source) for tags, ex in zip(tagged, examples, strict=True)]


def evaluate_examples(model: NerModel, examples: Sequence[NerExample]) -> NerScores:
    return score_spans([ex.tags for ex in examples], predict_tags(model, examples))


def scores_summary(scores: NerScores) -> dict[str, float | int]:
    plo = scores.subset(("PERSON", "LOCATION", "ORGANIZATION"))
    return {"f1": round(scores.overall.f1, 6), "precision": round(scores.overall.precision, 6),
            "recall": round(scores.overall.recall, 6), "plo_f1": round(plo.f1, 6),
            "sentences": scores.sentences}


def ner_inputs(train_sets: Mapping[str, Sequence[NerExample]], kb: KnowledgeBase,
               news: Sequence[Sequence[str]] | None) -> dict[str, str]:
    """Fingerprints (:func:`khabar.training.tagging.tokens_sha256`) of what the NER models train
    on: each source's normalized training forms, the knowledge base, and the clusters' news text
    ("" without clusters)."""
    out = {f"train_{src}": tokens_sha256(ex.forms for ex in exs) for src, exs in sorted(train_sets.items())}
    out["kb"] = hashlib.sha256(kb_bytes(kb)).hexdigest()
    out["clusters"] = tokens_sha256(news) if news is not None else ""
    return out


def train_ner_task(files: Mapping[str, Path], hyper: Mapping[str, Any], seed: int,
                   log: Callable[[str], None]) -> TaskOutput:
    """Trainer for ``"task": "ner"``: one model per source (IL-NER, UNER), each scored on its dev split.
    Data files: ``il_ner_train``, ``il_ner_dev``, ``uner_train``, ``uner_dev``, ``wikidata`` (and
    ``news_note`` when the hyper-parameters ask for word ``clusters``)."""
    from khabar.ml.perceptron import npz_bytes

    need = ("il_ner_train", "il_ner_dev", "uner_train", "uner_dev", "wikidata")
    for key in need:
        if key not in files:
            raise DataError(f"the ner config needs a {key!r} data file")
    h = NerHyper.from_json(hyper)
    kb = build_knowledge_base(files["wikidata"])
    gaz = kb_gazetteer(kb)
    known = {C.SPACE.join(key) for key, _ in kb.names()}
    stale = [name for name in h.kb_run_time_only if name not in known]
    if stale:
        raise DataError(f"kb_run_time_only names {stale} are not knowledge-base names: remove them from "
                        "the ner config's hyper-parameters")
    train_gaz = kb_gazetteer(kb, leave_out=frozenset(h.kb_run_time_only))
    if h.kb == "memory":
        train_gaz = Gazetteer([])
    log(f"gazetteer: {len(gaz)} names ({len(train_gaz)} trained on)")
    news = None if h.clusters is None else news_sentences(files, h.clusters)
    clusters = {} if h.clusters is None else news_clusters(files, h.clusters, seed, news)
    log(f"word clusters: {len(clusters)} words")
    out_files: dict[str, bytes] = {}
    scores: dict[str, float | int] = {}
    per_label: dict[str, Any] = {}
    models: dict[str, str] = {}
    keys = {IL_NER: ("il_ner_train", "il_ner_dev"), UNER: ("uner_train", "uner_dev")}
    train_sets = {src: read_ner(files[k[0]], src, h.normalizer) for src, k in keys.items()}
    for source, (_, dev_key) in keys.items():
        train_set = train_sets[source]
        dev_set = read_ner(files[dev_key], source)
        sh = h.source(source)
        sents = [TrainSentence(ex.forms, ex.tags) for ex in train_set]
        for other, examples in train_sets.items():
            if other != source and sh.borrow:
                sents.extend(borrowed(examples, source, sh.borrow, partial=sh.partial))
        log(f"{source}: {len(sents)} training sentences ({len(train_set)} its own)")
        model = train_ner(sents, train_gaz, epochs=h.epochs, seed=seed, memory_folds=h.memory_folds,
                          clusters=clusters, name_parts=sh.name_parts,
                          gazetteer_dropout=h.gazetteer_dropout, log=log)
        if h.kb == "memory":
            model = NerModel(model.model, Gazetteer([]), memory=kb_memory(kb, model.memory),
                             clusters=model.clusters, names=model.names)
        elif h.kb_run_time_only:
            model = NerModel(model.model, gaz, memory=model.memory, clusters=model.clusters,
                             names=model.names)
        result = evaluate_examples(model, dev_set)
        summary = scores_summary(result)
        log(f"{source} dev: F1 {summary['f1']:.4f} "
            f"(PERSON/LOCATION/ORGANIZATION {summary['plo_f1']:.4f})")
        for k, v in summary.items():
            scores[f"{source}_{k}"] = v
        per_label[source] = {lab: prf.to_json() for lab, prf in sorted(result.per_label.items())}
        name = f"{source}.npz"
        out_files[name] = npz_bytes(model.to_arrays())
        models[source] = name
    return TaskOutput(
        files=out_files,
        scores=scores,
        meta={"feature_version": FEATURE_VERSION, "labels": list(BIO_LABELS), "models": models,
              "inputs": ner_inputs(train_sets, kb, news),
              "gazetteer": {"names": len(gaz) if h.kb == "features" else 0,
                            "trained_on": len(train_gaz)},
              "default_source": UNER, "dev_per_label": per_label,
              "decoder": "first-order Viterbi; I-X only after B-X/I-X; no B-X on a token without a "
                         "letter or digit",
              "model_choice": "one structured perceptron per source, Viterbi-decoded: on dev it beats "
                              "the greedy per-source models (IL-NER F1 0.833 vs 0.820, UNER 0.840 vs "
                              "0.824); per-source beat one joint source-conjoined model on UNER (0.824 "
                              "vs 0.794, greedy). The IL-NER model also learns PERSON/LOCATION/"
                              "ORGANIZATION from UNER's sentences and uses the name-part memory: "
                              "IL-NER dev P/L/O F1 0.691 -> 0.733 (overall 0.853 -> 0.841: UNER's "
                              "numbers and dates read as O there); the UNER model keeps neither "
                              "(name parts: UNER dev F1 0.855 -> 0.844); see the model card"},
    )


# --- the commands' library functions ------------------------------------------------------------------------
def _model_for(fmt: str, model: NerModel | None) -> NerModel:
    from khabar.ml.ner import default_ner

    return model if model is not None else default_ner(fmt)


def annotate_ner(path: Path, fmt: str, model: NerModel | None = None) -> str:
    """``path`` (IL-NER ``conll-ner`` or ``uner``) with the shipped model's predictions, written in
    the same format."""
    examples = read_ner(path, fmt)
    m = _model_for(fmt, model)
    predicted = m.tag_batch([ex.forms for ex in examples])
    return write_conll_ner(examples, predicted) if fmt == IL_NER else write_uner(examples, predicted)


def evaluate_ner(gold: Path, fmt: str, model: NerModel | None = None) -> NerScores:
    """Exact-match span scores of the shipped model (the one for ``fmt``'s source) on a gold file."""
    examples = read_ner(gold, fmt)
    return evaluate_examples(_model_for(fmt, model), examples)

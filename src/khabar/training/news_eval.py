"""Evaluation of the news components: quotes and events against a gold set, summaries on COUNTER.

Gold set (``tests/data/news_gold/*.jsonl``, see docs/annotation.md): one object per COUNTER article
with ``file``, ``published``, ``scope`` [start, end) and ``quotes`` / ``events`` whose offsets are
character ranges into :func:`counter_text` (the ``<body>`` text as ElementTree decodes it, not
normalized). The pipeline runs on that text; its spans are mapped back to those offsets through the
document's alignment, so the gold offsets do not depend on the normalizer.

Scores (:func:`score_quotes`, :func:`score_events`, pure functions with hand-made tests):

* quotes are paired one to one (best content overlap first) when their contents overlap with
  character Jaccard >= 0.5; quote span P/R/F1 counts those pairs (``span_f1``), ``exact_f1`` only the
  pairs with identical content boundaries; ``speaker_accuracy`` is over paired gold quotes: correct
  when both speakers are null, or when the gold speaker span overlaps a mention of the predicted
  speaker's entity group, or its text equals one of their texts (pronoun speakers included;
  ``pronoun_speaker_accuracy`` over those alone); an unresolved speaker whose words are a pronoun
  alone (انہوں) names no one and counts as null, as the guidelines annotate it;
* events (statements excluded: quotes score them) match when the triggers overlap, the two-digit
  CAMEO roots are equal and both actors match (null matches null): a predicted actor matches the
  gold one by entity (the gold span overlaps a mention of the entity's group, or its text equals one
  of theirs) or by its own words (``Event.actor1_span``/``actor2_span``: the span overlaps the gold
  actor's span) — docs/annotation.md, "Actors".
"""

from __future__ import annotations

import functools
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from khabar.doc.model import SOURCED
from khabar.errors import DataError

Range = tuple[int, int]
_T = TypeVar("_T")


def counter_text(path: Path) -> tuple[str, str]:
    """(body text, publication date ISO) of a COUNTER XML file: the ``<body>`` element's text exactly
    as ElementTree decodes it (not stripped, not normalized) and ``newsdate`` dd.mm.yy as yyyy-mm-dd."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise DataError(f"{path}: cannot read the COUNTER document ({exc})") from exc
    body = root.find("body")
    text = body.text if body is not None and body.text else ""
    d = root.get("newsdate", "")
    parts = d.split(".")
    published = f"20{parts[2]}-{parts[1]}-{parts[0]}" if len(parts) == 3 else ""
    return text, published


#: The CAMEO root of statements (010 make statement …): one event per quote, which docs/annotation.md
#: does not annotate as an event.
STATEMENT_ROOT = "01"
#: Gold ``file`` names of the form ``uner:NNN`` are passages of the UNER news sentences (below).
UNER_PREFIX = "uner:"
#: UNER lines per passage: the round-robin split's period (SPLIT.md), one line of which is held out.
UNER_PASSAGE_LINES = 10


def uner_lines(root: Path | None = None) -> list[str | None]:
    """The UNER news sentences (tags removed) in their original order, rebuilt from the project's
    round-robin split (``ner/uner_mirfan899/SPLIT.md``: line ``i`` is train when ``i % 10 < 8``, dev
    when it is 8, test when it is 9); the held-out test lines, not in ../shared/data, are None."""
    return list(_uner_lines((root or _data_root()) / "ner" / "uner_mirfan899"))


@functools.lru_cache(maxsize=2)
def _uner_lines(folder: Path) -> tuple[str | None, ...]:
    """:func:`uner_lines` of one folder, read once (a gold set asks for each of its passages)."""
    from khabar.training.ner import parse_uner_line, read_text
    from khabar.urdu import chars as C

    def lines(name: str) -> list[str]:
        text = read_text(folder / name, utf16=True).removeprefix(C.BOM)
        return [parse_uner_line(x)[0] for x in text.replace("\r\n", "\n").split("\n") if x.strip()]

    train, dev = lines("uner-train.txt"), lines("uner-dev.txt")
    out: list[str | None] = []
    for i in range(len(train) + len(dev) + len(dev)):  # test has as many lines as dev, give or take
        q, r = divmod(i, UNER_PASSAGE_LINES)
        if r < 8:
            k = q * 8 + r
            if k >= len(train):
                break
            out.append(train[k])
        elif r == 8:
            if q >= len(dev):
                break
            out.append(dev[q])
        else:
            out.append(None)
    return tuple(out)


def uner_passage(index: int, root: Path | None = None) -> str:
    """Passage ``index``: the UNER lines ``10 * index`` to ``10 * index + 9`` that are not held out,
    one a line (the sentences of a news article in the original order, less its test line)."""
    got = _uner_lines((root or _data_root()) / "ner" / "uner_mirfan899")[
        index * UNER_PASSAGE_LINES:(index + 1) * UNER_PASSAGE_LINES]
    if index < 0 or not got:
        raise DataError(f"{UNER_PREFIX}{index}: no such UNER passage")
    return "\n".join(x.strip() for x in got if x is not None)


#: Gold ``file`` names of the form ``udtb:NN`` are passages of the UD Urdu-UDTB dev sentences (below).
UDTB_PREFIX = "udtb:"
#: UDTB dev sentences per passage.
UDTB_PASSAGE_LINES = 10
UDTB_DEV_FILE = "ur_udtb-ud-dev.conllu"


@functools.lru_cache(maxsize=4)
def _udtb_sentences(path: Path, by_id: bool = False) -> tuple[str, ...]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the UDTB sentences ({exc})") from exc
    # the treebank writes a word's parts joined by _ (کریں_گے, حلف_نامہ): the text had a space there
    texts = [x.removeprefix("# text = ").strip().replace("_", " ")
             for x in lines if x.startswith("# text = ")]
    if not by_id:
        return tuple(texts)
    ids = [int(x.rsplit("-s", 1)[-1]) for x in lines if x.startswith("# sent_id = ")]
    if len(ids) != len(texts):
        raise DataError(f"{path}: {len(ids)} sent_id lines for {len(texts)} sentences")
    return tuple(text for _, text in sorted(zip(ids, texts, strict=True)))


def udtb_sentences(root: Path | None = None) -> list[str]:
    """The UD Urdu-UDTB dev sentences (Indian Urdu news, ``ud_urdu_udtb/``) in treebank order, from
    their ``# text`` lines, with the treebank's word-part joiner ``_`` read as the space it stands for."""
    return list(_udtb_sentences((root or _data_root()) / "ud_urdu_udtb" / UDTB_DEV_FILE))


def _ten_sentences(sentences: Sequence[str], index: int, name: str) -> str:
    """Sentences ``10 * index`` to ``10 * index + 9`` of a treebank's, one a line; ``name`` (the
    prefix and the source) says what is missing."""
    got = sentences[index * UDTB_PASSAGE_LINES:(index + 1) * UDTB_PASSAGE_LINES]
    if index < 0 or not got:
        raise DataError(f"{name}{index}: no such {PASSAGES[name][0]} passage")
    return "\n".join(got)


def udtb_passage(index: int, root: Path | None = None) -> str:
    """Passage ``index``: UDTB dev sentences ``10 * index`` to ``10 * index + 9``, one a line."""
    return _ten_sentences(udtb_sentences(root), index, UDTB_PREFIX)


#: Gold ``file`` names of the form ``udtbtrain:NN`` are passages of the 822 UDTB train sentences that
#: the SIGMORPHON 2019 subset holds (``ud_urdu_sigmorphon2019_trainsubset/``; the rest of the train
#: split is not in ../shared/data, so the sentences of a passage are not always adjacent in the news).
UDTB_TRAIN_PREFIX = "udtbtrain:"
UDTB_TRAIN_FILE = Path("ud_urdu_sigmorphon2019_trainsubset") / "ur_udtb-um-train-subset.conllu"


def udtb_train_sentences(root: Path | None = None) -> list[str]:
    """The UDTB train sentences of the SIGMORPHON 2019 subset in treebank order (by their ``train-sN``
    sent_id: the file mixes them), the ``_`` joiner read as a space as in :func:`udtb_sentences`."""
    return list(_udtb_sentences((root or _data_root()) / UDTB_TRAIN_FILE, by_id=True))


def udtb_train_passage(index: int, root: Path | None = None) -> str:
    """Passage ``index``: UDTB train-subset sentences ``10 * index`` to ``10 * index + 9``, one a line."""
    return _ten_sentences(udtb_train_sentences(root), index, UDTB_TRAIN_PREFIX)


#: Gold ``file`` prefixes of passages of sentence sources -> (the source's name, its passage reader).
PASSAGES: dict[str, tuple[str, Callable[[int, Path | None], str]]] = {
    UNER_PREFIX: ("UNER", uner_passage), UDTB_PREFIX: ("UDTB", udtb_passage),
    UDTB_TRAIN_PREFIX: ("UDTB train", udtb_train_passage)}


def source_text(name: str, counter: Path | None = None, *, base: Path | None = None) -> tuple[str, str]:
    """(text, publication date or "") of a gold article: a passage of a sentence source
    (:data:`PASSAGES`: ``uner:NNN``, ``udtb:NN``, ``udtbtrain:NN``; no date), or a
    file — a COUNTER document (``.xml``) or plain UTF-8 text (no date) — found as named (an absolute
    path), beside the gold file (``base``), or in ``counter`` (the default COUNTER folder when None),
    where a bare number names a COUNTER document (``0104`` is ``0104.xml``)."""
    for prefix, (source, passage) in PASSAGES.items():
        if name.startswith(prefix):
            number = name[len(prefix):]
            if not number.isdigit():
                raise DataError(f"{name}: a {source} passage is named {prefix}<number>")
            return passage(int(number), None), ""
    path = Path(name)
    if path.is_absolute():
        places = [path]
    else:
        places = [base / path] if base is not None else []
        if not any(p.is_file() for p in places):
            # (the COUNTER folder only when the file is not beside the gold set: a gold set of one's
            # own articles needs no ../shared/data)
            folder = counter or counter_dir()
            places += [folder / path, folder / path.name]
            if not path.suffix:
                places.append(folder / f"{path.name}.xml")
    places = list(dict.fromkeys(places))  # 0104.xml in COUNTER: named so twice
    found = next((p for p in places if p.is_file()), None)
    if found is None:
        raise DataError(f"{name}: no such gold article (looked for {', '.join(str(p) for p in places)})")
    if found.suffix.lower() == ".xml":
        return counter_text(found)
    try:
        return found.read_text(encoding="utf-8"), ""
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{found}: cannot read the gold article as UTF-8 text ({exc})") from exc


# --- values ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker or actor as the scorer sees it: spans of its mentions and their texts."""

    spans: tuple[Range, ...] = ()
    texts: frozenset[str] = frozenset()

    @property
    def null(self) -> bool:
        return not self.spans and not self.texts


@dataclass(frozen=True, slots=True)
class GoldQuote:
    content: Range
    speaker: Range | None
    speaker_text: str = ""
    pronoun: bool = False


@dataclass(frozen=True, slots=True)
class PredQuote:
    content: Range
    speaker: Speaker = field(default_factory=Speaker)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    trigger: Range
    type: str
    actor1: Range | None
    actor2: Range | None
    actor1_text: str = ""
    actor2_text: str = ""


@dataclass(frozen=True, slots=True)
class PredEvent:
    trigger: Range
    code: str
    actor1: Speaker = field(default_factory=Speaker)
    actor2: Speaker = field(default_factory=Speaker)


def overlap(a: Range, b: Range) -> int:
    """How many characters two ranges share (0: none)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _jaccard(a: Range, b: Range) -> float:
    inter = overlap(a, b)
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def same_referent(gold: Range | None, gold_text: str, pred: Speaker) -> bool:
    """Whether a predicted speaker/actor is the gold one (null only matches null); a gold one given
    by its words alone (no span) matches a prediction with those words."""
    if gold is None and not gold_text:
        return pred.null
    if pred.null:
        return False
    if gold is not None and any(overlap(gold, s) > 0 for s in pred.spans):
        return True
    return bool(gold_text) and gold_text in pred.texts


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def pair_in_order(scored: Iterable[tuple[float, int, int]], least: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs from (score, gold index, predicted index) triples
    in the order given (best first), each index used once, until a score falls below ``least``."""
    gused: set[int] = set()
    pused: set[int] = set()
    out: list[tuple[int, int]] = []
    for score, gi, pi in scored:
        if score < least:
            break
        if gi in gused or pi in pused:
            continue
        gused.add(gi)
        pused.add(pi)
        out.append((gi, pi))
    return out


def score_quotes(gold: Sequence[GoldQuote], pred: Sequence[PredQuote]) -> dict[str, Any]:
    matched = pair_in_order(sorted(((_jaccard(g.content, p.content), gi, pi) for gi, g in enumerate(gold)
                                    for pi, p in enumerate(pred)), reverse=True), 0.5)
    exact = sum(1 for gi, pi in matched if gold[gi].content == pred[pi].content)
    right = [same_referent(gold[gi].speaker, gold[gi].speaker_text, pred[pi].speaker) for gi, pi in matched]
    pron = [ok for (gi, _), ok in zip(matched, right, strict=True) if gold[gi].pronoun]
    p, r, f = prf(len(matched), len(pred), len(gold))
    _, _, ef = prf(exact, len(pred), len(gold))
    return {
        "gold_quotes": len(gold), "predicted_quotes": len(pred), "matched": len(matched),
        "span_precision": p, "span_recall": r, "span_f1": f, "exact_f1": ef,
        "speaker_accuracy": round(sum(right) / len(right), 4) if right else 0.0,
        "pronoun_speakers": len(pron),
        "pronoun_speaker_accuracy": round(sum(pron) / len(pron), 4) if pron else 0.0,
    }


def score_events(gold: Sequence[GoldEvent], pred: Sequence[PredEvent]) -> dict[str, Any]:
    """Event precision, recall and F1 (a match: overlapping triggers, the same CAMEO root, both actors
    the gold ones), the type-only figures, and ``by_type``: per CAMEO root, gold and predicted events,
    correct ones and F1 — where a gold set and the extractor part ways."""
    gused: set[int] = set()
    tp = typed = 0
    correct: Counter[str] = Counter()
    for p in pred:
        for gi, g in enumerate(gold):
            if gi in gused or overlap(g.trigger, p.trigger) == 0 or g.type != p.code[:2]:
                continue
            typed += 1
            if same_referent(g.actor1, g.actor1_text, p.actor1) and same_referent(
                    g.actor2, g.actor2_text, p.actor2):
                tp += 1
                correct[g.type] += 1
                gused.add(gi)
                break
    pr, rc, f1 = prf(tp, len(pred), len(gold))
    tp_, tr_, tf_ = prf(min(typed, len(gold)), len(pred), len(gold))
    golds = Counter(g.type for g in gold)
    preds = Counter(p.code[:2] for p in pred)
    by_type = {root: {"gold": golds[root], "predicted": preds[root], "correct": correct[root],
                      "f1": prf(correct[root], preds[root], golds[root])[2]}
               for root in sorted(golds | preds)}
    return {"gold_events": len(gold), "predicted_events": len(pred), "correct": tp,
            "precision": pr, "recall": rc, "f1": f1, "type_only_f1": tf_, "type_only_precision": tp_,
            "type_only_recall": tr_, "by_type": by_type}


# --- gold files -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoldArticle:
    #: the article's file (source_text), or "" when the record holds its ``text``
    file: str
    published: str
    #: the annotated part of the text; None: all of it
    scope: Range | None
    quotes: tuple[dict[str, Any], ...]
    events: tuple[dict[str, Any], ...]
    #: the article's text given in the record itself, else None
    text: str | None = None
    #: the folder of the gold file, where a relative ``file`` is looked for first
    base: Path | None = None

    @property
    def key(self) -> str:
        """What names the article: its file, else its own text."""
        return self.file or (self.text or "")


def _event_type(e: dict[str, Any]) -> str:
    """An event record's type as the scorer compares it, its CAMEO root: ``type`` (or ``code``), a
    two-digit root or a longer CAMEO code, as a string or a number (``"04"``, ``"040"``, ``4``)."""
    raw = e.get("type", e.get("code"))
    value = str(raw).strip() if raw is not None else ""
    if not value.isdigit() or len(value) > 4:
        raise DataError(f"event type {raw!r} is no CAMEO code (a root such as 04 or a code such as 040)")
    return value.zfill(2)[:2]


def read_records(path: Path, build: Callable[[dict[str, Any]], _T], what: str, guide: str) -> list[_T]:
    """The records of a gold JSONL file, each ``build`` from its JSON object (blank lines skipped); a
    line that does not parse or build is an error naming the file and line, ``what`` it is not and the
    ``guide`` that says what it should be."""
    out: list[_T] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the gold file ({exc})") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out.append(build(json.loads(line)))
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, DataError) as exc:
            raise DataError(f"{path}:{n}: not {what} ({exc}); see {guide}") from exc
    return out


def record_source(d: dict[str, Any]) -> tuple[str, str | None]:
    """(file, own text) a gold record names its article by: ``file``, or the article's ``text``."""
    file, text = d.get("file"), d.get("text")
    file = file if isinstance(file, str) else ""
    text = text if isinstance(text, str) else None
    if not file and text is None:
        raise KeyError("file (or text)")
    return file, text


def read_gold(path: Path) -> list[GoldArticle]:
    """The article records of a gold JSONL file (docs/annotation.md): ``file`` (or the article's own
    ``text``), ``published``, ``scope`` (all of the text when absent), ``quotes`` and ``events``."""

    def build(d: dict[str, Any]) -> GoldArticle:
        file, text = record_source(d)
        scope = d.get("scope")
        article = GoldArticle(file, d.get("published") or "",
                              None if scope is None else (int(scope[0]), int(scope[1])),
                              tuple(d.get("quotes", [])),
                              tuple({**e, "type": _event_type(e)} for e in d.get("events", [])),
                              text, path.parent)
        _gold_records(article, "", 0)  # every span, speaker and actor reads, or this line is wrong
        return article

    return read_records(path, build, "a gold article record", "docs/annotation.md")


class GoldSource(Protocol):
    """What names a gold record's article (news and date gold sets alike)."""

    @property
    def file(self) -> str: ...
    @property
    def published(self) -> str: ...
    @property
    def text(self) -> str | None: ...
    @property
    def base(self) -> Path | None: ...


def article_text(art: GoldSource, root: Path | None = None) -> tuple[str, str]:
    """(text, publication date or "") of a gold article: the record's own text, else its file's."""
    if art.text is not None:
        return art.text, art.published
    text, published = source_text(art.file, root, base=art.base)
    return text, art.published or published


def _r(v: Sequence[int] | None) -> Range | None:
    return None if v is None else (int(v[0]), int(v[1]))


def gold_referent(v: Sequence[int] | str | None, text: str) -> tuple[Range | None, str]:
    """A gold speaker or actor as (span, words): a span of the text, or the words alone (a gold set
    may name an actor by its words: ``"actor1": "نواز شریف"``), or nobody."""
    if isinstance(v, str):
        return None, v.strip()
    r = _r(v)
    return r, text[r[0]:r[1]] if r is not None else ""


def _data_root() -> Path:
    from khabar.training.data import data_dir

    root = data_dir()
    if root is None:  # data_dir() raises instead when required; this keeps mypy informed
        raise DataError("../shared/data is missing: set KHABAR_DATA")
    return root


def counter_dir() -> Path:
    return _data_root() / "news" / "counter" / "xml"


def entity_groups(doc: Any) -> dict[int, list[int]]:
    """The entity indices of each linker group of a document."""
    groups: dict[int, list[int]] = {}
    for k, e in enumerate(doc.entities):
        if e.group is not None:
            groups.setdefault(e.group, []).append(k)
    return groups


def predicted_referent(doc: Any, k: int | None, span: Any, groups: dict[int, list[int]] | None = None,
                       ) -> Speaker:
    """A predicted speaker or actor as the scorer sees it, in raw offsets: the mentions of entity
    ``k``'s linker group (their words and canonical names), plus the phrase ``span`` when given;
    nobody for neither. ``groups``: :func:`entity_groups`, computed when not given."""
    spans: list[Range] = []
    texts: set[str] = set()
    if k is not None:
        ents = doc.entities
        group = ents[k].group
        if group is None:
            members = [k]
        else:
            members = (groups if groups is not None else entity_groups(doc)).get(group, [k])
        for m in members:
            rs = doc.raw_span(ents[m].span)
            spans.append(rs)
            texts |= {doc.raw_text[rs[0]:rs[1]], ents[m].canonical or ""}
    if span is not None:
        rs = doc.raw_span(span)
        spans.append(rs)
        texts.add(doc.raw_text[rs[0]:rs[1]])
    return Speaker(tuple(spans), frozenset(texts - {""}))


def _predictions(doc: Any, scope: Range, *, statements: bool = False,
                 ) -> tuple[list[PredQuote], list[PredEvent]]:
    """The document's quotes and events as scorer values in raw offsets, inside ``scope``; statement
    events (CAMEO 01, one per quote) only with ``statements``, for a gold set that annotates them."""
    from khabar.urdu.news import pronoun_only

    groups = entity_groups(doc)

    quotes = []
    for q in doc.quotes:
        if q.kind == SOURCED:
            continue  # X کے مطابق is sourcing, which the guidelines do not annotate as a quote
        rs = doc.raw_span(q.content)
        if not scope[0] <= doc.raw_span(q.cue)[0] < scope[1]:
            continue
        # an unresolved speaker still names a span (ججز نے کہا): it is the prediction — but a pronoun
        # alone (انہوں نے کہا with no one to refer to) names no one, as the guidelines annotate it
        if q.speaker is None and q.speaker_span is not None and pronoun_only(doc, q.speaker_span):
            sp = Speaker()
        else:
            # (a resolved speaker is its entity alone, not the words that named it)
            sp = predicted_referent(doc, q.speaker, None if q.speaker is not None else q.speaker_span, groups)
        quotes.append(PredQuote(rs, sp))
    events = []
    for ev in doc.events:
        if ev.code.startswith(STATEMENT_ROOT) and not statements:
            continue
        rt = doc.raw_span(ev.trigger)
        if not scope[0] <= rt[0] < scope[1]:
            continue
        events.append(PredEvent(rt, ev.code, predicted_referent(doc, ev.actor1, ev.actor1_span, groups),
                                predicted_referent(doc, ev.actor2, ev.actor2_span, groups)))
    return quotes, events


#: Gold-set splits: ``heldout`` is every fourth article (the 4th, 8th, ...), kept out of rule
#: development; ``dev`` the rest.
SPLITS = ("all", "dev", "heldout")


def split_articles(articles: Sequence[GoldArticle], split: str) -> list[GoldArticle]:
    if split not in SPLITS:
        raise DataError(f"unknown gold split {split!r}: one of {', '.join(SPLITS)}")
    if split == "all":
        return list(articles)
    keep = 3 if split == "heldout" else None
    return [a for k, a in enumerate(articles) if (k % 4 == 3) == (keep is not None)]


def _news_task(task: str) -> str:
    """``task`` when it is a news task (quotes or events), else a DataError naming it."""
    if task not in ("quotes", "events"):
        raise DataError(f"unknown news task {task!r}: quotes or events")
    return task


@dataclass(frozen=True, slots=True)
class NewsRecords:
    """A gold set's quotes and events and the pipeline's, as the scorer compares them: each article's
    spans shifted apart (article ``k`` by ``k * _SHIFT``), so that records of several sets, made with
    disjoint ``first_article`` numbers, pool by concatenation (:meth:`pooled`)."""

    articles: int
    gold_quotes: tuple[GoldQuote, ...]
    pred_quotes: tuple[PredQuote, ...]
    gold_events: tuple[GoldEvent, ...]
    pred_events: tuple[PredEvent, ...]

    @staticmethod
    def pooled(parts: Sequence[NewsRecords]) -> NewsRecords:
        return NewsRecords(sum(p.articles for p in parts),
                           tuple(x for p in parts for x in p.gold_quotes),
                           tuple(x for p in parts for x in p.pred_quotes),
                           tuple(x for p in parts for x in p.gold_events),
                           tuple(x for p in parts for x in p.pred_events))

    def score(self, task: str) -> dict[str, Any]:
        """:func:`score_quotes` or :func:`score_events` of these records."""
        if _news_task(task) == "quotes":
            return score_quotes(self.gold_quotes, self.pred_quotes)
        return score_events(self.gold_events, self.pred_events)

    def event_counts(self) -> dict[str, int]:
        """How the gold events fare, counts only (what a held-out set may show without its errors
        being read): ``right`` (type and both actors), ``missed`` (no prediction of its root overlaps
        its trigger), ``actor1`` / ``actor2`` (found with its root, that actor wrong, actor 1 judged
        first; ``actor1_empty`` / ``actor2_empty``: the prediction left it empty), and ``false``:
        predictions that overlap no gold event of their root. A gold event takes the first unused
        prediction that gets it right, else is judged by the first of its root."""
        out = dict.fromkeys(("right", "missed", "actor1", "actor1_empty", "actor2", "actor2_empty",
                             "false"), 0)
        used: set[int] = set()
        for g in self.gold_events:
            typed = [(i, p) for i, p in enumerate(self.pred_events)
                     if i not in used and overlap(g.trigger, p.trigger) and g.type == p.code[:2]]
            hit = next((i for i, p in typed if same_referent(g.actor1, g.actor1_text, p.actor1)
                        and same_referent(g.actor2, g.actor2_text, p.actor2)), None)
            if hit is not None:
                used.add(hit)
                out["right"] += 1
            elif not typed:
                out["missed"] += 1
            elif not same_referent(g.actor1, g.actor1_text, typed[0][1].actor1):
                out["actor1"] += 1
                out["actor1_empty"] += typed[0][1].actor1.null
            else:
                out["actor2"] += 1
                out["actor2_empty"] += typed[0][1].actor2.null
        out["false"] = sum(not any(overlap(g.trigger, p.trigger) and g.type == p.code[:2]
                                   for g in self.gold_events) for p in self.pred_events)
        return out


def news_records(gold_path: Path | Sequence[Path], *, pipeline: str = "news", root: Path | None = None,
                 split: str = "all", first_article: int = 0) -> NewsRecords:
    """Run the ``pipeline`` on the gold set's articles (several files: one pooled set, their articles
    in file order; the split applies to each file) and return both tasks' records, articles numbered
    from ``first_article``."""
    from khabar.doc.model import Document
    from khabar.loading import load

    paths = [gold_path] if isinstance(gold_path, Path) else list(gold_path)
    if not paths:
        raise DataError("no gold file to score")
    articles = [a for p in paths for a in split_articles(read_gold(p), split)]
    # docs/annotation.md leaves statements out of the events (every quote is one, scored as a quote);
    # a gold set made elsewhere that annotates them has the extractor's statement events scored too
    statements = any(e["type"] == STATEMENT_ROOT for a in articles for e in a.events)
    nlp = load(pipeline)
    gq: list[GoldQuote] = []
    pq: list[PredQuote] = []
    ge: list[GoldEvent] = []
    pe: list[PredEvent] = []
    for k, art in enumerate(articles, start=first_article):
        text, published = article_text(art, root)
        doc = nlp(Document(text, id=art.file, meta={"published": published}))
        quotes, events = _predictions(doc, art.scope or (0, len(text)), statements=statements)
        # spans of different articles are kept apart by shifting each article by k * _SHIFT

        def sh(r: Range | None, k: int = k) -> Range | None:
            return None if r is None else (r[0] + k * _SHIFT, r[1] + k * _SHIFT)

        def sp(s: Speaker, k: int = k) -> Speaker:
            return Speaker(tuple((a + k * _SHIFT, b + k * _SHIFT) for a, b in s.spans), s.texts)

        art_q, art_e = _gold_records(art, text, k)
        gq.extend(art_q)
        ge.extend(art_e)
        pq.extend(PredQuote(sh(x.content) or (0, 0), sp(x.speaker)) for x in quotes)
        pe.extend(PredEvent(sh(x.trigger) or (0, 0), x.code, sp(x.actor1), sp(x.actor2)) for x in events)
    return NewsRecords(len(articles), tuple(gq), tuple(pq), tuple(ge), tuple(pe))


def evaluate_news(gold_path: Path | Sequence[Path], task: str, *, pipeline: str = "news",
                  root: Path | None = None, split: str = "all") -> dict[str, Any]:
    """Score the ``pipeline`` on the gold set (or one of its :data:`SPLITS`): ``task`` quotes or
    events. Several gold files are scored as one pooled set (their articles in file order; the split
    applies to each file)."""
    _news_task(task)
    paths = [gold_path] if isinstance(gold_path, Path) else list(gold_path)
    records = news_records(paths, pipeline=pipeline, root=root, split=split)
    return {"task": task, "articles": records.articles, "split": split, "pipeline": pipeline,
            "gold_files": len(paths), **records.score(task)}


#: Offset between articles when all records are scored together.
_SHIFT = 10_000_000


def _gold_records(art: GoldArticle, text: str, k: int) -> tuple[list[GoldQuote], list[GoldEvent]]:
    """An article's gold quotes and events, shifted by ``k * _SHIFT`` (article ``k`` of a set)."""

    def sh(r: Range | None) -> Range | None:
        return None if r is None else (r[0] + k * _SHIFT, r[1] + k * _SHIFT)

    quotes = []
    for q in art.quotes:
        speaker, words = gold_referent(q.get("speaker"), text)
        quotes.append(GoldQuote(sh(_r(q["content"])) or (0, 0), sh(speaker), words, bool(q.get("pronoun"))))
    events = []
    for e in art.events:
        (a1, w1), (a2, w2) = gold_referent(e.get("actor1"), text), gold_referent(e.get("actor2"), text)
        events.append(GoldEvent(sh(_r(e["trigger"])) or (0, 0), e["type"], sh(a1), sh(a2), w1, w2))
    return quotes, events


def annotator_agreement(first: Path, second: Path, task: str, *, root: Path | None = None,
                        ) -> dict[str, Any]:
    """Agreement of two annotations of the same articles (those both files hold), scored exactly as
    the extractor is: ``second``'s records stand where predictions stand, each span a mention with its
    own words. The figure an extractor can hope to reach against one annotator."""
    _news_task(task)
    a = {art.key: art for art in read_gold(first)}
    b = {art.key: art for art in read_gold(second)}
    common = [f for f in a if f in b]
    if not common:
        raise DataError(f"{first} and {second} share no article")
    gq: list[GoldQuote] = []
    pq: list[PredQuote] = []
    ge: list[GoldEvent] = []
    pe: list[PredEvent] = []

    def who(g: Range | None, text: str) -> Speaker:
        return Speaker(() if g is None else (g,), frozenset({text}) if text else frozenset())

    for k, f in enumerate(common):
        text, _ = article_text(a[f], root)
        art_q, art_e = _gold_records(a[f], text, k)
        gq.extend(art_q)
        ge.extend(art_e)
        other_q, other_e = _gold_records(b[f], text, k)
        pq.extend(PredQuote(q.content, who(q.speaker, q.speaker_text)) for q in other_q)
        pe.extend(PredEvent(e.trigger, e.type, who(e.actor1, e.actor1_text), who(e.actor2, e.actor2_text))
                  for e in other_e)
    scores = NewsRecords(len(common), tuple(gq), tuple(pq), tuple(ge), tuple(pe)).score(task)
    return {"task": task, "articles": len(common), "first": str(first), "second": str(second), **scores}


# --- summaries on COUNTER -------------------------------------------------------------------------
def evaluate_summaries(root: Path | None = None, *, pipeline: str = "news", n: int = 3,
                       limit: int | None = None, seed: int = 13) -> dict[str, Any]:
    """Extractive summaries of COUNTER source articles (``NNNN.xml``, agency copy) scored against the
    newspaper stories derived from them (``NNNNp.xml``, pairs labelled WD or PD):

    * ``kept_precision``: the share of chosen source sentences the newspaper kept — a sentence counts
      as kept when at least half of its content words (stop words out) occur in the derived story;
    * ``rouge1_recall``: the share of the derived story's content-word types the summary contains.

    Methods: ``lead`` and ``textrank`` (khabar.urdu.salience) and a seeded ``random`` baseline."""
    import random

    from khabar.doc.model import Document
    from khabar.loading import load
    from khabar.urdu.news import lexicon
    from khabar.urdu.salience import sentence_vectors, summarize

    base = root or counter_dir()
    stop = lexicon().stopwords
    nlp = load(pipeline)
    rng = random.Random(seed)
    totals: dict[str, list[float]] = {m: [0.0, 0.0, 0.0] for m in ("lead", "textrank", "random")}
    pairs = 0
    for src in sorted(base.glob("[0-9][0-9][0-9][0-9].xml")):
        der = src.with_name(src.stem + "p.xml")
        if not der.exists():
            continue
        label = ET.parse(src).getroot().get("classification", "")
        if label not in ("WD", "PD"):
            continue
        stext, _ = counter_text(src)
        dtext, _ = counter_text(der)
        sdoc = nlp(Document(stext))
        ddoc = nlp(Document(dtext))
        if len(sdoc.sentences) <= n:
            continue

        def vecs(doc: Any) -> list[Any]:
            t = doc.text
            forms = [t[a:b] for a, b in zip(doc.token_starts, doc.token_ends, strict=True)]
            k = len(forms)
            ranges = [(max(0, s.token_start), max(0, s.token_end)) for s in doc.sentences]
            return sentence_vectors(ranges, forms, doc.token_attr("upos") or [None] * k,
                                    doc.token_attr("lemma") or [None] * k, stop)

        sv = vecs(sdoc)
        derived: set[str] = set().union(*vecs(ddoc)) if ddoc.sentences else set()
        if not derived:
            continue
        pairs += 1
        kept = [bool(v) and sum(1 for w in v if w in derived) >= len(v) / 2 for v in sv]
        choices = {"lead": summarize(sv, n, "lead"), "textrank": summarize(sv, n, "textrank"),
                   "random": sorted(rng.sample(range(len(sv)), n))}
        for m, idx in choices.items():
            words: set[str] = set().union(*(sv[i] for i in idx))
            totals[m][0] += sum(kept[i] for i in idx) / len(idx)
            totals[m][1] += len(words & derived) / len(derived)
        if limit and pairs >= limit:
            break
    return {"pairs": pairs, "sentences": n, "pipeline": pipeline, **{
        m: {"kept_precision": round(v[0] / pairs, 4) if pairs else 0.0,
            "rouge1_recall": round(v[1] / pairs, 4) if pairs else 0.0} for m, v in totals.items()}}

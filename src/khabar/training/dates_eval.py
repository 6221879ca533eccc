"""Scoring the date reader against a gold set of date expressions (docs/dates_annotation.md).

A gold file is JSONL, one article per line: ``file`` (a COUNTER document, found as the news gold sets
find theirs: :func:`khabar.training.news_eval.source_text`) or the article's own ``text``,
``published`` (ISO; the file's own date when absent) and ``dates``: ``{"span": [start, end], "value":
ISO or null, "end": ISO or null}`` in raw character offsets of the text. Predicted and gold expressions
are matched one to one by overlapping spans, the largest overlap first; an expression is right in
value when its value and end are the gold ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.errors import DataError
from khabar.training.news_eval import (
    Range,
    article_text,
    overlap,
    pair_in_order,
    prf,
    read_records,
    record_source,
)

#: A value as :class:`khabar.doc.model.Timex` writes it: a year, month, day or ISO week.
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")


@dataclass(frozen=True, slots=True)
class DateRecord:
    """One date expression: its raw character range, value and the last day of a stretch."""

    span: Range
    value: str | None
    end: str | None = None
    #: the rule that found a predicted expression ("" for gold)
    rule: str = ""


@dataclass(frozen=True, slots=True)
class GoldDates:
    file: str
    published: str
    dates: tuple[DateRecord, ...]
    text: str | None = None
    base: Path | None = None


def _iso(v: Any, what: str) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str) or not _ISO.fullmatch(v):
        raise DataError(f"{what} {v!r} is not an ISO year, month, day or week (2014, 2014-08, 2014-08-07, "
                        "2014-W32)")
    return v


def read_gold_dates(path: Path) -> list[GoldDates]:
    """The article records of a date gold file; a record that names no article, a span that is no
    pair of offsets or a value that is not ISO is an error naming the file and line."""

    def build(d: dict[str, Any]) -> GoldDates:
        file, text = record_source(d)
        records = []
        for x in d.get("dates", []):
            a, b = (int(v) for v in x["span"])
            if not 0 <= a < b:
                raise ValueError(f"span {x['span']} is empty or reversed")
            records.append(DateRecord((a, b), _iso(x.get("value"), "value"), _iso(x.get("end"), "end")))
        return GoldDates(file, d.get("published") or "", tuple(records), text, path.parent)

    return read_records(path, build, "a date gold record", "docs/dates_annotation.md")


#: The name ending of a second, independent annotation of a gold set, kept in ``agreement/`` beside
#: the set (``agreement/counter_dates_heldout_second.jsonl`` doubles ``counter_dates_heldout.jsonl``).
SECOND_SUFFIX = "_second.jsonl"


def doubled_set(second: Path) -> Path:
    """The gold set a second annotation (in ``agreement/``) reads again."""
    return second.parent.parent / (second.name.removesuffix(SECOND_SUFFIX) + ".jsonl")


def match_dates(gold: Sequence[DateRecord], pred: Sequence[DateRecord]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, the largest overlap first."""
    return sorted(pair_in_order(sorted(((overlap(g.span, p.span), gi, pi) for gi, g in enumerate(gold)
                                        for pi, p in enumerate(pred)), key=lambda x: (-x[0], x[1], x[2])), 1))


def score_dates(articles: Sequence[tuple[Sequence[DateRecord], Sequence[DateRecord]]]) -> dict[str, Any]:
    """Span P/R/F1, the value accuracy of matched expressions, and P/R/F1 of expressions right in
    span and value together, over (gold, predicted) expression lists of each article; ``by_rule``: how
    many expressions each rule predicted, matched and resolved right."""
    n_gold = n_pred = matched = valued = 0
    by_rule: dict[str, dict[str, int]] = {}
    for gold, pred in articles:
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = match_dates(gold, pred)
        matched += len(pairs)
        right_pred = set()
        for gi, pi in pairs:
            if gold[gi].value == pred[pi].value and gold[gi].end == pred[pi].end:
                valued += 1
                right_pred.add(pi)
        found = {pi for _, pi in pairs}
        for pi, x in enumerate(pred):
            row = by_rule.setdefault(x.rule or "?", {"predicted": 0, "matched": 0, "value_right": 0})
            row["predicted"] += 1
            row["matched"] += pi in found
            row["value_right"] += pi in right_pred
    sp, sr, sf = prf(matched, n_pred, n_gold)
    p, r, f = prf(valued, n_pred, n_gold)
    return {"gold_dates": n_gold, "predicted_dates": n_pred, "matched": matched,
            "span_precision": sp, "span_recall": sr, "span_f1": sf,
            "value_accuracy": round(valued / matched, 4) if matched else 0.0,
            "precision": p, "recall": r, "f1": f,
            "by_rule": dict(sorted(by_rule.items()))}


def date_reader() -> Callable[[str, str], list[DateRecord]]:
    """A callable ``(text, published) -> [DateRecord]``: the text layer (normalizer to sentences, all
    the date reader needs) configured as the full pipelines configure it (their normalizer repairs
    missing spaces, so the tokens are theirs), and the dates component; loaded once."""
    from khabar.components.registry import create
    from khabar.doc.model import Document
    from khabar.loading import CONFIGS, load

    nlp, dates = load("text", normalizer=CONFIGS["default"]["normalizer"]), create("dates")

    def read(text: str, published: str) -> list[DateRecord]:
        doc = dates(nlp(Document(text, meta={"published": published} if published else {})))
        return [DateRecord(doc.raw_span(tx.span), tx.value, tx.end, tx.source) for tx in doc.dates]

    return read


def evaluate_dates(gold_paths: Path | Sequence[Path], *, root: Path | None = None) -> dict[str, Any]:
    """Score the date reader on one or more gold files, pooled."""
    paths = [gold_paths] if isinstance(gold_paths, Path) else list(gold_paths)
    if not paths:
        raise DataError("no gold file to score")
    articles = [a for p in paths for a in read_gold_dates(p)]
    read = date_reader()
    pairs = []
    for art in articles:
        text, published = article_text(art, root)
        pairs.append((art.dates, read(text, published)))
    return {"task": "dates", "articles": len(articles), "gold_files": len(paths), **score_dates(pairs)}

"""Every quote and event the shipped ``news`` pipeline finds in all COUNTER articles, one line each,
in a stable order: run it at two commits and ``diff`` the outputs to read every record a rule change
moves on text no gold set annotates (docs/events.md, eighth session). The last line counts them.

A quote line: ``Q file [speaker] cue | 40 characters before the cue and the cue || content`` (its
first 60 and last 30 characters around `` … `` when longer, so that a rule moving where a quote ends
shows too), with
``[∅ issued by X]`` for a passive quote of a statement body X issued (``Quote.issuer``); an event
line: ``E file code [trigger] actor 1 (country/role) -> actor 2 (country/role)``. A speaker or actor is
its entity's words, else its own words, else ∅; ``(country/role)`` is what the actor is in the event in
CAMEO's actor coding, where known (``Event.actor1_country`` ...).

Run: .venv/bin/python benchmarks/news_corpus.py [--domain sports --domain showbiz ...] > quotes.txt
(needs ../shared/data or KHABAR_DATA; about 30 s for the 1,200 articles on one core).
"""

from __future__ import annotations

import argparse
import re

from khabar.doc.model import Document, Span
from khabar.loading import load
from khabar.training.news_eval import counter_dir, counter_text


def _who(doc: Document, k: int | None, span: Span | None) -> str:
    if k is not None:
        return doc.span_text(doc.entities[k].span)
    return doc.span_text(span) if span is not None else "∅"


def _ends(words: str, head: int = 60, tail: int = 30) -> str:
    """``words`` whole when short, else its first ``head`` and last ``tail`` characters."""
    return words if len(words) <= head + tail + 3 else f"{words[:head]} … {words[-tail:]}"


def _code(country: str | None, role: str | None) -> str:
    tag = "/".join(x for x in (country, role) if x)
    return f" ({tag})" if tag else ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--domain", action="append", default=[],
                    help="only articles of this COUNTER domain (sports, showbiz, national, foreign, "
                         "business); repeatable")
    args = ap.parse_args()
    nlp = load("news")
    n_quotes = n_issued = n_events = n_located = n_timed = n_dated = n_actors = n_coded = 0
    for path in sorted(counter_dir().glob("*.xml")):
        if args.domain:
            m = re.search(r'domain="([a-z_]+)"', path.read_text(encoding="utf-8")[:400])
            if m is None or m.group(1) not in args.domain:
                continue
        text, published = counter_text(path)
        doc = nlp(Document(text, id=path.name, meta={"published": published}))
        for q in doc.quotes:
            before = doc.text[max(0, q.cue.start - 40):q.cue.end].replace("\n", " ")
            who = _who(doc, q.speaker, q.speaker_span)
            if q.issuer is not None or q.issuer_span is not None:
                who += f" issued by {_who(doc, q.issuer, q.issuer_span)}"
                n_issued += 1
            print(f"Q {path.name} [{who}] {doc.span_text(q.cue)} | {before} || "
                  f"{_ends(doc.span_text(q.content))}")
            n_quotes += 1
        for ev in doc.events:
            if ev.code.startswith("01"):
                continue  # statements: one per quote
            print(f"E {path.name} {ev.code} [{doc.span_text(ev.trigger)}] "
                  f"{_who(doc, ev.actor1, ev.actor1_span)}{_code(ev.actor1_country, ev.actor1_role)} -> "
                  f"{_who(doc, ev.actor2, ev.actor2_span)}{_code(ev.actor2_country, ev.actor2_role)}")
            for k, span, country, role in ((ev.actor1, ev.actor1_span, ev.actor1_country, ev.actor1_role),
                                           (ev.actor2, ev.actor2_span, ev.actor2_country, ev.actor2_role)):
                n_actors += k is not None or span is not None
                n_coded += bool(country or role)
            n_events += 1
            n_located += ev.location is not None
            n_timed += ev.time is not None
            n_dated += ev.date is not None
    print(f"{n_quotes} quotes ({n_issued} of a statement's issuer), {n_events} events ({n_located} with a "
          f"location, {n_timed} with a time entity, "
          f"{n_dated} with a date; {n_actors} actors, {n_coded} with a CAMEO country or role)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Keyphrase component: multi-word, lemma-based, stop-word aware (:func:`khabar.urdu.salience.keyphrases`).

``doc.keyphrases`` gets one object per phrase, best first: ``text`` (first occurrence; for a
name, its entity's canonical name), ``lemma`` (the key occurrences are grouped by: for a name, that
name), ``score``, ``count`` and ``spans`` ([start, end, token_start,
token_end] of each occurrence). Where the entity recognizer and the date reader ran before it, a phrase
holds a name whole or none of it, and no word of a date, time or number expression or of a dateline
(its places, date and bracketed sources: a desk's byline such as ``(سپورٹس ڈیسک)`` too); a person's
name ends any phrase that holds it, and a compound news_words.tsv lists (``خود کش``, ``بات چیت``) is
taken whole, as a name is. The datelines are found again here with the recognizer's own
:func:`~khabar.urdu.datelines.find_dateline`, at the line starts where it placed them: the document keeps
no byline layer, and the search costs a few tokens a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from khabar.doc.model import Document
from khabar.urdu.datelines import DATELINE_SOURCE, date_words_of_datelines, find_dateline, line_firsts

#: entity labels that name no topic: their words are in no keyphrase
_NO_TOPIC = frozenset({"DATE", "TIME", "NUMBER"})


@dataclass(frozen=True, kw_only=True)
class KeyphrasesConfig:
    #: how many phrases to keep
    top: int = 10


class KeyphraseExtractor:
    name: ClassVar[str] = "keyphrases"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "pos", "lemma")
    provides: ClassVar[tuple[str, ...]] = ("keyphrases",)

    def __init__(self, config: KeyphrasesConfig | None = None) -> None:
        self.config = config or KeyphrasesConfig()

    def __call__(self, doc: Document) -> Document:
        from khabar.urdu.news import lexicon
        from khabar.urdu.salience import keyphrases

        starts, ends = doc.token_starts, doc.token_ends
        text = doc.text
        forms = [text[s:e] for s, e in zip(starts, ends, strict=True)]
        n = len(forms)
        upos = doc.token_attr("upos") or [None] * n
        lemmas = doc.token_attr("lemma") or [None] * n
        sentence_of = [0] * n
        for k, s in enumerate(doc.sentences):
            for t in range(max(0, s.token_start), max(0, s.token_end)):
                sentence_of[t] = k
        # names, when the recognizer ran, are taken whole; dates, times, numbers and a dateline (where
        # and by whom the report was filed) are no topics
        topic = [e.label not in _NO_TOPIC and e.source != DATELINE_SOURCE for e in doc.entities]
        units = [(e.span.token_start, e.span.token_end)
                 for e, t in zip(doc.entities, topic, strict=True) if t]
        # a name goes by its entity's canonical name: the linker's (افغان → افغانستان), or the longest
        # mention of its group for a name the knowledge base lacks
        names = [e.canonical for e, t in zip(doc.entities, topic, strict=True) if t]
        blocked = [(e.span.token_start, e.span.token_end) for e, t in zip(doc.entities, topic, strict=True)
                   if not t]
        blocked += [(tx.span.token_start, tx.span.token_end) for tx in doc.dates]
        blocked += dateline_ranges(doc, forms)
        # a compound written apart whose first word is a stop word (خود کش حملہ, بات چیت): whole, as a name
        compounds = lexicon().words("compound")
        firsts = {c.split(" ", 1)[0] for c in compounds}
        found_compounds = [t for t in range(n - 1)
                           if forms[t] in firsts and f"{forms[t]} {forms[t + 1]}" in compounds]
        if found_compounds:
            taken = {t for a, b in units for t in range(a, b)}
            for t in found_compounds:
                if not taken.intersection((t, t + 1)):
                    units.append((t, t + 2))
                    names.append(None)
        last = [(e.span.token_start, e.span.token_end) for e in doc.entities if e.label == "PERSON"
                and (e.span.token_end >= n or upos[e.span.token_end] != "PROPN")]
        found = keyphrases(forms, upos, lemmas, sentence_of=sentence_of, stopwords=lexicon().stopwords,
                           top=self.config.top, units=units, blocked=blocked, unit_names=names, last=last)
        doc.keyphrases = [kp.to_json(starts, ends) for kp in found]
        return doc


def dateline_ranges(doc: Document, forms: list[str]) -> list[tuple[int, int]]:
    """The token ranges of the datelines the recognizer found (its places are ``rule:dateline``
    entities), whole: places, date and the bracketed sources, bylines among them (``لاہور (سپورٹس
    ڈیسک)``: a desk names no entity, so the entity ranges alone leave it to the phrases)."""
    placed = {(e.span.token_start, e.span.token_end) for e in doc.entities
              if e.source == DATELINE_SOURCE and e.label == "LOCATION"}
    if not placed:
        return []
    out = []
    for i in line_firsts(doc.text, doc.token_starts):
        d = find_dateline(forms, i, months=date_words_of_datelines(), is_place=lambda a, b: (a, b) in placed)
        if d is not None and placed.intersection(d.places):
            out.append((i, d.end))
    return out

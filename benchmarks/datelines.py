"""Datelines in the COUNTER articles: how many the rule reads (``khabar.urdu.datelines``), and how the
news NER model alone had read them — its raw spans, before the component's rules.

    KHABAR_DATA=../shared/data .venv/bin/python benchmarks/datelines.py

For each dateline found at the start of one of an article's first lines: whether the model's spans over
it equal the rule's (places LOCATION, date DATE, listed agencies and outlets ORGANIZATION, bylines
nothing), whether each place is exactly a LOCATION span, and whether a model span runs into or out of
the dateline's brackets (``ماسکو (``, ``اکتوبر ( اے پی پی``).
"""

from __future__ import annotations

import sys


def main() -> int:
    from khabar.components.tagger import sentence_ranges, token_forms
    from khabar.loading import load
    from khabar.ml.ner import spans_from_tags
    from khabar.training import news_eval as ne
    from khabar.urdu.datelines import date_words_of_datelines, find_dateline

    nlp = load("text")
    model = load("news").get("ner").model  # type: ignore[attr-defined]
    months = date_words_of_datelines()
    files = sorted(ne.counter_dir().glob("*.xml"))
    found = same = place_wrong = crossed = 0
    for f in files:
        text, _ = ne.counter_text(f)
        doc = nlp(text[:400])
        forms = token_forms(doc)
        spans: set[tuple[int, int, str]] = set()
        ranges = sentence_ranges(doc)
        for (a, _), pred in zip(ranges, model.predict_batch([forms[a:b] for a, b in ranges]), strict=True):
            spans.update((a + s, a + e, lab) for s, e, lab in spans_from_tags(pred.tags))
        locations = {(s, e) for s, e, lab in spans if lab == "LOCATION"}
        d = None
        for i in range(len(forms)):
            if i and "\n" not in doc.text[doc.token_ends[i - 1]:doc.token_starts[i]]:
                continue
            d = find_dateline(forms, i, months=months, is_place=lambda a, b, known=locations: (a, b) in known)
            if d is not None:
                break
        if d is None:
            continue
        found += 1
        rule = {(a, b, "LOCATION") for a, b in d.places}
        rule |= {(a, b, "ORGANIZATION") for a, b, _ in d.organizations}
        if d.date is not None:
            rule.add((*d.date, "DATE"))
        claimed = {t for a, b, _ in rule for t in range(a, b)}
        claimed |= {t for a, b in d.bylines for t in range(a, b)}
        if d.bracket is not None:
            claimed |= {d.bracket[0] - 1, d.bracket[1]}
        over = {s for s in spans if claimed.intersection(range(s[0], s[1]))}
        same += over == rule
        place_wrong += not all((a, b) in locations for a, b in d.places)
        if d.bracket is not None:
            inside = set(range(d.bracket[0] - 1, d.bracket[1] + 1))
            crossed += any(set(range(s, e)) & inside and not set(range(s, e)) <= inside for s, e, _ in spans)
    print(f"{len(files)} COUNTER articles; a dateline read by the rule in {found}")
    print(f"  the model's spans equal the rule's: {same}")
    print(f"  a place not exactly a LOCATION span: {place_wrong}")
    print(f"  a span running into or out of the brackets: {crossed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

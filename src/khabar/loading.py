"""``khabar.load(name)``: build a named pipeline from package resources. Nothing is downloaded."""

from __future__ import annotations

from typing import Any

from khabar.components.registry import create
from khabar.errors import ConfigError
from khabar.pipeline import Pipeline

_TEXT = ("normalizer", "tokenizer", "sentencizer")
_TAGGING = ("normalizer", "langcheck", "tokenizer", "sentencizer", "tagger", "lemmatizer")
_ENTITIES = (*_TAGGING, "ner", "linker")
#: dates come before quotes and events: an event's resolved date is the date expression of its sentence
_FULL = (*_ENTITIES, "dates", "quotes", "events", "keyphrases", "summary")

#: Named pipelines: component names in order. ``default`` reads a report from raw text to quotes and
#: events; the others stop earlier (faster): ``entities`` after linking, ``tagging`` after lemmas,
#: ``text`` is the rules-only text layer (no learned component), the one the speed benchmark
#: measures. ``news`` is the full chain under the name the news components were first released with.
PIPELINES: dict[str, tuple[str, ...]] = {
    "default": _FULL,
    "news": _FULL,
    "entities": _ENTITIES,
    "tagging": _TAGGING,
    "text": _TEXT,
}

#: Config each named pipeline gives its components (a user's ``overrides`` win): every pipeline
#: but ``text`` repairs missing spaces (فرمایاکہ → فرمایا کہ) with the learned word segmenter.
CONFIGS: dict[str, dict[str, dict[str, Any]]] = {
    name: {"normalizer": {"repair_spaces": True}} for name in ("default", "news", "entities", "tagging")
}


def load(name: str = "default", **overrides: Any) -> Pipeline:
    """Pipeline ``name``; ``overrides`` maps a component name to a dict of config values, e.g.
    ``load(normalizer={"digits": "urdu"})``."""
    try:
        names = PIPELINES[name]
    except KeyError:
        raise ConfigError(f"no pipeline {name!r}; known: {', '.join(sorted(PIPELINES))}") from None
    unknown = set(overrides) - set(names)
    if unknown:
        raise ConfigError(f"pipeline {name!r} has no component(s) {sorted(unknown)} to configure")
    base = CONFIGS.get(name, {})
    return Pipeline([create(n, **(base.get(n, {}) | overrides.get(n, {}))) for n in names], name=name)

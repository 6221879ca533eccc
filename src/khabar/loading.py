"""``khabar.load(name)``: build a named pipeline from package resources. Nothing is downloaded."""

from __future__ import annotations

from typing import Any

from khabar.components.registry import create
from khabar.errors import ConfigError
from khabar.pipeline import Pipeline

#: Named pipelines: component names in order.
PIPELINES: dict[str, tuple[str, ...]] = {
    "default": ("normalizer", "langcheck", "tokenizer", "sentencizer", "tagger", "lemmatizer"),
    "text": ("normalizer", "tokenizer", "sentencizer"),
}

#: Config each named pipeline gives its components (a user's ``overrides`` win). The default
#: pipeline repairs missing spaces (فرمایاکہ → فرمایا کہ) with the learned segmenter; ``text`` is
#: the rules-only text layer (no learned component), the one the speed benchmark measures.
CONFIGS: dict[str, dict[str, dict[str, Any]]] = {
    "default": {"normalizer": {"repair_spaces": True}},
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

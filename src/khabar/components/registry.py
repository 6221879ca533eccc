"""The one explicit registry of components: name -> (class, config class)."""

from __future__ import annotations

from typing import Any

from khabar.components.dates import DateExtractor, DatesConfig
from khabar.components.events import EventExtractor, EventsConfig
from khabar.components.keyphrases import KeyphraseExtractor, KeyphrasesConfig
from khabar.components.langcheck import LangCheck, LangCheckConfig
from khabar.components.lemmatizer import Lemmatizer, LemmatizerConfig
from khabar.components.linker import Linker, LinkerConfig
from khabar.components.ner import NerComponent, NerConfig
from khabar.components.normalizer import Normalizer, NormalizerComponentConfig
from khabar.components.quotes import QuoteExtractor, QuotesConfig
from khabar.components.summary import Summarizer, SummaryConfig
from khabar.components.tagger import TaggerComponent, TaggerConfig
from khabar.components.tokenizer import Sentencizer, SentencizerConfig, Tokenizer, TokenizerConfig
from khabar.errors import ConfigError
from khabar.pipeline.component import Component

REGISTRY: dict[str, tuple[type, type]] = {
    "normalizer": (Normalizer, NormalizerComponentConfig),
    "tokenizer": (Tokenizer, TokenizerConfig),
    "sentencizer": (Sentencizer, SentencizerConfig),
    "langcheck": (LangCheck, LangCheckConfig),
    "tagger": (TaggerComponent, TaggerConfig),
    "lemmatizer": (Lemmatizer, LemmatizerConfig),
    "ner": (NerComponent, NerConfig),
    "linker": (Linker, LinkerConfig),
    "quotes": (QuoteExtractor, QuotesConfig),
    "events": (EventExtractor, EventsConfig),
    "dates": (DateExtractor, DatesConfig),
    "keyphrases": (KeyphraseExtractor, KeyphrasesConfig),
    "summary": (Summarizer, SummaryConfig),
}


def create(name: str, **config: Any) -> Component:
    """Build component ``name`` with a config made from keyword arguments (checked)."""
    try:
        cls, cfg_cls = REGISTRY[name]
    except KeyError:
        raise ConfigError(f"no component {name!r}; known: {', '.join(sorted(REGISTRY))}") from None
    try:
        cfg = cfg_cls(**config)
    except TypeError as exc:
        raise ConfigError(f"bad config for {name}: {exc}") from exc
    component: Component = cls(cfg)
    return component

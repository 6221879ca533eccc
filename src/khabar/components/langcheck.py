"""Language check: notice when the text is not Urdu (Persian, Arabic, Roman Urdu, English, ...).

It writes no annotation others read: it stores the guess in ``doc.meta["language"]`` (a code of
:mod:`khabar.urdu.script`) and ``doc.meta["language_confidence"]``, records the ``language`` layer in
the provenance, and adds a notice ``language.<name>`` when the text is in another language. It reads
``doc.raw_text``, not the normalized text: normalization maps Arabic ي ك ه to Urdu letters and would
hide the evidence it looks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from khabar.doc.model import Document
from khabar.errors import ConfigError
from khabar.urdu import script

#: Notice code for each language that is not Urdu.
NOTICE_CODES: dict[str, str] = {
    script.PERSIAN: "language.persian",
    script.ARABIC: "language.arabic",
    script.ROMAN_URDU: "language.roman_urdu",
    script.ENGLISH: "language.english",
    script.OTHER: "language.other",
}

_ADVICE: dict[str, str] = {
    script.ROMAN_URDU: "khabar reads Urdu in Urdu script: transliterate the text first",
    script.OTHER: "khabar's rules and models are for Urdu: expect poor results",
}


@dataclass(frozen=True, kw_only=True)
class LangCheckConfig:
    #: a guess less sure than this gives no notice (the language is still stored in ``meta``)
    min_confidence: float = 0.3
    #: evidence words needed before a language is named (see :func:`khabar.urdu.script.identify`)
    min_evidence: float = script.MIN_EVIDENCE
    #: characters looked at, from the start of the text
    sample_chars: int = script.SAMPLE_CHARS

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"min_confidence must be in [0, 1], not {self.min_confidence!r}")
        if self.min_evidence <= 0:
            raise ConfigError(f"min_evidence must be positive, not {self.min_evidence!r}")
        if self.sample_chars < 1:
            raise ConfigError(f"sample_chars must be at least 1, not {self.sample_chars!r}")


class LangCheck:
    name: ClassVar[str] = "langcheck"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    provides: ClassVar[tuple[str, ...]] = ("language",)

    def __init__(self, config: LangCheckConfig | None = None) -> None:
        self.config = config or LangCheckConfig()

    def __call__(self, doc: Document) -> Document:
        cfg = self.config
        guess = script.identify(doc.raw_text or doc.text, min_evidence=cfg.min_evidence,
                                sample_chars=cfg.sample_chars)
        doc.meta["language"] = guess.language
        doc.meta["language_confidence"] = guess.confidence
        code = NOTICE_CODES.get(guess.language)
        if code is not None and guess.confidence >= cfg.min_confidence:
            what = (f"looks like {guess.name}, not Urdu" if guess.language != script.OTHER
                    else f"does not look like Urdu: another language in {guess.script} script")
            advice = _ADVICE.get(guess.language, f"khabar's rules and models are for Urdu, not {guess.name}: "
                                 "expect poor results")
            doc.notice(code, f"the text {what} (confidence {guess.confidence:.2f}; {guess.explain()}); "
                             f"{advice}", self.name)
        return doc

"""Urdu-correct normalization as an ordered tuple of named rules, with an offset alignment.

Each :class:`Rule` is data: a name, a one-line reason, what it matches and what it writes. The
engine applies them in order; a rule that changes the length of the text records :class:`Edit` s, so
:class:`Alignment` maps every offset of the result back to the user's raw text. Rules that replace
one character by one character need no edit (offsets do not move); ``Alignment.changes`` still lists
what they changed.

Urdu is not Persian: ہ ے ٹ ۔ stay as they are. Contextual choices (Arabic heh as ہ or ھ, a
word-internal ے meant as ی) are checked against Urdu word frequencies, so a rule never turns a
word into one Urdu does not write.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from typing import Any

import regex

from khabar.doc.alignment import Alignment, Edit
from khabar.errors import ConfigError
from khabar.urdu import chars as C
from khabar.urdu import lexicon

DIGIT_FORMS = {"ascii": C.ASCII_DIGITS, "urdu": C.URDU_DIGITS, "keep": ""}
ZWNJ_POLICIES = ("keep", "remove", "space")


@dataclass(frozen=True, kw_only=True)
class NormalizerConfig:
    """What the normalizer does. Defaults suit search and the trained models."""

    #: "ascii" (0-9), "urdu" (۰-۹) or "keep"
    digits: str = "ascii"
    #: remove optional vowel marks (zabar, zer, pesh, shadda, jazm, tanween, khari zabar)
    strip_diacritics: bool = True
    #: ZWNJ between letters marks a sub-word boundary: "keep" it, "remove" it, or make it a "space"
    zwnj: str = "keep"
    #: turn a word-internal ے into ی where Urdu writes ی (مےں → میں); checked against word lists
    fix_yeh_barree: bool = True
    #: complete a word-final ئ typed for ئی or for ء (گئ → گئی, وزرائ → وزراء); checked against word lists
    fix_final_yeh_hamza: bool = True
    #: write hamza on waw as one letter ؤ where it was typed ئو (رہنمائوں → رہنماؤں) or lost to a font
    #: converter's ¿ (ہاو¿س → ہاؤس); the first checked against word lists
    fix_waw_hamza: bool = True

    def __post_init__(self) -> None:
        if self.digits not in DIGIT_FORMS:
            raise ConfigError(f"digits must be one of {sorted(DIGIT_FORMS)}, not {self.digits!r}")
        if self.zwnj not in ZWNJ_POLICIES:
            raise ConfigError(f"zwnj must be one of {ZWNJ_POLICIES}, not {self.zwnj!r}")



Replacer = Callable[[Any], str]  # called with a re.Match or a regex.Match


@dataclass(frozen=True)
class Rule:
    """One normalization step.

    Exactly one of ``table`` (one character -> one character, offsets unchanged) or ``pattern`` +
    ``replace`` (a regex and its replacement string or function) is set. ``when`` decides from the
    config whether the rule runs; ``table_for`` builds a config-dependent table.
    """

    name: str
    reason: str
    pattern: str | None = None
    replace: str | Replacer | None = None
    table: dict[str, str] | None = None
    table_for: Callable[[NormalizerConfig], dict[str, str]] | None = None
    #: a config-dependent replacement string (instead of ``replace``)
    replace_for: Callable[[NormalizerConfig], str] | None = None
    when: Callable[[NormalizerConfig], bool] = field(default=lambda _cfg: True)
    #: set when every replacement has the length of what it replaces (no edits needed)
    keeps_length: bool = False
    #: characters of which at least one must occur for the rule to act (skipped cheaply otherwise);
    #: empty = always run. Tables use their keys.
    chars: str = ""
    #: a cheap test that the rule can act on a text (skipped when it says no); None = always try
    applies: Callable[[str], bool] | None = None


# --- helpers used by contextual rules -------------------------------------------------------------
_ASPIRABLE = set(C.ASPIRABLE)
_LETTER = r"\p{L}"


def _best_spelling(word: str, positions: list[int], options: tuple[str, ...]) -> str:
    """Among spellings of ``word`` with each position set to one of ``options``, the most frequent."""
    best = word
    best_z = -1.0
    for combo in product(options, repeat=min(len(positions), 4)):
        chars = list(word)
        for p, ch in zip(positions, combo, strict=False):
            chars[p] = ch
        cand = "".join(chars)
        z = lexicon.zipf(cand)
        if z > best_z:
            best, best_z = cand, z
    return best if best_z > 0 else ""


def _fix_arabic_heh(m: regex.Match[str]) -> str:
    """ه → ہ, or ھ where it follows a consonant that takes aspiration and Urdu spells it so."""
    return _arabic_heh_word(m.group())


@lru_cache(maxsize=8192)
def _arabic_heh_word(word: str) -> str:
    chars = list(word)
    ambiguous: list[int] = []
    for i, ch in enumerate(chars):
        if ch != C.HEH_ARABIC:
            continue
        if i > 0 and chars[i - 1] in _ASPIRABLE:
            ambiguous.append(i)
        else:
            chars[i] = C.HEH_GOAL
    if ambiguous:
        resolved = _best_spelling("".join(chars), ambiguous, (C.HEH_DOACHASHMEE, C.HEH_GOAL))
        if resolved:
            return resolved
        # unknown word: aspiration when a letter follows (بهاری → بھاری), else choti he (که → کہ)
        for i in ambiguous:
            follows_letter = i + 1 < len(chars) and chars[i + 1].isalpha()
            chars[i] = C.HEH_DOACHASHMEE if follows_letter else C.HEH_GOAL
    return "".join(chars)


_FUTURE_END = regex.compile(C.YEH_BARREE + "(?:" + "|".join(C.FUTURE_SUFFIXES) + ")$")
_MEDIAL_YEH_BARREE = regex.compile(C.YEH_BARREE + r"(?=\p{L})")


def _fix_yeh_barree(m: regex.Match[str]) -> str:
    """A word-internal ے that stands for ی (مےں → میں), when Urdu word lists agree."""
    return _yeh_barree_word(m.group())


@lru_cache(maxsize=8192)
def _yeh_barree_word(word: str) -> str:
    body_start = 2 if word.startswith(C.BE_PREFIX) and len(word) > 3 else 0
    # keep a joined future ending as it is: جائےگا is جائے گا, not جائیگا
    fut = _FUTURE_END.search(word)
    limit = fut.start() if fut else len(word)
    positions = [mm.start() for mm in _MEDIAL_YEH_BARREE.finditer(word, body_start, limit)]
    if not positions:
        return word
    chars = list(word)
    for p in positions:
        chars[p] = C.FARSI_YEH
    candidate = "".join(chars)
    if lexicon.zipf(candidate) >= 3.0 and lexicon.zipf(candidate) >= lexicon.zipf(word) + 1.0:
        return candidate
    return word


#: what no word-final letter has after it: a letter, or a mark (ئٔ: the word goes on)
_WORD_ENDS = r"(?![\p{L}\p{M}])"
_FINAL_YEH_HAMZA = regex.compile(C.YEH_HAMZA + _WORD_ENDS)


def _fix_final_yeh_hamza(m: regex.Match[str]) -> str:
    """A word-final ئ that stands for ئی or ء, when Urdu word lists agree: the replacement of the ئ
    alone, decided on the whole word it ends."""
    text, end = m.string, m.start()
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1].isdigit()):
        start -= 1
    word = text[start:end] + C.YEH_HAMZA
    return _final_yeh_hamza_word(word)[end - start:]


@lru_cache(maxsize=8192)
def _final_yeh_hamza_word(word: str) -> str:
    # a year's ء after its digits (2013ئ → 2013ء), the ی a writer left off (گئ → گئی, نئ → نئی), or
    # the hamza of an Arabic plural (وزرائ → وزراء); never ئے, which of گئی and گئے is meant is unknown
    stem = word[:-1]
    if stem and stem[-1].isdigit():
        return stem + C.HAMZA
    here = lexicon.zipf(word)
    best, best_z = word, 0.0
    for cand in (word + C.FARSI_YEH, stem + C.HAMZA):
        z = lexicon.zipf(cand)
        if z > best_z:
            best, best_z = cand, z
    return best if best_z >= 4.0 and best_z >= here + 1.0 else word


_YEH_HAMZA_WAW = C.YEH_HAMZA + C.WAW


def _fix_waw_hamza(m: regex.Match[str]) -> str:
    """ئو in a word is ؤ typed as two letters (رہنمائوں → رہنماؤں), when Urdu word lists agree: the
    replacement of the two letters alone, decided on the whole word."""
    text, start, end = m.string, m.start(), m.end()
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return C.WAW_HAMZA if _waw_hamza_word(text[start:end]) != text[start:end] else m.group()


@lru_cache(maxsize=8192)
def _waw_hamza_word(word: str) -> str:
    # Pakistani papers type ؤ as ئو (the InPage habit); the word lists know both spellings of the
    # common words and keep the ones where ئ and و are two letters (سیئول, Seoul; گئو)
    candidate = word.replace(_YEH_HAMZA_WAW, C.WAW_HAMZA)
    z = lexicon.zipf(candidate)
    return candidate if z >= 3.0 and z >= lexicon.zipf(word) + 0.5 else word


def _digit_table(cfg: NormalizerConfig) -> dict[str, str]:
    target = DIGIT_FORMS[cfg.digits]
    table: dict[str, str] = {}
    for source in (C.ASCII_DIGITS, C.ARABIC_INDIC_DIGITS, C.URDU_DIGITS):
        if source != target:
            table.update(zip(source, target, strict=True))
    if cfg.digits == "ascii":
        table.update({C.ARABIC_PERCENT: C.PERCENT, C.ARABIC_DECIMAL_SEP: C.FULL_STOP,
                      C.ARABIC_THOUSANDS_SEP: C.COMMA})
    elif cfg.digits == "urdu":
        table.update({C.PERCENT: C.ARABIC_PERCENT})
    return table


def _not_nfc(text: str) -> bool:
    """Whether NFC would change ``text`` (a fast C check; a scan for clusters only then)."""
    return not unicodedata.is_normalized("NFC", text)


def _zwnj_replace(cfg: NormalizerConfig) -> str:
    return {"remove": "", "space": C.SPACE}.get(cfg.zwnj, C.ZWNJ)


def _whitespace_run(m: regex.Match[str]) -> str:
    """A run of spaces and line breaks becomes "" at the text's edges, else " ", "\\n" or "\\n\\n"."""
    s, e = m.span()
    if s == 0 or e == len(m.string):
        return ""
    breaks = m.group().count("\n")
    return " " if breaks == 0 else "\n" if breaks == 1 else "\n\n"


def _untidy_whitespace(text: str) -> bool:
    """Whether :func:`_whitespace_run` has anything to do (substring tests are much faster than a scan)."""
    return (
        "  " in text or " \n" in text or "\n " in text or "\n\n\n" in text
        or text[:1] in (" ", "\n") or text[-1:] in (" ", "\n")
    )


def _nfc(m: regex.Match[str]) -> str:
    return unicodedata.normalize("NFC", m.group())


_INVISIBLE = C.BOM + C.BIDI_CONTROLS + C.WORD_JOINER + C.SOFT_HYPHEN + C.VARIATION_SELECTORS
_DEL = "[" + regex.escape(_INVISIBLE) + "]+"


def _presentation_form(m: regex.Match[str]) -> str:
    """A positional glyph becomes its letter (ﻻ becomes لا); a spacing vowel-mark form its mark."""
    return "".join(unicodedata.normalize("NFKC", ch).lstrip(C.SPACE) for ch in m.group())

#: The ordered rules. Each has a test in tests/urdu/test_normalize.py.
RULES: tuple[Rule, ...] = (
    Rule("nfc", "compose decomposed letters (ي+ٔ→ئ, ا+ٓ→آ, و+ٔ→ؤ, ہ+ٔ→ۂ) as Unicode NFC",
         pattern=r"\P{M}\p{M}+", replace=_nfc, applies=_not_nfc),
    Rule("invisible_controls", "BOM, bidi marks, word joiners, soft hyphens and variation selectors "
         "steer display, they are not text", pattern=_DEL, replace="", chars=_INVISIBLE),
    Rule("presentation_forms", "positional glyphs from PDFs and old software are letters (ﭘﺎﮐ → پاک)",
         pattern="[" + C.PRESENTATION_FORMS + "]", replace=_presentation_form,
         chars=C.PRESENTATION_FORMS),
    Rule("line_breaks", "CRLF and CR are one line break", pattern=r"\r\n?", replace="\n", chars="\r"),
    Rule("space_variants", "no-break, thin and other spaces, tabs and zero-width spaces are spaces",
         table=dict.fromkeys(C.OTHER_SPACES + C.ZWSP, C.SPACE)),
    Rule("tatweel", "kashida only stretches a letter for display", pattern=C.TATWEEL + "+",
         replace="", chars=C.TATWEEL),
    Rule("diacritics", "optional vowel marks (aerab) make the same word look different",
         pattern="[" + C.DIACRITICS + "]+", replace="", when=lambda cfg: cfg.strip_diacritics,
         chars=C.DIACRITICS),
    Rule("zwnj_redundant", "a ZWNJ or ZWJ next to a space, a line break or an edge separates nothing",
         pattern=rf"[{C.ZWNJ}{C.ZWJ}]+(?=[ \n]|$)|(?<=^|[ \n])[{C.ZWNJ}{C.ZWJ}]+", replace="",
         chars=C.ZWNJ + C.ZWJ),
    Rule("zwj", "ZWJ only forces a joined glyph shape; it is not part of the word",
         pattern=C.ZWJ + "+", replace="", chars=C.ZWJ),
    Rule("zwnj_policy", "a ZWNJ between letters marks a sub-word boundary: keep, remove or space",
         pattern=C.ZWNJ + "+", replace_for=_zwnj_replace, when=lambda cfg: cfg.zwnj != "keep",
         chars=C.ZWNJ),
    Rule("yeh_hamza", "Urdu writes hamza on yeh as one letter ئ (یٔ → ئ)",
         pattern="[" + C.FARSI_YEH + C.ALEF_MAKSURA + C.YEH_ARABIC + "]" + C.HAMZA_ABOVE, replace=C.YEH_HAMZA,
         chars=C.HAMZA_ABOVE),
    Rule("yeh_barree_hamza", "ۓ is written ئے in standard Urdu (گۓ → گئے)",
         pattern=f"(?:{C.YEH_BARREE_HAMZA}|{C.YEH_BARREE}{C.HAMZA_ABOVE}){C.HAMZA_ABOVE}*",
         replace=C.YEH_HAMZA + C.YEH_BARREE, chars=C.YEH_BARREE_HAMZA + C.HAMZA_ABOVE),
    Rule("arabic_letters", "Arabic code points of Urdu letters: ي ى → ی, ك → ک, ة → ۃ, ۀ → ۂ, ٱ → ا",
         table={C.YEH_ARABIC: C.FARSI_YEH, C.ALEF_MAKSURA: C.FARSI_YEH, C.KAF_ARABIC: C.KEHEH,
                C.TEH_MARBUTA: C.TEH_MARBUTA_GOAL, C.HEH_YEH_ABOVE: C.HEH_GOAL_HAMZA,
                C.ALEF_WASLA: C.ALEF}),
    Rule("arabic_heh", "Arabic heh ه is ہ, or ھ after a consonant Urdu aspirates (بهی → بھی)",
         pattern=rf"(?<!{_LETTER}){_LETTER}*{C.HEH_ARABIC}{_LETTER}*", replace=_fix_arabic_heh,
         keeps_length=True, chars=C.HEH_ARABIC),
    Rule("yeh_barree_medial", "ے inside a word is a typing error for ی (مےں → میں, اےک → ایک)",
         pattern=rf"(?<!{_LETTER}){_LETTER}*{C.YEH_BARREE}{_LETTER}+", replace=_fix_yeh_barree,
         when=lambda cfg: cfg.fix_yeh_barree, keeps_length=True, chars=C.YEH_BARREE,
         applies=lambda text: _MEDIAL_YEH_BARREE.search(text) is not None),
    Rule("waw_hamza_lost", "a ¿ after و in a word is the hamza a font converter lost (ہاو¿س → ہاؤس, "
         "پھیلاو¿ → پھیلاؤ)",
         pattern=rf"(?<=\p{{Arabic}}){C.WAW}¿", replace=C.WAW_HAMZA,
         when=lambda cfg: cfg.fix_waw_hamza, chars="¿"),
    Rule("waw_hamza", "ؤ typed as ئو is one letter where word lists agree (رہنمائوں → رہنماؤں, "
         "دبائو → دباؤ; سیئول stays)",
         pattern=_YEH_HAMZA_WAW, replace=_fix_waw_hamza,
         when=lambda cfg: cfg.fix_waw_hamza, chars=C.YEH_HAMZA,
         applies=lambda text: _YEH_HAMZA_WAW in text),
    Rule("digits", "one digit form, so ۲۰۲۴, ٢٠٢٤ and 2024 are the same number",
         table_for=_digit_table, when=lambda cfg: cfg.digits != "keep"),
    Rule("yeh_hamza_final", "a word-final ئ is ئی typed without its ی (گئ → گئی, نئ → نئی) or a hamza "
         "(وزرائ → وزراء, 2013ئ → 2013ء)",
         pattern=rf"(?<=[\p{{L}}\p{{N}}]){C.YEH_HAMZA}{_WORD_ENDS}", replace=_fix_final_yeh_hamza,
         when=lambda cfg: cfg.fix_final_yeh_hamza, chars=C.YEH_HAMZA,
         applies=lambda text: _FINAL_YEH_HAMZA.search(text) is not None),
    Rule("nfc_again", "rules above can leave a decomposable pair (ه+ٔ became ہ+ٔ): compose it",
         pattern=r"\P{M}\p{M}+", replace=_nfc, applies=_not_nfc),
    Rule("whitespace", "one space between words, one line break between lines, at most one blank "
         "line between paragraphs, none at the edges of lines or of the text",
         pattern=r"[ \n]{2,}|\A[ \n]|[ \n]\Z", replace=_whitespace_run, applies=_untidy_whitespace),
)


@dataclass(frozen=True)
class Normalized:
    """The result of normalization: the text and its alignment to the raw input."""

    text: str
    alignment: Alignment


class Normalizer:
    """Applies :data:`RULES` (or a given rule tuple) under one config. Compiled once, reused."""

    @classmethod
    def with_settings(cls, settings: Mapping[str, Any] | None) -> Normalizer:
        """The normalizer of ``settings`` over the defaults (a trainer's ``normalizer``
        hyper-parameter: ``{"fix_waw_hamza": False}``); the defaults' for None or none."""
        return cls(NormalizerConfig(**settings) if settings else None)

    def __init__(self, config: NormalizerConfig | None = None,
                 rules: tuple[Rule, ...] = RULES) -> None:
        self.config = config or NormalizerConfig()
        self.rules = rules
        # consecutive one-to-one tables are fused into one character class and applied together
        self._steps: list[tuple[str, _Pattern, str | Replacer, bool,
                                Callable[[str], bool] | None, frozenset[str]]] = []
        pending: dict[str, str] = {}
        for rule in rules:
            if not rule.when(self.config):
                continue
            if rule.table is not None or rule.table_for is not None:
                table = rule.table if rule.table is not None else rule.table_for(self.config)  # type: ignore[misc]
                pending = {k: table.get(v, v) for k, v in pending.items()} | {
                    k: v for k, v in table.items() if k not in pending
                }
                continue
            self._flush(pending)
            pending = {}
            replace = rule.replace_for(self.config) if rule.replace_for is not None else rule.replace
            if rule.pattern is None or replace is None:
                raise ConfigError(f"rule {rule.name} has neither a table nor a pattern")
            self._steps.append((rule.name, _compile(rule.pattern), replace, rule.keeps_length,
                                rule.applies, frozenset(rule.chars)))
        self._flush(pending)
        # one scan finds which gated rules can act at all
        gate = "".join(sorted({ch for step in self._steps for ch in step[5]}))
        self._gate = re.compile("[" + re.escape(gate) + "]") if gate else None

    def _flush(self, table: dict[str, str]) -> None:
        table = {k: v for k, v in table.items() if k != v}
        if not table:
            return
        pattern = re.compile("[" + "".join(re.escape(k) for k in sorted(table)) + "]")
        self._steps.append(("table", pattern, lambda m: table[m.group()], True, None,
                            frozenset(table)))

    def __call__(self, raw: str) -> Normalized:
        text = raw
        alignment = Alignment.identity(len(raw))
        gate = self._gate
        present: set[str] | None = None  # gated characters in ``text``, recomputed after a change
        for _name, pattern, replace, keeps_length, applies, chars in self._steps:
            if chars:
                if present is None:
                    present = set(gate.findall(text)) if gate is not None else set()
                if present.isdisjoint(chars):
                    continue
            if applies is not None and not applies(text):
                continue
            before = text
            if keeps_length:
                text = pattern.sub(replace, text)
            else:
                text, edits = _sub_with_edits(pattern, replace, text)
                if edits:
                    alignment = alignment.then(edits, len(text))
            if text is not before and text != before:
                present = None
        return Normalized(text, alignment)


_Pattern = re.Pattern[str] | regex.Pattern[str]


def _compile(pattern: str) -> _Pattern:
    """The standard library's ``re`` where it can express the pattern (its character-class scans are
    much faster), else ``regex`` (Unicode properties such as ``\\p{L}``, variable lookbehind)."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


def _sub_with_edits(pattern: _Pattern, replace: str | Replacer,
                    text: str) -> tuple[str, list[Edit]]:
    """``pattern.sub`` that also returns the edits for replacements that changed the length."""
    edits: list[Edit] = []
    parts: list[str] = []
    pos = 0
    shift = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        new = replace(m) if callable(replace) else m.expand(replace)
        if new == m.group():
            continue
        parts.append(text[pos:s])
        parts.append(new)
        pos = e
        if len(new) != e - s:
            edits.append(Edit(s, e, s + shift, s + shift + len(new)))
            shift += len(new) - (e - s)
        # same-length replacements keep offsets: no edit
    if not parts:
        return text, edits
    parts.append(text[pos:])
    return "".join(parts), edits


_default: Normalizer | None = None


def normalize(raw: str, config: NormalizerConfig | None = None) -> Normalized:
    """Normalize ``raw`` with the default rules (a convenience over :class:`Normalizer`)."""
    global _default
    if config is not None:
        return Normalizer(config)(raw)
    if _default is None:
        _default = Normalizer()
    return _default(raw)

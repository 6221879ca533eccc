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

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

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

    def __post_init__(self) -> None:
        if self.digits not in DIGIT_FORMS:
            raise ConfigError(f"digits must be one of {sorted(DIGIT_FORMS)}, not {self.digits!r}")
        if self.zwnj not in ZWNJ_POLICIES:
            raise ConfigError(f"zwnj must be one of {ZWNJ_POLICIES}, not {self.zwnj!r}")


Replacer = Callable[["regex.Match[str]"], str]


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
    when: Callable[[NormalizerConfig], bool] = field(default=lambda _cfg: True)
    #: set when every replacement has the length of what it replaces (no edits needed)
    keeps_length: bool = False
    #: a cheap pattern that must occur for ``pattern`` to match: the rule is skipped without it
    trigger: str | None = None


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


def _zwnj_replace(cfg: NormalizerConfig) -> str:
    return {"remove": "", "space": C.SPACE}.get(cfg.zwnj, C.ZWNJ)


def _whitespace_run(m: regex.Match[str]) -> str:
    """A run of spaces and line breaks becomes "" at the text's edges, else " ", "\\n" or "\\n\\n"."""
    s, e = m.span()
    if s == 0 or e == len(m.string):
        return ""
    breaks = m.group().count("\n")
    return " " if breaks == 0 else "\n" if breaks == 1 else "\n\n"


def _nfc(m: regex.Match[str]) -> str:
    return unicodedata.normalize("NFC", m.group())


_DEL = "[" + regex.escape(C.BOM + C.BIDI_CONTROLS + C.WORD_JOINER) + "]+"

#: The ordered rules. Each has a test in tests/urdu/test_normalize.py.
RULES: tuple[Rule, ...] = (
    Rule("nfc", "compose decomposed letters (ي+ٔ→ئ, ا+ٓ→آ, و+ٔ→ؤ, ہ+ٔ→ۂ) as Unicode NFC",
         pattern=r"\P{M}\p{M}+", replace=_nfc),
    Rule("invisible_controls", "BOM, bidi marks and word joiners steer display, they are not text",
         pattern=_DEL, replace=""),
    Rule("line_breaks", "CRLF and CR are one line break", pattern=r"\r\n?", replace="\n"),
    Rule("space_variants", "no-break, thin and other spaces, tabs and zero-width spaces are spaces",
         table=dict.fromkeys(C.OTHER_SPACES + C.ZWSP, C.SPACE)),
    Rule("tatweel", "kashida only stretches a letter for display", pattern=C.TATWEEL + "+",
         replace=""),
    Rule("diacritics", "optional vowel marks (aerab) make the same word look different",
         pattern="[" + C.DIACRITICS + "]+", replace="", when=lambda cfg: cfg.strip_diacritics),
    Rule("zwnj_redundant", "a ZWNJ or ZWJ next to a space, a line break or an edge separates nothing",
         pattern=rf"[{C.ZWNJ}{C.ZWJ}]+(?=[ \n]|$)|(?<=^|[ \n])[{C.ZWNJ}{C.ZWJ}]+", replace=""),
    Rule("zwj", "ZWJ only forces a joined glyph shape; it is not part of the word",
         pattern=C.ZWJ + "+", replace=""),
    Rule("zwnj_policy", "a ZWNJ between letters marks a sub-word boundary: keep, remove or space",
         pattern=C.ZWNJ + "+", replace=C.ZWNJ),
    Rule("yeh_hamza", "Urdu writes hamza on yeh as one letter ئ (یٔ → ئ)",
         pattern="[" + C.FARSI_YEH + C.ALEF_MAKSURA + "]" + C.HAMZA_ABOVE, replace=C.YEH_HAMZA),
    Rule("yeh_barree_hamza", "ۓ is written ئے in standard Urdu (گۓ → گئے)",
         pattern=f"(?:{C.YEH_BARREE_HAMZA}|{C.YEH_BARREE}{C.HAMZA_ABOVE}){C.HAMZA_ABOVE}*",
         replace=C.YEH_HAMZA + C.YEH_BARREE),
    Rule("arabic_letters", "Arabic code points of Urdu letters: ي ى → ی, ك → ک, ة → ۃ, ۀ → ۂ",
         table={C.YEH_ARABIC: C.FARSI_YEH, C.ALEF_MAKSURA: C.FARSI_YEH, C.KAF_ARABIC: C.KEHEH,
                C.TEH_MARBUTA: C.TEH_MARBUTA_GOAL, C.HEH_YEH_ABOVE: C.HEH_GOAL_HAMZA}),
    Rule("arabic_heh", "Arabic heh ه is ہ, or ھ after a consonant Urdu aspirates (بهی → بھی)",
         pattern=rf"(?<!{_LETTER}){_LETTER}*{C.HEH_ARABIC}{_LETTER}*", replace=_fix_arabic_heh,
         keeps_length=True, trigger=C.HEH_ARABIC),
    Rule("yeh_barree_medial", "ے inside a word is a typing error for ی (مےں → میں, اےک → ایک)",
         pattern=rf"(?<!{_LETTER}){_LETTER}*{C.YEH_BARREE}{_LETTER}+", replace=_fix_yeh_barree,
         when=lambda cfg: cfg.fix_yeh_barree, keeps_length=True, trigger=rf"{C.YEH_BARREE}\p{{L}}"),
    Rule("digits", "one digit form, so ۲۰۲۴, ٢٠٢٤ and 2024 are the same number",
         table_for=_digit_table, when=lambda cfg: cfg.digits != "keep"),
    Rule("nfc_again", "rules above can leave a decomposable pair (ه+ٔ became ہ+ٔ): compose it",
         pattern=r"\P{M}\p{M}+", replace=_nfc),
    Rule("whitespace", "one space between words, one line break between lines, at most one blank "
         "line between paragraphs, none at the edges of lines or of the text",
         pattern=r"[ \n]{2,}|\A[ \n]|[ \n]\Z", replace=_whitespace_run),
)


@dataclass(frozen=True)
class Normalized:
    """The result of normalization: the text and its alignment to the raw input."""

    text: str
    alignment: Alignment


class Normalizer:
    """Applies :data:`RULES` (or a given rule tuple) under one config. Compiled once, reused."""

    def __init__(self, config: NormalizerConfig | None = None,
                 rules: tuple[Rule, ...] = RULES) -> None:
        self.config = config or NormalizerConfig()
        self.rules = rules
        # consecutive one-to-one tables are fused into one character class and applied together
        self._steps: list[tuple[str, regex.Pattern[str], str | Replacer, bool,
                                regex.Pattern[str] | None]] = []
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
            if rule.pattern is None or rule.replace is None:
                raise ConfigError(f"rule {rule.name} has neither a table nor a pattern")
            replace = rule.replace
            if rule.name == "zwnj_policy":
                replace = _zwnj_replace(self.config)
                if replace == C.ZWNJ:
                    continue
            trigger = regex.compile(rule.trigger) if rule.trigger else None
            self._steps.append((rule.name, regex.compile(rule.pattern), replace, rule.keeps_length,
                                trigger))
        self._flush(pending)

    def _flush(self, table: dict[str, str]) -> None:
        table = {k: v for k, v in table.items() if k != v}
        if not table:
            return
        pattern = regex.compile("[" + "".join(regex.escape(k) for k in sorted(table)) + "]")
        self._steps.append(("table", pattern, lambda m: table[m.group()], True, None))

    def __call__(self, raw: str) -> Normalized:
        text = raw
        alignment = Alignment.identity(len(raw))
        for name, pattern, replace, keeps_length, trigger in self._steps:
            if name in ("nfc", "nfc_again") and unicodedata.is_normalized("NFC", text):
                continue
            if trigger is not None and not trigger.search(text):
                continue
            if keeps_length:
                if pattern.search(text):
                    text = pattern.sub(replace, text)
                continue
            text, edits = _sub_with_edits(pattern, replace, text)
            if edits:
                alignment = alignment.then(edits, len(text))
        return Normalized(text, alignment)


def _sub_with_edits(pattern: regex.Pattern[str], replace: str | Replacer,
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

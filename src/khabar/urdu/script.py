"""Which language is a text in? Urdu, or Persian / Arabic in the same script, Roman Urdu, English...

Pure functions over the text; nothing is loaded at import (the function-word list is read from the
package on first use). The method is evidence counting, word by word, so that every decision can be
explained and a short text is not over-read:

* **Arabic script.** A word holding a letter only Urdu writes (ٹ ڈ ڑ ں ے ھ ہ,
  :data:`khabar.urdu.chars.URDU_ONLY_LETTERS`) is Urdu evidence; so is an Urdu function word
  (کے کی ہے میں نے ...). Persian function words (است را که می ...) and the Persian ۀ are Persian
  evidence; Arabic function words (في على التي ...) and words with ة are Arabic evidence, ال-words
  at half weight and words spelled with the Arabic code points ي ك ى at a quarter (Urdu news is often
  typed so). Urdu and Persian words are matched after folding ي ى → ی and ك → ک, Arabic words as
  Arabic spells them. A letter of no Urdu/Persian/Arabic alphabet (Pashto ټ, Sindhi ڪ,
  Kurdish ڵ ...) is evidence of another language in Arabic script.
* **Latin script.** Roman Urdu function words (hai, ke, ki, mein, ne, aur, nahi ...) against English
  ones (the, of, and, is ...); a word in both lists is in neither.
* **Other scripts** (Devanagari, Cyrillic, ...): language ``"other"`` with the script named.

Each word counts for at most one language. The language with the most evidence wins when it has at
least ``min_evidence`` words of it; otherwise the answer is :data:`UNKNOWN` ("und"): a single name
such as ایران or پاکستان is evidence of nothing. ``confidence`` is the winner's share of all evidence
times ``n / (n + 2)`` for ``n`` evidence words, so two words of clean evidence give 0.5, twenty 0.91.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from khabar.errors import DataError
from khabar.urdu import chars as C

URDU = "ur"
PERSIAN = "fa"
ARABIC = "ar"
ROMAN_URDU = "ur-Latn"
ENGLISH = "en"
#: A language this module does not tell apart (another Arabic-script, Latin-script or other-script one).
OTHER = "other"
#: Undetermined: too little evidence to say (BCP 47 "und").
UNKNOWN = "und"

LANGUAGE_NAMES: dict[str, str] = {
    URDU: "Urdu", PERSIAN: "Persian", ARABIC: "Arabic", ROMAN_URDU: "Roman Urdu",
    ENGLISH: "English", OTHER: "another language", UNKNOWN: "undetermined",
}

#: Evidence words needed before a language is named.
MIN_EVIDENCE = 2.0
#: Characters of a long text that are looked at (its beginning): enough, and fast on a whole book.
SAMPLE_CHARS = 5_000
#: Latin-script words without any function word needed before the text is called ``other``.
MIN_OTHER_LATIN_WORDS = 6

_FOLD = str.maketrans({C.YEH_ARABIC: C.FARSI_YEH, C.ALEF_MAKSURA: C.FARSI_YEH,
                       C.KAF_ARABIC: C.KEHEH})
_STRIP_MARKS = dict.fromkeys(map(ord, C.DIACRITICS + C.TATWEEL))
_ARABIC_WORD = regex.compile(r"(?V1)[\p{Script=Arabic}&&\p{L}]+")
_LATIN_WORD = regex.compile(r"(?V1)[\p{Script=Latin}&&\p{L}]+")
_OTHER_LETTER = regex.compile(r"(?V1)[\p{L}--\p{Script=Arabic}--\p{Script=Latin}]")
_URDU_ONLY = frozenset(C.URDU_ONLY_LETTERS)
_ARABIC_CODE_POINTS = frozenset(C.YEH_ARABIC + C.KAF_ARABIC + C.ALEF_MAKSURA)
_URDU_PERSIAN_LETTERS = frozenset(C.FARSI_YEH + C.KEHEH + C.PEH + C.TCHEH + C.JEH + C.GAF)
_ARABIC_ARTICLE = C.ALEF + C.LAM
#: The letters of the Urdu, Persian and Arabic alphabets (the basic Arabic block hamza..yeh, and the
#: extensions these languages use); any other Arabic-script letter belongs to another language.
_KNOWN_LETTERS = frozenset(
    "".join(chr(c) for c in range(0x0621, 0x064B))
    + C.PEH + C.TCHEH + C.JEH + C.GAF + C.KEHEH + C.FARSI_YEH + C.YEH_BARREE + C.YEH_BARREE_HAMZA
    + C.TTEH + C.DDAL + C.RREH + C.NOON_GHUNNA + C.HEH_DOACHASHMEE + C.HEH_GOAL + C.HEH_GOAL_HAMZA
    + C.HEH_YEH_ABOVE + C.TEH_MARBUTA_GOAL + C.ALEF_WASLA + C.TATWEEL
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """``count`` words of ``kind`` (e.g. ``"function word"``) with ``item`` speak for ``language``."""

    language: str
    kind: str
    item: str
    count: int

    def __str__(self) -> str:
        return f"{self.kind} {self.item} x{self.count}" if self.item else f"{self.kind} x{self.count}"


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The language of a text (a code of this module: ``"ur"``, ``"fa"``, ``"ar"``, ``"ur-Latn"``,
    ``"en"``, ``"other"`` or ``"und"``), how sure, in which script, and why."""

    language: str
    confidence: float
    script: str
    evidence: tuple[Evidence, ...] = ()
    #: evidence words per language, best first
    scores: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        if self.language not in LANGUAGE_NAMES:
            raise ValueError(f"unknown language code {self.language!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside [0, 1]")

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES[self.language]

    @property
    def is_urdu(self) -> bool:
        return self.language == URDU

    def explain(self, limit: int = 4) -> str:
        """The strongest evidence for the guessed language, for people (one line)."""
        mine = [e for e in self.evidence if e.language == self.language][:limit]
        return "; ".join(map(str, mine)) if mine else "no evidence"


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """language -> its function words (``urdu/data/function_words.tsv``; Urdu and Persian folded)."""
    words: dict[str, set[str]] = {}
    try:
        text = resources.files("khabar").joinpath("urdu/data/function_words.tsv").read_text("utf-8")
    except OSError as exc:  # a broken installation
        raise DataError(f"khabar's function-word list is missing: {exc}; reinstall khabar") from exc
    header_seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(cols) != 3 or cols[0] not in LANGUAGE_NAMES:
            raise DataError(f"function_words.tsv line {n}: expected language, word, note: {line!r}")
        lang, word = cols[0], cols[1]
        if lang in (URDU, PERSIAN):
            word = word.translate(_FOLD)
        words.setdefault(lang, set()).add(word)
    return {k: frozenset(v) for k, v in words.items()}


def identify(text: str, *, min_evidence: float = MIN_EVIDENCE,
             sample_chars: int = SAMPLE_CHARS) -> LanguageGuess:
    """Guess the language of ``text`` (its first ``sample_chars`` characters); see the module doc."""
    sample = text[:sample_chars].translate(_STRIP_MARKS)
    arabic_words = _ARABIC_WORD.findall(sample)
    latin_words = _LATIN_WORD.findall(sample)
    n_arabic = sum(map(len, arabic_words))
    n_latin = sum(map(len, latin_words))
    others = _OTHER_LETTER.findall(sample)
    if not (n_arabic or n_latin or others):
        return LanguageGuess(UNKNOWN, 0.0, "", (Evidence(UNKNOWN, "no letters", "", 0),))
    if len(others) > max(n_arabic, n_latin):
        return _other_script(others, n_arabic + n_latin)
    if n_arabic >= n_latin:
        counts = _arabic_evidence(arabic_words)
        return _decide(counts, "Arabic", min_evidence, len(arabic_words), 0)
    counts = _latin_evidence(latin_words)
    return _decide(counts, "Latin", min_evidence, len(latin_words), MIN_OTHER_LATIN_WORDS)


def _other_script(letters: list[str], n_mine: int) -> LanguageGuess:
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0].title() for ch in letters)
    script, n = scripts.most_common(1)[0]
    share = len(letters) / (len(letters) + n_mine)
    confidence = round(share * len(letters) / (len(letters) + 2), 2)
    return LanguageGuess(OTHER, confidence, script, (Evidence(OTHER, f"{script} letters", "", n),),
                         ((OTHER, float(len(letters))),))


_Counts = dict[tuple[str, str, str], float]  # (language, kind, item) -> weight


def _arabic_evidence(words: list[str]) -> _Counts:
    counts: _Counts = {}
    for word, k in Counter(words).items():
        found = _arabic_word_evidence(word)
        if found is not None:
            _add(counts, found[0], found[1] * k)
    return counts


@lru_cache(maxsize=16384)
def _arabic_word_evidence(word: str) -> tuple[tuple[str, str, str], float] | None:
    """What one Arabic-script word says about the language (cached: news repeats its words)."""
    fw = function_words()
    folded = word.translate(_FOLD)
    foreign = [ch for ch in word if ch not in _KNOWN_LETTERS]
    if foreign:
        return (OTHER, "letter of another Arabic-script alphabet", foreign[0]), 1
    urdu_letters = [ch for ch in word if ch in _URDU_ONLY]
    if urdu_letters:
        return (URDU, "Urdu-only letter", urdu_letters[0]), 1
    if folded in fw.get(URDU, frozenset()):
        return (URDU, "Urdu function word", folded), 1
    if word in fw.get(ARABIC, frozenset()):
        return (ARABIC, "Arabic function word", word), 1
    if folded in fw.get(PERSIAN, frozenset()):
        return (PERSIAN, "Persian function word", folded), 1
    if C.HEH_YEH_ABOVE in word:
        return (PERSIAN, "Persian letter", C.HEH_YEH_ABOVE), 1
    if C.TEH_MARBUTA in word:
        return (ARABIC, "Arabic letter", C.TEH_MARBUTA), 1
    if any(ch in _URDU_PERSIAN_LETTERS for ch in word):
        return None  # پ چ ژ گ ی ک: Urdu or Persian, not Arabic; no evidence between the two
    if len(word) >= 4 and word.startswith(_ARABIC_ARTICLE):
        return (ARABIC, "Arabic article", _ARABIC_ARTICLE), 0.5
    if any(ch in _ARABIC_CODE_POINTS for ch in word):
        spelled = next(ch for ch in word if ch in _ARABIC_CODE_POINTS)
        return (ARABIC, "Arabic spelling", spelled), 0.25
    return None


def _add(counts: _Counts, key: tuple[str, str, str], weight: float) -> None:
    counts[key] = counts.get(key, 0.0) + weight


def _latin_evidence(words: list[str]) -> _Counts:
    fw = function_words()
    roman, english = fw.get(ROMAN_URDU, frozenset()), fw.get(ENGLISH, frozenset())
    counts: _Counts = {}
    for word in words:
        low = word.lower()
        if low in roman:
            _add(counts, (ROMAN_URDU, "Roman Urdu function word", low), 1)
        elif low in english:
            _add(counts, (ENGLISH, "English function word", low), 1)
    return counts


def _decide(counts: _Counts, script: str, min_evidence: float, n_words: int,
            min_other_words: int) -> LanguageGuess:
    per_language: dict[str, float] = {}
    for (lang, _, _), weight in counts.items():
        per_language[lang] = per_language.get(lang, 0.0) + weight
    # group evidence by (language, kind, item), strongest first
    evidence = tuple(
        Evidence(lang, kind, item, round(w) if w >= 1 else 1)
        for (lang, kind, item), w in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    scores = tuple(sorted(((k, v) for k, v in per_language.items()), key=lambda kv: (-kv[1], kv[0])))
    total = sum(per_language.values())
    if not scores or scores[0][1] < min_evidence:
        if min_other_words and n_words >= min_other_words and total < min_evidence:
            share = 1.0 - total / n_words
            return LanguageGuess(OTHER, round(share * n_words / (n_words + 2), 2), script,
                                 (Evidence(OTHER, f"{script} words without function words of "
                                           "Roman Urdu or English", "", n_words), *evidence), scores)
        return LanguageGuess(UNKNOWN, 0.0, script, evidence, scores)
    best, n = scores[0]
    confidence = round((n / total) * (n / (n + 2)), 2)
    return LanguageGuess(best, confidence, script, evidence, scores)

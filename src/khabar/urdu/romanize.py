"""Romanization of Urdu (names first of all) to a readable Latin spelling, and Roman-Urdu search keys.

The scheme is documented with examples in ``docs/romanization.md``. In short:

* a word found in a pronunciation lexicon (``lexicon`` argument: Urdu word -> Latin spelling, e.g.
  the one compiled into ``khabar/models/kb`` from google/language-resources' hi_ur pronunciations)
  is spelled as pronounced: ایران → ``iran``, کراچی → ``karachi``;
* a word with vowel marks (zabar, zer, pesh) spells them: ``a``, ``i``, ``u``;
* otherwise letters map one to one (``ش`` → ``sh``, ``خ`` → ``kh``, ``ٹ`` → ``t``, ``ھ`` after a
  consonant → ``h``) and the long vowels are read by position: ``ا`` → ``a``; ``و`` → ``w`` at the
  start of a word or before a vowel, else ``o``; ``ی`` → ``y`` at the start or before a vowel, else
  ``i``; ``ے`` → ``e``; a final ``ہ`` after a consonant → ``a``; ``ع`` → ``a`` at the start, else
  nothing. Short vowels are not written in Urdu, so one ``a`` is supplied after a word-initial
  consonant followed by another consonant (وزیر → ``wazir``, ملاقات → ``malaqat``).

The result is lower case; :func:`romanize_name` capitalizes each word for display.
:func:`roman_key` folds a romanization or a user's own Roman Urdu to a consonant skeleton, so
``Lukashenko``, ``lokashnko`` and the romanization of لوکاشنکو all meet: the key for Roman-Urdu
search.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from khabar.urdu import chars as C

#: Consonant letters -> Latin. Letters that chars.py does not name are written by their Unicode names.
CONSONANTS: Mapping[str, str] = {
    C.BEH: "b", C.PEH: "p", C.TEH: "t", C.TTEH: "t", C.THEH: "s", C.JEEM: "j",
    C.TCHEH: "ch", C.HAH: "h", C.KHAH: "kh", C.DAL: "d",
    C.DDAL: "d", C.THAL: "z", C.REH: "r", C.RREH: "r", C.ZAIN: "z", C.JEH: "zh",
    C.SEEN: "s", C.SHEEN: "sh", C.SAD: "s",
    C.DAD: "z", C.TAH: "t", C.ZAH: "z",
    C.GHAIN: "gh", C.FEH: "f", C.QAF: "q",
    C.KEHEH: "k", C.KAF_ARABIC: "k", C.GAF: "g", C.LAM: "l", C.MEEM: "m", C.NOON: "n",
    C.NOON_GHUNNA: "n", C.HEH_GOAL: "h", C.HEH_ARABIC: "h", C.TEH_MARBUTA: "t",
    C.TEH_MARBUTA_GOAL: "t",
}
AIN = C.AIN
ZABAR = C.FATHA
ZER = C.KASRA
PESH = C.DAMMA
JAZM = C.SUKUN
SHADDA = C.SHADDA
_SHORT = {ZABAR: "a", ZER: "i", PESH: "u"}
_ALEFS = C.ALEF + C.ALEF_HAMZA_ABOVE + C.ALEF_HAMZA_BELOW + C.ALEF_WASLA
_YEHS = C.FARSI_YEH + C.YEH_ARABIC + C.ALEF_MAKSURA
_HEHS = C.HEH_GOAL + C.HEH_ARABIC
_VOWEL_LETTERS = _ALEFS + C.ALEF_MADDA + C.WAW + _YEHS + C.YEH_BARREE + C.YEH_HAMZA + AIN
_DIGITS = {d: str(i) for digits in (C.URDU_DIGITS, C.ARABIC_INDIC_DIGITS) for i, d in enumerate(digits)}


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _romanize_word(word: str) -> str:
    letters: list[str] = []
    marks: list[str] = []
    for ch in unicodedata.normalize("NFC", word):
        if _is_mark(ch) and letters:
            marks[-1] += ch
        elif ch in (C.ZWNJ, C.TATWEEL) or _is_mark(ch):
            continue
        else:
            letters.append(ch)
            marks.append("")
    n = len(letters)
    vowelled = any(x in _SHORT for m in marks for x in m)
    out: list[str] = []

    def at(i: int) -> str:
        return letters[i] if 0 <= i < n else ""

    for i, ch in enumerate(letters):
        mark = marks[i]
        first, last = i == 0, i == n - 1
        prev, nxt = at(i - 1), at(i + 1)
        if ch in _DIGITS:
            out.append(_DIGITS[ch])
        elif ch == C.ALEF_MADDA:
            out.append("a")
        elif ch in _ALEFS:
            if first:
                out.append("" if nxt in (C.WAW, *_YEHS) or any(x in _SHORT for x in mark) else "a")
            elif prev not in _ALEFS:
                out.append("a")
        elif ch == AIN:
            out.append("a" if first else "")
        elif ch == C.WAW_HAMZA:
            out.append("u")
        elif ch == C.WAW:
            if i == 1 and prev in _ALEFS:
                out.append("o")
            elif first:
                out.append("w")
            elif prev == C.WAW:
                pass
            elif nxt and nxt in _ALEFS + C.ALEF_MADDA and prev not in _VOWEL_LETTERS:
                out.append("w")
            else:
                out.append("o")
        elif ch in _YEHS:
            if first:
                out.append("y")
            elif i == 1 and prev in _ALEFS:
                out.append("i")
            elif nxt in _ALEFS + C.WAW + C.ALEF_MADDA and not last:
                out.append("y")
            else:
                out.append("i")
        elif ch == C.YEH_HAMZA:
            out.append("" if nxt and nxt in _YEHS + C.YEH_BARREE else "i")
        elif ch in (C.YEH_BARREE, C.YEH_BARREE_HAMZA):
            out.append("e")
        elif ch == C.HAMZA:
            continue
        elif ch == C.HEH_DOACHASHMEE:
            out.append("h")
        elif ch in _HEHS and last and i > 0:
            out.append("a" if prev not in _VOWEL_LETTERS else "h")
        elif ch == C.HEH_GOAL_HAMZA:
            out.append("e")
        else:
            latin = CONSONANTS.get(ch)
            if latin is None:
                out.append(ch if ch.isascii() else "")
                continue
            out.append(latin + latin[-1] if SHADDA in mark else latin)
        if vowelled:
            out.append("".join(_SHORT.get(x, "") for x in mark))
        elif _needs_inherent_a(letters, i):
            out.append("a")
    return "".join(out)


def _needs_inherent_a(letters: list[str], i: int) -> bool:
    """One ``a`` after a word-initial consonant (or aspirated consonant) that a consonant follows."""
    n = len(letters)
    j = i + 1
    if i == 0:
        if not (letters[0] in CONSONANTS or letters[0] in (C.WAW, *_YEHS)):
            return False
        if j < n and letters[j] == C.HEH_DOACHASHMEE:
            return False  # the a comes after the h
    elif not (i == 1 and letters[1] == C.HEH_DOACHASHMEE and letters[0] in CONSONANTS):
        return False
    if j >= n or (j == n - 1 and letters[j] in _HEHS):
        return False
    nxt = letters[j]
    if nxt in (C.WAW, *_YEHS):  # a consonant only before a vowel letter: نواز، بیان
        return j + 1 < n and letters[j + 1] in _ALEFS + C.ALEF_MADDA
    return nxt in CONSONANTS


def romanize(text: str, lexicon: Mapping[str, str] | None = None) -> str:
    """``text`` (Urdu words separated by spaces) in Latin letters, lower case (see the module
    docstring). Non-Urdu words are kept as they are."""
    words = text.replace(C.ZWNJ, " ").split()  # شمس‌الدین: a joined compound is two words
    out = []
    for w in words:
        if lexicon is not None and w in lexicon:
            out.append(lexicon[w])
        elif lexicon is not None and (head := _known_head(w, lexicon)):
            # نورالحق, عمرالبشیر: a name's halves typed as one word
            out.append(f"{romanize(head, lexicon)} {romanize(w[len(head):], lexicon)}")
        elif (split := _article(w)) is not None:
            head, article, rest = split
            spelled = _with_article(lexicon or {}, w[len(head):])
            if head and spelled:  # عبدالرحمن: abd + the lexicon's "ur rehman"
                out.append(romanize(head, lexicon) + spelled)
                continue
            out.append(" ".join(x for x in ((romanize(head, lexicon) + article) if head else article,
                                           romanize(rest, lexicon)) if x))
        elif any(ch in CONSONANTS or ch in _VOWEL_LETTERS or ch in _DIGITS or ch == C.HEH_DOACHASHMEE
                 for ch in w):
            out.append(_romanize_word(w))
        else:
            out.append(w)
    return " ".join(o for o in out if o)


#: Letters an Arabic article assimilates to (the "sun letters"): عبدالرحمان is Abdur Rahman.
_SUN_LETTERS = frozenset({C.TEH, C.THEH, C.DAL, C.THAL, C.REH, C.ZAIN, C.SEEN, C.SHEEN, C.SAD, C.DAD,
                          C.TAH, C.ZAH, C.NOON})
_ARTICLE = C.ALEF + C.LAM
#: given-name heads written joined to the article of the name's second half (عبدالقادر: Abdul Qadir)
_ARTICLE_HEADS = (C.AIN + C.BEH + C.DAL,)


def _article(word: str) -> tuple[str, str, str] | None:
    """(head, article, rest) of a name word that begins with an Arabic article before a consonant:
    البشیر → ("", "al", "بشیر"), as English writes Arab names (al-Bashir, al-Sisi); after a joined
    head the article is read as Pakistani names spell it, assimilated to a sun letter: عبدالقادر →
    ("عبد", "ul", "قادر"), عبدالرزاق → ("عبد", "ur", "رزاق"). None for any other word: اللہ, and ال before
    a vowel letter other than ع (الیاس is Ilyas, الیکشن election; العربیہ is al-Arabiya)."""
    head = next((h for h in _ARTICLE_HEADS if word.startswith(h + _ARTICLE)), "")
    body = word[len(head):]
    if not body.startswith(_ARTICLE) or len(body) < len(_ARTICLE) + 2:
        return None
    rest = body[len(_ARTICLE):]
    if not _after_article(rest):
        return None
    if not head:
        return "", "al", rest
    return head, "u" + (CONSONANTS[rest[0]] if rest[0] in _SUN_LETTERS else "l"), rest


def _after_article(rest: str) -> bool:
    """Whether ``rest`` can follow an Arabic article: it begins with a consonant or ع, not ل (اللہ is
    the lexicon's; الیاس has no article)."""
    return (rest[0] in CONSONANTS or rest[0] == AIN) and rest[0] != C.LAM


def _with_article(lexicon: Mapping[str, str], half: str) -> str:
    """The lexicon's spelling of a name's half with the Pakistani article (الحق: ul haq, اللہ: ullah),
    or ""."""
    spelled = lexicon.get(half, "")
    return spelled if spelled.startswith("u") else ""


def _known_head(word: str, lexicon: Mapping[str, str]) -> str:
    """The first half of a name typed as one word, before the Arabic article of its second half:
    the second half is one the lexicon spells with the article (نور + الحق: ul haq, ثناء + اللہ:
    ullah), or the first half is a name word it knows (عمر + البشیر); "" when there is none."""
    if word.startswith(tuple(h + _ARTICLE for h in _ARTICLE_HEADS)):
        return ""  # عبدالرحمان: one given name, Abdur Rahman (:func:`_article`)
    at = word.find(_ARTICLE, 2)
    while at > 0:
        tail, rest = word[at:], word[at + len(_ARTICLE):]
        if _with_article(lexicon, tail) or (word[:at] in lexicon and len(rest) >= 2 and _after_article(rest)):
            return word[:at]
        at = word.find(_ARTICLE, at + 1)
    return ""


#: The Latin letters as Urdu writes their names, for abbreviations spelled out (ایف آئی اے: FIA).
LETTER_NAMES: Mapping[str, str] = {
    "اے": "A", "بی": "B", "سی": "C", "ڈی": "D", "ای": "E", "ایف": "F", "جی": "G", "ایچ": "H", "آئی": "I",
    "جے": "J", "کے": "K", "ایل": "L", "ایم": "M", "این": "N", "او": "O", "پی": "P", "کیو": "Q", "آر": "R",
    "ایس": "S", "ٹی": "T", "یو": "U", "وی": "V", "ڈبلیو": "W", "ایکس": "X", "وائی": "Y", "زیڈ": "Z",
}
#: English words a name keeps in lower case after its first word (National Bank of Pakistan).
_LOWER = frozenset({"of", "and", "the", "for"})


def romanize_name(text: str, lexicon: Mapping[str, str] | None = None) -> str:
    """A romanized name for display: each word capitalized (لوکاشنکوو → ``Lokashnkoo``) but English
    function words after the first (نیشنل بینک آف پاکستان → ``National Bank of Pakistan``), and two or
    more letters spelled out joined as an abbreviation (ایف آئی اے → ``FIA``, بی بی سی اردو → ``BBC
    Urdu``)."""
    words = text.split()
    parts: list[str] = []
    k = 0
    while k < len(words):
        end = k
        while end < len(words) and words[end] in LETTER_NAMES:
            end += 1
        if end - k >= 2:
            parts.append("".join(LETTER_NAMES[w] for w in words[k:end]))
            k = end
            continue
        end = max(end, k + 1)
        while end < len(words) and not (words[end] in LETTER_NAMES and end + 1 < len(words)
                                        and words[end + 1] in LETTER_NAMES):
            end += 1
        parts.extend(romanize(" ".join(words[k:end]), lexicon).split())
        k = end
    return " ".join(w if (w in _LOWER and i) or w.isupper() else w[:1].upper() + w[1:]
                    for i, w in enumerate(parts))


#: Letter groups a Roman-Urdu writer spells in several ways, folded to one symbol each.
_KEY_FOLDS = (("kh", "x"), ("gh", "g"), ("sh", "S"), ("ch", "c"), ("zh", "z"), ("ph", "f"),
              ("th", "t"), ("dh", "d"), ("bh", "b"), ("w", "v"), ("q", "k"), ("ck", "k"))


def roman_key(text: str) -> str:
    """A search key for Roman Urdu and romanizations: lower case, letter groups folded (kh, sh, ch,
    w/v, q/k ...), vowels dropped except a word's first letter, doubled letters collapsed; words
    joined by one space."""
    keys = []
    for word in text.lower().split():
        w = "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isascii() and ch.isalnum())
        for a, b in _KEY_FOLDS:
            w = w.replace(a, b)
        if not w:
            continue
        body = w[0] + "".join(ch for ch in w[1:] if ch not in "aeiouy")
        collapsed: list[str] = []
        for ch in body:
            if not collapsed or collapsed[-1] != ch:
                collapsed.append(ch)
        keys.append("".join(collapsed))
    return " ".join(keys)


@lru_cache(maxsize=1 << 16)
def name_keys(name: str) -> tuple[str, ...]:
    """The :func:`roman_key` of each word of an English or Roman-Urdu name, a hyphen separating words
    too (Misbah-ul-Haq → msbh, ul, hk): what a name is looked up by (cached: a corpus names the same
    people again and again)."""
    return tuple(roman_key(name.replace("-", " ")).split())


#: hi_ur pronunciation phones (google/language-resources) -> readable Latin.
PHONES: Mapping[str, str] = {
    "a": "a", "aa": "a", "i": "i", "ii": "i", "u": "u", "uu": "u", "e": "e", "E": "ai", "o": "o",
    "O": "au", "c": "ch", "ch": "chh", "tt": "t", "dd": "d", "tth": "th", "ddh": "dh", "rr": "r",
    "rrh": "rh", "ng": "n", "~": "n", "x": "kh", "Gh": "gh", "Zh": "zh", ".": "",
}


def from_phones(phones: str) -> str:
    """A pronunciation (space-separated phones, ``.`` between syllables) as a readable spelling."""
    return "".join(PHONES.get(p, p) for p in phones.split())

"""Sentence boundaries over tokens.

Candidates are found by one regex pass over the text (terminal punctuation, spaced dashes, line
breaks) and mapped to tokens with ``bisect``: no per-token Python work. A candidate is a boundary
unless one of the rules below says otherwise. Each rule exists for a reason seen in Urdu news:

* Terminators ``۔ ؟ ? ! … ...`` end a sentence; closing quotes and brackets right after them (and a
  doubled ``''`` typed as a quotation mark) stay with the sentence they close.
* A line break always ends a sentence: headlines, list items and bylines often have no full stop.
* ``verb_dash``: Urdu is verb-final, and some news sites type a spaced hyphen or dash for the full
  stop (``تلاش کیا جا رہا ہے - گھنے جنگلاتی``). A dash right after a finite verb or auxiliary
  (ہے، ہیں، تھا، گیا، گئی ...; closing quotes may come between) ends the sentence; any other dash
  (``2001 - 2002``, ``AS - B350``) does not.
* ``comma_follows``: a terminator followed by a comma (``کیوں؟، انہوں نے پوچھا``) is inside a sentence.
* ``initial``: a full stop after a single letter is an initial (``ن۔ م۔ راشد``, ``J. Smith``);
  the year sign ``ء`` (``2002ء۔``) is not a letter initial.
* ``letter_abbreviation``: English letter names written in Urdu and joined by full stops are one
  abbreviation (``ایس۔ ایچ۔ او``, ``پی۔ ایچ۔ ڈی``, ``ایم۔ اے``).
* ``combining_name``: a full stop after a short country name that Urdu uses to form compounds joins
  it to the next name (``ہند۔ ماریشیس تعاون`` = India–Mauritius cooperation, ``ہند۔ پاک``).
* ``dateline``: a full stop that closes a stretch of at most two words that does not end in a verb
  (``حیدرآباد۔ 12 مئی``, ``نمبر 01096 حیدرآباد۔ ...``, a list number ``1۔``) marks a dateline,
  a label or a list number, not a sentence: the sentence goes on (a line break still ends it).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from khabar.urdu import chars as C

# Letters chars.py does not name (local: used only to spell the word lists below).
_SEEN = "\u0633"
_FEH = "\u0641"
_AIN = "\u0639"
_GHAIN = "\u063a"

#: Tokens that end a sentence.
TERMINATORS = frozenset({
    C.URDU_FULL_STOP, C.ARABIC_QUESTION, C.QUESTION, C.EXCLAMATION, C.ELLIPSIS, C.FULL_STOP,
    C.URDU_FULL_STOP * 2, C.URDU_FULL_STOP * 3, "...", "..", "!!", "?!", "!?",
})
#: Terminators that the abbreviation and dateline rules may overrule (not ? or !).
FULL_STOPS = frozenset({C.URDU_FULL_STOP, C.FULL_STOP})
#: Dashes that end a sentence after a finite verb (see ``verb_dash``).
DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Closers that stay with the sentence they close.
CLOSERS = frozenset({*'"\')]}', C.RIGHT_GUILLEMET, C.RIGHT_DOUBLE_QUOTE, C.RIGHT_SINGLE_QUOTE, "''",
                     C.RIGHT_SINGLE_QUOTE * 2})
#: Tokens after which a terminator is inside a sentence.
COMMAS = frozenset({C.ARABIC_COMMA, C.COMMA, C.ARABIC_SEMICOLON, C.SEMICOLON})

_H, _Y, _E, _A, _W = C.HEH_GOAL, C.FARSI_YEH, C.YEH_BARREE, C.ALEF, C.WAW
_TH = C.TEH + C.HEH_DOACHASHMEE
_N, _NG = C.NOON, C.NOON_GHUNNA
#: Finite verbs and auxiliaries that end Urdu sentences (Urdu is verb-final).
VERB_FINAL = frozenset({
    _H + _E, _H + _Y + _NG, _H + _W + _NG, _H + _W,  # ہے ہیں ہوں ہو
    _TH + _A, _TH + _Y, _TH + _E, _TH + _Y + _NG,  # تھا تھی تھے تھیں
    C.GAF + _A, C.GAF + _Y, C.GAF + _E,  # گا گی گے
    C.GAF + _Y + _A, C.GAF + C.YEH_HAMZA + _Y, C.GAF + C.YEH_HAMZA + _E,  # گیا گئی گئے
    C.GAF + C.YEH_HAMZA + _Y + _NG,  # گئیں
    C.REH + _H + _A, C.REH + _H + _Y, C.REH + _H + _E,  # رہا رہی رہے
    C.TCHEH + C.KEHEH + _A, C.TCHEH + C.KEHEH + _Y, C.TCHEH + C.KEHEH + _E,  # چکا چکی چکے
    _SEEN + C.KEHEH + _A, _SEEN + C.KEHEH + _Y, _SEEN + C.KEHEH + _E,  # سکا سکی سکے
    C.KEHEH + _Y + _A, C.KEHEH + _Y, C.DAL + _Y + _A, C.DAL + _Y,  # کیا کی دیا دی
    _H + _W + _A, _H + _W + C.YEH_HAMZA + _Y, _H + _W + C.YEH_HAMZA + _E,  # ہوا ہوئی ہوئے
})
#: English letter names as Urdu writes them (A..Z; K's کے is left out: it is the postposition).
LETTER_NAMES = frozenset({
    _A + _E, C.BEH + _Y, _SEEN + _Y, C.DDAL + _Y, _A + _Y, _A + _Y + _FEH, C.JEEM + _Y,
    _A + _Y + C.TCHEH, C.ALEF_MADDA + C.YEH_HAMZA + _Y, C.JEEM + _E, _A + _Y + C.LAM,
    _A + _Y + C.MEEM, _A + _Y + _N, _A + _W, C.PEH + _Y, C.KEHEH + _Y + _W, C.ALEF_MADDA + C.REH,
    _A + _Y + _SEEN, C.TTEH + _Y, _Y + _W, _W + _Y, C.DDAL + C.BEH + C.LAM + _Y + _W,
    _A + _Y + C.KEHEH + _SEEN, _W + _A + C.YEH_HAMZA + _Y, C.ZAIN + _Y + C.DDAL,
})
#: Short country names that Urdu joins to another name with a full stop (ہند۔ پاک).
COMBINING_NAMES = frozenset({
    _H + _N + C.DAL,  # ہند
    C.PEH + _A + C.KEHEH,  # پاک
    _A + _FEH + _GHAIN + _A + _N,  # افغان
    _AIN + C.REH + C.BEH,  # عرب
})

_TERMINATOR_CHARS = regex.escape("".join({c for t in TERMINATORS for c in t}))
_VERB_ALTS = "|".join(sorted(VERB_FINAL, key=len, reverse=True))
#: The future endings گا گی گے, also when written joined to the verb (جائےگا, کریں_گے).
_FUTURE_ALTS = "|".join(C.FUTURE_SUFFIXES)
_CLOSER_CHARS = regex.escape("".join({c for t in CLOSERS for c in t}))
_CANDIDATES = regex.compile(
    # one character at a time: a terminator run may start inside a token (U.S.۔)
    "(?P<stop>[" + _TERMINATOR_CHARS + "])"
    "|(?P<newline>\n)"
    # a dash, looking back over closers and a space to a finite verb that starts after a non-letter
    "|(?P<dash>[-\u2013\u2014](?<=(?:(?<![\\p{L}\\p{M}_])(?:" + _VERB_ALTS + ")|" + _FUTURE_ALTS
    + ")[" + _CLOSER_CHARS + "]* ?[-\u2013\u2014])(?=\\s|$))"
)
_DATELINE_MAX_TOKENS = 6  # a dateline stretch is short: at most this many tokens in all
_DATELINE_MAX_WORDS = 2


def split_sentences(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
    """Token ranges ``[first, last)`` of the sentences of ``text``, given its tokens."""
    n = len(starts)
    if not n:
        return []
    cuts: list[int] = []  # token index where a new sentence starts
    first = 0  # first token of the current sentence
    for m in _CANDIDATES.finditer(text, starts[0], ends[-1]):
        pos = m.start()
        kind = m.lastgroup
        if kind == "newline":
            i = bisect.bisect_left(starts, pos)  # first token after the break
            if first < i < n:
                cuts.append(i)
                first = i
            continue
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or starts[i] != pos:
            continue  # inside a number, URL or abbreviation token
        tok = text[pos:ends[i]]
        if kind == "dash":
            if tok not in DASHES:
                continue
        elif tok not in TERMINATORS:
            continue
        j = i + 1
        while j < n:
            t = text[starts[j]:ends[j]]
            if t in TERMINATORS or (t in CLOSERS and _closes(
                    text, starts, prev_end=ends[j - 1], start=starts[j], end=ends[j], j=j)):
                j += 1
            else:
                break
        if j >= n or j <= first:
            continue
        if "\n" not in text[ends[j - 1]:starts[j]] and _continues(text, starts, ends, i=i, j=j,
                                                                        first=first, tok=tok):
            continue
        cuts.append(j)
        first = j
    out: list[tuple[int, int]] = []
    a = 0
    for c in cuts:
        out.append((a, c))
        a = c
    out.append((a, n))
    return out


def _continues(text: str, starts: Sequence[int], ends: Sequence[int], *, i: int, j: int, first: int,
               tok: str) -> bool:
    """Whether the sentence goes on after terminator token ``i`` (next token ``j``, same line)."""
    nxt = text[starts[j]:ends[j]]
    if nxt in COMMAS:
        return True  # comma_follows
    if tok not in FULL_STOPS or i == 0:
        return False
    prev = text[starts[i - 1]:ends[i - 1]]
    if ends[i - 1] == starts[i]:  # a full stop written against the word before it
        if len(prev) == 1 and prev.isalpha() and prev != C.HAMZA:
            return True  # initial
        if prev in LETTER_NAMES and nxt in LETTER_NAMES:
            return True  # letter_abbreviation
        if prev in COMBINING_NAMES and nxt[:1].isalpha():
            return True  # combining_name
    if i - first <= _DATELINE_MAX_TOKENS and prev not in VERB_FINAL:
        words = sum(1 for k in range(first, i) if text[starts[k]].isalpha())
        if words <= _DATELINE_MAX_WORDS:
            return True  # dateline
    return False


def _closes(text: str, starts: Sequence[int], *, prev_end: int, start: int, end: int, j: int) -> bool:
    """Whether the closer token at ``[start, end)`` belongs to the sentence that just ended: it
    touches the terminator, or it is followed by a line break or the end of the text."""
    if start == prev_end:
        return True
    if "\n" in text[prev_end:start]:
        return False
    return j + 1 >= len(starts) or "\n" in text[end:starts[j + 1]]

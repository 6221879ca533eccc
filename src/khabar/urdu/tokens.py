"""Tokenization rules for Urdu news text: one compiled pattern, tried alternative by alternative.

Order matters: URLs and e-mail addresses before words, numbers (with their decimal, date, time and
percent forms) before punctuation, Urdu words may hold ZWNJ (sub-word boundary) and ``_`` joints.
"""

from __future__ import annotations

import regex

from khabar.urdu import chars as C

_NUM_SEP = regex.escape("., /:-" + C.ARABIC_DECIMAL_SEP + C.ARABIC_THOUSANDS_SEP).replace(" ", "")
_PERCENT = regex.escape(C.PERCENT + C.ARABIC_PERCENT)

#: (name, pattern) in priority order; the name becomes the token's kind.
TOKEN_PATTERNS: tuple[tuple[str, str], ...] = (
    ("url", r"(?:https?://|www\.)[^\s\"'<>]+?(?=[.,;:!?)\]}" + C.URDU_FULL_STOP + C.ARABIC_COMMA
     + r"]*(?:\s|$))"),
    ("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    ("hashtag", r"[#@][\p{L}\p{M}\p{N}_]+"),
    ("number", rf"[{_PERCENT}]?\p{{Nd}}+(?:[{_NUM_SEP}]\p{{Nd}}+)*(?:[{_PERCENT}])?"),
    ("latin", r"\p{Latin}+(?:['’\-]\p{Latin}+)*"),
    ("word", r"[\p{L}\p{M}]+(?:[" + C.ZWNJ + r"_][\p{L}\p{M}]+)*"),
    ("punct", r"(?:\.{2,}|" + C.URDU_FULL_STOP + r"{2,}|[^\s\p{L}\p{M}\p{N}])"),
    ("other", r"\S"),
)

TOKEN_RE = regex.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_PATTERNS))
KINDS = tuple(n for n, _ in TOKEN_PATTERNS)


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int]]:
    """Token start and end offsets of ``text[start:end]`` (offsets into ``text``)."""
    starts: list[int] = []
    ends: list[int] = []
    add_s = starts.append
    add_e = ends.append
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        add_s(s)
        add_e(e)
    return starts, ends


def token_kind(token: str) -> str:
    """Which :data:`TOKEN_PATTERNS` alternative matches ``token`` as a whole."""
    m = TOKEN_RE.fullmatch(token)
    return m.lastgroup if m and m.lastgroup else "other"

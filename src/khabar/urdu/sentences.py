"""Sentence boundaries over tokens: terminal punctuation, closing quotes and brackets after it, and
line breaks (headlines and list items often end without a full stop)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from khabar.urdu import chars as C

#: Tokens that end a sentence.
TERMINATORS = frozenset({
    C.URDU_FULL_STOP, C.ARABIC_QUESTION, C.QUESTION, C.EXCLAMATION, C.ELLIPSIS, C.FULL_STOP,
    C.URDU_FULL_STOP * 2, C.URDU_FULL_STOP * 3, "...", "..", "!!", "?!", "!?",
})
#: Closers that stay with the sentence they close.
CLOSERS = frozenset('"\')]}' + C.RIGHT_GUILLEMET + C.RIGHT_DOUBLE_QUOTE + C.RIGHT_SINGLE_QUOTE)

_CANDIDATES = regex.compile(
    "[" + regex.escape("".join({c for t in TERMINATORS for c in t})) + "]+|\n"
)


def split_sentences(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
    """Token ranges ``[first, last)`` of the sentences of ``text``, given its tokens."""
    n = len(starts)
    if not n:
        return []
    cuts: list[int] = []  # token index after which a sentence ends (exclusive end)
    last = -1
    for m in _CANDIDATES.finditer(text, starts[0], ends[-1]):
        pos = m.start()
        if m.group() == "\n":
            i = bisect.bisect_left(starts, pos)  # first token after the break
            if 0 < i < n and i > last:
                cuts.append(i)
                last = i
            continue
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or starts[i] != pos or text[starts[i]:ends[i]] not in TERMINATORS:
            continue  # inside a number, URL or abbreviation token
        j = i + 1
        while j < n and (text[starts[j]:ends[j]] in TERMINATORS
                         or (text[starts[j]:ends[j]] in CLOSERS and _closes(text, ends[j - 1], starts[j],
                                                                          ends[j], n, j, starts))):
            j += 1
        if j > last:
            cuts.append(j)
            last = j
    out: list[tuple[int, int]] = []
    first = 0
    for c in cuts:
        if c > first:
            out.append((first, min(c, n)))
            first = c
    if first < n:
        out.append((first, n))
    return out


def _closes(text: str, prev_end: int, start: int, end: int, n: int, j: int,
            starts: Sequence[int]) -> bool:
    """Whether the closer token at ``[start, end)`` belongs to the sentence that just ended: it
    touches the terminator, or it is followed by a line break or the end of the text."""
    if start == prev_end:
        return True
    if "\n" in text[prev_end:start]:
        return False
    return j + 1 >= n or "\n" in text[end:starts[j + 1]]

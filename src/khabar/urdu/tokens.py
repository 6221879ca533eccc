"""Tokenization rules for Urdu news text: one compiled pattern, tried alternative by alternative.

The whole tokenizer is one ``re`` ``finditer`` over the text (no per-token Python work), so the
text layer stays fast. The alternatives, in priority order, each with the reason it exists:

* ``word``: a run of Arabic-script letters and marks (Urdu words), possibly joined by ZWNJ (a
  sub-word boundary inside one written word: ``ٹیلی‌ویژن``) or ``_`` (UD Urdu joins multiword
  expressions: ``کریں_گے``). Tried first: it is by far the most frequent token and cannot start any
  other alternative.
* ``url`` (``https://…``, ``www.…``; trailing sentence punctuation is left out), ``email``,
  ``hashtag`` (``#پاکستان``, ``@user``).
* ``abbrev``: Latin initials with inner dots are one token (``U.S.``, ``P.D``: a dot between
  single capitals is not a sentence end), and common Latin titles keep their dot (``Mr.``, ``Dr.``).
* ``alnum``: Latin words mixed with digits or joined by hyphens are one name (``2G``, ``S-1``,
  ``B350-B-3``, ``COVID-19``, ``F-16``): model and coach numbers, network generations.
* ``number``: digits (any script) with inner separators: decimals ``3.5`` / ``3٫5``, thousands
  ``1,000``, dates ``12/05/2024`` and ``2024-05-12``, times ``4:10``, a ``۔`` between digits
  (``6۔30``: Urdu typists use the full stop as decimal point and time separator), and a percent
  sign on either side (``25%``, ``%25``).
* ``latin``: Latin-script words inside Urdu text, with inner apostrophes and hyphens (``don't``).
* ``letters``: any other letters (Devanagari, Greek ...) as one word.
* ``punct``: runs of dots (``...``) and of Urdu full stops, doubled quote marks typed as one
  quotation mark (``''``, ``’’``, ``‘‘``, ``,,``), otherwise one symbol per token.
* ``other``: any other non-space character.
"""

from __future__ import annotations

import re

from khabar.urdu import chars as C

# The pattern is compiled with the standard ``re`` module, about twice as fast as ``regex`` here; so
# Unicode properties are spelled as ranges.
#: Arabic-script letters (Urdu, Arabic, Persian; presentation forms) and the marks written on them.
_AR_LETTERS = (
    "\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06e5\u06e6\u06ee\u06ef\u06fa-\u06fc"
    "\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc"
)
_AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
#: Combining marks of other scripts (Latin, Hebrew, Indic blocks, combining half marks).
_OTHER_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0900-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff" \
    "\u20d0-\u20ff\ufe20-\ufe2f"
#: Latin letters (Basic Latin, Latin-1, Extended-A/B, Extended Additional, fullwidth).
_LATIN = "[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a]"
_LATIN_ALNUM = _LATIN[:-1] + "0-9]"
_LETTER_OR_MARK = "(?:[^\\W\\d_]|[" + _AR_MARKS + _OTHER_MARKS + "])"
_DIGIT_SEP = re.escape(".,/:-" + C.ARABIC_DECIMAL_SEP + C.ARABIC_THOUSANDS_SEP + C.URDU_FULL_STOP)
_PERCENT = re.escape(C.PERCENT + C.ARABIC_PERCENT)
_URL_END = re.escape(".,;:!?)]}'\"" + C.URDU_FULL_STOP + C.ARABIC_COMMA + C.ARABIC_QUESTION)
#: Latin titles and abbreviations that keep their dot (they never end an Urdu sentence, which ends
#: with ۔): Mr. Mrs. Dr. Prof. St. No. Inc. Ltd. Gen. Col. and the months.
LATIN_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "No", "Inc", "Ltd", "Co", "Corp", "Gen",
    "Col", "Capt", "Lt", "Sgt", "vs", "Govt", "Dept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)
#: Doubled quote marks that stand for one quotation mark (typed '' for ").
DOUBLE_QUOTES = ("''", C.RIGHT_SINGLE_QUOTE * 2, C.LEFT_SINGLE_QUOTE * 2, ",,", "``")

_WORD_CHAR = "[" + _AR_LETTERS + _AR_MARKS + "]"
#: (name, pattern) in priority order; the name becomes the token's kind.
TOKEN_PATTERNS: tuple[tuple[str, str], ...] = (
    ("word", "[" + _AR_LETTERS + "]" + _WORD_CHAR + "*(?:[" + C.ZWNJ + "_]" + _WORD_CHAR + "+)*"),
    ("url", r"(?:https?://|www\.)[^\s\"'<>]+?(?=[" + _URL_END + r"]*(?:\s|$))"),
    ("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    ("hashtag", r"[#@](?:\w|" + _LETTER_OR_MARK + ")+"),
    ("abbrev", "(?:" + _LATIN + r"\.)+" + _LATIN + r"(?![^\W\d_])\.?|(?:"
     + "|".join(LATIN_ABBREVIATIONS) + r")\.(?=\s|$)"),
    ("alnum", r"\d+" + _LATIN + _LATIN_ALNUM + "*(?:-" + _LATIN_ALNUM + "+)*"
     "|" + _LATIN + "+(?:[0-9]" + _LATIN_ALNUM + "*(?:-" + _LATIN_ALNUM + "+)*|(?:-" + _LATIN
     + "*[0-9]" + _LATIN_ALNUM + "*)+(?:-" + _LATIN_ALNUM + "+)*)"),
    ("number", "[" + _PERCENT + r"]?\d+(?:[" + _DIGIT_SEP + r"]\d+)*[" + _PERCENT + "]?"),
    ("latin", _LATIN + "+(?:['’-]" + _LATIN + "+)*"),
    ("letters", _LETTER_OR_MARK + "+(?:[" + C.ZWNJ + "_]" + _LETTER_OR_MARK + "+)*"),
    ("punct", r"(?:\.{2,}|" + C.URDU_FULL_STOP + "{2,}|"
     + "|".join(re.escape(q) for q in DOUBLE_QUOTES) + r"|[^\s\w]|_)"),
    ("other", r"\S"),
)

#: The ``(?=\\S)`` guard fails at once on whitespace instead of trying every alternative there.
TOKEN_RE = re.compile("(?=\\S)(?:" + "|".join(f"(?P<{n}>{p})" for n, p in TOKEN_PATTERNS) + ")")
KINDS = tuple(n for n, _ in TOKEN_PATTERNS)
#: The same alternatives without named groups: recording which one matched costs time in a scan.
_SCAN_RE = re.compile("(?=\\S)(?:" + "|".join(f"(?:{p})" for _, p in TOKEN_PATTERNS) + ")")


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int]]:
    """Token start and end offsets of ``text[start:end]`` (offsets into ``text``)."""
    matches = list(_SCAN_RE.finditer(text, start, len(text) if end is None else end))
    return list(map(re.Match.start, matches)), list(map(re.Match.end, matches))


def token_kind(token: str) -> str:
    """Which :data:`TOKEN_PATTERNS` alternative matches ``token`` as a whole."""
    m = TOKEN_RE.fullmatch(token)
    return m.lastgroup if m and m.lastgroup else "other"

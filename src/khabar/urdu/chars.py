"""Named characters of Urdu text.

Code never spells a bare Urdu or Arabic literal: it names the character here. Each constant is the
single code point its name says (checked by ``tests/urdu/test_chars.py`` against ``unicodedata``).
"""

from __future__ import annotations

import unicodedata

# --- letters that Urdu writes with their own code points -------------------------------------
ALEF = "\u0627"
ALEF_MADDA = "\u0622"
ALEF_HAMZA_ABOVE = "\u0623"
ALEF_HAMZA_BELOW = "\u0625"
ALEF_WASLA = "\u0671"
BEH = "\u0628"
PEH = "\u067e"
TEH = "\u062a"
TTEH = "\u0679"
THEH = "\u062b"
JEEM = "\u062c"
HAH = "\u062d"
KHAH = "\u062e"
TCHEH = "\u0686"
DAL = "\u062f"
DDAL = "\u0688"
THAL = "\u0630"
REH = "\u0631"
RREH = "\u0691"
ZAIN = "\u0632"
JEH = "\u0698"
SEEN = "\u0633"
SHEEN = "\u0634"
SAD = "\u0635"
DAD = "\u0636"
TAH = "\u0637"
ZAH = "\u0638"
AIN = "\u0639"
GHAIN = "\u063a"
FEH = "\u0641"
QAF = "\u0642"
KAF_ARABIC = "\u0643"
KEHEH = "\u06a9"  # Urdu kaf
GAF = "\u06af"
LAM = "\u0644"
MEEM = "\u0645"
NOON = "\u0646"
NOON_GHUNNA = "\u06ba"
WAW = "\u0648"
WAW_HAMZA = "\u0624"
HEH_ARABIC = "\u0647"
HEH_GOAL = "\u06c1"  # Urdu choti he
HEH_GOAL_HAMZA = "\u06c2"  # izafat on choti he
HEH_DOACHASHMEE = "\u06be"  # aspiration marker
HEH_YEH_ABOVE = "\u06c0"  # Persian izafat form
TEH_MARBUTA = "\u0629"
TEH_MARBUTA_GOAL = "\u06c3"
YEH_ARABIC = "\u064a"
ALEF_MAKSURA = "\u0649"
FARSI_YEH = "\u06cc"  # Urdu choti ye
YEH_HAMZA = "\u0626"
YEH_BARREE = "\u06d2"
YEH_BARREE_HAMZA = "\u06d3"
HAMZA = "\u0621"

# --- combining marks -------------------------------------------------------------------------
HAMZA_ABOVE = "\u0654"
MADDA_ABOVE = "\u0653"
SUPERSCRIPT_ALEF = "\u0670"
FATHA = "\u064e"  # zabar
KASRA = "\u0650"  # zer
DAMMA = "\u064f"  # pesh
SUKUN = "\u0652"  # jazm
SHADDA = "\u0651"
TATWEEL = "\u0640"
#: Harakat and other optional vowel marks (aerab): fathatan .. sukun, superscript alef, and the
#: small high/low marks Urdu uses; hamza above and madda are *not* here: they are letters' parts.
DIACRITICS = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanween, zabar, pesh, zer, shadda, jazm
    "\u0655\u0656\u0657\u0658\u065c\u065d\u065e"  # hamza below, subscript alef, inverted damma ...
    "\u0670"  # superscript (khari) alef
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"  # honorific signs etc.
)

# --- punctuation -------------------------------------------------------------------------------
URDU_FULL_STOP = "\u06d4"
ARABIC_QUESTION = "\u061f"
ARABIC_COMMA = "\u060c"
ARABIC_SEMICOLON = "\u061b"
ARABIC_PERCENT = "\u066a"
ARABIC_DECIMAL_SEP = "\u066b"
ARABIC_THOUSANDS_SEP = "\u066c"
ARABIC_FULL_STOP_ALT = "\u061e"  # triple dot punctuation mark (rare)
ELLIPSIS = "\u2026"
QUESTION = "?"
EXCLAMATION = "!"
FULL_STOP = "."
COMMA = ","
SEMICOLON = ";"
PERCENT = "%"
LEFT_PARENTHESIS = "("
RIGHT_PARENTHESIS = ")"
LEFT_SQUARE_BRACKET = "["
RIGHT_SQUARE_BRACKET = "]"
LEFT_DOUBLE_QUOTE = "\u201c"
RIGHT_DOUBLE_QUOTE = "\u201d"
LEFT_SINGLE_QUOTE = "\u2018"
RIGHT_SINGLE_QUOTE = "\u2019"
LEFT_GUILLEMET = "\u00ab"
RIGHT_GUILLEMET = "\u00bb"

# --- spaces and joiners ----------------------------------------------------------------------
SPACE = " "
NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"
FIGURE_SPACE = "\u2007"
THIN_SPACE = "\u2009"
IDEOGRAPHIC_SPACE = "\u3000"
ZWNJ = "\u200c"
ZWJ = "\u200d"
ZWSP = "\u200b"
WORD_JOINER = "\u2060"
BOM = "\ufeff"
LRM = "\u200e"
RLM = "\u200f"
ALM = "\u061c"
SOFT_HYPHEN = "\u00ad"
#: Variation selectors VS1..VS16: they pick a glyph variant (emoji style), they are not text.
VARIATION_SELECTORS = "".join(chr(c) for c in range(0xFE00, 0xFE10))
#: Bidi embedding/override/isolate controls: invisible, they only steer display.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" + LRM + RLM + ALM
#: Horizontal spaces other than U+0020 that mean a plain space in running text.
OTHER_SPACES = (
    NO_BREAK_SPACE
    + NARROW_NO_BREAK_SPACE
    + FIGURE_SPACE
    + THIN_SPACE
    + IDEOGRAPHIC_SPACE
    + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u205f\t"
)

# --- presentation forms ------------------------------------------------------------------------
#: Arabic Presentation Forms-A and -B: positional glyphs (ﭘ ﺎ ﮐ ...) that PDF extraction and old
#: software emit instead of letters. The word ligatures U+FDF0..U+FDFF (ﷲ ﷺ ﷽) are not included:
#: they stand for whole phrases and stay as the user wrote them.
PRESENTATION_FORMS = "".join(
    chr(c) for c in (*range(0xFB50, 0xFDF0), *range(0xFE70, 0xFEFF))
    if unicodedata.name(chr(c), "")
)

# --- digits ------------------------------------------------------------------------------------
ASCII_DIGITS = "0123456789"
ARABIC_INDIC_DIGITS = "".join(chr(0x0660 + i) for i in range(10))
URDU_DIGITS = "".join(chr(0x06F0 + i) for i in range(10))  # Extended Arabic-Indic (Urdu/Persian)

# --- letter classes ------------------------------------------------------------------------------
#: Letters found in Urdu but not in Arabic or Persian orthography: strong evidence for Urdu.
URDU_ONLY_LETTERS = TTEH + DDAL + RREH + NOON_GHUNNA + YEH_BARREE + HEH_DOACHASHMEE + HEH_GOAL
#: Consonants that take the aspiration marker ھ (بھ پھ تھ ٹھ جھ چھ دھ ڈھ رھ ڑھ کھ گھ لھ مھ نھ).
ASPIRABLE = (
    BEH + PEH + TEH + TTEH + JEEM + TCHEH + DAL + DDAL + REH + RREH + KEHEH + GAF + LAM + MEEM
    + NOON
)
#: Letters that never join to the following letter: a word may end visually after any of them.
NON_JOINING = (
    ALEF + ALEF_MADDA + ALEF_HAMZA_ABOVE + ALEF_HAMZA_BELOW + ALEF_WASLA + DAL + DDAL + THAL
    + REH + RREH + ZAIN + JEH + WAW + WAW_HAMZA + YEH_BARREE + YEH_BARREE_HAMZA + HAMZA
)
#: The prefix بے ("without"), written joined to its noun (بےروزگار): its ے is not a typo for ی.
BE_PREFIX = BEH + YEH_BARREE
#: Future-tense endings گا / گی / گے that are often written joined to the verb (جائےگا).
FUTURE_SUFFIXES = (GAF + ALEF, GAF + FARSI_YEH, GAF + YEH_BARREE)
#: The ending وں of an oblique plural noun (پسندوں, گردوں).
OBLIQUE_PLURAL = WAW + NOON_GHUNNA

"""Normalizer component: the only step that rewrites ``Document.text``.

It applies the rule-based normalization of :mod:`khabar.urdu.normalize` and then, when configured:

* ``expand_joined``: rewrites a whole token that is a known joined spelling of two words
  (کیلئے → کے لیے) from the reviewed lexicon ``khabar/urdu/data/joined_words.tsv``; the entries
  whose expansion only adds a space (کردیا → کر دیا, ہوگئے → ہو گئے: verb groups typed joined,
  frequent enough in web text that the rare-token condition below never lets them split, and
  always written apart in UD Urdu) are applied by ``repair_spaces`` too;
* ``merge_subwords``: replaces the space between two words by a ZWNJ where the learned segmenter
  puts a sub-word boundary (دہشت گردی → دہشت‌گردی);
* ``repair_spaces``: inserts a space inside a token whose words were run together (فرمایاکہ →
  فرمایا کہ, انہوںنے → انہوں نے), only when confident — all of:

  - the token is unknown or rare in the ``wordfreq`` Urdu list (zipf below ``repair_max_zipf``)
    and is not a word of the segmentation training data — or every boundary follows ے, which is
    written only at a word's end (کرتےہوئے → کرتے ہوئے, though wordfreq lists the pair);
  - the learned word segmenter (:mod:`khabar.ml.wordseg`) puts a word boundary there;
  - the part after each boundary is a word that writers type joined to the word before it
    (``khabar/urdu/data/attachable_words.tsv``: postpositions, particles and copulas — کہ نے کے سے
    میں ہے —, and auxiliaries, light and vector verbs and conjunctions — کیا دیا گیا رہا ہو اور —,
    these only after a part of three letters or more: ظاہرکیا → ظاہر کیا, but دولی خیل stays);
  - the letter before the boundary does not join to the next one (ا د ر و ے ...) or is ں, so the
    missing space was invisible to the writer;
  - the part before is a frequent word (zipf at least ``repair_min_part_zipf``), or any word (zipf
    at least ``repair_max_zipf``) when it ends in ے, which is written only at a word's end
    (مارےگئے → مارے گئے); before a case postposition (کے کی کا کو نے سے میں پر) a word of
    ``repair_min_case_zipf`` is enough (امدادکے → امداد کے, سرحدکے → سرحد کے) unless wordfreq lists
    the token or it may be an inflected word whose -ا form is a word (لڑاکے: لڑاکا, a fighter); a
    token wordfreq lists is split before a case postposition too when the word alone is frequent and
    at least ``repair_lead_margin`` commoner, as for a leading one below (کشمیرمیں → کشمیر میں, but
    لڑکے stays);
  - نے is not split off after ا (-انے is a verb's oblique infinitive: چکانے, بنانے).

  A rare token that ends in a postposition or copula, where the part before it is written alone
  elsewhere in the same text, is split there however rare that part is and whatever letter it ends
  in (پریانکا … پریانکاکو, اوباما … اوبامانے, افغانستان … افغانستاننے: a name; not X + نے where X is
  a verb's stem, an oblique infinitive: لہرا … لہرانے, :meth:`SpaceRepairer.name_point`).

  A rare token made of exactly the noun of a reviewed light-verb construction and one of its light
  verb's forms (the event and speech lexicons: اغواکر → اغوا کر, استدعاکی → استدعا کی, پتھراوکیا →
  پتھراو کیا) is split there without the frequency and segmenter conditions: both words are known.

  The same holds the other way round: a token that starts with a postposition or copula ending in a
  non-joining letter (نے کو سے کے کا میں پر ہے ...) or with the conjunction اور is split after it
  (نےمظاہرین → نے مظاہرین, کوایل بی ڈبلیو → کو ایل بی ڈبلیو, اورصوبائی → اور صوبائی) when the token
  is rare, the segmenter puts a boundary there and the rest is a frequent word of three letters or
  more (zipf at least ``repair_min_next_zipf``; at least ``repair_min_part_zipf`` for three letters:
  کوالا is Kuala, not کو + الا). A token wordfreq lists is split so too when the rest alone is at
  least ``repair_lead_margin`` more frequent (کوہدایت → کو ہدایت, کادورہ → کا دورہ: web text runs
  the pair together often; پرزور, پرتشدد are words) and the segmentation data does not hold it.
  One ending in ے (نے کے سے ہے) is split off whatever the token's frequency and the segmenter say,
  as ے is written only at a word's end (نےکہا → نے کہا, نےاس → نے اس, ہےکہ → ہے کہ): the rest need
  only be a word (zipf at least ``repair_max_zipf``, at least ``repair_min_part_zipf`` up to three
  letters); a medial ے typed for ی (سےلاب) is mended before.

  Two content words typed together after a non-joining letter (دیگرسہولیات → دیگر سہولیات,
  افرادمنتقل → افراد منتقل) are split at the segmenter's one cut when the token is no word and both
  parts are frequent words that are no postposition or copula (:meth:`SpaceRepairer.content_point`).

  A space typed inside a word after a non-joining letter is removed (مصبا ح → مصباح, گرفتا ر →
  گرفتار) when the part before it is no word, the part after it is short and no attachable word, and
  the two joined are a frequent word (:meth:`SpaceRepairer.rejoins`); so is one typed before a lone
  letter, which is no word, when the two joined are a word commoner than the part before (نا م →
  نام, ما ر → مار), and one typed before a word's final ں (انہو ں → انہوں).

  Joined future forms (جائےگا) are left alone: UD Urdu keeps them as one token. Measured on the
  UD Urdu dev text, these conditions split no gold token (see tests/components).

Each rewrite is an :class:`~khabar.doc.alignment.Edit` composed onto the normalization alignment
with :meth:`~khabar.doc.alignment.Alignment.then`, so every offset still maps back to the raw input
(an inserted space is a zero-width raw range).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TypeVar

import regex

from khabar.doc.alignment import Alignment, Edit
from khabar.doc.model import Document
from khabar.errors import ConfigError, PipelineError
from khabar.urdu import chars as C
from khabar.urdu.normalize import Normalizer as _Rules
from khabar.urdu.normalize import NormalizerConfig

if TYPE_CHECKING:
    from khabar.ml.wordseg import WordSegmenter


@dataclass(frozen=True, kw_only=True)
class NormalizerComponentConfig(NormalizerConfig):
    """:class:`NormalizerConfig` plus the token-level repairs of the component."""

    #: insert missing spaces inside run-together tokens (learned model + word lists; conservative)
    repair_spaces: bool = False
    #: rewrite known joined spellings of two words (کیلئے → کے لیے) from joined_words.tsv
    expand_joined: bool = False
    #: join two words written apart into one word with a ZWNJ sub-word boundary where the learned
    #: segmenter writes them so (دہشت گردی → دہشت‌گردی, اقوام متحدہ → اقوام‌متحدہ): the Zia et al.
    #: convention, useful for search and counting; off by default (names like محمد نواز also merge)
    merge_subwords: bool = False
    #: a token this frequent (zipf) or more is a word as written: never split
    repair_max_zipf: float = 3.0
    #: the word before a split-off postposition must be at least this frequent (zipf)
    repair_min_part_zipf: float = 5.0
    #: … or at least this frequent before a case postposition (کے کی کا کو نے سے میں پر) in a token
    #: wordfreq does not list (امدادکے, کمشنرکی)
    repair_min_case_zipf: float = 4.0
    #: the word after a split-off leading postposition (نےمظاہرین) must be at least this frequent
    repair_min_next_zipf: float = 4.0
    #: a token that starts with a leading postposition and that wordfreq lists (کوہدایت) is split all
    #: the same when the rest alone is this much more frequent (zipf)
    repair_lead_margin: float = 1.5
    #: two words run together where neither is a postposition (دیگرسہولیات, افرادمنتقل) are split
    #: only when both are at least this frequent
    repair_min_content_zipf: float = 4.5

    def __post_init__(self) -> None:
        super().__post_init__()
        if not all(0.0 <= z <= 9.0 for z in (self.repair_max_zipf, self.repair_min_part_zipf,
                                               self.repair_min_case_zipf, self.repair_min_next_zipf,
                                               self.repair_min_content_zipf, self.repair_lead_margin)):
            raise ConfigError("repair_max_zipf, repair_min_part_zipf, repair_min_case_zipf, "
                              "repair_min_next_zipf, repair_min_content_zipf and repair_lead_margin are "
                              "zipf values between 0 and 9")


T = TypeVar("T")
#: A run of Arabic-script letters (with their marks): the unit a repair may rewrite.
_WORD = regex.compile(r"[\p{Arabic}&&[\p{L}\p{M}]]+", flags=regex.V1)
#: Letters after which a word can end without a visible sign when the next word is typed joined.
_VISIBLE_END = frozenset(C.NON_JOINING + C.NOON_GHUNNA)
_NE = C.NOON + C.YEH_BARREE  # the ergative postposition
#: the postpositions that mark a noun phrase's case
_CASE_POSTPOSITIONS = frozenset({"کے", "کی", "کا", "کو", _NE, "سے", "میں", "پر"})
#: a verb stem's infinitive (کرنا, whose oblique form ends in نے) and present participle (کرتا)
_VERB_ENDS = (C.NOON + C.ALEF, C.TEH + C.ALEF)
_MIN_REPAIR_LENGTH = 4  # the shortest token worth splitting: two words of two letters
_MIN_NAME_PART = 3  # a name a postposition is typed onto has three letters or more
_MIN_LEADING_REST = 3  # the word after a leading postposition has three letters or more (not پرگی)
_CACHE_LIMIT = 65536
#: a word part typed after a stray space has at most this many letters (مقبو ضہ, مصبا ح)
_MAX_DETACHED_TAIL = 3
#: below this zipf a string is no word of wordfreq's Urdu list (it lists letters and syllables too)
_UNKNOWN_ZIPF = 1.0
#: the letters that are words on their own: و (and), ء (a hamza written apart)
_WORD_LETTERS = frozenset({C.WAW, C.HAMZA})
#: attachable conjunctions also typed joined to the word after them (اورصوبائی, اورکہا: 68 tokens in
#: COUNTER, split under the leading-postposition conditions; اوروں, others, is a word and stays)
_LEADING_CONJUNCTIONS = frozenset({"اور"})
#: what the second part of two run-together content words must not be, as names and places are
#: written solid with it: the Arabic article's names (ناصرالملک, ضیاءاللہ, محموداللہ: a part that
#: starts with ال), place-name endings (مسعودپور, پیرکوٹ) and the -man of English surnames
#: (فیلڈمین, گولڈمین: Feldman, Goldman)
_NAME_TAILS = frozenset({"پور", "کوٹ", "آباد", "گڑھ", "نگر", "والا", "مین"})
#: ordinals end so (اٹھارواں, انیسویں): not a word + رواں
_ORDINAL_ENDS = ("واں", "ویں")
#: prefixes written solid with the word after them (بلاقیمت, غیرملکی, بےگھر): no first content word
_PREFIXES = frozenset({"بلا", "غیر", "بے", "نا", "لا", "ہم", "کم", "بد", "خوش", "بین", "پیش", "زیر"})


def _memo(cache: dict[str, T], key: str, compute: Callable[[], T]) -> T:
    """``cache[key]``, computed when missing and kept while the cache holds fewer than
    :data:`_CACHE_LIMIT` entries (a long archive's words do not grow it without bound)."""
    found = cache.get(key)
    if found is None:
        found = compute()
        if len(cache) < _CACHE_LIMIT:
            cache[key] = found
    return found


@dataclass(frozen=True, slots=True)
class Rewrite:
    """``text[start:end]`` becomes ``new`` (``start == end``: an insertion)."""

    start: int
    end: int
    new: str


class SpaceRepairer:
    """Decides where to split run-together tokens and which joined spellings to expand."""

    def __init__(self, config: NormalizerComponentConfig,
                 segmenter: WordSegmenter | None = None) -> None:
        self.config = config
        self._segmenter = segmenter
        from khabar.urdu.joined import attachable_words, joined_words
        from khabar.urdu.news import light_verb_pairs

        # a joined spelling whose expansion only adds spaces (کردیا → کر دیا) is a missing space: space
        # repair inserts it; one that changes letters (کیلئے → کے لیے) waits for expand_joined
        self._joined: dict[str, str] = {
            w: x for w, x in joined_words().items()
            if config.expand_joined or (config.repair_spaces and x.replace(C.SPACE, "") == w)}
        self._attachable: dict[str, int] = attachable_words() if config.repair_spaces else {}
        # postpositions and copulas, which follow a word of any length (not auxiliaries: ظاہرکیا)
        self._postpositions = tuple(w for w, least in self._attachable.items() if least == 1)
        # (noun, light verb) of the reviewed constructions: اغواکر → اغوا کر, استدعاکی → استدعا کی
        self._light: frozenset[tuple[str, str]] = light_verb_pairs() if config.repair_spaces else frozenset()
        # whole tokens that are joined spellings; token ends that may hide a missing space
        # (both are found word by word, with set look-ups: a regular expression alternating hundreds of
        # words is tried at every character and cost a tenth of the pipeline's first pass)
        ends = set(self._attachable) | {verb for _, verb in self._light}
        if not all(_LETTER_RUN.fullmatch(w) for w in (*self._joined, *ends)):
            raise ConfigError("a joined spelling or attachable word holds a character that is no letter "
                              "or mark")
        self._ends = frozenset(ends)
        self._end_lengths = sorted({len(w) for w in ends}, reverse=True)
        self._end_last = frozenset(w[-1] for w in ends)
        # token starts that may hide a missing space: a postposition or copula ending in a
        # non-joining letter, typed joined to the word after it (نےمظاہرین, کواس)
        self._leading = frozenset(w for w, least in self._attachable.items()
                                  if (least == 1 or w in _LEADING_CONJUNCTIONS) and w[-1] in _VISIBLE_END)
        self._lead_lengths = sorted({len(w) for w in self._leading}, reverse=True)
        self._lead_first = frozenset(w[0] for w in self._leading)
        self._lead_cache: dict[str, int] = {}
        self._content_cache: dict[str, int] = {}
        if (config.repair_spaces or config.merge_subwords) and self._segmenter is None:
            from khabar.ml.wordseg import default_segmenter

            self._segmenter = default_segmenter()
        self._cache: dict[str, tuple[int, ...]] = {}
        self._pair_cache: dict[str, bool] = {}
        self._rejoin_cache: dict[str, bool] = {}

    def split_points(self, word: str) -> tuple[int, ...]:
        """Offsets inside ``word`` (one run of letters) where a space is missing, or ``()``."""
        return _memo(self._cache, word, lambda: self._decide(word))

    def _is_word(self, word: str) -> bool:
        """Whether a token is a word as written: frequent enough (zipf at least ``repair_max_zipf``) or
        a word of the segmentation training data. Only with a segmenter."""
        from khabar.urdu.lexicon import zipf

        return zipf(word) >= self.config.repair_max_zipf or self._in_segmentation_data(word)

    def _in_segmentation_data(self, word: str) -> bool:
        """Whether a token is a word of the segmentation training data. Only with a segmenter."""
        from khabar.ml.wordseg import skeleton

        assert self._segmenter is not None
        return self._segmenter.lexicon.words.get(skeleton(word), 0) > 0

    def _decide(self, word: str) -> tuple[int, ...]:
        from khabar.urdu.lexicon import zipf

        seg = self._segmenter
        if seg is None or len(word) < _MIN_REPAIR_LENGTH:
            return ()
        cfg = self.config
        frequent = self._is_word(word)
        if frequent and C.YEH_BARREE not in word[:-1]:
            # frequent, and no ے inside it to show a missing space: as written — unless it is a word
            # and its case postposition that web text runs together often enough for wordfreq to list
            return self._listed_case_point(word)
        if not frequent:
            for k in range(2, len(word) - 1):
                if word[k - 1] in _VISIBLE_END and (word[:k], word[k:]) in self._light:
                    return (k,)  # a reviewed construction's noun + its light verb (پتھراوکیا)
        points = seg.split_points(word)
        if not points or (frequent and not all(word[p - 1] == C.YEH_BARREE for p in points)):
            # a frequent token stays as written — unless every cut follows ے, which is written only
            # at a word's end (کرتےہوئے: wordfreq lists the run-together pair)
            return ()
        cuts = [0, *points, len(word)]
        for k in range(1, len(cuts) - 1):
            before, after = word[cuts[k - 1]:cuts[k]], word[cuts[k]:cuts[k + 1]]
            if (after not in self._attachable or word[cuts[k] - 1] not in _VISIBLE_END
                    or len(before) < self._attachable[after]):
                return ()
            if after == _NE and word[cuts[k] - 1] == C.ALEF:
                return ()  # -انے is a verb's oblique infinitive (چکانے, بنانے), not X + نے
            # after ے, written only at a word's end, the part need only be a word (مارےگئے,
            # لگائےگئے: مارے and لگائے are below the frequent-part level)
            least = cfg.repair_max_zipf if word[cuts[k] - 1] == C.YEH_BARREE else (
                cfg.repair_min_case_zipf if after in _CASE_POSTPOSITIONS and not self._inflected(word)
                else cfg.repair_min_part_zipf)
            if (before not in self._attachable and zipf(before) < least
                    and not (before.endswith(C.OBLIQUE_PLURAL) and self._attachable[after] == 1
                             and len(before) > len(C.OBLIQUE_PLURAL) + 2)):
                # an oblique plural (شدت پسندوںکو, ساتھیوںنے) is followed by a postposition
                # whatever its frequency
                return ()
        return tuple(points)

    def _listed_case_point(self, word: str) -> tuple[int, ...]:
        """Where a case postposition splits off a token wordfreq lists (کشمیرمیں 3.6 against کشمیر 5.6,
        گھرمیں, طورپر): the word before it is frequent (zipf at least ``repair_min_part_zipf``) and at
        least ``repair_lead_margin`` more frequent than the token, a non-joining letter ends it, the
        segmenter cuts there and the segmentation data does not hold the token — as for a leading
        postposition (کوہدایت); a real word is not split (لڑکے: لڑ 4.5 against 4.7)."""
        from khabar.urdu.lexicon import zipf

        seg, cfg = self._segmenter, self.config
        assert seg is not None
        post = next((p for p in _CASE_POSTPOSITIONS if word.endswith(p)), None)
        if post is None:
            return ()
        cut = len(word) - len(post)
        before = word[:cut]
        if (cut < _MIN_NAME_PART or word[cut - 1] not in _VISIBLE_END
                or (post == _NE and word[cut - 1] == C.ALEF)):
            return ()
        if zipf(before) < cfg.repair_min_part_zipf or not self._listed_pair(word, before):
            return ()
        return (cut,) if cut in seg.split_points(word) else ()

    def _listed_pair(self, word: str, part: str) -> bool:
        """Whether a token wordfreq lists is a pair web text runs together rather than a word: the part
        split off from it alone is at least ``repair_lead_margin`` commoner (کوہدایت 3.0 against ہدایت
        5.3, کشمیرمیں 3.6 against کشمیر 5.6) and the segmentation data does not hold the token."""
        from khabar.urdu.lexicon import zipf

        return (not self._in_segmentation_data(word)
                and zipf(part) - zipf(word) >= self.config.repair_lead_margin)

    def _inflected(self, word: str) -> bool:
        """Whether a token ending in a case postposition may be an inflected word rather than a word
        and its postposition: wordfreq lists it, or, ending in ے or ی, its form in -ا is a word (لڑاکے,
        لڑاکی: لڑاکا, a fighter)."""
        from khabar.urdu.lexicon import zipf

        least = self.config.repair_max_zipf
        return zipf(word) > 0.0 or (word[-1] in (C.YEH_BARREE, C.FARSI_YEH)
                                     and zipf(word[:-1] + C.ALEF) >= least)

    def content_point(self, word: str) -> int:
        """Where an unknown token (one run of letters) is two content words run together, else 0:
        دیگرسہولیات → دیگر سہولیات, افرادمنتقل → افراد منتقل. The token is no word (zipf below
        ``repair_max_zipf``, not in the segmentation data); the segmenter cuts it once, after a letter
        that does not join, so the writer saw no missing space; both parts have three letters or more
        and are frequent (zipf at least ``repair_min_content_zipf``); the second is no Arabic article's
        name part (ناصرالملک, محموداللہ), no place-name ending (مسعودپور) and the token no ordinal
        (اٹھارواں)."""
        return _memo(self._content_cache, word, lambda: self._content_cut(word))

    def _content_cut(self, word: str) -> int:
        from khabar.urdu.lexicon import zipf

        seg, cfg = self._segmenter, self.config
        if seg is None or len(word) < 2 * _MIN_NAME_PART or word.endswith(_ORDINAL_ENDS):
            return 0
        if self._is_word(word):
            return 0
        least = cfg.repair_min_content_zipf
        # the cuts after a letter that does not join with both parts long and frequent enough: with none,
        # the segmenter's answer cannot matter and it need not run
        cuts = {c for c in range(_MIN_NAME_PART, len(word) - _MIN_NAME_PART + 1)
                if word[c - 1] in _VISIBLE_END and zipf(word[:c]) >= least and zipf(word[c:]) >= least}
        if not cuts:
            return 0
        points = seg.split_points(word)
        if len(points) != 1:
            return 0
        cut = points[0]
        before, after = word[:cut], word[cut:]
        ok = (cut in cuts and before not in _PREFIXES and before not in self._attachable
              and after not in self._attachable  # پارتھا: a copula's split has stricter rules
              and not after.startswith(_ARTICLE) and after not in _NAME_TAILS)
        return cut if ok else 0

    def name_point(self, word: str, doc_words: frozenset[str]) -> tuple[int, ...]:
        """Where a postposition typed onto a name splits off (پریانکاکو → پریانکا کو, اوباما …
        اوبامانے, افغانستان … افغانستاننے, ٹریبونلزکی): the token is rare, ends in a postposition or
        copula, and the part before it is written alone elsewhere in the same text — a name's own
        rarity never blocks it, as the frequency rule does, and the writer's eye need not have missed
        the space (a joining letter before it: امریکہکے, میچکے). Not X + نے where X is a verb's stem,
        as wordfreq's X + نا or X + تا shows: that is an oblique infinitive (لہرا … لہرانے)."""
        from khabar.urdu.lexicon import known, zipf

        for post in self._postpositions:
            if not word.endswith(post) or len(word) - len(post) < _MIN_NAME_PART:
                continue
            cut = len(word) - len(post)
            stem = word[:cut]
            if (stem in doc_words and zipf(word) < self.config.repair_max_zipf
                    and not (post == _NE and any(known(stem + end) for end in _VERB_ENDS))):
                return (cut,)
        return ()

    def leading_point(self, word: str, clitic: str) -> int:
        """``len(clitic)`` when ``word`` (one run of letters) is ``clitic`` typed joined to the word
        after it, else 0."""
        return _memo(self._lead_cache, clitic + "\t" + word,
                     lambda: len(clitic) if self._leads(word, clitic) else 0)

    def _leads(self, word: str, clitic: str) -> bool:
        from khabar.urdu.lexicon import zipf

        seg, cfg = self._segmenter, self.config
        rest = word[len(clitic):]
        if clitic[-1] == C.YEH_BARREE and len(rest) >= 2:
            # ے is written only at a word's end, so نےکہا, نےاس, سےایبولا are two words however often
            # web text runs them together (wordfreq lists نےکہا); the rest need only be a word
            least = cfg.repair_min_part_zipf if len(rest) <= _MIN_LEADING_REST else cfg.repair_max_zipf
            return zipf(rest) >= least
        if seg is None or len(rest) < _MIN_LEADING_REST or rest in self._attachable:
            return False
        if self._is_word(word) and not self._listed_pair(word, rest):
            # a word as written — unless web text runs the pair together often enough for wordfreq
            # to list it but the rest alone is far commoner (کوہدایت 3.0 against ہدایت 5.3, کادورہ,
            # پرحملہ), where a real word is not (پرزور 4.0 against زور 5.0, پرتشدد, پرعزم)
            return False
        # a three-letter rest must be as frequent as a part before a split-off postposition (کوالا
        # is Kuala, not کو + الا)
        least = cfg.repair_min_part_zipf if len(rest) == _MIN_LEADING_REST else cfg.repair_min_next_zipf
        return zipf(rest) >= least and len(clitic) in seg.split_points(word)

    def rewrites(self, text: str) -> list[Rewrite]:
        """Every expansion and space insertion for ``text`` (sorted, non-overlapping)."""
        out: list[Rewrite] = []
        expanded: list[tuple[int, int]] = []
        runs = [(m.start(), m.group()) for m in _LETTER_RUN.finditer(text)]
        if self._joined:
            for first, w in runs:
                expansion = self._joined.get(w)
                if expansion is None:
                    continue
                if expansion.replace(C.SPACE, "") == w:  # spaces only: zero-width insertions
                    at = first
                    for part in expansion.split(C.SPACE)[:-1]:
                        at += len(part)
                        out.append(Rewrite(at, at, C.SPACE))
                else:
                    out.append(Rewrite(first, first + len(w), expansion))
                expanded.append((first, first + len(w)))
        doc_words: frozenset[str] | None = None  # the text's words, read once when a name may need them
        if self._ends:
            done = -1
            for m_start, end, visible in self._candidates(runs):
                # a candidate ends with an attachable word; its token starts at the letters before
                start = _word_start(text, m_start)
                if start <= done or any(a <= start < b for a, b in expanded):
                    continue
                done = start
                word = text[start:end]
                points = self.split_points(word) if visible else ()
                if not points:
                    if doc_words is None:
                        doc_words = frozenset(_WORD.findall(text))
                    points = self.name_point(word, doc_words)
                out.extend(Rewrite(start + p, start + p, C.SPACE) for p in points)
        for first, lead in self._lead_runs(runs):
            end = _word_end(text, first + len(lead))
            if any(a <= first < b for a, b in expanded):
                continue
            cut = self.leading_point(text[first:end], lead)
            if cut:
                out.append(Rewrite(first + cut, first + cut, C.SPACE))
        for m in _DETACHED_GHUNNA.finditer(text):
            out.append(Rewrite(m.start(), m.end(), ""))  # انہو ں → انہوں: ں begins no word
        if self.config.repair_spaces:
            for m in _HAMZA_JOINED.finditer(text):
                if self.after_hamza(text, m.start(), m.end()) and not any(
                        a <= m.start() < b for a, b in expanded):
                    out.append(Rewrite(m.end(), m.end(), C.SPACE))  # شرکاءکو → شرکاء کو
            for m in _DETACHED_TAIL.finditer(text, overlapped=True):
                if m.group(2) in self._attachable:
                    continue  # کے, سے, ہے: a word of its own (most matches end here)
                space = m.start(1)
                if self.rejoins(text[_word_start(text, m.start()):space], m.group(2)):
                    out.append(Rewrite(space, space + 1, ""))  # مصبا ح → مصباح
        if self.config.repair_spaces:
            # two content words run together (دیگرسہولیات): a run no other repair touched
            touched = sorted({r.start for r in out} | {r.end for r in out} | {a for a, _ in expanded})
            for first, w in runs:
                end = first + len(w)
                k = bisect_left(touched, first)
                if k < len(touched) and touched[k] <= end:
                    continue
                cut = self.content_point(w)
                if cut:
                    out.append(Rewrite(first + cut, first + cut, C.SPACE))
        if self.config.merge_subwords:
            taken = sorted((r.start, r.end) for r in out)
            for m in _PAIR.finditer(text, overlapped=True):
                space = m.start(2)
                if any(a <= m.end() and m.start() <= b for a, b in taken):
                    continue
                if self.is_compound(m.group(1), m.group(3)):
                    out.append(Rewrite(space, space + 1, C.ZWNJ))
                    taken.append((space, space + 1))
        out.sort(key=lambda r: (r.start, r.end))
        return _without_overlaps(out)

    def _candidates(self, runs: list[tuple[int, str]]) -> Iterator[tuple[int, int, bool]]:
        """(start, end, True) of each letter run's longest ending that is an attachable word (or a
        light verb) after a non-joining letter: the start is that letter's position, the end the
        run's; else (start, end, False) of its postposition or copula after a joining letter, which
        only a name the text writes alone may split off (:meth:`name_point`)."""
        ends, lengths, last = self._ends, self._end_lengths, self._end_last
        for at, w in runs:
            if w[-1] not in last:
                continue
            n = len(w)
            for k in lengths:
                if k < n and w[n - k - 1] in _VISIBLE_END and w[n - k:] in ends:
                    yield at + n - k - 1, at + n, True
                    break
            else:
                for post in self._postpositions:
                    k = len(post)
                    if n - k >= _MIN_NAME_PART and w.endswith(post):
                        yield at + n - k - 1, at + n, False
                        break

    def _lead_runs(self, runs: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        """(start, word) of each letter run that begins with a leading word (a postposition or copula
        that may be typed onto the word after it) and a letter after it: the longest such word."""
        leading, first = self._leading, self._lead_first
        for at, w in runs:
            if w[0] not in first:
                continue
            n = len(w)
            for k in self._lead_lengths:
                if k < n and w[:k] in leading and unicodedata.category(w[k])[0] == "L":
                    yield at, w[:k]
                    break

    def after_hamza(self, text: str, hamza: int, rest_start: int) -> bool:
        """Whether a space is missing after the hamza at ``text[hamza]`` that a letter follows: a
        lone ء ends a word (علماء, شرکاء; 2014ء, a year), so شرکاءکو, ورثاءکے, اثناءحملہ and 2014ءمیں
        are two words — when the word before is one (zipf at least ``repair_max_zipf``, or a year's ء
        after digits), the rest is a word or an attachable one, the two joined are no word, and the
        rest is no Arabic article (ضیاءالدین, ذکاءاللہ: one name)."""
        from khabar.urdu.lexicon import zipf

        start = _word_start(text, hamza)
        before, rest = text[start:hamza + 1], text[rest_start:_word_end(text, rest_start)]
        least = self.config.repair_max_zipf
        # a year's ء after digits (web text runs ءمیں together often enough for wordfreq to list it)
        year = before == C.HAMZA and start > 0 and unicodedata.category(text[start - 1]) == "Nd"
        if rest.startswith(_ARTICLE) or not (year or (zipf(before) >= least and zipf(before + rest) < least)):
            return False
        return rest in self._attachable or zipf(rest) >= least

    def rejoins(self, first: str, tail: str) -> bool:
        """Whether ``first`` + space + ``tail`` is one word with a space typed inside it (مصبا ح,
        گرفتا ر, مقبو ضہ: 107 times in COUNTER): the space follows a non-joining letter, so the writer
        could not see it; ``first`` is no word (unknown to wordfreq and the segmentation data; بر in
        بر ہمی is one, so that space stays); ``tail`` has at most three letters and is no postposition,
        copula or auxiliary; and the two joined make a word (zipf at least ``repair_max_zipf``, the
        level at which a token is left as written). A ``tail`` of one letter other than و and ء is no
        word at all, so ``first`` may be one (نا م, ما ر, ا س): the two join when the joined word is
        at that level and commoner than ``first`` (not کر د of a split کر دیا, nor دو ر)."""
        if (not first or not 1 <= len(tail) <= _MAX_DETACHED_TAIL or tail in _WORD_LETTERS
                or first[-1] not in C.NON_JOINING or tail in self._attachable):
            return False
        return _memo(self._rejoin_cache, first + C.SPACE + tail, lambda: self._joined_is_word(first, tail))

    def _joined_is_word(self, first: str, tail: str) -> bool:
        """:meth:`rejoins` past its cheap checks: the frequencies."""
        from khabar.urdu.lexicon import zipf

        joined = zipf(first + tail)
        if len(tail) == 1:
            # a lone letter is no word (و and ء are, and never reach here): the space is a typo
            # when the two joined are a word more frequent than the part before it (نا م → نام,
            # ما ر → مار, رضامند ی → رضامندی), not when the part is the commoner word (کر د:
            # کر دیا typed apart, دو ر)
            return joined >= self.config.repair_max_zipf and joined > zipf(first)
        return (len(first) >= 2 and zipf(first) < _UNKNOWN_ZIPF
                and joined >= self.config.repair_max_zipf
                and (self._segmenter is None or not self._in_segmentation_data(first)))

    def is_compound(self, first: str, second: str) -> bool:
        """Whether the segmenter writes ``first`` + ``second`` as one word with a ZWNJ between them."""
        segmenter = self._segmenter
        assert segmenter is not None
        return _memo(self._pair_cache, first + C.SPACE + second,
                     lambda: any(b.offset == len(first) and b.kind == "zwnj"
                                 for b in segmenter.boundaries(first + second)))


#: Two Urdu words separated by one space (the second may be followed by anything but a letter).
#: A lone hamza with a letter right after it: where a space after a word ending in ء went missing.
_HAMZA_JOINED = regex.compile(C.HAMZA + r"(?=[\p{Arabic}&&\p{L}])", flags=regex.V1)
#: The Arabic article that begins the second part of a name (ضیاءالدین, ذکاءاللہ).
_ARTICLE = C.ALEF + C.LAM
#: A space typed before a word's final noon ghunna (انہو ں, گولیا ں, کھلاڑیو ں): ں alone is no word.
_DETACHED_GHUNNA = regex.compile(r"(?<=[\p{Arabic}&&\p{L}]) (?=" + C.NOON_GHUNNA + r"(?![\p{L}\p{M}]))",
                                 flags=regex.V1)
#: A non-joining letter, one space, and a part of one to three letters: where a space typed inside a
#: word hides (مصبا ح, گرفتا ر); the word before starts at the letters before the match, and
#: :meth:`SpaceRepairer.rejoins` decides.
_DETACHED_TAIL = regex.compile(
    r"[" + regex.escape("".join(C.NON_JOINING)) + r"]( )([\p{Arabic}&&[\p{L}\p{M}]]{1,3})(?![\p{L}\p{M}])",
    flags=regex.V1)
_PAIR = regex.compile(r"(?<![\p{L}\p{M}])([\p{Arabic}&&[\p{L}\p{M}]]+)( )([\p{Arabic}&&[\p{L}\p{M}]]+)"
                      r"(?![\p{L}\p{M}])", flags=regex.V1)


def _without_overlaps(rewrites: list[Rewrite]) -> list[Rewrite]:
    """Sorted rewrites with any that overlaps an earlier one dropped (two merges sharing a word), and
    a second space inserted where one already is (ہےکہ: split after ہے and before کہ alike)."""
    out: list[Rewrite] = []
    for rw in rewrites:
        if out and (rw.start < out[-1].end or rw == out[-1]):
            continue
        out.append(rw)
    return out


#: A run of letters and marks: a word as the joined-spelling and candidate look-ups see it.
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]+")


def _is_word_char(ch: str) -> bool:
    return bool(_WORD.fullmatch(ch))


def _word_start(text: str, i: int) -> int:
    """Where the run of letters that reaches position ``i`` of ``text`` begins."""
    while i > 0 and _is_word_char(text[i - 1]):
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    """Where the run of letters that goes on from position ``i`` of ``text`` ends."""
    while i < len(text) and _is_word_char(text[i]):
        i += 1
    return i


def apply_rewrites(text: str, rewrites: list[Rewrite]) -> tuple[str, list[Edit]]:
    """The rewritten text and its edits (``r_*`` in ``text``, ``n_*`` in the result)."""
    parts: list[str] = []
    edits: list[Edit] = []
    pos = shift = 0
    for rw in sorted(rewrites, key=lambda r: (r.start, r.end)):
        parts.append(text[pos:rw.start])
        parts.append(rw.new)
        edits.append(Edit(rw.start, rw.end, rw.start + shift, rw.start + shift + len(rw.new)))
        shift += len(rw.new) - (rw.end - rw.start)
        pos = rw.end
    parts.append(text[pos:])
    return "".join(parts), edits


class Normalizer:
    name: ClassVar[str] = "normalizer"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ("text",)

    def __init__(self, config: NormalizerConfig | None = None, *,
                 segmenter: WordSegmenter | None = None) -> None:
        if config is None:
            config = NormalizerComponentConfig()
        elif not isinstance(config, NormalizerComponentConfig):
            config = NormalizerComponentConfig(**{f: getattr(config, f)
                                                  for f in config.__dataclass_fields__})
        self.config: NormalizerComponentConfig = config
        self._rules = _Rules(self.config)
        self._repair: SpaceRepairer | None = None
        if config.repair_spaces or config.expand_joined or config.merge_subwords:
            self._repair = SpaceRepairer(config, segmenter)

    def normalize(self, raw: str) -> tuple[str, Alignment]:
        """Normalized text of ``raw`` and its alignment to ``raw``."""
        result = self._rules(raw)
        text, alignment = result.text, result.alignment
        if self._repair is not None:
            rewrites = self._repair.rewrites(text)
            if rewrites:
                new_text, edits = apply_rewrites(text, rewrites)
                alignment = alignment.then(edits, len(new_text))
                text = new_text
        return text, alignment

    def __call__(self, doc: Document) -> Document:
        if doc.text != doc.raw_text or doc.is_tokenized:
            raise PipelineError("the normalizer must run first, on a document nobody has changed")
        doc.text, doc.alignment = self.normalize(doc.raw_text)
        return doc

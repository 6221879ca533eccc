# ruff: noqa: E501
"""Lemma tables (context, treebank spelling, normalized lookup, suffix backoff) and the UPOS decoders
(greedy, second-order Viterbi, first-order CRF Viterbi: exact against brute force)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from khabar.errors import ModelError
from khabar.ml.tagger import SAME, LemmaRules, Tagger, TagSentence, WordNormalizer


def _ud(rows: list[tuple[str, str, str]]) -> TagSentence:
    """A fully annotated sentence from (form, UPOS, lemma) rows."""
    forms, upos, lemmas = zip(*rows, strict=True)
    n = len(forms)
    return TagSentence(tuple(forms), tuple(upos), ("",) * n, ("",) * n, tuple(lemmas))


# real UD Urdu-UDTB conventions: کے before a postposition is its own lemma (کے لئے, کے بعد),
# elsewhere کا; the treebank spells دینا as دےنا; مےں and میں are each their own lemma
TRAIN = [
    _ud([("حکومت", "NOUN", "حکومت"), ("کے", "ADP", "کے"), ("لئے", "ADP", "لئے"), ("کام", "NOUN", "کام")]),
    _ud([("جنگ", "NOUN", "جنگ"), ("کے", "ADP", "کے"), ("بعد", "ADP", "بعد"), ("امن", "NOUN", "امن")]),
    _ud([("ملک", "NOUN", "ملک"), ("کے", "ADP", "کا"), ("عوام", "NOUN", "عوام")]),
    _ud([("شہر", "NOUN", "شہر"), ("کے", "ADP", "کا"), ("لوگ", "NOUN", "لوگ")]),
    _ud([("ریاست", "NOUN", "ریاست"), ("کے", "ADP", "کا"), ("وزیر", "NOUN", "وزیر")]),
    _ud([("انہوں", "PRON", "وہ"), ("نے", "ADP", "نے"), ("استعفیٰ", "NOUN", "استعفیٰ"), ("دیا", "VERB", "دےنا")]),
    _ud([("پاکستان", "PROPN", "پاکستان"), ("مےں", "ADP", "مےں"), ("بارش", "NOUN", "بارش")]),
    _ud([("بھارت", "PROPN", "بھارت"), ("میں", "ADP", "میں"), ("ممالک", "NOUN", "مُلک")]),
    _ud([("لڑکوں", "NOUN", "لڑکا"), ("کمروں", "NOUN", "کمرا"), ("گھوڑوں", "NOUN", "گھوڑا")]),
]


@pytest.fixture(scope="module")
def rules() -> LemmaRules:
    return LemmaRules.learn(TRAIN, WordNormalizer(), min_suffix_count=2)


# (forms, UPOS, expected lemmas)
LEMMA_TABLE = [
    # کے: context decides (next UPOS ADP -> کے; otherwise the word's majority, کا)
    (["حکومت", "کے", "لئے"], ["NOUN", "ADP", "ADP"], ["حکومت", "کے", "لئے"]),
    (["ملک", "کے", "عوام"], ["NOUN", "ADP", "NOUN"], ["ملک", "کا", "عوام"]),
    (["ملک", "کے"], ["NOUN", "ADP"], ["ملک", "کا"]),
    # treebank spelling of table lemmas; the token's own spelling when it is its own lemma
    (["انہوں", "نے", "دیا"], ["PRON", "ADP", "VERB"], ["وہ", "نے", "دےنا"]),
    (["ممالک"], ["NOUN"], ["مُلک"]),
    (["مےں", "میں"], ["ADP", "ADP"], ["مےں", "میں"]),
    # a spelling never seen is found through its normalized form: ي (Arabic yeh) -> ی
    (["ديا"], ["VERB"], ["دےنا"]),
    # the VERB backoff script of the empty suffix (2|ےنا, from دیا) would replace the whole of an
    # unseen two-letter verb form: the form is kept instead
    (["دي"], ["VERB"], ["دي"]),
    # unseen words: the suffix script (وں -> ا under NOUN, seen in three word types)
    (["بکروں"], ["NOUN"], ["بکرا"]),
    # unseen under an unseen suffix: the word is its own lemma
    (["خبر"], ["NOUN"], ["خبر"]),
]


@pytest.mark.parametrize(("forms", "upos", "expected"), LEMMA_TABLE)
def test_lemma_rules(rules: LemmaRules, forms: list[str], upos: list[str], expected: list[str]) -> None:
    norm = WordNormalizer()
    assert rules.lemmas(forms, [norm(f) for f in forms], upos) == expected


def test_context_table_holds_only_what_differs_from_the_word_default(rules: LemmaRules) -> None:
    assert rules.by_form_upos["کے\tADP"] == "کا"
    assert rules.by_context == {"کے\tADP\tADP": SAME}


def test_suffix_backoff_needs_two_word_types(rules: LemmaRules) -> None:
    one = LemmaRules.learn([_ud([("لڑکوں", "NOUN", "لڑکا")])], WordNormalizer(), min_suffix_count=2)
    assert "NOUN\tوں" not in one.by_suffix
    assert one.by_suffix["NOUN\t"] == "2|ا"  # the empty suffix is always kept
    assert rules.by_suffix["NOUN\tوں"] == "2|ا"  # three word types in TRAIN


# --- decoders: exact search against brute force ---------------------------------------------------------
def _toy_tagger(k: int, rng: np.random.Generator, *, crf: bool) -> Tagger:
    labels = [f"T{i}" for i in range(k)]
    features = ["t-1=" + p for p in ["<none>", *labels]] + [
        "t-2t-1=" + a + "|" + b for a in ["<none>", *labels] for b in ["<none>", *labels]]
    if crf:
        features = ["b"]
    weights = rng.normal(size=(len(features), k))
    rules = LemmaRules({}, {}, {}, {})
    return Tagger(index={f: i for i, f in enumerate(features)}, upos_labels=labels, upos_weights=weights,
                  morph_labels=["xpos=A", "xpos=B"], morph_weights=np.zeros((len(features), 2)), masks={},
                  lemma_rules=rules, classes={},
                  upos_trans=rng.normal(size=(k, k)) if crf else None)


def _score2(t: Tagger, base: np.ndarray, seq: tuple[int, ...]) -> float:
    k1 = len(t.upos_labels) + 1
    p2 = p1 = 0
    total = 0.0
    for i, y in enumerate(seq):
        total += base[i, y] + t._t1[p1, y] + t._t2[p2 * k1 + p1, y]
        p2, p1 = p1, y + 1
    return total


def test_second_order_viterbi_finds_the_best_sequence() -> None:
    rng = np.random.default_rng(3)
    t = _toy_tagger(3, rng, crf=False)
    for n in (1, 2, 4, 5):
        base = rng.normal(size=(n, 3))
        best = max(itertools.product(range(3), repeat=n), key=lambda s: _score2(t, base, s))
        assert tuple(t._viterbi(base)) == best
        greedy = tuple(t._greedy(base))
        assert _score2(t, base, greedy) <= _score2(t, base, best) + 1e-9


def test_crf_viterbi_finds_the_best_sequence() -> None:
    rng = np.random.default_rng(5)
    t = _toy_tagger(4, rng, crf=True)
    assert t.decoder == "crf"
    trans = t.upos_trans
    assert trans is not None

    def score(base: np.ndarray, seq: tuple[int, ...]) -> float:
        return float(sum(base[i, y] for i, y in enumerate(seq))
                     + sum(trans[a, b] for a, b in itertools.pairwise(seq)))

    for n in (1, 2, 3, 5):
        base = rng.normal(size=(n, 4))
        best = max(itertools.product(range(4), repeat=n), key=lambda s: score(base, s))
        assert tuple(t._viterbi1(base)) == best


def test_crf_model_round_trips_through_its_arrays() -> None:
    t = _toy_tagger(3, np.random.default_rng(1), crf=True)
    back = Tagger.from_arrays(t.to_arrays())
    assert back.decoder == "crf"
    assert back.upos_trans is not None
    np.testing.assert_array_equal(back.upos_trans, t.upos_trans.astype(np.float32))  # type: ignore[union-attr]


def test_decoder_must_fit_the_model() -> None:
    rng = np.random.default_rng(2)
    t = _toy_tagger(3, rng, crf=False)
    with pytest.raises(ModelError, match="decoder"):
        Tagger(index=t.index, upos_labels=t.upos_labels, upos_weights=t.upos_weights,
               morph_labels=t.morph_labels, morph_weights=t.morph_weights, masks={},
               lemma_rules=t.lemma_rules, classes={}, decoder="crf")


def _greedy_left_to_right(t: Tagger, base: np.ndarray) -> list[int]:
    """The greedy decoder written as the plain left-to-right loop, one token at a time."""
    k1 = len(t.upos_labels) + 1
    p2 = p1 = 0
    out: list[int] = []
    for i in range(base.shape[0]):
        y = int((base[i] + t._t1[p1] + t._t2[p2 * k1 + p1]).argmax())
        out.append(y)
        p2, p1 = p1, y + 1
    return out


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_greedy_decodes_stacked_sentences_as_each_alone(seed: int) -> None:
    """Greedy decoding of many sentences at once (a document, :meth:`Tagger._greedy_batch`) re-decodes
    tokens until no tag changes: it must end on the left-to-right tags of every sentence, the empty and
    one-token ones included."""
    rng = np.random.default_rng(seed)
    t = _toy_tagger(4, rng, crf=False)
    lengths = [5, 1, 0, 17, 2, 9, 1]
    base = rng.normal(size=(sum(lengths), 4)).astype(np.float32)
    starts = np.cumsum(lengths) - lengths
    want = [y for a, n in zip(starts, lengths, strict=True) for y in _greedy_left_to_right(t, base[a:a + n])]
    assert t._greedy_batch(base, lengths).tolist() == want
    assert t._greedy(base[:5]) == want[:5]
    assert t._decode_batch(base, lengths).tolist() == want
    assert t._decode_batch(base[:5], [5]).tolist() == want[:5]
    assert t._greedy_batch(base[:0], []).tolist() == []


def test_other_decoders_decode_stacked_sentences_one_at_a_time() -> None:
    rng = np.random.default_rng(7)
    viterbi = _toy_tagger(3, rng, crf=False)
    viterbi.decoder = "viterbi"
    for t in (_toy_tagger(3, rng, crf=True), viterbi, _toy_tagger(3, rng, crf=False)):
        lengths = [4, 1, 0, 6]
        base = rng.normal(size=(sum(lengths), 3))
        starts = np.cumsum(lengths) - lengths
        want = [y for a, n in zip(starts, lengths, strict=True) if n for y in t._decode(base[a:a + n])]
        assert t._decode_batch(base, lengths).tolist() == want

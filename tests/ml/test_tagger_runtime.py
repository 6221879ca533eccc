"""The shipped tagger's run-time tables score exactly the features training defines.

At run time the tagger keeps per-word summed weight rows and per-(word, template, tag) feature ids
instead of building feature strings per token; these tests recompute the scores from the strings of
:func:`static_features` and :func:`morph_features` and check the tables agree, that clearing the
tables (the memory bound) changes nothing, and that a given tag the model does not know has no
features.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import khabar.ml.tagger as tagger_mod
from khabar.errors import ModelError
from khabar.ml.tagger import Tagger, _pad, default_tagger, morph_features, static_features

SENTENCES = [
    ["وزیر", "اعظم", "نے", "کہا", "کہ", "حکومت", "عوام", "کے", "مسائل", "حل", "کرے", "گی", "۔"],
    ["انہوں", "نے", "بتایا", "کہ", "پولیس", "نے", "تین", "ملزمان", "کو", "گرفتار", "کر", "لیا", "ہے"],
    ["پاکستان", "اور", "چین", "کے", "درمیان", "تجارتی", "معاہدے", "پر", "دستخط", "کیے", "گئے"],
]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return default_tagger()


def _reference(tg: Tagger, forms: list[str], upos: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Static (UPOS and morphology columns) and morphology-feature scores summed from feature strings."""
    words = _pad([tg.normalize(f) for f in forms], "<s>", "</s>")
    tags = _pad(upos, "<s>", "</s>")
    w_u, w_m = tg.upos_weights, tg.morph_weights

    def rows(feats: list[str]) -> list[int]:
        return [tg.index[f] for f in feats if f in tg.index]

    static = np.array([np.concatenate([w_u[rows(static_features(words, i, tg.lexicons))].sum(axis=0),
                                       w_m[rows(static_features(words, i, tg.lexicons))].sum(axis=0)])
                       for i in range(len(forms))])
    morph = np.array([w_m[rows(morph_features(words, tags, i))].sum(axis=0) for i in range(len(forms))])
    return static, morph


@pytest.mark.parametrize("forms", SENTENCES)
def test_tables_score_the_training_features(tagger: Tagger, forms: list[str]) -> None:
    upos, _, _ = tagger.tag(forms)
    words = _pad([tagger.normalize(f) for f in forms], "<s>", "</s>")
    rows = tagger._rows_of(words)
    ids = [tagger.upos_labels.index(u) for u in upos]
    static, morph = _reference(tagger, forms, upos)
    np.testing.assert_allclose(tagger._static_scores(words, rows), static, rtol=1e-4, atol=1e-3)
    np.testing.assert_allclose(tagger._morph_scores(words, rows, ids), morph, rtol=1e-4, atol=1e-3)


def test_clearing_the_tables_changes_no_output(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [default_tagger().tag(s) for s in SENTENCES * 2]
    small = Tagger.load()
    monkeypatch.setattr(tagger_mod, "_TABLE_WORDS", 16)  # fewer than two sentences' words
    assert [small.tag(s) for s in SENTENCES * 2] == expected
    assert len(small._row) <= max(16, *(len(s) + 4 for s in SENTENCES))


def test_a_given_tag_the_model_does_not_know_has_no_features(tagger: Tagger) -> None:
    forms = SENTENCES[0]
    upos, _, _ = tagger.tag(forms)
    given = ["XYZ", *upos[1:]]
    words = _pad([tagger.normalize(f) for f in forms], "<s>", "</s>")
    rows = tagger._rows_of(words)
    ids = [len(tagger.upos_labels) + 2, *(tagger.upos_labels.index(u) for u in upos[1:])]
    _, morph = _reference(tagger, forms, given)
    np.testing.assert_allclose(tagger._morph_scores(words, rows, ids), morph, rtol=1e-4, atol=1e-3)
    out_upos, xpos, feats = tagger.tag(forms, upos=given)
    assert out_upos == given
    assert len(xpos) == len(feats) == len(forms)


def test_threads_sharing_the_model_get_the_outputs_of_one(monkeypatch: pytest.MonkeyPatch,
                                                           in_threads: Callable[..., None]) -> None:
    """A web server's worker threads share one model: with the tables cleared all the time (a tiny
    bound) and frequent thread switches, every thread still gets the single-threaded tags."""
    expected = [default_tagger().tag(s) for s in SENTENCES]
    shared = Tagger.load()
    monkeypatch.setattr(tagger_mod, "_TABLE_WORDS", 16)
    wrong: list[object] = []

    def work(k: int) -> None:
        for i in range(60):
            s = (k + i) % len(SENTENCES)
            try:
                if shared.tag(SENTENCES[s]) != expected[s]:
                    wrong.append(s)
            except Exception as exc:  # a race may as well raise: report it
                wrong.append(exc)

    in_threads(work, 4)
    assert wrong == []


def test_the_tables_never_hold_more_rows_than_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger = Tagger.load()
    monkeypatch.setattr(tagger_mod, "_TABLE_WORDS", 1500)
    for k in range(40):  # 40 sentences of 60 new words each: past the bound several times
        tagger.tag([f"لفظ{k}x{i}" for i in range(60)])
        assert tagger._sums.shape[0] <= 1500
        assert len(tagger._row) <= 1500


def test_a_batch_tags_each_sentence_as_tagged_alone() -> None:
    """The tagger component tags a document's sentences in one :meth:`Tagger.tag_batch` call (one array
    pass over all their tokens, greedy decoding of all of them at once): every sentence must get
    exactly what :meth:`Tagger.tag` gives it alone, whatever its length and its neighbours."""
    sentences = [SENTENCES[0], ["۔"], [], SENTENCES[1] + SENTENCES[2] + SENTENCES[0], SENTENCES[2],
                 ["وزیر", "اعظم"], []]
    alone = [default_tagger().tag(s) for s in sentences]
    fresh = Tagger.load()  # empty tables: the batch fills them
    assert fresh.tag_batch(sentences) == alone
    assert fresh.tag_batch(sentences) == alone  # and again from the filled tables
    assert fresh.tag_batch([]) == []
    assert fresh.tag_batch([[], []]) == [([], [], []), ([], [], [])]
    given = [list(u) for u, _, _ in alone]
    given[0][0] = "XYZ"  # a tag the model does not know
    assert fresh.tag_batch(sentences, upos=given) == [default_tagger().tag(s, upos=u)
                                                      for s, u in zip(sentences, given, strict=True)]
    with pytest.raises(ModelError):
        fresh.tag_batch(sentences, upos=given[:-1])
    with pytest.raises(ModelError):
        fresh.tag_batch([SENTENCES[0]], upos=[["NOUN"]])

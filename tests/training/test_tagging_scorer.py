"""The tagging scorer: CoNLL 2018 definitions (UPOS, XPOS, UFeats, AllTags, Lemmas) on hand-made cases."""

from __future__ import annotations

import pytest

from khabar.doc.conllu import parse_conllu
from khabar.errors import DataError
from khabar.training.tagging import score, score_documents, universal_feats


def test_universal_feats_keeps_only_universal_features_sorted() -> None:
    assert universal_feats("Gender=Masc|AdpType=Post|Case=Nom") == "Case=Nom|Gender=Masc"
    assert universal_feats("AdpType=Post") == ""
    assert universal_feats("_") == ""
    assert universal_feats(None) == ""


def test_exact_accuracies_on_four_words() -> None:
    gold = [
        ("NOUN", "NN", "Case=Nom|Gender=Masc", "لڑکا"),
        ("ADP", "PSP", "AdpType=Post", "نے"),
        ("VERB", "VM", "Aspect=Perf", "کہنا"),
        ("PUNCT", "SYM", None, "_"),
    ]
    pred = [
        ("NOUN", "NN", "Gender=Masc|Case=Nom", "لڑکے"),  # feats order ignored; lemma wrong
        ("ADP", "PSP", None, "نے"),  # AdpType is not universal: UFeats right
        ("AUX", "VM", "Aspect=Perf", "کہنا"),  # UPOS wrong -> AllTags wrong
        ("PUNCT", "PUNC", None, "۔"),  # XPOS wrong; gold lemma "_" counts as right
    ]
    s = score(gold, pred)
    assert s.words == 4
    assert s.upos == 75.0
    assert s.xpos == 75.0
    assert s.ufeats == 100.0
    assert s.alltags == 50.0
    assert s.lemmas == 75.0
    assert s.to_json() == {"words": 4, "UPOS": 75.0, "XPOS": 75.0, "UFeats": 100.0, "AllTags": 50.0,
                           "Lemmas": 75.0}


def test_rounding_to_two_decimals() -> None:
    gold = [("NOUN", "NN", None, "a")] * 3
    pred = [("NOUN", "NN", None, "a"), ("VERB", "NN", None, "a"), ("VERB", "NN", None, "a")]
    assert score(gold, pred).upos == 33.33


def test_nothing_to_score_is_an_error() -> None:
    with pytest.raises(DataError):
        score([], [])


GOLD = """# sent_id = s1
# text = وہ آیا
1	وہ	وہ	PRON	PRP	Case=Nom|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	آیا	آنا	VERB	VM	Aspect=Perf|Gender=Masc	0	root	_	_

"""


def test_score_documents_on_gold_tokenization() -> None:
    gold = parse_conllu(GOLD)
    pred = parse_conllu(GOLD.replace("VERB\tVM", "AUX\tVAUX").replace("\tآنا\t", "\tآیا\t"))
    s = score_documents(gold, pred)
    assert (s.words, s.upos, s.xpos, s.ufeats, s.alltags, s.lemmas) == (2, 50.0, 50.0, 100.0, 50.0, 50.0)


def test_score_documents_refuses_other_tokens() -> None:
    gold = parse_conllu(GOLD)
    pred = parse_conllu(GOLD.replace("\tآیا\tآنا", "\tآئے\tآنا"))
    with pytest.raises(DataError, match="gold tokenization"):
        score_documents(gold, pred)

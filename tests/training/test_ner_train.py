"""NER training is reproducible: the same tiny data and seed give byte-identical model files."""

from __future__ import annotations

import hashlib

import pytest

from khabar.ml.ner import Gazetteer, NerModel, TrainSentence, train_ner
from khabar.ml.perceptron import npz_bytes

TINY = [
    TrainSentence(("عمران", "خان", "نے", "لاہور", "میں", "کہا", "۔"),
                  ("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "O", "O")),
    TrainSentence(("کپتان", "مصباح", "نے", "دو", "رنز", "بنائے", "۔"),
                  ("B-TITLE", "B-PERSON", "O", "B-NUMBER", "O", "O", "O")),
    TrainSentence(("اقوام", "متحدہ", "نے", "کراچی", "کا", "ذکر", "کیا", "۔"),
                  ("B-ORGANIZATION", "I-ORGANIZATION", "O", "B-LOCATION", "O", "O", "O", "O")),
]


def _train() -> bytes:
    gaz = Gazetteer([(("لاہور",), "LOCATION")])
    model = train_ner(TINY, gaz, epochs=3, seed=7, memory_folds=2)
    return npz_bytes(model.to_arrays())


def test_training_twice_gives_identical_weights() -> None:
    a, b = _train(), _train()
    assert hashlib.sha256(a).hexdigest() == hashlib.sha256(b).hexdigest()


def test_trained_model_learns_and_round_trips() -> None:
    import io

    from khabar.ml.perceptron import load_npz

    model = NerModel.from_arrays(load_npz(io.BytesIO(_train())))
    assert model.tag(TINY[0].forms) == list(TINY[0].tags)


def test_constrain_tags_moves_starts_off_punctuation() -> None:
    from khabar.ml.ner import constrain_tags

    forms = ("(", "ن", ")", "لیگ", "نے", "،", "اکتوبر", "،", "2001")
    tags = ("B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O", "B-TIME", "O",
            "I-TIME", "I-TIME")
    assert constrain_tags(forms, tags) == [
        "O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O", "O", "O", "O", "B-TIME"]


@pytest.mark.parametrize("meet", [False, True])
def test_viterbi_finds_the_best_path(meet: bool) -> None:
    import itertools

    import numpy as np

    from khabar.ml.ner import BIO_LABELS, viterbi_batch

    rng = np.random.default_rng(3)
    k = len(BIO_LABELS)
    trans = rng.normal(size=(k + 1, k))
    ems = [rng.normal(size=(n, k)) for n in (3, 1, 0, 2, 3)]
    paths = viterbi_batch(ems, trans, meet=meet)
    assert paths[2] == []
    for em, path in zip(ems, paths, strict=True):
        if not len(em):
            continue

        def score(p: tuple[int, ...], em: np.ndarray = em) -> float:
            return float(trans[k, p[0]] + sum(em[i, y] for i, y in enumerate(p))
                         + sum(trans[a, b] for a, b in itertools.pairwise(p)))
        best = max(itertools.product(range(k), repeat=len(em)), key=score)
        assert tuple(path) == best


def test_viterbi_meeting_in_the_middle_finds_the_forward_path() -> None:
    """Decoding each sentence from both ends (the run-time decoder) gives the forward pass's path,
    for odd and even lengths, under the BIO mask's forbidden transitions."""
    import numpy as np

    from khabar.ml.ner import BIO_LABELS, _transition_mask, viterbi_batch

    rng = np.random.default_rng(11)
    k = len(BIO_LABELS)
    trans = rng.normal(size=(k + 1, k)) + _transition_mask()
    lengths = [int(n) for n in rng.integers(0, 60, size=40)] + [1, 2, 59, 60]
    ems = [rng.normal(scale=3.0, size=(n, k)) for n in lengths]
    forward = viterbi_batch(ems, trans)
    assert viterbi_batch(ems, trans, meet=True) == forward
    assert [len(p) for p in forward] == lengths


def test_cached_emissions_equal_the_training_features() -> None:
    import io

    import numpy as np

    from khabar.ml.ner import _NO_START, _zipf_table, can_start_entity, token_features
    from khabar.ml.perceptron import load_npz

    model = NerModel.from_arrays(load_npz(io.BytesIO(_train())))
    sents = [s.forms for s in TINY] + [("(", "عمران", "خان", ")", "لاہور")]
    index = {f: i for i, f in enumerate(model.model.features)}
    w = model.model.weights
    for forms, em in zip(sents, model.emissions_batch(sents), strict=True):
        gaz = model.gazetteer_matches(forms)
        for i, feats in enumerate(token_features(forms, gaz, _zipf_table())):
            expected = w[[index[f] for f in feats if f in index]].sum(axis=0)
            if not can_start_entity(forms[i]):
                expected = expected + _NO_START
            np.testing.assert_allclose(em[i], expected)


#: a hand-made cluster table: names share coarse cluster 1, places 2, postpositions 3
CLUSTERS = {"عمران": "1|10", "خان": "1|11", "مصباح": "1|10", "لاہور": "2|20", "کراچی": "2|20",
            "نے": "3|30", "میں": "3|31"}


def _train_clustered() -> bytes:
    gaz = Gazetteer([(("لاہور",), "LOCATION")])
    model = train_ner(TINY, gaz, epochs=3, seed=7, memory_folds=2, clusters=CLUSTERS)
    return npz_bytes(model.to_arrays())


def test_word_rows_cluster_features() -> None:
    from khabar.ml.ner import word_rows

    rows = word_rows("لاہور", {}, CLUSTERS)
    assert [f for f in rows[0] if f.startswith("c")] == ["c-2=2"]
    assert [f for f in rows[1] if f.startswith("c")] == ["c-1=2", "cf-1=20"]
    assert [f for f in rows[2] if f.startswith("c")] == ["c=2", "cf=20"]
    assert [f for f in rows[3] if f.startswith("c")] == ["c+1=2", "cf+1=20"]
    assert [f for f in rows[4] if f.startswith("c")] == ["c+2=2"]
    # a word too rare to be clustered gets "?"; the sentence padding and a model without clusters none
    assert [f for f in word_rows("کپتان", {}, CLUSTERS)[2] if f.startswith("c")] == ["c=?", "cf=?"]
    assert not [f for row in word_rows("<s>", {}, CLUSTERS) for f in row if f.startswith("c")]
    assert word_rows("لاہور", {}) == [[f for f in row if not f.startswith("c")] for row in rows]


def test_clustered_model_round_trips_its_cluster_table() -> None:
    import io

    from khabar.ml.perceptron import load_npz

    blob = _train_clustered()
    assert blob == _train_clustered()
    model = NerModel.from_arrays(load_npz(io.BytesIO(blob)))
    assert model.clusters == CLUSTERS
    assert any(f.startswith("cf=") for f in model.model.features)
    assert model.tag(TINY[0].forms) == list(TINY[0].tags)
    # a model trained without clusters stores an empty table and has no cluster features
    plain = NerModel.from_arrays(load_npz(io.BytesIO(_train())))
    assert plain.clusters == {}
    assert not any(f.startswith(("c=", "cf=")) for f in plain.model.features)


def test_cached_emissions_equal_the_training_features_with_clusters() -> None:
    import io

    import numpy as np

    from khabar.ml.ner import _NO_START, _zipf_table, can_start_entity, token_features
    from khabar.ml.perceptron import load_npz

    model = NerModel.from_arrays(load_npz(io.BytesIO(_train_clustered())))
    sents = [s.forms for s in TINY] + [("مصباح", "نے", "کراچی", "میں", "کہا")]
    index = {f: i for i, f in enumerate(model.model.features)}
    w = model.model.weights
    for forms, em in zip(sents, model.emissions_batch(sents), strict=True):
        gaz = model.gazetteer_matches(forms)
        for i, feats in enumerate(token_features(forms, gaz, _zipf_table(), CLUSTERS)):
            expected = w[[index[f] for f in feats if f in index]].sum(axis=0)
            if not can_start_entity(forms[i]):
                expected = expected + _NO_START
            np.testing.assert_allclose(em[i], expected)


def test_ner_hyper_reads_the_cluster_spec() -> None:
    from pathlib import Path

    import pytest

    from khabar.errors import DataError
    from khabar.training.ner import NerHyper, news_clusters
    from khabar.training.tagging import ClusterSpec

    h = NerHyper.from_json({"epochs": 3, "clusters": {"folder": "xml", "sha256": "ab" * 32, "fine": 512}})
    assert h.clusters == ClusterSpec("xml", "ab" * 32, fine=512)
    assert h.clusters is not None
    assert NerHyper.from_json({}).clusters is None
    with pytest.raises(DataError, match="clusters"):
        NerHyper.from_json({"clusters": {"folder": "xml"}})
    with pytest.raises(DataError, match="news_note"):
        news_clusters({"wikidata": Path("kb.tsv")}, h.clusters, 1)


def test_trainers_read_their_data_with_the_normalizer_settings_of_their_config(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``hyper.normalizer`` switches a normalizer rule off for a model's training data, so a rule added
    after it was trained (رہنمائوں → رہنماؤں) leaves its inputs as they were; unknown settings are a
    clear error naming the trainer."""
    from khabar.errors import DataError
    from khabar.ml.tagger import WordNormalizer
    from khabar.training.ner import UNER, NerHyper, TokenNormalizer, read_ner
    from khabar.training.tagging import TaggerHyper

    assert NerHyper.from_json({"normalizer": {"fix_waw_hamza": False}}).normalizer == {"fix_waw_hamza": False}
    assert TaggerHyper.from_json({"normalizer": {"fix_waw_hamza": False}}).normalizer == {
        "fix_waw_hamza": False}
    assert NerHyper.from_json({}).normalizer == {}
    with pytest.raises(DataError, match=r"ner 'normalizer'.*fix_hamza"):
        NerHyper.from_json({"normalizer": {"fix_hamza": False}})
    with pytest.raises(DataError, match="tagger 'normalizer' is an object"):
        TaggerHyper.from_json({"normalizer": ["fix_waw_hamza"]})
    assert [WordNormalizer()("رہنمائوں"), WordNormalizer({"fix_waw_hamza": False})("رہنمائوں")] == [
        "رہنماؤں", "رہنمائوں"]
    assert TokenNormalizer({"fix_waw_hamza": False})("دبائو") == "دبائو"
    uner = tmp_path / "uner.txt"
    uner.write_text("<PERSON>علی</PERSON> نے دبائو ڈالا\n", encoding="utf-8")
    assert [read_ner(uner, UNER)[0].forms, read_ner(uner, UNER, {"fix_waw_hamza": False})[0].forms] == [
        ("علی", "نے", "دباؤ", "ڈالا"), ("علی", "نے", "دبائو", "ڈالا")]


# --- name-part memory and borrowed sentences -------------------------------------------------------------
NAMES_DATA = [
    TrainSentence(("علی", "احمد", "نے", "کہا"), ("B-PERSON", "I-PERSON", "O", "O")),
    TrainSentence(("علی", "گڑھ", "میں"), ("B-LOCATION", "I-LOCATION", "O")),
    TrainSentence(("علی", "نے", "دیکھا"), ("B-PERSON", "O", "O")),
    TrainSentence(("وہ", "علی", "کا", "بیٹا"), ("O", "O", "O", "O")),
]


def test_token_memory_bands_each_label_by_share_of_occurrences() -> None:
    from khabar.ml.ner import token_memory

    # علی: 4 occurrences, 2 in PERSON (1/2 -> h), 1 in LOCATION (1/4 -> m); نے: never inside
    assert token_memory(NAMES_DATA) == {
        "احمد": ("t=PERSON:h",),
        "علی": ("t=LOCATION:m", "t=PERSON:h"),
        "گڑھ": ("t=LOCATION:h",),
    }
    rare = [TrainSentence(("اور",) * 11, ("B-PERSON",) + ("O",) * 10)]
    assert token_memory(rare) == {"اور": ("t=PERSON:l",)}


def test_word_rows_name_part_features() -> None:
    from khabar.ml.ner import word_rows

    names = {"علی": ("t=PERSON:h",)}
    rows = word_rows("علی", {}, None, names)
    assert [f for f in rows[1] if "t=" in f] == ["<t=PERSON:h"]
    assert [f for f in rows[2] if "t=" in f] == ["t=PERSON:h"]
    assert [f for f in rows[3] if "t=" in f] == [">t=PERSON:h"]
    assert not [f for r in (rows[0], rows[4], rows[5]) for f in r if "t=" in f]
    assert word_rows("علی", {}) == [[f for f in row if "t=" not in f] for row in rows]


def test_name_part_model_round_trips_and_caches_the_training_features() -> None:
    import io

    import numpy as np

    from khabar.ml.ner import _NO_START, _zipf_table, can_start_entity, token_features, token_memory
    from khabar.ml.perceptron import load_npz

    data = TINY + NAMES_DATA
    blob = npz_bytes(train_ner(data, Gazetteer([]), epochs=3, seed=7, memory_folds=2,
                               name_parts=True).to_arrays())
    model = NerModel.from_arrays(load_npz(io.BytesIO(blob)))
    assert model.names == token_memory(data)
    assert any(f.startswith(("<t=", "t=", ">t=")) for f in model.model.features)
    index = {f: i for i, f in enumerate(model.model.features)}
    w = model.model.weights
    sents = [("علی", "خان", "نے", "کراچی", "میں", "کہا")]
    for forms, em in zip(sents, model.emissions_batch(sents), strict=True):
        gaz = model.gazetteer_matches(forms)
        for i, feats in enumerate(token_features(forms, gaz, _zipf_table(), None, model.names)):
            expected = w[[index[f] for f in feats if f in index]].sum(axis=0)
            if not can_start_entity(forms[i]):
                expected = expected + _NO_START
            np.testing.assert_allclose(em[i], expected)
    plain = NerModel.from_arrays(load_npz(io.BytesIO(_train())))
    assert plain.names == {}


def test_borrowed_sentences_keep_only_the_named_labels() -> None:
    from khabar.training.ner import IL_NER, NerExample, borrowed

    ex = NerExample(raw=("صدر", "عارف", "علوی", "نے", "5", "مئی", "کو", "لاہور"),
                    forms=("صدر", "عارف", "علوی", "نے", "5", "مئی", "کو", "لاہور"),
                    tags=("B-TITLE", "B-PERSON", "I-PERSON", "O", "B-DATE", "I-DATE", "O",
                          "B-LOCATION"), source="uner")
    [s] = borrowed([ex], IL_NER, ("PERSON", "LOCATION"))
    assert s.forms == ex.forms
    assert s.tags == ("O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-LOCATION")


def test_partially_borrowed_sentences_leave_their_o_open_to_the_labels_not_borrowed() -> None:
    from khabar.training.ner import IL_NER, UNER, NerExample, borrowed

    ex = NerExample(raw=("صدر", "عارف", "علوی", "نے", "5", "مئی", "کو", "لاہور"),
                    forms=("صدر", "عارف", "علوی", "نے", "5", "مئی", "کو", "لاہور"),
                    tags=("B-TITLE", "B-PERSON", "I-PERSON", "O", "B-DATE", "I-DATE", "O",
                          "B-LOCATION"), source="uner")
    [s] = borrowed([ex], IL_NER, ("PERSON", "LOCATION"), partial=True)
    assert s.tags == ("O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-LOCATION")
    # IL-NER's other labels: its O may be a number, a time, an organisation or an artefact
    assert s.unlabelled == ("ARTEFACT", "NUMBER", "ORGANIZATION", "TIME")
    assert borrowed([ex], UNER, ("PERSON",))[0].unlabelled == ()


def test_closed_labels_keep_entity_tags_and_open_o_to_the_unlabelled() -> None:
    import numpy as np

    from khabar.ml.ner import _NEG, BIO_LABELS, _closed_labels

    rows = _closed_labels(("O", "B-PERSON", "I-PERSON"), ("TITLE",))
    allowed = [[BIO_LABELS[j] for j in np.nonzero(r == 0.0)[0]] for r in rows]
    assert allowed == [["O", "B-TITLE", "I-TITLE"], ["B-PERSON"], ["I-PERSON"]]
    assert set(rows[rows != 0.0].tolist()) == {_NEG}


@pytest.mark.parametrize(("unlabelled", "first"), [((), "O"), (("TITLE",), "B-TITLE")])
def test_a_partially_labelled_sentence_does_not_teach_o_for_what_it_leaves_unlabelled(
        unlabelled: tuple[str, ...], first: str) -> None:
    # one sentence tags کپتان as a title; ten borrowed ones, from a source without titles, leave it
    # O: read as gold O they outvote it, read as open to TITLE they do not
    full = TrainSentence(("کپتان", "مصباح", "نے", "کہا"), ("B-TITLE", "B-PERSON", "O", "O"))
    names = ("یونس", "شاہد", "اظہر", "سرفراز", "عمر", "بابر", "فخر", "امام", "حسن", "شاداب")
    borrowed = [TrainSentence(("کپتان", n, "نے", "کہا"), ("O", "B-PERSON", "O", "O"), unlabelled)
                for n in names]
    model = train_ner([full, *borrowed], Gazetteer([]), epochs=5, seed=3)
    assert model.tag(("کپتان", "وقار", "نے", "کہا"))[0] == first


def test_ner_hyper_reads_per_source_choices() -> None:
    import pytest

    from khabar.errors import DataError
    from khabar.training.ner import NerHyper, SourceHyper

    h = NerHyper.from_json({"sources": {"il-ner": {"name_parts": True, "borrow": ["PERSON"]}}})
    assert h.source("il-ner") == SourceHyper(True, ("PERSON",))
    assert h.source("uner") == SourceHyper()
    with pytest.raises(DataError, match="unknown sources"):
        NerHyper.from_json({"sources": {"conll": {}}})
    with pytest.raises(DataError, match="cannot borrow"):
        NerHyper.from_json({"sources": {"il-ner": {"borrow": ["TITLE"]}}})
    with pytest.raises(DataError, match="known"):
        NerHyper.from_json({"sources": {"uner": {"names": True}}})
    assert NerHyper.from_json({"sources": {"uner": {"borrow": ["PERSON"], "partial": True}}}).source(
        "uner") == SourceHyper(False, ("PERSON",), True)
    with pytest.raises(DataError, match="name the labels to borrow"):
        NerHyper.from_json({"sources": {"uner": {"partial": True}}})


# --- the knowledge-base gazetteer: dropout, names at run time only, names as memory ----------------------
def test_gazetteer_occurrences_give_its_match_features() -> None:
    from khabar.ml.ner import match_features

    gaz = Gazetteer([(("نواز", "شریف"), "PERSON"), (("نواز",), "PERSON"), (("لاہور",), "LOCATION"),
                     (("لاہور",), "KB")])
    forms = ("نواز", "شریف", "نے", "لاہور", "میں", "نواز")
    # longest first at each place, left to right, none overlapping
    assert gaz.occurrences(forms) == [(0, 2, ("PERSON",)), (3, 1, ("KB", "LOCATION")), (5, 1, ("PERSON",))]
    assert gaz.sparse_matches(forms) == match_features(gaz.occurrences(forms)) == {
        0: ["B:PERSON"], 1: ["I:PERSON"], 3: ["B:KB", "B:LOCATION"], 5: ["B:PERSON"]}


#: the gazetteer of the dropout tests: every training sentence has a listed name
DROP_GAZ = Gazetteer([(("لاہور",), "LOCATION"), (("کراچی",), "LOCATION"), (("عمران", "خان"), "PERSON"),
                      (("اقوام", "متحدہ"), "ORGANIZATION")])


def _train_dropout(p: float | None) -> bytes:
    if p is None:
        return npz_bytes(train_ner(TINY, DROP_GAZ, epochs=4, seed=7, memory_folds=2).to_arrays())
    return npz_bytes(train_ner(TINY, DROP_GAZ, epochs=4, seed=7, memory_folds=2,
                               gazetteer_dropout=p).to_arrays())


def test_gazetteer_dropout_is_seeded() -> None:
    import pytest

    from khabar.errors import ModelError

    dropped = _train_dropout(0.9)
    assert dropped == _train_dropout(0.9)
    assert dropped != _train_dropout(0.0)
    assert _train_dropout(0.0) == _train_dropout(None)  # no dropout: the model of old
    with pytest.raises(ModelError, match="dropout"):
        _train_dropout(1.0)


def _kb(*entries: object) -> object:
    from khabar.ml.kb import KbEntry, KnowledgeBase

    base = [KbEntry("x:lahore", "LOCATION", "PAK", "Lahore", "لاہور", ("لاہور",)),
            KbEntry("x:pm", "TITLE", "PAK", "Prime Minister", "وزیراعظم", ("وزیراعظم",)),
            KbEntry("x:pakistani", "LOCATION", "PAK", "Pakistan", "پاکستان", ("پاکستان",), ("پاکستانی",)),
            KbEntry("Q1", "", "", "Khan", "خان", ("خان",))]
    return KnowledgeBase([*base, *entries], tokenize=lambda s: tuple(s.split()))  # type: ignore[list-item]


def test_names_at_run_time_only_leave_the_trained_gazetteer_as_it_was() -> None:
    from khabar.ml.kb import KbEntry
    from khabar.training.ner import kb_gazetteer

    nawaz = KbEntry("x:nawaz", "PERSON", "PAK", "Nawaz Sharif", "نواز شریف", ("نواز شریف",))
    grown = KbEntry("x:nawaz", "PERSON", "PAK", "Nawaz Sharif", "نواز شریف", ("نواز شریف", "نوازشریف"))
    sartaj = KbEntry("x:sartaj", "PERSON", "PAK", "Sartaj Aziz", "سرتاج عزیز", ("سرتاج عزیز",))
    old, new = _kb(nawaz), _kb(grown, sartaj)
    assert kb_gazetteer(old).table == {  # type: ignore[arg-type]
        ("لاہور",): ("LOCATION",), ("وزیراعظم",): ("TITLE",), ("پاکستان",): ("LOCATION",),
        ("پاکستانی",): ("DEM",), ("خان",): ("KB",), ("نواز", "شریف"): ("PERSON",)}
    # the grown knowledge base, its new names left out, is the gazetteer the weights were fitted on
    trained = kb_gazetteer(new, leave_out={"سرتاج عزیز", "نوازشریف"})  # type: ignore[arg-type]
    assert trained.table == kb_gazetteer(old).table  # type: ignore[arg-type]
    assert kb_gazetteer(new).table[("سرتاج", "عزیز")] == ("PERSON",)  # type: ignore[arg-type]


def test_knowledge_base_names_join_the_entity_memory() -> None:
    from khabar.ml.kb import KbEntry
    from khabar.training.ner import kb_memory

    sartaj = KbEntry("x:sartaj", "PERSON", "PAK", "Sartaj Aziz", "سرتاج عزیز", ("سرتاج عزیز",))
    memory = Gazetteer([(("لاہور",), "ORGANIZATION"), (("عمران", "خان"), "PERSON")])
    # typed names only: the untyped item (خان) and the demonym (پاکستانی) stay out
    assert kb_memory(_kb(sartaj), memory).table == {  # type: ignore[arg-type]
        ("لاہور",): ("LOCATION", "ORGANIZATION"), ("عمران", "خان"): ("PERSON",),
        ("وزیراعظم",): ("TITLE",), ("پاکستان",): ("LOCATION",), ("سرتاج", "عزیز"): ("PERSON",)}


def test_ner_hyper_reads_the_gazetteer_choices() -> None:
    import pytest

    from khabar.errors import DataError
    from khabar.training.ner import NerHyper

    h = NerHyper.from_json({"gazetteer_dropout": 0.2, "kb_run_time_only": ["سرتاج عزیز"]})
    assert (h.gazetteer_dropout, h.kb, h.kb_run_time_only) == (0.2, "features", ("سرتاج عزیز",))
    assert NerHyper.from_json({}) == NerHyper(sources=NerHyper.from_json({}).sources)
    assert NerHyper.from_json({"kb": "memory"}).kb == "memory"
    with pytest.raises(DataError, match="gazetteer_dropout"):
        NerHyper.from_json({"gazetteer_dropout": 1.0})
    with pytest.raises(DataError, match="features or memory"):
        NerHyper.from_json({"kb": "names"})
    with pytest.raises(DataError, match="exclude each other"):
        NerHyper.from_json({"kb": "memory", "kb_run_time_only": ["سرتاج عزیز"]})


def test_run_time_feature_ids_are_those_of_word_rows() -> None:
    """The run-time shortcut to a word's feature ids (one look-up per shared value) gives exactly the
    ids of :func:`word_rows`' strings, in their order (-1 for a feature the model lacks)."""
    import io

    from khabar.ml.ner import _END, _START, _zipf_table, word_key, word_rows
    from khabar.ml.perceptron import load_npz

    data = TINY + NAMES_DATA
    blob = npz_bytes(train_ner(data, Gazetteer([(("لاہور",), "LOCATION")]), epochs=2, seed=7,
                               memory_folds=2, clusters=CLUSTERS, name_parts=True).to_arrays())
    model = NerModel.from_arrays(load_npz(io.BytesIO(blob)))
    assert model.clusters
    assert model.names
    forms = [_START, _END, "علی", "عمران", "لاہور", "نے", "۔", "(", "2001", "۲۰۰۱", "AB_cd", "ابو_ظہبی", "x",
             "علی", "کراچی", "نامعلوم"]
    flat, lengths, keys = model._word_feature_ids(forms)
    index = {f: i for i, f in enumerate(model.model.features)}
    expected_flat: list[int] = []
    expected_lengths: list[int] = []
    for form in forms:
        for row in word_rows(form, _zipf_table(), model.clusters, model.names):
            expected_flat.extend(index.get(f, -1) for f in row)
            expected_lengths.append(len(row))
    assert flat == expected_flat
    assert lengths == expected_lengths
    assert keys == [f if f in (_START, _END) else word_key(f) for f in forms]
    assert keys[8:11] == ["0000", "0000", "ab_cd"]


def test_run_time_caches_are_exact_when_emptied_at_their_caps(monkeypatch: object) -> None:
    """Scores do not depend on what the caches hold: a model whose caps empty its caches on every
    batch scores each sentence bit for bit as a fresh model scoring it alone."""
    import io

    import numpy as np
    import pytest

    from khabar.ml import ner
    from khabar.ml.perceptron import load_npz

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    gaz = Gazetteer([(("لاہور",), "LOCATION"), (("اقوام", "متحدہ"), "ORGANIZATION")])
    blob = npz_bytes(train_ner(TINY, gaz, epochs=3, seed=7, memory_folds=2, clusters=CLUSTERS).to_arrays())
    sents = [s.forms for s in TINY] + [("مصباح", "نے", "لاہور", "میں", "اقوام", "متحدہ", "کہا"), ("لاہور",)]
    alone = [NerModel.from_arrays(load_npz(io.BytesIO(blob))).emissions(s) for s in sents]
    for name in ("_CACHE_LIMIT", "_PAIR_LIMIT", "_GAZ_LIMIT"):
        monkeypatch.setattr(ner, name, 3)
    capped = NerModel.from_arrays(load_npz(io.BytesIO(blob)))
    for _ in range(2):
        for em, expected in zip(capped.emissions_batch(sents), alone, strict=True):
            assert np.array_equal(em, expected)
        for s, expected in zip(sents, alone, strict=True):
            assert np.array_equal(capped.emissions(s), expected)
    for k in range(20):  # the caches stay within their caps plus one batch
        capped.emissions([f"لفظ{k}", "لاہور", f"نام{k}"])
        assert len(capped._words) <= 3 + 5
        assert len(capped._pairs) <= 3 + 6
        assert len(capped._gaz) <= 3 + 3


def test_threads_sharing_a_model_get_its_single_threaded_scores(monkeypatch: object,
                                                                in_threads: object) -> None:
    """A web server's worker threads share one model: with caches emptied at every batch and
    frequent thread switches, each thread still gets the scores a fresh model gives."""
    import io

    import numpy as np
    import pytest

    from khabar.ml import ner
    from khabar.ml.perceptron import load_npz

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    assert callable(in_threads)
    gaz = Gazetteer([(("لاہور",), "LOCATION"), (("اقوام", "متحدہ"), "ORGANIZATION")])
    blob = npz_bytes(train_ner(TINY, gaz, epochs=3, seed=7, memory_folds=2, clusters=CLUSTERS).to_arrays())
    sents = [s.forms for s in TINY] + [("مصباح", "نے", "لاہور", "میں", "اقوام", "متحدہ", "کہا")]
    alone = [NerModel.from_arrays(load_npz(io.BytesIO(blob))).emissions(s) for s in sents]
    for name in ("_CACHE_LIMIT", "_PAIR_LIMIT", "_GAZ_LIMIT"):
        monkeypatch.setattr(ner, name, 3)
    shared = NerModel.from_arrays(load_npz(io.BytesIO(blob)))
    wrong: list[object] = []

    def work(k: int) -> None:
        for i in range(80):
            s = (k + i) % len(sents)
            try:
                if not np.array_equal(shared.emissions(sents[s]), alone[s]):
                    wrong.append(s)
            except Exception as exc:  # a race may as well raise: report it
                wrong.append(exc)

    in_threads(work, 4)
    assert wrong == []


def test_the_shipped_models_embed_the_shipped_knowledge_base() -> None:
    """A knowledge-base change needs `khabar train configs/ner.json` too (its new names listed in the
    config's kb_run_time_only, or the weights change everywhere): the shipped models' gazetteer is
    the shipped knowledge base's, and they were fitted on all of it but the listed names."""
    import json
    from pathlib import Path

    from khabar.ml.kb import default_kb
    from khabar.ml.ner import default_ner
    from khabar.training.ner import kb_gazetteer

    config = json.loads((Path(__file__).parents[2] / "configs/ner.json").read_text(encoding="utf-8"))
    listed = config["hyper"].get("kb_run_time_only", [])
    gazetteer = kb_gazetteer(default_kb())
    for source in ("uner", "il-ner"):
        model = default_ner(source)
        assert model.gazetteer.table == gazetteer.table
        assert model.meta["gazetteer"] == {"names": len(gazetteer),
                                           "trained_on": len(kb_gazetteer(default_kb(), set(listed)))}

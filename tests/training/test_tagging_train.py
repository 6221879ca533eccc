# ruff: noqa: E501
"""Training the tagger through ``khabar train``: conversion of the SIGMORPHON data, determinism
(same data and seed -> byte-identical model), and the trained model's round trip through its files."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from khabar.errors import ModelError
from khabar.ml.tagger import Tagger, WordNormalizer
from khabar.training.tagging import SigmorphonConverter, read_ud, read_unimorph_conllu
from khabar.training.train import TRAINERS, train

UD = """# sent_id = t1
# text = لڑکے نے کتاب پڑھی۔
1	لڑکے	لڑکا	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing|Person=3	4	nsubj	_	_
2	نے	نے	ADP	PSP	AdpType=Post	1	case	_	_
3	کتاب	کتاب	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing|Person=3	4	obj	_	_
4	پڑھی	پڑھنا	VERB	VM	Aspect=Perf|Gender=Fem|Number=Sing|VerbForm=Part|Voice=Act	0	root	_	SpaceAfter=No
5	۔	۔	PUNCT	SYM	_	4	punct	_	_

# sent_id = t2
# text = وہ گھر گیا تھا۔
1	وہ	وہ	PRON	PRP	Case=Nom|Number=Sing|Person=3|PronType=Prs	3	nsubj	_	_
2	گھر	گھر	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing|Person=3	3	obl	_	_
3	گیا	جانا	VERB	VM	Aspect=Perf|Gender=Masc|Number=Sing|VerbForm=Part|Voice=Act	0	root	_	_
4	تھا	تھا	AUX	VAUX	Gender=Masc|Number=Sing|Tense=Past|VerbForm=Fin	3	aux	_	SpaceAfter=No
5	۔	۔	PUNCT	SYM	_	3	punct	_	_

# sent_id = t3
# text = یہ کام ہو گیا ہے اور وہ خوش ہیں۔
1	یہ	یہ	DET	DEM	Case=Nom|Number=Sing|Person=3|PronType=Dem	2	det	_	_
2	کام	کام	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing|Person=3	3	nsubj	_	_
3	ہو	ہونا	VERB	VM	Aspect=Perf|VerbForm=Part	0	root	_	_
4	گیا	جانا	AUX	VAUX	Aspect=Perf|Gender=Masc|Number=Sing|VerbForm=Part	3	aux	_	_
5	ہے	ہے	AUX	VAUX	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	3	aux	_	_
6	اور	اور	CCONJ	CC	_	8	cc	_	_
7	وہ	وہ	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	8	nsubj	_	_
8	خوش	خوش	ADJ	JJ	Case=Nom	3	conj	_	_
9	ہیں	ہے	AUX	VAUX	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	8	cop	_	SpaceAfter=No
10	۔	۔	PUNCT	SYM	_	3	punct	_	_

"""

SIGMORPHON = """# sent_id = train-s1
# text = لڑکی نے کہا کہ وہ آئی تھی۔
1	لڑکی	لڑکی	_	_	3;N;FEM;SG;NOM	_	_	_	_
2	نے	نے	_	_	ADP	_	_	_	_
3	کہا	کہہ	_	_	MASC;SG;V;PFV;V.PTCP;ACT	_	_	_	_
4	کہ	کہ	_	_	CONJ	_	_	_	_
5	وہ	وہ	_	_	PRO;3;SG;NOM	_	_	_	_
6	آئی	آ	_	_	FEM;SG;V;PFV;V.PTCP	_	_	_	_
7	تھی	تھا	_	_	FEM;SG;V;PST;FIN	_	_	_	_
8	۔	۔	_	_	_	_	_	_	_

"""


def _write_data(root: Path) -> dict[str, Path]:
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "ud": root / "ud.conllu",
        "sigmorphon": root / "sig.conllu",
        "spacy_lookup": root / "lookup.json.gz",
        "unimorph": root / "urd.tsv",
    }
    files["ud"].write_text(UD, encoding="utf-8")
    files["sigmorphon"].write_text(SIGMORPHON, encoding="utf-8")
    with gzip.GzipFile(files["spacy_lookup"], "wb", mtime=0) as f:
        f.write(json.dumps({"لڑکے": "لڑکا", "پڑھی": "پڑھنا"}, ensure_ascii=False).encode("utf-8"))
    files["unimorph"].write_text("\nپڑھنا\tپڑھی\tV;PFV;FEM;SG\nجانا\tگیا\tV;PFV;MASC;SG\n", encoding="utf-8")
    return files


def _config(tmp_path: Path) -> Path:
    files = _write_data(tmp_path / "data")
    config = {
        "task": "tagger", "version": "0.0.1", "seed": 5,
        "data": {role: {"path": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
                 for role, p in files.items()},
        "hyper": {"folds": 3, "epochs": 3, "morph_epochs": 3,
                  "sound_categories": ["Number", "Gender", "Tense", "VerbForm", "Aspect"]},
        "licence": "CC BY-NC-SA 4.0",
        "sources": [{"name": "made-up test sentences", "licence": "CC0"}],
    }
    path = tmp_path / "tagger.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return path


def test_tagger_task_is_registered() -> None:
    assert "tagger" in TRAINERS


def test_same_data_and_seed_give_byte_identical_models(tmp_path: Path) -> None:
    config = _config(tmp_path)
    a = train(config, data=tmp_path / "data", out=tmp_path / "a")
    b = train(config, data=tmp_path / "data", out=tmp_path / "b")
    assert a.files == b.files
    assert (tmp_path / "a" / "model.npz").read_bytes() == (tmp_path / "b" / "model.npz").read_bytes()
    meta = json.loads((tmp_path / "a" / "meta.json").read_text(encoding="utf-8"))
    assert meta["task"] == "tagger"
    assert meta["cv"]["folds"] == 3
    assert set(meta["cv"]["pooled"]) == {"words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas"}
    assert meta["files"]["model.npz"] == hashlib.sha256(
        (tmp_path / "a" / "model.npz").read_bytes()).hexdigest()


def test_trained_model_loads_and_tags_its_training_sentences(tmp_path: Path) -> None:
    config = _config(tmp_path)
    train(config, data=tmp_path / "data", out=tmp_path / "m")
    model = Tagger.load(tmp_path / "m")
    a = model.analyze(["وہ", "گھر", "گیا", "تھا", "۔"])
    assert a.upos == ("PRON", "NOUN", "VERB", "AUX", "PUNCT")
    assert a.lemmas == ("وہ", "گھر", "جانا", "تھا", "۔")
    assert a.xpos[3] == "VAUX"
    assert "Tense=Past" in a.feats[3]


def test_corrupted_model_file_is_a_model_error(tmp_path: Path) -> None:
    config = _config(tmp_path)
    train(config, data=tmp_path / "data", out=tmp_path / "m")
    blob = bytearray((tmp_path / "m" / "model.npz").read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    (tmp_path / "m" / "model.npz").write_bytes(bytes(blob))
    with pytest.raises(ModelError, match="corrupted"):
        Tagger.load(tmp_path / "m")


def test_missing_or_foreign_meta_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no tagger model"):
        Tagger.load(tmp_path)
    (tmp_path / "meta.json").write_text('{"task": "wordseg", "feature_version": 1}', encoding="utf-8")
    with pytest.raises(ModelError, match="not a tagger"):
        Tagger.load(tmp_path)


def test_sigmorphon_conversion_follows_the_ud_conventions(tmp_path: Path) -> None:
    files = _write_data(tmp_path)
    ud = read_ud(files["ud"])
    conv = SigmorphonConverter(ud, sound_categories=["Number", "Gender", "Tense"], normalize=WordNormalizer())
    (s,) = [conv.convert(x) for x in read_unimorph_conllu(files["sigmorphon"])]
    # V -> VERB/AUX by the UD form lexicon (تھی unseen, after a verb: VERB by default); CONJ -> CCONJ
    assert s.upos == ("NOUN", "ADP", "VERB", "CCONJ", "PRON", "VERB", "VERB", "PUNCT")
    # verb stems get the infinitive ending, except lemmas UD keeps as they are (تھا)
    assert s.lemmas == ("لڑکی", "نے", "کہہنا", "کہ", "وہ", "آنا", "تھا", "۔")  # UD: کہا -> کہہنا
    # only the sound categories are mapped; XPOS is unknown
    assert s.feats[0] == "Gender=Fem|Number=Sing"
    assert s.feats[6] == "Gender=Fem|Number=Sing|Tense=Past"
    assert s.xpos == (None,) * 8
    assert s.known_categories(0) == frozenset({"Number", "Gender", "Tense"})


NEWS = [
    "<headline>لاہور میں بارش</headline><body>لاہور میں بارش ہوئی۔ کراچی میں بارش ہوئی۔ پشاور میں دھوپ نکلی۔</body>",
    "<headline>کراچی میں جلسہ</headline><body>وہ لاہور گیا۔ وہ کراچی گیا۔ وہ پشاور گیا۔ حکومت نے اعلان کیا۔</body>",
]


def _news(root: Path) -> tuple[Path, str]:
    """A COUNTER-like folder: a licence note and two tiny XML articles; returns the note and the
    folder's manifest hash."""
    from khabar.training.tagging import folder_manifest_sha256

    (root / "news" / "xml").mkdir(parents=True, exist_ok=True)
    note = root / "news" / "NOTE.md"
    note.write_text("test articles, CC0\n", encoding="utf-8")
    for k, body in enumerate(NEWS):
        (root / "news" / "xml" / f"{k:04d}.xml").write_text(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<COUNTER_document filename="{k:04d}.xml">{body}'
            "</COUNTER_document>\n", encoding="utf-8")
    return note, folder_manifest_sha256(root / "news" / "xml")


def _config_with(tmp_path: Path, **hyper: object) -> Path:
    path = _config(tmp_path)
    config = json.loads(path.read_text(encoding="utf-8"))
    config["hyper"].update(hyper)
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return path


def test_crf_learner_is_deterministic_and_decoded_without_crfsuite(tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    config = _config_with(tmp_path, upos_learner="crf", crf_iterations=30)
    a = train(config, data=tmp_path / "data", out=tmp_path / "a")
    b = train(config, data=tmp_path / "data", out=tmp_path / "b")
    assert a.files == b.files
    model = Tagger.load(tmp_path / "a")
    assert model.decoder == "crf"
    assert model.upos_trans is not None
    assert model.upos_trans.shape == (len(model.upos_labels),) * 2
    a1 = model.analyze(["وہ", "گھر", "گیا", "تھا", "۔"])
    assert a1.upos == ("PRON", "NOUN", "VERB", "AUX", "PUNCT")


def test_unknown_learner_is_a_data_error(tmp_path: Path) -> None:
    from khabar.errors import DataError

    config = _config_with(tmp_path, upos_learner="svm")
    with pytest.raises(DataError, match="svm"):
        train(config, data=tmp_path / "data", out=tmp_path / "m")


def test_word_clusters_from_news_ship_in_the_model(tmp_path: Path) -> None:
    note, manifest = _news(tmp_path / "data")
    path = _config_with(tmp_path, morph_clusters=False, clusters={
        "folder": "xml", "sha256": manifest, "min_count": 1, "contexts": 20, "dims": 4, "coarse": 2, "fine": 3})
    config = json.loads(path.read_text(encoding="utf-8"))
    config["data"]["news_note"] = {"path": "news/NOTE.md",
                                   "sha256": hashlib.sha256(note.read_bytes()).hexdigest()}
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    a = train(path, data=tmp_path / "data", out=tmp_path / "a")
    b = train(path, data=tmp_path / "data", out=tmp_path / "b")
    assert a.files == b.files
    model = Tagger.load(tmp_path / "a")
    assert {"لاہور", "کراچی", "پشاور", "میں", "گیا"} <= set(model.clusters)
    coarse, _, fine = model.clusters["لاہور"].partition("|")
    assert coarse in {"0", "1"}
    assert fine in {"0", "1", "2"}
    assert any(f.startswith("c=") for f in model.index)  # cluster features were learned
    # a changed article is refused
    (tmp_path / "data" / "news" / "xml" / "0000.xml").write_text("<x/>", encoding="utf-8")
    from khabar.errors import DataError

    with pytest.raises(DataError, match="manifest"):
        train(path, data=tmp_path / "data", out=tmp_path / "c")

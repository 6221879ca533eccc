# ruff: noqa: E501
"""Tagger and lemmatizer components with the shipped model: closed-class words in real Urdu sentences
(exact UPOS and lemma), the gold spelling kept in lemmas, the pipeline, the CLI adapters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import khabar
from khabar.cli.app import app
from khabar.components.lemmatizer import Lemmatizer, LemmatizerConfig
from khabar.components.tagger import TaggerComponent, sentence_ranges
from khabar.doc.conllu import parse_conllu
from khabar.doc.model import Document, Span
from khabar.errors import ConfigError, PipelineError
from khabar.ml.tagger import apply_script, edit_script, format_feats, parse_feats
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return khabar.load()


# (sentence, token index, form, UPOS, lemma): postpositions, auxiliaries, conjunctions, pronouns
CLOSED_CLASS = [
    ("وزیر اعظم نے کہا کہ حکومت عوام کے لیے کام کر رہی ہے۔", 2, "نے", "ADP", "نے"),
    ("وزیر اعظم نے کہا کہ حکومت عوام کے لیے کام کر رہی ہے۔", 4, "کہ", "SCONJ", "کہ"),
    # UD convention: کے of a compound postposition (کے لیے, کے بعد) is its own lemma, else کا
    ("وزیر اعظم نے کہا کہ حکومت عوام کے لیے کام کر رہی ہے۔", 7, "کے", "ADP", "کے"),
    ("ملک کے عوام نے حکومت کی پالیسی کی حمایت کی۔", 1, "کے", "ADP", "کا"),
    ("ملک کے عوام نے حکومت کی پالیسی کی حمایت کی۔", 5, "کی", "ADP", "کا"),
    ("ملک کے عوام نے حکومت کی پالیسی کی حمایت کی۔", 9, "کی", "VERB", "کرنا"),
    ("اس کے بعد وزیر اعظم نے ممالک کے سربراہوں سے ملاقات کی۔", 1, "کے", "ADP", "کے"),
    ("اس کے بعد وزیر اعظم نے ممالک کے سربراہوں سے ملاقات کی۔", 7, "کے", "ADP", "کا"),
    ("وزیر اعظم نے کہا کہ حکومت عوام کے لیے کام کر رہی ہے۔", 11, "رہی", "AUX", "رہنا"),
    ("وزیر اعظم نے کہا کہ حکومت عوام کے لیے کام کر رہی ہے۔", 12, "ہے", "AUX", "ہے"),
    ("وہ کل لاہور گئے تھے اور بہت خوش تھے۔", 0, "وہ", "PRON", "وہ"),
    # an unseen-in-UD place name: PROPN (word clusters from news text), its own lemma (not لاہورنا)
    ("وہ کل لاہور گئے تھے اور بہت خوش تھے۔", 2, "لاہور", "PROPN", "لاہور"),
    ("شاہد آفریدی نے لاہور میں پریس کانفرنس سے خطاب کیا۔", 3, "لاہور", "PROPN", "لاہور"),
    ("انہوں نے استعفیٰ دے دیا اور کراچی چلے گئے۔", 0, "انہوں", "PRON", "وہ"),
    ("انہوں نے استعفیٰ دے دیا اور کراچی چلے گئے۔", 6, "کراچی", "PROPN", "کراچی"),
    ("وہ کل لاہور گئے تھے اور بہت خوش تھے۔", 4, "تھے", "AUX", "تھا"),
    ("وہ کل لاہور گئے تھے اور بہت خوش تھے۔", 5, "اور", "CCONJ", "اور"),
    ("پاکستان مےں بارش ہوئی۔", 1, "میں", "ADP", "میں"),  # normalized text: مےں -> میں
    ("پاکستان مےں بارش ہوئی۔", 3, "ہوئی", "VERB", "ہونا"),
]


@pytest.mark.parametrize("row", CLOSED_CLASS)
def test_closed_class_tags_and_lemmas(nlp: Pipeline, row: tuple[str, int, str, str, str]) -> None:
    text, i, form, upos, lemma = row
    tok = nlp(text).tokens[i]
    assert (tok.text, tok.upos, tok.lemma) == (form, upos, lemma)


def test_every_token_gets_all_four_columns(nlp: Pipeline) -> None:
    doc = nlp("حکومت نے نئی پالیسی کا اعلان کیا۔ عوام خوش ہیں۔")
    for tok in doc.tokens:
        assert tok.upos
        assert tok.xpos
        assert tok.lemma
        assert tok.feats is not None
    assert doc.tokens[1].feats == "AdpType=Post"
    assert doc.provenance["pos"] == "tagger@1"
    assert doc.provenance["lemma"] == "lemmatizer@2"


def test_default_pipeline_includes_tagger_and_lemmatizer(nlp: Pipeline) -> None:
    names = nlp.component_names
    assert names.index("sentencizer") < names.index("tagger") < names.index("lemmatizer")


def test_lemma_keeps_the_spelling_of_gold_conllu() -> None:
    conllu = ("# sent_id = a\n# text = پاکستان مےں ہےں\n"
              "1\tپاکستان\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "2\tمےں\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "3\tہےں\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
    (doc,) = parse_conllu(conllu)
    doc = Lemmatizer(LemmatizerConfig(orthography="treebank"))(TaggerComponent()(doc))
    assert doc.token_attr("upos") == ["PROPN", "ADP", "AUX"]
    # the model works on normalized forms (میں, ہیں) but writes the lemma in the token's own spelling
    assert doc.token_attr("lemma") == ["پاکستان", "مےں", "ہے"]


# (text, token index, lemma in the treebank's spelling, lemma as the normalized document writes it)
ORTHOGRAPHY = [
    ("انہوں نے استعفیٰ دے دیا۔", 3, "دےنا", "دینا"),
    ("انہوں نے استعفیٰ دے دیا۔", 4, "دےنا", "دینا"),
    ("اس کے بعد وزیر اعظم نے ممالک کے سربراہوں سے ملاقات کی۔", 6, "مُلک", "ملک"),
]


@pytest.mark.parametrize(("text", "i", "treebank", "normalized"), ORTHOGRAPHY)
def test_lemma_orthography(nlp: Pipeline, text: str, i: int, treebank: str, normalized: str) -> None:
    doc = nlp(text)
    assert doc.tokens[i].lemma == normalized
    again = Lemmatizer(LemmatizerConfig(orthography="treebank"))(doc)
    assert again.tokens[i].lemma == treebank


def test_lemmatizer_orthography_is_checked() -> None:
    with pytest.raises(ConfigError, match="orthography"):
        LemmatizerConfig(orthography="ud")  # type: ignore[arg-type]


def test_lemmatizer_needs_tags() -> None:
    doc = Document("وہ آیا")
    doc.set_tokens([0, 3], [2, 6])
    with pytest.raises(PipelineError, match="tagger first"):
        Lemmatizer()(doc)


def test_sentence_ranges_cover_tokens_outside_sentences() -> None:
    doc = Document("وہ آیا وہ گیا")
    doc.set_tokens([0, 3, 7, 10], [2, 6, 9, 13])
    assert sentence_ranges(doc) == [(0, 4)]
    doc.sentences = [Span(3, 6, 1, 2)]
    assert sentence_ranges(doc) == [(0, 1), (1, 2), (2, 4)]


@pytest.mark.parametrize(("form", "lemma", "script"), [
    ("لڑکے", "لڑکا", "1|ا"),
    ("کہا", "کہہنا", "1|ہنا"),
    ("ہیں", "ہے", "2|ے"),
    ("کی", "کا", "1|ا"),
    ("حکومت", "حکومت", "0|"),
])
def test_edit_scripts(form: str, lemma: str, script: str) -> None:
    assert edit_script(form, lemma) == script
    assert apply_script(form, script) == lemma


def test_feats_strings_round_trip_in_ud_order() -> None:
    values = parse_feats("Number=Sing|Case=Nom|AdpType=Post")
    assert values == {"Number": "Sing", "Case": "Nom", "AdpType": "Post"}
    assert format_feats(values) == "AdpType=Post|Case=Nom|Number=Sing"
    assert parse_feats("_") == {}


GOLD = """# sent_id = g1
# text = وزیر اعظم نے کہا۔
1	وزیر	وزیر	NOUN	NNC	Case=Nom|Gender=Masc|Number=Sing|Person=3	2	compound	_	_
2	اعظم	اعظم	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing|Person=3	4	nsubj	_	_
3	نے	نے	ADP	PSP	AdpType=Post	2	case	_	_
4	کہا	کہہنا	VERB	VM	Aspect=Perf|Gender=Masc|Number=Sing|VerbForm=Part|Voice=Act	0	root	_	SpaceAfter=No
5	۔	۔	PUNCT	SYM	_	4	punct	_	_

"""


def test_cli_annotate_replaces_tag_columns_and_keeps_the_rest(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", "--input-format", "conllu", str(gold)])
    assert result.exit_code == 0, result.output
    lines = [ln.split("\t") for ln in result.stdout.splitlines() if ln and not ln.startswith("#")]
    assert [c[1] for c in lines] == ["وزیر", "اعظم", "نے", "کہا", "۔"]
    assert [c[6] for c in lines] == ["2", "4", "2", "0", "4"]  # heads kept
    assert lines[3][9] == "SpaceAfter=No"
    assert [c[3] for c in lines][2:] == ["ADP", "VERB", "PUNCT"]
    assert lines[3][2] == "کہہنا"
    assert "# text = وزیر اعظم نے کہا۔" in result.stdout


def test_cli_evaluate_tagging_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--task", "tagging", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == {"words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas"}
    assert scores["words"] == 5
    assert all(0.0 <= scores[k] <= 100.0 for k in ("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas"))

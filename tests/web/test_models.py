"""The pydantic Document models against real `khabar.doc.jsonio.to_dict` output."""

from __future__ import annotations

import typing

import pytest
import web_corpus
from pydantic import BaseModel, ValidationError

import khabar
from khabar.doc.jsonio import SCHEMA, to_dict
from khabar.web import models as m


@pytest.fixture(scope="module")
def full() -> dict[str, typing.Any]:
    """A document with every layer filled (tokens, POS-free; entities, quotes, events, keyphrases,
    summary, a notice)."""
    nlp = khabar.load("text")
    doc = web_corpus.annotate(nlp, web_corpus.ARTICLES[0])
    doc.notice("input.html", "looks like HTML", "inputs")
    doc.set_token_attr("upos", ["NOUN"] * len(doc.tokens))
    doc.set_token_attr("lemma", [t.text for t in doc.tokens])
    if hasattr(doc, "dates"):  # the dates layer (Timex)
        from khabar.doc.model import Timex

        doc.dates = [Timex(doc.char_span(0, 4), "absolute", "2024-03-04", None, "evening", "gold")]
    return to_dict(doc)


def test_the_model_accepts_real_to_dict_output(full: dict[str, typing.Any]) -> None:
    model = m.DocumentModel.model_validate(full)
    assert model.model_dump(by_alias=True, exclude_none=False)["schema"] == SCHEMA
    assert len(model.entities) == 5
    assert model.quotes[0].speaker == 0
    assert model.events[0].code == "040"
    assert model.tokens[0].upos == "NOUN"


def test_the_schema_literal_is_the_library_schema() -> None:
    annotation: object = m.DocumentModel.model_fields["schema_"].annotation
    assert annotation == typing.Literal[SCHEMA]


@pytest.mark.parametrize("version", ["khabar.document/2", "khabar.document/0", None])
def test_another_schema_version_is_rejected(full: dict[str, typing.Any], version: str | None) -> None:
    with pytest.raises(ValidationError):
        m.DocumentModel.model_validate(full | {"schema": version})


def test_a_malformed_span_is_rejected(full: dict[str, typing.Any]) -> None:
    bad = full | {"entities": [full["entities"][0] | {"span": [0, 3]}]}
    with pytest.raises(ValidationError):
        m.DocumentModel.model_validate(bad)


def _fields(model: type[BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()}


def test_models_and_to_dict_have_the_same_keys(full: dict[str, typing.Any]) -> None:
    """A key added to (or dropped from) the Document JSON must be added to (dropped from) the models."""
    assert set(full) == _fields(m.DocumentModel)
    assert set().union(*full["tokens"]) | {"space_after", "xpos", "feats", "norm"} == _fields(m.TokenModel)
    assert set(full["entities"][0]) == _fields(m.EntityModel)
    assert set(full["quotes"][0]) == _fields(m.QuoteModel)
    assert set(full["events"][0]) == _fields(m.EventModel)
    assert set(full["notices"][0]) == _fields(m.NoticeModel)
    if "dates" in full:
        assert set(full["dates"][0]) == _fields(m.TimexModel)

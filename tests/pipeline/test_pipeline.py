"""Pipeline order validation, error reporting and provenance."""

from __future__ import annotations

from typing import ClassVar

import pytest

import khabar
from khabar.components import create
from khabar.doc import Document
from khabar.errors import ConfigError, PipelineError
from khabar.pipeline import Component, Pipeline


class Fake:
    version: ClassVar[str] = "0"

    def __init__(self, name: str, requires: tuple[str, ...], provides: tuple[str, ...]) -> None:
        self.name = name  # type: ignore[misc]
        self.requires = requires  # type: ignore[misc]
        self.provides = provides  # type: ignore[misc]
        self.config = None

    def __call__(self, doc: Document) -> Document:
        return doc


class Broken(Fake):
    def __call__(self, doc: Document) -> Document:
        raise ValueError(f"boom at {len(doc.text)}")


def test_components_follow_the_protocol():
    for name in ("normalizer", "tokenizer", "sentencizer"):
        assert isinstance(create(name), Component)


def test_every_problem_is_reported_at_once():
    with pytest.raises(PipelineError) as err:
        Pipeline([
            Fake("tagger", ("tokens",), ("pos",)),
            Fake("tok", ("text",), ("tokens",)),
            Fake("tok2", ("text",), ("tokens",)),
            Fake("odd", ("text",), ("colours",)),
        ])
    msg = str(err.value)
    assert "tagger requires 'tokens', which no earlier component provides" in msg
    assert "tok2 provides 'tokens', already written by tok" in msg
    assert "odd: unknown layer 'colours'" in msg


def test_a_failing_component_is_named_with_the_document():
    nlp = Pipeline([Broken("breaks", ("text",), ("tokens",))])
    expected = r"component 'breaks' failed on document doc-7: ValueError: boom at 3"
    with pytest.raises(PipelineError, match=expected):
        nlp("خبر", id="doc-7")


def test_provenance_names_component_and_version():
    nlp = khabar.load()
    doc = nlp("خبر")
    v = {c.name: c.version for c in nlp.components}
    expected = {"text": f"normalizer@{v['normalizer']}", "tokens": f"tokenizer@{v['tokenizer']}",
                "sentences": f"sentencizer@{v['sentencizer']}"}
    assert {k: doc.provenance[k] for k in expected} == expected


def test_pipe_gives_the_same_result_as_call():
    nlp = khabar.load()
    texts = ["پہلی خبر۔", "دوسری  خبر۔"]
    assert [d.text for d in nlp.pipe(texts)] == [nlp(t).text for t in texts]


class Refuses(Fake):
    """Refuses documents that hold خرابی; tokenizes the others (a stand-in for a component's error)."""

    def __call__(self, doc: Document) -> Document:
        if "خرابی" in doc.text:
            raise ValueError("cannot read خرابی")
        return doc


def test_pipe_isolated_keeps_an_error_to_its_own_document():
    """A batch that fails is analyzed again one document at a time, from copies taken before the
    batch: the error in its document's place (named with it), the others as one by one gives them."""
    from khabar.doc.jsonio import dumps

    base = khabar.load()
    nlp = Pipeline([*base.components, Refuses("refuses", ("tokens",), ())])
    texts = ["لاہور میں بارش ہوئی۔", "کراچی میں خرابی ہوئی۔", "پشاور میں اجلاس ہوا۔"]
    out = nlp.pipe_isolated([Document(t, id=f"d{k}") for k, t in enumerate(texts)])
    assert [type(x).__name__ for x in out] == ["Document", "PipelineError", "Document"]
    assert str(out[1]) == "component 'refuses' failed on document d1: ValueError: cannot read خرابی"
    alone = [nlp(Document(t, id=f"d{k}")) for k, t in ((0, texts[0]), (2, texts[2]))]
    assert [dumps(d) for d in (out[0], out[2])] == [dumps(d) for d in alone]  # type: ignore[arg-type]
    ok = base.pipe_isolated([Document(t) for t in (texts[0], texts[2])])  # no error: one batch
    assert [d.text for d in ok] == ["لاہور میں بارش ہوئی۔", "پشاور میں اجلاس ہوا۔"]  # type: ignore[union-attr]


def test_load_rejects_unknown_names_and_options():
    with pytest.raises(ConfigError, match="no pipeline 'nope'"):
        khabar.load("nope")
    with pytest.raises(ConfigError, match="bad config for normalizer"):
        khabar.load(normalizer={"colour": "red"})
    assert khabar.load(normalizer={"digits": "urdu"})("2024").text == "۲۰۲۴"


def test_normalizer_refuses_to_run_twice():
    nlp = khabar.load()
    doc = nlp("مےں")
    with pytest.raises(PipelineError, match="normalizer must run first"):
        nlp.get("normalizer")(doc)

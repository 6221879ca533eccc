"""Pipeline: an ordered list of components, checked before it runs."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence

from khabar.doc.model import Document
from khabar.errors import KhabarError, PipelineError
from khabar.pipeline.component import LAYERS, Component, pipe_default


class Pipeline:
    """Runs components in order. Construction validates the order and reports every problem at once:
    a layer required before any component provides it, a layer written by two components, an unknown
    layer name, a duplicate component name."""

    def __init__(self, components: Sequence[Component], *, name: str = "custom") -> None:
        self.name = name
        self.components: tuple[Component, ...] = tuple(components)
        problems = validate(self.components)
        if problems:
            raise PipelineError(
                f"pipeline {name!r} cannot run:\n" + "\n".join(f"  - {p}" for p in problems)
            )

    @property
    def component_names(self) -> list[str]:
        return [c.name for c in self.components]

    def get(self, name: str) -> Component:
        for c in self.components:
            if c.name == name:
                return c
        raise PipelineError(f"pipeline {self.name!r} has no component {name!r}; "
                            f"it has {', '.join(self.component_names)}")

    def __call__(self, doc: Document | str, *, id: str = "") -> Document:
        if isinstance(doc, str):
            doc = Document(doc, id=id)
        for c in self.components:
            doc = _run_one(c, doc)
        return doc

    def pipe(self, docs: Iterable[Document | str]) -> Iterator[Document]:
        stream: Iterable[Document] = (Document(d) if isinstance(d, str) else d for d in docs)
        for c in self.components:
            pipe = getattr(c, "pipe", None)
            stream = (
                _wrap_iter(c, pipe(stream)) if callable(pipe) else _wrap_iter(c, pipe_default(c, stream))
            )
        yield from stream

    def pipe_isolated(self, docs: Sequence[Document]) -> list[Document | KhabarError]:
        """``docs`` (not analyzed yet) analyzed together, as :meth:`pipe` does (the ner component
        decodes the sentences of many documents at once); should that fail, each is analyzed alone
        from a copy taken before (the failed batch may have changed it), so that an error is its own
        document's: the error in its place, the others analyzed."""
        if len(docs) > 1:
            before = [copy.deepcopy(d) for d in docs]
            try:
                return list(self.pipe(docs))
            except KhabarError:
                docs = before
        out: list[Document | KhabarError] = []
        for d in docs:
            try:
                out.append(self(d))
            except KhabarError as exc:
                out.append(exc)
        return out

    def __repr__(self) -> str:
        return f"Pipeline({self.name!r}, [{', '.join(self.component_names)}])"


def _run_one(c: Component, doc: Document) -> Document:
    try:
        out = c(doc)
    except KhabarError as exc:
        if isinstance(exc, PipelineError):
            raise
        raise type(exc)(f"{c.name} on document {doc.id or '<no id>'}: {exc}") from exc
    except Exception as exc:  # a component bug: say which one and on what
        raise PipelineError(
            f"component {c.name!r} failed on document {doc.id or '<no id>'}: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    for layer in c.provides:
        doc.provenance.setdefault(layer, f"{c.name}@{c.version}")
    return out


def _wrap_iter(c: Component, it: Iterator[Document]) -> Iterator[Document]:
    while True:
        try:
            doc = next(it)
        except StopIteration:
            return
        except KhabarError:
            raise
        except Exception as exc:
            raise PipelineError(f"component {c.name!r} failed in a batch: "
                                f"{type(exc).__name__}: {exc}") from exc
        for layer in c.provides:
            doc.provenance.setdefault(layer, f"{c.name}@{c.version}")
        yield doc


def validate(components: Sequence[Component]) -> list[str]:
    """Every problem with this order of components (empty when it can run)."""
    problems: list[str] = []
    available: dict[str, str] = {"text": "input"}
    seen: set[str] = set()
    for c in components:
        if c.name in seen:
            problems.append(f"component {c.name!r} appears twice")
        seen.add(c.name)
        for layer in (*c.requires, *c.provides):
            if layer not in LAYERS:
                problems.append(f"{c.name}: unknown layer {layer!r} (known: {', '.join(LAYERS)})")
        for layer in c.requires:
            if layer not in available:
                problems.append(f"{c.name} requires {layer!r}, which no earlier component provides")
        for layer in c.provides:
            if layer in available and layer != "text":
                problems.append(
                    f"{c.name} provides {layer!r}, already written by {available[layer]}"
                )
            elif layer == "text" and available["text"] != "input":
                problems.append(f"{c.name} rewrites the text after {available['text']} did")
            available[layer] = c.name
    return problems

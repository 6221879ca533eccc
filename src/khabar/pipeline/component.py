"""The Component protocol: what every pipeline step declares and does."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Protocol, runtime_checkable

from khabar.doc.model import Document

#: Annotation layers, in the order a full pipeline usually produces them.
LAYERS = (
    "text", "language", "sentences", "tokens", "pos", "morph", "lemma", "entities", "links", "quotes",
    "events", "dates", "keyphrases", "summary",
)


@runtime_checkable
class Component(Protocol):
    """A pipeline step.

    ``name`` is its registry name, ``version`` goes into provenance, ``requires`` and ``provides`` are
    annotation layers (see :data:`LAYERS`), ``config`` is a frozen keyword-only dataclass.
    """

    name: ClassVar[str]
    version: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    provides: ClassVar[tuple[str, ...]]
    config: Any

    def __call__(self, doc: Document) -> Document: ...


def pipe_default(component: Component, docs: Iterable[Document]) -> Iterator[Document]:
    """Batch fallback for components without their own ``pipe``."""
    for doc in docs:
        yield component(doc)

"""Tagger component: UPOS, XPOS and UD features for every token, sentence by sentence.

The model is :class:`khabar.ml.tagger.Tagger`, shipped in ``khabar/models/tagger`` and loaded (with
its file hashes checked) when the component is built, so a broken model is reported by
``khabar.load()``, not in the middle of a run. Token texts are normalized inside the model, so the
component also tags documents that were never normalized (CoNLL-U read with gold tokenization).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from khabar.doc.model import Document

if TYPE_CHECKING:
    from khabar.ml.tagger import Tagger


@dataclass(frozen=True, kw_only=True)
class TaggerConfig:
    pass


def sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """Token ranges of the sentences; the whole document when it has none."""
    n = len(doc.token_starts)
    ranges = [(s.token_start, s.token_end) for s in doc.sentences if 0 <= s.token_start < s.token_end]
    if not ranges:
        return [(0, n)] if n else []
    out: list[tuple[int, int]] = []
    pos = 0
    for a, b in ranges:  # tokens outside every sentence are tagged as sentences of their own
        if a > pos:
            out.append((pos, a))
        out.append((a, b))
        pos = b
    if pos < n:
        out.append((pos, n))
    return out


def token_forms(doc: Document) -> list[str]:
    text = doc.text
    return [text[s:e] for s, e in zip(doc.token_starts, doc.token_ends, strict=True)]


class TaggerComponent:
    name: ClassVar[str] = "tagger"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("pos", "morph")

    def __init__(self, config: TaggerConfig | None = None, *, model: Tagger | None = None) -> None:
        from khabar.ml.tagger import default_tagger

        self.config = config or TaggerConfig()
        self.model = model if model is not None else default_tagger()

    def __call__(self, doc: Document) -> Document:
        forms = token_forms(doc)
        n = len(forms)
        upos: list[str | None] = [None] * n
        xpos: list[str | None] = [None] * n
        feats: list[str | None] = [None] * n
        ranges = sentence_ranges(doc)
        # all the document's sentences in one call: per-sentence calls cost more than the tagging itself
        tagged = self.model.tag_batch([forms[a:b] for a, b in ranges])
        for (a, b), (u, x, f) in zip(ranges, tagged, strict=True):
            upos[a:b] = u
            xpos[a:b] = x
            feats[a:b] = f
        doc.set_token_attr("upos", upos)
        doc.set_token_attr("xpos", xpos)
        doc.set_token_attr("feats", feats)
        return doc

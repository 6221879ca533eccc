"""Lemmatizer component: a lemma for every token from its form and UPOS.

Edit scripts learned from UD Urdu (see :class:`khabar.ml.tagger.LemmaRules`): the script of the
(form, UPOS) pair seen in training, else the form's, else the one most frequent for the longest
known suffix under the UPOS. Postpositions, auxiliaries and pronouns are closed classes, so the
training lexicon holds them all (کی → کا, تھے → تھا, ہیں → ہے, گئی → جانا). Shares the tagger's model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from khabar.components.tagger import token_forms
from khabar.doc.model import Document
from khabar.errors import PipelineError

if TYPE_CHECKING:
    from khabar.ml.tagger import Tagger


@dataclass(frozen=True, kw_only=True)
class LemmatizerConfig:
    pass


class Lemmatizer:
    name: ClassVar[str] = "lemmatizer"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "pos")
    provides: ClassVar[tuple[str, ...]] = ("lemma",)

    def __init__(self, config: LemmatizerConfig | None = None, *, model: Tagger | None = None) -> None:
        from khabar.ml.tagger import default_tagger

        self.config = config or LemmatizerConfig()
        self.model = model if model is not None else default_tagger()

    def __call__(self, doc: Document) -> Document:
        upos = doc.token_attr("upos")
        forms = token_forms(doc)
        if upos is None:
            if not forms:
                doc.set_token_attr("lemma", [])
                return doc
            raise PipelineError("the lemmatizer needs UPOS tags: run the tagger first")
        doc.set_token_attr("lemma", self.model.lemmatize(forms, [u or "X" for u in upos]))
        return doc

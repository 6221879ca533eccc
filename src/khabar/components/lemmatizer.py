"""Lemmatizer component: a lemma for every token from its form, its UPOS and the next token's UPOS.

Lemma tables learned from UD Urdu (see :class:`khabar.ml.tagger.LemmaRules`): the lemma of the
(form, UPOS, next UPOS) triple where the context decides (کے before a postposition stays کے, else
کا), else of the (form, UPOS) pair seen in training, else the form's, else the edit script most
frequent for the longest known suffix under the UPOS. Postpositions, auxiliaries and pronouns are
closed classes, so the training lexicon holds them all (کی → کا, تھے → تھا, ہیں → ہے, گئی → جانا).
Shares the tagger's model.

Spelling: by default lemmas are normalized like the document text they annotate (the treebank writes
دےنا, a normalized document gets دینا); ``orthography="treebank"`` keeps the treebank's spelling,
for CoNLL-U files scored against UD gold (``khabar annotate --input-format conllu``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from khabar.components.tagger import sentence_ranges, token_forms
from khabar.doc.model import Document
from khabar.errors import ConfigError, PipelineError

if TYPE_CHECKING:
    from khabar.ml.tagger import Tagger

Orthography = Literal["normalized", "treebank"]


@dataclass(frozen=True, kw_only=True)
class LemmatizerConfig:
    orthography: Orthography = "normalized"

    def __post_init__(self) -> None:
        if self.orthography not in ("normalized", "treebank"):
            raise ConfigError(f"lemmatizer orthography {self.orthography!r} is not 'normalized' or "
                              "'treebank'")


class Lemmatizer:
    name: ClassVar[str] = "lemmatizer"
    version: ClassVar[str] = "2"
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
        tags = [u or "X" for u in upos]
        normalized = self.config.orthography == "normalized"
        lemmas: list[str | None] = [None] * len(forms)
        for a, b in sentence_ranges(doc):
            lemmas[a:b] = self.model.lemmatize(forms[a:b], tags[a:b], normalized=normalized)
        doc.set_token_attr("lemma", lemmas)
        return doc

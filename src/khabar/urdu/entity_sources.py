"""The ``Entity.source`` names of the entity rules. The recognizer's rules
(:mod:`khabar.components.ner`) write them; the linker and the news rules read them, so each name is
written once, here. A model's entities carry ``model:ner/<source>`` instead."""

from __future__ import annotations

#: a title or honorific set apart from a name, and an office's jurisdiction (وزیراعلی | پنجاب)
TITLE_SOURCE = "rule:title"
#: the name a title or an honorific announces (پوپ | فرانزک, جناب | ریاض)
TITLE_NAME_SOURCE = "rule:title-name"
#: a country's demonym, read as its LOCATION (امریکی, بھارتی)
DEMONYM_SOURCE = "rule:demonym"
#: a knowledge-base name the model missed or cut short (سلامتی کونسل)
KB_NAME_SOURCE = "rule:kb-name"
#: a span the model typed otherwise, of a name whose every knowledge-base entry has one type (داعش)
KB_TYPE_SOURCE = "rule:kb-type"
#: the first word alone of a person named in full before, as an agent, object or speaker (ملالہ نے)
GIVEN_NAME_SOURCE = "rule:given-name"
#: a PERSON of several words found again where the model missed it (جگن موہن ریڈی)
SAME_NAME_SOURCE = "rule:same-name"
#: the last word alone of a person named in full before (a surname)
SURNAME_SOURCE = "rule:surname"

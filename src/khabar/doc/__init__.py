"""The data model (standard library only)."""

from khabar.doc.alignment import Alignment, Change, Edit
from khabar.doc.jsonio import SCHEMA, dumps, from_dict, loads, to_dict
from khabar.doc.model import (
    TOKEN_ATTRS,
    Document,
    Entity,
    Event,
    Notice,
    Quote,
    Span,
    Timex,
    Token,
)

__all__ = [
    "SCHEMA", "TOKEN_ATTRS", "Alignment", "Change", "Document", "Edit", "Entity", "Event",
    "Notice", "Quote", "Span", "Timex", "Token", "dumps", "from_dict", "loads", "to_dict",
]

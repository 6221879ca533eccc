"""The one exception hierarchy of khabar.

Every error a user can cause is a :class:`KhabarError` whose message says what went wrong, where, and
what to do. The CLI maps each class to a documented exit code (``EXIT_CODES``) and prints the message
without a traceback.
"""

from __future__ import annotations


class KhabarError(Exception):
    """Base class: a problem khabar can explain to the user."""

    exit_code = 1


class InputError(KhabarError):
    """The input cannot be read as text: empty, binary, undecodable, too large."""

    exit_code = 3


class EmptyInputError(InputError):
    """The input holds no text (empty or whitespace only)."""


class BinaryInputError(InputError):
    """The input looks like binary data, not text."""


class DecodeError(InputError):
    """The input is not valid UTF-8 (or UTF-16 with a BOM); the message names the byte offset."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit for one document."""


class SchemaError(KhabarError):
    """A Document JSON or CoNLL-U file does not have the expected shape or version."""

    exit_code = 4


class AlignmentError(KhabarError):
    """An offset or edit does not fit the text it claims to describe (a bug or corrupted data)."""

    exit_code = 4


class AnnotationError(KhabarError):
    """An annotation violates an invariant (offsets outside the text, text mismatch, bad index)."""

    exit_code = 4


class PipelineError(KhabarError):
    """The pipeline is mis-assembled (order, missing layers, two writers) or a component failed."""

    exit_code = 5


class ConfigError(KhabarError):
    """A configuration value is invalid or a named component/model does not exist."""

    exit_code = 2


class ModelError(KhabarError):
    """A shipped model is missing, corrupted (hash mismatch) or of an unknown version."""

    exit_code = 6


class DataError(KhabarError):
    """Training/evaluation data is missing or malformed (the message names the file and line)."""

    exit_code = 7


#: Exit codes of the ``khabar`` command, documented in the README.
EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "unexpected error (a bug: please report it with the input)",
    2: "usage or configuration error",
    3: "input cannot be read as text (empty, binary, bad encoding, too large)",
    4: "malformed document, schema or alignment",
    5: "pipeline error",
    6: "model missing or corrupted",
    7: "training or evaluation data missing or malformed",
}

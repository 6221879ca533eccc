"""Reading user input safely: bytes -> text, or one clear :class:`~khabar.errors.InputError`.

Every way a file can fail to be Urdu *text* gets its own message that says what, where and what to
do: empty or whitespace only (:class:`EmptyInputError`), binary data (:class:`BinaryInputError`),
invalid UTF-8 (:class:`DecodeError` with the byte offset, line, column and the bad bytes), larger than
the limit for one document (:class:`InputTooLargeError`, decided from the file size *before* reading,
or after at most ``max_bytes + 1`` bytes of a stream). UTF-8 with or without a BOM and UTF-16 LE/BE
with a BOM are accepted and the encoding is recorded. HTML given as text is analysed as text, but a
``input.html`` notice says so (tags are never stripped silently: use ``khabar ingest`` for web pages),
and so does an ``input.xml`` notice for other markup (a COUNTER document, a feed).

This is a low layer: it uses only ``khabar.doc``, ``khabar.urdu.chars`` and ``khabar.errors``.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from khabar.doc.model import Document, Notice
from khabar.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
)
from khabar.urdu import chars as C

#: Default limit for one document: 10 MiB (a long news article is well under 100 KB).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Name used for standard input in messages and as the document id.
STDIN_NAME = "<stdin>"
#: Bytes read at a time from a stream.
CHUNK_BYTES = 1 << 16
#: C0 control bytes that never occur in text (tab, LF, VT, FF, CR and ESC are allowed), and DEL.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
#: Share of control bytes above which the input is called binary.
BINARY_CONTROL_SHARE = 0.05
#: Characters that carry no visible text: an input made only of these (and whitespace) is empty.
_INVISIBLE = C.BOM + C.ZWNJ + C.ZWJ + C.ZWSP + C.WORD_JOINER + C.BIDI_CONTROLS + C.OTHER_SPACES
#: Tags that mark a web page (an HTML document or fragment), not text that mentions a ``<``.
_HTML_TAG = re.compile(
    r"<\s*/?\s*(?:html|head|body|div|span|p|a|br|script|style|meta|link|title|table|tr|td|ul|ol|li"
    r"|h[1-6]|article|section|header|footer|nav|img|iframe|form|input|strong|em|b|i)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<html\b)", re.IGNORECASE)
#: Tags needed in the first 64 KiB (without a doctype) before the text is called HTML.
HTML_MIN_TAGS = 3
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class InputText:
    """One input read as text.

    ``encoding`` is how the bytes were decoded: ``"utf-8"``, ``"utf-8-sig"`` (UTF-8 with a BOM),
    ``"utf-16-le"`` or ``"utf-16-be"`` (UTF-16 with a BOM). The BOM is not part of ``text``.
    ``notices`` are warnings about the input (e.g. ``input.html``).
    """

    text: str
    source: str
    encoding: str
    n_bytes: int
    notices: tuple[Notice, ...] = ()

    def to_document(self, *, id: str | None = None, published: str | None = None) -> Document:
        """A Document whose raw text is this input, with the source, encoding and notices recorded;
        ``published`` (ISO 8601), when given, is the date relative expressions resolve against."""
        if id is None:
            id = "stdin" if self.source == STDIN_NAME else self.source
        meta = {"source": self.source, "encoding": self.encoding}
        if published:
            meta["published"] = published
        doc = Document(self.text, id=id, meta=meta)
        doc.notices.extend(self.notices)
        return doc


def _size(n: int) -> str:
    """``n`` bytes for people: 52,428,800 bytes (50.0 MiB)."""
    if n < 1024:
        return f"{n} bytes"
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{n:,} bytes ({n / scale:.1f} {unit})"
    return f"{n} bytes"  # pragma: no cover - unreachable


def _too_large(source: str, size: int | None, max_bytes: int) -> InputTooLargeError:
    what = f"is {_size(size)}, over" if size is not None else "is larger than"
    return InputTooLargeError(
        f"{source}: the input {what} the limit of {_size(max_bytes)} for one document; "
        "split it into articles (one file each), or raise the limit with --max-bytes"
    )


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> InputText:
    """Read the file at ``path`` as text. A regular file larger than ``max_bytes`` is refused from
    its size alone, before any byte is read; pipes and devices are read in chunks up to the cap."""
    p = Path(path)
    source = str(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file; check the path") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{source}: is a directory; give the files in it, or use a command that "
                         "takes directories (khabar analyze DIR reads DIR/**/*.txt)")
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise _too_large(source, st.st_size, max_bytes)
    try:
        with p.open("rb") as fh:
            return read_stream(fh, source=source, max_bytes=max_bytes)
    except PermissionError:
        raise InputError(f"{source}: permission denied; check the file's permissions") from None
    except IsADirectoryError:  # pragma: no cover - caught by the stat check above
        raise InputError(f"{source}: is a directory") from None


def read_stream(stream: BinaryIO, *, source: str = STDIN_NAME,
                max_bytes: int = DEFAULT_MAX_BYTES) -> InputText:
    """Read a binary stream (e.g. ``sys.stdin.buffer``) in chunks into one buffer; refuse it as soon
    as it holds more than ``max_bytes`` (at most ``max_bytes + 1`` bytes are ever held), and refuse
    binary data from its first chunk, without reading the rest."""
    buf = bytearray()
    while True:
        chunk = stream.read(min(CHUNK_BYTES, max_bytes + 1 - len(buf)))
        if not chunk:
            break
        if not buf and not chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            _check_binary(chunk, source)
        buf += chunk
        if len(buf) > max_bytes:
            raise _too_large(source, None, max_bytes)
    return decode_bytes(buf, source=source)


def decode_bytes(data: bytes | bytearray, *, source: str = STDIN_NAME) -> InputText:
    """Decode ``data`` as text or raise the :class:`InputError` that says why it is not text."""
    if not data:
        raise EmptyInputError(f"{source}: the input is empty (0 bytes); give a file with Urdu text, "
                              "or pipe text on standard input")
    encoding = "utf-8"
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom):]
            break
    if encoding.startswith("utf-16"):
        text = _decode_utf16(body, encoding, source, len(data) - len(body))
        _check_control_chars(text, source)
    else:
        _check_binary(body, source)
        text = _decode_utf8(body, source, offset=len(data) - len(body))
    if not text.strip(_INVISIBLE + " \n\r\t\v\f"):
        raise EmptyInputError(
            f"{source}: the input holds only whitespace ({_size(len(data))}); there is no text to analyze"
        )
    notices = (html_notice(text) or xml_notice(text),)
    return InputText(text, source, encoding, len(data), tuple(n for n in notices if n is not None))


def _check_binary(data: bytes | bytearray, source: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        hint = ""
        if _looks_like_utf16(data):
            hint = ("; it may be UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 "
                    "with a BOM")
        raise BinaryInputError(
            f"{source}: looks like binary data, not text (a NUL byte at offset {nul}){hint}; "
            "give a UTF-8 text file"
        )
    n_control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if n_control and n_control > BINARY_CONTROL_SHARE * len(data):
        raise BinaryInputError(
            f"{source}: looks like binary data, not text ({n_control} of {len(data)} bytes are control "
            "bytes); give a UTF-8 text file"
        )


def _looks_like_utf16(data: bytes | bytearray) -> bool:
    """True when ``data`` decodes as UTF-16 (either byte order) into printable text: every NUL byte
    at the same parity, and no control character after decoding."""
    if len(data) % 2:
        return False
    for encoding, nul_parity in (("utf-16-le", 1), ("utf-16-be", 0)):
        if data[1 - nul_parity::2].count(0) == 0:
            try:
                text = bytes(data).decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(text) == len(text.translate(_CONTROL_TABLE)):
                return True
    return False


def _check_control_chars(text: str, source: str) -> None:
    n_control = len(text) - len(text.translate(_CONTROL_TABLE))
    if n_control and n_control > BINARY_CONTROL_SHARE * len(text):
        raise BinaryInputError(
            f"{source}: looks like binary data, not text ({n_control} of {len(text)} characters are "
            "control characters); give a text file"
        )


_CONTROL_TABLE = dict.fromkeys(_CONTROL_BYTES)


def _line_col(data: bytes | bytearray, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` in UTF-8 ``data``."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return line, column


def _decode_utf8(body: bytes | bytearray, source: str, *, offset: int) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + offset
        line, column = _line_col(body, exc.start)
        bad = body[exc.start:max(exc.end, exc.start + 1)][:8]
        shown = " ".join(f"0x{b:02X}" for b in bad)
        before = body[max(0, exc.start - 30):exc.start].decode("utf-8", "replace").rsplit("\n", 1)[-1]
        after = f" after {before.strip()!r}" if before.strip() else ""
        raise DecodeError(
            f"{source}: not valid UTF-8 at byte {at} (line {line}, column {column}){after}: "
            f"bytes {shown} ({exc.reason}); save the file as UTF-8, or convert it, e.g. "
            "`iconv -f WINDOWS-1256 -t UTF-8` for an old Arabic-script code page"
        ) from None


def _decode_utf16(body: bytes | bytearray, encoding: str, source: str, bom_len: int) -> str:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        at = exc.start + bom_len
        bad = " ".join(f"0x{b:02X}" for b in body[exc.start:exc.end][:8])
        raise DecodeError(
            f"{source}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
            f"at byte {at}: bytes {bad} ({exc.reason}); save the file as UTF-8"
        ) from None


def _markup(text: str, start: re.Pattern[str], start_reason: str, tag: re.Pattern[str],
            kind: str) -> str | None:
    """Why ``text`` looks like markup — it starts as ``start`` matches, or holds at least
    :data:`HTML_MIN_TAGS` ``tag`` matches in its first 64 KiB — or None."""
    head = text[:65536]
    if start.match(head):
        return start_reason
    tags = tag.findall(head)
    if len(tags) < HTML_MIN_TAGS:
        return None
    return f"it holds {kind}tags such as {tags[0][:40]}"


def html_notice(text: str) -> Notice | None:
    """An ``input.html`` notice when ``text`` is a web page (a doctype/``<html>`` start, or at least
    :data:`HTML_MIN_TAGS` HTML tags in its first 64 KiB), else None."""
    reason = _markup(text, _HTML_START, "it starts like an HTML document", _HTML_TAG, "HTML ")
    if reason is None:
        return None
    return Notice(
        "input.html",
        f"the input looks like HTML ({reason}); it is analyzed as plain text, tags included. "
        "A file named .html is read as a web page, its article text extracted, by `khabar analyze` "
        "and `khabar ingest`.",
        "inputs",
    )


#: An XML declaration, or an element's start or end tag (a name of ASCII letters, digits, ``_:.-``).
_XML_START = re.compile(r"\A\s*<\?xml\b", re.IGNORECASE)
_XML_TAG = re.compile(r"</?[A-Za-z_][\w:.-]{0,80}(?:\s[^<>]{0,2000})?/?>")


def xml_notice(text: str) -> Notice | None:
    """An ``input.xml`` notice when ``text`` is an XML document (an ``<?xml`` start, or at least
    :data:`HTML_MIN_TAGS` tags in its first 64 KiB) that is not a web page, else None."""
    reason = _markup(text, _XML_START, "it starts with an XML declaration", _XML_TAG, "")
    if reason is None:
        return None
    return Notice(
        "input.xml",
        f"the input looks like XML ({reason}); it is analyzed as plain text, tags and attributes included. "
        "A file named .xml, .rss or .atom is read as a COUNTER document or an RSS/Atom feed, its "
        "articles' text extracted, by `khabar analyze` and `khabar ingest`.",
        "inputs",
    )


def expand_inputs(paths: Iterable[str | os.PathLike[str]], *, pattern: str = "*.txt") -> list[str]:
    """The inputs named by ``paths``, checked before anything is read: ``-`` (standard input) as
    given, a file as given, a directory as its ``pattern`` files found recursively (sorted). No paths
    means standard input. A path that does not exist, or a directory without a matching file, is an
    :class:`InputError` (almost always a typo)."""
    out: list[str] = []
    for raw in paths:
        name = str(raw)
        p = Path(raw)
        if name == "-":
            out.append(name)
        elif p.is_dir():
            found = sorted(str(f) for f in p.rglob(pattern) if f.is_file())
            if not found:
                raise InputError(f"{p}: the directory holds no {pattern} files; give files or another "
                                 "directory")
            out.extend(found)
        elif p.exists():
            out.append(name)
        else:
            raise InputError(f"{p}: no such file or directory; check the path")
    return out or ["-"]


def read_input(name: str, *, stdin: BinaryIO | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> InputText:
    """Read one input of :func:`expand_inputs`: ``-`` from ``stdin``, anything else as a path."""
    if name == "-":
        if stdin is None:
            raise InputError("'-' means standard input, but there is no standard input to read")
        return read_stream(stdin, source=STDIN_NAME, max_bytes=max_bytes)
    return read_path(name, max_bytes=max_bytes)

"""khabar.inputs: every bad input gets its own error class and a message that says what and where."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from khabar.errors import BinaryInputError, DecodeError, EmptyInputError, InputError, InputTooLargeError
from khabar.inputs import (
    DEFAULT_MAX_BYTES,
    STDIN_NAME,
    InputText,
    decode_bytes,
    expand_inputs,
    html_notice,
    read_input,
    read_path,
    read_stream,
    xml_notice,
)

URDU = "یہ ایک جملہ ہے۔"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (URDU.encode(), "utf-8", URDU),
        (b"\xef\xbb\xbf" + URDU.encode(), "utf-8-sig", URDU),
        (b"\xff\xfe" + URDU.encode("utf-16-le"), "utf-16-le", URDU),
        (b"\xfe\xff" + URDU.encode("utf-16-be"), "utf-16-be", URDU),
        ("خبر\r\nدوسری سطر".encode(), "utf-8", "خبر\r\nدوسری سطر"),  # CRLF is the normalizer's job
    ],
)
def test_accepted_encodings(data: bytes, encoding: str, text: str) -> None:
    got = decode_bytes(data, source="a.txt")
    assert got == InputText(text, "a.txt", encoding, len(data), ())


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", EmptyInputError, "a.txt: the input is empty (0 bytes)"),
        (b" \n\t\r\n ", EmptyInputError, "a.txt: the input holds only whitespace (6 bytes)"),
        # no-break space, ZWNJ and a BOM carry no text either
        ("\u00a0\u200c\ufeff\n".encode(), EmptyInputError, "a.txt: the input holds only whitespace"),
        (b"\xff\xfe" + " \n".encode("utf-16-le"), EmptyInputError, "holds only whitespace"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", BinaryInputError,
         "a.txt: looks like binary data, not text (a NUL byte at offset 7)"),
        (b"\x1b\x01\x02\x03text" * 10, BinaryInputError, "(30 of 80 bytes are control bytes)"),
        (URDU.encode("utf-16-le"), BinaryInputError, "it may be UTF-16 without a byte-order mark"),
        (b"\xff\xfe" + b"\x00\xd8a\x00", DecodeError, "is not valid UTF-16-LE at byte 2"),
    ],
)
def test_refused(data: bytes, error: type[InputError], message: str) -> None:
    with pytest.raises(error) as info:
        decode_bytes(data, source="a.txt")
    assert message in str(info.value)
    assert info.value.exit_code == 3


def test_invalid_utf8_names_offset_line_column_and_bytes() -> None:
    data = "پہلی سطر\nدوسری ".encode() + b"\xff\xfe" + " سطر".encode()
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, source="news.txt")
    offset = len("پہلی سطر\nدوسری ".encode())
    assert str(info.value).startswith(
        f"news.txt: not valid UTF-8 at byte {offset} (line 2, column 7) after 'دوسری': "
        "bytes 0xFF (invalid start byte); save the file as UTF-8"
    )


def test_invalid_utf8_after_bom_counts_the_bom() -> None:
    with pytest.raises(DecodeError, match=r"at byte 5 \(line 1, column 3\)"):
        decode_bytes(b"\xef\xbb\xbfab\xc3(", source="x")


def test_truncated_utf8_sequence_at_end() -> None:
    data = "خبر".encode() + "ر".encode()[:1]
    with pytest.raises(DecodeError, match=r"at byte 6 \(line 1, column 4\) after 'خبر': bytes 0xD8 "
                                          r"\(unexpected end of data\)"):
        decode_bytes(data, source="x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>خبر</body></html>", "it starts like an HTML document"),
        ("  <html lang='ur'><p>خبر</p></html>", "it starts like an HTML document"),
        ("<div class='story'><p>خبر</p><p>مزید</p></div>", "it holds HTML tags such as <div class='story'>"),
        ("اگر a < b اور c > d تو", None),  # comparisons are not tags
        ("<p>صرف ایک ٹیگ</p>", None),  # two tags: not enough to call it a page
    ],
)
def test_html_notice(text: str, expected: str | None) -> None:
    notice = html_notice(text)
    if expected is None:
        assert notice is None
    else:
        assert notice is not None
        assert notice.code == "input.html"
        assert expected in notice.message
        assert "khabar ingest" in notice.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<?xml version="1.0" encoding="UTF-8"?>\n<COUNTER_document><headline>خبر</headline>'
         "<body>متن</body></COUNTER_document>", "it starts with an XML declaration"),
        ("<doc id='1'><headline>خبر</headline><body>متن</body></doc>", "it holds tags such as <doc id='1'>"),
        ("اگر a < b اور c > d تو", None),
        ("<headline>صرف ایک</headline>", None),
    ],
)
def test_xml_notice(text: str, expected: str | None) -> None:
    notice = xml_notice(text)
    if expected is None:
        assert notice is None
    else:
        assert notice is not None
        assert notice.code == "input.xml"
        assert expected in notice.message
        assert "khabar ingest" in notice.message


def test_xml_is_kept_as_text_with_a_notice_and_a_web_page_gets_only_the_html_one() -> None:
    doc = "<doc><headline>خبر</headline><body>متن</body></doc>"
    got = decode_bytes(doc.encode(), source="story.xml")
    assert got.text == doc
    assert [n.code for n in got.notices] == ["input.xml"]
    page = "<html><body><p>خبر</p></body></html>"
    assert [n.code for n in decode_bytes(page.encode(), source="page.txt").notices] == ["input.html"]


def test_html_is_kept_as_text_with_a_notice() -> None:
    page = "<html><body><p>خبر</p></body></html>"
    got = decode_bytes(page.encode(), source="page.txt")
    assert got.text == page  # never stripped silently
    assert [n.code for n in got.notices] == ["input.html"]


def test_large_file_refused_from_its_size_without_reading(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MiB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(InputTooLargeError) as info:
        read_path(big)
    assert str(info.value) == (
        f"{big}: the input is 52,428,800 bytes (50.0 MiB), over the limit of 10,485,760 bytes "
        "(10.0 MiB) for one document; split it into articles (one file each), or raise the limit "
        "with --max-bytes"
    )
    assert info.value.exit_code == 3


class _Endless(io.RawIOBase):
    """An endless stream of Urdu text that counts what was read from it."""

    def __init__(self, pattern: bytes) -> None:
        self.pattern = pattern
        self.read_bytes = 0

    def read(self, n: int = -1) -> bytes:
        assert n > 0, "must read in bounded chunks"
        self.read_bytes += n
        return (self.pattern * (n // len(self.pattern) + 1))[:n]


def test_stream_over_the_limit_is_refused_after_the_cap() -> None:
    stream = _Endless("خبر ".encode())
    with pytest.raises(InputTooLargeError, match=r"<stdin>: the input is larger than the limit of "
                                                 r"1,048,576 bytes \(1.0 MiB\)"):
        read_stream(stream, max_bytes=1 << 20)  # type: ignore[arg-type]
    assert stream.read_bytes == (1 << 20) + 1


def test_binary_stream_is_refused_from_its_first_chunk() -> None:
    stream = _Endless(b"\x00\x01binary")
    with pytest.raises(BinaryInputError):
        read_stream(stream, max_bytes=DEFAULT_MAX_BYTES)  # type: ignore[arg-type]
    assert stream.read_bytes <= 1 << 16


def test_read_path_and_stream(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"\xef\xbb\xbf" + URDU.encode())
    got = read_path(f)
    assert (got.text, got.source, got.encoding) == (URDU, str(f), "utf-8-sig")
    assert read_stream(io.BytesIO(URDU.encode())).source == STDIN_NAME
    assert read_input("-", stdin=io.BytesIO(URDU.encode())).text == URDU
    with pytest.raises(InputError, match="no standard input"):
        read_input("-")
    with pytest.raises(InputError, match="no such file; check the path"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_expand_inputs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.txt", "b/skip.json"):
        (tmp_path / name).write_text(URDU, encoding="utf-8")
    assert expand_inputs([tmp_path, "-"]) == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt"), "-"]
    assert expand_inputs([]) == ["-"]
    with pytest.raises(InputError, match="no such file or directory"):
        expand_inputs([tmp_path / "nope.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"holds no \*.txt files"):
        expand_inputs([tmp_path / "empty"])


def test_to_document_records_source_encoding_and_notices() -> None:
    got = decode_bytes(b"\xff\xfe" + "<html><p>خبر</p></html>".encode("utf-16-le"), source=STDIN_NAME)
    doc = got.to_document()
    assert doc.id == "stdin"
    assert doc.raw_text == "<html><p>خبر</p></html>"
    assert doc.meta == {"source": STDIN_NAME, "encoding": "utf-16-le"}
    assert [n.code for n in doc.notices] == ["input.html"]

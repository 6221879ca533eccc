"""CoNLL-U export and import (https://universaldependencies.org/format.html).

Export (:func:`write_conllu`) writes one block per sentence with ``# sent_id`` and ``# text`` and the
ten columns filled from the token attributes (``_`` where absent). With ``raw_forms=True`` every FORM
is the user's own characters behind the token (through the alignment) and ``# text`` the raw sentence,
so the output can be scored with the official CoNLL 2018 evaluation script against gold: characters
that normalization deleted (diacritics, tatweel, zero-width characters, a BOM) are given to the
neighbouring token by :func:`raw_token_spans`, so the raw FORMs, concatenated, are exactly the raw
text without its whitespace.

Import (:func:`read_conllu`) keeps the gold tokenization: it returns **one Document per sentence**
(training and evaluation iterate sentences; a document-level view is the caller's join), whose text
is rebuilt from the FORMs and ``SpaceAfter=No``, with the tokens at the FORMs, the UPOS, XPOS, FEATS
and LEMMA columns as token attributes and one sentence span. Columns the model has no attribute for
(HEAD, DEPREL, DEPS, MISC), the comments, multiword-token lines and empty nodes are kept under
``doc.meta["conllu"]`` so that :func:`write_conllu` writes them back unchanged (round trip).

Multiword tokens (``3-4``) follow the UD spec: the surface token is the Document's token (its FORM is
the text) and its syntactic words are kept as lines in ``meta["conllu"]["words"]``. Empty nodes
(``3.1``) are not tokens of the text; their lines are kept in ``meta["conllu"]["empty"]``.

``meta["conllu"]`` keys (JSON-ready): ``sent_ids`` (list), ``comments`` (the comment lines in their
order), ``text`` (the ``# text`` value), ``head`` / ``deprel`` / ``deps`` / ``misc`` (one string or
None per token), ``words`` (token index -> word lines of a multiword token), ``empty`` (token index,
or ``"-1"`` before the first, -> empty-node lines that follow it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.doc.model import Document, Span
from khabar.errors import AnnotationError, DataError, SchemaError

#: The ten CoNLL-U columns.
COLUMNS = ("ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC")
#: Token attributes written to / read from the columns of the same name.
_ATTR_COLUMNS = (("lemma", 2), ("upos", 3), ("xpos", 4), ("feats", 5))
#: Columns kept in ``meta["conllu"]`` because the model has no token attribute for them.
_META_COLUMNS = (("head", 6), ("deprel", 7), ("deps", 8), ("misc", 9))
_SPACE_AFTER_NO = "SpaceAfter=No"


# --- raw spans -------------------------------------------------------------------------------------
def raw_token_spans(doc: Document) -> tuple[list[int], list[int]]:
    """Raw ``[start, end)`` of every token, covering every non-space raw character.

    Each token maps to the raw characters it came from (``Alignment.span_to_raw``). Characters that
    normalization deleted between two tokens (a ZWNJ before a space, a diacritic or tatweel at a
    token's edge, a BOM) belong to no token; each is given to a neighbour: the non-space characters
    before the last whitespace of a gap go to the token before it, those after it to the token after
    it; at the text's edges, to the first and last token. So the non-space characters of the raw
    spans, concatenated, are exactly the raw text without whitespace (a span may then hold whitespace
    only around such a stray deleted character).
    """
    assert doc.alignment is not None
    starts, ends = doc.token_starts, doc.token_ends
    n = len(starts)
    if not n:
        return [], []
    raw = doc.raw_text
    align = doc.alignment
    if align.is_identity:
        rs, re_ = list(starts), list(ends)
    else:
        rs = []
        re_ = []
        for s, e in zip(starts, ends, strict=True):
            a, b = align.span_to_raw(s, e)
            rs.append(a)
            re_.append(b)
    # tokens never overlap in raw coordinates (a replaced region shared by two tokens goes to the first)
    for i in range(1, n):
        if rs[i] < re_[i - 1]:
            rs[i] = min(re_[i - 1], re_[i])
    # leading and trailing deleted characters
    head = raw[:rs[0]]
    if head.strip():
        rs[0] = len(head) - len(head.lstrip())
    tail = raw[re_[-1]:]
    if tail.strip():
        re_[-1] += len(tail.rstrip())
    for i in range(n - 1):
        a, b = re_[i], rs[i + 1]
        if a >= b:
            continue
        gap = raw[a:b]
        if not gap.strip():
            continue  # whitespace only (the usual case)
        last_space = len(gap) - 1
        while last_space >= 0 and not gap[last_space].isspace():
            last_space -= 1
        if last_space < 0:
            re_[i] = b  # no whitespace: the whole gap goes to the token before
            continue
        before = gap[:last_space]
        if before.strip():
            re_[i] = a + len(before.rstrip())
        after = gap[last_space + 1:]
        if after:
            rs[i + 1] = b - len(after)
    return rs, re_


def _strip_space(s: str) -> str:
    return "".join(s.split())


# --- export -----------------------------------------------------------------------------------------
def _sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """Token ranges of the sentences; tokens no sentence covers form sentences of their own."""
    n = len(doc.token_starts)
    out: list[tuple[int, int]] = []
    pos = 0
    for s in doc.sentences:
        a, b = s.token_start, s.token_end
        if a < 0:  # a sentence without a token range: find its tokens
            sp = doc.char_span(s.start, s.end)
            a, b = sp.token_start, sp.token_end
        a = max(a, pos)
        if a > pos:
            out.append((pos, a))
        if b > a:
            out.append((a, b))
            pos = b
    if pos < n:
        out.append((pos, n))
    return out


def write_conllu(docs: Document | Iterable[Document], *, raw_forms: bool = False) -> str:
    """The CoNLL-U text of ``docs`` (tokenized documents).

    ``raw_forms=True`` writes the user's own characters as FORM and ``# text`` (see module doc).
    A document read by :func:`read_conllu` is written back with its sent_id, comments, columns,
    multiword tokens and empty nodes.
    """
    if isinstance(docs, Document):
        docs = [docs]
    lines: list[str] = []
    for d, doc in enumerate(docs):
        lines.extend(_document_lines(doc, d, raw_forms=raw_forms))
    return "\n".join(lines) + ("\n" if lines else "")


def _document_lines(doc: Document, d: int, *, raw_forms: bool) -> Iterator[str]:
    n = len(doc.token_starts)
    if not n:
        if not doc.text.strip():
            return
        raise AnnotationError(
            f"document {doc.id or d + 1} is not tokenized: run a pipeline with a tokenizer before "
            "writing CoNLL-U"
        )
    stored = doc.meta.get("conllu")
    meta: dict[str, Any] = stored if isinstance(stored, dict) else {}
    text = doc.text
    starts, ends = doc.token_starts, doc.token_ends
    raw = doc.raw_text
    rs, re_ = raw_token_spans(doc) if raw_forms else (starts, ends)
    if raw_forms:
        forms = [_strip_space(raw[a:b]) or text[s:e] for a, b, s, e in zip(rs, re_, starts, ends,
                                                                            strict=True)]
        space_after = [b < len(raw) and raw[b].isspace() for b in re_]
    else:
        forms = [text[s:e] for s, e in zip(starts, ends, strict=True)]
        space_after = list(doc.space_after)
    attrs = [(col, doc.token_attr(name)) for name, col in _ATTR_COLUMNS]
    extra = [(col, _meta_column(meta, name, n)) for name, col in _META_COLUMNS]
    words: dict[str, list[str]] = meta.get("words") or {}
    empty: dict[str, list[str]] = meta.get("empty") or {}
    comments: list[str] = list(meta.get("comments") or [])
    ranges = _sentence_ranges(doc)
    sent_ids = meta.get("sent_ids")
    base = doc.id or f"d{d + 1}"
    if not meta and doc.id:
        yield f"# newdoc id = {doc.id}"
    for k, (a, b) in enumerate(ranges):
        sid = sent_ids[k] if isinstance(sent_ids, list) and k < len(sent_ids) else f"{base}-s{k + 1}"
        sent_text = raw[rs[a]:re_[b - 1]] if raw_forms else text[starts[a]:ends[b - 1]]
        header = [f"# sent_id = {sid}", "# text = " + " ".join(sent_text.split())]
        if k == 0 and comments:  # a document read from CoNLL-U: its comments, in their order
            yield from _with_header(comments, header)
        else:
            yield from header
        if k == 0:
            yield from empty.get("-1", [])
        word_id = 0
        for i in range(a, b):
            key = str(i)
            if key in words:  # a multiword token: its range line, then its words
                ws = words[key]
                first = word_id + 1
                word_id += len(ws)
                misc = _misc(extra[3][1][i], no_space=None if i == n - 1 else not space_after[i])
                yield f"{first}-{word_id}\t{forms[i]}\t_\t_\t_\t_\t_\t_\t_\t{misc}"
                for w, wline in enumerate(ws):
                    cols = wline.split("\t")
                    cols[0] = str(first + w)
                    yield "\t".join(cols)
            else:
                word_id += 1
                cols = [str(word_id), forms[i], "_", "_", "_", "_", "_", "_", "_", "_"]
                for col, values in attrs:
                    if values is not None and values[i] is not None:
                        cols[col] = values[i] or "_"
                for col, values in extra:
                    if values[i] is not None:
                        cols[col] = values[i] or "_"
                cols[9] = _misc(cols[9], no_space=None if i == n - 1 else not space_after[i])
                yield "\t".join(cols)
            yield from empty.get(key, [])
        yield ""


def _with_header(comments: list[str], header: list[str]) -> Iterator[str]:
    """``comments`` with their sent_id and text lines replaced by ``header`` (added if missing)."""
    keys = ("sent_id", "text")
    found = dict.fromkeys(keys, False)
    out: list[str] = []
    for line in comments:
        key = line[1:].partition("=")[0].strip()
        if key in found:
            out.append(header[keys.index(key)])
            found[key] = True
        else:
            out.append(line)
    missing = [h for key, h in zip(keys, header, strict=True) if not found[key]]
    # a missing sent_id/text goes after any newdoc/newpar line, before the other comments
    at = sum(1 for line in out if line.startswith(("# newdoc", "# newpar")))
    out[at:at] = missing
    yield from out


def _meta_column(meta: dict[str, Any], name: str, n: int) -> list[str | None]:
    values = meta.get(name)
    if isinstance(values, list) and len(values) == n:
        return values
    return [None] * n


def _misc(misc: str | None, *, no_space: bool | None) -> str:
    """MISC with ``SpaceAfter=No`` set or removed (other items and their order kept); ``None``:
    the document's last token, whose MISC is kept as it was."""
    items = [x for x in (misc or "_").split("|") if x and x != "_"]
    has = _SPACE_AFTER_NO in items
    if no_space is None:
        return "|".join(items) or "_"
    if no_space and not has:
        items.append(_SPACE_AFTER_NO)
    elif has and not no_space:
        items.remove(_SPACE_AFTER_NO)
    return "|".join(items) or "_"


# --- import -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Where:
    name: str

    def error(self, line: int, message: str) -> SchemaError:
        return SchemaError(f"{self.name}, line {line}: {message}")


def read_conllu(source: str | Path) -> list[Document]:
    """Documents (one per sentence) from a CoNLL-U file (a :class:`Path`, or a ``str`` path) or from
    CoNLL-U text (a ``str`` holding a line break or a tab).

    Malformed input is a :class:`SchemaError` naming the file and line; a missing or undecodable
    file is a :class:`DataError`.
    """
    if isinstance(source, Path) or ("\n" not in source and "\t" not in source and source.strip()):
        path = Path(source)
        try:
            content = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise DataError(f"CoNLL-U file {path} does not exist") from None
        except UnicodeDecodeError as exc:
            raise DataError(f"{path}: not UTF-8 at byte {exc.start}; save the file as UTF-8") from exc
        except OSError as exc:
            raise DataError(f"cannot read CoNLL-U file {path}: {exc}") from exc
        return parse_conllu(content, name=str(path))
    return parse_conllu(source)


def parse_conllu(content: str, *, name: str = "<string>") -> list[Document]:
    """Documents (one per sentence) from CoNLL-U text; ``name`` is used in error messages."""
    where = _Where(name)
    docs: list[Document] = []
    block: list[tuple[int, str]] = []
    for lineno, raw_line in enumerate(content.split("\n"), start=1):
        line = raw_line.rstrip("\r")
        if line.strip():
            block.append((lineno, line))
            continue
        if block:
            doc = _sentence(block, where, len(docs))
            if doc is not None:
                docs.append(doc)
            block = []
    if block:
        doc = _sentence(block, where, len(docs))
        if doc is not None:
            docs.append(doc)
    return docs


def _sentence(block: Sequence[tuple[int, str]], where: _Where, index: int) -> Document | None:
    comments: list[str] = []
    sent_id: str | None = None
    sent_text: str | None = None
    forms: list[str] = []
    space_after: list[bool] = []
    columns: list[list[str | None]] = [[] for _ in range(10)]
    words: dict[str, list[str]] = {}
    empty: dict[str, list[str]] = {}
    word_id = 0  # last syntactic word id seen
    mwt_end = 0  # last word id covered by the current multiword token
    last_empty = (0, 0)  # (word id, k) of the last empty node
    first_line = block[0][0]
    for lineno, line in block:
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            key = key.strip()
            if key == "sent_id":
                sent_id = value.strip()
            elif key == "text":
                sent_text = value.strip()
            comments.append(line)
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise where.error(lineno, f"{len(cols)} tab-separated columns, CoNLL-U has 10 "
                                      f"({' '.join(COLUMNS)}); check for spaces typed instead of tabs")
        wid = cols[0]
        if not cols[1]:
            raise where.error(lineno, "empty FORM")
        if "-" in wid:
            a, _, b = wid.partition("-")
            if not (a.isdigit() and b.isdigit()) or int(a) != word_id + 1 or int(b) <= int(a):
                raise where.error(lineno, f"bad multiword token ID {wid!r}: expected "
                                          f"'{word_id + 1}-N' with N > {word_id + 1}")
            mwt_end = int(b)
            words[str(len(forms))] = []
            forms.append(cols[1])
            space_after.append(_SPACE_AFTER_NO not in cols[9].split("|"))
            for c in range(2, 10):
                columns[c].append(None)
            columns[9][-1] = cols[9]
            continue
        if "." in wid:
            a, _, b = wid.partition(".")
            if not (a.isdigit() and b.isdigit()) or int(a) != word_id or int(b) < 1 or (
                last_empty[0] == word_id and int(b) != last_empty[1] + 1
            ) or (last_empty[0] != word_id and int(b) != 1):
                raise where.error(lineno, f"bad empty node ID {wid!r}: expected '{word_id}.K' "
                                          "numbered from 1 after word {word_id}")
            last_empty = (word_id, int(b))
            empty.setdefault(str(len(forms) - 1), []).append(line)
            continue
        if not wid.isdigit() or int(wid) != word_id + 1:
            raise where.error(lineno, f"bad word ID {wid!r}: expected {word_id + 1} (IDs count 1, 2, 3 "
                                      "... within a sentence)")
        word_id += 1
        if cols[6] != "_" and not cols[6].isdigit():
            raise where.error(lineno, f"HEAD {cols[6]!r} is not a word ID or '_'")
        if word_id <= mwt_end:  # a word inside a multiword token
            words[str(len(forms) - 1)].append(line)
            continue
        forms.append(cols[1])
        space_after.append(_SPACE_AFTER_NO not in cols[9].split("|"))
        for c in range(2, 10):
            columns[c].append(None if cols[c] == "_" else cols[c])
        if cols[1] == "_" and cols[2] == "_":  # the token "_" has the lemma "_" (UD spec)
            columns[2][-1] = "_"
    if mwt_end > word_id:
        raise where.error(block[-1][0], f"multiword token runs to word {mwt_end} but the sentence "
                                        f"ends at word {word_id}")
    if not forms:
        if comments or sent_id is not None:
            raise where.error(first_line, "a sentence with comments but no token lines")
        return None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for k, form in enumerate(forms):
        starts.append(pos)
        pos += len(form)
        ends.append(pos)
        parts.append(form)
        if space_after[k] and k < len(forms) - 1:
            parts.append(" ")
            pos += 1
    text = "".join(parts)
    doc = Document(text, id=sent_id or f"s{index + 1}")
    doc.set_tokens(starts, ends, [sa and k < len(forms) - 1 for k, sa in enumerate(space_after)])
    for name, col in _ATTR_COLUMNS:
        values = columns[col]
        if any(v is not None for v in values):
            doc.set_token_attr(name, values)
    conllu: dict[str, Any] = {"sent_ids": [doc.id], "comments": comments}
    if sent_text is not None:
        conllu["text"] = sent_text
    for name, col in _META_COLUMNS:
        if any(v is not None for v in columns[col]):
            conllu[name] = columns[col]
    if words:
        conllu["words"] = words
    if empty:
        conllu["empty"] = empty
    doc.meta["conllu"] = conllu
    doc.sentences = [Span(0, len(text), 0, len(forms))]
    doc.provenance["tokens"] = "conllu@gold"
    doc.provenance["sentences"] = "conllu@gold"
    return doc

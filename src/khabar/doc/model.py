"""The data model: Document and the annotation values that refer into it. Standard library only.

Tokens are stored column-wise inside the :class:`Document` (start/end offsets and one list per
attribute) so that tokenizing a long text does not build an object per token; :attr:`Document.tokens`
hands out immutable :class:`Token` values on access. Every other annotation refers to tokens, entities
and sentences by index, never by object reference, so one JSON shape serves library, store and API.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, overload

from khabar.doc.alignment import Alignment, Change
from khabar.errors import AnnotationError

#: Token attribute columns a component may fill (besides offsets).
TOKEN_ATTRS = ("upos", "xpos", "feats", "lemma", "norm")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Document.text`` and, where the text is
    tokenized, the token range ``[token_start, token_end)`` it covers (``-1`` when not tokenized)."""

    start: int
    end: int
    token_start: int = -1
    token_end: int = -1

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise AnnotationError(f"span [{self.start}, {self.end}) is negative or reversed")
        if (self.token_start == -1) != (self.token_end == -1) or not (
            self.token_start == -1 or 0 <= self.token_start <= self.token_end
        ):
            raise AnnotationError(
                f"span token range [{self.token_start}, {self.token_end}) is malformed"
            )

    def to_json(self) -> list[int]:
        return [self.start, self.end, self.token_start, self.token_end]

    @classmethod
    def from_json(cls, data: Sequence[int]) -> Span:
        if len(data) != 4:
            raise AnnotationError(f"a span is [start, end, token_start, token_end], got {data!r}")
        return cls(int(data[0]), int(data[1]), int(data[2]), int(data[3]))


@dataclass(frozen=True, slots=True)
class Token:
    """One token: a view built on access from the document's token columns."""

    i: int
    start: int
    end: int
    text: str
    space_after: bool
    upos: str | None = None
    xpos: str | None = None
    feats: str | None = None
    lemma: str | None = None
    norm: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """A record of something the pipeline noticed about the input (not an error).

    ``code`` is stable (e.g. ``"language.persian"``, ``"input.html"``), ``message`` is for people.
    """

    code: str
    message: str
    component: str = ""

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "component": self.component}


#: ``Entity.kb_id`` of a name the knowledge base lacks: ``local:<group>``, unique within one document
#: only (the same id in two documents names two different things).
LOCAL_ID_PREFIX = "local:"
#: ``Entity.kb_id`` of a body every country has, of one country (وزارت خارجہ, India's):
#: ``<the body's id>@<ISO code>`` (``khabar:org/ministry-of-foreign-affairs@IND``); see
#: :func:`body_id`.
COUNTRY_SEP = "@"


def body_id(kb_id: str) -> str:
    """The knowledge-base entry a linked id stands for: the body of a country's id
    (``khabar:org/ministry-of-foreign-affairs@IND`` → ``khabar:org/ministry-of-foreign-affairs``),
    any other id itself."""
    return kb_id.partition(COUNTRY_SEP)[0]


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention: ``label`` is one of PERSON, LOCATION, ORGANIZATION, DATE, TIME, NUMBER,
    TITLE, ARTEFACT. ``group`` joins mentions of the same referent; ``kb_id`` links it: a knowledge-base
    id (for a body of one country, :data:`COUNTRY_SEP` and the country's code after the body's id), or
    a document-local one (``local:<group>``, :data:`LOCAL_ID_PREFIX`) for a name it lacks."""

    span: Span
    label: str
    kb_id: str | None = None
    canonical: str | None = None
    english: str | None = None
    group: int | None = None
    score: float | None = None
    source: str = ""
    #: ISO 3166-1 alpha-3 code of a place, or of the country an office-holder serves, where known
    country: str | None = None
    #: the actor role in CAMEO's sense where known (GOV, MIL, REL, OPP, BUS, MED, ...)
    role: str | None = None


class QuoteKind(StrEnum):
    """Every :attr:`Quote.kind`: words quoted, words reported, a claim the report attributes to a
    source (``X کے مطابق``: according to X)."""

    direct = "direct"
    indirect = "indirect"
    sourced = "sourced"


#: :attr:`Quote.kind` of a claim the report attributes to a source (``X کے مطابق``: according to X)
SOURCED = QuoteKind.sourced.value
QUOTE_KINDS = tuple(k.value for k in QuoteKind)


class EventVoice(StrEnum):
    """Whose voice tells an event (:attr:`Event.quote`): the report's own (``own``: no quote holds
    it), or a quote's or a sourced claim's (``reported``: that source's account). The event listings
    of the corpus, the CLI and the API filter by it, so that the claims can be set apart from the news."""

    own = "own"
    reported = "reported"


EVENT_VOICES = tuple(v.value for v in EventVoice)


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: ``speaker`` is an index into ``Document.entities`` when resolved, else
    ``speaker_span`` the words that name the speaker. A passive quote names no speaker (… کہا گیا ہے
    کہ); when it reports a statement a body issued (وزارت خارجہ کے بیان میں کہا گیا ہے کہ), ``issuer``
    (an entity) or ``issuer_span`` (its words) is that body: where the words come from, though the
    text names no one as saying them. A ``sourced`` quote is a claim the report attributes to a source
    (``ذرائع کے مطابق …``, according to sources): its cue is کے مطابق and its speaker the source.
    ``source``: the rule that found the quote."""

    cue: Span
    content: Span
    kind: str  # "direct" | "indirect" | "sourced" (X کے مطابق: a claim attributed to a source)
    speaker: int | None = None
    speaker_span: Span | None = None
    source: str = ""
    issuer: int | None = None
    issuer_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: actors, location and time are indices into ``Document.entities``, date
    into ``Document.dates``."""

    trigger: Span
    code: str
    label: str
    sentence: int
    actor1: int | None = None
    actor2: int | None = None
    location: int | None = None
    time: int | None = None
    confidence: float = 1.0
    source: str = ""
    #: the actors' words when an actor is not a named entity (سکیورٹی فورسز): spans, not indices
    actor1_span: Span | None = None
    actor2_span: Span | None = None
    #: when: an index into ``Document.dates``, the resolved date expression of the event (the one its
    #: ``time`` entity covers, else the first resolved one in its sentence: پیر کی شام → 2014-12-01)
    date: int | None = None
    #: what each actor is in CAMEO's actor coding, where known: its country (ISO 3166-1 alpha-3) and
    #: role (GOV, MIL, COP, REB, ...) — بھارتی فوج: IND, MIL; سکیورٹی فورسز: MIL; باراک اوباما: USA, GOV
    actor1_country: str | None = None
    actor1_role: str | None = None
    actor2_country: str | None = None
    actor2_role: str | None = None
    #: whose account the event is: an index into ``Document.quotes``, the quote or sourced claim whose
    #: content holds the trigger (the innermost one) — پولیس کے مطابق دہشت گردوں نے حملہ کیا is the
    #: police's account of an attack; None when the report tells the event in its own voice
    quote: int | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A date or time expression. ``value`` is ISO: a day (``2014-12-01``), month (``2014-12``), year
    (``2014``) or week (``2014-W49``), None when it cannot be resolved; ``end`` the last day of a
    range; ``part`` the part of the day (``evening``); ``kind`` absolute, hijri, relative, weekday or
    range; ``source`` the rule that found it."""

    span: Span
    kind: str
    value: str | None = None
    end: str | None = None
    part: str | None = None
    source: str = ""


class TokenColumns:
    """Column-wise token storage; kept consistent by :class:`Document`."""

    __slots__ = ("attrs", "ends", "space_after", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        #: None until asked for: then derived from the text (see ``Document.space_after``)
        self.space_after: list[bool] | None = []
        self.attrs: dict[str, list[str | None]] = {}


class TokenList(Sequence[Token]):
    """Read-only sequence view of a document's tokens."""

    __slots__ = ("_doc",)

    def __init__(self, doc: Document) -> None:
        self._doc = doc

    def __len__(self) -> int:
        return len(self._doc._tok.starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...
    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        tok = self._doc._tok
        n = len(tok.starts)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"token index {i} out of range ({n} tokens)")
        s, e = tok.starts[i], tok.ends[i]
        a = tok.attrs
        return Token(
            i, s, e, self._doc.text[s:e], self._doc.space_after[i],
            *(a[k][i] if k in a else None for k in TOKEN_ATTRS),
        )

    def __iter__(self) -> Iterator[Token]:
        for i in range(len(self)):
            yield self[i]


@dataclass(slots=True)
class Document:
    """A text with its annotations.

    ``text`` is the normalized text every offset refers to; ``raw_text`` is exactly what the user
    gave; ``alignment`` maps offsets of ``text`` back into ``raw_text``.
    """

    text: str
    raw_text: str = ""
    alignment: Alignment | None = None
    id: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[Timex] = field(default_factory=list)
    keyphrases: list[dict[str, Any]] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)  # sentence indices, in reading order
    notices: list[Notice] = field(default_factory=list)
    #: layer name -> "component@version" that wrote it
    provenance: dict[str, str] = field(default_factory=dict)
    _tok: TokenColumns = field(default_factory=TokenColumns, repr=False)

    def __post_init__(self) -> None:
        if not self.raw_text and self.alignment is None:
            self.raw_text = self.text
        if self.alignment is None:
            if self.raw_text != self.text:
                raise AnnotationError("raw_text differs from text but no alignment was given")
            self.alignment = Alignment.identity(len(self.text))
        if self.alignment.length != len(self.text) or self.alignment.raw_length != len(self.raw_text):
            raise AnnotationError(
                f"alignment covers {self.alignment.raw_length}->{self.alignment.length} characters "
                f"but raw_text has {len(self.raw_text)} and text {len(self.text)}"
            )

    # -- tokens ----------------------------------------------------------------------------------
    @property
    def tokens(self) -> TokenList:
        return TokenList(self)

    @property
    def is_tokenized(self) -> bool:
        return bool(self._tok.starts) or "tokens" in self.provenance

    def set_tokens(self, starts: Sequence[int], ends: Sequence[int],
                   space_after: Sequence[bool] | None = None, *, check: bool = True) -> None:
        """Replace the tokens (drops token attributes). Offsets must be sorted, non-empty, non-overlapping
        and inside the text; a violation is an :class:`AnnotationError` naming the first bad token.
        ``check=False`` is for producers whose offsets hold by construction (a regex ``finditer`` over
        the text with a pattern that cannot match empty); ``space_after=None`` derives it from the
        text when first asked for."""
        if len(starts) != len(ends):
            raise AnnotationError("token starts and ends differ in length")
        n = len(self.text)
        starts = list(starts)
        ends = list(ends)
        # sorted, non-empty and non-overlapping <=> start_i < end_i <= start_{i+1}, checked in bulk
        if check and starts and not (
            starts[0] >= 0 and ends[-1] <= n
            and all(map(int.__lt__, starts, ends))
            and all(map(int.__le__, ends, starts[1:]))
        ):
            prev = 0
            for s, e in zip(starts, ends, strict=True):
                if not (prev <= s < e <= n):
                    raise AnnotationError(
                        f"token [{s}, {e}) is empty, overlaps the previous one or leaves the text "
                        f"(length {n})"
                    )
                prev = e
        tok = self._tok
        tok.starts = starts
        tok.ends = ends
        if space_after is None:
            tok.space_after = None
        else:
            if len(space_after) != len(starts):
                raise AnnotationError("space_after differs in length from the tokens")
            tok.space_after = list(space_after)
        tok.attrs = {}

    @property
    def space_after(self) -> list[bool]:
        """Whether whitespace follows each token (derived from the text unless a reader set it)."""
        tok = self._tok
        if tok.space_after is None:
            text = self.text
            n = len(text)
            tok.space_after = [e < n and text[e].isspace() for e in tok.ends]
        return tok.space_after

    @property
    def token_starts(self) -> list[int]:
        return self._tok.starts

    @property
    def token_ends(self) -> list[int]:
        return self._tok.ends

    def token_attr(self, name: str) -> list[str | None] | None:
        """The column of token attribute ``name`` (one of :data:`TOKEN_ATTRS`), or None if unset."""
        if name not in TOKEN_ATTRS:
            raise AnnotationError(f"unknown token attribute {name!r}; known: {', '.join(TOKEN_ATTRS)}")
        return self._tok.attrs.get(name)

    def set_token_attr(self, name: str, values: Sequence[str | None]) -> None:
        if name not in TOKEN_ATTRS:
            raise AnnotationError(f"unknown token attribute {name!r}; known: {', '.join(TOKEN_ATTRS)}")
        if len(values) != len(self._tok.starts):
            raise AnnotationError(
                f"{name}: {len(values)} values for {len(self._tok.starts)} tokens"
            )
        self._tok.attrs[name] = list(values)

    # -- spans -----------------------------------------------------------------------------------
    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def raw_span(self, span: Span | tuple[int, int]) -> tuple[int, int]:
        """The user's own characters behind a span of ``text``: raw ``[start, end)``."""
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        assert self.alignment is not None
        return self.alignment.span_to_raw(start, end)

    def raw_token_text(self, i: int) -> str:
        rs, re_ = self.raw_span((self._tok.starts[i], self._tok.ends[i]))
        return self.raw_text[rs:re_]

    def changes(self) -> list[Change]:
        """Every difference between ``raw_text`` and ``text``: the record of normalization."""
        assert self.alignment is not None
        return list(self.alignment.changes(self.raw_text, self.text))

    def char_span(self, start: int, end: int) -> Span:
        """A span for ``[start, end)`` with its token range (tokens overlapping it)."""
        if not 0 <= start <= end <= len(self.text):
            raise AnnotationError(f"[{start}, {end}) is outside the text (length {len(self.text)})")
        if not self._tok.starts:
            return Span(start, end)
        import bisect

        ts = bisect.bisect_right(self._tok.ends, start)
        te = bisect.bisect_left(self._tok.starts, end)
        return Span(start, end, ts, max(ts, te))

    def token_span(self, token_start: int, token_end: int) -> Span:
        """The span of tokens ``[token_start, token_end)``."""
        n = len(self._tok.starts)
        if not 0 <= token_start < token_end <= n:
            raise AnnotationError(f"token range [{token_start}, {token_end}) is outside 0..{n}")
        return Span(self._tok.starts[token_start], self._tok.ends[token_end - 1], token_start,
                    token_end)

    def sentence_tokens(self, k: int) -> range:
        s = self.sentences[k]
        return range(s.token_start, s.token_end)

    def notice(self, code: str, message: str, component: str = "") -> None:
        self.notices.append(Notice(code, message, component))

    def validate(self) -> None:
        """Check every invariant; raise :class:`AnnotationError` naming the first broken one."""
        n = len(self.text)
        nt = len(self._tok.starts)
        for k, s in enumerate(self.sentences):
            if s.end > n or (s.token_end > nt):
                raise AnnotationError(f"sentence {k} {s} leaves the text")
        ne = len(self.entities)
        for k, ent in enumerate(self.entities):
            if ent.span.end > n:
                raise AnnotationError(f"entity {k} {ent.span} leaves the text")
        for k, q in enumerate(self.quotes):
            for role in ("speaker", "issuer"):
                v = getattr(q, role)
                if v is not None and not 0 <= v < ne:
                    raise AnnotationError(f"quote {k} names {role} {v} of {ne} entities")
        for k, tx in enumerate(self.dates):
            if tx.span.end > n:
                raise AnnotationError(f"date {k} {tx.span} leaves the text")
        for k, ev in enumerate(self.events):
            for role in ("actor1", "actor2", "location", "time"):
                v = getattr(ev, role)
                if v is not None and not 0 <= v < ne:
                    raise AnnotationError(f"event {k} {role}={v} is not one of {ne} entities")
            if not 0 <= ev.sentence < max(1, len(self.sentences)):
                raise AnnotationError(f"event {k} names sentence {ev.sentence}")
            if ev.date is not None and not 0 <= ev.date < len(self.dates):
                raise AnnotationError(f"event {k} date={ev.date} is not one of {len(self.dates)} dates")

"""Offset alignment between the user's raw text and the normalized text.

An :class:`Alignment` is a sorted tuple of :class:`Edit` regions: ``raw[r_start:r_end]`` became
``text[n_start:n_end]``. Outside the edits the two texts correspond character by character (a
length-preserving substitution such as ي→ی changes a character but not an offset, so it needs no
edit; :meth:`Alignment.changes` still reports it by comparing the two texts). Every normalized offset
therefore maps back to a raw offset, and a span of normalized text maps to the span of the user's own
characters it came from.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from khabar.errors import AlignmentError


@dataclass(frozen=True, slots=True)
class Edit:
    """``raw[r_start:r_end]`` was replaced by ``text[n_start:n_end]`` (either side may be empty)."""

    r_start: int
    r_end: int
    n_start: int
    n_end: int

    def __post_init__(self) -> None:
        if not (0 <= self.r_start <= self.r_end and 0 <= self.n_start <= self.n_end):
            raise AlignmentError(f"edit has a negative or reversed range: {self}")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between raw and normalized text, for the record shown to the user."""

    raw_start: int
    raw_end: int
    start: int
    end: int
    before: str
    after: str


class Alignment:
    """Monotone map between normalized offsets and raw offsets.

    Build one with :meth:`identity` and :meth:`then` (compose with the edits of a later rewriting
    step, expressed in the coordinates of the text that step read).
    """

    __slots__ = ("_edits", "_n_ends", "_n_starts", "_r_ends", "_r_starts", "length", "raw_length")

    def __init__(self, raw_length: int, length: int, edits: Sequence[Edit] = ()) -> None:
        self.raw_length = raw_length
        self.length = length
        self._edits: tuple[Edit, ...] = tuple(edits)
        self._n_starts = [e.n_start for e in self._edits]
        self._n_ends = [e.n_end for e in self._edits]
        self._r_starts = [e.r_start for e in self._edits]
        self._r_ends = [e.r_end for e in self._edits]
        self._check()

    @classmethod
    def identity(cls, length: int) -> Alignment:
        return cls(length, length, ())

    @property
    def edits(self) -> tuple[Edit, ...]:
        return self._edits

    @property
    def is_identity(self) -> bool:
        return not self._edits

    def _check(self) -> None:
        prev_r = prev_n = 0
        shift = 0  # raw - norm offset outside edits
        for e in self._edits:
            if e.r_start < prev_r or e.n_start < prev_n:
                raise AlignmentError(f"edits overlap or are unsorted at {e}")
            if e.r_start - e.n_start != shift:
                raise AlignmentError(f"edit {e} does not follow the unchanged text before it")
            shift = e.r_end - e.n_end
            prev_r, prev_n = e.r_end, e.n_end
        if self.raw_length - self.length != shift:
            raise AlignmentError(
                f"lengths {self.raw_length} (raw) and {self.length} (normalized) disagree "
                "with the edits"
            )

    # -- mapping ---------------------------------------------------------------------------------
    def to_raw(self, offset: int, *, side: str = "start") -> int:
        """Raw offset of normalized ``offset``.

        An offset strictly inside a replaced region maps to the region's raw start (``side="start"``)
        or raw end (``side="end"``), so a span never cuts a replaced region in half. Characters that
        normalization deleted at ``offset`` fall before a start and after an end.
        """
        if not 0 <= offset <= self.length:
            raise AlignmentError(f"offset {offset} is outside the text (length {self.length})")
        i = bisect.bisect_right(self._n_starts, offset) - 1
        if i >= 0:
            e = self._edits[i]
            if e.n_start < offset < e.n_end:
                return e.r_start if side == "start" else e.r_end
        return self._linear(offset, include_empty_at=side == "start")

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` of normalized ``[start, end)``."""
        if start > end:
            raise AlignmentError(f"span [{start}, {end}) is reversed")
        rs = self.to_raw(start, side="start")
        return rs, max(rs, self.to_raw(end, side="end"))

    def from_raw(self, offset: int) -> int:
        """Normalized offset of raw ``offset`` (inside a replaced region: its normalized start)."""
        if not 0 <= offset <= self.raw_length:
            raise AlignmentError(f"raw offset {offset} is outside the input (length {self.raw_length})")
        i = bisect.bisect_right(self._r_starts, offset) - 1
        if i >= 0:
            e = self._edits[i]
            if e.r_start <= offset < e.r_end or (offset == e.r_start == e.r_end):
                return e.n_start
            return offset - (e.r_end - e.n_end)
        return offset

    # -- composition -----------------------------------------------------------------------------
    def then(self, later: Iterable[Edit], new_length: int) -> Alignment:
        """Compose with ``later`` edits that rewrote the current normalized text into a new one.

        ``later`` is in this alignment's normalized coordinates (``r_*``) and the new text's
        coordinates (``n_*``), sorted and non-overlapping. An earlier edit that overlaps a later one is
        absorbed into it; at a tie, an insertion made by the later step goes before an earlier region
        that starts at the same point and after one that ends there.
        """
        later = list(later)
        if not later:
            if new_length != self.length:
                raise AlignmentError("a rewrite changed the length without recording an edit")
            return self
        old = self._edits
        b_r_ends = [b.r_end for b in later]
        # group each later edit with the earlier edits it overlaps; groups sharing an earlier edit merge
        groups: list[tuple[list[Edit], list[Edit]]] = []  # (later edits, earlier edits)
        last_a = -1
        absorbed: set[int] = set()
        for b in later:
            hits = []
            k = bisect.bisect_left(self._n_ends, b.r_start)
            while k < len(old) and old[k].n_start <= b.r_end:
                a = old[k]
                if _overlaps(a.n_start, a.n_end, b.r_start, b.r_end):
                    hits.append(k)
                k += 1
            if hits and hits[0] == last_a and groups:
                groups[-1][0].append(b)
                groups[-1][1].extend(old[h] for h in hits[1:])
            else:
                groups.append(([b], [old[h] for h in hits]))
            if hits:
                last_a = hits[-1]
                absorbed.update(hits)
        out: list[Edit] = []
        for bs, as_ in groups:
            r_lo = min([a.r_start for a in as_]
                       + [self._linear(b.r_start, include_empty_at=True) for b in bs])
            r_hi = max([a.r_end for a in as_]
                       + [self._linear(b.r_end, include_empty_at=b.r_start == b.r_end) for b in bs])
            n_lo = min([b.n_start for b in bs]
                       + [_shift_through(later, b_r_ends, a.n_start, include_empty_at=a.n_start < a.n_end)
                          for a in as_ if a.n_start < bs[0].r_start])
            n_hi = max([b.n_end for b in bs]
                       + [_shift_through(later, b_r_ends, a.n_end, include_empty_at=False)
                          for a in as_ if a.n_end > bs[-1].r_end])
            out.append(Edit(r_lo, r_hi, n_lo, n_hi))
        for k, a in enumerate(old):
            if k in absorbed:
                continue
            ns = _shift_through(later, b_r_ends, a.n_start, include_empty_at=a.n_start < a.n_end)
            ne = _shift_through(later, b_r_ends, a.n_end, include_empty_at=False)
            out.append(Edit(a.r_start, a.r_end, ns, ne))
        out.sort(key=lambda e: (e.r_start, e.n_start, e.r_end, e.n_end))
        return Alignment(self.raw_length, new_length, _merge_overlapping(out))

    def _linear(self, mid: int, *, include_empty_at: bool) -> int:
        """Raw offset of ``mid`` counting the edits that end before it (see :meth:`then`)."""
        i = bisect.bisect_right(self._n_ends, mid) - 1
        while i >= 0 and not include_empty_at and self._edits[i].n_end == mid and (
            self._edits[i].n_start == mid
        ):
            i -= 1
        if i < 0:
            return mid
        e = self._edits[i]
        return mid + (e.r_end - e.n_end)

    # -- record ------------------------------------------------------------------------------------
    def changes(self, raw: str, text: str) -> Iterator[Change]:
        """Every difference between ``raw`` and ``text``: replaced regions and changed characters."""
        if len(raw) != self.raw_length or len(text) != self.length:
            raise AlignmentError("texts do not have the lengths this alignment was built for")
        r = n = 0
        for e in (*self._edits, Edit(self.raw_length, self.raw_length, self.length, self.length)):
            yield from _diff_same_length(raw, text, r, e.r_start, n)
            if e.r_start != e.r_end or e.n_start != e.n_end:
                yield Change(e.r_start, e.r_end, e.n_start, e.n_end, raw[e.r_start:e.r_end],
                             text[e.n_start:e.n_end])
            r, n = e.r_end, e.n_end

    def to_json(self) -> list[list[int]]:
        return [[e.r_start, e.r_end, e.n_start, e.n_end] for e in self._edits]

    @classmethod
    def from_json(cls, raw_length: int, length: int, data: Sequence[Sequence[int]]) -> Alignment:
        try:
            edits = [Edit(int(a), int(b), int(c), int(d)) for a, b, c, d in data]
        except (TypeError, ValueError) as exc:
            raise AlignmentError(f"alignment edits must be [r_start, r_end, n_start, n_end]: {exc}") from exc
        return cls(raw_length, length, edits)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Alignment)
            and self._edits == other._edits
            and self.raw_length == other.raw_length
            and self.length == other.length
        )

    def __hash__(self) -> int:
        return hash((self._edits, self.raw_length, self.length))

    def __repr__(self) -> str:
        return f"Alignment(raw_length={self.raw_length}, length={self.length}, edits={len(self._edits)})"


def _diff_same_length(raw: str, text: str, r0: int, r1: int, n0: int) -> Iterator[Change]:
    a = raw[r0:r1]
    b = text[n0:n0 + (r1 - r0)]
    if a == b:
        return
    k = 0
    size = len(a)
    while k < size:
        if a[k] != b[k]:
            j = k
            while j < size and a[j] != b[j]:
                j += 1
            yield Change(r0 + k, r0 + j, n0 + k, n0 + j, a[k:j], b[k:j])
            k = j
        else:
            k += 1


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether an earlier region ``a`` and a later one ``b`` (same coordinates) must be merged."""
    if a_start < a_end and b_start < b_end:
        return a_start < b_end and b_start < a_end
    if a_start == a_end and b_start < b_end:
        return b_start < a_start < b_end
    if b_start == b_end and a_start < a_end:
        return a_start < b_start < a_end
    return False


def _shift_through(later: Sequence[Edit], r_ends: list[int], mid: int, *, include_empty_at: bool) -> int:
    """New offset of ``mid`` (not inside any later edit) after the ``later`` edits."""
    i = bisect.bisect_right(r_ends, mid) - 1
    while i >= 0 and not include_empty_at and later[i].r_end == mid and later[i].r_start == mid:
        i -= 1
    if i < 0:
        return mid
    b = later[i]
    return mid + (b.n_end - b.r_end)


def _merge_overlapping(edits: list[Edit]) -> list[Edit]:
    """Merge edits that overlap (adjacent ones stay separate)."""
    out: list[Edit] = []
    for e in edits:
        if out and (e.r_start < out[-1].r_end or e.n_start < out[-1].n_end):
            p = out.pop()
            out.append(Edit(p.r_start, max(p.r_end, e.r_end), p.n_start, max(p.n_end, e.n_end)))
        else:
            out.append(e)
    return out

"""Terminal rendering for the CLI: right-to-left safe text, visible invisible characters, the report.

Urdu inside a left-to-right terminal line is wrapped in Unicode isolates (FSI U+2068 ... PDI U+2069),
so a Latin label, an offset or a number next to Urdu text keeps its place instead of being reordered
by the bidirectional algorithm, and the Urdu run itself is laid out right to left. Isolates are
invisible; they are only added to the human-readable ``text`` output and to messages, never to
``json`` or ``conllu`` output.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex
from rich.text import Text

from khabar.doc.alignment import Change
from khabar.doc.model import SOURCED, Document, Quote, Span
from khabar.urdu.script import LANGUAGE_NAMES

if TYPE_CHECKING:
    from khabar.corpus.listing import ActorPair, EntityProfile, EntityRef, EventRow, QuoteRow

FSI = "\N{FIRST STRONG ISOLATE}"
PDI = "\N{POP DIRECTIONAL ISOLATE}"
#: Right-to-left characters (Arabic-script and Hebrew letters, Arabic-Indic digits stay neutral-ish).
_RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
#: A run of right-to-left text: RTL characters and the marks, digits, spaces and punctuation between
#: them (but not Latin letters), from the first RTL character to the last.
_RTL_RUN = regex.compile(
    r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}](?:[\p{Bidi_Class=R}\p{Bidi_Class=AL}\p{M}\p{N}\p{Zs}"
    r"\p{P}\p{Cf}]*[\p{Bidi_Class=R}\p{Bidi_Class=AL}\p{M}])?"
)
#: Most changes listed in a text report (the JSON output has all of them).
MAX_CHANGES_SHOWN = 100


def has_rtl(s: str) -> bool:
    return _RTL.search(s) is not None


def isolate(s: str) -> str:
    """``s`` wrapped in FSI ... PDI when it holds right-to-left text (whole field, one isolate)."""
    return f"{FSI}{s}{PDI}" if has_rtl(s) else s


def isolate_runs(s: str) -> str:
    """Each right-to-left run of a mostly Latin line (a message) wrapped in its own isolate."""
    if not has_rtl(s):
        return s
    return _RTL_RUN.sub(lambda m: f"{FSI}{m.group()}{PDI}", s)


def show(s: str) -> str:
    """``s`` with characters that cannot be seen written as ``<U+XXXX>``; line breaks as ``\\n``."""
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if ch == "\n":
            out.append("\\n")
        elif ch == " ":
            out.append(" ")
        elif cat in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn"):
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def code_points(s: str) -> str:
    """``U+064A U+0647`` for a short string, empty for a long one."""
    return " ".join(f"U+{ord(ch):04X}" for ch in s) if len(s) <= 3 else ""


def change_line(c: Change) -> str:
    """One normalization change as a terminal line: raw and normalized offsets, before -> after."""
    def side(s: str) -> str:
        if not s:
            return "(nothing)"
        cps = code_points(s)
        quoted = f'"{isolate(show(s))}"'
        return f"{quoted} {cps}" if cps else quoted

    return f"raw [{c.raw_start}, {c.raw_end}) -> [{c.start}, {c.end}): {side(c.before)} -> {side(c.after)}"


def report(doc: Document, *, pipeline: str) -> Iterator[Text]:
    """The readable terminal report of an analyzed document, one line at a time."""
    meta = doc.meta
    head = Text(f"== {doc.id or 'document'} | ", style="bold")
    details = [meta.get("encoding", ""), f"{len(doc.raw_text):,} characters", f"pipeline {pipeline}"]
    head.append(" | ".join(d for d in details if d) + " ==", style="bold")
    yield head
    if "origin" in meta:  # an article read with its metadata (a web page, a COUNTER document, ...)
        about = [f"{k}: {meta[k]}" for k in ("title", "published", "source", "url") if meta.get(k)]
        yield Text(isolate_runs(" | ".join(about) or "no title, date or source"))
    if "language" in meta:
        lang = str(meta["language"])
        yield Text(f"language: {lang} ({LANGUAGE_NAMES.get(lang, lang)}, confidence "
                   f"{float(meta.get('language_confidence', 0.0)):.2f})")
    if doc.notices:
        yield Text(f"notices: {len(doc.notices)}", style="bold")
        for n in doc.notices:
            yield Text(f"  ! {n.code}: {isolate_runs(n.message)}", style="yellow")
    changes = doc.changes()
    yield Text(f"normalization: {len(changes)} change{'s' if len(changes) != 1 else ''}", style="bold")
    for c in changes[:MAX_CHANGES_SHOWN]:
        yield Text("  " + change_line(c))
    if len(changes) > MAX_CHANGES_SHOWN:
        yield Text(f"  ... and {len(changes) - MAX_CHANGES_SHOWN} more (--format json lists all)",
                   style="dim")
    n_tokens = len(doc.token_starts)
    yield Text(f"sentences: {len(doc.sentences)}, tokens: {n_tokens}", style="bold")
    text = doc.text
    for k, s in enumerate(doc.sentences, 1):
        line = Text(f"  {k:>3} ", style="bold")
        line.append(f"[{s.start}, {s.end}) ", style="dim")
        line.append(isolate(text[s.start:s.end]))
        yield line
        if s.token_start >= 0:
            toks = [text[doc.token_starts[i]:doc.token_ends[i]] for i in range(s.token_start, s.token_end)]
            tl = Text("      tokens: ", style="dim")
            tl.append(isolate(" · ".join(show(t) for t in toks)))
            yield tl
    if not doc.sentences and n_tokens:
        toks = [text[a:b] for a, b in zip(doc.token_starts, doc.token_ends, strict=True)]
        yield Text("  tokens: " + isolate(" · ".join(show(t) for t in toks)))
    if doc.entities:
        yield Text(f"entities: {len(doc.entities)}", style="bold")
        for e in doc.entities:
            line = Text(f"  {e.label:<12} ", style="bold")
            line.append(f"[{e.span.start}, {e.span.end}) ", style="dim")
            line.append(isolate(text[e.span.start:e.span.end]))
            details = [d for d in (e.english, e.kb_id, f"group {e.group}" if e.group is not None else "")
                       if d]
            if details:
                line.append("  " + " | ".join(details), style="dim")
            yield line
    yield from news_report(doc)


def _who(doc: Document, k: int | None, span: Span | None = None) -> str:
    """A speaker or actor: its entity's canonical name, else its own words (سیکورٹی فرم نے کہا) unless
    they are a pronoun no one was found for (انہوں نے کہا), else ?."""
    from khabar.urdu.news import pronoun_only

    if k is not None:
        e = doc.entities[k]
        return isolate(e.canonical or doc.text[e.span.start:e.span.end])
    if span is not None and not pronoun_only(doc, span):
        return isolate(doc.text[span.start:span.end])
    return "?"


def _said_by(doc: Document, q: Quote) -> str:
    """Who a quote is: its speaker; a passive statement's issuing body; a sourced claim's source."""
    said_by = _who(doc, q.speaker, q.speaker_span)
    if said_by == "?" and (q.issuer is not None or q.issuer_span is not None):
        # a passive quote of a statement: no one is named as saying it; the body issued it
        return f"? (statement of {_who(doc, q.issuer, q.issuer_span)})"
    if q.kind == SOURCED:  # پولیس کے مطابق …: the source's account, not its words
        return f"according to {said_by}"
    return said_by


def news_report(doc: Document) -> Iterator[Text]:
    """Quotes, events, dates, keyphrases and summary (the ``news`` pipeline's layers)."""
    text = doc.text
    if doc.quotes:
        yield Text(f"quotes: {len(doc.quotes)}", style="bold")
        for q in doc.quotes:
            line = Text(f"  {q.kind:<8} ", style="bold")
            line.append(f"{_said_by(doc, q)} ", style="bold")
            line.append(f"[{isolate(text[q.cue.start:q.cue.end])}] ", style="dim")
            line.append(isolate(text[q.content.start:q.content.end]))
            yield line
    if doc.events:
        from khabar.urdu.news import event_date

        yield Text(f"events: {len(doc.events)}", style="bold")
        for ev in doc.events:
            def who(k: int | None, span: Span | None, country: str | None, role: str | None) -> str:
                """The actor, with what it is in CAMEO's actor coding: (country/role)."""
                if k is None and span is None:
                    return "?"
                name = _who(doc, k, span)
                tag = "/".join(v for v in (country, role) if v)
                return name + (f" ({tag})" if tag else "")
            line = Text(f"  {ev.code} {ev.label:<10} ", style="bold")
            line.append(f"{who(ev.actor1, ev.actor1_span, ev.actor1_country, ev.actor1_role)} -> "
                        f"{who(ev.actor2, ev.actor2_span, ev.actor2_country, ev.actor2_role)} ")
            when = event_date(doc, ev)
            if when is not None and when.value:
                line.append(f"@{when.value} ")
            if ev.quote is not None and 0 <= ev.quote < len(doc.quotes):
                # the event told inside a quote or a sourced claim: whose account it is
                q = doc.quotes[ev.quote]
                line.append(f"({'' if q.kind == SOURCED else 'said by '}{_said_by(doc, q)}) ")
            line.append(f"[{isolate(text[ev.trigger.start:ev.trigger.end])}] s{ev.sentence + 1} "
                        f"{ev.confidence:.2f} {ev.source}", style="dim")
            yield line
    if doc.dates:
        yield Text(f"dates: {len(doc.dates)}", style="bold")
        for d in doc.dates:
            value = d.value or "?"
            if d.end:
                value += f" .. {d.end}"
            part = f" ({d.part})" if d.part else ""
            yield Text(f"  {d.kind:<9} {isolate(text[d.span.start:d.span.end])} -> {value}{part}")
    if doc.keyphrases:
        yield Text("keyphrases: " + ", ".join(isolate(str(k["text"])) for k in doc.keyphrases), style="bold")
    if doc.summary:
        yield Text(f"summary: sentences {', '.join(str(i + 1) for i in doc.summary)}", style="bold")
        for i in doc.summary:
            s = doc.sentences[i]
            yield Text("  " + isolate(text[s.start:s.end]))


def _named(ref: EntityRef | None, *, isolated: bool = False) -> str:
    """``name (English, country/role)`` as much of it as is known; an actor that is no entity: its words.
    ``isolated``: the name in its own isolate (for a line built of fields, not :func:`isolate_runs`)."""
    if ref is None:
        return "-"
    where = "/".join(x for x in (ref.country, ref.role) if x)
    about = ", ".join(x for x in (ref.english, where) if x)
    name = isolate(ref.text) if isolated else ref.text
    return f"{name} ({about})" if about else name


#: Characters of an article's title an event line shows (COUNTER's titles run to whole paragraphs).
EVENT_TITLE_CHARS = 60


def _title(title: str) -> str:
    """A title cut to :data:`EVENT_TITLE_CHARS` at a word (``…`` marks the cut), or "untitled"."""
    title = " ".join(title.split()) or "untitled"
    if len(title) > EVENT_TITLE_CHARS:
        title = title[:EVENT_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return title


def entity_line(r: EntityRef) -> str:
    """One entity of a listing: ``documents  LABEL  name (English, country/role)  [key]``."""
    return isolate_runs(f"{r.count:>6}  {r.label:<12}  {_named(r)}  [{r.key}]")


def entity_profile(p: EntityProfile) -> Iterator[str]:
    """An entity's profile as terminal lines: who it is, how often and when it is named (mentions
    per month), who is named with it, its latest quotes and events."""
    about = ", ".join(x for x in (p.english, p.kb_id) if x)
    yield isolate_runs(f"{p.urdu} ({p.label}{'; ' + about if about else ''})  key {p.key}")
    yield f"{p.n_mentions} mentions in {p.n_documents} documents"
    months: dict[str, int] = {}
    for day, n in p.per_day:
        months[day[:7]] = months.get(day[:7], 0) + n
    if months:
        yield "mentions per month: " + ", ".join(f"{m} {n}" for m, n in months.items())
    if p.cooccurring:
        yield isolate_runs("named with: " + ", ".join(f"{_named(r)} {r.count}" for r in p.cooccurring))
    if p.quotes:
        yield "quotes:"
        yield from (f"  {quote_line(q)}" for q in p.quotes)
    if p.events:
        yield "events:"
        yield from (f"  {event_line(e)}" for e in p.events)
    if p.pairs:
        yield "acted on / acted on by:"
        yield from (f"  {pair_line(r)}" for r in p.pairs)


def quote_line(r: QuoteRow) -> str:
    """One stored quote as a terminal line: ``[document] published  speaker: «content»  (title)``."""
    who = _named(r.speaker) if r.speaker is not None or r.issuer is None else (
        f"statement of {_named(r.issuer)}")
    if r.kind == SOURCED:  # پولیس کے مطابق …: a claim the report attributes to a source, not its words
        who = f"according to {who}"
    return isolate_runs(f"[{r.document}] {r.published or 'no date'}  {who}: «{r.content}»  "
                        f"({_title(r.title)})")


def pair_line(r: ActorPair) -> str:
    """One pair of actors as a terminal line: ``events  documents  actor 1 -> actor 2  codes  days``
    (``<->`` for an undirected pair)."""
    codes = ", ".join(f"{code} {label} {n}" for code, label, n in r.codes[:PAIR_CODES])
    if len(r.codes) > PAIR_CODES:
        codes += ", …"
    days = r.first_day if r.first_day == r.last_day else f"{r.first_day or '?'}..{r.last_day or '?'}"
    arrow = "->" if r.directed else "<->"
    return isolate_runs(f"{r.events:>5} {r.documents:>5}  {_named(r.actor1)} {arrow} {_named(r.actor2)}  "
                        f"({codes}; {days or 'no date'})")


#: Event codes a pair's line names (the most frequent).
PAIR_CODES = 3


def event_line(r: EventRow) -> str:
    """One stored event as a terminal line: ``[document] when  code label: actor 1 -> actor 2 in
    place (whose account)  (trigger; title)``; ``when`` is the event's date, else its article's
    publication date; an event told inside a quote or a sourced claim says whose account it is as
    ``khabar analyze`` does, ``(said by X)`` or ``(according to X)``; the title is cut to
    :data:`EVENT_TITLE_CHARS` at a word (``…`` marks the cut)."""
    where = f" in {_named(r.location, isolated=True)}" if r.location else ""
    if r.account_kind is not None:  # the source's account, not the report's own
        who = _named(r.account, isolated=True) if r.account is not None else "?"
        where += f" ({'according to' if r.account_kind == SOURCED else 'said by'} {who})"
    # each Urdu field in its own isolate: two of them with only spaces and a bracket between (an actor
    # with no code, then the trigger) would read as one right-to-left run and swap places
    return (f"[{r.document}] {r.date or r.published or 'no date'}  {r.code} {r.label}: "
            f"{_named(r.actor1, isolated=True)} -> {_named(r.actor2, isolated=True)}{where}  "
            f"({isolate(r.trigger)}; {isolate(_title(r.title))})")

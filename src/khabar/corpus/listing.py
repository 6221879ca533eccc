"""Listings of the corpus store's events (who did what to whom, where and when: filtered by type, by
an entity that takes part, by an actor's CAMEO code, by period and by whose voice tells them, the
report's own or a quote's), quotes (who said what: by speaker and period) and entities (the most
named; one entity's profile: mentions over time, who is named with it, its quotes and events). The
CLI (``khabar events``, ``quotes``, ``entities``) and the web (``GET /api/events``, ``/api/quotes``,
``/api/entities/…`` and the pages) read them here.

An entity is addressed by its *key*: the knowledge-base id when the linker found one (``Q1234``),
else the mention's text (:data:`ENTITY_KEY`, :data:`MATCH_KEY`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from khabar.corpus.errors import QueryError
from khabar.corpus.store import VALUE_LABELS
from khabar.doc.model import EVENT_VOICES, QUOTE_KINDS, EventVoice

#: An entity's key in SQL over ``entities e``.
ENTITY_KEY = "coalesce(e.kb_id, e.text)"
#: ``entities e`` rows whose key is ``:key``.
MATCH_KEY = "(e.kb_id = :key OR (e.kb_id IS NULL AND e.text = :key))"
#: ``entities e`` rows that ``:key`` names: their key, English name or canonical Urdu name.
NAMED_BY = f"({MATCH_KEY} OR e.english = :key COLLATE NOCASE OR e.canonical = :key)"


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity (``key`` its key), or an event's actor or a quote's speaker that is no entity: its
    own words (مظاہرین, سکیورٹی فورسز) with ``key`` None and ``label`` empty."""

    key: str | None
    text: str
    label: str
    english: str | None = None
    count: int = 0
    #: ISO 3166-1 alpha-3 code of a place, or of the country an office-holder serves
    country: str | None = None
    #: CAMEO actor role (GOV, MIL, REL, OPP, ...)
    role: str | None = None


@dataclass(frozen=True, slots=True)
class EventRow:
    document: int
    title: str
    published: str | None
    code: str
    label: str
    trigger: str
    actor1: EntityRef | None
    actor2: EntityRef | None
    location: EntityRef | None
    time: EntityRef | None
    #: the resolved date of the event (ISO day, month, year or week), when it has one
    date: str | None = None
    #: whose account the event is (Event.quote): the speaker of the quote or sourced claim that tells
    #: it (a claim's source: پولیس in پولیس کے مطابق …), else the body that issued a passive statement;
    #: None when the report tells the event in its own voice (or the quote names no one)
    account: EntityRef | None = None
    #: the kind of that quote (direct, indirect, sourced); None for the report's own voice
    account_kind: str | None = None


def entity_ref(conn: sqlite3.Connection, document: int, idx: int | None) -> EntityRef | None:
    """Entity ``idx`` of ``document`` (None for None or a missing row)."""
    if idx is None:
        return None
    row = conn.execute(
        "SELECT coalesce(kb_id, text), coalesce(canonical, text), label, english, country, role "
        "FROM entities WHERE document = ? AND idx = ?",
        (document, idx),
    ).fetchone()
    return None if row is None else EntityRef(row[0], row[1], row[2], row[3], country=row[4], role=row[5])


def _actor(conn: sqlite3.Connection, document: int, idx: int | None, words: str | None, *,
           country: str | None = None, role: str | None = None) -> EntityRef | None:
    """An event's actor or a quote's speaker: its entity, else its own words; an event actor's
    ``country`` and ``role`` (what it is in this event: بھارت as بھارتی فوج is IND, MIL) replace the
    entity's own where given."""
    found = entity_ref(conn, document, idx)
    if found is None:
        return EntityRef(None, words, "", country=country, role=role) if words else None
    if country or role:
        found = replace(found, country=country or found.country, role=role or found.role)
    return found


def _quoted_by(q: str) -> str:
    """SQL columns of quote ``q`` (over ``documents d``): its speaker (entity idx) and the words that
    name the speaker, its issuer and the issuer's words."""
    return (f"{q}.speaker, substr(d.text, {q}.speaker_start + 1, {q}.speaker_end - {q}.speaker_start), "
            f"{q}.issuer, substr(d.text, {q}.issuer_start + 1, {q}.issuer_end - {q}.issuer_start)")


#: The columns :func:`event_rows` reads, over ``events ev JOIN documents d`` and the quote that tells the
#: event (``rq``: none for the report's own voice).
EVENT_COLUMNS = (
    "SELECT ev.document, d.title, d.published, ev.code, ev.label, ev.trigger, ev.actor1, "
    "ev.actor2, ev.location, ev.time, ev.date, ev.actor1_text, ev.actor2_text, ev.actor1_country, "
    f"ev.actor1_role, ev.actor2_country, ev.actor2_role, rq.kind, {_quoted_by('rq')} "
    "FROM events ev JOIN documents d ON d.id = ev.document "
    "LEFT JOIN quotes rq ON rq.document = ev.document AND rq.idx = ev.quote"
)


def event_rows(conn: sqlite3.Connection, sql: str, params: Any) -> tuple[EventRow, ...]:
    """The rows of ``sql`` (a query starting with :data:`EVENT_COLUMNS`) as events."""
    out = []
    for (doc, title, published, code, label, trigger, a1, a2, loc, time, date, a1_words, a2_words,
         a1_country, a1_role, a2_country, a2_role, kind, *quoted) in conn.execute(sql, params):
        out.append(EventRow(doc, title, published, code, label, trigger,
                            _actor(conn, doc, a1, a1_words, country=a1_country, role=a1_role),
                            _actor(conn, doc, a2, a2_words, country=a2_country, role=a2_role),
                            entity_ref(conn, doc, loc),
                            entity_ref(conn, doc, time), date, _account(conn, doc, quoted), kind))
    return tuple(out)


def _account(conn: sqlite3.Connection, document: int, quoted: list[Any]) -> EntityRef | None:
    """Whose account a quote is (``quoted``: its :func:`_quoted_by` columns): its speaker, else the body
    that issued it (a passive statement: no one is named as saying it), as :class:`QuoteRow` names them."""
    speaker, words, issuer, issuer_words = quoted
    return _actor(conn, document, speaker, words) or _actor(conn, document, issuer, issuer_words)


#: The days an event covers: its date's (``first_day``/``last_day``), else its article's publication
#: day, as news reports what happened on or just before it appeared.
_EVENT_FIRST = "coalesce(ev.first_day, substr(d.published, 1, 10))"
_EVENT_LAST = "coalesce(ev.last_day, substr(d.published, 1, 10))"


def actor_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code as (country, role): ``IND`` a country (ISO 3166-1 alpha-3), ``MIL`` a role
    (one the actor tables use: actor_nouns.tsv, actor_roles.tsv), ``INDMIL`` both (also ``IND MIL``,
    ``IND/MIL``, any case). Raises a QueryError naming what is wrong."""
    from khabar.urdu.news import lexicon

    lx = lexicon()
    roles = {n.role for n in lx.actor_nouns.values()} | {r for r, _ in lx.actor_roles.values()}
    c = "".join(code.split()).replace("/", "").upper()
    if len(c) == 3 and c.isascii() and c.isalpha():
        return (None, c) if c in roles else (c, None)
    if len(c) == 6 and c.isascii() and c.isalpha() and c[3:] in roles:
        return c[:3], c[3:]
    raise QueryError(f"not a CAMEO actor code: {code!r}; give a country (IND), a role "
                     f"({', '.join(sorted(roles))}) or both (INDMIL)")


def list_events(
    conn: sqlite3.Connection, *, offset: int, limit: int, code: str | None = None, entity: str | None = None,
    since: str | None = None, until: str | None = None, actor: str | None = None, who: str | None = None,
    whom: str | None = None, voice: str | None = None, told_by: str | None = None,
) -> tuple[int, tuple[EventRow, ...]]:
    """(total, one page of events), newest documents first. ``code``: an event code or label;
    ``entity``: an entity that takes part (actor, place or time), by key, English or canonical name,
    or a name in Roman Urdu (:func:`as_named`);
    ``since``/``until`` (ISO days): events whose days overlap that period — the days of the event's
    own date (a month's event is in any period that holds a day of that month), or its article's
    publication day when it has none. An event with neither is left out by either bound. ``actor``:
    a CAMEO actor code (:func:`actor_code`) that one of the event's actors has in the event (``INDMIL``:
    India's military; ``MIL``: any military; ``IND``: any actor of India); raises a QueryError for
    another code. ``who`` and ``whom``: the event's actor 1 and actor 2, an entity (named as ``entity``
    is) or the words of an actor that is no entity (مظاہرین): the events behind one pair of
    :func:`actor_pairs`. ``voice`` (:class:`~khabar.doc.model.EventVoice`): ``own``, the events the
    report tells in its own voice; ``reported``, those told inside a quote or a sourced claim (each
    row's ``account`` names whose); raises a QueryError for another value. ``told_by``: the events a
    quote or a sourced claim of that entity tells (its speaker, or the body that issued it)."""
    sql_where, params = _event_filter(conn, code=code, entity=entity, since=since, until=until,
                                      actor=actor, who=who, whom=whom, voice=voice, told_by=told_by)
    total = int(conn.execute(
        f"SELECT count(*) FROM events ev JOIN documents d ON d.id = ev.document{sql_where}", params
    ).fetchone()[0])
    rows = event_rows(
        conn,
        f"{EVENT_COLUMNS}{sql_where} ORDER BY d.published DESC, ev.document DESC, ev.idx "
        "LIMIT :limit OFFSET :offset",
        params | {"limit": limit, "offset": offset},
    )
    return total, rows


def event_days(conn: sqlite3.Connection, *, code: str | None = None, entity: str | None = None,
               since: str | None = None, until: str | None = None, actor: str | None = None,
               who: str | None = None, whom: str | None = None,
               voice: str | None = None, told_by: str | None = None) -> tuple[tuple[str, int], ...]:
    """How many of the events :func:`list_events` keeps fall on each day (an event on the first day
    it covers: a month's event on the month's first), in order of day."""
    sql_where, params = _event_filter(conn, code=code, entity=entity, since=since, until=until,
                                      actor=actor, who=who, whom=whom, voice=voice, told_by=told_by)
    return tuple((str(day), int(n)) for day, n in conn.execute(
        f"SELECT {_EVENT_FIRST} AS day, count(*) FROM events ev JOIN documents d ON d.id = ev.document"
        f"{sql_where} GROUP BY day HAVING day IS NOT NULL ORDER BY day", params))


@dataclass(frozen=True, slots=True)
class ActorPair:
    """Who did what to whom over the corpus: the events in which ``actor1`` acted on ``actor2``. An
    actor is an entity (keyed as the listings key it) or the words of an actor that is no entity (one
    with an unlinked entity of the same text), whatever role the events code it with (``country`` and
    ``role``: the greatest they give), but a place with its CAMEO role in those events (بھارت as IND
    MIL, its army, and as IND are two actors)."""

    actor1: EntityRef
    actor2: EntityRef
    events: int
    documents: int
    #: (event code, label, events), the most frequent first
    codes: tuple[tuple[str, str, int], ...]
    #: the first and last day the events cover (their dates, else their articles' publication days)
    first_day: str | None
    last_day: str | None
    #: False: the events of either actor on the other (``undirected``), the pair's actors in key order
    directed: bool = True


def _pair_side(n: int) -> str:
    """The columns of actor ``n`` (1 or 2) of an event in :func:`actor_pairs`: key, name, label,
    English name, CAMEO country and role in the event (else the entity's own)."""
    a, ev = f"a{n}", f"ev.actor{n}"
    return (f"coalesce({a}.kb_id, {a}.text, {ev}_text) AS k{n}, coalesce({a}.canonical, {a}.text, {ev}_text) "
            f"AS n{n}, {a}.label AS l{n}, {a}.english AS e{n}, coalesce({ev}_country, {a}.country) AS c{n}, "
            f"coalesce({ev}_role, {a}.role) AS r{n}")


#: What tells two actors of one key apart in :func:`actor_pairs` (``n``: actor 1 or 2): the event's role
#: for a place (India as its army), nothing otherwise (an unlinked name and the same words are one).
_PAIR_ROLE = "CASE WHEN l{n} = 'LOCATION' THEN coalesce(r{n}, '') ELSE '' END"


def actor_pairs(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 20, code: str | None = None,
    entity: str | None = None, since: str | None = None, until: str | None = None, actor: str | None = None,
    named: bool = False, undirected: bool = False, voice: str | None = None,
) -> tuple[int, tuple[ActorPair, ...]]:
    """(how many pairs, one page of them; ``limit`` -1: all): the pairs of actors of the corpus's
    events, the pair with the most events first — who met, threatened, arrested or praised whom, and
    how often. An event
    counts for its (actor 1, actor 2) pair when it has both and they are not one entity. ``code``,
    ``since``, ``until``, ``actor`` and ``voice`` filter the events as :func:`list_events` does (who did
    what to whom by the report's own account, or by its sources'); ``entity`` keeps
    the pairs it is one of (by key, English or canonical name, or a name in Roman Urdu); ``named``
    keeps the actors that are entities (not the words of an actor the recognizer did not name, such as
    مظاہرین); ``undirected`` counts the events of either actor on the other as one pair (who met whom:
    A met B and B met A)."""
    sql_where, params = _event_filter(conn, code=code, entity=None, since=since, until=until, actor=actor,
                                      voice=voice)
    where = [sql_where[len(" WHERE "):]] if sql_where else []
    if entity:
        where.append(_takes_part("ev.actor1, ev.actor2", NAMED_BY))
        params["key"] = as_named(conn, entity)
    if named:
        where.append("a1.document IS NOT NULL AND a2.document IS NOT NULL")
    events = (
        f"SELECT {_pair_side(1)}, {_pair_side(2)}, ev.code, ev.label, ev.document, {_EVENT_FIRST} AS first, "
        f"{_EVENT_LAST} AS last FROM events ev JOIN documents d ON d.id = ev.document "
        "LEFT JOIN entities a1 ON a1.document = ev.document AND a1.idx = ev.actor1 "
        "LEFT JOIN entities a2 ON a2.document = ev.document AND a2.idx = ev.actor2"
        + (" WHERE " + " AND ".join(where) if where else ""))
    return _pairs(conn, events, params, offset=offset, limit=limit, undirected=undirected)


_SIDE_COLUMNS = ("k", "n", "l", "e", "c", "r")


def _pairs(conn: sqlite3.Connection, rows: str, params: dict[str, Any], *, offset: int,
           limit: int, undirected: bool = False) -> tuple[int, tuple[ActorPair, ...]]:
    """One page of the pairs of ``rows`` (SQL whose columns are ``k1, n1, l1, e1, c1, r1`` and ``k2 ...
    r2``: each side's key, name, label, English name, country and role; ``code, label, document,
    first, last``), the most rows first (``limit`` -1: all of them), and how many pairs there are.
    ``undirected``: each row's sides in key order, so that A on B and B on A are one pair."""
    if undirected:
        first = "k1 <= k2"
        swapped = ", ".join(f"CASE WHEN {first} THEN {c}{a} ELSE {c}{b} END AS {c}{a}"
                            for a, b in ((1, 2), (2, 1)) for c in _SIDE_COLUMNS)
        rows = f"SELECT {swapped}, code, label, document, first, last FROM ({rows})"
    # an actor is its entity, whatever role an event codes it with (a title names the prime
    # minister's role in one report and not in the next), or its words, one with the unlinked entity
    # of that text (پولیس); but a place with its role in the event: بھارت as IND MIL (its army) and as
    # IND (the state) are two actors, as CAMEO's actor codes make them
    pairs = (f"FROM ({rows}) WHERE k1 IS NOT NULL AND k2 IS NOT NULL AND k1 != k2 "
             f"GROUP BY k1, {_PAIR_ROLE.format(n=1)}, k2, {_PAIR_ROLE.format(n=2)}")
    total = int(conn.execute(f"SELECT count(*) FROM (SELECT 1 {pairs})", params).fetchone()[0])
    out = []
    for (k1, n1, l1, e1, c1, r1, k2, n2, l2, e2, c2, r2, n, docs, first, last, codes) in conn.execute(
            "SELECT k1, max(n1), max(l1), max(e1), max(c1), max(r1), k2, max(n2), max(l2), max(e2), max(c2), "
            "max(r2), "
            "count(*) AS n, count(DISTINCT document) AS docs, min(first), max(last), "
            f"group_concat(code || ' ' || label, '|') {pairs} "
            "ORDER BY n DESC, docs DESC, k1, k2, max(r1), max(r2) "
            "LIMIT :limit OFFSET :offset", params | {"limit": limit, "offset": offset}):
        counted = Counter(str(codes).split("|"))
        out.append(ActorPair(
            EntityRef(k1 if l1 else None, n1, l1 or "", e1, country=c1, role=r1),
            EntityRef(k2 if l2 else None, n2, l2 or "", e2, country=c2, role=r2),
            int(n), int(docs),
            tuple((c.partition(" ")[0], c.partition(" ")[2], k)
                  for c, k in sorted(counted.items(), key=lambda x: (-x[1], x[0]))),
            first, last, not undirected))
    return total, tuple(out)


def _published_in(where: list[str], params: dict[str, Any], since: str | None, until: str | None) -> None:
    """Add the conditions (over ``documents d``) that the article was published from ``since`` to
    ``until`` (ISO days), those given."""
    if since:
        where.append("substr(d.published, 1, 10) >= :since")
        params["since"] = since
    if until:
        where.append("substr(d.published, 1, 10) <= :until")
        params["until"] = until


def quote_pairs(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 20, entity: str | None = None,
    since: str | None = None, until: str | None = None,
) -> tuple[int, tuple[ActorPair, ...]]:
    """(how many pairs, one page of them): who said something about whom — each quote's speaker
    (an entity; for a passive quote of a statement, the body that issued it) and each person, place or
    organisation its words name, the pair with the most quotes
    first; ``events`` counts quotes and ``codes`` holds ``("QUOTE", kind, quotes)`` per kind (direct,
    indirect). ``entity`` keeps the pairs it is one of (as speaker or as named); ``since``/``until``
    (ISO days): quotes of articles published in that period."""
    where = ["n.label IN ('PERSON', 'ORGANIZATION', 'LOCATION')"]
    params: dict[str, Any] = {}
    _published_in(where, params, since, until)
    if entity:
        where.append(_takes_part("s.idx, n.idx", NAMED_BY, document="q.document"))
        params["key"] = as_named(conn, entity)

    def side(a: str, k: int) -> str:
        return (f"max(coalesce({a}.kb_id, {a}.text)) AS k{k}, max(coalesce({a}.canonical, {a}.text)) AS "
                f"n{k}, max({a}.label) AS l{k}, max({a}.english) AS e{k}, max({a}.country) AS c{k}, "
                f"max({a}.role) AS r{k}")

    # one row a quote and an entity its words name, however often they name it
    rows = (f"SELECT {side('s', 1)}, {side('n', 2)}, 'QUOTE' AS code, q.kind AS label, q.document, "
            "substr(d.published, 1, 10) AS first, substr(d.published, 1, 10) AS last FROM quotes q "
            "JOIN documents d ON d.id = q.document "
            f"JOIN entities s ON s.document = q.document AND s.idx = {ATTRIBUTED} "
            "JOIN entities n ON n.document = q.document AND n.start >= q.content_start "
            "AND n.\"end\" <= q.content_end WHERE " + " AND ".join(where)
            + " GROUP BY q.document, q.idx, coalesce(n.kb_id, n.text)")
    return _pairs(conn, rows, params, offset=offset, limit=limit)


def _takes_part(roles: str, named: str, document: str = "ev.document") -> str:
    """SQL: an entity the condition ``named`` (over ``entities e``) selects is one of ``roles`` (entity
    indices of a row of ``document``: ev.actor1, ...). The documents that name it come first, found
    through the entities' indexes, so that a corpus's events (or quotes) are not all read for one
    entity."""
    return (f"{document} IN (SELECT e.document FROM entities e WHERE {named}) AND EXISTS (SELECT 1 FROM "
            f"entities e WHERE e.document = {document} AND e.idx IN ({roles}) AND {named})")


def _named_by(param: str) -> str:
    """:data:`NAMED_BY` with the name in the SQL parameter ``param`` rather than ``key``."""
    return NAMED_BY.replace(":key", f":{param}")


def voice_condition(voice: str) -> str:
    """SQL over ``events ev``: the events ``voice`` (:class:`~khabar.doc.model.EventVoice`) keeps —
    ``own``, those no quote holds (the report's own account); ``reported``, those told inside a quote
    or a sourced claim (``Event.quote``). Raises a QueryError naming the voices for another value."""
    if voice not in EVENT_VOICES:
        raise QueryError(f"unknown voice {voice!r}: one of {', '.join(EVENT_VOICES)} (the events the report "
                         "tells in its own voice, or those it tells inside a quote or a sourced claim)")
    return "ev.quote IS NULL" if voice == EventVoice.own else "ev.quote IS NOT NULL"


def _event_filter(conn: sqlite3.Connection, *, code: str | None, entity: str | None, since: str | None,
                  until: str | None, actor: str | None = None, who: str | None = None,
                  whom: str | None = None, voice: str | None = None,
                  told_by: str | None = None) -> tuple[str, dict[str, str]]:
    """The WHERE clause (over ``events ev JOIN documents d``) and parameters of the listing filters;
    ``entity``, ``who``, ``whom`` and ``told_by`` are named as :func:`as_named` takes them."""
    where: list[str] = []
    params: dict[str, str] = {}
    if voice:
        where.append(voice_condition(voice))
    if told_by:
        # the events a quote or sourced claim tells whose speaker (or a passive statement's issuer) is
        # that entity: what ISPR, the police or a minister say happened
        where.append(f"(ev.document, ev.quote) IN (SELECT q.document, q.idx FROM entities e JOIN quotes q "
                     f"ON q.document = e.document AND {ATTRIBUTED} = e.idx WHERE {_named_by('told_by')})")
        params["told_by"] = as_named(conn, told_by)
    for side, name in (("actor1", who), ("actor2", whom)):
        if name:
            # the actor's words when it is no entity (مظاہرین), else its entity (found through the
            # entities' indexes, then its documents' events)
            named = _named_by(side)
            where.append(f"(ev.document, ev.idx) IN (SELECT document, idx FROM events WHERE {side}_text = "
                         f":{side} UNION ALL SELECT x.document, x.idx FROM entities e JOIN events x ON "
                         f"x.document = e.document AND x.{side} = e.idx WHERE {named})")
            params[side] = as_named(conn, name)
    if actor:
        country, role = actor_code(actor)
        sides = []
        for side in ("actor1", "actor2"):
            parts = ([f"ev.{side}_country = :actor_country"] if country else []) + (
                [f"ev.{side}_role = :actor_role"] if role else [])
            sides.append("(" + " AND ".join(parts) + ")")
        where.append("(" + " OR ".join(sides) + ")")
        params |= {k: v for k, v in (("actor_country", country), ("actor_role", role)) if v}
    if since:
        where.append(f"{_EVENT_LAST} >= :since")
        params["since"] = since
    if until:
        where.append(f"{_EVENT_FIRST} <= :until")
        params["until"] = until
    if code:
        from khabar.corpus.search import event_code_match

        where.append(event_code_match("ev.", ":code"))
        params["code"] = code
    if entity:
        where.append(_takes_part("ev.actor1, ev.actor2, ev.location, ev.time", NAMED_BY))
        params["key"] = as_named(conn, entity)
    return (" WHERE " + " AND ".join(where)) if where else "", params


@dataclass(frozen=True, slots=True)
class QuoteRow:
    document: int
    title: str
    published: str | None
    kind: str
    content: str
    #: the speaker's entity, else the words that name the speaker (key None), else None
    speaker: EntityRef | None
    #: a passive quote's statement issuer (وزارت خارجہ کے بیان میں کہا گیا), named alike
    issuer: EntityRef | None = None


#: The columns :func:`quote_rows` reads, over ``quotes q JOIN documents d``.
QUOTE_COLUMNS = (
    f"SELECT q.document, d.title, d.published, q.kind, q.content, {_quoted_by('q')} FROM quotes q "
    "JOIN documents d ON d.id = q.document"
)
#: SQL: the entity index a quote is attributed to — its speaker, else the body that issued it.
ATTRIBUTED = "coalesce(q.speaker, q.issuer)"


def quote_rows(conn: sqlite3.Connection, sql: str, params: Any) -> tuple[QuoteRow, ...]:
    """The rows of ``sql`` (a query starting with :data:`QUOTE_COLUMNS`) as quotes."""
    return tuple(
        QuoteRow(doc, title, published, kind, content, _actor(conn, doc, speaker, words),
                 _actor(conn, doc, issuer, issuer_words))
        for doc, title, published, kind, content, speaker, words, issuer, issuer_words
        in conn.execute(sql, params)
    )


def list_quotes(
    conn: sqlite3.Connection, *, offset: int, limit: int, speaker: str | None = None,
    since: str | None = None, until: str | None = None, about: str | None = None,
    kinds: tuple[str, ...] = (),
) -> tuple[int, tuple[QuoteRow, ...]]:
    """(total, one page of quotes), newest documents first. ``speaker``: an entity by key, English or
    canonical name, or a name in Roman Urdu (:func:`as_named`) — the quotes it said and the statements
    it issued (a passive quote's issuer); ``about``: an entity (named alike) the
    quote's words name, whoever said them — what was said about someone; ``since``/``until`` (ISO
    days): quotes of articles published in that period; ``kinds``: only quotes of these kinds
    (:data:`~khabar.doc.model.QUOTE_KINDS`: ``sourced`` for the claims attributed to a source)."""
    where: list[str] = []
    params: dict[str, Any] = {}
    unknown = [k for k in kinds if k not in QUOTE_KINDS]
    if unknown:
        raise QueryError(f"unknown quote kind {unknown[0]!r}: one of {', '.join(QUOTE_KINDS)}")
    if kinds:
        where.append("q.kind IN (" + ", ".join(f":kind{n}" for n in range(len(kinds))) + ")")
        params |= {f"kind{n}": k for n, k in enumerate(kinds)}
    if speaker:  # the speaker's mentions, through the entities' indexes
        where.append(f"(q.document, {ATTRIBUTED}) IN (SELECT e.document, e.idx FROM entities e "
                     f"WHERE {NAMED_BY})")
        params["key"] = as_named(conn, speaker)
    if about:  # the quotes whose words hold a mention of it
        where.append(f"(q.document, q.idx) IN (SELECT x.document, x.idx FROM entities e JOIN quotes x ON "
                     f"x.document = e.document AND e.start >= x.content_start AND e.\"end\" <= x.content_end "
                     f"WHERE {_named_by('about')})")
        params["about"] = as_named(conn, about)
    _published_in(where, params, since, until)
    sql_where = (" WHERE " + " AND ".join(where)) if where else ""
    total = int(conn.execute(
        f"SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.document{sql_where}", params
    ).fetchone()[0])
    rows = quote_rows(conn, f"{QUOTE_COLUMNS}{sql_where} ORDER BY d.published DESC, q.document DESC, q.idx "
                            "LIMIT :limit OFFSET :offset", params | {"limit": limit, "offset": offset})
    return total, rows


# --- entities ------------------------------------------------------------------------------------------
#: Characters of context on each side of a mention.
MENTION_CONTEXT = 60


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention with the raw text around it (``before`` + ``text`` + ``after``)."""

    document: int
    title: str
    published: str | None
    before: str
    text: str
    after: str


@dataclass(frozen=True, slots=True)
class EntityProfile:
    key: str
    label: str
    urdu: str
    english: str | None
    kb_id: str | None
    n_mentions: int
    n_documents: int
    #: mentions per day: (YYYY-MM-DD, count), dated documents only, in date order
    per_day: tuple[tuple[str, int], ...]
    cooccurring: tuple[EntityRef, ...]
    quotes: tuple[QuoteRow, ...]
    events: tuple[EventRow, ...]
    mentions: tuple[Mention, ...]
    #: whom it acted on and who acted on it, the pairs with the most events first (:func:`actor_pairs`)
    pairs: tuple[ActorPair, ...] = ()


def entity_profile(conn: sqlite3.Connection, key: str, *, limit: int = 10) -> EntityProfile | None:
    """Everything the entity page shows about the entity ``key`` (None when no mention has it)."""
    p = {"key": key, "limit": limit}
    head = conn.execute(
        f"SELECT count(*), count(DISTINCT e.document), max(e.kb_id), max(e.english) FROM entities e "
        f"WHERE {MATCH_KEY}",
        p,
    ).fetchone()
    if not head or not head[0]:
        return None
    n_mentions, n_docs, kb_id, english = int(head[0]), int(head[1]), head[2], head[3]
    names = Counter(
        {
            (label, name): int(n)
            for label, name, n in conn.execute(
                f"SELECT e.label, coalesce(e.canonical, e.text), count(*) FROM entities e WHERE {MATCH_KEY} "
                "GROUP BY 1, 2",
                p,
            )
        }
    )
    (label, urdu), _ = names.most_common(1)[0]
    per_day = tuple(
        (str(d), int(n))
        for d, n in conn.execute(
            f"SELECT substr(d.published, 1, 10) AS day, count(*) FROM entities e JOIN documents d "
            f"ON d.id = e.document WHERE {MATCH_KEY} AND d.published IS NOT NULL GROUP BY day ORDER BY day",
            p,
        )
    )
    labels = ",".join(f"'{v}'" for v in VALUE_LABELS)
    co = tuple(
        EntityRef(k, name, lab, eng, int(n))
        for k, name, lab, eng, n in conn.execute(
            f"SELECT {ENTITY_KEY} AS k, max(coalesce(e.canonical, e.text)), max(e.label), max(e.english), "
            f"count(DISTINCT e.document) AS n FROM entities e WHERE e.document IN "
            f"(SELECT e.document FROM entities e WHERE {MATCH_KEY}) AND NOT {MATCH_KEY} "
            f"AND e.label NOT IN ({labels}) GROUP BY k ORDER BY n DESC, k LIMIT :limit",
            p,
        )
    )
    quotes = quote_rows(
        conn,
        f"{QUOTE_COLUMNS} JOIN entities e ON e.document = q.document AND e.idx = {ATTRIBUTED} "
        f"WHERE {MATCH_KEY} ORDER BY d.published DESC, q.document DESC LIMIT :limit",
        p,
    )
    events = event_rows(
        conn,
        f"{EVENT_COLUMNS} WHERE {_takes_part('ev.actor1, ev.actor2, ev.location, ev.time', MATCH_KEY)} "
        "ORDER BY d.published DESC, ev.document DESC LIMIT :limit",
        p,
    )
    mentions = []
    for doc, title, published, raw_start, raw_end, raw_text in conn.execute(
        f"SELECT e.document, d.title, d.published, e.raw_start, e.raw_end, d.raw_text FROM entities e "
        f"JOIN documents d ON d.id = e.document WHERE {MATCH_KEY} GROUP BY e.document "
        "ORDER BY d.published DESC, e.document DESC LIMIT :limit",
        p,
    ):
        lo, hi = max(0, raw_start - MENTION_CONTEXT), min(len(raw_text), raw_end + MENTION_CONTEXT)
        mentions.append(
            Mention(
                doc,
                title,
                published,
                " ".join(raw_text[lo:raw_start].split()),
                raw_text[raw_start:raw_end],
                " ".join(raw_text[raw_end:hi].split()),
            )
        )
    _, pairs = actor_pairs(conn, entity=key, limit=limit)
    return EntityProfile(
        key, label, urdu, english, kb_id, n_mentions, n_docs, per_day, co, quotes, events, tuple(mentions),
        pairs,
    )


def top_entities(conn: sqlite3.Connection, *, offset: int = 0, limit: int = 20, label: str | None = None,
                 since: str | None = None, until: str | None = None) -> tuple[int, tuple[EntityRef, ...]]:
    """(how many entities, one page of them), the most named first: ``count`` is the number of
    documents that name the entity (published in ``since`` .. ``until``, ISO days, when given); of
    one ``label`` when given; numbers, dates and times are values, not entities."""
    if not (since or until):  # the counts kept as documents are added (schema 7)
        lab = label or ""
        total = int(conn.execute("SELECT count(*) FROM entity_counts WHERE label = ?", (lab,)).fetchone()[0])
        rows = conn.execute("SELECT key, name, shown, english, documents, country, role FROM entity_counts "
                            "WHERE label = ? ORDER BY documents DESC, key LIMIT ? OFFSET ?",
                            (lab, limit, offset))
        return total, tuple(EntityRef(k, name, shown, eng, int(n), country=c, role=r)
                            for k, name, shown, eng, n, c, r in rows)
    where = [f"e.label NOT IN ({','.join('?' * len(VALUE_LABELS))})"]
    params: list[Any] = list(VALUE_LABELS)
    if label:
        where.append("e.label = ?")
        params.append(label)
    if since:
        where.append("d.published >= ?")
        params.append(since)
    if until:
        where.append("d.published < ?")
        params.append(until + "\uffff")
    grouped = (f"SELECT {ENTITY_KEY} AS k, max(coalesce(e.canonical, e.text)) AS name, max(e.label) AS lab, "
               "max(e.english) AS eng, max(e.country) AS country, max(e.role) AS role, "
               "count(DISTINCT e.document) AS n FROM entities e JOIN documents d ON d.id = e.document "
               f"WHERE {' AND '.join(where)} GROUP BY k")
    total = int(conn.execute(f"SELECT count(*) FROM ({grouped})", params).fetchone()[0])
    rows = conn.execute(f"{grouped} ORDER BY n DESC, k LIMIT ? OFFSET ?", (*params, limit, offset))
    return total, tuple(EntityRef(k, name, lab, eng, int(n), country=c, role=r)
                        for k, name, lab, eng, c, r, n in rows)


def resolve_entity(conn: sqlite3.Connection, name: str) -> str | None:
    """The key of the entity ``name`` names: its key, English or canonical name (:data:`NAMED_BY`),
    else, for a name in Latin letters, an English name that holds it as written or as Roman Urdu
    folds it (:func:`khabar.corpus.search.matching_names`: ``imran khaan``); the most mentioned
    when several fit; an entity's own key first (an unlinked name's text is its key, though a linked
    entity may have it as its canonical name). None when none does."""
    if conn.execute(f"SELECT 1 FROM entities e WHERE {MATCH_KEY} LIMIT 1", {"key": name}).fetchone():
        return name
    row = conn.execute(f"SELECT {ENTITY_KEY} AS k FROM entities e WHERE {NAMED_BY} GROUP BY k "
                       "ORDER BY count(*) DESC, k LIMIT 1", {"key": name}).fetchone()
    if row is not None:
        return str(row[0])
    return _roman_key(conn, name)


def _roman_key(conn: sqlite3.Connection, name: str) -> str | None:
    """The key of the most mentioned entity whose English name holds ``name`` (Latin letters) as
    written or as Roman Urdu folds it (:func:`khabar.corpus.search.matching_names`); None for none."""
    from khabar.corpus.search import english_in, matching_names

    names = matching_names(conn, name) if name.isascii() else []
    if not names:
        return None
    having, params = english_in(names)
    row = conn.execute(f"SELECT {ENTITY_KEY} AS k FROM entities e WHERE {having} GROUP BY k "
                       "ORDER BY count(*) DESC, k LIMIT 1", params).fetchone()
    return None if row is None else str(row[0])


def named_entity_profile(conn: sqlite3.Connection, name: str, *, limit: int = 10) -> EntityProfile | None:
    """The profile of the entity ``name`` names (:func:`resolve_entity`: a key, an English or Urdu
    name, or a name in Roman Urdu); None when none does."""
    key = resolve_entity(conn, name)
    return None if key is None else entity_profile(conn, key, limit=limit)


def as_named(conn: sqlite3.Connection, name: str) -> str:
    """``name`` as the listing filters take it (:data:`NAMED_BY`: a key, English or canonical name):
    itself when an entity has it so, else, for a name in Latin letters, the key of the entity it names
    as Roman Urdu folds it (``imran khaan``)."""
    if not name.isascii() or conn.execute(f"SELECT 1 FROM entities e WHERE {NAMED_BY} LIMIT 1",
                                          {"key": name}).fetchone():
        return name
    return _roman_key(conn, name) or name

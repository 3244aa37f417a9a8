"""The filtered timeline: filters as bounded index ranges, keyset pages, totals.

Timeline order and the paging key are (sort_date, precision_rank, id) (DESIGN.md), read
forwards (oldest first) or backwards (`newest=True`): the same indexes serve both, scanned
the other way. A page costs a constant number of statements however many events it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    bindparam,
    func,
    or_,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from app.db import cards, search, searchindex, searchwalk
from app.db.models import (
    UNDATED,
    Article,
    Event,
    EventActor,
    Mention,
)
from app.db.queries import fastpath
from app.db.queries.events import (
    _position,
    load_events,
)
from app.db.queries.records import (
    EventFilter,
    EventPage,
    Position,
)

# --------------------------------------------------------------------------- filters


def unknown_actors(session: Session, ids: Sequence[str]) -> list[str]:
    """The ids among `ids` that name no actor."""
    if not ids:
        return []
    if fastpath.is_sqlite(session):
        sql = fastpath.where_in("SELECT id FROM actors", "id", len(ids))
        found = {r[0] for r in fastpath.raw(session, sql, list(ids))}
    else:
        found = set(session.scalars(_ACTOR_IDS, {"ids": list(ids)}))
    return [i for i in ids if i not in found]


def article_exists(session: Session, article_id: str) -> bool:
    return session.scalar(select(Article.id).where(Article.id == article_id)) is not None


@dataclass(frozen=True)
class DateBounds:
    """What `date_spans` (migration 0002) says about the events' date intervals.

    `closed`: per precision_rank, the longest (date_end - sort_date) in days of an event with
    both ends; `open_start`/`open_end`: the ranks of events with a null start / a null end.
    """

    closed: dict[int, int]
    open_start: frozenset[int]
    open_end: frozenset[int]


# The small lookups every page makes, as SQL text compiled once (building the equivalent
# ORM selects cost more than running them).
_DATE_SPANS = text("SELECT kind, precision_rank, max_days FROM date_spans")
# Its text for the sqlite3 connection, once: str() of a statement compiles it (a few
# hundred microseconds, on every page before).
_DATE_SPANS_SQL = str(_DATE_SPANS)
_ACTOR_IDS = text("SELECT id FROM actors WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_ACTOR_COUNTS = text("SELECT id, events_count FROM actors WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_ACTOR_COUNT = text("SELECT events_count FROM actors WHERE id = :id")
_COUNT_EVENTS = text(
    "SELECT (SELECT coalesce(sum(count), 0) FROM month_counts)"
    " + (SELECT count(*) FROM events WHERE sort_date = :undated)"
).bindparams(bindparam("undated", type_=Date))


def date_bounds(session: Session) -> DateBounds:
    rows: list[Any]
    if fastpath.is_sqlite(session):
        rows = fastpath.raw(session, _DATE_SPANS_SQL).fetchall()
    else:
        rows = list(session.execute(_DATE_SPANS).tuples())
    return DateBounds(
        closed={rank: days for kind, rank, days in rows if kind == "closed"},
        open_start=frozenset(rank for kind, rank, _d in rows if kind == "open_start"),
        open_end=frozenset(rank for kind, rank, _d in rows if kind == "open_end"),
    )


def _minus_days(d: dt.date, days: int) -> dt.date:
    try:
        return d - dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min


# One alias of event_actors per actor a filter can name (filters.MAX_ACTORS is 10), made
# once: building aliases costs more than the SQL of a small page.
_LINKS = tuple(aliased(EventActor, name=f"ea{i}") for i in range(12))


class _Branch:
    """One index range of the filtered timeline: a SELECT of (id, sort_date, precision_rank).

    `by_actor`: driven by the first actor's event_actors rows (its primary key yields them in
    timeline order); otherwise driven by events (ix_events_timeline or a partial index).
    Events are joined only when a condition needs their columns, so that a range that
    matches by its sort_date alone is counted from the index.
    """

    def __init__(self, f: EventFilter, driver: str | None, by_actor: bool, dialect: str) -> None:
        self.f = f
        self.driver = driver
        self.by_actor = by_actor and driver is not None
        self.dialect = dialect
        self.ea = _LINKS[0]
        self.key_conds: list[ColumnElement[bool]] = []  # on sort_date/precision_rank only
        self.event_conds: list[ColumnElement[bool]] = []  # need the events row

    @property
    def sort_date(self) -> Any:
        return self.ea.sort_date if self.by_actor else Event.sort_date

    @property
    def rank(self) -> Any:
        return self.ea.precision_rank if self.by_actor else Event.precision_rank

    @property
    def event_id(self) -> Any:
        return self.ea.event_id if self.by_actor else Event.id

    def key(self) -> tuple[Any, Any, Any]:
        return (self.sort_date, self.rank, self.event_id)

    def order_by(self, newest: bool) -> list[Any]:
        return [c.desc() for c in self.key()] if newest else list(self.key())

    def select(
        self, *, after: Position | None = None, ids_only: bool = False, newest: bool = False
    ) -> Select[Any]:
        f = self.f
        conds = list(self.key_conds)
        event_conds = list(self.event_conds)
        if f.type:
            event_conds.append(Event.type == f.type)
        if f.status:
            event_conds.append(Event.status == f.status)
        if f.article:
            event_conds.append(
                Event.id.in_(select(Mention.event_id).where(Mention.article_id == f.article))
            )
        if f.q:
            clause = search.matching_ids_clause(self.dialect, f.q)
            if clause is not None:
                event_conds.append(clause)
        if after is not None:
            key = tuple_(*self.key())
            conds.append(key < _position(after) if newest else key > _position(after))
        cols: tuple[Any, ...] = (
            (self.event_id,)
            if ids_only
            else (
                self.event_id.label("id"),
                self.sort_date.label("sort_date"),
                self.rank.label("precision_rank"),
            )
        )
        if self.by_actor:
            ea = self.ea
            stmt = select(*cols).select_from(ea).where(ea.actor_id == self.driver)
            if event_conds:
                stmt = stmt.join(Event, Event.id == ea.event_id)
            for i, other in enumerate(a for a in f.actors if a != self.driver):
                eo = _LINKS[i + 1]
                stmt = stmt.join(
                    eo,
                    and_(
                        eo.actor_id == other,
                        eo.sort_date == ea.sort_date,
                        eo.precision_rank == ea.precision_rank,
                        eo.event_id == ea.event_id,
                    ),
                )
        else:
            stmt = select(*cols).select_from(Event)
            for i, actor in enumerate(f.actors):
                eo = _LINKS[i + 1]
                conds.append(
                    select(eo.event_id)
                    .where(
                        eo.actor_id == actor,
                        eo.sort_date == Event.sort_date,
                        eo.precision_rank == Event.precision_rank,
                        eo.event_id == Event.id,
                    )
                    .exists()
                )
        conds.extend(event_conds)
        return stmt.where(*conds) if conds else stmt


def _branches(session: Session, f: EventFilter, driver: str | None) -> list[_Branch]:
    """The filtered timeline as disjoint index ranges, in timeline order of their sort dates.

    An event matches [from, to] iff its interval overlaps it: start <= to and end >= from,
    a null start or end being open; undated events never match a date filter. By sort_date
    (start, else end) the matches fall into four ranges that need no scan of the rest:

    1. from <= sort_date <= to: every dated event there overlaps (by the index alone);
    2. sort_date in [from - max_days(rank), from): a closed interval reaching `from`, with
       max_days per rank from `date_spans` (kept exact by triggers, migration 0002);
    3. sort_date < from with a null end ("after"): ix_events_open_end, a short list;
    4. sort_date > to with a null start ("before": sort_date is its end, after `to`).
    """
    dialect = session.get_bind().dialect.name
    lo, hi = f.date_from, f.date_to
    if lo is None and hi is None:
        return [_Branch(f, driver, True, dialect)]
    bounds = date_bounds(session)
    out: list[_Branch] = []
    if lo is not None:
        # 3: open end, starting before `from` (so before `to` too).
        b = _Branch(f, driver, False, dialect)
        if bounds.open_end:
            b.key_conds += [Event.sort_date < lo, Event.precision_rank.in_(sorted(bounds.open_end))]
            b.event_conds += [Event.date_start.is_not(None), Event.date_end.is_(None)]
            out.append(b)
        # 2: closed intervals that start before `from` and reach it.
        reach = {r: d for r, d in bounds.closed.items() if d > 0}
        if reach:
            b = _Branch(f, driver, True, dialect)
            b.key_conds += [
                b.sort_date < lo,
                b.sort_date >= _minus_days(lo, max(reach.values())),
                or_(
                    *(
                        and_(b.rank == r, b.sort_date >= _minus_days(lo, d))
                        for r, d in sorted(reach.items())
                    )
                ),
            ]
            b.event_conds += [Event.date_start.is_not(None), Event.date_end >= lo]
            out.append(b)
    # 1: sort_date within the range.
    b = _Branch(f, driver, True, dialect)
    if lo is not None:
        b.key_conds.append(b.sort_date >= lo)
    # One upper bound only (SQLite's planner takes one of two for the index range).
    if hi is not None and hi < UNDATED:
        b.key_conds.append(b.sort_date <= hi)
    else:
        b.key_conds.append(b.sort_date < UNDATED)
    out.append(b)
    if hi is not None and bounds.open_start:
        # 4: open start, ending after `to` (so after `from` too).
        b = _Branch(f, driver, True, dialect)
        b.key_conds += [
            b.sort_date > hi,
            b.sort_date < UNDATED,
            b.rank.in_(sorted(bounds.open_start)),
        ]
        if bounds.open_start & (set(bounds.closed) | bounds.open_end):
            # Ranks shared with other kinds of interval: read the events to tell them apart.
            # (Dated events with no open start at those ranks never occur otherwise, so the
            # index alone answers; sort_date < UNDATED leaves out the undated ones.)
            b.event_conds += [Event.date_start.is_(None), Event.date_end.is_not(None)]
        out.append(b)
    return out


def _union(
    branches: Sequence[_Branch],
    *,
    after: Position | None,
    limit: int | None,
    newest: bool = False,
) -> tuple[Select[Any], Any]:
    """The branches' rows in timeline order (each branch stops at `limit`), and the
    subquery's columns. One branch needs no union."""
    if len(branches) == 1:
        sub = branches[0].select(after=after, newest=newest).subquery("m")
        return select(sub.c.id, sub.c.sort_date, sub.c.precision_rank), sub
    parts = []
    for i, b in enumerate(branches):
        stmt = b.select(after=after, newest=newest)
        if limit is not None:
            stmt = stmt.order_by(*b.order_by(newest)).limit(limit)
        sub = stmt.subquery(f"b{i}")
        parts.append(select(sub.c.id, sub.c.sort_date, sub.c.precision_rank))
    u = union_all(*parts).subquery("m")
    return select(u.c.id, u.c.sort_date, u.c.precision_rank), u


def _driver(session: Session, actors: Sequence[str]) -> str | None:
    if not actors:
        return None
    if len(actors) == 1:
        return actors[0]
    if fastpath.is_sqlite(session):
        sql = fastpath.where_in("SELECT id, events_count FROM actors", "id", len(actors))
        counts = dict(fastpath.raw(session, sql, list(actors)).fetchall())
    else:
        counts = dict(session.execute(_ACTOR_COUNTS, {"ids": list(actors)}).tuples().all())
    return min(actors, key=lambda a: (counts.get(a, 0), a))


def list_events(
    session: Session,
    f: EventFilter,
    *,
    limit: int,
    after: Position | None = None,
    with_total: bool = True,
    total: int | None = None,
    newest: bool = False,
) -> EventPage:
    """One keyset page of the filtered timeline, with its actors and sources; `newest`
    reads it backwards (newest first, undated events first as they sort last), `after`
    then meaning "before" in timeline order.

    `total`, when the caller knows it (the cursor carries the first page's), is not
    counted again; otherwise precomputed counts answer where they can (see _known_total).
    """
    ids, more, total = page_ids(
        session, f, limit=limit, after=after, with_total=with_total, total=total, newest=newest
    )
    events = load_events(session, ids)
    nxt = events[-1].position if more and events else None
    return EventPage(events=events, next=nxt, total=total)


def list_cards(
    session: Session,
    f: EventFilter,
    *,
    limit: int,
    after: Position | None = None,
    total: int | None = None,
    newest: bool = False,
    lang: str | None = None,
    as_bytes: bool = False,
) -> CardPage:
    """`list_events`, its events as their stored cards (app.db.cards): the pages' path;
    with `lang`, where fastpath answers, as the cards' stored rows of HTML in that language
    (with `as_bytes`, their UTF-8 bytes)."""
    if fastpath.covered(session, f):
        if lang is not None:
            return _list_rows(
                session,
                f,
                lang,
                limit=limit,
                after=after,
                total=total,
                newest=newest,
                as_bytes=as_bytes,
            )
        return _list_items(session, f, limit=limit, after=after, total=total, newest=newest)
    ids, more, total = page_ids(session, f, limit=limit, after=after, total=total, newest=newest)
    found = cards.read(session, ids)
    nxt = found[-1].position if more and found else None
    return CardPage(events=found, next=nxt, total=total)


@dataclass(frozen=True)
class BodyPage:
    """A page of the API: each event's stored JSON, as bytes."""

    bodies: list[bytes]
    next: Position | None
    total: int


def list_bodies(
    session: Session,
    f: EventFilter,
    *,
    limit: int,
    after: Position | None = None,
    total: int | None = None,
    newest: bool = False,
) -> BodyPage | None:
    """`list_cards` for the JSON API where app.db.queries.fastpath answers (SQLite, actors
    and dates): the page's ids and their stored JSON in one statement, as the bytes stored;
    None elsewhere (the caller then uses list_cards)."""
    if not fastpath.covered(session, f):
        return None
    rows, more, total = _fast_page(session, f, fastpath.CARD_BODY, limit, after, total, newest)
    missing = [r[0] for r in rows if r[3] is None]
    # A card not stored (see cards.read) is built from the tables.
    built = {c.id: c.body.encode() for c in cards.read(session, missing)} if missing else {}
    bodies = [body if body is not None else built[eid] for eid, _sd, _pr, body in rows]
    last = rows[-1] if rows else None
    nxt = Position(dt.date.fromisoformat(last[1]), last[2], last[0]) if more and last else None
    return BodyPage(bodies, nxt, total)


def _list_items(
    session: Session,
    f: EventFilter,
    *,
    limit: int,
    after: Position | None,
    total: int | None,
    newest: bool,
) -> CardPage:
    """list_cards where fastpath answers: the ids and their cards' `item` (what the rows
    show; not `body`, the JSON the timeline never reads) in one statement."""
    rows, more, total = _fast_page(session, f, fastpath.CARD_ITEM, limit, after, total, newest)
    missing = [r[0] for r in rows if r[3] is None]
    built = {c.id: c for c in cards.read(session, missing)} if missing else {}
    found = [
        cards.Card(eid, "", item) if item is not None else built[eid]
        for eid, _sd, _pr, item in rows
    ]
    nxt = found[-1].position if more and found else None
    return CardPage(events=found, next=nxt, total=total)


def _list_rows(
    session: Session,
    f: EventFilter,
    lang: str,
    *,
    limit: int,
    after: Position | None,
    total: int | None,
    newest: bool,
    as_bytes: bool = False,
) -> CardPage:
    """list_cards where fastpath answers, for the HTML page: the ids and their cards' rows
    in `lang` in one statement (nothing decoded); an event whose card or row is not stored
    (see cards.read) gets its card, and its row is built from that."""
    column = (fastpath.CARD_ROW_BYTES if as_bytes else fastpath.CARD_ROW)[lang]
    rows, more, total = _fast_page(session, f, column, limit, after, total, newest)
    missing = [r[0] for r in rows if r[3] is None]
    built = {c.id: c for c in cards.read(session, missing)} if missing else {}
    found: list[Any] = [
        cards.StoredRow(eid, row, sd, pr) if row is not None else built[eid]
        for eid, sd, pr, row in rows
    ]
    last = rows[-1] if rows else None
    nxt = Position(dt.date.fromisoformat(last[1]), last[2], last[0]) if more and last else None
    return CardPage(events=found, next=nxt, total=total)


def _fast_page(
    session: Session,
    f: EventFilter,
    column: str,
    limit: int,
    after: Position | None,
    total: int | None,
    newest: bool,
) -> tuple[list[Any], bool, int]:
    """The page's rows (id, sort date, precision, the card's `column`) from fastpath, whether
    more follow, and the filter's total (known, or counted with the page)."""
    driver = _driver(session, f.actors)
    bounds = date_bounds(session) if f.date_from or f.date_to else None
    if total is None:
        total = _known_total(session, f)
    rows, counted = fastpath.page_cards(
        session,
        f,
        driver,
        bounds,
        limit=limit,
        after=after,
        newest=newest,
        column=column,
        with_count=total is None,
    )
    more = len(rows) > limit
    return list(rows[:limit]), more, counted if counted is not None else int(total or 0)


@dataclass(frozen=True)
class CardPage:
    events: list[Any]  # cards.Card; cards.StoredRow where read with a UI language
    next: Position | None
    total: int


def page_ids(
    session: Session,
    f: EventFilter,
    *,
    limit: int,
    after: Position | None = None,
    with_total: bool = True,
    total: int | None = None,
    newest: bool = False,
) -> tuple[list[str], bool, int]:
    """(ids of one page in order, whether more follow, the total) of the filtered timeline."""
    driver = _driver(session, f.actors)
    if fastpath.covered(session, f):
        bounds = date_bounds(session) if f.date_from or f.date_to else None
        ids = fastpath.page_ids(session, f, driver, bounds, limit=limit, after=after, newest=newest)
        more = len(ids) > limit
        if not with_total:
            total = 0
        elif total is None:
            total = _known_total(session, f)
            if total is None:
                total = fastpath.count(session, f, driver, bounds)
        return ids[:limit], more, total
    branches = _branches(session, f, driver)
    words_only = _words_only(f)
    walk = _search_walk(session, f) if words_only else None
    if words_only and total is None and with_total:
        total = _count_words(session, f, walk)
    if walk is not None:
        ids = searchwalk.page_ids(session, walk, after, limit + 1, newest=newest)
    elif len(branches) == 1:
        b = branches[0]
        stmt = (
            b.select(after=after, ids_only=True, newest=newest)
            .order_by(*b.order_by(newest))
            .limit(limit + 1)
        )
        ids = list(session.scalars(stmt))
    else:
        rows, sub = _union(branches, after=after, limit=limit + 1, newest=newest)
        cols = (sub.c.sort_date, sub.c.precision_rank, sub.c.id)
        ordered = rows.order_by(*(c.desc() for c in cols) if newest else cols)
        ids = [r.id for r in session.execute(ordered.limit(limit + 1))]
    more = len(ids) > limit
    ids = ids[:limit]
    if not with_total:
        total = 0
    elif total is None:
        total = _known_total(session, f)
        if total is None:
            total = _count(session, branches)
    return ids, more, total


def _search_walk(session: Session, f: EventFilter) -> str | None:
    """SQLite, words only: the FTS5 expression to walk in timeline order
    (app.db.searchwalk), each prefix spelled out as its terms (app.db.searchindex), or None
    where the general path answers."""
    if not fastpath.is_sqlite(session):
        return None
    stems = search.match_stems(f.q or "")
    if not stems:
        return None
    conn = session.connection()
    return searchindex.spelled_out(conn.connection.dbapi_connection, conn.info, stems)


def _count_words(session: Session, f: EventFilter, walk: str | None) -> int | None:
    """Matches of a words-only filter, counted in the full-text index alone (each event
    has exactly one event_search row, written and deleted with it by app.db.derived and
    ingest), instead of looking up every matching event; on SQLite by the walk's
    expression (its prefixes spelled out, which FTS5 also counts faster), kept per
    connection until the data changes (app.db.searchindex)."""
    if walk is not None:
        conn = session.connection()
        return searchindex.count(conn.connection.dbapi_connection, conn.info, walk)
    found = search.fts_match_sql(session.get_bind().dialect.name, f.q or "")
    if found is None:
        return None
    sql, params = found
    return int(
        session.scalar(text(f"SELECT count(*) FROM ({sql}) AS matches"), params)  # noqa: S608
        or 0
    )


def _words_only(f: EventFilter) -> bool:
    return bool(f.q) and not (
        f.actors or f.date_from or f.date_to or f.type or f.article or f.status
    )


def _count(session: Session, branches: Sequence[_Branch]) -> int:
    """All matches: one statement summing each branch's index-range count."""
    counts = [
        select(func.count()).select_from(b.select().subquery()).scalar_subquery() for b in branches
    ]
    total: Any = counts[0]
    for c in counts[1:]:
        total = total + c
    return int(session.scalar(select(total)) or 0)


def _known_total(session: Session, f: EventFilter) -> int | None:
    """The total from counts that ingest keeps (never a scan), when the filter allows."""
    if f.date_from or f.date_to or f.q or f.type or f.article or f.status or len(f.actors) > 1:
        return None
    if f.actors:
        if fastpath.is_sqlite(session):
            sql = "SELECT events_count FROM actors WHERE id = ?"
            row = fastpath.raw(session, sql, (f.actors[0],)).fetchone()
            return int(row[0] or 0) if row else 0
        return int(session.scalar(_ACTOR_COUNT, {"id": f.actors[0]}) or 0)
    return count_events(session)


_DATA_VERSION = text("SELECT version FROM data_version WHERE id = 1")
_DATA_VERSION_SQL = str(_DATA_VERSION)


def data_version(session: Session) -> int:
    """The number ingest's every change bumps (migration 0006), as this session reads it."""
    if fastpath.is_sqlite(session):
        row = fastpath.raw(session, _DATA_VERSION_SQL).fetchone()
        return int(row[0] or 0) if row else 0
    return int(session.scalar(_DATA_VERSION) or 0)


def count_events(session: Session) -> int:
    """All events: the histogram's months plus the undated ones (an index range)."""
    if fastpath.is_sqlite(session):
        sql = str(_COUNT_EVENTS).replace(":undated", "?")
        row = fastpath.raw(session, sql, (UNDATED.isoformat(),)).fetchone()
        return int(row[0] or 0)
    return int(session.scalar(_COUNT_EVENTS, {"undated": UNDATED}) or 0)

"""Read queries the web layer shares: the filtered timeline, one event, articles, actors.

Everything here returns plain frozen dataclasses, never ORM objects, so that nothing can
lazy-load (an N+1 or a detached-instance error) after the request's session is closed.

Timeline order and the paging key are (sort_date, precision_rank, id) (DESIGN.md). A page of
events costs a constant number of statements however many events it holds: the events, the
total, then the page's actors and sources in one batched query each.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    and_,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from app.db import search
from app.db.models import (
    UNDATED,
    Actor,
    ActorAlias,
    Article,
    DateSpan,
    Event,
    EventActor,
    EventRedirect,
    Mention,
    MonthCount,
)

MAX_REDIRECT_HOPS = 5


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class EventFilter:
    """What the timeline shows. Several actors mean events involving ALL of them."""

    actors: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = None
    type: str | None = None
    article: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.actors or self.date_from or self.date_to or self.q or self.type or self.article
        )


@dataclass(frozen=True, order=True)
class Position:
    """A place in timeline order; the keyset cursor points just after it."""

    sort_date: dt.date
    precision_rank: int
    id: str


@dataclass(frozen=True)
class ActorRef:
    id: str
    name: str
    name_ru: str
    kind: str


@dataclass(frozen=True)
class ActorCount:
    id: str
    name: str
    name_ru: str
    kind: str
    events: int


@dataclass(frozen=True)
class SourceRef:
    """One mention of an event, with what the page needs of its article (never the text)."""

    mention_id: int
    article_id: str
    file: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    published_how: str
    quote: str
    sent_start: int
    sent_end: int
    date_text: str | None
    date_text_start: int | None
    date_text_end: int | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str
    date_how: str
    planned: bool
    actor_spans: list[Any]


@dataclass(frozen=True)
class EventItem:
    id: str
    title: str
    type: str
    planned: bool
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    date_text: str | None
    date_how: str
    sort_date: dt.date
    precision_rank: int
    sources_count: int
    disagreement: list[Any]
    actors: list[ActorRef] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def position(self) -> Position:
        return Position(self.sort_date, self.precision_rank, self.id)

    @property
    def month(self) -> str | None:
        """ "YYYY-MM" of the sort date; None for undated events."""
        if self.sort_date == UNDATED:
            return None
        return f"{self.sort_date.year:04d}-{self.sort_date.month:02d}"


@dataclass(frozen=True)
class EventPage:
    events: list[EventItem]
    next: Position | None
    total: int


@dataclass(frozen=True)
class ArticleHead:
    id: str
    file: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: dt.date | None
    published_how: str
    lang: str


@dataclass(frozen=True)
class MentionSpan:
    id: int
    event_id: str
    event_title: str
    sent_start: int
    sent_end: int
    date_text_start: int | None
    date_text_end: int | None
    date_text: str | None
    actor_spans: list[Any]


@dataclass(frozen=True)
class ArticleFull:
    head: ArticleHead
    text: str
    excluded: list[Any]
    mentions: list[MentionSpan]


@dataclass(frozen=True)
class ActorFull:
    actor: ActorCount
    aliases: list[str]


# --------------------------------------------------------------------------- filters


def unknown_actors(session: Session, ids: Sequence[str]) -> list[str]:
    """The ids among `ids` that name no actor."""
    if not ids:
        return []
    found = set(session.scalars(select(Actor.id).where(Actor.id.in_(list(ids)))))
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


def date_bounds(session: Session) -> DateBounds:
    rows = session.execute(select(DateSpan.kind, DateSpan.precision_rank, DateSpan.max_days)).all()
    return DateBounds(
        closed={r.precision_rank: r.max_days for r in rows if r.kind == "closed"},
        open_start=frozenset(r.precision_rank for r in rows if r.kind == "open_start"),
        open_end=frozenset(r.precision_rank for r in rows if r.kind == "open_end"),
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

    def select(self, *, after: Position | None = None, ids_only: bool = False) -> Select[Any]:
        f = self.f
        conds = list(self.key_conds)
        event_conds = list(self.event_conds)
        if f.type:
            event_conds.append(Event.type == f.type)
        if f.article:
            event_conds.append(
                Event.id.in_(select(Mention.event_id).where(Mention.article_id == f.article))
            )
        if f.q:
            clause = search.matching_ids_clause(self.dialect, f.q)
            if clause is not None:
                event_conds.append(clause)
        if after is not None:
            conds.append(tuple_(*self.key()) > _position(after))
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
    b.key_conds.append(b.sort_date < UNDATED)
    if lo is not None:
        b.key_conds.append(b.sort_date >= lo)
    if hi is not None:
        b.key_conds.append(b.sort_date <= hi)
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
    branches: Sequence[_Branch], *, after: Position | None, limit: int | None
) -> tuple[Select[Any], Any]:
    """The branches' rows in timeline order (each branch stops at `limit`), and the
    subquery's columns. One branch needs no union."""
    if len(branches) == 1:
        sub = branches[0].select(after=after).subquery("m")
        return select(sub.c.id, sub.c.sort_date, sub.c.precision_rank), sub
    parts = []
    for i, b in enumerate(branches):
        stmt = b.select(after=after)
        if limit is not None:
            stmt = stmt.order_by(*b.key()).limit(limit)
        sub = stmt.subquery(f"b{i}")
        parts.append(select(sub.c.id, sub.c.sort_date, sub.c.precision_rank))
    u = union_all(*parts).subquery("m")
    return select(u.c.id, u.c.sort_date, u.c.precision_rank), u


def _driver(session: Session, actors: Sequence[str]) -> str | None:
    if not actors:
        return None
    if len(actors) == 1:
        return actors[0]
    rows = session.execute(
        select(Actor.id, Actor.events_count).where(Actor.id.in_(list(actors)))
    ).all()
    counts = {r.id: r.events_count for r in rows}
    return min(actors, key=lambda a: (counts.get(a, 0), a))


def _position(pos: Position) -> ColumnElement[Any]:
    return tuple_(literal(pos.sort_date), literal(pos.precision_rank), literal(pos.id))


def list_events(
    session: Session,
    f: EventFilter,
    *,
    limit: int,
    after: Position | None = None,
    with_total: bool = True,
    total: int | None = None,
) -> EventPage:
    """One keyset page of the filtered timeline, with its actors and sources.

    `total`, when the caller knows it (the cursor carries the first page's), is not
    counted again; otherwise precomputed counts answer where they can (see _known_total).
    """
    driver = _driver(session, f.actors)
    branches = _branches(session, f, driver)
    words_only = _words_only(f)
    if words_only and total is None and with_total:
        total = _count_words(session, f)
    if len(branches) == 1:
        b = branches[0]
        stmt = b.select(after=after, ids_only=True).order_by(*b.key()).limit(limit + 1)
        dialect = session.get_bind().dialect.name
        if (
            words_only
            and dialect == "sqlite"
            and total is not None
            and total * DENSE_MATCHES >= count_events(session)
        ):
            stmt = _walk_timeline(f, after, limit + 1)
        ids = list(session.scalars(stmt))
    else:
        rows, sub = _union(branches, after=after, limit=limit + 1)
        ordered = rows.order_by(sub.c.sort_date, sub.c.precision_rank, sub.c.id)
        ids = [r.id for r in session.execute(ordered.limit(limit + 1))]
    more = len(ids) > limit
    ids = ids[:limit]
    events = load_events(session, ids)
    if not with_total:
        total = 0
    elif total is None:
        total = _known_total(session, f)
        if total is None:
            total = _count(session, branches)
    nxt = events[-1].position if more and events else None
    return EventPage(events=events, next=nxt, total=total)


# Above 1 match in DENSE_MATCHES events, a words-only page walks the timeline index.
DENSE_MATCHES = 200


def _walk_timeline(f: EventFilter, after: Position | None, n: int) -> Select[Any]:
    """SQLite, words only, many matches: walk ix_events_timeline in order, testing each event
    against the materialised match list, and stop after a page (the planner's own choice
    looks up and sorts every match)."""
    sort_date = literal_column("events.sort_date", Date)
    rank = literal_column("events.precision_rank", Integer)
    ident = literal_column("events.id", String)
    stmt = select(ident).select_from(text("events INDEXED BY ix_events_timeline"))
    clause = search.matching_ids_clause("sqlite", f.q or "")
    if clause is not None:
        stmt = stmt.where(clause)
    if after is not None:
        stmt = stmt.where(tuple_(sort_date, rank, ident) > _position(after))
    return stmt.order_by(sort_date, rank, ident).limit(n)


def _words_only(f: EventFilter) -> bool:
    return bool(f.q) and not (f.actors or f.date_from or f.date_to or f.type or f.article)


def _count_words(session: Session, f: EventFilter) -> int | None:
    """Matches of a words-only filter, counted in the full-text index alone (each event
    has exactly one event_search row, written and deleted with it by app.db.derived and
    ingest), instead of looking up every matching event."""
    found = search.fts_match_sql(session.get_bind().dialect.name, f.q or "")
    if found is None:
        return None
    sql, params = found
    return int(
        session.scalar(text(f"SELECT count(*) FROM ({sql}) AS matches"), params)  # noqa: S608
        or 0
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
    if f.date_from or f.date_to or f.q or f.type or f.article or len(f.actors) > 1:
        return None
    if f.actors:
        return session.scalar(select(Actor.events_count).where(Actor.id == f.actors[0])) or 0
    return count_events(session)


def count_events(session: Session) -> int:
    """All events: the histogram's months plus the undated ones (an index range)."""
    dated = select(func.coalesce(func.sum(MonthCount.count), 0)).scalar_subquery()
    undated = (
        select(func.count()).select_from(Event).where(Event.sort_date == UNDATED)
    ).scalar_subquery()
    return int(session.scalar(select(dated + undated)) or 0)


def load_events(session: Session, ids: Sequence[str]) -> list[EventItem]:
    """Events by id, in the given order, with actors and sources: three statements."""
    if not ids:
        return []
    rows = session.execute(
        select(
            Event.id,
            Event.title,
            Event.type,
            Event.planned,
            Event.date_start,
            Event.date_end,
            Event.date_precision,
            Event.date_text,
            Event.date_how,
            Event.sort_date,
            Event.precision_rank,
            Event.sources_count,
            Event.disagreement,
        ).where(Event.id.in_(list(ids)))
    ).all()
    actors = _actors_of(session, ids)
    sources = _sources_of(session, ids)
    # Rows unpacked as tuples (attribute access on each Row costs more than the SQL here).
    by_id = {
        eid: EventItem(
            eid,
            title,
            type_,
            bool(planned),
            start,
            end,
            precision,
            date_text,
            date_how,
            sort_date,
            rank,
            n_sources,
            list(disagreement or []),
            actors.get(eid, []),
            sources.get(eid, []),
        )
        for (
            eid,
            title,
            type_,
            planned,
            start,
            end,
            precision,
            date_text,
            date_how,
            sort_date,
            rank,
            n_sources,
            disagreement,
        ) in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _actors_of(session: Session, ids: Sequence[str]) -> dict[str, list[ActorRef]]:
    rows = session.execute(
        select(EventActor.event_id, Actor.id, Actor.name, Actor.name_ru, Actor.kind)
        .join(Actor, Actor.id == EventActor.actor_id)
        .where(EventActor.event_id.in_(list(ids)))
        .order_by(EventActor.event_id, Actor.events_count.desc(), Actor.id)
    ).all()
    out: dict[str, list[ActorRef]] = defaultdict(list)
    for event_id, actor_id, name, name_ru, kind in rows:
        out[event_id].append(ActorRef(actor_id, name, name_ru, kind))
    return out


def _sources_of(session: Session, ids: Sequence[str]) -> dict[str, list[SourceRef]]:
    rows = session.execute(
        select(
            Mention.event_id,
            Mention.id,
            Mention.article_id,
            Mention.quote,
            Mention.sent_start,
            Mention.sent_end,
            Mention.date_text,
            Mention.date_text_start,
            Mention.date_text_end,
            Mention.date_start,
            Mention.date_end,
            Mention.date_precision,
            Mention.date_how,
            Mention.planned,
            Mention.actor_spans,
            Article.file,
            Article.title,
            Article.outlet,
            Article.published,
            Article.published_how,
        )
        .join(Article, Article.id == Mention.article_id)
        .where(Mention.event_id.in_(list(ids)))
        # NULLS LAST on both backends (SQLite and PostgreSQL differ by default).
        .order_by(
            Mention.event_id, Article.published.asc().nulls_last(), Mention.article_id, Mention.id
        )
    ).all()
    out: dict[str, list[SourceRef]] = defaultdict(list)
    for (
        event_id,
        mention_id,
        article_id,
        quote,
        sent_start,
        sent_end,
        date_text,
        date_text_start,
        date_text_end,
        date_start,
        date_end,
        date_precision,
        date_how,
        planned,
        actor_spans,
        file,
        title,
        outlet,
        published,
        published_how,
    ) in rows:
        out[event_id].append(
            SourceRef(
                mention_id,
                article_id,
                file,
                title,
                outlet,
                published,
                published_how,
                quote,
                sent_start,
                sent_end,
                date_text,
                date_text_start,
                date_text_end,
                date_start,
                date_end,
                date_precision,
                date_how,
                bool(planned),
                list(actor_spans or []),
            )
        )
    return out


# --------------------------------------------------------------------------- one event


def resolve_event_id(session: Session, event_id: str) -> tuple[str | None, bool]:
    """(current id, redirected?) of an event id; (None, False) when it names nothing."""
    if session.scalar(select(Event.id).where(Event.id == event_id)) is not None:
        return event_id, False
    current = event_id
    for _ in range(MAX_REDIRECT_HOPS):
        nxt = session.scalar(select(EventRedirect.new_id).where(EventRedirect.old_id == current))
        if nxt is None:
            return None, False
        if session.scalar(select(Event.id).where(Event.id == nxt)) is not None:
            return nxt, True
        current = nxt
    return None, False


def get_event(session: Session, event_id: str) -> EventItem | None:
    found = load_events(session, [event_id])
    return found[0] if found else None


def neighbours(session: Session, pos: Position) -> tuple[str | None, str | None]:
    """Ids of the previous and next events in the whole timeline."""
    key = tuple_(Event.sort_date, Event.precision_rank, Event.id)
    here = _position(pos)
    prev = session.scalar(
        select(Event.id)
        .where(key < here)
        .order_by(Event.sort_date.desc(), Event.precision_rank.desc(), Event.id.desc())
        .limit(1)
    )
    nxt = session.scalar(
        select(Event.id)
        .where(key > here)
        .order_by(Event.sort_date, Event.precision_rank, Event.id)
        .limit(1)
    )
    return prev, nxt


# --------------------------------------------------------------------------- histogram


def _month_expr(dialect: str, col: Any) -> ColumnElement[str]:
    if dialect == "postgresql":
        return func.to_char(col, "YYYY-MM")
    return func.strftime("%Y-%m", col)


def month_histogram(session: Session, f: EventFilter) -> list[tuple[str, int]]:
    """Events per "YYYY-MM" month (by sort date), precomputed when nothing is filtered."""
    if f.is_empty:
        rows = session.execute(
            select(MonthCount.month, MonthCount.count).order_by(MonthCount.month)
        ).tuples()
        return [(month, n) for month, n in rows if n]
    driver = _driver(session, f.actors)
    _, sub = _union(_branches(session, f, driver), after=None, limit=None)
    month = _month_expr(session.get_bind().dialect.name, sub.c.sort_date).label("month")
    grouped = (
        select(month, func.count().label("n"))
        .select_from(sub)
        .where(sub.c.sort_date != UNDATED)
        .group_by(month)
        .order_by(month)
    )
    return [(r.month, r.n) for r in session.execute(grouped)]


# --------------------------------------------------------------------------- actors


def list_actors(
    session: Session, *, text: str | None = None, limit: int | None = None
) -> list[ActorCount]:
    """Actors, most events first; `text` filters English/Russian names (case-insensitive)."""
    stmt = select(Actor.id, Actor.name, Actor.name_ru, Actor.kind, Actor.events_count)
    if text:
        like = f"%{text.strip().lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(Actor.name).like(like),
                func.lower(Actor.name_ru).like(like),
                Actor.id.like(like),
            )
        )
    stmt = stmt.order_by(Actor.events_count.desc(), Actor.name)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        ActorCount(r.id, r.name, r.name_ru, r.kind, r.events_count) for r in session.execute(stmt)
    ]


def actors_by_id(session: Session, ids: Sequence[str]) -> list[ActorCount]:
    if not ids:
        return []
    rows = session.execute(
        select(Actor.id, Actor.name, Actor.name_ru, Actor.kind, Actor.events_count).where(
            Actor.id.in_(list(ids))
        )
    ).all()
    by_id = {r.id: ActorCount(r.id, r.name, r.name_ru, r.kind, r.events_count) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def get_actor(session: Session, actor_id: str) -> ActorFull | None:
    found = actors_by_id(session, [actor_id])
    if not found:
        return None
    aliases = list(
        session.scalars(
            select(ActorAlias.alias)
            .where(ActorAlias.actor_id == actor_id)
            .order_by(ActorAlias.alias)
        )
    )
    return ActorFull(actor=found[0], aliases=aliases)


def event_types(session: Session) -> list[str]:
    """The distinct event types, by a skip scan of ix_events_type_timeline: one index probe
    per type (a recursive CTE on both backends) instead of reading every event."""
    nxt = select(func.min(Event.type)).scalar_subquery()
    seed = select(nxt.label("t")).cte("types", recursive=True)
    step = select(
        select(func.min(Event.type)).where(Event.type > seed.c.t).scalar_subquery()
    ).where(seed.c.t.is_not(None))
    types = seed.union_all(step)
    found = select(types.c.t).where(types.c.t.is_not(None)).order_by(types.c.t)
    return list(session.scalars(found))


# --------------------------------------------------------------------------- articles

_HEAD_COLUMNS = (
    Article.id,
    Article.file,
    Article.title,
    Article.outlet,
    Article.author,
    Article.url,
    Article.published,
    Article.published_how,
    Article.lang,
)


def _head(r: Any) -> ArticleHead:
    return ArticleHead(
        id=r.id,
        file=r.file,
        title=r.title,
        outlet=r.outlet,
        author=r.author,
        url=r.url,
        published=r.published,
        published_how=r.published_how,
        lang=r.lang,
    )


def list_articles(session: Session, *, limit: int | None = None) -> list[ArticleHead]:
    """Articles, newest first (undated last), without their text."""
    # Walks ix_articles_published (newest first, undated last) instead of sorting them all.
    stmt = select(*_HEAD_COLUMNS).order_by(Article.published.desc().nulls_last(), Article.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_head(r) for r in session.execute(stmt)]


def article_choices(session: Session, *, limit: int) -> list[tuple[str, str]]:
    """(id, title or file) of the newest articles, for the timeline's article picker."""
    stmt = (
        select(Article.id, func.coalesce(Article.title, Article.file))
        .order_by(Article.published.desc().nulls_last(), Article.id.desc())
        .limit(limit)
    )
    return [(aid, label) for aid, label in session.execute(stmt).tuples()]


def get_article(session: Session, article_id: str) -> ArticleFull | None:
    row = session.execute(
        select(*_HEAD_COLUMNS, Article.text, Article.excluded).where(Article.id == article_id)
    ).first()
    if row is None:
        return None
    mentions = [
        MentionSpan(
            id=r.id,
            event_id=r.event_id,
            event_title=r.title,
            sent_start=r.sent_start,
            sent_end=r.sent_end,
            date_text_start=r.date_text_start,
            date_text_end=r.date_text_end,
            date_text=r.date_text,
            actor_spans=list(r.actor_spans or []),
        )
        for r in session.execute(
            select(
                Mention.id,
                Mention.event_id,
                Event.title,
                Mention.sent_start,
                Mention.sent_end,
                Mention.date_text_start,
                Mention.date_text_end,
                Mention.date_text,
                Mention.actor_spans,
            )
            .join(Event, Event.id == Mention.event_id)
            .where(Mention.article_id == article_id)
            .order_by(Mention.sent_start, Mention.id)
        )
    ]
    return ArticleFull(
        head=_head(row), text=row.text, excluded=list(row.excluded or []), mentions=mentions
    )


def counts(session: Session) -> tuple[int, int]:
    """(articles, events) for /healthz."""
    articles = session.scalar(select(func.count()).select_from(Article)) or 0
    events = session.scalar(select(func.count()).select_from(Event)) or 0
    return articles, events

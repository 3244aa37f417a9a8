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

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from app.db import search
from app.db.models import (
    UNDATED,
    Actor,
    ActorAlias,
    Article,
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


def _overlap(f: EventFilter) -> list[ColumnElement[bool]]:
    """An event overlaps [from, to] iff start <= to and end >= from; null start/end are open.

    Undated events ("unknown": null..null) never match a date filter: they are not *in* any
    range. For events with a start, sort_date == start, so `start <= to` is the indexed
    `sort_date <= to`; only the open-start events ("before") need the OR branch.
    """
    conds: list[ColumnElement[bool]] = []
    if f.date_from is None and f.date_to is None:
        return conds
    conds.append(or_(Event.date_start.is_not(None), Event.date_end.is_not(None)))
    if f.date_to is not None:
        conds.append(or_(Event.sort_date <= f.date_to, Event.date_start.is_(None)))
    if f.date_from is not None:
        conds.append(or_(Event.date_end >= f.date_from, Event.date_end.is_(None)))
    return conds


def _filtered(session: Session, f: EventFilter, driver: str | None) -> tuple[Select[Any], Any]:
    """SELECT of matching event ids plus the (sort_date, rank, id) columns to order by.

    With actors, the smallest actor's event_actors rows drive the query: its primary key
    (actor_id, sort_date, precision_rank, event_id) yields that actor's events already in
    timeline order; every other actor is a primary-key lookup on the same key.
    """
    dialect = session.get_bind().dialect.name
    if driver is not None:
        ea = aliased(EventActor, name="ea0")
        key = (ea.sort_date, ea.precision_rank, ea.event_id)
        stmt = select(ea.event_id).join(Event, Event.id == ea.event_id).where(ea.actor_id == driver)
        for i, other in enumerate(a for a in f.actors if a != driver):
            eo = aliased(EventActor, name=f"ea{i + 1}")
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
        key = (Event.sort_date, Event.precision_rank, Event.id)
        stmt = select(Event.id)
    conds = _overlap(f)
    if f.type:
        conds.append(Event.type == f.type)
    if f.article:
        conds.append(Event.id.in_(select(Mention.event_id).where(Mention.article_id == f.article)))
    if f.q:
        clause = search.matching_ids_clause(dialect, f.q)
        if clause is not None:
            conds.append(clause)
    if conds:
        stmt = stmt.where(*conds)
    return stmt, key


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
    stmt, key = _filtered(session, f, driver)
    paged = stmt
    if after is not None:
        paged = paged.where(tuple_(*key) > _position(after))
    ids = list(session.scalars(paged.order_by(*key).limit(limit + 1)))
    more = len(ids) > limit
    ids = ids[:limit]
    events = load_events(session, ids)
    if not with_total:
        total = 0
    elif total is None:
        total = _known_total(session, f)
        if total is None:
            total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    nxt = events[-1].position if more and events else None
    return EventPage(events=events, next=nxt, total=total)


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
    by_id = {
        r.id: EventItem(
            id=r.id,
            title=r.title,
            type=r.type,
            planned=bool(r.planned),
            date_start=r.date_start,
            date_end=r.date_end,
            precision=r.date_precision,
            date_text=r.date_text,
            date_how=r.date_how,
            sort_date=r.sort_date,
            precision_rank=r.precision_rank,
            sources_count=r.sources_count,
            disagreement=list(r.disagreement or []),
            actors=actors.get(r.id, []),
            sources=sources.get(r.id, []),
        )
        for r in rows
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
    for r in rows:
        out[r.event_id].append(ActorRef(r.id, r.name, r.name_ru, r.kind))
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
    for r in rows:
        out[r.event_id].append(
            SourceRef(
                mention_id=r.id,
                article_id=r.article_id,
                file=r.file,
                title=r.title,
                outlet=r.outlet,
                published=r.published,
                published_how=r.published_how,
                quote=r.quote,
                sent_start=r.sent_start,
                sent_end=r.sent_end,
                date_text=r.date_text,
                date_text_start=r.date_text_start,
                date_text_end=r.date_text_end,
                date_start=r.date_start,
                date_end=r.date_end,
                date_precision=r.date_precision,
                date_how=r.date_how,
                planned=bool(r.planned),
                actor_spans=list(r.actor_spans or []),
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


def _month_expr(dialect: str) -> ColumnElement[str]:
    if dialect == "postgresql":
        return func.to_char(Event.sort_date, "YYYY-MM")
    return func.strftime("%Y-%m", Event.sort_date)


def month_histogram(session: Session, f: EventFilter) -> list[tuple[str, int]]:
    """Events per "YYYY-MM" month (by sort date), precomputed when nothing is filtered."""
    if f.is_empty:
        rows = session.execute(
            select(MonthCount.month, MonthCount.count).order_by(MonthCount.month)
        ).tuples()
        return [(month, n) for month, n in rows if n]
    driver = _driver(session, f.actors)
    stmt, _ = _filtered(session, f, driver)
    ids = stmt.subquery()
    month = _month_expr(session.get_bind().dialect.name).label("month")
    grouped = (
        select(month, func.count().label("n"))
        .where(Event.id.in_(select(ids.c[0])), Event.sort_date != UNDATED)
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
    return list(session.scalars(select(Event.type).distinct().order_by(Event.type)))


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

"""What the filters offer: the month histogram, actors with counts, event types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    bindparam,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.db import search, searchindex
from app.db.models import (
    UNDATED,
    Actor,
    ActorAlias,
    Event,
    MonthCount,
)
from app.db.queries import fastpath
from app.db.queries.records import (
    ActorCount,
    ActorFull,
    EventFilter,
)
from app.db.queries.timeline import (
    _branches,
    _driver,
    _search_walk,
    _union,
    _words_only,
    date_bounds,
)

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
    if fastpath.covered(session, f):
        bounds = date_bounds(session) if f.date_from or f.date_to else None
        return fastpath.histogram(session, f, driver, bounds)
    walk = _search_walk(session, f) if _words_only(f) else None
    if walk is not None:
        # From the matches' rowids alone (app.db.searchindex), unless one cannot tell its day.
        conn = session.connection()
        months = searchindex.month_counts(conn.connection.dbapi_connection, conn.info, walk)
        if months is not None:
            return months
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


def _name_matches(word: str) -> ColumnElement[bool]:
    """One word of an actor search: in the English or Russian name or the id, or, in any
    case form, in a lemmatised alias («Лаврову» -> stem «лавр» in «сергей лавров»)."""
    plain = f"%{word.lower()}%"
    # the same Snowball stem as full-text search, so that case endings do not matter
    stem = f"%{search._stem(word).replace('ё', 'е')}%"
    return or_(
        func.lower(Actor.name).like(plain),
        func.lower(Actor.name_ru).like(plain),
        Actor.name_ru.like(f"%{word}%"),
        Actor.id.like(plain),
        Actor.id.in_(
            select(ActorAlias.actor_id).where(
                or_(ActorAlias.alias.like(stem), ActorAlias.alias.like(plain))
            )
        ),
    )


def list_actors(
    session: Session,
    *,
    text: str | None = None,
    limit: int | None = None,
    kind: str | None = None,
    offset: int = 0,
) -> list[ActorCount]:
    """Actors, most events first; `text` keeps those whose English or Russian name or alias
    (any case form) has every word of it; `kind` keeps one kind; `offset` pages."""
    stmt = select(Actor.id, Actor.name, Actor.name_ru, Actor.kind, Actor.events_count)
    if kind:
        stmt = stmt.where(Actor.kind == kind)
    for word in search.query_words(text or "")[:4]:
        stmt = stmt.where(_name_matches(word))
    # Ties by slug, not by English name: an open-world actor has none, and SQLite and
    # PostgreSQL put NULLs at opposite ends.
    stmt = stmt.order_by(Actor.events_count.desc(), Actor.id)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        ActorCount(r.id, r.name, r.name_ru, r.kind, r.events_count) for r in session.execute(stmt)
    ]


_ACTORS_BY_ID = text(
    "SELECT id, name, name_ru, kind, events_count FROM actors WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def actors_by_id(session: Session, ids: Sequence[str]) -> list[ActorCount]:
    if not ids:
        return []
    rows: Any
    if fastpath.is_sqlite(session):
        sql = fastpath.where_in(
            "SELECT id, name, name_ru, kind, events_count FROM actors", "id", len(ids)
        )
        rows = fastpath.raw(session, sql, list(ids))
    else:
        rows = session.execute(_ACTORS_BY_ID, {"ids": list(ids)}).tuples()
    by_id = {r[0]: ActorCount(*r) for r in rows}
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

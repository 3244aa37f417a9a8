"""Events by id with their actors and sources (one batched query each), permalinks,
redirected ids and neighbours on the timeline.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    TextClause,
    bindparam,
    literal,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from app.db import lookup
from app.db.models import (
    UNDATED,
)
from app.db.queries.fastpath import driver_conn
from app.db.queries.records import (
    MAX_REDIRECT_HOPS,
    ActorRef,
    EventItem,
    Position,
    SourceRef,
    VenueRef,
)

# The page's three statements as plain SQL compiled once (text() with an expanding IN):
# building and compiling the ORM selects, and SQLAlchemy's per-value result processors
# (dates parsed by a regex, JSON decoded), cost some 20 times what SQLite spends on them.
# Values are converted here instead, for the drivers of both backends (SQLite gives ISO
# strings and JSON text, psycopg dates and decoded JSON).
_EVENTS_SQL = text(
    "SELECT e.id, e.title, e.type, e.planned, e.date_start, e.date_end, e.date_precision,"
    " e.date_text, e.date_how, e.sort_date, e.precision_rank, e.sources_count,"
    " e.disagreement, e.status, e.venue_id, v.name, v.name_ru, e.title_en"
    " FROM events e LEFT OUTER JOIN actors v ON v.id = e.venue_id"
    " WHERE e.id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_ACTORS_SQL = text(
    "SELECT ea.event_id, a.id, a.name, a.name_ru, a.kind, ea.role"
    " FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
    " WHERE ea.event_id IN :ids"
    " ORDER BY ea.event_id, a.events_count DESC, a.id"
).bindparams(bindparam("ids", expanding=True))
# NULLS LAST spelt so that both backends read it alike (they differ by default).
_SOURCES_SQL = text(
    "SELECT m.event_id, m.id, m.article_id, m.quote, m.sent_start, m.sent_end, m.date_text,"
    " m.date_text_start, m.date_text_end, m.date_start, m.date_end, m.date_precision,"
    " m.date_how, m.planned, m.actor_spans, ar.file, ar.title, ar.outlet, ar.published,"
    " ar.published_how"
    " FROM mentions m JOIN articles ar ON ar.id = m.article_id"
    " WHERE m.event_id IN :ids"
    " ORDER BY m.event_id, CASE WHEN ar.published IS NULL THEN 1 ELSE 0 END, ar.published,"
    " m.article_id, m.id"
).bindparams(bindparam("ids", expanding=True))


def _rows(session: Session, stmt: TextClause, params: dict[str, Any], driver: bool) -> Any:
    if driver:
        return lookup.rows(session, stmt, params)
    return session.execute(stmt, params).all()


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _doc(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def load_events(
    session: Session, ids: Sequence[str], *, driver: bool = False
) -> list[EventItem]:
    """Events by id, in the given order, with actors and sources: three statements.

    `driver`: run them through `lookup.rows` (on SQLite the same text on the session's
    sqlite3 connection, no result machinery: the same values, as untyped text columns
    give them either way); the store step's cards rebuild asks for it."""
    if not ids:
        return []
    wanted = list(ids)
    rows = _rows(session, _EVENTS_SQL, {"ids": wanted}, driver)
    actors = _actors_of(session, wanted, driver)
    sources = _sources_of(session, wanted, driver)
    # Rows unpacked as tuples (attribute access on each Row costs more than the SQL here).
    by_id = {
        eid: EventItem(
            eid,
            title,
            type_,
            bool(planned),
            _day(start),
            _day(end),
            precision,
            date_text,
            date_how,
            _day(sort_date) or UNDATED,
            rank,
            n_sources,
            list(_doc(disagreement) or []),
            actors.get(eid, []),
            sources.get(eid, []),
            status,
            # A place the actors table lacks is still shown, by its id.
            VenueRef(venue_id, venue_name, venue_ru or venue_id) if venue_id else None,
            title_en,
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
            status,
            venue_id,
            venue_name,
            venue_ru,
            title_en,
        ) in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _actors_of(
    session: Session, ids: list[str], driver: bool = False
) -> dict[str, list[ActorRef]]:
    rows = _rows(session, _ACTORS_SQL, {"ids": ids}, driver)
    out: dict[str, list[ActorRef]] = defaultdict(list)
    for event_id, actor_id, name, name_ru, kind, role in rows:
        out[event_id].append(ActorRef(actor_id, name, name_ru, kind, role))
    return out


def _sources_of(
    session: Session, ids: list[str], driver: bool = False
) -> dict[str, list[SourceRef]]:
    rows = _rows(session, _SOURCES_SQL, {"ids": ids}, driver)
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
                _day(published),
                published_how,
                quote,
                sent_start,
                sent_end,
                date_text,
                date_text_start,
                date_text_end,
                _day(date_start),
                _day(date_end),
                date_precision,
                date_how,
                bool(planned),
                list(_doc(actor_spans) or []),
            )
        )
    return out


# --------------------------------------------------------------------------- one event


_EVENT_EXISTS = text("SELECT id FROM events WHERE id = :id")
_REDIRECT = text("SELECT new_id FROM event_redirects WHERE old_id = :id")
# Row-value comparisons (SQLite >= 3.15 and PostgreSQL), each one step of ix_events_timeline.
_PREV = text(
    "SELECT id FROM events WHERE (sort_date, precision_rank, id) < (:d, :r, :id)"
    " ORDER BY sort_date DESC, precision_rank DESC, id DESC LIMIT 1"
).bindparams(bindparam("d", type_=Date), bindparam("r", type_=Integer))
_NEXT = text(
    "SELECT id FROM events WHERE (sort_date, precision_rank, id) > (:d, :r, :id)"
    " ORDER BY sort_date, precision_rank, id LIMIT 1"
).bindparams(bindparam("d", type_=Date), bindparam("r", type_=Integer))


def resolve_event_id(session: Session, event_id: str) -> tuple[str | None, bool]:
    """(current id, redirected?) of an event id; (None, False) when it names nothing."""
    if session.scalar(_EVENT_EXISTS, {"id": event_id}) is not None:
        return event_id, False
    current = event_id
    for _ in range(MAX_REDIRECT_HOPS):
        nxt = session.scalar(_REDIRECT, {"id": current})
        if nxt is None:
            return None, False
        if session.scalar(_EVENT_EXISTS, {"id": nxt}) is not None:
            return str(nxt), True
        current = str(nxt)
    return None, False


def get_event(session: Session, event_id: str) -> EventItem | None:
    found = load_events(session, [event_id])
    return found[0] if found else None


def neighbours(session: Session, pos: Position) -> tuple[str | None, str | None]:
    """Ids of the previous and next events in the whole timeline."""
    if session.get_bind().dialect.name == "sqlite":
        # Both steps in one statement on the request's driver connection (two statements
        # through SQLAlchemy cost more than the index steps themselves).
        return neighbours_sqlite(driver_conn(session), pos)
    here = {"d": pos.sort_date, "r": pos.precision_rank, "id": pos.id}
    return session.scalar(_PREV, here), session.scalar(_NEXT, here)


def neighbours_sqlite(conn: Any, pos: Position) -> tuple[str | None, str | None]:
    """`neighbours` on a sqlite3 connection."""
    args = (pos.sort_date.isoformat(), pos.precision_rank, pos.id)
    got = dict(conn.execute(_NEIGHBOURS_SQLITE, args))
    return got.get("p"), got.get("n")


_NEIGHBOURS_SQLITE = (
    "SELECT 'p', id FROM (SELECT id FROM events"
    " WHERE (sort_date, precision_rank, id) < (?1, ?2, ?3)"
    " ORDER BY sort_date DESC, precision_rank DESC, id DESC LIMIT 1)"
    " UNION ALL SELECT 'n', id FROM (SELECT id FROM events"
    " WHERE (sort_date, precision_rank, id) > (?1, ?2, ?3)"
    " ORDER BY sort_date, precision_rank, id LIMIT 1)"
)


def _position(pos: Position) -> ColumnElement[Any]:
    return tuple_(literal(pos.sort_date), literal(pos.precision_rank), literal(pos.id))

"""Keeping derived data in step with events: actor links, counts, histogram, search text.

Every writer of events (ingest's store step, the benchmark filler, test factories) goes
through these functions, so that pages can trust precomputed numbers instead of counting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache

from sqlalchemy import (
    Date,
    TextClause,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from app.db import search, sqlite_writes
from app.db.models import (
    PRECISION_RANK,
    UNDATED,
    Actor,
    Event,
    EventActor,
    Mention,
    MonthCount,
)


def sort_key(start: dt.date | None, end: dt.date | None, precision: str) -> tuple[dt.date, int]:
    """(sort_date, precision_rank) of a date interval: by start, else end; finest first."""
    return (start or end or UNDATED, PRECISION_RANK.get(precision, PRECISION_RANK["unknown"]))


def month_key(d: dt.date) -> str | None:
    return None if d == UNDATED else f"{d.year:04d}-{d.month:02d}"


def set_event_actors(
    session: Session,
    event: Event,
    actor_ids: Iterable[str],
    roles: Mapping[str, str] | None = None,
    *,
    flush: bool = True,
) -> None:
    """Replace the event's actor links, copying its sort key into each link row (and the
    actor's role, participant unless `roles` says otherwise). `flush=False`: the caller
    knows the event's row is stored under its id (its other columns may still be pending:
    the links take the sort key from the object, not the row)."""
    # The event's row flushed first (as the ORM's bulk DELETE's autoflush did), then the
    # DELETE and one multi-row INSERT on the session's connection: no ORM statement or
    # object per link (their machinery cost more than the statements).
    if flush:
        session.flush()
    if session.get_bind().dialect.name == "sqlite":
        # The DELETE and the INSERT on the driver's connection (sqlite_writes.py).
        sqlite_writes.driver(session).execute(_DELETE_LINKS_SQLITE, (event.id,))
    else:
        session.connection().execute(_DELETE_LINKS, {"id": event.id})
    rows = [
        {
            "actor_id": actor_id,
            "sort_date": event.sort_date,
            "precision_rank": event.precision_rank,
            "event_id": event.id,
            "role": (roles or {}).get(actor_id, "participant"),
        }
        for actor_id in sorted(set(actor_ids))
    ]
    sqlite_writes.insert_many(session, EventActor.__table__, rows)


_DELETE_LINKS = delete(EventActor).where(EventActor.event_id == bindparam("id"))
_DELETE_LINKS_SQLITE = "DELETE FROM event_actors WHERE event_actors.event_id = ?"


def recount_actors(session: Session, actor_ids: Iterable[str]) -> None:
    ids = sorted(set(actor_ids))
    if not ids:
        return
    # On the session's connection after a flush, as the ORM's bulk UPDATE did (it
    # synchronised nothing): the statement built once.
    session.flush()
    conn = session.connection()
    for chunk in _chunks(ids, 500):
        conn.execute(_RECOUNT_ACTORS, {"ids": chunk})


_RECOUNT_ACTORS = (
    update(Actor)
    .where(Actor.id.in_(bindparam("ids", expanding=True)))
    .values(
        events_count=select(func.count())
        .select_from(EventActor)
        .where(EventActor.actor_id == Actor.id)
        .scalar_subquery()
    )
)


def recount_months(session: Session, months: Iterable[str | None]) -> None:
    """Recount the histogram bars of these months ("YYYY-MM") from the timeline index: one
    statement counts them all (a range of the timeline index per month), one reads their
    stored bars, and at most one each inserts, updates and deletes what changed."""
    session.flush()
    wanted = sorted({m for m in months if m})
    if not wanted:
        return
    conn = session.connection()
    counted: dict[str, int] = {}
    # Chunks: SQLite allows 500 terms in one compound SELECT.
    for chunk in _chunks(wanted, MONTHS_PER_COUNT):
        params: dict[str, dt.date] = {}
        for i, month in enumerate(chunk):
            year, mon = int(month[:4]), int(month[5:7])
            params[f"a{i}"] = dt.date(year, mon, 1)
            params[f"b{i}"] = dt.date(year + (mon == 12), mon % 12 + 1, 1)
        counts = dict(conn.execute(_count_months(len(chunk)), params).tuples().all())
        counted.update((m, int(counts[i])) for i, m in enumerate(chunk))
    stored = {str(m): int(n) for m, n in conn.execute(_STORED_MONTHS, {"months": wanted})}
    added = [{"month": m, "count": counted[m]} for m in wanted if counted[m] and m not in stored]
    changed = [
        {"m": m, "count": counted[m]}
        for m in wanted
        if counted[m] and m in stored and stored[m] != counted[m]
    ]
    emptied = [m for m in wanted if not counted[m] and m in stored]
    if added:
        conn.execute(insert(MonthCount), added)
    if changed:
        conn.execute(_UPDATE_MONTH, changed)
    if emptied:
        conn.execute(_DELETE_MONTHS, {"months": emptied})


MONTHS_PER_COUNT = 200


@lru_cache(maxsize=64)
def _count_months(n: int) -> TextClause:
    """The counts of `n` months' events by sort date in one statement, each month's a
    range of the timeline index, numbered 0..n-1 (this module's own text: no value)."""
    one = (
        "SELECT {i} AS k, (SELECT count(*) FROM events WHERE events.sort_date >= :a{i}"
        " AND events.sort_date < :b{i}) AS n"
    )
    sql = " UNION ALL ".join(one.format(i=i) for i in range(n))
    return text(sql).bindparams(*(bindparam(f"{k}{i}", type_=Date) for i in range(n) for k in "ab"))


_STORED_MONTHS = text(
    "SELECT month_counts.month, month_counts.count FROM month_counts"
    " WHERE month_counts.month IN :months"
).bindparams(bindparam("months", expanding=True))
_UPDATE_MONTH = text("UPDATE month_counts SET count = :count WHERE month_counts.month = :m")
_DELETE_MONTHS = text("DELETE FROM month_counts WHERE month IN :months").bindparams(
    bindparam("months", expanding=True)
)


def recount_sources(session: Session, event: Event) -> None:
    event.sources_count = (
        session.scalar(
            select(func.count(func.distinct(Mention.article_id))).where(
                Mention.event_id == event.id
            )
        )
        or 0
    )


def index_event(
    session: Session, event: Event, quotes: Iterable[str], names: Iterable[str]
) -> None:
    """(Re)write the event's full-text entry: title, evidence quotes and actor names."""
    content = "\n".join([event.title, *quotes, *names])
    search.upsert_search(session, event.id, content, event.sort_date, event.precision_rank)


def _chunks(items: list[str], n: int) -> Iterable[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]

"""The commonest timeline page on SQLite as plain SQL text: actors and dates, nothing else.

`timeline.page_ids` builds its statements with SQLAlchemy's expression language, and for
a page whose SQL takes a millisecond, building them and computing their cache keys took
several times that. This module writes the same index ranges (timeline._branches: the
same four ranges, the same indexes, the same order) as SQL text, executed on the
request's DBAPI connection inside its snapshot transaction. It answers only what it
covers (SQLite; actors and/or dates; no words, type, status or article) and returns None
otherwise, the general path then answering. tests/web/test_fastpath.py checks both paths
give the same ids and totals.
"""

# Every value is a bound parameter (_SQL.p); the text holds only this module's own names.
# ruff: noqa: S608
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.db.models import UNDATED
from app.db.queries.records import EventFilter, Position

_UNDATED = UNDATED.isoformat()


def _minus_days(d: dt.date, days: int) -> str:
    try:
        return (d - dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return dt.date.min.isoformat()


class _SQL:
    """Parameters collected as one statement is written (named `p0`, `p1`...)."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def p(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return ":" + name

    def ps(self, values: list[Any]) -> str:
        return ", ".join(self.p(v) for v in values)


def covered(session: Session, f: EventFilter) -> bool:
    return (
        session.get_bind().dialect.name == "sqlite"
        and not (f.q or f.type or f.status or f.article)
        and bool(f.actors or f.date_from or f.date_to)
    )


def driver_conn(session: Session) -> Any:
    """The request's sqlite3 connection, inside the session's (snapshot) transaction."""
    return session.connection().connection.dbapi_connection


def is_sqlite(session: Session) -> bool:
    return bool(session.get_bind().dialect.name == "sqlite")


def marks(n: int) -> str:
    """`?, ?, ...` for an IN list of n values."""
    return ",".join("?" * n)


def where_in(select: str, column: str, n: int) -> str:
    """`select` (this package's own text) WHERE column IN n placeholders."""
    return f"{select} WHERE {column} IN ({marks(n)})"


def raw(session: Session, sql: str, params: Any = ()) -> Any:
    """Rows of `sql` (qmark style) on the request's sqlite3 connection: the small lookups
    every page makes cost several times more through SQLAlchemy's statement and result
    machinery than in SQLite."""
    return driver_conn(session).execute(sql, params)


def _branch(
    s: _SQL,
    f: EventFilter,
    driver: str | None,
    by_actor: bool,
    key_conds: list[str],
    event_conds: list[str],
) -> tuple[str, str]:
    """(FROM ... WHERE ..., the key's column prefix) of one index range; key_conds use
    `{k}` for the key's table alias ("ea" or "e")."""
    by_actor = by_actor and driver is not None
    k = "ea" if by_actor else "e"
    conds = [c.format(k=k) for c in key_conds]
    if by_actor:
        sql = "FROM event_actors ea"
        conds.insert(0, f"ea.actor_id = {s.p(driver)}")
        if event_conds:
            sql += " JOIN events e ON e.id = ea.event_id"
        for i, other in enumerate(a for a in f.actors if a != driver):
            sql += (
                f" JOIN event_actors eo{i} ON eo{i}.actor_id = {s.p(other)}"
                f" AND eo{i}.sort_date = ea.sort_date AND eo{i}.precision_rank = ea.precision_rank"
                f" AND eo{i}.event_id = ea.event_id"
            )
    else:
        sql = "FROM events e"
        for actor in f.actors:
            conds.append(
                "EXISTS (SELECT 1 FROM event_actors eo WHERE eo.actor_id = "
                f"{s.p(actor)} AND eo.sort_date = e.sort_date"
                " AND eo.precision_rank = e.precision_rank AND eo.event_id = e.id)"
            )
    conds += event_conds
    where = " WHERE " + " AND ".join(conds) if conds else ""
    return sql + where, k


def _ranges(s: _SQL, f: EventFilter, driver: str | None, bounds: Any) -> list[tuple[str, str]]:
    lo, hi = f.date_from, f.date_to
    if lo is None and hi is None:
        return [_branch(s, f, driver, True, [], [])]
    out = []
    if lo is not None:
        if bounds.open_end:
            ranks = s.ps(sorted(bounds.open_end))
            out.append(
                _branch(
                    s,
                    f,
                    driver,
                    False,
                    [
                        f"{{k}}.sort_date < {s.p(lo.isoformat())}",
                        f"{{k}}.precision_rank IN ({ranks})",
                    ],
                    ["e.date_start IS NOT NULL", "e.date_end IS NULL"],
                )
            )
        reach = {r: d for r, d in bounds.closed.items() if d > 0}
        if reach and driver is not None:
            # One range per precision on the actor's (actor, precision, date) index: the
            # longest reach (a year, for year-precision events) no longer scans every
            # event of the actor's year before `from`, only those of that precision.
            for r, d in sorted(reach.items()):
                out.append(
                    _branch(
                        s,
                        f,
                        driver,
                        True,
                        [
                            f"{{k}}.precision_rank = {s.p(r)}",
                            f"{{k}}.sort_date >= {s.p(_minus_days(lo, d))}",
                            f"{{k}}.sort_date < {s.p(lo.isoformat())}",
                        ],
                        ["e.date_start IS NOT NULL", f"e.date_end >= {s.p(lo.isoformat())}"],
                    )
                )
        elif reach:
            alts = " OR ".join(
                f"({{k}}.precision_rank = {s.p(r)}"
                f" AND {{k}}.sort_date >= {s.p(_minus_days(lo, d))})"
                for r, d in sorted(reach.items())
            )
            out.append(
                _branch(
                    s,
                    f,
                    driver,
                    True,
                    [
                        f"{{k}}.sort_date < {s.p(lo.isoformat())}",
                        f"{{k}}.sort_date >= {s.p(_minus_days(lo, max(reach.values())))}",
                        f"({alts})",
                    ],
                    ["e.date_start IS NOT NULL", f"e.date_end >= {s.p(lo.isoformat())}"],
                )
            )
    conds = []
    if lo is not None:
        conds.append(f"{{k}}.sort_date >= {s.p(lo.isoformat())}")
    # One upper bound only: given two on one column, SQLite's planner uses one of them for
    # the index range, and `< UNDATED` read every later event of the actor.
    if hi is not None and hi < UNDATED:
        conds.append(f"{{k}}.sort_date <= {s.p(hi.isoformat())}")
    else:
        conds.append(f"{{k}}.sort_date < {s.p(_UNDATED)}")
    out.append(_branch(s, f, driver, True, conds, []))
    if hi is not None and bounds.open_start:
        event_conds = []
        if bounds.open_start & (set(bounds.closed) | bounds.open_end):
            event_conds = ["e.date_start IS NULL", "e.date_end IS NOT NULL"]
        out.append(
            _branch(
                s,
                f,
                driver,
                True,
                [
                    f"{{k}}.sort_date > {s.p(hi.isoformat())}",
                    f"{{k}}.sort_date < {s.p(_UNDATED)}",
                    f"{{k}}.precision_rank IN ({s.ps(sorted(bounds.open_start))})",
                ],
                event_conds,
            )
        )
    return out


def _key(k: str) -> str:
    ident = "ea.event_id" if k == "ea" else "e.id"
    return f"{k}.sort_date, {k}.precision_rank, {ident}"


def _page_sql(
    s: _SQL, ranges: list[tuple[str, str]], *, limit: int, after: Position | None, newest: bool
) -> str:
    """SELECT id, sd, pr of up to limit + 1 events after `after`, in timeline order."""
    parts = []
    for frm, k in ranges:
        key = _key(k)
        where = frm
        if after is not None:
            op = "<" if newest else ">"
            pos = s.ps([after.sort_date.isoformat(), after.precision_rank, after.id])
            where += (" AND " if " WHERE " in frm else " WHERE ") + f"({key}) {op} ({pos})"
        order = ", ".join(c + (" DESC" if newest else "") for c in key.split(", "))
        ident = "ea.event_id" if k == "ea" else "e.id"
        parts.append(
            f"SELECT {ident} AS id, {k}.sort_date AS sd, {k}.precision_rank AS pr {where}"
            f" ORDER BY {order} LIMIT {s.p(limit + 1)}"
        )
    if len(parts) == 1:
        return parts[0]
    union = " UNION ALL ".join(f"SELECT * FROM ({p})" for p in parts)
    return f"SELECT id, sd, pr FROM ({union}) ORDER BY {_order(newest)} LIMIT {s.p(limit + 1)}"


def _order(newest: bool, prefix: str = "") -> str:
    return ", ".join(prefix + c + (" DESC" if newest else "") for c in ("sd", "pr", "id"))


def _count_sql(ranges: list[tuple[str, str]]) -> str:
    return "SELECT " + " + ".join(f"(SELECT count(*) {frm})" for frm, _k in ranges)


def page_ids(
    session: Session,
    f: EventFilter,
    driver: str | None,
    bounds: Any,
    *,
    limit: int,
    after: Position | None,
    newest: bool,
) -> list[str]:
    """Up to limit + 1 ids of the page after `after`, in timeline order (or backwards)."""
    s = _SQL()
    sql = _page_sql(s, _ranges(s, f, driver, bounds), limit=limit, after=after, newest=newest)
    return [r[0] for r in driver_conn(session).execute(sql, s.params)]


# What a page reads of each event's stored card (app.db.cards): the API's JSON as the
# bytes stored (no decoding and encoding again), or the timeline row's fields.
CARD_BODY = "CAST(c.body AS BLOB)"
CARD_ITEM = "c.item"
# ... or its stored row of HTML in one UI language (app.render.rows).
CARD_ROW = {"en": "c.row_en", "ru": "c.row_ru"}
# ... or that row's UTF-8 bytes as stored: a page answered as bytes neither decodes its rows
# (~50 KB of mostly Cyrillic text) nor encodes them again.
CARD_ROW_BYTES = {"en": "CAST(c.row_en AS BLOB)", "ru": "CAST(c.row_ru AS BLOB)"}


def page_cards(
    session: Session,
    f: EventFilter,
    driver: str | None,
    bounds: Any,
    *,
    limit: int,
    after: Position | None,
    newest: bool,
    column: str,
    with_count: bool,
) -> tuple[list[tuple[str, str, int, Any]], int | None]:
    """(id, sort date, precision rank, the card's `column` or None when no card is stored)
    of up to limit + 1 events, the page's ids and their cards in one statement; and with
    `with_count`, the count of all matches (None otherwise)."""
    s = _SQL()
    ranges = _ranges(s, f, driver, bounds)
    page = _page_sql(s, ranges, limit=limit, after=after, newest=newest)
    sql = (
        f"SELECT p.id, p.sd, p.pr, {column} FROM ({page}) AS p"
        f" LEFT JOIN event_cards c ON c.event_id = p.id ORDER BY {_order(newest, 'p.')}"
    )
    conn = driver_conn(session)
    rows = conn.execute(sql, s.params).fetchall()
    total = None
    if with_count:
        # Unused names in the mapping (the page's own) are ignored by sqlite3.
        total = int(conn.execute(_count_sql(ranges), s.params).fetchone()[0] or 0)
    return rows, total


def count(session: Session, f: EventFilter, driver: str | None, bounds: Any) -> int:
    """All matches: the sum of each range's count, in one statement."""
    s = _SQL()
    row = driver_conn(session).execute(_count_sql(_ranges(s, f, driver, bounds)), s.params)
    return int(row.fetchone()[0] or 0)


def histogram(
    session: Session, f: EventFilter, driver: str | None, bounds: Any
) -> list[tuple[str, int]]:
    """Matches per "YYYY-MM" month of their sort dates (undated ones left out)."""
    s = _SQL()
    parts = [f"SELECT {k}.sort_date AS sd {frm}" for frm, k in _ranges(s, f, driver, bounds)]
    union = " UNION ALL ".join(parts)
    sql = (
        f"SELECT substr(sd, 1, 7) AS month, count(*) FROM ({union})"
        f" WHERE sd <> {s.p(_UNDATED)} GROUP BY month ORDER BY month"
    )
    return [(m, n) for m, n in driver_conn(session).execute(sql, s.params)]

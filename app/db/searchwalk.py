"""SQLite: a page of a words-only search, walked in timeline order through the FTS5 index.

The full-text rowids are timeline keys (app.db.searchkey), so FTS5 yields the matches in
timeline order of their groups, from the cursor's group on, and the walk stops one group
after the page is full: it reads about a page of matches however many there are. Rows of
one group are sorted by their events' exact (sort_date, precision_rank, id), so the page is
exactly the general path's (`ORDER BY sort_date, precision_rank, id` over every match).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.db import searchkey
from app.db.queries import fastpath
from app.db.queries.records import Position

_LOWEST = -(1 << 63)
_HIGHEST = (1 << 63) - 1
_MAX_CHUNK = 4000

# The matches of one chunk with their events' keys; LEFT JOIN so that the walk sees every
# rowid it passed (a row whose event is gone is skipped, not mistaken for the end).
_CHUNK = (
    "SELECT s.rowid, e.id, e.sort_date, e.precision_rank FROM ("
    "SELECT rowid, event_id FROM event_search WHERE event_search MATCH ?"
    " AND rowid BETWEEN ? AND ? ORDER BY rowid {order} LIMIT ?"
    ") AS s LEFT JOIN events AS e ON e.id = s.event_id ORDER BY s.rowid {order}"
)
_FORWARD = _CHUNK.format(order="ASC")
_BACKWARD = _CHUNK.format(order="DESC")


def page_ids(
    session: Session, match: str, after: Position | None, n: int, *, newest: bool = False
) -> list[str]:
    """The first `n` event ids matching the FTS5 expression `match`, in timeline order
    (backwards with `newest`), after the cursor `after` (before it, with `newest`)."""
    conn = fastpath.driver_conn(session)
    lo, hi = _LOWEST, _HIGHEST
    cursor: tuple[str, int, str] | None = None
    if after is not None:
        g = searchkey.group(after.sort_date, after.precision_rank, after.id)
        if newest:
            hi = searchkey.last_rowid(g)
        else:
            lo = searchkey.first_rowid(g)
        cursor = (after.sort_date.isoformat(), after.precision_rank, after.id)
    found: list[tuple[Any, ...]] = []
    last_group: int | None = None  # the group of the n-th match: read it whole, then stop
    chunk = n + 16
    while True:
        rows = conn.execute(_BACKWARD if newest else _FORWARD, (match, lo, hi, chunk)).fetchall()
        for rowid, eid, sort_date, rank in rows:
            if last_group is not None and searchkey.group_of(rowid) != last_group:
                return _ordered(found, n, newest)
            if eid is None:
                continue
            key = (sort_date, rank, eid)
            if cursor is not None and (key >= cursor if newest else key <= cursor):
                continue
            found.append(key)
            if len(found) == n:
                last_group = searchkey.group_of(rowid)
        if len(rows) < chunk:
            return _ordered(found, n, newest)
        if newest:
            hi = rows[-1][0] - 1
        else:
            lo = rows[-1][0] + 1
        chunk = min(chunk * 2, _MAX_CHUNK)


def _ordered(found: list[tuple[Any, ...]], n: int, newest: bool) -> list[str]:
    found.sort(reverse=newest)
    return [key[2] for key in found[:n]]

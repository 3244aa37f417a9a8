"""SQLite: the full-text rowid as a timeline sort key, so a search is walked in timeline order.

FTS5 returns its matches in rowid order, forwards or backwards, from any rowid bound, and
stops when the query stops asking (`ORDER BY rowid LIMIT n`): a page of a search then reads
about a page of matches, not every match (issue 13: ~170k ids for a common word at 1M events).
So an event's full-text row gets the rowid

    group(sort_date, precision_rank, id) << SEQ_BITS | seq

where `group` never decreases along the timeline order (sort_date, precision_rank, id) and
`seq` only tells apart the rows of one group. Rows of different groups are therefore in
timeline order; rows of one group are sorted by their events' exact keys by the reader
(app.db.searchwalk), which reads each group it touches whole. Correctness needs only that
`group` is monotone; how finely it splits the timeline is a matter of speed: a group is
one day and precision, and within it the first two bytes of the id after the prefix that
ids of that day usually share (so that the undated events, 5% of all, are not one group).

PostgreSQL keeps event_search keyed by event_id and searches with its GIN index.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from app.db.models import UNDATED

SEQ_BITS = 27  # rows per group; 2**27 is far beyond any day's events
_CODE_BITS = 16
_RANK_BITS = 3
_DAY_BITS = 17
_FIRST_DAY = dt.date(1900, 1, 1)
_LAST_SLOT = (1 << _DAY_BITS) - 1  # UNDATED
_DAY_SLOTS = _LAST_SLOT - 1  # 1: before 1900; 2.._DAY_SLOTS: 1900-01-01 onwards, clamped
_CODE_TOP = (1 << _CODE_BITS) - 1


def _day_slot(d: dt.date) -> int:
    if d >= UNDATED:
        return _LAST_SLOT
    if d < _FIRST_DAY:
        return 1
    return min(2 + (d - _FIRST_DAY).days, _DAY_SLOTS)


def _id_prefix(sort_date: dt.date) -> str:
    # What ids of a day usually begin with (a performance hint only: see _id_code).
    return "undated-" if sort_date >= UNDATED else f"{sort_date.year:04d}-"


def _id_code(event_id: str, prefix: str) -> int:
    """A code that never decreases as ids grow (byte order, SQLite's BINARY collation):
    0 for ids below every id with `prefix`, the top code for ids above them, and in
    between the two bytes after the prefix (15 bits of them)."""
    if not event_id.startswith(prefix):
        return 0 if event_id < prefix else _CODE_TOP
    rest = event_id[len(prefix) :].encode()[:2].ljust(2, b"\0")
    return 1 + ((rest[0] << 7) | (rest[1] >> 1))


def group(sort_date: dt.date, precision_rank: int, event_id: str) -> int:
    """The group of an event's full-text row: monotone in (sort_date, precision_rank, id)."""
    rank = min(max(precision_rank, 0), (1 << _RANK_BITS) - 1)
    head = (_day_slot(sort_date) << _RANK_BITS) | rank
    return (head << _CODE_BITS) | _id_code(event_id, _id_prefix(sort_date))


def first_rowid(g: int) -> int:
    return g << SEQ_BITS


def last_rowid(g: int) -> int:
    return ((g + 1) << SEQ_BITS) - 1


def group_of(rowid: int) -> int:
    return rowid >> SEQ_BITS


# A rowid shifted right by DAY_SHIFT is its day slot (see group).
DAY_SHIFT = SEQ_BITS + _CODE_BITS + _RANK_BITS
UNDATED_SLOT = _LAST_SLOT


@lru_cache(maxsize=1 << 16)
def month_of_slot(slot: int) -> str | None:
    """"YYYY-MM" of a day slot's sort date (None as for day_of_slot): a histogram maps
    thousands of slots a request, mostly the same days each time."""
    day = day_of_slot(slot)
    return None if day is None else f"{day.year:04d}-{day.month:02d}"


def day_of_slot(slot: int) -> dt.date | None:
    """The sort date of a day slot; None for the undated slot and for the two slots that
    hold many days (before 1900, and the last days, clamped)."""
    if slot <= 1 or slot >= _DAY_SLOTS:
        return None
    return _FIRST_DAY + dt.timedelta(days=slot - 2)

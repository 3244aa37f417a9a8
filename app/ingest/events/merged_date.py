"""Which of its reports' dates a merged event shows, and which of them disagree with it.

The finest explicit reading wins (an outlet's «23 мая» over another's «на этой неделе»; between
equally fine days that disagree, the day more reports give);
explicit readings that do not overlap the chosen one (22 against 23 October) are kept as
the event's disagreements rather than dropped. A weekday or a yearless day that one report
gives with nothing to count from («в среду», «21 ноября» in a reprint without a date) is
counted from another report's publication (`weekday_by_publication`): the happening took
place by the time every report of it was published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.db.models import PRECISION_RANK
from app.ingest.dates import DateValue, How
from app.ingest.dates.patterns import candidates
from app.ingest.dates.resolve import Context, resolve
from app.ingest.events.identity import FAR_FUTURE, interval, within_days
from app.ingest.events.model import DateReading

# Readings that give the day a report was published: the happening was by then.
PUBLISHED_BY = frozenset({"publication-date", "before-publication"})
# Expressions that name their day and leave only its week or year to the publication.
NAMED_DAYS = frozenset({"weekday", "day", "dayrange", "month"})
# Readings open at one end or both: no day of their own.
OPEN = frozenset({"before", "after", "unknown"})
# Happenings that may last a few days (talks and calls are told day by day).
SPANNING = frozenset({"visit", "meeting"})


def reading_rank(r: DateReading) -> tuple[int, int, int, dt.date]:
    """Sort key: explicit before fallback, finest precision first, then the narrowest
    («23–24 мая» over «на этой неделе», both ranges; a term over an open «after»), then
    earliest."""
    v = r.value
    days = (v.end - v.start).days if v.start is not None and v.end is not None else 1 << 20
    if v.precision == "after" and v.end is None:
        # «в ближайшее время»: after publication with no end, what any plan is; a term
        # («до конца февраля») at least says by when
        days = 1 << 21
    return (0 if r.explicit else 1, PRECISION_RANK.get(v.precision, 9), days, v.start or FAR_FUTURE)


def best_reading(readings: Iterable[DateReading], kind: str | None = None) -> DateReading:
    """The finest explicit reading. For a happening of `kind` that may last a few days
    (SPANNING: a visit, a meeting): a stated stay or session («8–9 июля») over a day inside it
    (the day of arrival, of opening); for a meeting, only when no more reports give that day
    than the days."""
    rs = list(readings)
    best = _most_told(rs, min(rs, key=reading_rank))
    if best.value.precision in OPEN or not best.explicit:
        # a weekday counted from a publication is a stated day: finer than «before» or
        # than a publication day taken for want of one
        counted = [c for r in rs if (c := weekday_by_publication(r, rs)) is not r]
        best = min(counted, key=reading_rank, default=best)
    if kind in SPANNING and best.explicit and best.value.precision == "day":
        stays = [r for r in rs if r.value.precision == "range" and within_days(r, best)]
        day = (best.value.start, best.value.end)
        # a meeting's day more reports give than the days around it is that meeting's own
        # (a talk held during a summit or a visit, whose days a report gave it)
        if stays and (
            kind == "visit"
            or len(stays)
            >= sum(1 for r in rs if r.explicit and (r.value.start, r.value.end) == day)
        ):
            return min(stays, key=reading_rank)
    return best


def _most_told(rs: list[DateReading], best: DateReading) -> DateReading:
    """Between equally fine explicit readings that disagree («3 декабря» in a later recap,
    «4 декабря» in the day's reports), the day more reports give; on a tie, the earliest."""
    if not best.explicit or best.value.start is None:
        return best
    rank = reading_rank(best)[:3]
    rivals = [
        r for r in rs if r.explicit and r.value.start is not None and reading_rank(r)[:3] == rank
    ]

    def told(r: DateReading) -> int:
        day = (r.value.start, r.value.end)
        return sum(1 for x in rivals if (x.value.start, x.value.end) == day)

    return min(rivals, key=lambda r: (-told(r), reading_rank(r)), default=best)


def disagreements(readings: Iterable[DateReading], chosen: DateReading) -> list[DateReading]:
    """Explicit readings that contradict the chosen date (no overlap with it)."""
    out: list[DateReading] = []
    cs, ce = interval(chosen)
    for r in readings:
        if not r.explicit or r.value.start is None and r.value.end is None:
            continue
        s, e = interval(r)
        if s > ce or e < cs:
            out.append(r)
    return out


def weekday_by_publication(r: DateReading, readings: list[DateReading]) -> DateReading:
    """`r`, a day with nothing to count from («в среду» or «21 ноября» in a reprint without
    a date), counted as a past day from the earliest publication the other reports give
    (their dateline, or «before» it): the day an outlet would have meant had it carried
    that date; else `r` as it is. Only what names its day (a weekday, a day or month
    without its year) is counted: «на прошлой неделе» depends on the week it was written."""
    v = r.value
    if not r.explicit or not r.text or v.start is not None or v.end is not None:
        return r
    ends = [x.value.end for x in readings if x.value.how in PUBLISHED_BY and x.value.end]
    # «в четверг утром»: the time of day goes with the weekday, no date of its own
    found = [c for c in candidates(r.text) if c.kind != "then"]
    if not ends or len(found) != 1 or found[0].kind not in NAMED_DAYS:
        return r
    by = min(ends)
    counted = resolve(found[0], "past", Context(by))
    if counted is None or counted.start is None or counted.end is None or counted.end > by:
        return r
    how: How = "weekday-from-publication" if found[0].kind == "weekday" else "year-from-publication"
    value = DateValue(counted.start, counted.end, counted.precision, how)
    return DateReading(value, r.text, r.span)

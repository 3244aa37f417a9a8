"""A day and month with no year to put them in («27 февраля», «в среду, 12 июня» in an
article without a publication date), beside another report: when it names that report's
day, and when two such days cannot be one happening's.

The date reader leaves such a day unknown (nothing settles its year), yet the day and
month still say a good deal: a report of the same kind of happening of the same parties
dated the same day and month is that happening (a reprint that lost its date), and two
reports whose days and months lie weeks apart are two happenings, whatever year they were.
Used by identity.same_happening.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.dates.patterns import candidates
from app.ingest.events.model import DateReading
from app.ingest.events.unanchored import DISAGREEMENT_WINDOW, published_only

# A leap year, so that «29 февраля» is a day too.
_ANY_YEAR = 2000


def day_month(r: DateReading) -> tuple[int, int] | None:
    """(month, day) of a report whose date is one day of a month with no year and nothing
    to settle the year; None for any other reading (a resolved date, a range, «сегодня»)."""
    found = _yearless(r)
    return found[:2] if found else None


def _yearless(r: DateReading) -> tuple[int, int, int] | None:
    """(month, day, weekday or -1) of a yearless day-month reading."""
    v = r.value
    if not r.explicit or not r.text or v.start is not None or v.end is not None:
        return None
    found = [c for c in candidates(r.text) if c.kind != "then"]  # «утром» goes with the day
    if len(found) != 1:
        return None
    e = found[0]
    if e.kind != "day" or e.y1.kind != "none" or e.d2 or not (e.d1 and e.m1):
        return None
    try:
        dt.date(_ANY_YEAR, e.m1, e.d1)
    except ValueError:
        return None  # «31 июня»: no such day
    return (e.m1, e.d1, e.weekday)


def names_day(a: DateReading, b: DateReading) -> bool:
    """One report gives a day and month with no year, the other states a day that is that
    day and month: the same day, as far as either text can tell."""
    for vague, dated in ((a, b), (b, a)):
        found = _yearless(vague)
        d = dated.value
        if found is None or not dated.explicit or published_only(dated):
            continue
        if d.precision == "day" and d.start is not None and d.start == d.end:
            # «в среду, 12 июня» is no 12 June that was a Thursday.
            weekday_ok = found[2] < 0 or d.start.weekday() == found[2]
            return (d.start.month, d.start.day) == found[:2] and weekday_ok
    return False


def days_apart(a: DateReading, b: DateReading) -> bool:
    """Both reports give a day and month with no year, and they lie further apart than
    outlets disagree on one happening's day, in any year."""
    ma, mb = day_month(a), day_month(b)
    if ma is None or mb is None:
        return False
    da = dt.date(_ANY_YEAR, *ma)
    gaps = []
    for shift in (-1, 0, 1):  # «30 декабря» and «2 января» are days apart, not months
        try:
            db = dt.date(_ANY_YEAR + shift, *mb)
        except ValueError:
            db = dt.date(_ANY_YEAR + shift, mb[0], mb[1] - 1)
        gaps.append(abs(db - da))
    return min(gaps) > DISAGREEMENT_WINDOW


def same_aim(
    type_a: str,
    date_a: DateReading,
    aims_a: frozenset[str],
    type_b: str,
    date_b: DateReading,
    aims_b: frozenset[str] | None,
) -> bool:
    """Sanctions of a yearless day against a target the dated sanctions of that day name
    too («внёс биржу в список 12 июня»): one act. Without a shared target, one body's
    sanctions of one day may be several packages."""
    return (
        type_a == type_b == "sanctions"
        and bool(aims_a & (aims_b or frozenset()))
        and names_day(date_a, date_b)
    )

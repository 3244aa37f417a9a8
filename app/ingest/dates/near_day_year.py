"""A day without a year before a later day of the same story written out in full: in an
article without a publication date and with no year stated before it, «в Париже 11 ноября
... на саммите, который пройдёт 30 ноября — 1 декабря 2018 года» is 11 November 2018.

A story told forward names its next days as it goes: the first day written out in full
further on, when it falls on the yearless day or up to NEAR_DAYS after it (in that year
or, across New Year, the next), gives the year. A full day before the yearless one
(«встретятся 14 ноября ... собирались 2 ноября 2011 года») is background and settles
nothing, nor does one further on. Only the first such later day is read, and only before
the text has stated any year (then year-from-context applies); told_again.py reads the
same day told again in full, or a span holding it, at any distance.
"""

from __future__ import annotations

from collections.abc import Sequence

from .calendar import make_date
from .patterns import Expr

NEAR_DAYS = 21


def _full_day(f: Expr) -> tuple[int, int, int] | None:
    """(year, month, day) of a day or a span's first day written out with its year."""
    if f.kind == "day" and f.y1.kind == "explicit":
        return f.y1.value, f.m1, f.d1
    if f.kind == "dayrange" and f.y2.kind == "explicit":
        y1 = f.y1.value if f.y1.kind == "explicit" else f.y2.value
        return y1, f.m1, f.d1
    return None


def year_of_near_day(e: Expr, found: Sequence[Expr]) -> int | None:
    """The year the first later day written out in full gives ``e`` (a day and month with
    no year) when it lies on it or up to NEAR_DAYS after it; else None."""
    if e.kind not in ("day", "dayrange") or e.y1.kind != "none" or e.y2.kind != "none":
        return None
    later = next((t for f in found if f.start > e.start and (t := _full_day(f))), None)
    if later is None or (anchor := make_date(*later)) is None:
        return None
    for y in (later[0] - 1, later[0]):
        d = make_date(y, e.m1, e.d1)
        if d is not None and 0 <= (anchor - d).days <= NEAR_DAYS:
            return y
    return None

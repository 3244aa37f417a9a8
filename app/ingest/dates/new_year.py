"""«30 декабря президенты ещё раз поговорили ... 10 января в Женеве прошли переговоры»: in an
article without a publication date, a day told without its year after the story's day in
late December is in the next year when the story runs forward across New Year.

Without a publication date a yearless day takes the year the text last stated (story_year.py).
A story told in order reaches January after December, though: read in the carried year, «10
января» would lie almost a year before the day the story is on, while in the next year it lies
a few days after it. A day that the next year puts within CROSSING_DAYS after the story's
day, where the carried year puts it more than half a year before, is the next year's. A
sentence that opens by going back («Ранее», «До этого», «Напомним») steps into the
background and keeps the carried year (the caller checks).
"""

from __future__ import annotations

from datetime import date

from .calendar import make_date
from .model import DateValue

CROSSING_DAYS = 45  # how far past New Year a story told forward may run with no year
HALF_YEAR = 183


def year_across_new_year(v: DateValue, story_day: date | None) -> int | None:
    """The next year, when ``v`` (a yearless day or span read in the year the text carried)
    lies over half a year before ``story_day`` and a year later within CROSSING_DAYS after
    it; else None."""
    if v.how != "year-from-context" or v.start is None or story_day is None:
        return None
    if (story_day - v.start).days <= HALF_YEAR:
        return None
    later = make_date(v.start.year + 1, v.start.month, v.start.day)
    if later is None or not 0 <= (later - story_day).days <= CROSSING_DAYS:
        return None
    return later.year

"""The article's own time stamp against a date given from outside it (a crawler's header
line, a JSON Lines record's ``published``, an HTML page's meta date).

* «Вчера, 14:10» / «Сегодня, 09:00» count from that outside date;
* when the article's own stamp or dateline differs from it by one day, the article's own
  wins: crawlers stamp the day they fetched or the day in their own time zone, the page
  says when it was published;
* a stamp without a year («3 июня») is placed in the year that puts it within a day of the
  outside date; farther apart, the outside date stands.
"""

from __future__ import annotations

from datetime import date, timedelta

from .furniture import _valid_date

__all__ = ["RELATIVE_STAMP_DAYS", "reconcile"]

RELATIVE_STAMP_DAYS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "today": 0, "yesterday": -1}


def _near(own: date, outside: date) -> bool:
    return abs((own - outside).days) == 1


def reconcile(
    outside: date,
    own: date | None,
    partial: tuple[int, int] | None,
    offset: int | None,
) -> date | None:
    """The article's own date when it should replace ``outside``, else None."""
    if offset is not None:
        return outside + timedelta(days=offset)
    if own is not None:
        return own if _near(own, outside) else None
    if partial is not None:
        d, m = partial
        for y in (outside.year - 1, outside.year, outside.year + 1):
            cand = _valid_date(y, m, d)
            if cand is not None and _near(cand, outside):
                return cand
    return None

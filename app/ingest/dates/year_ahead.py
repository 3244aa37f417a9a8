"""A day without a year on a page without a publication date, before the year its story
looks ahead in: «опубликовано 15 января, за два дня до визита ... Визит станет первой
зарубежной поездкой Путина в 2019 году» is 15 January 2019; «переговоры 20 декабря
завершились ... рассчитывала до конца 2019 года получить гарантии» is 20 December 2019.

A year the text names as the time of what is still to come («станет ... в 2019 году») or
as a term («до конца 2019 года») is the year its story is told in (or ends by): the days
without a year told before it are that year's. Only when no year was stated before the
day (then year-from-context applies) and no other year is named further on: two years told
later leave the day's year open, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .model import Tense
from .patterns import Expr


def year_ahead(
    e: Expr, found: Sequence[Expr], tense_of: Callable[[Expr], Tense | None]
) -> int | None:
    """The year a later «в 2019 году» told of the future, or «до конца 2019 года», gives
    ``e`` (a day and month with no year); None when none or more than one year is told
    after it."""
    if e.kind not in ("day", "dayrange") or e.y1.kind != "none" or e.y2.kind != "none":
        return None
    later = [f for f in found if f.start > e.start and f.y1.kind == "explicit"]
    if len({f.y1.value for f in later}) != 1:
        return None
    f = later[0]
    if f.kind != "year" or not (f.deadline or tense_of(f) == "future"):
        return None
    return f.y1.value

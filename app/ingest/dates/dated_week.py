"""The week an undated article tells by its weekdays.

Without a publication date a bare weekday («В понедельник Трамп рассказал о звонке») has no
«now» to count from. But a text that dates a day together with its weekday («в воскресенье
вечером, 17 декабря 2017 года») shows the week it is telling: a bare weekday after it is the
nearest such day to that day («в понедельник»: 18 December), as a dated article's weekday
is the nearest in the tense's direction to its publication. A day written out without its
weekday ends that week (the story has moved to another time).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .expr import Expr
from .lexicon import WEEKDAY_ANY, weekday_number

# a weekday word at most 24 characters before the date, in its own sentence
# («в воскресенье вечером, 17 декабря», «во вторник, 17 июля»)
_WEEKDAY_BEFORE = re.compile(r"(" + WEEKDAY_ANY + r")[^.!?;]{0,24}$", re.IGNORECASE)


def weekday_told(before: str, e: Expr, day: date) -> bool:
    """The day `day` of expression `e` is told with its own weekday: in the expression
    («во вторник, 17 июля») or just before it in its sentence (`before`)."""
    if e.weekday >= 0:
        return e.weekday == day.weekday()
    mt = _WEEKDAY_BEFORE.search(before)
    return mt is not None and weekday_number(mt[1]) == day.weekday()


def in_week(e: Expr, week: date | None) -> date | None:
    """A bare weekday («в понедельник») of an undated article: the nearest such day to the
    day told with its weekday, within three days either way."""
    if week is None or e.kind != "weekday" or e.n != 9 or e.weekday2 >= 0:
        return None
    diff = (e.weekday - week.weekday()) % 7
    if diff > 3:
        diff -= 7
    return week + timedelta(days=diff)

"""The week an undated article tells by its weekdays.

Without a publication date a bare weekday («В понедельник Трамп рассказал о звонке») has no
«now» to count from. But a text that dates a day together with its weekday («в воскресенье
вечером, 17 декабря 2017 года») shows the week it is telling: a bare weekday after it is the
nearest such day to that day («в понедельник»: 18 December), as a dated article's weekday
is the nearest in the tense's direction to its publication. A day written out without its
weekday ends that week (the story has moved to another time).

A few days told with their weekdays («в среду и четверг, 23–24 октября 2019 года») show the
week as well: its bare weekdays are taken from the middle of those days, so each weekday of
the span is its own day («в четверг»: 24 October) and «накануне» then counts from it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .expr import Expr
from .lexicon import WEEKDAY_ANY, weekday_number
from .model import DateValue

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


def span_week(before: str, e: Expr, v: DateValue) -> tuple[date, tuple[date, date]] | None:
    """The day a span of days written out («в среду и четверг, 23–24 октября») sets the
    week by, and the span, when its first day is told with its weekday (and its last with
    its own, if the text gives a second): the middle of the span, so that every day of a
    span of up to a week lies within three days of it. A longer span shows no one week."""
    first, last = v.start, v.end
    if e.kind != "dayrange" or first is None or last is None:
        return None
    if not 0 < (last - first).days < 7 or not weekday_told(before, e, first):
        return None
    if e.weekday2 >= 0 and e.weekday2 != last.weekday():
        return None
    return first + timedelta(days=(last - first).days // 2), (first, last)


def in_span(e: Expr, v: DateValue, span: tuple[date, date] | None) -> bool:
    """Is the bare weekday `e` (read as `v`) one of the days of `span` («... в среду и
    четверг, 23–24 октября 2019 года. В четверг ...»)? Then it is the story's day. A weekday
    outside them may be a day asked for or planned («просил о звонке в понедельник»)."""
    return (
        e.kind == "weekday"
        and v.how == "from-stated-date"
        and span is not None
        and v.start is not None
        and span[0] <= v.start <= span[1]
    )


def in_week(e: Expr, week: date | None) -> date | None:
    """A bare weekday («в понедельник») of an undated article: the nearest such day to the
    day told with its weekday, within three days either way."""
    if week is None or e.kind != "weekday" or e.n != 9 or e.weekday2 >= 0:
        return None
    diff = (e.weekday - week.weekday()) % 7
    if diff > 3:
        diff -= 7
    return week + timedelta(days=diff)

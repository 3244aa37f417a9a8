"""A weekday with its day and month, in an article without a publication date and no year
stated before it: the year the text states elsewhere, when its calendar agrees.

«Трамп во вторник, 17 июля, признал ... Напомним, встреча прошла в понедельник, 16 июля
2018 года»: 17 July fell on a Tuesday in 2018 (and in 2012, 2029), and 2018 is a year the
text itself states. A weekday agrees with a day and month once in five to eleven years, so
one stated year that agrees settles the year; none, or two that agree, settle nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from .calendar import make_date
from .patterns import Expr


def year_stated_for_weekday(e: Expr, found: Sequence[Expr]) -> int | None:
    """The one year stated anywhere in the text (``found``) whose calendar puts ``e``'s
    day and month on ``e``'s weekday; None when ``e`` is not such a date or no single year
    agrees."""
    if e.kind != "day" or e.weekday < 0 or e.y1.kind != "none":
        return None
    stated = {r.value for f in found if f is not e for r in (f.y1, f.y2) if r.kind == "explicit"}
    agree = {
        y
        for y in stated
        if (d := make_date(y, e.m1, e.d1)) is not None and d.weekday() == e.weekday
    }
    return agree.pop() if len(agree) == 1 else None

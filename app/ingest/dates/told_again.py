"""A day told again with its year: in an article without a publication date, «13 октября»
takes the year of a later «13 октября 2009 года» (the same day and month, written out in
full further on), or of a later span of days of that month written out in full that holds
it («не поедет 6 февраля в Москву ... конференция 6-8 февраля 2014 года»: the same days
told again as a span). Nothing else of the later text is read for the year."""

from __future__ import annotations

from collections.abc import Sequence

from .patterns import Expr


def year_told_later(e: Expr, found: Sequence[Expr]) -> int | None:
    """The year a later expression gives to the same day and month as ``e`` (a day
    without a year), or None; two later years that disagree settle nothing."""
    if e.kind != "day" or e.y1.kind != "none":
        return None
    years = {f.y1.value for f in found if f.start > e.start and _same_day(f, e)}
    years |= {f.y2.value for f in found if f.start > e.start and _holds(f, e)}
    return years.pop() if len(years) == 1 else None


def _same_day(f: Expr, e: Expr) -> bool:
    return f.kind == "day" and (f.d1, f.m1) == (e.d1, e.m1) and f.y1.kind == "explicit"


def _holds(f: Expr, e: Expr) -> bool:
    """Is ``f`` a span of days within one month, with its year, that holds ``e``'s day?"""
    return (
        f.kind == "dayrange"
        and f.m1 == f.m2 == e.m1
        and f.d1 <= e.d1 <= f.d2
        and f.y2.kind == "explicit"
        and f.y1 == f.y2
    )

"""Weekends named without a date: «в минувшие выходные» (the last one before publication)
and «в эти выходные», «на выходных» told ahead (the weekend of publication's week;
resolve.py)."""

from __future__ import annotations

import re

from .expr import Expr, pattern


# «в минувшие выходные», «на прошлых выходных»: the last Saturday and Sunday before
# publication (a plural, so not read by deictic.py _relunit)
@pattern(
    r"(?<![а-яё])(?:в|на)\s+(?:минувши[ех]|прошедши[ех]|прошлы[ех])\s+выходн(?:ые|ых)(?![а-яё])"
)
def _last_weekend(mt: re.Match[str]) -> Expr | None:
    return Expr("relunit", mt.start(), mt.end(), unit="weekend", n=-1)


# «в эти выходные», «на выходных» (told ahead): the weekend of the week of publication, or
# the one the tense points to (resolve.py); «в предстоящие/ближайшие/грядущие выходные» name
# that weekend as «в эти» do; a bare «на выходных» in the past may be a habit («отдыхал на
# выходных»), «в выходные дни» any weekend: no date
@pattern(
    r"(?<![а-яё])(?:в|на)\s+(?P<this>(?:эти[хм]?|предстоящи[еих]|ближайши[еих]|грядущи[еих])"
    r"\s+)?выходн(?:ые|ых)(?![а-яё])(?!\s+дн)"
)
def _this_weekend(mt: re.Match[str]) -> Expr | None:
    this = "эти" if mt["this"] else ""
    return Expr("relunit", mt.start(), mt.end(), unit="weekend", n=0, prep=this)

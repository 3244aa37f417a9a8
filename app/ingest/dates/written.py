"""Dates written out on the calendar: ISO and dotted numerals, «12 марта 2018 года», day and
month ranges («10–11 мая», «с марта по май»), years, year ranges and decades.

Importing the module registers its patterns (expr.PATTERNS); patterns.py imports it before
deictic.py, and that order is the order ties are settled in.
"""

from __future__ import annotations

import re

from .expr import NB as _NB
from .expr import Expr, YearRef
from .expr import pattern as _pattern
from .expr import year_after as _yafter
from .expr import year_ref as _year
from .lexicon import (
    MONTH,
    MONTH_OR_ABBR,
    MONTH_PART,
    PART,
    SEASON,
    WEEKDAY_ANY,
    YEAR_WORD,
    YEAR_WORD_OPT,
    month_number,
    part_name,
    season_name,
    weekday_number,
)
from .pairs import apart

# A day written as an ordinal numeral with its ending («1-го сентября», «18-е мая», «с 3-го
# по 5-е июня»): the day it names, the ending read as part of the date.
_ORD = r"(?:-(?:го|е|ое|ого))?"


@_pattern(r"(?<![\w.\-/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w\-]|\.\d)")
def _iso(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "day",
        mt.start(),
        mt.end(),
        d1=int(mt["d"]),
        m1=int(mt["m"]),
        y1=YearRef("explicit", int(mt["y"])),
        numeric=True,
    )


@_pattern(r"(?<![\w.\-/,])(?P<d>\d{1,2})\.(?P<m>\d{2})\.(?P<y>\d{4}|\d{2})(?![\w\-]|[.,]\d)")
def _dmy(mt: re.Match[str]) -> Expr | None:
    y = int(mt["y"])
    if len(mt["y"]) == 2:
        y += 2000  # two-digit years in news are this century
    return Expr(
        "day",
        mt.start(),
        mt.end(),
        d1=int(mt["d"]),
        m1=int(mt["m"]),
        y1=YearRef("explicit", y),
        numeric=True,
    )


@_pattern(
    r"(?:(?P<w>"
    + WEEKDAY_ANY
    # «в среду, 7 ноября», «в среду (7 нояб.)»; two weekdays over two days told together
    # («в среду и четверг, 23–24 октября»): the weekdays check the days, one expression
    + r")(?:\s+и\s+(?:во?\s+)?(?P<w2>"
    + WEEKDAY_ANY
    + r"))?\s*[,(]?\s*)?"
    + _NB
    + r"(?P<d1>\d{1,2})" + _ORD + r"(?:(?:\s*[-–—]\s*|\s+и\s+)(?P<d2>\d{1,2})" + _ORD + r")?"
    r"\s+(?P<m>" + MONTH_OR_ABBR + r")" + _yafter("y", "r")
)
def _day(mt: re.Match[str]) -> Expr | None:
    y = _year(mt["y"], mt["r"])
    wd = weekday_number(mt["w"]) if mt["w"] else -1
    m = month_number(mt["m"])
    d1 = int(mt["d1"])
    if mt["d2"]:
        d2 = int(mt["d2"])
        if not apart(mt, d1, d2):
            wd2 = weekday_number(mt["w2"]) if mt["w2"] else -1
            return Expr(
                "dayrange", mt.start(), mt.end(), d1=d1, m1=m, y1=y, d2=d2, m2=m, y2=y,
                weekday=wd, weekday2=wd2,
            )
        # «3 и 7 марта»: two days apart, not a span; this is the second («_first_of_two»
        # reads the first)
        return Expr("day", mt.start("d2"), mt.end(), d1=d2, m1=m, y1=y)
    if mt["w2"]:
        wd = -1  # «в среду и четверг, 23 октября»: two weekdays check no single day
    return Expr("day", mt.start(), mt.end(), d1=d1, m1=m, y1=y, weekday=wd)


@_pattern(
    r"(?<![а-яё])с\s+(?P<d1>\d{1,2})"
    + _ORD
    + r"\s+(?:по|до)\s+(?P<d2>\d{1,2})"
    + _ORD
    + r"\s+(?P<m>"
    + MONTH_OR_ABBR
    + r")"
    + _yafter("y", "r")
)
def _dayrange_same_month(mt: re.Match[str]) -> Expr | None:
    y = _year(mt["y"], mt["r"])
    m = month_number(mt["m"])
    return Expr(
        "dayrange", mt.start(), mt.end(), d1=int(mt["d1"]), m1=m, y1=y, d2=int(mt["d2"]), m2=m, y2=y
    )


@_pattern(
    r"(?:(?<![а-яё])с\s+)?" + _NB + r"(?P<d1>\d{1,2})\s+(?P<m1>" + MONTH_OR_ABBR + r")"
    r"(?:\s+(?P<y1>\d{4})(?!\d)" + YEAR_WORD_OPT + r")?\s*(?:\s(?:по|до)\s|[-–—])\s*"
    r"(?P<d2>\d{1,2})\s+(?P<m2>" + MONTH_OR_ABBR + r")" + _yafter("y2", "r2")
)
def _dayrange(mt: re.Match[str]) -> Expr | None:
    y2 = _year(mt["y2"], mt["r2"])
    y1 = _year(mt["y1"], None) if mt["y1"] else y2
    return Expr(
        "dayrange",
        mt.start(),
        mt.end(),
        d1=int(mt["d1"]),
        m1=month_number(mt["m1"]),
        y1=y1,
        d2=int(mt["d2"]),
        m2=month_number(mt["m2"]),
        y2=y2,
    )


@_pattern(r"(?:(?P<p>" + MONTH_PART + r")\s+)?(?P<m>" + MONTH + r")" + _yafter("y", "r"))
def _month(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "month",
        mt.start(),
        mt.end(),
        m1=month_number(mt["m"]),
        y1=_year(mt["y"], mt["r"]),
        part=part_name(mt["p"]) if mt["p"] else None,
    )


@_pattern(
    r"(?:(?<![а-яё])с\s+)?(?P<m1>" + MONTH + r")(?:\s+(?P<y1>\d{4})(?!\d)" + YEAR_WORD_OPT + r")?"
    r"\s*(?:\s(?:по|до)\s|[-–—])\s*(?P<m2>" + MONTH + r")" + _yafter("y2", "r2")
)
def _monthrange(mt: re.Match[str]) -> Expr | None:
    y2 = _year(mt["y2"], mt["r2"])
    y1 = _year(mt["y1"], None) if mt["y1"] else y2
    return Expr(
        "monthrange",
        mt.start(),
        mt.end(),
        m1=month_number(mt["m1"]),
        y1=y1,
        m2=month_number(mt["m2"]),
        y2=y2,
    )


@_pattern(
    r"(?:(?P<p>"
    + PART
    + r")\s+|(?P<s>"
    + SEASON
    + r")\s+)?"
    + _NB
    + r"(?P<y>\d{4})(?!\d)"
    + YEAR_WORD
)
def _year_explicit(mt: re.Match[str]) -> Expr | None:
    part = part_name(mt["p"]) if mt["p"] else season_name(mt["s"]) if mt["s"] else None
    return Expr("year", mt.start(), mt.end(), y1=YearRef("explicit", int(mt["y"])), part=part)


@_pattern(
    r"(?:(?<![а-яё])с\s+)?" + _NB + r"(?P<y1>\d{4})\s*(?:\s(?:по|до)\s|[-–—])\s*(?P<y2>\d{4})(?!\d)"
    r"(?:\s*-?х)?\s*(?:год(?:а|ы|ах|ов)?(?![а-яё])|гг\.)"
)
def _yearrange(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "yearrange",
        mt.start(),
        mt.end(),
        y1=YearRef("explicit", int(mt["y1"])),
        y2=YearRef("explicit", int(mt["y2"])),
    )


@_pattern(_NB + r"(?P<y>\d{3}0)-?(?:х|е|ых)\s+(?:год(?:ы|ах|ов)(?![а-яё])|гг\.)")
def _decade(mt: re.Match[str]) -> Expr | None:
    y = int(mt["y"])
    return Expr(
        "yearrange", mt.start(), mt.end(), y1=YearRef("explicit", y), y2=YearRef("explicit", y + 9)
    )

"""Days told together with one month: apart («3 и 7 марта», two days, not a span; «9, 10 и
12 апреля», three) or moved («перенесли с 12 на 18 марта», the day moved from and the day
moved to)."""

from __future__ import annotations

import re

from .expr import NB, Expr, pattern, year_after, year_ref
from .lexicon import MONTH_OR_ABBR, month_number

MOVED_TO = re.compile(r"\s+на\s+\d")


def apart(mt: re.Match[str], d1: int, d2: int) -> bool:
    """«3 и 7 марта» names two days; «21 и 22 мая» (the next day) or «21-25 мая» a span."""
    joint = mt.string[mt.end("d1") : mt.start("d2")]
    return "и" in joint and d2 != d1 + 1


# the first of two days apart sharing one month: «3 и 7 марта», «2 и 9 июня 2023 года»
@pattern(
    NB
    + r"(?P<d1>\d{1,2})(?=\s+и\s+(?P<d2>\d{1,2})\s+(?P<m>"
    + MONTH_OR_ABBR
    + r")"
    + year_after("y", "r")
    + r")"
)
def _first_of_two(mt: re.Match[str]) -> Expr | None:
    d1, d2 = int(mt["d1"]), int(mt["d2"])
    if d2 == d1 + 1:
        return None
    y = year_ref(mt["y"], mt["r"])
    return Expr("day", mt.start(), mt.end(), d1=d1, m1=month_number(mt["m"]), y1=y)


# a day listed before such a pair: the 9th of «9, 10 и 12 апреля», «3, 5, 7 и 9 марта»
@pattern(
    NB
    + r"(?P<d0>\d{1,2})(?=(?:\s*,\s*\d{1,2})*\s*,\s*\d{1,2}\s+и\s+\d{1,2}\s+(?P<m>"
    + MONTH_OR_ABBR
    + r")"
    + year_after("y", "r")
    + r")"
)
def _listed_before(mt: re.Match[str]) -> Expr | None:
    y = year_ref(mt["y"], mt["r"])
    return Expr("day", mt.start(), mt.end(), d1=int(mt["d0"]), m1=month_number(mt["m"]), y1=y)


# «перенесли с 12 на 18 марта»: the day put off, the first of a pair sharing the month
# (the second, «на 18 марта», is read as any day after «на»)
@pattern(
    r"(?<![а-яё])с\s+(?P<d1>\d{1,2})(?=\s+на\s+\d{1,2}\s+(?P<m>"
    + MONTH_OR_ABBR
    + r")"
    + year_after("y", "r")
    + r")"
)
def _moved_from(mt: re.Match[str]) -> Expr | None:
    y = year_ref(mt["y"], mt["r"])
    return Expr("day", mt.start("d1"), mt.end(), d1=int(mt["d1"]), m1=month_number(mt["m"]), y1=y)

"""«Шесть месяцев спустя, 13 июня, ...»: a day without its year set beside a step forward
from the day the story was on takes the year that step lands in.

A story told forward writes the step and the day together («Три недели спустя, 6 июля»,
«Через месяц, 5 марта,»): the step says how far on, the day says which day, and the year is
the one that puts the day nearest where the step lands. After
«13 декабря 2001 года», «Шесть месяцев спустя, 13 июня» is 13 June 2002, which the year the
text last stated would not give.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import make_date
from .lexicon import NUMBER, UNIT, number_value, unit_name


def _step(n: str, u: str) -> str:
    """A count (optional) and a unit, in groups named `n` and `u`."""
    return rf"(?:(?P<{n}>{NUMBER})\s+)?(?P<{u}>{UNIT})"


# the step right before the day, a comma between: «N недель спустя, », «спустя N дней, »,
# «через месяц, »
_BEFORE_DAY = re.compile(
    rf"(?<![а-яё])(?:{_step('n', 'u')}\s+спустя|(?:спустя|через)\s+{_step('n2', 'u2')})\s*,\s*$",
    re.IGNORECASE,
)
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def step_before(before: str) -> timedelta | None:
    """How far on the step right before a day takes the story (`before` is the sentence up
    to the day), or None when no step stands there."""
    mt = _BEFORE_DAY.search(before)
    if mt is None:
        return None
    n_word, u_word = mt["n"] or mt["n2"], mt["u"] or mt["u2"]
    n = 1 if n_word is None else number_value(n_word)
    if n <= 0:
        return None
    return timedelta(days=n * _DAYS[unit_name(u_word)])


def year_by_step(story_day: date, step: timedelta, month: int, day: int) -> int | None:
    """The year that puts `day` `month` nearest `story_day` + `step`."""
    target = story_day + step
    best: tuple[int, int] | None = None
    for y in (target.year - 1, target.year, target.year + 1):
        d = make_date(y, month, day)
        if d is None:
            continue
        gap = abs((d - target).days)
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best is not None else None

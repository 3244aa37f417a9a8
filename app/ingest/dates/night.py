"""«В ночь на среду»: the night that ends on a day is the evening of the day before.

Russian news dates a happening that ran past midnight by the night it took («переговоры
завершились в ночь на четверг, 20 мая», «условились в ночь на среду»): the talks were
held on the Wednesday, the deal struck on the Tuesday evening. Outlets that tell the same
happening by its day name that evening's day, so the night is read as the day before the
one it is named by; read as the named day, one happening became two a day apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .calendar import add_days
from .model import DateValue

# «в ночь на», «ночью на»; the expression itself may begin with «на» (a weekday read as
# «на среду») or follow it («в ночь на 20 мая»). «Шли всю ночь на 5 июня» is no such
# moment: the talks lasted into the named day's morning, which holds them.
_NIGHT = re.compile(r"(?:^|[^а-яё])(?:в\s+ночь|ночью)\s+(?:на\s+)?$", re.IGNORECASE)
_ON = re.compile(r"^на\s", re.IGNORECASE)


def night_before(before: str, said: str, v: DateValue) -> DateValue:
    """The day before a single day named as the night «на» it (`before` is the sentence's
    text up to the expression `said`); any other reading as it is."""
    if v.precision != "day" or v.start is None or v.start != v.end:
        return v
    tail = before[-20:]
    if not _NIGHT.search(tail):
        return v
    if not (_ON.match(said) or re.search(r"на\s+$", tail, re.IGNORECASE)):
        return v  # «в ночь после саммита»: not a night named by its morning's day
    day = add_days(v.start, -1)
    if day is None:
        return v
    return replace(v, start=day, end=day)

"""«Министр в минувшую пятницу побывал в Петербурге. Перед этим, во вторник, ...»: a weekday
after «Перед этим,» or «До этого,» opening a sentence is a step back from the day the story
is on, so it is the last such weekday before that day, not the one the publication's week
gives (which may fall on or after the story's day).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .model import DateValue
from .patterns import Expr

# «Перед этим», «До этого» opening a sentence, with nothing but a comma before its date.
_BEFORE_THIS = re.compile(r"\s*(?:перед\s+этим|до\s+этого)\s*,?\s*$", re.IGNORECASE)


def weekday_before_story(
    e: Expr, v: DateValue, before: str, story_day: date | None
) -> DateValue | None:
    """The last weekday of ``e`` before ``story_day`` when ``before`` (the sentence up to the
    date) is «Перед этим,» and ``v`` (the date as read) is not already before that day; else
    None."""
    if e.kind != "weekday" or e.n != 9 or e.weekday2 >= 0 or story_day is None:
        return None
    if not _BEFORE_THIS.match(before) or v.start is None or v.start < story_day:
        return None
    back = (story_day.weekday() - e.weekday - 1) % 7 + 1
    eve = story_day - timedelta(days=back)
    return DateValue(eve, eve, "day", "from-stated-date")

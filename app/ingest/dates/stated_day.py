"""Which day the story is on, for the words that count from it: the day an anaphor counts
from («в тот же день», «днём ранее»), the steps back from it («накануне», «Ранее ...»), a
date set beside such a step, and a later period that leaves the day behind. extract.py
keeps the story's stated and written-out days as it reads; these predicates judge each
expression against them.
"""

from __future__ import annotations

import re
from datetime import date

from .model import DateValue
from .patterns import Expr

Anchor = tuple[int, date]  # (sentence index, the day)


def anchor_for(
    e: Expr,
    stated: Anchor | None,
    explicit: Anchor | None,
    sentence: int,
    published: date | None,
) -> date | None:
    """The day an anaphor counts from (None = publication).

    «в тот же день», «на следующий день», «днём позже», «за день до этого» need an
    antecedent: the last day the text named, however far back. «днём ранее» and «накануне»
    also mean the day before publication, so they take over only a day written out (day and
    month) in their own or the previous sentence, or kept there by «в тот же день»; without a
    publication date, the last day named anywhere."""
    if e.kind == "anaphor" and e.antecedent:
        return stated[1] if stated is not None else None
    if explicit is not None and sentence - explicit[0] <= 1:
        return explicit[1]
    if published is None and stated is not None:
        return stated[1]
    return None


STORY_SPAN = 2  # sentences back the story's day may be told for «днём ранее»


def same_as_story(text: str, e: Expr, v: DateValue, stated: Anchor | None, sentence: int) -> bool:
    """«днём ранее» (or «накануне» in the next sentence) counted from publication lands on
    the day the story was just told on."""
    if e.kind == "anaphor" and not e.antecedent and e.n < 0:
        span = STORY_SPAN
    elif steps_back(text, e):
        span = 1  # «накануне» alone is mostly the day before publication: only right after
    else:
        return False
    return (
        v.how == "relative"
        and stated is not None
        and sentence - stated[0] <= span
        and v.start == stated[1]
    )


def told_by_same_word(text: str, e: Expr, stated_word: str | None) -> bool:
    """«Накануне вечером Совбез провёл консультации. МИД накануне выступил с заявлением»:
    the story's day was told by the very word `e` is (counted from publication), so `e`
    names that day again, not the day before it."""
    return stated_word is not None and text[e.start : e.end].lower() == stated_word


def leaves_day(v: DateValue, stated: Anchor | None) -> bool:
    """A month, a year or another period told after a day, later than that day and not
    holding it («... 22 июля 2022 года. ... продлевалось, последний раз в мае»)."""
    return (
        stated is not None
        and v.precision in ("month", "year", "part", "range")
        and v.start is not None
        and v.start > stated[1]
    )


def steps_back(text: str, e: Expr) -> bool:
    """«накануне», «днём ранее»: a step back from the story's day («Фицо накануне говорил
    ...»), after which «в тот же день» still means the day the story is on, not the eve."""
    if e.kind == "anaphor":
        return e.n < 0 and not e.antecedent
    return e.kind == "relday" and e.n == -1 and text[e.start : e.end].lower() == "накануне"


# «До этого», «Ранее», «Прежде», «В прошлый раз» opening a sentence: it goes back to earlier
# occasions, so a day it names is background; «накануне» after it still means the eve of
# the story's day (publication), not the eve of that earlier day.
_LOOKS_BACK = re.compile(
    r"\s*(?:до\s+этого|перед\s+этим|ранее|прежде|в\s+прошлый\s+раз|напомним)(?![а-яё])",
    re.IGNORECASE,
)


def looks_back(before: str) -> bool:
    """Does the sentence whose text up to a date is `before` open by going back in time?"""
    return _LOOKS_BACK.match(before) is not None


_APPOSED = re.compile(r"\s*,\s*")


def apposed(text: str, e: Expr, step: int) -> bool:
    """«днём ранее, в воскресенье,»: a date set beside a step back names that same day."""
    m = _APPOSED.fullmatch(text, step, e.start) if step >= 0 else None
    return m is not None

"""«После подписания», «По итогам встречи» against a happening told with a verb or over
several days: which day of it the sentence is on.

around_happening.py dates «После переговоров ...» by the day of the sentence that told the
same happening. Two ways the text tells it are read here:

* with a word of the same root, not the same noun: «Документ в среду скрепили подписями ...
  После подписания ...», «Стороны проконсультировались во вторник ... После консультаций
  ...». A deverbal noun's stem (its lemma without the suffix of the action, «подпис-ание»,
  «консульт-ация», «бесед-а») found in another word's lemma («подписать», «подпись»,
  «проконсультироваться», «побеседовать») names the same happening (`kin`). Short stems
  (fewer than STEM letters) are left alone: «обед», «ужин» are no roots to search for.
* over a few days: «Делегации 24–25 октября обсуждали ... По итогам встречи стороны выступили
  с заявлением»: what comes after a happening of several days («после», «по итогам», «по
  завершении», «в конце») comes on its last day, what comes before it («перед», «в начале»,
  «после начала») on its first (`range_edge`, `edge_day`). «В ходе», «во время» name no
  day of it and keep only a happening told on one day. Only days the text named count
  («24–25 октября»): a week counted from now («на этой неделе») is no happening's days, and
  a range of more than EDGE_SPAN days is a season of work, not one happening's.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Literal

from .model import DateValue
from .morph import word

Edge = Literal["first", "last"]

STEM = 5  # letters a stem must have to be searched in other words
# days after the first that a happening told as a range may run on to give an edge day
EDGE_SPAN = 4

# suffixes of a noun of action, longest first («подписание», «консультация», «беседа»)
_SUFFIXES = ("ение", "ание", "ация", "ия", "ие", "а", "ы", "и")
# ranges counted from publication or another day, not named: «на этой неделе»
_COUNTED = frozenset({"relative", "from-stated-date", "publication-date", "before-publication"})
_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "NOUN"})

_FIRST = re.compile(
    r"(?:(?:сразу|вскоре|незадолго)\s+)?(?:перед|в\s+начале)(?![а-яё])"
    r"|.*(?<![а-яё])(?:началом|начала)(?![а-яё])",
    re.IGNORECASE | re.DOTALL,
)
_LAST = re.compile(
    r"(?:(?:сразу|вскоре)\s+)?(?:после|по\s+(?:их\s+|его\s+|е[её]\s+)?итог|по\s+окончани"
    r"|по\s+завершени|в\s+конце|в\s+завершение)",
    re.IGNORECASE,
)


def stem(lemma: str) -> str | None:
    """The root a noun of action shares with its verb («подписание» → «подпис»), or None
    when what is left is too short to search for."""
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= STEM:
            return lemma[: -len(suffix)]
    return lemma if len(lemma) >= STEM else None


def kin(lemma: str, other: str) -> bool:
    """Does the lemma `other` name the happening the noun `lemma` names: the same lemma, or
    a verb, participle or noun of the same root («подписание» — «подписать», «подпись»)?"""
    if other == lemma:
        return True
    root = stem(lemma)
    return root is not None and root in other and word(other).pos in _VERBAL


def range_edge(phrase: str) -> Edge | None:
    """Which day of a happening of several days the phrase («после переговоров», «перед
    началом саммита») places the sentence on; None for «в ходе», «во время»."""
    if _FIRST.match(phrase) is not None:
        return "first"
    if _LAST.match(phrase) is not None:
        return "last"
    return None


def edge_day(v: DateValue, edge: Edge) -> DateValue | None:
    """The first or last day of a time told (a day is its own edge); None for a time that
    is no day and no short range of days."""
    if v.start is None or v.end is None:
        return None
    if v.start == v.end:
        return v if v.precision == "day" else None
    if v.precision != "range" or v.how in _COUNTED or v.end - v.start > timedelta(days=EDGE_SPAN):
        return None
    day = v.start if edge == "first" else v.end
    return DateValue(day, day, "day", v.how)

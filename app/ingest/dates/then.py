"""«Тогда» as a date: the time the text has just stated, with that time's precision; «там
же» («Меркель там же назвала ...»), at the occasion just told, likewise.

«Личная встреча прошла 24 июля прошлого года в Каире; тогда министра принял и президент»
is 24 July; «В 2022 году министры подписали меморандум. Тогда же стороны договорились ...»
is 2022. Only a time told in the same or the previous sentence is taken up (further back,
«тогда» mostly means «then, next» in a story, or its antecedent is unclear), only a past one
(a plan is not a time something was done «тогда»), and not in a condition («если ...,
тогда ...»), where «тогда» is a consequence, no time.
"""

from __future__ import annotations

import re

from .model import DateValue, Tense

# The times «тогда» may take up: stated ones, not a fallback on publication.
_TAKEN = frozenset({"day", "month", "year", "part", "range"})
_NOT_STATED = frozenset({"publication-date", "before-publication", "unanchored", "year-unknown"})
THEN_SPAN = 1  # sentences back the time taken up may be told
_CONDITION = re.compile(r"(?<![а-яё])(?:если|ежели|коли)(?![а-яё])", re.IGNORECASE)

Told = tuple[int, DateValue]  # (sentence index, the time told)


def takes_up(v: DateValue, planned: bool) -> bool:
    """May «тогда» later take up this time?"""
    return (
        not planned
        and v.start is not None
        and v.end is not None
        and v.precision in _TAKEN
        and v.how not in _NOT_STATED
    )


def then_value(
    before: str, told: Told | None, sentence: int, tense: Tense | None
) -> DateValue | None:
    """The time «тогда» stands for: the last time `told`, when it was told in this sentence
    or the one before; `before` is the sentence's text up to «тогда»."""
    if told is None or sentence - told[0] > THEN_SPAN or tense == "future":
        return None
    if _CONDITION.search(before):
        return None  # «если стороны договорятся, тогда ...»: a consequence
    v = told[1]
    return DateValue(v.start, v.end, v.precision, "from-stated-date")

"""«Тогда» as a date: the time the text has just stated, with that time's precision; «там
же» («Меркель там же назвала ...»), at the occasion just told, «в это время», «в то же самое
время» likewise, and a time of day standing alone («Вечером президент встретился ...») on
the day just told.

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
# days counted from another day («накануне», «днём ранее»): steps aside from the story's day
_STEPPED = frozenset({"relative", "from-stated-date"})
THEN_SPAN = 1  # sentences back the time taken up may be told
# a time of day or «позже» goes on with the story's day: a sentence told of it may lie between
# («В пятницу утром прошли переговоры. Стороны обсудили ... Позже ...»)
DAY_SPAN = 2
_CONDITION = re.compile(r"(?<![а-яё])(?:если|ежели|коли)(?![а-яё])", re.IGNORECASE)
# «тогда же», «в то же (самое) время», «в это же время»: the very time of the happening just
# told, however far back its day was named («в понедельник прошли переговоры. После них ...
# Документ фиксирует ... Тогда же было заключено соглашение»): the story's day, as a time of
# day standing alone would take it. A bare «тогда» is as often «next» and is not widened.
_SAME = re.compile(r"тогда\s+же|в\s+(?:то|это)\s+(?:же\s+)?(?:самое\s+)?время", re.IGNORECASE)


def same_time(word: str) -> bool:
    """Does this «then» word insist on the very time just told («тогда же»)?"""
    return _SAME.fullmatch(word.strip()) is not None

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
    before: str,
    told: Told | None,
    sentence: int,
    tense: Tense | None,
    day_only: bool = False,
    stepped: bool = False,
) -> DateValue | None:
    """The time «тогда» stands for: the last time `told`, when it was told in this sentence
    or the one before; `before` is the sentence's text up to «тогда». `day_only` (a time of
    day, «вечером»): only a day told is taken up, not a month or a year; `stepped` («По их
    итогам» after «накануне провели переговоры»): a step to the eve too."""
    span = DAY_SPAN if day_only else THEN_SPAN
    if told is None or sentence - told[0] > span or tense == "future":
        return None
    if day_only and (told[1].precision != "day" or (told[1].how in _STEPPED and not stepped)):
        # «рассказал, что накануне провёл переговоры. Днём ...»: a step to the eve is
        # aside from the story's day, which a time of day goes on with
        return None
    if _CONDITION.search(before):
        return None  # «если стороны договорятся, тогда ...»: a consequence
    v = told[1]
    return DateValue(v.start, v.end, v.precision, "from-stated-date")

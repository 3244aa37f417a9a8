"""A meal is a happening of its own beside the talks of the same day.

«Переговоры прошли в Кремле», «вечером президенты ужинали в «Горках»»: the same two people
on the same day, but the dinner is another occasion, at its own time and place. An event
read from a meal word (meals.py) carries MEAL_MARK among its keys, so that it travels with
the event across articles, and two reports one of which is a meal and the other names no
meal are two happenings (identity.same_happening). A report naming a meal beside another
trigger («встреча в формате рабочего обеда», «переговоры продолжились за обедом») may be the
same lunch told by its other word, and is not told apart. A host receiving a couple
(«Медведев с супругой примет американскую чету») gives the same social occasion, a dinner
or a reception. A meal named only as the time of the sentence's happening («перед ужином Путин
побеседовал с X», «после обеда министры провели встречу») is no telling of the meal: that
happening is held before or after it, apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.ingest.events.lexicon import HOST_VERBS, MEAL_NOUNS, MEAL_TIMES, MEAL_VERBS
from app.ingest.nlp import Token

MEAL_MARK = "%meal"
# A meal named beside another trigger («встреча в формате рабочего обеда», «переговоры
# продолжились за обедом»): that report may be of the meal, so it is not told apart.
MEAL_SEEN = "%meal-seen"
MEAL_WORDS = MEAL_NOUNS | MEAL_VERBS
# Guests received as a couple: a social occasion, not the talks.
COUPLE = "чета"
# How far after the host verb the couple may stand («примет американскую чету»).
_COUPLE_REACH = 3


def meal_keys(toks: Sequence[Token], idx: int) -> frozenset[str]:
    """The mark for an event whose trigger at idx is a meal word, or a host's verb with a
    couple as its guests; none for any other."""
    lemma = _lemma(toks[idx])
    couple = lemma in HOST_VERBS and any(
        _lemma(t) == COUPLE for t in toks[idx + 1 : idx + 1 + _COUPLE_REACH]
    )
    if lemma in MEAL_WORDS or couple:
        return frozenset({MEAL_MARK})
    seen = any(
        _lemma(t) in MEAL_WORDS and not _time_of(toks, j) for j, t in enumerate(toks)
    )
    return frozenset({MEAL_SEEN}) if seen else frozenset()


# How far before a meal noun its preposition of time may stand («перед рабочим ужином»).
_TIME_REACH = 2


def _time_of(toks: Sequence[Token], j: int) -> bool:
    """Is the meal word at `j` only the time of something else: «перед ужином», «после
    официального обеда» (a preposition of time before it, an adjective at most between)?"""
    for k in range(j - 1, max(j - 1 - _TIME_REACH, -1), -1):
        if _lemma(toks[k]) in MEAL_TIMES:
            return True
        if toks[k].pos != "ADJ":
            return False
    return False


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def meal_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """One report is of a meal and the other names no meal at all: two happenings."""
    sa, sb = set(a), set(b)
    return (MEAL_MARK in sa and not sb & _ANY) or (MEAL_MARK in sb and not sa & _ANY)


_ANY = frozenset({MEAL_MARK, MEAL_SEEN})

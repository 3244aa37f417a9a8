"""Two outlets' reports of one call or meeting dated at different fineness: one date holds
the other's day, the people agree (contained.py via same_stored.find_same). Every case is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events.contained import holds, same_contact, window
from app.ingest.events.model import DateReading

D = dt.date
PUTIN, ERDOGAN, ALIEV = "putin", "erdogan", "aliev"
TURKEY, ARMENIA = "turkey", "armenia"
PEOPLE = frozenset({PUTIN, ERDOGAN, ALIEV})
NONE: frozenset[str] = frozenset()
IN_SOCHI = frozenset({"@сочи"})
IN_ANKARA = frozenset({"@анкара"})

MON = D(2022, 3, 7)


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text="7 марта")


def days(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "range", "explicit"), text="7–8 марта")


def week(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "range", "relative"), text="на прошлой неделе")


def month(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "month", "explicit"), text="в марте")


def published(d: D) -> DateReading:
    """«Начались переговоры» of a report of that day: its publication alone dates it."""
    return DateReading(DateValue(d, d, "day", "publication-date"), explicit=False)


def past(d: D) -> DateReading:
    """«Провели телефонный разговор», no date at all, published on `d`."""
    return DateReading(DateValue(None, d, "before", "before-publication"), explicit=False)


def earlier(d: D) -> DateReading:
    """«Ранее» in the text: an earlier occasion than the news."""
    return DateReading(DateValue(None, d, "before", "before-publication"), text="ранее")


def undated() -> DateReading:
    return DateReading(DateValue(None, None, "unknown", "unanchored"), explicit=False)


WINDOWS: list[tuple[DateReading, object]] = [
    (day(MON), (MON, MON, "firm")),
    (days(MON, D(2022, 3, 8)), (MON, D(2022, 3, 8), "firm")),
    (week(D(2022, 3, 7), D(2022, 3, 13)), (D(2022, 3, 7), D(2022, 3, 13), "coarse")),
    (published(MON), (D(2022, 3, 4), MON, "vague")),
    (past(MON), (D(2022, 3, 4), MON, "vague")),
    (earlier(MON), None),  # «ранее»: another occasion, nothing to hold
    (month(D(2022, 3, 1), D(2022, 3, 31)), None),  # a month holds too much
    (undated(), None),
]


@pytest.mark.parametrize(("r", "want"), WINDOWS, ids=[f"{i:02d}" for i in range(len(WINDOWS))])
def test_window(r: DateReading, want: object) -> None:
    assert window(r) == want


HOLDS: list[tuple[DateReading, DateReading, bool]] = [
    (published(MON), day(MON), True),  # «сегодня начались» and «7 марта»
    (day(D(2022, 3, 5)), past(MON), True),  # a day just before the publication
    (day(D(2022, 2, 20)), past(MON), False),  # weeks before: maybe another call
    (day(D(2022, 3, 8)), past(MON), False),  # after the publication
    (past(MON), published(MON), True),  # two outlets of the same day
    (past(MON), past(D(2022, 3, 8)), True),  # the next day's outlet
    (past(MON), past(D(2022, 3, 10)), False),  # days later: maybe another call
    (week(D(2022, 3, 7), D(2022, 3, 13)), day(D(2022, 3, 9)), True),
    (week(D(2022, 3, 7), D(2022, 3, 13)), day(D(2022, 3, 15)), False),
    (day(MON), day(MON), False),  # two firm days are compared elsewhere
    (week(D(2022, 3, 7), D(2022, 3, 13)), past(D(2022, 3, 14)), False),
]


@pytest.mark.parametrize(("a", "b", "held"), HOLDS, ids=[f"{i:02d}" for i in range(len(HOLDS))])
def test_holds(a: DateReading, b: DateReading, held: bool) -> None:
    wa, wb = window(a), window(b)
    assert wa is not None and wb is not None
    assert holds(wa, wb) is held


Report = tuple[str, list[str], DateReading, frozenset[str]]


def rep(type_: str, actors: list[str], date: DateReading, keys: frozenset[str] = NONE) -> Report:
    return (type_, actors, date, keys)


SAME: list[tuple[Report, Report, bool]] = [
    # Talks dated by the publication, a meeting another outlet dates: one contact.
    (rep("talks", [PUTIN, ALIEV], published(MON)), rep("meeting", [ALIEV, PUTIN], day(MON)), True),
    # Two calls told only in the past tense by two outlets of one day.
    (rep("call", [PUTIN, ERDOGAN], past(MON)), rep("call", [ERDOGAN, PUTIN], past(MON)), True),
    # A state or a topic taken for a party beside the two people does not tell them apart.
    (
        rep("call", [PUTIN, ERDOGAN, ARMENIA], day(MON)),
        rep("call", [PUTIN, ERDOGAN], past(MON)),
        True,
    ),
    (
        rep("talks", [PUTIN, ALIEV, TURKEY], past(MON)),
        rep("talks", [PUTIN, ALIEV], published(MON)),
        True,
    ),
    # A call is no meeting.
    (rep("call", [PUTIN, ERDOGAN], past(MON)), rep("meeting", [PUTIN, ERDOGAN], day(MON)), False),
    # Another counterpart is another contact.
    (rep("call", [PUTIN, ERDOGAN], past(MON)), rep("call", [PUTIN, ALIEV], day(MON)), False),
    # One person alone is too little to tell.
    (rep("call", [PUTIN], past(MON)), rep("call", [PUTIN, ERDOGAN], day(MON)), False),
    # Meetings in two named places are two; a call has no place.
    (
        rep("meeting", [PUTIN, ALIEV], published(MON), IN_SOCHI),
        rep("meeting", [PUTIN, ALIEV], day(MON), IN_ANKARA),
        False,
    ),
    (
        rep("meeting", [PUTIN, ALIEV], published(MON), IN_SOCHI),
        rep("talks", [PUTIN, ALIEV], day(MON), IN_SOCHI),
        True,
    ),
    (
        rep("call", [PUTIN, ERDOGAN], past(MON), IN_SOCHI),
        rep("call", [PUTIN, ERDOGAN], day(MON), IN_ANKARA),
        True,
    ),
    # «Ранее» and a day: an earlier occasion, not this one.
    (rep("call", [PUTIN, ERDOGAN], earlier(MON)), rep("call", [PUTIN, ERDOGAN], day(MON)), False),
    # States alone are no sign of one contact.
    (rep("talks", [TURKEY, ARMENIA], past(MON)), rep("talks", [ARMENIA, TURKEY], day(MON)), False),
    (
        rep("talks", [TURKEY, ARMENIA], past(MON)),
        rep("talks", [ARMENIA, TURKEY, PUTIN], day(MON)),
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "same"), SAME, ids=[f"{i:02d}" for i in range(len(SAME))])
def test_same_contact(a: Report, b: Report, same: bool) -> None:
    assert same_contact(*a, *b, PEOPLE) is same
    assert same_contact(*b, *a, PEOPLE) is same


GUEST, OTHER_GUEST = "guest-minister", "other-guest"
TO_MOSCOW = frozenset({"@москв"})
TO_KAZAN = frozenset({"@казан"})
LAST_WEEK = week(D(2022, 3, 7), D(2022, 3, 13))

VISITS: list[tuple[Report, Report, bool]] = [
    # «Прибыл в Москву» of a Tuesday report, «на прошлой неделе приезжал в Москву».
    (
        rep("visit", [GUEST], past(D(2022, 3, 8)), TO_MOSCOW),
        rep("visit", [GUEST], LAST_WEEK, TO_MOSCOW),
        True,
    ),
    # «Находится с визитом в Москве» of that day, and the arrival day another outlet gives.
    (
        rep("visit", [GUEST], published(MON), TO_MOSCOW),
        rep("visit", [GUEST], day(D(2022, 3, 6)), TO_MOSCOW),
        True,
    ),
    # Another city, another visitor, another week: another trip.
    (
        rep("visit", [GUEST], past(D(2022, 3, 8)), TO_MOSCOW),
        rep("visit", [GUEST], LAST_WEEK, TO_KAZAN),
        False,
    ),
    (
        rep("visit", [GUEST], past(D(2022, 3, 8)), TO_MOSCOW),
        rep("visit", [OTHER_GUEST], LAST_WEEK, TO_MOSCOW),
        False,
    ),
    (
        rep("visit", [GUEST], past(D(2022, 3, 20)), TO_MOSCOW),
        rep("visit", [GUEST], LAST_WEEK, TO_MOSCOW),
        False,
    ),
    # A week and a day of another week; a visit without a place named by either.
    (
        rep("visit", [GUEST], LAST_WEEK, TO_MOSCOW),
        rep("visit", [GUEST], day(D(2022, 3, 15)), TO_MOSCOW),
        False,
    ),
    (rep("visit", [GUEST], past(D(2022, 3, 8))), rep("visit", [GUEST], LAST_WEEK), False),
]


@pytest.mark.parametrize(("a", "b", "same"), VISITS, ids=[f"{i:02d}" for i in range(len(VISITS))])
def test_same_trip(a: Report, b: Report, same: bool) -> None:
    assert same_contact(*a, *b, PEOPLE) is same
    assert same_contact(*b, *a, PEOPLE) is same

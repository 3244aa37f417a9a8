"""A happening one outlet dates by its day and another by the week it lies in, in the same
place with the same parties (held_within.py via identity.same_happening). Every case is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.held_within import holds_day
from app.ingest.events.model import DateReading

D = dt.date
MFA, ENVOY, GUEST = "mfa-russia", "envoy", "guest-director"
IN_MINSK = frozenset({"@минск"})
IN_BAKU = frozenset({"@баку"})


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text="12 марта")


def week(a: D, b: D) -> DateReading:
    """«На прошлой неделе», counted from its article's publication."""
    return DateReading(DateValue(a, b, "range", "relative"), text="на прошлой неделе")


def part(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "part", "explicit"), text="в середине марта")


def month(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "month", "explicit"), text="в марте")


def dateline(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "publication-date"), text="Минск. 14 марта.")


TUE = D(2022, 3, 8)
WEEK = week(D(2022, 3, 7), D(2022, 3, 13))

HOLDS: list[tuple[DateReading, DateReading, bool]] = [
    (day(TUE), WEEK, True),  # the Tuesday of «last week»
    (WEEK, day(TUE), True),  # either order
    (day(D(2022, 3, 15)), WEEK, False),  # a day of the next week
    (day(D(2022, 3, 15)), part(D(2022, 3, 11), D(2022, 3, 20)), True),  # «в середине марта»
    (day(TUE), month(D(2022, 3, 1), D(2022, 3, 31)), False),  # a month is too loose
    (dateline(TUE), WEEK, False),  # a dateline is no day of the happening
    (WEEK, week(D(2022, 3, 7), D(2022, 3, 13)), False),  # a week holds no other week
]


@pytest.mark.parametrize(("a", "b", "held"), HOLDS, ids=[f"{i:02d}" for i in range(len(HOLDS))])
def test_holds_day(a: DateReading, b: DateReading, held: bool) -> None:
    assert holds_day(a, b) is held


# «На прошлой неделе в Минске прошли консультации МИД» and «консультации прошли во вторник
# в Минске» (with the two heads of delegation named): one happening.
SAME: list[tuple[list[str], frozenset[str], DateReading, bool]] = [
    ([MFA], IN_MINSK, WEEK, True),
    ([MFA, ENVOY, GUEST], IN_MINSK, WEEK, True),
    ([MFA], IN_BAKU, WEEK, False),  # another place
    ([MFA], frozenset(), WEEK, False),  # no place to hold them together
    ([MFA, "someone-else"], IN_MINSK, WEEK, False),  # a party the dated report lacks
    ([MFA], IN_MINSK, month(D(2022, 3, 1), D(2022, 3, 31)), False),
]


@pytest.mark.parametrize(
    ("actors", "keys", "date", "same"), SAME, ids=[f"{i:02d}" for i in range(len(SAME))]
)
def test_consultations_of_a_week_and_of_its_day(
    actors: list[str], keys: frozenset[str], date: DateReading, same: bool
) -> None:
    dated = ("talks", [MFA, ENVOY, GUEST], day(TUE), IN_MINSK)
    vague = ("talks", actors, date, keys)
    for a, b in ((vague, dated), (dated, vague)):
        assert identity.same_happening(*a, *b) is same

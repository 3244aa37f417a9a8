"""A contact one outlet tells by one side alone («переговоры министров прошли в Женеве 6
марта», the counterpart not named) and another by both sides, as a meeting, on the same
stated day in the same place: one happening (identity.same_happening). Every case is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.model import DateReading

D = dt.date
MINISTER, COUNTERPART, OTHER = "minister-a", "minister-b", "minister-c"
IN_OSLO = frozenset({"@осло"})
IN_RIGA = frozenset({"@рига"})


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text="6 марта")


DAY = D(2016, 3, 6)

# (talks: actors, place, date) against the stored meeting of MINISTER and COUNTERPART on DAY
# in Oslo.
CASES: list[tuple[list[str], frozenset[str], DateReading, bool]] = [
    ([MINISTER], IN_OSLO, day(DAY), True),  # one side named, same day, same place
    ([COUNTERPART], IN_OSLO, day(DAY), True),  # the other side alone
    ([MINISTER], IN_RIGA, day(DAY), False),  # another city
    ([MINISTER], frozenset(), day(DAY), False),  # no place to tie them
    ([MINISTER], IN_OSLO, day(D(2016, 3, 8)), False),  # another day
    ([MINISTER, OTHER], IN_OSLO, day(DAY), False),  # a party the meeting lacks
    ([OTHER], IN_OSLO, day(DAY), False),  # nobody shared
]


@pytest.mark.parametrize(
    ("actors", "keys", "date", "same"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_one_side_of_a_meeting_the_same_day(
    actors: list[str], keys: frozenset[str], date: DateReading, same: bool
) -> None:
    stored = ("meeting", [MINISTER, COUNTERPART], day(DAY), IN_OSLO | {"перв"})
    for a, b in (
        (stored, ("talks", actors, date, keys)),
        (("talks", actors, date, keys), stored),
    ):
        assert identity.same_happening(*a, *b) is same


def test_not_within_one_article() -> None:
    """One article telling «переговоры министра» beside the meeting keeps them as its own
    grouping decided (the rule is for reports of two outlets)."""
    assert not identity.same_happening(
        "meeting", [MINISTER, COUNTERPART], day(DAY), IN_OSLO,
        "talks", [MINISTER], day(DAY), IN_OSLO, same_article=True,
    )  # fmt: skip


# The same two leaders' call: «3 декабря поговорили по телефону» in one outlet, «в пятницу»
# (4 December) in another; different wording and no place.
LEADER_A, LEADER_B, LEADER_C = "leader-a", "leader-b", "leader-c"
CALLS: list[tuple[str, list[str], DateReading, bool]] = [
    ("call", [LEADER_A, LEADER_B], day(D(2016, 3, 5)), True),  # a day later
    ("call", [LEADER_B, LEADER_A], day(D(2016, 3, 7)), True),  # a day earlier
    ("call", [LEADER_A, LEADER_B], day(D(2016, 3, 8)), False),  # two days: two calls
    ("call", [LEADER_A, LEADER_C], day(D(2016, 3, 5)), False),  # another counterpart
    ("call", [LEADER_A], day(D(2016, 3, 5)), False),  # one side only
    ("meeting", [LEADER_A, LEADER_B], day(D(2016, 3, 5)), False),  # not a call
]


@pytest.mark.parametrize(
    ("type_", "actors", "date", "same"), CALLS, ids=[f"{i:02d}" for i in range(len(CALLS))]
)
def test_call_a_day_apart(type_: str, actors: list[str], date: DateReading, same: bool) -> None:
    stored = ("call", [LEADER_A, LEADER_B], day(DAY), frozenset({"телефон"}))
    other = (type_, actors, date, frozenset({"заявлен"}))
    assert identity.same_happening(*stored, *other) is same
    assert identity.same_happening(*other, *stored) is same
    assert not identity.same_happening(*stored, *other, same_article=True)

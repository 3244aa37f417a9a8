"""A document the same people concluded, told by one outlet with its day and by another
with a part of the month («в конце апреля парафировали меморандум»), is one agreement;
and a person named by his surname alone in one report («госпожа Ордуэй») is the same
person the other report names in full (contained.same_contact, month_holds). Every case
is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events.contained import same_contact
from app.ingest.events.model import DateReading
from app.ingest.events.month_holds import month_holds

D = dt.date
# People outside the gazetteer: ids made of their names as the outlets spelled them.
KOVALEV, ORDWAY, ORDWAY_ALONE = "petr-kovalev", "dzhudit-orduey", "orduey"
OTHER = "ivan-belov"
PEOPLE = frozenset({KOVALEV, ORDWAY, ORDWAY_ALONE, OTHER})
NORWAY, RUSSIA = "norway", "russia"
NONE: frozenset[str] = frozenset()
IN_MURMANSK = frozenset({"@мурман"})
IN_OSLO = frozenset({"@осло"})


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text="24 апреля")


def late_april() -> DateReading:
    return DateReading(
        DateValue(D(2011, 4, 21), D(2011, 4, 30), "part", "explicit"), text="в конце апреля"
    )


def april() -> DateReading:
    return DateReading(
        DateValue(D(2011, 4, 1), D(2011, 4, 30), "month", "explicit"), text="в апреле"
    )


def published(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "publication-date"), explicit=False)


Report = tuple[str, list[str], DateReading, frozenset[str]]


def rep(type_: str, actors: list[str], date: DateReading, keys: frozenset[str] = NONE) -> Report:
    return (type_, actors, date, keys)


DAY = day(D(2011, 4, 26))

CASES: list[tuple[Report, Report, bool]] = [
    # «В конце апреля Ковалев и Ордуэй парафировали соглашение» and «26 апреля ... парафировали»
    (
        rep("agreement", [KOVALEV, ORDWAY], late_april()),
        rep("agreement", [ORDWAY, KOVALEV], DAY),
        True,
    ),
    # «госпожа Ордуэй» in an interview and «Джудит Ордуэй» in the report of the day.
    (
        rep("agreement", [KOVALEV, ORDWAY_ALONE], late_april(), IN_MURMANSK),
        rep("agreement", [KOVALEV, ORDWAY], DAY, IN_MURMANSK),
        True,
    ),
    # The talks of those days with the surname alone: one meeting too.
    (
        rep("talks", [KOVALEV, ORDWAY_ALONE], late_april()),
        rep("meeting", [ORDWAY, KOVALEV], DAY),
        True,
    ),
    # Someone else signed: another document.
    (
        rep("agreement", [KOVALEV, OTHER], late_april()),
        rep("agreement", [KOVALEV, ORDWAY], DAY),
        False,
    ),
    # States alone sign many documents a week.
    (
        rep("agreement", [NORWAY, RUSSIA], late_april()),
        rep("agreement", [RUSSIA, NORWAY], DAY),
        False,
    ),
    # Signed in two named places: two documents.
    (
        rep("agreement", [KOVALEV, ORDWAY], late_april(), IN_MURMANSK),
        rep("agreement", [KOVALEV, ORDWAY], DAY, IN_OSLO),
        False,
    ),
    # A day outside the part of the month.
    (
        rep("agreement", [KOVALEV, ORDWAY], late_april()),
        rep("agreement", [KOVALEV, ORDWAY], day(D(2011, 4, 12))),
        False,
    ),
    # An agreement is no meeting.
    (
        rep("agreement", [KOVALEV, ORDWAY], late_april()),
        rep("meeting", [KOVALEV, ORDWAY], DAY),
        False,
    ),
    # Words of the day of the signing, told by the publication alone.
    (
        rep("agreement", [KOVALEV, ORDWAY], published(D(2011, 4, 27))),
        rep("agreement", [KOVALEV, ORDWAY], DAY),
        True,
    ),
]


@pytest.mark.parametrize(("a", "b", "same"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_same_document(a: Report, b: Report, same: bool) -> None:
    assert same_contact(*a, *b, PEOPLE) is same
    assert same_contact(*b, *a, PEOPLE) is same


MONTHS: list[tuple[Report, Report, bool]] = [
    # «В апреле Ордуэй и Ковалев встречались» and the meeting of 26 April: an offer.
    (
        rep("meeting", [KOVALEV, ORDWAY_ALONE], april()),
        rep("meeting", [ORDWAY, KOVALEV], DAY),
        True,
    ),
    (rep("meeting", [KOVALEV, OTHER], april()), rep("meeting", [ORDWAY, KOVALEV], DAY), False),
]


@pytest.mark.parametrize(("a", "b", "offer"), MONTHS, ids=[f"{i:02d}" for i in range(len(MONTHS))])
def test_month_offer(a: Report, b: Report, offer: bool) -> None:
    assert month_holds(*a, *b, PEOPLE) is offer
    assert month_holds(*b, *a, PEOPLE) is offer

"""A one-day visit told by the contact held on it («побывал в ..., где обсудил с ...») and
another outlet's talks or meeting of exactly the same people that day are one happening
(app/ingest/events/visit_host.py); an arrival with the contact ahead («прибыл в ..., где
ему предстоит встреча»), a visit of the visitor alone, another day, a multi-day visit,
other people or another place keep them apart, and so does one article telling both.
Reports and sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.keys import root
from app.ingest.events.model import DateReading
from app.ingest.events.place_clause_hosts import HELD_THERE
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of, files_of, store_text

D = dt.date
GUEST, HOST, AIDE = "guest-minister", "host-minister", "host-aide"


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


def days(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "range", "explicit"), text=f"{a}–{b}")


def before(d: D) -> DateReading:
    return DateReading(DateValue(None, d, "before", "before-publication"), explicit=False)


def place(word: str) -> frozenset[str]:
    return frozenset({"@" + root(word)})


DAY, NEXT = day(D(2021, 6, 29)), day(D(2021, 6, 30))
CITY, OTHER = place("анталья"), place("стамбул")
NONE: frozenset[str] = frozenset()
HELD = frozenset({HELD_THERE})  # the visit told by the contact held there


@pytest.mark.parametrize(
    ("visit", "contact", "same"),
    [
        # «накануне министр побывал в городе, где обсудил с коллегой» and the talks that day
        (([GUEST, HOST], DAY, CITY | HELD), ("talks", [GUEST, HOST], DAY, CITY), True),
        (([GUEST, HOST], DAY, HELD), ("meeting", [GUEST, HOST], DAY, CITY), True),
        (([GUEST, HOST], DAY, CITY | HELD), ("meeting", [GUEST, HOST], DAY, NONE), True),
        # «прибыл в город, где ему предстоят переговоры с коллегой»: the trip, not the talks
        (([GUEST, HOST], DAY, CITY), ("talks", [GUEST, HOST], DAY, CITY), False),
        # the visitor alone: a trip, its meetings happenings of their own
        (([GUEST], DAY, CITY | HELD), ("talks", [GUEST, HOST], DAY, CITY), False),
        # more people at the talks than the visit names
        (([GUEST, HOST], DAY, CITY | HELD), ("talks", [GUEST, HOST, AIDE], DAY, CITY), False),
        # another day, or no stated day
        (([GUEST, HOST], DAY, CITY | HELD), ("talks", [GUEST, HOST], NEXT, CITY), False),
        (
            ([GUEST, HOST], before(D(2021, 6, 30)), CITY | HELD),
            ("talks", [GUEST, HOST], DAY, CITY),
            False,
        ),  # fmt: skip
        # a visit of several days holds more than the day's talks
        (
            ([GUEST, HOST], days(D(2021, 6, 28), D(2021, 6, 30)), CITY | HELD),
            ("talks", [GUEST, HOST], DAY, CITY),
            False,
        ),  # fmt: skip
        # two places named
        (([GUEST, HOST], DAY, OTHER | HELD), ("talks", [GUEST, HOST], DAY, CITY), False),
    ],
)
def test_a_visit_told_with_its_host(
    visit: tuple[list[str], DateReading, frozenset[str]],
    contact: tuple[str, list[str], DateReading, frozenset[str]],
    same: bool,
) -> None:
    actors, date, keys = visit
    ctype, cactors, cdate, ckeys = contact
    args = ("visit", actors, date, keys, ctype, cactors, cdate, ckeys)
    assert identity.same_happening(*args) is same
    back = (ctype, cactors, cdate, ckeys, "visit", actors, date, keys)
    assert identity.same_happening(*back) is same


def test_one_article_telling_both_means_two() -> None:
    args = ("visit", [GUEST, HOST], DAY, CITY | HELD, "talks", [GUEST, HOST], DAY, CITY)
    assert identity.same_happening(*args, same_article=True) is False


TALKS = (
    "Министр иностранных дел России Сергей Лавров во вторник провёл в Анталье переговоры "
    "с главой МИД Турции Мевлютом Чавушоглу."
)
VISIT = (
    "Накануне Сергей Лавров побывал в Анталье, где обсудил с Мевлютом Чавушоглу положение в Сирии."
)
VISIT_ELSEWHERE = (
    "Накануне Сергей Лавров побывал в Стамбуле, где обсудил с Мевлютом Чавушоглу положение в Сирии."
)
ARRIVAL = (
    "Во вторник Сергей Лавров прибыл в Анталью, где ему предстоит встреча с Мевлютом Чавушоглу."
)
PUB = D(2021, 6, 30)


@pytest.mark.parametrize("visit_first", [False, True])
@pytest.mark.parametrize(
    ("visit", "joined"), [(VISIT, True), (VISIT_ELSEWHERE, False), (ARRIVAL, False)]
)
def test_the_store_joins_the_outlets(
    session: Session, pipeline: Pipeline, visit: str, joined: bool, visit_first: bool
) -> None:
    stories = [(TALKS, "talks.txt"), (visit, "visit.txt")]
    for text, file in reversed(stories) if visit_first else stories:
        store_text(session, pipeline, text, PUB, file)
    found = events_of(session, "visit", "talks", "meeting")
    assert len(found) == (1 if joined else 2)
    if joined:
        assert files_of(session, found[0]) == {"talks.txt", "visit.txt"}
        assert found[0].type == "talks"

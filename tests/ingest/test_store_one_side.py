"""One side of a contact named by one outlet and both sides by another (one_side.py, on
the store step with the real pipeline): one meeting when it is the only contact of that
person known on those days, in either order; two contacts of his that day leave the lone
side to neither; another day's contact stays apart. And two outlets' meeting and talks of
the same parties on the same stated days are one (identity.same_happening). Sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.dates import DateValue
from app.ingest.events.model import DateReading
from app.ingest.events.one_side import days_hold, one_side, same_days
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date

LONE = (
    "В четверг, 14 марта, американский гость провел в Москве переговоры с заместителем "
    "министра иностранных дел России Сергеем Рябковым."
)
BOTH = (
    "Заместитель госсекретаря США Андреа Томпсон в четверг встретилась в Москве с "
    "заместителем министра иностранных дел Сергеем Рябковым."
)
OTHER_GUEST = "Сергей Рябков в четверг также встретился в Москве с послом Франции Сильви Берманн."
LONE_OTHER_DAY = (
    "Во вторник, 19 марта, американский гость провел в Москве переговоры с заместителем "
    "министра иностранных дел России Сергеем Рябковым."
)


def _contacts(session: Session) -> int:
    return len(events_of(session, "meeting", "talks"))


@pytest.mark.parametrize("lone_first", [False, True])
def test_the_lone_side_joins_the_one_contact_of_that_day(
    session: Session, pipeline: Pipeline, lone_first: bool
) -> None:
    stories = [(BOTH, D(2019, 3, 14), "both.txt"), (LONE, D(2019, 3, 15), "lone.txt")]
    for text, pub, file in reversed(stories) if lone_first else stories:
        _store(session, pipeline, text, pub, file)
    contacts = events_of(session, "meeting", "talks")
    assert len(contacts) == 1
    assert _files(session, contacts[0]) == {"both.txt", "lone.txt"}


def test_two_contacts_that_day_leave_the_lone_side_to_neither(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, BOTH, D(2019, 3, 14), "both.txt")
    _store(session, pipeline, OTHER_GUEST, D(2019, 3, 14), "other.txt")
    _store(session, pipeline, LONE, D(2019, 3, 15), "lone.txt")
    assert _contacts(session) == 3


def test_another_days_lone_side_stays_apart(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, BOTH, D(2019, 3, 14), "both.txt")
    _store(session, pipeline, LONE_OTHER_DAY, D(2019, 3, 20), "lone.txt")
    assert _contacts(session) == 2


SPAN_MEETING = (
    "Встреча российской и японской делегаций по вопросам рыболовства прошла в Токио 11–12 октября."
)
SPAN_TALKS = (
    "Россия и Япония провели 11–12 октября в Токио переговоры по вопросам рыболовства, "
    "сообщило агентство."
)


def test_meeting_and_talks_of_the_same_stated_days_are_one(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, SPAN_MEETING, D(2018, 10, 12), "meeting.txt")
    _store(session, pipeline, SPAN_TALKS, D(2018, 10, 13), "talks.txt")
    contacts = events_of(session, "meeting", "talks")
    assert len(contacts) == 1
    assert _files(session, contacts[0]) == {"meeting.txt", "talks.txt"}


def _r(start: D | None, end: D | None, precision: str, how: str = "explicit") -> DateReading:
    return DateReading(value=DateValue(start, end, precision, how), text="x", explicit=True)


DAY = _r(D(2021, 11, 2), D(2021, 11, 2), "day")
NEXT_DAY = _r(D(2021, 11, 3), D(2021, 11, 3), "day")
TWO_DAYS = _r(D(2021, 11, 2), D(2021, 11, 3), "range")
EARLY_MONTH = _r(D(2023, 12, 1), D(2023, 12, 10), "part")
MONTH = _r(D(2021, 11, 1), D(2021, 11, 30), "month")
PUBLISHED = _r(D(2021, 11, 2), D(2021, 11, 2), "day", "publication-date")
PEOPLE = frozenset({"host", "guest", "third"})


@pytest.mark.parametrize(
    ("a", "b", "hold", "same"),
    [
        (DAY, DAY, True, True),
        (DAY, TWO_DAYS, True, False),  # Tuesday inside the visit's «2–3 ноября»
        (DAY, NEXT_DAY, False, False),
        (EARLY_MONTH, EARLY_MONTH, True, True),  # «в начале декабря» in both
        (DAY, MONTH, False, False),  # a month tells nothing (month_holds.py)
        (DAY, PUBLISHED, False, False),  # a dateline is no stated day
    ],
)
def test_stated_days(a: DateReading, b: DateReading, hold: bool, same: bool) -> None:
    assert days_hold(a, b) is hold
    assert same_days(a, b) is same


@pytest.mark.parametrize(
    ("type_a", "lone", "type_b", "both", "offered"),
    [
        ("talks", {"host"}, "meeting", {"host", "guest"}, True),
        ("meeting", {"host", "russia"}, "meeting", {"host", "guest", "russia"}, True),
        ("call", {"host"}, "call", {"host", "guest"}, True),
        ("call", {"host"}, "meeting", {"host", "guest"}, False),  # a call is no meeting
        ("statement", {"host"}, "statement", {"host", "guest"}, False),
        ("talks", {"host"}, "meeting", {"guest", "third"}, False),  # not his contact
        ("talks", {"host", "usa"}, "meeting", {"host", "guest"}, False),  # a party more
        ("talks", {"host", "guest"}, "meeting", {"host", "guest"}, False),  # both sides
        ("talks", {"russia"}, "meeting", {"russia", "host", "guest"}, False),  # no person
    ],
)
def test_one_side(type_a: str, lone: set[str], type_b: str, both: set[str], offered: bool) -> None:
    none = frozenset[str]()
    assert one_side(type_a, lone, DAY, none, type_b, both, DAY, none, PEOPLE) is offered
    assert one_side(type_b, both, DAY, none, type_a, lone, DAY, none, PEOPLE) is offered

"""The sides of a joint act named as states in one report and by the people who speak
for those states in another (app/ingest/events/voiced_sides.py, identity.same_happening),
and the store step that joins them (sentences of our own), also under a replaced file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.model import DateReading
from app.ingest.events.voiced_sides import state_act
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


def year(y: int) -> DateReading:
    return DateReading(DateValue(D(y, 1, 1), D(y, 12, 31), "year", "explicit"), text=str(y))


DAY = day(D(2019, 3, 5))
STATES = ["russia", "turkey"]
LEADERS = ["vladimir-putin", "recep-tayyip-erdogan"]


def test_a_joint_act_of_states_and_one_of_their_leaders_are_not_joined_by_office() -> None:
    # Read as one act, measured on shares no rule writer read, this joined two happenings.
    none: frozenset[str] = frozenset()
    args = ("agreement", STATES, DAY, none, "agreement", LEADERS, DAY, none)
    assert not identity.same_happening(*args)


BY_STATES = "Россия и Турция 5 марта договорились о совместном патрулировании границы."
BY_LEADERS = (
    "Владимир Путин и Реджеп Тайип Эрдоган 5 марта договорились о совместном патрулировании."
)


def test_states_and_leaders_in_two_outlets_stay_two(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, BY_LEADERS, D(2019, 3, 6), "leaders.txt")
    _store(session, pipeline, BY_STATES, D(2019, 3, 6), "states.txt")
    assert len(_events(session, "agreement")) == 2


OBAMA, WH = "barack-obama", "white-house"
ON_DAY = day(D(2015, 4, 14))
PARENTS = {WH: "usa"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("sanctions", [OBAMA], ON_DAY), ("sanctions", ["usa", WH], ON_DAY), True),
        (("sanctions", [OBAMA], ON_DAY), ("sanctions", ["usa"], ON_DAY), True),
        # another day, another state, a president out of office
        (("sanctions", [OBAMA], ON_DAY), ("sanctions", [WH], day(D(2015, 4, 15))), False),
        (("sanctions", [OBAMA], ON_DAY), ("sanctions", ["russia"], ON_DAY), False),
        (("sanctions", [OBAMA], day(D(2019, 4, 14))), ("sanctions", [WH], day(D(2019, 4, 14))),
         False),
        # two states' sanctions: no one state's act
        (("sanctions", [OBAMA], ON_DAY), ("sanctions", ["usa", "united-kingdom"], ON_DAY), False),
        # a joint act is voiced_sides' to judge
        (("agreement", [OBAMA], ON_DAY), ("agreement", ["usa"], ON_DAY), False),
    ],
)  # fmt: skip
def test_state_act(
    a: tuple[str, list[str], DateReading], b: tuple[str, list[str], DateReading], same: bool
) -> None:
    assert state_act(*a, *b, PARENTS) is same
    assert state_act(*b, *a, PARENTS) is same


BY_OFFICE = "Белый дом 14 апреля объявил о высылке десяти иранских дипломатов."
IN_MONTH = "В апреле Барак Обама объявил о высылке десяти иранских дипломатов."
BY_PRESIDENT = "Барак Обама 14 апреля объявил о высылке десяти иранских дипломатов."


def test_the_office_and_the_president(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, BY_OFFICE, D(2015, 4, 15), "office.txt")
    _store(session, pipeline, IN_MONTH, D(2015, 4, 30), "month.txt")
    _store(session, pipeline, BY_PRESIDENT, D(2015, 4, 15), "president.txt")
    acts = _events(session, "sanctions")
    assert len(acts) == 1
    assert _files(session, acts[0]) == {"office.txt", "month.txt", "president.txt"}
    # The president's report is replaced by one of another day: the office's act is its own.
    _store(session, pipeline, BY_PRESIDENT.replace("14 апреля", "2 апреля"), D(2015, 4, 15),
           "president.txt")  # fmt: skip
    assert len(_events(session, "sanctions")) >= 2

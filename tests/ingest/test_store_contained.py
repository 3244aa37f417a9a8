"""One call or meeting across outlets whose dates differ in fineness (contained.py, on the
store step with the real pipeline): a report dated by its publication and another's day,
two past-tense reports of one day; another day's call stays apart. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date

# Present tense, no date: the report's publication alone dates the talks.
BEGUN = (
    "В эти минуты проходят переговоры президента России Владимира Путина и президента "
    "Казахстана Касым-Жомарта Токаева, сообщает пресс-секретарь."
)
DATED = (
    "Встреча Владимира Путина с Касым-Жомартом Токаевым 12 октября продлилась более трёх "
    "часов, лидеры обсудили транзит нефти."
)
# Past tense, no date; each names where its teller is, which is no place of a call.
CALLED = (
    "Президент России Владимир Путин провёл телефонный разговор с президентом Казахстана "
    "Касым-Жомартом Токаевым, рассказали в Кремле."
)
CALLED_TOO = (
    "Токаев и Путин созвонились: темой беседы стали поставки зерна и транзит, уточнили "
    "журналисты в Астане."
)


def test_talks_under_way_are_the_talks_of_that_day(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, BEGUN, D(2023, 10, 12), "begun.txt")
    _store(session, pipeline, DATED, D(2023, 10, 13), "dated.txt")
    talks = _events(session, "talks", "meeting")
    assert len(talks) == 1
    assert _files(session, talks[0]) == {"begun.txt", "dated.txt"}


@pytest.mark.parametrize(("second", "one"), [(D(2023, 10, 12), True), (D(2023, 10, 20), False)])
def test_past_tense_calls_of_one_day(
    session: Session, pipeline: Pipeline, second: D, one: bool
) -> None:
    _store(session, pipeline, CALLED, D(2023, 10, 12), "kremlin.txt")
    _store(session, pipeline, CALLED_TOO, second, "akorda.txt")
    assert (len(_events(session, "call")) == 1) is one


ARRIVED = (
    "Глава МИД Индии Субраманьям Джайшанкар прибыл в Москву, сообщил источник в "
    "дипломатических кругах."
)
LAST_WEEK = (
    "На прошлой неделе в Москву приезжал министр иностранных дел Индии Субраманьям "
    "Джайшанкар, напомнил обозреватель."
)


@pytest.mark.parametrize(("later", "one"), [(D(2024, 1, 2), True), (D(2024, 1, 20), False)])
def test_arrival_and_last_weeks_trip(
    session: Session, pipeline: Pipeline, later: D, one: bool
) -> None:
    _store(session, pipeline, ARRIVED, D(2023, 12, 26), "arrived.txt")
    _store(session, pipeline, LAST_WEEK, later, "week.txt")
    assert (len(_events(session, "visit")) == 1) is one

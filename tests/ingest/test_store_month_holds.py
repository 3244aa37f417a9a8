"""A month one outlet names and a day in it another gives (month_holds.py, on the store
step with the real pipeline): one meeting when it is the only one of those people known
that month, in either order; two meetings that month leave the month to neither; another
month's meeting stays apart. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date

DAY = (
    "Президент России Владимир Путин и президент Ирана Эбрахим Раиси 19 июля провели "
    "переговоры в Тегеране, сообщила пресс-служба Кремля."
)
OTHER_DAY = (
    "Президент России Владимир Путин и президент Ирана Эбрахим Раиси 28 июля вновь провели "
    "переговоры в Тегеране, на этот раз по вопросам энергетики."
)
MONTH = (
    "В последний раз Владимир Путин и Эбрахим Раиси проводили переговоры в Тегеране в "
    "июле 2022 года, напомнил обозреватель."
)
OTHER_MONTH = (
    "В последний раз Владимир Путин и Эбрахим Раиси проводили переговоры в Тегеране в "
    "марте 2022 года, напомнил обозреватель."
)


def _talks(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.type.in_(("talks", "meeting")))))


@pytest.mark.parametrize("month_first", [False, True])
def test_a_month_and_the_one_day_in_it(
    session: Session, pipeline: Pipeline, month_first: bool
) -> None:
    stories = [(DAY, D(2022, 7, 19), "day.txt"), (MONTH, D(2022, 12, 1), "month.txt")]
    for text, pub, file in reversed(stories) if month_first else stories:
        _store(session, pipeline, text, pub, file)
    talks = _talks(session)
    assert len(talks) == 1
    assert _files(session, talks[0]) == {"day.txt", "month.txt"}
    assert talks[0].date_start == talks[0].date_end == D(2022, 7, 19)


def test_two_days_that_month_leave_the_month_to_neither(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, DAY, D(2022, 7, 19), "day.txt")
    _store(session, pipeline, OTHER_DAY, D(2022, 7, 28), "other.txt")
    _store(session, pipeline, MONTH, D(2022, 12, 1), "month.txt")
    assert len(_talks(session)) == 3


def test_another_months_talks_stay_apart(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, DAY, D(2022, 7, 19), "day.txt")
    _store(session, pipeline, OTHER_MONTH, D(2022, 12, 1), "month.txt")
    assert len(_talks(session)) == 2

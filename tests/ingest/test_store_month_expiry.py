"""A treaty's running out told by its month in one outlet and by its day in another
(month_holds.one_treaty, on the store step with the real pipeline): one expiry when it is
the only one of those parties the store knows that month, in either order; two that month
leave the month to neither. Sentences of our own."""

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

MONTH = (
    "Соглашение между Россией и Японией о рыболовстве прекратит действие в июне следующего "
    "года."
)
DAY = "Соглашение между Россией и Японией о рыболовстве прекратило действие 13 июня 2019 года."
OTHER_DAY = (
    "Соглашение между Россией и Японией об обмене студентами прекратило действие 27 июня "
    "2019 года."
)


def _expiries(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.type == "expiry")))


@pytest.mark.parametrize("month_first", [True, False])
def test_the_month_and_the_day_the_treaty_ran_out(
    session: Session, pipeline: Pipeline, month_first: bool
) -> None:
    stories = [(MONTH, D(2018, 12, 14), "month.txt"), (DAY, D(2019, 12, 20), "day.txt")]
    for text, pub, file in stories if month_first else reversed(stories):
        _store(session, pipeline, text, pub, file)
    expiries = _expiries(session)
    assert len(expiries) == 1
    assert _files(session, expiries[0]) == {"day.txt", "month.txt"}
    assert expiries[0].date_start == expiries[0].date_end == D(2019, 6, 13)


def test_two_expiries_that_month_leave_the_month_to_neither(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, DAY, D(2019, 12, 20), "day.txt")
    _store(session, pipeline, OTHER_DAY, D(2019, 12, 21), "other.txt")
    _store(session, pipeline, MONTH, D(2018, 12, 14), "month.txt")
    assert len(_expiries(session)) == 3

"""A prisoner exchange told by its month in one outlet and by its day in another
(month_holds.one_exchange, on the store step with the real pipeline): one exchange when it
is the only one of those sides the store knows that month, in either order; two that month
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

MONTH = "В марте Армения и Азербайджан уже провели обмен пленными при посредничестве Грузии."
DAY = "Армения и Азербайджан 11 марта 2021 года провели обмен пленными на границе."
OTHER_DAY = "Армения и Азербайджан 26 марта 2021 года провели новый обмен пленными."


def _exchanges(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.type == "exchange")))


@pytest.mark.parametrize("month_first", [True, False])
def test_the_month_and_the_day_of_the_exchange(
    session: Session, pipeline: Pipeline, month_first: bool
) -> None:
    stories = [(MONTH, D(2021, 4, 20), "month.txt"), (DAY, D(2021, 3, 12), "day.txt")]
    for text, pub, file in stories if month_first else reversed(stories):
        _store(session, pipeline, text, pub, file)
    exchanges = _exchanges(session)
    assert len(exchanges) == 1
    assert _files(session, exchanges[0]) == {"day.txt", "month.txt"}
    assert exchanges[0].date_start == exchanges[0].date_end == D(2021, 3, 11)


def test_two_exchanges_that_month_leave_the_month_to_neither(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, DAY, D(2021, 3, 12), "day.txt")
    _store(session, pipeline, OTHER_DAY, D(2021, 3, 27), "other.txt")
    _store(session, pipeline, MONTH, D(2021, 4, 20), "month.txt")
    assert len(_exchanges(session)) == 3

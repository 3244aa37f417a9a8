"""A meeting of several days told by one report as its days («14–15 октября») and by another
as one of them: the store dates it by its days, as it does a visit (stored_refresh.py,
merged_date.best_reading with the event's type), unless more reports give the one day. Every
sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.ingest.pipeline import Pipeline
from app.ingest.store import store_article
from tests.ingest.helpers import raw_article

D = dt.date

PLANNED = (
    "Очередной саммит Шанхайской организации сотрудничества пройдёт в Астане 14–15 октября, "
    "сообщил МИД Казахстана."
)
HELD = "Саммит Шанхайской организации сотрудничества открылся в Астане 14 октября."
HELD_TOO = "В Астане 14 октября открылся саммит Шанхайской организации сотрудничества."


def _store(session: Session, pipeline: Pipeline, text: str, pub: D, file: str) -> None:
    session.commit()
    store_article(session, pipeline.process(raw_article(text, pub, file=file)))


def test_a_meeting_of_two_days_keeps_its_days(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, PLANNED, D(2025, 9, 20), "plan.txt")
    _store(session, pipeline, HELD, D(2025, 10, 14), "held.txt")
    got = [
        (e.type, e.date_start, e.date_end, e.date_precision)
        for e in session.scalars(select(Event).where(Event.type != "statement"))
    ]
    assert got == [("meeting", D(2025, 10, 14), D(2025, 10, 15), "range")]


def test_a_day_more_reports_give_stays(session: Session, pipeline: Pipeline) -> None:
    # two reports give the day of the meeting, one the days around it (of the stay it was
    # held in): the day more reports give wins, as between two days
    _store(session, pipeline, PLANNED, D(2025, 9, 20), "plan.txt")
    _store(session, pipeline, HELD, D(2025, 10, 14), "held.txt")
    _store(session, pipeline, HELD_TOO, D(2025, 10, 14), "held-too.txt")
    got = [
        (e.type, e.date_start, e.date_end, e.date_precision)
        for e in session.scalars(select(Event).where(Event.type != "statement"))
    ]
    assert got == [("meeting", D(2025, 10, 14), D(2025, 10, 14), "day")]

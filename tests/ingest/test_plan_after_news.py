"""An undated plan joins no stored happening over before the news that tells the plan
(plan_after_news.py via same_stored.find_same), whichever of the two is stored first.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.dates import DateValue
from app.ingest.events.model import DateReading
from app.ingest.events.plan_after_news import over_before_plan
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import before_reading as before
from tests.ingest.store_helpers import day_reading as day
from tests.ingest.store_helpers import events_of, files_of, store_text
from tests.ingest.store_helpers import undated_reading as undated

D = dt.date


def after(d: D) -> DateReading:
    return DateReading(DateValue(d, None, "after", "explicit"), text="после 5 марта")


OVER: list[tuple[str, DateReading, D | None, DateReading, bool]] = [
    ("planned", undated(), D(2021, 4, 2), day(D(2017, 9, 12)), True),  # years before
    ("planned", undated(), D(2021, 4, 2), day(D(2021, 3, 1)), True),  # a month before
    ("planned", undated(), D(2021, 4, 2), day(D(2021, 3, 30)), False),  # within the lag
    ("planned", undated(), D(2021, 4, 2), day(D(2021, 6, 8)), False),  # after: the plan held
    ("planned", undated(), D(2021, 4, 2), before(D(2019, 5, 5)), True),  # over by then
    ("planned", undated(), D(2021, 4, 2), before(D(2021, 4, 2)), False),
    ("planned", undated(), D(2021, 4, 2), after(D(2019, 5, 5)), False),  # open: may be late
    ("planned", undated(), D(2021, 4, 2), undated(), False),  # two undated reports
    ("planned", undated(), None, day(D(2017, 9, 12)), False),  # no publication day
    ("planned", day(D(2021, 5, 5)), D(2021, 4, 2), day(D(2017, 9, 12)), False),  # a dated plan
    ("happened", undated(), D(2021, 4, 2), day(D(2017, 9, 12)), False),  # held, not planned
    ("cancelled", undated(), D(2021, 4, 2), day(D(2017, 9, 12)), False),
]


@pytest.mark.parametrize(
    ("status", "plan", "pub", "other", "want"), OVER, ids=[f"{i:02d}" for i in range(len(OVER))]
)
def test_over_before_plan(
    status: str, plan: DateReading, pub: D | None, other: DateReading, want: bool
) -> None:
    assert over_before_plan(status, plan, pub, other) is want


HELD = (
    "Президент России Владимир Путин 12 сентября прибыл в Анкару с официальным визитом. "
    "Вечером он вылетел в Москву.",
    D(2017, 9, 12),
)
PLAN = (
    "Владимир Путин на переговорах в Кремле принял приглашение президента Ирана посетить Тегеран.",
    D(2021, 4, 2),
)


@pytest.mark.parametrize("order", ["held-first", "plan-first"])
def test_undated_plan_keeps_off_an_old_visit(
    session: Session, pipeline: Pipeline, order: str
) -> None:
    """A visit to Ankara of 2017 and an invitation to Tehran accepted in 2021 with no date:
    the planned visit is not the one held four years before its news."""
    texts = [(HELD, "held.txt"), (PLAN, "plan.txt")]
    if order == "plan-first":
        texts.reverse()
    for (text, pub), file in texts:
        store_text(session, pipeline, text, pub, file)
    visits = events_of(session, "visit")
    assert any(files_of(session, ev) == {"plan.txt"} for ev in visits)

"""A report told as cancelled with no day of its own and a happening told held on a stated
day are two (same_stored.held_and_called_off): the visit called off was never held.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.events.model import DateReading
from app.ingest.pipeline import Pipeline
from app.ingest.same_stored import held_and_called_off
from tests.ingest.store_helpers import before_reading as before
from tests.ingest.store_helpers import day_reading as day
from tests.ingest.store_helpers import events_of, files_of, store_text
from tests.ingest.store_helpers import undated_reading as undated

D = dt.date


APART: list[tuple[str, DateReading, str, DateReading, bool]] = [
    ("cancelled", before(D(2022, 5, 6)), "happened", day(D(2022, 5, 4)), True),
    ("happened", day(D(2022, 5, 4)), "cancelled", before(D(2022, 5, 6)), True),
    ("cancelled", undated(), "happened", day(D(2022, 5, 4)), True),
    # a postponed visit may yet be held: its undated report may be the held one's
    ("postponed", before(D(2022, 5, 6)), "happened", day(D(2022, 5, 4)), False),
    # the held one without a day of its own: either may be misread
    ("cancelled", before(D(2022, 5, 6)), "happened", before(D(2022, 5, 6)), False),
    ("cancelled", undated(), "planned", day(D(2022, 5, 4)), False),
    # both dated: as before, apart on different days only
    ("cancelled", day(D(2022, 5, 4)), "happened", day(D(2022, 5, 4)), False),
    ("cancelled", day(D(2022, 5, 4)), "happened", day(D(2022, 5, 9)), True),
]


@pytest.mark.parametrize(
    ("status_a", "a", "status_b", "b", "want"), APART, ids=[f"{i:02d}" for i in range(len(APART))]
)
def test_held_and_called_off(
    status_a: str, a: DateReading, status_b: str, b: DateReading, want: bool
) -> None:
    assert held_and_called_off(status_a, a, status_b, b) is want


def test_called_off_trip_keeps_off_the_held_one(session: Session, pipeline: Pipeline) -> None:
    """A visit to Austria held on a stated day, and a review that tells of an earlier trip
    to Austria called off, with no day of its own: the trip called off is not the visit."""
    store_text(
        session,
        pipeline,
        "Министр иностранных дел России Сергей Лавров 14 марта прибыл с визитом в Австрию.",
        D(2022, 3, 14),
        "held.txt",
    )
    store_text(
        session,
        pipeline,
        "Прежний визит Сергея Лаврова в Австрию был отменен: в министерстве сочли его "
        "несвоевременным.",
        D(2022, 3, 16),
        "review.txt",
    )
    visits = events_of(session, "visit")
    assert any(files_of(session, ev) == {"review.txt"} for ev in visits)

"""How long a happening lasts, told by a verb of lasting (events/lasting.py): «с визитом,
который продлится три дня» makes the visit a range of days from its first day; and a trip
called off on a day inside a held visit's days stays its own happening in the store
(same_stored.held_and_called_off). Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.ingest.pipeline import Pipeline
from app.ingest.store import store_article
from tests.ingest.helpers import raw_article

D = dt.date



# (text, publication, (start, end, precision) of the visit)
LASTING: list[tuple[str, D, tuple[D, D, str]]] = [
    # a relative clause of lasting on the visit's noun under the verb of arrival
    (
        "Президент Вьетнама в среду прибыл в Москву с официальным визитом, который "
        "продлится три дня.",
        D(2024, 7, 10),  # a Wednesday
        (D(2024, 7, 10), D(2024, 7, 12), "range"),
    ),
    # the visit's noun as the subject of the verb of lasting
    (
        "Визит канцлера Германии в Пекин 14 мая продлится два дня.",
        D(2024, 5, 10),
        (D(2024, 5, 14), D(2024, 5, 15), "range"),
    ),
    # a clause going on from the verb of arrival, its subject the visit's noun
    (
        "Премьер Индии 8 июля прибыл в Москву, визит продлится два дня.",
        D(2024, 7, 9),
        (D(2024, 7, 8), D(2024, 7, 9), "range"),
    ),
    # digits count days too
    (
        "Визит президента Бразилии в Индию 3 марта продлится 4 дня.",
        D(2024, 3, 1),
        (D(2024, 3, 3), D(2024, 3, 6), "range"),
    ),
    # hours, or an uncounted «несколько дней», give no days
    (
        "Визит президента США в Киев 3 июня продлился несколько часов.",
        D(2024, 6, 5),
        (D(2024, 6, 3), D(2024, 6, 3), "day"),
    ),
    (
        "Визит канцлера Германии в Пекин 14 мая продлится несколько дней.",
        D(2024, 5, 10),
        (D(2024, 5, 14), D(2024, 5, 14), "day"),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), LASTING, ids=[f"{i:02d}" for i in range(len(LASTING))]
)
def test_days_of_lasting(
    pipeline: Pipeline, text: str, published: D, expected: tuple[D, D, str]
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.date.value.start, e.date.value.end, e.date.value.precision)
        for e in facts.events
        if e.type == "visit"
    ]
    assert got == [expected]


HELD = (
    "Президент Вьетнама в среду прибыл в Москву с государственным визитом, который "
    "продлится три дня."
)
CALLED_OFF = (
    "Запланированная на 11 июля поездка президента Вьетнама в Казань отменена, сообщили "
    "в правительстве республики."
)


def _store(session: Session, pipeline: Pipeline, text: str, pub: D, file: str) -> None:
    session.commit()
    store_article(session, pipeline.process(raw_article(text, pub, file=file)))


def test_a_called_off_trip_inside_a_held_visit_stays_apart(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, HELD, D(2024, 7, 10), "held.txt")
    _store(session, pipeline, CALLED_OFF, D(2024, 7, 10), "off.txt")
    visits = sorted(
        (e.status, e.date_start, e.date_end)
        for e in session.scalars(select(Event).where(Event.type == "visit"))
    )
    assert visits == [
        ("cancelled", D(2024, 7, 11), D(2024, 7, 11)),
        ("happened", D(2024, 7, 10), D(2024, 7, 12)),
    ]

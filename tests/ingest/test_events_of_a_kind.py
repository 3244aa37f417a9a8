"""A happening named by its kind is no one happening (of_a_kind.py), on sentences of
our own. Each row: article text and the events as (type, status, start, end, precision,
sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)
MAY1, MAY31 = D(2024, 5, 1), D(2024, 5, 31)

CASES: list[tuple[str, list[Ev]]] = [
    (
        "Лавров и Блинкен в среду провели переговоры в Женеве. Впервые в подобных переговорах"
        " участвовал Китай.",
        [("talks", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"])],
    ),
    ("Дипломаты России и США в прошлый раз проводили подобные консультации в Вене.", []),
    # A round told by an adjective of order is one round: kept.
    (
        "Рябков и Шерман в среду провели консультации в Женеве. Предыдущие консультации прошли"
        " в Вене в мае.",
        [
            ("talks", "happened", WED, WED, "day", ["sergey-ryabkov", "sherman"]),
            ("talks", "happened", MAY1, MAY31, "month", ["sergey-ryabkov", "sherman"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_of_a_kind_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

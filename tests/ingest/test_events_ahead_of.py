"""A happening named only as what another is done ahead of is no event of that day
(ahead_of.py), on sentences of our own. Each row: article text and the events as (type,
status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)

CASES: list[tuple[str, list[Ev]]] = [
    # The clause's day is not the day of what it was done ahead of.
    (
        "Перед переговорами с Кулебой министр Сергей Лавров в среду провёл совещание в"
        " министерстве.",
        [],
    ),
    (
        "В преддверии встречи с Кулебой глава МИД России Сергей Лавров в среду провёл"
        " переговоры с Ван И.",
        [("talks", "happened", WED, WED, "day", ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "После встречи с Кулебой глава МИД России Сергей Лавров в среду провёл переговоры с"
        " Ван И.",
        [("talks", "happened", WED, WED, "day", ["sergey-lavrov", "wang-yi"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ahead_of_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""A happening named as not held or absent is no happening (unheld.py), on sentences of
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

CASES: list[tuple[str, list[Ev]]] = [
    ("Несостоявшийся визит Лаврова в Анкару обсуждали в среду.", []),
    (
        "Помощник президента Юрий Ушаков в среду указал на отсутствие договоренностей по"
        " очной встрече Путина и Байдена.",
        [("statement", "happened", WED, WED, "day", ["yury-ushakov"])],
    ),
    # An absence beside the clause, not over the noun, leaves the talks told.
    (
        "Путин и Байден в среду провели переговоры, несмотря на отсутствие договоренностей.",
        [("talks", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unheld_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""What is spoken of («говорили о Сирии») is no speaker of the words and no party
(topic.py), on sentences of our own. Each row: article text and the events as (type,
status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
Ev = tuple[str, str, D | None, D | None, str, list[str]]
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)

CASES: list[tuple[str, list[Ev]]] = [
    # The sides' topics: no statement, let alone one of Syria's.
    ("Министры говорили о Сирии и о поставках зерна.", []),
    (
        "Путин и Болтон встретились в Кремле в среду. Стороны говорили о Сирии.",
        [("meeting", "happened", WED, WED, "day", ["bolton", "vladimir-putin"])],
    ),
    # A speaker named stays the speaker; the state he spoke of is not one.
    (
        "Лавров в среду рассказал о Турции.",
        [("statement", "happened", WED, WED, "day", ["sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_of_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

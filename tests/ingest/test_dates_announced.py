"""A contact announced is told of, not held, on the day of the announcement
(date_tree.topic_of_report), on sentences of our own; an act announced is done that day.
Each row: text, then (type, start, end) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

THU = dt.date(2018, 6, 28)

CASES: list[tuple[str, list[tuple[str, dt.date | None, dt.date | None]]]] = [
    # The meeting whose day and place are announced is not held on Thursday.
    (
        "Кремль и Белый дом в четверг объявили о дате и месте встречи президентов России и США.",
        [("statement", THU, THU)],
    ),
    ("Кремль в четверг объявил о встрече Путина и Трампа.", [("statement", THU, THU)]),
    # Sanctions announced are imposed by the announcement, that day.
    (
        "Минфин США в четверг объявил о санкциях против трех российских банков.",
        [("sanctions", THU, THU)],
    ),
    # A meeting held on Thursday keeps its day.
    ("Путин и Трамп в четверг провели встречу.", [("meeting", THU, THU)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_announced_table(
    pipeline: Pipeline, text: str, expected: list[tuple[str, dt.date | None, dt.date | None]]
) -> None:
    facts = pipeline.process(raw_article(text, THU))
    got = [(e.type, e.date.value.start, e.date.value.end) for e in facts.events]
    assert got == expected

"""Talks an article tells of the very parties of its call are the call (phone_talks.py), on
sentences of our own. Each row: article text and the events as (type, status, start, end,
precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)  # a Wednesday
PAIR = ["dmytro-kuleba", "sergey-lavrov"]

CASES: list[tuple[str, list[Ev]]] = [
    # «обсудили» beside the call of the same two: the call told by its topic, one event
    # dated by the call's day.
    (
        "Лавров обсудил с Кулебой обмен пленными.\n"
        "Телефонный разговор Лаврова и Кулебы состоялся во вторник.",
        [("call", "happened", D(2024, 6, 4), D(2024, 6, 4), "day", PAIR)],
    ),
    (
        "Лавров и Кулеба провели телефонный разговор во вторник. "
        "Министры обсудили обмен пленными.",
        [("call", "happened", D(2024, 6, 4), D(2024, 6, 4), "day", PAIR)],
    ),
    # Talks held somewhere are talks in person: two events.
    (
        "Лавров и Кулеба провели телефонный разговор во вторник. "
        "Ранее Лавров и Кулеба провели переговоры в Анталье.",
        [
            ("call", "happened", D(2024, 6, 4), D(2024, 6, 4), "day", PAIR),
            ("talks", "happened", None, PUB, "before", PAIR),
        ],
    ),
    # Talks of another day than the call's stay apart.
    (
        "Лавров и Кулеба провели телефонный разговор во вторник. "
        "Министры провели переговоры 10 марта.",
        [
            ("call", "happened", D(2024, 6, 4), D(2024, 6, 4), "day", PAIR),
            ("talks", "happened", D(2024, 3, 10), D(2024, 3, 10), "day", PAIR),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phone_talks_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert sorted(event_rows(facts.events), key=str) == sorted(expected, key=str)

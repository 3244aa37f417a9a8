"""A day word between a fronted topic «о ...» and the verb of telling dates the telling
(events/fronted_topic.py), on sentences of our own; a month there is left to the topic.
Each row: text, then (type, start, end) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

THU = dt.date(2022, 3, 17)
MON = dt.date(2022, 3, 14)
WED = dt.date(2022, 3, 16)

CASES: list[tuple[str, list[tuple[str, dt.date | None, dt.date | None]]]] = [
    # the topic's nouns before the weekday: the parse hangs the day on them
    (
        "О сроках поездки в понедельник объявил официальный представитель МИД Индии Рамеш Кумар.",
        [("statement", MON, MON)],
    ),
    (
        "О переносе консультаций в понедельник сообщил посол Бразилии Карлос Сантос.",
        [("statement", MON, MON)],
    ),
    ("О визите в среду сообщило министерство иностранных дел Перу.", [("statement", WED, WED)]),
    # a month may be when the topic is due: the words stay the publication day's
    (
        "О встрече в мае сообщил пресс-секретарь президента Дмитрий Песков.",
        [("statement", THU, THU)],
    ),
    # the day before the topic is the clause's anyway
    (
        "В понедельник о сроках поездки объявил официальный представитель МИД Индии Рамеш Кумар.",
        [("statement", MON, MON)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fronted_topic_table(
    pipeline: Pipeline, text: str, expected: list[tuple[str, dt.date | None, dt.date | None]]
) -> None:
    facts = pipeline.process(raw_article(text, THU))
    got = [(e.type, e.date.value.start, e.date.value.end) for e in facts.events]
    assert got == expected

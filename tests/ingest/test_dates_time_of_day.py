"""A bare time of day standing anywhere in a report's sentence is a time of the day being
told (time_of_day.py): the last day named a few sentences back, else the report's own day.
Every sentence is written for these tests.

Rows: (text, publication date, [(type, start, precision), ...]) in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2024, 6, 5)



CASES: list[tuple[str, list[tuple[str, D | None, str]]]] = [
    # the report's own day
    ("Нарендра Моди прилетел вечером с официальным визитом.", [("visit", PUBLISHED, "day")]),
    (
        "Шавкат Мирзиёев прибыл утром в Москву с рабочим визитом.",
        [("visit", PUBLISHED, "day")],
    ),
    # the day the story is on, named in the sentence before
    (
        "В понедельник Сергей Лавров провёл переговоры с Ван И в Москве. Ван И встретился "
        "днём с Михаилом Мишустиным.",
        [("talks", D(2024, 6, 3), "day"), ("meeting", D(2024, 6, 3), "day")],
    ),
    # a time of day of a named day is that day, not this rule's
    (
        "Шавкат Мирзиёев прибыл в Москву вечером 1 июня с рабочим визитом.",
        [("visit", D(2024, 6, 1), "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_bare_time_of_day(
    pipeline: Pipeline, text: str, expected: list[tuple[str, D | None, str]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(e.type, e.date.value.start, e.date.value.precision) for e in facts.events]
    assert got == expected


def test_without_a_publication_day_nothing_is_guessed(pipeline: Pipeline) -> None:
    facts = pipeline.process(raw_article("Нарендра Моди прилетел вечером с визитом.", None))
    assert [e.date.value.precision for e in facts.events] == ["unknown"]

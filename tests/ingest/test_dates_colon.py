"""A clause after a colon spells out the clause before it (colon_day.py): its undated
happening is on the day named before the colon («Главная часть визита пришлась на
среду: министры провели переговоры»), unless it is quoted words or has a date of its own.
Every sentence is written for these tests.

Rows: (text, publication date, [(type, start, end, precision), ...]) in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date



Row = tuple[str, D | None, list[tuple[str, D | None, D | None, str]]]

CASES: list[Row] = [
    (
        # the day the programme fell on, spelled out after the colon
        "Основная часть поездки пришлась на вторник: Сергей Лавров и Ван И провели "
        "переговоры в расширенном составе.",
        D(2024, 6, 7),
        [("talks", D(2024, 6, 4), D(2024, 6, 4), "day")],
    ),
    (
        "Во вторник день у министра выдался насыщенным: Сергей Лавров встретился с Си "
        "Цзиньпином.",
        D(2024, 6, 7),
        [("meeting", D(2024, 6, 4), D(2024, 6, 4), "day")],
    ),
    (
        "Главное случилось 3 марта: Сергей Лавров и Ван И провели переговоры в Пекине.",
        D(2024, 3, 5),
        [("talks", D(2024, 3, 3), D(2024, 3, 3), "day")],
    ),
    (
        # a date of its own after the colon wins
        "В понедельник в ведомстве подвели итоги поездки: 30 мая Сергей Лавров и Ван И "
        "провели переговоры в Пекине.",
        D(2024, 6, 7),
        [("talks", D(2024, 5, 30), D(2024, 5, 30), "day")],
    ),
    (
        # no day before the colon: nothing to spell out
        "Главное случилось в Пекине: Сергей Лавров и Ван И провели переговоры.",
        D(2024, 6, 7),
        [("talks", None, D(2024, 6, 7), "before")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_colon_spells_out_the_day(
    pipeline: Pipeline, text: str, published: D | None, expected: list
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision) for e in facts.events
    ]
    assert got == expected


def test_quoted_words_after_the_colon_keep_their_own_time(pipeline: Pipeline) -> None:
    text = "Сергей Лавров в четверг заявил: «Мы провели переговоры с Ван И»."
    facts = pipeline.process(raw_article(text, D(2024, 6, 7)))
    talks = [e for e in facts.events if e.type == "talks"]
    assert all(e.date.value.start != D(2024, 6, 6) for e in talks)


def test_words_after_the_colon_are_dated_by_their_telling(pipeline: Pipeline) -> None:
    # the report of the source after the colon is words, not the happening spelled out
    text = (
        "Сергей Лавров и Ван И провели во вторник переговоры: их итоги признаны полезными, "
        "сообщил Дмитрий Песков."
    )
    facts = pipeline.process(raw_article(text, D(2024, 6, 7)))
    said = [e for e in facts.events if e.type == "statement"]
    assert all(e.date.value.start != D(2024, 6, 4) for e in said)

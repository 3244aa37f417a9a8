"""How a told happening went is no happening of its own (told_course.py), on sentences of
our own. Each row: article text and the events as (type, status, start, end, precision,
sorted actor ids, number of sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)
LAVROV_BLINKEN = ["antony-blinken", "sergey-lavrov"]

Row = tuple[str, dt.date | None, dt.date | None, str, list[str], int]

CASES: list[tuple[str, list[Row]]] = [
    # the course of the told talks, its parties as states or unnamed: one more source
    (
        "Лавров и Блинкен в среду провели переговоры в Женеве. Переговоры министров"
        " иностранных дел России и США продлились почти четыре часа.",
        [("talks", WED, WED, "day", LAVROV_BLINKEN, 2)],
    ),
    (
        "Лавров и Блинкен в среду встретились в Женеве. Переговоры прошли в здании миссии,"
        " где остановился госсекретарь США, и затянулись до вечера.",
        [("meeting", WED, WED, "day", LAVROV_BLINKEN, 2)],
    ),
    (
        "Лавров и Блинкен в среду встретились в Женеве. Начало встречи Лаврова с"
        " американским коллегой задержалось на полчаса.",
        [("meeting", WED, WED, "day", LAVROV_BLINKEN, 2)],
    ),
    # other parties: another happening
    (
        "Лавров и Блинкен в среду встретились в Женеве. Переговоры Путина и Си Цзиньпина"
        " продлились три часа.",
        [
            ("meeting", WED, WED, "day", LAVROV_BLINKEN, 1),
            ("talks", None, PUB, "before", ["vladimir-putin", "xi-jinping"], 1),
        ],
    ),
    # told first: the course sentence is the telling
    (
        "Переговоры Лаврова и Блинкена продлились около двух часов.",
        [("talks", None, PUB, "before", LAVROV_BLINKEN, 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_told_course_table(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [
        (
            e.type,
            e.date.value.start,
            e.date.value.end,
            e.date.value.precision,
            sorted(e.actors),
            len(e.sentences),
        )
        for e in facts.events
    ]
    assert got == expected

"""What a planned trip will hold, told after it undated (trip_parts.py), on texts of our
own. Each row: text, then (type, sorted actor ids, start, end) of each planned contact."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

Row = tuple[str, list[str], str | None, str | None]

CASES: list[tuple[str, list[Row]]] = [
    # The talks to come, told after the dated trip: on the trip's days.
    (
        "Министр иностранных дел России Сергей Лавров посетит Китай 8–9 апреля, сообщили в МИД.\n\n"
        "По словам дипломатов, Лавров проведёт переговоры с министром иностранных дел КНР Ван И.",
        [("talks", ["sergey-lavrov", "wang-yi"], "2024-04-08", "2024-04-09")],
    ),
    (
        "Премьер-министр Индии Нарендра Моди 8 июля прибудет в Москву с визитом. "
        "В Кремле он также встретится с Владимиром Путиным.",
        [("meeting", ["narendra-modi", "vladimir-putin"], "2024-07-08", "2024-07-08")],
    ),
    # A word on the trip between the announcement and its parts.
    (
        "Президент России Владимир Путин 3–4 июня посетит Индию. Это будет его первая поездка "
        "в страну за пять лет. Переговоры Путина и Нарендры Моди пройдут в Дели.",
        [("talks", ["narendra-modi", "vladimir-putin"], "2024-06-03", "2024-06-04")],
    ),
    # Not the traveller's: nothing to place it on.
    (
        "Министр иностранных дел России Сергей Лавров посетит Китай 8–9 апреля. "
        "Премьер-министр Индии Нарендра Моди встретится с Владимиром Путиным.",
        [],
    ),
    # Too far from the trip: two sentences on.
    (
        "Министр иностранных дел России Сергей Лавров посетит Китай 8–9 апреля. "
        "Визит готовили несколько месяцев. Отношения двух стран развиваются. "
        "Лавров проведёт переговоры с министром иностранных дел КНР Ван И.",
        [],
    ),
]



def _contacts(pipeline: Pipeline, text: str, status: str) -> list[Row]:
    facts = pipeline.process(raw_article(text, dt.date(2024, 4, 2)))
    return [
        (
            e.type,
            sorted(e.actors),
            e.date.value.start.isoformat() if e.date.value.start else None,
            e.date.value.end.isoformat() if e.date.value.end else None,
        )
        for e in facts.events
        if e.type in ("talks", "meeting", "call") and e.status == status
    ]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_part_of_trip(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    assert _contacts(pipeline, text, "planned") == expected


# A trip held on one stated day: what a traveller held, told right after it undated, was
# held that day; not another's happening, nor the traveller's words.
HELD: list[tuple[str, list[Row]]] = [
    (
        "Глава МИД Чили Роберто Ампуэро в пятницу прибыл в Москву. "
        "Ампуэро провёл переговоры с Сергеем Лавровым в Доме приёмов МИД.",
        [("talks", ["roberto-ampuero", "sergey-lavrov"], "2024-03-29", "2024-03-29")],
    ),
    (
        "Глава МИД Чили Роберто Ампуэро в пятницу побывал в Москве. "
        "Он провёл переговоры с Сергеем Лавровым.",
        [("talks", ["roberto-ampuero", "sergey-lavrov"], "2024-03-29", "2024-03-29")],
    ),
    (
        "Глава МИД Чили Роберто Ампуэро в пятницу прибыл в Москву. "
        "Премьер-министр Индии Нарендра Моди провёл переговоры с Владимиром Путиным.",
        [("talks", ["narendra-modi", "vladimir-putin"], None, "2024-04-02")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_part_of_held_trip(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    assert _contacts(pipeline, text, "happened") == expected

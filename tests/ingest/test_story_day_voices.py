"""The story's day goes on to a happening of the people who speak for the states that took
part in it (story_day.goes_on_with, by the offices held that day): the states met, their
ministers signed. Someone who spoke for no state named then, or no longer held the office,
keeps the undated reading. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

# text, publication, event type, the date expected (start, precision) of that type's event
CASES: list[tuple[str, dt.date | None, str, tuple[str | None, str]]] = [
    # the states met on Thursday; Russia's foreign minister signed then
    (
        "В Калининграде в четверг прошли консультации России и Японии. Соглашения о "
        "рыболовстве подписали министр иностранных дел России Сергей Лавров и посол Японии.",
        dt.date(2019, 6, 15),
        "agreement",
        ("2019-06-13", "day"),
    ),
    # the head of state of one of the states that met
    (
        "Во вторник в Астане состоялся саммит России и Казахстана. Документы подписали "
        "Владимир Путин и Касым-Жомарт Токаев.",
        dt.date(2021, 9, 16),
        "agreement",
        ("2021-09-14", "day"),
    ),
    # a minister of a state that did not take part: another occasion
    (
        "В Калининграде в четверг прошли консультации России и Японии. Соглашение о "
        "торговле подписали Энтони Блинкен и посол Японии.",
        dt.date(2022, 6, 18),
        "agreement",
        (None, "before"),
    ),
    # a former minister speaks for his state no longer
    (
        "В Калининграде в четверг прошли консультации России и Японии. Соглашение о "
        "рыболовстве подписали Игорь Иванов и посол Японии.",
        dt.date(2019, 6, 15),
        "agreement",
        (None, "before"),
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "expected"), CASES)
def test_story_day_voices(
    pipeline: Pipeline,
    text: str,
    published: dt.date | None,
    kind: str,
    expected: tuple[str | None, str],
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (str(e.date.value.start) if e.date.value.start else None, e.date.value.precision)
        for e in facts.events
        if e.type == kind
    ]
    assert expected in got, got

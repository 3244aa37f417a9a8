"""A question asks about a happening; it does not tell one (asked.py), on sentences of our
own. Each row: article text and the events as (type, status, start, end, precision, sorted
actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.asked import asked
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)
PAIR = ["dmytro-kuleba", "sergey-lavrov"]
KULEBA_LI = ["dmytro-kuleba", "li-khuey"]

CASES: list[tuple[str, list[Ev]]] = [
    ("Почему переговоры Лаврова и Кулебы зашли в тупик?", []),
    ("— Готовится ли новая встреча Лаврова с Кулебой?", []),
    # A question that dates the happening tells its day all the same.
    (
        "Как прошли переговоры Лаврова и Кулебы 5 июня?",
        [("talks", "happened", D(2024, 6, 5), D(2024, 6, 5), "day", PAIR)],
    ),
    # An indirect question: whether it takes place is what is asked.
    ("Корреспонденты выясняли, пройдут ли переговоры Лаврова и Кулебы на этой неделе.", []),
    ("В МИД не сказали, встретится ли Лавров с Кулебой в Анталье.", []),
    # «Ли» in a name is no particle.
    (
        "Кулеба встретился с Ли Хуэем 5 июня.",
        [("meeting", "happened", D(2024, 6, 5), D(2024, 6, 5), "day", KULEBA_LI)],
    ),
    # The same words told, not asked.
    (
        "Переговоры Лаврова и Кулебы зашли в тупик.",
        [("talks", "happened", None, PUB, "before", PAIR)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asked_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected


@pytest.mark.parametrize(
    ("sentence", "question"),
    [("Что дальше?", True), ("«Что дальше?»", True), ("Что дальше? ", True), ("Всё.", False)],
)
def test_a_question_mark_inside_closing_quotes_still_asks(sentence: str, question: bool) -> None:
    assert asked(sentence) is question

"""Visits told by verbs of movement and meals told by hosting (movements.py, meals.py,
meal_marks.py), on sentences of our own.

Landing somewhere is arriving there when a person lands or the craft is a person's; a verb
of going takes a place named by an uninflected name or a capitalised region; leaders in the
plural dining, a couple received or given a dinner are a meal of those named before, and a
meal is an occasion apart from the same day's talks (not when the talks went on over it).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.meal_marks import MEAL_MARK, MEAL_SEEN, meal_apart
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2018, 7, 20)

MOVES: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    # A person's craft landing somewhere: the person's visit, dated by the sentence.
    (
        "Во вторник самолёт министра иностранных дел Сергея Лаврова приземлился в Вашингтоне.",
        [("visit", "happened", ["sergey-lavrov"])],
    ),
    (
        "В четверг борт президента Владимира Путина приземлился в аэропорту Анкориджа.",
        [("visit", "happened", ["vladimir-putin"])],
    ),
    # A plane of a company lands: no one's visit.
    ("В среду самолёт авиакомпании «Аэрофлот» приземлился в Шереметьеве.", []),
    # A region named by a capitalised adjective, a name that does not inflect, placed first.
    (
        "В пятницу министр Сергей Лавров отправится в Кремниевую долину.",
        [("visit", "planned", ["sergey-lavrov"])],
    ),
    ("В Кэмп-Дэвид 12 мая отправился Владимир Путин.", [("visit", "happened", ["vladimir-putin"])]),
    # Touring a named place is visiting it; going round a traffic jam is not.
    (
        "Приморский край президент Владимир Путин объехал в четверг, 12 июля.",
        [("visit", "happened", ["vladimir-putin"])],
    ),
    (
        "В среду министр Сергей Лавров облетел Курильские острова на вертолёте.",
        [("visit", "happened", ["sergey-lavrov"])],
    ),
    ("В понедельник Лавров объехал пробку на Садовом кольце.", []),
    # No named place, or no going anywhere.
    ("В понедельник Лавров отправился в долину.", []),
    ("В 2004 году министр Игорь Иванов отправился в отставку.", []),
]


@pytest.mark.parametrize(("text", "expected"), MOVES)
def test_movement_visits(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [(e.type, e.status, sorted(e.actors)) for e in facts.events if e.type == "visit"]
    assert got == expected


TALKS_PM = "В среду Путин и Моди провели переговоры в Кремле. "
TALKS = "В среду Путин и Трамп провели переговоры в Кремле. "
TALKS_FR = "В понедельник Путин провёл переговоры с президентом Франции Эмманюэлем Макроном. "
PUTIN_MODI = ["narendra-modi", "vladimir-putin"]
PUTIN_TRUMP = ["donald-trump", "vladimir-putin"]
PUTIN_MACRON = ["emmanuel-macron", "vladimir-putin"]

MEALS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # Leaders in the plural dining after the day's talks: a meeting apart from the talks.
    (
        TALKS + "Вечером президенты ужинали в загородной резиденции.",
        [("meeting", PUTIN_TRUMP), ("talks", PUTIN_TRUMP)],
    ),
    (
        TALKS_PM + "Вечером лидеры с супругами ужинали в загородной резиденции.",
        [("meeting", PUTIN_MODI), ("talks", PUTIN_MODI)],
    ),
    (
        TALKS + "После этого президенты отправились обедать в ресторан.",
        [("meeting", PUTIN_TRUMP), ("talks", PUTIN_TRUMP)],
    ),
    # «президенты» is no word for a prime minister: no meal of theirs.
    (TALKS_PM + "Вечером президенты ужинали в загородной резиденции.", [("talks", PUTIN_MODI)]),
    # A couple received: the host and the leader of the couple's state.
    (
        TALKS_FR + "Вечером того же дня Путин с супругой принял французскую чету.",
        [("meeting", PUTIN_MACRON), ("talks", PUTIN_MACRON)],
    ),
    # Talks going on over a meal: one happening.
    (TALKS_PM + "Переговоры продолжились за рабочим обедом.", [("talks", PUTIN_MODI)]),
]


@pytest.mark.parametrize(("text", "expected"), MEALS)
def test_meals_apart_from_talks(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events)
    assert got == sorted(expected)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({MEAL_MARK}, set(), True),  # a dinner and talks naming no meal
        ({MEAL_MARK}, {MEAL_SEEN}, False),  # «встреча в формате рабочего обеда»
        ({MEAL_MARK}, {MEAL_MARK}, False),  # two reports of the dinner
        (set(), set(), False),
    ],
)
def test_meal_apart(a: set[str], b: set[str], apart: bool) -> None:
    assert meal_apart(a, b) is apart
    assert meal_apart(b, a) is apart

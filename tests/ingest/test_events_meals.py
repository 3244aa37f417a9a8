"""A meal shared with someone named is a meeting of the two (meals.py), on sentences of our
own: a verb of eating with «с», a meal given «для» or «в честь» a guest, a meal held by two
joined names. A meal with no one named, one with the press, and talks going on «за обедом»
make no meeting of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A verb of eating with a partner in «с» + instrumental.
    (
        "Утром во вторник Трамп позавтракал с президентом Финляндии Саули Ниинистё.",
        [("meeting", ["donald-trump", "sauli-niinisto"])],
    ),
    (
        "В среду госсекретарь Майк Помпео ужинал с Сергеем Лавровым в особняке МИД.",
        [("meeting", ["mike-pompeo", "sergey-lavrov"])],
    ),
    # Two joined names eating together, or holding the meal with a light verb.
    (
        "В пятницу Путин и Моди поужинали в загородной резиденции.",
        [("meeting", ["narendra-modi", "vladimir-putin"])],
    ),
    (
        "В понедельник Лавров и Тиллерсон провели рабочий завтрак в Москве.",
        [("meeting", ["rex-tillerson", "sergey-lavrov"])],
    ),
    # Two named people joined by «и» after the meal word: its eaters.
    (
        "В понедельник в особняке МИД обедали министр Сергей Лавров и госсекретарь Майк Помпео.",
        [("meeting", ["mike-pompeo", "sergey-lavrov"])],
    ),
    (
        "Обед Владимира Путина и премьер-министра Индии Нарендры Моди прошёл в среду в Кремле.",
        [("meeting", ["narendra-modi", "vladimir-putin"])],
    ),
    # A meal noun held «с» someone.
    (
        "В четверг Лавров провёл рабочий обед с госсекретарём США Майком Помпео.",
        [("meeting", ["mike-pompeo", "sergey-lavrov"])],
    ),
    # The guest of a meal given «для» or «в честь» someone takes part in it.
    (
        "Во вторник Путин устроил завтрак для премьер-министра Индии Нарендры Моди.",
        [("meeting", ["narendra-modi", "vladimir-putin"])],
    ),
    (
        "В субботу Макрон дал ужин в честь Владимира Путина в Версале.",
        [("meeting", ["emmanuel-macron", "vladimir-putin"])],
    ),
    # No one named, the press, the hour of the day, talks going on over a meal: no meeting.
    ("После переговоров министров в среду запланирован рабочий обед.", None),
    ("В среду президент дал ужин для прессы.", None),
    ("Во вторник Лавров пообедал в ресторане.", None),
    ("В пятницу в ресторане обедал Лавров.", None),
    ("В четверг министры продолжили переговоры за рабочим обедом с делегациями.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meals_table(pipeline: Pipeline, text: str, expected: list | None) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2018, 7, 20)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events if e.type == "meeting")
    assert got == sorted(expected or [])

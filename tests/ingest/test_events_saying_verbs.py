"""Verbs of saying read from app/data/speech.toml [saying]: imperfective partners
(«как рассказывал накануне») and verbs of assuring («в посольстве заверили»). Sentences of
our own, modelled on constructions of real news."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)



# (text, [(type, actors sorted, start, precision)])
CASES = [
    # An aside with an imperfective verb and a day: the words of that day.
    (
        "Как рассказывал накануне помощник президента Юрий Ушаков, беседа пройдет без прессы.",
        [("statement", ["yury-ushakov"], dt.date(2025, 3, 13), "day")],
    ),
    # The same with «ранее» only: words of an earlier occasion.
    (
        "Как рассказывал ранее Сергей Лавров, делегации обсудят поставки удобрений.",
        [("statement", ["sergey-lavrov"], None, "before")],
    ),
    # A body in the locative assures: the body's words, on publication day.
    (
        "В посольстве России заверили, что сотрудники работают в обычном режиме.",
        [("statement", ["posolstvo-rossii"], PUB, "day")],
    ),
    (
        "Мария Захарова заверила журналистов, что график министра не менялся.",
        [("statement", ["maria-zakharova"], PUB, "day")],
    ),
    # An opinion voiced, words written on a channel of one's own.
    (
        "Подобную точку зрения высказал в среду Сергей Лавров.",
        [("statement", ["sergey-lavrov"], dt.date(2025, 3, 12), "day")],
    ),
    (
        "Мария Захарова написала в своем канале, что делегация уже вылетела.",
        [("statement", ["maria-zakharova"], PUB, "day")],
    ),
    # Characterising as naming; sharing words before a «что» clause.
    (
        "Юрий Ушаков охарактеризовал беседу президентов как деловую.",
        [("statement", ["yury-ushakov"], PUB, "day")],
    ),
    (
        "Дональд Трамп поделился, что ждет новой беседы с Путиным.",
        [("statement", ["donald-trump"], PUB, "day")],
    ),
    # Sharing a thing is no words.
    ("Россия поделилась с Индией технологиями.", []),
    # Light verbs of words (app/data/triggers.toml [needs]): a comment given, words kept to.
    (
        "Дмитрий Песков дал журналистам короткий комментарий.",
        [("statement", ["dmitry-peskov"], PUB, "day")],
    ),
    (
        "Госсекретарь Энтони Блинкен ограничился словами о том, что выбор за партнерами.",
        [("statement", ["antony-blinken"], PUB, "day")],
    ),
    # Giving or keeping to anything else is no words.
    ("Владимир Путин дал поручение правительству.", []),
    ("Сергей Лавров ограничился короткой остановкой в Баку.", []),
    # Habitual assuring is no statement of one occasion.
    ("В Кремле неоднократно уверяли, что переговоры продолжатся.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_saying_verbs(pipeline: Pipeline, text: str, expected: list) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    rows = [
        (e.type, sorted(e.actors), e.date.value.start, e.date.value.precision) for e in events
    ]
    assert rows == expected

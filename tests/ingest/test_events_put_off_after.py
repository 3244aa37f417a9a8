"""A happening told as due, then put off or called off by a pronoun in the next clause
(put_off_after.py), and the fate of a happening told in someone's words
(told_in_words.words_only). Every sentence is written for these tests: article text,
publication date, and the events as (type, status, start, end, precision, actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2017, 6, 20)

CASES: list[tuple[str, D | None, list[Ev]]] = [
    # due, then called off by «его»: the visit called off, on the day it was due
    (
        "Визит Лаврова в Вашингтон должен был состояться 10 мая, но его отменили.",
        PUB,
        [("visit", "cancelled", D(2017, 5, 10), D(2017, 5, 10), "day", ["sergey-lavrov"])],
    ),
    # «решили перенести»: the infinitive of putting off under a verb of deciding
    (
        "Изначально встреча Рябкова и Шеннона должна была пройти в Санкт-Петербурге "
        "23 июня, но её решили перенести.",
        PUB,
        [
            (
                "meeting",
                "postponed",
                D(2017, 6, 23),
                D(2017, 6, 23),
                "day",
                ["sergey-ryabkov", "shennon"],
            )
        ],
    ),
    # planned, then put off: not a meeting held on 5 June
    (
        "Сначала встречу Лаврова и Тиллерсона планировали провести 5 июня в Вене, "
        "но затем её отложили.",
        PUB,
        [
            (
                "meeting",
                "postponed",
                D(2017, 6, 5),
                D(2017, 6, 5),
                "day",
                ["rex-tillerson", "sergey-lavrov"],
            )
        ],
    ),
    # held: the clause after it tells where it was moved from, not that it was put off
    (
        "Встречу Лаврова и Керри провели 12 мая в Сочи, но её перенесли из Москвы.",
        PUB,
        [
            (
                "meeting",
                "happened",
                D(2017, 5, 12),
                D(2017, 5, 12),
                "day",
                ["john-kerry", "sergey-lavrov"],
            )
        ],
    ),
    # the pronoun does not agree with the noun: another thing was moved
    ("Встреча Лаврова и Керри должна была пройти 12 мая, но его перенесли.", PUB, []),
    # what came after is no putting off: the due visit stays untold
    ("Визит Лаврова в Вашингтон должен был состояться 10 мая, но его встретили холодно.", PUB, []),
    # a decision to put off, told in words, is news of the visit put off
    (
        "Керри заявил о решении отложить свой визит в Москву.",
        PUB,
        [
            ("statement", "happened", PUB, PUB, "day", ["john-kerry"]),
            ("visit", "postponed", None, PUB, "before", ["john-kerry"]),
        ],
    ),
    # the words deny any calling off: nothing called off
    ("Он добавил, что отмены переговоров стороны не рассматривали.", PUB, []),
    # a putting off named as the cause of something else: not the words' news
    ("Причиной отмены в ведомстве назвали перенос заседания комиссии.", PUB, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_put_off_after(pipeline: Pipeline, text: str, published: D | None, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected

"""A person awaited in a named place is a visit still to come («Лаврова ожидают в Минске»),
dated ahead; an expected outcome or happening is no visit (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 11)  # a Tuesday



def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # Awaited, the person the object: planned, the weekday ahead.
    (
        "Главу МИД Турции Хакана Фидана в четверг ожидают в Тегеране.",
        [("visit", "planned", ["hakan-fidan"], "2025-03-13", "day")],
    ),
    # The person the subject of the passive-like «ожидается».
    (
        "Президент Казахстана ожидается в Пекине 20 марта.",
        [("visit", "planned", ["kassym-jomart-tokayev"], "2025-03-20", "day")],
    ),
    # By a pronoun: whom the article named before.
    (
        "Сергей Лавров провел переговоры в Пекине 11 марта.\n\n"
        "В четверг его ожидают в Минске.",
        [
            ("talks", "happened", ["sergey-lavrov"], "2025-03-11", "day"),
            ("visit", "planned", ["sergey-lavrov"], "2025-03-13", "day"),
        ],
    ),
    # «ждать» is awaiting too; the day after the news.
    (
        "Завтра, 12 марта, президента Казахстана ждут в Белграде.",
        [("visit", "planned", ["kassym-jomart-tokayev"], "2025-03-12", "day")],
    ),
    ("В Кремле ждут ответа из Вашингтона.", []),
    # An expected outcome or happening, no one awaited in a place: nothing.
    ("Ожидается, что в Пекине подпишут соглашения.", []),
    ("В Минске ожидают решения правительства.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_awaited_visit(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected

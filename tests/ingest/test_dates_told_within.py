"""The day a sentence's own telling clause names (told_within.py): «..., пишет 12 октября
агентство», «Как стало известно накануне, ...» dates the happening the sentence tells
without a date of its own; a date of its own, or a plan, keeps its day. Every sentence is
our own.

Rows: (text, publication date, [(type, start, end, precision), ...]) in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
P = D(2021, 4, 16)  # a Friday

CASES: list[tuple[str, D, list[tuple[str, D | None, D | None, str]]]] = [
    (
        "Посол Польши Марек Новак вызван в МИД Литвы, пишет 14 апреля агентство ЭЛТА.",
        P,
        [("meeting", D(2021, 4, 14), D(2021, 4, 14), "day")],
    ),
    (
        "Как стало известно накануне, МИД России вызвал посла Латвии.",
        P,
        [("meeting", D(2021, 4, 15), D(2021, 4, 15), "day")],
    ),
    (
        "Как сообщили в среду в МИД, Сергей Лавров провёл переговоры с Ван И.",
        P,
        [("talks", D(2021, 4, 14), D(2021, 4, 14), "day")],
    ),
    # the happening's own day is kept
    (
        "Сергей Лавров 9 апреля провёл переговоры с Ван И, сообщили 14 апреля в МИД.",
        P,
        [("talks", D(2021, 4, 9), D(2021, 4, 9), "day")],
    ),
    # another date in the sentence is the happening's own (the guest's arrival's day)
    (
        "Сергей Лавров провёл переговоры с Ван И, прибывшим в Москву 13 апреля, сообщили "
        "14 апреля в МИД.",
        P,
        [("talks", D(2021, 4, 13), D(2021, 4, 13), "day")],
    ),
    # a day outside the telling clause is not the telling's
    (
        "Сергей Лавров провёл переговоры с Ван И, который прибыл 14 апреля.",
        P,
        [("talks", None, P, "before")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_day_of_the_telling(pipeline: Pipeline, text: str, published: D, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision)
        for e in facts.events
        if e.type == "talks" or e.type == "meeting"
    ]
    assert got == expected

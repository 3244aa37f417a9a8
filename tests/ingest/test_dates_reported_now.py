"""News attributed in the present tense («Об этом сообщает пресс-служба») is the day's
news (reported_now.py): the undated happening it attributes takes the publication day, not
«before publication». A past telling with no day, or a telling with a day of its own, is
not this rule's. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2022, 9, 14)  # a Wednesday



CASES: list[tuple[str, list[tuple[str, D | None, str]]]] = [
    (
        "Сергей Лавров провёл в Москве встречу с Хаканом Фиданом. Об этом сообщает "
        "пресс-служба МИД.",
        [("meeting", PUBLISHED, "day")],
    ),
    (
        "Сергей Лавров провёл в Москве встречу с Хаканом Фиданом. Об этом информирует агентство со "
        "ссылкой на дипломатов.",
        [("meeting", PUBLISHED, "day")],
    ),
    (
        # a day named for the telling: that day (day_reported)
        "Сергей Лавров провёл в Москве встречу с Хаканом Фиданом. Об этом в понедельник сообщила "
        "пресс-служба МИД.",
        [("meeting", D(2022, 9, 12), "day")],
    ),
    (
        # no attribution: the fallback stays
        "Сергей Лавров провёл в Москве встречу с Хаканом Фиданом. Стороны обсудили торговлю.",
        [("meeting", None, "before")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_attributed_in_the_present(
    pipeline: Pipeline, text: str, expected: list[tuple[str, D | None, str]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (e.type, e.date.value.start, e.date.value.precision)
        for e in facts.events
        if e.type == "meeting"
    ]
    assert got == expected

"""A happening told as the backdrop of the sentence's own, «параллельно с» /
«одновременно с» (backdrop.py), on sentences of our own. Each row: text, then (type,
sorted actor ids) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # The backdrop is a meeting of its own, with only the parties of its own phrase.
    (
        "Параллельно со встречей Путина и Си Цзиньпина 3 июня идёт встреча Лаврова с Ван И.",
        [
            ("meeting", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["vladimir-putin", "xi-jinping"]),
        ],
    ),
    (
        "Одновременно с переговорами Путина и Моди 3 июня прошла встреча Лаврова с "
        "Субраманьямом Джайшанкаром.",
        [
            ("meeting", ["sergey-lavrov", "subrahmanyam-jaishankar"]),
            ("talks", ["narendra-modi", "vladimir-putin"]),
        ],
    ),
    # A backdrop with no party named: the sentence's own event only.
    (
        "Параллельно с переговорами делегаций 3 июня прошла встреча Лаврова с Ван И.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_backdrop(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected


def test_the_backdrop_shares_the_day() -> None:
    text = "Параллельно со встречей Путина и Си Цзиньпина 3 июня идёт встреча Лаврова с Ван И."
    facts = Pipeline.load().process(raw_article(text, dt.date(2024, 6, 5)))
    assert [e.date.value.start for e in facts.events] == [dt.date(2024, 6, 3)] * 2

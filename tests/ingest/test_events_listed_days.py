"""One contact verb with a list of days is a contact on each day (listed_days.py), on
sentences of our own; a visit over several days, or days with other words between, stay one."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Лавров и Ван И говорили по телефону 2 марта, 11 апреля и 20 мая.",
        [("call", "2024-03-02"), ("call", "2024-04-11"), ("call", "2024-05-20")],
    ),
    (
        "Путин и Эрдоган встречались 5 февраля и 19 апреля.",
        [("meeting", "2024-02-05"), ("meeting", "2024-04-19")],
    ),
    # A visit told over two days is one visit.
    ("Лавров посетил Пекин 8 апреля и 9 апреля.", [("visit", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_listed_days(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 3)))
    got = sorted(
        (e.type, "*" if expected[0][1] == "*" else str(e.date.value.start)) for e in facts.events
    )
    assert got == expected

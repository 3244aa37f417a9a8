"""A meal named only as the time of another happening («перед ужином», «после обеда») does not
make that happening the meal (meal_marks.py): the talk before or after a dinner is one event,
the dinner another. Talks held «за ужином» are still the dinner told by its other word. Every
sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CONTACTS = ("meeting", "talks", "call")

# Text, the contacts expected: (type, sorted actors).
CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A short talk before the dinner that a wider circle sat at.
    (
        "В пятницу Путин принял участие в рабочем ужине с главами государств Евросоюза в "
        "Лахти. Перед ужином Путин коротко побеседовал с канцлером Германии Ангелой Меркель.",
        [
            ("meeting", ["angela-merkel", "vladimir-putin"]),
            ("meeting", ["eu", "vladimir-putin"]),
        ],
    ),
    # The same two people: their dinner, and the talks after it.
    (
        "В субботу Путин и Меркель поужинали в Мезеберге. После ужина Путин и Меркель провели "
        "переговоры один на один.",
        [
            ("meeting", ["angela-merkel", "vladimir-putin"]),
            ("talks", ["angela-merkel", "vladimir-putin"]),
        ],
    ),
    # «За ужином»: the talk is at the dinner, one happening.
    (
        "В пятницу Путин принял участие в рабочем ужине с главами государств Евросоюза. За "
        "ужином Путин побеседовал с канцлером Германии Ангелой Меркель.",
        [("meeting", ["angela-merkel", "vladimir-putin"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["before", "after", "at"])
def test_meal_times_table(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2006, 10, 21)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events if e.type in CONTACTS)
    assert got == sorted(expected)

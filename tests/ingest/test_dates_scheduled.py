"""A scheduling verb with the happening as its object (issue 11): «наметили встречу на май»,
«назначили переговоры на 20 октября» put the happening on a schedule; it is planned and
dated when due, not a meeting held. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date



# (text, publication, (type, status, start, end))
SCHEDULED: list[tuple[str, D, tuple[str, str, D | None, D | None]]] = [
    (
        "Лавров и Фидан наметили встречу на май.",
        D(2024, 3, 12),
        ("meeting", "planned", D(2024, 5, 1), D(2024, 5, 31)),
    ),
    (
        "Москва и Анкара назначили переговоры министров на 20 октября.",
        D(2024, 10, 2),
        ("talks", "planned", D(2024, 10, 20), D(2024, 10, 20)),
    ),
    (
        "Лавров и Фидан провели встречу в мае.",
        D(2024, 6, 12),
        ("meeting", "happened", D(2024, 5, 1), D(2024, 5, 31)),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), SCHEDULED, ids=[f"{i:02d}" for i in range(len(SCHEDULED))]
)
def test_scheduled_object_is_planned(
    pipeline: Pipeline, text: str, published: D, expected: tuple[str, str, D | None, D | None]
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.status, e.date.value.start, e.date.value.end)
        for e in facts.events
        if e.type != "statement"
    ]
    assert got == [expected]

"""A relative clause on the act that carries a trigger out dates the trigger: «законопроект о
санкциях, который сенат одобрил во вторник» (enacted_content.py, date_tree.py). Every
sentence is written for these tests.

Rows: (text, publication date, [(type, start, end, precision), ...]) in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

Row = tuple[str, D | None, list[tuple[str, D | None, D | None, str]]]

CASES: list[Row] = [
    (
        # the bill's approval is the day of the sanctions it carries
        "Москва закрыла консульство в ответ на законопроект о санкциях против России, "
        "который сенат США одобрил во вторник.",
        D(2025, 3, 7),
        [("sanctions", D(2025, 3, 4), D(2025, 3, 4), "day")],
    ),
    (
        "Рынки упали после новостей о законопроекте о санкциях против России, который "
        "конгресс США принял 12 февраля.",
        D(2025, 3, 7),
        [("sanctions", D(2025, 2, 12), D(2025, 2, 12), "day")],
    ),
    (
        # a decision on a visit says when it was decided, not when the visit took place
        "Москва закрыла консульство в ответ на решение о визите министра в Киев, которое "
        "Вашингтон принял в понедельник.",
        D(2025, 3, 7),
        [("visit", None, D(2025, 3, 7), "before")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_enacted_content_dated(
    pipeline: Pipeline, text: str, published: D | None, expected: list
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision) for e in facts.events
    ]
    assert got == expected

"""A contact someone joins is told elsewhere; the joining is no contact of its own
(joined.py), on sentences of our own. Each row: article text and the events as (type,
status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2018, 7, 17)

CASES: list[tuple[str, list[Ev]]] = [
    ("Днём к переговорам присоединился министр иностранных дел Сергей Лавров.", []),
    ("Через час к беседе подключился госсекретарь США Майк Помпео.", []),
    # The contact named with its own parties is told by the same words.
    (
        "Сергей Лавров присоединился к переговорам Путина и Трампа в Хельсинки 16 июля.",
        [
            (
                "talks",
                "happened",
                D(2018, 7, 16),
                D(2018, 7, 16),
                "day",
                ["donald-trump", "sergey-lavrov", "vladimir-putin"],
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joined_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""A body's words that only deny a happening is planned are no statement (denied_plans.py)
also when the closing verb of saying has an adverb of its own before it («..., заранее
уточнили в Кремле») or the denial is told by a short passive participle («не предусмотрен»),
on sentences of our own. A named person's words keep their statement. Each row: text, and
the events as (type, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2019, 4, 10)

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # an adverb between the comma and the closing verb
    ("Отдельной встречи Лаврова и Помпео в Хельсинки не планируется, заранее уточнили в МИД.", []),
    ("Визит министра в Токио пока не планируется, дополнительно пояснили в Кремле.", []),
    # the denial told by a short passive participle
    ("Остановка в Варшаве, как уточнили в Госдепартаменте, программой турне не предусмотрена.", []),
    # a named person's words keep their statement
    (
        "Встреча Лаврова и Помпео в Хельсинки не планируется, заранее уточнила Мария Захарова.",
        [("statement", ["maria-zakharova"])],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_denied_closing(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert [(e.type, sorted(e.actors)) for e in events] == expected

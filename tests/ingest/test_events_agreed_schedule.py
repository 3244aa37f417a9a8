"""Agreeing on a contact's time or place is no agreement (agreed_schedule.py), on sentences
of our own: with the contact named only by a pronoun nothing is left of the sentence;
agreeing to set something up stays an agreement. Each row: text, and the events as (type,
start, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUB = dt.date(2005, 3, 18)  # a Friday

CASES: list[tuple[str, list[DayRow]]] = [
    # a contact put off, told by a pronoun: no agreement
    ("Путин и Коидзуми договорились перенести его на осень.", []),
    # a contact's place agreed, told by a pronoun: no agreement either
    ("Лавров и Ван И в четверг договорились провести ее в Пекине.", []),
    # agreeing to set something up is an agreement
    (
        "Лавров и Ван И в четверг договорились создать совместную рабочую группу.",
        [("agreement", "2005-03-17", ["sergey-lavrov", "wang-yi"])],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agreed_schedule(pipeline: Pipeline, text: str, expected: list[DayRow]) -> None:
    assert day_rows(pipeline.process(raw_article(text, PUB)).events) == expected

"""A draft is no act in force (drafts.py), on sentences of our own: sanctions or a treaty
told inside a draft that is only tabled or introduced are no event; a draft of a treaty made
public is its author's proposal; a draft adopted in the sentence keeps its measures. Each
row: text, and the events as (type, start, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUB = dt.date(2021, 12, 17)  # a Friday

CASES: list[tuple[str, list[DayRow]]] = [
    # a draft resolution tabled: no sanctions imposed
    (
        "Американская делегация в четверг внесла в Совбез ООН проект резолюции, "
        "предусматривающий санкции против Ирана.",
        [],
    ),
    # a relative clause on the draft tells its content, not an act
    (
        "Франция в среду распространила в Совбезе ООН проект резолюции, который вводит "
        "санкции против Мали.",
        [],
    ),
    # a bill introduced: no sanctions either
    (
        "Законопроект о новых санкциях против России в четверг внесли в конгресс сенаторы "
        "Грэм и Менендес.",
        [],
    ),
    # a draft treaty made public: the ministry's proposal, no treaty concluded
    (
        "Россия в пятницу направила американской стороне проект соглашения о гарантиях "
        "безопасности.",
        [("proposal", "2021-12-17", ["russia"])],
    ),
    # a bill passed: the chamber's sanctions
    (
        "Сенат США в четверг одобрил законопроект о санкциях против России.",
        [("sanctions", "2021-12-16", ["us-senate"])],
    ),
    # a draft agreed on by both sides: their agreement
    (
        "Россия и Монголия в четверг согласовали проект соглашения о транзите.",
        [("agreement", "2021-12-16", ["mongolia", "russia"])],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_drafts(pipeline: Pipeline, text: str, expected: list[DayRow]) -> None:
    assert day_rows(pipeline.process(raw_article(text, PUB)).events) == expected

"""Talks told by a verb on a call («в ходе телефонного разговора обсудили») are the call; a
meeting's or talks' setting still gives way to what was done on it (sentences of our own).
Each row: text, and the events as (type, start, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUB = dt.date(2021, 4, 30)

CASES: list[tuple[str, list[DayRow]]] = [
    (
        "В ходе телефонного разговора 14 апреля Владимир Путин и Реджеп Эрдоган обсудили "
        "ситуацию на Украине.",
        [("call", "2021-04-14", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    (
        "Во время телефонного разговора 14 апреля Сергей Лавров и Мевлют Чавушоглу обсудили "
        "подготовку визита.",
        [("call", "2021-04-14", ["mevlut-cavusoglu", "sergey-lavrov"])],
    ),
    # the date after the noun, as before
    (
        "Владимир Путин и Реджеп Эрдоган обсудили ситуацию на Украине в ходе телефонного "
        "разговора 14 апреля.",
        [("call", "2021-04-14", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    # a meeting's talks stay talks
    (
        "Во время встречи 14 апреля Владимир Путин и Реджеп Эрдоган обсудили ситуацию на Украине.",
        [("talks", "2021-04-14", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_call_content(pipeline: Pipeline, text: str, expected: list[DayRow]) -> None:
    assert day_rows(pipeline.process(raw_article(text, PUB)).events) == expected

"""A call an agreement was reached in the course of is a happening of its own, not the
agreement's setting (agreed_on.py), on sentences of our own; a meeting's or talks' setting
still gives way to the document concluded on it. Each row: text, and the events as (type,
start, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUB = dt.date(2021, 4, 30)

CASES: list[tuple[str, list[DayRow]]] = [
    # the call an agreement was reached on is told (the agreement, its outcome, joins it:
    # report_types.call_outcome), on the call's day
    (
        "Договоренность о продлении перемирия была достигнута в ходе телефонного разговора "
        "Сергея Лаврова и Мевлюта Чавушоглу 14 апреля.",
        [("call", "2021-04-14", ["mevlut-cavusoglu", "sergey-lavrov"])],
    ),
    (
        "Во время телефонного разговора 14 апреля Владимир Путин и Реджеп Эрдоган договорились "
        "о продлении перемирия.",
        [("call", "2021-04-14", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    # told in someone's words: the call is the happening the words report
    (
        "Министр Мевлют Чавушоглу уточнил, что договоренность была достигнута в ходе "
        "телефонного разговора с Сергеем Лавровым 14 апреля.",
        [("call", "2021-04-14", ["sergey-lavrov"])],
    ),
    # a meeting's setting still gives way to the document concluded on it
    (
        "В ходе переговоров 14 апреля Владимир Путин и Реджеп Эрдоган подписали меморандум о "
        "сотрудничестве.",
        [("agreement", "2021-04-14", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agreed_on(pipeline: Pipeline, text: str, expected: list[DayRow]) -> None:
    assert day_rows(pipeline.process(raw_article(text, PUB)).events) == expected

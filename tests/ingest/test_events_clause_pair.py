"""A contact told in a «где»/«когда»-clause by «они» or a plural party word is the main
clause's two people's, on its day; one told beside a «пока»-clause is on the day of what
went on meanwhile; a place clause of a happening of others, one person,
or a visit stays as before (sentences of our own). Each row: text, and the events as
(type, start, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUB = dt.date(2021, 9, 30)

CASES: list[tuple[str, list[DayRow]]] = [
    (
        "Реджеп Эрдоган передал Владимиру Путину приглашение 16 сентября в Душанбе, где они "
        "встретились на полях саммита.",
        [
            ("proposal", "2021-09-16", ["recep-tayyip-erdogan"]),
            ("meeting", "2021-09-16", ["recep-tayyip-erdogan", "vladimir-putin"]),
        ],
    ),
    (
        "Сергей Лавров вручил Мевлюту Чавушоглу послание в Сочи, где министры провели переговоры.",
        [("talks", None, ["mevlut-cavusoglu", "sergey-lavrov"])],
    ),
    # one person in the main clause: no pair, the clause stays background
    (
        "Владимир Путин прибыл 16 сентября в Душанбе, где они встретились.",
        [("visit", "2021-09-16", ["vladimir-putin"])],
    ),
    # «Пока они ...,»: the meeting told beside the talks is on their day
    (
        "Президенты начали переговоры 16 сентября в полдень. Пока они беседовали, Сергей "
        "Лавров провёл встречу с Мевлютом Чавушоглу.",
        [("meeting", "2021-09-16", ["mevlut-cavusoglu", "sergey-lavrov"])],
    ),
    # a happening of no one in the place clause: the talks are the news
    (
        "Владимир Путин провёл переговоры с Реджепом Эрдоганом в Душанбе, где проходил саммит.",
        [("talks", None, ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clause_pair(pipeline: Pipeline, text: str, expected: list[DayRow]) -> None:
    assert day_rows(pipeline.process(raw_article(text, PUB)).events) == expected

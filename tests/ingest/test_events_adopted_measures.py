"""An act adopted whose content is sanctions is the adopter's sanctions on the day of the
vote, no agreement (adopted_measures.py), on sentences of our own; a joint statement that only
speaks of sanctions stays an agreement. Each row: text, and the events as (type, start,
sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUB = dt.date(2015, 6, 12)  # a Friday

CASES: list[tuple[str, list[DayRow]]] = [
    # a relative clause carries the measures; its own date is the content's, not the vote's
    (
        "Совбез ООН во вторник принял резолюцию, которая вводит новые санкции против Ирана "
        "после ракетного пуска 2 июня.",
        [("sanctions", "2015-06-09", ["un-security-council"])],
    ),
    # the measures named under the act
    (
        "Совет Безопасности ООН в среду единогласно одобрил резолюцию об ужесточении санкций "
        "против Эритреи.",
        [("sanctions", "2015-06-10", ["un-security-council"])],
    ),
    # a participle clause on the act
    (
        "Совет Безопасности ООН 11 июня принял резолюцию, расширяющую санкции против КНДР.",
        [("sanctions", "2015-06-11", ["un-security-council"])],
    ),
    # an act of sanctions adopted in the passive
    (
        "Резолюция о санкциях против Ливии была принята Советом Безопасности ООН в четверг.",
        [("sanctions", "2015-06-11", ["un-security-council"])],
    ),
    # a joint statement that only speaks of sanctions: still the leaders' agreement
    (
        "Путин и Си Цзиньпин в четверг приняли совместное заявление, в котором осудили "
        "односторонние санкции.",
        [("agreement", "2015-06-11", ["vladimir-putin", "xi-jinping"])],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_adopted_measures(pipeline: Pipeline, text: str, expected: list[DayRow]) -> None:
    assert day_rows(pipeline.process(raw_article(text, PUB)).events) == expected

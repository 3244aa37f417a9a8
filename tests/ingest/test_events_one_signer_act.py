"""«акт» signed by one party is that party's act, no agreement; signed by several it is
one (status.unilateral_act, triggers.toml [status] one_signer), on sentences of our own.
Each row: text, then the types of the events."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

DAY = dt.date(2016, 12, 20)

CASES: list[tuple[str, list[str]]] = [
    # a state's law by its name, signed by its leader alone
    ("В декабре президент Франции Франсуа Олланд подписал «акт Дюпона».", []),
    (
        "Ответом стал французский «акт Дюпона», подписанный Франсуа Олландом 14 декабря.",
        [],
    ),
    # a document two parties sign stays their agreement
    ("Россия и НАТО подписали Основополагающий акт в мае 1997 года.", ["agreement"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_signer_act_table(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    facts = pipeline.process(raw_article(text, DAY))
    assert [e.type for e in facts.events] == expected

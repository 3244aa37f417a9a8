"""A noun fronted before an impersonal verb whose subject is an infinitive is that
infinitive's object (events/fronted_object.py, objects_of_subject_infinitive): «Переговоры
планируется провести в мае» tells talks to come. Sentences of our own. Each row: text, then
(type, status, start, end) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2021, 2, 10)
MAY_1, MAY_31 = dt.date(2021, 5, 1), dt.date(2021, 5, 31)

Row = tuple[str, str, dt.date | None, dt.date | None]
CASES: list[tuple[str, list[Row]]] = [
    # a plural noun the singular verb cannot agree with
    (
        "Переговоры Шольца и Макрона планируется провести в мае.",
        [("talks", "planned", MAY_1, MAY_31)],
    ),
    # a neuter noun the short participle agrees with in form only
    (
        "Пятое заседание российско-чилийской комиссии намечено провести в мае в Сантьяго.",
        [("meeting", "planned", MAY_1, MAY_31)],
    ),
    (
        "Заседание российско-перуанской комиссии предполагается провести в мае.",
        [("meeting", "planned", MAY_1, MAY_31)],
    ),
    (
        "Очередное заседание российско-кубинской комиссии решено провести в мае.",
        [("meeting", "planned", MAY_1, MAY_31)],
    ),
    # the infinitive's own object after it stays its object
    (
        "Планируется провести заседание российско-чилийской комиссии в мае.",
        [("meeting", "planned", MAY_1, MAY_31)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subject_infinitive_table(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [(e.type, e.status, e.date.value.start, e.date.value.end) for e in facts.events]
    assert got == expected

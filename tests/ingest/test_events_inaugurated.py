"""Taking office as a head of state or government is no appointment (inaugurated.py), on
sentences of our own. Each row: article text and the events as (type, status, start, end,
precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2020, 12, 28)

CASES: list[tuple[str, list[Ev]]] = [
    ("Избранный президент США Джо Байден, который вступит в должность 20 января, молчит.", []),
    ("Джо Байден вступит в должность президента США 20 января.", []),
    # An envoy taking office stays an appointment.
    (
        "Новый посол России в США Анатолий Антонов вступил в должность 21 декабря.",
        [("appointment", "happened", D(2020, 12, 21), D(2020, 12, 21), "day", ["anatoly-antonov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_inaugurated_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""An invitation made, to an occasion still ahead (trigger_dates.own_dates): the proposal is
dated by the day it was made, not by the occasion's day. Every sentence is written for
these tests: article text, publication date, and the events as (type, status, start, end,
precision, actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2019, 6, 29)

CASES: list[tuple[str, D | None, list[Ev]]] = [
    (
        "Путин пригласил Макрона в Москву на торжества 9 мая 2020 года.",
        PUB,
        [("proposal", "happened", PUB, PUB, "day", ["vladimir-putin"])],
    ),
    # the day of the invitation itself, gone by: its own
    (
        "27 июня Путин пригласил Макрона в Москву на торжества.",
        PUB,
        [("proposal", "happened", D(2019, 6, 27), D(2019, 6, 27), "day", ["vladimir-putin"])],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_invited_ahead(pipeline: Pipeline, text: str, published: D | None, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected

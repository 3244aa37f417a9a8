"""A happening that «должен» (present) governs as its subject is due: planned, dated by its
infinitive's date («раунд должен пройти до конца мая»); «должен был» is not planned by it.
Each row: article text, publication date, the events as (type, status, start, end,
precision, sorted actor ids). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date

CASES: list[tuple[str, D, list[Ev]]] = [
    (
        "Очередной раунд переговоров Японии и Турции должен пройти до конца мая.",
        D(2025, 3, 6),
        [("talks", "planned", None, D(2025, 5, 31), "before", ["japan", "turkey"])],
    ),
    (
        "Встреча Лаврова и Ван И должна состояться 5 июля.",
        D(2025, 3, 6),
        [("meeting", "planned", D(2025, 7, 5), D(2025, 7, 5), "day", ["sergey-lavrov", "wang-yi"])],
    ),
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_due(pipeline: Pipeline, text: str, published: D, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected

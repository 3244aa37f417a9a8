"""A visit to several places joined by «и» («в Казахстане и Узбекистане»): each place is
where the visitor went, never a party (occasion.is_place); each state is a leg of its own
(trip_legs.py), so one visit per state, the visitor its only party. Sentences of our own; each row:
text, then (type, sorted actor ids, start date) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2025, 3, 14)

Row = tuple[str, list[str], str | None]

CASES: list[tuple[str, list[Row]]] = [
    (
        "Лавров 11 марта побывал в Египте.",
        [("visit", ["sergey-lavrov"], "2025-03-11")],
    ),
    # The second place takes the first one's preposition: a place, not a party.
    (
        "Путин 12 марта побывал в Казахстане и Узбекистане.",
        [("visit", ["vladimir-putin"], "2025-03-12")] * 2,
    ),
    (
        "Эрдоган в феврале побывал в Египте и Эфиопии.",
        [("visit", ["recep-tayyip-erdogan"], "2025-02-01")] * 2,
    ),
]



@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_visit_places(pipeline: Pipeline, text: str, want: list[Row]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (
            e.type,
            sorted(e.actors),
            e.date.value.start.isoformat() if e.date.value.start else None,
        )
        for e in facts.events
    ]
    assert sorted(got) == sorted(want)

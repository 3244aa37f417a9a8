"""«перезвонить» and «проговорить по телефону» tell calls (triggers.toml, triggers.py).
Sentences of our own; each row: text, then (type, ISO start, actors) of every event other
than a statement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUBLISHED = dt.date(2025, 3, 14)
PAIR = ["emmanuel-macron", "olaf-scholz"]

CASES: list[tuple[str, list[DayRow]]] = [
    # A call back is a call.
    ("Шольц перезвонил Макрону 11 марта.", [("call", "2025-03-11", PAIR)]),
    # Talking by phone for a while is a call; talking for a while is not said to be one.
    (
        "В среду, 12 марта, Макрон и Шольц проговорили по телефону почти час.",
        [("call", "2025-03-12", PAIR)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_call_verbs(pipeline: Pipeline, text: str, want: list[DayRow]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(t, s, sorted(a)) for t, s, a in day_rows(facts.events)]
    assert got == [(t, s, sorted(a)) for t, s, a in want]

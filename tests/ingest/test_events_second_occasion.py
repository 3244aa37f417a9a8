"""A call back and a contact told «снова» are occasions of their own, not one more report of
the contact told before (second_occasion.py); «перезвонить» and «проговорить по телефону»
tell calls. Sentences of our own; each row: text, then (type, ISO start, actors) of every
event other than a statement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUBLISHED = dt.date(2025, 3, 14)
PAIR = ["emmanuel-macron", "olaf-scholz"]

CASES: list[tuple[str, list[DayRow]]] = [
    # A call back answers the call told before it: two calls, the first dated only by the page.
    (
        "Спустя час после голосования Макрон позвонил Шольцу. "
        "Шольц перезвонил Макрону 11 марта и поблагодарил его.",
        [("call", "2025-03-14", PAIR), ("call", "2025-03-11", PAIR)],
    ),
    # «Снова» tells the next call, not the one before.
    (
        "Спустя час после голосования Макрон позвонил Шольцу. "
        "В среду, 12 марта, они снова проговорили по телефону почти час.",
        [("call", "2025-03-14", PAIR), ("call", "2025-03-12", PAIR)],
    ),
    # A later retelling of the call back still joins it.
    (
        "Шольц перезвонил Макрону 11 марта. Разговор по телефону длился несколько минут.",
        [("call", "2025-03-11", PAIR)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_second_occasion(pipeline: Pipeline, text: str, want: list[DayRow]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(t, s, sorted(a)) for t, s, a in day_rows(facts.events)]
    assert got == [(t, s, sorted(a)) for t, s, a in want]

"""A call back is not the call it answers (call_backs.py, [call_back] in triggers.toml), and
getting through by phone («дозвониться») is a call; on sentences of our own. Each row: text,
then (type, date) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # The undated call and the call back: two calls (the first takes no day of the other).
    (
        "Путин первым позвонил Макрону. Макрон перезвонил Путину 2 июня.",
        [("call", None), ("call", "2024-06-02")],
    ),
    (
        "В понедельник Путин дозвонился до Макрона. Во вторник Макрон перезвонил ему.",
        [("call", "2024-06-03"), ("call", "2024-06-04")],
    ),
    # One call told twice, neither as a call back: one event.
    (
        "Путин позвонил Макрону 2 июня. Разговор Путина и Макрона по телефону длился час.",
        [("call", "2024-06-02")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_call_back(pipeline: Pipeline, text: str, expected: list[tuple[str, str | None]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, str(e.date.value.start) if e.date.value.start else None) for e in facts.events]
    assert got == expected

"""Rule 12 of the matcher (shared_head.py): adjectives joined by «и» before one plural head
each name an actor, on sentences of our own. Each row: text, then the events as (type,
sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # «<adjective> сторона» is the state: both adjectives of the shared head are read.
    (
        "В понедельник российская и американская стороны провели обмен заключенными.",
        [("exchange", ["russia", "usa"])],
    ),
    # Rule 10's representatives («делегации»), three adjectives with commas.
    (
        "Российская, китайская и индийская делегации провели консультации в четверг.",
        [("talks", ["china", "india", "russia"])],
    ),
    (
        "Турецкая и украинская стороны подписали меморандум в среду.",
        [("agreement", ["turkey", "ukraine"])],
    ),
    # A name the gazetteer lists in full: the earlier adjective with the rest of the head.
    (
        "Киев, Донецкая и Луганская народные республики провели обмен пленными в субботу.",
        [("exchange", ["dpr", "lpr", "ukraine"])],
    ),
    # Adjectives before a noun that names no actor stay no actors.
    ("Российская и американская компании подписали контракт в среду.", []),
    # A singular head is not shared: «российская сторона и американский посол».
    (
        "Российская сторона и американская делегация провели консультации в среду.",
        [("talks", ["russia", "usa"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shared_head(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    assert [(e.type, sorted(e.actors)) for e in facts.events] == expected

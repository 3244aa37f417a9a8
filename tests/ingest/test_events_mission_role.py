"""A state under «миссия» takes part through it, as under «делегация» (events/lexicon.py,
ROLE_NOUNS): «визит деловой миссии Малайзии» is Malaysia's visit. Sentences of our own.
Each row: text, then (type, status, actors) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2021, 2, 10)

Row = tuple[str, str, list[str]]
CASES: list[tuple[str, list[Row]]] = [
    (
        "Визит торговой миссии Индонезии в Новосибирск перенесен на осень.",
        [("visit", "postponed", ["indonesia"])],
    ),
    (
        "Деловая миссия Вьетнама посетила Казань во вторник.",
        [("visit", "happened", ["vietnam"])],
    ),
    # a delegation reads as before
    (
        "Визит торговой делегации Индонезии в Новосибирск перенесен на осень.",
        [("visit", "postponed", ["indonesia"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mission_role_table(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [(e.type, e.status, list(e.actors)) for e in facts.events]
    assert got == expected

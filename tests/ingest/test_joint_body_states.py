"""A joint body's name with two states joined by «и» («Межправительственная комиссия России
и Казахстана») is the two states' body, whose parties they are, no organisation named after
the first state alone (new_organisations._joint_of_states), on sentences of our own. Each
row: text, then (type, status, sorted actor ids) of each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        "Заседание Межправительственной комиссии России и Казахстана, которое должно было "
        "пройти в Астане 14 июня, перенесено.",
        [("meeting", "postponed", ["kazakhstan", "russia"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joint_body_states(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, e.status, sorted(e.actors)) for e in facts.events]
    assert got == expected

"""The place a state's mission is named with («Посольство России в Китае», «Постпредство
России при ООН») is part of the mission's name, no speaker beside it (bodies.host_end,
state_bodies.with_bodies), on sentences of our own. Each row: text, then (type, sorted actor
ids) of each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Посольство России в Китае заявило во вторник, что визит готовится.",
        [("statement", ["posolstvo-rossii-v-kitae"])],
    ),
    (
        "Посольство России в Турции во вторник поблагодарило власти страны за помощь.",
        [("statement", ["posolstvo-rossii-v-turtsii"])],
    ),
    # A mission to an organisation: the organisation is where it is, no speaker.
    (
        "Постпредство России при ООН заявило во вторник, что проект неприемлем.",
        [("statement", ["postpredstvo-rossii-pri-oon"])],
    ),
    (
        "Постоянное представительство России при ЕС во вторник заявило протест.",
        [("statement", ["predstavitelstvo-rossii-pri-es"])],
    ),
    # A named person's title keeps its own reading.
    (
        "Посол России в Китае Игорь Моргулов заявил во вторник, что визит готовится.",
        [("statement", ["igor-morgulov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mission_place(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

"""One told as taking part in a happening held «с участием» others is no host the others
only sit in beside (onlookers.taking_part), on sentences of our own. Each row: text, then
(type, sorted actor ids) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # «участвовал во встрече, которая прошла с участием ...»: all of them took part.
    (
        "Министр Сергей Лавров 5 мая участвовал во встрече, которая прошла с участием "
        "Энтони Блинкена и Ван И.",
        [("meeting", ["antony-blinken", "sergey-lavrov", "wang-yi"])],
    ),
    (
        "Сергей Лавров 5 мая принял участие в переговорах, прошедших при участии "
        "Хакана Фидана.",
        [("talks", ["hakan-fidan", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_taking_part(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

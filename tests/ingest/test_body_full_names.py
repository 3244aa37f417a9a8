"""A body's full name whose adjectives news shorten with the rest («Федеральная служба
безопасности России»: «ФСБ России») is that body, adjectives and all (bodies.py,
_short_with_adjectives), on sentences of our own. Each row: text, then (type, sorted
actor ids) of each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Федеральная служба безопасности России во вторник сообщила о задержании "
        "двух человек в Курской области.",
        [("statement", ["fsb-rossii"])],
    ),
    (
        "ФСБ России во вторник сообщила о задержании двух человек в Курской области.",
        [("statement", ["fsb-rossii"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_body_full_names(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

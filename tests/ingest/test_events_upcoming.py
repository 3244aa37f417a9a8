"""A happening named as lying ahead («предстоящий визит», «грядущий саммит») is planned, and
a briefing devoted to one is a press appearance of its speaker (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday

# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # The upcoming visit is no visit made, whatever the clause's tense.
    (
        "Предстоящий визит Сергея Лаврова в Пекин обсудили в МИД Китая.",
        [("visit", "planned", ["sergey-lavrov"], None, "unknown")],
    ),
    (
        "Грядущий визит Сергея Лаврова в Пекин обсудили в МИД Китая.",
        [("visit", "planned", ["sergey-lavrov"], None, "unknown")],
    ),
    # A briefing devoted to an upcoming visit is the speaker's press appearance; the visit
    # is told in it, a plan of its own.
    (
        "Мария Захарова в четверг провела брифинг, посвященный предстоящему визиту Сергея "
        "Лаврова в Пекин.",
        [
            ("press-conference", "happened", ["maria-zakharova"], "2025-03-13", "day"),
            ("visit", "planned", ["sergey-lavrov"], None, "unknown"),
        ],
    ),
    (
        "Мария Захарова в четверг провела брифинг, посвященный предстоящему визиту.",
        [("press-conference", "happened", ["maria-zakharova"], "2025-03-13", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_upcoming(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected

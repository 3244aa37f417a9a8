"""A conjunct the parser hangs back over the comma of «Как сообщили в X,» onto a noun of
another case is the second of the pair after the comma: both are the happening's parties
(conjuncts.py; sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday


def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    (
        "Как сообщили в МИД Японии, Лавров и Ивая встретились в понедельник в Токио.",
        [("meeting", "happened", ["sergey-lavrov", "takeshi-iwaya"], "2025-03-10", "day")],
    ),
    (
        "Как сообщили в МИД Египта, Лавров и Шукри встретились в понедельник в Каире.",
        [("meeting", "happened", ["sameh-shoukry", "sergey-lavrov"], "2025-03-10", "day")],
    ),
    # Parsed right already: unchanged.
    (
        "Как сообщили в МИД России, Лавров и Гутерриш встретились в понедельник в Нью-Йорке.",
        [("meeting", "happened", ["antonio-guterres", "sergey-lavrov"], "2025-03-10", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_conjunct_over_comma(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected

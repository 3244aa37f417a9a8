"""What the parties agreed on «тогда» is the outcome of the contact just told; an agreeing
with a date of its own stays (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2019, 10, 3)

LAVROV_POMPEO = ["mike-pompeo", "sergey-lavrov"]
MAY_MEETING = ("meeting", "happened", LAVROV_POMPEO, "2019-05-01", "month")


def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # «Тогда»: the agreeing is what came of the meeting told just before.
    (
        "Лавров и Помпео встретились в Сочи в мае. Тогда министры договорились создать"
        " рабочую группу по архивам.",
        [MAY_MEETING],
    ),
    (
        "Лавров и Помпео встретились в Сочи в мае. Тогда же министры условились обменяться"
        " списками документов.",
        [MAY_MEETING],
    ),
    # «тогда же» mid-sentence, after a visit of the same sentence: left as it was read.
    (
        "Помпео, впервые посетивший Сочи в мае, тогда же договорился с Лавровым о"
        " регулярных контактах.",
        None,
    ),
    # A day of its own: the agreeing stays.
    (
        "Лавров и Помпео встретились в Сочи. Тогда, 14 мая, министры договорились создать"
        " рабочую группу.",
        [
            ("meeting", "happened", LAVROV_POMPEO, None, "before"),
            ("agreement", "happened", LAVROV_POMPEO, "2019-05-14", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_then_agreed(pipeline: Pipeline, text: str, expected: list | None) -> None:
    rows = _rows(pipeline, text)
    if expected is None:
        assert any(row[0] == "agreement" for row in rows)
    else:
        assert sorted(rows, key=str) == sorted(expected, key=str)

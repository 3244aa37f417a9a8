"""What came of a talk named by a plain word that is no trigger («Итогом разговора стало
совместное заявление»): the contact just told, its parties and its day (parties.talk_result);
a result of something else («итогом года»), or a bare «итогом стало», is left alone. Each row:
article text, publication date, and the events as (type, status, start, end, precision,
sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
MODI_SCHOLZ = ["narendra-modi", "olaf-scholz"]
MEETING_12 = ("meeting", "happened", D(2024, 6, 12), D(2024, 6, 12), "day", MODI_SCHOLZ)
AGREED_12 = ("agreement", "happened", D(2024, 6, 12), D(2024, 6, 12), "day", MODI_SCHOLZ)

CASES: list[tuple[str, D, list[Ev]]] = [
    (
        "Шольц и Моди 12 июня встретились в Берлине. "
        "Итогом разговора стало совместное заявление.",
        D(2024, 6, 14),
        [MEETING_12, AGREED_12],
    ),
    (
        "Шольц и Моди 12 июня встретились в Берлине. "
        "Главным итогом беседы стало совместное заявление о торговых переговорах.",
        D(2024, 6, 14),
        [MEETING_12, AGREED_12],
    ),
    # The result of a year is no outcome of the meeting told before it.
    (
        "Шольц и Моди 12 июня встретились в Берлине. "
        "Итогом года стало соглашение о свободной торговле.",
        D(2024, 6, 14),
        [MEETING_12],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_talk_result(pipeline: Pipeline, text: str, published: D, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected

"""A videoconference of two people is a call by video (app/ingest/events/video_calls.py);
one of several stays a meeting. Sentences of our own; each row: text, and the events as
(type, start, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DayRow, day_rows, raw_article

PUB = dt.date(2021, 12, 11)

CASES: list[tuple[str, list[DayRow]]] = [
    (
        "7 декабря Путин и Джо Байден провели двухчасовую видеоконференцию.",
        [("call", "2021-12-07", ["joe-biden", "vladimir-putin"])],
    ),
    (
        "Сергей Лавров провел видеоконференцию с Ван И 10 декабря.",
        [("call", "2021-12-10", ["sergey-lavrov", "wang-yi"])],
    ),
    # three leaders: a meeting held by video
    (
        "Лидеры России, Китая и Индии провели видеоконференцию 9 декабря.",
        [("meeting", "2021-12-09", ["narendra-modi", "vladimir-putin", "xi-jinping"])],
    ),
    # a meeting face to face of two stays a meeting
    (
        "7 декабря Путин и Джо Байден провели встречу в Женеве.",
        [("meeting", "2021-12-07", ["joe-biden", "vladimir-putin"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_video_calls(pipeline: Pipeline, text: str, expected: list[DayRow]) -> None:
    assert day_rows(pipeline.process(raw_article(text, PUB)).events) == expected

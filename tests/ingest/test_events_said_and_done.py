"""A proposal coordinated with words of the same speaker is an event beside the statement
(app/ingest/events/said_and_done.py). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)



# (text, [(type, actors sorted, start)] sorted; an undated meeting has no start)
CASES = [
    (
        "Сергей Лавров назвал беседу откровенной и предложил продолжить консультации в Москве.",
        [("proposal", ["sergey-lavrov"], PUB), ("statement", ["sergey-lavrov"], PUB)],
    ),
    (
        "Во вторник Реджеп Тайип Эрдоган поблагодарил партнеров и предложил провести саммит "
        "в Анкаре.",
        [
            ("proposal", ["recep-tayyip-erdogan"], dt.date(2025, 3, 11)),
            ("statement", ["recep-tayyip-erdogan"], dt.date(2025, 3, 11)),
        ],
    ),
    # What the words say he will propose stays inside them: no proposal made.
    (
        "Сергей Лавров заявил, что предложит продолжить консультации в Москве.",
        [("statement", ["sergey-lavrov"], PUB)],
    ),
    # A proposal coordinated with a meeting, undated, is no news of its own here.
    (
        "Владимир Путин встретился с Нарендрой Моди и передал приглашение посетить Казань.",
        [("meeting", ["narendra-modi", "vladimir-putin"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_said_and_done(pipeline: Pipeline, text: str, expected: list) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    rows = sorted((e.type, sorted(e.actors), e.date.value.start) for e in events)
    assert rows == expected

"""What is spoken of («говорили о Сирии») is no speaker of the words and no party
(topic.py), on sentences of our own. Each row: article text and the events as (type,
status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)

CASES: list[tuple[str, list[Ev]]] = [
    # The sides' topics: no statement, let alone one of Syria's.
    ("Министры говорили о Сирии и о поставках зерна.", []),
    (
        "Путин и Болтон встретились в Кремле в среду. Стороны говорили о Сирии.",
        [("meeting", "happened", WED, WED, "day", ["bolton", "vladimir-putin"])],
    ),
    # A speaker named stays the speaker; the state he spoke of is not one.
    (
        "Лавров в среду рассказал о Турции.",
        [("statement", "happened", WED, WED, "day", ["sergey-lavrov"])],
    ),
    # Every state in a list of what was discussed or touched on is a topic, not only the
    # first («обсуждали Украину, Венесуэлу, Иран»).
    (
        "В среду Лавров и Блинкен обсуждали Сирию, Ливию, Иран.",
        [("talks", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"])],
    ),
    (
        "Путин и Байден в среду затронули Украину, Грузию и Молдавию.",
        [("talks", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"])],
    ),
    # The partner in «с» stays a party beside the topics.
    (
        "Лавров в среду обсудил с Ван И Мьянму и Афганистан.",
        [("talks", "happened", WED, WED, "day", ["sergey-lavrov", "wang-yi"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_of_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

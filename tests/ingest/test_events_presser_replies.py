"""A person replying («в свою очередь», «со своей стороны») in the sentence right after a
press conference spoke at it (presser_replies.py). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)
TALKS = "Сергей Лавров в четверг провел переговоры с Ван И в Москве. "
PRESSER = (
    "На пресс-конференции по итогам переговоров Лавров назвал отношения с Китаем образцовыми. "
)



# (text, the press conference's actors, sorted)
CASES = [
    # The partner's reply in the next sentence: he spoke at the press conference too.
    (
        TALKS + PRESSER + "Ван И, в свою очередь, заявил, что Пекин ценит поддержку Москвы.",
        ["sergey-lavrov", "wang-yi"],
    ),
    (
        TALKS + PRESSER + "Ван И, со своей стороны, отметил, что торговля растёт.",
        ["sergey-lavrov", "wang-yi"],
    ),
    # No reply phrase: words of his own, not told as said at the press conference.
    (
        TALKS + PRESSER + "Ван И заявил, что Пекин ценит поддержку Москвы.",
        ["sergey-lavrov"],
    ),
    # A body replying does so on its own account.
    (
        TALKS + PRESSER + "МИД Японии, в свою очередь, заявил, что следит за переговорами.",
        ["sergey-lavrov"],
    ),
]


@pytest.mark.parametrize(("text", "actors"), CASES)
def test_reply_joins_press_conference(pipeline: Pipeline, text: str, actors: list[str]) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    press = [sorted(e.actors) for e in events if e.type == "press-conference"]
    assert press == [actors]


# Answering the press together (joint.answering_press): «министры» are the talks' parties.
ANSWERS = [
    (TALKS + "По итогам переговоров министры ответили на вопросы журналистов.",
     [["sergey-lavrov", "wang-yi"]]),
    (TALKS + "Министры ответили на вопросы журналистов.", [["sergey-lavrov", "wang-yi"]]),
    # Other words of «министры» name no one: each side speaks for itself.
    (TALKS + "Министры заявили, что торговля растёт.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers"), ANSWERS)
def test_answering_press_together(pipeline: Pipeline, text: str, speakers: list) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert [sorted(e.actors) for e in events if e.type == "statement"] == speakers

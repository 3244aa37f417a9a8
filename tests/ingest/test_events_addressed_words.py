"""Thanks and wishes said to the other party inside a call or talks the sentence tells are
that contact's content, not a statement (events/addressed_words.py), on sentences of our
own; public thanks and other words keep their statement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow, event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)
TUE = D(2024, 6, 4)

CASES: list[tuple[str, list[EventRow]]] = [
    (
        "Во вторник Владимир Путин в телефонном разговоре поблагодарил Нарендру Моди за "
        "поздравления.",
        [("call", "happened", TUE, TUE, "day", ["narendra-modi", "vladimir-putin"])],
    ),
    (
        "В ходе переговоров во вторник Сергей Лавров выразил Ван И признательность за помощь.",
        [("talks", "happened", TUE, TUE, "day", ["sergey-lavrov", "wang-yi"])],
    ),
    # Thanks said in public: a statement.
    (
        "Сергей Лавров во вторник поблагодарил Турцию за содействие.",
        [("statement", "happened", TUE, TUE, "day", ["sergey-lavrov"])],
    ),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_addressed_words(pipe: Pipeline, text: str, expected: list[EventRow]) -> None:
    assert sorted(event_rows(pipe.process(raw_article(text, PUB)).events)) == sorted(expected)

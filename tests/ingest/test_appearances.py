"""Two appearances of one speaker told by coordinated verbs (appearances.py), on
sentences of our own. Each row: text, then (type, sorted actor ids) for each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A press conference, then an interview: two appearances.
    (
        "Лавров 3 июня выступил на пресс-конференции, а затем дал интервью агентству ТАСС.",
        [("press-conference", ["sergey-lavrov"]), ("interview", ["sergey-lavrov"])],
    ),
    (
        "Путин провёл пресс-конференцию с Моди и после этого дал интервью телеканалу.",
        [
            ("press-conference", ["narendra-modi", "vladimir-putin"]),
            ("interview", ["vladimir-putin"]),
        ],
    ),
    # Answers to the press are given at the press conference: one event.
    (
        "Лавров 3 июня провёл пресс-конференцию и ответил на вопросы журналистов.",
        [("press-conference", ["sergey-lavrov"])],
    ),
    # One appearance and words said at it: one event.
    (
        "Лавров 3 июня выступил на пресс-конференции и заявил, что переговоры прошли хорошо.",
        [("press-conference", ["sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_two_appearances(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected


def test_the_second_appearance_takes_the_first_ones_day() -> None:
    text = "Лавров 3 июня выступил на пресс-конференции, а затем дал интервью агентству ТАСС."
    facts = Pipeline.load().process(raw_article(text, dt.date(2024, 6, 5)))
    assert [e.date.value.start for e in facts.events] == [dt.date(2024, 6, 3)] * 2

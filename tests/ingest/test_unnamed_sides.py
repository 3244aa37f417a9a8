"""A plural subject that names no one but two states (unnamed_sides.py; plural titles whose
holders the gazetteer lacks on the day: actors/plural_titles.unheld_states), and a contact
agreed to be carried on at a date of its own (carried_next.py, projective.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

# (text, publication day, [(type, status, sorted actors)])
CASES: list[tuple[str, dt.date, list[tuple[str, str, list[str]]]]] = [
    # People of two states with no title of one holder: the states.
    (
        "Дипломаты Японии и Китая 3 марта провели консультации в Токио.",
        D(2023, 3, 4),
        [("talks", "happened", ["china", "japan"])],
    ),
    (
        "Переговорщики Армении и Азербайджана 3 марта встретились в Вашингтоне.",
        D(2023, 3, 4),
        [("meeting", "happened", ["armenia", "azerbaijan"])],
    ),
    # A title of one holder whose holders the gazetteer does not know on the day.
    (
        "Министры обороны Японии и Индии 3 марта 1995 года провели переговоры в Дели.",
        D(1995, 3, 4),
        [("talks", "happened", ["india", "japan"])],
    ),
    (
        "Премьеры Греции и Турции 3 марта 2009 года встретились в Анкаре.",
        D(2009, 3, 4),
        [("meeting", "happened", ["greece", "turkey"])],
    ),
    # One state is no contact between states: nothing to place.
    ("Дипломаты Японии 3 марта провели консультации.", D(2023, 3, 4), []),
    # Named people are those people, not their states.
    (
        "Министры Сергей Лавров и Ван И 3 марта провели переговоры в Пекине.",
        D(2023, 3, 4),
        [("talks", "happened", ["sergey-lavrov", "wang-yi"])],
    ),
    # Held, and agreed to be carried on at a time of its own: the next round, planned.
    (
        "Дипломаты Японии и Китая провели консультации в Токио и договорились продолжить "
        "их в Пекине в первой половине следующего года.",
        D(2023, 3, 4),
        [
            ("talks", "happened", ["china", "japan"]),
            ("talks", "planned", ["china", "japan"]),
        ],
    ),
    # Carried on with no time of its own: only the talks held.
    (
        "Дипломаты Японии и Китая провели консультации в Токио и договорились продолжать их.",
        D(2023, 3, 4),
        [("talks", "happened", ["china", "japan"])],
    ),
]


@pytest.mark.parametrize(("text", "pub", "expected"), CASES)
def test_unnamed_sides(
    pipeline: Pipeline, text: str, pub: dt.date, expected: list[tuple[str, str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, pub))
    got = [(e.type, e.status, sorted(e.actors)) for e in facts.events]
    assert got == expected


def test_next_round_dated_by_its_own_words(pipeline: Pipeline) -> None:
    text = (
        "Дипломаты Японии и Китая провели консультации в Токио и договорились продолжить "
        "их в Пекине в первой половине следующего года."
    )
    facts = pipeline.process(raw_article(text, D(2023, 3, 4)))
    planned = [e for e in facts.events if e.status == "planned"]
    assert [(e.date.value.start, e.date.value.end) for e in planned] == [
        (D(2024, 1, 1), D(2024, 6, 30))
    ]
    held = [e for e in facts.events if e.status == "happened"]
    assert [e.date.value.start for e in held] == [None]  # before publication, no day

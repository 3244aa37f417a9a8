"""Likening as a verb of saying («сравнил X с Y», app/data/speech.toml [saying]): a
judgement in words, as naming («назвал») is. Sentences of our own, modelled on
constructions of real news."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)

# (text, [(type, actors sorted, start, precision)])
CASES = [
    (
        "Мария Захарова сравнила новые ограничения с торговой блокадой.",
        [("statement", ["maria-zakharova"], PUB, "day")],
    ),
    (
        "Накануне Сергей Лавров сравнил действия альянса с политикой двойных стандартов.",
        [("statement", ["sergey-lavrov"], dt.date(2025, 3, 13), "day")],
    ),
    # Beside an appearance told by a converb, dated by the sentence.
    (
        "В среду Дмитрий Песков, отвечая на вопросы журналистов, сравнил решение с провокацией.",
        [("statement", ["dmitry-peskov"], dt.date(2025, 3, 12), "day")],
    ),
    # No one in particular likens: no statement.
    ("Наблюдатели сравнили атмосферу встречи с прошлогодней.", []),
    # The imperfective is left out: commentators' habit more often than words of a day.
    ("Эксперты часто сравнивают эти переговоры с торгом.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_likening(pipeline: Pipeline, text: str, expected: list) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    rows = [
        (e.type, sorted(e.actors), e.date.value.start, e.date.value.precision) for e in events
    ]
    assert rows == expected

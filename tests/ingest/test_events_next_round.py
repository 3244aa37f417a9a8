"""The next contact of a kind, named by no one, is between the parties of the contact told
before and still to come; a held «следующая встреча» names no one and reads nothing
(sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday



def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


PT = ["kassym-jomart-tokayev", "vladimir-putin"]
HELD = ("talks", "happened", ["russia", "ukraine"], "2025-03-12", "day")
# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # The next round of a kind told before: its parties, planned, dated when due.
    (
        "Делегации России и Украины провели переговоры в Стамбуле 12 марта.\n\n"
        "Очередной раунд переговоров пройдет в Стамбуле в апреле.",
        [HELD, ("talks", "planned", ["russia", "ukraine"], "2025-04-01", "month")],
    ),
    (
        "Делегации России и Украины провели переговоры в Стамбуле 12 марта.\n\n"
        "Следующие переговоры запланированы на следующую неделю.",
        [HELD, ("talks", "planned", ["russia", "ukraine"], "2025-03-17", "range")],
    ),
    # The next summit of leaders who met: theirs.
    (
        "Путин и Токаев встретились в Астане 12 марта.\n\n"
        "Следующая встреча на высшем уровне намечена на 2026 год.",
        [
            ("meeting", "happened", PT, "2025-03-12", "day"),
            ("meeting", "planned", PT, "2026-01-01", "year"),
        ],
    ),
    # Held: the text must name who met; nothing is read.
    (
        "Делегации России и Украины провели переговоры в Стамбуле 12 марта.\n\n"
        "Следующая встреча прошла в Женеве.",
        [HELD],
    ),
    # No contact told before: nobody to take.
    ("Следующая встреча намечена на апрель.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_next_contact(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected

"""An article without a publication date: a day of the next year that a clause in the
present or future tense sets ahead of the story's day («закон вступает в силу 1 января 2025
года») is a term the story looks ahead to. Yearless days told after it keep the story's year,
anaphora («днём ранее», «в тот же день», «на следующий день») and a bare weekday keep counting
from the story's day, and a plan told without a year lies after that day. Every sentence is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

STORY = (
    "Президент в четверг, 26 декабря 2024 года, подписал закон о визах. "
    "Закон вступает в силу 1 января 2025 года. "
)

# (text, the mention's text, its start, its end)
CASES: list[tuple[str, str, D | None, D | None]] = [
    # a yearless day told after the term: the story's year
    (
        STORY + "Ответ последовал на указ, подписанный 12 декабря.",
        "12 декабря",
        D(2024, 12, 12),
        D(2024, 12, 12),
    ),
    # «днём ранее» counts from the story's day, not from the term
    (STORY + "Днём ранее премьер выступил в Думе.", "Днём ранее", D(2024, 12, 25), D(2024, 12, 25)),
    # «в тот же день» and «на следующий день» likewise
    (
        STORY + "В тот же день посол сделал заявление.",
        "В тот же день",
        D(2024, 12, 26),
        D(2024, 12, 26),
    ),
    (
        STORY + "На следующий день МИД ответил критикам.",
        "На следующий день",
        D(2024, 12, 27),
        D(2024, 12, 27),
    ),
    # the weekday told with the story's day still dates a bare weekday
    (
        STORY + "Посольство в четверг выразило сожаление.",
        "в четверг",
        D(2024, 12, 26),
        D(2024, 12, 26),
    ),
    # a plan without a year, told from the story's day, lies after it
    (STORY + "Новые правила будут действовать с 1 февраля.", "с 1 февраля", D(2025, 2, 1), None),
    # a term told as done («вступил в силу») is the story moving on: its year carries
    (
        "Президент 26 декабря 2024 года подписал закон. Закон вступил в силу 1 января 2025 "
        "года. 12 января министр разъяснил его.",
        "12 января",
        D(2025, 1, 12),
        D(2025, 1, 12),
    ),
]


@pytest.mark.parametrize(
    ("text", "said", "start", "end"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_term_ahead_keeps_the_story(text: str, said: str, start: D | None, end: D | None) -> None:
    got = {d.text: (d.value.start, d.value.end) for d in extract_dates(text, None)}
    assert got[said] == (start, end)

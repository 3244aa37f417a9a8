"""A time of day told ahead goes on with the day told last before it: «сегодня» told after a
day ahead («в пятницу пройдёт саммит. Сегодня запланированы встречи. Вечером ...») makes it
today's (time_of_day.py); a day ahead told last still leaves it without a day.
Every sentence is written for these tests.

Rows: (text, publication date, the time of day, the day it gives or None when not read).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2019, 10, 22)  # a Tuesday

CASES: list[tuple[str, str, D | None]] = [
    (
        "Премьер прилетел в Осло, где в четверг откроется форум. Уже сегодня у него "
        "запланированы переговоры. Вечером премьер встретится с королём.",
        "Вечером",
        PUB,
    ),
    (
        "В пятницу министры подпишут договор. Сегодня они проведут консультации. Днём "
        "делегации осмотрят порт.",
        "Днём",
        PUB,
    ),
    # the day told last is ahead: a plan of that day or another, not read
    (
        "Сегодня премьер прилетел в Осло, где в четверг откроется форум. Вечером премьер "
        "встретится с королём.",
        "Вечером",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_today_told_last(text: str, words: str, day: D | None) -> None:
    got = [m for m in extract_dates(text, PUB) if m.text.lower() == words.lower()]
    if day is None:
        assert got == []
    else:
        assert [(m.value.start, m.value.precision) for m in got] == [(day, "day")]

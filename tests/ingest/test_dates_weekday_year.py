"""A weekday with its day and month in an undated text with no year stated before it takes
the one year the text states elsewhere that its calendar agrees with (dates/weekday_year.py).
Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, the weekday date's text, its day; None: the year stays unknown)
CASES: list[tuple[str, str, D | None]] = [
    # a year stated further on agrees: 17 July 2018 was a Tuesday
    (
        "Президент во вторник, 17 июля, признал оговорку. Напомним, саммит прошёл "
        "в понедельник, 16 июля 2018 года, в Хельсинки.",
        "во вторник, 17 июля",
        D(2018, 7, 17),
    ),
    # a bare year stated elsewhere agrees as well (12 June 2024 was a Wednesday)
    (
        "Санкции объявили в среду, 12 июня. Биржа работает с 2024 года по новым правилам.",
        "в среду, 12 июня",
        D(2024, 6, 12),
    ),
    # the stated year disagrees: unknown
    (
        "Президент во вторник, 17 июля, признал оговорку. Саммит прошёл в 2019 году.",
        "во вторник, 17 июля",
        None,
    ),
    # two stated years, and only one agrees with the weekday
    (
        "Встреча прошла в четверг, 14 ноября. Предыдущая была в 2018 году, договор подписан "
        "в 2019 году.",
        "в четверг, 14 ноября",
        D(2019, 11, 14),
    ),
    # the day and month in brackets after the weekday (a chat channel's style)
    (
        "Представитель Кремля сообщил в среду (7 нояб.), что полной встречи не будет. Саммит "
        "пройдёт 30 ноября — 1 декабря 2018 года.",
        "в среду (7 нояб.",
        D(2018, 11, 7),
    ),
    # nothing stated: unknown, never today's year
    ("Встреча прошла в четверг, 14 ноября.", "в четверг, 14 ноября", None),
]


@pytest.mark.parametrize(("text", "phrase", "day"), CASES)
def test_weekday_takes_a_stated_year(text: str, phrase: str, day: D | None) -> None:
    got = [m.value for m in extract_dates(text, None) if m.text == phrase]
    assert got, f"«{phrase}» not read"
    assert (got[0].start, got[0].end) == (day, day)
    if day is not None:
        assert got[0].how == "year-from-weekday"
